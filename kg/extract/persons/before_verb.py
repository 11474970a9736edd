"""4. A name before a verb of what officials do: ``Nguyễn Văn Thành chủ trì``."""
from __future__ import annotations

from kg.extract.persons.runs import CapitalRun
from kg.vocab import Vocabulary


def before_agent_verb(text: str, run: CapitalRun, s1: int, vocab: Vocabulary) -> bool:
    """Does a verb whose subject is a person follow the run, in the sentence ending at s1?"""
    return text.startswith(" ", run.end, s1) and vocab.phrase_re("agent_verb").match(text, run.end + 1) is not None
