"""SOURCE, as the reading commands take it: an existing build folder, store or RDF file, or
a SPARQL endpoint's http(s) URL (the graph pushed to a triple store, asked over the SPARQL
1.1 Protocol)."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click


class Source(click.ParamType):
    """A path that exists (as a Path) or an http(s) URL (as the text given, checked by
    kg.remote.checked_url: a malformed one, or one with a password in it, a usage error)."""

    name = "source"

    def __init__(self) -> None:
        self.path = click.Path(exists=True, path_type=Path)

    def convert(self, value, param, ctx):
        from kg.endpoint import is_endpoint_url
        from kg.remote import BadURL, checked_url

        if not is_endpoint_url(value):
            return self.path.convert(value, param, ctx)
        try:
            return checked_url(value, "http://host:8890/sparql")
        except BadURL as e:
            self.fail(str(e), param, ctx)


SOURCE = Source()


@contextmanager
def read_or_exit(command: str, *refusals: type[Exception]) -> Iterator[None]:
    """What a reading command does with SOURCE, its failures one line and exit 2: a SOURCE that
    cannot be read or asked (ValueError, SyntaxError, OSError: a broken store, an endpoint
    down) and the command's own REFUSALS (an article not found)."""
    try:
        yield
    except (ValueError, SyntaxError, OSError, *refusals) as e:
        click.echo(f"kg {command}: {e}", err=True)
        sys.exit(2)
