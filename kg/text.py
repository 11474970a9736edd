"""One spelling for every Vietnamese string dangkg compares or emits: a document's text,
a name, a comparison key. Depends on nothing else in kg, so every layer (reading,
vocabulary, extraction, resolution) can use it without importing another.

- Unicode NFC (CP1258-style decomposed tone marks are composed);
- ``Ð`` (U+00D0, Icelandic Eth) and ``ð`` read as ``Đ``/``đ``: a frequent mis-typing;
- one tone-mark placement: the "new" style used by the guideline and most outlets
  (``hòa``, ``thủy``, ``Khỏe``), so ``hoà``/``hòa`` and ``uỷ``/``ủy`` are one word, and a
  tone slipped onto the ``o`` of an ``oa`` that goes on put back (``Hòang``: ``Hoàng``);
- HTML entities decoded, no-break and zero-width spaces folded.
"""
from __future__ import annotations

import functools
import html
import re
import unicodedata

# Old-style placement puts the tone on the second vowel of an open "oa", "oe", "uy".
# Only syllable-final clusters move: "hoàng", "khuỷu", "quý" are already right.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_OLD_TONE_RE = re.compile(
    r"(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![\w])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\w])"
)
# A slip of typing puts the tone on the "o" of an "oa", "oe" that goes on ("Đòan", "Hòang",
# "ngòai"): there the tone is the second vowel's in both styles ("Đoàn", "Hoàng", "ngoài").
_SLIPPED_TONE_RE = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌ])([aăeAĂE])(?=[cghmnptiyCGHMNPTIY])")
_SPACES_RE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_SPACE_RUN_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
_ZERO_WIDTH_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def _tone_apart(letter: str) -> tuple[str, str]:
    """A marked vowel as the vowel without its tone (other marks kept) and the tone mark."""
    base, *marks = unicodedata.normalize("NFD", letter)
    tone = "".join(c for c in marks if c in _TONES)
    return unicodedata.normalize("NFC", base + "".join(c for c in marks if c not in _TONES)), tone


def _move_tone(m: re.Match[str]) -> str:
    first, marked = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    bare, tone = _tone_apart(marked)
    return unicodedata.normalize("NFC", first + tone) + bare


def _slipped_tone(m: re.Match[str]) -> str:
    bare, tone = _tone_apart(m.group(1))
    return bare + unicodedata.normalize("NFC", m.group(2) + tone)


def normalize_text(text: str) -> str:
    """Normalise a whole document (line structure kept)."""
    text = html.unescape(text) if "&" in text else text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    text = _ZERO_WIDTH_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    text = _SPACE_RUN_RE.sub(" ", text)  # one space between words (offsets are of this text)
    text = _SLIPPED_TONE_RE.sub(_slipped_tone, text)
    return _OLD_TONE_RE.sub(_move_tone, text)


def normalize_name(text: str) -> str:
    """A short string (name, label) normalised and with whitespace folded."""
    return " ".join(normalize_text(text).split())


@functools.lru_cache(maxsize=1 << 16)  # the same few thousand titles and heads are looked up all day
def fold(text: str) -> str:
    """Comparison key: normalised, case-folded, whitespace folded."""
    return " ".join(normalize_text(text).casefold().split())


# The letters Vietnamese is written in, as regex character classes: every capital, every
# small letter (what a capitalised word, a name, a sentence's start is made of)
_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
UPPER = f"[{_UPPER}]"
LOWER = f"[{_LOWER}]"
