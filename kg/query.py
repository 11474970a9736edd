"""SPARQL over a built graph: bundled queries by name, ``.rq`` files or query strings, with
parameters bound as RDF terms (never pasted into the query text), results as rows.

The bundled queries live in ``queries/`` (shipped as package data ``kg.queries``); each
opens with comment lines that say what it answers and which parameters it takes.
"""
from __future__ import annotations

import csv
import functools
import io
import itertools
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.guard import check_query, refuse_update
from kg.sandbox import Limits, run_sandboxed
from kg.resources import data_dir
from kg.store import open_source


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # each value as text ("" where unbound)
    cut: bool = False  # more rows than the limit: these are the first ones


@functools.cache
def bundled() -> dict[str, str]:
    """Bundled query name → its text."""
    return {p.name.removesuffix(".rq"): p.read_text("utf-8")
            for p in data_dir("queries").iterdir() if p.name.endswith(".rq")}


def describe(text: str) -> str:
    """A query's opening comment, as one line."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").strip())
    return " ".join(lines)


def query_text(query: str) -> str:
    """QUERY as the user gave it: a bundled query's name, a ``.rq`` file, or SPARQL itself."""
    named = bundled()
    if query in named:
        return named[query]
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise ValueError(f"{query}: no such query file (bundled queries: {', '.join(sorted(named))})")
        return path.read_text("utf-8")
    if not any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        refuse_update(query)  # an update is told so, not taken for a misspelt name
        raise ValueError(f"{query!r} is neither a bundled query ({', '.join(sorted(named))}), a .rq file nor SPARQL")
    return query


def _term(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter's value as an RDF term: ``<iri>`` an IRI, anything else a plain literal."""
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    return ox.Literal(value)


def _text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term.value
    return str(term)


def _execute(store: ox.Store, text: str, substitutions: dict, max_rows: int | None) -> Result:
    check_query(text)
    try:
        answer = store.query(text, use_default_graph_as_union=True, substitutions=substitutions or None)
    except RuntimeError as e:  # e.g. a parameter the query does not select
        raise ValueError(str(e)) from None
    if isinstance(answer, ox.QueryBoolean):
        return Result(("answer",), (("true" if bool(answer) else "false",),))
    if isinstance(answer, ox.QueryTriples):
        columns = ("subject", "predicate", "object")
        rows = ((_text(t.subject), _text(t.predicate), _text(t.object)) for t in answer)
    else:
        columns = tuple(v.value for v in answer.variables)
        rows = (tuple(_text(sol[c]) for c in columns) for sol in answer)
    taken = tuple(itertools.islice(rows, None if max_rows is None else max_rows + 1))
    if max_rows is not None and len(taken) > max_rows:
        return Result(columns, taken[:max_rows], cut=True)
    return Result(columns, taken)


def run(source: str | Path | ox.Store, query: str, params: dict[str, str] | None = None,
        limits: Limits | None = None, max_rows: int | None = None) -> Result:
    """Run QUERY (name, file or SPARQL) on SOURCE (build folder, store, RDF file or an open
    store). ``params`` bind query variables to values (SEP-0007 substitution): a value is a
    literal, or an IRI when written ``<...>``; it never becomes query syntax. Updates and
    SERVICE calls are refused (kg.guard); the query runs in a child with no network, cut
    off at LIMITS (kg.sandbox; None: here, for the bundled queries the tools ask
    themselves); MAX_ROWS cut its rows (``Result.cut`` says so)."""
    text = query_text(query)
    store = source if isinstance(source, ox.Store) else open_source(source)
    substitutions = {ox.Variable(k): _term(v) for k, v in (params or {}).items()}
    if limits is None:
        return _execute(store, text, substitutions, max_rows)
    return run_sandboxed(limits, _execute, store, text, substitutions, max_rows)


def render(result: Result, fmt: str = "table") -> str:
    """The result as an aligned table, CSV, TSV or JSON (a list of objects)."""
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, r)) for r in result.rows], ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return buf.getvalue()
    widths = [max([len(c)] + [len(r[i]) for r in result.rows]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in result.rows]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
