"""Regular building blocks for reading Vietnamese news text.

Only orthography lives here (what a capitalised syllable or an abbreviation looks like);
the words themselves come from :mod:`kg.vocab` and ``lexicon.tsv``.
"""
from __future__ import annotations

import functools
import re
from importlib.resources import files

from kg.ingest.sentences import LOWER, UPPER

CAP = rf"{UPPER}{LOWER}*"  # a capitalised syllable: Nguyễn, Bộ, Y
CAP_RE = re.compile(rf"(?<![\w&]){CAP}(?![\w&])")
# An abbreviation: two or more capitals, maybe with & - . and lower-case letters inside
# (KH&CN, UBND, TTg, T.Ư, HĐND, LĐ-TB&XH, VUSTA).
ABBR = rf"(?:{UPPER}[{UPPER[1:-1]}{LOWER[1:-1]}]*[&.\-]?)+"
ABBR_RE = re.compile(rf"(?<![\w&]){UPPER}(?:[{UPPER[1:-1]}&]|\.(?={UPPER})|-(?={UPPER})|[a-z](?={UPPER}|\b))+(?![\w&])")
WORD_RE = re.compile(r"[\w&.\-/']+")
NAME_RUN_RE = re.compile(rf"(?<![\w&]){CAP}(?:[ ]{CAP})*(?![\w&])")


def is_cap(token: str) -> bool:
    return bool(re.fullmatch(CAP, token))


def is_code(token: str) -> bool:
    """A unit's code inside a body's name: Vụ A1, Cục C14, Phòng PC45, Trung đoàn 165."""
    return bool(re.fullmatch(r"[A-ZĐ]{1,3}\d{1,3}[A-Z]?|\d{1,3}", token))


def is_abbr(token: str) -> bool:
    """Two or more capitals make an abbreviation (TTg, KH&CN); "Du" is a word."""
    return sum(c.isupper() for c in token) >= 2 and bool(ABBR_RE.fullmatch(token))


@functools.cache
def lexicon() -> dict[str, frozenset[str]]:
    """Word lists by class from lexicon.tsv: class<TAB>phrase."""
    out: dict[str, set[str]] = {}
    text = files("kg.vocab").joinpath("lexicon.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, phrase = line.split("\t", 1)
        out.setdefault(cls.strip(), set()).add(phrase.strip())
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def phrase_re(cls: str, flags: int = 0) -> re.Pattern[str]:
    """Whole-word alternation of one lexicon class, longest first."""
    alts = sorted(lexicon()[cls], key=len, reverse=True)
    return re.compile(r"(?<![\w&])(?:%s)(?![\w&])" % "|".join(map(re.escape, alts)), flags)
