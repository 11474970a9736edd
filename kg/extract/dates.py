"""Dates in running text: ``ngày 28/6/2019``, ``Chiều 22/5``, ``Sáng 3-7``, ``22-23/4/2021``,
``ngày 15 tháng 5 năm 2019``. A day and month with no year take the article's year, and only
count where a time word announces them (``3/7 quần chúng`` is a fraction, not a date).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.extract.patterns import Spans
from kg.ingest.dateline import parse_date
from kg.vocab import alternation

_TIME_WORD = rf"(?i:{alternation('time_word')}|vào)"
_FULL_RE = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})(?:\s*(?:[-–]|và|đến)\s*\d{1,2})?\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})(?![\d/])"
)
_WORDS_RE = re.compile(r"(?i)ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>(?:19|20)\d{2}))?")
_SHORT_RE = re.compile(
    _TIME_WORD + r"(?:\s+(?:ngày|nay|qua|mai))?\s*(?:\([^)]{0,12}\)\s*)?,?\s*(?P<d>\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*[/\-]\s*(?P<m>\d{1,2})(?![\d/\-])"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    has_year: bool


def find_dates(text: str, start: int, end: int, default_year: int | None) -> list[DateMention]:
    out: list[DateMention] = []
    taken = Spans()
    for rx, needs_year in ((_FULL_RE, False), (_WORDS_RE, False), (_SHORT_RE, True)):
        for m in rx.finditer(text, start, end):
            if taken.overlaps(*m.span()):
                continue
            year = m.groupdict().get("y")
            if year is None:
                if default_year is None:
                    continue
                year = str(default_year)
            day = parse_date(m["d"], m["m"], year)
            if day is None:
                continue
            taken.add(*m.span())
            out.append(DateMention(m.start(), m.end(), day, m.groupdict().get("y") is not None))
    return sorted(out, key=lambda d: d.start)


# an article with no date is taken to be no older than Vietnamese news on the web
WEB_NEWS_SINCE = dt.date(1997, 1, 1)


def article_now(text: str, published: dt.date | dt.datetime | None) -> dt.date:
    """What "now" is for an article: its date; else no earlier than the latest full date it
    writes (news reports the present) nor than Vietnamese news on the web."""
    if published is not None:
        return published.date() if isinstance(published, dt.datetime) else published
    written = (d.date for d in find_dates(text, 0, len(text), None) if d.has_year)
    return max([WEB_NEWS_SINCE, *written])
