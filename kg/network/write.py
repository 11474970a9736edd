"""``kg network``: the three graphs measured and written for Gephi, Cytoscape, a spreadsheet
and a person.

For each graph NAME (chairs, copresence, hierarchy) the folder gets NAME.graphml,
NAME.gexf, NAME-nodes.csv and NAME-edges.csv; then summary.md (top chairs, most central
officials, largest communities) and summary.json with the same figures. Each file is
written beside its name and renamed into place, like every output of a build.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import networkx as nx

from kg.export import write_atomic
from kg.query import Result, render
from kg.network.facts import GraphFacts
from kg.network.graphs import Summary, chair_graph, copresence_graph, hierarchy_graph, measure, summarize

NODE_COLUMNS = ("id", "label", "kind", "detail", "degree", "degree_centrality", "betweenness", "eigenvector",
                "community")


def build_graphs(facts: GraphFacts) -> dict[str, nx.Graph]:
    graphs = {"chairs": chair_graph(facts), "copresence": copresence_graph(facts),
              "hierarchy": hierarchy_graph(facts)}
    for g in graphs.values():
        measure(g)
    return graphs


def _csv(header: list[str], rows: list[list]) -> str:
    return render(Result(tuple(header), tuple(tuple(str(v) for v in r) for r in rows)), "csv")


def write_graph(g: nx.Graph, out: Path, name: str) -> None:
    write_atomic(out / f"{name}.graphml", "\n".join(nx.generate_graphml(g)) + "\n")
    write_atomic(out / f"{name}.gexf", "\n".join(nx.generate_gexf(g)) + "\n")
    write_atomic(out / f"{name}-nodes.csv", _csv(
        list(NODE_COLUMNS), [[iri] + [data.get(c, "") for c in NODE_COLUMNS[1:]] for iri, data in g.nodes(data=True)]))
    edge_keys = sorted({k for _, _, d in g.edges(data=True) for k in d})
    write_atomic(out / f"{name}-edges.csv", _csv(
        ["source", "target"] + edge_keys, [[a, b] + [d.get(k, "") for k in edge_keys] for a, b, d in g.edges(data=True)]))


def write_network(facts: GraphFacts, out: Path) -> tuple[dict[str, nx.Graph], Summary]:
    graphs = build_graphs(facts)
    for name, g in graphs.items():
        write_graph(g, out, name)
    summary = summarize(graphs["chairs"], graphs["copresence"])
    counts = {name: (g.number_of_nodes(), g.number_of_edges()) for name, g in graphs.items()}
    write_atomic(out / "summary.md", summary.markdown(counts))
    figures = {"graphs": {k: {"nodes": n, "edges": e} for k, (n, e) in counts.items()}, **asdict(summary)}
    write_atomic(out / "summary.json", json.dumps(figures, ensure_ascii=False, indent=1) + "\n")
    return graphs, summary
