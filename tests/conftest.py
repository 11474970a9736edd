"""Shared fixtures. Tests that need ../shared (gold, scorer, corpus) skip where it is absent."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import subprocess
import threading
import time
import urllib.request
import sys
from pathlib import Path

import pytest

from kg import vocab as vocab_module
from kg.extract import extract_article
from kg.ingest.reader import read_text

from fixtures.make_messy import cp1258_bytes  # noqa: F401 - shared by the encoding tests

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def vocab():
    return vocab_module.load()


@pytest.fixture(scope="session")
def article_of(vocab):
    """Make an Article from text (a dateline line is added when `published` is given)."""

    def make(text: str, published: str | None = None, name: str = "t.txt"):
        if published:
            text = f"{published}\n{text}"
        return read_text(text, name, vocab)

    return make


@pytest.fixture(scope="session")
def facts_of(vocab, article_of):
    def make(text: str, published: str | None = None):
        return extract_article(article_of(text, published), vocab)

    return make


def needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared comes with the dangkg workspace, not with a clone)")
    return path


def gold_chairs() -> set[tuple[str, str]]:
    """(chair, meeting date) of every meeting in the seeds' gold."""
    import json

    found = set()
    for f in sorted(needs_shared("eval", "gold").glob("*.json")):
        if f.name == "SCHEMA.json":
            continue
        for m in json.loads(f.read_text("utf-8")).get("meetings", []):
            found |= {(c, m.get("date") or "") for c in m.get("chairs", [])}
    return found


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """One build of seeds/ shared by the tests that read its outputs."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seeds-build")
    result = build([SEEDS], out, jobs=1, progress=False)
    return out, result


def kg_in_new_process(args: list[str], hash_seed: str) -> None:
    """Run kg in a process of its own with this string-hash seed: output that depended on
    the order of a set of strings would differ between two seeds."""
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(source: Path, *flags: str):
    """`kg serve SOURCE FLAGS` in a process of its own; yields its query URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", str(source),
                             "--port", str(port), "-q", *flags], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"kg serve did not start: {proc.stderr.read()}")
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def endpoint(seeds_build):
    """`kg serve` on the seeds' build, in a process of its own."""
    with served(seeds_build[0], "--timeout", "2") as url:
        yield url


class Canary:
    """A listener on loopback that counts who connects to it: a query that calls out
    would show here."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._listen, daemon=True)
        self.thread.start()

    def _listen(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.close()


@pytest.fixture
def canary():
    c = Canary()
    yield c
    c.stopped.set()
    c.thread.join()
    c.sock.close()


def date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A real Virtuoso on free loopback ports for the session (tests/fixtures/virtuoso.py);
    skips, naming the package to install, where Virtuoso is absent."""
    from fixtures.virtuoso import Virtuoso

    why = Virtuoso.missing()
    if why:
        pytest.skip(why)
    with Virtuoso.start(tmp_path_factory.mktemp("virtuoso")) as v:
        yield v


@contextlib.contextmanager
def serving(handler):
    """An http.server HANDLER class served on a free loopback port in a thread; its base URL."""
    import http.server

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
