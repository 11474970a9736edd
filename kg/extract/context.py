"""What extraction knows of one article while its components run: the article, the
vocabulary, and what each component found, for the components after it.

Like spaCy's ``Doc``, the context is the one thing the components share: a component reads
the fields of the components before it (see kg.extract.components for the order) and
writes its own. Nothing else is passed between them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.bodies import BodyMention, BodyRegistry
from kg.extract.documents import DocumentMention
from kg.extract.persons import PersonMention
from kg.model import Article, Document, Meeting, Post
from kg.vocab import Vocabulary


@dataclass
class ArticleContext:
    article: Article
    vocab: Vocabulary
    # persons: every name, with the title written before it
    persons: list[PersonMention] = field(default_factory=list)
    # bodies: every body name (doubtful ones too), the places named, the article's bodies
    # (the registry fills in bare names: "Tỉnh ủy" is the Tỉnh ủy of the article's province)
    body_mentions: list[BodyMention] = field(default_factory=list)
    places: frozenset[str] = frozenset()
    registry: BodyRegistry | None = None
    slug_title: str | None = None  # the headline read from the page's URL, where the text has none
    # posts: who holds (or held) what, and the holders of each title, for the meetings
    posts: list[Post] = field(default_factory=list)
    role_holders: dict[str, set[str]] = field(default_factory=dict)
    # documents: every numbered document mentioned, and the documents merged from them
    document_mentions: list[DocumentMention] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    # meetings
    meetings: tuple[Meeting, ...] = ()

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def bodies(self) -> list[BodyMention]:
        """The body names the article gives for sure (a doubtful one only helps the registry)."""
        return [b for b in self.body_mentions if not b.doubtful]
