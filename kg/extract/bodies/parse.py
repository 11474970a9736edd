"""A body's name read at a head: where it ends, whether it is a name at all, how it nests.

A parsed name is a chain of :class:`Level` s, innermost body first: ``Ủy ban Kiểm tra |
Đảng ủy | Cục Thông tin`` is the inspection committee of the party committee of the Cục.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.bodies.scan import TOKEN_RE, ends_a_proper_name, settle_end, spec_end
from kg.extract.patterns import is_abbr, is_cap
from kg.ingest.normalize import fold
from kg.vocab import BodyHead, Vocabulary
from kg.vocab.alphabet import PLAIN_CAPITALS

MAX_LEVELS = 5  # Ủy ban Kiểm tra | Đảng ủy | Cục X | Bộ Y is deep already


@dataclass(frozen=True, slots=True)
class Level:
    head: BodyHead | None  # None for a name with no head (VUSTA, KH&CN)
    head_text: str  # the head as it will be printed
    own: str  # the words between this head and its owner, as written

    def text(self) -> str:
        return " ".join(x for x in (self.head_text, self.own) if x)


@dataclass(frozen=True, slots=True)
class BodyMention:
    start: int
    end: int
    text: str  # as written
    levels: tuple[Level, ...]  # innermost first
    # True where the reader stopped at a small word it does not know and could not see
    # where the name ends ("Cục Cảnh sát | điều tra tội phạm về ..."): the name as read may
    # be a cut, different body, so facts do not take it as their body.
    doubtful: bool = False


@dataclass(frozen=True)
class _Patterns:
    title_after_head: re.Pattern[str]  # Cục | trưởng
    generic_before: re.Pattern[str]  # các | chi bộ
    subject_after: re.Pattern[str]  # Ban Chỉ đạo Nhà nước | về du lịch
    firm_at_place: re.Pattern[str]  # Công ty Fafilm VN | tại TP HCM


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _Patterns(
        title_after_head=re.compile(r"\s(?:%s)\b" % vocab.alternation("bodies_title_suffix")),
        generic_before=re.compile(r"(?i)(?:%s|\d+)\s+$" % vocab.alternation("bodies_generic_word")),
        subject_after=re.compile(r" (?:%s) \w" % vocab.alternation("about_word")),
        firm_at_place=re.compile(rf" (?:{vocab.alternation('at_word')}) "
                                 rf"(?:(?:{vocab.alternation('city_abbreviation')})\.? ?"
                                 rf"|(?:{vocab.alternation('bodies_region_word')}) )?[{PLAIN_CAPITALS}]"),
    ))


def split_levels(name: str, vocab: Vocabulary) -> tuple[Level, ...]:
    """Split a body's name into levels at each nested head: innermost first."""
    levels: list[Level] = []
    pos = 0
    m = vocab.head_re.match(name, 0)
    head = vocab.heads[fold(m.group())] if m else None
    head_text = _head_text(m.group(), head) if m else ""
    pos = m.end() if m else 0
    own_start = pos
    for t in TOKEN_RE.finditer(name, pos):
        hm = vocab.head_re.match(name, t.start())
        if not hm or t.start() == own_start and head is None:
            continue
        nested = vocab.heads[fold(hm.group())]
        if nested == head or len(levels) >= MAX_LEVELS - 1:
            continue  # "Đảng ủy Đảng ủy": no body sits inside one of its own kind
        if not nested.nests or not (is_cap(hm.group().split()[0]) or is_abbr(hm.group().split()[0]) or nested.kind == "party"):
            continue
        if t.start() < own_start:
            continue
        if hm.end() >= len(name.rstrip()) and ends_a_proper_name(name, hm, vocab):
            continue  # "UBND phường Ngã Tư Sở": the place's last syllable, not a Sở
        levels.append(Level(head, head_text, name[own_start : t.start()].strip()))
        head, head_text = nested, _head_text(hm.group(), nested)
        own_start = hm.end()
    levels.append(Level(head, head_text, name[own_start:].strip()))
    return tuple(levels)


def _head_text(written: str, head: BodyHead | None) -> str:
    """Abbreviated heads are spelled out; written-out ones keep the writer's form."""
    if head is None:
        return written
    if head.needs == "name" and not any(is_abbr(w) for w in written.split()) and written[:1].isupper():
        return written  # Liên hiệp Hội, Công ty: part of a proper name, keep the writer's form
    return head.head


def find_bodies(text: str, start: int, end: int, barriers: list[tuple[int, int]], vocab: Vocabulary,
                keep_doubtful: bool = False) -> list[BodyMention]:
    """Every body named in text[start:end], not crossing a barrier (a person's name); the
    ones whose name may be cut only with ``keep_doubtful``."""
    out: list[BodyMention] = []
    pos = start
    barrier_starts = sorted(b for b, _ in barriers)
    while True:
        m = vocab.head_re.search(text, pos, end)
        if not m:
            break
        nearest = bisect.bisect_left(barrier_starts, m.end())
        limit = min(barrier_starts[nearest], end) if nearest < len(barrier_starts) else end
        if ends_a_proper_name(text, m, vocab):
            pos = m.end()
            continue
        mention = parse_body(text, m.start(), limit, vocab)
        if mention is None:
            pos = m.end()
            continue
        if keep_doubtful or not mention.doubtful:  # a name that may be cut is not a body the article names
            out.append(mention)
        pos = mention.end
    return out


@dataclass(frozen=True, slots=True)
class _HeadRead:
    """A head and the words read after it, before deciding whether they name a body."""

    text: str
    pos: int
    head_end: int
    end: int
    head: BodyHead
    allow_lower: bool
    in_title: bool
    vocab: Vocabulary

    @property
    def bare(self) -> bool:
        return self.end == self.head_end  # no word of its own after the head

    @property
    def small(self) -> bool:
        return self.text[self.pos : self.pos + 1].islower()


def parse_body(text: str, pos: int, limit: int, vocab: Vocabulary, headless: bool = False,
               allow_lower: bool = False, in_title: bool = False) -> BodyMention | None:
    """The body named at text[pos:], or None when what stands there is no body's name.
    ``allow_lower``: a bare head written small may name one (an issuer after a title);
    ``in_title``: the head is a title's last word (``trưởng | phòng tài chính UBND ...``),
    so written small it is a head still, if a name follows it."""
    m = vocab.head_re.match(text, pos, limit)
    if m is None and not headless:
        return None
    head_end = m.end() if m else pos
    end = _words_end(text, pos, limit, vocab, m)
    if end == head_end and m is None:
        return None
    if m is not None:
        read = _HeadRead(text, pos, head_end, end, vocab.heads[fold(m.group())], allow_lower, in_title, vocab)
        if any(not_a_body(read) for not_a_body in _NOT_A_BODY):
            return None
    doubtful = False
    if m is None or not (end == head_end and vocab.heads[fold(m.group())].needs == "place"):
        # (a bare Tỉnh ủy, UBND: its place would be a capital, so small words after it
        # are never part of it)
        end, doubtful = settle_end(text, end, limit, vocab)
    if in_title and end == head_end:
        return None  # no word of a name after the title's head
    written = text[pos:end]
    levels = split_levels(written, vocab)
    if m is not None:
        doubtful = _doubt_by_head(text, end, limit, levels, doubtful, named=end > head_end, vocab=vocab)
    return BodyMention(pos, end, written, levels, doubtful)


def _words_end(text: str, pos: int, limit: int, vocab: Vocabulary, head: re.Match[str] | None) -> int:
    """Where the words after the head end; with no head, the words start right at ``pos``,
    read as if after a head."""
    if head is not None:
        return spec_end(text, head.end(), limit, vocab)
    if pos == 0 or text[pos - 1] != " ":
        return pos - 1 + spec_end(" " + text[pos:limit], 0, limit - pos + 1, vocab)
    return spec_end(text, pos - 1, limit, vocab)


def _is_a_title(r: _HeadRead) -> bool:
    """``Cục trưởng``, ``Tổng cục trưởng``: a title, not the body."""
    return _patterns(r.vocab).title_after_head.match(r.text[r.head_end : r.head_end + 8]) is not None


def _is_a_common_word(r: _HeadRead) -> bool:
    """Bộ, vụ, hội, sở written small are common words (``nội bộ``, ``nhiệm vụ``); a party
    committee's head is a head still (``đảng ủy``), and so is a title's last word."""
    return r.small and not (r.head.kind == "party" and r.head.needs in ("owner", "place")) and not r.in_title


def _is_generic(r: _HeadRead) -> bool:
    """A generic plural or a count: ``các chi bộ trực thuộc``, ``01 Chi bộ``."""
    before = r.text[max(0, r.pos - 12) : r.pos]
    return bool(_patterns(r.vocab).generic_before.search(before)) and r.bare and r.head.needs in ("owner", "name")


def _is_a_common_noun(r: _HeadRead) -> bool:
    """A bare lower-case head is a common noun: ``đảng bộ``, ``chi bộ`` (not: ``thị ủy``)."""
    return r.small and r.bare and not r.allow_lower and not r.in_title \
        and not (r.head.kind == "party" and r.head.needs == "place")


def _names_nothing(r: _HeadRead) -> bool:
    """``Hội``, ``Ủy ban`` alone name nothing."""
    return r.bare and r.head.needs == "name" and not r.head.nests and not r.in_title


# what is read at a head yet names no body
_NOT_A_BODY = (_is_a_title, _is_a_common_word, _is_generic, _is_a_common_noun, _names_nothing)


def _doubt_by_head(text: str, end: int, limit: int, levels: tuple[Level, ...], doubtful: bool, named: bool,
                   vocab: Vocabulary) -> bool:
    """Where the kind of body tells whether its name may go on past ``end`` (``named``: words
    of its own follow the head)."""
    first, last = levels[0].head, levels[-1].head
    if doubtful and named and first and vocab.phrase_re("sector_head").fullmatch(first.head) \
            and vocab.phrase_re("name_verb").match(text, end + 1, limit):
        return False  # "Bộ Tài chính | xây dựng kế hoạch": a ministry's name is its sector alone
    if _patterns(vocab).subject_after.match(text[end : min(limit, end + 6)]) and (
            first and vocab.phrase_re("subject_head").fullmatch(first.head)
            or text[max(0, end - 10) : end].endswith(tuple(vocab.words("subject_qualifier")))):
        # "Ban Chỉ đạo Nhà nước | về du lịch", "Cục Giám định nhà nước | về chất lượng công
        # trình xây dựng": its subject is its name too
        return True
    if last and last.kind == "other" and _patterns(vocab).firm_at_place.match(text, end, limit):
        return True  # "Công ty Fafilm VN | tại TP HCM": a firm's branch is named by its place
    return doubtful
