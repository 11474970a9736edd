"""IRIs, slugs and namespaces: how dangkg names every node, in one place.

Why a module of its own at the top of ``kg`` (not in ``kg/rdf`` or ``kg/resolve``): the IRI
scheme is one contract shared by three stages that otherwise do not depend on one another.
``ingest`` makes article keys (slugs of file names), ``resolve`` mints the IRIs of officials,
bodies, documents and roles, and ``rdf`` writes the nodes of each article graph under the same
namespaces. Inside ``kg/rdf`` it would make ingest and resolve import the RDF writer; inside
``kg/resolve`` (where ``BASE`` used to live) it made the writer import the resolver for a
string. Here it is a leaf: it imports nothing of ``kg`` but :func:`kg.model.escape_undecodable`
and :func:`kg.ingest.normalize.fold`.

Two kinds of IRI are made here:

- **entity IRIs** (``person/``, ``org/``, ``doc/``, ``role/``) are plain ``str``: they are
  values of :class:`kg.model.Resolution`, written to ``resolution.json`` as they are;
- **node IRIs** of the graph (``article/``, ``graph/``, ``ev/``, ``meeting/``, ...) are
  rdflib ``URIRef`` terms, made by :mod:`kg.rdf.build` only.

Every IRI is deterministic: it depends only on the build's inputs.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Namespace, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDFS, SKOS, XSD
from unidecode import unidecode

from kg.text import fold
from kg.model import escape_undecodable

BASE = "https://w3id.org/dangkg/id/"

DKG = Namespace("https://w3id.org/dangkg/ontology#")
ID = Namespace(BASE)
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES = {"dkg": DKG, "id": ID, "org": ORG, "foaf": FOAF, "schema": SCHEMA, "eli": ELI,
            "prov": PROV, "skos": SKOS, "oa": OA, "time": TIME, "xsd": XSD, "rdfs": RDFS, "owl": OWL}
# the same prefixes declared for a SPARQL query (kg.query.rows: dangkg's readers ask in the
# terms the graph is written in)
SPARQL_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

ENTITIES = ID["graph/entities"]
META = ID["graph/meta"]
DOCTYPE_SCHEME = ID["doctype"]


# ---- slugs ----------------------------------------------------------------------------------

def slugify(text: str, max_len: int = 80) -> str:
    """ASCII slug for IRIs: unidecode, lower-case, runs of other characters become '-'
    (a file name's bytes that are not UTF-8 as their escapes: "bad\\xff" -> "bad-xff")."""
    slug = re.sub(r"[^a-z0-9]+", "-", unidecode(escape_undecodable(text)).lower()).strip("-")
    return slug[:max_len].rstrip("-") or "x"


def bounded_slug(text: str, max_len: int = 80) -> str:
    """The whole slug of TEXT when it fits in MAX_LEN, else its start and a short hash of
    all of it: two long names that begin alike (document titles, bodies named with their
    parents) keep apart, where :func:`slugify`'s plain cut would join them."""
    slug = slugify(text, 10_000)
    if len(slug) <= max_len:
        return slug
    digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
    return f"{slug[: max_len - 9].rstrip('-')}-{digest}"


def shared_slugs(names: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """Each name's slug and, where other spellings share it, the spelling that tells it
    apart: unidecode drops Vietnamese tone marks, so "Thành"/"Thanh" or "Thủ trưởng"/"Thứ
    trưởng" share a slug; such a name gets its slug cut to leave room for a hash, and its
    exact (folded) spelling to hash. Which names collide depends only on the build's
    inputs, so IRIs stay deterministic."""
    folded: dict[str, set[str]] = defaultdict(set)
    names = sorted(set(names))
    for n in names:
        folded[bounded_slug(n)].add(fold(n))
    out = {}
    for n in names:
        slug = bounded_slug(n)
        out[n] = (slug[:72], fold(n)) if len(folded[slug]) > 1 else (slug, None)
    return out


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """A readable slug per name that never merges two names (:func:`shared_slugs`): a slug
    other spellings share ends in a short hash of the name's spelling."""
    return {n: slug if spelling is None else f"{slug}-{short_hash(spelling)}"
            for n, (slug, spelling) in shared_slugs(names).items()}


def short_hash(text: str) -> str:
    """Six hex digits of TEXT's SHA-1: what tells apart two entities of one slug."""
    return hashlib.sha1(text.encode()).hexdigest()[:6]


# ---- entity IRIs (str: values of a Resolution) ----------------------------------------------

def person_iri(slug: str, first_article: str | None = None, spelling: str | None = None) -> str:
    """An official: ``person/{slug}``, or ``person/{slug}-{hash}`` when others share the
    slug. The one short hash is of FIRST_ARTICLE when namesakes are kept apart, of SPELLING
    when names of other spellings share the slug (:func:`shared_slugs`), of both when both:
    never two hashes in a row, and still one IRI per official (namesakes kept apart have
    different first articles, other spellings different spellings)."""
    iri = f"{BASE}person/{slug}"
    if spelling is None and first_article is None:
        return iri
    if spelling is None or first_article is None:
        return f"{iri}-{short_hash(spelling or first_article)}"
    return f"{iri}-{short_hash(f'{spelling}|{first_article}')}"


def org_iri(slug: str, article: str | None = None) -> str:
    """A body: ``org/{slug}`` when its name pins it down anywhere (anchored), else
    ``org/{article}/{slug}``, known only within the ARTICLE that names it."""
    scope = "" if article is None else f"{article}/"
    return f"{BASE}org/{scope}{slug}"


def doc_iri(scope: str, year: int | None, key: str) -> str:
    """A document: ``doc/[{scope}/]{year or 'undated'}/{slug of its key}``; SCOPE is "" for
    a national symbol, the pinned-down issuer's slug, or the article key."""
    prefix = f"{scope}/" if scope else ""
    return f"{BASE}doc/{prefix}{year or 'undated'}/{bounded_slug(key)}"


def role_iri(slug: str) -> str:
    """A title (``org:Role``): ``role/{slug}``."""
    return f"{BASE}role/{slug}"


# ---- node IRIs of the graph (rdflib terms) --------------------------------------------------

def article_iri(key: str) -> URIRef:
    return ID[f"article/{key}"]


def graph_iri(key: str) -> URIRef:
    """The named graph holding what article KEY states."""
    return ID[f"graph/{key}"]


def activity_iri(key: str) -> URIRef:
    """The PROV activity that extracted article KEY."""
    return ID[f"activity/extract/{key}"]


def agent_iri(version: str) -> URIRef:
    return ID[f"agent/dangkg/{version}"]


def evidence_iri(key: str, start: int, end: int) -> URIRef:
    """A passage of article KEY (a Web Annotation); its selectors are ``#quote`` and
    ``#position`` of it."""
    return ID[f"ev/{key}/{start}-{end}"]


def post_iri(path: str, key: str, i: int) -> URIRef:
    """The I-th post of one standing (PATH: membership, former-post, accused-post) in
    article KEY."""
    return ID[f"{path}/{key}/{i}"]


def meeting_iri(key: str, i: int) -> URIRef:
    return ID[f"meeting/{key}/{i}"]


def event_iri(key: str, i: int) -> URIRef:
    """The I-th personnel event of article KEY."""
    return ID[f"event/{key}/{i}"]


def mention_iri(key: str, i: int) -> URIRef:
    """The I-th passage of article KEY that mentions a document."""
    return ID[f"mention/{key}/{i}"]


def doctype_iri(doc_type: str) -> URIRef:
    return ID[f"doctype/{slugify(doc_type)}"]
