"""``kg viz``: the graph as one self-contained HTML page.

The page carries its data (JSON) and its JavaScript (Cytoscape.js, vendored under
``kg/viz/vendor`` with its MIT licence) inline, so it opens from disk with no network.
Positions are computed in Python (kg.viz.layout): the same graph gives the same page, byte
for byte, and a browser need not lay out thousands of nodes.

The page draws the nodes kg.viz.select chose, with their facts and evidence; it also carries
a compact index of every node of the graph (name and kind) and every link, so its search
finds a node the drawing left out and brings it in with its neighbours.
"""
from __future__ import annotations

import html
import json
from importlib.resources import files

from kg.network.facts import KINDS, RELATION_WORDS, GraphFacts
from kg.viz.select import Picture

COLOURS = {"official": "#d62728", "body": "#1f77b4", "meeting": "#2ca02c", "document": "#ff7f0e"}
KIND_NAMES = {"official": "cán bộ / official", "body": "cơ quan / body", "meeting": "hội nghị / meeting",
              "document": "văn bản / document"}
RELATION_NAMES = {rel: f"{vi} / {en}" for rel, (vi, en) in RELATION_WORDS.items()}
RELATIONS = tuple(RELATION_WORDS)
# the most connected nodes drawn are named at the opening zoom; the others when zoomed in
LABELLED = 40
# a drawing this small names every node from the start
ALL_LABELLED = 80
# names in the index are cut to this many characters (a body's name can run to a sentence)
INDEX_LABEL_CHARS = 90


def labelled(picture: Picture) -> set[str]:
    """The nodes named at the opening zoom: all of a small drawing, else the centre and the
    most connected ones."""
    if len(picture.nodes) <= ALL_LABELLED:
        return {n.iri for n in picture.nodes}
    ranked = sorted(picture.degree, key=lambda iri: (-picture.degree[iri], iri))
    return set(ranked[:LABELLED]) | ({picture.centre} if picture.centre else set())


def graph_index(facts: GraphFacts) -> tuple[dict[str, int], dict]:
    """Every node's number (its place in IRI order), and the index the page searches: names,
    kinds (one digit each, in KINDS' order), links as flat [source, target, relation, title]
    numbers, the titles (a post's) listed once."""
    number = {iri: i for i, iri in enumerate(sorted(facts.nodes))}
    titles: dict[str, int] = {"": 0}
    links: list[int] = []
    for k in sorted({(number[k.source], number[k.target], RELATIONS.index(k.relation), k.label)
                     for k in facts.links}):
        links.extend((k[0], k[1], k[2], titles.setdefault(k[3], len(titles))))
    nodes = [facts.nodes[iri] for iri in sorted(facts.nodes)]
    return number, {"labels": [n.label[:INDEX_LABEL_CHARS] for n in nodes],
                    "kinds": "".join(str(KINDS.index(n.kind)) for n in nodes),
                    "links": links, "titles": list(titles)}


def page_data(picture: Picture, facts: GraphFacts) -> dict:
    number, index = graph_index(facts)
    named = labelled(picture)
    nodes = [{"id": number[n.iri], "label": n.label, "kind": n.kind, "detail": n.detail, "years": list(n.years),
              "x": picture.positions[n.iri][0], "y": picture.positions[n.iri][1], "named": n.iri in named,
              "size": round(14 + 6 * min(picture.degree[n.iri], 16) ** 0.5, 1),
              "facts": [{"text": f.text, "article": f.article, "evidence": list(f.evidence)} for f in n.facts]}
             for n in picture.nodes]
    kinds = [k for k in KINDS if any(n.kind == k for n in picture.nodes)]
    return {"nodes": nodes, "links": [{"s": number[s], "t": number[t], "r": r, "l": label}
                                      for s, t, r, label in picture.links],
            "index": index, "relations": list(RELATIONS), "relation_names": RELATION_NAMES, "all_kinds": list(KINDS),
            "kinds": kinds, "years": sorted({y for n in picture.nodes for y in n.years}), "cut": list(picture.cut),
            "centre": number[picture.centre] if picture.centre else None,
            "colours": COLOURS, "kind_names": KIND_NAMES, "total_nodes": picture.total_nodes}


def render_page(picture: Picture, facts: GraphFacts, title: str) -> str:
    here = files("kg.viz")
    template = here.joinpath("page.html").read_text("utf-8")
    script = here.joinpath("vendor", "cytoscape.min.js").read_text("utf-8")
    # JSON inside <script>: "</" would end the element early; "<\/" is the same JSON string
    data = json.dumps(page_data(picture, facts), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    return (template.replace("__TITLE__", html.escape(title))
            .replace("__DATA__", data)
            .replace("__CYTOSCAPE__", script))
