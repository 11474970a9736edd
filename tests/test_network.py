"""kg network: the graphs of who chaired what, who met whom, who holds posts in which
bodies, who is named with whom and how bodies nest, their measures, and files that Gephi,
Cytoscape and networkx read back."""
from __future__ import annotations

import pytest

import json
from io import BytesIO

import networkx as nx
from click.testing import CliRunner

from kg.cli import main
from kg.network.facts import Fact, GraphFacts, Link, Node, read_facts
from kg.network.graphs import (BETWEENNESS_BUDGET, KIND_COLOURS, betweenness_samples, chair_graph, comention_graph, copresence_graph,
                               hierarchy_graph, measure, official_body_graph)
from kg.network.summary import summarize, top_nodes
from kg.network.write import build_graphs, gexf_graph
from kg.store import open_source
from conftest import gold_chairs, kg_in_new_process

P = "https://w3id.org/dangkg/id/person/"
M = "https://w3id.org/dangkg/id/meeting/"
B = "https://w3id.org/dangkg/id/org/"


def _facts() -> GraphFacts:
    """Two meetings: A chairs both, B attends both, C speaks at one; D holds a post only."""
    nodes = {P + x: Node(P + x, "official", x) for x in "ABCD"}
    nodes |= {M + x: Node(M + x, "meeting", f"Hội nghị {x}", facts=[Fact(f"Hội nghị {x}", "a.txt")]) for x in "12"}
    nodes |= {B + x: Node(B + x, "body", f"Đảng ủy {x}") for x in "XY"}
    links = [Link(P + "A", M + "1", "chaired"), Link(P + "A", M + "2", "chaired"),
             Link(P + "B", M + "1", "attended"), Link(P + "B", M + "2", "attended"),
             Link(P + "C", M + "2", "spoke"), Link(M + "1", B + "X", "organized_by"),
             Link(P + "D", B + "X", "holds_post", label="Bí thư", article="a.txt", year=2005),
             Link(P + "D", B + "X", "holds_post", label="Bí thư", article="b.txt", year=2007),
             Link(P + "D", B + "Y", "holds_post", label="Ủy viên", article="b.txt", year=2007),
             Link(P + "A", B + "Y", "holds_post", label="Phó Bí thư", article="c.txt"),
             Link(B + "X", B + "Y", "part_of")]
    # a.txt names A, B and C; b.txt A, B and D; c.txt A alone
    named = {"a.txt": (P + "A", P + "B", P + "C"), "b.txt": (P + "A", P + "B", P + "D"), "c.txt": (P + "A",)}
    return GraphFacts(nodes, links, named, {"a.txt": 2004, "b.txt": 2006})


def test_chair_graph_runs_from_officials_to_meetings_to_organizers():
    g = chair_graph(_facts())
    assert set(g.edges) == {(P + "A", M + "1"), (P + "A", M + "2"), (M + "1", B + "X")}
    assert g.nodes[P + "A"]["label"] == "A" and g.nodes[B + "X"]["kind"] == "body"


def test_copresence_counts_shared_meetings_in_any_role():
    g = copresence_graph(_facts())
    assert g[P + "A"][P + "B"]["weight"] == 2
    assert g[P + "A"][P + "C"]["weight"] == 1 and g[P + "B"][P + "C"]["weight"] == 1
    assert P + "D" not in g  # a post is not a meeting
    assert g[P + "A"][P + "B"]["meetings"] == "Hội nghị 1; Hội nghị 2"


def test_official_body_graph_weighs_posts_by_articles_with_their_titles_and_years():
    g = official_body_graph(_facts())
    assert set(map(frozenset, g.edges)) == {frozenset(e) for e in ((P + "D", B + "X"), (P + "D", B + "Y"),
                                                                    (P + "A", B + "Y"))}
    dx = g[P + "D"][B + "X"]
    assert (dx["weight"], dx["titles"], dx["articles"]) == (2, "Bí thư", "a.txt; b.txt")
    assert (dx["first_year"], dx["last_year"]) == (2005, 2007)
    assert "first_year" not in g[P + "A"][B + "Y"]  # no year known: no attribute, not a made-up one
    assert {g.nodes[P + "D"]["bipartite"], g.nodes[B + "X"]["bipartite"]} == {0, 1}
    assert nx.is_bipartite(g) and g.nodes[B + "Y"]["color"] == KIND_COLOURS["body"]
    assert (g.nodes[P + "D"]["first_year"], g.nodes[P + "D"]["last_year"]) == (2005, 2007)


def test_comention_links_officials_by_the_articles_naming_them_together():
    g = comention_graph(_facts())
    assert g[P + "A"][P + "B"]["weight"] == 2 and g[P + "A"][P + "B"]["articles"] == "a.txt; b.txt"
    assert g[P + "A"][P + "C"]["weight"] == 1
    assert not g.has_edge(P + "C", P + "D")  # never named in one article
    assert (g[P + "A"][P + "B"]["first_year"], g[P + "A"][P + "B"]["last_year"]) == (2004, 2006)
    assert g.nodes[P + "A"]["articles"] == 3  # c.txt names A alone: counted, but no edge
    assert g.nodes[P + "C"]["kind"] == "official" and g.nodes[P + "C"]["color"] == KIND_COLOURS["official"]
    # a node's years cover its edges', so Gephi's timeline never shows an edge without its ends
    assert (g.nodes[P + "D"]["first_year"], g.nodes[P + "D"]["last_year"]) == (2006, 2006)
    assert g.number_of_nodes() == 4 and g.number_of_edges() == 5


def test_measures_and_summary_rank_each_measure_on_its_graph_and_never_a_zero():
    graphs = build_graphs(_facts())
    chairs, co = graphs["chairs"], graphs["copresence"]
    assert chairs.nodes[M + "1"]["betweenness"] > 0  # the meeting joins its chair to its organizer
    assert co.nodes[P + "A"]["eigenvector"] >= co.nodes[P + "C"]["eigenvector"]
    assert all(d["community"] >= 1 for _, d in co.nodes(data=True))
    assert graphs["comention"].nodes[P + "A"]["weighted_degree"] == 4  # A-B twice, A-C, A-D
    summary = summarize(graphs)
    assert summary.top_chairs == [("A", ["Hội nghị 1", "Hội nghị 2"])]
    named, linking, bodies, meetings = summary.rankings
    assert (named.graph, linking.graph, bodies.graph, meetings.graph) == (
        "comention", "official_body", "official_body", "copresence")
    assert [row[:2] for row in named.rows][:2] == [("A", 4), ("B", 4)]
    # on official_body only D links two bodies (X and Y) through A's Y: A lies between no two
    assert [row[0] for row in linking.rows] == ["D"]
    assert [row[:2] for row in bodies.rows] == [("Đảng ủy Y", 2), ("Đảng ủy X", 1)]
    # at the meetings A and B met everyone: no one lies between two others
    assert meetings.rows == [] and meetings.none in summary.markdown({}, {})
    assert summary.communities and set(summary.communities[0]) <= {"A", "B", "C", "D"}
    text = summary.markdown({"comention": (4, 5)}, {"comention": "named together"})
    assert "## Officials linking bodies (official_body graph: betweenness" in text


def test_top_nodes_leave_out_those_with_none_of_the_measure():
    g = nx.Graph()
    g.add_node("x", kind="official", label="X", betweenness=0.0)
    g.add_node("y", kind="official", label="Y", betweenness=0.5)
    g.add_node("z", kind="body", label="Z", betweenness=0.9)
    assert [iri for iri, _ in top_nodes(g, "betweenness", "official", 10)] == ["y"]


def test_betweenness_is_exact_on_small_graphs_and_sampled_within_budget_on_large_ones():
    assert betweenness_samples(500, 2_000) is None
    k = betweenness_samples(5_000, 20_000)
    assert 100 < k < 5_000 and k * 25_000 <= BETWEENNESS_BUDGET
    assert betweenness_samples(200_000, 5_000_000) == 100  # never fewer than 100 sources


def test_betweenness_measured_part_by_part_is_networkx_on_the_whole_graph():
    g = nx.disjoint_union_all([nx.path_graph(5), nx.star_graph(4), nx.complete_graph(2), nx.path_graph(1)])
    g = nx.relabel_nodes(g, {i: f"n{i:02d}" for i in g})
    for i, (_, _, d) in enumerate(sorted(g.edges(data=True))):
        d["weight"] = 1 + i % 3
    work = g.copy()
    for _, _, d in work.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    expected = nx.betweenness_centrality(work, weight="distance")
    measure(g)
    assert {iri: d["betweenness"] for iri, d in g.nodes(data=True)} == {
        iri: round(v, 6) for iri, v in expected.items()}
    assert max(expected.values()) > 0


def test_gexf_carries_years_as_a_timeline_and_colours_as_viz():
    g = official_body_graph(_facts())
    measure(g)
    gexf = nx.read_gexf(BytesIO("\n".join(nx.generate_gexf(gexf_graph(g))).encode("utf-8")))
    d = gexf.nodes[P + "D"]
    assert (d["start"], d["end"]) == ("2005-01-01", "2007-12-31")
    assert d["viz"]["color"] == {"r": 0xd6, "g": 0x27, "b": 0x28, "a": 1.0}
    assert gexf.edges[P + "D", B + "X"]["start"] == "2005-01-01"
    assert "start" not in gexf.nodes[P + "A"]  # no year known


TURTLE = """
@prefix dkg: <https://w3id.org/dangkg/ontology#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix id: <https://w3id.org/dangkg/id/> .
id:a1 a schema:NewsArticle ; dkg:sourceFile "a1.txt" ; schema:datePublished "2005-03-01"^^xsd:date .
id:a2 a schema:NewsArticle ; dkg:sourceFile "a2.txt" .
id:pa a dkg:Official ; foaf:name "An" ; prov:wasDerivedFrom id:a1 , id:a2 .
id:pb a dkg:Official ; foaf:name "Bình" ; prov:wasDerivedFrom id:a1 .
id:pc a dkg:Official ; foaf:name "Cúc" .
id:ub a dkg:StateAgency ; skos:prefLabel "Ủy ban" .
id:chu-tich a org:Role ; skos:prefLabel "Chủ tịch"@vi .
id:m1 a org:Membership ; org:member id:pc ; org:role id:chu-tich ; org:organization id:ub ;
    prov:wasDerivedFrom id:a2 .
"""


def test_the_reader_knows_which_officials_each_article_names(tmp_path):
    ttl = tmp_path / "g.ttl"
    ttl.write_text(TURTLE, "utf-8")
    facts = read_facts(open_source(ttl))
    a, b, c = (f"https://w3id.org/dangkg/id/p{x}" for x in "abc")
    # Cúc has no provenance of her own: the post read from a2 names her
    assert facts.named == {"a1.txt": (a, b), "a2.txt": (a, c)}
    assert facts.article_years == {"a1.txt": 2005}
    co = comention_graph(facts)
    assert sorted(co.edges) == [(a, b), (a, c)] and co[a][b]["first_year"] == 2005
    held = official_body_graph(facts)
    assert held.number_of_edges() == 1 and held[c]["https://w3id.org/dangkg/id/ub"]["titles"] == "Chủ tịch"


def test_kg_network_writes_files_networkx_reads_back_and_names_the_seeds_chairs(seeds_build, tmp_path):
    out, _ = seeds_build
    net = tmp_path / "net"
    result = CliRunner().invoke(main, ["network", str(out), "--out", str(net)])
    assert result.exit_code == 0, result.output
    figures = json.loads((net / "summary.json").read_text("utf-8"))
    for name in ("chairs", "copresence", "official_body", "comention", "hierarchy"):
        for read in (nx.read_graphml, nx.read_gexf):
            g = read(net / f"{name}.{'graphml' if read is nx.read_graphml else 'gexf'}")
            assert (g.number_of_nodes(), g.number_of_edges()) == (
                figures["graphs"][name]["nodes"], figures["graphs"][name]["edges"]), (name, read)
        nodes = (net / f"{name}-nodes.csv").read_text("utf-8").splitlines()
        assert len(nodes) - 1 == figures["graphs"][name]["nodes"]
    assert figures["graphs"]["chairs"]["edges"] > 0
    summary = (net / "summary.md").read_text("utf-8")
    for chair, _ in gold_chairs():
        assert chair in summary
        assert chair in {name for name, _ in figures["top_chairs"]}
    chairs = nx.read_graphml(net / "chairs.graphml")
    assert {d["kind"] for _, d in chairs.nodes(data=True)} == {"official", "meeting", "body"}
    assert {d["color"] for _, d in chairs.nodes(data=True)} == {KIND_COLOURS[k] for k in ("official", "meeting", "body")}
    assert figures["graphs"]["official_body"]["edges"] > 0 and figures["graphs"]["comention"]["edges"] > 0
    co = nx.read_graphml(net / "comention.graphml")
    assert any("first_year" in d for _, _, d in co.edges(data=True))  # the seeds' articles have dates
    assert "comention graph: weighted degree" in summary and "official_body graph: betweenness" in summary


@pytest.mark.slow
def test_kg_network_is_deterministic_and_reports_a_bad_source(seeds_build, tmp_path):
    out, _ = seeds_build
    for run, seed in (("a", "1"), ("b", "2")):
        kg_in_new_process(["network", str(out / "graph.ttl"), "--out", str(tmp_path / run)], seed)
    for f in sorted((tmp_path / "a").iterdir()):
        assert f.read_bytes() == (tmp_path / "b" / f.name).read_bytes(), f.name
    bad = tmp_path / "notes.txt"
    bad.write_text("not RDF", "utf-8")
    result = CliRunner().invoke(main, ["network", str(bad), "--out", str(tmp_path / "c")])
    assert result.exit_code == 2 and "unknown RDF format" in result.output
