"""Where a name starts and ends inside a run of capitals.

A title's body or place is written in capitals too and runs straight into the name after
it (``Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường``, ``ĐH Nông Lâm Lê Văn Bình``); the known
surnames and places tell where the name starts. A run also ends before a title or body
head inside it, and before a word that opens a sentence whose full stop is missing.
"""
from __future__ import annotations

import re

from kg.extract.persons.mentions import MAX_NAME
from kg.vocab import Vocabulary
from kg.vocab.alphabet import LOWER

_SMALL_WORD_AFTER_RE = re.compile(rf"\s+{LOWER}")  # a small word next: the capital before it opens a sentence


def split_name(run: str, vocab: Vocabulary, need_surname: bool = True,
               clipped: bool = False) -> tuple[int, str] | None:
    """Where a name starts inside a capitalised run, and the name (offset in run). CLIPPED:
    the run was cut where the text opens a sentence (``clip_run``, which reads the words
    after it), so a word that opens sentences left in it is a given name."""
    if run in vocab.words("country"):
        return None  # "Chủ tịch Hạ viện Hoa Kỳ": a country, not a person
    if (country := _country_first(run, vocab)) is not None:
        # "Chủ tịch Quốc hội Hàn Quốc Lãnh đạo hai nước ...": a headline's capitals after a
        # country are no name; a name of two syllables or more after it is one
        rest = run[len(country) + 1 :]
        named = split_name(rest, vocab, need_surname, clipped) if len(rest.split()) >= 2 else None
        return None if named is None else (len(country) + 1 + named[0], named[1])
    if not clipped:
        run = _cut_at_opener(run, vocab)
    # a leading place is not part of the name (Quảng Nam Phan Việt Cường)
    pm = vocab.place_re.match(run)
    if pm and pm.end() == len(run):
        return None
    offset = pm.end() + 1 if pm else 0
    sylls = run[offset:].split()
    if offset and 2 <= len(sylls) <= 4 and not vocab.head_re.match(sylls[0]):
        return offset, " ".join(sylls)  # a title's place, then the name (Việt Nam Hồng Vinh)
    if not need_surname:
        return (offset, " ".join(sylls)) if 1 < len(sylls) <= MAX_NAME else None
    named = _name_at_surname(sylls, vocab)
    return None if named is None else (offset + named[0], named[1])


def _country_first(run: str, vocab: Vocabulary) -> str | None:
    """The country a run of capitals opens with (``Hàn Quốc`` of ``Hàn Quốc Lãnh``), if any."""
    sylls = run.split()
    return next((c for c in (" ".join(sylls[:k]) for k in (3, 2, 1)) if c in vocab.words("country") and c != run), None)


def _cut_at_opener(run: str, vocab: Vocabulary) -> str:
    """``Nguyễn Minh Triết Tuy nhiên``: a full stop is missing; the run ends before the word
    that opens the next sentence."""
    sylls = run.split()
    openers = vocab.words("sentence_opener")
    cut = next((i for i, w in enumerate(sylls) if i and w in openers), None)
    return run if cut is None else " ".join(sylls[:cut])


def _chars_before(sylls: list[str], k: int) -> int:
    """Where syllable k starts in the syllables joined by single spaces."""
    return sum(len(w) + 1 for w in sylls[:k])


def _name_at_surname(sylls: list[str], vocab: Vocabulary) -> tuple[int, str] | None:
    """The name that starts at the first surname of the syllables, 2 to 4 of them to the
    end (offset in the syllables joined by single spaces)."""
    middle = vocab.words("middle_name")
    if len(sylls) > 4 and sylls[-3] in vocab.surnames and (sylls[-2] in middle or sylls[-2] not in vocab.surnames):
        # a run longer than any name ends in one: "ĐH Nông Lâm | Lê Văn Bình"
        k = len(sylls) - 3
        return _chars_before(sylls, k), " ".join(sylls[k:])
    k = next((k for k in range(len(sylls)) if sylls[k] in vocab.surnames and 2 <= len(sylls) - k <= 4
              and not vocab.head_re.fullmatch(sylls[k])), None)
    if k is None:
        return None
    rest = sylls[k:]
    if vocab.place_re.fullmatch(" ".join(rest)):
        return None  # "Tại Hà Tây, Phó giám đốc ...": a place, not a name
    if len(rest) == 4 and rest[0] in vocab.words("body_surname") | vocab.words("word_surname") \
            and rest[1] in vocab.surnames and rest[1] not in middle:
        # "Trung ương Đoàn | Đào Ngọc Dung": Đoàn ends the body; "Từ | Bùi Quang Hưng, cơ quan
        # điều tra phát hiện ...": from the man, a preposition opens the sentence
        k, rest = k + 1, rest[1:]
    return _chars_before(sylls, k), " ".join(rest)


def clip_run(text: str, m: re.Match[str], vocab: Vocabulary) -> tuple[int, int]:
    """A capitalised run ends before a title or a body head inside it, and before a word
    that opens a sentence whose full stop is missing (``Nguyễn Minh Triết Tuy nhiên``)."""
    start, end = m.span()
    pos = start
    openers = vocab.words("sentence_opener")
    for k, syl in enumerate(re.finditer(r"\S+", text[start:end])):
        s = start + syl.start()
        if s > start and (vocab.role_re.match(text, s) or _opens_a_sentence(text, syl.group(), start + syl.end(), openers)
                          or _time_opens(text, s, vocab)
                          or (vocab.head_re.match(text, s) and not _given_name_like_head(text, start, end, k, vocab))):
            return start, pos
        pos = start + syl.end()
    return start, end


def _opens_a_sentence(text: str, word: str, end: int, openers: frozenset[str]) -> bool:
    """``Nguyễn Minh Triết Tuy nhiên, ...``: a word that opens sentences (ending at END),
    followed by a small word, opens the next one; ``ông Võ Đức Trong - Ủy viên ...`` is a
    name (a given name that opens sentences too)."""
    return word in openers and _SMALL_WORD_AFTER_RE.match(text, end) is not None


def _time_opens(text: str, pos: int, vocab: Vocabulary) -> bool:
    """``Nguyễn Minh Triết Chiều 22/5, ...``: a time word opens the next sentence where a day
    or ``nay`` follows it; ``ông Phạm Chiều, Bí thư ...`` is a name."""
    return vocab.memo(("persons_time_opens",), lambda: re.compile(r"(?:%s)\s+(?:\d|(?i:%s)\b)" % (
        vocab.alternation("time_opener"), vocab.alternation("time_word_day")))).match(text, pos) is not None


_NAME_ENDS_RE = re.compile(rf"\s*(?:[,;:()]|[-–—]\s|\.(?!\w)|$)|\s+{LOWER}")


def _given_name_like_head(text: str, start: int, end: int, k: int, vocab: Vocabulary) -> bool:
    """``đồng chí Nguyễn Vũ Trường Sơn, Phó Bí thư``: a head word (Trường, a school) that is
    also a given name stays in the name where the run is a whole name, a surname first, no
    more than four syllables, and the run ends where a name ends (a comma, a bracket, a
    dash, a small word: ``ông Trịnh Xuân Trường tham gia ...``), not where a body's name goes
    on (``Nguyễn Văn Trường THCS``)."""
    sylls = text[start:end].split()
    return (k >= 1 and 3 <= len(sylls) <= 4 and sylls[0] in vocab.surnames
            and not (k + 1 < len(sylls) and vocab.head_re.fullmatch(" ".join(sylls[k : k + 2])))
            and _NAME_ENDS_RE.match(text, end) is not None)
