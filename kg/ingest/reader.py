"""Read one input file into an :class:`~kg.model.Article`.

bytes ─▶ decoded text ─▶ normalised ─▶ clutter dropped ─▶ dateline, source URL, headline,
sentences. Every offset later in the pipeline refers to ``Article.text`` as made here.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from unidecode import unidecode

from kg.ingest.dateline import find_published, find_source_url, is_dateline
from kg.ingest.normalize import normalize_text, restore_list_breaks
from kg.ingest.sentences import split_sentences
from kg.model import Article, Sentence
from kg.vocab import Vocabulary, alternation


class InputError(ValueError):
    """An input that cannot be read as an article; the message says why, in one line."""


class SkipInput(InputError):
    """An input that is not an error but has nothing to read (empty, not text)."""


def slugify(text: str, max_len: int = 80) -> str:
    """ASCII slug for IRIs: unidecode, lower-case, runs of other characters become '-'."""
    slug = re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-")
    return slug[:max_len].rstrip("-") or "x"


def decode(data: bytes) -> str:
    """Bytes to text: a BOM decides (UTF-8/16/32), else UTF-8, strictly."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc)
    if b"\x00" in data[:4096]:
        raise SkipInput("not text: it holds NUL bytes and no byte-order mark")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8 at byte {e.start}") from e


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
_TIME_OPENER = alternation("time_word", capitalised=True)
_LEAD_RE = re.compile(rf"(?:{_TIME_OPENER}|{alternation('lead_opener', capitalised=True)})\b[^,]{{0,40}},")


def _headline(lines: list[str], skip: set[int]) -> Sentence | None:
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
        first, *rest = split_sentences(s)
        head = s[first.start : first.end]
        # a headline is one short sentence; a longer first line is the lead paragraph,
        # unless the lead visibly starts after the headline ("... (NLĐ) - Sáng 2-2, ...")
        run_in = rest and re.match(rf"\(|(?:{_TIME_OPENER})\s", s[rest[0].start :])
        if 10 <= len(head) <= 220 and not is_dateline(head) and (not rest or run_in) and not _LEAD_RE.match(head):
            start = starts[i] + (len(ln) - len(ln.lstrip())) + first.start
            return Sentence(-1, start, start + len(head))
    return None


def read_text(text: str, source_file: str, vocab: Vocabulary, key: str | None = None) -> Article:
    """Make an Article from already-decoded text."""
    lines = _drop_clutter(restore_list_breaks(normalize_text(text)).split("\n"), vocab)
    body = "\n".join(lines).strip("\n")
    if not body.strip():
        raise SkipInput("empty: no text left after dropping page clutter")
    lines = body.split("\n")
    published, date_line = find_published(lines)
    url, url_line = find_source_url(lines)
    sentences = split_sentences(body)
    skip = {i for i in (date_line, url_line) if i is not None}
    return Article(
        key=key or slugify(Path(source_file).stem),
        source_file=source_file,
        text=body,
        sentences=sentences,
        content_hash="sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest(),
        headline=_headline(lines, skip),
        published=published,
        source_url=url,
    )


def read_file(path: Path, vocab: Vocabulary, key: str | None = None) -> Article:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}") from e
    if not data.strip():
        raise SkipInput("empty file")
    return read_text(decode(data), path.name, vocab, key)
