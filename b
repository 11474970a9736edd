chairs              7 nodes        5 edges  /chairs.graphml .gexf -nodes.csv -edges.csv
copresence         12 nodes        9 edges  /copresence.graphml .gexf -nodes.csv -edges.csv
official_body      26 nodes       24 edges  /official_body.graphml .gexf -nodes.csv -edges.csv
comention          13 nodes       12 edges  /comention.graphml .gexf -nodes.csv -edges.csv
hierarchy          13 nodes        7 edges  /hierarchy.graphml .gexf -nodes.csv -edges.csv
top chairs: Nguyễn Văn Thành (1); Phạm Hữu Duệ (1); Phạm Quang Thao (1)
summary: /summary.md
