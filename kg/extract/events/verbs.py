"""The verbs of personnel news: where a sentence reports a change of post, and of which kind
(GUIDELINE "events"): ``bầu`` elected, ``tái cử`` re-elected, ``bổ nhiệm`` appointed,
``chỉ định`` designated, ``điều động`` transferred, ``miễn nhiệm`` relieved, ``nghỉ hưu``
retired, ``kỷ luật`` disciplined; a confirmation (``chuẩn y``) is the election it confirms.
A verb the words before it make planned or proposed (``giới thiệu nhân sự để Quốc hội
bầu``) reports nothing done.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.patterns import last_match
from kg.model import TAKING_KINDS
from kg.vocab import Vocabulary

# kind -> the lexicon classes of its verbs
KIND_VERBS = {
    "elected": ("elect_verb", "confirm_verb"),
    "reelected": ("reelect_verb",),
    "appointed": ("appoint_verb", "purpose_take_verb"),
    "designated": ("designate_verb",),
    "transferred": ("transfer_verb",),
    "relieved": ("relieve_verb",),
    "retired": ("retire_verb",),
    "disciplined": ("discipline_verb",),
}


@dataclass(frozen=True, slots=True)
class VerbMention:
    start: int
    end: int
    kind: str
    own_move: bool  # its subject undergoes it with no "được"/"bị" (A tái cử; A nghỉ hưu)
    needs_post: bool  # an event only where a post is given (phân công A giữ chức X, not "phân công A theo dõi")
    acting: bool  # it gives the post as an acting one (giao quyền)
    # it opens a purpose clause done to the persons of the verb before it, only to them
    # ("A thôi đảm nhiệm chức danh X để giữ chức vụ Y")
    follows_on: bool = False

    @property
    def gives_post(self) -> bool:
        return self.kind in TAKING_KINDS


@dataclass(frozen=True, slots=True)
class _Patterns:
    verb: re.Pattern[str]
    kind_of: dict[str, str]  # phrase (case-folded) -> kind
    own_move: frozenset[str]  # phrases (case-folded)
    needs_post: frozenset[str]
    confirms: frozenset[str]  # phrases (case-folded) of the verbs that confirm another's event
    acting: frozenset[str]
    follows_on: frozenset[str]
    not_done: re.Pattern[str]
    again: re.Pattern[str]
    form_after: re.Pattern[str]
    decided: re.Pattern[str]
    requested: re.Pattern[str]
    form_before: re.Pattern[str]
    confirmed: re.Pattern[str]  # a confirming verb that ends the text ("phê chuẩn ")
    listed: re.Pattern[str]  # what stands between two verbs of one list ("điều động, phân công")


def _patterns(vocab: Vocabulary) -> _Patterns:
    def make() -> _Patterns:
        kind_of = {w.casefold(): kind for kind, classes in KIND_VERBS.items() for c in classes for w in vocab.words(c)}
        phrases = sorted({w for classes in KIND_VERBS.values() for c in classes for w in vocab.words(c)},
                         key=len, reverse=True)
        return _Patterns(
            # (not "bầu cử", an election, nor "bầu chọn", a vote for a prize)
            verb=re.compile(r"(?i)(?<![\w&])(?:%s)(?![\w&])(?!\s+(?:%s)(?!\w))"
                            % ("|".join(map(re.escape, phrases)), vocab.alternation("noun_after_verb"))),
            kind_of=kind_of,
            own_move=frozenset(w.casefold() for w in vocab.words("own_move_verb")),
            needs_post=frozenset(w.casefold() for w in vocab.words("needs_post_verb")),
            confirms=frozenset(w.casefold() for w in vocab.words("confirm_verb")),
            acting=frozenset(w.casefold() for w in vocab.words("acting_verb")),
            follows_on=frozenset(w.casefold() for w in vocab.words("purpose_take_verb")),
            # "giới thiệu nhân sự để Quốc hội khóa XV bầu": a planning word, then at most an
            # agent of a few words, right before the verb
            # ("xem xét, thi hành kỷ luật": a comma after the planning word too)
            not_done=re.compile(r"(?i)(?<!\w)(?:%s),?\s+(?:[^\s,;.:()]+\s+){0,8}$" % vocab.alternation("not_done_before")),
            # "... ông A, ..., bằng hình thức cảnh cáo": the form a discipline takes, after it
            form_after=re.compile(r"[^.;]{0,160}?(?<!\w)(?:%s)(?!\w)" % vocab.alternation("discipline_form")),
            requested=vocab.phrase_re("request_verb", re.IGNORECASE),
            form_before=re.compile(r"(?i)(?<!\w)(?:%s)\s+$" % vocab.alternation("discipline_form")),
            confirmed=re.compile(r"(?i)(?<!\w)(?:%s)\s+$" % vocab.alternation("confirm_verb")),
            decided=vocab.phrase_re("decided_word", re.IGNORECASE),
            # "tiếp tục được (tín nhiệm) bầu": a few words between
            again=re.compile(r"(?i)(?<!\w)(?:%s)\s+(?:[^\s,;.:()]+\s+){0,4}$" % vocab.alternation("again_before")),
            listed=re.compile(r"\s*(?:,|(?:%s)(?!\w))\s*" % vocab.alternation("list_and")),
        )
    return vocab.memo(_Patterns, make)


def _decided_form(text: str, pos: int, end: int, before: str, pats: _Patterns) -> bool:
    """``UBKT đã xem xét thi hành kỷ luật ông A, ..., bằng hình thức cảnh cáo``: a discipline
    whose form is written is decided, not only considered (unless asked for: ``đề nghị ...``)."""
    return pats.form_after.match(text, pos, end) is not None and not pats.requested.search(before)


def _approved(before: str, planned: re.Match[str], pats: _Patterns) -> bool:
    """``Quốc hội đã thông qua Nghị quyết phê chuẩn đề nghị của Thủ tướng Chính phủ về việc bổ
    nhiệm ...``: a request right after a verb that confirms it is granted, the act done."""
    return pats.confirmed.search(before, 0, planned.start()) is not None


def _same_act(text: str, earlier: re.Match[str], m: re.Match[str], pats: _Patterns) -> bool:
    """Is the verb m, a few words after a verb of the same kind with no comma or stop between,
    part of the act that one writes (``kỷ luật từ khiển trách lên cảnh cáo``), or the next
    item of a list of acts that one opens (``sẽ cách chức ... đối với ông A; cách chức ...
    đối với B``), or of a list of verbs (``chủ trương về việc điều động, phân công, chỉ định ông A``)?"""
    gap = text[earlier.end() : m.start()]
    if text[: m.start()].rstrip().endswith(";") and "." not in gap or pats.listed.fullmatch(gap):
        return True
    return len(gap) <= 24 and not any(c in gap for c in ",.;:") \
        and pats.kind_of[earlier.group().casefold()] == pats.kind_of[m.group().casefold()]


def personnel_verbs(text: str, start: int, end: int, vocab: Vocabulary) -> list[VerbMention]:
    """The personnel verbs of text[start:end] that report a change done, in text order."""
    pats = _patterns(vocab)
    out = []
    matches = list(pats.verb.finditer(text, start, end))
    not_done: re.Match[str] | None = None  # the last verb left out as only planned
    for i, m in enumerate(matches):
        if m.group().casefold() in pats.confirms and i + 1 < len(matches) and matches[i + 1].start() - m.end() <= 8:
            continue  # "phê chuẩn (việc) bổ nhiệm ông A": the appointment it confirms is the event
        before = text[max(start, m.start() - 60) : m.start()]
        if pats.form_before.search(before):
            continue  # "kỷ luật ông A bằng hình thức khiển trách": the form of the verb before, no verb
        if not_done is not None and _same_act(text, not_done, m, pats):
            not_done = m  # "sẽ bị nâng mức kỷ luật từ khiển trách lên cảnh cáo": one planned act
            continue
        # (what comes before a word of decision does not make the verb after it planned)
        before = before[decided.end() :] if (decided := last_match(pats.decided, before)) else before
        if (planned := pats.not_done.search(before)) and not _approved(before, planned, pats) \
                and not _decided_form(text, m.end(), end, before, pats):
            not_done = m
            continue
        phrase = m.group().casefold()
        kind = pats.kind_of[phrase]
        # "A tiếp tục được bầu giữ chức Bí thư": kept in the post by a new vote
        if kind == "elected" and pats.again.search(before):
            kind = "reelected"
        out.append(VerbMention(m.start(), m.end(), kind, phrase in pats.own_move, phrase in pats.needs_post,
                               phrase in pats.acting, phrase in pats.follows_on))
    return out
