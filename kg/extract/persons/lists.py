"""6. The rest of a list that a named person or a plural title opens: ``nguyên Tổng Bí thư
Đỗ Mười, Lê Khả Phiêu``, ``3 thứ trưởng Bộ Thủy sản: A, B, C`` (each name after the colon
holds the title before it)."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.bodies import parse_body
from kg.extract.patterns import NAME_RUN_RE, last_match, term_of_office
from kg.extract.persons.mentions import SentenceReading, TitleSpan, not_person_context, plain_name
from kg.extract.persons.split import split_name
from kg.vocab import Vocabulary
from kg.vocab.alphabet import CAPITALS_LOOSE, SMALL_LETTERS_LOOSE


class _Patterns(NamedTuple):
    # where a list of names starts: after "title: " (the plural "3 thứ trưởng Bộ X:") or after a
    # name that a comma follows
    list_open: re.Pattern[str]
    intro_before: re.Pattern[str]  # "gồm:", "đồng chí:": a list with no title before it
    between_items: re.Pattern[str]
    item_end: re.Pattern[str]  # a list item is the whole name
    small_after: re.Pattern[str]  # a small word after a run: the list's last name, then its verb
    dash_after: re.Pattern[str]  # " - " after a run: its title may follow
    addresses_before: re.Pattern[str]  # "các ông, bà:" before the colon: the list's forms of address


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(__name__, lambda: _make_patterns(vocab))


def _make_patterns(vocab: Vocabulary) -> _Patterns:
    conj, with_ = vocab.alternation("list_and"), vocab.alternation("list_with")
    address = vocab.alternation("honorific")
    return _Patterns(
        re.compile(r"(?::\s+| *, *| (?:%s) )(?=[%s])" % (conj, CAPITALS_LOOSE)),
        re.compile(r"(?:%s)\s*$" % vocab.alternation("list_intro")),
        re.compile(r"\s*(?:,|(?:%s)|;)?\s*" % conj),
        re.compile(r"\s*(?:[,;.)(]|(?:%s|%s)\b|$)" % (conj, with_)),
        re.compile(r"\s+[%s]" % SMALL_LETTERS_LOOSE),
        re.compile(r"\s[-–]\s"),
        re.compile(r"(?<!\w)(?:%s)(?:\s*(?:,|(?:%s))\s*(?:%s))*\s*$" % (address, conj, address)),
    )


def rest_of_lists(readings: list[SentenceReading], vocab: Vocabulary) -> None:
    """Add the names that follow a named person or a plural title in a list."""
    rx = _patterns(vocab)
    for reading in readings:
        named_ends = {p.end for p in reading.names}
        walked = reading.start  # a list is walked once, from its first opener
        for lst in rx.list_open.finditer(reading.text, reading.start, reading.end):
            if lst.start() < walked:
                continue
            opened = _list_title(reading, lst, named_ends, vocab)
            if opened is not None and (last := _walk(reading, lst.end(), *opened, named_ends, vocab)) is not None:
                walked = last


def _list_title(reading: SentenceReading, lst: re.Match[str], named_ends: set[int],
                vocab: Vocabulary) -> tuple[bool, TitleSpan | None] | None:
    """Does a list start at lst, and is it one after a colon, with the title all its names
    share? None: no list starts here."""
    if lst.group().lstrip().startswith(":"):
        if not_person_context(reading.text, lst.end(), vocab):
            return None  # "(Ảnh: Lê Hường)": a photo's credit, no list of the title before it
        # "tân Phó Bí thư gồm các ông, bà: A, B, C": the title and intro before the forms of address
        rx = _patterns(vocab)
        addresses = rx.addresses_before.search(reading.text, reading.start, lst.start())
        lead_end = addresses.start() if addresses else lst.start()
        shared = _shared_title(reading, lead_end, vocab)
        if shared is None and not rx.intro_before.search(reading.text, reading.start, lead_end):
            return None
        return True, shared
    return (False, None) if lst.start() in named_ends else None


def _walk(reading: SentenceReading, pos: int, colon: bool, shared: TitleSpan | None, named_ends: set[int],
          vocab: Vocabulary) -> int | None:
    """Add the list's names from pos on, each with the shared title; return where the last
    one's run ends (None: no name)."""
    prev_end, last = pos, None
    for m in NAME_RUN_RE.finditer(reading.text, pos, reading.end):
        name = _list_item(reading, prev_end, m, colon, vocab)
        if name is None:
            break
        reading.add(m.start(), m.start() + len(name), shared)
        named_ends.add(m.start() + len(name))
        prev_end = last = m.end()
    return last


def _list_item(reading: SentenceReading, prev_end: int, m: re.Match[str], colon: bool, vocab: Vocabulary) -> str | None:
    """The name the run m gives as the list's next item, or None where the list has ended."""
    text, rx = reading.text, _patterns(vocab)
    if not rx.between_items.fullmatch(text, prev_end, m.start()):
        return None
    if vocab.role_re.match(text, m.start()) or vocab.head_re.match(text, m.start()):
        return None  # "..., Phó Bí thư", "..., Đoàn Thanh niên": a title or body, not a name
    # a list item is the whole name; the last may be followed by its verb where it is a full
    # name with a known surname ("các đồng chí Lê Khả Phiêu, Đỗ Mười, Lê Đức Anh đến dự"; not
    # "..., Phó Công an huyện")
    # (or a dash and the name's title: "các đồng chí: Rah Lan Chung - Phó Bí thư Thường trực ...")
    dash = rx.dash_after.match(text, m.end(), reading.end)
    verb_after = not (rx.item_end.match(text, m.end(), reading.end)
                      or (dash and vocab.role_re.match(text, dash.end(), reading.end)))
    if verb_after and not rx.small_after.match(text, m.end(), reading.end):
        return None
    split = split_name(m.group(), vocab, need_surname=not colon or verb_after)
    if split is None or split[0] or not plain_name(split[1], vocab, need_surname=not colon or verb_after) \
            or (verb_after and len(split[1].split()) < 3):
        return None
    return split[1]


def _shared_title(reading: SentenceReading, colon: int, vocab: Vocabulary) -> TitleSpan | None:
    """``3 thứ trưởng Bộ Thủy sản: A, B, C``: the title (and body) every name after the colon
    holds, as a (role start, role end, body start, body end) span."""
    text, sent_start = reading.text, reading.start
    seg_start = max(text.rfind(",", sent_start, colon), text.rfind(";", sent_start, colon)) + 1
    last = last_match(vocab.role_re, text, max(seg_start, sent_start), colon)
    if last is None:
        return None
    if not _title_closes_list_lead(text, last.end(), colon, vocab):
        return None  # "Phó chủ tịch UBND tỉnh A vừa ký quyết định ... trên địa bàn xã: Tam Sơn, ...": a clause, not a title
    if colon > last.end() + 1:
        if parse_body(text, last.end() + 1, colon, vocab) is None and (earlier := _written_before(reading, last, vocab)):
            return earlier
        return last.start(), last.end(), last.end() + 1, colon
    return _written_before(reading, last, vocab) or (last.start(), last.end(), last.end(), last.end())


def _written_before(reading: SentenceReading, title: re.Match[str], vocab: Vocabulary) -> TitleSpan | None:
    """A list's title written bare is the one the sentence wrote with its body before any name
    (the nearest): ``Trong 4 Phó Bí thư Thành ủy Hà Nội khóa XVII ..., ngoài ông
    A, Phó Bí thư Thành ủy Hà Nội khóa XVII, ...; 3 người là tân Phó Bí thư gồm các ông, bà: B,
    C, D`` (the span of the title as written there; A's own title is A's)."""
    text, role = reading.text, vocab.role(title.group())
    given = {p.title[0] for p in reading.names if p.title}
    # (before the sentence's first name: no name's apposition)
    first_name = min([p.start for p in reading.names] + [title.start()])
    for m in reversed(list(vocab.role_re.finditer(text, reading.start, first_name))):
        found = vocab.role(m.group())
        if role is None or found is None or found.canonical != role.canonical or text[m.end() : m.end() + 1] != " " \
                or m.start() in given:
            continue
        body = parse_body(text, m.end() + 1, title.start(), vocab)
        if body is not None and not body.doubtful:
            return m.start(), m.end(), body.start, body.end
    return None


def _title_closes_list_lead(text: str, title_end: int, colon: int, vocab: Vocabulary) -> bool:
    """Do only the title's body and a list's opening words (``gồm``, ``là``, ``các``) stand
    between the title and the colon, maybe with its term (``3 thứ trưởng Bộ Thủy sản gồm:``,
    ``Tổng bí thư BCH T.Ư khóa X:``)? Not a clause the title is the subject of (``Bộ trưởng
    đề ra hạn chót ... hoàn thành 5 cây cầu gồm: A, B``)."""
    body = parse_body(text, title_end + 1, colon, vocab) if text[title_end : title_end + 1] == " " else None
    rest_start = body.end if body else title_end
    lead = vocab.memo(("persons_list_lead",), lambda: re.compile(
        r"\s*(?:%s\s*)?(?:(?:%s|%s)\s*)*"
        % (term_of_office(vocab), vocab.alternation("list_intro"), vocab.alternation("plural_word")),
        re.IGNORECASE))
    return lead.fullmatch(text, rest_start, colon) is not None
