"""Regular building blocks for reading Vietnamese news text.

Only orthography lives here (what a capitalised syllable or an abbreviation looks like);
the words themselves come from :mod:`kg.vocab` and ``lexicon.tsv`` (a pattern built of them
takes the vocabulary).
"""
from __future__ import annotations

import bisect
import re

from kg.vocab import Vocabulary
from kg.vocab.alphabet import LOWER, SYMBOL_CAPITALS, UPPER

# a capitalised syllable: Nguyễn, Bộ, Y; with an apostrophe after its first letter, as the
# names of the Central Highlands' peoples write it: K'Ré, H'Hen, M'nông
CAP = rf"{UPPER}(?:['’](?=[{UPPER[1:-1]}{LOWER[1:-1]}]){UPPER}?)?{LOWER}*"
# An abbreviation: two or more capitals, maybe with & - . and lower-case letters inside
# (KH&CN, UBND, TTg, T.Ư, HĐND, LĐ-TB&XH, VUSTA).
ABBR_RE = re.compile(rf"(?<![\w&]){UPPER}(?:[{UPPER[1:-1]}&]|\.(?={UPPER})|-(?={UPPER})|[a-z](?={UPPER}|\b))+(?![\w&])")
def is_cap(token: str) -> bool:
    """A capitalised word, hyphenated parts too (Linkton-Vina)."""
    return all(re.fullmatch(CAP, part) for part in token.split("-")) if token else False


NAME_RUN_RE = re.compile(rf"(?<![\w&]){CAP}(?:[ ]{CAP})*(?![\w&])")


_CODE_RE = re.compile(rf"[{SYMBOL_CAPITALS}]{{1,3}}\d{{1,3}}[A-Z]?|\d{{1,3}}")


def is_code(token: str) -> bool:
    """A unit's code inside a body's name: Vụ A1, Cục C14, Phòng PC45, Trung đoàn 165."""
    return bool(_CODE_RE.fullmatch(token))


def is_abbr(token: str) -> bool:
    """Two or more capitals make an abbreviation (TTg, KH&CN); "Du" is a word."""
    return sum(c.isupper() for c in token) >= 2 and bool(ABBR_RE.fullmatch(token))


# the lexicon's verbs of personnel news that change someone's post (kg.extract.events reads
# the events; a title or a post before or after one of them may be the event's, not held)
PERSONNEL_VERB_CLASSES = ("elect_verb", "reelect_verb", "appoint_verb", "designate_verb", "transfer_verb",
                          "relieve_verb", "discipline_verb", "confirm_verb", "purpose_take_verb")


def list_joiner(vocab: Vocabulary) -> re.Pattern[str]:
    """A comma or "và" between two items of a list, with the spaces around it (``Ban Chấp
    hành, Ban Thường vụ``; ``Chủ tịch và Phó Chủ tịch``; ``miễn nhiệm và điều động``)."""
    return vocab.memo(("list_joiner",), lambda: re.compile(r"\s*(?:,|(?:%s))\s*" % vocab.alternation("list_and")))


def term_of_office(vocab: Vocabulary) -> str:
    """A term written with a title or a body, as a regular expression: ``khóa X``, ``nhiệm
    kỳ 2016 - 2021``."""
    return r"(?i:%s)\s+(?:[IVXLC]+|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)" % vocab.alternation("post_term_word")


def last_match(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The last match of ``pattern`` in text[start:end] (the word nearest before a position)."""
    last = None
    for last in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return last


class Spans:
    """Non-overlapping, non-empty spans of text already taken by one reading (regex
    matches), kept sorted so that a new span is checked in log time: a text of thousands
    of dates or names stays linear."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._spans, (start, start))
        return (i < len(self._spans) and self._spans[i][0] < end) or (i > 0 and self._spans[i - 1][1] > start)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
