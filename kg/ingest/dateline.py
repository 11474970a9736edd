"""Publication date, source URL and headline from the top and bottom of an article.

News pages put the publication stamp on a short line of its own near the top
(``Thứ bảy, 29/06/2019 16:24 GMT+7``, ``28/12/2020 13:39``, ``11:16 23/05/2018``,
``10:16 | 11-06-2025``, ``Cập nhật 23.08.2023 2:58:01 CH``, a machine's ``2025-05-09
17:36:00.0``) or, in print editions, next to the weekday (``Thứ Năm (25/1/2024)``). A "source" line names the URL (``Theo https://...``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

_DATE = r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})"
_TIME = r"(?P<H>\d{1,2})\s*[:h]\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>SA|CH|AM|PM|sa|ch|am|pm)?"
_WEEKDAY = r"(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)|[Cc]hủ\s+[Nn]hật|CN|T[2-7])"
_DATE_RE = re.compile(_DATE)
# a site's machine stamp, ISO-like: "2025-05-09 17:36:00.0"
_ISO_DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_TIME_RE = re.compile(r"(?<![\d/.\-])" + _TIME + r"(?![\d/.\-])")
_WEEKDAY_DATE_RE = re.compile(_WEEKDAY + r"\s*[,(\-]?\s*(?:ngày\s*)?" + _DATE)
# What may stand on a dateline besides the date and time.
_DATELINE_NOISE_RE = re.compile(
    r"(?i)" + _WEEKDAY + r"|gmt\s*[+-]\s*\d+|utc\s*[+-]?\s*\d*|cập nhật( lúc)?|ngày đăng|đăng lúc|"
    r"ngày|lúc|giờ|(?:số\s+)?lượt\s+(?:xem|đọc|truy\s+cập)|[|,:()\-–—/]|\d+"
)
# a byline before the stamp: "Nhật Hạ - 17:56, 16/05/2024" (a name of a few words, a dash, a time)
_BYLINE_RE = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,4}[^\W\d_]+\s+[-–|]\s+(?=.*\d{1,2}\s*[:h]\s*\d{2})")
_URL_RE = re.compile(r"https?://[^\s<>\"')\[\]]+")
_SOURCE_LINE_RE = re.compile(r"^\s*(?:Theo|Nguồn|Source|Link|Link gốc|Bài gốc)\s*[:\-]?\s*(https?://[^\s\[\]]+)\s*$", re.I)


def parse_date(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _time(m: re.Match[str]) -> dt.time | None:
    hour, minute = int(m["H"]), int(m["M"])
    ampm = (m["ampm"] or "").upper()
    if ampm in ("CH", "PM") and hour < 12:
        hour += 12
    elif ampm in ("SA", "AM") and hour == 12:
        hour = 0
    try:
        return dt.time(hour, minute)  # to the minute, as the guideline records it (2:58:01 CH is 14:58)
    except ValueError:
        return None


def _stamp(line: str) -> dt.date | dt.datetime | None:
    dm = _DATE_RE.search(line) or _ISO_DATE_RE.search(line)
    if not dm or not (day := parse_date(dm["d"], dm["m"], dm["y"])):
        return None
    rest = line[: dm.start()] + " " + line[dm.end() :]
    tm = _TIME_RE.search(rest)
    t = _time(tm) if tm else None
    return dt.datetime.combine(day, t) if t else day


def is_dateline(line: str) -> bool:
    """A short line that is (almost) only a date stamp, possibly with time and view count."""
    if len(line) > 90 or not (_DATE_RE.search(line) or _ISO_DATE_RE.search(line)):
        return False
    line = _BYLINE_RE.sub("", line, count=1)
    leftover = _DATELINE_NOISE_RE.sub(" ", _ISO_DATE_RE.sub(" ", _DATE_RE.sub(" ", line))).replace(".", " ")
    return len(leftover.split()) <= 1


def written_months(text: str) -> tuple[tuple[int, int], ...]:
    """(month, year) of the full dates the text writes, the year written most in each month
    (the latest of equals): in an undated article, a day of that month written without its
    year is of that year."""
    years: dict[int, Counter] = {}
    for m in _DATE_RE.finditer(text):
        if (day := parse_date(m["d"], m["m"], m["y"])) is not None:
            years.setdefault(day.month, Counter())[day.year] += 1
    return tuple(sorted((month, max(c, key=lambda y: (c[y], y))) for month, c in years.items()))


def has_date(text: str) -> bool:
    """Does TEXT hold a day/month/year date anywhere?"""
    return _DATE_RE.search(text) is not None


def dateline_stamp(line: str) -> dt.date | dt.datetime | None:
    """The stamp of a line that is a dateline (see :func:`is_dateline`), else None."""
    return _stamp(line) if is_dateline(line) else None


def find_published(lines: list[str]) -> tuple[dt.date | dt.datetime | None, int | None]:
    """The publication stamp and the index of its line (None when it is inline)."""
    # (a site's header may fill the first lines: its name, a hotline, a menu, the headline twice)
    head = [(i, ln) for i, ln in enumerate(lines) if ln.strip()][:10]
    stamps = [(stamp, i) for i, ln in head if is_dateline(ln) and (stamp := _stamp(ln))]
    if stamps:
        # a page's header may show today's date above the article's own stamp, which gives
        # the time too ("Thứ sáu, ngày 1/3/2024" ... "Thứ Hai 19/09/2022 17:07")
        return next(((s, i) for s, i in stamps if isinstance(s, dt.datetime)), stamps[0])
    top = "\n".join(ln for _, ln in head)[:600]
    if m := _WEEKDAY_DATE_RE.search(top):
        day = parse_date(m["d"], m["m"], m["y"])
        if day:
            return day, None
    # an update stamp anywhere counts where it is the only date
    for i, ln in enumerate(lines):
        if re.search(r"(?i)cập nhật", ln) and len(ln) <= 120 and (stamp := _stamp(ln)):
            return stamp, i
    return None, None


def find_source_url(lines: list[str]) -> tuple[str | None, int | None]:
    for i, ln in enumerate(lines):
        if m := _SOURCE_LINE_RE.match(ln):
            return m.group(1).rstrip(".,;"), i
    tail = [(i, ln) for i, ln in enumerate(lines) if ln.strip()][-3:]
    for i, ln in tail:
        if (m := _URL_RE.fullmatch(ln.strip())):
            return m.group(0).rstrip(".,;"), i
    return None, None
