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
from kg.guard import QueryRefused, check_query
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
    *q.bundled().values(),
])
def test_read_only_queries_pass(text):
    check_query(text)


def test_kg_query_refuses_updates_and_service_in_words(seeds_build):
    out, _ = seeds_build
    res = CliRunner().invoke(main, ["query", str(out), "INSERT DATA { <urn:a> <urn:b> <urn:c> }"])
    assert res.exit_code == 2 and "INSERT is a SPARQL update" in res.output and "read-only" in res.output
    res = CliRunner().invoke(main, ["query", str(out), "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"])
    assert res.exit_code == 2 and "SERVICE" in res.output


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
