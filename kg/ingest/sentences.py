"""Sentence spans over the normalised text (offsets, never copies).

Boundaries: line breaks; ``.``, ``!``, ``?``, ``…`` before an upper-case letter, a quote or
a digit; run-together captions (``đảng viên mới.Đồng chí``, ``5 năm liềnThứ trưởng``),
which saved web pages produce when a photo caption loses its line break; and a headline
run into its lead, before a source tag (``... (NLĐ) - Sáng 2-2, ...``) or a capitalised
time word (``... vào cuộc sống Chiều 24-1, ...``).
Periods of abbreviations (``TP.``, ``TS.``, initials) are not boundaries.
"""
from __future__ import annotations

import re

from kg.model import Sentence
from kg.text import LOWER, UPPER
from kg.vocab import Vocabulary

_ABBREV_BEFORE_DOT = re.compile(
    rf"(?:\b(?:TP|TS|GS|PGS|ThS|Th\.S|BS|KS|CN|Mr|Mrs|Ms|St|Q|P|TX|TT|Tp|Tr|tr|v\.v|vv)|\b{UPPER})$"
)
def _inside_a_token(line: str, dot: int, after: int) -> bool:
    """A dot between two digits or two capitals, no space after it, is inside a number or a
    symbol (``15.3.2006``, ``81/CV.UB-93``), not a full stop (a caption glued to the next
    sentence, ``đảng viên mới.Đồng chí``, ``Theo TTXVN.Hôm nay``, is a word after it)."""
    before, nxt, then = line[dot - 1 : dot], line[after : after + 1], line[after + 1 : after + 2]
    return (before.isdigit() and nxt.isdigit()) or (before.isupper() and nxt.isupper() and not then.islower())


def _boundary_re(vocab: Vocabulary) -> re.Pattern[str]:
    """Where a sentence ends inside a line (made once per vocabulary)."""
    return vocab.memo(_boundary_re, lambda: re.compile(
        rf"(?P<punct>[.!?…]+[\"”’)]*)(?=\s*[\"“‘(]?(?:{UPPER}|\d))"  # sentence punctuation
        rf"|(?<={LOWER}{LOWER})(?P<glued>)(?={UPPER}{LOWER})"  # liềnThứ: caption run into text
        # a headline run into its lead: "... (NLĐ) - Sáng 2-2, ..." / "... vào cuộc sống Chiều 24-1, ..."
        rf"|(?P<source>\((?:{UPPER}[\w.]*)(?:[ .][\w.]+){{0,2}}\)\s*[-–—])(?=\s*{UPPER})"
        rf"|(?<={LOWER})(?P<timed>)(?=\s(?:{vocab.alternation('time_word', capitalised=True)})\s+"
        rf"(?:{vocab.alternation('time_word_day')}|\d))"
    ))


def split_sentences(text: str, vocab: Vocabulary) -> tuple[Sentence, ...]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        cut = 0
        for m in _boundary_re(vocab).finditer(line):
            if m.group("punct") is not None:
                if m.group("punct") == "." and _ABBREV_BEFORE_DOT.search(line, max(0, m.start() - 8), m.start()):
                    continue
                if m.group("punct") == "." and _inside_a_token(line, m.start(), m.end()):
                    continue  # 15.3.2006, 1.000: a number; 81/CV.UB-93: a symbol; not a full stop
                end = m.end()
            elif m.group("source") is not None:
                end = m.start()  # the source tag opens the lead
            else:
                end = m.start()
            spans.append((line_start + cut, line_start + end))
            cut = end
        spans.append((line_start + cut, line_start + len(line)))
    out = []
    for start, end in spans:
        seg = text[start:end]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        start, end = start + lead, end - trail
        if end > start:
            out.append(Sentence(len(out), start, end))
    return tuple(out)
