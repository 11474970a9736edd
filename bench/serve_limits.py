"""`kg serve` under abuse, in one run: how fast an oversized body is refused, what a query
past its memory gets, how a burst of clients is answered, what idle connections cost a
real query, and the peak memory of the server with its query children.

    .venv/bin/python bench/serve_limits.py [BUILD] [--burst 128] [--idle 300]

BUILD is a build folder (default: the seeds, built into a temp folder). The server runs in
a process of its own with --workers 2 --max-query-mb 64 (the figures in README's
"Running it safely" come from this script).
"""
from __future__ import annotations

import argparse
import collections
import concurrent.futures
import http.client
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GREEDY = "SELECT (GROUP_CONCAT(STR(?c)) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f }"
SMALL = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


def get(url: str, query: str) -> int:
    try:
        with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": query}), timeout=120) as r:
            r.read()
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def start(build: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(build), "--port", str(port), "-q",
                             "--workers", "2", "--max-query-mb", "64"])
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            return proc, f"http://127.0.0.1:{port}/query"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("kg serve did not start")


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, MB."""
    out = subprocess.run(["ps", "-o", "pid=,ppid=,rss=", "-e"], capture_output=True, text=True).stdout
    rows = [tuple(map(int, line.split())) for line in out.splitlines() if line.strip()]
    family, total = {pid}, 0
    for _ in range(3):
        family |= {p for p, pp, _ in rows if pp in family}
    total = sum(rss for p, _, rss in rows if p in family)
    return total / 1024


def body_refused(url: str, mb: int) -> tuple[int, float]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.netloc, timeout=30)
    body = b"SELECT * WHERE { " + b"?s ?p ?o . " * (mb * 2**20 // 11) + b"}"
    t = time.monotonic()
    conn.request("POST", parts.path, body=body, headers={"Content-Type": "application/sparql-query"})
    status = conn.getresponse().status
    conn.close()
    return status, time.monotonic() - t


def burst(url: str, clients: int, server_pid: int) -> tuple[collections.Counter, float, float]:
    t = time.monotonic()
    peak = 0.0
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        futures = [pool.submit(lambda: (get(url, SMALL), time.monotonic() - t)) for _ in range(clients)]
        while not all(f.done() for f in futures):
            peak = max(peak, tree_rss_mb(server_pid))
            time.sleep(0.05)
        answers = [f.result() for f in futures]
    return collections.Counter(s for s, _ in answers), max(s for _, s in answers), peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("build", nargs="?", type=Path)
    ap.add_argument("--burst", type=int, default=128)
    ap.add_argument("--idle", type=int, default=300)
    a = ap.parse_args()
    build = a.build
    if build is None:
        from kg.pipeline import build as run_build

        build = Path(tempfile.mkdtemp()) / "seeds"
        run_build([ROOT / "seeds"], build, jobs=1, progress=False)
    proc, url = start(build)
    try:
        status, seconds = body_refused(url, 50)
        print(f"50 MB POST: HTTP {status} in {seconds:.2f} s")
        t = time.monotonic()
        print(f"a query past its 64 MB budget: HTTP {get(url, GREEDY)} in {time.monotonic() - t:.2f} s; "
              f"the next query: HTTP {get(url, SMALL)}")
        counts, last, peak = burst(url, a.burst, proc.pid)
        print(f"burst of {a.burst}: " + ", ".join(f"{n} x {s}" for s, n in sorted(counts.items()))
              + f"; {a.burst - sum(counts.values())} unanswered; last answer after {last:.2f} s; "
              f"server + children peak {peak:.0f} MB RSS")
        host, port = urllib.parse.urlsplit(url).netloc.split(":")
        idle = [socket.create_connection((host, int(port))) for _ in range(a.idle)]
        t = time.monotonic()
        status = get(url, SMALL)
        print(f"with {a.idle} idle connections open: HTTP {status} in {time.monotonic() - t:.2f} s")
        for s in idle:
            s.close()
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
