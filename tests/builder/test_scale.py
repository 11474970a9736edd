"""Building at scale gives the graph a plain build gives: --jobs, the Dask engine,
incremental builds, validation in parts, Oxigraph's exports, the prefix-tree patterns."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, PROV, RDF

from conftest import SEEDS, kg_in_new_process
from kg.iris import DKG
from kg.pipeline import build
from kg.validate import graph_parts, validate_graph, validate_in_parts
from kg.vocab import trie_alternation

pytestmark = pytest.mark.slow  # builds, servers under load: run by CI and on demand (pytest -m slow)


def _inputs(folder: Path, copies: int, start: int = 0) -> Path:
    """COPIES distinct variants of each seed (a line added, so no two have the same content):
    enough inputs for the process pool and the Dask cluster to be used."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            head, _, rest = seed.read_text("utf-8").partition("\n")  # (the end may be page furniture, dropped)
            variant = f"{head}\nĐây là bản tin thứ {i} về hội nghị này, đăng lại để thử nghiệm.\n{rest}"
            (folder / f"{i}_{seed.name}").write_text(variant, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def two_batches(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    first, second = _inputs(root / "first", 4), _inputs(root / "second", 4, start=4)
    clean = root / "clean"
    build([first, second], clean, jobs=1, progress=False)
    return root, first, second, (clean / "graph.nq").read_bytes()


def test_parallel_and_dask_builds_give_the_same_nquads(two_batches):
    pytest.importorskip("distributed")
    root, first, second, clean = two_batches
    build([first, second], root / "jobs2", jobs=2, progress=False)
    assert (root / "jobs2" / "graph.nq").read_bytes() == clean
    result = build([first, second], root / "dask", jobs=2, progress=False, engine="dask")
    assert result.count("built") == 40
    assert (root / "dask" / "graph.nq").read_bytes() == clean


def test_incremental_build_reads_only_new_or_changed_files_and_gives_the_clean_graph(two_batches, tmp_path):
    root, first, second, clean = two_batches
    into = tmp_path / "into"
    assert build([first], into, jobs=1, progress=False, into=True).reused == 0
    result = build([second], into, jobs=1, progress=False, into=True)
    assert result.reused == 20 and result.count("built") == 40  # the first batch was not read again
    assert (into / "graph.nq").read_bytes() == clean

    # a changed article is read again and its new facts replace the old
    changed = sorted(first.glob("*.txt"))[0]
    head, _, rest = changed.read_text("utf-8").partition("\n")
    changed.write_text(f"{head}\nÔng Trần Văn Mới, Bí thư Tỉnh ủy Nghệ An, phát biểu.\n{rest}", encoding="utf-8")
    try:
        result = build([first], into, jobs=1, progress=False, into=True)
        assert result.reused == 39
        fresh = tmp_path / "fresh"
        build([first, second], fresh, jobs=1, progress=False)
        assert (into / "graph.nq").read_bytes() == (fresh / "graph.nq").read_bytes()
        assert b"Tr\xe1\xba\xa7n V\xc4\x83n M\xe1\xbb\x9bi" in (into / "graph.nq").read_bytes()
    finally:
        changed.write_text(f"{head}\n{rest}", encoding="utf-8")  # the module's other tests share it


def test_a_cache_from_another_extractor_is_not_used(two_batches, tmp_path, monkeypatch):
    from kg.builder import stages

    root, first, _, _ = two_batches
    into = tmp_path / "into"
    build([first], into, jobs=1, progress=False, into=True)
    monkeypatch.setattr(stages, "extractor_fingerprint", lambda options=(): "another extractor")
    assert build([first], into, jobs=1, progress=False, into=True).reused == 0


def test_validation_in_parts_gives_the_whole_graph_report(seeds_build):
    out, _ = seeds_build
    g = Graph().parse(out / "graph.nt", format="nt")
    # break the graph so that there are violations to find: a second name, a meeting without article
    person = sorted(g.subjects(RDF.type, DKG.Official))[0]
    g.add((person, FOAF.name, Literal("Tên Thứ Hai")))
    meeting = sorted(g.subjects(RDF.type, DKG.Meeting))[0]
    g.remove((meeting, PROV.wasDerivedFrom, None))
    whole = validate_graph(g)
    assert whole.violations >= 2
    triples = set(g)
    assert len(graph_parts(triples, 200)) > 5
    assert validate_in_parts(triples, jobs=1, size=200) == whole
    assert validate_in_parts(triples, jobs=2, size=200) == whole


def test_every_export_holds_the_same_graph(seeds_build):
    out, result = seeds_build
    nt = Graph().parse(out / "graph.nt", format="nt")
    assert len(nt) == result.triples
    for name, fmt in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")):
        assert isomorphic(Graph().parse(out / name, format=fmt), nt), name
    for name, fmt in (("graph.trig", "trig"), ("graph.nq", "nquads")):
        ds = Dataset()
        ds.parse(out / name, format=fmt)
        union = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        assert isomorphic(union, nt), name
    lines = (out / "graph.nq").read_text("utf-8").splitlines()
    assert lines == sorted(lines)


def test_builds_are_byte_identical_across_processes(tmp_path):
    for seed in ("1", "2"):
        kg_in_new_process(["build", str(SEEDS), "--out", str(tmp_path / seed), "-q", "-j", "1"], seed)
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.nq", "graph.jsonld", "manifest.json"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


words = st.lists(st.text(alphabet="abà ", min_size=1, max_size=6), min_size=1, max_size=12, unique=True)


@settings(max_examples=300, deadline=None)
@given(words=words, text=st.text(alphabet="abàB ", max_size=40))
def test_prefix_tree_pattern_matches_like_the_longest_first_alternation(words, text):
    plain = re.compile("(?:%s)(?!a)" % "|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    tree = re.compile("%s(?!a)" % trie_alternation(words))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    folded = re.compile(trie_alternation(words), re.IGNORECASE)
    plain_folded = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))), re.IGNORECASE)
    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in plain_folded.finditer(text)]


def test_dask_engine_needs_its_scheduler_option_only_with_dask(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    res = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:1"])
    assert res.exit_code == 2 and "--engine dask" in res.output
    res = CliRunner().invoke(main, ["build", str(SEEDS)])
    assert res.exit_code == 2 and "--out" in res.output


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=40))
def test_taken_spans_answer_as_a_scan_of_every_span_would(spans):
    """Dates and names already read are kept as sorted spans (log time per check, so a
    text of thousands of them stays linear); the answers are a plain scan's."""
    from kg.extract.patterns import Spans

    taken, plain = Spans(), []
    for start, length in spans:
        end = start + length
        overlaps = any(a < end and start < b for a, b in plain)
        assert taken.overlaps(start, end) == overlaps
        if not overlaps:
            taken.add(start, end)
            plain.append((start, end))


def test_the_facts_cache_fingerprint_covers_every_module_reading_and_extraction_use():
    """A module the workers run but the fingerprint does not hash would let a build reuse
    facts its change made stale."""
    import subprocess
    import sys

    from kg.builder.cache import fingerprinted

    code = ("import sys; import kg.builder.runners, kg.extract; "
            "print('\\n'.join(m for m in sys.modules if m == 'kg' or m.startswith('kg.')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    extraction = [m for m in loaded if m.startswith(("kg.extract", "kg.ingest", "kg.vocab", "kg.text", "kg.model"))]
    assert len(extraction) > 30
    missing = [m for m in loaded if m not in ("kg", "kg.builder.cache") and not fingerprinted(m)
               and not m.startswith(("kg.export", "kg.rdf", "kg.output", "kg.resolve", "kg.store", "kg.validate"))]
    assert not missing, f"not in the facts cache's fingerprint: {missing}"
