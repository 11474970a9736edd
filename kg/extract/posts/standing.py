"""Whether a post the article gives is held now: the markers of a former post, and the
sentences that report its holder leaving it, moved from it, or dead.

Guideline: the post someone is moved or removed from is not a current one, nor is a dead
leader's title. (Posts of the accused in a criminal case: kg.extract.posts.accused.)
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.patterns import CAP
from kg.extract.persons import PersonMention
from kg.model import Article
from kg.vocab import Vocabulary

# what may stand between a name and what it undergoes: its apposition, in commas, brackets or dashes
_APPOSITION = r"\s*(?:\([^()]{0,160}\)|,(?:[^,.;:()]|\.(?=\S)){0,160}(?:\([^()]{0,60}\)[^,.;:()]{0,40})?,|\s[-–](?:[^,.;:()\-–]|\.(?=\S)){0,160}\s[-–])?\s*"


# how far before a name the verb that moves its holder stands (``quyết định điều động, bổ
# nhiệm Thiếu tướng A``)
_VERB_BEFORE_NAME = 50


@dataclass(frozen=True, slots=True)
class _Patterns:
    former: re.Pattern[str]
    former_before: re.Pattern[str]
    former_kiem: re.Pattern[str]
    leaves_after: re.Pattern[str]
    dies_after: re.Pattern[str]
    mourned: re.Pattern[str]
    leaves_before: re.Pattern[str]
    appointed_after: re.Pattern[str]
    replaced_before: re.Pattern[str]
    appointing: re.Pattern[str]
    moved_to: re.Pattern[str]
    now_elsewhere: re.Pattern[str]
    listed_before: re.Pattern[str]  # names listed right before a name, each with its titles


def _former_patterns(vocab: Vocabulary) -> dict[str, re.Pattern[str]]:
    former, copula = vocab.alternation("former"), vocab.alternation("posts_copula")
    # (not the second syllable of "sự cố", "củng cố", "kiên cố")
    lookalikes = "".join(f"(?<!{re.escape(w)} )" for w in sorted(vocab.words("posts_former_lookalike")))
    return dict(
        # "nguyên (là) giám đốc": the marker opening a title item ("nguyên quyền giám đốc": the
        # title read on is the acting one's)
        former=re.compile(rf"(?i)(?:{former})\s+(?:(?:{copula})\s+)?"),
        # the marker right before a title (same line)
        former_before=re.compile(rf"(?i)(?<!\w){lookalikes}(?:{former}) +(?:(?:{copula}) +)?$"),
        # "cố Phó Thủ tướng kiêm Bộ trưởng X": the marker reaches the title joined by "kiêm"
        former_kiem=re.compile(rf"(?i)(?<!\w)(?:{former})\s+[^,;.()]{{1,60}}?\s(?:{vocab.alternation('title_joiner')})\s+$"),
    )


def _leaving_patterns(vocab: Vocabulary) -> dict[str, re.Pattern[str]]:
    alt = vocab.alternation
    honorific, leave = alt("honorific"), alt("leave_post")
    return dict(
        # "A, Giám đốc X, đã bị cách chức": the leaving phrase after the name, within its clause
        # (the person undergoes it: "bị", "được", "sẽ", "đã" or a comma after the sentence's
        # first verb right before: "ông A bị cảnh cáo, bố trí công việc khác"; "đã kỷ luật cách
        # chức ông B" is B's), or, right after the name, retiring: "sau khi Bộ trưởng A nghỉ hưu"
        leaves_after=re.compile(rf"[^.;:]{{0,160}}?(?:(?<!\w)(?:{alt('posts_undergoer')})|,)\s+(?:{leave})(?!\w)"
                                rf"|\s+(?:(?:{alt('past_marker')})\s+)?(?:{alt('posts_retiring')})(?!\w)"),
        # "Thượng tá A, Phó trưởng Phòng X, vừa qua đời": the person's death, right after the
        # name or its apposition (a wider window would catch the deaths a speaker reports: "A,
        # Chủ tịch xã, đến thăm gia đình nạn nhân đã tử vong")
        dies_after=re.compile(_APPOSITION + rf"(?:(?:{alt('posts_death_adverb')})\s+)*(?:{alt('death')})(?!\w)"),
        # "lễ tang đồng chí A", "viếng ông A": the name after a mourning word is the dead person's
        mourned=re.compile(rf"(?i)(?<!\w)(?:{alt('mourning')})\s+(?:(?:{honorific})\s+)?$"),
        # "quyết định cách chức đối với ông A": the leaving phrase right before the name
        leaves_before=re.compile(rf"(?<!\w)(?:{leave})\s+(?:(?:{alt('posts_toward')})\s+)?"
                                 rf"(?:(?i:{honorific})\s+)?$"),
        # "... làm Giám đốc Sở Y thay cho bà B": the post B held is taken over
        replaced_before=re.compile(rf"(?<!\w)(?:{alt('posts_replacing')})\s+(?:(?i:{honorific})\s+)?$"),
    )


def _moving_patterns(vocab: Vocabulary) -> dict[str, re.Pattern[str]]:
    alt = vocab.alternation
    return dict(
        # "A, Phó trưởng Ban X, vừa được bổ nhiệm làm Giám đốc Sở Y": the titles read with A are
        # the ones A leaves (not "bổ nhiệm lại", kept in the post; not "đã bổ nhiệm ông B", A
        # appoints) (right after the name or its apposition: "... sẽ gặp khó khăn vì người
        # trúng tuyển được bổ nhiệm" is someone else's)
        appointed_after=re.compile(_APPOSITION + rf"(?:(?:{alt('posts_appointed_adverb')})\s+)*(?:{alt('passive_marker')})"
                                   rf"\s+(?:{alt('posts_moved_verb')})(?!\w)(?!\s+(?:{alt('posts_again')}))"),
        # an appointment the sentence reports: the titles read after the name are the ones left
        appointing=re.compile(rf"(?i)(?<!\w)(?:{alt('posts_appointing_verb')})(?!\w)"),
        # "ông A - Vụ trưởng X, ông B - Hiệu trưởng Y, " right before the next name
        listed_before=re.compile(rf"(?:(?:{alt('honorific')})\s+{CAP}(?: {CAP}){{1,4}}\s*[-–,]\s*[^;,]{{1,80}},\s*)+"
                                 rf"(?:(?:{alt('honorific')})\s+)?$"),
        moved_to=re.compile(rf"[^.;:]{{0,160}}?(?<!\w)(?:{alt('posts_take_post')})\s+(?:(?:{alt('posts_acting')})\s+)?(?=\w)"),
        # "..., hiện phụ trách ...", "..., nay là ...": the titles read before are of the past
        # (not "con số tăng trưởng năm nay là thực tế": "năm nay" is a time)
        now_elsewhere=re.compile(rf"[^.;:]{{0,160}}?(?<!\w){_not_after('posts_now_as_time', vocab)}"
                                 rf"(?:{alt('posts_now')})\s+(?:(?:{alt('past_marker')})\s+)?"
                                 rf"(?:{alt('posts_now_doing')})(?!\w)"),
    )


def _not_after(cls: str, vocab: Vocabulary) -> str:
    """Lookbehinds (each of one width, as Python's re needs) refusing a match right after a
    word of CLS and a space."""
    return "".join(rf"(?<!{re.escape(w)}\s)" for w in sorted(vocab.words(cls)))


def _patterns(vocab: Vocabulary) -> _Patterns:
    return vocab.memo(_Patterns, lambda: _Patterns(**_former_patterns(vocab), **_leaving_patterns(vocab),
                                                   **_moving_patterns(vocab)))


def former_marker(text: str, pos: int, limit: int, vocab: Vocabulary) -> re.Match[str] | None:
    """``nguyên Giám đốc``, ``nguyên là quyền Giám đốc``: the marker of a former post opening
    a title item at ``pos``."""
    return _patterns(vocab).former.match(text, pos, limit)


def former_in_lead(lead: str, vocab: Vocabulary) -> bool:
    """``Đến dự có nguyên Bộ trưởng X``: do the words before a title end in a former marker?"""
    return bool(_patterns(vocab).former_before.search(lead))


def former_ending(words: str, vocab: Vocabulary) -> re.Match[str] | None:
    """The former marker WORDS end in (``Giám đốc và nguyên | trưởng Phòng X``: the words
    between two titles)."""
    return _patterns(vocab).former_before.search(words)


def former_before_title(text: str, title_start: int, vocab: Vocabulary) -> bool:
    """``nguyên Bí thư Tỉnh ủy A``, ``cố Phó Thủ tướng kiêm Bộ trưởng X A``: is the title
    before a name marked as a former one?"""
    p = _patterns(vocab)
    return bool(p.former_before.search(text, max(0, title_start - 20), title_start)
                or p.former_kiem.search(text, max(0, title_start - 80), title_start))


def said_of_then(text: str, sent_start: int, sent_end: int, vocab: Vocabulary) -> bool:
    """``Chủ tịch UBND lúc đó là ông X``: the sentence is set in the past, so are its posts."""
    return bool(vocab.phrase_re("then_word", re.IGNORECASE).search(text, sent_start, sent_end))


def next_name(starts: list[int], p: PersonMention, sent_end: int) -> int:
    """Where the next person's name starts after ``p`` (``starts`` sorted); the sentence's
    end where none follows in the article."""
    i = bisect.bisect_right(starts, p.end)
    return starts[i] if i < len(starts) else sent_end


def leaves_post(text: str, sent_start: int, sent_end: int, p: PersonMention, barrier_after: int,
                vocab: Vocabulary) -> bool:
    """Does the sentence report that this person leaves the post it gives them: a leaving
    phrase before or after the name (``quyết định cách chức ông A``, ``A bị cách chức``), a
    move to another post (``giao ông A ... làm quyền Bộ trưởng``), or what they do now
    (``hiện phụ trách``)?
    Guideline: the post someone is moved or removed from is not a current one."""
    return moved_from_posts(text, sent_start, sent_end, p, barrier_after, vocab) \
        or _left_by_decision_before(text, sent_start, p, vocab) \
        or _now_elsewhere(text, sent_end, p, barrier_after, vocab) \
        or _leaves_after(text, sent_end, p, barrier_after, vocab)  # (also here, not only in
    # persons_leaving: the titles read with this name may be the names listed before it, "A và
    # B (Chủ tịch và Phó Chủ tịch X) bị cách chức")


def moved_from_posts(text: str, sent_start: int, sent_end: int, p: PersonMention, barrier_after: int,
                     vocab: Vocabulary) -> bool:
    """Is this person moved to another post by the sentence (``A, Phó trưởng Ban X, vừa được bổ
    nhiệm làm Giám đốc Sở Y``; ``giao ông A, Thứ trưởng Bộ X, làm quyền Bộ trưởng``)? A move
    leaves the posts, not the seats on committees held across them (Ủy viên Ban Thường vụ)."""
    return _appointed_after(text, sent_end, p, barrier_after, vocab) \
        or _moved_by_sentence(text, sent_start, sent_end, p, barrier_after, vocab)


def _left_by_decision_before(text: str, sent_start: int, p: PersonMention, vocab: Vocabulary) -> bool:
    """``quyết định cách chức đối với ông A``, ``làm Giám đốc Sở Y thay cho bà B``: the
    leaving phrase, or the taking over of the post, right before the name (or its title)."""
    pats = _patterns(vocab)
    start = p.opens_at
    return bool(pats.leaves_before.search(text, max(sent_start, start - 60), start)
                or pats.replaced_before.search(text, max(sent_start, p.start - 30), p.start))


def _appointed_after(text: str, sent_end: int, p: PersonMention, barrier_after: int, vocab: Vocabulary) -> bool:
    """``A, Phó trưởng Ban X, vừa được bổ nhiệm làm Giám đốc Sở Y``: X is left."""
    ap = _patterns(vocab).appointed_after.match(text, p.end, sent_end)
    return ap is not None and ap.end() <= barrier_after


def _moved_by_sentence(text: str, sent_start: int, sent_end: int, p: PersonMention, barrier_after: int,
                       vocab: Vocabulary) -> bool:
    """``giao ông A, Thứ trưởng Bộ X, làm quyền Bộ trưởng``: the post he is moved from. The
    appointing verb is the one right before the name (``..., quyết định miễn nhiệm và điều
    động ... đối với ông B, ..., kỳ họp đã bầu ông A, Phó Bí thư Huyện ủy, làm Chủ tịch``: B's
    move is not A's)."""
    pats = _patterns(vocab)
    start = p.opens_at
    # (the move after the name first: it is one match; the appointing verb is a search back)
    mv = pats.moved_to.match(text, p.end, sent_end)
    return mv is not None and mv.end() <= barrier_after \
        and bool(pats.appointing.search(text, _verb_reach(text, sent_start, start, pats), start))


def _verb_reach(text: str, sent_start: int, start: int, pats: _Patterns) -> int:
    """How far back the verb appointing a name may stand: ``_VERB_BEFORE_NAME`` characters,
    or further over the names listed before it, each with its titles after a dash or a comma
    ("bổ nhiệm ông A - Vụ trưởng X, ông B - Hiệu trưởng Y làm Thứ trưởng": B is appointed
    too), within the clause."""
    clause = max(sent_start, text.rfind(";", sent_start, start) + 1)
    listed = pats.listed_before.search(text, clause, start)
    return max(clause, (listed.start() if listed else start) - _VERB_BEFORE_NAME)


def _now_elsewhere(text: str, sent_end: int, p: PersonMention, barrier_after: int, vocab: Vocabulary) -> bool:
    """``A, Giám đốc Sở X (1997-2003), hiện phụ trách Ban Tuyên giáo``: X was then."""
    now_else = _patterns(vocab).now_elsewhere.match(text, p.end, sent_end)
    return now_else is not None and now_else.end() <= barrier_after


def _dies(text: str, sent_start: int, sent_end: int, p: PersonMention, vocab: Vocabulary) -> bool:
    """``A, Phó trưởng Phòng X, vừa qua đời``, ``lễ tang đồng chí A``: the article reports
    this person dead, so no post it gives them is held now (guideline: a dead leader's
    title is not a current post)."""
    pats = _patterns(vocab)
    start = p.opens_at
    return bool(pats.dies_after.match(text, p.end, sent_end)
                or pats.mourned.search(text, max(sent_start, start - 40), start))


def _leaves_after(text: str, sent_end: int, p: PersonMention, barrier_after: int, vocab: Vocabulary) -> bool:
    """``A, Giám đốc X, đã bị cách chức``: the leaving phrase A undergoes, after the name."""
    after = _patterns(vocab).leaves_after.match(text, p.end, sent_end)
    if after is None or any(vocab.phrase_re(c).search(text, p.end, after.end())
                            for c in ("report_verb", "speech_verb", "chair_verb")):
        return False  # "A cho biết, ... những cán bộ đã nghỉ hưu": what A says, not A's post
    # "... ký quyết định cách chức | ông B": a phrase right before the next name is B's
    return after.end() <= barrier_after and (barrier_after >= sent_end or barrier_after - after.end() > 25
                                             or ";" in text[after.end() : barrier_after])


def persons_leaving(article: Article, persons: list[PersonMention], vocab: Vocabulary) -> set[str]:
    """Persons a sentence reports leaving their post anywhere in the article, also where it
    names them short and gives no title (``Theo đó, ông Hùng bị cảnh cáo, bố trí công việc
    khác``): the post the article gives them is a former one."""
    starts = sorted(p.start for p in persons)
    out = set()
    for p in persons:
        sent = article.sentences[p.sentence]
        if _leaves_after(article.text, sent.end, p, next_name(starts, p, sent.end), vocab) \
                or _dies(article.text, sent.start, sent.end, p, vocab):
            out.add(p.name)
    return out
