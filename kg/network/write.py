"""``kg network``: the five graphs measured and written for Gephi, Cytoscape, a spreadsheet
and a person.

For each graph NAME (chairs, copresence, official_body, comention, hierarchy) the folder
gets NAME.graphml, NAME.gexf, NAME-nodes.csv and NAME-edges.csv; then summary.md (each
measure ranked on the graph it was measured on) and summary.json with the same figures.
GraphML keeps a node's and an edge's years as plain attributes (first_year, last_year) and
its colour as ``color``; GEXF turns them into what Gephi's timeline and colours read
(``start``/``end`` dates and ``viz:color``). Each file is written beside its name and
renamed into place, like every output of a build.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import networkx as nx

from kg.export import write_atomic
from kg.query import Result, render
from kg.network.facts import GraphFacts
from kg.network.graphs import (chair_graph, comention_graph, copresence_graph, hierarchy_graph, measure,
                               official_body_graph)
from kg.network.summary import Summary, summarize

NODE_COLUMNS = ("id", "label", "kind", "detail", "first_year", "last_year", "color", "degree", "weighted_degree",
                "degree_centrality", "betweenness", "eigenvector", "community")
# what each graph is, for the summary
GRAPH_ABOUT = {"chairs": "officials → meetings they chaired → bodies that organized them",
               "copresence": "officials at the same meetings, weighted by meetings",
               "official_body": "officials and the bodies they hold posts in, weighted by articles",
               "comention": "officials named in the same articles, weighted by articles",
               "hierarchy": "bodies → the bodies they are part of"}


def build_graphs(facts: GraphFacts) -> dict[str, nx.Graph]:
    graphs = {"chairs": chair_graph(facts), "copresence": copresence_graph(facts),
              "official_body": official_body_graph(facts), "comention": comention_graph(facts),
              "hierarchy": hierarchy_graph(facts)}
    for g in graphs.values():
        measure(g)
    return graphs


def _csv(header: list[str], rows: list[list]) -> str:
    return render(Result(tuple(header), tuple(tuple(str(v) for v in r) for r in rows)), "csv")


def _for_gexf(data: dict) -> dict:
    """A node's or an edge's attributes as Gephi reads them from GEXF: its years as the
    start and end dates of its timeline, its colour as viz:color."""
    out = dict(data)
    if "first_year" in data:
        out["start"], out["end"] = f"{data['first_year']:04d}-01-01", f"{data['last_year']:04d}-12-31"
    colour = out.pop("color", None)
    if colour:
        out["viz"] = {"color": {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16),
                                "a": 1.0}}
    return out


def gexf_graph(g: nx.Graph) -> nx.Graph:
    """A copy of G with its attributes for GEXF (see _for_gexf)."""
    copy = g.__class__(**g.graph)
    copy.add_nodes_from((iri, _for_gexf(d)) for iri, d in g.nodes(data=True))
    copy.add_edges_from((a, b, _for_gexf(d)) for a, b, d in g.edges(data=True))
    return copy


def write_graph(g: nx.Graph, out: Path, name: str) -> None:
    write_atomic(out / f"{name}.graphml", "\n".join(nx.generate_graphml(g)) + "\n")
    write_atomic(out / f"{name}.gexf", "\n".join(nx.generate_gexf(gexf_graph(g))) + "\n")
    # the columns every graph has, then the graph's own (bipartite, articles) by name
    columns = list(NODE_COLUMNS) + sorted({k for _, d in g.nodes(data=True) for k in d} - set(NODE_COLUMNS))
    write_atomic(out / f"{name}-nodes.csv", _csv(
        columns, [[iri] + [data.get(c, "") for c in columns[1:]] for iri, data in g.nodes(data=True)]))
    edge_keys = sorted({k for _, _, d in g.edges(data=True) for k in d})
    write_atomic(out / f"{name}-edges.csv", _csv(
        ["source", "target"] + edge_keys, [[a, b] + [d.get(k, "") for k in edge_keys] for a, b, d in g.edges(data=True)]))


def write_network(facts: GraphFacts, out: Path) -> tuple[dict[str, nx.Graph], Summary]:
    graphs = build_graphs(facts)
    for name, g in graphs.items():
        write_graph(g, out, name)
    summary = summarize(graphs)
    counts = {name: (g.number_of_nodes(), g.number_of_edges()) for name, g in graphs.items()}
    write_atomic(out / "summary.md", summary.markdown(counts, GRAPH_ABOUT))
    figures = {"graphs": {k: {"nodes": n, "edges": e} for k, (n, e) in counts.items()}, **asdict(summary)}
    write_atomic(out / "summary.json", json.dumps(figures, ensure_ascii=False, indent=1) + "\n")
    return graphs, summary
