"""The components run in one stated order over one ArticleContext, and take their words
from the Vocabulary they are given (never from one compiled at import)."""
from __future__ import annotations

import dataclasses

from kg.extract import facts_of, run
from kg.extract.components import COMPONENTS
from kg.extract.context import ArticleContext

CHAIRED = ("Ngày 12/3/2021, Đảng ủy Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết công tác năm 2020. "
           "Đồng chí Trần Văn Tùng, Bí thư Đảng ủy Bộ, Thứ trưởng Bộ KH&CN chủ trì Hội nghị.")


def test_each_component_writes_what_the_next_reads(article_of, vocab):
    ctx = ArticleContext(article_of(CHAIRED), vocab)
    seen = []
    for component in COMPONENTS:
        component(ctx)
        seen.append((component.__name__, bool(ctx.persons), bool(ctx.descriptions), ctx.registry is not None,
                     bool(ctx.posts), bool(ctx.meetings)))
    assert seen == [("add_persons", True, False, False, False, False),
                    ("add_descriptions", True, True, False, False, False),
                    ("add_bodies", True, True, True, False, False), ("add_posts", True, True, True, True, False),
                    ("add_documents", True, True, True, True, False), ("add_meetings", True, True, True, True, True),
                    ("add_events", True, True, True, True, True)]
    assert ctx.meetings[0].chairs == ("Trần Văn Tùng",)
    assert ctx.role_holders["Thứ trưởng"] == {"Trần Văn Tùng"}


def test_a_rule_takes_its_words_from_the_vocabulary_it_is_given(article_of, vocab):
    """Without "chủ trì" among the chairing verbs, nobody chaired: the rule read the
    vocabulary it was given, not one compiled when its module was imported."""
    article = article_of(CHAIRED)
    lexicon = dict(vocab.lexicon, chair_verb=vocab.words("chair_verb") - {"chủ trì"})
    other = dataclasses.replace(vocab, lexicon=lexicon)
    chaired = facts_of(run(COMPONENTS, ArticleContext(article, vocab)))
    not_chaired = facts_of(run(COMPONENTS, ArticleContext(article, other)))
    assert [m.chairs for m in chaired.meetings] == [("Trần Văn Tùng",)]
    assert all(not m.chairs for m in not_chaired.meetings)
    assert facts_of(run(COMPONENTS, ArticleContext(article, vocab))) == chaired  # the first vocabulary is untouched
