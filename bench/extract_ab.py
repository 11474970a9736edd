"""Extraction speed of this checkout against another one, measured in one run as a ratio.

    git worktree add /tmp/before REV
    .venv/bin/python bench/extract_ab.py --other /tmp/before [--n 1000] [--batch 50] [--rounds 3]

Two worker processes, one per checkout, each read the same N corpus articles (a fixed random
sample, seed 0) and then extract them in batches, taking turns batch by batch (the order of
the two swapped every batch), so that this machine's drift in speed (up to 2x within
minutes) falls on both alike. Only extraction is timed (``kg.extract.extract_article``),
through the entry points every version has (``kg.vocab.load``, ``kg.ingest.reader.read_file``).
Prints articles/s of each and the ratio this/other.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "vnnews"

# the worker: read N articles, then time each batch it is asked for
WORKER = r"""
import random, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from kg import vocab
from kg.extract import extract_article
from kg.ingest.reader import read_file
V = vocab.load()
files = sorted(Path(sys.argv[2]).glob("*.txt"))
random.Random(0).shuffle(files)
articles = [read_file(f, V) for f in files[: int(sys.argv[3])]]
for a in articles[:20]:
    extract_article(a, V)  # warm: patterns compiled, caches filled
print("ready", flush=True)
for line in sys.stdin:
    i, j = map(int, line.split())
    t = time.perf_counter()
    for a in articles[i:j]:
        extract_article(a, V)
    print(time.perf_counter() - t, flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--other", type=Path, required=True, help="the other checkout (a git worktree)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    roots = {"this": str(HERE.parent), "other": str(a.other.resolve())}
    workers = {name: subprocess.Popen([sys.executable, "-c", WORKER, root, str(a.corpus), str(a.n)],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
               for name, root in roots.items()}
    for w in workers.values():
        w.stdout.readline()
    seconds = dict.fromkeys(workers, 0.0)
    turn = 0
    for _ in range(a.rounds):
        for i in range(0, a.n, a.batch):
            order = list(workers) if turn % 2 == 0 else list(reversed(workers))
            turn += 1
            for name in order:
                workers[name].stdin.write(f"{i} {i + a.batch}\n")
                workers[name].stdin.flush()
                seconds[name] += float(workers[name].stdout.readline())
    for w in workers.values():
        w.stdin.close()
        w.wait()
    done = a.n * a.rounds
    for name, root in roots.items():
        print(f"{name:6} {done / seconds[name]:7.1f} articles/s  ({root})")
    print(f"this/other extraction speed: {seconds['other'] / seconds['this']:.3f}")


if __name__ == "__main__":
    main()
