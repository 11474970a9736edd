"""Who an article reports as accused in a criminal case (suspect, defendant, convict).

Vietnamese court and police reports give the accused the post they held when the alleged
acts took place (``bị cáo Nguyễn Văn A (giám đốc Công ty X)``), mostly without the
``nguyên`` that marks a former post, although by the trial the holder has usually been
suspended or removed. Such a post is attested for the time of the case, not as current,
so the pipeline keeps it apart (``Post.accused``).

A name is accused when the sentence ties it to the proceedings, in one of four ways:

- a noun for the accused stands right before it: ``bị cáo A``, ``bị can A``;
- a plural such noun opens a list: ``các bị cáo: A, B và C`` (every name after it);
- the name is the subject of a passive proceeding verb or of a sentence:
  ``A bị khởi tố``, ``A đã bị bắt tạm giam``, ``A lĩnh 12 năm tù``;
- a proceeding verb takes it as object: ``khởi tố bị can, bắt tạm giam đối với A``,
  ``tuyên phạt A 10 năm tù``.

Officials who prosecute, judge or report the case (``Đại tá A cho biết đã khởi tố ...``)
stand before the verb without ``bị``, so they keep their posts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.persons import PersonMention
from kg.model import Article, Sentence
from kg.vocab import Vocabulary

__all__ = ["accused_persons"]

_BEFORE_ONE_WINDOW = 120  # characters: "bị cáo là ông" and the like are far shorter


@dataclass(frozen=True, slots=True)
class _Patterns:
    before_one: re.Pattern[str]
    opens_list: re.Pattern[str]
    after: re.Pattern[str]
    verb: re.Pattern[str]
    speaker: re.Pattern[str]
    asked: re.Pattern[str]
    not_object: re.Pattern[str]
    penalty_gap: re.Pattern[str]
    list_gap: re.Pattern[str]


def _proceeding_patterns(vocab: Vocabulary) -> dict[str, re.Pattern[str]]:
    alt = vocab.alternation
    noun, verb, penalty = alt("accused_noun"), alt("proceeding_verb"), alt("penalty")
    return dict(
        # "bị cáo A", "bị can Nguyễn Văn A", "bị cáo là ông A": the next name
        before_one=re.compile(r"(?<!\w)(?:%s)(?:\s+(?:%s|%s))*\s*$" % (noun, alt("posts_copula"), alt("honorific")), re.I),
        # "các bị cáo:", "7 bị cáo gồm", "hai bị can là": every name after it in the sentence
        # or "các bị can từng nắm giữ chức vụ cao như A, B": a few words on to "như", "gồm"
        opens_list=re.compile(r"(?<!\w)(?:\d+|%s)\s+(?:%s)(?:(?:\s+(?:%s))?\s*(?::|%s|\(|,)"
                              r"|(?:\s+[^\s,.;:()]+){1,6}?\s+(?:%s)(?!\w))"
                              % (alt("plural_word"), noun, alt("accused_list_rest"), alt("accused_list_opener"),
                                 alt("accused_such_as")), re.I),
        # "đề nghị khởi tố A", "chưa bắt A": a proceeding asked for or denied, not done
        asked=re.compile(r"(?<!\w)(?:%s|%s)\s+(?:\w+\s+)?$" % (alt("request_verb"), alt("accused_negation")), re.I),
        # "A (giám đốc ...) đã bị khởi tố", "A lĩnh 12 năm tù": in the clause after the name
        # (the passive kept as a group: after it the gap to the name is read otherwise)
        after=re.compile(r"(?<!\w)(?:(?P<passive>(?:%s)\s+(?:%s|%s))|%s)(?!\w)"
                         % (alt("accused_passive"), verb, alt("accused_passive_verb"), penalty), re.I),
        # "khởi tố ... đối với A", "tuyên phạt A", "mức án treo được áp dụng với A": a verb or
        # a penalty before the name takes it as object
        # (not where the verb names the court: "Hội đồng xét xử", "cơ quan xét xử")
        verb=re.compile(r"(?<!\w)%s(?:%s|%s)(?!\w)" % (_not_after(vocab.words("accused_court_syllable")), verb, penalty),
                        re.I),
        speaker=vocab.phrases_re("speech_verb", "report_verb", "agent_verb"),
    )


def _not_after(syllables) -> str:
    """Lookbehinds refusing a match right after any of the syllables and a space."""
    return "".join(f"(?<!{re.escape(w)} )" for w in sorted(syllables))


def _gap_patterns(vocab: Vocabulary) -> dict[str, re.Pattern[str]]:
    alt = vocab.alternation
    and_ = alt("list_and")
    return dict(
        # words that show the name before or after a proceeding verb is its agent or a speaker,
        # not the accused: "do thẩm phán A chủ tọa", "A cho biết ... đã bị bắt"
        not_object=re.compile(r"[,()\"“”\-–]|(?<!\w)(?:%s)(?!\w)" % alt("accused_not_object")),
        # what may stand between a name and its penalty: "A: 7 năm tù", "A lĩnh 12 năm tù", "A 5 năm"
        penalty_gap=re.compile(r"(?:\s|\d|[,\-–]|(?<!\w)(?:%s)(?!\w))*" % alt("accused_penalty_gap")),
        # what may stand between two names of one list: a title in brackets or after a dash
        list_gap=re.compile(r"\s*(?:\([^()]*\)|[-–]\s*[^,;()\-–]{0,80})?\s*(?:,|%s|,\s*(?:%s))\s*$" % (and_, and_)),
    )


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _Patterns(**_proceeding_patterns(vocab), **_gap_patterns(vocab)))


def accused_persons(article: Article, persons: list[PersonMention], vocab: Vocabulary) -> set[str]:
    """Names (PersonMention.name) the article reports as accused in a criminal case."""
    pats = _patterns(vocab)
    by_sentence: dict[int, list[PersonMention]] = {}
    for p in sorted(persons, key=lambda p: p.start):
        by_sentence.setdefault(p.sentence, []).append(p)
    accused: set[str] = set()
    for index, mentions in by_sentence.items():
        marked = _marked_in_sentence(article.text, article.sentences[index], mentions, pats)
        marked = _shared_along_lists(article.text, mentions, marked, pats)
        accused.update(p.name for p, m in zip(mentions, marked) if m)
    return accused


def _marked_in_sentence(text: str, s: Sentence, mentions: list[PersonMention], pats: _Patterns) -> list[bool]:
    """``bị cáo A``, ``các bị cáo: A, B``, ``A bị khởi tố``, ``tuyên phạt A``: for each name of
    the sentence (in text order), whether the sentence ties it to the proceedings."""
    list_from = min((m.end() for m in pats.opens_list.finditer(text, s.start, s.end)), default=s.end)
    marked = []
    for i, p in enumerate(mentions):
        # a name's clause reaches to the names beside it at most
        left = mentions[i - 1].end if i else s.start
        right = mentions[i + 1].start if i + 1 < len(mentions) else s.end
        marked.append(p.start >= list_from
                      # (the noun ends right at the name: a window keeps this linear in long lists)
                      or bool(pats.before_one.search(text, max(s.start, p.start - _BEFORE_ONE_WINDOW), p.start))
                      or _subject_of_penalty(text[p.end : right], pats)
                      or _object_of_verb(text[left : p.start], pats))
    return marked


def _shared_along_lists(text: str, mentions: list[PersonMention], marked: list[bool], pats: _Patterns) -> list[bool]:
    """Names listed with the accused one share its fate: forward ``khởi tố A, B và C``,
    backward ``A (giám đốc), B (kế toán) đều bị bắt``."""
    marked = list(marked)
    listed = [bool(pats.list_gap.match(text, a.end, b.start)) for a, b in zip(mentions, mentions[1:])]
    for i in range(1, len(mentions)):
        marked[i] = marked[i] or (marked[i - 1] and listed[i - 1])
    for i in range(len(mentions) - 2, -1, -1):
        marked[i] = marked[i] or (marked[i + 1] and listed[i])
    return marked


def _subject_of_penalty(tail: str, pats: _Patterns) -> bool:
    """After the name (its titles in brackets skipped), a passive proceeding verb in the same
    clause with no other verb on the way (``A đã bị khởi tố``), or a penalty right after it
    (``A: 7 năm tù``, ``A lĩnh 12 năm tù``)."""
    tail = re.sub(r"^\s*(?:\([^()]*\))?\s*:?", lambda m: " " * len(m.group()), tail)
    hit = pats.after.search(tail, 0, 100)
    if not hit:
        return False
    gap = tail[: hit.start()]
    if hit.group("passive") is not None:
        return len(gap) <= 60 and not re.search(r"[.;:!?]", gap) and not pats.speaker.search(gap)
    return pats.penalty_gap.fullmatch(gap) is not None


def _object_of_verb(head: str, pats: _Patterns) -> bool:
    """Before the name, the last proceeding verb of its clause takes it as object."""
    verbs = list(pats.verb.finditer(head))
    if not verbs or len(head) - verbs[-1].end() > 40:
        return False
    gap = head[verbs[-1].end() :]
    if pats.asked.search(head[: verbs[-1].start()]):
        return False  # "đề nghị khởi tố Chủ tịch UBND tỉnh X": asked for, not done
    return not pats.not_object.search(gap) and not pats.speaker.search(gap)
