"""The graph as tables a spreadsheet opens: ``kg export SOURCE --tables DIR``.

One table per kind of thing, one row per distinct node of the graph: officials
(dkg:Official, after identity resolution), posts (every org:Membership, dkg:FormerPost and
dkg:AccusedPost, with its standing), bodies, meetings, documents (dkg:Document) and
personnel events. Each column is one SPARQL pattern binding ``?v`` for the row's node
``?x``; a column with several values (a meeting's chairs, a body's other names) joins them
in one cell, sorted, so a table has exactly as many rows as the graph has such nodes.

Written as CSV in UTF-8 with a byte-order mark (so Excel reads the Vietnamese right) and
as one workbook, dangkg.xlsx, a sheet per table.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.export import write_atomic
from kg.network.facts import STANDING_OF_CLASS
from kg.rdf.build import class_values
from kg.query import rows as ask

__all__ = ["TABLES", "Table", "WORKBOOK", "manifest_notes", "read_tables", "write_tables"]

WORKBOOK = "dangkg.xlsx"
JOIN = "; "  # between the values of one cell
_XLSX_CELL = 32_767  # the most characters a spreadsheet cell holds

# the article a fact was read from, as manifest.json names it (FILE:LINE for a JSON Lines one)
_ARTICLE = """?x prov:wasDerivedFrom ?a . ?a dkg:sourceFile ?f OPTIONAL { ?a dkg:sourceLine ?l }
              BIND(IF(BOUND(?l), CONCAT(?f, ":", STR(?l)), ?f) AS ?v)"""
_SENTENCE = "?x dkg:evidence/oa:hasSelector/oa:exact ?v"
_TITLE = '?x org:role/skos:prefLabel ?v FILTER(lang(?v) = "vi")'
_BODY = "?x org:organization/skos:prefLabel ?v"


@dataclass(frozen=True)
class Column:
    header: str
    pattern: str  # binds ?v for the row's ?x
    count: bool = False  # the number of distinct values, not the values


@dataclass(frozen=True)
class Table:
    name: str  # the file's stem and the sheet's name
    kind: str  # the build's count (a key of kg.rdf.build.NODE_CLASSES) its rows are
    columns: tuple[Column, ...]

    @property
    def nodes(self) -> str:
        """Binds ?x to each node that is a row: a node of the classes the build counts."""
        return "VALUES ?row_class { %s } ?x a ?row_class" % class_values(self.kind)


def _c(header: str, pattern: str, count: bool = False) -> Column:
    return Column(header, pattern, count)


TABLES = (
    Table("officials", "persons", (
        _c("name", "?x foaf:name ?v"), _c("other_names", "?x skos:altLabel ?v"),
        _c("articles", "?x prov:wasDerivedFrom ?v", count=True),
        _c("posts", "?v org:member ?x", count=True), _c("iri", "BIND(?x AS ?v)"))),
    Table("posts", "posts", (
        _c("title", _TITLE), _c("body", _BODY),
        _c("standing", "?x a ?k . VALUES (?k ?v) { %s }" % " ".join(
            f'(<{c}> "{s}")' for c, s in STANDING_OF_CLASS.items())),
        _c("person", "?x org:member/foaf:name ?v"),
        _c("start", "?x org:memberDuring/time:hasBeginning/time:inXSDDate ?v"),
        _c("end", "?x org:memberDuring/time:hasEnd/time:inXSDDate ?v"),
        _c("attested", "?x dkg:attestedOn ?v"), _c("article", _ARTICLE), _c("sentence", _SENTENCE),
        _c("iri", "BIND(?x AS ?v)"))),
    Table("bodies", "bodies", (
        _c("name", "?x skos:prefLabel ?v"), _c("kind", "?x a ?k BIND(STRAFTER(STR(?k), '#') AS ?v)"),
        _c("parent", "?x org:subOrganizationOf/skos:prefLabel ?v"), _c("other_names", "?x skos:altLabel ?v"),
        _c("articles", "?x prov:wasDerivedFrom ?v", count=True), _c("iri", "BIND(?x AS ?v)"))),
    Table("meetings", "meetings", (
        _c("name", "?x schema:name ?v"), _c("other_names", "?x schema:alternateName ?v"),
        _c("date", "?x schema:startDate ?v"), _c("place", "?x schema:location ?v"),
        _c("organizer", "?x schema:organizer/skos:prefLabel ?v"),
        *(_c(h, f"?x {p}/foaf:name ?v") for h, p in (("chairs", "dkg:chair"), ("speakers", "dkg:speaker"),
                                                      ("presenters", "dkg:presenter"), ("attendees", "schema:attendee"))),
        _c("about", "?x schema:about/eli:id_local ?v"), _c("article", _ARTICLE), _c("iri", "BIND(?x AS ?v)"))),
    Table("documents", "documents", (
        _c("id", "?x eli:id_local ?v"),
        _c("type", '?x eli:type_document/skos:prefLabel ?v FILTER(lang(?v) IN ("vi", ""))'),
        _c("date", "?x eli:date_document ?v"), _c("issuer", "?x eli:passed_by/skos:prefLabel ?v"),
        _c("title", "?x eli:title ?v"), _c("mentions", "?v dkg:mentions ?x", count=True),
        _c("article", _ARTICLE), _c("iri", "BIND(?x AS ?v)"))),
    Table("events", "events", (
        _c("kind", "?x dkg:eventKind ?k BIND(LCASE(STRAFTER(STR(?k), '#')) AS ?v)"),
        _c("person", "?x dkg:subject/foaf:name ?v"), _c("title", _TITLE), _c("body", _BODY),
        _c("date", "?x schema:startDate ?v"),
        _c("decided_by", "?x dkg:decidedBy ?by { ?by skos:prefLabel ?v } UNION { ?by schema:name ?v }"),
        _c("acting", "?x dkg:acting ?acting BIND(IF(?acting, 'yes', '') AS ?v)"),
        _c("article", _ARTICLE), _c("sentence", _SENTENCE), _c("iri", "BIND(?x AS ?v)"))),
)


def _column(store: ox.Store, table: Table, column: Column) -> dict[str, str]:
    """Row node → the cell of COLUMN: its distinct values, sorted and joined, or their number."""
    values: dict[str, set[str]] = defaultdict(set)
    for r in ask(store, "SELECT DISTINCT ?x ?v WHERE { %s . %s }" % (table.nodes, column.pattern)):
        if r["v"]:
            values[r["x"]].add(r["v"])
    if column.count:
        return {x: str(len(v)) for x, v in values.items()}
    return {x: JOIN.join(sorted(v)) for x, v in values.items()}


def read_table(store: ox.Store, table: Table) -> list[list[str]]:
    """TABLE's rows (without the header): one per node, sorted by the cells in order."""
    nodes = [r["x"] for r in ask(store, "SELECT DISTINCT ?x WHERE { %s }" % table.nodes)]
    cells = [_column(store, table, c) for c in table.columns]
    rows = [[cell.get(x, "0" if c.count else "") for c, cell in zip(table.columns, cells)] for x in nodes]
    return sorted(rows)


def read_tables(store: ox.Store) -> dict[str, list[list[str]]]:
    return {t.name: read_table(store, t) for t in TABLES}


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # RFC 4180, what spreadsheets expect
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def _workbook(tables: dict[str, tuple[list[str], list[list[str]]]]) -> bytes:
    """One sheet per table, its header bold and frozen, columns wide enough to read."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in tables.items():
        sheet = book.create_sheet(name)
        sheet.append(header)
        for row in rows:  # control characters a sheet cannot hold are dropped, long cells cut
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v)[:_XLSX_CELL] for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for i, h in enumerate(header, 1):
            width = max([len(h), *(len(r[i - 1]) for r in rows[:200])])
            sheet.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def write_tables(store: ox.Store, out: Path) -> dict[str, int]:
    """Every table of TABLES as OUT/{name}.csv and a sheet of OUT/dangkg.xlsx; the rows of each."""
    tables = {t.name: ([c.header for c in t.columns], read_table(store, t)) for t in TABLES}
    for name, (header, rows) in tables.items():
        write_atomic(out / f"{name}.csv", _csv(header, rows))
    write_atomic(out / WORKBOOK, _workbook(tables))
    return {name: len(rows) for name, (_, rows) in tables.items()}


def manifest_notes(rows: dict[str, int], totals: dict[str, int]) -> dict[str, str]:
    """Table → how its rows stand to the build's count of the same nodes in manifest.json
    (TOTALS): the same number, or the manifest's (a build older than this kg counted
    otherwise, or the graph has changed since)."""
    notes = {}
    for t in TABLES if totals else ():
        counted = totals.get(t.kind, 0)
        notes[t.name] = (f"= manifest.json's {counted} {t.kind}" if counted == rows[t.name]
                         else f"manifest.json says {counted} {t.kind}: a build older than this kg, or another graph")
    return notes
