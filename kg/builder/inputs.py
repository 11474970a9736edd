"""The articles a build reads: each given file, or each line of a JSON Lines file, as an
:class:`InputUnit`, and a stable, unique key per article (the IRI segment its facts get)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.jsonl import SUFFIXES as JSONL_SUFFIXES, LineSpan, RecordError, scan_lines
from kg.ingest.walk import INPUT_SUFFIXES
from kg.iris import slugify
from kg.model import InputReport

__all__ = ["INPUT_SUFFIXES", "InputUnit", "NothingToBuild", "article_keys", "units_of"]


class NothingToBuild(ValueError):
    """The inputs give no article to build: a given path is not there, or no file holds an
    article. The message is one line for the user; REPORTS are the inputs' reports, those
    not built to be listed under it. Raised before OUT is replaced: it stays as it was."""

    def __init__(self, message: str, reports: tuple[InputReport, ...] = ()) -> None:
        super().__init__(message)
        self.reports = reports


@dataclass(frozen=True, slots=True)
class InputUnit:
    """One article to read: a file, or one line of a JSON Lines file."""

    path: str  # the file, as the build was given it (what reports name)
    file: str  # the file's absolute path (what is read: builds --into may run elsewhere)
    span: LineSpan | None = None  # the line, for a JSON Lines file

    @property
    def id(self) -> str:
        """Unique within a build and stable across builds (the facts cache's key)."""
        return self.file if self.span is None else f"{self.file}#{self.span.line}"

    @property
    def name(self) -> str:
        """What the article's key is made from."""
        stem = Path(self.path).stem
        return stem if self.span is None else f"{stem}-{self.span.line}"


def units_of(path: str, absolute: str) -> tuple[list[InputUnit], InputReport | None]:
    """The articles a file holds: itself, or each line of a JSON Lines file. A JSON Lines
    file that cannot be split into lines gets a report instead."""
    if Path(path).suffix.lower() not in JSONL_SUFFIXES:
        return [InputUnit(path, absolute)], None
    try:
        units = [InputUnit(path, absolute, span) for span in scan_lines(Path(absolute))]
    except OSError as e:
        return [], InputReport(path, "failed", f"cannot read: {e.strerror or e}")
    except RecordError as e:
        return [], InputReport(path, "failed", str(e))
    return units, (None if units else InputReport(path, "skipped", "empty file: no lines"))


def article_keys(names: list[str], ids: list[str]) -> list[str]:
    """A stable, unique IRI segment per input: its name's slug, made unique if needed."""
    keys: list[str] = []
    seen: set[str] = set()
    for name, unique in zip(names, ids):
        key = slugify(name)
        if key in seen:
            key = f"{key}-{hashlib.sha1(unique.encode('utf-8', 'surrogateescape')).hexdigest()[:6]}"
        seen.add(key)
        keys.append(key)
    return keys
