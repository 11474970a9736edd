"""Read one input into an :class:`~kg.model.Article`.

bytes ─▶ decoded text ─▶ (a web page's or a JSON record's article text and metadata) ─▶
normalised ─▶ clutter dropped ─▶ dateline, source URL, headline, sentences. Every offset
later in the pipeline refers to ``Article.text`` as made here.

An input is a plain-text file, a saved web page (``.html``, or any file that opens as
HTML), or one line of a JSON Lines file (:mod:`kg.ingest.jsonl`).
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from pathlib import Path

from kg.ingest.dateline import find_published, find_source_url, is_dateline, written_months
from kg.ingest.html import NotAnArticle, declared_charset, looks_like_html, page_text
from kg.ingest.jsonl import LineSpan, RecordError, parse_record, read_span
from kg.ingest import DEFAULT_MAX_BYTES
from kg.ingest.normalize import join_wrapped_lines, normalize_text, restore_list_breaks
from kg.iris import slugify
from kg.ingest.sentences import split_sentences
from kg.model import Article, Sentence, escape_undecodable
from kg.vocab import Vocabulary


class InputError(ValueError):
    """An input that cannot be read as an article; the message says why, in one line."""


class SkipInput(InputError):
    """An input that is not an error but has nothing to read (empty, not text)."""


# Encodings a detector's guess is taken in: those that can write Vietnamese. A guess of
# Latin-1 or Windows-1252 for Vietnamese text is mojibake, not a reading.
VIETNAMESE_ENCODINGS = ("cp1258", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")
_UTF8_MULTIBYTE_RE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


# Control bytes other than the white space of text (tab, line ends, form feed).
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20))
# Up to this share of control bytes, NULs are strays in text, dropped. A NUL or two come
# into good text from a bad copy or a download padded with zeros, and one must not lose
# the article; in a binary file (an image, an archive: compressed bytes are about one in
# ten control bytes) and in UTF-16/32 without a mark (a NUL every other or every fourth
# byte) they are far more common, and those are left as they are for the detection below.
_STRAY_CONTROL_SHARE = 0.01
_STRAY_CONTROLS_ANYWAY = 1


def _without_stray_nuls(data: bytes) -> bytes:
    """DATA without its NUL bytes when they are few (see _STRAY_CONTROL_SHARE), else as is."""
    if b"\x00" not in data:
        return data
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    # (a short text keeps its one stray too: one NUL in 80 bytes is more than 1%)
    strays = max(len(data) * _STRAY_CONTROL_SHARE, _STRAY_CONTROLS_ANYWAY)
    return data.replace(b"\x00", b"") if controls <= strays else data


def _decode_by_mark(data: bytes) -> str | None:
    """DATA decoded by the encoding its byte-order mark names, or None when it has none."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"not valid {enc.upper().removesuffix('-SIG')} at byte {e.start}") from None
    return None


def decode(data: bytes, encoding: str | None = None, declared: str | None = None) -> str:
    """Bytes to text. ENCODING, when given, is used as is. Otherwise a byte-order mark
    decides (UTF-8/16/32); else UTF-8, strictly (a file cut in the middle of its last
    character loses that character only); else the encoding the document DECLARES (a web
    page's charset), when it reads the bytes; else, for bytes with no UTF-8 in them, the
    encoding charset-normalizer finds, when it is one that writes Vietnamese (Windows-1258,
    UTF-16 or UTF-32 without a mark). Without a mark, a few stray NUL bytes are dropped
    first (:func:`_without_stray_nuls`); bytes with many, that no encoding reads, are no
    text: skipped."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise InputError(f"not valid {encoding} at byte {e.start}") from None
    marked = _decode_by_mark(data)
    if marked is not None:
        return marked
    had_nul = b"\x00" in data[:4096]  # as before stray NULs go: this file may be no text at all
    data = _without_stray_nuls(data)
    has_nul = b"\x00" in data[:4096]
    if not has_nul:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
                return data[: e.start].decode("utf-8")  # truncated inside its last character
            if declared:
                try:
                    if codecs.lookup(declared).name != "utf-8":  # (a page claiming UTF-8 was just shown wrong)
                        return data.decode(declared)
                except (LookupError, UnicodeDecodeError):
                    pass  # a wrong or unknown declaration: the detector decides
            if _UTF8_MULTIBYTE_RE.search(data) and not had_nul:  # (with NULs, it may be no text at all)
                raise InputError(f"not valid UTF-8 at byte {e.start}") from None
    from charset_normalizer import from_bytes  # only for the rare file that is not UTF-8

    guess = from_bytes(data).best()
    if guess is not None and guess.encoding in VIETNAMESE_ENCODINGS:
        return str(guess)
    if had_nul:
        raise SkipInput("not text: it holds NUL bytes and no encoding of text fits it")
    found = f" (it looks like {guess.encoding})" if guess is not None else ""
    raise InputError(f"cannot tell its encoding{found}: give --encoding")


def _drop_clutter(lines: list[str], vocab: Vocabulary) -> list[str]:
    kept: list[str] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if i >= len(lines) // 2 and any(p.match(s) for p in vocab.tail_markers):
            break
        if s and any(p.match(s) for p in vocab.clutter):
            continue
        kept.append(line.rstrip())
    while kept and not kept[-1].strip():
        kept.pop()
    # the run of other articles' headlines the page ends with (their facts are not this article's)
    end = len(kept)
    while end > len(kept) // 2 and (not kept[end - 1].strip()
                                    or any(p.match(kept[end - 1].strip()) for p in vocab.related_links)):
        end -= 1
    return kept[:end]


# a lead paragraph opens with when: "Sáng 3-7, ...", "Ngày 28/6/2019 tại Hà Nội, ..."
def _lead_re(vocab: Vocabulary) -> re.Pattern[str]:
    """A lead paragraph's opening: a time or place word, then a comma (``Sáng 2-2, ...``), or
    a day written in full, with its year (``Ngày 20/4/2021 tại xã X, Hội LHPN ... tổ chức Đại
    hội``: a headline gives no year)."""
    # (also after "Vào": "Vào sáng ngày 30/11/2024, Chi bộ ... đã tổ chức Đại hội")
    return vocab.memo(_lead_re, lambda: re.compile(
        rf"(?:(?:{vocab.alternation('date_time_preposition', capitalised=True)})\s+(?i:{vocab.alternation('time_word')})"
        rf"|{vocab.alternation('time_word', capitalised=True)}|{vocab.alternation('lead_opener', capitalised=True)})"
        rf"\b(?:[^,]{{0,40}},|(?:\s+(?i:{vocab.alternation('time_word')}))?\s+\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d\d\s)"))


def _run_in_re(vocab: Vocabulary) -> re.Pattern[str]:
    """A lead run into the headline's line: a source tag, or a capitalised time word."""
    return vocab.memo(_run_in_re, lambda: re.compile(rf"\(|(?:{vocab.alternation('time_word', capitalised=True)})\s"))


def _headline(lines: list[str], skip: set[int], vocab: Vocabulary) -> Sentence | None:
    """The first short line near the top that is not a stamp or a source line."""
    offset = 0
    starts = []
    for ln in lines:
        starts.append(offset)
        offset += len(ln) + 1
    seen = 0
    for i, ln in enumerate(lines):
        if not ln.strip() or i in skip:
            continue
        seen += 1
        if seen > 1:
            break  # only the first line of content can be the headline
        s = ln.strip()
        first, *rest = split_sentences(s, vocab)
        head = s[first.start : first.end]
        # a headline is one short sentence; a longer first line is the lead paragraph,
        # unless the lead visibly starts after the headline ("... (NLĐ) - Sáng 2-2, ...")
        run_in = rest and _run_in_re(vocab).match(s[rest[0].start :])
        if 10 <= len(head) <= 220 and not is_dateline(head) and (not rest or run_in) and not _lead_re(vocab).match(head):
            start = starts[i] + (len(ln) - len(ln.lstrip())) + first.start
            return Sentence(-1, start, start + len(head))
    return None


def read_text(text: str, source_file: str, vocab: Vocabulary, key: str | None = None, *,
              title: str | None = None, published: dt.date | dt.datetime | None = None,
              source_url: str | None = None, source_line: int | None = None) -> Article:
    """Make an Article from already-decoded text. TITLE, PUBLISHED and SOURCE_URL are what
    a page's or a record's metadata says; they win over what the text itself shows."""
    if title and title.strip():
        title = " ".join(title.split())
        # the headline is the first line of a plain-text article; keep it so when the
        # text does not already open with it (a page's <h1> is often in its text)
        if title not in text[: len(title) + 200]:
            text = f"{title}\n\n{text}"
    lines = _drop_clutter(join_wrapped_lines(restore_list_breaks(normalize_text(text))).split("\n"), vocab)
    body = "\n".join(lines).strip("\n")
    if not body.strip():
        raise SkipInput("empty: no text left after dropping page clutter")
    lines = body.split("\n")
    found, date_line = find_published(lines)
    url, url_line = find_source_url(lines)
    sentences = split_sentences(body, vocab)
    skip = {i for i in (date_line, url_line) if i is not None}
    return Article(
        key=key or slugify(Path(source_file).stem),
        source_file=source_file,
        text=body,
        sentences=sentences,
        content_hash="sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest(),
        headline=_headline(lines, skip, vocab),
        published=published or found,
        source_url=source_url or url,
        source_line=source_line,
        written_months=() if published or found else written_months(body),
    )


HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


def _over_limit(size: int, max_bytes: int | None, what: str) -> None:
    if max_bytes is not None and size > max_bytes:
        raise SkipInput(f"too large: {what} of {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")


def _read_document(text: str, source_file: str, vocab: Vocabulary, key: str | None, html: bool,
                   **metadata) -> Article:
    """Text that may be a web page: its article is read out first."""
    if html or looks_like_html(text):
        try:
            page = page_text(text)
        except NotAnArticle as e:
            raise SkipInput(f"a web page with no article: {e}") from None
        metadata = {"title": page.title, "published": page.published, "source_url": page.url} | {
            k: v for k, v in metadata.items() if v is not None}
        text = page.text
    return read_text(text, source_file, vocab, key, **metadata)


def read_file(path: Path, vocab: Vocabulary, key: str | None = None, encoding: str | None = None,
              max_bytes: int | None = DEFAULT_MAX_BYTES) -> Article:
    """An input file as an Article; a file over MAX_BYTES is skipped before it is read."""
    try:
        _over_limit(path.stat().st_size, max_bytes, "a file")
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}") from e
    if not data.strip():
        raise SkipInput("empty file")
    text = decode(data, encoding, declared_charset(data))
    html = path.suffix.lower() in HTML_SUFFIXES
    return _read_document(text, escape_undecodable(path.name), vocab, key, html=html)


def read_record(path: Path, span: LineSpan, vocab: Vocabulary, key: str | None = None,
                encoding: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Article:
    """One line of a JSON Lines file as an Article (its "text" may be a web page)."""
    _over_limit(span.length, max_bytes, "a line")
    try:
        raw = read_span(path, span)
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}") from e
    try:
        record = parse_record(decode(raw, encoding))
    except RecordError as e:
        raise InputError(str(e)) from None
    if not record.text.strip():
        raise SkipInput('empty: its "text" is empty')
    return _read_document(record.text, escape_undecodable(path.name), vocab, key, html=False, title=record.title,
                          published=record.published, source_url=record.url, source_line=span.line)
