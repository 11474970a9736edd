"""Officials' names, and the short references that point back to them.

A name is a run of 2–5 capitalised syllables. Vietnamese news marks names by what stands
around them, and those marks, not the surname list alone, decide; one module reads each
way a name is written:

1. after an honorific: ``đồng chí``, ``Đ/c``, ``ông``, ``bà``, a rank or degree (honorific);
2. after a title, maybe with its body: ``Thứ trưởng Trần Văn Tùng``,
   ``Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường`` (after_title, title_body, apposition);
3. before a title list: ``Lê Xuân Định - Ủy viên Ban Cán sự, ...`` (before_title);
4. before a verb of what officials do: ``Nguyễn Văn Thành chủ trì`` (before_verb);
5. a full name of three or four capitals opening with a surname, with nothing around it (bare);
6. the rest of a list that a named person or a plural title opens (lists);
7. anywhere else in the article once one of the above has shown it is a name (repeats).

Where a title, a body or a place runs straight into a name, the known surnames and places
tell where the name starts (split). A name inside an idea, place or institution (``tư
tưởng Hồ Chí Minh``) is not a person (mentions.not_person_context). ``ông Duệ`` (given
name only) is a short reference resolved to the article's one full name ending in it
(short_refs); a short name that is a firm's is no person (firms).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.patterns import NAME_RUN_RE
from kg.extract.persons.after_title import names_after_titles
from kg.extract.persons.bare import bare_full_name
from kg.extract.persons.before_title import before_title_list
from kg.extract.persons.before_verb import before_agent_verb
from kg.extract.persons.firms import drop_firms
from kg.extract.persons.honorific import names_after_honorifics
from kg.extract.persons.lists import rest_of_lists
from kg.extract.persons.mentions import PersonMention, SentenceReading
from kg.extract.persons.places import drop_places
from kg.extract.persons.repeats import confirmed_names, repeated_mentions
from kg.extract.persons.runs import capital_runs
from kg.extract.persons.short_refs import drop_unnamed, fullest_forms, resolve_short_refs, with_fullest_names
from kg.model import Article, Sentence
from kg.vocab import Vocabulary

if TYPE_CHECKING:
    from kg.extract.context import ArticleContext

__all__ = ["PersonMention", "add_persons", "find_persons"]


def find_persons(article: Article, vocab: Vocabulary) -> list[PersonMention]:
    """Every mention of a person in the article, in the order of the text."""
    readings = _readings(article)
    short_refs = names_after_honorifics(readings, vocab)
    names_after_titles(readings, vocab)
    _names_in_marked_runs(readings, vocab)
    rest_of_lists(readings, vocab)
    found = [p for r in readings for p in r.names]
    names = confirmed_names(found)
    found += repeated_mentions(article, found, names)
    full = fullest_forms(names, vocab)  # "Lệ Hà" is "Nguyễn Thị Lệ Hà" where the article has both
    found = with_fullest_names(found, full)
    found = drop_unnamed(found, vocab)
    found = drop_firms(found, article.text, vocab)
    found = drop_places(found, article.text, vocab)
    found += resolve_short_refs(short_refs, full)
    return sorted(found, key=lambda p: p.start)


def add_persons(ctx: ArticleContext) -> None:
    """Component: every person the article names (kg.extract.components)."""
    ctx.persons = find_persons(ctx.article, ctx.vocab)


def _readings(article: Article) -> list[SentenceReading]:
    """The article's sentences for the steps to read, but a byline."""
    last_lines = _closing_lines(article)
    return [SentenceReading(article.text, sent) for sent in article.sentences
            if not _signs_article(article.text, sent, last_lines)]


def _names_in_marked_runs(readings: list[SentenceReading], vocab: Vocabulary) -> None:
    """Steps 3 to 5: a run of capitals before a title list or an official's verb, or a full
    name with a surname."""
    for reading, run in capital_runs(readings, vocab):
        text, s1 = reading.text, reading.end
        if before_title_list(text, run, s1, vocab) or before_agent_verb(text, run, s1, vocab) \
                or bare_full_name(run, vocab):
            reading.add(*run.name_span)


def _signs_article(text: str, sent: Sentence, last_lines: set[tuple[int, int]]) -> bool:
    """A name alone on one of the last lines signs the article: a byline."""
    return (sent.start, sent.end) in last_lines and NAME_RUN_RE.fullmatch(text, sent.start, sent.end) is not None


def _closing_lines(article: Article) -> set[tuple[int, int]]:
    """The spans of the article's last two non-empty lines."""
    spans, pos = [], 0
    for line in article.text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return set(spans[-2:])
