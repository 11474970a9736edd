"""What kind of body a parsed name is (party, state, mass, other), whether it pins down one
body nationwide, and the party's committees written as their boards."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.bodies.parse import Level
from kg.ingest.normalize import fold
from kg.vocab import BodyHead, Vocabulary
from kg.vocab.alphabet import PLAIN_CAPITALS


def _sole(vocab: Vocabulary, cls: str) -> str:
    """The one phrase of a word class that names one thing (``Đảng ủy``)."""
    (word,) = vocab.words(cls)
    return word


@dataclass(frozen=True)
class _Words:
    national_word: re.Pattern[str]  # Trung ương, Việt Nam ...
    unit_then_name: re.Pattern[str]  # huyện Gia Lâm
    national_heads: frozenset[str]  # Bộ, Tổng cục
    offices_of_owner: frozenset[str]  # Văn phòng, Ban Chấp hành, Ban Thường vụ
    executive_committee: str  # Ban Chấp hành
    standing_board: str  # Ban Thường vụ
    party_organisation: str  # Đảng bộ
    party_committee: str  # Đảng ủy
    committee_head: BodyHead  # the head of Đảng ủy


def _words(vocab: Vocabulary) -> _Words:
    return vocab.memo(_Words, lambda: _Words(
        national_word=re.compile(r"(?i)\b(?:%s)\b" % vocab.alternation("bodies_national_word")),
        unit_then_name=re.compile(r"(?:%s)\s+[%s]" % (vocab.alternation("bodies_unit_before_name"), PLAIN_CAPITALS)),
        national_heads=vocab.words("bodies_national_head"),
        offices_of_owner=vocab.words("bodies_office_of_owner"),
        executive_committee=_sole(vocab, "bodies_executive_committee"),
        standing_board=_sole(vocab, "bodies_standing_board"),
        party_organisation=_sole(vocab, "bodies_party_organisation"),
        party_committee=_sole(vocab, "bodies_party_committee"),
        committee_head=vocab.heads[fold(_sole(vocab, "bodies_party_committee"))],
    ))


def fold_committees(levels: tuple[Level, ...], vocab: Vocabulary) -> tuple[Level, ...]:
    """``Ban Chấp hành Đảng bộ X`` is the committee ``Đảng ủy X`` (guideline); ``Ban Thường
    vụ Đảng bộ X`` is the standing board of ``Đảng ủy X``."""
    words = _words(vocab)
    committee, committee_text = words.committee_head, words.party_committee
    out = list(levels)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        if a.head and b.head and not a.own and a.head.head == words.executive_committee \
                and b.head.head in (words.party_organisation, words.party_committee):
            out[i : i + 2] = [Level(committee, committee_text, b.own)]
            continue
        if a.head and b.head and a.head.head == words.standing_board and b.head.head == words.party_organisation:
            out[i + 1] = Level(committee, committee_text, b.own)
        i += 1
    return tuple(out)


def kind_of(levels: tuple[Level, ...], vocab: Vocabulary) -> str:
    """A body's office and boards are of their owner's kind (``Văn phòng Tỉnh ủy``: party)."""
    head = levels[0].head
    if head is None:
        return "other"
    if head.head in _words(vocab).offices_of_owner and len(levels) > 1:
        return kind_of(levels[1:], vocab)
    return head.kind


def is_anchored(levels: tuple[Level, ...], vocab: Vocabulary) -> bool:
    """Does the name pin down one body nationwide (a place or a national body in it)?"""
    words = _words(vocab)
    name = " ".join(lv.text() for lv in levels)
    if vocab.place_re.search(name) or words.national_word.search(name):
        return True
    if words.unit_then_name.search(name):
        return True
    for lv in levels:
        if lv.head and lv.head.needs == "none":
            return True
        if lv.head and lv.head.head in words.national_heads and lv.own:
            return True  # ministries and their general departments are national (a Cục may be a province's)
    return False
