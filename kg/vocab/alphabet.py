"""The letters Vietnamese is written in, as character-class ranges for the rules' patterns.

Extraction code writes no Vietnamese letter itself (tests/test_code_shape.py): a class of
letters a rule needs is named here.
"""
from __future__ import annotations

from kg.text import LOWER, UPPER  # noqa: F401 - every capital / small letter, as [...] classes

# ASCII capitals and Đ: the letters of symbols, codes and abbreviations (22-NQ/TW, UBND, ĐHĐCĐ),
# which carry no other accent
SYMBOL_CAPITALS = "A-ZĐ"
# ASCII letters and Đ đ, the letters of a document's symbol code (NQ/TW, QĐ-TTg)
SYMBOL_LETTERS = "A-Za-zĐđ"
# capitals with no accent (ASCII and Đ) by which some rules see a capitalised name open (xã
# Phong Phú, huyện Gia Lâm); a name opening with an accented capital (Ô Môn) they do not see
PLAIN_CAPITALS = SYMBOL_CAPITALS
# every small letter as one loose range (à-ỹ runs from Latin-1 to the end of the Vietnamese
# block, so it holds every accented small letter and some capitals between them), and đ: a
# word written small (the words of a province's name after "tỉnh")
SMALL_LETTERS_LOOSE = "a-zà-ỹđ"
# capitals as one loose range (À-Ỹ holds small letters too): what a list's next item opens with
CAPITALS_LOOSE = "A-ZĐÀ-Ỹ"
