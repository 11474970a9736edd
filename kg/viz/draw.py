"""What ``kg viz`` does once its options are read: choose the nodes, write the page and the
pictures, say what was drawn and what was cut."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from kg.network.facts import GraphFacts, Node
from kg.rdf.build import post_label
from kg.person.names import NoMatch
from kg.viz.select import NameAmbiguous, Picture, around, best_connected, find_official

# --out's extension → what it writes
OUT_KINDS = {".html": "page", ".png": "picture", ".svg": "picture"}


def check_out(out: Path) -> None:
    """An --out kg viz can write, or a usage error (exit 2)."""
    if out.suffix.lower() not in OUT_KINDS:
        raise click.UsageError(f"--out {out.name}: give a name ending in .html (the page), .png or .svg (a picture)")


def official_around(facts: GraphFacts, name: str, depth: int, max_nodes: int) -> Picture:
    """The picture round the official NAME; exits 1 (no such name, the closest ones listed) or
    2 (several officials the name matches, each listed)."""
    try:
        centre = find_official(facts, name)
    except NameAmbiguous as e:
        click.echo(f"kg viz: {len(e.officials)} officials match {name!r}; give --around one's IRI "
                   "(kg person tells them apart):", err=True)
        for n in sorted(e.officials, key=lambda n: (-len({f.article for f in n.facts}), n.label, n.iri)):
            posts = "; ".join(_posts_of(facts, n))
            click.echo(f"  {n.label}  {n.iri}" + (f"  ({posts})" if posts else ""), err=True)
        sys.exit(2)
    except NoMatch as e:
        click.echo(f"kg viz: {e}", err=True)
        sys.exit(1)
    return around(facts, centre, depth, max_nodes)


def _posts_of(facts: GraphFacts, official: Node, most: int = 3) -> list[str]:
    """OFFICIAL's commonest posts, with their bodies, as his links to bodies give them."""
    held = Counter(post_label(link.label, facts.nodes[link.target].label) for link in facts.links
                   if link.source == official.iri and link.relation == "holds_post")
    return [post for post, _ in sorted(held.items(), key=lambda kv: (-kv[1], kv[0]))[:most]]


def draw(facts: GraphFacts, picture: Picture, out: Path, png: bool, title: str | None) -> None:
    """Write OUT (a page, or a picture by its extension) and, with PNG, a PNG beside the page;
    print what was drawn, what was cut and why, and the files written. No TITLE: dangkg, and
    the official's name for his neighbourhood."""
    from kg.export import write_atomic
    from kg.viz.page import render_page
    from kg.viz.picture import write_picture

    if title is None:
        title = "dangkg" + (f": {facts.nodes[picture.centre].label}" if picture.centre else "")
    targets = []
    if OUT_KINDS[out.suffix.lower()] == "page":
        write_atomic(out, render_page(picture, facts, title))
        targets.append(out)
    else:
        write_picture(picture, out, title)
        targets.append(out)
    if png and out.suffix.lower() != ".png":
        write_picture(picture, out.with_suffix(".png"), title)
        targets.append(out.with_suffix(".png"))
    click.echo(picture.summary())
    for reason in picture.cut:
        click.echo(f"left out: {reason}")
    for target in targets:
        click.echo(f"wrote {target} ({target.stat().st_size:,} bytes)")


def picture_of(facts: GraphFacts, around_name: str | None, depth: int, max_nodes: int) -> Picture:
    if around_name is not None:
        return official_around(facts, around_name, depth, max_nodes)
    return best_connected(facts, max_nodes)
