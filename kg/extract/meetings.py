"""Meetings an article reports as held, and who did what at them.

Held, not mentioned: a report says so in a sentence that dates the meeting (or opens the
article) and has a body hold it: ``Ngày 28/6/2019 tại Hà Nội, Đảng ủy Bộ KH&CN đã tổ chức
Hội nghị ...``. A meeting named in passing (``tại Hội nghị X mới diễn ra``, ``hoàn thành
việc tổ chức Đại hội``) is not reported as held. Where no sentence reports it, the headline
(or the URL slug standing in for it) names the meeting the article is about.

Roles follow the guideline: chairs only where ``chủ trì``/``chủ tọa`` says so (including
``dưới sự chủ trì của ...`` and ``..., có đồng chí X``); speakers who ``phát biểu``,
``kết luận``, ``nhấn mạnh`` ...; presenters who ``báo cáo``/``trình bày``; attendees of
``Đến dự ... có``. A bare title as subject (``Bộ trưởng nhấn mạnh``) is the article's one
holder of that title.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.extract.bodies import BodyMention, BodyRegistry, find_bodies
from kg.extract.dates import WEB_NEWS_SINCE, find_dates
from kg.extract.documents import DocumentMention
from kg.extract.persons import PersonMention
from kg.ingest.normalize import fold
from kg.model import Article, Meeting, Sentence
from kg.vocab import Vocabulary, alternation, lexicon, phrase_re

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext

_TITLE_END_RE = re.compile(
    r"[,;:!?]|\.(?:\s|$)|\s(?:do|dưới sự|tại|với sự|vào|diễn ra|đã|được|nhằm|chủ trì|đồng chủ trì|"
    r"sáng|chiều|tối|ngày|có|bằng hình thức|theo hình thức|và trao|khai mạc|bế mạc|"
    # the clause goes on past the name: "Hội nghị ... cũng sẽ", "hội nghị gồm đại diện ...",
    # "lễ trao giải cho 100 bức tranh"
    r"cũng|sẽ|gồm|là|không|mà|thì|nhưng|vì|nên|để|cho|thuộc|này|đó|vừa|đang|mới|tiếp tục|bắt đầu)\s"
)
# a report of a meeting is news: a date more than this far from the article's is another
# event's (the founding a "lễ kỷ niệm 60 năm" celebrates, a notice the meeting followed)
_NEWS_WINDOW = dt.timedelta(days=366)
_ANNIVERSARY_RE = re.compile(r"(?i)kỷ niệm\s+\d+\s+năm")
_LONE_YEAR_RE = re.compile(r"(?<![\d/.\-–])(?:19|20)\d\d(?![\d/.]|\s*[-–]\s*\d)")
_NOT_HELD_RE = re.compile(
    r"(?i)(?:mới|vừa|đã được|sẽ|sắp|dự kiến|dự định|quyết định|thống nhất|chuẩn bị|tiến tới|việc|để|hướng tới|"
    r"các|những|từng|trước khi|tới)\s+(?:\S+\s+){0,2}$"
    # or the verb is a noun's: "khu vực tổ chức lễ mít tinh", "kế hoạch tổ chức Đại hội"
    r"|(?i:khu vực|địa điểm|nơi|kế hoạch|công tác|phương án)\s+$"
)
# the verb that reports a meeting held stands right before its name
_HELD_BEFORE_RE = re.compile(rf"(?:{alternation('held_verb')})\s+(?:thành công\s+|trọng thể\s+|long trọng\s+)?$")
_CHAIRED_BEFORE_RE = re.compile(rf"(?<!sự )(?:{alternation('chair_verb')})\s+$")
# or after it: "Hội nghị X (khóa IX) đã bế mạc", "... được tổ chức"
_HELD_AFTER_RE = re.compile(rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?:đã\s+)?(?:được\s+)?(?:{alternation('held_verb')})\b")
_TIMED_OPENING_RE = re.compile(
    r"\s*(?:\([^)]{1,20}\)\s*[-–—]\s*)?(?i:(?:tháng|năm)\s+\d|%s|%s)" % (alternation("time_word"), alternation("lead_opener")))
_OTHER_TIME_RE = re.compile(
    r"(?i)\b(?:mới diễn ra|vừa diễn ra|trước đó|sắp tới|sẽ diễn ra|sẽ tổ chức|sẽ được tổ chức|sẽ khai mạc|"
    r"sẽ họp|sẽ bắt đầu|đang chuẩn bị|(?:ngày|tháng|tuần)\s+[\d/.\-–]+\s+tới)\b")
# a sentence that opens on a plan reports a meeting to come: "Dự kiến, hội nghị diễn ra ..."
_PLANNED_RE = re.compile(r"\s*(?:Dự kiến|Theo dự kiến|Theo kế hoạch)\b")
_FRONT_VERB_RE = re.compile(
    r"(?i)\s*(?:(?:Cũng\s+)?(?:Tại|tại)\s+[^,]{0,40},\s*)?(?P<verb>tham dự và chủ trì|%s)\b"
    % "|".join(alternation(c) for c in ("chair_verb", "attend_verb"))
)
# a body after a preposition depends on the clause before; it leads no list of holders
_DEPENDENT_BEFORE_RE = re.compile(r"(?i)(?<!\w)(?:của|với|theo|cho|tại|về|từ)\s+$")
_GAP_OK_RE = re.compile(r"^[^;:.!?“”\"]*$")
_LOCATION_RE = re.compile(r"\btại\s+")


@dataclass
class _Draft:
    title: str
    sentence: int | None  # the sentence reporting it held (None: from the headline/URL)
    noun_start: int
    title_end: int
    date: dt.date | None = None
    location: str | None = None
    organizer: str | None = None
    chairs: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    presenters: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: list[int] = field(default_factory=list)  # sentence indexes

    def add(self, role: str, names: list[str], sentence: int) -> None:
        bucket = getattr(self, role)
        for n in names:
            if n not in bucket:
                bucket.append(n)
        if names and sentence not in self.evidence:
            self.evidence.append(sentence)


def _title_end(text: str, start: int, limit: int) -> int:
    limit = min(limit, start + 300)  # a meeting's name is a phrase, not a page
    m = _TITLE_END_RE.search(text, start + 3, limit)
    end = m.start() if m else limit
    close = text.find(")", start, end)
    if close >= 0 and "(" not in text[start:close]:
        end = close  # "(hai ngày trước khi diễn ra đại hội)": the aside ends, so does the name
    opened = text.rfind("(", start, end)
    if opened >= 0 and ")" not in text[opened:end]:
        end = opened  # "... ở người (dịch SARS, dịch cúm...)": an aside the name does not close
    return len(text[:end].rstrip(" .\"”")) if end > start else end


def _noun_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(phrase_re("meeting_noun").finditer(text, start, end))


def _is_held(text: str, sent: Sentence, noun: re.Match[str], dated: bool, lead: bool) -> bool:
    before = text[max(sent.start, noun.start() - 60) : noun.start()]
    verb_before = _HELD_BEFORE_RE.search(before)
    if verb_before is not None and _NOT_HELD_RE.search(before[: verb_before.start()]):
        return False
    title_end = _title_end(text, noun.start(), sent.end)
    after = text[title_end : min(sent.end, title_end + 70)]
    verb_after = _HELD_AFTER_RE.match(after)
    # "Ngày 6-4, ông A đã chủ trì cuộc họp về ...": who chaired it dates a meeting held
    chaired_it = _CHAIRED_BEFORE_RE.search(before) is not None \
        and bool(dated or _TIMED_OPENING_RE.match(text, sent.start, sent.end))
    if not (verb_before or verb_after or chaired_it):
        return False
    if _OTHER_TIME_RE.search(text, sent.start, sent.end) or _PLANNED_RE.match(text, sent.start, sent.end):
        return False
    # a report dates it (a day, or a sentence opening on when: "Tháng 9/2000, ...") or
    # says who chaired it, or opens the article with it
    timed = _TIMED_OPENING_RE.match(text, sent.start, sent.end)
    chaired = phrase_re("chair_verb").search(text, sent.start, sent.end)
    return bool(dated or lead or timed or chaired)


def find_meetings(
    article: Article,
    persons: list[PersonMention],
    bodies: list[BodyMention],
    registry: BodyRegistry,
    documents: list[DocumentMention],
    role_holders: dict[str, set[str]],
    vocab: Vocabulary,
    slug_title: str | None = None,
) -> list[_Draft]:
    """The meetings the article reports held. ``slug_title``: the headline read from the
    article's URL, for articles that lost theirs."""
    text = article.text
    year = article.year
    body_sents = [s for s in article.sentences if article.headline is None or s.start >= article.headline.end]
    lead = {s.index for s in body_sents[:3]}
    drafts: list[_Draft] = []
    for sent in article.sentences:
        if article.headline and sent.start < article.headline.end:
            continue
        dates = [d for d in find_dates(text, sent.start, sent.end, year) if _is_news_date(d.date, article.published)]
        for noun in _noun_matches(text, sent.start, sent.end):
            dated = [d for d in dates if d.end <= noun.start()]
            if not _is_held(text, sent, noun, bool(dated), sent.index in lead):
                continue
            end = _title_end(text, noun.start(), sent.end)
            if _of_another_time(text, noun.start(), end, sent.end, year, article.published):
                continue
            if _is_bare(text[noun.start() : end]):
                # "đại hội ... đại hội biểu dương các gia đình hiếu học toàn quốc lần thứ nhất":
                # the sentence names it in full further on
                fuller = [(m, e) for m in _noun_matches(text, noun.end(), sent.end)
                          if fold(m.group()) == fold(noun.group())
                          and not _is_bare(text[m.start() : (e := _title_end(text, m.start(), sent.end))])
                          and not _of_another_time(text, m.start(), e, sent.end, year, article.published)]
                if fuller:
                    noun, end = fuller[0]
            d = _Draft(" ".join(text[noun.start() : end].split()), sent.index, noun.start(), end)
            d.date = dated[0].date if dated else _date_after(text, end, sent.end, year, _ANNIVERSARY_RE.search(d.title))
            if not _is_news_date(d.date, article.published):
                d.date = None
            d.location = _location(text, sent, vocab)
            d.organizer = _organizer(text, sent, noun.start(), end, bodies, registry)
            d.evidence.append(sent.index)
            if not any(_same_title(d.title, x.title) for x in drafts):
                drafts.append(d)
            break
    headline_title = _headline_meeting(article)
    if drafts and headline_title and _same_title(headline_title, drafts[0].title):
        drafts[0].title = headline_title  # the headline names it most fully
    if not drafts:
        title = headline_title
        if (title is None or len(title.split()) <= 2) and article.source_url:
            title = slug_title or title
        nouns = _noun_matches(title, 0, len(title)) if title else []
        if nouns:
            drafts.append(_Draft(title[nouns[0].start() :], None, -1, -1))
        elif (nouns := _noun_matches(text, 0, len(text))) and _mentions_meeting_at_all(text):
            drafts.append(_Draft(nouns[0].group(), None, -1, -1))
    for d in drafts:
        if d.organizer is None:
            d.organizer = _organizer_from_title(d.title, registry, vocab)
        d.documents = [doc.key for doc in documents
                       if d.sentence is not None and doc.sentence == d.sentence and d.noun_start <= doc.start < d.title_end]
        h = article.headline
        if h and d.sentence is not None and _noun_matches(text, h.start, h.end):  # the headline names the meeting
            d.documents += [doc.key for doc in documents if h.start <= doc.start < h.end and doc.key not in d.documents]
    if drafts:
        _assign_roles(article, persons, drafts, role_holders, vocab)
    drafts = [d for d in drafts if not _says_nothing(d)]
    # a meeting no sentence reports held is kept only where someone is said to act at a
    # meeting (phát biểu tại Hội nghị, chủ trì Hội nghị): otherwise the article only names it
    return [d for d in drafts if d.sentence is not None or any(
        _noun_matches(text, article.sentences[i].start, article.sentences[i].end) for i in d.evidence)]


def _is_news_date(date: dt.date | None, published: dt.date | dt.datetime | None) -> bool:
    """Can ``date`` be the day of a meeting an article of ``published`` reports? Without its
    own date an article only bounds "now" from below (kg.extract.dates.WEB_NEWS_SINCE)."""
    if date is None:
        return True
    if published is None:
        return date >= WEB_NEWS_SINCE - _NEWS_WINDOW
    return abs(date - _day(published)) <= _NEWS_WINDOW


def _day(published: dt.date | dt.datetime | None) -> dt.date | None:
    return published.date() if isinstance(published, dt.datetime) else published


def _of_another_time(text: str, start: int, end: int, sent_end: int, year: int | None,
                     published: dt.date | dt.datetime | None) -> bool:
    """``Thư ... gửi Đại hội các dân tộc thiểu số miền Nam tại Pleiku (19-4-1946)``: a
    meeting whose name the clause dates, with its year, far from the article's time is
    another time's, only named. (Not an anniversary, which is held now for a date then.)"""
    if _ANNIVERSARY_RE.search(text, start, end):
        return False
    clause = re.match(r"[^,;.]{0,60}", text[end:sent_end])
    dates = find_dates(text, end, end + clause.end(), year)
    if any(d.has_year and not _is_news_date(d.date, published) for d in dates):
        return True
    # or a lone year in its name or right after it, long before the news ("... miền Nam năm
    # 1946"); a term's years (nhiệm kỳ 2000-2005) do not count
    now = _day(published) or WEB_NEWS_SINCE
    return any(dt.date(int(y.group()), 12, 31) < now - _NEWS_WINDOW
               for y in _LONE_YEAR_RE.finditer(text, start, end + clause.end()))


def _is_bare(title: str) -> bool:
    return phrase_re("meeting_noun").fullmatch(title.strip()) is not None


def _says_nothing(d: _Draft) -> bool:
    """A meeting named only by its kind ("cuộc họp", "Đại hội") is not named: unless the
    article says who chaired it, it is not kept. Nor is one only a headline names
    ("nhiệm vụ Đại hội Đảng đã đề ra") where no one acts and nothing dates it."""
    if _is_bare(d.title):
        return not d.chairs  # the article's own name for it is wanted; who chaired it still tells
    return d.date is None and d.organizer is None and not d.chairs and d.sentence is None \
        and not (d.speakers or d.presenters)


def _mentions_meeting_at_all(text: str) -> bool:
    """Someone acts at a meeting (phát biểu tại Hội nghị, chủ trì Hội nghị)."""
    return bool(re.search(r"(?i)(?:tại|phát biểu[^.]{0,20}|chủ trì|khai mạc)\s+(?:%s)" % alternation("meeting_noun"), text))


def _headline_meeting(article: Article) -> str | None:
    if article.headline is None:
        return None
    h = article.text[article.headline.start : article.headline.end]
    nouns = _noun_matches(h, 0, len(h))
    if not nouns:
        return None
    if _NOT_HELD_RE.search(h[: nouns[0].start()]):
        return None  # "Hoàn tất công việc chuẩn bị đại hội Đảng lần thứ X": a meeting to come
    # the headline's clause may go on past the name ("... nhiệm vụ Đại hội Đảng đã đề ra")
    return h[nouns[0].start() : _title_end(h, nouns[0].start(), len(h))].rstrip(" .")


def _same_title(a: str, b: str) -> bool:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    if len(wa) <= 1 or len(wb) <= 1:
        return True  # a bare "Hội nghị" refers to the meeting at hand
    return len(wa & wb) / len(wa | wb) >= 0.5 or a.lower().startswith(b.lower()) or b.lower().startswith(a.lower())


def _date_after(text: str, pos: int, end: int, year: int | None, anniversary: bool = False) -> dt.date | None:
    """``Hội nghị X (khóa IX) đã bế mạc ... ngày 10/7`` / ``diễn ra tại Hà Nội trong 2 ngày
    (27 và 28-2-2006)``: the first date of the clause after the meeting's name, unless a
    document's number comes first (its date is the document's)."""
    stop = re.search(r"[;:]|\d+\s*[-/]\s*[A-ZĐ]", text[pos:end])
    limit = pos + stop.start() if stop else end
    dates = find_dates(text, pos, min(limit, pos + 90), year)
    if anniversary:
        # "lễ kỷ niệm 29 năm ngày miền Nam hoàn toàn giải phóng (30/4/1975-30/4/2004)": a
        # date written with its year after an anniversary's name is the day it celebrates
        dates = [d for d in dates if not d.has_year]
    return dates[0].date if dates else None


def _location(text: str, sent: Sentence, vocab: Vocabulary) -> str | None:
    for m in _LOCATION_RE.finditer(text, sent.start, sent.end):
        pm = vocab.place_re.match(text, m.end(), sent.end)
        if pm:
            return pm.group()
    return None


def _organizer(text: str, sent: Sentence, noun_start: int, title_end: int, bodies: list[BodyMention],
               registry: BodyRegistry) -> str | None:
    # "Hội nghị ... do X tổ chức"
    dm = re.search(r"\bdo\s+", text[title_end : sent.end])
    if dm:
        at = title_end + dm.end()
        for b in bodies:
            if b.start == at:
                return registry.add(b)
    # the subject: the last body named before the held verb
    # (not a body named in someone's title: "Tổng bí thư Ban chấp hành T.Ư ... bế mạc Đại hội")
    subject = [b for b in bodies if sent.start <= b.start and b.end <= noun_start
               and text.count("(", sent.start, b.start) <= text.count(")", sent.start, b.start)
               and not registry.vocab.title_ends_at(text, b.start, max(sent.start, b.start - 40))]
    if not subject:
        return None
    # "Thành ủy, HĐND, UBND, Ủy ban MTTQ TP Hà Nội đã tổ chức": the first of a list of
    # holders leads it, and the place written once at the end is every one's
    group = [subject[-1]]
    for b in reversed(subject[:-1]):
        # ("thực hiện chỉ đạo của Chính phủ, Bộ NN-PTNT đã tổ chức": Chính phủ is only of the clause before)
        if re.fullmatch(r"\s*(?:,|và)\s*", text[b.end : group[0].start]) \
                and not _DEPENDENT_BEFORE_RE.search(text, max(sent.start, b.start - 8), b.start):
            group.insert(0, b)
        else:
            break
    lead = group[0]
    inner = lead.levels[-1]
    if len(group) > 1 and inner.head and inner.head.needs == "place" and not inner.own:
        place = _trailing_place(group[-1].text, registry.vocab)
        if place:
            levels = registry.resolve(lead.levels[:-1] + (replace(inner, own=place),))
            return registry.add_levels(levels) if levels else None
    return registry.add(lead)


def _trailing_place(name: str, vocab: Vocabulary) -> str | None:
    """The place a body's name ends in (``TP Hà Nội``, ``tỉnh Quảng Nam``), as written."""
    m = re.search(r"(?:(?:tỉnh|thành phố|TP\.?|Tp\.?)\s+)?(?:%s)$" % vocab.place_re.pattern, name)
    return m.group() if m else None


def _organizer_from_title(title: str, registry: BodyRegistry, vocab: Vocabulary) -> str | None:
    """Guideline fallback: the body the meeting's name names (Hội nghị ... Ban Chấp hành Đảng bộ tỉnh)."""
    for b in find_bodies(title, 0, len(title), [], vocab):
        name = registry.add(b)
        if name:
            return name
    return None


# ---------------------------------------------------------------------------------- roles


def _persons_in(persons: list[PersonMention], start: int, end: int) -> list[PersonMention]:
    return [p for p in persons if start <= p.start and p.end <= end]


def _names(ps: list[PersonMention]) -> list[str]:
    out: list[str] = []
    for p in ps:
        if p.name not in out:
            out.append(p.name)
    return out


def _subject_before(text: str, persons: list[PersonMention], clause_start: int, verb_start: int) -> list[PersonMention]:
    """The person(s) a verb's clause opens with: names before it with no other verb between."""
    cands = _persons_in(persons, clause_start, verb_start)
    if not cands:
        return []
    last = cands[-1]
    gap = text[last.end : verb_start]
    if not _GAP_OK_RE.match(gap) or _has_verb(gap):
        return []
    # "X ... và đồng chí Y ..., chủ trì": everyone joined by "và" shares the verb
    group = [last]
    for p in reversed(cands[:-1]):
        between = text[p.end : group[0].start]
        if re.search(r"\svà\s+(?:đồng chí|Đồng chí|ông|bà|Đ/c)?\s*$", between) and _GAP_OK_RE.match(between) and not _has_verb(between):
            group.insert(0, p)
        else:
            break
    return group


def _subject_after(text: str, persons: list[PersonMention], verb_end: int, sent: Sentence) -> list[str]:
    """A verb phrase fronted before its subject: ``Phát biểu tại Hội nghị, đồng chí X``,
    ``Sáng nay, tại Hà Nội, phát biểu khai mạc Hội nghị ..., Chủ tịch nước X``, ``Chủ trì
    hội nghị, Đại tướng X, Bộ trưởng ...``. Only where no one stands before the verb in the
    sentence, and the subject follows the phrase's comma with nothing but titles, bodies
    and time or place words between."""
    comma = text.find(",", verb_end, sent.end)
    if comma == -1 or comma - verb_end > 160:
        return []
    after = [p for p in persons if p.start > comma]
    if not after:
        return []
    first = after[0]
    gap = text[comma + 1 : first.start]
    if _has_verb(gap) or re.search(r"[;:.!?]", gap) or gap.count(",") > 2 or len(gap) > 120:
        return []
    return [first.name]


def _has_verb(gap: str) -> bool:
    """Does another clause's verb stand in the gap (so the names before it are not the subject)?"""
    return any(phrase_re(cls).search(gap) for cls in ("speech_verb", "chair_verb", "present_verb", "held_verb", "report_verb"))


def _title_subject(text: str, sent: Sentence, verb_start: int, role_holders: dict[str, set[str]], vocab: Vocabulary) -> list[str]:
    """``Bộ trưởng nhấn mạnh``: a bare title as subject is its one holder in the article."""
    clause = text[sent.start : verb_start]
    m = None
    for m in vocab.role_re.finditer(clause):
        pass
    if m is None or clause[m.end() :].strip(" ,") not in ("", "cũng", "đã", "còn"):
        return []
    role = vocab.role(m.group())
    holders = role_holders.get(role.canonical, set()) if role else set()
    return sorted(holders) if len(holders) == 1 else []


def _assign_roles(article: Article, persons: list[PersonMention], drafts: list[_Draft],
                  role_holders: dict[str, set[str]], vocab: Vocabulary) -> None:
    text = article.text
    main = drafts[0]
    speech, chair, present = (phrase_re(c, re.IGNORECASE) for c in ("speech_verb", "chair_verb", "present_verb"))
    for sent in article.sentences:
        target = main
        for d in drafts[1:]:
            if d.sentence is not None and d.sentence <= sent.index:
                target = d
        nouns = _noun_matches(text, sent.start, sent.end)
        other = [n for n in nouns if not any(
            _same_title(" ".join(text[n.start() : _title_end(text, n.start(), sent.end)].split()), d.title) for d in drafts)
            and re.search(r"(?i)(?:tại|trong|ở)\s+$", text[max(sent.start, n.start() - 8) : n.start()])]
        if other and _OTHER_TIME_RE.search(text, sent.start, sent.end):
            continue  # what was said at another meeting (tại Hội nghị X mới diễn ra)
        s0, s1 = sent.start, sent.end
        front = _FRONT_VERB_RE.match(text, s0, s1)
        # chairs
        for v in chair.finditer(text, s0, s1):
            clause_final = re.match(r"\s*(?:[.;]|$)", text[v.end() : s1])  # "... đồng chủ trì."
            if not (nouns or clause_final or re.search(r"(?i)điểm cầu|buổi làm việc|phiên", text[s0:s1])):
                continue
            if re.match(r"\s*(?:,\s*)?(?:phối hợp|soạn thảo|xây dựng|triển khai|thực hiện|việc)\b", text[v.end() : s1]):
                continue
            pre = text[s0 : v.start()]
            if re.search(r"(?i)(?:dưới|với)\s+sự\s+(?:đồng\s+)?$", pre):
                names = _names(_persons_in(persons, v.end(), s1))
            elif (dm := re.search(r"\bdo\s+(?!.*\bdo\s)", pre)):
                names = _names(_persons_in(persons, s0 + dm.end(), v.start()))
            elif (cm := re.match(r"[^,]*,\s*(?:còn\s+)?có\s+", text[v.end() : s1])) and front and front["verb"].endswith("chủ trì"):
                names = _names(_persons_in(persons, v.end() + cm.end(), s1))
            elif not _persons_in(persons, s0, v.start()):
                names = _subject_after(text, persons, v.end(), sent) or _title_subject(text, sent, v.start(), role_holders, vocab)
            else:
                names = _names(_subject_before(text, persons, s0, v.start())) or _title_subject(text, sent, v.start(), role_holders, vocab)
            target.add("chairs", names, sent.index)
        # speakers and presenters: the verb's subject, before it or, for a fronted verb
        # phrase, right after its comma
        for rx, role in ((speech, "speakers"), (present, "presenters")):
            for v in rx.finditer(text, s0, s1):
                if re.search(r"(?i)(?:theo|với|qua|các|của|và|bản)\s+$", text[s0 : v.start()]):
                    continue  # a noun: theo báo cáo, nhất trí với Báo cáo
                fronted = not _persons_in(persons, s0, v.start())
                if text[v.start()].isupper() and v.start() != s0 and not fronted:
                    continue  # "Báo cáo Kiểm điểm": a document's name, not the verb
                if fronted:
                    if role == "presenters" and not re.match(r"[^,]{0,60}$", text[s0 : v.start()]):
                        continue  # a report only opens a sentence it presents
                    names = _subject_after(text, persons, v.end(), sent)
                else:
                    names = _names(_subject_before(text, persons, s0, v.start()))
                if not names and role == "speakers":
                    names = _title_subject(text, sent, v.start(), role_holders, vocab)
                target.add(role, names, sent.index)
        # attendees: "Đến dự Hội nghị có ...", "Dự Hội nghị, về phía X có đồng chí ..."
        if front and front["verb"].lower() in lexicon()["attend_verb"]:
            cm = re.search(r"\bcó\s+", text[front.end() : s1])
            at = front.end() + cm.end() if cm else front.end()
            target.add("attendees", _names(_persons_in(persons, at, s1)), sent.index)
        for m in re.finditer(r"(?i)có sự (?:tham dự|hiện diện|có mặt) của\s+", text[s0:s1]):
            target.add("attendees", _names(_persons_in(persons, s0 + m.end(), s1)), sent.index)


def add_meetings(ctx: ArticleContext) -> None:
    """Component: the meetings the article reports held, with who chaired, spoke,
    presented and attended (kg.extract.components)."""
    drafts = find_meetings(ctx.article, ctx.persons, ctx.bodies, ctx.registry, ctx.document_mentions,
                           ctx.role_holders, ctx.vocab, ctx.slug_title)
    ctx.meetings = tuple(
        Meeting(
            title=d.title,
            date=d.date,
            location=d.location,
            organizer=d.organizer,
            chairs=tuple(d.chairs),
            speakers=tuple(d.speakers),
            presenters=tuple(d.presenters),
            attendees=tuple(d.attendees),
            documents=tuple(dict.fromkeys(d.documents)),
            evidence=tuple(ctx.article.evidence(s) for s in sorted(d.evidence)),
        )
        for d in drafts
    )
