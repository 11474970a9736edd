"""What talks with remote stores share (kg/remote.py): URLs checked by parsing, a password in
a URL refused and never printed, error answers read within a bound, a deadline no trickling
answer outlasts (kg push, a SPARQL endpoint as SOURCE)."""
from __future__ import annotations

import http.server
import time

import pytest
from click.testing import CliRunner

from conftest import serving
from kg.cli import main
from kg.push import PushError, push
from kg.remote import ERROR_BYTES, BadURL, checked_url, error_words

SECRET = "s3cr3t-pw"


@pytest.mark.parametrize("url", ["http://[::1", "http://host:99999/sparql", "ftp://host/sparql", "http:///sparql",
                                 f"http://dba:{SECRET}@127.0.0.1:8890/sparql"])
def test_a_url_that_is_no_stores_is_refused_by_parsing(url):
    with pytest.raises(BadURL) as refused:
        checked_url(url, "http://host:8890/sparql")
    assert SECRET not in str(refused.value)
    assert checked_url("https://store.example:8443/sparql", "x") == "https://store.example:8443/sparql"


def test_a_password_in_the_url_is_never_sent_nor_printed(tmp_path):
    (tmp_path / "graph.nq").write_text('<x:a> <x:b> "c" <x:g> .\n', "utf-8")
    runner = CliRunner()
    for args in (["query", f"http://dba:{SECRET}@127.0.0.1:1/sparql", "people"],
                 ["network", f"http://dba:{SECRET}@127.0.0.1:1/sparql", "--out", str(tmp_path / "n")],
                 ["push", str(tmp_path), "--endpoint", f"http://dba:{SECRET}@127.0.0.1:1/store"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2 and SECRET not in result.output and "--user" in result.output, args


class _Chunks:
    """A response that sends CHUNKS pieces of 1 kB, counting how many were taken."""

    def __init__(self, chunks: int):
        self.chunks, self.taken = chunks, 0

    def iter_bytes(self):
        for _ in range(self.chunks):
            self.taken += 1
            yield b"error words " * 85 + b"\n"


def test_an_error_answer_is_read_within_a_bound():
    huge = _Chunks(300_000)  # some 300 MB, were it all read
    words = error_words(huge)
    assert words.startswith("error words error words") and len(words) <= 300
    assert huge.taken * 1021 < ERROR_BYTES + 1021


class _Trickle(http.server.BaseHTTPRequestHandler):
    """A store that takes the graph, then answers a byte every 0.3 s for a minute."""

    def do_PUT(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", "200")
        self.end_headers()
        for _ in range(200):
            try:
                self.wfile.write(b".")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.3)

    def log_message(self, *args):
        pass


def test_a_store_that_trickles_its_answer_is_cut_off_at_the_timeout(tmp_path):
    (tmp_path / "graph.nq").write_text('<x:a> <x:b> "c" <x:g> .\n', "utf-8")
    with serving(_Trickle) as base:
        started = time.monotonic()
        with pytest.raises(PushError, match="0 of 1 graphs"):
            push(tmp_path, f"{base}/store", timeout=1.0)
        assert time.monotonic() - started < 3.0  # a byte every 0.3 s never resets a read timeout's clock here
