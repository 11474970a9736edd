"""What the store says of officials, read with SPARQL (kg.query.run) for the few persons
asked about, never the whole graph: names, posts, personnel events, meetings, documents and
the officials met, each with the article (source file) and the sentence it was read from."""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.network.facts import STANDING_OF_CLASS
from kg.query import rows
from kg.rdf.build import class_values

PERSON_CLASSES = "VALUES ?t { %s }" % class_values("persons")  # the nodes the build counts as persons
# the sentences of a fact (?fact), with the article it comes from and the article's day
_SOURCE = """OPTIONAL { ?fact prov:wasDerivedFrom ?a . ?a dkg:sourceFile ?article
                     OPTIONAL { ?a schema:datePublished ?published } }
          OPTIONAL { ?fact dkg:evidence/oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?sentence }"""


def values(iris: Iterable[str]) -> str:
    """IRIS as the terms of a VALUES clause (each checked to be an IRI, so none is syntax)."""
    return " ".join(str(ox.NamedNode(iri)) for iri in sorted(set(iris)))


def people(store: ox.Store) -> list[dict[str, str]]:
    """Every named person: IRI, name, how many articles name them."""
    return rows(store, """SELECT ?p ?name (COUNT(DISTINCT ?a) AS ?articles) WHERE {
        %s ?p a ?t ; foaf:name ?name . OPTIONAL { ?p prov:wasDerivedFrom ?a } }
        GROUP BY ?p ?name""" % PERSON_CLASSES)


def articles(store: ox.Store, iris: Iterable[str]) -> list[dict[str, str]]:
    """The articles (source files) that name these persons."""
    return rows(store, """SELECT DISTINCT ?p ?article WHERE {
        VALUES ?p { %s } ?p prov:wasDerivedFrom/dkg:sourceFile ?article }""" % values(iris))


def sentences_writing_name(store: ox.Store, iris: Iterable[str]) -> list[dict[str, str]]:
    """The evidence sentences of these persons' articles that write their names, with where
    each starts (a person node has no sentence of its own): what tells apart namesakes
    with no post."""
    return rows(store, """SELECT DISTINCT ?p ?article ?start ?sentence WHERE {
        VALUES ?p { %s } ?p foaf:name ?name ; prov:wasDerivedFrom ?a . ?a dkg:sourceFile ?article .
        ?ev oa:hasSource ?a ; oa:hasSelector ?quote . ?quote oa:exact ?sentence .
        OPTIONAL { ?ev oa:hasSelector/oa:start ?start }
        FILTER(CONTAINS(?sentence, ?name)) }""" % values(iris))


def posts(store: ox.Store, iris: Iterable[str]) -> list[dict[str, str]]:
    """Each post of these persons as each article gives it, with its standing (current,
    former, accused), the day attested (or the article's) and its sentences."""
    found = rows(store, """SELECT ?p ?fact ?kind ?title ?body ?attested ?published ?article ?sentence WHERE {
        VALUES ?p { %s } VALUES ?kind { %s }
        ?fact a ?kind ; org:member ?p ; org:role/skos:prefLabel ?title . FILTER(lang(?title) = "vi")
        OPTIONAL { ?fact org:organization/skos:prefLabel ?body FILTER(lang(?body) IN ("vi", "")) }
        OPTIONAL { ?fact dkg:attestedOn ?attested } %s }"""
                 % (values(iris), " ".join(f"<{c}>" for c in STANDING_OF_CLASS), _SOURCE))
    for r in found:
        r["standing"] = STANDING_OF_CLASS[r["kind"]]
    return found


def events(store: ox.Store, iri: str) -> list[dict[str, str]]:
    """The personnel events of one person: kind, day, the post they concern, who decided."""
    return rows(store, """SELECT ?fact ?kind ?date ?post ?title ?body ?decided_by ?published ?article ?sentence WHERE {
        ?fact a dkg:PersonnelEvent ; dkg:subject %s ; dkg:eventKind ?k .
        BIND(LCASE(STRAFTER(STR(?k), "#")) AS ?kind)
        OPTIONAL { ?fact schema:startDate ?date } OPTIONAL { ?fact dkg:concernsPost ?post }
        OPTIONAL { ?fact org:role/skos:prefLabel ?title FILTER(lang(?title) = "vi") }
        OPTIONAL { ?fact org:organization/skos:prefLabel ?body FILTER(lang(?body) IN ("vi", "")) }
        OPTIONAL { ?fact dkg:decidedBy ?d . OPTIONAL { ?d skos:prefLabel ?dl } OPTIONAL { ?d schema:name ?dn } }
        BIND(COALESCE(?dl, ?dn) AS ?decided_by) %s }""" % (values([iri]), _SOURCE))


def meetings(store: ox.Store, iris: Iterable[str]) -> list[dict[str, str]]:
    """The meetings these persons chaired, spoke, presented at or attended: role, name, day, place."""
    return rows(store, """SELECT ?p ?fact ?role ?name ?date ?place ?published ?article ?sentence WHERE {
        VALUES ?p { %s } VALUES ?r { dkg:chair dkg:speaker dkg:presenter schema:attendee }
        ?fact a dkg:Meeting ; ?r ?p ; schema:name ?name .
        BIND(REPLACE(STR(?r), "^.*[#/]", "") AS ?role)
        OPTIONAL { ?fact schema:startDate ?date } OPTIONAL { ?fact schema:location ?place } %s }"""
                % (values(iris), _SOURCE))


def meeting_documents(store: ox.Store, iri: str) -> list[dict[str, str]]:
    """The documents of the meetings one person chaired or spoke at."""
    return rows(store, """SELECT ?d ?id ?type ?meeting ?published ?article ?sentence WHERE {
        VALUES ?r { dkg:chair dkg:speaker }
        ?fact a dkg:Meeting ; ?r %s ; schema:about ?d ; schema:name ?meeting . ?d eli:id_local ?id .
        OPTIONAL { ?d eli:type_document/skos:prefLabel ?type FILTER(lang(?type) IN ("vi", "")) } %s }"""
                % (values([iri]), _SOURCE))


def named_documents(store: ox.Store, iri: str, name: str) -> list[dict[str, str]]:
    """The documents named in a sentence that names this person (by the full name), in an
    article the person was read from."""
    found = rows(store, """SELECT ?d ?id ?type ?published ?article ?sentence WHERE {
        %s prov:wasDerivedFrom ?a .
        ?fact dkg:mentions ?d ; prov:wasDerivedFrom ?a . ?d eli:id_local ?id .
        OPTIONAL { ?d eli:type_document/skos:prefLabel ?type FILTER(lang(?type) IN ("vi", "")) } %s }"""
                 % (values([iri]), _SOURCE))
    return [r for r in found if name in r["sentence"]]


def colleagues(store: ox.Store, iri: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The other officials at this person's meetings (meeting, article), and those named
    in the same articles (article)."""
    person = values([iri])
    at_meetings = rows(store, """SELECT DISTINCT ?o ?name ?m ?article WHERE {
        VALUES ?r1 { dkg:chair dkg:speaker dkg:presenter schema:attendee }
        VALUES ?r2 { dkg:chair dkg:speaker dkg:presenter schema:attendee }
        ?m a dkg:Meeting ; ?r1 %s ; ?r2 ?o . ?o foaf:name ?name . FILTER(?o != %s)
        OPTIONAL { ?m prov:wasDerivedFrom/dkg:sourceFile ?article } }""" % (person, person))
    in_articles = rows(store, """SELECT DISTINCT ?o ?name ?article WHERE {
        %s prov:wasDerivedFrom ?a . ?o a dkg:Official ; prov:wasDerivedFrom ?a ; foaf:name ?name .
        ?a dkg:sourceFile ?article . FILTER(?o != %s) }""" % (person, person))
    return at_meetings, in_articles


def sentences_naming(store: ox.Store, articles: Iterable[str], first: str, second: str) -> list[dict[str, str]]:
    """The evidence sentences of these articles (source files) that name both FIRST and SECOND."""
    files = " ".join(str(ox.Literal(a)) for a in sorted(set(articles)))
    found = rows(store, """SELECT DISTINCT ?article ?sentence WHERE {
        VALUES ?article { %s } ?a dkg:sourceFile ?article .
        ?ev oa:hasSource ?a ; oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?sentence }"""
                 % files)
    return sorted((r for r in found if first in r["sentence"] and second in r["sentence"]),
                  key=lambda r: (r["article"], r["sentence"]))
