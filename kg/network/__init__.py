"""Network analysis of a built graph: read it back (facts), make networkx graphs of who
chaired what, who met whom and how bodies nest (graphs), measure and write them (write)."""
