"""A title a list's names share: ``Cùng dự có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước
A; Thủ tướng Chính phủ B; ...``, ``các Ủy viên Ban Thường vụ Tỉnh ủy: ông C, Phó Chủ tịch
HĐND tỉnh; ông D, ...``. The plural title before the colon is each listed name's post, beside
the titles each is given in the list; so is the seat of a committee the list's members are
said to be in (``các đồng chí trong Ban Thường vụ Tỉnh ủy: ...``), and a title said with
``là`` of the names after it (``4 Phó chủ tịch là các ông A, B và bà C``). What the list's
lead says its people once were makes their posts former ones."""
from __future__ import annotations

import re

from kg.extract.persons import PersonMention
from kg.extract.bodies import parse_body
from kg.extract.patterns import last_match
from kg.extract.posts.title_body import item_body
from kg.extract.posts.titles import TitleItem, read_title_list
from kg.model import Sentence
from kg.text import fold
from kg.vocab import Role, Vocabulary
from kg.vocab.alphabet import CAPITALS_LOOSE


def plural_before(vocab: Vocabulary) -> re.Pattern[str]:
    """``các đồng chí``, ``các``, ``3``, ``các đồng chí là``: a plural word or a count (and a
    form of address) right before a title."""
    return vocab.memo(("posts_plural_before",), lambda: re.compile(
        r"(?i)(?<!\w)(?:%s|\d+)\s+(?:(?:%s)\s+)?(?:(?:%s)\s+)?$" % (
            vocab.alternation("plural_word"), vocab.alternation("honorific"), vocab.alternation("posts_copula"))))


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the part of the sentence (from START) that ends at POS begins: after its last
    comma or semicolon."""
    return max(start, text.rfind(";", start, pos) + 1, text.rfind(",", start, pos) + 1)


def _in_the_list(text: str, colon: int, start: int, vocab: Vocabulary) -> bool:
    """Is the name at ``start`` still an item of the list the colon opens? Each part of it
    opens on a capital, a form of address or a title; another small word ends the list
    ("...; ông B, ...; cùng đại diện lãnh đạo các sở, ngành, trong đó có ông C": C is not in it)."""
    address = vocab.phrase_re("honorific", re.IGNORECASE)
    for part in re.split(r"[;,]", text[colon + 1 : start]):
        part = part.strip()
        if part and part[0].islower() and not address.match(part) and not vocab.role_re.match(part):
            return False
    return True


def _colon_of_its_list(text: str, sent: Sentence, p: PersonMention, vocab: Vocabulary) -> int | None:
    """The colon that opens the list ``p`` is in, if it is in one."""
    colon = text.rfind(":", sent.start, p.opens_at)
    return colon if colon >= 0 and _in_the_list(text, colon, p.opens_at, vocab) else None


def shared_list_title(text: str, sent: Sentence, p: PersonMention, vocab: Vocabulary) -> list[TitleItem]:
    """The plural title before the colon that opens the list ``p`` is in (none where ``p`` is
    not in such a list)."""
    colon = _colon_of_its_list(text, sent, p, vocab)
    if colon is None:
        return []
    segment = _clause_start(text, sent.start, colon)
    plural = plural_before(vocab)
    for role in vocab.role_re.finditer(text, segment, colon):
        if plural.search(text, max(segment, role.start() - 30), role.start()):
            return read_title_list(text, role.start(), colon, vocab, colon)
    return []


def listed_as_former(text: str, sent: Sentence, p: PersonMention, vocab: Vocabulary) -> bool:
    """Is ``p`` in a list the colon opens after words saying what its people once were
    (``Cả bốn đối tượng nguyên là cán bộ hội đồng giám định y khoa tỉnh gồm: A (phó chủ
    tịch), B (ủy viên thường trực)``)? Their posts are former ones."""
    colon = _colon_of_its_list(text, sent, p, vocab)
    if colon is None:
        return False
    # (the list's own lead, not another's apposition before it: "Ông B, nguyên là Giám đốc
    # Sở X, cho biết đoàn gồm: A (trưởng đoàn), ...")
    lead = _clause_start(text, sent.start, colon)
    once = vocab.memo(("posts_once_were",), lambda: re.compile(
        r"(?i)(?<!\w)(?:%s)\s+(?:%s)(?!\w)" % (vocab.alternation("post_copula_past"), vocab.alternation("posts_copula"))))
    return once.search(text, lead, colon) is not None


def copula_list_title(text: str, sent: Sentence, p: PersonMention, vocab: Vocabulary) -> list[TitleItem]:
    """``4 Phó chủ tịch là các ông A, B, C và bà D``, ``Phó Chủ tịch UBND tỉnh là ông A``: a
    title (and its body) said with ``là`` of the name after it, or of each name of a plural
    list after it, holds it. Not where words stand between the title's body and ``là``
    (``Phó giám đốc Công ty X gọi nhân viên cũ của mình là A``) or before the title (a
    relative's, ``con ông chủ tịch huyện là A``; an aide's, ``người giúp việc cho Giám đốc
    Sở X là A``), nor a title of then (``Chủ tịch UBND TP lúc đó là ông A``)."""
    m = _copula_list_re(vocab).search(text, sent.start, p.opens_at)
    if m is None:
        return []
    segment = _clause_start(text, sent.start, m.start())
    title = last_match(vocab.role_re, text, segment, m.start())
    # (the title opens its clause, maybe after a plural or a count: not "Người giúp việc cho
    # Giám đốc Sở X là ông A", "Người ký thay Chủ tịch UBND tỉnh là ông A")
    if title is None or not _title_lead(vocab).fullmatch(text, segment, title.start()):
        return []
    # ("Các Phó Chủ tịch UBND tỉnh gồm ông A, B và bà C": a list after "gồm" of a plural title)
    if m["listing"] and not plural_before(vocab).search(text, max(segment, title.start() - 30), title.start()):
        return []
    body = parse_body(text, title.end() + 1, m.start(), vocab) if text[title.end() : title.end() + 1] == " " else None
    if (body is not None and body.doubtful) or text[body.end if body else title.end() : m.start()].strip():
        return []
    items = read_title_list(text, title.start(), m.start(), vocab, m.start())
    return items if len(items) == 1 else []


def _title_lead(vocab: Vocabulary) -> re.Pattern[str]:
    """What may open a clause before its title: nothing, plurals and counts, ``có``."""
    return vocab.memo(("posts_title_lead",), lambda: re.compile(
        r"(?i)\s*(?:(?:%s|%s|\d+)\s+)*" % (vocab.alternation("plural_word"), vocab.alternation("list_intro"))))


def _copula_list_re(vocab: Vocabulary) -> re.Pattern[str]:
    """`` là ông `` right before a name, or `` là các ông A, B và bà `` before a name of a
    plural list: the copula, then the names before it in the list, each maybe with its form
    of address."""
    def make() -> re.Pattern[str]:
        address, joint = vocab.alternation("honorific"), vocab.alternation("list_and")
        name = r"[%s][^\s,;.:()]*(?:\s+[%s][^\s,;.:()]*){1,4}" % (CAPITALS_LOOSE, CAPITALS_LOOSE)
        copula = r"\s(?:%s)\s+" % vocab.alternation("posts_copula")
        one = r"(?:(?:%s)\s+)?" % address
        names = r"(?:%s(?:\s*,\s*|\s+(?:%s)\s+)(?:(?:%s)\s+)?)*" % (name, joint, address)
        plural = r"(?:%s)\s+(?:(?:%s)(?:\s*,\s*(?:%s))*\s+)?%s" % (
            vocab.alternation("plural_word"), address, address, names)
        listing = r"\s(?P<listing>%s)\s+%s%s" % (vocab.alternation("title_list_verb"), one, names)
        return re.compile(r"(?:%s(?:%s|%s)|%s)$" % (copula, plural, one, listing))
    return vocab.memo(("posts_copula_list",), make)


def member_list_title(text: str, sent: Sentence, p: PersonMention, vocab: Vocabulary) -> list[TitleItem]:
    """``Dự phiên họp có các đồng chí trong Ban Thường vụ Tỉnh ủy: A, Phó Chủ tịch Thường trực
    UBND tỉnh; B, ...``: the names a colon lists after a plural, ``trong`` and a committee
    each hold its member's seat (``Ủy viên Ban Thường vụ``), beside the titles the list gives."""
    colon = _colon_of_its_list(text, sent, p, vocab)
    lead = _member_lead_re(vocab).search(text, sent.start, colon) if colon is not None else None
    if lead is None:
        return []
    written = fold(lead.group("body"))
    seats = [r for r in _member_seats(vocab) if written.startswith(fold(r.body_prefix) + " ")]
    if not seats:
        return []
    role = max(seats, key=lambda r: len(r.body_prefix))
    # (the committee's words as written, however spaced: "Ban  Thường vụ Tỉnh ủy")
    prefix = re.match(r"(?i)%s\s+" % r"\s+".join(map(re.escape, role.body_prefix.split())), text[lead.start("body") : colon])
    if prefix is None:
        return []
    levels, end = item_body(text, lead.start("body") + prefix.end(), colon, role, vocab)
    if levels is None or text[end:colon].strip():
        return []
    return [TitleItem(role, lead.group("body"), levels, False, None, True)]


def _member_seats(vocab: Vocabulary) -> list[Role]:
    """The member's titles of a committee the title names (``Ủy viên Ban Thường vụ``)."""
    members = vocab.words("member_title")
    return vocab.memo(("posts_member_seats",), lambda: sorted(
        {r for r in map(vocab.role, vocab.roles)
         if r and r.body_prefix and any(r.canonical.startswith(w + " ") for w in members)},
        key=lambda r: r.canonical))


def _member_lead_re(vocab: Vocabulary) -> re.Pattern[str]:
    return vocab.memo(("posts_member_lead",), lambda: re.compile(
        r"(?i)(?<!\w)(?:%s)\s+(?:(?:%s)\s+)?(?:%s)\s+(?P<body>[^:;,()]{3,80}?)\s*$" % (
            vocab.alternation("plural_word"), vocab.alternation("honorific"), vocab.alternation("member_of_word"))))
