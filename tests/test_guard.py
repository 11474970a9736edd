"""Untrusted queries: updates and SERVICE calls are refused, a slow query is stopped at the
time limit, a large answer is cut (kg query) or refused (kg serve)."""
from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from kg import query as q
from kg.cli import main
from kg.guard import QueryRefused, QueryUnreadable, check_query
from kg.sandbox import Limits, _filter_target, run_sandboxed
from kg.serve import answer
from kg.store import open_source

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX x: <urn:x#>\ndelete where { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_updates_and_service_calls_are_refused(text):
    with pytest.raises(QueryRefused, match="refused"):
        check_query(text)


@pytest.mark.parametrize("text", [
    'SELECT ?service WHERE { ?service <urn:insert> "DELETE this SERVICE" }',
    "PREFIX service: <http://example.org/service/>\nSELECT * WHERE { ?s service:load ?o } # LOAD in a comment",
    "SELECT * WHERE { ?s <http://example.org/service/clear> ?o }",
    'SELECT * WHERE { ?s ?p """SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }""" }',
    *q.bundled().values(),
])
def test_read_only_queries_pass(text):
    check_query(text)


def test_what_the_parser_cannot_read_is_refused_not_run():
    with pytest.raises(QueryUnreadable, match="not valid SPARQL"):
        check_query("SELECT ?x WHERE {")
    deep = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"  # 10 KB that crashed the engine
    with pytest.raises(QueryUnreadable, match="nested too deeply"):
        check_query(deep)


def _service(url: str, case: str = "SERVICE") -> str:
    return f"{case} <{url}> {{ ?s ?p ?o }}"


def bypass_family(url: str) -> list[str]:
    """SERVICE calls to URL hidden as a keyword scan would miss them: behind comments that
    hold each kind of quote and end at each kind of line end, after strings and IRIs that
    hold quotes, in codepoint escapes, nested in other patterns, in any letter case."""
    plain = _service(url)
    hidden = []
    for quote in ('"""', "'''", '"', "'", "<", ">", "#", "\\"):
        for end in ("\n", "\r", "\r\n"):
            hidden.append(f"SELECT ?s WHERE {{{end}# {quote}{end}{plain}{end}# {quote}{end}}}")
    hidden += [
        f"SELECT ?s WHERE {{ <urn:a'> ?p ?o . {plain} <urn:b'> ?p ?o }}",
        f"SELECT ?s WHERE {{ ?s ?p '''it's''' . {plain} ?s ?p 'x' }}",
        f'SELECT ?s WHERE {{ ?s ?p "a\\"b" . {plain} }}',
        f"SELECT ?s WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT ?s WHERE {{ \\U00000053\\u0045RVICE <{url}> {{ ?s ?p ?o }} }}",
        # an escaped quote closes a string for a parser that expands escapes first, not for Oxigraph
        f"SELECT * WHERE {{ FILTER(\"\\u0022 + '''\") {plain} FILTER(''' ) #''' )\n}}",
        f"SELECT * WHERE {{ FILTER(\"\\U00000022 + '''\") {plain} FILTER(''' ) #''' )\n}}",
        f"SELECT * WHERE {{ ?s ?p \"\\u005C\" . {plain} ?s ?p \"x\" }}",
    ]
    for case in ("SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "service silent"):
        inner = _service(url, case)
        hidden += [
            f"SELECT * WHERE {{ OPTIONAL {{ {inner} }} }}",
            f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ {inner} }} }}",
            f"SELECT * WHERE {{ {{ SELECT * WHERE {{ {{ SELECT ?s WHERE {{ {inner} }} }} }} }} }}",
            f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ {inner} }} }}",
            f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ {inner} }} }}",
            f"SELECT * WHERE {{ GRAPH ?g {{ {inner} }} }}",
            f"ASK {{ {inner} }}",
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {inner} }}",
            f"DESCRIBE ?s WHERE {{ {inner} }}",
        ]
    return hidden


def test_every_hidden_service_is_refused_by_the_parser(canary):
    for text in bypass_family(canary.url):
        with pytest.raises(QueryRefused):
            check_query(text)


@pytest.mark.slow
def test_no_hidden_service_reaches_a_listener_through_kg_query(seeds_build, canary):
    out, _ = seeds_build
    for text in bypass_family(canary.url):
        res = CliRunner().invoke(main, ["query", str(out), text, "--timeout", "10"])
        assert res.exit_code == 2 and "refused" in res.output, (text, res.output)
    assert canary.connections == 0


@pytest.mark.slow
def test_no_hidden_service_reaches_a_listener_through_kg_serve(endpoint, canary):
    for text in bypass_family(canary.url):
        try:
            urllib.request.urlopen(endpoint + "?" + urllib.parse.urlencode({"query": text}), timeout=30)
            pytest.fail(f"served: {text!r}")
        except urllib.error.HTTPError as e:
            assert e.code in (400, 403) and "refused" in e.read().decode(), text
    assert canary.connections == 0


@pytest.mark.skipif(_filter_target() is None, reason="no seccomp filter is written for this system")
def test_the_query_child_has_no_network_even_past_the_parser(seeds_build, canary):
    """The second wall: a SERVICE handed straight to the engine, with no parser before it,
    calls nobody from the sandbox's child (and does call the canary outside it: the
    canary can tell)."""
    store = open_source(seeds_build[0])
    text = f"SELECT * WHERE {{ {_service(canary.url)} }}"
    with pytest.raises(OSError):
        run_sandboxed(Limits(10, 256), lambda: list(store.query(text)))
    assert canary.connections == 0
    with pytest.raises(OSError):  # outside the sandbox the engine calls it (the canary answers nothing useful)
        list(store.query(text))
    assert canary.connections >= 1


def test_kg_query_refuses_updates_and_service_in_words(seeds_build):
    out, _ = seeds_build
    res = CliRunner().invoke(main, ["query", str(out), "INSERT DATA { <urn:a> <urn:b> <urn:c> }"])
    assert res.exit_code == 2 and "INSERT is a SPARQL update" in res.output and "read-only" in res.output
    res = CliRunner().invoke(main, ["query", str(out), "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"])
    assert res.exit_code == 2 and "SERVICE" in res.output


@pytest.mark.slow
def test_kg_query_stops_a_slow_query_at_the_timeout(seeds_build):
    out, _ = seeds_build
    t = time.monotonic()
    res = CliRunner().invoke(main, ["query", str(out), SLOW, "--timeout", "1"])
    assert res.exit_code == 2 and "stopped after 1 s" in res.output
    assert time.monotonic() - t < 20  # the query alone would run for hours


def test_kg_query_cuts_rows_at_the_limit(seeds_build):
    out, _ = seeds_build
    full = q.run(out, "people")
    cut = q.run(out, "people", max_rows=2)
    assert cut.cut and cut.rows == full.rows[:2] and not full.cut
    res = CliRunner().invoke(main, ["query", str(out), "people", "--max-rows", "2", "--format", "csv"])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 3 and "cut at 2 rows" in res.output


@pytest.mark.slow
def test_served_queries_are_guarded(endpoint):
    def get(query: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(endpoint + "?" + urllib.parse.urlencode({"query": query}), timeout=60) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    status, body = get("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE" in body
    status, body = get("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert status == 403 and "read-only" in body
    t = time.monotonic()
    status, body = get(SLOW)  # the endpoint of this module runs with --timeout 2
    assert status == 503 and "stopped after 2 s" in body and time.monotonic() - t < 20


def test_a_served_answer_over_the_size_limit_is_refused(seeds_build):
    store = open_source(seeds_build[0])
    big = answer(store, "SELECT * WHERE { ?s ?p ?o }", max_bytes=10_000)
    assert big.status == 413 and b"larger than" in big.body
    small = answer(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 3", max_bytes=10_000)
    assert small.status == 200
