"""2. A name after a title, maybe with its body between: ``Thứ trưởng Trần Văn Tùng``,
``Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường``.

The title is given to the name (as a (role start, role end, body start, body end) span),
unless the title is another's: the nearest title before a name is its, a title in
apposition after a name is that name's, and a title after ``người phát ngôn`` or a
teacher's job names no post.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from kg.extract.bodies import BodyMention, parse_body
from kg.extract.patterns import NAME_RUN_RE
from kg.extract.persons.apposition import acts_after_body, titles_a_name_before
from kg.extract.persons.mentions import SentenceReading, TitleSpan, after_place_unit, not_person_context
from kg.extract.persons.split import split_name
from kg.extract.persons.title_body import holder_run, right_after_whole_head
from kg.vocab import Vocabulary


class _Patterns(NamedTuple):
    aide_before: re.Pattern[str]  # "người phát ngôn Thủ tướng X": the name after the title holds no post
    job_before: re.Pattern[str]  # "cô giáo chủ nhiệm X": a teacher's job, not a post
    joined_title: re.Pattern[str]  # titles joined into one list before one name
    hero_unit_before: re.Pattern[str]
    locality_after: re.Pattern[str]


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(__name__, lambda: _Patterns(
        re.compile(r"(?i:%s)\s+$" % vocab.alternation("aide_of")),
        re.compile(r"(?<!\w)(?:%s)\s+$" % vocab.alternation("not_post_before")),
        # "Chủ tịch HĐQT kiêm Tổng giám đốc", "Bí thư, Chủ tịch"
        re.compile(r"[^.;:()]{0,80}?(?:,|\s(?:%s|%s))\s*(?:(?i:%s)\s+)?" % (
            vocab.alternation("title_joiner"), vocab.alternation("list_and"), vocab.alternation("former"))),
        re.compile(r"(?<!\w)(?:%s)\s$" % vocab.alternation("hero_named_unit")),
        # "(Cái Nước, Cà Mau)", "(huyện Cái Nước)": the places a commune or district lies in
        re.compile(r" ?\((?:[^()\d]{2,40}, ?[^()\d]{2,30}|(?:%s) [^()\d]{2,30})\)" % vocab.alternation("enclosing_unit")),
    ))


def names_after_titles(readings: list[SentenceReading], vocab: Vocabulary) -> None:
    """Add each name a sentence writes after a title, with the title."""
    role_re = vocab.role_re
    for reading in readings:
        titles = list(role_re.finditer(reading.text, reading.start, reading.end))
        title_starts = [t.start() for t in titles]  # in order, not overlapping
        for r in titles:
            held = _holder(reading, r, titles, title_starts, vocab)
            if held is not None:
                reading.add(*held)


def _holder(reading: SentenceReading, r: re.Match[str], titles: list[re.Match[str]], title_starts: list[int],
            vocab: Vocabulary) -> tuple[int, int, TitleSpan] | None:
    """The name that holds the title r, as (start, end, title span), or None."""
    text, s0, s1 = reading.text, reading.start, reading.end
    pos = r.end() + 1
    if text[r.end() : pos] != " " or _names_no_post(text, s0, r, vocab):
        return None
    body = parse_body(text, pos, s1, vocab, headless=True)
    cand = holder_run(text, r, body, s0, s1, vocab)
    if cand is None and not _whole_body(body) and _names_its_body(r, vocab):
        # "Ủy viên Bộ Chính trị Tráng A Pao": no body after it (the capitals after "Tổng Bí
        # thư" in "Tổng Bí thư Ban Chấp hành Trung ương Đảng" are its body, read above; those
        # in "Tổng bí thư Trường Chinh" only look like a school's)
        cand = NAME_RUN_RE.match(text, pos, s1)
    if cand is None or _nearer_title(text, r, cand, body, titles, title_starts, vocab):
        return None
    split = split_name(cand.group(), vocab) or _name_of_unlisted_surname(text, r, cand, body, vocab)
    if split is None or _name_before_holds(reading, r, body, cand, split, vocab):
        return None
    placed = _name_in_run(text, cand, body, split, vocab)
    if placed is None or not_person_context(text, r.start(), vocab, titled=True):
        return None
    start = cand.start() + placed[0]
    body_span = (pos, start - 1) if start - 1 > pos else (pos, pos)
    return start, start + len(placed[1]), (r.start(), r.end(), *body_span)


def _whole_body(body: BodyMention | None) -> bool:
    """Is BODY one that names itself whole, needing no name of its own (``Ban Chấp hành
    Trung ương Đảng``, ``Quốc hội``)?"""
    head = body.levels[0].head if body is not None else None
    return head is not None and head.needs == "none"


def _name_of_unlisted_surname(text: str, r: re.Match[str], cand: re.Match[str], body: BodyMention | None,
                              vocab: Vocabulary) -> tuple[int, str] | None:
    """The run of capitals right after a title that only a person can follow, whatever its
    surname: a national body's head (``Phó Chủ tịch Quốc hội Tráng A Pao``) or a national
    title that names its body itself (``Ủy viên Bộ Chính trị Tráng A Pao``)."""
    after_whole = (body is not None and right_after_whole_head(text, cand, body, vocab)) \
        or (cand.start() == r.end() + 1 and _names_its_body(r, vocab))
    if not after_whole:
        return None
    run = cand.group()
    if vocab.place_re.match(run) or any(run.startswith(c + " ") for c in vocab.words("country")):
        return None  # "Thủ tướng Nhật Bản Shinzo Abe": another country's post
    split = split_name(run, vocab, need_surname=False)
    return split if split is not None and split[0] == 0 else None


def _names_its_body(r: re.Match[str], vocab: Vocabulary) -> bool:
    """Is the title one of a single national body it names itself (``Thủ tướng``, ``Ủy viên
    Bộ Chính trị``), after which no body's name can follow?"""
    role = vocab.role(r.group())
    if role is None:
        return False
    head = vocab.head(role.body_prefix) if role.body_prefix else None
    return role.national or (head is not None and head.needs == "none")


def _names_no_post(text: str, s0: int, r: re.Match[str], vocab: Vocabulary) -> bool:
    """Does the title r name someone else's aide or a job, not a post?"""
    rx = _patterns(vocab)
    if rx.aide_before.search(text, max(s0, r.start() - 20), r.start()):
        return True  # "người phát ngôn Thủ tướng Nguyễn Kinh Quốc" speaks for the holder
    # "cô giáo chủ nhiệm Trần Thị Thanh Vân": a teacher's job, not a post
    return r.group()[:1].islower() and bool(rx.job_before.search(text, max(s0, r.start() - 12), r.start()))


def _nearer_title(text: str, r: re.Match[str], cand: re.Match[str], body: BodyMention | None,
                  titles: list[re.Match[str]], title_starts: list[int], vocab: Vocabulary) -> bool:
    """Does another title, not joined to r into one list, stand between r and the name?
    ("báo cáo Thủ tướng kết quả ... tố cáo Tổng giám đốc Tổng công ty Hàng hải Hà Đức
    Bàng": the title nearest the name is its; one further back is someone else's.)"""
    joined = _patterns(vocab).joined_title
    between = itertools.takewhile(lambda t: t.end() <= cand.start(), titles[bisect.bisect_right(title_starts, r.end()):])
    return any(not joined.fullmatch(text, r.end(), t.start())
               and not (body is not None and body.start <= t.start() < body.end)  # "Văn phòng Chủ tịch nước"
               for t in between)


def _name_before_holds(reading: SentenceReading, r: re.Match[str], body: BodyMention | None, cand: re.Match[str],
                       split: tuple[int, str], vocab: Vocabulary) -> bool:
    """``ông Nguyễn Văn Châu, Chủ tịch HĐQT Âu Lạc Tuần Châu``: the title is the name
    before's; the capitals inside its body name the body (unless the name after the body
    goes on to do something: kg.extract.persons.apposition.acts_after_body)."""
    return titles_a_name_before(reading.text, r.start(), reading.names, vocab) \
        and not (body is not None and split[0] == 0 and acts_after_body(reading.text, body.start, cand, reading.end, vocab))


def _name_in_run(text: str, cand: re.Match[str], body: BodyMention | None, split: tuple[int, str],
                 vocab: Vocabulary) -> tuple[int, str] | None:
    """Where in the run of capitals cand the name starts, and the name; None where the run
    names a thing or a place."""
    off, name = split
    if off > 0 and len(name.split()) < 3 and (body is None or cand.start() <= body.start) \
            and not vocab.place_re.match(cand.group()):
        return None  # "Giám đốc Thảo Cầm Viên": capitals before a short name name a thing
    if off == 0 and after_place_unit(text, cand.start(), vocab) and _patterns(vocab).locality_after.match(text, cand.end()):
        # "Phó chủ tịch UBND xã Lương Thế Trần (Cái Nước, Cà Mau)": a place named
        # after a person, its district and province in brackets after it
        return None
    if off == 0 and _patterns(vocab).hero_unit_before.search(text, max(0, cand.start() - 12), cand.start()):
        return _after_hero_named_place(cand, split, vocab)
    return off, name


def _after_hero_named_place(cand: re.Match[str], split: tuple[int, str], vocab: Vocabulary) -> tuple[int, str] | None:
    """``Chủ tịch phường Lê Đại Hành``, ``UBND xã Hộ Hải Mai Tấn Phát``: the words after
    ``xã``, ``phường``, ``thị trấn`` written small name the place first (many bear a hero's
    name; a district rarely does, and "Chủ tịch UBND quận Trần Kim Long" in an article about
    one district is common); a person can only follow them."""
    first, _, rest = cand.group().partition(" ")
    after = split_name(rest, vocab) if rest else None
    if after is None:
        return None
    # (not "Chủ tịch UBND xã | Nguyễn Văn Tiên": no place is one surname, the run is the name)
    if after[0] == 0 and first in vocab.surnames and len(cand.group().split()) == 3:
        return split
    return len(first) + 1 + after[0], after[1]
