"""Modern party and government news (tests/gold/modern, issue 18): 185 devcorpus texts,
each annotated by two annotators on their own and adjudicated, scored with the shared
scorer. The 165 of the dev set are scored here against issue 18's bars; the 20 set aside
are scored by scripts/score_modern.py only, at the start and at the end of the work."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from conftest import ROOT, needs_shared

MODERN = ROOT / "tests" / "gold" / "modern"


def _selection() -> list[dict[str, str]]:
    with (MODERN / "SELECTION.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_selected_text_has_one_adjudicated_gold_file_and_two_annotations():
    rows = _selection()
    assert len(rows) == 185 and sum(r["set"] == "held-out" for r in rows) == 20
    for r in rows:
        gold = json.loads((MODERN / r["file"].replace(".txt", ".json")).read_text("utf-8"))
        assert gold["source"] == r["file"]
        assert {"persons", "organizations", "meetings", "documents", "events"} <= set(gold)
        for annotator in (f"{r['group']}1", f"{r['group']}2"):
            assert (MODERN / "annotations" / annotator / r["file"].replace(".txt", ".json")).is_file()


@pytest.mark.slow
def test_the_dev_set_scores_no_lower_than_before_the_work_for_it():
    needs_shared("devcorpus", "texts")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_modern.py"), "--set", "dev", "--json"],
                          capture_output=True, text=True, check=True)
    scores = json.loads(done.stdout)
    assert scores["articles"] == 165
    # measured on 2026-12-06 before any change for the first 50 texts: overall 0.765, persons
    # 0.949; after issue 18's rules, on the 70 (group E added): overall 0.970, persons 0.979,
    # positions 0.939, chairs 1.0, meeting dates 0.903, events 0.983; on the 90 (group F added,
    # first scored 0.939 before any rule for it): overall 0.962, persons 0.979, positions 0.93,
    # chairs 0.96, meeting dates 0.903, events P 0.975 R 0.918; on the 110 (group G added, first
    # scored 0.939 before any rule for it): overall 0.963, persons 0.977, positions 0.93, chairs
    # 0.966, meeting dates 0.905, events 0.937; on the 130 (group H added, first scored 0.809
    # before any rule for it): overall 0.967, persons 0.98, positions 0.935, chairs 0.971,
    # meeting dates 0.917, events P 0.982 R 0.909; on the 150 (group I added, first scored 0.879
    # before any rule for it): overall 0.966, persons 0.982, positions 0.937, chairs 0.957,
    # meeting dates 0.918, events P 0.98 R 0.903; on the 165 (group J added, first scored 0.748
    # before any rule for it): overall 0.969, persons 0.984, positions 0.938, chairs 0.962,
    # meeting dates 0.928, events P 0.979 R 0.905 (issue 18's bars below)
    assert scores["overall_f1"] >= 0.95
    assert scores["persons"]["f1"] >= 0.97 and scores["positions"]["f1"] >= 0.93
    assert scores["chairs"]["f1"] >= 0.95 and scores["meeting_dates"]["f1"] >= 0.9
    assert scores["events"]["p"] >= 0.9 and scores["events"]["r"] >= 0.9
    assert scores["untraced_facts"] == 0
