"""A name an article writes as a street's or a school's is that place all through the article,
wherever no title or form of address makes it a person's: news names a street or a school
after a figure of the past over and over, once with its street or school word and then
without (``học sinh Trường THPT Lê Quý Đôn ... tại điểm thi Lê Quý Đôn``), and lists places
after one such word (``các trường THPT Trần Phú, Phan Đình Phùng, Nguyễn Gia Thiều``;
``giao lộ Võ Văn Tần - Lê Quý Đôn``; ``tuyến đường như Nguyễn Trãi, Điện Biên Phủ, ...``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.patterns import CAP
from kg.extract.persons.mentions import PersonMention
from kg.vocab import Vocabulary

_LIST_ITEMS = 8  # items of a list read back to its first


class _Patterns(NamedTuple):
    item_before: re.Pattern[str]  # a list's item and what ends it, right before a position
    opener_before: re.Pattern[str]  # a street's or school's word that opens a list, right before
    district_after: re.Pattern[str]  # a district in brackets, right after
    honorific_before: re.Pattern[str]


def _patterns(vocab: Vocabulary) -> _Patterns:
    alt = vocab.alternation
    return vocab.memo(__name__, lambda: _Patterns(
        re.compile(r"(?<![\w&])(%s(?:[ ]%s)*)\s*(?:,|-|–|\s(?:%s))\s*$" % (CAP, CAP, alt("place_list_joiner"))),
        re.compile(r"(?<![\w&])(?:%s)(?:(?:\s+(?:%s)){1,2}|\s*:)?\s+$" % (alt("place_list_opener"), alt("place_list_lead")),
                   re.IGNORECASE),
        re.compile(r"\s*\(\s*(?:%s)" % vocab.alternation("district_bracket")),
        re.compile(r"(?<![\w&])(?:%s)\s+$" % vocab.alternation("honorific")),
    ))


def in_a_list_of_places(text: str, start: int, vocab: Vocabulary) -> bool:
    """Is the name at START an item of a list whose first item follows a street's or school's
    word (``các trường THPT Trần Phú, Phan Đình Phùng, Nguyễn Gia Thiều``), or with an item
    before it that names streets and schools wherever it is written bare (``các tuyến trọng
    điểm như Bạch Mai, Nguyễn Trãi, Nguyễn Gia Thiều``)?"""
    rx = _patterns(vocab)
    for _ in range(_LIST_ITEMS):
        if rx.opener_before.search(text, max(0, start - 30), start) is not None:
            return True
        m = rx.item_before.search(text, max(0, start - 60), start)
        if m is None:
            return False
        if m.group(1) in vocab.words("place_namesake") and not _after_honorific(text, m.start(1), vocab):
            return True  # (not "ông Lê Văn Tám và Đỗ Văn Bảy": a person of a street's name)
        start = m.start(1)
    return False


def written_as_place(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Is TEXT[START:END] written as a street's or school's name here: after its word
    (``đường``, ``THPT``), in a list of such places, or with its district in brackets after
    it (``Nguyễn Đình Chiểu (Q.3)``)? (Not a monument's or temple's: ``dâng hương tại Tượng
    đài Lý Thái Tổ`` honours the king the article names: ``tưởng niệm vua Lý Thái Tổ``.)"""
    return in_a_list_of_places(text, start, vocab) or _patterns(vocab).district_after.match(text, end) is not None


def _after_honorific(text: str, start: int, vocab: Vocabulary) -> bool:
    return _patterns(vocab).honorific_before.search(text, max(0, start - 30), start) is not None


def drop_places(found: list[PersonMention], text: str, vocab: Vocabulary) -> list[PersonMention]:
    """The mentions but those of a name the article writes as a place's somewhere, where no
    title or form of address stands before them."""
    placed = set()
    for name in {p.name for p in found}:
        at = (m.start() for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(name), text))
        if any(written_as_place(text, i, i + len(name), vocab) for i in at):
            placed.add(name)
    if not placed:
        return found
    return [p for p in found if p.name not in placed or p.title is not None or _after_honorific(text, p.start, vocab)]
