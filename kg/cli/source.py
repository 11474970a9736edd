"""SOURCE, as the reading commands take it: an existing build folder, store or RDF file, or
a SPARQL endpoint's http(s) URL (the graph pushed to a triple store, asked over the SPARQL
1.1 Protocol)."""
from __future__ import annotations

from pathlib import Path

import click


class Source(click.ParamType):
    """A path that exists (as a Path) or an http(s) URL (as the text given)."""

    name = "source"

    def __init__(self, file_okay: bool = True) -> None:
        self.path = click.Path(exists=True, file_okay=file_okay, path_type=Path)

    def convert(self, value, param, ctx):
        from kg.endpoint import is_endpoint_url

        if is_endpoint_url(value):
            return value
        return self.path.convert(value, param, ctx)


SOURCE = Source()
