"""The resolver measured on labelled mention pairs (tests/gold/resolver_pairs.tsv): pairs of
articles of ../shared/corpus naming one full name, labelled same / different / unknown
person by reading both. Skips where ../shared is absent."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg import vocab as vocab_module
from kg.extract import extract_article
from kg.ingest.reader import read_file
from kg.iris import slugify
from kg.resolve.identity import resolve

from conftest import ROOT  # noqa: E402
CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews"
PAIRS = ROOT / "tests" / "gold" / "resolver_pairs.tsv"


def resolver_figures() -> dict[str, float]:
    vocab = vocab_module.load()
    rows = [r for r in csv.DictReader(PAIRS.open(encoding="utf-8"), delimiter="\t") if r["label"] in ("same", "different")]
    files = sorted({r["article_a"] for r in rows} | {r["article_b"] for r in rows})
    facts = [extract_article(read_file(CORPUS / f, vocab), vocab) for f in files]
    res = resolve(facts, vocab)
    tp = fp = fn = tn = 0
    for r in rows:
        a = res.person_of.get((slugify(Path(r["article_a"]).stem), r["name"]))
        b = res.person_of.get((slugify(Path(r["article_b"]).stem), r["name"]))
        merged = a is not None and a == b
        if r["label"] == "same":
            tp, fn = tp + merged, fn + (not merged)
        else:
            fp, tn = fp + merged, tn + (not merged)
    return {"merge_precision": tp / (tp + fp) if tp + fp else 1.0, "merge_recall": tp / (tp + fn) if tp + fn else 1.0,
            "apart_kept": tn / (tn + fp) if tn + fp else 1.0, "pairs": len(rows), "tp": tp, "fp": fp, "fn": fn, "tn": tn}


@pytest.mark.slow
def test_resolver_on_labelled_pairs():
    if not CORPUS.is_dir() or not PAIRS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared comes with the dangkg workspace, not with a clone)")
    f = resolver_figures()
    assert f["merge_precision"] >= 0.95, f  # a wrong merge costs more than a missed one
    assert f["apart_kept"] >= 0.95, f
    assert f["merge_recall"] >= 0.6, f


if __name__ == "__main__":
    print(resolver_figures())
