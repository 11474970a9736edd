"""Title lists: the titles written after a name (``Lê Xuân Định - Ủy viên Ban Cán sự, Bí thư
Đảng ủy, Thứ trưởng Bộ KH&CN``) or before it (``Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM
Nguyễn Minh Triết``), item by item, and the body that scopes the bare ones."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.bodies import Level, parse_body
from kg.extract.patterns import term_of_office
from kg.extract.persons import PersonMention
from kg.extract.posts.standing import former_in_lead, former_marker
from kg.extract.posts.title_body import item_body
from kg.vocab import Role, Vocabulary


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class TitleItem:
    role: Role | None
    role_text: str
    levels: tuple[Level, ...] | None  # the body as written (unexpanded), None if no body words
    former: bool
    # the year a term written with the title ends ("Tổng giám đốc từ 1998-2003": 2003; "Chủ
    # tịch UBND huyện nhiệm kỳ 2021-2026": 2026): former where the article is of a later year
    ended: int | None = None
    seat: bool = False  # a seat on a committee (Ủy viên Ban Thường vụ), held across the posts


@dataclass(frozen=True, slots=True)
class _Patterns:
    joiner: re.Pattern[str]
    list_sep: re.Pattern[str]
    closed_term: re.Pattern[str]
    item_break: re.Pattern[str]
    of_owner: re.Pattern[str]
    after_closing_body: re.Pattern[str]
    list_lead: re.Pattern[str]
    term_after: re.Pattern[str]
    dash_before: re.Pattern[str]
    not_a_post: re.Pattern[str]  # an honour's or a function's word right after a title


def _patterns(vocab: Vocabulary) -> _Patterns:
    def make() -> _Patterns:
        alt = vocab.alternation
        joiner, and_, date_unit = alt("title_joiner"), alt("list_and"), alt("posts_date_unit")
        return _Patterns(
            joiner=re.compile(rf"(?<!\w)(?:{joiner})(?!\w)"),
            # "Phó Chủ tịch kiêm Tổng Thư ký"
            list_sep=re.compile(rf"\s*(?:,|;|\s[-–—]|\s(?:{joiner}))\s*"),
            # a title's term given with its end year, within the item: "(Giám đốc từ 1998-2003)",
            # not "từ 2000 đến nay"
            closed_term=re.compile(rf"[^,;()]{{0,40}}?(?<!\w)(?:(?:{alt('posts_term_from')})\s+)?(?:(?:{date_unit})\s+)?"
                                   r"(?:\d{1,2}[/-])?(?:19|20)\d\d\s*[-–]\s*"
                                   rf"(?:(?:{date_unit})\s+)?(?:\d{{1,2}}[/-])?(?:19|20)\d\d(?!\d)"),
            # what ends a title's words before the next name: punctuation, or "và"
            item_break=re.compile(rf"[,;.()\-–—:]|\s(?:{and_})\s"),
            of_owner=re.compile(rf" (?:{alt('posts_of')}) "),
            after_closing_body=re.compile(rf"\s*(?:[.;)]|$|,?\s*(?:{alt('posts_after_list')}))"),
            # what may open a list of titles before a name: "Đến dự có", "gồm", "là", "và", a
            # form of address
            list_lead=re.compile(r"(?:(?<!\w)(?:%s)|:|(?i:%s))\s*$" % (alt("posts_list_lead"), alt("honorific"))),
            dash_before=re.compile(r"\s[-–—]\s*(?:(?i:%s)\s+)?$" % alt("honorific")),
            term_after=re.compile(r"\s*\(?%s\)?(?![\w])" % term_of_office(vocab)),
            not_a_post=re.compile(r"(?i:%s|%s)(?!\w)" % (alt("honorary_word"), alt("function_word"))),
        )
    return vocab.memo(_Patterns, make)


def read_title_list(text: str, pos: int, limit: int, vocab: Vocabulary, barrier: int,
                    next_titles: frozenset[int] = frozenset()) -> list[TitleItem]:
    """The title items of the list at text[pos:] (see ``title_list``)."""
    return title_list(text, pos, limit, vocab, barrier, next_titles)[0]


def title_list(text: str, pos: int, limit: int, vocab: Vocabulary, barrier: int,
               next_titles: frozenset[int] = frozenset()) -> tuple[list[TitleItem], bool]:
    """Title items starting at text[pos:] (right after the separator that follows a name):
    ``Lê Xuân Định - Ủy viên Ban Cán sự, Bí thư Đảng ủy, Thứ trưởng Bộ KH&CN``. The list runs
    item by item (``,`` ``;`` `` - ``, ``kiêm``) while each item opens with a title.

    ``next_titles``: where titles of the next names start. In ``Thứ trưởng Bộ A Tên1,
    Thứ trưởng Bộ B Tên2`` the second title is Tên2's, so the list stops before it.

    Also whether the list stopped so, after a comma: the items read may be the next name's
    too (``nguyên Tổng Bí thư A, Ủy viên Bộ Chính trị, Trưởng ban X B``).
    """
    pats = _patterns(vocab)
    items: list[TitleItem] = []
    sent_limit = limit
    limit = min(limit, barrier)
    held_with = False  # the item joins the one before with "kiêm": held at the same time
    while pos < limit:
        item_start = pos
        former = held_with and bool(items) and items[-1].former
        if fm := former_marker(text, pos, limit, vocab):
            former, pos = True, fm.end()
        rm = vocab.role_re.match(text, pos, limit)
        if rm:
            if rm.start() in next_titles or _runs_into_next_name(text, rm.end(), barrier, sent_limit, vocab):
                return items, bool(items) and text[max(0, item_start - 4) : item_start].rstrip().endswith(",")
            new, end = _title_item(text, rm, limit, former, vocab)
        elif items and (body := _closing_body(text, pos, limit, vocab)) is not None:
            new, end = [TitleItem(None, "", body.levels, False)], body.end
        else:
            break
        items += new
        # "Bí thư Tỉnh ủy Điện Biên khóa XIII, Trưởng đoàn ...": the term, then the next item
        if term := pats.term_after.match(text, end, limit):
            end = term.end()
        sep = pats.list_sep.match(text, end, limit)
        if not sep:
            break
        held_with = pats.joiner.search(sep.group()) is not None
        if not _item_opens(text, end, sep.end(), limit, vocab):
            break
        pos = sep.end()
    return items, False


def _runs_into_next_name(text: str, title_end: int, barrier: int, sent_limit: int, vocab: Vocabulary) -> bool:
    """``Thứ trưởng Vũ Dũng, đại sứ VN tại Mỹ Nguyễn Tâm Chiến``: the title runs into the
    next name, with no punctuation or ``và`` before it: it is that name's."""
    return barrier < sent_limit and not _patterns(vocab).item_break.search(text[title_end:barrier])


def _title_item(text: str, rm: re.Match[str], limit: int, former: bool,
                vocab: Vocabulary) -> tuple[list[TitleItem], int]:
    """``Bí thư Đảng ủy``, ``Tổng giám đốc tổng công ty từ tháng 11/1998-2003``, ``Trưởng ban
    X của VUSTA``: the item a title opens (and the owner written after it), and its end."""
    pats = _patterns(vocab)
    role = vocab.role(rm.group())
    if pats.not_a_post.match(text, rm.end() + 1):
        role = None  # "Chủ tịch danh dự": an honour; "Giám đốc tuyển sinh": a function, not a post
    levels, end = item_body(text, rm.end() + 1, limit, role, vocab, bare_ok=_bare_ok(text, rm, limit, role, vocab))
    # "Tổng giám đốc tổng công ty từ tháng 11/1998-2003": a term, which may have ended (the
    # years of the title written after it are that title's: "Phó Bí thư Huyện ủy làm Chủ tịch
    # UBND huyện nhiệm kỳ 2016-2021")
    term = pats.closed_term.match(text, end, limit)
    ended = int(_YEAR_RE.findall(term.group())[-1]) if term and not vocab.role_re.search(text, end, term.end()) else None
    seat = role is not None and any(role.canonical.startswith(w + " ") for w in vocab.words("member_title"))
    items = [TitleItem(role, rm.group(), levels, former, ended, seat)]
    if (of := pats.of_owner.match(text, end, limit)) and (owner := parse_body(text, of.end(), limit, vocab, headless=True)):
        items.append(TitleItem(None, "", owner.levels, False))  # "Trưởng ban X của VUSTA"
        end = owner.end
    return items, end


def _bare_ok(text: str, rm: re.Match[str], limit: int, role: Role | None, vocab: Vocabulary) -> bool:
    """``Bộ trưởng, chủ nhiệm Ủy ban Dân tộc``: a bare title the next title of the list
    follows is a rank held with that post, not of the article's one Bộ (a title whose body
    is one of a kind, Phó Thủ tướng, still names it)."""
    then_title = (sep := _patterns(vocab).list_sep.match(text, rm.end(), limit)) is not None \
        and vocab.role_re.match(text, sep.end(), limit) is not None
    implied = vocab.head(role.implied_head) if role and role.implied_head else None
    return not (then_title and implied is not None and implied.needs != "none")


def _closing_body(text: str, pos: int, limit: int, vocab: Vocabulary):
    """``..., Trưởng ban X, Liên hiệp Hội Việt Nam phát biểu``: a lone body closing the list
    scopes it (what follows it ends the sentence or is the holder's verb)."""
    body = parse_body(text, pos, limit, vocab, headless=True)
    if body is None or not _patterns(vocab).after_closing_body.match(text[body.end : limit] or ""):
        return None
    return body


def _item_opens(text: str, end: int, nxt: int, limit: int, vocab: Vocabulary) -> bool:
    """Does another item start after the separator: a title, a former marker, or (after a
    comma) a body?"""
    return bool(vocab.role_re.match(text, nxt, limit) or former_marker(text, nxt, limit, vocab)
                or (text[end:nxt].strip() == "," and parse_body(text, nxt, limit, vocab, headless=True)))


def _separator_before(text: str, lo: int, pos: int) -> int | None:
    """Where the ``,`` or ``;`` that TEXT[LO:POS] ends with (spaces around it) begins, its
    spaces included; None when it ends otherwise. (A walk back from POS: a regex search
    for ``\\s*[,;]\\s*$`` would read the whole sentence for every title of a long list.)"""
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == lo or text[j - 1] not in ",;":
        return None
    j -= 1
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j


def _segment_start(text: str, sent_start: int, seg_end: int) -> int:
    """Where the list segment ending at ``seg_end`` starts: after the ``,`` ``;`` or ``:``
    before it (spaces skipped), or at the sentence's start."""
    seg_start = max(text.rfind(",", sent_start, seg_end), text.rfind(";", sent_start, seg_end),
                    text.rfind(":", sent_start, seg_end)) + 1
    seg_start = seg_start if seg_start > 0 else sent_start
    while seg_start < seg_end and text[seg_start] == " ":
        seg_start += 1
    return seg_start


def titles_before(text: str, sent_start: int, pos: int, vocab: Vocabulary,
                  persons: list[PersonMention]) -> list[TitleItem]:
    """``Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM Nguyễn Minh Triết``: a comma list of
    titles that ends in a title-before-name all belong to that name. The list must open
    the clause (after ``có``, ``và``, a colon or the sentence start); if a name stands
    before it, the titles are that name's."""
    items: list[TitleItem] = []
    while True:
        seg_end = _separator_before(text, sent_start, pos)
        if seg_end is None:
            break
        seg_start = _segment_start(text, sent_start, seg_end)
        # the segment may open with the clause's words: "Đến dự có Ủy viên Bộ Chính trị"
        rm = next(vocab.role_re.finditer(text, seg_start, seg_end), None)
        if named := next((q for q in persons if seg_start <= q.start < seg_end), None):
            # "Ông A, Bí thư X, Chủ tịch Y Nguyễn B": the first titles are A's; but in a list
            # of names each written after its titles ("nguyên Tổng Bí thư A, Ủy viên Bộ Chính
            # trị, Trưởng ban X B") those between are B's
            return items if named.title and not text[named.end : seg_end].strip() else []
        if rm is None:
            break  # "Ngày 24/7, Ủy viên Bộ Chính trị, ...": the clause opens here
        lead = text[seg_start : rm.start()]
        if lead.strip() and not _patterns(vocab).list_lead.search(lead):
            break  # "Sau phần trả lời của Bộ trưởng X, Chủ tịch QH Y": the title is another's
        role = vocab.role(rm.group())
        levels, end = item_body(text, rm.end() + 1, seg_end, role, vocab, bare_ok=False)
        if end < seg_end - 1 and text[end:seg_end].strip():
            return []  # more than a title in the segment: not a title list
        items.append(TitleItem(role, rm.group(), levels, former_in_lead(lead, vocab)))
        if lead.strip():
            break  # the clause's opening words: the list starts here
        pos = seg_start
    return items


def committee_owner(items: list[TitleItem]) -> tuple[Level, ...] | None:
    """``Ủy viên Ban thường vụ, Trưởng ban Tổ chức Thành ủy Hà Nội``: where the list's last
    body is a party board, the committee it belongs to scopes the bare titles before it."""
    last = next((it.levels for it in reversed(items) if it.levels), None)
    if last is None or len(last) < 2:
        return None
    owner = last[1:]
    return owner if is_scope(owner) and can_own_committee(owner) else None


def is_scope(levels: tuple[Level, ...]) -> bool:
    """Can this body scope bare titles before it (it is named, not itself bare)?"""
    inner = levels[-1]
    return bool(inner.own) or (inner.head is not None and inner.head.needs in ("none", "place"))


def can_own_committee(levels: tuple[Level, ...]) -> bool:
    """A party committee or board belongs to an organisation or place, not to another
    party board: ``Bí thư Đảng ủy, Trưởng ban X, VUSTA`` scopes to VUSTA."""
    inner = levels[0]
    return inner.head is None or inner.head.kind != "party" or inner.head.needs == "place"


def title_before_dash(text: str, sent_start: int, pos: int, vocab: Vocabulary) -> list[TitleItem]:
    """``Tại buổi họp báo, Chánh Văn phòng HĐND tỉnh – ông A cho biết``: the titles a clause
    opens with, a dash, then the name at pos."""
    dash = _patterns(vocab).dash_before.search(text, max(sent_start, pos - 30), pos)
    if dash is None:
        return []
    seg = max(sent_start, *(text.rfind(c, sent_start, dash.start()) + 1 for c in ",;:("))
    rm = vocab.role_re.match(text, seg + len(text[seg : dash.start()]) - len(text[seg : dash.start()].lstrip()))
    if rm is None:
        return []
    return read_title_list(text, rm.start(), dash.start(), vocab, dash.start())