"""Normalisation while reading: the spelling of :mod:`kg.text` (re-exported here:
``normalize_text``, ``normalize_name``, ``fold``) and what only reading needs, numbered list
items put back on their own lines.
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
