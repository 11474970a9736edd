"""Shared fixtures. Tests that need ../shared (gold, scorer, corpus) skip where it is absent."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg import vocab as vocab_module
from kg.extract import extract_article
from kg.ingest.reader import read_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def vocab():
    return vocab_module.load()


@pytest.fixture(scope="session")
def article_of(vocab):
    """Make an Article from text (a dateline line is added when `published` is given)."""

    def make(text: str, published: str | None = None, name: str = "t.txt"):
        if published:
            text = f"{published}\n{text}"
        return read_text(text, name, vocab)

    return make


@pytest.fixture(scope="session")
def facts_of(vocab, article_of):
    def make(text: str, published: str | None = None):
        return extract_article(article_of(text, published), vocab)

    return make


def needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared comes with the dangkg workspace, not with a clone)")
    return path


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """One build of seeds/ shared by the tests that read its outputs."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seeds-build")
    result = build([SEEDS], out, jobs=1, progress=False)
    return out, result


def date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)
