"""What a query from anyone may do: read, here. Decided by parsing it, never by scanning it.

``kg query`` and ``kg serve`` take SPARQL from anyone. Oxigraph would run a ``SERVICE``
clause by calling the URL it names (from the machine serving the graph), and it would run
an update on a writable store. A scan of the text for keywords can be walked around (a
``SERVICE`` after a comment that holds a quote, after a comment ended by a lone carriage
return), so the query is parsed by a real SPARQL 1.1 grammar (rdflib's) and judged by its
parse tree:

- an update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR`` ...) is refused in words;
- a ``SERVICE`` pattern anywhere in the tree, at any depth, is refused;
- text the grammar cannot read, or nested too deeply for it, is refused as unreadable:
  what we cannot read we do not hand to the engine;
- where the two grammars read the same characters differently (a comment ended by a lone
  carriage return, codepoint escapes), the guard reads as the engine does or refuses.

The query then runs in a child process with no network at all (kg.sandbox), for whatever
two parsers might still read differently.
"""
from __future__ import annotations

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql.parser import expandUnicodeEscapes_re, parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue


class QueryRefused(ValueError):
    """A query this endpoint will not run (an update, a call out), with the reason in words."""


class QueryUnreadable(QueryRefused):
    """Text that is not a SPARQL query the guard can read: it is not run."""


def _as_the_engine_reads_it(query: str) -> str:
    """SPARQL ends a comment at a carriage return as at a line feed (its grammar's EOL);
    rdflib's grammar only at a line feed, so ``# note\\rSERVICE <...>`` would be a comment
    to the guard and a SERVICE call to Oxigraph. The guard reads line ends as the engine
    does. (A short string cannot hold a raw line end in either grammar; a long one keeps
    its structure, only the checked copy's characters differ.)"""
    return query.replace("\r", "\n")


def _refuse_escapes(text: str) -> None:
    """Codepoint escapes (``\\u0022``) are read differently by the two parsers: rdflib
    expands them everywhere before it parses, Oxigraph only inside strings and IRIs. So
    ``"\\u0022 ...`` closes a string for the guard and not for the engine, and text the
    guard read as a string would run as a pattern. One can always write the character
    itself, so an escape is refused rather than guessed at."""
    if m := expandUnicodeEscapes_re.search(text):
        raise QueryUnreadable(f"refused: the codepoint escape {m.group(0)!r} is read differently by SPARQL engines; "
                              "write the character itself")


def _nodes(tree) -> list[CompValue]:
    """Every rule node of a parse tree, walked without recursion (a deep tree is fine)."""
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, (ParseResults, list, tuple)):
            stack.extend(node)
    return found


def refuse_update(text: str) -> None:
    """Text that is not a query may be an update: say so, in words, rather than 'cannot read'."""
    try:
        update = parseUpdate(text)
    except (ParseBaseException, RecursionError, ValueError):
        return
    operations = [op.name for op in update.get("request", []) if isinstance(op, CompValue)]
    word = {"InsertData": "INSERT", "DeleteData": "DELETE", "DeleteWhere": "DELETE", "Modify": "INSERT/DELETE",
            "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE",
            "Copy": "COPY"}.get(operations[0] if operations else "", "this")
    raise QueryRefused(f"refused: {word} is a SPARQL update, and the graph is read-only here")


def check_query(query: str) -> str:
    """Raise QueryRefused for an update or a SERVICE call, QueryUnreadable for what
    cannot be read; when the query may run here, return its form as the grammar names it
    (SelectQuery, AskQuery, ConstructQuery, DescribeQuery: what an endpoint is asked for)."""
    text = _as_the_engine_reads_it(query)
    _refuse_escapes(text)
    try:
        tree = parseQuery(text)
    except RecursionError:
        raise QueryUnreadable("refused: the query is nested too deeply to be read here") from None
    except ValueError as e:  # what the grammar's actions refuse (a code point out of range ...)
        raise QueryUnreadable(f"refused: the query is not valid SPARQL: {e}") from None
    except ParseBaseException as e:
        refuse_update(text)
        raise QueryUnreadable(f"refused: the query is not valid SPARQL: {e.msg} "
                              f"(line {e.lineno}, column {e.col})") from None
    if any(n.name == "ServiceGraphPattern" for n in _nodes(tree)):
        raise QueryRefused("refused: SERVICE would make this machine call another endpoint; "
                           "federated queries are not run here")
    return tree[1].name
