"""`kg push` of a build into a real OpenLink Virtuoso: wall time, graphs/s, triples/s and the
pushing process's peak memory, then the triples Virtuoso holds in the pushed graphs; then
every bundled query asked of Virtuoso and of the build's embedded store in the same run
(its time on each, and whether both gave the same rows).

    .venv/bin/python bench/push_virtuoso.py BUILD [--memory-mb 2048] [--add] [--keep]

A new Virtuoso (Debian's virtuoso-opensource-7-bin, started by tests/fixtures/virtuoso.py
on free loopback ports, its database in a temp folder) takes the push at its digest-auth
Graph Store, /sparql-graph-crud-auth; it is stopped at the end (--keep: left running until
Enter, to query it). Figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import csv
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fixtures.virtuoso import Virtuoso  # noqa: E402
from kg import query as q  # noqa: E402
from kg.push import count_graphs, push  # noqa: E402

PUSHED_GRAPHS = "https://w3id.org/dangkg/id/graph/"


def sparql_rows(v: Virtuoso, query: str) -> list[dict[str, str]]:
    """QUERY asked of Virtuoso's /sparql, its CSV answer as rows."""
    r = httpx.get(v.sparql, params={"query": query}, headers={"Accept": "text/csv"}, timeout=600)
    r.raise_for_status()
    return list(csv.DictReader(io.StringIO(r.text)))


def stored_triples(v: Virtuoso) -> int:
    rows = sparql_rows(v, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                          f'FILTER(STRSTARTS(STR(?g), "{PUSHED_GRAPHS}")) }}')
    return int(rows[0]["n"])


def timed_push(build: Path, v: Virtuoso, replace: bool) -> dict[str, float]:
    start = time.monotonic()
    done = push(build, v.graph_store, v.user, replace=replace)
    seconds = time.monotonic() - start
    return {"graphs": done.graphs, "triples": done.triples, "seconds": seconds,
            "graphs/s": done.graphs / seconds, "triples/s": done.triples / seconds,
            "peak MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def query_params(build: Path) -> dict[str, dict[str, str]]:
    """Values for the bundled queries that need one, from the graph itself: the official who
    chaired most meetings, the body that organized most."""
    chairs = q.run(build, "who-chaired-what").rows
    top = lambda values: max(sorted(set(values)), key=list(values).count)  # noqa: E731
    chair, body = top([r[0] for r in chairs]), top([r[3] for r in chairs if r[3]])
    return {"posts-of": {"name": chair}, "careers": {"name": chair}, "meetings-of": {"body": body}}


def timed_queries(build: Path, v: Virtuoso) -> None:
    """Each bundled query on the embedded store and on Virtuoso, one run each, one after the
    other: rows, seconds on each, and whether the rows are the same."""
    params = query_params(build)
    print(f"{'query':18} {'rows':>7} {'embedded s':>10} {'Virtuoso s':>10} {'ratio':>6}  same rows")
    for name in sorted(q.bundled()):
        start = time.monotonic()
        local = q.run(build, name, params.get(name))
        middle = time.monotonic()
        remote = q.run(v.sparql, name, params.get(name))
        end = time.monotonic()
        here, there = middle - start, end - middle
        print(f"{name:18} {len(local.rows):>7,} {here:>10.2f} {there:>10.2f} {there / here:>6.1f}  "
              f"{'yes' if remote == local else 'NO'}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build", type=Path, help="a build folder (made by kg build)")
    ap.add_argument("--memory-mb", type=int, default=2048, help="Virtuoso's buffers (default 2048)")
    ap.add_argument("--add", action="store_true", help="POST (add) instead of PUT (replace)")
    ap.add_argument("--keep", action="store_true", help="leave Virtuoso running until Enter")
    args = ap.parse_args()
    why = Virtuoso.missing()
    if why:
        sys.exit(f"push_virtuoso: {why}")
    print(f"{args.build}: {len(count_graphs(args.build / 'graph.nq')):,} graphs in graph.nq", flush=True)
    with tempfile.TemporaryDirectory(prefix="push-virtuoso-") as tmp:
        start = time.monotonic()
        with Virtuoso.start(Path(tmp), memory_mb=args.memory_mb) as v:
            print(f"Virtuoso up in {time.monotonic() - start:.1f} s at {v.base} ({args.memory_mb} MB)", flush=True)
            figures = timed_push(args.build, v, replace=not args.add)
            print("push ({}): {graphs:,} graphs, {triples:,} triples in {seconds:.1f} s; {graphs/s:.0f} graphs/s, "
                  "{triples/s:,.0f} triples/s; pushing process peak {peak MB:.0f} MB"
                  .format("add" if args.add else "replace", **figures))
            print(f"Virtuoso holds {stored_triples(v):,} triples in graphs {PUSHED_GRAPHS}*", flush=True)
            timed_queries(args.build, v)
            if args.keep:
                input(f"Virtuoso at {v.sparql} (Graph Store {v.graph_store}, {v.user}); Enter stops it ")


if __name__ == "__main__":
    main()
