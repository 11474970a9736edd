"""``kg review``: the pairs of officials a build left apart without being sure, most useful
first, each with what both sides say; and the judgement a person records on one of them.

The pairs come from the build's ``resolution.json`` (``persons_apart``): first those the
evidence nearly merged (``undecided``, strongest first, then those whose merge would join
the most articles), then those a reason kept apart (``kept apart``). A pair already judged
(any judgement between a mention of one side and a mention of the other) is not asked again.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kg.resolve.judgements import JUDGEMENTS_FILE, Judgement, Mention, pair_key, read_judgements, record

_ORDER = {"undecided": 0, "kept apart": 1}


@dataclass(frozen=True, slots=True)
class Question:
    """One pair to judge, as resolution.json gives it."""

    name: str
    decision: str
    score: float
    evidence: str
    against: str
    a: dict  # {"mentions": n, "shown": [{"article", "name", "year", "posts", "places", "sentence"}, ...]}
    b: dict

    @property
    def pair(self) -> tuple[Mention, Mention]:
        """The mentions a judgement of this pair links: the first of each side."""
        first = (lambda side: (side["shown"][0]["article"], side["shown"][0]["name"]))
        return pair_key(first(self.a), first(self.b))


def _mentions(side: dict) -> set[Mention]:
    return {(m["article"], m["name"]) for m in side["shown"]}


def _judged(q: Question, judged_pairs: set[tuple[Mention, Mention]]) -> bool:
    return any(pair_key(x, y) in judged_pairs for x in _mentions(q.a) for y in _mentions(q.b))


def questions(build: Path, judgements: Path | None = None) -> list[Question]:
    """The build's undecided pairs not judged yet, most useful first."""
    report = json.loads((build / "resolution.json").read_text(encoding="utf-8"))
    judged_pairs = {pair_key(j.a, j.b) for j in read_judgements(judgements or build / JUDGEMENTS_FILE)}
    qs = [Question(d["name"], d["decision"], d["score"], d["evidence"], d["against"], d["a"], d["b"])
          for d in report.get("persons_apart", [])]
    qs = [q for q in qs if not _judged(q, judged_pairs)]
    return sorted(qs, key=lambda q: (_ORDER.get(q.decision, 2), -q.score, -(q.a["mentions"] + q.b["mentions"]),
                                     q.name, q.pair))


def _side_lines(label: str, side: dict) -> list[str]:
    lines = [f"  {label}: {side['mentions']} article(s)"]
    for m in side["shown"]:
        where = ", ".join(m["places"]) or "no province named"
        lines.append(f"    {m['article']} ({m['year'] or 'undated'}; {where}): " + ("; ".join(m["posts"]) or "no post"))
        if m["sentence"]:
            lines.append(f"      “{m['sentence'][:240]}”")
    return lines


def describe(n: int, q: Question) -> str:
    """The question as ``kg review`` prints it."""
    head = f"[{n}] {q.name}: {q.decision}, score {q.score:g}" + (f" ({q.evidence})" if q.evidence else "")
    if q.against:
        head += f"; against: {q.against}"
    return "\n".join([head, *_side_lines("A", q.a), *_side_lines("B", q.b)])


def decide(build: Path, q: Question, verdict: str, by: str, judgements: Path | None = None) -> Judgement:
    """Record a judgement of the pair in the build's judgements file (or JUDGEMENTS)."""
    return record(judgements or build / JUDGEMENTS_FILE, *q.pair, verdict, by)
