"""``kg show SOURCE ARTICLE``: what one article of a build gave, sentence by sentence."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.source import SOURCE, read_or_exit

FORMATS = ("text", "json")  # kg.article_view.FORMATS, named here so kg --help imports nothing heavy


@click.command()
@click.argument("source", type=SOURCE)
@click.argument("article")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
def show(source: Path | str, article: str, fmt: str) -> None:
    """What ARTICLE gave in the build SOURCE (a build folder, a store, an RDF file or a SPARQL
    endpoint's URL): each
    sentence a fact was read from, in text order, with its posts, meetings, personnel
    events and documents, and the persons and bodies it names. ARTICLE is the input's file
    name as manifest.json names it (its path or base name; FILE:LINE for a JSON Lines
    article), the article's key or its IRI.

    Exit status: 0 shown, 2 SOURCE cannot be read or names no such article (the closest
    names are given)."""
    from kg.article_view import ArticleNotFound, find_article, manifest_inputs, read_view, render
    from kg.store import open_source

    with read_or_exit("show", ArticleNotFound):
        store = open_source(source)
        view = read_view(store, find_article(store, article, manifest_inputs(source)))
    click.echo(render(view, fmt), nl=False)
