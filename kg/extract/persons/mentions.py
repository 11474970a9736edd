"""A person's mention, the sentence the steps read, and the checks they share."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from kg.extract.patterns import Spans
from kg.model import Sentence
from kg.vocab import Vocabulary

MAX_NAME = 5  # syllables

# a title before a name, as (role start, role end, body start, body end)
TitleSpan = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int
    end: int
    name: str  # full name this mention refers to
    sentence: int
    title: TitleSpan | None = None  # (role start, role end, body start, body end) before the name

    @property
    def opens_at(self) -> int:
        """Where the mention begins, with the title written before the name."""
        return self.title[0] if self.title else self.start


class SentenceReading:
    """One sentence as the steps read it: its bounds, and the names the steps have found in
    it so far, in the order found (the spans they take do not overlap)."""

    def __init__(self, text: str, sent: Sentence) -> None:
        self.text = text
        self.start, self.end, self.index = sent.start, sent.end, sent.index
        self.names: list[PersonMention] = []
        self._taken = Spans()

    def add(self, start: int, end: int, title: TitleSpan | None = None) -> None:
        """text[start:end] is a name, unless a name found before overlaps it; a name found
        there bare, now seen to share a list's title, is given the title."""
        if self._taken.overlaps(start, end):
            if title is not None:
                for i, p in enumerate(self.names):
                    if (p.start, p.end) == (start, end) and p.title is None:
                        self.names[i] = PersonMention(start, end, p.name, p.sentence, title)
            return
        self._taken.add(start, end)
        self.names.append(PersonMention(start, end, " ".join(self.text[start:end].split()), self.index, title))


class _Patterns(NamedTuple):
    not_person_before: re.Pattern[str]
    not_title_before: re.Pattern[str]  # the words alone: a number before a title is no house number
    not_person_compound: re.Pattern[str]  # words that end in a not_person_before word but mean something else
    place_unit_before: re.Pattern[str]


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(__name__, lambda: _Patterns(
        re.compile(r"(?:(?:%s)|(?<!\w)\d+[A-Z]?(?:/\d+)?)\s*$" % vocab.phrase_re("not_person_before").pattern),
        re.compile(r"(?:%s)\s*$" % vocab.phrase_re("not_person_before").pattern),
        re.compile(r"(?<!\w)(?:%s)\s*$" % vocab.alternation("not_person_compound")),
        re.compile(r"(?:%s)\s$" % vocab.phrase_re("place_unit").pattern),
    ))


def not_person_context(text: str, start: int, vocab: Vocabulary, titled: bool = False) -> bool:
    """Is a run of capitals here the name of a place, idea or institution (``phố Trần Quốc
    Toản``, ``số 62 Trần Quốc Toản``, ``tư tưởng Hồ Chí Minh``)? ``titled``: a title starts
    here, and "according to" before it quotes its holder (``Theo Phó giám đốc Sở X Bùi
    Xuân Bài``), where before a bare name it credits a source (``Theo Nguyễn Văn A``). A
    number is a house number before a name (``số 62 Trần Quốc Toản``), not before a title
    (``2026-03-03 Phó bí thư Tỉnh ủy X Nguyễn Văn A được điều động``: an archived page's
    date stamp)."""
    rx = _patterns(vocab)
    before = text[max(0, start - 40) : start]
    m = (rx.not_title_before if titled else rx.not_person_before).search(before)
    if m is None or rx.not_person_compound.search(before):
        return False  # "nông thôn" (the countryside) is no "thôn": "Sở NN và Phát triển nông thôn | Bùi Xuân Bài"
    return not (titled and m.group().strip() in vocab.words("according_to"))


def institution_named_after(text: str, start: int, name: str, vocab: Vocabulary) -> bool:
    """``Học viện Chính trị Quốc gia Hồ Chí Minh``, ``Đoàn TNCS Hồ Chí Minh``: a leader of the
    past at the end of the name of an institution of the kind named after people."""
    if name not in vocab.historical:
        return False
    opener = vocab.memo(("persons_institution_opener",), lambda: re.compile(
        r"(?:%s)[^,.;:()\n]{0,40}$" % vocab.phrase_re("not_person_before").pattern))
    return opener.search(text, max(0, start - 60), start) is not None


def after_place_unit(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Does an administrative unit (``xã``, ``huyện``, ``TP``) stand right before pos?"""
    return bool(_patterns(vocab).place_unit_before.search(text, max(0, pos - 12), pos))


def plain_name(name: str, vocab: Vocabulary, need_surname: bool = True) -> bool:
    """A run of capitals that can be a person's whole name: no body head, title, place or
    administrative word in it, and (for a name with nothing around it) a known surname first."""
    sylls = name.split()
    if need_surname and sylls[0] not in vocab.surnames:
        return False
    if vocab.place_re.search(name) or any(vocab.head_re.fullmatch(w) or vocab.role_re.fullmatch(w) for w in sylls):
        return False
    return not names_a_thing(sylls, vocab)


def names_a_thing(sylls: list[str], vocab: Vocabulary) -> bool:
    """Does a run of capitals hold a syllable that hardly occurs in a name (``Quảng Trường Ba
    Đình``, ``Luật Doanh Nghiệp``)? Not where it is the given name of a full name that opens
    on a surname: "Quảng", "Chương", "Mỹ" are given names too (``các ông Lê Văn Tám và
    Nguyễn Văn Quảng``)."""
    named = len(sylls) >= 3 and sylls[0] in vocab.surnames
    return any(w in vocab.words("not_name") for w in (sylls[:-1] if named else sylls))
