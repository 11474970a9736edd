"""Officials found by name (kg.person.names), told apart when several match, and one
official's career: posts with their first and last attested day and appointment events,
meetings, documents and the officials met most often, each line with its evidence."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.network.facts import MEETING_ROLES
from kg.person import names, read
from kg.person.names import NoMatch
from kg.rdf.build import post_label

TOP_POSTS, TOP_COLLEAGUES, SHOWN_ARTICLES = 3, 10, 3


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a line was read: the article's day (where known), its source file, the sentence."""
    date: str
    article: str
    sentence: str


@dataclass(frozen=True)
class Official:
    iri: str
    name: str
    articles: int  # how many articles name him


@dataclass
class Line:
    """One line of a career: what (a post's title, a meeting's name, a colleague's name),
    with what qualifies it, and its evidence."""
    what: str
    detail: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    events: list[Line] = field(default_factory=list)  # a post's personnel events

    @property
    def first(self) -> str:
        return min((e.date for e in self.evidence if e.date), default="")

    @property
    def last(self) -> str:
        return max((e.date for e in self.evidence if e.date), default="")


@dataclass
class Career:
    official: Official
    posts: list[Line]
    events: list[Line]  # personnel events that name no post the articles give him
    meetings: list[Line]
    documents: list[Line]
    colleagues: list[Line]


@dataclass
class Namesake:
    """One of several officials a name matches, with what tells him apart."""
    official: Official
    posts: list[str]  # his commonest posts, with their bodies
    places: list[str]
    years: list[int]
    articles: list[str]  # the first few articles (source files) naming him
    said: str = ""  # the first sentence (of his first article) that writes his name


def find(store: ox.Store, query: str) -> list[Official]:
    """The officials QUERY names (or the one whose IRI it is: kg.person.names.select),
    most-named first; NoMatch (with the nearest names) if none."""
    everyone = {r["p"]: Official(r["p"], r["name"], int(r["articles"] or 0)) for r in read.people(store)}
    found = [everyone[iri] for iri in names.select(query, {iri: o.name for iri, o in everyone.items()})]
    return sorted(found, key=lambda o: (-o.articles, o.name, o.iri))


def _evidence(row: dict[str, str], *dates: str) -> Evidence:
    day = next((d for d in (*dates, row.get("published", "")) if d), "")
    return Evidence(day[:10], row.get("article", ""), row.get("sentence", ""))


def _by_day(e: Evidence) -> tuple:
    """Dated evidence first, by day, then by article."""
    return (e.date or "9999", e.article, e.sentence)


def _post_label(title: str, body: str, standing: str) -> str:
    """``Viện trưởng VKS quận 4 (former)``: a post as namesakes are told apart by it."""
    return post_label(title, body) + ("" if standing == "current" else f" ({standing})")


def namesakes(store: ox.Store, officials: list[Official]) -> list[Namesake]:
    """What tells each of OFFICIALS apart: commonest posts, places of meetings, years."""
    iris = [o.iri for o in officials]
    posts: dict[str, Counter] = defaultdict(Counter)
    places: dict[str, set[str]] = defaultdict(set)
    years: dict[str, set[int]] = defaultdict(set)
    for r in read.posts(store, iris):
        posts[r["p"]][_post_label(r["title"], r["body"], r["standing"])] += 1
        years[r["p"]].update(_years(r["attested"], r["published"]))
    for r in read.meetings(store, iris):
        if r["place"]:
            places[r["p"]].add(r["place"])
        years[r["p"]].update(_years(r["date"], r["published"]))
    files: dict[str, list[str]] = defaultdict(list)
    for r in sorted(read.articles(store, iris), key=lambda r: r["article"]):
        files[r["p"]].append(r["article"])
    said = _first_sentences(store, iris)
    return [Namesake(o, [p for p, _ in sorted(posts[o.iri].items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_POSTS]],
                     sorted(places[o.iri]), sorted(years[o.iri]), files[o.iri][:SHOWN_ARTICLES], said.get(o.iri, ""))
            for o in officials]


def _first_sentences(store: ox.Store, iris: list[str]) -> dict[str, str]:
    """Each person → the first sentence, in his first article, that writes his name."""
    first: dict[str, tuple[str, int, str]] = {}
    for r in read.sentences_writing_name(store, iris):
        at = (r["article"], int(r["start"] or 0), r["sentence"])
        first[r["p"]] = min(first.get(r["p"], at), at)
    return {p: sentence for p, (_, _, sentence) in first.items()}


def _years(*dates: str) -> set[int]:
    return {int(d[:4]) for d in dates if len(d) >= 4 and d[:4].isdigit()}


def career(store: ox.Store, official: Official) -> Career:
    """OFFICIAL's career as the graph gives it, each line with its evidence."""
    posts, by_fact = _posts(store, official.iri)
    loose = _attach_events(store, official.iri, posts, by_fact)
    return Career(official, _ordered(posts.values()), loose, _meetings(store, official),
                  _documents(store, official), _colleagues(store, official))


def _posts(store: ox.Store, iri: str) -> tuple[dict[tuple, Line], dict[str, tuple]]:
    """Posts keyed by (title, body, standing), and each post fact → its key."""
    posts: dict[tuple, Line] = {}
    by_fact: dict[str, tuple] = {}
    for r in read.posts(store, [iri]):
        key = (r["title"], r["body"], r["standing"])
        line = posts.setdefault(key, Line(r["title"], {"body": r["body"], "standing": r["standing"]}))
        line.evidence.append(_evidence(r, r["attested"]))
        by_fact[r["fact"]] = key
    return posts, by_fact


def _attach_events(store: ox.Store, iri: str, posts: dict[tuple, Line], by_fact: dict[str, tuple]) -> list[Line]:
    """Each personnel event to the post it concerns (or of its title and body); the others apart."""
    events: dict[str, Line] = {}
    home: dict[str, tuple | None] = {}
    for r in read.events(store, iri):
        line = events.setdefault(r["fact"], Line(r["kind"], {"date": r["date"], "title": r["title"],
                                                             "body": r["body"], "decided_by": r["decided_by"]}))
        line.evidence.append(_evidence(r, r["date"]))
        home[r["fact"]] = by_fact.get(r["post"]) or _post_of(posts, r["title"], r["body"])
    loose = []
    for fact, line in sorted(events.items()):
        line.evidence = sorted(set(line.evidence), key=_by_day)
        (posts[home[fact]].events if home[fact] else loose).append(line)
    return loose


def _post_of(posts: dict[tuple, Line], title: str, body: str) -> tuple | None:
    """The key of the post of this title (and body, where the event names one), if he has one."""
    keys = sorted(k for k in posts if k[0] == title and (not body or k[1] == body))
    return keys[0] if title and keys else None


def _ordered(lines) -> list[Line]:
    """Lines by first day attested (undated last), then the most attested."""
    for line in lines:
        line.evidence = sorted(set(line.evidence), key=_by_day)
    return sorted(lines, key=lambda x: (x.first or "9999", -len(x.evidence), x.what, sorted(x.detail.items())))


def _meetings(store: ox.Store, official: Official) -> list[Line]:
    """The meetings he chaired or spoke at (one line each, his roles), the sentences naming him."""
    found: dict[str, Line] = {}
    for r in read.meetings(store, [official.iri]):
        if r["role"] not in ("chair", "speaker"):
            continue
        line = found.setdefault(r["fact"], Line(r["name"], {"role": "", "date": r["date"], "place": r["place"]}))
        roles = set(filter(None, line.detail["role"].split(", "))) | {MEETING_ROLES[r["role"]]}
        line.detail["role"] = ", ".join(sorted(roles))
        line.evidence.append(_evidence(r, r["date"]))
    for line in found.values():
        line.evidence = _naming(line.evidence, official.name)
    return _ordered(found.values())


def _naming(evidence: list[Evidence], name: str) -> list[Evidence]:
    """The evidence whose sentence names NAME; all of it where none does."""
    return [e for e in evidence if name in e.sentence] or evidence


def _documents(store: ox.Store, official: Official) -> list[Line]:
    """Documents of his meetings, and documents named in a sentence with him."""
    found: dict[str, Line] = {}
    for r in read.meeting_documents(store, official.iri):
        _add_document(found, r, f"at the meeting: {r['meeting']}")
    for r in read.named_documents(store, official.iri, official.name):
        _add_document(found, r, "named in the same sentence")
    for line in found.values():
        line.detail["how"] = "; ".join(sorted(set(line.detail["how"].split("\n"))))
    return _ordered(found.values())


def _add_document(found: dict[str, Line], row: dict[str, str], how: str) -> None:
    """Record document ROW (with how it is linked to him; the reasons joined at the end)."""
    line = found.setdefault(row["d"], Line(f"{row['type']} {row['id']}".strip(), {"how": how}))
    if how not in line.detail["how"].split("\n"):
        line.detail["how"] += "\n" + how
    line.evidence.append(_evidence(row))


def _colleagues(store: ox.Store, official: Official) -> list[Line]:
    """The officials met most often: at the same meetings first, then named in the same articles."""
    at_meetings, in_articles = read.colleagues(store, official.iri)
    meetings: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    label: dict[str, str] = {}
    for r in at_meetings:
        meetings[r["o"]].add(r["m"])
        articles[r["o"]].add(r["article"])
        label[r["o"]] = r["name"]
    for r in in_articles:
        articles[r["o"]].add(r["article"])
        label[r["o"]] = r["name"]
    top = sorted(label, key=lambda o: (-len(meetings[o]), -len(articles[o]), label[o], o))[:TOP_COLLEAGUES]
    lines = []
    for o in top:
        said = read.sentences_naming(store, articles[o] - {""}, official.name, label[o])
        evidence = [Evidence("", s["article"], s["sentence"]) for s in said[:3]]
        evidence = evidence or [Evidence("", a, "") for a in sorted(articles[o] - {""})[:1]]
        lines.append(Line(label[o], {"iri": o, "meetings": str(len(meetings[o])),
                                     "articles": str(len(articles[o] - {""}))}, evidence))
    return lines
