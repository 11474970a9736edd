"""Positions for a picture, computed in Python (networkx, fixed seed) so the same graph gives
the same page and picture byte for byte, and a browser need not lay out the nodes."""
from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx

from kg.network.graphs import part_of

LAYOUT_SEED = 7
# room per node in page units (pixels at zoom 1), so labels of near nodes rarely touch
NODE_SPACING = 70.0
# parts up to this size get the Kamada-Kawai layout (even edge lengths); larger ones a spring layout
KAMADA_KAWAI_NODES = 300
# parts larger than this have their hubs spread apart (see lay_out_parts)
SPREAD_HUBS_NODES = 80
# a picture is wider than high (a screen, a slide): the packed drawing is stretched this much across
WIDE = 1.5


@dataclass(frozen=True)
class Part:
    """One connected part laid out alone: positions round (0, 0) inside a square of side SIZE."""
    positions: dict[str, tuple[float, float]]
    size: float


def lay_out_parts(nodes: list[str], edges: list[tuple[str, str]]) -> list[Part]:
    """Each connected part laid out alone (fixed seed), its size growing with its node count,
    largest first. Laying out the whole graph at once would push the small parts into a
    ring round the big one."""
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
            # in a part too large to name every node, a link between two well-linked nodes is
            # drawn longer, so the hubs (the nodes named) do not crowd each other in the middle
            for a, b in sub.edges:
                hubs = len(part) > SPREAD_HUBS_NODES and min(sub.degree(a), sub.degree(b)) > 1
                sub.edges[a, b]["length"] = 1 + math.log(min(sub.degree(a), sub.degree(b))) if hubs else 1
            pos = nx.kamada_kawai_layout(sub, weight="length")
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
            positions[iri] = (round((x + part.size / 2 + px) * WIDE, 1), round(y + part.size / 2 + py, 1))
        x += step
        row_height = max(row_height, step)
    return positions
