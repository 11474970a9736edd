"""The same drawing as the page, as a PNG or SVG picture (matplotlib, no browser needed): for
a report, a README or a slide. Same nodes, positions and colours as the HTML page; the most
connected nodes named, each name placed where it overlaps no other."""
from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no screen: draw to a file
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from kg.export import write_atomic  # noqa: E402
from kg.viz.page import COLOURS, KIND_NAMES, RELATION_NAMES  # noqa: E402
from kg.viz.select import Picture  # noqa: E402

SHAPES = {"official": "o", "body": "o", "meeting": "s", "document": "D"}
# at most this many names; fewer where they would overlap
NAMES = 45
# where a name may sit from its node (points): below, above, right, left, then the corners
NAME_OFFSETS = ((0, -8, "center", "top"), (0, 8, "center", "bottom"), (8, 0, "left", "center"),
                (-8, 0, "right", "center"), (6, -6, "left", "top"), (-6, 6, "right", "bottom"),
                (6, 6, "left", "bottom"), (-6, -6, "right", "top"))
# SVG element ids from this salt, not from a random one: the same graph gives the same file
matplotlib.rcParams["svg.hashsalt"] = "dangkg"


def _short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def draw_figure(picture: Picture, title: str) -> Figure:
    """PICTURE drawn, titled TITLE, its most connected nodes named."""
    pos = {iri: (x, -y) for iri, (x, y) in picture.positions.items()}  # the page's y grows downwards
    fig, ax = plt.subplots(figsize=(16, 11), dpi=110)
    fig.subplots_adjust(left=0.01, right=0.84, top=0.95, bottom=0.01)
    _draw_links(ax, picture, pos)
    _draw_nodes(ax, picture, pos)
    _finish(ax, title + "\n" + picture.summary() + (f"; left out: {'; '.join(picture.cut)}" if picture.cut else ""))
    fig.canvas.draw()  # the axes' final limits, so names are measured where they will be drawn
    _name_nodes(ax, fig, picture, pos)
    return fig


def write_picture(picture: Picture, path: Path, title: str) -> None:
    """Draw PICTURE, titled TITLE, at PATH as a PNG or an SVG (by its extension): the same
    bytes for the same graph."""
    fig = draw_figure(picture, title)
    buf = io.BytesIO()
    fmt = path.suffix.lower().lstrip(".")
    # no date in the file's metadata: the same graph gives the same bytes
    fig.savefig(buf, format=fmt, metadata={"Software": None} if fmt == "png" else {"Date": None})
    plt.close(fig)
    write_atomic(path, buf.getvalue())


def _draw_links(ax, picture: Picture, pos: dict) -> None:
    """Every link a grey line; those of a chair to the meeting chaired red and above."""
    for chaired in (False, True):
        lines = [(pos[s], pos[t]) for s, t, rel, _ in picture.links if (rel == "chaired") == chaired]
        ax.add_collection(LineCollection(lines, colors="#d62728" if chaired else "#bbbbbb",
                                         linewidths=2.2 if chaired else 0.8, zorder=2 if chaired else 1))


def _draw_nodes(ax, picture: Picture, pos: dict) -> None:
    """The nodes, kind by kind in its shape and colour, sized by their links."""
    for kind, marker in SHAPES.items():
        nodes = [n for n in picture.nodes if n.kind == kind]
        if not nodes:
            continue
        ax.scatter([pos[n.iri][0] for n in nodes], [pos[n.iri][1] for n in nodes], marker=marker,
                   s=[30 + 25 * min(picture.degree[n.iri], 16) for n in nodes], color=COLOURS[kind],
                   edgecolors=["black" if n.iri == picture.centre else "white" for n in nodes],
                   linewidths=[2.5 if n.iri == picture.centre else 0.6 for n in nodes], zorder=3)


def _name_nodes(ax, fig, picture: Picture, pos: dict) -> None:
    """The most connected nodes named (the centre first), each name at the first place
    round its node where it overlaps no name already placed and stays inside the picture; a
    name with no such place is left out."""
    renderer = fig.canvas.get_renderer()
    ranked = sorted(picture.nodes, key=lambda n: (n.iri != picture.centre, -picture.degree[n.iri], n.label, n.iri))
    placed, frame = [], ax.get_window_extent(renderer)
    for node in ranked:
        if len(placed) == NAMES:
            break
        big = node.iri == picture.centre or picture.degree[node.iri] >= 4
        for dx, dy, ha, va in NAME_OFFSETS:
            text = ax.annotate(_short(node.label), pos[node.iri], xytext=(dx, dy), textcoords="offset points",
                               ha=ha, va=va, fontsize=9 if big else 7.5, fontweight="bold" if big else "normal",
                               zorder=4, bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
            box = text.get_window_extent(renderer).expanded(1.04, 1.1)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
            text.remove()


def _finish(ax, title: str) -> None:
    """The legend (kinds, and the chair's red link), the title, no axes."""
    handles = [Line2D([], [], marker=SHAPES[k], ls="", color=COLOURS[k], label=KIND_NAMES[k]) for k in COLOURS]
    handles.append(Line2D([], [], color="#d62728", lw=2.2, label=RELATION_NAMES["chaired"]))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)
    ax.set_title(title, fontsize=11, wrap=True)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.autoscale_view()
    ax.margins(0.06)
