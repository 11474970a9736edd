"""``kg export SOURCE --tables DIR``: the graph as tables a spreadsheet opens."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.source import SOURCE, read_or_exit


@click.command()
@click.argument("source", type=SOURCE)
@click.option("--tables", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for officials.csv, posts.csv, bodies.csv, meetings.csv, documents.csv, events.csv "
                   "and dangkg.xlsx (made if missing; those files replaced).")
def export(source: Path | str, out: Path) -> None:
    """Write the graph of SOURCE (a build folder, a store, an RDF file or a
    SPARQL endpoint's URL) as tables: one CSV
    file per kind of thing (UTF-8 with a byte-order mark, so spreadsheets show Vietnamese)
    and one workbook with a sheet per table. A row is one node of the graph: an official
    after identity resolution, a post, a body, a meeting, a document, a personnel event.
    Says each table's rows, and for a build folder how they stand to manifest.json's counts.

    Exit status: 0 written, 2 SOURCE cannot be read or DIR cannot be written."""
    from kg.store import open_source
    from kg.builder.manifest import read_manifest
    from kg.tables import WORKBOOK, manifest_notes, write_tables

    with read_or_exit("export"):
        rows = write_tables(open_source(source), out)
    notes = manifest_notes(rows, read_manifest(source).get("totals") or {})
    for name, count in rows.items():
        click.echo(f"{out / (name + '.csv')}: {count} rows" + (f" ({notes[name]})" if name in notes else ""))
    click.echo(f"{out / WORKBOOK}: {len(rows)} sheets")
