"""A build's result and its record, manifest.json: what was read, what it held, whether the
graph conforms."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from kg import __version__
from kg.model import FACT_COUNTS, ArticleFacts, InputReport
from kg.validate import Report

__all__ = ["BuildResult", "SHOWN_COUNTS", "STATUSES", "manifest", "totals"]

SHOWN_COUNTS = ("persons", "posts", "meetings", "documents", "events")  # those `kg build` says when done
STATUSES = ("built", "skipped", "failed")  # an input's report's status


@dataclass(frozen=True, slots=True)
class BuildResult:
    inputs: tuple[InputReport, ...]
    facts: tuple[ArticleFacts, ...]
    validation: Report
    triples: int
    # wall seconds per stage; "read" and "extract" are seconds summed over the workers
    timings: dict[str, float] = field(default_factory=dict)
    reused: int = 0  # inputs whose facts came from an earlier build (into=True)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.inputs)


def totals(inputs: Iterable[InputReport]) -> dict[str, int]:
    """Each of kg.model.FACT_COUNTS summed over the INPUTS."""
    summed = {k: 0 for k in FACT_COUNTS}
    for r in inputs:
        for k, v in r.counts.items():
            summed[k] += v
    return summed


def manifest(result: BuildResult) -> dict:
    return {
        "dangkg_version": __version__,
        "summary": {s: result.count(s) for s in STATUSES} | {"triples": result.triples},
        "totals": totals(result.inputs),
        "validation": {"conforms": result.validation.conforms, "violations": result.validation.violations,
                       "warnings": result.validation.warnings},
        "inputs": [{k: v for k, v in asdict(r).items() if v not in ("", None, {})} for r in result.inputs],
    }
