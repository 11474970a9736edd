"""Draw facts at random from a built graph for a hand precision audit.

    .venv/bin/python scripts/audit_sample.py out/graph.nt --n 100 --seed 2026 > sample.tsv

A fact is a post (person, title, body), a meeting's date or chair, a document's type and
date, or a personnel event (kind, person, post, day). Each row gives the article file and the evidence span (code-point offsets in the
normalised text, as kg.ingest.reader.read_file makes it), so the checker reads the very
sentence the fact came from.
"""
from __future__ import annotations

import argparse
import random
import sys

from rdflib import Graph

QUERIES = {
    "post": """SELECT ?file ?s ?e ?name ?role ?org WHERE {
        ?m a org:Membership ; org:member/foaf:name ?name ; org:role/skos:prefLabel ?role ;
           prov:wasDerivedFrom/dkg:sourceFile ?file ; dkg:evidence/oa:hasSelector ?p .
        ?p oa:start ?s ; oa:end ?e . FILTER(lang(?role) = "vi")
        OPTIONAL { ?m org:organization/skos:prefLabel ?org } }""",
    "chair": """SELECT ?file ?s ?e ?name ?title ?date WHERE {
        ?m a dkg:Meeting ; dkg:chair/foaf:name ?name ; schema:name ?title ;
           prov:wasDerivedFrom/dkg:sourceFile ?file ; dkg:evidence/oa:hasSelector ?p .
        ?p oa:start ?s ; oa:end ?e . OPTIONAL { ?m schema:startDate ?date } }""",
    "meeting": """SELECT ?file ?s ?e ?title ?date ?org WHERE {
        ?m a dkg:Meeting ; schema:name ?title ; prov:wasDerivedFrom/dkg:sourceFile ?file ;
           dkg:evidence/oa:hasSelector ?p . ?p oa:start ?s ; oa:end ?e .
        OPTIONAL { ?m schema:startDate ?date } OPTIONAL { ?m schema:organizer/skos:prefLabel ?org } }""",
    "document": """SELECT ?file ?s ?e ?id ?type ?date WHERE {
        ?x dkg:mentions ?d ; prov:wasDerivedFrom/dkg:sourceFile ?file ; dkg:evidence/oa:hasSelector ?p .
        ?p oa:start ?s ; oa:end ?e . ?d eli:id_local ?id .
        OPTIONAL { ?d eli:type_document/skos:prefLabel ?type } OPTIONAL { ?d eli:date_document ?date } }""",
    "event": """SELECT ?file ?s ?e ?kind ?name ?role ?org ?date WHERE {
        ?x a dkg:PersonnelEvent ; dkg:eventKind ?kind ; dkg:subject/foaf:name ?name ;
           prov:wasDerivedFrom/dkg:sourceFile ?file ; dkg:evidence/oa:hasSelector ?p .
        ?p oa:start ?s ; oa:end ?e .
        OPTIONAL { ?x org:role/skos:prefLabel ?role . FILTER(lang(?role) = "vi") }
        OPTIONAL { ?x org:organization/skos:prefLabel ?org } OPTIONAL { ?x schema:startDate ?date } }""",
}
PREFIXES = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dkg: <https://w3id.org/dangkg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/> PREFIX eli: <http://data.europa.eu/eli/ontology#>
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args(argv)
    g = Graph().parse(a.graph)
    facts = []
    for kind, q in QUERIES.items():
        seen = set()
        for row in g.query(PREFIXES + q):
            values = tuple("" if v is None else str(v) for v in row)
            key = (values[0], *values[3:])  # one fact per article, whatever the passage
            if key not in seen:
                seen.add(key)
                facts.append((kind, *values))
    rng = random.Random(a.seed)
    sample = sorted(rng.sample(facts, min(a.n, len(facts))), key=lambda f: (f[1], int(f[2])))
    print("n\tkind\tfile\tstart\tend\tfact")
    for i, (kind, file, start, end, *rest) in enumerate(sample, 1):
        print(f"{i}\t{kind}\t{file}\t{start}\t{end}\t" + " | ".join(rest))
    print(f"{len(facts)} facts in the graph, {len(sample)} drawn", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
