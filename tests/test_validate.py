"""Validation in parts, as the build's progress bar counts it."""
from __future__ import annotations

import pytest
from rdflib import Graph

from kg.validate import graph_parts, validate_in_parts


@pytest.mark.parametrize("jobs", [1, 2])
def test_validation_in_parts_says_how_many_parts_and_each_one_done(seeds_build, jobs):
    out, result = seeds_build
    triples = set(Graph().parse(out / "graph.nt", format="nt"))
    told, done = [], []
    report = validate_in_parts(triples, jobs, size=300, started=told.append, done=done.append)
    assert told == [len(graph_parts(triples, 300))] and told[0] > 2
    assert done == [1] * told[0]
    assert report == validate_in_parts(triples, 1, size=300)
    assert report.warnings == len(report.findings) - report.violations == result.validation.warnings
