"""1. A name after an honorific: ``đồng chí``, ``Đ/c``, ``ông``, ``bà``, a rank or a degree.

A given name alone after one (``ông Duệ``) is a short reference, resolved at the end to
the article's full name (kg.extract.persons.short_refs).
"""
from __future__ import annotations

import re

from kg.extract.patterns import NAME_RUN_RE
from kg.extract.persons.mentions import MAX_NAME, SentenceReading
from kg.extract.persons.short_refs import ShortRef
from kg.extract.persons.split import clip_run, split_name
from kg.vocab import Vocabulary
from kg.vocab.alphabet import CAPITALS_LOOSE


def names_after_honorifics(readings: list[SentenceReading], vocab: Vocabulary) -> list[ShortRef]:
    """Add the names each sentence writes after an honorific; return the short references."""
    honorific = vocab.phrase_re("honorific")
    refs = []
    for reading in readings:
        for h in honorific.finditer(reading.text, reading.start, reading.end):
            addressed = _addressed(reading, h, vocab)
            if addressed is None:
                continue
            start, end, run = addressed
            sylls = run.split()
            if len(sylls) == 1:
                refs.append(ShortRef(start, end, run, reading.index))
                refs += _given_names_listed_after(reading, end, vocab)
            elif len(sylls) <= MAX_NAME:
                reading.add(start, end)
    return refs


def _addressed(reading: SentenceReading, h: re.Match[str], vocab: Vocabulary) -> tuple[int, int, str] | None:
    """The run of capitals right after the honorific h: its start and end, and the name."""
    text, s0, s1 = reading.text, reading.start, reading.end
    m = NAME_RUN_RE.match(text, h.end() + 1, s1) if text[h.end() : h.end() + 1] == " " else None
    if not m:
        return None
    if vocab.head_ending_re.search(text, max(s0, h.start() - 20), h.start()):
        return None  # "Hội Nhà báo": part of a body's name, not an honorific
    if vocab.place_re.match(text, h.start(), s1):
        return None  # "tỉnh Bà Rịa Vũng Tàu": the honorific opens a place's name
    start, end = clip_run(text, m, vocab)
    run = text[start:end]
    if not run or vocab.head_re.match(run) or vocab.place_re.fullmatch(run):
        return None
    if (split := split_name(run, vocab, need_surname=False, clipped=True)) and split[0]:
        start += split[0]  # a place between honorific and name
        run = split[1]
    return start, end, run


def _given_names_listed_after(reading: SentenceReading, pos: int, vocab: Vocabulary) -> list[ShortRef]:
    """``kỷ luật cách chức ông Thắng, Lập và Hùng``: given names listed after a short
    reference, one syllable each, are short references too (each resolved only where one full
    name of the article ends in it)."""
    item = vocab.memo(("persons_listed_given_name",), lambda: re.compile(
        r"(?:\s*,\s*|\s+(?:%s)\s+)([%s][^\W\d_]*)(?=\s*(?:[,.;:)]|(?:%s)(?!\w)|$))"
        % (vocab.alternation("list_and"), CAPITALS_LOOSE, vocab.alternation("list_and"))))
    out = []
    while (m := item.match(reading.text, pos, reading.end)) is not None and m.group(1) not in vocab.surnames:
        out.append(ShortRef(m.start(1), m.end(1), m.group(1), reading.index))
        pos = m.end()
    return out
