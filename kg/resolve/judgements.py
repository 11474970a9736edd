"""People's judgements of identity, kept across builds (like nomenklatura's): pairs of
mentions (an article and the name it writes) judged ``same``, ``different`` or ``unsure``,
with who judged and when. One JSON object per line in ``judgements.jsonl`` of the build
folder (or the file given with ``--judgements``); a later line about a pair replaces an
earlier one. Every build and every ``--into`` applies them before any evidence: ``same``
merges the two officials, ``different`` keeps them apart whatever else links them,
``unsure`` only records that the pair was looked at. A judgement is about two mentions of
one name (spelled alike: kg.resolve.persons.officials.block_key), as ``kg review`` asks.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from kg.export import write_atomic

JUDGEMENTS_FILE = "judgements.jsonl"
VERDICTS = ("same", "different", "unsure")

Mention = tuple[str, str]  # (article key, name as the article writes it)


class JudgementError(ValueError):
    """A judgements file that cannot be read: which line, and why."""


@dataclass(frozen=True, slots=True)
class Judgement:
    a: Mention
    b: Mention
    verdict: str
    by: str
    at: str  # ISO 8601, UTC

    def line(self) -> str:
        """The judgement as one line of the file."""
        obj = {"a": {"article": self.a[0], "name": self.a[1]}, "b": {"article": self.b[0], "name": self.b[1]},
               "judgement": self.verdict, "by": self.by, "at": self.at}
        return json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n"


@dataclass(frozen=True, slots=True)
class Judged:
    """The judgements in force: the last one of each pair."""

    pairs: dict[tuple[Mention, Mention], str] = field(default_factory=dict)

    def verdict(self, a: Mention, b: Mention) -> str | None:
        return self.pairs.get(pair_key(a, b))


def pair_key(a: Mention, b: Mention) -> tuple[Mention, Mention]:
    return (a, b) if a <= b else (b, a)


def _mention(obj: object, line: int) -> Mention:
    if not isinstance(obj, dict) or not isinstance(obj.get("article"), str) or not isinstance(obj.get("name"), str):
        raise JudgementError(f"line {line}: a mention is {{\"article\": ..., \"name\": ...}}")
    return obj["article"], obj["name"]


def _parse(text: str, line: int) -> Judgement:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise JudgementError(f"line {line}: not JSON ({e.msg})") from None
    if not isinstance(obj, dict) or obj.get("judgement") not in VERDICTS:
        raise JudgementError(f"line {line}: \"judgement\" must be one of {', '.join(VERDICTS)}")
    return Judgement(_mention(obj.get("a"), line), _mention(obj.get("b"), line), obj["judgement"],
                     str(obj.get("by", "")), str(obj.get("at", "")))


def read_judgements(path: Path) -> list[Judgement]:
    """The file's judgements in order (none where it does not exist)."""
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, text in enumerate(fh, 1):
            if text.strip():
                out.append(_parse(text, n))
    return out


def judged(judgements: list[Judgement]) -> Judged:
    pairs: dict[tuple[Mention, Mention], str] = {}
    for j in judgements:
        pairs[pair_key(j.a, j.b)] = j.verdict
    return Judged(pairs)


def write_judgements(path: Path, judgements: list[Judgement]) -> None:
    """The judgements, one line each, in their order."""
    write_atomic(path, "".join(j.line() for j in judgements))


def record(path: Path, a: Mention, b: Mention, verdict: str, by: str) -> Judgement:
    """Append a judgement to the file (created where missing)."""
    if verdict not in VERDICTS:
        raise JudgementError(f"a judgement is one of {', '.join(VERDICTS)}, not {verdict!r}")
    at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    j = Judgement(*pair_key(a, b), verdict, by, at)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(j.line())
    return j
