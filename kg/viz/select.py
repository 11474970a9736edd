"""Which nodes a picture draws: a large graph's best-connected part, or one official's
neighbourhood; and what was left out, and why, in words the page and the command print.

A build of old news has thousands of officials and bodies named once with no link at all,
and hundreds of small parts (an official and his body); drawing them all gives a grid of
pairs no one can read. So the default picture is the largest connected parts, whole, largest
first, up to ``max_nodes`` (a part larger than that: its best-connected nodes, grown from
the best-connected one so the drawing stays connected). The page still carries an index
of every node, so its search finds what the drawing left out.
"""
from __future__ import annotations

import functools
import heapq
from dataclasses import dataclass

import networkx as nx

from kg.network.facts import GraphFacts, Node
from kg.person import names
from kg.viz.layout import Part, lay_out_parts, pack


@dataclass(frozen=True)
class Picture:
    """The nodes chosen for a picture, their links, each connected part laid out, and what
    was cut."""
    nodes: list[Node]
    links: list[tuple[str, str, str, str]]  # source, target, relation, label (a post's title)
    parts: list[Part]  # largest first
    total_nodes: int
    cut: tuple[str, ...] = ()  # what was left out and why, one sentence each
    centre: str = ""  # the official drawn with his neighbourhood (--around)

    @functools.cached_property
    def positions(self) -> dict[str, tuple[float, float]]:
        return pack(self.parts)

    @functools.cached_property
    def degree(self) -> dict[str, int]:
        """Links of each drawn node inside the drawing."""
        degree = {n.iri: 0 for n in self.nodes}
        for s, t, _, _ in self.links:
            degree[s] += 1
            degree[t] += 1
        return degree

    def summary(self) -> str:
        return f"{len(self.nodes):,} of {self.total_nodes:,} nodes drawn, {len(self.links):,} links"


class NameAmbiguous(LookupError):
    def __init__(self, name: str, officials: list[Node]):
        super().__init__(name)
        self.officials = officials


def link_graph(facts: GraphFacts) -> nx.Graph:
    """Every node, and an edge wherever two nodes are linked (either way, any relation)."""
    g = nx.Graph()
    g.add_nodes_from(facts.nodes)
    g.add_edges_from((k.source, k.target) for k in facts.links)
    return g


def _picture(facts: GraphFacts, keep: set[str], cut: tuple[str, ...], centre: str = "") -> Picture:
    links = sorted({(k.source, k.target, k.relation, k.label) for k in facts.links
                    if k.source in keep and k.target in keep})
    parts = lay_out_parts(sorted(keep), [(s, t) for s, t, _, _ in links])
    return Picture([facts.nodes[iri] for iri in sorted(keep)], links, parts, len(facts.nodes), cut, centre)


def grow(g: nx.Graph, part: set[str], max_nodes: int) -> set[str]:
    """At most MAX_NODES nodes of PART, connected: from its best-connected node, always the
    best-connected node next to those taken (ties by IRI, so the same graph gives the same cut)."""
    if len(part) <= max_nodes:
        return set(part)
    start = min(part, key=lambda n: (-g.degree(n), n))
    taken, frontier = set(), [(-g.degree(start), start)]
    while frontier and len(taken) < max_nodes:
        _, node = heapq.heappop(frontier)
        if node in taken:
            continue
        taken.add(node)
        for nb in g.neighbors(node):
            if nb not in taken:
                heapq.heappush(frontier, (-g.degree(nb), nb))
    return taken


def best_connected(facts: GraphFacts, max_nodes: int) -> Picture:
    """The largest connected parts, whole, largest first, while they fit in MAX_NODES; the
    first one cut to its best-connected nodes if it alone is larger. Nodes without a link
    are left out (the page's search still finds them)."""
    g = link_graph(facts)
    parts = sorted((c for c in nx.connected_components(g) if len(c) > 1), key=lambda c: (-len(c), min(c)))
    keep: set[str] = grow(g, parts[0], max_nodes) if parts else set()
    drawn = 1 if parts else 0
    for part in parts[1:]:
        if len(keep) + len(part) > max_nodes:
            break
        keep |= part
        drawn += 1
    lone = sum(1 for n in g if g.degree(n) == 0)
    cut = []
    if parts and len(parts[0]) > max_nodes:
        cut.append(f"{len(parts[0]) - len(keep):,} nodes of the largest connected part ({len(parts[0]):,} nodes), "
                   f"the least connected: over --max-nodes {max_nodes:,}")
    if len(parts) > drawn:
        left = sum(len(p) for p in parts[drawn:])
        cut.append(f"{left:,} nodes in {len(parts) - drawn:,} smaller parts not linked to the drawn ones: "
                   f"over --max-nodes {max_nodes:,}")
    if lone:
        cut.append(f"{lone:,} nodes without any link")
    return _picture(facts, keep, tuple(cut))


def find_official(facts: GraphFacts, name: str) -> Node:
    """The one official NAME picks as ``kg person`` picks (kg.person.names.select: his IRI, or
    his name matched loosely). Raises NameAmbiguous for several, NoMatch for none."""
    officials = {n.iri: n.label for n in facts.of_kind("official")}
    found = [facts.nodes[iri] for iri in names.select(name, officials)]
    if len(found) > 1:
        raise NameAmbiguous(name, found)
    return found[0]


def around(facts: GraphFacts, centre: Node, depth: int, max_nodes: int) -> Picture:
    """CENTRE and the nodes at most DEPTH links from him; over MAX_NODES, the nearest first,
    then the best connected (so what is drawn stays connected to him)."""
    g = link_graph(facts)
    distance = nx.single_source_shortest_path_length(g, centre.iri, cutoff=depth)
    ranked = sorted(distance, key=lambda n: (distance[n], -g.degree(n), n))
    keep = set(ranked[:max_nodes])
    links = f"{depth} link" + ("s" if depth > 1 else "")
    cut = []
    if len(ranked) > max_nodes:
        cut.append(f"{len(ranked) - max_nodes:,} nodes within {links} of {centre.label}, the farthest "
                   f"and least connected: over --max-nodes {max_nodes:,}")
    if len(facts.nodes) > len(ranked):
        cut.append(f"{len(facts.nodes) - len(ranked):,} nodes more than {links} away (--depth {depth})")
    return _picture(facts, keep, tuple(cut), centre.iri)
