"""`kg push` sends a build's named graphs to a SPARQL 1.1 Graph Store: a small store written
here (what it received, refusals, Basic authentication) and a real Virtuoso (Digest
authentication, --add/--replace, a store killed half-way)."""
from __future__ import annotations

import base64
import csv
import io
import os
import signal
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg.push
from kg.cli import main
from kg.push import PushError, batches, challenge_schemes, count_graphs, push


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(kg.push, "RETRY_PAUSE", 0.01)


class _GraphStore(BaseHTTPRequestHandler):
    """A minimal Graph Store Protocol server: PUT ?graph=IRI replaces that graph, POST adds
    to it; answers server.status, and 401 with a Basic challenge when server.password is
    set and not given."""

    protocol_version = "HTTP/1.1"

    def _refused_user(self) -> bool:
        want = self.server.password
        if want is None or self.headers.get("Authorization") == "Basic " + base64.b64encode(want.encode()).decode():
            return False
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="test"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return True

    def _store(self, replace: bool) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self._refused_user():
            return
        server = self.server
        server.requests += 1
        status = server.status(server.requests) if callable(server.status) else server.status
        if status < 300:
            name = ox.NamedNode(urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0])
            server.types.add(self.headers["Content-Type"])
            if replace and name in set(server.store.named_graphs()):
                server.store.remove_graph(name)
            server.store.extend(ox.Quad(t.subject, t.predicate, t.object, name)
                                for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        reply = b"" if status < 300 else b"the store broke\n"
        self.send_response(status)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def do_PUT(self) -> None:  # noqa: N802
        self._store(replace=True)

    def do_POST(self) -> None:  # noqa: N802
        self._store(replace=False)

    def log_message(self, *args) -> None:
        pass


class _Server(ThreadingHTTPServer):
    # closing waits for the handlers: one still answering a client that gave up (the
    # timeout test) must not write into a later test's output
    daemon_threads = False

    def handle_error(self, request, client_address) -> None:
        self.errors.append(client_address)


@pytest.fixture()
def graph_store():
    server = _Server(("127.0.0.1", 0), _GraphStore)
    server.store, server.types, server.status, server.requests, server.password = ox.Store(), set(), 204, 0, None
    server.errors = []
    server.url = f"http://127.0.0.1:{server.server_address[1]}/ds/data"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def _quads_of(build: Path) -> set[ox.Quad]:
    # read through a store: Oxigraph keeps xsd:nonNegativeInteger values as xsd:integer
    reference = ox.Store()
    reference.bulk_load(path=str(build / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    return set(reference)


def _push(*args: str, user: str | None = None):
    env = {"DANGKG_PUSH_USER": user} if user else {}
    return CliRunner().invoke(main, ["push", *args, "-q"], env=env)


def test_push_sends_every_named_graph_to_a_graph_store(seeds_build, graph_store):
    out, _ = seeds_build
    res = _push(str(out), "--endpoint", graph_store.url)
    assert res.exit_code == 0, res.output
    want = _quads_of(out)
    assert len(want) == len((out / "graph.nq").read_text("utf-8").splitlines())
    assert set(graph_store.store) == want
    assert graph_store.types == {"application/n-triples; charset=utf-8"}
    assert res.output == f"kg push: 7 graphs, {len(want):,} triples replaced at {graph_store.url} in " \
                         f"{res.output.split(' in ')[-1]}"
    # pushed again, each graph is replaced, not doubled
    assert _push(str(out), "--endpoint", graph_store.url).exit_code == 0
    assert set(graph_store.store) == want


def test_batches_hold_a_bounded_number_of_graphs_and_triples(seeds_build, graph_store):
    counts = {"a": 5, "b": 1, "c": 1, "d": 9, "e": 2}
    assert list(batches(counts, max_graphs=2, max_triples=6)) == [["a", "b"], ["c"], ["d"], ["e"]]
    assert list(batches(counts)) == [["a", "b", "c", "d", "e"]]
    # a push in batches of two graphs sends them all, each once
    done = push(seeds_build[0], graph_store.url, max_graphs=2)
    assert set(graph_store.store) == _quads_of(seeds_build[0])
    assert graph_store.requests == done.graphs == len(count_graphs(seeds_build[0] / "graph.nq")) == 7


def test_a_store_failing_for_a_moment_is_tried_again(seeds_build, graph_store):
    graph_store.status = lambda n: 503 if n % 2 else 201  # every other request refused
    assert push(seeds_build[0], graph_store.url).graphs == 7
    assert set(graph_store.store) == _quads_of(seeds_build[0])
    assert graph_store.requests == 14


def test_a_store_that_does_not_answer_in_time_is_given_up_at_once(seeds_build, graph_store):
    graph_store.status = lambda n: time.sleep(2) or 204
    res = _push(str(seeds_build[0]), "--endpoint", graph_store.url, "--timeout", "1")
    assert res.exit_code == 2 and len(res.output.splitlines()) == 1
    assert "no answer within the --timeout (ReadTimeout); 0 of 7 graphs" in res.output
    assert graph_store.requests == 1


def test_push_reports_a_refusing_store(seeds_build, graph_store):
    graph_store.status = 500
    res = _push(str(seeds_build[0]), "--endpoint", graph_store.url)
    assert res.exit_code == 2 and "HTTP 500" in res.output and "0 of 7 graphs" in res.output
    assert graph_store.requests == kg.push.TRIES
    res = _push(str(seeds_build[0]), "--endpoint", "ftp://x")
    assert res.exit_code == 2 and "http(s) URL" in res.output


def test_a_push_that_fails_half_way_says_how_many_graphs_were_replaced(seeds_build, graph_store):
    refuse_after = 3
    graph_store.status = lambda n: 204 if n <= refuse_after else 507
    res = _push(str(seeds_build[0]), "--endpoint", graph_store.url)
    assert res.exit_code == 2 and "HTTP 507" in res.output
    assert f"; {refuse_after} of 7 graphs were already replaced there (push again" in res.output
    assert len(res.output.splitlines()) == 1
    assert len(set(graph_store.store.named_graphs())) == refuse_after
    graph_store.status = 204  # the store mended: pushing again completes it
    assert _push(str(seeds_build[0]), "--endpoint", graph_store.url).exit_code == 0
    assert set(graph_store.store) == _quads_of(seeds_build[0])


def test_basic_authentication_when_the_store_asks_for_it(seeds_build, graph_store):
    graph_store.password = "kg:s3cret"
    res = _push(str(seeds_build[0]), "--endpoint", graph_store.url, user="kg:s3cret")
    assert res.exit_code == 0, res.output
    assert set(graph_store.store) == _quads_of(seeds_build[0])
    res = _push(str(seeds_build[0]), "--endpoint", graph_store.url, "--user", "kg:wrong")
    assert res.exit_code == 2 and len(res.output.splitlines()) == 1
    assert "refused user 'kg' and its password (HTTP 401 to basic authentication)" in res.output
    res = _push(str(seeds_build[0]), "--endpoint", graph_store.url)
    assert res.exit_code == 2 and "give --user NAME:PASSWORD" in res.output
    res = _push(str(seeds_build[0]), "--endpoint", graph_store.url, "--user", "kg")
    assert res.exit_code == 2 and "NAME:PASSWORD (a colon" in res.output


def test_the_scheme_is_read_from_the_challenge():
    def offered(*headers: str) -> list[str]:
        return challenge_schemes(httpx.Response(401, headers=[("WWW-Authenticate", h) for h in headers]))

    assert offered('Digest realm="SPARQL, a store", nonce="1f", qop="auth", algorithm="MD5"') == ["digest"]
    assert offered('Basic realm="x"', 'Digest realm="y", nonce="2"') == ["basic", "digest"]
    assert offered('Negotiate, Basic realm="x", charset="UTF-8"') == ["negotiate", "basic"]
    auth = kg.push.ChallengeAuth("u", "p")
    with pytest.raises(PushError, match="asks for bearer authentication"):
        auth._choose(httpx.Response(401, headers={"WWW-Authenticate": 'Bearer realm="x"'}))
    assert isinstance(auth._choose(httpx.Response(401, headers=[("WWW-Authenticate", 'Basic realm="x"'),
                                                                ("WWW-Authenticate", 'Digest nonce="1"')])),
                      httpx.DigestAuth)


def test_an_unreachable_store_is_one_line(seeds_build):
    res = _push(str(seeds_build[0]), "--endpoint", "http://127.0.0.1:1/ds/data")
    assert res.exit_code == 2 and len(res.output.splitlines()) == 1
    assert "cannot reach the store" in res.output and "0 of 7 graphs" in res.output


# --- a real Virtuoso ------------------------------------------------------------------------------

def graph_sizes(sparql: str, graphs) -> dict[str, int]:
    """Triples in each of GRAPHS, asked of a SPARQL endpoint."""
    sizes = {}
    for g in graphs:
        r = httpx.get(sparql, params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"},
                      headers={"Accept": "text/csv"}, timeout=60)
        r.raise_for_status()
        sizes[g] = int(next(csv.DictReader(io.StringIO(r.text)))["n"])
    return sizes


def test_a_build_pushed_to_virtuoso_with_digest_authentication(seeds_build, virtuoso):
    out = seeds_build[0]
    res = _push(str(out), "--endpoint", virtuoso.graph_store, user=virtuoso.user)
    assert res.exit_code == 0, res.output
    counts = count_graphs(out / "graph.nq")
    assert graph_sizes(virtuoso.sparql, counts) == counts
    assert f"7 graphs, {sum(counts.values()):,} triples replaced at {virtuoso.graph_store}" in res.output
    # Vietnamese arrives as written
    r = httpx.get(virtuoso.sparql, params={"query": 'ASK { GRAPH ?g { ?s ?p "Bộ Chính trị"@vi } }'},
                  headers={"Accept": "text/csv"}, timeout=60)
    assert r.text.split()[-1] in ("1", "true")
    # pushed again: replaced, not doubled
    assert _push(str(out), "--endpoint", virtuoso.graph_store, user=virtuoso.user).exit_code == 0
    assert graph_sizes(virtuoso.sparql, counts) == counts


def _one_graph_build(folder: Path, graph: str, *objects: str) -> Path:
    folder.mkdir()
    (folder / "graph.nq").write_text("".join(f'<urn:kg:s> <urn:kg:p> "{o}" <{graph}> .\n' for o in objects), "utf-8")
    return folder


def test_add_adds_to_a_graph_and_replace_replaces_it(tmp_path, virtuoso):
    graph = "urn:dangkg-test:push-add-replace"
    first = _one_graph_build(tmp_path / "first", graph, "a", "b")
    more = _one_graph_build(tmp_path / "more", graph, "b", "c")
    for build, flag, size in ((first, "--replace", 2), (more, "--add", 3), (more, "--add", 3),
                              (first, "--replace", 2), (more, "--replace", 2)):
        res = _push(str(build), "--endpoint", virtuoso.graph_store, flag, user=virtuoso.user)
        assert res.exit_code == 0, res.output
        assert graph_sizes(virtuoso.sparql, [graph]) == {graph: size}, (build.name, flag)
    assert "1 graph, 2 triples added at" in _push(str(more), "--add", "--endpoint", virtuoso.graph_store,
                                                     user=virtuoso.user).output


def test_a_wrong_password_for_virtuoso_is_one_line(seeds_build, virtuoso):
    res = _push(str(seeds_build[0]), "--endpoint", virtuoso.graph_store, user="dba:not-the-password")
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit)
    assert res.output.splitlines() == [
        f"kg push: {virtuoso.graph_store}: the store refused user 'dba' and its password "
        "(HTTP 401 to digest authentication); 0 of 7 graphs were already replaced there (push again to send them all)"]


def test_virtuoso_killed_half_way_then_a_second_push_completes_it(seeds_build, tmp_path):
    from fixtures.virtuoso import Virtuoso

    why = Virtuoso.missing()
    if why:
        pytest.skip(why)
    out, kill_after = seeds_build[0], 3
    with Virtuoso.start(tmp_path / "db") as v:
        sent = []

        def kill_at_third(n: int) -> None:
            sent.append(n)
            if len(sent) == kill_after:
                os.killpg(v.process.pid, signal.SIGKILL)
                v.process.wait()

        with pytest.raises(PushError, match=f"; {kill_after} of 7 graphs were already replaced there"):
            push(out, v.graph_store, v.user, progress=kill_at_third)
    with Virtuoso.start(tmp_path / "db") as v:  # the same database, recovered from its log
        counts = count_graphs(out / "graph.nq")
        assert sum(size > 0 for size in graph_sizes(v.sparql, counts).values()) == kill_after
        push(out, v.graph_store, v.user)
        assert graph_sizes(v.sparql, counts) == counts
