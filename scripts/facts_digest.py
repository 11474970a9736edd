"""What extraction gives, article by article, as one line each: to show that a change of
code changed no fact.

    # the facts of this checkout
    .venv/bin/python scripts/facts_digest.py ../shared/corpus ../shared/devcorpus/texts seeds > new.tsv
    # the facts of another commit, read by this same script
    git worktree add /tmp/base REV
    PYTHONPATH=/tmp/base .venv/bin/python scripts/facts_digest.py ... > old.tsv
    .venv/bin/python scripts/facts_digest.py --compare old.tsv new.tsv

Each line is a file's path, then the SHA-256 of its ArticleFacts written as sorted JSON (or
the reason it gave none). Only the stable entry points are used (``kg.vocab.load``,
``kg.ingest.reader.read_file``, ``kg.extract.extract_article``), so the script reads any
version of the package. Runs over all cores; prints the time extraction took.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _plain(value):
    """Facts as JSON-able data, sets sorted: the same facts give the same text."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: repr(kv[0]))}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def digest(path: str) -> tuple[str, str, float]:
    from kg import vocab as vocab_module
    from kg.extract import extract_article
    from kg.ingest.reader import read_file

    vocab = vocab_module.load()
    try:
        article = read_file(Path(path), vocab)
    except Exception as e:  # noqa: BLE001 - a file that gives no article is a line too
        return path, f"no article: {type(e).__name__}", 0.0
    t = time.perf_counter()
    facts = extract_article(article, vocab)
    seconds = time.perf_counter() - t
    text = json.dumps(_plain(facts), ensure_ascii=False, sort_keys=True)
    return path, hashlib.sha256(text.encode("utf-8")).hexdigest(), seconds


def files_of(paths: list[str]) -> list[str]:
    found = []
    for p in paths:
        if os.path.isdir(p):
            found += sorted(str(f) for f in Path(p).rglob("*.txt"))
        else:
            found.append(p)
    return found


def compare(old: Path, new: Path) -> int:
    def lines(p: Path) -> dict[str, str]:
        return dict(line.rstrip("\n").split("\t", 1) for line in p.open(encoding="utf-8"))

    a, b = lines(old), lines(new)
    differ = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
    print(f"{len(a)} articles before, {len(b)} after; {len(a.keys() & b.keys())} in both; "
          f"{len(differ)} differ; {len(a.keys() - b.keys())} only before; {len(b.keys() - a.keys())} only after")
    for k in differ[:20]:
        print(f"  differs: {k}")
    return 1 if differ or a.keys() != b.keys() else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    a = ap.parse_args()
    if a.compare:
        sys.exit(compare(*a.compare))
    files = files_of(a.paths)
    t = time.perf_counter()
    extract_seconds = 0.0
    with ProcessPoolExecutor(a.jobs) as pool:
        for path, value, seconds in pool.map(digest, files, chunksize=64):
            extract_seconds += seconds
            print(f"{path}\t{value}")
    print(f"{len(files)} files in {time.perf_counter() - t:.1f} s; extraction {extract_seconds:.1f} s "
          f"({len(files) / max(extract_seconds, 1e-9):.0f} articles/s per core)", file=sys.stderr)


if __name__ == "__main__":
    main()
