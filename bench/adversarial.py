"""Extraction time on pathological inputs (~50k characters each): none should take more
than a fraction of a second; a regex that backtracks or a walk that repeats itself shows
up here as seconds.

    .venv/bin/python bench/adversarial.py
"""
from __future__ import annotations

import time

from kg import vocab as vocab_module
from kg.extract import extract_article
from kg.ingest.reader import read_text

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


def main() -> None:
    vocab = vocab_module.load()
    print(f"{'input':34s} {'chars':>7s} {'seconds':>8s}")
    worst = 0.0
    for name, text in CASES.items():
        start = time.perf_counter()
        extract_article(read_text(text, "x.txt", vocab), vocab)
        took = time.perf_counter() - start
        worst = max(worst, took)
        print(f"{name:34s} {len(text):7d} {took:8.2f}")
    print(f"worst: {worst:.2f} s")


if __name__ == "__main__":
    main()
