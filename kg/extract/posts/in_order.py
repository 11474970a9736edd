"""Titles given to several names at once: in the order of the names (``ông A và bà B (Chủ tịch
và Phó Chủ tịch UBND thị trấn X)``), or each before its name in an apposition chain
(``Thứ trưởng Bộ VHTT, ông Trần Chiến Thắng, Phó Chủ tịch ... BSA, ông Jeff Hardee``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.bodies import Level
from kg.extract.patterns import list_joiner
from kg.extract.persons import PersonMention
from kg.extract.persons.split import split_name
from kg.extract.posts.standing import former_ending, former_marker
from kg.extract.posts.title_body import item_body
from kg.model import Sentence
from kg.vocab import Role, Vocabulary
from kg.vocab.alphabet import CAPITALS_LOOSE, SYMBOL_CAPITALS

# a list of names whose titles follow in the same order is short: a board, a delegation's
# heads ("A, B và C (Chủ tịch, Phó Chủ tịch HĐQT và Giám đốc ...)"); a longer run of names
# is a list of attendees or award winners, whose titles (if any) are not given in order
_MAX_NAMES_IN_ORDER = 12
# where a bracket or run of titles after a list of names ends
_TITLES_CLOSE_RE = re.compile(r"[);]|\.(?:\s|$)|$")

OrderedPost = tuple[str, Role, tuple[Level, ...] | None, bool]  # name, title, body as written, former


@dataclass(frozen=True, slots=True)
class _Patterns:
    name_join: re.Pattern[str]
    title_join_with_body: re.Pattern[str]
    last_join: re.Pattern[str]
    bracket_item_sep: re.Pattern[str]
    apposed_name: re.Pattern[str]
    next_addressed: re.Pattern[str]
    unread_before: re.Pattern[str]  # "Đỗ Tố và ": a capitalised word and "và" right before a name


def _patterns(vocab: Vocabulary) -> _Patterns:
    def make() -> _Patterns:
        and_, honorific = vocab.alternation("list_and"), vocab.alternation("honorific")
        return _Patterns(
            # names joined in a list ("A, B và bà C") and titles joined in one ("Chủ tịch, Phó
            # Chủ tịch HĐQT và Giám đốc"): bare, or with a title's body words before the joiner
            name_join=re.compile(rf"\s*(?:,\s*(?:{and_})|,|(?:{and_}))\s*(?:(?:{honorific})\s+)?"),
            title_join_with_body=re.compile(rf"\s+\S.*?(?:,|\s(?:{and_}))\s*"),
            last_join=re.compile(rf"(?<!\w)(?:{and_})\s*$"),
            bracket_item_sep=re.compile(rf"\s*(?:,\s*(?:{and_})|,|;|\s(?:{and_}))\s+"),
            # "..., ông A": a name after a comma and a form of address; the next such name after a title
            apposed_name=re.compile(rf"[^,;.]{{2,}},\s*(?:{honorific})\s*$"),
            next_addressed=re.compile(rf",\s*(?:{honorific})\s+[{SYMBOL_CAPITALS}]"),
            unread_before=re.compile(rf"(?<!\w)(?P<run>[{CAPITALS_LOOSE}][^\W\d_]*(?:\s+[{CAPITALS_LOOSE}][^\W\d_]*){{1,3}})"
                                     rf"\s+(?:{and_})\s+(?:(?:{honorific})\s+)?$"),
        )
    return vocab.memo(_Patterns, make)


def titles_in_order(text: str, p: PersonMention, pos: int, sent: Sentence, persons: list[PersonMention], index: int,
                    vocab: Vocabulary) -> list[OrderedPost] | None:
    """``ông A và bà B (Chủ tịch và Phó Chủ tịch UBND thị trấn X)``, ``A, B và C (Chủ tịch, Phó
    chủ tịch HĐQT và Giám đốc Công ty Y)``: as many names, joined by ``,`` or ``và``, as the
    titles after the last of them, the last two titles joined by ``và`` as the names are:
    each title its name's in order. Titles written bare one after another share the body
    after the last one. None where the text is not so. PERSONS are in text order, P is
    PERSONS[INDEX]."""
    opener = text[p.end : pos].strip()
    if opener not in ("(", ",", "-", "–"):
        return None
    names = _names_listed_before(text, p, persons, index, vocab)
    close = _TITLES_CLOSE_RE.search(text, pos, sent.end).start()
    titles = list(vocab.role_re.finditer(text, pos, close))
    if len(names) == 1 and _after_a_name_unread(text, sent.start, p, vocab) and len(titles) >= 2 \
            and titles[0].start() == pos and _patterns(vocab).last_join.search(text, titles[-2].end(), titles[-1].start()):
        return []  # "bị can Đỗ Tố và Lê Minh Dũng, Chủ tịch và Phó chủ tịch UBND huyện": in order, a name unread
    if not 2 <= len(names) <= _MAX_NAMES_IN_ORDER:
        return None
    if len(titles) != len(names) or titles[0].start() != pos:
        if opener == "(":
            return _bracket_items_in_order(text, pos, close, names[::-1], vocab)
        return None
    return _joined_titles_in_order(text, titles, close, names, vocab, bracketed=opener == "(")


def _after_a_name_unread(text: str, sent_start: int, p: PersonMention, vocab: Vocabulary) -> bool:
    """Does P follow ``và`` after a run of capitals no step read as a name but shaped like one
    (``bị can Đỗ Tố và``; not ``Bộ Công Thương và``, a body)?"""
    m = _patterns(vocab).unread_before.search(text, max(sent_start, p.start - 40), p.start)
    if m is None:
        return False
    run = m.group("run")
    split = split_name(run, vocab)
    return split is not None and split[0] == 0 and not vocab.head_re.search(run) and not vocab.place_re.search(run)


def _names_listed_before(text: str, p: PersonMention, persons: list[PersonMention], index: int,
                         vocab: Vocabulary) -> list[PersonMention]:
    """``A, B và bà C``: P and the names joined to it before it in its sentence, last first
    (one more than the most a list in order may hold, where the list is longer)."""
    pats = _patterns(vocab)
    names = [p]
    for j in range(index - 1, -1, -1):  # persons are in text order
        q = persons[j]
        if q.end > p.start:
            continue
        if len(names) > _MAX_NAMES_IN_ORDER or q.sentence != p.sentence \
                or not pats.name_join.fullmatch(text, q.end, names[-1].start):
            break
        names.append(q)
    return names


def _joined_titles_in_order(text: str, titles: list[re.Match[str]], close: int, names: list[PersonMention],
                            vocab: Vocabulary, bracketed: bool = False) -> list[OrderedPost] | None:
    """``Chủ tịch, Phó chủ tịch HĐQT và Giám đốc Công ty Y``: one title per name (NAMES last
    first), the last two joined by ``và``, or in a bracket after the names by a comma too
    (``A và B (Giám đốc, Phó giám đốc Sở X)``); bare titles share the body after the last,
    unless the last title names its own (``Giám đốc và nguyên trưởng Phòng X``)."""
    pats = _patterns(vocab)
    # "Giám đốc và nguyên trưởng Phòng X": a former marker after the joiner is the next title's
    markers = [former_ending(text[a.end() : b.start()], vocab) for a, b in zip(titles, titles[1:])]
    seps = [text[a.end() : a.end() + m.start() if m else b.start()] for a, b, m in zip(titles, titles[1:], markers)]
    formers = [False] + [m is not None for m in markers]
    if not all(list_joiner(vocab).fullmatch(x) or pats.title_join_with_body.fullmatch(x) for x in seps) \
            or not (bracketed or pats.last_join.search(seps[-1])):
        return None  # one person's own titles are listed with commas: "A và B, Ủy viên BCT, Thường trực BBT"
    roles = [vocab.role(t.group()) for t in titles]
    if None in roles:
        return None
    bodies: list[tuple[Level, ...] | None] = [None] * len(roles)
    if all(list_joiner(vocab).fullmatch(x) for x in seps):
        bodies[-1], _ = item_body(text, titles[-1].end() + 1, close, roles[-1], vocab)
        if not roles[-1].body_prefix:  # ("Giám đốc và trưởng Phòng X": the Phòng is the last title's own)
            bodies = [bodies[-1]] * len(roles)
    return [(q.name, role, body, former) for q, role, body, former in zip(reversed(names), roles, bodies, formers)]


def apposition_chain(text: str, sent_start: int, p: PersonMention, barrier: int, persons: list[PersonMention],
                     vocab: Vocabulary) -> bool:
    """``Thứ trưởng Bộ VHTT, ông Trần Chiến Thắng, Phó Chủ tịch ... BSA, ông Jeff Hardee``: where
    a name follows its title after a comma and a form of address, the writer puts each title
    before its name, so titles after this name that lead to another ``, ông X`` are X's. (Not
    where a name opens the part before the comma: ``ông A - Bí thư Huyện ủy, bà B - Giám đốc
    Sở X, ông C - ...`` writes each title after its name.)"""
    pats = _patterns(vocab)
    window = max(sent_start, p.start - 120)
    before = pats.apposed_name.search(text, window, p.start)
    if not before or not vocab.role_re.search(text, window, p.start) \
            or any(before.start() <= q.start < p.start for q in persons):
        return False
    nxt = pats.next_addressed.search(text, p.end, barrier + 1)
    return nxt is not None and bool(vocab.role_re.search(text, p.end, nxt.start()))


def _bracket_items_in_order(text: str, pos: int, close: int, names: list[PersonMention],
                            vocab: Vocabulary) -> list[OrderedPost]:
    """``A, B và C (giám đốc, phó giám đốc và bác sĩ Trung tâm)``: a bracket after a list of
    names describes each in turn, though not every item is a post. Where the items cannot
    be matched one to one, the bracket is the group's and no name gets its titles. A former
    marker opening the bracket is every item's (``vợ chồng A, B (nguyên phó giám đốc và
    giám đốc DNTN X)``)."""
    # (only where a title follows it in the first item: "(nguyên và Bộ trưởng đương nhiệm)"
    # gives the second name the current post)
    opening = (fm := former_marker(text, pos, close, vocab)) is not None \
        and vocab.role_re.match(text, fm.end(), close) is not None
    bounds = [pos] + [x for m in _patterns(vocab).bracket_item_sep.finditer(text[pos:close])
                      for x in (pos + m.start(), pos + m.end())] + [close]
    items = list(zip(bounds[::2], bounds[1::2]))
    if len(items) != len(names):
        return []
    out = []
    for q, (a, b) in zip(names, items):
        own_marker = former_marker(text, a, b, vocab)
        title = vocab.role_re.match(text, own_marker.end() if own_marker else a, b)
        role = title and vocab.role(title.group())
        if role:
            levels, _ = item_body(text, title.end() + 1, b, role, vocab) if title.end() < b else (None, b)
            out.append((q.name, role, levels, bool(opening or own_marker)))
    return out
