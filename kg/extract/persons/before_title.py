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
    """Does a title list follow the run, in the sentence ending at s1?"""
    opener = _title_opener(vocab).match(text, run.end, s1)
    return opener is not None and vocab.role_re.match(text, opener.end()) is not None
