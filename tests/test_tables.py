"""kg export --tables: one CSV (UTF-8 with BOM) and one sheet per table, one row per distinct
node of the graph, read back and counted against the graph itself."""
from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.iris import SPARQL_PROLOGUE as PREFIXES
from kg.query import run
from kg.tables import TABLES, manifest_notes

# each table → the graph's distinct nodes it must have one row each for (asked here, apart
# from the tables' own patterns)
GRAPH_COUNTS = {
    "officials": "VALUES ?k { dkg:Official foaf:Person } ?x a ?k",
    "posts": "VALUES ?k { org:Membership dkg:FormerPost dkg:AccusedPost } ?x a ?k",
    "bodies": "VALUES ?k { dkg:PartyOrganization dkg:StateAgency dkg:MassOrganization dkg:OtherOrganization } ?x a ?k",
    "meetings": "?x a dkg:Meeting",
    "documents": "?x a dkg:Document",
    "events": "?x a dkg:PersonnelEvent",
}


def graph_count(source, pattern: str) -> int:
    (row,) = run(source, PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { %s }" % pattern).rows
    return int(row[0])


def read_csv(path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), f"{path.name} has no byte-order mark"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture(scope="module")
def seeds_tables(seeds_build, tmp_path_factory):
    out, _ = seeds_build
    tables = tmp_path_factory.mktemp("tables")
    res = CliRunner().invoke(main, ["export", str(out), "--tables", str(tables)])
    assert res.exit_code == 0, res.output
    return out, tables, res.output


def test_each_table_has_a_row_per_node_of_the_graph(seeds_tables):
    out, tables, said = seeds_tables
    assert set(GRAPH_COUNTS) == {t.name for t in TABLES}
    for name, pattern in GRAPH_COUNTS.items():
        rows = read_csv(tables / f"{name}.csv")
        assert rows[0] == [c.header for c in next(t for t in TABLES if t.name == name).columns]
        assert len(rows) - 1 == graph_count(out, pattern), name
        assert f"{name}.csv: {len(rows) - 1} rows" in said
        assert len({r[-1] for r in rows[1:]}) == len(rows) - 1  # the last column, the node's IRI, is unique
    assert graph_count(out, GRAPH_COUNTS["posts"]) > 0 and graph_count(out, GRAPH_COUNTS["meetings"]) > 0


def test_the_workbook_holds_the_same_rows_header_bold_and_frozen(seeds_tables):
    from openpyxl import load_workbook

    _, tables, said = seeds_tables
    book = load_workbook(tables / "dangkg.xlsx")
    assert book.sheetnames == [t.name for t in TABLES]
    for sheet in book.worksheets:
        rows = [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)]
        assert rows == read_csv(tables / f"{sheet.title}.csv")
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
    assert "dangkg.xlsx: 6 sheets" in said


def test_the_lines_say_how_the_rows_stand_to_the_manifest(seeds_tables):
    out, _, said = seeds_tables
    totals = json.loads((out / "manifest.json").read_text("utf-8"))["totals"]
    lines = {line.split(": ", 1)[0].rsplit("/", 1)[-1]: line for line in said.splitlines()}
    # the build counts the graph's distinct nodes: every table has as many rows
    for t in TABLES:
        assert f"(= manifest.json's {totals[t.kind]} {t.kind})" in lines[f"{t.name}.csv"]
        assert totals[t.kind] == graph_count(out, GRAPH_COUNTS[t.name])


def test_manifest_notes_say_what_differs():
    rows = {t.name: 5 for t in TABLES}
    notes = manifest_notes(rows, {"persons": 7, "posts": 5, "former_posts": 2, "accused_posts": 0, "bodies": 5,
                                  "meetings": 5, "documents": 5, "events": 5})
    assert notes["officials"] == "manifest.json says 7 persons: a build older than this kg, or another graph"
    assert notes["posts"] == "= manifest.json's 5 posts"
    assert manifest_notes(rows, {}) == {}


ELECTION = """Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Nam lần thứ 12

Ngày 15/3/2021, tại thành phố Phủ Lý, Ban Chấp hành Đảng bộ tỉnh Hà Nam tổ chức Hội nghị lần thứ 12. \
Đồng chí Lê Văn Thành, Bí thư Tỉnh ủy Hà Nam chủ trì Hội nghị.

Hội nghị đã bầu đồng chí Trần Minh Khoa giữ chức Phó Bí thư Tỉnh ủy Hà Nam nhiệm kỳ 2020-2025.
"""


def test_an_event_and_the_term_it_starts_are_in_their_tables(tmp_path):
    from kg.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bau.txt").write_text(ELECTION, encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", jobs=1, progress=False)
    res = CliRunner().invoke(main, ["export", str(tmp_path / "out" / "graph.nq"), "--tables", str(tmp_path / "t")])
    assert res.exit_code == 0 and "manifest" not in res.output  # an RDF file has no manifest to compare with
    header, *events = read_csv(tmp_path / "t" / "events.csv")
    (event,) = [dict(zip(header, r)) for r in events]
    assert {k: event[k] for k in ("kind", "person", "title", "body", "date", "decided_by", "article")} == {
        "kind": "elected", "person": "Trần Minh Khoa", "title": "Phó Bí thư", "body": "Tỉnh ủy Hà Nam",
        "date": "2021-03-15", "decided_by": "Hội nghị lần thứ 12", "article": "bau.txt"}
    assert event["sentence"].startswith("Hội nghị đã bầu đồng chí Trần Minh Khoa")
    header, *posts = read_csv(tmp_path / "t" / "posts.csv")
    (post,) = [dict(zip(header, r)) for r in posts if "Trần Minh Khoa" in r]
    assert (post["standing"], post["start"], post["end"], post["attested"]) == ("current", "2021-03-15", "", "2021-03-15")
    header, *meetings = read_csv(tmp_path / "t" / "meetings.csv")
    (meeting,) = [dict(zip(header, r)) for r in meetings]
    assert (meeting["date"], meeting["chairs"], meeting["article"]) == ("2021-03-15", "Lê Văn Thành", "bau.txt")


def test_a_source_that_is_no_graph_exits_2(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    res = CliRunner().invoke(main, ["export", str(tmp_path / "x.txt"), "--tables", str(tmp_path / "t")])
    assert res.exit_code == 2 and res.output.startswith("kg export: ") and not (tmp_path / "t").exists()
