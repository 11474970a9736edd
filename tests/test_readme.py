"""The README's promises: its SPARQL examples run on the seeds' graph, and .ci/run runs
the README's test command."""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_queries_answer_on_the_seeds(seeds_build):
    out, _ = seeds_build
    g = Graph().parse(out / "graph.ttl")
    queries = re.findall(r"```sparql\n(.*?)```", README, re.S)
    assert len(queries) == 3
    results = [list(g.query(q)) for q in queries]
    assert all(results), "every example returns rows on the seeds"
    chairs = {str(r[0]) for r in results[0]}
    assert chairs == {"Nguyễn Văn Thành", "Phạm Quang Thao", "Phạm Hữu Duệ"}
    assert {str(r[0]) for r in results[1]} == {"Ủy viên Ban Cán sự", "Bí thư", "Thứ trưởng"}


def test_ci_runs_the_readme_test_command():
    """Each step of the README's command, in its order, in .ci/run (which may lint between)."""
    command = re.search(r"Run the tests:\n\n```sh\n(.*?)\n```", README, re.S).group(1)
    ci = (ROOT / ".ci" / "run").read_text()
    at = 0
    for step in command.replace('".[test]"', '--quiet ".[test]"').split(" && "):
        at = ci.index(step, at) + len(step)  # ValueError: a step CI does not run
