"""``kg read FILE``: what one article file gives, with no build."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.show import FORMATS


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--encoding", metavar="NAME", help="Read the file in this encoding; default: detected, as kg build does.")
def read(file: Path, fmt: str, encoding: str | None) -> None:
    """What one article FILE (.txt or a saved web page) gives: the build's own reading,
    extraction, resolution and RDF run on it in memory, shown as kg show shows an article
    of a build. Nothing is written.

    Exit status: 0 shown, 2 the file cannot be read or is no article (empty, binary, a
    JSON Lines file: build it and use kg show)."""
    from kg.article_view import read_view, render, store_of_file
    from kg.ingest.jsonl import SUFFIXES as JSONL_SUFFIXES
    from kg.ingest.reader import InputError, SkipInput

    if file.suffix.lower() in JSONL_SUFFIXES:
        click.echo(f"kg read: {file} is a JSON Lines file of many articles: kg build it, then kg show FILE:LINE",
                   err=True)
        sys.exit(2)
    try:
        store, article = store_of_file(file, encoding)
    except (InputError, SkipInput, LookupError) as e:
        click.echo(f"kg read: {file}: {e}", err=True)
        sys.exit(2)
    click.echo(render(read_view(store, article), fmt), nl=False)
