"""The resolver measured on labelled mention pairs: pairs of articles naming one full name,
labelled same / different / unknown person by reading both — of ../shared/corpus
(tests/gold/resolver_pairs.tsv) and of the modern devcorpus (tests/gold/identity_pairs,
issue 19). Skips where ../shared is absent."""
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
DEVCORPUS = ROOT.parent / "shared" / "devcorpus" / "texts"
MODERN_PAIRS = ROOT / "tests" / "gold" / "identity_pairs" / "PAIRS.tsv"


def resolver_figures(pairs: Path = PAIRS, texts: Path = CORPUS) -> dict[str, float]:
    """Merge precision and recall, and the share of namesake pairs kept apart, resolving the
    articles of all the labelled pairs of PAIRS together (as one build would)."""
    vocab = vocab_module.load()
    rows = [r for r in csv.DictReader(pairs.open(encoding="utf-8"), delimiter="\t") if r["label"] in ("same", "different")]
    files = sorted({r["article_a"] for r in rows} | {r["article_b"] for r in rows})
    facts = [extract_article(read_file(texts / f, vocab), vocab) for f in files]
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
    # 0.69 with the resolver before issue 19, 0.888 with its evidence
    assert f["merge_recall"] >= 0.85, f


@pytest.mark.slow
def test_resolver_on_labelled_pairs_of_todays_news():
    if not DEVCORPUS.is_dir():
        pytest.skip(f"{DEVCORPUS} is not here (../shared comes with the dangkg workspace, not with a clone)")
    f = resolver_figures(MODERN_PAIRS, DEVCORPUS)
    assert f["fp"] == 0, f  # no namesake merged, whatever else
    # 0.803 before issue 19's evidence, 0.828 with it, 0.959 with a very rare name, the
    # Central Committee and a province's title as evidence (careers the texts do not link
    # are still missed where the name is common)
    assert f["merge_recall"] >= 0.95, f


@pytest.mark.slow
def test_merge_recall_over_all_the_labelled_pairs():
    """Issue 19's bar: the old and the modern labelled pairs together, merge recall ≥ 0.95
    with no namesake merged (0.927 before the same title in an institution of one name, a
    list's title written before the list, a purpose clause's post and a title of rank)."""
    if not CORPUS.is_dir() or not DEVCORPUS.is_dir():
        pytest.skip("../shared is not here (it comes with the dangkg workspace, not with a clone)")
    old, modern = resolver_figures(), resolver_figures(MODERN_PAIRS, DEVCORPUS)
    tp, fn, fp = (old[k] + modern[k] for k in ("tp", "fn", "fp"))
    assert fp == 0, (old, modern)
    assert tp / (tp + fn) >= 0.95, (tp, fn, old, modern)


if __name__ == "__main__":
    print(resolver_figures())
    print(resolver_figures(MODERN_PAIRS, DEVCORPUS))
