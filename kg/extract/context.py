"""What extraction knows of one article while its components run: the article, the
vocabulary, and what each component found, for the components after it.

Like spaCy's ``Doc``, the context is the one thing the components share: a component reads
the fields of the components before it (see kg.extract.components for the order) and
writes its own. Nothing else is passed between them. Two fields are written by several: the
article's registry of bodies, which the bodies component makes and posts, documents and
meetings add to (a post's, a document issuer's or a meeting organizer's body, named only
there, is still one of the article's bodies); and the posts, which the events component,
last, adds to and marks former (the meetings have read them before: the holder of a title
an event gives only in the same article is not a chair by that title).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.extract.bodies import BodyMention, BodyRegistry
from kg.extract.documents import DocumentMention
from kg.extract.persons import PersonMention
from kg.extract.persons.described import Description
from kg.model import Article, Document, Meeting, PersonnelEvent, Post
from kg.vocab import Vocabulary


@dataclass
class ArticleContext:
    article: Article
    vocab: Vocabulary
    # persons: every name, with the title written before it; what the article says of each
    # besides posts (a year of birth, a private person)
    persons: list[PersonMention] = field(default_factory=list)
    descriptions: dict[str, Description] = field(default_factory=dict)
    # bodies: every body name (doubtful ones too), the places named, the article's bodies
    # (the registry fills in bare names: "Tỉnh ủy" is the Tỉnh ủy of the article's province)
    body_mentions: list[BodyMention] = field(default_factory=list)
    places: frozenset[str] = frozenset()
    registry: BodyRegistry | None = None
    slug_title: str | None = None  # the headline read from the page's URL, where the text has none
    # posts: who holds (or held) what
    posts: list[Post] = field(default_factory=list)
    # documents: every numbered document mentioned, and the documents merged from them
    document_mentions: list[DocumentMention] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    # meetings
    meetings: tuple[Meeting, ...] = ()
    # events: the changes of post the article reports (they add to and mark the posts above)
    events: tuple[PersonnelEvent, ...] = ()

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def role_holders(self) -> dict[str, set[str]]:
        """Title -> the persons who hold it now, for the meetings (``Chủ tịch UBND tỉnh chủ
        trì``: the chair is the article's holder of the title)."""
        holders: dict[str, set[str]] = defaultdict(set)
        for p in self.posts:
            if p.standing == "current":
                holders[p.role].add(p.person)
        return holders

    @property
    def bodies(self) -> list[BodyMention]:
        """The body names the article gives for sure (a doubtful one only helps the registry)."""
        return [b for b in self.body_mentions if not b.doubtful]
