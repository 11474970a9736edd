"""The build's public names in one place, as they were before the build became the
package :mod:`kg.builder` (one module per concern: options, inputs, limit, runners, cache,
manifest, stages). Import from here or from the module that defines a name; to replace a
name in a test (monkeypatch), patch it where it is used, in that module
(``kg.builder.stages.resolve``, not ``kg.pipeline.resolve``).
"""
from __future__ import annotations

from kg.builder.cache import CACHE_FILE, CachedInput, extractor_fingerprint, load_cache, save_cache
from kg.builder.inputs import INPUT_SUFFIXES, InputUnit, NothingToBuild, article_keys, units_of
from kg.builder.manifest import BuildResult, manifest
from kg.builder.options import DEFAULT_MAX_BYTES, DEFAULT_TIME_LIMIT, ENGINES, BuildOptions
from kg.builder.runners import EngineUnavailable, Processed, ReadJob, extract_all, process_chunk, process_file
from kg.builder.stages import build

__all__ = [
    "BuildOptions", "BuildResult", "CACHE_FILE", "CachedInput", "DEFAULT_MAX_BYTES", "DEFAULT_TIME_LIMIT", "ENGINES",
    "EngineUnavailable", "INPUT_SUFFIXES", "InputUnit", "NothingToBuild", "Processed", "ReadJob", "article_keys", "build",
    "extract_all", "extractor_fingerprint", "load_cache", "manifest", "process_chunk",
    "process_file", "save_cache", "units_of",
]
