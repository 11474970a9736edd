"""Normalisation while reading: the spelling of :mod:`kg.text` (re-exported here:
``normalize_text``, ``normalize_name``, ``fold``) and what only reading needs, numbered list
items put back on their own lines, lines a plain-text copy wrapped joined again.
"""
from __future__ import annotations

import re

from kg.text import fold, normalize_name, normalize_text  # noqa: F401 - the one spelling, for importers


# "... Chủ tịch HĐND tỉnh Hà Nam20. Hà Hùng Cường, ...": a numbered list whose line breaks
# were lost when the page was saved; the item number sticks to the last word before it.
# (Not after units: "300 kg/cm2. Đến")
_GLUED_ITEM_RE = re.compile(r"(?<=[^\W\d_]{2})(?<!\bkm)(?<!\bcm)(?<!\bmm)(?<!\bkg)(\d{1,3})\. (?=[A-ZĐÀ-Ỹ])")


_ITEM_HINT_RE = re.compile(r"\d\. [A-ZĐÀ-Ỹ]")  # what every glued item holds


# and without the item's full stop after a capitalised word: "... tỉnh Quảng Trị104 Nguyễn Xuân Phúc"
_GLUED_BARE_ITEM_RE = re.compile(r"(?<![\w.])([A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(\d{1,3}) (?=[A-ZĐÀ-Ỹ])")


def restore_list_breaks(text: str) -> str:
    """Put back the line break before a numbered list item glued to the previous line."""
    if _ITEM_HINT_RE.search(text):  # a cheap scan first: the lookbehinds cost at every position
        text = _GLUED_ITEM_RE.sub(lambda m: "\n" + m.group(1) + ". ", text)
    return _GLUED_BARE_ITEM_RE.sub(lambda m: m.group(1) + "\n" + m.group(2) + " ", text)


_WRAP_WIDTH = (60, 90)  # the lengths of the lines of a paragraph wrapped at a fixed width
_PARAGRAPH_END_RE = re.compile(r"[.!?:;\"”)\]]$")
_ITEM_MARK_RE = re.compile(r"\w[).]\s")  # "a) ...", "b. ...": a list's item, not a sentence going on


def join_wrapped_lines(text: str) -> str:
    """Join the lines of paragraphs a plain-text copy wrapped at a fixed width ("... đ/c
    Nguyễn" / "Văn Hán, UV BTV Huyện ủy, ..."): where one of a run of lines of that width,
    none ending a sentence, goes on into a line opening with a small letter ("... thống nhất
    nội" / "dung, chương trình ..."), every line of the run goes on into the next. Captions
    and subheadings, one to a line, go on into capitals and stay lines; so does the first line
    of text (it may be the headline)."""
    lines = text.split("\n")
    runs_on = [_WRAP_WIDTH[0] <= len(ln.rstrip()) <= _WRAP_WIDTH[1] and not _PARAGRAPH_END_RE.search(ln.rstrip())
               for ln in lines]
    first = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    wrapped = _wrapped_blocks(lines, runs_on)
    out = [lines[0]] if lines else []
    for i in range(1, len(lines)):
        if i - 1 > first and runs_on[i - 1] and wrapped[i] and lines[i].strip():
            out[-1] = out[-1].rstrip() + " " + lines[i].lstrip()
        else:
            out.append(lines[i])
    return "\n".join(out)


def _wrapped_blocks(lines: list[str], runs_on: list[bool]) -> list[bool]:
    """For each line, does it close or continue a run of lines that run on (a wrapped
    paragraph), one of which goes on into a small letter?"""
    out = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not runs_on[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and runs_on[j + 1]:
            j += 1
        # lines i..j run on, each into the next; j into j + 1
        if any(k + 1 < len(lines) and _goes_on(lines[k + 1]) for k in range(i, j + 1)):
            for k in range(i + 1, min(j + 2, len(lines))):
                out[k] = True
        i = j + 1
    return out


def _goes_on(line: str) -> bool:
    """Does LINE open with a small letter, going on with a sentence (not a list's item)?"""
    text = line.lstrip()
    first = text.split(" ", 1)[0]
    # (not a web or mail address: "www.rotary.org")
    return text[:1].islower() and not _ITEM_MARK_RE.match(text) and "." not in first and "@" not in first
