"""Post mentions: for each name, the titles the article gives it (after it, before it, or in
order with other names), each with its body as written and the body that scopes it; then
each body resolved against the article's bodies (:class:`~kg.extract.bodies.BodyRegistry`)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from kg.extract.bodies import BodyRegistry, Level, parse_body, split_levels
from kg.extract.patterns import PERSONNEL_VERB_CLASSES, term_of_office
from kg.extract.persons import PersonMention
from kg.extract.posts.in_order import apposition_chain, titles_in_order
from kg.extract.posts.shared import copula_list_title, listed_as_former, member_list_title, shared_list_title
from kg.extract.posts.standing import former_before_title, leaves_post, moved_from_posts, next_name, said_of_then
from kg.extract.posts.title_body import item_body
from kg.extract.posts.titles import (TitleItem, can_own_committee, committee_owner, is_scope, title_list,
                                    title_before_dash, titles_before)
from kg.model import Article, Sentence
from kg.vocab import Vocabulary
from kg.vocab.alphabet import SMALL_LETTERS_LOOSE

_TITLES_OPEN_RE = re.compile(r"\s*(?:,|[-–—:]|\()\s*")
_SPACE_RE = re.compile(r" ")


@dataclass(frozen=True, slots=True)
class PostMention:
    person: str
    role: str
    levels: tuple[Level, ...] | None
    scope: tuple[Level, ...] | None
    former: bool
    sentence: int


@dataclass(frozen=True, slots=True)
class _Patterns:
    scope: re.Pattern[str]
    place_opener: re.Pattern[str]
    bio: re.Pattern[str]
    addressed: re.Pattern[str]  # a form of address right before a name
    source_before: re.Pattern[str]  # "Theo ông" right before a name: a source quoted
    title_goes_on: re.Pattern[str]  # "kiêm", "và" after a title: the list of one's titles goes on
    copula: re.Pattern[str]  # "là", "hiện giữ chức", "từng là" right after a name
    personnel_verb: re.Pattern[str]
    dated: re.Pattern[str]  # a year or a term of office
    career: re.Pattern[str]  # a committee's numbered term, years from one to another
    kin_before: re.Pattern[str]  # an apposition of kinship opening before a name
    item_opened: re.Pattern[str]  # ": ông ", "; " right before a name: a list's item opens
    name_joint: re.Pattern[str]  # what joins two names of a list: ", ông", " và bà"
    listed_item: re.Pattern[str]  # a name's titles and what joins the next name: " - Vụ trưởng X, ông "


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _Patterns(
        scope=re.compile(r"(?i)(?:%s)\s+" % vocab.alternation("posts_on_behalf")),
        place_opener=re.compile(r"\s*(?i:%s)\s+(?:(?:%s)\s+(?:[%s]+\s+){0,2}|(?:%s)\.?\s*)?"
                                % (vocab.alternation("posts_place_opener"), vocab.alternation("province_word"),
                                   SMALL_LETTERS_LOOSE, vocab.alternation("city_abbreviation"))),
        bio=_bio_re(vocab),
        addressed=re.compile(r"(?i)(?<!\w)(?:%s)\s+$" % vocab.alternation("honorific")),
        title_goes_on=re.compile(r"\s+(?:%s|%s)(?!\w)" % (vocab.alternation("title_joiner"), vocab.alternation("list_and"))),
        source_before=re.compile(r"(?<!\w)(?:%s)\s+(?:(?:%s)\s+)?$"
                                 % (vocab.alternation("according_to"), vocab.alternation("honorific"))),
        copula=re.compile(r" (?:(?P<past>%s) |(?:%s) ){0,2}(?:%s) " % (
            vocab.alternation("post_copula_past"), vocab.alternation("post_copula_now"), vocab.alternation("post_copula"))),
        personnel_verb=re.compile(vocab.phrases_re(*PERSONNEL_VERB_CLASSES).pattern, re.IGNORECASE),
        dated=re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|%s" % term_of_office(vocab)),
        career=re.compile(r"(?i:%s)\s+[IVXLC]+(?![\w])|(?:19|20)\d\d\s+(?i:%s)\s+(?:19|20)\d\d"
                          % (vocab.alternation("post_term_word"), vocab.alternation("date_range_joiner"))),
        listed_item=re.compile(r"\s*[-–,]\s*[^;,.]{1,80},\s*(?:(?:%s)\s+)?" % vocab.alternation("honorific")),
        item_opened=re.compile(r"[:;]\s*(?:(?:%s)\s+)?$" % vocab.alternation("honorific")),
        name_joint=re.compile(r"\s*(?:,|;|\s(?:%s))\s*(?:(?:%s)\s+)?" % (vocab.alternation("list_and"), vocab.alternation("honorific"))),
        # (not "chồng bà A là B, nguyên Viện trưởng": the relative named by a copula, then his own titles)
        kin_before=re.compile(r"[,(]\s*(?:%s)(?:\s+(?:%s))?\s+(?:(?!\s(?:%s)\s)[^,;()]){0,40}$"
                              % (vocab.alternation("kin_word"), vocab.alternation("posts_of"), vocab.alternation("post_copula"))),
    ))


def _bio_re(vocab: Vocabulary) -> re.Pattern[str]:
    """Age, day or year of birth and home town written between a name and its titles, each
    item ended by a comma (``67 tuổi, quê tỉnh Phú Thọ, ...``; ``sinh ngày 17/10/1960, ...``),
    or in brackets before a comma or dash (``ông A (55 tuổi) - Ủy viên Ban Thường vụ ...``),
    or opening the brackets the titles are in, where a rank of the army or police may stand
    too (``bị can A (45 tuổi, nguyên giám đốc Công ty X)``, ``bị can A (thiếu tá chuyên
    nghiệp, nguyên giám đốc Công ty X)``)."""
    item = r"(?:\d{1,3}\s+(?:%s)|(?:%s)\s+(?:\d{1,2}[/.-]\d{1,2}[/.-])?\d{4}|(?:%s)\s+[^,;.()]{1,40})" % (
        vocab.alternation("age_word"), vocab.alternation("birth_word"), vocab.alternation("hometown_word"))
    items = r"%s(?:\s*,\s*%s)*" % (item, item)
    rank = r"(?i:%s)(?:\s+[%s]+){0,2}" % (vocab.alternation("bio_rank"), SMALL_LETTERS_LOOSE)
    opening = r"(?:%s|%s)(?:\s*,\s*%s)*" % (item, rank, item)
    return re.compile(r"\s*,?\s*%s\s*,\s*|\s*\(\s*%s\s*\)\s*(?:,|\s[-–])\s*|\s*\(\s*%s\s*,\s*"
                      % (items, items, opening))


@dataclass(frozen=True, slots=True)
class _Setting:
    """What the sentence and clause of a name say of all the posts given in them."""
    scope: tuple[Level, ...] | None  # the body the clause opened with ("về phía Đảng ủy Khối ...")
    place: str | None  # the province the sentence opened on ("Về phía Bình Dương, ...")
    leaves: bool  # the person leaves the posts, or the sentence is set in the past
    year: int | None  # the article's year: a term ended before it is a former post's
    # the person is moved to another post: the posts are left, the seats on committees kept
    # ("điều động đồng chí A, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy, giữ chức ...")
    moved: bool


def find_post_mentions(article: Article, persons: list[PersonMention], vocab: Vocabulary) -> list[PostMention]:
    """Every post the article gives a name, in the order of the names."""
    text = article.text
    out: list[PostMention] = []
    starts = sorted(p.start for p in persons)
    next_titles = frozenset(p.title[0] for p in persons if p.title)
    clauses: dict[int, tuple[tuple[Level, ...] | None, str | None]] = {}  # per clause start: scope, place
    then_said: dict[int, bool] = {}  # per sentence: "Chủ tịch lúc đó là ông X"
    for i, p in enumerate(persons):
        sent = article.sentences[p.sentence]
        following = next_name(starts, p, sent.end)
        if p.sentence not in then_said:
            then_said[p.sentence] = said_of_then(text, sent.start, sent.end, vocab)
        # (what is done to a list of names, each with its titles, is done to each: "bổ nhiệm ông
        # A - Vụ trưởng X, ông B - Hiệu trưởng Y làm Thứ trưởng")
        listed_end = _after_listed(text, persons, i, sent, following, vocab)
        moved = moved_from_posts(text, sent.start, sent.end, p, listed_end, vocab)
        leaves = leaves_post(text, sent.start, sent.end, p, listed_end, vocab) or then_said[p.sentence] \
            or listed_as_former(text, sent, p, vocab)
        clause = max(sent.start, text.rfind(";", sent.start, p.start) + 1)
        if clause not in clauses:  # (read at the clause's first name)
            clauses[clause] = (_scope_before(text, clause, p.start, vocab), _clause_place(text, sent.start, p.start, vocab))
        setting = _Setting(*clauses[clause], leaves, article.year, moved and not then_said[p.sentence])
        found = _posts_after_name(text, p, sent, persons, i, min(following, sent.end), next_titles, setting, vocab)
        found += _list_posts(p.name, p.sentence, shared_list_title(text, sent, p, vocab)
                             or member_list_title(text, sent, p, vocab) or copula_list_title(text, sent, p, vocab),
                             setting, vocab)
        before = _posts_before_name(text, p, sent, persons, setting, vocab)
        if before is None:
            out += found  # (a title before the name we do not know: the clause's place is not added)
            continue
        found += before
        out += [_placed(m, setting.place, vocab) for m in found] if setting.place else found
    return out


def _posts_after_name(text: str, p: PersonMention, sent: Sentence, persons: list[PersonMention], index: int, barrier: int,
                      next_titles: frozenset[int], setting: _Setting, vocab: Vocabulary) -> list[PostMention]:
    """The titles written after the name: in order with the names before it (``ông A và bà B
    (Chủ tịch và Phó Chủ tịch UBND X)``), or a title list (``Lê Xuân Định - Ủy viên Ban Cán
    sự, Bí thư Đảng ủy, Thứ trưởng Bộ KH&CN``); none where they are the next name's
    (``Thứ trưởng X, ông A, Phó Chủ tịch Y, ông B``: the titles after A are B's)."""
    last = _last_listed(text, persons, index, sent, _patterns(vocab).name_joint)
    if last != index:  # "Các ông A, ông B, ông C giữ chức danh Phó Chủ tịch": each holds it
        if said := _posts_after_copula(text, persons[last], p, sent, setting, vocab):
            return said
        if _one_item_of_a_list(text, persons, index, last, sent, vocab):
            return _list_posts(p.name, p.sentence, _titles_after(text, persons, last, sent, next_titles, vocab),
                               setting, vocab)
    # "Đại tướng A 67 tuổi, quê tỉnh Phú Thọ, Ủy viên Trung ương Đảng ...": age and home town first
    opener = _patterns(vocab).bio.match(text, p.end, sent.end) or _TITLES_OPEN_RE.match(text, p.end, sent.end) \
        or _space_before_titles(text, p, sent, vocab)
    if not opener:
        return _posts_after_copula(text, p, p, sent, setting, vocab)
    if _patterns(vocab).kin_before.search(text, max(sent.start, p.start - 60), p.start):
        return []  # "bà A, mẹ cựu hoa hậu B, Giám đốc Công ty X": A's title or B's, the words do not say
    in_order = titles_in_order(text, p, opener.end(), sent, persons, index, vocab)
    if in_order is not None:
        return [PostMention(person, role.canonical, levels, setting.scope, setting.leaves or former, p.sentence)
                for person, role, levels, former in in_order]
    if apposition_chain(text, sent.start, p, barrier, persons, vocab) or _opens_a_clause(text, p, opener.end(), vocab):
        return []
    items, runs_on = title_list(text, opener.end(), sent.end, vocab, barrier, next_titles)
    if runs_on and p.title:
        return []  # "nguyên Tổng Bí thư A, Ủy viên Bộ Chính trị, Trưởng ban X B": B's (titles_before)
    return _list_posts(p.name, p.sentence, items, setting, vocab)


def _titles_after(text: str, persons: list[PersonMention], last: int, sent: Sentence, next_titles: frozenset[int],
                  vocab: Vocabulary) -> list[TitleItem]:
    """The title list after the name at LAST, up to the next name's title."""
    nxt = persons[last + 1] if last + 1 < len(persons) else None
    barrier = nxt.opens_at if nxt is not None and nxt.sentence == sent.index else sent.end
    opened = _TITLES_OPEN_RE.match(text, persons[last].end, sent.end)
    items, _ = title_list(text, opened.end() if opened else persons[last].end, sent.end, vocab, barrier, next_titles)
    return items


def _one_item_of_a_list(text: str, persons: list[PersonMention], index: int, last: int, sent: Sentence,
                        vocab: Vocabulary) -> bool:
    """``đối với: ông A, ông B, Ủy viên Ban Thường vụ Tỉnh ủy, Phó chủ tịch UBND tỉnh ...; ông C,
    ...``: in a list a colon opens and semicolons close, the names of one item (INDEX to LAST,
    joined by commas) share the titles after its last name."""
    first = persons[index]
    item_end = text.find(";", persons[last].end, sent.end)
    if item_end < 0:
        return False
    # (names with no title of their own, joined by commas, after the list's colon)
    return ":" in text[sent.start : first.start] and ";" not in text[first.end : persons[last].start] \
        and not any(q.title for q in persons[index : last + 1]) \
        and _patterns(vocab).item_opened.search(text, max(sent.start, first.opens_at - 16), first.opens_at) is not None \
        and text[persons[last].end : persons[last].end + 1] == "," \
        and (last + 1 >= len(persons) or persons[last + 1].start >= item_end)


def _after_listed(text: str, persons: list[PersonMention], index: int, sent: Sentence, following: int,
                  vocab: Vocabulary) -> int:
    """Where the list of names the name at INDEX opens, each with its titles after a dash or a
    comma, ends (the start of the name after it): FOLLOWING where no name follows it so."""
    last = _last_listed(text, persons, index, sent, _patterns(vocab).listed_item)
    if last == index:
        return following
    return persons[last + 1].start if last + 1 < len(persons) and persons[last + 1].start < sent.end else sent.end


def _last_listed(text: str, persons: list[PersonMention], index: int, sent: Sentence, joint: re.Pattern[str]) -> int:
    """The last name of the sentence's list of names the name at INDEX opens, each two joined
    by what JOINT matches whole (``A, ông B và ông C``): INDEX itself where none follows so."""
    last = index
    while last + 1 < len(persons) and persons[last + 1].start < sent.end \
            and joint.fullmatch(text, persons[last].end, persons[last + 1].start):
        last += 1
    return last


def _posts_after_copula(text: str, at: PersonMention, p: PersonMention, sent: Sentence, setting: _Setting,
                        vocab: Vocabulary) -> list[PostMention]:
    """``chồng bà là ông A cũng đang đương chức Viện trưởng VKSND quận 4``: the titles a
    name (P, or the list it opens, which ends at AT) is said to hold (held before where the
    words say so: ``ông A từng là Giám đốc``)."""
    rx = _patterns(vocab)
    copula = rx.copula.match(text, at.end, sent.end)
    if copula is None or not vocab.role_re.match(text, copula.end()):
        return []
    if rx.personnel_verb.search(text, sent.start, p.start):
        return []  # "bầu ông A giữ chức Phó Chủ tịch": the post an event gives (kg.extract.events)
    if rx.dated.search(text, sent.start, p.start) or rx.career.search(text, copula.end(), sent.end):
        # a career told step by step is no statement of today: "Từ tháng 12/2020, ông A là
        # Phó Chủ tịch UBND thành phố"; "bà A là Ủy viên Trung ương Đảng khóa XI; Phó Bí thư
        # Thành ủy khóa IX"; "Chủ tịch UBND TP từ năm 2006 đến 2015" (not "giữ chức danh Phó
        # Chủ tịch nhiệm kỳ 2024-2029", the term now begun)
        return []
    # (the title right after the copula is the subject's, even where a name follows it with no
    # mark between: "... đương chức Viện trưởng VKSND quận 4 nên phía gia đình ông Chung ...")
    items, _ = title_list(text, copula.end(), sent.end, vocab, sent.end)
    # (the words after the name say when: "ông A, X, hiện là Y" leaves X, not Y; and a term
    # said held, "giữ chức danh Phó Chủ tịch nhiệm kỳ 2024-2029", has not ended where the
    # article gives no year)
    said = replace(setting, leaves=copula.group("past") is not None, moved=False,
                   year=setting.year if setting.year is not None else dt.MINYEAR)
    return _list_posts(p.name, p.sentence, items, said, vocab)


def _space_before_titles(text: str, p: PersonMention, sent: Sentence, vocab: Vocabulary) -> re.Match[str] | None:
    """``Trong đó, có Ông Nguyễn Văn Hùng Ủy viên Trung ương Đảng, Thứ trưởng Bộ ...``: a comma
    left out between a name a form of address opens and its titles."""
    if not vocab.role_re.match(text, p.end + 1, sent.end) \
            or not _patterns(vocab).addressed.search(text, max(sent.start, p.start - 12), p.start):
        return None
    return _SPACE_RE.match(text, p.end, sent.end)


def _opens_a_clause(text: str, p: PersonMention, pos: int, vocab: Vocabulary) -> bool:
    """``Theo Trưởng ban Dân nguyện Lê Quang Bình, Thủ tướng sẽ không trả lời ...``: a title
    one person holds nationwide, bare and followed by a verb, is the next clause's subject
    (its holder is known to every reader), not the name's apposition; and so is any title
    with its body and a word of tense after a source's name (``Theo ông Đạt, Chủ tịch Hội
    đồng quản trị đã bất chấp điều lệ``: what the source says, of another)."""
    rm = vocab.role_re.match(text, pos)
    role = vocab.role(rm.group()) if rm else None
    if role is None:
        return False
    if role.national and vocab.phrase_re("agent_verb").match(text, rm.end() + 1):
        return True
    source = _patterns(vocab).source_before.search(text, max(0, p.opens_at - 30), p.opens_at)
    body = parse_body(text, rm.end() + 1, len(text), vocab) if source else None
    if source is not None and role.national and body is None:
        # "Theo ông Bình, Thủ tướng nhiều lần đề cập ...": the one Thủ tướng; not "Theo ông A,
        # Tổng Bí thư kiêm Chủ tịch nước, ...": his own titles
        return text[rm.end() : rm.end() + 1] == " " and not _patterns(vocab).title_goes_on.match(text, rm.end())
    return source is not None and vocab.phrase_re("clause_aspect").match(text, (body.end if body else rm.end()) + 1) is not None


def posts_of_titles(name: str, sentence: int, items: list[TitleItem], vocab: Vocabulary) -> list[PostMention]:
    """The posts a title list gives a name, read on their own (the post a personnel event
    gives or takes: ``bầu ông A giữ chức Phó Chủ tịch UBND huyện``)."""
    return _list_posts(name, sentence, items, _Setting(None, None, False, None, False), vocab)


def _list_posts(name: str, sentence: int, items: list[TitleItem], setting: _Setting,
                vocab: Vocabulary) -> list[PostMention]:
    """``..., Ủy viên Ban thường vụ, Trưởng ban Tổ chức Thành ủy Hà Nội``: the list's last
    body that can scope (or the committee it belongs to) scopes the bare titles before it,
    as readers do."""
    trailing = next((it.levels for it in reversed(items) if it.levels and is_scope(it.levels)
                     and can_own_committee(it.levels)), None) or committee_owner(items)
    seats_scope = _seats_above(items, trailing, vocab) or trailing
    out = []
    for it in items:
        if it.role is None:
            continue
        item_scope = (seats_scope if it.seat else trailing) if it.levels is not trailing else setting.scope
        ended = it.ended is not None and (setting.year is None or it.ended < setting.year)
        left = setting.leaves and not (setting.moved and it.seat)
        out.append(PostMention(name, it.role.canonical, it.levels, item_scope or setting.scope,
                               it.former or ended or left, sentence))
    return out


def _seats_above(items: list[TitleItem], trailing: tuple[Level, ...] | None,
                 vocab: Vocabulary) -> tuple[Level, ...] | None:
    """``nguyên UVTV, Bí thư Thị ủy Tây Ninh``: the secretary of a district's committee sits on
    its standing board as a matter of course; the seat written with it is on the province's
    (``Tỉnh ủy``, the article's), which is why it is named."""
    if trailing is None or trailing[-1].head is None or trailing[-1].head.head not in vocab.words("district_committee"):
        return None
    leads = vocab.words("committee_leader_title")
    if not any(it.levels is trailing and it.role and it.role.canonical in leads for it in items):
        return None
    return split_levels(min(vocab.words("province_committee")), vocab)


def _posts_before_name(text: str, p: PersonMention, sent: Sentence, persons: list[PersonMention], setting: _Setting,
                       vocab: Vocabulary) -> list[PostMention] | None:
    """``nguyên Bí thư Tỉnh ủy A``: the title right before the name, and the titles listed
    before that one (``Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM Nguyễn Minh Triết``).
    None where the title before the name is none we know."""
    if not p.title:
        return _list_posts(p.name, p.sentence, title_before_dash(text, sent.start, p.start, vocab), setting, vocab)
    r0, r1, b0, b1 = p.title
    role = vocab.role(text[r0:r1])
    if role is None:
        return None
    former = former_before_title(text, r0, vocab)
    out = []
    # "Bộ trưởng Chủ nhiệm Uỷ ban Thể dục thể thao A": a title of rank, then the post, no comma
    if b1 > b0 and role.canonical in vocab.words("rank_title") and (stacked := vocab.role_re.match(text, b0, b1)) \
            and (inner := vocab.role(stacked.group())) and not inner.national:
        out.append(PostMention(p.name, role.canonical, None, setting.scope, former or setting.leaves, p.sentence))
        r1, role = stacked.end(), inner
    # "Tổng bí thư, Chủ tịch nước CHND Trung Hoa Hồ Cẩm Đào": another country's leader, whose
    # titles imply no body of this country's
    foreign = _names_a_country(text[b0:b1], vocab)
    levels = None if foreign else item_body(text, r1 + 1, b1 if b1 > b0 else r1 + 1, role, vocab)[0]
    out.append(PostMention(p.name, role.canonical, levels, setting.scope, former or setting.leaves, p.sentence))
    # the title's own body scopes the ones listed before it, where it can
    item_scope = levels if levels and is_scope(levels) and can_own_committee(levels) else setting.scope
    for item in titles_before(text, sent.start, r0, vocab, persons):
        out.append(PostMention(p.name, item.role.canonical, None if foreign else item.levels, item_scope,
                               item.former or setting.leaves, p.sentence))
    return out


def _names_a_country(written: str, vocab: Vocabulary) -> bool:
    """Does a body written after a title open on a country's name (not a province's that
    begins like one: ``Lào Cai``)?"""
    written = written.strip()
    return vocab.place_re.match(written) is None \
        and any(written == c or written.startswith(c + " ") for c in vocab.words("country"))


def _scope_before(text: str, clause_start: int, pos: int, vocab: Vocabulary) -> tuple[Level, ...] | None:
    """``về phía Đảng ủy Khối ... có đồng chí X - Phó Bí thư Đảng ủy``: X's bare titles
    belong to the body the clause opened with."""
    for m in _patterns(vocab).scope.finditer(text, clause_start, pos):
        body = parse_body(text, m.end(), pos, vocab)
        if body:
            return body.levels
    return None


def _clause_place(text: str, sent_start: int, pos: int, vocab: Vocabulary) -> str | None:
    """``Về phía Bình Dương, bà X, Phó Giám đốc Sở TNMT, ...``: the province a sentence opens
    on is the place of the bodies it names without one."""
    m = _patterns(vocab).place_opener.match(text[sent_start:pos])
    pm = m and vocab.place_re.match(text, sent_start + m.end(), pos)
    return pm.group() if pm and re.match(r"\s*,", text[pm.end() : pos]) else None


def _placed(m: PostMention, place: str, vocab: Vocabulary) -> PostMention:
    """The post's body with the clause's province, where it names a body of a place and
    none is written."""
    if not m.levels or m.levels[-1].head is None or vocab.place_re.search(" ".join(lv.text() for lv in m.levels)) \
            or m.levels[-1].head.needs not in ("name", "place"):
        return m
    inner = m.levels[-1]
    return replace(m, levels=m.levels[:-1] + (replace(inner, own=f"{inner.own} {place}".strip()),))


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
