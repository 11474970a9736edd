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
from kg.vocab import Vocabulary


# the year of a day written without one: the article's, or per month (Article.day_year)
DayYear = int | dict[int, int] | None


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    has_year: bool


@dataclass(frozen=True)
class _Patterns:
    """The three ways a date is written, compiled once per vocabulary (the order is the
    order they are read in: a span one way takes is not read again another way)."""

    range: re.Pattern[str]
    full: re.Pattern[str]
    in_words: re.Pattern[str]
    short: re.Pattern[str]


def _range_re(vocab: Vocabulary) -> re.Pattern[str]:
    """``Từ ngày 20/3 đến ngày 24/3/2006``: days of two months, the year after the last; the
    first day is the date (y2 and m2: the last's year and month, for a range across a year's end)."""
    return re.compile(
        r"(?<![\d/.\-])(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*(?:[-–]|(?:%s))\s*(?:(?i:%s)\s+)?"
        r"\d{1,2}\s*[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>(?:19|20)\d{2})(?![\d/])"
        % (vocab.alternation("date_span_joiner"), vocab.alternation("date_day_word")))


def _full_re(vocab: Vocabulary) -> re.Pattern[str]:
    """``ngày 28/6/2019``, ``22-23/4/2021``, ``(27 và 28-2-2006)``: day, month and year."""
    return re.compile(
        r"(?<![\d/.\-])(?P<d>\d{1,2})(?:\s*(?:[-–]|%s)\s*\d{1,2})?\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*"
        r"(?P<y>(?:19|20)\d{2})(?![\d/])" % vocab.alternation("date_range_joiner"))


def _in_words_re(vocab: Vocabulary) -> re.Pattern[str]:
    """``ngày 15 tháng 5 năm 2019``, ``ngày 05 tháng 8``: the calendar's words spelled out."""
    day, month, year = (vocab.alternation(c) for c in ("date_day_word", "date_month_word", "date_year_word"))
    return re.compile(r"(?i)(?:%s)\s+(?P<d>\d{1,2})\s+(?:%s)\s+(?P<m>\d{1,2})(?:\s+(?:%s)\s+(?P<y>(?:19|20)\d{2}))?"
                      % (day, month, year))


def _short_re(vocab: Vocabulary) -> re.Pattern[str]:
    """``Chiều 22/5``, ``Sáng nay (3-7), ...``, ``vào 3/7``, ``Chiều 28.6``: a day and month
    a time word announces, with no year."""
    time_word = r"(?i:%s)" % vocab.alternation("time_word")
    preposition = r"(?i:%s)" % vocab.alternation("date_time_preposition")
    # "Chiều 28.6": a dot between day and month too, after a time word only (not "vào 9.10
    # sáng", a clock time; not "28.6.2019", a full date, read first)
    return re.compile(
        r"(?:(?P<timed>%s)|%s)(?:\s+(?:%s))?\s*(?:\([^)]{0,12}\)\s*)?,?\s*(?P<d>\d{1,2})(?:\s*[-–]\s*\d{1,2})?"
        r"(?:\s*[/\-]\s*|(?(timed)\.|(?!)))(?P<m>\d{1,2})(?![\d/\-]|[.,]\d)"
        % (time_word, preposition, vocab.alternation("date_after_time_word")))


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _Patterns(_range_re(vocab), _full_re(vocab), _in_words_re(vocab),
                                                   _short_re(vocab)))


def find_dates(text: str, start: int, end: int, default_year: DayYear, vocab: Vocabulary) -> list[DateMention]:
    """The dates of text[start:end]; a day without a year takes ``default_year``, or, given
    month -> year (an undated article's, Article.day_year), the year of its month."""
    out: list[DateMention] = []
    taken = Spans()
    rx = _patterns(vocab)
    for pattern in (rx.range, rx.full, rx.in_words, rx.short):
        for m in pattern.finditer(text, start, end):
            if taken.overlaps(*m.span()):
                continue
            year = written = m.groupdict().get("y") or _range_start_year(m)
            if year is None:
                known = default_year.get(int(m["m"])) if isinstance(default_year, dict) else default_year
                if known is None:
                    continue
                year = str(known)
            day = parse_date(m["d"], m["m"], year)
            if day is None:
                continue
            taken.add(*m.span())
            out.append(DateMention(m.start(), m.end(), day, written is not None))
    return sorted(out, key=lambda d: d.start)


def _range_start_year(m: re.Match[str]) -> str | None:
    """The year of a range's first day: the last day's, or the one before where the range
    crosses a year's end (``28/12 đến 3/1/2007``)."""
    y2 = m.groupdict().get("y2")
    if y2 is None:
        return None
    return str(int(y2) - 1) if int(m["m"]) > int(m["m2"]) else y2


# an article with no date is taken to be no older than Vietnamese news on the web
WEB_NEWS_SINCE = dt.date(1997, 1, 1)


def article_now(text: str, published: dt.date | dt.datetime | None, vocab: Vocabulary) -> dt.date:
    """What "now" is for an article: its date; else no earlier than the latest full date it
    writes (news reports the present) nor than Vietnamese news on the web."""
    if published is not None:
        return published.date() if isinstance(published, dt.datetime) else published
    written = (d.date for d in find_dates(text, 0, len(text), None, vocab) if d.has_year)
    return max([WEB_NEWS_SINCE, *written])
