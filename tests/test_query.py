"""Asking the graph: the embedded store a build leaves, bundled queries, parameters, formats."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import query as q
from kg.cli import main
from kg.store import is_store
from conftest import gold_chairs


def test_a_build_leaves_a_store_that_opens_read_only(seeds_build):
    out, _ = seeds_build
    assert is_store(out / "store")
    people = q.run(out, "people")
    assert ("Nguyễn Văn Thành",) in {r[:1] for r in people.rows}


def test_who_chaired_what_lists_exactly_the_gold_chairs_with_their_dates(seeds_build):
    want = gold_chairs()
    out, _ = seeds_build
    result = CliRunner().invoke(main, ["query", str(out), "who-chaired-what", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {(r["chair"], r["date"]) for r in rows} == want
    assert len(rows) == len(want)
    assert all(r["article"].endswith(".txt") and r["meeting"] for r in rows)


def test_parameters_are_bound_as_values_never_as_query_text(seeds_build):
    out, _ = seeds_build
    posts = q.run(out, "posts-of", {"name": "Nguyễn Văn Thành"})
    assert posts.columns[:3] == ("name", "title", "body")
    assert {(r[1], r[3]) for r in posts.rows} >= {("Giám đốc", "current"), ("Bí thư", "current")}
    # a value that would break out of a string if pasted into the query is only a name no one has
    hostile = 'x" } } ; SELECT * WHERE { ?s ?p ?o } #'
    assert q.run(out, q.bundled()["posts-of"], {"name": hostile}).rows == ()  # the text: bound as is
    with pytest.raises(q.NoMatch):  # the bundled query: matched to the graph's names, none
        q.run(out, "posts-of", {"name": hostile})
    with pytest.raises(ValueError, match="nobody"):
        q.run(out, "who-chaired-what", {"nobody": "x"})


def test_any_rdf_file_answers_as_the_store_does(seeds_build):
    out, _ = seeds_build
    from_store = q.run(out, "who-chaired-what")
    for name in ("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld"):
        assert q.run(out / name, "who-chaired-what").rows == from_store.rows, name


def test_queries_by_file_or_string_and_clear_errors(seeds_build, tmp_path):
    out, _ = seeds_build
    rq = tmp_path / "names.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name }", "utf-8")
    assert int(q.run(out, str(rq)).rows[0][0]) >= 13
    assert q.run(out, "ASK { ?m a <https://w3id.org/dangkg/ontology#Meeting> }").rows == (("true",),)
    with pytest.raises(ValueError, match="who-chaired-what"):
        q.run(out, "who-chaired")  # a typo names the bundled queries
    result = CliRunner().invoke(main, ["query", str(out), "SELECT ?x WHERE { ?x"])
    assert result.exit_code == 2 and "kg query:" in result.output


def test_formats_and_the_list_of_bundled_queries(seeds_build):
    out, _ = seeds_build
    result = q.run(out, "who-chaired-what")
    table = q.render(result, "table").splitlines()
    assert table[0].split() == list(result.columns) and table[-1] == f"({len(result.rows)} rows)"
    assert [r for r in csv.reader(io.StringIO(q.render(result, "tsv")), delimiter="\t")][1:] == [list(r) for r in result.rows]
    assert json.loads(q.render(result, "json"))[0].keys() == set(result.columns)
    listing = CliRunner().invoke(main, ["query", str(out), "--list"]).output
    for name in ("who-chaired-what", "posts-of", "meetings-of", "documents", "hierarchy", "people"):
        assert name in listing


def test_the_bundled_queries_answer_the_same_in_rdflib(seeds_build):
    # the queries are plain SPARQL 1.1: any engine gives the same rows (bench/query_speed.py
    # times the two on a million triples)
    from rdflib import Graph

    out, _ = seeds_build
    g = Graph().parse(out / "graph.ttl")
    for name in ("who-chaired-what", "documents", "hierarchy", "people"):
        ours = set(q.run(out, name).rows)
        assert ours, name  # two engines agreeing on nothing would prove nothing
        theirs = {tuple("" if v is None else str(v) for v in row) for row in g.query(q.query_text(name))}
        assert theirs == ours, name


def test_every_bundled_query_declares_its_parameters_in_its_header():
    declared = {name: q.parameters(text) for name, text in q.bundled().items()}
    assert declared["posts-of"] == {"name": q.Parameter("name", True, "person")}
    assert declared["careers"] == {"name": q.Parameter("name", True, "person")}
    assert declared["meetings-of"] == {"body": q.Parameter("body", True, "body")}
    for name, text in q.bundled().items():
        assert "# parameters:" in text, name
        # each declared parameter is a variable of the query, a loose one with the line its values go in
        assert all(f"?{p}" in text for p in declared[name]), name
        assert all(p.loose in q.LOOSE_VALUES and q.placeholder(p.name).search(text)
                   for p in declared[name].values() if p.loose), name


def test_missing_and_unknown_parameters_are_usage_errors_and_list_needs_no_source(seeds_build):
    out, _ = seeds_build
    runner = CliRunner()
    missing = runner.invoke(main, ["query", str(out), "posts-of"])
    assert missing.exit_code == 2 and "needs the parameter name" in missing.stderr
    unknown = runner.invoke(main, ["query", str(out), "meetings-of", "-p", "body=x", "-p", "nam=y"])
    assert unknown.exit_code == 2 and "'nam'" in unknown.stderr and "accepted: body" in unknown.stderr
    none = runner.invoke(main, ["query", str(out), "people", "-p", "name=y"])
    assert none.exit_code == 2 and "accepted: none" in none.stderr
    listing = runner.invoke(main, ["query", "--list"])
    assert listing.exit_code == 0 and "posts-of" in listing.output and "parameters: name (required" in listing.output


def test_a_name_parameter_matches_loosely_and_one_matching_nothing_gets_a_hint(seeds_build):
    out, _ = seeds_build
    exact = q.run(out, "posts-of", {"name": "Nguyễn Văn Thành"})
    assert exact.rows
    for spelling in ("nguyen van thanh", "  NGUYỄN  văn thành", unicodedata.normalize("NFD", "Nguyễn Văn Thành")):
        loose = q.run(out, "posts-of", {"name": spelling})
        assert {r for r in loose.rows if r[0] == "Nguyễn Văn Thành"} == set(exact.rows), spelling
    part = q.run(out, "posts-of", {"name": "Văn Thành"})
    assert set(exact.rows) <= set(part.rows) and all("Văn Thành" in r[0] for r in part.rows)
    result = CliRunner().invoke(main, ["query", str(out), "posts-of", "-p", "name=Nguyen Van Thanhh"])
    assert result.exit_code == 1 and "closest: " in result.stderr and "Nguyễn Văn Thành" in result.stderr
    assert q.run(out, "posts-of", {"name": "Nguyễn Văn Thành"}, max_rows=1).cut == (len(exact.rows) > 1)


def test_a_loose_parameter_is_matched_to_things_of_its_kind_and_takes_no_iri(seeds_build):
    out, _ = seeds_build
    runner = CliRunner()
    # a post's title is no body's name
    title = runner.invoke(main, ["query", str(out), "meetings-of", "-p", "body=Phó Chủ tịch"])
    assert title.exit_code == 1 and "no body name" in title.stderr
    iri = runner.invoke(main, ["query", str(out), "posts-of", "-p", "name=<https://w3id.org/dangkg/id/person/x>"])
    assert iri.exit_code == 2 and "not an IRI" in iri.stderr


def test_the_values_go_on_the_placeholder_line_whatever_else_the_query_says():
    text = "# parameters: name (required, loose: person)\nSELECT * WHERE {\n  # VALUES ?name here\n  ?p <x:n> ?name }"
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("x:p"), ox.NamedNode("http://xmlns.com/foaf/0.1/name"), ox.Literal("Lê Văn A")))
    store.add(ox.Quad(ox.NamedNode("x:p"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                      ox.NamedNode("http://xmlns.com/foaf/0.1/Person")))
    resolved, bound = q._resolved(store, text, q.parameters(text), {"name": "le van a"}, None)
    assert bound == {} and '  VALUES ?name { "Lê Văn A" }\n  ?p <x:n> ?name }' in resolved
    with pytest.raises(ValueError, match="no line '# VALUES"):
        q._resolved(store, text.replace("# VALUES ?name here", ""), q.parameters(text), {"name": "le van a"}, None)
