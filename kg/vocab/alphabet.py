"""The letters Vietnamese is written in, as character-class ranges for the rules' patterns.

Extraction code writes no Vietnamese letter itself (tests/test_code_shape.py): a class of
letters a rule needs is named here.
"""
from __future__ import annotations

from kg.ingest.sentences import LOWER, UPPER  # noqa: F401 - every capital / small letter, as [...] classes

# ASCII capitals and Đ: the letters of symbols, codes and abbreviations (22-NQ/TW, UBND, ĐHĐCĐ),
# which carry no other accent
SYMBOL_CAPITALS = "A-ZĐ"
# ASCII letters and Đ đ, the letters of a document's symbol code (NQ/TW, QĐ-TTg)
SYMBOL_LETTERS = "A-Za-zĐđ"
# every small letter as one loose range (à-ỹ runs from Latin-1 to the end of the Vietnamese
# block, so it holds every accented small letter and more): a word written small
SMALL_LETTERS_LOOSE = "a-zà-ỹđ"
# capitals as one loose range (À-Ỹ holds small letters too): what a list's next item opens with
CAPITALS_LOOSE = "A-ZĐÀ-Ỹ"
