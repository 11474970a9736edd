"""Asking a real triple store: a build loaded into Virtuoso answers every command that reads
a graph (kg query, network, viz, person, export --tables, show) as the build folder does."""
from __future__ import annotations

import collections
import csv
import http.server
import io
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import query as q
from kg.cli import main
from kg.endpoint import Endpoint, EndpointError, answer, is_endpoint_url
from kg.guard import QueryRefused
from kg.sandbox import Limits, QueryTimeout
from kg.store import open_source
from conftest import needs_shared, serving


def load_build(build: Path, graph_store: str) -> int:
    """BUILD pushed into the Graph Store by `kg push` (Virtuoso's administrator, digest
    authentication), as a user loads one; how many graphs."""
    from kg.push import push

    return push(build, graph_store, "dba:dba").graphs


@pytest.fixture(scope="module")
def seeds_endpoint(virtuoso, seeds_build):
    """The seeds' build loaded into the session's Virtuoso; its SPARQL URL."""
    assert load_build(seeds_build[0], virtuoso.graph_store) >= 5
    return virtuoso.sparql


def parameters_for(source) -> dict[str, dict[str, str]]:
    """Values for the bundled queries that need them, taken from the graph itself: the first
    chair of who-chaired-what and the first organizing body."""
    chairs = q.run(source, "who-chaired-what")
    chair, body = chairs.rows[0][0], next(r[3] for r in chairs.rows if r[3])
    return {"posts-of": {"name": chair}, "careers": {"name": chair}, "meetings-of": {"body": body}}


def same_answers(build: Path, url: str) -> dict[str, int]:
    """Every bundled query on BUILD and on URL: the same rows in the same order (asserted);
    how many rows each gave."""
    params = parameters_for(build)
    counts = {}
    for name in sorted(q.bundled()):
        local, remote = q.run(build, name, params.get(name)), q.run(url, name, params.get(name))
        assert local.rows, name  # two engines agreeing on nothing would prove nothing
        assert remote == local, name
        counts[name] = len(local.rows)
    return counts


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_who_chaired_what_on_the_endpoint_gives_exactly_the_build_folders_rows(seeds_build, seeds_endpoint):
    here = invoke("query", str(seeds_build[0]), "who-chaired-what", "--format", "csv").output
    there = invoke("query", seeds_endpoint, "who-chaired-what", "--format", "csv").output
    assert there == here
    assert len(list(csv.DictReader(io.StringIO(there)))) >= 3


def test_every_bundled_query_gives_the_same_rows_on_virtuoso(seeds_build, seeds_endpoint):
    counts = same_answers(seeds_build[0], seeds_endpoint)
    assert set(counts) == set(q.bundled())


def test_network_on_the_endpoint_writes_the_same_graphs(seeds_build, seeds_endpoint, tmp_path):
    here = invoke("network", str(seeds_build[0]), "--out", str(tmp_path / "here")).output
    there = invoke("network", seeds_endpoint, "--out", str(tmp_path / "there")).output
    assert there.replace(str(tmp_path / "there"), "OUT") == here.replace(str(tmp_path / "here"), "OUT")
    assert " nodes " in here  # the node and edge counts of each graph
    files = sorted(p.name for p in (tmp_path / "here").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "there").iterdir())
    assert any(f.endswith("-edges.csv") for f in files)
    for name in files:
        assert (tmp_path / "there" / name).read_bytes() == (tmp_path / "here" / name).read_bytes(), name


def test_person_show_and_viz_on_the_endpoint_answer_as_on_the_build(seeds_build, seeds_endpoint, tmp_path):
    out = seeds_build[0]
    chair = parameters_for(out)["posts-of"]["name"]
    here = invoke("person", str(out), chair, "--format", "json").output
    assert invoke("person", seeds_endpoint, chair, "--format", "json").output == here
    assert chair in here
    article = q.run(out, "who-chaired-what").rows[0][4]
    assert invoke("show", seeds_endpoint, article).output == invoke("show", str(out), article).output
    invoke("viz", str(out), "--out", str(tmp_path / "here.html"))
    invoke("viz", seeds_endpoint, "--out", str(tmp_path / "there.html"))
    assert (tmp_path / "there.html").read_bytes() == (tmp_path / "here.html").read_bytes()


def test_export_tables_from_the_endpoint_are_the_same_tables(seeds_build, seeds_endpoint, tmp_path):
    invoke("export", str(seeds_build[0]), "--tables", str(tmp_path / "here"))
    said = invoke("export", seeds_endpoint, "--tables", str(tmp_path / "there")).output
    assert "officials.csv: 13 rows" in said  # no manifest there: its counts are not said
    tables = sorted(p.name for p in (tmp_path / "here").glob("*.csv"))
    assert len(tables) == 6
    for name in tables:
        assert (tmp_path / "there" / name).read_bytes() == (tmp_path / "here" / name).read_bytes(), name


def test_parameters_reach_the_endpoint_as_terms_never_as_query_text(seeds_build, seeds_endpoint):
    names = "SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name }"
    assert q.run(seeds_endpoint, names, {"name": "Nguyễn Văn Thành"}).rows == (("Nguyễn Văn Thành",),)
    hostile = 'x" } } ; SELECT * WHERE { ?s ?p ?o } #'
    assert q.run(seeds_endpoint, names, {"name": hostile}).rows == ()
    person = "https://w3id.org/dangkg/id/person/nguyen-van-thanh"
    of = "SELECT ?n ?p WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"  # a bound variable is selected, as locally
    assert q.run(seeds_endpoint, of, {"p": f"<{person}>"}).rows == (("Nguyễn Văn Thành", person),)
    assert q.run(seeds_build[0], of, {"p": f"<{person}>"}).rows == (("Nguyễn Văn Thành", person),)
    with pytest.raises(ValueError, match="no variable"):
        q.run(seeds_endpoint, names, {"nobody": "x"})
    loose = q.run(seeds_endpoint, "posts-of", {"name": "nguyen van thanh"})  # matched through the endpoint
    assert {r[0] for r in loose.rows} == {"Nguyễn Văn Thành"}
    with pytest.raises(q.NoMatch):
        q.run(seeds_endpoint, "posts-of", {"name": "Nguyen Van Thanhh"})


def test_ask_construct_and_the_row_limit(seeds_build, seeds_endpoint):
    meeting = "<https://w3id.org/dangkg/ontology#Meeting>"
    assert q.run(seeds_endpoint, f"ASK {{ ?m a {meeting} }}").rows == (("true",),)
    assert q.run(seeds_endpoint, "ASK { ?m a <https://w3id.org/dangkg/ontology#Nothing> }").rows == (("false",),)
    built = f"CONSTRUCT {{ ?m a {meeting} }} WHERE {{ ?m a {meeting} }}"
    assert set(q.run(seeds_endpoint, built).rows) == set(q.run(seeds_build[0], built).rows)
    cut = q.run(seeds_endpoint, "people", max_rows=2)
    assert cut.cut and cut.rows == q.run(seeds_build[0], "people").rows[:2]


def test_the_answer_is_bounded_in_size(seeds_endpoint):
    text = q.SPARQL_PROLOGUE + "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    with pytest.raises(EndpointError, match="larger than"):
        with answer(Endpoint(seeds_endpoint), text, "SelectQuery", max_bytes=2000) as rows:
            list(rows)


class _Slow(http.server.BaseHTTPRequestHandler):
    """An endpoint that takes its time: the headers at once, then a row every ROW_SECONDS for
    ROWS rows, then nothing for a minute."""

    ROWS, ROW_SECONDS = 30, 1.0

    def do_POST(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(b'{"head":{"vars":["n"]},"results":{"bindings":[')
        for n in range(self.ROWS):
            self.wfile.write(b'%s{"n":{"type":"literal","value":"%d"}}' % (b"," if n else b"", n))
            self.wfile.flush()
            time.sleep(self.ROW_SECONDS)
        time.sleep(60)

    def log_message(self, *args):
        pass


class _Quiet(_Slow):
    ROWS, ROW_SECONDS = 3, 0.6  # the rows come at 0, 0.6 and 1.2 s; then the endpoint goes quiet


@pytest.mark.parametrize("handler", [_Slow, _Quiet], ids=["rows keep coming", "goes quiet half way"])
def test_the_time_limit_is_the_requests_overall_deadline(handler):
    with serving(handler) as base:
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            q.run(f"{base}/sparql", "SELECT ?n WHERE { ?n ?p ?o }", limits=Limits(seconds=2.0))
        # neither a row a second nor a quiet read started before the deadline outlasts it
        assert time.monotonic() - started < 3.0


def test_dangkgs_own_reading_queries_get_a_deadline_on_an_endpoint(monkeypatch):
    # (kg network, person ... ask with no limits; a remote store gone quiet must not hang them)
    monkeypatch.setattr(q, "READER_SECONDS", 1.0)
    with serving(_Quiet) as base:
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            q.rows(Endpoint(f"{base}/sparql"), "SELECT ?n WHERE { ?n ?p ?o }")
        assert time.monotonic() - started < 2.5


def test_the_guard_refuses_before_anything_is_sent(canary):
    for text, why in (("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
                      ("INSERT DATA { <x:a> <x:b> <x:c> }", "update")):
        with pytest.raises(QueryRefused, match=why):
            q.run(canary.url, text)
    assert canary.connections == 0


def test_an_endpoint_url_is_a_source_and_a_bad_one_a_clear_error(tmp_path):
    assert is_endpoint_url("http://127.0.0.1:8890/sparql") and is_endpoint_url("https://example.org/sparql")
    assert not is_endpoint_url("out") and not is_endpoint_url("ftp://example.org/") and not is_endpoint_url("http:x")
    assert open_source("http://127.0.0.1:8890/sparql") == Endpoint("http://127.0.0.1:8890/sparql")
    runner = CliRunner()
    missing = runner.invoke(main, ["query", str(tmp_path / "nothing"), "people"])
    assert missing.exit_code == 2 and "does not exist" in missing.output
    url = "http://127.0.0.1:1/sparql"  # nobody listens there
    for args in (["query", url, "people"], ["person", url, "x"], ["network", url, "--out", str(tmp_path / "net")],
                 ["viz", url, "--out", str(tmp_path / "v.html")], ["export", url, "--tables", str(tmp_path / "t")],
                 ["show", url, "a.txt"]):
        refused = runner.invoke(main, args)
        assert refused.exit_code == 2, (args, refused.output)
        assert url in refused.stderr and len(refused.stderr.splitlines()) == 1, refused.stderr


@pytest.mark.slow
def test_every_bundled_query_on_2000_articles_answers_the_same_from_virtuoso(tmp_path):
    """Every tenth article of the corpus (2,000; /work/data/m-b2000's inputs) built, loaded
    into a Virtuoso of its own, and every bundled query asked of both."""
    from fixtures.virtuoso import Virtuoso
    from kg.pipeline import build

    corpus = needs_shared("corpus", "vnnews")
    why = Virtuoso.missing()
    if why:
        pytest.skip(why)
    files = sorted(corpus.glob("*.txt"))[::10]
    out = tmp_path / "b2000"
    build(files, out, jobs=2, progress=False)
    with Virtuoso.start(tmp_path / "virtuoso", memory_mb=1024) as v:
        assert load_build(out, v.graph_store) >= len(files)
        counts = same_answers(out, v.sparql)
    assert counts["people"] > 1000 and counts["hierarchy"] > 10


def test_labels_of_other_language_tags_come_in_one_order_on_both_engines(virtuoso, tmp_path):
    # two bodies whose parents' names are one "x"@vi, one plain: Virtuoso and Oxigraph order
    # such literals each their own way unless the query orders their plain strings
    from kg.push import push

    kinds = "<https://w3id.org/dangkg/ontology#PartyOrganization>"
    org, label = "<http://www.w3.org/ns/org#subOrganizationOf>", "<http://www.w3.org/2004/02/skos/core#prefLabel>"
    a = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    graph = "<https://w3id.org/dangkg/id/graph/test-order>"
    quads = [f'<x:b{i}> {a} {kinds} {graph} .' for i in (1, 2)] + [
        f'<x:b1> {label} "Chi bộ Một"@vi {graph} .', f'<x:b2> {label} "Chi bộ Hai" {graph} .',
        f'<x:b1> {org} <x:p1> {graph} .', f'<x:b2> {org} <x:p2> {graph} .',
        f'<x:p1> {label} "Đảng ủy Xã"@vi {graph} .', f'<x:p2> {label} "Đảng ủy Xã Mới" {graph} .']
    build = tmp_path / "build"
    build.mkdir()
    (build / "graph.nq").write_text("\n".join(quads) + "\n", "utf-8")
    push(build, virtuoso.graph_store, virtuoso.user)
    local = q.run(build / "graph.nq", "hierarchy")
    remote = q.run(virtuoso.sparql, "hierarchy")
    ours = [r for r in remote.rows if r[0].startswith("Chi bộ ")]  # the session's Virtuoso holds the seeds too
    assert [r[1] for r in local.rows] == ["Đảng ủy Xã", "Đảng ủy Xã Mới"] and ours == list(local.rows)
