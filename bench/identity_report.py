"""How many person nodes each national official of an archive became, and why any split
stayed (issue 19's acceptance: mean ≤ 1.05 nodes, none above 2).

    .venv/bin/python bench/identity_report.py BUILD_DIR [--min-articles 5] [--show 40]

BUILD_DIR is a build folder (``kg build ... --out BUILD_DIR``) made by this code: its facts
cache gives each article's officials and posts, the resolution is run again on them exactly
as the build ran it. An official here is a full name whose nodes hold a post of the national level (a title
held only nationally, ``Bộ trưởng``, ``Phó Thủ tướng``, or a post in a national body, ``Quốc
hội``, ``Bộ Tài chính``, ``Bộ Chính trị``) in at least MIN_ARTICLES articles together; its
nodes are those of its name that hold such a post. For each official with more than one node
the report gives the evidence for and against that kept them apart (``resolution.json``'s
``persons_apart``), and the name's other nodes (namesakes, or mentions with no national post).
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import vocab as vocab_module  # noqa: E402
from kg.builder.cache import extractor_fingerprint, load_cache  # noqa: E402
from kg.builder.options import DEFAULT_MAX_BYTES  # noqa: E402
from kg.model import ArticleFacts  # noqa: E402
from kg.resolve.identity import resolve  # noqa: E402
from kg.resolve.judgements import JUDGEMENTS_FILE, judged, read_judgements  # noqa: E402


def load_facts(build: Path) -> list[ArticleFacts]:
    """Every article's facts from the build's cache, where this code's extractor made them
    (a build with the default reading options)."""
    cache = load_cache(build, extractor_fingerprint((None, DEFAULT_MAX_BYTES)))
    if not cache:
        sys.exit(f"{build}: no facts cache of this code's extractor (build it again: kg build ... --out {build})")
    return [c.processed.facts for c in cache.values() if c.processed.facts is not None]


def national_post(role: str, org: str | None, orgs_national: set[str], vocab) -> bool:
    r = vocab.role(role)
    return bool((r and (r.national or r.national_level)) or (org and org in orgs_national))


def _national_orgs(res, vocab) -> set[str]:
    """The names of pinned-down party and state bodies of no province nor local unit (the
    national ones: not ``Ủy ban nhân dân xã Cửa Cạn``)."""
    local = vocab.phrase_re("place_unit", re.IGNORECASE)
    return {o.name for o in res.orgs.values() if o.anchored and o.kind in ("state", "party")
            and not vocab.place_re.search(o.name) and not local.search(o.name)}


def _why_apart(res, national: list[str], posts: dict[str, set[tuple[str, str | None]]]) -> None:
    """Each node's posts, and the decisions the resolver wrote between two of them."""
    for iri in national:
        shown = "; ".join(", ".join(x for x in p if x) for p in sorted(posts[iri], key=str)[:4])
        print(f"    {iri.rsplit('/', 1)[-1]} ({len(res.persons[iri].articles)} articles): {shown}")
    side = (lambda officials: {res.person_of.get((o.article, o.name)) for o in officials})
    for d in res.person_decisions:
        a, b = side(d.a) & set(national), side(d.b) & set(national)
        if a and b and a != b:
            print(f"      apart: {d.verdict}, score {d.score:g}: {d.evidence or '-'}"
                  + (f"; against: {d.against}" if d.against else ""))


def report(build: Path, min_articles: int, show: int) -> dict:
    vocab = vocab_module.load()
    facts = load_facts(build)
    res = resolve(facts, vocab, judged(read_judgements(build / JUDGEMENTS_FILE)))
    national_orgs = _national_orgs(res, vocab)
    posts: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    for f in facts:
        for p in f.posts:
            if (iri := res.person_of.get((f.article_key, p.person))) is not None:
                posts[iri].add((p.role, p.org))
    by_name: dict[str, list[str]] = defaultdict(list)
    for iri, e in res.persons.items():
        by_name[e.name].append(iri)
    rows = []
    for name, iris in sorted(by_name.items()):
        national = [i for i in iris if any(national_post(r, o, national_orgs, vocab) for r, o in posts[i])]
        articles = set().union(*(res.persons[i].articles for i in national)) if national else set()
        if len(articles) >= min_articles:
            rows.append((name, national, len(articles), [i for i in iris if i not in national]))
    nodes = [len(r[1]) for r in rows]
    print(f"{len(facts):,} articles, {len(res.persons):,} person nodes; {len(rows)} national officials named in "
          f"≥ {min_articles} articles: mean {statistics.mean(nodes) if nodes else 0:.3f} nodes each, "
          f"max {max(nodes, default=0)}, {sum(n > 1 for n in nodes)} with more than one")
    for name, national, n_articles, others in sorted(rows, key=lambda r: (-len(r[1]), -r[2], r[0]))[:show]:
        print(f"{name}: {len(national)} node(s), {n_articles} articles; {len(others)} other node(s) of the name")
        if len(national) > 1:
            _why_apart(res, national, posts)
    return {"officials": len(rows), "mean_nodes": statistics.mean(nodes) if nodes else 0.0, "max_nodes": max(nodes, default=0)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--min-articles", type=int, default=5)
    ap.add_argument("--show", type=int, default=40)
    a = ap.parse_args()
    report(a.build, a.min_articles, a.show)


if __name__ == "__main__":
    main()
