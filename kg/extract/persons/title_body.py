"""Where the holder's name stands after a title and the body it may name.

The name is the first run of capitals inside what was read as the body that is a name
(``Bí thư Tỉnh ủy Quảng Nam | Phan Việt Cường``, ``Thứ trưởng | Trần Văn Tùng``), else the
run right after the body, else, where the body's name runs on in small words that cannot
be ended, the full name that closes the clause; else a full name after the title's office
in small words (``trưởng phòng kế toán tài chính Nguyễn Thu Hằng``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.bodies import BodyMention
from kg.extract.patterns import NAME_RUN_RE, PERSONNEL_VERB_CLASSES, is_abbr
from kg.extract.persons.mentions import after_place_unit, names_a_thing
from kg.extract.persons.split import split_name
from kg.vocab import Vocabulary
from kg.vocab.alphabet import SMALL_LETTERS_LOOSE, SYMBOL_CAPITALS

_SKIP, _STOP, _TAKE = range(3)  # what a run of capitals inside a body is


class _Patterns(NamedTuple):
    small_word: re.Pattern[str]
    and_before: re.Pattern[str]  # "và " ends the searched text
    abbreviation_after: re.Pattern[str]  # "ĐH Nông Lâm | TPHCM"
    punct_before: re.Pattern[str]  # a dash, comma, bracket or colon right before a title
    clause_stretch: re.Pattern[str]  # up to the end of the clause
    name_end: re.Pattern[str]  # a comma, semicolon, full stop or bracket, or a small word, right after a name


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(__name__, lambda: _Patterns(
        # (an office's acronym and number count too: "cựu tổng giám đốc PMU 18 Bùi Tiến Dũng")
        re.compile(r"(?:[%s]+|[%s]{2,6}|\d{1,4})(?= )" % (SMALL_LETTERS_LOOSE, SYMBOL_CAPITALS)),
        re.compile(r"(?<!\w)(?:%s)\s$" % vocab.alternation("list_and")),
        re.compile(r" (?:(?:%s)\.? ?)?[%s]{2,}(?![\w&])" % (vocab.alternation("city_abbreviation"), SYMBOL_CAPITALS)),
        re.compile(r"[-–—,(:]\s*$"),
        re.compile(r"[^,;:.()\n]*"),
        re.compile(r"\s*[,;.(]| [%s]" % SMALL_LETTERS_LOOSE),
    ))


def holder_run(text: str, r: re.Match[str], body: BodyMention | None, s0: int, s1: int,
               vocab: Vocabulary) -> re.Match[str] | None:
    """The run of capitals that names the holder of the title r, whose body (if any) follows it."""
    pos = r.end() + 1
    if body is None:
        return NAME_RUN_RE.match(text, pos, s1) or name_after_small_words(text, pos, s1, vocab)
    cand = _name_in_body(text, body, s1, vocab)
    if cand is None and text[body.end : body.end + 1] == " ":
        cand = NAME_RUN_RE.match(text, body.end + 1, s1)
    if cand is None and body.doubtful \
            and not _patterns(vocab).punct_before.search(text, max(s0, r.start() - 3), r.start()):
        cand = _full_name_closing(text, body, s1, vocab)
    if cand is None:
        cand = name_after_small_words(text, pos, s1, vocab)
    return cand



def _name_in_body(text: str, body: BodyMention, s1: int, vocab: Vocabulary) -> re.Match[str] | None:
    """The first run of capitals inside what was read as the body that is a name."""
    company = body.levels[0].head is not None and body.levels[0].head.kind == "other"
    for run in NAME_RUN_RE.finditer(text, body.start, body.end):
        if (closing := _name_closing_run(text, run, body, vocab)) is not None:
            return closing
        verdict = _run_in_body(text, run, body, company, s1, vocab)
        if verdict == _STOP:
            return None
        if verdict == _TAKE:
            return run
    return None


def _name_closing_run(text: str, run: re.Match[str], body: BodyMention, vocab: Vocabulary) -> re.Match[str] | None:
    """``Thứ trưởng Bộ Công Thương Cao Quốc Hưng cùng ...``: a body's capitalised name runs
    straight into a full name that closes what was read as the body."""
    head = vocab.head_re.match(text, run.start())
    if not head or run.end() < body.end:
        return None
    split = split_name(run.group(), vocab)
    # (not a name that starts inside the head's words: "Bí thư Tỉnh Đoàn Long An")
    if split is None or run.start() + split[0] < head.end() or len(split[1].split()) < 3:
        return None
    return NAME_RUN_RE.match(text, run.start() + split[0])


def _run_in_body(text: str, run: re.Match[str], body: BodyMention, company: bool, s1: int, vocab: Vocabulary) -> int:
    """Is a run of capitals inside a title's body the holder's name (_TAKE), part of the
    body's own name (_SKIP), or the next item of a list (_STOP)?"""
    rx = _patterns(vocab)
    if right_after_whole_head(text, run, body, vocab):
        return _TAKE  # "Phó Chủ tịch Quốc hội Tráng A Pao": whatever the surname
    if not split_name(run.group(), vocab) or vocab.head_re.match(text, run.start()):
        return _SKIP  # "Đoàn Thanh niên": the body's own head, not a name
    if after_place_unit(text, run.start(), vocab) and _known_place(text, run, vocab):
        return _SKIP  # "Thành ủy TP Hồ Chí Minh": a place's name after its unit
    if run.start() > body.start and run.group() in vocab.historical:
        return _SKIP  # "Học viện Chính trị Quốc gia Hồ Chí Minh": a leader the body is named after
    if rx.and_before.search(text[max(body.start, run.start() - 4) : run.start()]):
        return _STOP  # "UBND tỉnh Kiên Giang và Ngô Thành Phước": the next item, not the holder
    last_syllable = run.group().rsplit(" ", 1)[-1]
    if (h := vocab.phrase_re("honorific").match(text, run.end() - len(last_syllable), s1)) and h.end() > run.end():
        return _SKIP  # "Đoàn Luật sư": the run ends inside a word, not a name
    return _SKIP if _names_the_body(text, run, body, company, vocab) else _TAKE


def right_after_whole_head(text: str, run: re.Match[str], body: BodyMention, vocab: Vocabulary) -> bool:
    """A head that names one national body on its own (``Quốc hội``, ``Chính phủ``) takes
    no name of capitals after it, so a run of 2 to 4 syllables right after it that is no place
    is the holder's name, known surname or not (``Phó Chủ tịch Quốc hội Tráng A Pao``,
    ``Chủ tịch Hội đồng Dân tộc Quốc hội Tráng A Pao``)."""
    level = body.levels[-1]  # the outermost: "Hội đồng Dân tộc | Quốc hội Tráng A Pao"
    if level.head is None or level.head.needs != "none" or level.own != run.group() \
            or not text[body.start : run.start()].rstrip().endswith(level.head_text):
        return False
    split = split_name(run.group(), vocab, need_surname=False)
    return split is not None and split[0] == 0 and not vocab.head_re.match(text, run.start()) \
        and not names_a_thing(run.group().split(), vocab)


def _known_place(text: str, run: re.Match[str], vocab: Vocabulary) -> bool:
    """Is the run, with the unit before it, a place the vocabulary knows (``TP Hồ Chí Minh``)?
    A bare unit stands for the article's own province, and a name may follow it (``Chủ tịch
    HĐND tỉnh Dương Văn Trang``)."""
    unit_start = text.rfind(" ", 0, run.start() - 1) + 1
    place = vocab.place_re.match(text, unit_start)
    return place is not None and place.end() >= run.end()


def _names_the_body(text: str, run: re.Match[str], body: BodyMention, company: bool, vocab: Vocabulary) -> bool:
    """Is a run of capitals inside a body, maybe a name, the body's own name?"""
    short = len(run.group().split()) < 3
    if company and (short or (split := split_name(run.group(), vocab)) and split[0] > 0
                    and len(split[1].split()) < 3):
        return True  # "Công ty TNHH Hoàng Lê", "Công ty Việt Thái Phong": a firm's name
    if not short:
        return False
    if run.start() > body.start and not after_name_boundary(text, body.start, run.start(), vocab):
        return True  # "Công ty Dệt may Thái Tuấn": a short run is the body's own name
    # "ĐH Nông Lâm TPHCM": a place after it closes a body's name, not a person's
    return bool(_patterns(vocab).abbreviation_after.match(text[run.end() : run.end() + 12])
                or vocab.place_re.match(text, run.end() + 1))


def _full_name_closing(text: str, body: BodyMention, s1: int, vocab: Vocabulary) -> re.Match[str] | None:
    """The body's name runs on in small words we cannot end: the name is the run of
    capitals that closes the clause (``... chức vụ Bộ Công an | Nguyễn Hoà Bình``): the
    first full name that closes it or does something (``... Phó trưởng ban đại diện lưu học
    sinh Phạm Quang Tùng phụ trách ... sinh viên Vũ Anh Tuấn``); a title does not reach past
    one full name to the next."""
    stretch = _patterns(vocab).clause_stretch.match(text, body.end, s1)
    stretch_end = stretch.end() if stretch else body.end
    for run in NAME_RUN_RE.finditer(text, body.end, stretch_end):
        if vocab.phrase_re("object_marker").search(text, body.end, run.start()) \
                or vocab.phrase_re("honorific").search(text, body.end, run.start()):
            # "Thủ tướng Chính phủ thi hành kỷ luật đối với ông A": A is the one it is done to;
            # "ông A, nguyên Phó vụ trưởng Vụ Thanh tra kinh tế 2 đã đưa tiền cho ông B": a form of
            # address opens another person's name, not the holder's
            return None
        if after_place_unit(text, run.start(), vocab) or vocab.place_re.match(run.group()):
            continue  # "Công an TP | Hồ Chí Minh": a place
        sylls = run.group().split()
        if 3 <= len(sylls) <= 4 and split_name(run.group(), vocab) == (0, run.group()) \
                and not names_a_thing(sylls, vocab):
            closes = not text[run.end() : stretch_end].strip()
            return run if closes or vocab.phrase_re("agent_verb").match(text, run.end() + 1, s1) else None
    return None


def name_after_small_words(text: str, pos: int, limit: int, vocab: Vocabulary) -> re.Match[str] | None:
    """``trưởng phòng kế toán tài chính Nguyễn Thu Hằng``: a title, its office in small words
    (none a stop word or verb), then the holder's full name, which a small word or a mark
    ends (``tổng giám đốc PMU 18 Bùi Tiến Dũng đã có công văn``), not a place's or a street's
    name after its unit (``công an phường Nguyễn Thái Bình``)."""
    rx = _patterns(vocab)
    stop, agent = vocab.phrase_re("stop"), vocab.phrase_re("agent_verb")
    # (nor a form of address or a verb of personnel news: "Thủ tướng điều động ông A": A is
    # the one moved, not the Prime Minister)
    other = vocab.phrases_re("honorific", *PERSONNEL_VERB_CLASSES)
    for _ in range(6):
        w = rx.small_word.match(text, pos, limit)
        if w is None or stop.match(text, pos, limit) or agent.match(text, pos, limit) \
                or vocab.role_re.match(text, pos, limit) or other.match(text, pos, limit):
            return None
        pos = w.end() + 1
        run = NAME_RUN_RE.match(text, pos, limit)
        if run is not None:
            split = split_name(run.group(), vocab)
            return run if split and split[0] == 0 and len(run.group().split()) >= 3 \
                and rx.name_end.match(text, run.end(), run.end() + 2) and not after_place_unit(text, pos, vocab) else None
    return None


def after_name_boundary(text: str, body_start: int, pos: int, vocab: Vocabulary) -> bool:
    """Does a body's name visibly end before pos (an abbreviation, a place or a bare head
    stands last: ``Ủy ban T.Ư MTTQ | Huỳnh Đảm``)?"""
    before = text[body_start:pos].rstrip()
    last = before.rsplit(" ", 1)[-1]
    return is_abbr(last) or bool(vocab.place_ending_re.search(before)) \
        or bool(vocab.head_re.fullmatch(last))
