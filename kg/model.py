"""The typed values that flow between the pipeline's stages.

text ─▶ Article ─▶ ArticleFacts ─▶ (resolve) ─▶ Resolution ─▶ RDF

An :class:`Article` is the normalised text with its sentences and metadata. Extraction
turns it into :class:`ArticleFacts`, which carries no text beyond the evidence quotes, so
it is small, picklable and can be made in another process or cached by content hash.
Resolution reads every article's facts and makes one :class:`Resolution`: the entities
across articles, which IRI each article's mention is, and every merge with its evidence.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # code-point offsets into Article.text
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    key: str  # stable slug, unique within a build (IRI segment)
    source_file: str  # the input file's base name
    text: str  # normalised text: every offset in the graph refers to it
    sentences: tuple[Sentence, ...]
    content_hash: str  # "sha256:<hex>" of the normalised text
    headline: Sentence | None = None
    published: dt.date | dt.datetime | None = None
    source_url: str | None = None
    source_line: int | None = None  # the line of a JSON Lines file the article is
    # where the article shows no date of its own: (month, year) of the full dates it writes
    # (kg.ingest.dateline.written_months), the years of its days written without one
    written_months: tuple[tuple[int, int], ...] = ()

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start : s.end]

    @property
    def year(self) -> int | None:
        return self.published.year if self.published else None

    @property
    def day_year(self) -> int | dict[int, int] | None:
        """The year a day written without one is in: publication's; in an undated article,
        the year of a full date it writes in that month ("Sáng ngày 11/7 ... (từ 11 - 12/7/2022)"),
        none for another month ("Sáng 25-1", after "ngày 31-12-2005 vừa qua", is of 2006)."""
        return self.published.year if self.published else (dict(self.written_months) or None)

    def evidence(self, sentence: int, context: int = 32) -> Evidence:
        """The sentence as a Web Annotation quote (with some context) and position."""
        s = self.sentences[sentence]
        return Evidence(s.start, s.end, self.text[s.start : s.end],
                        self.text[max(0, s.start - context) : s.start], self.text[s.end : s.end + context])


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: a W3C Web Annotation text quote + position."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Body:
    """A party, state or mass body as one article names it, expanded."""

    name: str  # full expanded name
    kind: str  # party | state | mass | other
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # name of the body it sits under
    # True when the name pins down one real body anywhere (it names a place or a
    # national body); False for names such as "Tỉnh ủy" or "Sở Khoa học và Công nghệ"
    # that are only known within their article.
    anchored: bool = True


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # full name as written at its fullest in the article
    aliases: tuple[str, ...] = ()
    born: int | None = None  # the year of birth the article gives (an age, "SN 1980")
    private: bool = False  # introduced as a private person ("anh A (29 tuổi)", "tài xế A")


@dataclass(frozen=True, slots=True)
class Post:
    person: str  # Person.name
    role: str  # canonical title (vocab/roles.tsv) or as written
    org: str | None  # Body.name
    evidence: Evidence
    former: bool = False
    # held by someone the article reports as accused in a criminal case: the post of the
    # time of the alleged acts, not attested as current (kg.extract.posts.accused)
    accused: bool = False

    @property
    def standing(self) -> str:
        """current | former | accused: what the article attests (a former post stays former)."""
        return "former" if self.former else "accused" if self.accused else "current"


@dataclass(frozen=True, slots=True)
class Meeting:
    title: str
    date: dt.date | None
    location: str | None
    organizer: str | None  # Body.name
    chairs: tuple[str, ...]
    speakers: tuple[str, ...]
    presenters: tuple[str, ...]
    attendees: tuple[str, ...]
    documents: tuple[str, ...]  # Document.key
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Document:
    key: str  # normalised id: upper-case, no spaces, Đ→D (how two writings are one)
    id: str  # number and symbol as written, spaces around dashes removed
    type: str | None  # Nghị quyết, Chỉ thị, ...
    date: dt.date | None
    issuer: str | None  # Body.name
    title: str | None
    evidence: tuple[Evidence, ...]


# the kinds of personnel event (GUIDELINE "events"), as the contract names them (dkg:Elected ...)
EVENT_KINDS = ("elected", "reelected", "appointed", "designated", "transferred", "relieved", "retired", "disciplined")
# kinds that give the person the post (it is current after the event), kinds that take it
# away (it is former); a disciplined person keeps the post (khiển trách, cảnh cáo)
TAKING_KINDS = frozenset({"elected", "reelected", "appointed", "designated", "transferred"})
LEAVING_KINDS = frozenset({"relieved", "retired"})


@dataclass(frozen=True, slots=True)
class PersonnelEvent:
    """A change of post the article reports as done: ``bầu ông A giữ chức Chủ tịch UBND
    huyện`` (A elected), ``miễn nhiệm chức danh ... đối với ông B`` (B relieved)."""

    person: str  # Person.name
    kind: str  # one of EVENT_KINDS
    role: str | None  # the post's canonical title; None where the text names none (điều động ông A)
    org: str | None  # Body.name
    date: dt.date | None  # the day of the event (session, decision), where the text gives it
    decided_by: str | None  # Body.name of the body that decided it, where the text names it
    meeting: int | None  # index into ArticleFacts.meetings: the meeting it was decided at
    acting: bool  # an acting post (giao quyền, quyền Giám đốc)
    evidence: Evidence

    @property
    def gives_post(self) -> bool:
        return self.kind in TAKING_KINDS

    @property
    def ends_post(self) -> bool:
        return self.kind in LEAVING_KINDS


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything one article states, ready for cross-article resolution."""

    article_key: str
    source_file: str
    content_hash: str
    published: dt.date | dt.datetime | None
    source_url: str | None
    headline: str | None
    source_line: int | None = None  # see Article.source_line
    persons: tuple[Person, ...] = ()
    bodies: tuple[Body, ...] = ()
    posts: tuple[Post, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    documents: tuple[Document, ...] = ()
    places: tuple[str, ...] = ()  # provinces/cities the article names (identity context)
    events: tuple[PersonnelEvent, ...] = ()

    def counts(self) -> dict[str, int]:
        """What an input's report counts, by FACT_COUNTS."""
        return {name: count(self) for name, count in _FACT_COUNTERS.items()}


# what an article's facts are counted by (ArticleFacts.counts), in the manifest's order
_FACT_COUNTERS = {
    "persons": lambda f: len(f.persons),
    "posts": lambda f: sum(p.standing == "current" for p in f.posts),
    "former_posts": lambda f: sum(p.standing == "former" for p in f.posts),
    "accused_posts": lambda f: sum(p.standing == "accused" for p in f.posts),
    "bodies": lambda f: len(f.bodies),
    "meetings": lambda f: len(f.meetings),
    "documents": lambda f: len(f.documents),
    "events": lambda f: len(f.events),
}
FACT_COUNTS = tuple(_FACT_COUNTERS)


@dataclass(frozen=True, slots=True)
class PersonEntity:
    """One official across articles."""

    iri: str
    name: str  # the longest name its mentions are written with
    aliases: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()  # article keys


@dataclass(frozen=True, slots=True)
class OrgEntity:
    """One body across articles (one article, when its name does not pin it down)."""

    iri: str
    name: str
    kind: str  # Body.kind
    anchored: bool  # Body.anchored: one body anywhere, not only within its article
    aliases: frozenset[str] = frozenset()
    parents: frozenset[str] = frozenset()  # org IRIs
    articles: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class DocEntity:
    """One document across articles: the fullest id and the first type, date, issuer and
    title its mentions give."""

    iri: str
    id: str
    type: str | None = None
    date: dt.date | None = None
    issuer: str | None = None  # org IRI
    title: str | None = None
    articles: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class MergedMention:
    """One article's mention of an official that a merge joined."""

    article: str  # article key
    name: str  # Person.name in that article


@dataclass(frozen=True, slots=True)
class MergeEvidence:
    """Why two articles' officials were taken as one: the pair and the evidence, in words
    (``same body: ...``, ``nationally unique title: ...``)."""

    articles: tuple[str, str]
    evidence: str
    score: float | None = None  # the evidence's weight (kg.resolve.persons.evidence), None for a judgement

    def as_json(self) -> dict:
        out: dict = {"articles": list(self.articles), "evidence": self.evidence}
        if self.score is not None:
            out["score"] = self.score
        return out


@dataclass(frozen=True, slots=True)
class Merge:
    """Mentions of several articles resolved to one official, with the evidence of each
    link that joined them."""

    person: str  # PersonEntity.iri
    name: str  # PersonEntity.name
    mentions: tuple[MergedMention, ...]
    merged_on: tuple[MergeEvidence, ...]

    def as_json(self) -> dict:
        """The merge as ``resolution.json`` writes it."""
        return {"person": self.person, "name": self.name,
                "mentions": [{"article": m.article, "name": m.name} for m in self.mentions],
                "merged_on": [e.as_json() for e in self.merged_on]}


@dataclass(frozen=True, slots=True)
class Resolution:
    """The cross-article identity of everything the articles name."""

    persons: Mapping[str, PersonEntity]  # IRI -> entity
    orgs: Mapping[str, OrgEntity]
    documents: Mapping[str, DocEntity]
    person_of: Mapping[tuple[str, str], str]  # (article key, name) -> IRI
    org_of: Mapping[tuple[str, str], str]  # (article key, body name) -> IRI
    doc_of: Mapping[tuple[str, str], str]  # (article key, document key) -> IRI
    person_merges: tuple[Merge, ...] = ()
    role_of: Mapping[str, str] = field(default_factory=dict)  # canonical title -> IRI
    # pairs of officials of one name not merged, with why (kg.resolve.persons.Decision)
    person_decisions: tuple = ()
    # (article key, meeting index) -> meeting IRI: one node for the accounts of one meeting
    meeting_of: Mapping[tuple[str, int], str] = field(default_factory=dict)

    def report(self) -> dict:
        """What ``resolution.json`` holds: each merge with its evidence, each pair of
        namesakes kept apart or left undecided with the evidence for and against."""
        return {"persons_merged": [m.as_json() for m in self.person_merges],
                "persons_apart": [d.as_json() for d in self.person_decisions]}


def escape_undecodable(text: str) -> str:
    """TEXT (a file name or path) as it can be shown and written: a name that is not UTF-8
    comes from Python with its undecodable bytes as lone surrogates, which no UTF-8 file,
    terminal or RDF literal takes; each such byte is written as \\xNN instead ("bad\\xff.txt")."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that is no escaped byte (not from the file system)
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


@dataclass(slots=True)
class InputReport:
    """What happened to one input (a row of manifest.json): a file, or one line of a
    JSON Lines file."""

    path: str
    status: str  # built | skipped | failed
    reason: str = ""
    article_key: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    line: int | None = None  # the line, for one article of a JSON Lines file

    def __post_init__(self) -> None:
        # every report is printed and written to manifest.json: a name that is not UTF-8
        # is escaped here, once, so no writer of reports can fail on it
        self.path = escape_undecodable(self.path)
        self.reason = escape_undecodable(self.reason)

    @property
    def where(self) -> str:
        """The input as a person names it: the path, with :LINE for a JSON Lines article."""
        return self.path if self.line is None else f"{self.path}:{self.line}"
