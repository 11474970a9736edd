"""Who undergoes a personnel verb: the persons it is done to, named after it (``bầu đồng chí
A, Phó Bí thư Huyện ủy, giữ chức Chủ tịch``; ``cách chức các ông: A - X; B - Y``), or the
persons before it who undergo it (``A được các đại biểu bầu giữ chức ...``; ``bà A và ông B
tiếp tục được bầu``; ``A, Phó Chủ tịch HĐND huyện, tái cử``). A verb with its doer before it
and no one after (``Thủ tướng A đã ký quyết định bổ nhiệm``) names no one who changes post.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.events.verbs import KIND_VERBS, VerbMention
from kg.extract.persons import PersonMention
from kg.vocab import Vocabulary
from kg.vocab.alphabet import UPPER

# how far the words between a verb and the person it concerns may run
_LEAD_CHARS = 160
_COUNTED_CHARS = 400  # a count of persons, what they are and the post, then their list
_SUBJECT_CHARS = 260


@dataclass(frozen=True, slots=True)
class Parties:
    persons: tuple[PersonMention, ...]
    after_verb: bool  # named after the verb (its objects), not before it (its subjects)
    # the words between the verb and the first object's name, where a post may be written
    # ("miễn nhiệm chức danh Chủ tịch UBND huyện đối với đồng chí A"; "bầu ra 3 Phó Bí thư Tỉnh
    # ủy gồm các đồng chí: A"); empty for persons before the verb
    lead: tuple[int, int]
    post_end: int | None = None  # a fronted clause's comma, where its post ends ("được bổ nhiệm làm X, ông A ...")


@dataclass(frozen=True, slots=True)
class _Patterns:
    filler: re.Pattern[str]
    lead_end: re.Pattern[str]
    list_more: re.Pattern[str]
    joined: re.Pattern[str]
    passive: re.Pattern[str]
    marked: re.Pattern[str]
    adverbs: re.Pattern[str]
    replacing: re.Pattern[str]
    says: re.Pattern[str]
    addressed: re.Pattern[str]
    pronoun: re.Pattern[str]  # "chúc mừng ông vừa được ... bổ nhiệm": a form of address alone names another
    discipline_form: re.Pattern[str]
    agent_of: re.Pattern[str]  # "của Bộ Chính trị" right after the verb: who decided, then the person
    title_list_end: re.Pattern[str]  # ", nguyên " / ", " closing the titles before the object's last one
    former_open: re.Pattern[str]  # "nguyên" opening an item of an apposition
    candidate: re.Pattern[str]  # "hai ứng viên là ông A và ông B": named as candidates
    plural_subject: re.Pattern[str]  # "chúc mừng các nhân sự được bầu": others undergo it
    acts: re.Pattern[str]  # a personnel verb or "được"/"bị": a clause of its own
    counted: re.Pattern[str]  # "11 đồng chí ... vào Ban Chấp hành ..., gồm các đồng chí:" before the list


def _patterns(vocab: Vocabulary) -> _Patterns:
    def make() -> _Patterns:
        alt = vocab.alternation
        honorific = rf"(?i:{alt('honorific')})"
        lead = rf"(?:{alt('object_lead')})"
        adverb = rf"(?:{alt('undergo_adverb')})"
        former = rf"(?:{alt('former')})"
        # the verbs done to the same persons (điều động, bổ nhiệm đại tá A) and "và" between them
        verbs = "|".join(alt(c) for classes in KIND_VERBS.values() for c in classes)
        joining = rf"(?:{verbs}|{alt('list_and')})"
        return _Patterns(
            # "bầu bổ sung đồng chí", "kỷ luật bằng hình thức khiển trách đối với ông"
            # (a former marker too: "trao quyết định nghỉ hưu cho nguyên Phó Bí thư ... A")
            filler=re.compile(rf"(?i)(?:[\s,:]|\d|(?<!\w)(?:{lead}|{honorific}|{joining}|{former})(?!\w))*"),
            # "miễn nhiệm chức danh Chủ tịch UBND huyện ... đối với đồng chí": words that end
            # in a lead word, then a form of address
            lead_end=re.compile(rf"(?i)(?<!\w){lead}\s*:?\s*(?:{honorific}\s*:?\s*)?$"),
            list_more=re.compile(rf"(?i)\s*(?:{alt('list_more')})\s*(?:{honorific}\s*)?(?:{former}\s*)?$"),
            # "bà A và ông B tiếp tục được bầu": names joined with nothing else between
            joined=re.compile(rf"(?i)\s*(?:{alt('list_more')})\s*(?:{honorific}\s*)?"),
            # "được các đại biểu HĐND huyện bầu": the marker, an agent of a few words, the verb
            passive=re.compile(rf"(?i)(?<!\w)(?:{alt('undergo_marker')})\s+(?:[^\s,;.:()]+\s+){{0,8}}(?:{adverb}\s+)*$"),
            marked=re.compile(rf"(?i)(?<!\w)(?:{alt('undergo_marker')})\s+$"),
            adverbs=re.compile(rf"(?i)(?:[\s,(]|(?<!\w){adverb}(?!\w))*$"),
            replacing=re.compile(rf"(?i)(?<!\w)(?:{alt('replaces_word')})(?!\w)"),
            says=vocab.phrases_re("report_verb", "speech_verb"),
            former_open=re.compile(rf"(?i){former}\s"),
            candidate=vocab.phrase_re("candidate_noun", re.IGNORECASE),
            acts=re.compile(rf"(?i)(?<!\w)(?:{verbs}|{alt('undergo_marker')})(?!\w)"),
            plural_subject=re.compile(rf"(?i)(?<!\w)(?:{alt('plural_word')})\s+(?:[^\s,;.:()]+\s+){{1,2}}"
                                      rf"(?:{alt('undergo_marker')})\s"),
            title_list_end=re.compile(rf"(?i),\s*(?:{former}\s*)?$"),
            # "bầu 11 đồng chí có đủ tiêu chuẩn ... vào Ban chấp hành khóa XXI, đó là các đồng chí:
            # A, B, C": a count of persons, what they are and the post, then the list after a lead
            counted=re.compile(rf"(?i)\s*(?:[^\W\d]+\s+)?\d+\s+(?:{honorific}|{alt('person_count_noun')})(?!\w)[^.;:]*"
                               rf"(?<!\w){lead}\s*:?\s*(?:{honorific}\s*:?\s*)?"),
            agent_of=re.compile(rf"\s*(?:{alt('document_issuer_preposition')})\s+{UPPER}"),
            discipline_form=re.compile(rf"(?i)(?<!\w)(?:{alt('discipline_form')})\s+$"),
            pronoun=re.compile(rf"(?<!\w)(?:{alt('meeting_companion_honorific')})\s+(?!{UPPER})"),
            # a form of address and a capital: someone named
            addressed=re.compile(rf"(?<!\w)(?:{alt('meeting_companion_honorific')})\s+{UPPER}"),
        )
    return vocab.memo(_Patterns, make)


def objects_of(text: str, verb: VerbMention, limit: int, after: list[PersonMention],
               vocab: Vocabulary) -> Parties | None:
    """The persons named right after the verb (``after``: the sentence's persons after it),
    and those listed with the first; None where the first is not the verb's object."""
    if not after:
        return None
    pats = _patterns(vocab)
    first = after[0]
    gap_end = first.opens_at
    gap = text[verb.end : gap_end]
    counted = len(gap) <= _COUNTED_CHARS and pats.counted.fullmatch(gap) is not None
    if gap_end > limit or (len(gap) > _LEAD_CHARS and not counted):
        return None
    if pats.candidate.search(text, verb.end, first.start):
        return None  # "Trong lịch sử bầu thủ tướng, đã có lần chúng ta có hai ứng viên là ông A và ông B"
    # "được điều động giữ chức vụ Giám đốc, thay cho đại tá B": a passive verb's person is
    # before it, and the person replaced is no object
    if ";" in gap or pats.replacing.search(gap) or pats.marked.search(text, max(0, verb.start - 12), verb.start) \
            or not (pats.filler.fullmatch(gap) or _post_then_lead(gap, vocab) or _titles_listed_before(gap, vocab)
                    or counted):
        return None
    persons = [first]
    for nxt in after[1:]:
        between = text[persons[-1].end : nxt.opens_at]
        if nxt.opens_at > limit or len(between) > _LEAD_CHARS or pats.replacing.search(between) \
                or not (pats.list_more.search(between) or _next_with_its_post(between, vocab)):
            break
        persons.append(nxt)
    return Parties(tuple(persons), True, (verb.end, first.start))


def _next_with_its_post(between: str, vocab: Vocabulary) -> bool:
    """``... đối với ông A và chức danh Phó Chủ tịch UBND huyện đối với ông B``: the next
    object, after ``và`` and its own post."""
    joined = _patterns(vocab).joined.match(between)
    return joined is not None and joined.end() > 0 and _post_then_lead(between[joined.end() :], vocab) \
        and vocab.role_re.search(between) is not None


def own_leads(text: str, parties: Parties, vocab: Vocabulary) -> list[tuple[int, int]] | None:
    """Where each object of a list is written after its own post (``miễn nhiệm chức danh Chủ
    tịch UBND huyện đối với ông A và chức danh Phó Chủ tịch UBND huyện đối với ông B``), the
    words before each name, where its post is; None otherwise."""
    persons = parties.persons
    if not parties.after_verb or len(persons) < 2:
        return None
    leads = [parties.lead] + [(a.end, b.opens_at) for a, b in zip(persons, persons[1:])]
    if not all(vocab.role_re.search(text, a, b) and _post_then_lead(text[a:b], vocab) for a, b in leads):
        return None
    return leads


def _someone_else(gap: str, pats: _Patterns) -> bool:
    """Does the gap between a name and a verb bring in someone else: a speaker's words, a
    person replaced (``thay cho ông B``), a name after a form of address, a form of address
    alone (``chúc mừng ông vừa được ... bổ nhiệm``), or many others who undergo it (``Tổng Bí
    thư A, Thủ tướng B chúc mừng các nhân sự được bầu``)?"""
    return any(p.search(gap) for p in (pats.says, pats.replacing, pats.addressed, pats.pronoun, pats.plural_subject))


def _apposition_only(between: str, vocab: Vocabulary) -> bool:
    """``, Phó Chủ tịch UBND tỉnh khóa VIII và bà``; ``(nghỉ hưu ...``: an apposition opened by
    a comma, dash or bracket, whose every comma-separated part opens with a title or a former
    marker (not "Theo ông A, Chủ tịch UBND huyện, trong năm 2023 toàn huyện có 25 cán bộ ...":
    another clause)."""
    if between.lstrip()[:1] not in (",", "(", "-", "–"):
        return False
    parts = [part.strip(" \t-–(") for part in between.split(",")]
    pats = _patterns(vocab)
    return all(not part or vocab.role_re.match(part) or pats.former_open.match(part) or pats.adverbs.fullmatch(part)
               for part in parts)


def _titles_listed_before(gap: str, vocab: Vocabulary) -> bool:
    """``nghỉ hưu cho nguyên Phó Bí thư Thành ủy, nguyên Chủ tịch UBND TP A``: after the words
    a verb's object may open with, more titles of that object, listed before the one written
    with its name (no verb among them)."""
    pats = _patterns(vocab)
    rest = gap[pats.filler.match(gap).end() :]
    return bool(rest) and len(rest) <= _LEAD_CHARS and vocab.role_re.match(rest) is not None \
        and not pats.says.search(rest) and pats.title_list_end.search(rest) is not None


def _post_then_lead(gap: str, vocab: Vocabulary) -> bool:
    """``miễn nhiệm chức danh Chủ tịch UBND huyện đối với đồng chí``, ``bổ nhiệm Chủ tịch HĐTV
    cho ông``, ``quyết định chuẩn y của Bộ Chính trị cho ông``: words ending in a lead word
    before the person, where they write a post or who decided, or the lead is "đối với" (not
    "bầu sô Quang Huy phải bồi thường cho ông A": another clause)."""
    if not _patterns(vocab).lead_end.search(gap):
        return False
    return vocab.role_re.search(gap) is not None or vocab.phrase_re("object_marker").search(gap) is not None \
        or _patterns(vocab).agent_of.match(gap) is not None


def subjects_of(text: str, verb: VerbMention, clause_start: int, before: list[PersonMention],
                vocab: Vocabulary) -> Parties | None:
    """The persons right before the verb who undergo it (``before``: the clause's persons
    before it): marked passive (``được``, ``bị``, maybe with the agent), or any for a verb
    its subject undergoes on its own (``tái cử``, ``nghỉ hưu``)."""
    if not before:
        return None
    pats = _patterns(vocab)
    last = before[-1]
    gap = text[last.end : verb.start]
    # (no one else between: "bầu ông A ... thay cho ông Hà Ban, nguyên Chủ tịch, được điều động":
    # the one moved is the person replaced, whose name the persons step may not have read)
    if len(gap) > _SUBJECT_CHARS or ";" in gap or last.start < clause_start or _someone_else(gap, pats):
        return None
    # (or the form of a discipline after the person and its apposition: "kỷ luật ông A, Chủ tịch
    # UBND huyện, bằng hình thức cảnh cáo")
    marked = pats.passive.search(gap) is not None or pats.discipline_form.search(gap) is not None
    # "A, Phó Chủ tịch HĐND huyện khóa XIX tái cử": the name's apposition, or nothing, between
    on_own = verb.own_move and (pats.adverbs.fullmatch(gap) is not None or _apposition_only(gap, vocab))
    if not (marked or on_own):
        return None
    persons = [last]
    for prev in reversed(before[:-1]):
        # "bà A và ông B tiếp tục được bầu"; "Ông A, Phó Chủ tịch UBND tỉnh khóa VIII và bà B, ...
        # tái đắc cử": names joined, each maybe with its apposition
        between = text[prev.end : persons[0].opens_at]
        # ("Ông A, Phó Chủ tịch UBND TP; ông B, Phó Chủ tịch UBND TP được bầu": a list's
        # items may be closed by semicolons)
        semicolon_item = pats.joined.fullmatch(between, max(0, between.rfind(";"))) is not None \
            and not pats.acts.search(between)  # (not "A ... được bầu giữ chức X; B ... tái cử")
        if (prev.start < clause_start and not semicolon_item) or len(between) > _LEAD_CHARS \
                or not pats.list_more.search(between) \
                or pats.says.search(between) or (not pats.joined.fullmatch(between) and not _apposition_only(between, vocab)):
            break
        persons.insert(0, prev)
    return Parties(tuple(persons), False, (verb.start, verb.start))


def fronted_subject(text: str, verb: VerbMention, limit: int, after: list[PersonMention],
                    vocab: Vocabulary) -> Parties | None:
    """``Sau nhiều tháng bị miễn nhiệm chức Trưởng Ban X, ông A đã ...``: a passive verb's
    clause fronted before the person who undergoes it, named right after its comma."""
    pats = _patterns(vocab)
    if not pats.marked.search(text, max(0, verb.start - 12), verb.start):
        return None
    comma = text.find(",", verb.end, limit)
    if comma < 0 or comma - verb.end > _LEAD_CHARS:
        return None
    first = next((p for p in after if p.start > comma), None)
    if first is None or not pats.filler.fullmatch(text, comma + 1, first.opens_at):
        return None
    return Parties((first,), False, (verb.start, verb.start), post_end=comma)
