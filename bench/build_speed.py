"""The build at corpus scale: seconds per stage, articles per second, triples and peak
memory for N articles, and the bundled queries on the build's store against rdflib.

    .venv/bin/python bench/build_speed.py [--corpus ../shared/corpus/vnnews] [--sizes 1000,5000,all]
                                          [--jobs 2] [--engine processes|dask] [--no-queries]

Each size is built in a fresh process (so its peak memory is its own) from a fixed random
sample of the corpus (seed 0, then sorted, so 1,000 is a subset of 5,000). Peak memory is
the largest sum of resident memory over the build's process and its workers, sampled every
50 ms from /proc. "read" and "extract" are seconds summed over the workers (they run in
parallel); every other stage is wall time in the main process.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "vnnews"
STAGES = ("read", "extract", "read+extract", "resolve", "rdf", "export", "store", "shacl", "cache")
CAP = 60  # seconds: a query slower than this is reported as "> 60 s"
QUERIES = ("who-chaired-what", "people", "documents", "hierarchy", "posts-of", "meetings-of")


def sample(corpus: Path, n: int | None) -> list[Path]:
    files = sorted(corpus.glob("*.txt"))
    random.Random(0).shuffle(files)
    return sorted(files[:n] if n else files)


def _tree_rss(root: int) -> int:
    """Resident bytes of ROOT and all its descendants."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as fh:
                    ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(d))
    total, todo = 0, [root]
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * page
        except (OSError, ValueError):
            pass
        todo.extend(children.get(pid, ()))
    return total


def child_build(args: argparse.Namespace) -> None:
    """Run one build in this process and print its figures as JSON."""
    from kg.pipeline import build

    files = sample(Path(args.corpus), args.n)
    peak = [0]
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss(os.getpid()))
            stop.wait(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        result = build(files, Path(tmp) / "out", jobs=args.jobs, progress=False, engine=args.engine)
        total = time.perf_counter() - t
        stop.set()
        watcher.join()
        queries = query_times(Path(tmp) / "out") if args.queries else {}
    print(json.dumps({"n": len(files), "built": result.count("built"), "failed": result.count("failed"),
                      "triples": result.triples, "total": total, "stages": result.timings,
                      "peak_mb": peak[0] / 2**20, "queries": queries}))


def median_ms(fn, budget: float = 1.0) -> float | None:
    """Median ms of warm calls of FN (at least 3, or one that took over 5 s), the garbage
    collector off while timed; None when a call takes over CAP seconds (rdflib's engine on
    some queries of a big graph)."""
    import gc

    def too_long(*_):
        raise TimeoutError

    runs, spent = [], 0.0
    old = signal.signal(signal.SIGALRM, too_long)
    try:
        while (spent < budget or len(runs) < 3) and not (runs and runs[0] > 5):
            gc.disable()
            signal.alarm(CAP)
            t = time.perf_counter()
            try:
                fn()
            except TimeoutError:
                return None
            finally:
                signal.alarm(0)
                gc.enable()
            runs.append(time.perf_counter() - t)
            spent += runs[-1]
    finally:
        signal.signal(signal.SIGALRM, old)
    return statistics.median(runs) * 1000


def query_times(out: Path) -> dict[str, tuple[float | None, float | None, int]]:
    """Median ms per bundled query: the build's store against rdflib in memory."""
    import pyoxigraph as ox
    from rdflib import Graph, Literal, Variable

    from kg import query as q
    from kg.store import open_source

    store = open_source(out)
    g = Graph().parse(out / "graph.nt", format="nt")
    people = q.run(store, "people").rows
    bodies = q.run(store, "SELECT ?l WHERE { ?m <https://schema.org/organizer> ?o . "
                          "?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } LIMIT 1").rows
    params = {"posts-of": {"name": people[0][0]} if people else None,
              "meetings-of": {"body": bodies[0][0]} if bodies else None}
    times = {}
    for name in QUERIES:
        if name in params and params[name] is None:
            continue
        text = q.query_text(name)
        values = params.get(name) or {}  # names and labels: plain literals
        ox_subst = {ox.Variable(k): ox.Literal(v) for k, v in values.items()} or None
        rd_bind = {Variable(k): Literal(v) for k, v in values.items()}
        ox_ms = median_ms(lambda: list(store.query(text, use_default_graph_as_union=True, substitutions=ox_subst)))
        rd_ms = median_ms(lambda: list(g.query(text, initBindings=rd_bind)))
        rows = len(list(store.query(text, use_default_graph_as_union=True, substitutions=ox_subst)))
        times[name] = (ox_ms, rd_ms, rows)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", default="1000,5000,all", help="comma-separated article counts, 'all' for every file")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--engine", choices=("processes", "dask"), default="processes")
    ap.add_argument("--no-queries", dest="queries", action="store_false")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)  # one size, in a fresh process
    a = ap.parse_args(argv)
    if a.child is not None:
        a.n = a.child or None
        child_build(a)
        return 0
    if not a.corpus.is_dir():
        print(f"no corpus at {a.corpus} (give --corpus)", file=sys.stderr)
        return 2
    print(f"machine: {os.cpu_count()} cores; jobs {a.jobs}; engine {a.engine}; corpus {a.corpus}")
    rows = []
    for size in a.sizes.split(","):
        n = 0 if size == "all" else int(size)
        cmd = [sys.executable, __file__, "--child", str(n), "--corpus", str(a.corpus), "--jobs", str(a.jobs),
               "--engine", a.engine] + ([] if a.queries else ["--no-queries"])
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"\n{'articles':>8} {'built':>6} {'triples':>9} {'total s':>8} {'art/s':>6} {'extract art/s':>13} {'peak MB':>8}")
    for r in rows:
        st = r["stages"]
        print(f"{r['n']:>8,} {r['built']:>6,} {r['triples']:>9,} {r['total']:>8.1f} {r['n'] / r['total']:>6.0f} "
              f"{r['n'] / st['read+extract']:>13.0f} {r['peak_mb']:>8.0f}")
    print("\nseconds per stage (read, extract: summed over workers)")
    print(f"{'articles':>8} " + " ".join(f"{s:>12}" for s in STAGES))
    for r in rows:
        print(f"{r['n']:>8,} " + " ".join(f"{r['stages'].get(s, 0):>12.2f}" for s in STAGES))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"\n{first['n']:,} → {last['n']:,} articles ({last['n'] / first['n']:.1f}x): "
              f"total time {last['total'] / first['total']:.1f}x")
    if any(r["queries"] for r in rows):
        print("\nbundled queries, median ms: Oxigraph store / rdflib in memory (rows)")
        for r in rows:
            ms = lambda v: f"> {CAP} s" if v is None else f"{v:,.1f}"  # noqa: E731
            cells = [f"{k} {ms(o)}/{ms(d)} ({n})" for k, (o, d, n) in r["queries"].items()]
            print(f"{r['n']:>8,} " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
