"""`kg serve` answers SPARQL over HTTP from its own process (`kg push`, sending a build to a
SPARQL 1.1 Graph Store, is tested in test_push.py)."""
from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import SHARED, gold_chairs
from kg import query as q


def _get(url: str, accept: str = "") -> tuple[int, str]:
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def test_served_who_chaired_what_answers_over_http(endpoint, seeds_build):
    text = q.query_text("who-chaired-what")
    status, body = _get(endpoint + "?" + urllib.parse.urlencode({"query": text}), "text/csv")
    assert status == 200
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [tuple(r.values()) for r in rows] == list(q.run(seeds_build[0], "who-chaired-what").rows)
    if SHARED.joinpath("eval", "gold").exists():
        assert {(r["chair"], r["date"]) for r in rows} == gold_chairs()
    # the protocol's other form: the query as the POST body; JSON results by default
    req = urllib.request.Request(endpoint, data=text.encode("utf-8"), headers={"Content-Type": "application/sparql-query"})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.headers["Content-Type"] == "application/sparql-results+json"
        assert len(json.loads(r.read())["results"]["bindings"]) == len(rows)


def test_served_store_refuses_updates_and_bad_queries(endpoint):
    req = urllib.request.Request(endpoint, data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                 headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 403 and "read-only" in e.value.read().decode()
    status, body = _get(endpoint + "?" + urllib.parse.urlencode({"update": "CLEAR ALL"}))
    assert status == 403
    status, body = _get(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE {"}))
    assert status == 400 and "not valid SPARQL" in body
