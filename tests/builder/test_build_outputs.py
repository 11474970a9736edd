"""A build of seeds/: files, evidence, named graphs, determinism, manifest, bad inputs."""
from __future__ import annotations

import pytest

import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import ORG, PROV, RDF

from kg import vocab as vocab_module
from kg.cli import main
from kg.ingest.reader import read_file
from kg.iris import DKG, OA
from kg.pipeline import build

from conftest import SEEDS  # noqa: E402


def test_every_output_is_written(seeds_build):
    out, result = seeds_build
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.nt", "validation.txt", "manifest.json",
                 "resolution.json"):
        assert (out / name).stat().st_size > 0, name
    assert result.validation.conforms, result.validation.text()
    assert (out / "validation.txt").read_text().startswith("The graph conforms")


def test_no_blank_nodes_and_every_fact_traced(seeds_build):
    out, _ = seeds_build
    g = Graph().parse(out / "graph.ttl")
    assert not any(isinstance(t, BNode) for triple in g for t in triple)
    for cls in (DKG.Meeting, DKG.DocumentMention, URIRef("http://www.w3.org/ns/org#Membership")):
        nodes = list(g.subjects(RDF.type, cls))
        assert nodes
        assert all(g.value(n, PROV.wasDerivedFrom) is not None for n in nodes)
        assert all(g.value(n, DKG.evidence) is not None for n in nodes)


def test_evidence_selectors_point_into_the_normalised_text(seeds_build):
    out, _ = seeds_build
    g = Graph().parse(out / "graph.ttl")
    vocab = vocab_module.load()
    texts = {}
    evidence = set(g.objects(None, DKG.evidence))
    assert len(evidence) >= 40  # (42 on the seeds) an empty graph would pass the loop below
    for ev in evidence:
        article = g.value(ev, OA.hasSource)
        source = str(g.value(article, DKG.sourceFile))
        if source not in texts:
            texts[source] = read_file(SEEDS / source, vocab).text
        quote = pos = None
        for sel in g.objects(ev, OA.hasSelector):
            if (sel, RDF.type, OA.TextQuoteSelector) in g:
                quote = str(g.value(sel, OA.exact))
            else:
                pos = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))
        assert texts[source][pos[0] : pos[1]] == quote


def test_trig_has_one_graph_per_article_and_provenance(seeds_build):
    out, _ = seeds_build
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    names = {str(c.identifier) for c in ds.graphs()}
    for seed in SEEDS.glob("*.txt"):
        key = seed.stem.replace("_", "-")
        assert f"https://w3id.org/dangkg/id/graph/{key}" in names
    meta = ds.graph(URIRef("https://w3id.org/dangkg/id/graph/meta"))
    assert len(list(meta.subjects(PROV.wasGeneratedBy, None))) == len(list(SEEDS.glob("*.txt")))


def test_builds_are_deterministic(tmp_path, seeds_build):
    out, _ = seeds_build
    again = tmp_path / "again"
    build([SEEDS], again, jobs=1, progress=False)
    for name in ("graph.nt", "manifest.json", "resolution.json"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
    assert sorted((out / "graph.ttl").read_text().splitlines()) == sorted((again / "graph.ttl").read_text().splitlines())


@pytest.mark.slow
def test_parallel_build_gives_the_same_graph(tmp_path, seeds_build):
    out, _ = seeds_build
    many = tmp_path / "in"
    many.mkdir()
    for i in range(8):  # enough inputs for the process pool to be used
        for seed in SEEDS.glob("*.txt"):
            (many / f"{i}_{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\n{i}", encoding="utf-8")
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    build([many], serial, jobs=1, progress=False)
    build([many], parallel, jobs=2, progress=False)
    assert (serial / "graph.nt").read_bytes() == (parallel / "graph.nt").read_bytes()


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEEDS / "002_1ce143350da27395.txt", inputs / "good.txt")
    shutil.copy(SEEDS / "002_1ce143350da27395.txt", inputs / "copy.txt")
    (inputs / "empty.txt").write_text("")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (inputs / "latin.txt").write_bytes("Hội nghị".encode("utf-8") + b" \xff")  # broken UTF-8 at byte 13
    runner = CliRunner()
    res = runner.invoke(main, ["build", str(inputs), "--out", str(tmp_path / "out"), "-q"])
    assert res.exit_code == 3, res.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    status = {entry["path"].rsplit("/", 1)[-1]: (entry["status"], entry.get("reason", "")) for entry in manifest["inputs"]}
    assert status["good.txt"][0] == "built" or status["copy.txt"][0] == "built"
    assert "duplicate content" in (status["copy.txt"][1] + status["good.txt"][1])
    assert status["empty.txt"][0] == "skipped"
    assert status["binary.txt"][0] == "skipped"
    assert status["latin.txt"] == ("failed", "not valid UTF-8 at byte 13")
    assert manifest["summary"] == {"built": 1, "skipped": 3, "failed": 1, "triples": manifest["summary"]["triples"]}
    persons = {e["counts"]["persons"] for e in manifest["inputs"] if e["status"] == "built"}
    assert persons == {2}


def test_validate_names_the_meeting_and_rule(seeds_build, tmp_path):
    out, _ = seeds_build
    runner = CliRunner()
    ok = runner.invoke(main, ["validate", str(out / "graph.ttl")])
    assert ok.exit_code == 0 and ok.output.startswith("The graph conforms")
    g = Graph().parse(out / "graph.ttl")
    meeting = sorted(g.subjects(RDF.type, DKG.Meeting))[0]
    g.remove((meeting, PROV.wasDerivedFrom, None))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    bad = runner.invoke(main, ["validate", str(broken)])
    assert bad.exit_code == 1
    line = next(line for line in bad.output.splitlines() if line.startswith("Violation"))
    assert str(meeting) in line and "prov:wasDerivedFrom" in line and "Meeting-wasDerivedFrom" in line


def test_strict_build_fails_on_violations(tmp_path, monkeypatch):
    from kg.builder import stages
    from kg.validate import Finding, Report

    monkeypatch.setattr(stages, "validate_in_parts", lambda triples, jobs, **progress: Report(False, (Finding("Violation", "x", "", "p", "r", "m"),)))
    res = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "o"), "--strict", "-q"])
    assert res.exit_code == 1


def test_former_posts_are_kept_apart(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Ông Nguyễn Văn Bình, nguyên Bí thư Tỉnh ủy Nghệ An, Trưởng ban Kinh tế Trung ương "
                               "phát biểu tại hội nghị.", encoding="utf-8")
    build([src], tmp_path / "out", jobs=1, progress=False)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    former = list(g.subjects(RDF.type, DKG.FormerPost))
    current = list(g.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#Membership")))
    assert len(former) == 1 and len(current) == 1
    role = g.value(former[0], URIRef("http://www.w3.org/ns/org#role"))
    assert "Bí thư" in {str(o) for o in g.objects(role, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))}
    assert g.value(former[0], DKG.evidence) is not None


def test_an_articles_counts_are_the_manifests_keys(seeds_build):
    from kg.model import FACT_COUNTS

    _, result = seeds_build
    assert all(tuple(f.counts()) == FACT_COUNTS for f in result.facts) and result.facts


def test_the_build_counts_the_graphs_distinct_nodes_everywhere(tmp_path):
    """One count of persons: the summary line, manifest.json's totals, the graph's person
    nodes and the rows of `kg query people` agree; an input's record counts its article's
    mentions (two articles naming one official count it in each, the totals once)."""
    from kg import query as q
    from kg.builder.manifest import NODE_CLASSES

    out = tmp_path / "out"
    done = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "-q", "-j", "1"])
    assert done.exit_code == 0, done.output
    g = Graph().parse(out / "graph.nt", format="nt")
    nodes = {kind: len({s for c in classes for s in g.subjects(RDF.type, c)}) for kind, classes in NODE_CLASSES.items()}
    m = json.loads((out / "manifest.json").read_text("utf-8"))
    assert m["totals"] == nodes and nodes["persons"] > 0
    assert nodes["posts"] == sum(nodes[k] for k in ("former_posts", "accused_posts")) + len(
        set(g.subjects(RDF.type, ORG.Membership)))  # every post, whatever its standing
    assert f"{nodes['persons']} persons, {nodes['posts']} posts" in done.output
    assert len(q.run(out, "people").rows) == nodes["persons"]
    mentioned = sum(i["counts"]["persons"] for i in m["inputs"] if "counts" in i)
    assert mentioned >= nodes["persons"]  # each node is named by one article at least


def test_the_summary_counts_every_post_saying_the_former_ones():
    from kg.builder.manifest import said_counts

    nodes = {"persons": 3, "posts": 7, "former_posts": 2, "accused_posts": 1, "meetings": 1, "documents": 0,
             "events": 2, "bodies": 5}
    assert said_counts(nodes) == ("3 persons, 7 posts (2 former, 1 of the time of a case), 1 meetings, "
                                  "0 documents, 2 events")
    assert said_counts(nodes | {"posts": 4, "former_posts": 0, "accused_posts": 0}).startswith(
        "3 persons, 4 posts, 1 meetings")


def test_the_graphs_totals_count_a_former_post_among_posts_too():
    from types import SimpleNamespace

    from kg.builder.manifest import graph_totals
    from kg.iris import DKG

    triples = [(URIRef("x:p1"), RDF.type, ORG.Membership), (URIRef("x:p2"), RDF.type, DKG.FormerPost),
               (URIRef("x:p3"), RDF.type, DKG.AccusedPost), (URIRef("x:a"), RDF.type, DKG.Official)]
    totals = graph_totals(SimpleNamespace(graphs={"g1": triples[:2], "g2": triples[2:] + triples[:1]}))
    assert (totals["posts"], totals["former_posts"], totals["accused_posts"], totals["persons"]) == (3, 1, 1, 1)
