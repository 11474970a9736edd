"""A meeting's name: the noun that opens it (``Hội nghị``, ``lễ kỷ niệm``, ``Đại hội``,
vocabulary class ``meeting_noun``) and where it ends, and whether two names are one
meeting's."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.vocab import Vocabulary


@dataclass(frozen=True)
class _Patterns:
    # punctuation, or a word that carries the clause on past the name (meeting_title_end):
    # "Hội nghị ... | đã diễn ra", "Hội nghị ... | cũng sẽ", "lễ trao giải | cho 100 bức tranh";
    # or a word that points back, closing it (meeting_title_tail): "cuộc họp quan trọng | này,"
    title_end: re.Pattern[str]


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _Patterns(
        title_end=re.compile(r"[,;:!?]|\.(?:\s|$)|\s(?:%s)\s|\s(?:%s)(?=[,;:!?.)]|$)"
                             % (vocab.alternation("meeting_title_end"), vocab.alternation("meeting_title_tail")))))


def noun_matches(text: str, start: int, end: int, vocab: Vocabulary) -> list[re.Match[str]]:
    """The nouns that name a meeting between ``start`` and ``end``."""
    return list(vocab.phrase_re("meeting_noun").finditer(text, start, end))


def title_end(text: str, start: int, limit: int, vocab: Vocabulary) -> int:
    """Where the name of the meeting whose noun starts at ``start`` ends: ``Ngày 28/6/2019 tại
    Hà Nội, Đảng ủy Bộ KH&CN đã tổ chức Hội nghị sơ kết công tác đảng.``"""
    limit = min(limit, start + 300)  # a meeting's name is a phrase, not a page
    m = _patterns(vocab).title_end.search(text, start + 3, limit)
    end = m.start() if m else limit
    close = text.find(")", start, end)
    if close >= 0 and "(" not in text[start:close]:
        end = close  # "(hai ngày trước khi diễn ra đại hội)": the aside ends, so does the name
    opened = text.rfind("(", start, end)
    if opened >= 0 and ")" not in text[opened:end]:
        end = opened  # "... ở người (dịch SARS, dịch cúm...)": an aside the name does not close
    return len(text[:end].rstrip(" .\"”")) if end > start else end


def title_text(text: str, start: int, end: int) -> str:
    """The name as one line of single spaces."""
    return " ".join(text[start:end].split())


def is_bare(title: str, vocab: Vocabulary) -> bool:
    """A name that is only its noun (``cuộc họp``, ``Đại hội``)."""
    return vocab.phrase_re("meeting_noun").fullmatch(title.strip()) is not None


def same_title(a: str, b: str) -> bool:
    """Do two names name one meeting? Most of their words are shared, or one begins the other."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    if len(wa) <= 1 or len(wb) <= 1:
        return True  # a bare "Hội nghị" refers to the meeting at hand
    return len(wa & wb) / len(wa | wb) >= 0.5 or a.lower().startswith(b.lower()) or b.lower().startswith(a.lower())
