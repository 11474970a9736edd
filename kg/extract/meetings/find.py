"""Finding the meetings an article reports: candidates sentence by sentence (a meeting's
noun in a sentence that reports it held), else the meeting the headline (or the URL slug
standing in for it) names; then their documents and who did what at them."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.bodies import BodyMention, BodyRegistry
from kg.extract.dates import DateMention, find_dates
from kg.extract.documents import DocumentMention
from kg.extract.meetings.draft import MeetingDraft
from kg.extract.meetings.held import day_named_with, headline_meeting, is_held, lead_reports_it, mentions_meeting_at_all
from kg.extract.meetings.organizer import location, organizer, organizer_from_title
from kg.extract.meetings.roles import assign_roles
from kg.extract.meetings.title import is_bare, noun_matches, same_title, title_end, title_text
from kg.extract.meetings.when import date_after, is_anniversary, is_news_date, of_another_time
from kg.ingest.normalize import fold
from kg.model import Article, Sentence
from kg.vocab import Vocabulary

if TYPE_CHECKING:
    import re

    from kg.extract.context import ArticleContext


def _body(article: Article) -> list[Sentence]:
    """The sentences after the headline."""
    return [s for s in article.sentences if article.headline is None or s.start >= article.headline.end]


def _lead_sentences(article: Article) -> set[int]:
    """The first three sentences after the headline: the article's lead."""
    return {s.index for s in _body(article)[:3]}


def _fuller_name(article: Article, sent: Sentence, noun: re.Match[str],
                 vocab: Vocabulary) -> tuple[re.Match[str], int] | None:
    """``đại hội ... đại hội biểu dương các gia đình hiếu học toàn quốc lần thứ nhất``: a
    bare noun the sentence names in full further on."""
    text = article.text
    for m in noun_matches(text, noun.end(), sent.end, vocab):
        if fold(m.group()) != fold(noun.group()):
            continue
        e = title_end(text, m.start(), sent.end, vocab)
        if not is_bare(text[m.start() : e], vocab) \
                and not of_another_time(text, m.start(), e, sent.end, article.day_year, article.published, vocab):
            return m, e
    return None


def _year_of_its_name(title: str, vocab: Vocabulary) -> int | None:
    """The year a meeting's name ends in (``kỳ họp thứ 10 bất thường năm 2019``); not a
    target year (``hội nghị triển khai Đề án ... tầm nhìn đến năm 2020``)."""
    m = vocab.memo(("meetings_year_of_name",), lambda: re.compile(
        r"(?i)(?<!\w)(?:%s)\s+((?:19|20)\d{2})\s*$" % vocab.alternation("date_year_word"))).search(title)
    if m is None:
        return None
    word_before = title[: m.start()].split()[-1:]
    return None if word_before and fold(word_before[0]) in vocab.words("date_horizon_word") else int(m.group(1))


def _in_year(day: dt.date, year: int) -> dt.date | None:
    """DAY in YEAR (None for a 29 February of a year that has none)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _named_in_full(article: Article, bare: str, vocab: Vocabulary) -> str | None:
    """The one full name the article gives a meeting of the noun a bare name is (``Chủ trì
    hội nghị, Phó thủ tướng ...`` of an article that wrote ``tại hội nghị triển khai chỉ thị
    về tiêm văcxin phòng cúm`` before); None where it gives none or several."""
    text, names = article.text, {}
    for sent in article.sentences:
        for m in noun_matches(text, sent.start, sent.end, vocab):
            e = title_end(text, m.start(), sent.end, vocab)
            rest = text[m.end() : e].split()
            # (a name, not a time: "cuộc họp hôm nay"; three words or a capital)
            named = len(rest) >= 3 or any(w[:1].isupper() for w in rest)
            if fold(m.group()) == fold(bare) and named \
                    and not of_another_time(text, m.start(), e, sent.end, article.day_year, article.published, vocab):
                names.setdefault(fold(title_text(text, m.start(), e)), title_text(text, m.start(), e))
    return next(iter(names.values())) if len(names) == 1 else None


def _draft(article: Article, sent: Sentence, noun: re.Match[str], end: int, dated: list[DateMention],
           bodies: list[BodyMention], registry: BodyRegistry, vocab: Vocabulary,
           day_from: int | None = None) -> MeetingDraft:
    """The meeting a sentence reports held, with its date, place and organizer (DAY_FROM:
    where the day its name ends in starts)."""
    text = article.text
    d = MeetingDraft(title_text(text, noun.start(), end), sent.index, noun.start(), end)
    # the date nearest before the name ("Nhân kỷ niệm ... (19/5/1890 - 19/5/2022), sáng
    # 03/6/2022, Chi bộ ... tiến hành đại hội": the day of the meeting is the last)
    # (the day written nearest before the name, where its year is known: "..., trong chương
    # trình X (ngày 31-12-2005 vừa qua), sáng 25-1, Ủy ban ... tổ chức lễ trao ...", of an
    # undated article, has none)
    written = find_dates(text, sent.start, noun.start(), _ANY_YEAR, vocab)
    if dated and (not written or dated[-1].start >= written[-1].start):
        d.date = _opened_by_a_time_word(text, dated, vocab).date  # (or the day a sentence of its own before gives)
    elif not written:
        d.date = date_after(text, end if day_from is None else day_from, sent.end, article.day_year, vocab,
                            is_anniversary(d.title, vocab))
    elif not written[-1].has_year and (year := _year_of_its_name(d.title, vocab)):
        # "Ngày 27-5, HĐND tỉnh ... tổ chức kỳ họp thứ 10 bất thường năm 2019": the year its name gives
        d.date = _in_year(written[-1].date, year)
    if not is_news_date(d.date, article.published):
        d.date = None
    d.location = location(text, sent, vocab)
    d.organizer = organizer(text, sent, noun.start(), end, bodies, registry, vocab)
    d.evidence.append(sent.index)
    return d


def _held_in(article: Article, sent: Sentence, lead: bool, bodies: list[BodyMention], registry: BodyRegistry,
             vocab: Vocabulary) -> MeetingDraft | None:
    """The first meeting ``sent`` reports held: ``Ngày 28/6/2019 tại Hà Nội, Đảng ủy Bộ
    Khoa học và Công nghệ (KH&CN) đã tổ chức Hội nghị sơ kết công tác đảng.``"""
    text, year = article.text, article.day_year
    nouns = noun_matches(text, sent.start, sent.end, vocab)
    if not nouns:
        return None
    dates = [d for d in _dates_of(article, sent, vocab) if is_news_date(d.date, article.published)]
    for noun in nouns:
        dated = [d for d in dates if d.end <= noun.start()]
        if not is_held(text, sent, noun, bool(dated), lead, vocab):
            continue
        end = title_end(text, noun.start(), sent.end, vocab)
        if of_another_time(text, noun.start(), end, sent.end, year, article.published, vocab):
            continue
        day_from = None
        # "Trong phiên làm việc sáng ngày 08/4/2021, Quốc hội ...": a bare name with its day is
        # named by it; else by the full name the sentence gives further on
        if is_bare(text[noun.start() : end], vocab) and (day_end := day_named_with(text, end, sent.end, vocab)):
            day_from, end = end, day_end
        if is_bare(text[noun.start() : end], vocab):
            noun, end = _fuller_name(article, sent, noun, vocab) or (noun, end)
        return _draft(article, sent, noun, end, dated, bodies, registry, vocab, day_from)
    return None


_ANY_YEAR = 2000  # a year to find a day and month by, whatever its year
_DATE_SENTENCE_WORDS = 5  # "Sáng 20/11/2015.", "Chiều ngày 3/7/2020 (thứ Sáu)."


def _opened_by_a_time_word(text: str, dated: list[DateMention], vocab: Vocabulary) -> DateMention:
    """Of the dates before a meeting's name, the last a time word opens ("Sáng 03/6/2022,
    nhân dịp kỷ niệm ... (19/5/1890 - 19/5/2022), Chi bộ ... tổ chức Đại hội"), else the last."""
    opener = vocab.memo(("meetings_time_opened",), lambda: re.compile(
        r"(?i)(?<!\w)(?:%s)(?:\s+\w+)?\s*$" % vocab.alternation("time_word")))
    timed = [d for d in dated if opener.search(text, max(0, d.start - 16), d.start)]
    return (timed or dated)[-1]


def _dates_of(article: Article, sent: Sentence, vocab: Vocabulary) -> list[DateMention]:
    """The dates of the sentence; for one with none, the date a sentence of its own before it
    is (``Sáng 20/11/2015. Công đoàn Tổng công ty đã tổ chức hội nghị ...``)."""
    dates = find_dates(article.text, sent.start, sent.end, article.day_year, vocab)
    if dates or sent.index == 0:
        return dates
    prev = article.sentences[sent.index - 1]
    words = article.text[prev.start : prev.end].split()
    # (a when, opened by a word: not the page's stamp, "28/12/2020 13:39 400")
    if not words or len(words) > _DATE_SENTENCE_WORDS or not words[0][0].isalpha():
        return dates
    before = find_dates(article.text, prev.start, prev.end, article.day_year, vocab)
    return [replace(before[0], start=sent.start, end=sent.start)] if len(before) == 1 else dates


def _reported(article: Article, bodies: list[BodyMention], registry: BodyRegistry,
              vocab: Vocabulary) -> list[MeetingDraft]:
    """The meetings the article's sentences report held, one per name."""
    lead = _lead_sentences(article)
    drafts: list[MeetingDraft] = []
    for sent in article.sentences:
        if article.headline and sent.start < article.headline.end:
            continue
        d = _held_in(article, sent, sent.index in lead, bodies, registry, vocab)
        if d is not None and not any(same_title(d.title, x.title) for x in drafts):
            drafts.append(d)
    return drafts


def _date_from_another_sentence(d: MeetingDraft, article: Article, headlined: bool, vocab: Vocabulary) -> None:
    """``HĐND xã X tổ chức kỳ họp chuyên đề về ... . Kỳ họp thứ 13, nhiệm kỳ XIII, tổ chức vào
    chiều ngày 22/4/2024 ...``: another sentence that opens on the meeting's noun, and gives
    one day, dates an undated meeting; so does the lead under a headline that names it, where
    it opens on its time (``Hôm nay, 5/5, dưới sự chủ trì của ..., Chính phủ họp ...``)."""
    nouns = noun_matches(d.title, 0, len(d.title), vocab)
    if d.date is not None or not nouns:
        return
    noun = fold(nouns[0].group())
    body = _body(article)
    # (the lead: the first sentence of words, not the dateline under the headline)
    lead = next((s for s in body if any(c.isalpha() for c in article.text[s.start : s.end])), None)
    if headlined and lead is not None and lead.index != d.sentence and lead_reports_it(article.text, lead, vocab):
        d.date = _one_news_date(article, lead, vocab)
        return
    for sent in (s for s in body if s.index != d.sentence):
        opener = vocab.phrase_re("meeting_noun").match(article.text, sent.start, sent.end)
        if opener is not None and fold(opener.group()) == noun:
            d.date = _one_news_date(article, sent, vocab)
            return


def _one_news_date(article: Article, sent: Sentence, vocab: Vocabulary) -> dt.date | None:
    """The one day of the news a sentence gives, if it gives one."""
    dates = [x for x in find_dates(article.text, sent.start, sent.end, article.day_year, vocab)
             if is_news_date(x.date, article.published)]
    return dates[0].date if len(dates) == 1 else None


def _named_only(article: Article, headline_title: str | None, slug_title: str | None,
                vocab: Vocabulary) -> list[MeetingDraft]:
    """Where no sentence reports one: the meeting the headline names (or the URL slug, for a
    headline too short to name it), else the first meeting the text names where someone is
    said to act at one."""
    text = article.text
    title = headline_title
    if (title is None or len(title.split()) <= 2) and article.source_url:
        title = slug_title or title
    nouns = noun_matches(title, 0, len(title), vocab) if title else []
    if nouns:
        return [MeetingDraft(title[nouns[0].start() :], None, -1, -1)]
    if (nouns := noun_matches(text, 0, len(text), vocab)) and mentions_meeting_at_all(text, vocab):
        return [MeetingDraft(nouns[0].group(), None, -1, -1)]
    return []


def _documents_of(d: MeetingDraft, article: Article, documents: list[DocumentMention], vocab: Vocabulary) -> list[str]:
    """The documents written in the meeting's name (``Hội nghị tổng kết 10 năm thực hiện
    Nghị quyết số 22-NQ/TW``), and those of a headline that names the meeting."""
    found = [doc.key for doc in documents
             if d.sentence is not None and doc.sentence == d.sentence and d.noun_start <= doc.start < d.title_end]
    h = article.headline
    if h and d.sentence is not None and noun_matches(article.text, h.start, h.end, vocab):
        found += [doc.key for doc in documents if h.start <= doc.start < h.end and doc.key not in found]
    return found


def _says_nothing(d: MeetingDraft, vocab: Vocabulary) -> bool:
    """A meeting named only by its kind ("cuộc họp", "Đại hội") is not named: unless the
    article says who chaired it, it tells nothing a graph can hold."""
    if is_bare(d.title, vocab):
        return not d.chairs  # the article's own name for it is wanted; who chaired it still tells
    return d.date is None and d.organizer is None and not d.chairs and d.sentence is None \
        and not (d.speakers or d.presenters)


def _acted_at(d: MeetingDraft, article: Article, vocab: Vocabulary) -> bool:
    """Someone is said to act at a meeting in one of its sentences (phát biểu tại Hội nghị)."""
    return any(noun_matches(article.text, article.sentences[i].start, article.sentences[i].end, vocab)
               for i in d.evidence)


def find_meetings(ctx: ArticleContext) -> list[MeetingDraft]:
    """The meetings the article reports held (``ctx.slug_title``: the headline read from the
    article's URL, for articles that lost theirs)."""
    article, vocab, registry = ctx.article, ctx.vocab, ctx.registry
    drafts = _reported(article, ctx.bodies, registry, vocab)
    headline_title = headline_meeting(article, vocab)
    if drafts and headline_title and same_title(headline_title, drafts[0].title):
        drafts[0].title = headline_title  # the headline names it most fully
    if not drafts:
        drafts = _named_only(article, headline_title, ctx.slug_title, vocab)
    for d in drafts:
        if d.organizer is None:
            d.organizer = organizer_from_title(d.title, registry, vocab)
        _date_from_another_sentence(d, article, headline_title is not None and same_title(headline_title, d.title),
                                    vocab)
        d.documents = _documents_of(d, article, ctx.document_mentions, vocab)
    if drafts:
        assign_roles(article, ctx.persons, drafts, ctx.role_holders, vocab)
    drafts = [d for d in drafts if not _says_nothing(d, vocab)]
    # a meeting no sentence reports held is kept only where someone is said to act at a
    # meeting (phát biểu tại Hội nghị, chủ trì Hội nghị): otherwise the article only names it
    drafts = [d for d in drafts if d.sentence is not None or _acted_at(d, article, vocab)]
    for d in drafts:
        if is_bare(d.title, vocab):
            d.title = _named_in_full(article, d.title, vocab) or d.title
    return drafts
