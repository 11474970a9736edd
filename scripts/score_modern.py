"""Score dangkg on the modern dev gold (tests/gold/modern, issue 18): build the selected
devcorpus texts of one set and score the graph with the shared scorer.

    .venv/bin/python scripts/score_modern.py --set held-out     # the 20 set aside
    .venv/bin/python scripts/score_modern.py --set dev          # the other 50
    .venv/bin/python scripts/score_modern.py --set dev --gold tests/gold/modern/annotations/A1
    .venv/bin/python scripts/score_modern.py --set dev --group G  # one annotation group

GOLD is a folder of gold files named after the texts (default: the adjudicated ones in
tests/gold/modern); only texts of the set that have a gold file there are built and scored.
Prints each facet's F1 (or recall) and overall_f1; --json prints the scorer's whole answer.
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MODERN = ROOT / "tests" / "gold" / "modern"


def selected(which: str, group: str | None = None) -> list[str]:
    with (MODERN / "SELECTION.tsv").open(encoding="utf-8") as fh:
        return [r["file"] for r in csv.DictReader(fh, delimiter="\t")
                if (which == "all" or r["set"] == which) and group in (None, r["group"])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("dev", "held-out", "all"), default="dev")
    ap.add_argument("--group", help="only the texts of one annotation group (A … G of SELECTION.tsv)")
    ap.add_argument("--gold", type=Path, default=MODERN)
    ap.add_argument("--json", action="store_true", help="the scorer's whole answer, missed and spurious facts too")
    a = ap.parse_args()
    files = [f for f in selected(a.set, a.group) if (a.gold / f.replace(".txt", ".json")).is_file()]
    if not files:
        sys.exit(f"no gold file in {a.gold} for the {a.set} set")
    with tempfile.TemporaryDirectory() as tmp:
        gold, out = Path(tmp) / "gold", Path(tmp) / "out"
        gold.mkdir()
        for f in files:
            shutil.copy(a.gold / f.replace(".txt", ".json"), gold)
        texts = [str(SHARED / "devcorpus" / "texts" / f) for f in files]
        subprocess.run([sys.executable, "-m", "kg.cli", "build", *texts, "--out", str(out), "-q"], check=True,
                       stderr=subprocess.DEVNULL)
        scored = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold),
                                 "--graph", str(out / "graph.ttl"), "--ontology", str(ROOT / "ontology"), "--json"],
                                capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)
    result["articles"] = len(files)
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for facet, value in result.items():
        if isinstance(value, dict):
            value = value.get("f1", value.get("r"))
        print(f"{facet:20} {value}")


if __name__ == "__main__":
    main()
