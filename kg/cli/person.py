"""``kg person``: find an official by name, without SPARQL."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.source import SOURCE, read_or_exit


@click.command()
@click.argument("source", type=SOURCE)
@click.argument("name")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def person(source: Path | str, name: str, fmt: str) -> None:
    """Find an official by NAME in a graph (SOURCE: a build folder, a store, an RDF
    file or a SPARQL endpoint's URL).
    Case, spacing, Unicode form and, for a name typed without them, diacritics do not
    matter; a part of a name ("Tấn Dũng", "thanh") matches its run of words.

    One official: his career (posts with first and last day attested and their appointment
    events, meetings chaired or spoken at, documents, officials met most often), each line
    with its article and sentence. Several: each with what tells them apart, most-named
    first. None: the closest names on stderr, exit 1.

    \b
    kg person out "nguyen tan dung"
    kg person out "Văn Thành" --format json
    """
    if not name.split():
        raise click.UsageError("NAME is empty")
    from kg.person import render
    from kg.person.career import NoMatch, career, find, namesakes
    from kg.store import open_source

    with read_or_exit("person"):
        store = open_source(source)
        try:
            found = find(store, name)
        except NoMatch as e:  # (nothing to show: exit 1, as grep)
            click.echo(f"kg person: {e}", err=True)
            sys.exit(1)
        careers = [career(store, found[0])] if len(found) == 1 else []
        others = namesakes(store, found) if len(found) > 1 else []
    if fmt == "json":
        click.echo(render.to_json(name, careers, others), nl=False)
    elif fmt == "csv":
        click.echo(render.to_csv(careers, others), nl=False)
    else:
        click.echo(render.to_text(careers, others), nl=False)
