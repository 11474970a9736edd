"""``kg viz``: the graph as one self-contained HTML page, and as a PNG picture.

The page carries its data (JSON) and its JavaScript (Cytoscape.js, vendored under
``kg/viz/vendor`` with its MIT licence) inline, so it opens from disk with no network.
Positions are computed here with networkx (Kamada-Kawai, or a spring layout from a fixed seed): the same graph
gives the same page, byte for byte, and a browser need not lay out thousands of nodes.

A whole-corpus graph has tens of thousands of officials, most of them named once with a
post; a page shows the ``max_nodes`` best-linked nodes, meetings and their people first.
"""
from __future__ import annotations

import functools
import html
import json
from dataclasses import dataclass
from importlib.resources import files

import networkx as nx

from kg.network.facts import KINDS, MEETING_ROLES, RELATION_WORDS, GraphFacts, Node
from kg.network.graphs import part_of

COLOURS = {"official": "#d62728", "body": "#1f77b4", "meeting": "#2ca02c", "document": "#ff7f0e"}
KIND_NAMES = {"official": "cán bộ / official", "body": "cơ quan / body", "meeting": "hội nghị / meeting",
              "document": "văn bản / document"}
RELATION_NAMES = {rel: f"{vi} / {en}" for rel, (vi, en) in RELATION_WORDS.items()}
LAYOUT_SEED = 7
MEETING_RELATIONS = {*MEETING_ROLES.values(), "organized_by", "about"}


# room per node in page units (pixels at zoom 1), so labels of near nodes rarely touch
NODE_SPACING = 70.0
# parts up to this size get the Kamada-Kawai layout (even edge lengths); larger ones a spring layout
KAMADA_KAWAI_NODES = 300


@dataclass(frozen=True)
class Part:
    """One connected part laid out alone: positions round (0, 0) inside a square of side SIZE."""
    positions: dict[str, tuple[float, float]]
    size: float


@dataclass(frozen=True)
class Picture:
    """The nodes chosen for a picture, their links, and each connected part laid out."""
    nodes: list[Node]
    links: list[tuple[str, str, str, str]]  # source, target, relation, label (a post's title)
    parts: list[Part]  # largest first
    total_nodes: int

    @functools.cached_property
    def positions(self) -> dict[str, tuple[float, float]]:
        return pack(self.parts)


def lay_out_parts(nodes: list[str], edges: list[tuple[str, str]]) -> list[Part]:
    """Each connected part laid out alone (fixed seed), its size growing with its node count,
    largest first. Laying out the whole graph at once would push the many small parts into
    a ring round the big one."""
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    parts = []
    for part in sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0])):
        if len(part) == 1:
            parts.append(Part({part[0]: (0.0, 0.0)}, 0.0))
            continue
        sub = part_of(g, part)
        if len(part) <= KAMADA_KAWAI_NODES:  # even spacing, deterministic, O(n²): small parts
            pos = nx.kamada_kawai_layout(sub)
        else:
            pos = nx.spring_layout(sub, seed=LAYOUT_SEED, k=2.5 / len(part) ** 0.5, iterations=100)
        radius = NODE_SPACING * len(part) ** 0.5
        parts.append(Part({iri: (float(x) * radius, float(y) * radius) for iri, (x, y) in pos.items()}, 2 * radius))
    return parts


def pack(parts: list[Part]) -> dict[str, tuple[float, float]]:
    """The parts placed in rows, in their order, the rows about 16:9 in all."""
    row_width = max((sum((p.size + NODE_SPACING) ** 2 for p in parts) * 1.8) ** 0.5,
                    max((p.size for p in parts), default=0))
    positions, x, y, row_height = {}, 0.0, 0.0, 0.0
    for part in parts:
        step = part.size + NODE_SPACING * (1 if part.size else 2.5)  # a lone node's label needs the room
        if x > 0 and x + step > row_width:  # next row
            x, y, row_height = 0.0, y + row_height, 0.0
        for iri, (px, py) in part.positions.items():
            positions[iri] = (round(x + part.size / 2 + px, 1), round(y + part.size / 2 + py, 1))
        x += step
        row_height = max(row_height, step)
    return positions


def choose(facts: GraphFacts, max_nodes: int) -> Picture:
    degree: dict[str, int] = dict.fromkeys(facts.nodes, 0)
    near_meeting: set[str] = set()
    for k in facts.links:
        degree[k.source] += 1
        degree[k.target] += 1
        if k.relation in MEETING_RELATIONS:
            near_meeting.update((k.source, k.target))
    # meetings and the people and bodies at them first (the point of the picture), then by links
    ranked = sorted(facts.nodes, key=lambda iri: (iri not in near_meeting, -degree[iri], iri))
    keep = set(ranked[:max_nodes])
    links = sorted({(k.source, k.target, k.relation, k.label) for k in facts.links
                    if k.source in keep and k.target in keep})
    parts = lay_out_parts(sorted(keep), [(s, t) for s, t, _, _ in links])
    return Picture([facts.nodes[iri] for iri in sorted(keep)], links, parts, len(facts.nodes))


def page_data(picture: Picture) -> dict:
    degree = {n.iri: 0 for n in picture.nodes}
    for s, t, _, _ in picture.links:
        degree[s] += 1
        degree[t] += 1
    nodes = [{"id": n.iri, "label": n.label, "kind": n.kind, "detail": n.detail, "years": list(n.years),
              "x": picture.positions[n.iri][0], "y": picture.positions[n.iri][1],
              "size": round(14 + 6 * min(degree[n.iri], 16) ** 0.5, 1),
              "facts": [{"text": f.text, "article": f.article, "evidence": list(f.evidence)} for f in n.facts]}
             for n in picture.nodes]
    kinds = [k for k in KINDS if any(n.kind == k for n in picture.nodes)]
    return {"nodes": nodes, "links": [{"s": s, "t": t, "r": r, "l": label} for s, t, r, label in picture.links],
            "relation_names": RELATION_NAMES,
            "kinds": kinds, "years": sorted({y for n in picture.nodes for y in n.years}),
            "colours": COLOURS, "kind_names": KIND_NAMES, "total_nodes": picture.total_nodes}


def render_page(picture: Picture, title: str) -> str:
    here = files("kg.viz")
    template = here.joinpath("page.html").read_text("utf-8")
    script = here.joinpath("vendor", "cytoscape.min.js").read_text("utf-8")
    # JSON inside <script>: "</" would end the element early; "<\/" is the same JSON string
    data = json.dumps(page_data(picture), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    return (template.replace("__TITLE__", html.escape(title))
            .replace("__DATA__", data)
            .replace("__CYTOSCAPE__", script))
