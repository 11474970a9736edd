"""The IRI scheme (kg.iris): slugs, entity IRIs and graph node IRIs."""
from __future__ import annotations

import re

from rdflib import URIRef

from kg import iris


def test_a_slug_is_ascii_words_joined_by_dashes():
    assert iris.slugify("Bộ Tài chính") == "bo-tai-chinh"
    assert iris.slugify("bad\udcff") == "bad-xff"
    assert iris.slugify("!!!") == "x"


def test_a_long_slug_keeps_a_hash_of_all_of_it():
    long_a, long_b = "Ban " * 30 + "A", "Ban " * 30 + "B"
    assert iris.bounded_slug("Bộ Tài chính") == "bo-tai-chinh"
    a, b = iris.bounded_slug(long_a), iris.bounded_slug(long_b)
    assert a != b and len(a) <= 80 and len(b) <= 80


def test_names_differing_in_tone_marks_get_unique_slugs():
    slugs = iris.unique_slugs(["Thủ trưởng", "Thứ trưởng", "Bí thư"])
    assert slugs["Bí thư"] == "bi-thu"
    assert slugs["Thủ trưởng"] != slugs["Thứ trưởng"]
    assert slugs["Thủ trưởng"].startswith("thu-truong-")


def test_entity_iris():
    base = iris.BASE
    assert iris.person_iri("tran-van-tung") == f"{base}person/tran-van-tung"
    assert iris.person_iri("tran-van-tung", "a") == f"{base}person/tran-van-tung-{iris.short_hash('a')}"
    assert iris.org_iri("bo-tai-chinh") == f"{base}org/bo-tai-chinh"
    assert iris.org_iri("tinh-uy", "a") == f"{base}org/a/tinh-uy"
    assert iris.doc_iri("", 2008, "22-NQ/TW") == f"{base}doc/2008/22-nq-tw"
    assert iris.doc_iri("a", None, "194-NQ/DU") == f"{base}doc/a/undated/194-nq-du"
    assert iris.role_iri("bi-thu") == f"{base}role/bi-thu"


def test_node_iris_are_rdflib_terms_under_the_id_namespace():
    node = iris.evidence_iri("a", 1, 5)
    assert isinstance(node, URIRef) and node == URIRef(f"{iris.BASE}ev/a/1-5")
    assert iris.post_iri("membership", "a", 0) == URIRef(f"{iris.BASE}membership/a/0")
    assert iris.doctype_iri("Nghị quyết") == URIRef(f"{iris.BASE}doctype/nghi-quyet")
    assert iris.graph_iri("a") == URIRef(f"{iris.BASE}graph/a")


def test_a_person_iri_has_at_most_one_hash():
    """Two spellings of one slug (Thành/Thanh), each split into namesakes: one hash each,
    every IRI different, the same on every call."""
    shared = iris.shared_slugs(["Nguyễn Công Thành", "Nguyễn Công Thanh", "Lê Văn A"])
    assert shared["Lê Văn A"] == ("le-van-a", None)
    made = set()
    for name in ("Nguyễn Công Thành", "Nguyễn Công Thanh"):
        slug, spelling = shared[name]
        assert slug == "nguyen-cong-thanh" and spelling is not None
        for first in ("art-1", "art-2", None):
            iri = iris.person_iri(slug, first, spelling)
            assert iri == iris.person_iri(slug, first, spelling)
            assert re.fullmatch(rf"{iris.BASE}person/nguyen-cong-thanh-[0-9a-f]{{6}}", iri), iri
            made.add(iri)
    assert len(made) == 6


def test_a_slug_shared_by_spellings_keeps_its_old_hash_without_namesakes():
    """unique_slugs and person_iri agree: a person alone under a shared slug keeps the IRI
    earlier builds gave it."""
    slug, spelling = iris.shared_slugs(["Thủ trưởng", "Thứ trưởng"])["Thủ trưởng"]
    assert iris.person_iri(slug, None, spelling) == \
        f"{iris.BASE}person/{iris.unique_slugs(['Thủ trưởng', 'Thứ trưởng'])['Thủ trưởng']}"
