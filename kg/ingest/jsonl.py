"""JSON Lines archives: one article per line, ``{"text": ..., "url": ..., "published": ...}``.

Such files hold whole crawls, so they are never loaded whole: :func:`scan_lines` finds
each line's byte span in one streaming pass and every line is then read, extracted and
reported on its own, like a file. ``title`` (the headline) is read too when present.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.dateline import find_published

SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
# Vietnamese news is written in Vietnam's time (GMT+7); a stamp given in UTC or another
# zone is turned into the wall-clock time the article's own dateline would show
_NEWS_TIME = dt.timezone(dt.timedelta(hours=7))


class RecordError(ValueError):
    """A line that is not an article record; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class LineSpan:
    line: int  # 1-based line number in the file
    offset: int  # byte offset of the line's first byte
    length: int  # bytes, without the line break


@dataclass(frozen=True, slots=True)
class Record:
    text: str
    url: str | None
    published: dt.date | dt.datetime | None
    title: str | None


def scan_lines(path: Path, block: int = 1 << 20) -> Iterator[LineSpan]:
    """The byte span of every line that is not blank, reading the file in blocks."""
    with path.open("rb") as fh:
        head = fh.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise RecordError("JSON Lines must be UTF-8 (this file starts with a UTF-16 byte-order mark)")
        fh.seek(0)
        # only offsets are kept, never a line's bytes: a line of any length costs one block
        line, line_start, has_content, offset = 1, 0, False, 0
        while chunk := fh.read(block):
            cut = 0
            while (nl := chunk.find(b"\n", cut)) >= 0:
                if has_content or chunk[cut:nl].strip():
                    yield LineSpan(line, line_start, offset + nl - line_start)
                line, line_start, has_content, cut = line + 1, offset + nl + 1, False, nl + 1
            has_content = has_content or bool(chunk[cut:].strip())
            offset += len(chunk)
        if has_content:
            yield LineSpan(line, line_start, offset - line_start)


def read_span(path: Path, span: LineSpan) -> bytes:
    with path.open("rb") as fh:
        fh.seek(span.offset)
        return fh.read(span.length)


def _string(record: dict, field: str) -> str | None:
    value = record.get(field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(f'"{field}" is not a string')
    return value


def parse_published(value: object) -> dt.date | dt.datetime | None:
    """A record's publication stamp: ISO 8601 (date, date and time, with or without a
    zone), seconds since 1970, or a Vietnamese dateline ("Thứ Hai, 05/03/2007 08:15").
    Times are kept to the minute, as datelines give them. None when it is none of these."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        try:
            stamp = dt.datetime.fromtimestamp(value, _NEWS_TIME)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
        except ValueError:
            return find_published([text])[0]
    else:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(_NEWS_TIME).replace(tzinfo=None)
    return stamp.replace(second=0, microsecond=0)


def parse_record(line: str) -> Record:
    """One line as an article record. Raises RecordError when it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise RecordError(f"not valid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(record, dict):
        raise RecordError(f"not a JSON object but a {type(record).__name__}")
    if "text" not in record:
        raise RecordError('no "text" field')
    text = record["text"]
    if not isinstance(text, str):
        raise RecordError('"text" is not a string')
    return Record(text, _string(record, "url"), parse_published(record.get("published")), _string(record, "title"))
