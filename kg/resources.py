"""Where the shipped data folders (ontology/, shapes/, queries/) are.

An installed wheel carries them as the package data ``kg/ontology``, ``kg/shapes`` and
``kg/queries``;
a source checkout (tests, editable installs) has them at the repository's top level.
"""
from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def data_dir(name: str) -> Traversable:
    """The folder ``name`` ("ontology", "shapes" or "queries") wherever this copy of kg has it."""
    try:
        found = files(f"kg.{name}")
        if any(p.name.endswith((".ttl", ".rq")) for p in found.iterdir()):
            return found
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    return Path(__file__).resolve().parent.parent / name


def turtle_files(name: str) -> list[Traversable]:
    return sorted((p for p in data_dir(name).iterdir() if p.name.endswith(".ttl")), key=lambda p: p.name)
