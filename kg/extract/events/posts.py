"""The post a personnel event gives or takes, as the news writes it:

- after a post-taking word: ``bầu ông A, Phó Bí thư Huyện ủy, giữ chức Chủ tịch UBND
  huyện`` (the titles of A's apposition are what A holds, not what the vote gives);
  ``được bầu là Ủy viên Ban Chấp hành ..., giữ chức Chủ tịch Hội``; ``điều động ... đến nhận
  công tác và giữ chức vụ Cục trưởng``;
- right after a verb its subject undergoes: ``tái cử chức danh Phó Chủ tịch HĐND huyện``,
  ``thôi giữ chức Bí thư Thành ủy``;
- between the verb and its object: ``miễn nhiệm chức danh Chủ tịch UBND huyện đối với đồng chí
  A``, ``bầu bổ sung bốn ủy viên Bộ Chính trị gồm ông A, ...``.

``quyền`` before the title (``giữ chức quyền Giám đốc``) makes the post an acting one: the
title read is the acting holder's (:meth:`kg.vocab.Vocabulary.acting`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.bodies import parse_body
from kg.extract.patterns import list_joiner
from kg.extract.posts import TitleItem, read_title_list
from kg.vocab import Vocabulary


@dataclass(frozen=True, slots=True)
class GivenTitles:
    items: tuple[TitleItem, ...]
    seats: bool = False  # seats on committees (bầu vào BCH, chỉ định tham gia Ban Thường vụ)


@dataclass(frozen=True, slots=True)
class _Patterns:
    taking: re.Pattern[str]
    at_verb: re.Pattern[str]
    earlier: re.Pattern[str]


def _patterns(vocab: Vocabulary) -> _Patterns:
    def make() -> _Patterns:
        taking = vocab.alternation("post_taking")
        return _Patterns(
            taking=re.compile(rf"(?i)(?<![\w&])(?:{taking})\s+"),
            at_verb=re.compile(rf"(?i)\s*(?:(?:{taking})\s+)?"),
            earlier=re.compile(rf"(?i)(?<!\w)(?:{vocab.alternation('earlier_time_before')})\s+$"),
        )
    return vocab.memo(_Patterns, make)


def _read_from(text: str, pos: int, limit: int, vocab: Vocabulary) -> GivenTitles | None:
    if not vocab.role_re.match(text, pos, limit):
        members = _committees_joined(text, pos, limit, vocab)
        return GivenTitles(tuple(members), seats=True) if members else None
    items = read_title_list(text, pos, limit, vocab, limit)
    return GivenTitles(tuple(it for it in items if it.role is not None or it.levels)) if items else None


def _committees_joined(text: str, pos: int, limit: int, vocab: Vocabulary) -> list[TitleItem]:
    """``bầu vào Ban Chấp hành Đảng bộ tỉnh``, ``chỉ định tham gia BCH, Ban Thường vụ``: a
    seat on each committee named, the title its members hold (Ủy viên Ban Chấp hành)."""
    items = []
    member = min(vocab.words("member_title"))
    while pos < limit and (body := parse_body(text, pos, limit, vocab)) is not None:
        role = vocab.role(f"{member} {body.levels[0].head_text}")
        if role is None:
            break
        items.append(TitleItem(role, body.text, body.levels, False))
        sep = list_joiner(vocab).match(text, body.end, limit)
        if sep is None:
            break
        pos = sep.end()
    return items


def _taking_words(text: str, start: int, limit: int, vocab: Vocabulary) -> Iterator[re.Match[str]]:
    """The post-taking words of text[start:limit] that give a post of the event's time: not
    ``Ông A bị kỷ luật khiển trách vì trong thời kỳ làm giám đốc Sở X ...`` (the post of the
    time of the fault, not the one held when disciplined)."""
    pats = _patterns(vocab)
    for m in pats.taking.finditer(text, start, limit):
        if not pats.earlier.search(text, max(0, m.start() - 16), m.start()):
            yield m


def titles_taken_up(text: str, start: int, limit: int, vocab: Vocabulary) -> list[GivenTitles]:
    """The titles each opened by a post-taking word in text[start:limit]."""
    out = []
    for m in _taking_words(text, start, limit, vocab):
        given = _read_from(text, m.end(), limit, vocab)
        if given is not None:
            out.append(given)
    return out


def first_post_taking(text: str, start: int, limit: int, vocab: Vocabulary) -> int | None:
    """Where the first post-taking word of text[start:limit] stands (whatever the words after it)."""
    m = next(_taking_words(text, start, limit, vocab), None)
    return m.start() if m else None


def titles_right_after(text: str, pos: int, limit: int, vocab: Vocabulary) -> GivenTitles | None:
    """The titles written right after a verb (``tái cử chức danh Phó Chủ tịch HĐND huyện``)."""
    at = _patterns(vocab).at_verb.match(text, pos, limit)
    return _read_from(text, at.end(), limit, vocab) if at else None


def titles_in_lead(text: str, start: int, end: int, vocab: Vocabulary) -> GivenTitles | None:
    """The first title written between a verb and its object (``miễn nhiệm chức danh Chủ tịch
    UBND huyện nhiệm kỳ 2016 - 2021 đối với``; ``bầu bổ sung bốn ủy viên Bộ Chính trị gồm``),
    or the post a post-taking word there opens (``bầu 11 đồng chí ... vào Ban Chấp hành khóa
    XXI, gồm các đồng chí``)."""
    rm = vocab.role_re.search(text, start, end)
    if rm:
        return _read_from(text, rm.start(), end, vocab)
    return next(iter(titles_taken_up(text, start, end, vocab)), None)


def titles_each_in_lead(text: str, start: int, end: int, vocab: Vocabulary) -> list[GivenTitles]:
    """Every title written between a verb and its objects, each read alone (``bổ nhiệm Bộ
    trưởng Bộ Tài chính và Bộ trưởng Bộ Giao thông vận tải ... đối với ông A và ông B``: one
    for each object, in order)."""
    out = []
    for rm in vocab.role_re.finditer(text, start, end):
        given = _read_from(text, rm.start(), end, vocab)
        if given is not None:
            out.append(GivenTitles(given.items[:1], given.seats))
    return out
