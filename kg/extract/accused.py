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

import functools
import re

from kg.extract.persons import PersonMention
from kg.model import Article
from kg.vocab import alternation, phrases_re

__all__ = ["accused_persons"]

# words that show the name before or after a proceeding verb is its agent or a speaker,
# not the accused: "do thẩm phán A chủ tọa", "A cho biết ... đã bị bắt"
_NOT_OBJECT = r"[,()\"“”\-–]|(?<!\w)(?:do|theo|có|vụ|của|cho|liên quan)(?!\w)"
# what may stand between a name and its penalty: "A: 7 năm tù", "A lĩnh 12 năm tù", "A 5 năm"
_PENALTY_GAP = re.compile(r"(?:\s|\d|[,\-–]|(?<!\w)(?:lĩnh|nhận|lãnh|chịu|bị|tuyên|phạt|mức|án|tù|năm|tháng|và|đến|từ|mỗi|người|cùng|đã|thì)(?!\w))*")
# what may stand between two names of one list: a title in brackets or after a dash
_LIST_GAP = re.compile(r"\s*(?:\([^()]*\)|[-–]\s*[^,;()\-–]{0,80})?\s*(?:,|và|,\s*và)\s*$")


_BEFORE_ONE_WINDOW = 120  # characters: "bị cáo là ông" and the like are far shorter


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    noun = alternation("accused_noun")
    verb = alternation("proceeding_verb")
    penalty = alternation("penalty")
    # "bị cáo A", "bị can Nguyễn Văn A", "bị cáo là ông A": the next name
    before_one = re.compile(r"(?<!\w)(?:%s)(?:\s+(?:là|%s))*\s*$" % (noun, alternation("honorific")), re.I)
    # "các bị cáo:", "7 bị cáo gồm", "hai bị can là": every name after it in the sentence
    # or "các bị can từng nắm giữ chức vụ cao như A, B": a few words on to "như", "gồm"
    opens_list = re.compile(r"(?<!\w)(?:\d+|%s)\s+(?:%s)(?:(?:\s+(?:còn lại|khác))?\s*(?::|gồm|là|\(|,)"
                            r"|(?:\s+[^\s,.;:()]+){1,6}?\s+(?:như|gồm)(?!\w))"
                            % (alternation("plural_word"), noun), re.I)
    # "đề nghị khởi tố A", "chưa bắt A": a proceeding asked for or denied, not done
    asked = re.compile(r"(?<!\w)(?:%s|chưa|không)\s+(?:\w+\s+)?$" % alternation("request_verb"), re.I)
    # "A (giám đốc ...) đã bị khởi tố", "A lĩnh 12 năm tù": in the clause after the name
    after = re.compile(r"(?<!\w)(?:bị\s+(?:%s|bắt|phạt)|%s)(?!\w)" % (verb, penalty), re.I)
    # "khởi tố ... đối với A", "tuyên phạt A", "mức án treo được áp dụng với A": a verb or
    # a penalty before the name takes it as object
    # (not where the verb names the court: "Hội đồng xét xử", "cơ quan xét xử")
    verb_re = re.compile(r"(?<!\w)(?<!đồng )(?<!quan )(?:%s|%s)(?!\w)" % (verb, penalty), re.I)
    speaker = phrases_re("speech_verb", "report_verb", "agent_verb")
    return before_one, opens_list, after, verb_re, speaker, asked


def accused_persons(article: Article, persons: list[PersonMention]) -> set[str]:
    """Names (PersonMention.name) the article reports as accused in a criminal case."""
    before_one, opens_list, after, verb_re, speaker, asked = _patterns()
    text = article.text
    by_sentence: dict[int, list[PersonMention]] = {}
    for p in sorted(persons, key=lambda p: p.start):
        by_sentence.setdefault(p.sentence, []).append(p)
    accused: set[str] = set()
    for index, mentions in by_sentence.items():
        s = article.sentences[index]
        list_from = min((m.end() for m in opens_list.finditer(text, s.start, s.end)), default=s.end)
        marked = []
        for i, p in enumerate(mentions):
            # a name's clause reaches to the names beside it at most
            left = mentions[i - 1].end if i else s.start
            right = mentions[i + 1].start if i + 1 < len(mentions) else s.end
            marked.append(p.start >= list_from
                          # (the noun ends right at the name: a window keeps this linear in long lists)
                          or bool(before_one.search(text, max(s.start, p.start - _BEFORE_ONE_WINDOW), p.start))
                          or _subject_of_penalty(text[p.end : right], after, speaker)
                          or _object_of_verb(text[left : p.start], verb_re, speaker, asked))
        # names listed with the accused one share its fate: forward "khởi tố A, B và C",
        # backward "A (giám đốc), B (kế toán) đều bị bắt"
        listed = [bool(_LIST_GAP.match(text, a.end, b.start)) for a, b in zip(mentions, mentions[1:])]
        for i in range(1, len(mentions)):
            marked[i] = marked[i] or (marked[i - 1] and listed[i - 1])
        for i in range(len(mentions) - 2, -1, -1):
            marked[i] = marked[i] or (marked[i + 1] and listed[i])
        accused.update(p.name for p, m in zip(mentions, marked) if m)
    return accused


def _subject_of_penalty(tail: str, after: re.Pattern[str], speaker: re.Pattern[str]) -> bool:
    """After the name (its titles in brackets skipped), a passive proceeding verb in the same
    clause with no other verb on the way (``A đã bị khởi tố``), or a penalty right after it
    (``A: 7 năm tù``, ``A lĩnh 12 năm tù``)."""
    tail = re.sub(r"^\s*(?:\([^()]*\))?\s*:?", lambda m: " " * len(m.group()), tail)
    hit = after.search(tail, 0, 100)
    if not hit:
        return False
    gap = tail[: hit.start()]
    if hit.group().lower().startswith("bị"):
        return len(gap) <= 60 and not re.search(r"[.;:!?]", gap) and not speaker.search(gap)
    return _PENALTY_GAP.fullmatch(gap) is not None


def _object_of_verb(head: str, verb_re: re.Pattern[str], speaker: re.Pattern[str], asked: re.Pattern[str]) -> bool:
    """Before the name, the last proceeding verb of its clause takes it as object."""
    verbs = list(verb_re.finditer(head))
    if not verbs or len(head) - verbs[-1].end() > 40:
        return False
    gap = head[verbs[-1].end() :]
    if asked.search(head[: verbs[-1].start()]):
        return False  # "đề nghị khởi tố Chủ tịch UBND tỉnh X": asked for, not done
    return not re.search(_NOT_OBJECT, gap) and not speaker.search(gap)
