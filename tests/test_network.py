"""kg network: the graphs of who chaired what, who met whom and how bodies nest, their
measures, and files that Gephi, Cytoscape and networkx read back."""
from __future__ import annotations

import pytest

import json

import networkx as nx
from click.testing import CliRunner

from kg.cli import main
from kg.network.facts import Fact, GraphFacts, Link, Node
from kg.network.graphs import chair_graph, copresence_graph, hierarchy_graph, measure, summarize
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
             Link(P + "D", B + "X", "holds_post", label="Bí thư"), Link(B + "X", B + "Y", "part_of")]
    return GraphFacts(nodes, links)


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


def test_measures_and_summary():
    facts = _facts()
    chairs, co = chair_graph(facts), copresence_graph(facts)
    for g in (chairs, co, hierarchy_graph(facts)):
        measure(g)
    assert chairs.nodes[M + "1"]["betweenness"] > 0  # the meeting joins its chair to its organizer
    assert co.nodes[P + "A"]["eigenvector"] >= co.nodes[P + "C"]["eigenvector"]
    assert all(d["community"] >= 1 for _, d in co.nodes(data=True))
    summary = summarize(chairs, co)
    assert summary.top_chairs == [("A", ["Hội nghị 1", "Hội nghị 2"])]
    assert summary.communities and set(summary.communities[0]) <= {"A", "B", "C"}


def test_kg_network_writes_files_networkx_reads_back_and_names_the_seeds_chairs(seeds_build, tmp_path):
    out, _ = seeds_build
    net = tmp_path / "net"
    result = CliRunner().invoke(main, ["network", str(out), "--out", str(net)])
    assert result.exit_code == 0, result.output
    figures = json.loads((net / "summary.json").read_text("utf-8"))
    for name in ("chairs", "copresence", "hierarchy"):
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
