"""What a build can be asked to do, and the defaults: the one source the command line and
the build both read. Light to import (no extraction, no RDF)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.ingest import DEFAULT_MAX_BYTES

ENGINES = ("processes", "dask")  # where extraction runs: local processes, a Dask cluster
DEFAULT_ENGINE = ENGINES[0]
DEFAULT_TIME_LIMIT = 60.0  # seconds to read and extract one article

__all__ = ["BuildOptions", "DEFAULT_ENGINE", "DEFAULT_MAX_BYTES", "DEFAULT_TIME_LIMIT", "ENGINES"]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build (where to, and from what: :func:`kg.builder.stages.build`'s arguments)."""

    jobs: int | None = None  # processes for extraction and validation (None: all cores)
    progress: bool = True  # a progress bar, and a line as each stage starts
    into: bool = False  # add to the build in OUT: only new or changed files are read
    engine: str = DEFAULT_ENGINE  # one of ENGINES
    scheduler: str | None = None  # a Dask scheduler's address (None: a local cluster of JOBS workers)
    encoding: str | None = None  # read every input in this encoding (None: detected per file)
    max_bytes: int | None = DEFAULT_MAX_BYTES  # skip a larger file (JSON Lines: line) without reading it
    time_limit: float | None = DEFAULT_TIME_LIMIT  # seconds to read and extract one article (None: no limit)
    follow_links: bool = False  # read links that lead outside the given folders
    judgements: Path | None = None  # identity judgements to apply (None: OUT's judgements.jsonl, if any)

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r} (use one of {', '.join(ENGINES)})")
