"""Where a meeting was held and who held it: the body written as the held verb's subject
(``Ngày 19/1, Đảng ủy VUSTA tổ chức Hội nghị tổng kết công tác năm 2023``), or after the
name with ``do`` (``Hội nghị ... do Tỉnh ủy tổ chức``), or, failing both, the body the
meeting's name names (``Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.bodies import BodyMention, BodyRegistry, find_bodies
from kg.extract.patterns import last_match
from kg.model import Sentence
from kg.vocab import Vocabulary


@dataclass(frozen=True)
class _Patterns:
    location: re.Pattern[str]  # "tại" before a place
    organizer_word: re.Pattern[str]  # "do" before the organizer after the name
    list_joiner: re.Pattern[str]  # ", " or "và" between the bodies of a list
    dependent_before: re.Pattern[str]  # "của", "theo" ... before a body of the clause before
    trailing_place: re.Pattern[str]  # "TP Hà Nội", "tỉnh Quảng Nam" ending a body's name


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _make_patterns(vocab))


def _make_patterns(vocab: Vocabulary) -> _Patterns:
    alt = vocab.alternation
    return _Patterns(
        location=re.compile(r"\b(?:%s)\s+" % alt("at_word")),
        organizer_word=re.compile(r"\b(?:%s)\s+" % alt("meeting_organizer_preposition")),
        list_joiner=re.compile(r"\s*(?:,|%s)\s*" % alt("list_and")),
        dependent_before=re.compile(r"(?i)(?<!\w)(?:%s)\s+$" % alt("meeting_dependent_preposition")),
        trailing_place=re.compile(r"(?:(?:%s)\s+)?(?:%s)$" % (alt("meeting_province_word"), vocab.place_re.pattern)),
    )


def location(text: str, sent: Sentence, vocab: Vocabulary) -> str | None:
    """``Ngày 28/6/2019 tại Hà Nội, ...``: the first place the sentence puts after ``tại``."""
    for m in _patterns(vocab).location.finditer(text, sent.start, sent.end):
        pm = vocab.place_re.match(text, m.end(), sent.end)
        if pm:
            return pm.group()
    return None


def _named_after_do(text: str, sent: Sentence, title_end: int, bodies: list[BodyMention],
                    vocab: Vocabulary) -> BodyMention | None:
    """``Hội nghị ... do Ban Tổ chức Huyện ủy tổ chức``: the body right after ``do``."""
    dm = _patterns(vocab).organizer_word.search(text[title_end : sent.end])
    if dm:
        at = title_end + dm.end()
        for b in bodies:
            if b.start == at:
                return b
    return None


def _subject_bodies(text: str, sent: Sentence, noun_start: int, bodies: list[BodyMention],
                    vocab: Vocabulary) -> list[BodyMention]:
    """The bodies written before the meeting's name, outside asides, not in someone's title
    (``Tổng bí thư Ban chấp hành T.Ư ... bế mạc Đại hội``)."""
    return [b for b in bodies if sent.start <= b.start and b.end <= noun_start
            and text.count("(", sent.start, b.start) <= text.count(")", sent.start, b.start)
            and not vocab.title_ends_at(text, b.start, max(sent.start, b.start - 40))]


def _holder_list(text: str, sent: Sentence, subject: list[BodyMention], vocab: Vocabulary) -> list[BodyMention]:
    """``Thành ủy, HĐND, UBND, Ủy ban MTTQ TP Hà Nội đã tổ chức``: the list of holders the
    last body before the verb closes; a body after ``của``, ``theo`` ... depends on the
    clause before (``thực hiện chỉ đạo của Chính phủ, Bộ NN-PTNT đã tổ chức``)."""
    rx = _patterns(vocab)
    group = [subject[-1]]
    for b in reversed(subject[:-1]):
        if rx.list_joiner.fullmatch(text[b.end : group[0].start]) \
                and not rx.dependent_before.search(text, max(sent.start, b.start - 8), b.start):
            group.insert(0, b)
        else:
            break
    return group


def _lead_organizer(group: list[BodyMention], registry: BodyRegistry, vocab: Vocabulary) -> str | None:
    """The first of the holders leads them, and a place written once at the end of the list
    is every one's (``Thành ủy, HĐND, UBND ... TP Hà Nội``: the Thành ủy of Hà Nội)."""
    lead = group[0]
    inner = lead.levels[-1]
    if len(group) > 1 and inner.head and inner.head.needs == "place" and not inner.own:
        place = trailing_place(group[-1].text, vocab)
        if place:
            levels = registry.resolve(lead.levels[:-1] + (replace(inner, own=place),))
            return registry.add_levels(levels) if levels else None
    return registry.add(lead)


def organizer(text: str, sent: Sentence, noun_start: int, title_end: int, bodies: list[BodyMention],
              registry: BodyRegistry, vocab: Vocabulary) -> str | None:
    """The body the sentence reporting a meeting has hold it, added to the article's bodies."""
    named = _named_after_do(text, sent, title_end, bodies, vocab)
    if named is not None:
        return registry.add(named)
    subject = _subject_bodies(text, sent, noun_start, bodies, vocab)
    if not subject:
        return None
    return _lead_organizer(_holder_list(text, sent, subject, vocab), registry, vocab)


def trailing_place(name: str, vocab: Vocabulary) -> str | None:
    """The place a body's name ends in (``TP Hà Nội``, ``tỉnh Quảng Nam``), as written."""
    m = _patterns(vocab).trailing_place.search(name)
    return m.group() if m else None


def organizer_from_title(title: str, registry: BodyRegistry, vocab: Vocabulary) -> str | None:
    """Guideline fallback: the body the meeting's name names (Hội nghị ... Ban Chấp hành Đảng
    bộ tỉnh), not the body of a title in it, an official's ("phiên họp chất vấn với Bộ
    trưởng Bộ Tài chính ...": the ministry answers, the Quốc hội holds the sitting)."""
    for b in find_bodies(title, 0, len(title), [], vocab):
        title_before = last_match(vocab.role_re, title, 0, b.start)
        if title_before is not None and not title[title_before.end() : b.start].strip():
            continue
        name = registry.add(b)
        if name:
            return name
    return None
