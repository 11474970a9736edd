"""Who did what at a meeting, as the guideline reads it: chairs only where ``chủ trì`` /
``chủ tọa`` says so (including ``dưới sự chủ trì của ...`` and ``..., có đồng chí X``);
speakers who ``phát biểu``, ``kết luận``, ``nhấn mạnh`` ...; presenters who ``báo cáo`` /
``trình bày``; attendees of ``Đến dự ... có``. A bare title as subject (``Bộ trưởng nhấn
mạnh``) is the article's one holder of that title.

Each sentence is given to the meeting it follows (the last one reported held before it);
each way of writing a role is one function below, finding the names; ``assign_roles``
decides which of them apply and writes the names into the meeting.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.meetings.draft import MeetingDraft
from kg.extract.meetings.held import sets_another_time
from kg.extract.meetings.title import noun_matches, same_title, title_end, title_text
from kg.extract.patterns import last_match
from kg.extract.persons import PersonMention
from kg.model import Article, Sentence
from kg.vocab import Vocabulary

# what may stand between a subject and its verb: no end of clause, no quotation
_GAP_OK_RE = re.compile(r"^[^;:.!?“”\"]*$")
_CLAUSE_FINAL_RE = re.compile(r"\s*(?:[.;]|$)")  # "... đồng chủ trì."
_SHORT_OPENING_RE = re.compile(r"[^,]{0,60}$")  # a sentence's opening phrase, before its first comma
_CLAUSE_VERBS = ("speech_verb", "chair_verb", "present_verb", "held_verb", "report_verb")


@dataclass(frozen=True)
class _Patterns:
    speech: re.Pattern[str]  # phát biểu, nhấn mạnh, kết luận ... (any case)
    chair: re.Pattern[str]  # chủ trì, chủ tọa (any case)
    present: re.Pattern[str]  # báo cáo, trình bày (any case)
    front_verb: re.Pattern[str]  # a verb phrase opening the sentence: "(Cũng tại X,) Đến dự"
    companion: re.Pattern[str]  # "và (đồng chí)" joining a second subject
    at_meeting: re.Pattern[str]  # "tại", "trong", "ở" before a meeting's noun
    session: re.Pattern[str]  # "điểm cầu", "buổi làm việc", "phiên": chaired without a meeting's noun
    chair_task: re.Pattern[str]  # "chủ trì, phối hợp": leading a task
    chaired_under: re.Pattern[str]  # "dưới sự (đồng) chủ trì của"
    chaired_by: re.Pattern[str]  # the last "do" before the verb
    listed_after: re.Pattern[str]  # "..., (còn) có" after the verb
    presence: re.Pattern[str]  # "có" before the names present
    verb_as_noun: re.Pattern[str]  # "theo báo cáo": the verb is a noun
    attendance: re.Pattern[str]  # "có sự tham dự của"
    presiding: tuple[str, ...]  # "chủ trì", ending a fronted verb whose "có" names the chairs
    attend_verbs: frozenset[str]  # đến dự, tham dự ...


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _make_patterns(vocab))


def _make_patterns(vocab: Vocabulary) -> _Patterns:
    alt = vocab.alternation
    presence, organizer_word = alt("meeting_presence_verb"), alt("meeting_organizer_preposition")
    return _Patterns(
        *(vocab.phrase_re(c, re.IGNORECASE) for c in ("speech_verb", "chair_verb", "present_verb")),
        front_verb=re.compile(r"(?i)\s*(?:(?:(?:%s)\s+)?(?:%s)\s+[^,]{0,40},\s*)?(?P<verb>%s|%s|%s)\b" % (
            alt("meeting_also_word"), alt("at_word"),
            alt("meeting_attend_and_chair"), alt("chair_verb"), alt("attend_verb"))),
        # (or a comma or semicolon and a form of address: "Đồng chí A, ..., đồng chí B, ... và
        # đồng chí C, ... chủ trì"; "Đồng chí A, Bí thư Huyện ủy; đồng chí B, Chủ tịch UBND huyện chủ trì")
        companion=re.compile(r"(?:\s(?:%s)\s+(?:%s)?|[,;]\s*(?:%s))\s*$" % (alt("list_and"), alt("meeting_companion_honorific"),
                                                                         alt("meeting_companion_honorific"))),
        at_meeting=re.compile(r"(?i)(?:%s)\s+$" % alt("meeting_at_preposition")),
        session=re.compile(r"(?i)(?:%s)" % alt("meeting_session_noun")),
        chair_task=re.compile(r"\s*(?:,\s*)?(?:%s)\b" % alt("meeting_chair_task")),
        chaired_under=re.compile(r"(?i)(?:%s)\s+(?:%s)\s+(?:(?:%s)\s+)?$" % (
            alt("meeting_chaired_under"), alt("meeting_nominaliser"), alt("meeting_co_prefix"))),
        chaired_by=re.compile(r"\b(?:%s)\s+(?!.*\b(?:%s)\s)" % (organizer_word, organizer_word)),
        # (the comma may be left out: "Chủ trì kỳ họp có các đồng chí: A - ...; B - ...")
        listed_after=re.compile(r"[^,;:]*?(?:,\s*)?(?:(?:%s)\s+)?(?<!\w)(?:%s)\s+"
                                % (alt("meeting_contrast_word"), presence)),
        presence=re.compile(r"\b(?:%s)\s+" % presence),
        verb_as_noun=re.compile(r"(?i)(?:%s)\s+$" % alt("meeting_verb_as_noun_before")),
        attendance=re.compile(r"(?i)(?:%s)\s+" % alt("meeting_attendance_phrase")),
        presiding=tuple(w.casefold() for w in vocab.words("meeting_presiding_verb")),
        attend_verbs=vocab.words("attend_verb"),
    )


@dataclass(frozen=True)
class _Scene:
    """One sentence and what the role rules read in it."""

    text: str
    sent: Sentence
    persons: list[PersonMention]
    role_holders: dict[str, set[str]]  # title -> the article's holders of it
    vocab: Vocabulary
    nouns: list[re.Match[str]]  # the meeting nouns the sentence writes
    front: re.Match[str] | None  # the verb phrase it opens with (front_verb)

    @property
    def rx(self) -> _Patterns:
        return _patterns(self.vocab)

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        return [p for p in self.persons if start <= p.start and p.end <= end]


# ---------------------------------------------------------------------------------- subjects


def _names(ps: list[PersonMention]) -> list[str]:
    out: list[str] = []
    for p in ps:
        if p.name not in out:
            out.append(p.name)
    return out


def _has_verb(gap: str, vocab: Vocabulary) -> bool:
    """Does another clause's verb stand in the gap (so the names before it are not the subject)?"""
    return any(vocab.phrase_re(cls).search(gap) for cls in _CLAUSE_VERBS)


def _subject_before(s: _Scene, verb_start: int) -> list[PersonMention]:
    """The person(s) a verb's clause opens with: names before it with no other verb between.
    Everyone joined by ``và`` shares the verb: ``Đồng chí Phạm Quang Thao, Bí thư Đảng ủy,
    Phó Chủ tịch VUSTA và đồng chí Phạm Hữu Duệ, Phó Bí thư Đảng ủy, chủ trì hội nghị.``"""
    cands = s.persons_in(s.sent.start, verb_start)
    if not cands:
        return []
    last = cands[-1]
    gap = s.text[last.end : verb_start]
    if not _GAP_OK_RE.match(gap) or _has_verb(gap, s.vocab):
        return []
    group = [last]
    for p in reversed(cands[:-1]):
        between = s.text[p.end : group[0].start]
        joined = s.rx.companion.search(between)
        # (the list's last separator may be a semicolon; none inside an item's titles)
        if joined and _GAP_OK_RE.match(between[: joined.start()]) and not _has_verb(between, s.vocab):
            group.insert(0, p)
        else:
            break
    return group


def _subject_after(s: _Scene, verb_end: int) -> list[str]:
    """A verb phrase fronted before its subject: ``Phát biểu khai mạc Đại hội, đồng chí Y
    Thanh Hà Niê Kđăm, ...``, ``Phát biểu khai mạc phiên họp, Thủ tướng Phạm Minh Chính
    ...``. The subject follows the phrase's comma with nothing but titles, bodies and time
    or place words between."""
    comma = s.text.find(",", verb_end, s.sent.end)
    if comma == -1 or comma - verb_end > 160:
        return []
    after = [p for p in s.persons if p.start > comma]
    if not after:
        return []
    first = after[0]
    gap = s.text[comma + 1 : first.start]
    if _has_verb(gap, s.vocab) or re.search(r"[;:.!?]", gap) or gap.count(",") > 2 or len(gap) > 120:
        return []
    return [first.name]


def _title_subject(s: _Scene, verb_start: int) -> list[str]:
    """``Bộ trưởng cũng nhấn mạnh``: a bare title as subject is its one holder in the article."""
    clause = s.text[s.sent.start : verb_start]
    m = last_match(s.vocab.role_re, clause)
    if m is None:
        return []
    between = clause[m.end() :].strip(" ,")
    if between != "" and between not in s.vocab.words("meeting_subject_adverb"):
        return []
    role = s.vocab.role(m.group())
    holders = s.role_holders.get(role.canonical, set()) if role else set()
    return sorted(holders) if len(holders) == 1 else []


# ---------------------------------------------------------------------------------- chairs
# Each returns the chairs a way of writing names, or None where the sentence is not written
# that way; the first that applies decides (_CHAIR_WRITINGS).


def _chaired_under(s: _Scene, verb: re.Match[str]) -> list[str] | None:
    """``Hôm nay, 5/5, dưới sự chủ trì của Thủ tướng Phạm Minh Chính, Chính phủ họp phiên
    thường kỳ tháng 4/2021.``: the chairs follow the verb."""
    if not s.rx.chaired_under.search(s.text[s.sent.start : verb.start()]):
        return None
    return _names(s.persons_in(verb.end(), s.sent.end))


def _chaired_by(s: _Scene, verb: re.Match[str]) -> list[str] | None:
    """``... tổ chức hội nghị kiểm điểm Ban Thường vụ ... năm 2018 do đồng chí Nguyễn Ngọc
    Quang - Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh chủ trì hội nghị``: the chairs
    stand between the last ``do`` and the verb."""
    dm = s.rx.chaired_by.search(s.text[s.sent.start : verb.start()])
    if not dm:
        return None
    return _names(s.persons_in(s.sent.start + dm.end(), verb.start()))


def _chairs_listed_after(s: _Scene, verb: re.Match[str]) -> list[str] | None:
    """``Tham dự và chủ trì Hội nghị, có đồng chí X``, ``Chủ trì kỳ họp có các đồng chí: A -
    ...; B - ...``: a fronted chair verb, its chairs after ``có``."""
    cm = s.rx.listed_after.match(s.text[verb.end() : s.sent.end])
    if not (cm and s.front and s.front["verb"].casefold().endswith(s.rx.presiding)):
        return None
    return _names(s.persons_in(verb.end() + cm.end(), s.sent.end))


def _chair_fronted(s: _Scene, verb: re.Match[str]) -> list[str] | None:
    """``Chủ trì hội nghị, Đại tướng X, Bộ trưởng ...``: no one before the verb, the chair
    after its comma, or the one holder of a bare title before it."""
    if s.persons_in(s.sent.start, verb.start()):
        return None
    return _subject_after(s, verb.end()) or _title_subject(s, verb.start())


def _chair_subject(s: _Scene, verb: re.Match[str]) -> list[str] | None:
    """``Đồng chí Nguyễn Đức Lực, Bí thư Huyện ủy chủ trì hội nghị.``: the verb's subject."""
    return _names(_subject_before(s, verb.start())) or _title_subject(s, verb.start())


_CHAIR_WRITINGS: tuple[Callable[[_Scene, re.Match[str]], list[str] | None], ...] = (
    _chaired_under, _chaired_by, _chairs_listed_after, _chair_fronted, _chair_subject)


def _chairs_a_meeting(s: _Scene, verb: re.Match[str]) -> bool:
    """``chủ trì`` chairs a meeting where the sentence names one (or a sitting: ``điểm
    cầu``, ``buổi làm việc``, ``phiên``) or ends on it (``... đồng chủ trì.``); not where it
    leads a task (``chủ trì, phối hợp``, ``chủ trì xây dựng đề án``)."""
    rest = s.text[verb.end() : s.sent.end]
    if not (s.nouns or _CLAUSE_FINAL_RE.match(rest) or s.rx.session.search(s.text[s.sent.start : s.sent.end])):
        return False
    return not s.rx.chair_task.match(rest)


def _chairs(s: _Scene) -> list[list[str]]:
    """The chairs of each chair verb of the sentence that chairs a meeting."""
    found = []
    for verb in s.rx.chair.finditer(s.text, s.sent.start, s.sent.end):
        if _chairs_a_meeting(s, verb):
            found.append(next(names for rule in _CHAIR_WRITINGS if (names := rule(s, verb)) is not None))
    return found


# ---------------------------------------------------------------------------------- speakers, presenters


def _speaks(s: _Scene, verb: re.Match[str], role: str) -> list[str] | None:
    """The subject of a speech or report verb, None where the verb is a noun: before it
    (``Bộ trưởng khẳng định ...``), or after the comma of a fronted phrase (``Phát biểu
    khai mạc, đồng chí Trần Văn Tùng nêu rõ nhiệm vụ.``, ``Báo cáo tại hội nghị, đồng chí
    Phạm Gia Chương, ...``). A speaker may be a bare title's one holder."""
    s0 = s.sent.start
    if s.rx.verb_as_noun.search(s.text[s0 : verb.start()]):
        return None  # a noun: theo báo cáo, nhất trí với Báo cáo
    fronted = not s.persons_in(s0, verb.start())
    if s.text[verb.start()].isupper() and verb.start() != s0 and not fronted:
        return None  # "Báo cáo Kiểm điểm": a document's name, not the verb
    if fronted:
        if role == "presenters" and not _SHORT_OPENING_RE.match(s.text[s0 : verb.start()]):
            return None  # a report only opens a sentence it presents
        names = _subject_after(s, verb.end())
    else:
        names = _names(_subject_before(s, verb.start()))
    if not names and role == "speakers":
        names = _title_subject(s, verb.start())
    return names


def _speakers_and_presenters(s: _Scene) -> list[tuple[str, list[str]]]:
    """Each speech verb's speakers, then each report verb's presenters."""
    found = []
    for rx, role in ((s.rx.speech, "speakers"), (s.rx.present, "presenters")):
        for verb in rx.finditer(s.text, s.sent.start, s.sent.end):
            names = _speaks(s, verb, role)
            if names is not None:
                found.append((role, names))
    return found


# ---------------------------------------------------------------------------------- attendees


def _attendees_after_front(s: _Scene) -> list[str] | None:
    """``Đến dự Hội nghị có Đồng chí Chu Ngọc Anh, ...; Đồng chí Trần Văn Tùng, ...``, ``Dự
    Hội nghị, về phía X có đồng chí ...``: an attend verb opens the sentence."""
    if not (s.front and s.front["verb"].lower() in s.rx.attend_verbs):
        return None
    cm = s.rx.presence.search(s.text[s.front.end() : s.sent.end])
    at = s.front.end() + cm.end() if cm else s.front.end()
    return _names(s.persons_in(at, s.sent.end))


def _attendees_named_after(s: _Scene) -> list[list[str]]:
    """``Hội nghị có sự tham dự của Thường trực Ban Bí thư Trần Cẩm Tú, Trưởng Ban Tổ chức
    Trung ương Lê Minh Hưng, ...``"""
    s0, s1 = s.sent.start, s.sent.end
    return [_names(s.persons_in(s0 + m.end(), s1)) for m in s.rx.attendance.finditer(s.text[s0:s1])]


# ---------------------------------------------------------------------------------- deciding


def _about_another_meeting(s: _Scene, drafts: list[MeetingDraft]) -> bool:
    """What was said at another meeting than the ones reported, set at another time: ``Đặc
    biệt, Bộ trưởng cũng nhấn mạnh tại Hội nghị "Khoa học và Đổi mới sáng tạo" mới diễn ra
    tại Hà Nội ngày 15/5, Thủ tướng Nguyễn Xuân Phúc nhấn mạnh 5 nhiệm vụ.``"""
    text, sent = s.text, s.sent
    other = [n for n in s.nouns if not any(
        same_title(title_text(text, n.start(), title_end(text, n.start(), sent.end, s.vocab)), d.title) for d in drafts)
        and s.rx.at_meeting.search(text[max(sent.start, n.start() - 8) : n.start()])]
    return bool(other) and sets_another_time(text, sent, s.vocab)


def _meeting_of(drafts: list[MeetingDraft], sent: Sentence) -> MeetingDraft:
    """The meeting a sentence tells of: the last reported held before it, else the first."""
    target = drafts[0]
    for d in drafts[1:]:
        if d.sentence is not None and d.sentence <= sent.index:
            target = d
    return target


def assign_roles(article: Article, persons: list[PersonMention], drafts: list[MeetingDraft],
                 role_holders: dict[str, set[str]], vocab: Vocabulary) -> None:
    """Write into the meetings who chaired, spoke, presented and attended, sentence by sentence."""
    text = article.text
    rx = _patterns(vocab)
    for sent in article.sentences:
        target = _meeting_of(drafts, sent)
        s = _Scene(text, sent, persons, role_holders, vocab, noun_matches(text, sent.start, sent.end, vocab),
                   rx.front_verb.match(text, sent.start, sent.end))
        if _about_another_meeting(s, drafts):
            continue
        for names in _chairs(s):
            target.add("chairs", names, sent.index)
        for role, names in _speakers_and_presenters(s):
            target.add(role, names, sent.index)
        if (names := _attendees_after_front(s)) is not None:
            target.add("attendees", names, sent.index)
        for names in _attendees_named_after(s):
            target.add("attendees", names, sent.index)
