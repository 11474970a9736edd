"""Held or only mentioned: a report says so in a sentence that dates the meeting (or opens
the article) and has a body hold it: ``Ngày 28/6/2019 tại Hà Nội, Đảng ủy Bộ KH&CN đã tổ
chức Hội nghị ...``. A meeting named in passing (``tại Hội nghị X mới diễn ra``, ``hoàn
thành việc tổ chức Đại hội``) or planned (``Dự kiến, phiên họp diễn ra trong cả ngày
15/4``) is not reported as held.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.meetings.title import noun_matches, title_end
from kg.extract.patterns import term_of_office
from kg.model import Article, Sentence
from kg.vocab import Vocabulary


@dataclass(frozen=True)
class _Patterns:
    not_held: re.Pattern[str]  # "sẽ tổ chức", "việc tổ chức", "kế hoạch tổ chức": before the verb
    held_before: re.Pattern[str]  # "đã tổ chức (trọng thể)" right before the name
    chaired_before: re.Pattern[str]  # "chủ trì" right before the name (not "sự chủ trì")
    attended_before: re.Pattern[str]  # "đã dự" right before the name
    attendee_noun: re.Pattern[str]  # "có sự", "khách" before it: a noun's (có sự tham dự của; khách tham dự)
    held_after: re.Pattern[str]  # "(khóa IX) đã bế mạc", "được tổ chức" right after the name
    timed_opening: re.Pattern[str]  # a sentence opening on when: "Tháng 9/2000, ...", "Sáng 3-7"
    other_time: re.Pattern[str]  # "mới diễn ra", "sẽ khai mạc", "ngày 20/5 tới"
    planned: re.Pattern[str]  # "Dự kiến, ..." opening a sentence
    acted_at: re.Pattern[str]  # "phát biểu tại Hội nghị", "chủ trì Hội nghị"
    at_opening: re.Pattern[str]  # "Tại" opening the sentence, right before the meeting's name
    its_day: re.Pattern[str]  # "ngày 17/9/2022," right after the name
    kind_of_work: re.Pattern[str]  # "và các sự kiện" right after the noun


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _make_patterns(vocab))


def _make_patterns(vocab: Vocabulary) -> _Patterns:
    alt = vocab.alternation
    held, chair = alt("held_verb"), alt("chair_verb")
    day, month, year, week = (alt(c) for c in
                              ("date_day_word", "date_month_word", "date_year_word", "date_week_word"))
    return _Patterns(
        not_held=re.compile(
            r"(?i)(?:%s)\s+(?:\S+\s+){0,2}$"
            # or the verb is a noun's: "khu vực tổ chức lễ mít tinh", "kế hoạch tổ chức Đại hội"
            r"|(?i:%s)\s+$" % (alt("meeting_not_held_before"), alt("meeting_plan_noun"))),
        # "đã tổ chức (trọng thể)", or a working day of it ("trong ngày làm việc thứ tư của")
        held_before=re.compile(r"(?:(?:%s)\s+(?:(?:%s)\s+)?|(?i:%s)(?:\s+\S+){0,2}\s+(?:%s)\s+)$"
                               % (held, alt("meeting_held_manner"), alt("meeting_working_day"), alt("posts_of"))),
        chaired_before=re.compile(r"(?<!%s )(?:%s)\s+$" % (alt("meeting_nominaliser"), chair)),
        attended_before=re.compile(r"(?<!\w)(?:%s)\s+$" % alt("attend_verb")),
        attendee_noun=re.compile(r"(?<!\w)(?:%s|%s)\s+$" % (alt("meeting_nominaliser"), alt("meeting_attendee_noun"))),
        # (an aside between, "(...)" or ", nhiệm kỳ 2025-2030"; or what it did, after "đã":
        # "Đại hội ... đã hoàn thành nội dung", "đã bầu")
        held_after=re.compile(r"\s*(?:\([^)]{0,40}\)\s*|,\s*%s\s*)?"
                              r"(?:(?:(?:%s)\s+)?(?:(?:%s)\s+)?(?:%s)|(?:%s)\s+(?:%s))\b"
                              % (term_of_office(vocab), alt("past_marker"), alt("passive_marker"), held,
                                 alt("past_marker"), alt("held_done_verb"))),
        timed_opening=re.compile(r"\s*(?:\([^)]{1,20}\)\s*[-–—]\s*)?(?i:(?:%s|%s)\s+\d|%s|%s)"
                                 % (month, year, alt("time_word"), alt("lead_opener"))),
        other_time=re.compile(r"(?i)\b(?:%s|(?:%s|%s|%s)\s+[\d/.\-–]+\s+(?:%s))\b"
                              % (alt("meeting_other_time"), day, month, week, alt("meeting_coming_word"))),
        planned=re.compile(r"\s*(?:%s)\b" % alt("meeting_plan_opener")),
        acted_at=re.compile(r"(?i)(?:%s|(?:%s)[^.]{0,20})\s+(?:%s)"
                            % (alt("meeting_acted_at"), alt("meeting_spoke_at"), alt("meeting_noun"))),
        at_opening=re.compile(r"\s*(?i:%s|%s)\s+" % (alt("at_word"), alt("during_word"))),
        kind_of_work=re.compile(r"\s+(?:%s)\s+(?:%s)\s" % (alt("list_and"), alt("plural_word"))),
        # ("ngày 17/9/2022,", "sáng ngày 08/4/2021,")
        its_day=re.compile(r"\s*,?\s*(?i:(?:%s)\s+)?(?i:%s)\s+\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d\s*,"
                           % (alt("time_word"), day)),
    )


def is_to_come(before: str, vocab: Vocabulary) -> bool:
    """The words before a meeting's verb or name make it one to come or only named:
    ``Hoàn tất công việc chuẩn bị đại hội Đảng lần thứ X``, ``kế hoạch tổ chức Đại hội``."""
    return _patterns(vocab).not_held.search(before) is not None


def _held_verb_before(before: str, vocab: Vocabulary) -> re.Match[str] | None:
    """``Đảng ủy Bộ KH&CN đã tổ chức Hội nghị sơ kết công tác đảng``: the verb that holds
    a meeting right before its name."""
    return _patterns(vocab).held_before.search(before)


def _held_verb_after(text: str, sent: Sentence, name_end: int, vocab: Vocabulary) -> bool:
    """``Đại hội đại biểu Đảng bộ TP HCM khóa IX (nhiệm kỳ 2010-2015) đã bế mạc``: the
    verb after the name, an aside between."""
    after = text[name_end : min(sent.end, name_end + 70)]
    return _patterns(vocab).held_after.match(after) is not None


def _chaired_it(text: str, sent: Sentence, before: str, dated: bool, vocab: Vocabulary) -> bool:
    """``Ngày 1/7, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính
    phủ thường kỳ tháng 6``: in a dated sentence, who chaired or attended it reports a
    meeting held."""
    rx = _patterns(vocab)
    # "Sáng nay 1/12, đồng chí A đã dự lễ công bố Nghị quyết ...": attending it, too (not
    # "khách tham dự lễ khai mạc": who will attend, a noun)
    attended = rx.attended_before.search(before)
    if attended and rx.attendee_noun.search(before, 0, attended.start()):
        attended = None
    acted = rx.chaired_before.search(before) or attended
    return acted is not None and bool(dated or rx.timed_opening.match(text, sent.start, sent.end))


def _says_held(text: str, sent: Sentence, noun: re.Match[str], end: int, dated: bool, vocab: Vocabulary) -> bool:
    """A verb reports the meeting (whose name ends at ``end``) held, chaired, opened or
    closed (and no word before it makes it one to come)."""
    before = text[max(sent.start, noun.start() - 60) : noun.start()]
    verb_before = _held_verb_before(before, vocab)
    if verb_before is not None and is_to_come(before[: verb_before.start()], vocab):
        return False
    verb_after = _held_verb_after(text, sent, end, vocab)
    return bool(verb_before or verb_after or _chaired_it(text, sent, before, dated, vocab))


def _opened_at_its_day(text: str, sent: Sentence, noun: re.Match[str], end: int, vocab: Vocabulary) -> bool:
    """``Tại Hội nghị Ban Chấp hành Đảng bộ tỉnh ngày 17/9/2022, thừa ủy quyền ...``: a sentence
    that opens at the meeting, its day written with its name, reports it held."""
    rx = _patterns(vocab)
    return rx.at_opening.fullmatch(text, sent.start, noun.start()) is not None \
        and rx.its_day.match(text, end, sent.end) is not None


def sets_another_time(text: str, sent: Sentence, vocab: Vocabulary) -> bool:
    """The sentence puts its meeting at another time than the news: ``Đặc biệt, Bộ trưởng
    cũng nhấn mạnh tại Hội nghị "Khoa học và Đổi mới sáng tạo" mới diễn ra tại Hà Nội ngày
    15/5, ...``."""
    return _patterns(vocab).other_time.search(text, sent.start, sent.end) is not None


def _is_planned(text: str, sent: Sentence, vocab: Vocabulary) -> bool:
    """``Dự kiến, phiên họp diễn ra trong cả ngày 15/4, các thành viên Chính phủ thảo luận
    về ...``: a plan, not a report."""
    return _patterns(vocab).planned.match(text, sent.start, sent.end) is not None


def _is_a_report(text: str, sent: Sentence, dated: bool, lead: bool, vocab: Vocabulary) -> bool:
    """A report dates it (a day, or a sentence opening on when: ``Tháng 9/2000, ...``) or
    says who chaired it, or opens the article with it."""
    timed = _patterns(vocab).timed_opening.match(text, sent.start, sent.end)
    chaired = vocab.phrase_re("chair_verb").search(text, sent.start, sent.end)
    return bool(dated or lead or timed or chaired)


def is_held(text: str, sent: Sentence, noun: re.Match[str], dated: bool, lead: bool, vocab: Vocabulary) -> bool:
    """Does ``sent`` report the meeting whose noun is ``noun`` held? ``dated``: a date of the
    news stands before it in the sentence; ``lead``: the sentence opens the article."""
    if noun.group()[:1].islower() and _patterns(vocab).kind_of_work.match(text, noun.end(), sent.end):
        return False  # "chuyên ngành tổ chức hội nghị và các sự kiện": a kind of work, no meeting
    end = title_end(text, noun.start(), sent.end, vocab)
    opened_at_its_day = _opened_at_its_day(text, sent, noun, end, vocab)  # (held, and a report)
    if not (opened_at_its_day or _says_held(text, sent, noun, end, dated, vocab)):
        return False
    if sets_another_time(text, sent, vocab) or _is_planned(text, sent, vocab):
        return False
    return opened_at_its_day or _is_a_report(text, sent, dated, lead, vocab)


def day_named_with(text: str, name_end: int, limit: int, vocab: Vocabulary) -> int | None:
    """Where the day written right after a meeting's name ends (``phiên làm việc | sáng ngày
    08/4/2021,``), its comma left out; None where none is."""
    m = _patterns(vocab).its_day.match(text, name_end, limit)
    return m.end() - 1 if m else None


def lead_reports_it(text: str, sent: Sentence, vocab: Vocabulary) -> bool:
    """``Hôm nay, 5/5, dưới sự chủ trì của Thủ tướng A, Chính phủ họp phiên thường kỳ tháng
    4``: a sentence that opens on its time and says a meeting is held or chaired, as the lead
    under a headline that names the meeting does."""
    rx = _patterns(vocab)
    return rx.timed_opening.match(text, sent.start, sent.end) is not None \
        and vocab.phrases_re("held_verb", "chair_verb").search(text, sent.start, sent.end) is not None


def mentions_meeting_at_all(text: str, vocab: Vocabulary) -> bool:
    """Someone acts at a meeting (``phát biểu tại Hội nghị``, ``chủ trì Hội nghị``)."""
    return _patterns(vocab).acted_at.search(text) is not None


def headline_meeting(article: Article, vocab: Vocabulary) -> str | None:
    """The meeting the headline names, as far as its name goes: ``Hội nghị sơ kết công tác
    đảng 6 tháng đầu năm 2019``; none where the headline names one to come."""
    if article.headline is None:
        return None
    h = article.text[article.headline.start : article.headline.end]
    nouns = noun_matches(h, 0, len(h), vocab)
    if not nouns:
        return None
    if is_to_come(h[: nouns[0].start()], vocab):
        return None  # "Hoàn tất công việc chuẩn bị đại hội Đảng lần thứ X": a meeting to come
    # the headline's clause may go on past the name ("... nhiệm vụ Đại hội Đảng đã đề ra")
    return h[nouns[0].start() : title_end(h, nouns[0].start(), len(h), vocab)].rstrip(" .")
