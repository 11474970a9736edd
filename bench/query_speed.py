"""Bundled queries on a graph of at least a million triples: the embedded Oxigraph store
against rdflib's in-memory engine, on the same triples, in one run.

    .venv/bin/python bench/query_speed.py GRAPH.nt [--triples 1000000] [--repeat 3]

GRAPH.nt is a build's graph.nt (e.g. of ../shared/corpus/vnnews: ~630k triples). Where it
has fewer triples than --triples, it is copied under renamed IRIs (each copy's resources
get a suffix, so copies do not merge) until the count is reached: the shape of the data
stays that of real articles. Prints triples, load times, and per query the median seconds
of each engine and the speed-up.
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg import query as q

ID = "https://w3id.org/dangkg/id/"


def scaled_ntriples(src: Path, want: int, dst: Path) -> int:
    lines = [ln for ln in src.read_text("utf-8").splitlines() if ln.strip()]
    copies = max(1, -(-want // len(lines)))
    with dst.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            suffix = f"-c{k}" if k else ""
            for ln in lines:
                if suffix:  # <.../id/x/y> → <.../id/x/y-c1>
                    parts = ln.split(f"<{ID}")
                    ln = parts[0] + "".join(f"<{ID}" + p.replace(">", f"{suffix}>", 1) for p in parts[1:])
                fh.write(ln + "\n")
    return copies * len(lines)


def timed_pair(fast, slow, repeat: int, budget: float = 6.0, blocks: int = 3) -> tuple[float, float, object, object]:
    """Median seconds of each of two calls. The engines take turns in BLOCKS blocks each
    (fast block, slow block, fast block ...), a block calling one engine again and again
    for its share of BUDGET seconds (at least REPEAT calls in all). Within a block an
    engine runs warm, as a query service does; taking turns spreads a busy moment of the
    machine over both engines rather than one. As in timeit, the garbage collector is off
    while calls are timed: with rdflib's million triples in the process, a collection
    falling inside one call would time the collector, not the query."""
    times: tuple[list[float], list[float]] = ([], [])
    outs: list[object] = [None, None]
    share = budget / (2 * blocks)
    for _ in range(blocks):
        for i, fn in enumerate((fast, slow)):
            gc.collect()
            spent, calls = 0.0, 0
            while calls < -(-repeat // blocks) or spent < share:
                gc.disable()
                t = time.perf_counter()
                outs[i] = fn()
                times[i].append(time.perf_counter() - t)
                gc.enable()
                spent += times[i][-1]
                calls += 1
    return statistics.median(times[0]), statistics.median(times[1]), outs[0], outs[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3, help="at least this many calls per query and engine")
    ap.add_argument("--queries", default="who-chaired-what,documents,hierarchy",
                    help="bundled queries to time, comma-separated")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "graph.nt"
        n = scaled_ntriples(a.graph, a.triples, nt)
        t = time.perf_counter()
        store = ox.Store(str(Path(tmp) / "store"))
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        store.optimize()  # as kg build does
        del store  # then reopened read-only, as kg query opens a build's store
        store = ox.Store.read_only(str(Path(tmp) / "store"))
        ox_load = time.perf_counter() - t
        t = time.perf_counter()
        g = Graph().parse(nt, format="nt")
        rdflib_load = time.perf_counter() - t
        print(f"{n:,} triples; load: oxigraph {ox_load:.1f} s, rdflib {rdflib_load:.1f} s")
        print(f"{'query':18} {'oxigraph ms':>12} {'rdflib ms':>10} {'speed-up':>9} rows")
        for name in a.queries.split(","):
            text = q.query_text(name)
            # each engine as kg query and a Python user call it, the rows materialised
            ox_s, rd_s, res, rows = timed_pair(lambda: list(store.query(text, use_default_graph_as_union=True)),
                                               lambda: list(g.query(text)), a.repeat)
            assert len(res) == len(rows) == len(q.run(store, name).rows), (name, len(res), len(rows))
            print(f"{name:18} {ox_s * 1000:12.1f} {rd_s * 1000:10.1f} {rd_s / ox_s:8.1f}x {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
