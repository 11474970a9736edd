"""When a meeting was held: a report of a meeting is news, so its date lies near the
article's; a date far from it is another event's (the founding a ``lễ kỷ niệm 60 năm``
celebrates, a notice the meeting followed)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.extract.dates import DayYear, WEB_NEWS_SINCE, find_dates
from kg.vocab import Vocabulary
from kg.vocab.alphabet import SYMBOL_CAPITALS

# a date more than this far from the article's is not the day of a meeting it reports
NEWS_WINDOW = dt.timedelta(days=366)
_LONE_YEAR_RE = re.compile(r"(?<![\d/.\-–])(?:19|20)\d\d(?![\d/.]|\s*[-–]\s*\d)")
# what ends the clause a meeting's date is read in: a colon, or a document's number
# (its date is the document's)
_DATE_CLAUSE_END_RE = re.compile(rf"[;:]|\d+\s*[-/]\s*[{SYMBOL_CAPITALS}]")


@dataclass(frozen=True)
class _Patterns:
    anniversary: re.Pattern[str]  # "kỷ niệm 60 năm"


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _Patterns(
        anniversary=re.compile(r"(?i)(?:%s)\s+\d+\s+(?:%s)" % (vocab.alternation("meeting_anniversary"),
                                                                vocab.alternation("date_year_word")))))


def is_anniversary(title: str, vocab: Vocabulary) -> bool:
    """``Lễ kỷ niệm 60 năm ngày thành lập``: held now for a date long past."""
    return _patterns(vocab).anniversary.search(title) is not None


def day_of(published: dt.date | dt.datetime | None) -> dt.date | None:
    return published.date() if isinstance(published, dt.datetime) else published


def is_news_date(date: dt.date | None, published: dt.date | dt.datetime | None) -> bool:
    """Can ``date`` be the day of a meeting an article of ``published`` reports? Without its
    own date an article only bounds "now" from below (kg.extract.dates.WEB_NEWS_SINCE)."""
    if date is None:
        return True
    if published is None:
        return date >= WEB_NEWS_SINCE - NEWS_WINDOW
    return abs(date - day_of(published)) <= NEWS_WINDOW


def of_another_time(text: str, start: int, end: int, sent_end: int, year: DayYear,
                    published: dt.date | dt.datetime | None, vocab: Vocabulary) -> bool:
    """``Thư ... gửi Đại hội các dân tộc thiểu số miền Nam tại Pleiku (19-4-1946)``: a
    meeting whose name the clause dates, with its year, far from the article's time is
    another time's, only named. (Not an anniversary, which is held now for a date then.)"""
    if _patterns(vocab).anniversary.search(text, start, end):
        return False
    clause = re.match(r"[^,;.]{0,60}", text[end:sent_end])
    dates = find_dates(text, end, end + clause.end(), year, vocab)
    if any(d.has_year and not is_news_date(d.date, published) for d in dates):
        return True
    # or a lone year in its name or right after it, long before the news ("... miền Nam năm
    # 1946"); a term's years (nhiệm kỳ 2000-2005) do not count
    now = day_of(published) or WEB_NEWS_SINCE
    return any(dt.date(int(y.group()), 12, 31) < now - NEWS_WINDOW
               for y in _LONE_YEAR_RE.finditer(text, start, end + clause.end()))


def date_after(text: str, pos: int, end: int, year: DayYear, vocab: Vocabulary,
               anniversary: bool = False) -> dt.date | None:
    """``Hội nghị X (khóa IX) đã bế mạc ... ngày 10/7`` / ``diễn ra tại Hà Nội trong 2 ngày
    (27 và 28-2-2006)``: the first date of the clause after the meeting's name, unless a
    document's number comes first (its date is the document's)."""
    stop = _DATE_CLAUSE_END_RE.search(text[pos:end])
    limit = pos + stop.start() if stop else end
    dates = find_dates(text, pos, min(limit, pos + 90), year, vocab)
    if anniversary:
        # "lễ kỷ niệm 29 năm ngày miền Nam hoàn toàn giải phóng (30/4/1975-30/4/2004)": a
        # date written with its year after an anniversary's name is the day it celebrates
        dates = [d for d in dates if not d.has_year]
    return dates[0].date if dates else None
