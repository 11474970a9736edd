"""What a reader of the exported graph sees: every person, body and post has an
rdfs:label (@vi), and graph.ttl / graph.trig name dangkg's own IRIs by the id: prefix and
still read back as the very triples of graph.nt / graph.nq."""
from __future__ import annotations

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import FOAF, ORG, RDF, RDFS, SKOS

from kg.iris import BASE, DKG
from kg.rdf.build import KIND_CLASS, POST_KINDS, post_label


def test_a_post_is_labelled_by_its_title_and_body():
    assert post_label("Bí thư", "Tỉnh ủy Nghệ An") == "Bí thư Tỉnh ủy Nghệ An"
    assert post_label("Thủ tướng", None) == "Thủ tướng"
    # words the title ends with and the body's name begins with are said once
    assert post_label("Bí thư Tỉnh ủy", "Tỉnh ủy Nghệ An") == "Bí thư Tỉnh ủy Nghệ An"
    assert post_label("Ủy viên Ban Cán sự", "Ban Cán sự đảng Bộ Y tế") == "Ủy viên Ban Cán sự đảng Bộ Y tế"
    # but never the whole title
    assert post_label("Bộ trưởng", "Bộ trưởng Bộ Y tế") == "Bộ trưởng Bộ trưởng Bộ Y tế"


def _one_vi_label(g: Graph, node) -> str:
    labels = list(g.objects(node, RDFS.label))
    assert len(labels) == 1 and isinstance(labels[0], Literal) and labels[0].language == "vi", (node, labels)
    return str(labels[0])


def test_persons_bodies_and_posts_have_a_vietnamese_label(seeds_build):
    out, _ = seeds_build
    g = Graph().parse(out / "graph.nt", format="nt")
    persons = set(g.subjects(RDF.type, DKG.Official))
    assert persons
    for p in persons:
        assert _one_vi_label(g, p) == str(g.value(p, FOAF.name))
    bodies = {s for cls in KIND_CLASS.values() for s in g.subjects(RDF.type, cls)}
    assert bodies
    for b in bodies:
        assert _one_vi_label(g, b) == str(g.value(b, SKOS.prefLabel))
    posts = {s for _, cls in POST_KINDS.values() for s in g.subjects(RDF.type, cls)}
    assert posts
    for post in posts:
        title = next(str(t) for t in g.objects(g.value(post, ORG.role), SKOS.prefLabel) if t.language == "vi")
        body = g.value(post, ORG.organization)
        name = str(g.value(body, SKOS.prefLabel)) if body is not None else None
        assert _one_vi_label(g, post) == post_label(title, name)
    assert Literal("Thứ trưởng Bộ Khoa học và Công nghệ", lang="vi") in set(g.objects(None, RDFS.label))

def test_turtle_and_trig_use_the_id_prefix_and_read_back_the_same(seeds_build):
    out, _ = seeds_build
    ttl = (out / "graph.ttl").read_text("utf-8")
    assert f"@prefix id: <{BASE}> ." in ttl
    assert f"<{BASE}person/" not in ttl and "id:person\\/" in ttl
    assert f"@prefix id: <{BASE}> ." in (out / "graph.trig").read_text("utf-8")
    triples = Graph().parse(out / "graph.nt", format="nt")
    assert set(Graph().parse(out / "graph.ttl", format="turtle")) == set(triples)
    assert set(Graph().parse(out / "graph.jsonld", format="json-ld")) == set(triples)
    trig, nquads = Dataset(), Dataset()
    trig.parse(out / "graph.trig", format="trig")
    nquads.parse(out / "graph.nq", format="nquads")
    assert set(trig.quads()) == set(nquads.quads()) and len(set(trig.quads())) > len(triples) / 2
