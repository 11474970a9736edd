"""What a reader wants first from the measured graphs: who chaired most, who is named with
the most others, who links bodies, which bodies have the most officials, who is central at
meetings, which groups. Each ranking is of one measure on the one graph it was measured
on, says which, and lists only nodes with more than 0 of it."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx


@dataclass(frozen=True)
class Ranking:
    """The nodes of one kind with the most of one measure on one graph."""
    title: str
    graph: str  # the graph's name in the output folder
    measure: str  # what the numbers are
    columns: tuple[str, ...]  # the first is the node's label, the second the measure ranked
    rows: list[tuple]
    none: str  # what to say when no node has any of it


@dataclass(frozen=True)
class Summary:
    top_chairs: list[tuple[str, list[str]]]  # official, the meetings chaired (chair graph)
    rankings: list[Ranking]
    communities: list[list[str]]  # officials of the largest communities of the co-mention graph

    def markdown(self, counts: dict[str, tuple[int, int]], about: dict[str, str]) -> str:
        lines = ["# Network summary", "", "| graph | nodes | edges | what |", "|---|---|---|---|"]
        lines += [f"| {name} | {n:,} | {e:,} | {about.get(name, '')} |" for name, (n, e) in counts.items()]
        lines += ["", "## Top chairs (chairs graph: meetings chaired)", ""]
        lines += [f"{i}. **{name}**: {len(ms)} — " + "; ".join(ms) for i, (name, ms) in enumerate(self.top_chairs, 1)]
        if not self.top_chairs:
            lines.append("No meeting in the graph names its chair.")
        for r in self.rankings:
            lines += ["", f"## {r.title} ({r.graph} graph: {r.measure})", ""]
            if not r.rows:
                lines.append(r.none)
                continue
            lines += ["| " + " | ".join(r.columns) + " |", "|" + "---|" * len(r.columns)]
            lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in r.rows]
        lines += ["", "## Largest communities (comention graph: Louvain, weighted by articles; "
                  "in each, those named with the most others first)", ""]
        lines += [f"{i}. ({len(c)}) " + ", ".join(c[:12]) + (" …" if len(c) > 12 else "")
                  for i, c in enumerate(self.communities, 1)]
        if not self.communities:
            lines.append("No two officials are named together.")
        return "\n".join(lines) + "\n"


def _cell(value) -> str:
    if isinstance(value, float):  # three significant digits: a small betweenness is not 0.000
        return f"{value:.3g}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def top_nodes(g: nx.Graph, measure: str, kind: str, top: int) -> list[tuple[str, dict]]:
    """The TOP nodes of KIND with the most of MEASURE, leaving out those with none of it;
    ties by label, then IRI."""
    found = [(iri, d) for iri, d in g.nodes(data=True) if d["kind"] == kind and d.get(measure, 0) > 0]
    return sorted(found, key=lambda x: (-x[1][measure], x[1]["label"], x[0]))[:top]


def _top_chairs(chairs: nx.DiGraph, top: int) -> list[tuple[str, list[str]]]:
    chaired: dict[str, list[str]] = defaultdict(list)
    for person, meeting, data in chairs.edges(data=True):
        if data["relation"] == "chaired":
            chaired[chairs.nodes[person]["label"]].append(chairs.nodes[meeting]["label"])
    return sorted(((name, sorted(ms)) for name, ms in chaired.items()), key=lambda x: (-len(x[1]), x[0]))[:top]


def _rankings(graphs: dict[str, nx.Graph], top: int) -> list[Ranking]:
    co, held, met = graphs["comention"], graphs["official_body"], graphs["copresence"]
    return [
        Ranking("Named with the most others", "comention", "weighted degree, the articles shared summed over "
                "the officials named with", ("official", "weighted degree", "officials named with",
                                             "articles naming them"),
                [(d["label"], d["weighted_degree"], d["degree"], d["articles"])
                 for _, d in top_nodes(co, "weighted_degree", "official", top)],
                "No two officials are named in one article."),
        Ranking("Officials linking bodies", "official_body", "betweenness, paths weighted by articles",
                ("official", "betweenness", "bodies", "articles"),
                [(d["label"], d["betweenness"], d["degree"], d["weighted_degree"])
                 for _, d in top_nodes(held, "betweenness", "official", top)],
                "No official's posts link two bodies that are not otherwise linked."),
        Ranking("Bodies with the most officials", "official_body", "degree, officials holding a post in it",
                ("body", "officials", "articles", "betweenness"),
                [(d["label"], d["degree"], d["weighted_degree"], d["betweenness"])
                 for _, d in top_nodes(held, "degree", "body", top)],
                "No post in the graph names its body."),
        Ranking("Most central at meetings", "copresence", "betweenness, paths weighted by meetings shared",
                ("official", "betweenness", "eigenvector", "officials met"),
                [(d["label"], d["betweenness"], d["eigenvector"], d["degree"])
                 for _, d in top_nodes(met, "betweenness", "official", top)],
                "No official at a meeting lies between two others who met at none."),
    ]


def _communities(g: nx.Graph, top: int = 5) -> list[list[str]]:
    """The officials of the TOP largest communities, in each those named with the most
    others first (the names a reader knows the group by)."""
    by_community: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for _, d in g.nodes(data=True):
        by_community[d["community"]].append((-d["weighted_degree"], d["label"]))
    return [[label for _, label in sorted(by_community[c])] for c in sorted(by_community)
            if len(by_community[c]) > 1][:top]


def summarize(graphs: dict[str, nx.Graph], top: int = 10) -> Summary:
    """The rankings of GRAPHS (measured, by their names in the output folder)."""
    return Summary(_top_chairs(graphs["chairs"], top), _rankings(graphs, top), _communities(graphs["comention"]))
