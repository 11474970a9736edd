"""Whose a title is when a name stands right before it: ``cô Vũ Thanh Thảo, Phó Hiệu
trưởng Trường THCS Phạm Đình Hổ`` gives the title to the name before it (an apposition),
and the capitals inside its body name the body, not a person."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.patterns import NAME_RUN_RE
from kg.extract.persons.mentions import PersonMention, after_place_unit
from kg.extract.persons.split import split_name
from kg.extract.persons.title_body import after_name_boundary
from kg.vocab import Vocabulary
from kg.vocab.alphabet import SMALL_LETTERS_LOOSE


class _Patterns(NamedTuple):
    apposition: re.Pattern[str]  # a name, then a comma, dash or bracket, at the end
    clause_subject: re.Pattern[str]  # what stands before a name that opens its clause
    small_word_after: re.Pattern[str]


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(__name__, lambda: _Patterns(
        re.compile(r"(%s)\s*[,\-–—(]\s*$" % NAME_RUN_RE.pattern),
        re.compile(r"(?:^|[.:;“\"(]\s*|(?i:%s|%s)\s+)$" % (vocab.alternation("honorific"), vocab.alternation("address"))),
        re.compile(r" [%s]" % SMALL_LETTERS_LOOSE),
    ))


def titles_a_name_before(text: str, role_start: int, named: list[PersonMention], vocab: Vocabulary) -> bool:
    """Does the title at role_start follow a name with only a comma, dash or bracket
    between (an apposition: ``cô Vũ Thanh Thảo, Phó Hiệu trưởng Trường THCS Phạm Đình Hổ``,
    the title is that name's)? Not where that name has a title of its own before it
    (``Thứ trưởng Bộ A Tên1, Thứ trưởng Bộ B Tên2``): named, the sentence's names so far."""
    rx = _patterns(vocab)
    m = rx.apposition.search(text, max(0, role_start - 60), role_start)
    if m is None or split_name(m.group(1), vocab) is None:
        return False
    # the name before opens its clause or follows a form of address (ông, bà, cô ...): in a
    # list ("kế toán trưởng B, trưởng phòng ... C") a title stands before each name
    if not rx.clause_subject.search(text, max(0, m.start(1) - 20), m.start(1)):
        return False
    return not any(p.title is not None and p.end == m.end(1) for p in named)


def acts_after_body(text: str, body_start: int, cand: re.Match[str], limit: int, vocab: Vocabulary) -> bool:
    """``Sau phần trình bày của ông A, Tổng thư ký Ủy ban MTTQ VN Huỳnh Đảm tổng hợp ...``:
    a name after a body that visibly ends before it (an abbreviation, a place, a bare head),
    itself no place, and going on to do something (a small word that is no stop word), is
    the subject of the next part of the sentence, with its title; not the name before's."""
    return cand.start() > body_start and not after_place_unit(text, cand.start(), vocab) \
        and not vocab.place_re.match(cand.group()) and after_name_boundary(text, body_start, cand.start(), vocab) \
        and _patterns(vocab).small_word_after.match(text[cand.end() : cand.end() + 3]) is not None \
        and not vocab.phrases_re("stop", "clause_word", "title_joiner").match(text, cand.end() + 1, limit)
