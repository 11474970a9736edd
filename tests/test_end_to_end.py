"""The issue's acceptance, end to end: build seeds/ and score it with the shared scorer
(../shared/eval/score.py against ../shared/eval/gold). Skips where ../shared is absent."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def scores(seeds_build):
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip(f"{scorer} is not here (../shared comes with the dangkg workspace, not with a clone)")
    out, _ = seeds_build
    proc = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(SHARED / "eval" / "gold"), "--graph", str(out / "graph.ttl"),
         "--ontology", str(ROOT / "ontology"), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(proc.stdout)


def test_seed_scores_meet_the_acceptance(scores):
    assert scores["overall_f1"] >= 0.95
    assert scores["persons"]["f1"] >= 0.95
    assert scores["positions"]["f1"] >= 0.90
    assert scores["document_ids"]["f1"] == 1.0
    assert scores["chairs"]["f1"] == 1.0
    assert scores["untraced_facts"] == 0


def test_the_jsonld_and_ntriples_exports_score_the_same(seeds_build, scores):
    out, _ = seeds_build
    for name in ("graph.nt", "graph.jsonld", "graph.trig"):
        proc = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(SHARED / "eval" / "gold"),
             "--graph", str(out / name), "--ontology", str(ROOT / "ontology"), "--json"],
            capture_output=True, text=True, check=True,
        )
        assert json.loads(proc.stdout)["overall_f1"] == scores["overall_f1"], name
