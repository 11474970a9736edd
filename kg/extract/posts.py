"""Posts: the titles an article gives a named person, each with the body it is held in.

``Lê Xuân Định - Ủy viên Ban Cán sự, Bí thư Đảng ủy, Thứ trưởng Bộ KH&CN`` is three posts.
A title list after a name runs item by item (``,`` ``;`` `` - ``) while each item opens with
a title. Each item is a title (vocab/roles.tsv, longest variant first) and the body words
after it; titles that name their body (``Ủy viên Ban Thường vụ``) put it in front of those
words. The list's last body scopes the bare ones before it (``Bí thư Đảng ủy`` → the party
committee of ``Bộ KH&CN``), as readers do; what is still bare is filled in from the article
(see :class:`~kg.extract.bodies.BodyRegistry`). ``nguyên`` marks a former post.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract.bodies import BodyRegistry, Level, ends_name, parse_body, split_levels
from kg.extract.persons import PersonMention
from kg.ingest.normalize import fold
from kg.vocab import alternation, phrase_re
from kg.model import Article, Post

from kg.vocab import Role, Vocabulary

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext

_TITLES_OPEN_RE = re.compile(r"\s*(?:,|[-–—:]|\()\s*")
_JOINER_RE = re.compile(rf"(?<!\w)(?:{alternation('title_joiner')})(?!\w)")
_LIST_SEP_RE = re.compile(rf"\s*(?:,|;|\s[-–—]|\s(?:{alternation('title_joiner')}))\s*")  # "Phó Chủ tịch kiêm Tổng Thư ký"
_FORMER_RE = re.compile(rf"(?i)(?:{alternation('former')})\s+(?:là\s+)?(?:quyền\s+)?")  # nguyên (quyền) giám đốc
# (same line, and not the second syllable of "sự cố", "củng cố", "kiên cố")
_FORMER_BEFORE_RE = re.compile(rf"(?i)(?<!\w)(?<!sự )(?<!củng )(?<!kiên )(?:{alternation('former')}) +(?:là +)?(?:quyền +)?$")
# "A, Giám đốc X, đã bị cách chức": the leaving phrase after the name, within its clause
# (the person undergoes it: "bị", "được", "sẽ", "đã" or a comma after the sentence's
# first verb right before: "ông A bị cảnh cáo, bố trí công việc khác"; "đã kỷ luật cách chức
# ông B" is B's)
# a title's term given with its end year, within the item: "(Giám đốc từ 1998-2003)", not
# "từ 2000 đến nay"
_CLOSED_TERM_RE = re.compile(r"[^,;()]{0,40}?(?<!\w)(?:từ\s+)?(?:(?:tháng|năm)\s+)?(?:\d{1,2}[/-])?(?:19|20)\d\d\s*[-–]\s*"
                             r"(?:(?:tháng|năm)\s+)?(?:\d{1,2}[/-])?(?:19|20)\d\d(?!\d)")
# (or, right after the name, retiring: "sau khi Bộ trưởng A nghỉ hưu")
_LEAVES_AFTER_RE = re.compile(rf"[^.;:]{{0,160}}?(?:(?<!\w)(?:bị|được|sẽ|đã|xin|vừa|và)|,)\s+(?:{alternation('leave_post')})(?!\w)"
                              r"|\s+(?:đã\s+)?(?:nghỉ hưu|về hưu|nghỉ việc)(?!\w)")
# what may stand between a name and what it undergoes: its apposition, in commas, brackets or dashes
_APPOSITION = r"\s*(?:\([^()]{0,160}\)|,(?:[^,.;:()]|\.(?=\S)){0,160}(?:\([^()]{0,60}\)[^,.;:()]{0,40})?,|\s[-–](?:[^,.;:()\-–]|\.(?=\S)){0,160}\s[-–])?\s*"
# "Thượng tá A, Phó trưởng Phòng X, vừa qua đời": the person's death, right after the name
# or its apposition (a wider window would catch the deaths a speaker reports: "A, Chủ tịch
# xã, đến thăm gia đình nạn nhân đã tử vong")
_DIES_AFTER_RE = re.compile(_APPOSITION + rf"(?:(?:đã|vừa|bị|bất ngờ|đột ngột|không may)\s+)*(?:{alternation('death')})(?!\w)")
# "lễ tang đồng chí A", "viếng ông A": the name after a mourning word is the dead person's
_MOURNED_RE = re.compile(rf"(?i)(?<!\w)(?:{alternation('mourning')})\s+(?:(?:{alternation('honorific')})\s+)?$")
# "quyết định cách chức đối với ông A": the leaving phrase right before the name
_LEAVES_BEFORE_RE = re.compile(rf"(?<!\w)(?:{alternation('leave_post')})\s+(?:(?:đối với|với)\s+)?"
                               rf"(?:(?i:{alternation('honorific')})\s+)?$")
# "A, Phó trưởng Ban X, vừa được bổ nhiệm làm Giám đốc Sở Y": the titles read with A are the
# ones A leaves (not "bổ nhiệm lại", kept in the post; not "đã bổ nhiệm ông B", A appoints)
# (right after the name or its apposition: "... sẽ gặp khó khăn vì người trúng tuyển được bổ
# nhiệm" is someone else's)
_APPOINTED_AFTER_RE = re.compile(_APPOSITION + r"(?:(?:vừa|đã|mới|sẽ|chính thức)\s+)*được\s+(?:bổ nhiệm|điều động|luân chuyển|điều về|điều sang)(?!\w)(?!\s+lại)")
# "... làm Giám đốc Sở Y thay cho bà B": the post B held is taken over
_REPLACED_BEFORE_RE = re.compile(rf"(?<!\w)(?:thay cho|thay thế cho|thay thế|thế chỗ)\s+(?:(?i:{alternation('honorific')})\s+)?$")
# an appointment the sentence reports: the titles read after the name are the ones left
_APPOINTING_RE = re.compile(r"(?i)(?<!\w)(?:bổ nhiệm|giao|điều động|phân công|luân chuyển)(?!\w)")
_MOVED_TO_RE = re.compile(r"[^.;:]{0,160}?(?<!\w)(?:làm|giữ chức|sang làm|về làm)\s+(?:quyền\s+)?(?=\w)")
# "..., hiện phụ trách ...", "..., nay là ...": the titles read before are of the past
_NOW_ELSEWHERE_RE = re.compile(r"[^.;:]{0,160}?(?<!\w)(?:nay|hiện nay|hiện|bây giờ)\s+(?:đã\s+)?(?:là|làm|giữ chức|phụ trách|công tác|chuyển)(?!\w)")
# "cố Phó Thủ tướng kiêm Bộ trưởng X": the marker reaches the title joined by "kiêm"
_FORMER_KIEM_RE = re.compile(rf"(?i)(?<!\w)(?:{alternation('former')})\s+[^,;.()]{{1,60}}?\s(?:{alternation('title_joiner')})\s+$")
# names joined in a list ("A, B và bà C") and titles joined in one ("Chủ tịch, Phó Chủ tịch
# HĐQT và Giám đốc"): bare, or with a title's body words before the joiner
_NAME_JOIN_RE = re.compile(rf"\s*(?:,\s*và|,|và)\s*(?:(?:{alternation('honorific')})\s+)?")
_TITLE_JOIN_RE = re.compile(r"\s*(?:,|và)\s*")
_TITLE_JOIN_WITH_BODY_RE = re.compile(r"\s+\S.*?(?:,|\svà)\s*")
_THEN_RE = phrase_re("then_word", re.IGNORECASE)
# where a bracket or run of titles after a list of names ends
_TITLES_CLOSE_RE = re.compile(r"[);]|\.(?:\s|$)|$")
# a list of names whose titles follow in the same order is short: a board, a delegation's
# heads ("A, B và C (Chủ tịch, Phó Chủ tịch HĐQT và Giám đốc ...)"); a longer run of names
# is a list of attendees or award winners, whose titles (if any) are not given in order
_MAX_NAMES_IN_ORDER = 12
# "..., ông A": a name after a comma and a form of address; the next such name after a title
_APPOSED_NAME_RE = re.compile(rf"[^,;.]{{2,}},\s*(?:{alternation('honorific')})\s*$")
_NEXT_ADDRESSED_RE = re.compile(rf",\s*(?:{alternation('honorific')})\s+[A-ZĐ]")
_SCOPE_RE = re.compile(r"(?i)(?:về phía|thay mặt|đại diện)\s+")
# what may open a list of titles before a name: "Đến dự có", "gồm", "là", "và", a form of address
_LIST_LEAD_RE = re.compile(r"(?:(?<!\w)(?:có|gồm|là|và|cùng|với)|:|(?i:%s))\s*$" % alternation("honorific"))


@dataclass(frozen=True, slots=True)
class TitleItem:
    role: Role | None
    role_text: str
    levels: tuple[Level, ...] | None  # the body as written (unexpanded), None if no body words
    former: bool


@dataclass(frozen=True, slots=True)
class PostMention:
    person: str
    role: str
    levels: tuple[Level, ...] | None
    scope: tuple[Level, ...] | None
    former: bool
    sentence: int


def _item_body(text: str, pos: int, limit: int, role: Role | None, vocab: Vocabulary,
               bare_ok: bool = True) -> tuple[tuple[Level, ...] | None, int]:
    """The body of one title item, as written after the title (pos: right after its space).

    ``bare_ok``: whether a title with nothing after it may take its implied body (Thứ
    trưởng → the article's Bộ). Not where other words follow that name no body
    (``Thứ trưởng các vấn đề kỹ thuật ...``): the writer named a body we cannot read.
    """
    body = parse_body(text, pos, limit, vocab, headless=True) if text[pos - 1 : pos] == " " else None
    if body is not None and body.end <= pos and not body.doubtful:
        body = None  # no word read, and none in doubt: a verb or punctuation follows the title
    prefix_head = vocab.head(role.body_prefix) if role and role.body_prefix else None
    head_at = pos - 1 - len(role.body_prefix) if prefix_head else -1
    # the title ends in its body's head, written small or needing a name (trưởng phòng, phó Ban)
    head_in_title = head_at >= 0 and fold(text[head_at : pos - 1]) == fold(role.body_prefix) \
        and (text[head_at].islower() or prefix_head.needs == "name")
    if body is None and head_in_title and text[pos : pos + 1].islower():
        # "trưởng phòng tài chính UBND thị xã Vĩnh Yên": the title's own head opens the body's
        # name, written small with it; where we cannot read that name ("trưởng phòng cấp chủ
        # quyền nhà Sở X"), the post's body is one we cannot name, not the article's other Phòng
        inner = parse_body(text, head_at, limit, vocab, in_title=True)
        if inner is None or inner.end <= pos or inner.doubtful \
                or phrase_re("name_word").fullmatch(text[pos : inner.end]):  # "chánh văn phòng | hội": which hội?
            return None, pos - 1
        body = inner
    if body is not None and body.doubtful:
        return None, body.end  # the name may be cut: leave the post's body unsaid
    written = body.text if body else ""
    end = body.end if body else pos - 1
    headless = body is not None and body.levels[0].head is None
    follows = text[end:limit].lstrip()  # from right after the title (or its body)
    at = limit - len(follows)
    # nothing after the title, or a verb ("Cục trưởng | trình bày"); not other words that
    # name no body we can read ("Thứ trưởng các vấn đề kỹ thuật")
    readable = (not follows or follows[0] in ",;.)–-:(" or follows[0].isupper() or ends_name(text, at, limit, vocab)) \
        and not vocab.head_re.match(follows)
    bare = bare_ok and readable
    if role and role.unit_body and headless and phrase_re("place_unit", re.IGNORECASE).match(written):
        # "chủ tịch xã Thạch Hóa", "Chủ tịch huyện": a local unit's chair chairs its Ủy ban nhân dân
        written = f"{role.unit_body} {written}"
    elif role and role.body_prefix:
        own_head = body.levels[0].head if body else None
        if not (own_head and prefix_head and own_head.head == prefix_head.head) \
                and not _opens_with(written, role.body_prefix, vocab):  # CT UBND tỉnh X
            written = f"{role.body_prefix} {written}".strip()
    elif role and role.implied_head and (headless or _other_bare_head(body, role)) \
            and not _opens_with(written, role.implied_head, vocab):
        written = f"{role.implied_head} {written}"  # Cục trưởng Thú y → Cục Thú y; Thứ trưởng Công an
    elif role and role.implied_head and not written and bare:  # not "Trường đại học Quy Nhơn", a body we cannot read
        written = role.implied_head
    return (split_levels(written, vocab) if written else None), end


def _opens_with(written: str, body: str, vocab: Vocabulary) -> bool:
    """Do the words after a title already name the body the title implies, perhaps
    abbreviated (``Tổng Bí thư BCH T.Ư``: ``BCH`` is the Ban Chấp hành the title names)?"""
    first = written.split(" ", 1)[0]
    if not first:
        return False
    spelled = fold(vocab.abbreviations.get(first, first))
    return fold(written).startswith(fold(body)) or fold(body).startswith(spelled)


def _other_bare_head(body, role: Role) -> bool:
    """``Thứ trưởng Công an``: a minister's title before another body's bare head names
    the ministry of it."""
    if body is None or len(body.levels) != 1:
        return False
    lv = body.levels[0]
    return bool(lv.head and lv.head.head != role.implied_head and not lv.own and lv.head.needs == "place")


def read_title_list(text: str, pos: int, limit: int, vocab: Vocabulary, barrier: int,
                    next_titles: frozenset[int] = frozenset()) -> list[TitleItem]:
    """Title items starting at text[pos:] (right after the separator that follows a name).

    ``next_titles``: where titles of the next names start. In ``Thứ trưởng Bộ A Tên1,
    Thứ trưởng Bộ B Tên2`` the second title is Tên2's, so the list stops before it.
    """
    items: list[TitleItem] = []
    sent_limit = limit
    limit = min(limit, barrier)
    held_with = False  # the item joins the one before with "kiêm": held at the same time
    while pos < limit:
        former = held_with and bool(items) and items[-1].former
        if fm := _FORMER_RE.match(text, pos, limit):
            former, pos = True, fm.end()
        rm = vocab.role_re.match(text, pos, limit)
        if rm and rm.start() in next_titles:
            break
        if rm:
            if barrier < sent_limit and not re.search(r"[,;.()\-–—:]|\svà\s", text[rm.end() : barrier]):
                break  # "Thứ trưởng Vũ Dũng, đại sứ VN tại Mỹ Nguyễn Tâm Chiến": the title runs into the next name
            role = vocab.role(rm.group())
            # "Bộ trưởng, chủ nhiệm Ủy ban Dân tộc": a bare title the next title of the list
            # follows is a rank held with that post, not of the article's one Bộ (a title
            # whose body is one of a kind, Phó Thủ tướng, still names it)
            then_title = (sep := _LIST_SEP_RE.match(text, rm.end(), limit)) is not None \
                and vocab.role_re.match(text, sep.end(), limit) is not None
            implied = vocab.head(role.implied_head) if role and role.implied_head else None
            levels, end = _item_body(text, rm.end() + 1, limit, role, vocab,
                                     bare_ok=not (then_title and implied is not None and implied.needs != "none"))
            # "Tổng giám đốc tổng công ty từ tháng 11/1998-2003": a term that has ended
            former = former or bool(_CLOSED_TERM_RE.match(text, end, limit))
            items.append(TitleItem(role, rm.group(), levels, former))
            if (of := re.match(r" của ", text[end:limit])) and (owner := parse_body(text, end + of.end(), limit, vocab, headless=True)):
                items.append(TitleItem(None, "", owner.levels, False))  # "Trưởng ban X của VUSTA"
                end = owner.end
        elif items:
            # a lone body closing the list scopes it: "..., Trưởng ban X, Liên hiệp Hội Việt Nam"
            body = parse_body(text, pos, limit, vocab, headless=True)
            if body is None or not re.match(r"\s*(?:[.;)]|$|,?\s*(?:phát biểu|chủ trì|đồng chủ trì|và|cho biết|trình bày|báo cáo))", text[body.end : limit] or ""):
                break
            items.append(TitleItem(None, "", body.levels, False))
            end = body.end
        else:
            break
        sep = _LIST_SEP_RE.match(text, end, limit)
        if not sep:
            break
        held_with = _JOINER_RE.search(sep.group()) is not None
        nxt = sep.end()
        if not (vocab.role_re.match(text, nxt, limit) or _FORMER_RE.match(text, nxt, limit)
                or (text[end:nxt].strip() == "," and parse_body(text, nxt, limit, vocab, headless=True))):
            break
        pos = nxt
    return items


def _next_name(starts: list[int], p: PersonMention, sent_end: int) -> int:
    """Where the next person's name starts after ``p`` (``starts`` sorted); the sentence's
    end where none follows in the article."""
    i = bisect.bisect_right(starts, p.end)
    return starts[i] if i < len(starts) else sent_end


def persons_leaving(article: Article, persons: list[PersonMention]) -> set[str]:
    """Persons a sentence reports leaving their post anywhere in the article, also where it
    names them short and gives no title (``Theo đó, ông Hùng bị cảnh cáo, bố trí công việc
    khác``): the post the article gives them is a former one."""
    starts = sorted(p.start for p in persons)
    out = set()
    for p in persons:
        sent = article.sentences[p.sentence]
        if _leaves_after(article.text, sent.end, p, barrier_after=_next_name(starts, p, sent.end)) \
                or _dies(article.text, sent.start, sent.end, p):
            out.add(p.name)
    return out


def find_post_mentions(article: Article, persons: list[PersonMention], vocab: Vocabulary) -> list[PostMention]:
    text = article.text
    out: list[PostMention] = []
    starts = sorted(p.start for p in persons)
    next_titles = frozenset(p.title[0] for p in persons if p.title)
    scopes: dict[int, tuple[Level, ...] | None] = {}  # per clause start
    then_said: dict[int, bool] = {}  # per sentence: "Chủ tịch lúc đó là ông X"
    places: dict[int, str | None] = {}  # "Về phía Bình Dương, ...": the place the clause is about
    for i, p in enumerate(persons):
        sent = article.sentences[p.sentence]
        next_name = _next_name(starts, p, sent.end)
        barrier = min(next_name, sent.end)
        if p.sentence not in then_said:
            then_said[p.sentence] = bool(_THEN_RE.search(text, sent.start, sent.end))
        leaves = _leaves_post(text, sent.start, sent.end, p, barrier_after=next_name) or then_said[p.sentence]
        clause = max(sent.start, text.rfind(";", sent.start, p.start) + 1)
        if clause not in scopes:
            scopes[clause] = _scope_before(text, clause, p.start, vocab)
            places[clause] = _clause_place(text, sent.start, p.start, vocab)
        scope = scopes[clause]
        first_new = len(out)
        # titles after the name
        opener = _TITLES_OPEN_RE.match(text, p.end, sent.end)
        if opener and (pair := _titles_in_order(text, p, opener.end(), sent, persons, i, vocab)) is not None:
            # "ông A và bà B (Chủ tịch và Phó Chủ tịch UBND X)": the titles go in order
            for person, role, levels, former in pair:
                out.append(PostMention(person, role.canonical, levels, scope, leaves or former, p.sentence))
        elif opener and _apposition_chain(text, sent.start, p, barrier, vocab):
            pass  # "Thứ trưởng X, ông A, Phó Chủ tịch Y, ông B": the titles after A are B's
        elif opener:
            items = read_title_list(text, opener.end(), sent.end, vocab, barrier, next_titles)
            trailing = next((it.levels for it in reversed(items) if it.levels and _is_scope(it.levels)
                             and _can_own_committee(it.levels)), None) or _committee_owner(items)
            for it in items:
                if it.role is None:
                    continue
                item_scope = trailing if it.levels is not trailing else scope
                out.append(PostMention(p.name, it.role.canonical, it.levels, item_scope or scope, it.former or leaves, p.sentence))
        # a title right before the name, and the titles listed before that one
        if p.title:
            r0, r1, b0, b1 = p.title
            role = vocab.role(text[r0:r1])
            if role is None:
                continue
            former = bool(_FORMER_BEFORE_RE.search(text, max(0, r0 - 20), r0)
                          or _FORMER_KIEM_RE.search(text, max(0, r0 - 80), r0))
            levels, _ = _item_body(text, r1 + 1, b1, role, vocab) if b1 > b0 else _item_body(text, r1 + 1, r1 + 1, role, vocab)
            out.append(PostMention(p.name, role.canonical, levels, scope, former or leaves, p.sentence))
            for item in _titles_before(text, sent.start, r0, vocab, persons):
                item_scope = levels if levels and _is_scope(levels) and _can_own_committee(levels) else scope
                out.append(PostMention(p.name, item.role.canonical, item.levels, item_scope, item.former or leaves, p.sentence))
        if places[clause]:
            out[first_new:] = [_placed(m, places[clause], vocab) for m in out[first_new:]]
    return out


def _clause_place(text: str, sent_start: int, pos: int, vocab: Vocabulary) -> str | None:
    """``Về phía Bình Dương, bà X, Phó Giám đốc Sở TNMT, ...``: the province a sentence opens
    on is the place of the bodies it names without one."""
    m = re.match(r"\s*(?i:về phía|tại|ở)\s+(?:tỉnh\s+(?:[a-zà-ỹđ]+\s+){0,2}|TP\.?\s*)?", text[sent_start:pos])
    pm = m and vocab.place_re.match(text, sent_start + m.end(), pos)
    return pm.group() if pm and re.match(r"\s*,", text[pm.end() : pos]) else None


def _placed(m: PostMention, place: str, vocab: Vocabulary) -> PostMention:
    if not m.levels or m.levels[-1].head is None or vocab.place_re.search(" ".join(lv.text() for lv in m.levels)) \
            or m.levels[-1].head.needs not in ("name", "place"):
        return m
    inner = m.levels[-1]
    return replace(m, levels=m.levels[:-1] + (replace(inner, own=f"{inner.own} {place}".strip()),))


def _titles_in_order(text: str, p: PersonMention, pos: int, sent, persons: list[PersonMention], index: int,
                     vocab: Vocabulary) -> list[tuple[str, Role, tuple[Level, ...] | None, bool]] | None:
    """``ông A và bà B (Chủ tịch và Phó Chủ tịch UBND thị trấn X)``, ``A, B và C (Chủ tịch, Phó
    chủ tịch HĐQT và Giám đốc Công ty Y)``: as many names, joined by ``,`` or ``và``, as the
    titles after the last of them, the last two titles joined by ``và`` as the names are:
    each title its name's in order. Titles written bare one after another share the body
    after the last one. None where the text is not so. PERSONS are in text order, P is
    PERSONS[INDEX]."""
    if text[p.end : pos].strip() not in ("(", ",", "-", "–"):
        return None
    names = [p]
    for j in range(index - 1, -1, -1):  # persons are in text order
        q = persons[j]
        if q.end > p.start:
            continue
        if len(names) > _MAX_NAMES_IN_ORDER or q.sentence != p.sentence \
                or not _NAME_JOIN_RE.fullmatch(text, q.end, names[-1].start):
            break
        names.append(q)
    if not 2 <= len(names) <= _MAX_NAMES_IN_ORDER:
        return None
    close = _TITLES_CLOSE_RE.search(text, pos, sent.end).start()
    titles = list(vocab.role_re.finditer(text, pos, close))
    if len(titles) != len(names) or titles[0].start() != pos:
        if text[p.end : pos].strip() == "(":
            return _bracket_items_in_order(text, pos, close, names[::-1], vocab)
        return None
    seps = [text[a.end() : b.start()] for a, b in zip(titles, titles[1:])]
    if not all(_TITLE_JOIN_RE.fullmatch(x) or _TITLE_JOIN_WITH_BODY_RE.fullmatch(x) for x in seps) \
            or not re.search(r"(?<!\w)và\s*$", seps[-1]):
        return None  # one person's own titles are listed with commas: "A và B, Ủy viên BCT, Thường trực BBT"
    roles = [vocab.role(t.group()) for t in titles]
    if None in roles:
        return None
    shared = None
    if all(_TITLE_JOIN_RE.fullmatch(x) for x in seps):
        shared, _ = _item_body(text, titles[-1].end() + 1, close, roles[-1], vocab)
    return [(q.name, role, shared, False) for q, role in zip(reversed(names), roles)]


def _apposition_chain(text: str, sent_start: int, p: PersonMention, barrier: int, vocab: Vocabulary) -> bool:
    """``Thứ trưởng Bộ VHTT, ông Trần Chiến Thắng, Phó Chủ tịch ... BSA, ông Jeff Hardee``: where
    a name follows its title after a comma and a form of address, the writer puts each title
    before its name, so titles after this name that lead to another ``, ông X`` are X's."""
    window = max(sent_start, p.start - 120)
    if not _APPOSED_NAME_RE.search(text, window, p.start) or not vocab.role_re.search(text, window, p.start):
        return False
    nxt = _NEXT_ADDRESSED_RE.search(text, p.end, barrier + 1)
    return nxt is not None and bool(vocab.role_re.search(text, p.end, nxt.start()))


def _bracket_items_in_order(text: str, pos: int, close: int, names: list[PersonMention],
                            vocab: Vocabulary) -> list[tuple[str, Role, tuple[Level, ...] | None, bool]]:
    """``A, B và C (giám đốc, phó giám đốc và bác sĩ Trung tâm)``: a bracket after a list of
    names describes each in turn, though not every item is a post. Where the items cannot
    be matched one to one, the bracket is the group's and no name gets its titles. A former
    marker opening the bracket is every item's (``vợ chồng A, B (nguyên phó giám đốc và
    giám đốc DNTN X)``)."""
    # (only where a title follows it in the first item: "(nguyên và Bộ trưởng đương nhiệm)"
    # gives the second name the current post)
    opening = (fm := _FORMER_RE.match(text, pos, close)) is not None and vocab.role_re.match(text, fm.end(), close) is not None
    bounds = [pos] + [x for m in re.finditer(r"\s*(?:,\s*và|,|;|\svà)\s+", text[pos:close])
                      for x in (pos + m.start(), pos + m.end())] + [close]
    items = list(zip(bounds[::2], bounds[1::2]))
    if len(items) != len(names):
        return []
    out = []
    for q, (a, b) in zip(names, items):
        own_marker = _FORMER_RE.match(text, a, b)
        title = vocab.role_re.match(text, own_marker.end() if own_marker else a, b)
        role = title and vocab.role(title.group())
        if role:
            levels, _ = _item_body(text, title.end() + 1, b, role, vocab) if title.end() < b else (None, b)
            out.append((q.name, role, levels, bool(opening or own_marker)))
    return out


def _leaves_post(text: str, sent_start: int, sent_end: int, p: PersonMention, barrier_after: int) -> bool:
    """Does the sentence report that this person leaves the post it gives them: a leaving
    phrase before or after the name (``quyết định cách chức ông A``, ``A bị cách chức``), a
    move to another post (``giao ông A ... làm quyền Bộ trưởng``), or what they do now
    (``hiện phụ trách``)?
    Guideline: the post someone is moved or removed from is not a current one."""
    start = p.title[0] if p.title else p.start
    if _LEAVES_BEFORE_RE.search(text, max(sent_start, start - 60), start) \
            or _REPLACED_BEFORE_RE.search(text, max(sent_start, p.start - 30), p.start):
        return True
    if (ap := _APPOINTED_AFTER_RE.match(text, p.end, sent_end)) and ap.end() <= barrier_after:
        return True  # "A, Phó trưởng Ban X, vừa được bổ nhiệm làm Giám đốc Sở Y": X is left
    # (the move after the name first: it is one match; the appointing verb is a search back)
    if (mv := _MOVED_TO_RE.match(text, p.end, sent_end)) and mv.end() <= barrier_after \
            and _APPOINTING_RE.search(text, sent_start, start):
        return True  # "giao ông A, Thứ trưởng Bộ X, làm quyền Bộ trưởng": the post he is moved from
    now_else = _NOW_ELSEWHERE_RE.match(text, p.end, sent_end)
    if now_else is not None and now_else.end() <= barrier_after:
        return True  # "A, Giám đốc Sở X (1997-2003), hiện phụ trách Ban Tuyên giáo": X was then
    # (also here, not only in persons_leaving: the titles read with this name may be the names
    # listed before it, "A và B (Chủ tịch và Phó Chủ tịch X) bị cách chức")
    return _leaves_after(text, sent_end, p, barrier_after)


def _dies(text: str, sent_start: int, sent_end: int, p: PersonMention) -> bool:
    """``A, Phó trưởng Phòng X, vừa qua đời``, ``lễ tang đồng chí A``: the article reports
    this person dead, so no post it gives them is held now (guideline: a dead leader's
    title is not a current post)."""
    start = p.title[0] if p.title else p.start
    return bool(_DIES_AFTER_RE.match(text, p.end, sent_end)
                or _MOURNED_RE.search(text, max(sent_start, start - 40), start))


def _leaves_after(text: str, sent_end: int, p: PersonMention, barrier_after: int) -> bool:
    """``A, Giám đốc X, đã bị cách chức``: the leaving phrase A undergoes, after the name."""
    after = _LEAVES_AFTER_RE.match(text, p.end, sent_end)
    if after is None or any(phrase_re(c).search(text, p.end, after.end())
                            for c in ("report_verb", "speech_verb", "chair_verb")):
        return False  # "A cho biết, ... những cán bộ đã nghỉ hưu": what A says, not A's post
    # "... ký quyết định cách chức | ông B": a phrase right before the next name is B's
    return after.end() <= barrier_after and (barrier_after >= sent_end or barrier_after - after.end() > 25
                                             or ";" in text[after.end() : barrier_after])


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


def _titles_before(text: str, sent_start: int, pos: int, vocab: Vocabulary,
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
        seg_start = max(text.rfind(",", sent_start, seg_end), text.rfind(";", sent_start, seg_end),
                        text.rfind(":", sent_start, seg_end)) + 1
        seg_start = seg_start if seg_start > 0 else sent_start
        while seg_start < seg_end and text[seg_start] == " ":
            seg_start += 1
        # the segment may open with the clause's words: "Đến dự có Ủy viên Bộ Chính trị"
        rm = None
        for m in vocab.role_re.finditer(text, seg_start, seg_end):
            rm = m
            break
        if any(seg_start <= q.start < seg_end for q in persons):
            return []  # "Ông A, Bí thư X, Chủ tịch Y Nguyễn B": the first titles are A's
        if rm is None:
            break  # "Ngày 24/7, Ủy viên Bộ Chính trị, ...": the clause opens here
        lead = text[seg_start : rm.start()]
        if lead.strip() and not _LIST_LEAD_RE.search(lead):
            break  # "Sau phần trả lời của Bộ trưởng X, Chủ tịch QH Y": the title is another's
        role = vocab.role(rm.group())
        levels, end = _item_body(text, rm.end() + 1, seg_end, role, vocab, bare_ok=False)
        if end < seg_end - 1 and text[end:seg_end].strip():
            return []  # more than a title in the segment: not a title list
        items.append(TitleItem(role, rm.group(), levels, bool(_FORMER_BEFORE_RE.search(lead))))
        if lead.strip():
            break  # the clause's opening words: the list starts here
        pos = seg_start
    return items


def _committee_owner(items: list[TitleItem]) -> tuple[Level, ...] | None:
    """``Ủy viên Ban thường vụ, Trưởng ban Tổ chức Thành ủy Hà Nội``: where the list's last
    body is a party board, the committee it belongs to scopes the bare titles before it."""
    last = next((it.levels for it in reversed(items) if it.levels), None)
    if last is None or len(last) < 2:
        return None
    owner = last[1:]
    return owner if _is_scope(owner) and _can_own_committee(owner) else None


def _is_scope(levels: tuple[Level, ...]) -> bool:
    """Can this body scope bare titles before it (it is named, not itself bare)?"""
    inner = levels[-1]
    return bool(inner.own) or (inner.head is not None and inner.head.needs in ("none", "place"))


def _can_own_committee(levels: tuple[Level, ...]) -> bool:
    """A party committee or board belongs to an organisation or place, not to another
    party board: ``Bí thư Đảng ủy, Trưởng ban X, VUSTA`` scopes to VUSTA."""
    inner = levels[0]
    return inner.head is None or inner.head.kind != "party" or inner.head.needs == "place"


def _scope_before(text: str, clause_start: int, pos: int, vocab: Vocabulary) -> tuple[Level, ...] | None:
    """``về phía Đảng ủy Khối ... có đồng chí X - Phó Bí thư Đảng ủy``: X's bare titles
    belong to the body the clause opened with."""
    for m in _SCOPE_RE.finditer(text, clause_start, pos):
        body = parse_body(text, m.end(), pos, vocab)
        if body:
            return body.levels
    return None


def resolve_posts(mentions: list[PostMention], registry: BodyRegistry) -> list[tuple[PostMention, str | None]]:
    """Each post with the expanded name of its body (None where the article does not say)."""
    out = []
    for m in mentions:
        org = None
        scope = registry.resolve(m.scope) if m.scope else None
        inner = m.levels[-1] if m.levels else None
        if m.scope and scope is None and inner and inner.head and inner.head.needs == "owner" and not inner.own:
            pass  # "Chủ tịch HĐQT của Interpet": its owner is written, in words we cannot read as a body
        elif m.levels:
            levels = registry.resolve(m.levels, scope)
            if levels:
                org = registry.add_levels(levels)
        out.append((m, org))
    return out


def _dedupe_posts(posts: list[Post]) -> list[Post]:
    seen: dict[tuple[str, str, str | None, bool], Post] = {}
    for p in posts:
        seen.setdefault((p.person, p.role, p.org, p.former), p)
    with_org = {(p, r, f) for p, r, o, f in seen if o is not None}
    return [p for (person, role, org, former), p in seen.items()
            if org is not None or (person, role, former) not in with_org]


def _posts_as_written(ctx: ArticleContext) -> list[Post]:
    """Each post the article gives, with its body; a dead leader's title ("Chủ tịch Hồ Chí
    Minh") is remembered, not held."""
    from kg.extract.dates import article_now

    posts: list[Post] = []
    on = None  # the article's "now", read only where a leader of the past is named
    for m, org in resolve_posts(find_post_mentions(ctx.article, ctx.persons, ctx.vocab), ctx.registry):
        if m.person in ctx.vocab.historical and on is None:
            on = article_now(ctx.text, ctx.article.published)
        former = m.former or (on is not None and ctx.vocab.is_historical(m.person, m.role, on))
        posts.append(Post(m.person, m.role, org, ctx.article.evidence(m.sentence), former=former))
    return posts


def add_posts(ctx: ArticleContext) -> None:
    """Component: who holds what, current, former or accused, and the holders of each
    title for the meetings (kg.extract.components)."""
    from kg.extract.accused import accused_persons

    posts = _posts_as_written(ctx)
    # a title the article once calls former ("cựu tổng giám đốc PMU 18 Bùi Tiến Dũng") is
    # former wherever else it gives it to that person, as are the posts of one it reports
    # leaving a post anywhere ("ông Hùng bị cảnh cáo, bố trí công việc khác")
    former_titles = {(p.person, p.role) for p in posts if p.former}
    leaving = persons_leaving(ctx.article, ctx.persons)
    posts = [replace(p, former=True) if (p.person, p.role) in former_titles or p.person in leaving else p
             for p in posts]
    posts = _dedupe_posts(posts)
    accused = accused_persons(ctx.article, ctx.persons)
    ctx.posts = [replace(p, accused=True) if p.person in accused else p for p in posts]
    holders: dict[str, set[str]] = defaultdict(set)
    for p in ctx.posts:
        if p.standing == "current":
            holders[p.role].add(p.person)
    ctx.role_holders = dict(holders)
