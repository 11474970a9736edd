"""3. A name before a title list: ``Lê Xuân Định - Ủy viên Ban Cán sự, ...``,
``Nguyễn Văn A, nguyên Bí thư ...``, ``Trần Văn B (Chủ tịch ...)``."""
from __future__ import annotations

import re

from kg.extract.persons.runs import CapitalRun
from kg.vocab import Vocabulary


def _title_opener(vocab: Vocabulary) -> re.Pattern[str]:
    """What may stand between a name and the title list after it: "X, ", "X - nguyên ", "X ("."""
    return vocab.memo(__name__, lambda: re.compile(
        r"\s*(?:[,\-–—:]|\()\s*(?:(?i:%s)\s+)?" % vocab.alternation("former")))


def before_title_list(text: str, run: CapitalRun, s1: int, vocab: Vocabulary) -> bool:
    """Does a title list follow the run, in the sentence ending at s1 (and the run is no
    place a body names before it)?"""
    opener = _title_opener(vocab).match(text, run.end, s1)
    return opener is not None and vocab.role_re.match(text, opener.end()) is not None \
        and not _place_of_body_before(text, run, vocab) and not _starts_inside_a_head(text, run, vocab)


def _starts_inside_a_head(text: str, run: CapitalRun, vocab: Vocabulary) -> bool:
    """``Bí thư Tỉnh Đoàn Bắc Ninh, Bí thư Thành ủy ...``: a name read from inside a body's
    head (``Tỉnh Đoàn``, whose second word is a surname too) is the body's place, no name."""
    head = vocab.head_re.match(text, run.start)
    return head is not None and head.end() > run.start + run.off


def _place_of_body_before(text: str, run: CapitalRun, vocab: Vocabulary) -> bool:
    """``Bí thư Thành ủy Cao Lãnh, Phó Chủ tịch UBND tỉnh``: two syllables right after a head
    that needs a place (a city, a district) are that place; a name after such a head without
    its place has three or more (``Bí thư Huyện ủy Lò Văn Sơn``)."""
    start = run.start + run.off
    if len(run.name.split()) != 2:
        return False
    head = vocab.head_ending_re.search(text, max(0, start - 24), start)
    found = vocab.head(head.group().strip()) if head else None
    return found is not None and found.needs == "place"
