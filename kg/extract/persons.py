"""Officials' names, and the short references that point back to them.

A name is a run of 2–5 capitalised syllables. Vietnamese news marks names by what stands
around them, and those marks, not the surname list alone, decide:

- after an honorific: ``đồng chí``, ``Đ/c``, ``ông``, ``bà``, a rank or degree;
- after a title, maybe with its body: ``Thứ trưởng Trần Văn Tùng``,
  ``Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường``;
- before a title list: ``Lê Xuân Định - Ủy viên Ban Cán sự, ...``;
- before a verb of what officials do: ``Nguyễn Văn Thành chủ trì``;
- a full name of three or four capitals opening with a surname, with nothing around it;
- the rest of a list that a named person or a plural title opens;
- anywhere else in the article once one of the above has shown it is a name.

Where a title, a body or a place runs straight into a name, the known surnames and places
tell where the name starts. A name inside an idea, place or institution (``tư tưởng Hồ Chí
Minh``) is not a person. ``ông Duệ`` (given name only) is a short reference resolved to the
article's one full name ending in it.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.bodies import parse_body
from kg.extract.patterns import NAME_RUN_RE, Spans, is_abbr
from kg.model import Article
from kg.vocab import Vocabulary, alternation, lexicon, phrase_re, phrases_re

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext

_MAX_NAME = 5
# what may stand between a name and the title list after it: "X, ", "X - nguyên ", "X ("
_TITLE_AFTER_RE = re.compile(r"\s*(?:[,\-–—:]|\()\s*(?:(?i:%s)\s+)?" % alternation("former"))


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int
    end: int
    name: str  # full name this mention refers to
    sentence: int
    title: tuple[int, int, int, int] | None = None  # (role start, role end, body start, body end) before the name


_NOT_PERSON_BEFORE_RE = re.compile(r"(?:(?:%s)|(?<!\w)\d+[A-Z]?(?:/\d+)?)\s*$" % phrase_re("not_person_before").pattern)
# words that end in one of those but mean something else
_NOT_PERSON_COMPOUND_RE = re.compile(r"(?<!\w)(?:%s)\s*$" % alternation("not_person_compound"))
# a form of address right before a name: a person, whatever else the name may look like
_ADDRESSED_BEFORE_RE = re.compile(r"(?i:%s)\s+$" % alternation("honorific"))


def _not_person_context(text: str, start: int, titled: bool = False) -> bool:
    """Is a run of capitals here the name of a place, idea or institution (``phố Trần Quốc
    Toản``, ``số 62 Trần Quốc Toản``, ``tư tưởng Hồ Chí Minh``)? ``titled``: a title starts
    here, and "according to" before it quotes its holder (``Theo Phó giám đốc Sở X Bùi
    Xuân Bài``), where before a bare name it credits a source (``Theo Nguyễn Văn A``)."""
    before = text[max(0, start - 40) : start]
    m = _NOT_PERSON_BEFORE_RE.search(before)
    if m is None or _NOT_PERSON_COMPOUND_RE.search(before):
        return False  # "nông thôn" (the countryside) is no "thôn": "Sở NN và Phát triển nông thôn | Bùi Xuân Bài"
    return not (titled and m.group().strip() in lexicon()["according_to"])


# "(Cái Nước, Cà Mau)", "(huyện Cái Nước)": the places a commune or district lies in
_LOCALITY_AFTER_RE = re.compile(r" ?\((?:[^()\d]{2,40}, ?[^()\d]{2,30}|(?:huyện|quận|tỉnh|thị xã|TP\.?) [^()\d]{2,30})\)")


_CLAUSE_SUBJECT_RE = re.compile(r"(?:^|[.:;“\"(]\s*|(?i:%s|%s)\s+)$" % (alternation("honorific"), alternation("address")))
# "người phát ngôn Thủ tướng X", "cô giáo chủ nhiệm X": the name after the title holds no post
_AIDE_BEFORE_RE = re.compile(r"(?i:%s)\s+$" % alternation("aide_of"))
_JOB_BEFORE_RE = re.compile(r"(?<!\w)(?:%s)\s+$" % alternation("not_post_before"))
_LOCAL_UNIT_BEFORE_RE = re.compile(r"(?<!\w)(?:xã|phường|thị trấn)\s$")
# titles joined into one list before one name: "Chủ tịch HĐQT kiêm Tổng giám đốc", "Bí thư, Chủ tịch"
_JOINED_TITLE_RE = re.compile(r"[^.;:()]{0,80}?(?:,|\s(?:%s|và))\s*(?:(?i:%s)\s+)?" % (alternation("title_joiner"), alternation("former")))
_APPOSITION_RE = re.compile(r"(%s)\s*[,\-–—(]\s*$" % NAME_RUN_RE.pattern)


def _titles_a_name_before(text: str, role_start: int, found: list[PersonMention], sentence: int,
                          vocab: Vocabulary) -> bool:
    """Does the title at role_start follow a name with only a comma, dash or bracket
    between (an apposition: ``cô Vũ Thanh Thảo, Phó Hiệu trưởng Trường THCS Phạm Đình Hổ``,
    the title is that name's)? Not where that name has a title of its own before it
    (``Thứ trưởng Bộ A Tên1, Thứ trưởng Bộ B Tên2``)."""
    m = _APPOSITION_RE.search(text, max(0, role_start - 60), role_start)
    if m is None or _split_name(m.group(1), vocab) is None:
        return False
    # the name before opens its clause or follows a form of address (ông, bà, cô ...): in a
    # list ("kế toán trưởng B, trưởng phòng ... C") a title stands before each name
    if not _CLAUSE_SUBJECT_RE.search(text, max(0, m.start(1) - 20), m.start(1)):
        return False
    return not any(p.sentence == sentence and p.title is not None and p.end == m.end(1) for p in found)


def _name_after_small_words(text: str, pos: int, limit: int, vocab: Vocabulary) -> re.Match[str] | None:
    """``trưởng phòng kế toán tài chính Nguyễn Thu Hằng``: a title, its office in small words
    (none a stop word or verb), then the holder's full name."""
    stop = phrase_re("stop")
    for _ in range(6):
        w = re.match(r"[a-zà-ỹđ]+(?= )", text[pos:limit])
        if w is None or stop.match(text, pos, limit) or phrase_re("agent_verb").match(text, pos, limit) \
                or vocab.role_re.match(text, pos, limit):
            return None
        pos += w.end() + 1
        run = NAME_RUN_RE.match(text, pos, limit)
        if run is not None:
            split = _split_name(run.group(), vocab)
            return run if split and split[0] == 0 and len(run.group().split()) >= 3 \
                and re.match(r"\s*[,;.(]", text[run.end() : run.end() + 2]) else None
    return None


def _after_local_unit(text: str, pos: int) -> bool:
    """Does a commune-level unit (``xã``, ``phường``, ``thị trấn``), written small, stand right
    before pos? (Wards and communes are often named after heroes; a district is rarely, and
    "Chủ tịch UBND quận Trần Kim Long" in an article about one district is common.)"""
    return bool(_LOCAL_UNIT_BEFORE_RE.search(text, max(0, pos - 12), pos))


_PLACE_UNIT_BEFORE_RE = re.compile(r"(?:%s)\s$" % phrase_re("place_unit").pattern)


def _after_place_unit(text: str, pos: int) -> bool:
    """Does an administrative unit (``xã``, ``huyện``, ``TP``) stand right before pos?"""
    return bool(_PLACE_UNIT_BEFORE_RE.search(text, max(0, pos - 12), pos))


def _split_name(run: str, vocab: Vocabulary, need_surname: bool = True) -> tuple[int, str] | None:
    """Where a name starts inside a capitalised run, and the name (offset in run)."""
    if run in lexicon()["country"]:
        return None  # "Chủ tịch Hạ viện Hoa Kỳ": a country, not a person
    sylls = run.split()
    openers = lexicon()["sentence_opener"]
    if any(w in openers for w in sylls[1:]):  # "Nguyễn Minh Triết Tuy nhiên": a full stop is missing
        sylls = sylls[: next(i for i, w in enumerate(sylls) if i and w in openers)]
        run = " ".join(sylls)
    # a leading place is not part of the name (Quảng Nam Phan Việt Cường)
    offset = 0
    pm = vocab.place_re.match(run)
    if pm and pm.end() < len(run):
        offset = pm.end() + 1
        sylls = run[offset:].split()
    if pm and pm.end() == len(run):
        return None
    if offset and 2 <= len(sylls) <= 4 and not vocab.head_re.match(sylls[0]):
        return offset, " ".join(sylls)  # a title's place, then the name (Việt Nam Hồng Vinh)
    if not need_surname:
        if 1 < len(sylls) <= _MAX_NAME:
            return offset, " ".join(sylls)
        return None
    middle = lexicon()["middle_name"]
    if len(sylls) > 4 and sylls[-3] in vocab.surnames and (sylls[-2] in middle or sylls[-2] not in vocab.surnames):
        # a run longer than any name ends in one: "ĐH Nông Lâm | Lê Văn Bình"
        k = len(sylls) - 3
        return offset + len(" ".join(sylls[:k])) + 1, " ".join(sylls[k:])
    for k in range(len(sylls)):
        rest = sylls[k:]
        if rest[0] in vocab.surnames and 2 <= len(rest) <= 4 and not vocab.head_re.fullmatch(rest[0]):
            if vocab.place_re.fullmatch(" ".join(rest)):
                return None  # "Tại Hà Tây, Phó giám đốc ...": a place, not a name
            if len(rest) == 4 and rest[0] in lexicon()["body_surname"] and rest[1] in vocab.surnames \
                    and rest[1] not in middle:
                k, rest = k + 1, rest[1:]  # "Trung ương Đoàn | Đào Ngọc Dung": Đoàn ends the body
            return offset + len(" ".join(sylls[:k])) + (1 if k else 0), " ".join(rest)
    return None


# where a list of names starts: after "title: " (the plural "3 thứ trưởng Bộ X:") or after a
# name that a comma follows
_LIST_OPEN_RE = re.compile(r"(?::\s+| *, *| và )(?=[A-ZĐÀ-Ỹ])")


def _closing_lines(article: Article) -> set[tuple[int, int]]:
    """The spans of the article's last two non-empty lines."""
    spans, pos = [], 0
    for line in article.text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return set(spans[-2:])


def _shared_title(text: str, sent_start: int, colon: int, vocab: Vocabulary) -> tuple[int, int, int, int] | None:
    """``3 thứ trưởng Bộ Thủy sản: A, B, C``: the title (and body) every name after the colon
    holds, as a (role start, role end, body start, body end) span."""
    seg_start = max(text.rfind(",", sent_start, colon), text.rfind(";", sent_start, colon)) + 1
    last = None
    for r in vocab.role_re.finditer(text, max(seg_start, sent_start), colon):
        last = r
    if last is None:
        return None
    between = text[last.end() : colon]
    if len(between) > 80 or phrases_re("agent_verb", "speech_verb", "report_verb").search(between):
        return None  # "Phó chủ tịch UBND tỉnh A vừa ký quyết định ... trên địa bàn xã: Tam Sơn, ...": a clause, not a title
    return (last.start(), last.end(), last.end() + 1, colon) if colon > last.end() + 1 else (last.start(), last.end(), last.end(), last.end())


def _plain_name(name: str, vocab: Vocabulary, need_surname: bool = True) -> bool:
    """A run of capitals that can be a person's whole name: no body head, title, place or
    administrative word in it, and (for a name with nothing around it) a known surname first."""
    sylls = name.split()
    if need_surname and sylls[0] not in vocab.surnames:
        return False
    if vocab.place_re.search(name) or any(vocab.head_re.fullmatch(w) or vocab.role_re.fullmatch(w) for w in sylls):
        return False
    return not any(w in lexicon()["not_name"] for w in sylls)


def _after_name_boundary(text: str, body_start: int, pos: int, vocab: Vocabulary) -> bool:
    """Does a body's name visibly end before pos (an abbreviation, a place or a bare head
    stands last: ``Ủy ban T.Ư MTTQ | Huỳnh Đảm``)?"""
    before = text[body_start:pos].rstrip()
    last = before.rsplit(" ", 1)[-1]
    return is_abbr(last) or bool(vocab.place_ending_re.search(before)) \
        or bool(vocab.head_re.fullmatch(last))


def _acts_after_body(text: str, body_start: int, cand: re.Match[str], limit: int, vocab: Vocabulary) -> bool:
    """``Sau phần trình bày của ông A, Tổng thư ký Ủy ban MTTQ VN Huỳnh Đảm tổng hợp ...``:
    a name after a body that visibly ends before it (an abbreviation, a place, a bare head),
    itself no place, and going on to do something (a small word that is no stop word), is
    the subject of the next part of the sentence, with its title; not the name before's."""
    return cand.start() > body_start and not _after_place_unit(text, cand.start()) \
        and not vocab.place_re.match(cand.group()) and _after_name_boundary(text, body_start, cand.start(), vocab) \
        and re.match(r" [a-zà-ỹđ]", text[cand.end() : cand.end() + 3]) is not None \
        and not phrases_re("stop", "clause_word", "title_joiner").match(text, cand.end() + 1, limit)


def _firm_names(found: list[PersonMention], text: str, vocab: Vocabulary) -> set[str]:
    """``Phó giám đốc Viên Minh đề nghị ...``: two-syllable names the article also writes as
    the end of a firm's name (``Công ty Dịch vụ Thương mại quảng cáo Viên Minh``, no capital
    after it and no title right before the firm: ``Phó Tổng Giám đốc Công ty Cấp nước Sài
    Gòn Võ Dũng`` names the holder after the firm). Such a name is the firm, whose director
    the title names, unless a form of address before it shows a person."""
    firms = set()
    for n in {p.name for p in found if len(p.name.split()) == 2}:
        pattern = r"(?:%s)[^.,;:()\n]{0,60}?(?<!\w)%s(?!\w)(?!\s+[A-ZĐ])" % (alternation("firm_head"), re.escape(n))
        if any(not vocab.title_ends_at(text, m.start(), max(0, m.start() - 30)) for m in re.finditer(pattern, text)):
            firms.add(n)
    addressed = {p.name for p in found if p.name in firms and _ADDRESSED_BEFORE_RE.search(text, max(0, p.start - 12), p.start)}
    return firms - addressed


def _clip_run(text: str, m: re.Match[str], vocab: Vocabulary) -> tuple[int, int]:
    """A capitalised run ends before a title or a body head inside it, and before a word
    that opens a sentence whose full stop is missing (``Nguyễn Minh Triết Tuy nhiên``)."""
    start, end = m.span()
    pos = start
    openers = lexicon()["sentence_opener"]
    for syl in re.finditer(r"\S+", text[start:end]):
        s = start + syl.start()
        if s > start and (vocab.role_re.match(text, s) or vocab.head_re.match(text, s) or syl.group() in openers):
            return start, pos
        pos = start + syl.end()
    return start, end


def find_persons(article: Article, vocab: Vocabulary) -> list[PersonMention]:
    text = article.text
    honorific = phrase_re("honorific")
    agent = phrase_re("agent_verb")
    found: list[PersonMention] = []
    short_refs: list[tuple[int, int, str, int]] = []
    last_lines = _closing_lines(article)
    for sent in article.sentences:
        s0, s1 = sent.start, sent.end
        sentence_first = len(found)  # the names this sentence gives are appended from here
        if (s0, s1) in last_lines and NAME_RUN_RE.fullmatch(text, s0, s1):
            continue  # a name alone on one of the last lines signs the article: a byline
        taken = Spans()

        def add(start: int, end: int, title=None) -> None:
            if taken.overlaps(start, end):
                if title is not None:  # a name found bare, now seen to share a list's title
                    for i, p in enumerate(found):
                        if (p.start, p.end) == (start, end) and p.title is None:
                            found[i] = PersonMention(start, end, p.name, p.sentence, title)
                return
            taken.add(start, end)
            found.append(PersonMention(start, end, " ".join(text[start:end].split()), sent.index, title))

        # 1. after an honorific
        for h in honorific.finditer(text, s0, s1):
            m = NAME_RUN_RE.match(text, h.end() + 1, s1) if text[h.end() : h.end() + 1] == " " else None
            if not m:
                continue
            if vocab.head_ending_re.search(text, max(s0, h.start() - 20), h.start()):
                continue  # "Hội Nhà báo": part of a body's name, not an honorific
            start, end = _clip_run(text, m, vocab)
            run = text[start:end]
            if not run or vocab.head_re.match(run) or vocab.place_re.fullmatch(run):
                continue
            if (split := _split_name(run, vocab, need_surname=False)) and split[0]:
                start += split[0]  # a place between honorific and name
                run = split[1]
            sylls = run.split()
            if len(sylls) == 1:
                short_refs.append((start, end, run, sent.index))
            elif len(sylls) <= _MAX_NAME:
                add(start, end)
        # 2. after a title, maybe with its body between
        sentence_titles = list(vocab.role_re.finditer(text, s0, s1))
        title_starts = [t.start() for t in sentence_titles]  # in order, not overlapping
        for r in sentence_titles:
            pos = r.end() + 1
            if text[r.end() : pos] != " ":
                continue
            if _AIDE_BEFORE_RE.search(text, max(s0, r.start() - 20), r.start()):
                continue  # "người phát ngôn Thủ tướng Nguyễn Kinh Quốc" speaks for the holder
            if r.group()[:1].islower() and _JOB_BEFORE_RE.search(text, max(s0, r.start() - 12), r.start()):
                continue  # "cô giáo chủ nhiệm Trần Thị Thanh Vân": a teacher's job, not a post
            body = parse_body(text, pos, s1, vocab, headless=True)
            if body is not None:
                # the first run of capitals inside what was read as the body that is a name:
                # "Bí thư Tỉnh ủy Quảng Nam | Phan Việt Cường", "Thứ trưởng | Trần Văn Tùng"
                cand = None
                company = body.levels[0].head is not None and body.levels[0].head.kind == "other"
                for run in NAME_RUN_RE.finditer(text, body.start, body.end):
                    if not _split_name(run.group(), vocab) or vocab.head_re.match(text, run.start()):
                        continue  # "Đoàn Thanh niên": the body's own head, not a name
                    if re.search(r"(?<!\w)và\s$", text[max(body.start, run.start() - 4) : run.start()]):
                        break  # "UBND tỉnh Kiên Giang và Ngô Thành Phước": the next item, not the holder
                    last_syllable = run.group().rsplit(" ", 1)[-1]
                    if (h := honorific.match(text, run.end() - len(last_syllable), s1)) and h.end() > run.end():
                        continue  # "Đoàn Luật sư": the run ends inside a word, not a name
                    if company and (len(run.group().split()) < 3
                                    or (split := _split_name(run.group(), vocab)) and split[0] > 0
                                    and len(split[1].split()) < 3):
                        continue  # "Công ty TNHH Hoàng Lê", "Công ty Việt Thái Phong": a firm's name
                    if len(run.group().split()) < 3 and run.start() > body.start \
                            and not _after_name_boundary(text, body.start, run.start(), vocab):
                        continue  # "Công ty Dệt may Thái Tuấn": a short run is the body's own name
                    if len(run.group().split()) < 3 and (
                            re.match(r" (?:TP\.? ?)?[A-ZĐ]{2,}(?![\w&])", text[run.end() : run.end() + 12])
                            or vocab.place_re.match(text, run.end() + 1)):
                        continue  # "ĐH Nông Lâm TPHCM": a place after it closes a body's name, not a person's
                    cand = run
                    break
                if cand is None and text[body.end : body.end + 1] == " ":
                    cand = NAME_RUN_RE.match(text, body.end + 1, s1)
                if cand is None and body.doubtful and not re.search(r"[-–—,(:]\s*$", text[max(s0, r.start() - 3) : r.start()]):
                    # the body's name runs on in small words we cannot end: the name is the
                    # run of capitals that closes the clause ("... chức vụ Bộ Công an | Nguyễn Hoà Bình")
                    stretch_end = body.end + len(re.match(r"[^,;:.()\n]*", text[body.end : s1]).group())
                    # (the first full name that closes it or does something: "... Phó trưởng ban
                    # đại diện lưu học sinh Phạm Quang Tùng phụ trách ... sinh viên Vũ Anh Tuấn";
                    # a title does not reach past one full name to the next)
                    for run in NAME_RUN_RE.finditer(text, body.end, stretch_end):
                        if _after_place_unit(text, run.start()) or vocab.place_re.match(run.group()):
                            continue  # "Công an TP | Hồ Chí Minh": a place
                        full_name = 3 <= len(run.group().split()) <= 4 \
                            and _split_name(run.group(), vocab) == (0, run.group()) \
                            and not any(w in lexicon()["not_name"] for w in run.group().split())
                        if full_name and (not text[run.end() : stretch_end].strip() or agent.match(text, run.end() + 1, s1)):
                            cand = run
                        if full_name:
                            break
                if cand is None:
                    cand = _name_after_small_words(text, pos, s1, vocab)
                if cand is None:
                    continue
            else:
                cand = NAME_RUN_RE.match(text, pos, s1) or _name_after_small_words(text, pos, s1, vocab)
                if cand is None:
                    continue
            between = itertools.takewhile(lambda t: t.end() <= cand.start(),
                                          sentence_titles[bisect.bisect_right(title_starts, r.end()):])
            if any(not _JOINED_TITLE_RE.fullmatch(text, r.end(), t.start())
                   and not (body is not None and body.start <= t.start() < body.end)  # "Văn phòng Chủ tịch nước"
                   for t in between):
                # "báo cáo Thủ tướng kết quả ... tố cáo Tổng giám đốc Tổng công ty Hàng hải Hà Đức
                # Bàng": the title nearest the name is its; one further back is someone else's
                continue
            split = _split_name(cand.group(), vocab)
            if split is None:
                continue
            if _titles_a_name_before(text, r.start(), found, sent.index, vocab) \
                    and not (body is not None and split[0] == 0 and _acts_after_body(text, body.start, cand, s1, vocab)):
                # "ông Nguyễn Văn Châu, Chủ tịch HĐQT Âu Lạc Tuần Châu": the title is the
                # name before's; the capitals inside its body name the body
                continue
            off, name = split
            if off > 0 and len(name.split()) < 3 and (body is None or cand.start() <= body.start) \
                    and not vocab.place_re.match(cand.group()):
                continue  # "Giám đốc Thảo Cầm Viên": capitals before a short name name a thing
            if off == 0 and _after_place_unit(text, cand.start()) and _LOCALITY_AFTER_RE.match(text, cand.end()):
                # "Phó chủ tịch UBND xã Lương Thế Trần (Cái Nước, Cà Mau)": a place named
                # after a person, its district and province in brackets after it
                continue
            if off == 0 and _after_local_unit(text, cand.start()):
                # "Chủ tịch phường Lê Đại Hành", "UBND xã Hộ Hải Mai Tấn Phát": the words after
                # "xã", "phường", "huyện" name the place first (many bear a hero's name); a
                # person can only follow them
                first, _, rest = cand.group().partition(" ")
                split = _split_name(rest, vocab) if rest else None
                if split is None:
                    continue
                # (not "Chủ tịch UBND xã | Nguyễn Văn Tiên": no place is one surname, the run is the name)
                if not (split[0] == 0 and first in vocab.surnames and len(cand.group().split()) == 3):
                    off, name = len(first) + 1 + split[0], split[1]
            start = cand.start() + off
            if _not_person_context(text, r.start(), titled=True):
                continue
            body_span = (pos, start - 1) if start - 1 > pos else (pos, pos)
            add(start, start + len(name), (r.start(), r.end(), *body_span))
        # 3. before a title list, 4. before an official's verb
        for m in NAME_RUN_RE.finditer(text, s0, s1):
            start, end = _clip_run(text, m, vocab)
            if (lead := honorific.match(text, start, end)) and text[lead.end() : lead.end() + 1] == " ":
                start = lead.end() + 1  # a capitalised honorific opens the sentence (Ông X cho biết)
            run = text[start:end]
            if len(run.split()) < 2 or _not_person_context(text, start):
                continue
            rest = text[end:s1]
            opener = _TITLE_AFTER_RE.match(rest)
            titled = opener and vocab.role_re.match(text, end + opener.end())
            acting = re.match(r" ", rest) and agent.match(text, end + 1)
            split = _split_name(run, vocab)
            if split is None:
                continue
            off, name = split
            # 5. a full name needs no marks: three or four capitals opening with a surname
            # (court and crime reports name people bare: "Nguyễn Mậu Thôn, người thiết kế ...")
            bare = len(name.split()) in (3, 4) and off == 0 and _plain_name(name, vocab)
            if titled or acting or bare:
                add(start + off, start + off + len(name))
        # 6. the rest of a list that a named person or a "title:" opens:
        #    "nguyên Tổng Bí thư Đỗ Mười, Lê Khả Phiêu", "3 thứ trưởng Bộ Thủy sản: A, B, C"
        named_ends = {p.end for p in found[sentence_first:]}
        walked = s0  # a list is walked once, from its first opener
        for lst in _LIST_OPEN_RE.finditer(text, s0, s1):
            if lst.start() < walked:
                continue
            colon = lst.group().lstrip().startswith(":")
            if colon:
                shared = _shared_title(text, s0, lst.start(), vocab)
                if shared is None and not re.search(r"(?:đồng chí|gồm|có|là)\s*$", text[s0 : lst.start()]):
                    continue
            elif lst.start() in named_ends:
                shared = None
            else:
                continue
            prev_end = lst.end()
            for m in NAME_RUN_RE.finditer(text, lst.end(), s1):
                if not re.fullmatch(r"\s*(?:,|và|;)?\s*", text[prev_end : m.start()]):
                    break
                if vocab.role_re.match(text, m.start()) or vocab.head_re.match(text, m.start()):
                    break  # "..., Phó Bí thư", "..., Đoàn Thanh niên": a title or body, not a name
                if not re.match(r"\s*(?:[,;.)(]|và\b|cùng\b|$)", text[m.end() : s1]):
                    break  # a list item is the whole name
                split = _split_name(m.group(), vocab, need_surname=not colon)
                if split is None or split[0] or not _plain_name(split[1], vocab, need_surname=not colon):
                    break
                add(m.start(), m.start() + len(split[1]), shared)
                named_ends.add(m.start() + len(split[1]))
                prev_end = walked = m.end()

    # 7. every other place a confirmed name is written
    names = sorted({p.name for p in found}, key=len, reverse=True)
    if names:
        name_re = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, names)))
        have = {(p.start, p.end) for p in found}
        covered = {i for p in found for i in range(p.start, p.end)}  # names are short: a set is exact and fast
        for sent in article.sentences:
            for m in name_re.finditer(text, sent.start, sent.end):
                if (m.start(), m.end()) not in have and m.start() not in covered:
                    found.append(PersonMention(m.start(), m.end(), m.group(), sent.index))
                    covered.update(range(m.start(), m.end()))
    # the fullest form: "Lệ Hà" is "Nguyễn Thị Lệ Hà" where the article has both
    full = {n: next((f for f in names if f != n and f.endswith(" " + n)), n) for n in names}
    found = [PersonMention(p.start, p.end, full.get(p.name, p.name), p.sentence, p.title) for p in found]
    # "bà Bích Thủy" with no full name in the article: a middle and a given name, no surname,
    # is a short reference to someone the article never names in full, not a person entry.
    # A title right before the name is how the pen names of officials are written
    # ("Chủ tịch Hội Nhà báo Việt Nam Hồng Vinh"), so a name ever titled so stays, as do the
    # known pen names.
    middle = lexicon()["middle_name"]
    kept = {p.name for p in found if p.title} | lexicon()["pen_name"]
    found = [p for p in found if p.name in kept
             or not (len(s := p.name.split()) == 2 and s[0] in middle and s[0] not in vocab.surnames)]
    # a short name that is a firm's ("Phó giám đốc Viên Minh") is no person
    if firms := _firm_names(found, text, vocab):
        found = [p for p in found if p.name not in firms]
    # ông Duệ → the one full name ending in Duệ
    for start, end, given, sent_index in short_refs:
        owners = {f for f in full.values() if f.split()[-1] == given}
        if len(owners) == 1:
            found.append(PersonMention(start, end, owners.pop(), sent_index))
    return sorted(found, key=lambda p: p.start)


def add_persons(ctx: ArticleContext) -> None:
    """Component: every person the article names (kg.extract.components)."""
    ctx.persons = find_persons(ctx.article, ctx.vocab)
