"""networkx graphs of the facts: who chaired what, who met whom, how bodies nest.

* ``chair_graph``: officials → the meetings they chaired → the bodies that organized them.
* ``copresence_graph``: officials linked by the meetings they were at together (in any
  role: chair, speaker, presenter, attendee), weighted by how many.
* ``hierarchy_graph``: bodies → the bodies they are part of.

``measure`` adds degree, betweenness and eigenvector centrality and a community number to
every node of a graph. Node ids are the graph's IRIs; ``label`` and ``kind`` say what a node
is, so a GraphML or GEXF file is readable on its own in Gephi or Cytoscape.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.network.facts import MEETING_ROLES, GraphFacts

# louvain's seed: the same graph gets the same communities on every run
COMMUNITY_SEED = 20240101
# betweenness is exact up to this many nodes, sampled (with a fixed seed) above it
EXACT_BETWEENNESS_NODES = 5000


def part_of(g: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph on NODES as a graph of its own, nodes and edges in sorted order.
    (networkx's subgraph view iterates a small part through a set, in an order that changes
    from one process to the next; numeric layouts and centralities then differ in their last
    digits, and outputs would not be byte-stable.)"""
    sub = nx.Graph()
    sub.add_nodes_from(sorted(nodes))
    sub.add_edges_from(sorted((min(a, b), max(a, b), d) for a, b, d in g.edges(nodes, data=True)))
    return sub


def _add_node(g: nx.Graph, facts: GraphFacts, iri: str) -> None:
    node = facts.nodes[iri]
    g.add_node(iri, label=node.label, kind=node.kind, detail=node.detail)


def chair_graph(facts: GraphFacts) -> nx.DiGraph:
    g = nx.DiGraph(name="who chaired what")
    chaired = [k for k in facts.links if k.relation == "chaired"]
    meetings = sorted({k.target for k in chaired})
    for k in chaired:
        for iri in (k.source, k.target):
            _add_node(g, facts, iri)
        g.add_edge(k.source, k.target, relation="chaired", article=k.article)
    for k in facts.links:
        if k.relation == "organized_by" and k.source in meetings:
            _add_node(g, facts, k.target)
            g.add_edge(k.source, k.target, relation="organized_by", article=k.article)
    return g


def copresence_graph(facts: GraphFacts) -> nx.Graph:
    at_meeting: dict[str, set[str]] = defaultdict(set)
    for k in facts.links:
        if k.relation in MEETING_ROLES.values():
            at_meeting[k.target].add(k.source)
    g = nx.Graph(name="officials at the same meetings")
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for meeting, people in sorted(at_meeting.items()):
        for iri in sorted(people):
            _add_node(g, facts, iri)
        for a, b in combinations(sorted(people), 2):
            shared[a, b].append(facts.nodes[meeting].label)
    for (a, b), meetings in sorted(shared.items()):
        g.add_edge(a, b, weight=len(meetings), meetings="; ".join(sorted(meetings)))
    return g


def hierarchy_graph(facts: GraphFacts) -> nx.DiGraph:
    g = nx.DiGraph(name="body hierarchy")
    for k in facts.links:
        if k.relation == "part_of":
            for iri in (k.source, k.target):
                _add_node(g, facts, iri)
            g.add_edge(k.source, k.target, relation="part_of")
    return g


def _eigenvector(g: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality per connected part (it is undefined across parts), each part's
    values scaled by its share of the nodes so a pair of officials does not outrank a hub."""
    out = dict.fromkeys(g, 0.0)
    n = g.number_of_nodes()
    for part in sorted(sorted(c) for c in nx.connected_components(g)):
        sub = part_of(g, part)
        if sub.number_of_edges() == 0:
            continue
        try:
            values = nx.eigenvector_centrality(sub, weight="weight", max_iter=1000, tol=1e-8)
        except nx.PowerIterationFailedConvergence:
            values = nx.eigenvector_centrality_numpy(sub, weight="weight")
        for k, v in values.items():
            out[k] = abs(v) * len(part) / n
    return out


def measure(g: nx.Graph) -> None:
    """Degree, betweenness and eigenvector centrality and a community on every node."""
    work = part_of(g, list(g))  # undirected, sorted, its own edge data: g keeps only what it is given
    degree = nx.degree_centrality(g) if len(g) > 1 else dict.fromkeys(g, 0.0)
    k = None if len(g) <= EXACT_BETWEENNESS_NODES else EXACT_BETWEENNESS_NODES
    # shortest paths prefer strong ties: the distance of an edge is 1 / its weight
    for _, _, data in work.edges(data=True):
        data["distance"] = 1.0 / data.get("weight", 1)
    betweenness = nx.betweenness_centrality(work, k=k, weight="distance", seed=COMMUNITY_SEED)
    eigen = _eigenvector(work)
    communities = nx.community.louvain_communities(work, weight="weight", seed=COMMUNITY_SEED) if len(g) else []
    # number communities largest first, ties by their first member, so numbers are stable
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    community = {iri: i for i, members in enumerate(ordered, 1) for iri in members}
    for iri, data in g.nodes(data=True):
        data["degree"] = g.degree(iri)
        data["degree_centrality"] = round(degree[iri], 6)
        data["betweenness"] = round(betweenness[iri], 6)
        data["eigenvector"] = round(eigen[iri], 6)
        data["community"] = community.get(iri, 0)


@dataclass(frozen=True)
class Summary:
    """What a reader wants first: who chaired most, who is most central, which groups."""
    top_chairs: list[tuple[str, list[str]]]  # official, the meetings chaired
    central: list[tuple[str, float, float, int]]  # official, betweenness, eigenvector, meetings
    communities: list[list[str]]  # officials of the largest communities

    def markdown(self, counts: dict[str, tuple[int, int]]) -> str:
        lines = ["# Network summary", "", "| graph | nodes | edges |", "|---|---|---|"]
        lines += [f"| {name} | {n:,} | {e:,} |" for name, (n, e) in counts.items()]
        lines += ["", "## Top chairs (meetings chaired)", ""]
        lines += [f"{i}. **{name}**: {len(ms)} — " + "; ".join(ms) for i, (name, ms) in enumerate(self.top_chairs, 1)]
        if not self.top_chairs:
            lines.append("No meeting in the graph names its chair.")
        lines += ["", "## Most central officials (co-presence graph)", "",
                  "| official | betweenness | eigenvector | meetings |", "|---|---|---|---|"]
        lines += [f"| {name} | {b:.3f} | {e:.3f} | {m} |" for name, b, e, m in self.central]
        lines += ["", "## Largest communities (co-presence graph)", ""]
        lines += [f"{i}. ({len(c)}) " + ", ".join(c[:12]) + (" …" if len(c) > 12 else "")
                  for i, c in enumerate(self.communities, 1)]
        return "\n".join(lines) + "\n"


def summarize(chairs: nx.DiGraph, copresence: nx.Graph, top: int = 10) -> Summary:
    chaired: dict[str, list[str]] = defaultdict(list)
    for person, meeting, data in chairs.edges(data=True):
        if data["relation"] == "chaired":
            chaired[chairs.nodes[person]["label"]].append(chairs.nodes[meeting]["label"])
    top_chairs = sorted(((name, sorted(ms)) for name, ms in chaired.items()), key=lambda x: (-len(x[1]), x[0]))[:top]
    meetings_of = defaultdict(set)
    for a, b, data in copresence.edges(data=True):
        for m in data["meetings"].split("; "):
            meetings_of[a].add(m)
            meetings_of[b].add(m)
    nodes = copresence.nodes(data=True)
    central = sorted(((d["label"], d["betweenness"], d["eigenvector"], len(meetings_of[iri])) for iri, d in nodes),
                     key=lambda x: (-x[1], -x[2], x[0]))[:top]
    by_community: dict[int, list[str]] = defaultdict(list)
    for _, d in nodes:
        by_community[d["community"]].append(d["label"])
    communities = [sorted(by_community[c]) for c in sorted(by_community) if len(by_community[c]) > 1][:5]
    return Summary(top_chairs, central, communities)
