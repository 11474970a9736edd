"""Generalisation: real articles that are not the seeds (tests/gold/, annotated by the
guideline from ../shared/corpus/vnnews, read in place), built and scored with the shared
scorer. Skips where ../shared is absent."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory):
    corpus = SHARED / "corpus" / "vnnews"
    if not (corpus.is_dir() and (SHARED / "eval" / "score.py").exists()):
        pytest.skip(f"{corpus} is not here (../shared comes with the dangkg workspace, not with a clone)")
    texts = [corpus / f"{json.loads(g.read_text(encoding='utf-8'))['source']}" for g in sorted(GOLD.glob("*.json"))]
    out = tmp_path_factory.mktemp("dev")
    build(texts, out, jobs=1, progress=False)
    proc = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(GOLD), "--graph", str(out / "graph.ttl"),
         "--ontology", str(ROOT / "ontology"), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(proc.stdout)


def test_dev_gold_set_scores(dev_scores):
    assert len(list(GOLD.glob("*.json"))) >= 20
    assert dev_scores["overall_f1"] >= 0.93
    assert dev_scores["persons"]["f1"] >= 0.95
    assert dev_scores["chairs"]["f1"] >= 0.93
    assert dev_scores["document_ids"]["f1"] >= 0.97
    assert dev_scores["untraced_facts"] == 0
