"""`kg serve` answers SPARQL over HTTP from its own process; `kg push` sends a build to a
SPARQL 1.1 Graph Store."""
from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import SHARED, gold_chairs
from kg import query as q
from kg.cli import main
from kg.push import graphs_of


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


class _GraphStore(BaseHTTPRequestHandler):
    """A minimal Graph Store Protocol server: PUT ?graph=IRI replaces that graph."""

    protocol_version = "HTTP/1.1"

    def do_PUT(self) -> None:  # noqa: N802
        store: ox.Store = self.server.store
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0]
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.types.add(self.headers["Content-Type"])
        name = ox.NamedNode(graph)
        if name in set(store.named_graphs()):
            store.remove_graph(name)
        for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
            store.add(ox.Quad(t.subject, t.predicate, t.object, name))
        status = self.server.status
        reply = b"" if status < 300 else b"the store broke\n"
        self.send_response(status)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def graph_store():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _GraphStore)
    server.store, server.types, server.status = ox.Store(), set(), 204
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_push_sends_every_named_graph_to_a_graph_store(seeds_build, graph_store):
    out, _ = seeds_build
    url = f"http://127.0.0.1:{graph_store.server_address[1]}/ds/data"
    res = CliRunner().invoke(main, ["push", str(out), "--endpoint", url, "-q"])
    assert res.exit_code == 0, res.output
    # (read through a store too: Oxigraph keeps xsd:nonNegativeInteger values as xsd:integer)
    reference = ox.Store()
    reference.bulk_load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    want = set(reference)
    assert len(want) == len((out / "graph.nq").read_text("utf-8").splitlines())
    assert set(graph_store.store) == want
    assert graph_store.types == {"application/n-triples; charset=utf-8"}
    # pushed again, each graph is replaced, not doubled
    assert CliRunner().invoke(main, ["push", str(out), "--endpoint", url, "-q"]).exit_code == 0
    assert set(graph_store.store) == want


def test_push_reports_a_refusing_store(seeds_build, graph_store):
    graph_store.status = 500
    url = f"http://127.0.0.1:{graph_store.server_address[1]}/ds/data"
    res = CliRunner().invoke(main, ["push", str(seeds_build[0]), "--endpoint", url, "-q"])
    assert res.exit_code == 2 and "HTTP 500" in res.output and "0 of " in res.output


def test_a_push_that_fails_half_way_says_how_many_graphs_were_replaced(seeds_build, graph_store):
    refuse_after = 3
    handler = graph_store.RequestHandlerClass

    class Tiring(handler):
        def do_PUT(self) -> None:  # noqa: N802
            self.server.puts = getattr(self.server, "puts", 0) + 1
            self.server.status = 204 if self.server.puts <= refuse_after else 507
            super().do_PUT()

    graph_store.RequestHandlerClass = Tiring
    url = f"http://127.0.0.1:{graph_store.server_address[1]}/ds/data"
    res = CliRunner().invoke(main, ["push", str(seeds_build[0]), "--endpoint", url, "-q"])
    total = len(graphs_of(seeds_build[0]))
    assert res.exit_code == 2 and "HTTP 507" in res.output
    assert f"{refuse_after} of {total} graphs were already replaced" in res.output
    res = CliRunner().invoke(main, ["push", str(seeds_build[0]), "--endpoint", "ftp://x", "-q"])
    assert res.exit_code == 2 and "http(s) URL" in res.output
