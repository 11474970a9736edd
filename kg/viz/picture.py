"""The same picture as the page, drawn once as a PNG (matplotlib, no browser needed): for a
report, a README or a slide. Same nodes, positions and colours as the HTML page."""
from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no screen: draw to a file
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from kg.export import write_atomic  # noqa: E402
from kg.viz.page import COLOURS, KIND_NAMES, RELATION_NAMES, Picture, pack  # noqa: E402

SHAPES = {"official": "o", "body": "o", "meeting": "s", "document": "D"}
# above this many nodes a picture names only the officials who chaired a meeting
CROWDED = 150


def _short(label: str, width: int = 38) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def write_png(picture: Picture, path: Path, title: str) -> None:
    """Draw PICTURE, titled TITLE, as a PNG at PATH: the same bytes for the same graph."""
    # a lone node is a dot without a story: the picture packs only the parts with links
    # (the page shows them all)
    linked_parts = [p for p in picture.parts if len(p.positions) > 1]
    pos = pack(linked_parts)
    lone = len(picture.nodes) - len(pos)
    picture = Picture([n for n in picture.nodes if n.iri in pos], picture.links, linked_parts, picture.total_nodes)
    if lone:
        title += f" ({lone} nodes without links not drawn)"
    fig, ax = plt.subplots(figsize=(16, 11), dpi=110)
    _draw_links(ax, picture, pos)
    _draw_nodes(ax, picture, pos)
    _finish(ax, title)
    fig.tight_layout()
    buf = io.BytesIO()
    # no date in the file's metadata: the same graph gives the same bytes
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    write_atomic(path, buf.getvalue())


def _draw_links(ax, picture: Picture, pos: dict) -> None:
    """Every link a grey line; those of a chair to the meeting chaired red and above."""
    for s, t, rel, _ in picture.links:
        (x1, y1), (x2, y2) = pos[s], pos[t]
        chaired = rel == "chaired"
        ax.plot([x1, x2], [-y1, -y2], color="#d62728" if chaired else "#bbbbbb", lw=2.2 if chaired else 0.7,
                zorder=1 if not chaired else 2)


def _draw_nodes(ax, picture: Picture, pos: dict) -> None:
    """The nodes, kind by kind in its shape and colour, with their names (only the chairs'
    in a crowded picture; the chairs' in bold)."""
    crowded = len(picture.nodes) > CROWDED
    chairs = {s for s, _, rel, _ in picture.links if rel == "chaired"}
    for kind, marker in SHAPES.items():
        nodes = [n for n in picture.nodes if n.kind == kind]
        if not nodes:
            continue
        ax.scatter([pos[n.iri][0] for n in nodes], [-pos[n.iri][1] for n in nodes], s=70, marker=marker,
                   color=COLOURS[kind], edgecolors="white", linewidths=0.6, zorder=3)
        for n in nodes:
            if crowded and n.iri not in chairs:  # a crowded picture names its chairs only
                continue
            bold = n.iri in chairs
            ax.annotate(_short(n.label), (pos[n.iri][0], -pos[n.iri][1]), xytext=(0, -11), textcoords="offset points",
                        ha="center", va="top", fontsize=8 if bold else 6.5, fontweight="bold" if bold else "normal",
                        zorder=4)


def _finish(ax, title: str) -> None:
    """The legend (kinds, and the chair's red link), the title, no axes."""
    handles = [Line2D([], [], marker=SHAPES[k], ls="", color=COLOURS[k], label=KIND_NAMES[k]) for k in COLOURS]
    handles.append(Line2D([], [], color="#d62728", lw=2.2, label=RELATION_NAMES["chaired"]))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    ax.set_title(title, fontsize=12)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.margins(0.08)
