"""A folder of every kind of input: each format and encoding gives the officials its UTF-8
twin gives, and every file is accounted for in the manifest."""
from __future__ import annotations

import pytest

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from conftest import ROOT, SEEDS, needs_shared
from kg.cli import main

TWIN = SEEDS / "002_1ce143350da27395.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "messy"


def _where(entry: dict) -> str:
    name = entry["path"].rsplit("/", 1)[-1]
    return name if "line" not in entry else f"{name}:{entry['line']}"


def _article_persons(out) -> dict[str, set[str]]:
    """Per article key: the foaf:name of every person the graph derives from it."""
    from rdflib import Dataset, Namespace
    from rdflib.namespace import FOAF, PROV

    ds = Dataset(default_union=True)
    ds.parse(out / "graph.nq", format="nquads")
    article = Namespace("https://w3id.org/dangkg/id/article/")
    found: dict[str, set[str]] = {}
    for person, name in ds.subject_objects(FOAF.name):
        if "/person/" in person:
            for art in ds.objects(person, PROV.wasDerivedFrom):
                found.setdefault(str(art).removeprefix(str(article)), set()).add(str(name))
    return found


# What tests/fixtures/messy/ holds (made by tests/fixtures/make_messy.py from TWIN) and what
# must happen to each input; every readable article must give the twin's officials.
READABLE = {"utf8.txt", "utf8-nfd.txt", "utf8-bom.txt", "utf16.txt", "utf16le-nomark.txt", "utf32.txt",
            "cp1258.txt", "truncated.txt", "page.html", "page-cp1258.htm", "page-saved-as.txt",
            "articles.jsonl:1", "articles.jsonl:3", "articles.jsonl:8"}
NOT_READ = {
    "empty.txt": ("skipped", "empty"),
    "blank.txt": ("skipped", "empty"),
    "binary.txt": ("skipped", "not text"),
    "huge.txt": ("skipped", "too large"),
    "index-page.html": ("skipped", "no article"),
    "z-duplicate-of-utf8.txt": ("skipped", "duplicate content of"),
    "articles.jsonl:6": ("skipped", "empty"),
    "broken-utf8.txt": ("failed", "not valid UTF-8 at byte"),
    "articles.jsonl:4": ("failed", "not valid JSON"),
    "articles.jsonl:5": ("failed", 'no "text" field'),
    "articles.jsonl:7": ("failed", "not a JSON object"),
}


@pytest.mark.slow
def test_a_folder_of_every_format_encoding_and_bad_case_is_accounted_for(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(FIXTURES, src)
    with (src / "huge.txt").open("wb") as fh:  # 50 MB, sparse: skipped by its size, never read
        fh.truncate(50 * 2**20)
    res = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "-q", "-j", "1"])
    assert res.exit_code == 3, res.output  # some inputs failed; the graph of the rest is written
    assert f"{len(READABLE)} built, 7 skipped, 4 failed" in res.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    status = {_where(e): (e["status"], e.get("reason", "")) for e in manifest["inputs"]}
    assert set(status) == READABLE | set(NOT_READ)
    # every file of the folder is in the manifest, itself or by its lines
    assert {p.name for p in src.iterdir()} == {w.split(":")[0] for w in status}
    assert all(status[w][0] == "built" for w in READABLE), status
    for where, (state, reason) in NOT_READ.items():
        assert status[where][0] == state and reason in status[where][1], (where, status[where])
        assert f"{state}: {src / where.split(':')[0]}{where[len(where.split(':')[0]):]}: " in res.output

    twin = CliRunner().invoke(main, ["build", str(TWIN), "--out", str(tmp_path / "twin"), "-q"])
    assert twin.exit_code == 0
    (twin_names,) = _article_persons(tmp_path / "twin").values()
    persons = _article_persons(tmp_path / "out")
    keys = {_where(e): e["article_key"] for e in manifest["inputs"] if e["status"] == "built"}
    assert twin_names and {w: persons[keys[w]] for w in READABLE} == {w: twin_names for w in READABLE}

    # the dateline and source URL of pages and records are read from their markup and fields
    nt = (tmp_path / "out" / "graph.nt").read_text("utf-8")
    for where in ("page.html", "page-cp1258.htm", "articles.jsonl:1", "articles.jsonl:3"):
        assert (f"<https://w3id.org/dangkg/id/article/{keys[where]}> <https://schema.org/datePublished> "
                f'"2020-12-28T13:39:00"') in nt, where
    assert f"/article/{keys['articles.jsonl:8']}> <https://schema.org/url> \"https://skhcn.example.gov.vn/tin-tuc/b.html\"" in nt
    assert f'/article/{keys["articles.jsonl:3"]}> <https://w3id.org/dangkg/ontology#sourceLine> "3"' in nt


def test_the_fixture_folder_is_what_its_script_makes(tmp_path, monkeypatch):
    """tests/fixtures/messy/ is kept in the repository so a person can look at it; it must
    not drift from the script that documents how each file was made."""
    import fixtures.make_messy as make

    monkeypatch.setattr(make, "OUT", tmp_path / "messy")
    make.main()
    made = {p.name: p.read_bytes() for p in (tmp_path / "messy").iterdir()}
    assert made == {p.name: p.read_bytes() for p in FIXTURES.iterdir()}


def test_an_unknown_encoding_is_a_usage_error(tmp_path):
    res = CliRunner().invoke(main, ["build", str(TWIN), "--out", str(tmp_path / "o"), "-q", "--encoding", "nope"])
    assert res.exit_code == 2 and "unknown encoding" in res.output


def test_the_corpus_originals_in_utf16_read_like_their_utf8_copies(tmp_path):
    raw = needs_shared("corpus", "raw-encodings")
    corpus = needs_shared("corpus", "vnnews")
    originals = sorted(raw.glob("*.utf16le.txt"))[:6]
    res = CliRunner().invoke(main, ["build", *map(str, originals), "--out", str(tmp_path / "raw"), "-q", "-j", "1"])
    copies = [corpus / (f.name.removesuffix(".utf16le.txt") + ".txt") for f in originals]
    res2 = CliRunner().invoke(main, ["build", *map(str, copies), "--out", str(tmp_path / "utf8"), "-q", "-j", "1"])
    assert res.exit_code == 0 and res2.exit_code == 0

    def counts(out):
        m = json.loads((out / "manifest.json").read_text("utf-8"))
        return [e["counts"] for e in m["inputs"]]

    assert counts(tmp_path / "raw") == counts(tmp_path / "utf8")
