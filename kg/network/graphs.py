"""networkx graphs of the facts: who chaired what, who met whom, who holds posts where, who
is named with whom, how bodies nest.

* ``chair_graph``: officials → the meetings they chaired → the bodies that organized them.
* ``copresence_graph``: officials linked by the meetings they were at together (in any
  role: chair, speaker, presenter, attendee), weighted by how many.
* ``official_body_graph``: officials and the bodies they hold posts in (bipartite), weighted
  by the articles that say so, with the posts' titles.
* ``comention_graph``: officials linked by the articles that name them together, weighted
  by how many.
* ``hierarchy_graph``: bodies → the bodies they are part of.

``measure`` adds degree (plain and weighted), betweenness and eigenvector centrality and a
community number to every node of a graph. Node ids are the graph's IRIs; ``label``,
``kind``, ``color`` and the years a node and an edge are known in (``first_year``,
``last_year``) say what a node is and when, so a GraphML or GEXF file is readable on its own
in Gephi or Cytoscape.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.network.facts import MEETING_ROLES, GraphFacts

# louvain's seed: the same graph gets the same communities on every run
COMMUNITY_SEED = 20240101
# a connected part's betweenness is exact while sources × (nodes + edges) stays under this
# budget (some seconds of networkx); above it, it is estimated from as many sampled sources
# (fixed seed) as fit
BETWEENNESS_BUDGET = 5_000_000
MIN_BETWEENNESS_SAMPLES = 100
# eigenvector centrality by power iteration in Python up to this many edges, by SciPy above
POWER_ITERATION_EDGES = 20_000
# node colours by kind, the same as kg viz's pages (Gephi reads them from GEXF viz:color)
KIND_COLOURS = {"official": "#d62728", "body": "#1f77b4", "meeting": "#2ca02c", "document": "#ff7f0e"}
# an edge lists at most this many of its articles (its weight counts them all)
LISTED_ARTICLES = 20


def part_of(g: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph on NODES as a graph of its own, nodes and edges in sorted order.
    (networkx's subgraph view iterates a small part through a set, in an order that changes
    from one process to the next; numeric layouts and centralities then differ in their last
    digits, and outputs would not be byte-stable.)"""
    sub = nx.Graph()
    sub.add_nodes_from(sorted(nodes))
    sub.add_edges_from(sorted((min(a, b), max(a, b), d) for a, b, d in g.edges(nodes, data=True)))
    return sub


def _add_node(g: nx.Graph, facts: GraphFacts, iri: str, **more) -> None:
    node = facts.nodes[iri]
    g.add_node(iri, label=node.label, kind=node.kind, detail=node.detail, color=KIND_COLOURS[node.kind], **more)


def _span(years) -> dict[str, int]:
    """first_year and last_year of YEARS (None where unknown), nothing where none is known."""
    known = [y for y in years if y is not None]
    return {"first_year": min(known), "last_year": max(known)} if known else {}


def _listed(articles: list[str]) -> str:
    shown = sorted(articles)[:LISTED_ARTICLES]
    return "; ".join(shown) + (" …" if len(articles) > len(shown) else "")


def add_node_years(g: nx.Graph, facts: GraphFacts) -> None:
    """Each node's first and last year: of its own facts and of its edges in G, so that a
    timeline (Gephi's) never shows an edge whose ends are not there yet."""
    for iri, data in g.nodes(data=True):
        years = list(facts.nodes[iri].years) if iri in facts.nodes else []
        for _, _, d in g.edges(iri, data=True):
            years += [d.get("first_year"), d.get("last_year")]
        data.update(_span(years))


def chair_graph(facts: GraphFacts) -> nx.DiGraph:
    g = nx.DiGraph(name="who chaired what")
    chaired = [k for k in facts.links if k.relation == "chaired"]
    meetings = sorted({k.target for k in chaired})
    for k in chaired:
        for iri in (k.source, k.target):
            _add_node(g, facts, iri)
        g.add_edge(k.source, k.target, relation="chaired", article=k.article, weight=1, **_span([k.year]))
    for k in facts.links:
        if k.relation == "organized_by" and k.source in meetings:
            _add_node(g, facts, k.target)
            years = facts.nodes[k.source].years
            g.add_edge(k.source, k.target, relation="organized_by", article=k.article, weight=1, **_span(years))
    add_node_years(g, facts)
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
            shared[a, b].append(meeting)
    for (a, b), meetings in sorted(shared.items()):
        years = [y for m in meetings for y in facts.nodes[m].years]
        g.add_edge(a, b, relation="met", weight=len(meetings),
                   meetings="; ".join(sorted(facts.nodes[m].label for m in meetings)), **_span(years))
    add_node_years(g, facts)
    return g


def hierarchy_graph(facts: GraphFacts) -> nx.DiGraph:
    g = nx.DiGraph(name="body hierarchy")
    for k in facts.links:
        if k.relation == "part_of":
            for iri in (k.source, k.target):
                _add_node(g, facts, iri)
            g.add_edge(k.source, k.target, relation="part_of", weight=1)
    add_node_years(g, facts)
    return g


def official_body_graph(facts: GraphFacts) -> nx.Graph:
    """Officials (bipartite 0) and the bodies they hold posts in (bipartite 1), any standing
    (current, former, at the time of a case); an edge's weight is the number of articles
    that say so, its titles the posts' titles."""
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    years: dict[tuple[str, str], list[int | None]] = defaultdict(list)
    for k in facts.links:
        if k.relation == "holds_post":
            articles[k.source, k.target].add(k.article)
            titles[k.source, k.target].add(k.label)
            years[k.source, k.target].append(k.year)
    g = nx.Graph(name="officials and the bodies they hold posts in")
    for iri in sorted({iri for pair in articles for iri in pair}):
        _add_node(g, facts, iri, bipartite=0 if facts.nodes[iri].kind == "official" else 1)
    for pair, said_in in sorted(articles.items()):
        g.add_edge(*pair, relation="holds_post", weight=len(said_in), titles="; ".join(sorted(titles[pair])),
                   articles=_listed([a for a in said_in if a]), **_span(years[pair]))
    add_node_years(g, facts)
    return g


def comention_graph(facts: GraphFacts) -> nx.Graph:
    """Officials named in the same article, linked; an edge's weight is the number of such
    articles. An article naming n officials gives n(n-1)/2 pairs: the work grows with the
    articles' own sizes, never with the square of the graph's."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for article, people in sorted(facts.named.items()):
        for pair in combinations(people, 2):  # people are sorted: a pair is always (smaller, larger)
            shared[pair].append(article)
    named_in: dict[str, int] = defaultdict(int)
    for people in facts.named.values():
        for iri in people:
            named_in[iri] += 1
    g = nx.Graph(name="officials named in the same articles")
    for iri in sorted({iri for pair in shared for iri in pair}):
        _add_node(g, facts, iri, articles=named_in[iri])
    for (a, b), articles in sorted(shared.items()):
        g.add_edge(a, b, relation="named_with", weight=len(articles), articles=_listed(articles),
                   **_span(facts.article_years.get(x) for x in articles))
    add_node_years(g, facts)
    return g


def _eigenvector_of_part(sub: nx.Graph) -> dict[str, float]:
    if sub.number_of_edges() > POWER_ITERATION_EDGES:
        return nx.eigenvector_centrality_numpy(sub, weight="weight")
    try:
        return nx.eigenvector_centrality(sub, weight="weight", max_iter=1000, tol=1e-8)
    except nx.PowerIterationFailedConvergence:
        return nx.eigenvector_centrality_numpy(sub, weight="weight")


def _eigenvector(g: nx.Graph, parts: list[list[str]]) -> dict[str, float]:
    """Eigenvector centrality per connected part (it is undefined across parts), each part's
    values scaled by its share of the nodes so a pair of officials does not outrank a hub."""
    out = dict.fromkeys(g, 0.0)
    n = g.number_of_nodes()
    for part in parts:
        if len(part) == 1:
            continue
        # a lone pair (most parts of a graph of posts) is two ends of one edge: 1/√2 each
        values = dict.fromkeys(part, math.sqrt(0.5)) if len(part) == 2 else _eigenvector_of_part(part_of(g, part))
        for k, v in values.items():
            out[k] = abs(v) * len(part) / n
    return out


def _betweenness(g: nx.Graph, parts: list[list[str]]) -> dict[str, float]:
    """Betweenness centrality normalized as networkx does on the whole graph, measured part by
    part: a shortest path never leaves its connected part, so thousands of small parts cost
    little, and only a part too large for the budget is sampled."""
    n = g.number_of_nodes()
    out = dict.fromkeys(g, 0.0)
    for part in parts:
        if len(part) <= 2:
            continue
        sub = part_of(g, part)
        k = betweenness_samples(sub.number_of_nodes(), sub.number_of_edges())
        values = nx.betweenness_centrality(sub, k=k, normalized=False, weight="distance", seed=COMMUNITY_SEED)
        for iri, v in values.items():
            out[iri] = 2 * v / ((n - 1) * (n - 2))  # networkx's normalization for an undirected graph
    return out


def betweenness_samples(nodes: int, edges: int) -> int | None:
    """How many sources betweenness is estimated from: None (all, exact) while that fits the
    budget, else as many as fit (at least MIN_BETWEENNESS_SAMPLES, at most all)."""
    if nodes * (nodes + edges) <= BETWEENNESS_BUDGET:
        return None
    return min(nodes, max(MIN_BETWEENNESS_SAMPLES, BETWEENNESS_BUDGET // (nodes + edges)))


def measure(g: nx.Graph) -> None:
    """Degree, betweenness and eigenvector centrality and a community on every node."""
    work = part_of(g, list(g))  # undirected, sorted, its own edge data: g keeps only what it is given
    degree = nx.degree_centrality(g) if len(g) > 1 else dict.fromkeys(g, 0.0)
    # shortest paths prefer strong ties: the distance of an edge is 1 / its weight
    for _, _, data in work.edges(data=True):
        data["distance"] = 1.0 / data.get("weight", 1)
    parts = sorted(sorted(c) for c in nx.connected_components(work))
    betweenness, eigen = _betweenness(work, parts), _eigenvector(work, parts)
    communities = nx.community.louvain_communities(work, weight="weight", seed=COMMUNITY_SEED) if len(g) else []
    # number communities largest first, ties by their first member, so numbers are stable
    ordered = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
    community = {iri: i for i, members in enumerate(ordered, 1) for iri in members}
    for iri, data in g.nodes(data=True):
        data["degree"] = g.degree(iri)
        data["weighted_degree"] = g.degree(iri, weight="weight")
        data["degree_centrality"] = round(degree[iri], 6)
        data["betweenness"] = round(betweenness[iri], 6)
        data["eigenvector"] = round(eigen[iri], 6)
        data["community"] = community.get(iri, 0)
