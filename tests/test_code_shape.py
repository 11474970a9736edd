"""The code stays changeable: in kg/, no function over 60 lines or above cyclomatic
complexity 20 (radon's measure), and no Vietnamese word written in extraction code: every
word lives in kg/vocab/ and reaches the rules through Vocabulary."""
from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
from radon.complexity import cc_visit

KG = Path(__file__).resolve().parent.parent / "kg"
MAX_LINES, MAX_COMPLEXITY = 60, 20
MODULES = sorted(p for p in KG.rglob("*.py") if "vendor" not in p.parts)
EXTRACTION = [p for p in MODULES if "extract" in p.relative_to(KG).parts]


def _id(path: Path) -> str:
    return str(path.relative_to(KG.parent))


def _functions(tree: ast.AST):
    return (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))


@pytest.mark.parametrize("path", MODULES, ids=_id)
def test_functions_are_short(path):
    tree = ast.parse(path.read_text("utf-8"))
    long = [f"{f.name} ({f.end_lineno - f.lineno + 1} lines)" for f in _functions(tree)
            if f.end_lineno - f.lineno + 1 > MAX_LINES]
    assert not long, f"over {MAX_LINES} lines: {', '.join(long)}"


@pytest.mark.parametrize("path", MODULES, ids=_id)
def test_functions_are_simple(path):
    blocks = cc_visit(path.read_text("utf-8"))
    tangled = [f"{b.name} ({b.complexity})" for b in blocks if b.complexity > MAX_COMPLEXITY]
    assert not tangled, f"cyclomatic complexity over {MAX_COMPLEXITY}: {', '.join(tangled)}"


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body:
            first = n.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                found.add(id(first.value))
    return found


def vietnamese_literals(source: str) -> list[tuple[int, str]]:
    """String constants (not docstrings) holding a letter outside ASCII: Vietnamese words
    in code (``"Việt Nam"``, ``r"(?:số|Số)"``). Comments are not constants."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
            and any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in n.value)]


def test_the_literal_check_sees_words_in_code_and_not_in_docstrings():
    source = 'def f(x):\n    """Bí thư: a docstring."""\n    # Tỉnh ủy in a comment\n    return x == "Tỉnh ủy"\n'
    assert vietnamese_literals(source) == [(4, "Tỉnh ủy")]


@pytest.mark.parametrize("path", EXTRACTION, ids=_id)
def test_extraction_code_holds_no_vietnamese_word(path):
    found = vietnamese_literals(path.read_text("utf-8"))
    assert not found, "words belong in kg/vocab/: " + "; ".join(f"line {n}: {v[:40]!r}" for n, v in found[:10])


def test_every_package_ships():
    """pyproject lists its packages by hand (ontology, shapes and queries are mapped from
    top-level folders): a package left off the list is missing from a plain pip install."""
    import tomllib

    listed = set(tomllib.loads((KG.parent / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(KG.parent).parts) for p in KG.rglob("__init__.py")}
    assert found <= listed, f"add to pyproject's packages: {sorted(found - listed)}"
