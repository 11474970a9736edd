"""Extraction time on pathological inputs: none should take more than a fraction of a
second; a regex that backtracks or a walk that repeats itself shows up here as seconds.

    .venv/bin/python bench/adversarial.py           # the hand-made cases (~50k characters each)
    .venv/bin/python bench/adversarial.py --fuzz    # and every vocabulary piece repeated

The fuzz repeats each piece of Vietnamese party news the property tests use (titles, body
names, document types, abbreviations, names, dates, punctuation: tests/
test_extract_never_fails.py) N and 4N times, with each separator, and prints the pieces
whose time grows faster than the text: 4x the text should take about 4x the time;
catastrophic backtracking takes 16x or far more.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg import vocab as vocab_module
from kg.extract import extract_article
from kg.ingest.reader import SkipInput, read_text

CASES = {
    "repeated Đảng ủy": "Đảng ủy " * 6000,
    "repeated Đảng bộ": "Đảng bộ " * 6000,
    "repeated Ban Thường vụ Tỉnh ủy": "Ban Thường vụ Tỉnh ủy " * 2300,
    "A. A. A.": "A." * 25000,
    "Tp. Tp.": "Tp. " * 12000,
    "single capitals": "A " * 20000,
    "one endless name": "Ông " + "Nguyễn " * 10000,
    "list of 3,500 names": "có " + "Nguyễn Văn An, " * 3500,
    "dash-joined names": "Nguyễn Văn An – " * 3000,
    "honorific list": "ông Nguyễn Văn A, " * 3000,
    "repeated Hội nghị": "Hội nghị " * 6000,
    "5,000 document ids": "22-NQ/TW, " * 5000,
    "2,000 documents with subjects": "Nghị quyết số 22-NQ/TW về " * 2000,
    "one-line article, 600 sentences": (
        "Ngày 19/1, Đảng ủy VUSTA tổ chức Hội nghị tổng kết. "
        "Đồng chí Phạm Quang Thao, Bí thư Đảng ủy chủ trì hội nghị. " * 600
    ),
}


def seconds(text: str, vocab) -> float:
    start = time.perf_counter()
    try:
        extract_article(read_text(text, "x.txt", vocab), vocab)
    except SkipInput:
        pass
    return time.perf_counter() - start


MIN_TIMED = 0.05  # seconds


def fuzz(vocab, times: int = 150, growth: int = 4, separators: tuple[str, ...] = ("", " ", ", ", "\n")) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_extract_never_fails import PIECES

    rows = []
    for piece in PIECES:
        for sep in separators:
            small, large = (piece + sep) * times, (piece + sep) * (times * growth)
            took_small, took_large = seconds(small, vocab), seconds(large, vocab)
            rows.append((took_large / max(took_small, 1e-4), took_large, piece, sep, len(large)))
    # growth is read only where the larger text takes long enough to time (a few ms is noise)
    timed = sorted((r for r in rows if r[1] >= MIN_TIMED), reverse=True)
    print(f"\nfuzz: {len(PIECES)} pieces x {len(separators)} separators, repeated {times} and {times * growth} times; "
          f"{len(timed)} took >= {MIN_TIMED * 1000:.0f} ms at {times * growth}")
    print(f"{'growth':>7s} {'seconds':>8s} {'chars':>7s}  piece + separator")
    for ratio, took, piece, sep, chars in timed[:12]:
        print(f"{ratio:7.1f} {took:8.3f} {chars:7d}  {piece + sep!r}")
    print(f"worst growth for {growth}x the text: {timed[0][0] if timed else 0:.1f}x; "
          f"slowest: {max(r[1] for r in rows):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fuzz", action="store_true", help="also repeat every vocabulary piece")
    args = parser.parse_args()
    vocab = vocab_module.load()
    print(f"{'input':34s} {'chars':>7s} {'seconds':>8s}")
    worst = 0.0
    for name, text in CASES.items():
        took = seconds(text, vocab)
        worst = max(worst, took)
        print(f"{name:34s} {len(text):7d} {took:8.2f}")
    print(f"worst: {worst:.2f} s")
    if args.fuzz:
        fuzz(vocab)


if __name__ == "__main__":
    main()
