"""SPARQL over a built graph: bundled queries by name, ``.rq`` files or query strings, with
parameters bound as RDF terms (never pasted into the query text), results as rows.

The bundled queries live in ``queries/`` (shipped as package data ``kg.queries``); each
opens with comment lines that say what it answers and, in a line of their own, which
parameters it takes: ``# parameters: name (required, loose: foaf:name)``. A required one
must be given, no other may be; a loose one is matched to the values of that property in
the graph as names are (kg.person.names: case, spacing, diacritics, a run of the words) and
the query answers for every value it matches (a VALUES clause of them).
"""
from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.endpoint import Endpoint, answer
from kg.limits import QUERY_MEMORY_MB, READER_SECONDS
from kg.guard import check_query, refuse_update
from kg.iris import SPARQL_PROLOGUE
from kg.rdf.build import class_values
from kg.person.names import NoMatch, closest, find
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


@dataclass(frozen=True)
class Parameter:
    name: str
    required: bool
    loose: str = ""  # what a value is matched to loosely: a key of LOOSE_VALUES (person, body)


# what a loose parameter's value is matched to: the graph's names of persons, or of bodies
# (only bodies: "body=Phó Thủ tướng" matches no post title)
LOOSE_VALUES = {
    "person": "?x a ?t ; foaf:name ?v . VALUES ?t { %s }" % class_values("persons"),
    "body": "?x a ?t ; skos:prefLabel ?v . VALUES ?t { %s }" % class_values("bodies"),
}


_PARAMETERS_LINE = re.compile(r"^#\s*parameters:(.*)$", re.MULTILINE)
_PARAMETER = re.compile(r"(\w+)\s*\(([^)]*)\)")


def parameters(text: str) -> dict[str, Parameter]:
    """The parameters a query's header declares (``# parameters: name (required, loose:
    foaf:name), ...`` or ``# parameters: none``); none where it has no such line."""
    line = _PARAMETERS_LINE.search(text)
    declared = {}
    for name, notes in _PARAMETER.findall(line.group(1) if line else ""):
        words = [w.strip() for w in notes.split(",")]
        loose = next((w.split(":", 1)[1].strip() for w in words if w.startswith("loose:")), "")
        declared[name] = Parameter(name, "required" in words, loose)
    return declared


def check_parameters(query: str, declared: dict[str, Parameter], given: dict[str, str]) -> None:
    """A bundled query's parameters as given: ValueError naming a missing required one or
    listing the accepted ones for one it does not take."""
    accepted = ", ".join(sorted(declared)) or "none"
    for name in sorted(given):
        if name not in declared:
            raise ValueError(f"{query} takes no parameter {name!r} (accepted: {accepted})")
    for p in sorted(declared.values(), key=lambda p: p.name):
        if p.required and not given.get(p.name):
            raise ValueError(f"{query} needs the parameter {p.name} (--param \"{p.name}=...\")")


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
    return _shaped(answer, max_rows)


def _shaped(answer, max_rows: int | None) -> Result:
    """A store's or an endpoint's answer (a boolean, solutions, triples or quads) as rows of
    texts, at most MAX_ROWS of them taken."""
    if isinstance(answer, (bool, ox.QueryBoolean)):
        return Result(("answer",), (("true" if bool(answer) else "false",),))
    if isinstance(answer, ox.QuerySolutions):
        columns = tuple(v.value for v in answer.variables)
        rows = (tuple(_text(sol[c]) for c in columns) for sol in answer)
    else:
        columns = ("subject", "predicate", "object")
        rows = ((_text(t.subject), _text(t.predicate), _text(t.object)) for t in answer)
    taken = tuple(itertools.islice(rows, None if max_rows is None else max_rows + 1))
    if max_rows is not None and len(taken) > max_rows:
        return Result(columns, taken[:max_rows], cut=True)
    return Result(columns, taken)


def _execute_remote(endpoint: Endpoint, text: str, params: dict[str, str], limits: Limits | None,
                    max_rows: int | None) -> Result:
    """TEXT asked of ENDPOINT (kg.endpoint), PARAMS bound by a VALUES clause: the sandbox's
    time limit becomes the request's deadline and its memory the bound of the answer's size."""
    text = _with_values(text, params)
    form = check_query(text)
    # (dangkg's own reading queries run here with no limits; a remote store that stops
    # answering, or answers without end, must not hang them: a generous deadline and size)
    seconds = limits.seconds if limits else READER_SECONDS
    max_bytes = (limits.memory_mb if limits and limits.memory_mb else QUERY_MEMORY_MB) * 2**20
    with answer(endpoint, text, form, seconds, max_bytes) as found:
        return _shaped(found, max_rows)


def _with_values(text: str, params: dict[str, str]) -> str:
    """TEXT with PARAMS bound by a trailing VALUES clause, each value written as a term by
    pyoxigraph, never pasted: an endpoint takes no SEP-0007 substitutions. (SPARQL joins a
    trailing VALUES with the query's solutions; a bound variable must be one it selects, as
    locally.)"""
    if not params:
        return text
    names = sorted(params)
    for name in names:
        if not re.search(r"[?$]%s\b" % re.escape(name), text):
            raise ValueError(f"the query has no variable ?{name} to bind")
    terms = " ".join(str(_term(params[n])) for n in names)
    return f"{text}\nVALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}\n"


def run(source: str | Path | ox.Store | Endpoint, query: str, params: dict[str, str] | None = None,
        limits: Limits | None = None, max_rows: int | None = None) -> Result:
    """Run QUERY (name, file or SPARQL) on SOURCE (build folder, store, RDF file, an open
    store, or a SPARQL endpoint: its URL or an Endpoint). ``params`` bind query variables to
    values (SEP-0007 substitution; a VALUES clause for an endpoint): a value is a literal,
    or an IRI when written ``<...>``; it never becomes query syntax. A bundled query's
    parameters are checked against its header (ValueError), and a loose one is resolved to
    the graph's values it matches, the query answering for all (NoMatch, with the closest
    values, where it matches none). Updates and SERVICE calls are refused (kg.guard); a
    local query runs in a child with no network, cut off at LIMITS (kg.sandbox; None: here,
    for the bundled queries the tools ask themselves), an endpoint's answer is cut off at
    them (kg.endpoint); MAX_ROWS cut its rows (``Result.cut`` says so)."""
    text = query_text(query)
    params = dict(params or {})
    declared = parameters(text) if query in bundled() else {}
    if query in bundled():
        check_parameters(query, declared, params)
    store = source if isinstance(source, (ox.Store, Endpoint)) else open_source(source)
    text, params = _resolved(store, text, declared, params, limits)
    return _concatenations_sorted(text, _answer(store, text, params, limits, max_rows))


def _answer(store: ox.Store | Endpoint, text: str, params: dict[str, str], limits: Limits | None,
            max_rows: int | None) -> Result:
    """TEXT asked of STORE: an endpoint over HTTP; a local store here (LIMITS None: dangkg's
    own queries) or in the sandbox."""
    if isinstance(store, Endpoint):
        return _execute_remote(store, text, params, limits, max_rows)
    substitutions = {ox.Variable(k): _term(v) for k, v in params.items()}
    if limits is None:
        return _execute(store, text, substitutions, max_rows)
    return run_sandboxed(limits, _execute, store, text, substitutions, max_rows)


# GROUP_CONCAT(... ; separator="S") AS ?column, its argument holding at most one level of
# parentheses (COALESCE(?x, ""))
_CONCATENATION = re.compile(r"""GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*?;\s*separator\s*=\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*\)"""
                            r"\s*AS\s*[?$](\w+)", re.IGNORECASE)


def _concatenations_sorted(text: str, result: Result) -> Result:
    """RESULT with the parts of each GROUP_CONCAT column of TEXT (one with a separator) in
    sorted order. SPARQL leaves the order of GROUP_CONCAT's parts to the engine, and
    engines differ (Oxigraph and Virtuoso list one document's articles in other orders):
    sorted here, the one place, so one query gives the same rows on any of them."""
    separators = {m.group(3): m.group(1) if m.group(1) is not None else m.group(2)
                  for m in _CONCATENATION.finditer(text)}
    where = [(i, separators[c]) for i, c in enumerate(result.columns) if separators.get(c)]
    if not where:
        return result
    rows = []
    for row in result.rows:
        row = list(row)
        for i, separator in where:
            row[i] = separator.join(sorted(row[i].split(separator)))
        rows.append(tuple(row))
    return Result(result.columns, tuple(rows), result.cut)


def _run_one(store: ox.Store | Endpoint, text: str, limits: Limits | None) -> Result:
    return _answer(store, text, {}, limits, None)


def placeholder(name: str) -> re.Pattern[str]:
    """The comment line a query writes where the values a loose parameter NAME matched go
    (``# VALUES ?name``): inert where the query runs as written, on any engine."""
    return re.compile(r"^([ \t]*)#[ \t]*VALUES[ \t]+\?%s\b.*$" % re.escape(name), re.MULTILINE)


def _resolved(store: ox.Store | Endpoint, text: str, declared: dict[str, Parameter], params: dict[str, str],
              limits: Limits | None) -> tuple[str, dict[str, str]]:
    """TEXT and PARAMS with each loose parameter resolved to the graph's values it matches,
    given to the query as a VALUES clause in place of its placeholder line, so one run answers
    for all of them. The clause holds the graph's own values written as terms by pyoxigraph,
    never the text the user typed."""
    bound = {}
    for name, value in sorted(params.items()):
        loose = declared[name].loose if name in declared else ""
        if not loose:
            bound[name] = value
            continue
        if value.startswith("<") and value.endswith(">"):
            raise ValueError(f"{name} takes a name, matched loosely, not an IRI (one of namesakes: kg person IRI)")
        known = _run_one(store, f"{SPARQL_PROLOGUE}SELECT DISTINCT ?v WHERE {{ {LOOSE_VALUES[loose]} }}", limits)
        values = [v[0] for v in known.rows]
        matched = find(value, values)
        if not matched:
            raise NoMatch(value, closest(value, values), f"{loose} name ({name})")
        clause = f"VALUES ?{name} {{ {' '.join(str(ox.Literal(m)) for m in matched)} }}"
        text, found = placeholder(name).subn(lambda line: line.group(1) + clause, text, count=1)
        if not found:
            raise ValueError(f"the query has no line '# VALUES ?{name}' where {name}'s values go")
    return text, bound


def rows(store: ox.Store | Endpoint, query: str) -> list[dict[str, str]]:
    """QUERY (SPARQL, the graph's prefixes declared for it) on an open STORE, each row a dict;
    how dangkg's own readers (network, person, article view, tables) ask the store, or the
    endpoint the graph was pushed to."""
    result = run(store, SPARQL_PROLOGUE + query)
    return [dict(zip(result.columns, row)) for row in result.rows]


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
