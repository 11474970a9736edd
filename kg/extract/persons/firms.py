"""A short name that is a firm's: ``Phó giám đốc Viên Minh`` directs the firm ``Viên Minh``."""
from __future__ import annotations

import re

from kg.extract.persons.mentions import PersonMention
from kg.vocab import Vocabulary
from kg.vocab.alphabet import SYMBOL_CAPITALS


def _addressed_before(vocab: Vocabulary) -> re.Pattern[str]:
    """A form of address right before a name: a person, whatever else the name may look like."""
    return vocab.memo((__name__, "addressed"), lambda: re.compile(r"(?i:%s)\s+$" % vocab.alternation("honorific")))


def _firm_head(vocab: Vocabulary) -> str:
    return vocab.memo((__name__, "firm_head"), lambda: vocab.alternation("firm_head"))


def drop_firms(found: list[PersonMention], text: str, vocab: Vocabulary) -> list[PersonMention]:
    """The mentions without those of names that are firms' (firm_names)."""
    if firms := firm_names(found, text, vocab):
        return [p for p in found if p.name not in firms]
    return found


def firm_names(found: list[PersonMention], text: str, vocab: Vocabulary) -> set[str]:
    """``Phó giám đốc Viên Minh đề nghị ...``: two-syllable names the article also writes as
    the end of a firm's name (``Công ty Dịch vụ Thương mại quảng cáo Viên Minh``, no capital
    after it and no title right before the firm: ``Phó Tổng Giám đốc Công ty Cấp nước Sài
    Gòn Võ Dũng`` names the holder after the firm). Such a name is the firm, whose director
    the title names, unless a form of address before it shows a person."""
    firms = set()
    for n in {p.name for p in found if len(p.name.split()) == 2}:
        pattern = r"(?:%s)[^.,;:()\n]{0,60}?(?<!\w)%s(?!\w)(?!\s+[%s])" % (_firm_head(vocab), re.escape(n), SYMBOL_CAPITALS)
        if any(not vocab.title_ends_at(text, m.start(), max(0, m.start() - 30)) for m in re.finditer(pattern, text)):
            firms.add(n)
    addressed = {p.name for p in found
                 if p.name in firms and _addressed_before(vocab).search(text, max(0, p.start - 12), p.start)}
    return firms - addressed
