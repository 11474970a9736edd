"""The runs of capitals of a sentence that may be a name, for the steps that read a name by
what follows it (kg.extract.persons.before_title, .before_verb) or by itself (.bare)."""
from __future__ import annotations

import re

from collections.abc import Iterator
from typing import NamedTuple

from kg.extract.patterns import NAME_RUN_RE
from kg.extract.persons.mentions import SentenceReading, institution_named_after, not_person_context
from kg.extract.persons.split import clip_run, split_name
from kg.vocab import Vocabulary


class CapitalRun(NamedTuple):
    start: int  # the run, clipped (kg.extract.persons.split.clip_run)
    end: int
    off: int  # where the name starts in it
    name: str

    @property
    def name_span(self) -> tuple[int, int]:
        return self.start + self.off, self.start + self.off + len(self.name)


def _street_in_district(text: str, end: int, vocab: Vocabulary) -> bool:
    """``các cửa hàng trên đường Hai Bà Trưng (Q.1), Nguyễn Đình Chiểu (Q.3)``: a name with the
    district it lies in in brackets right after it is a street's."""
    bracket = vocab.memo(("persons_district_bracket",), lambda: re.compile(
        r"\s*\(\s*(?:%s)" % vocab.alternation("district_bracket")))
    return bracket.match(text, end) is not None


def capital_runs(readings: list[SentenceReading], vocab: Vocabulary) -> Iterator[tuple[SentenceReading, CapitalRun]]:
    """Each run of two or more capitals in a sentence with a name in it, not in a place's,
    idea's or institution's name, with its sentence."""
    honorific = vocab.phrase_re("honorific")
    for reading in readings:
        text = reading.text
        for m in NAME_RUN_RE.finditer(text, reading.start, reading.end):
            start, end = clip_run(text, m, vocab)
            if (lead := honorific.match(text, start, end)) and text[lead.end() : lead.end() + 1] == " ":
                start = lead.end() + 1  # a capitalised honorific opens the sentence (Ông X cho biết)
            run = text[start:end]
            if len(run.split()) < 2 or not_person_context(text, start, vocab) \
                    or institution_named_after(text, start, run, vocab) or _street_in_district(text, end, vocab):
                continue
            split = split_name(run, vocab, clipped=True)
            if split is not None:
                yield reading, CapitalRun(start, end, *split)
