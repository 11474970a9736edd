"""The query page ``kg serve`` gives at ``/``: a form to write SPARQL in, the bundled
queries to start from, and the answer as a table.

Three files of its own, served from the same origin (``/``, ``/page.js``, ``/page.css``):
no inline script or style and nothing from elsewhere, so the page is sent with a
Content-Security-Policy that allows only these (:data:`CSP`) and a query's answer shown
in it cannot run as code (the script writes every value as text, never as HTML). The
bundled queries go in the page as a JSON data block, which the policy does not run.
"""
from __future__ import annotations

import functools
import json
import re
from html import escape as html_escape
from importlib.resources import files

from kg.query import bundled, describe, parameters

__all__ = ["ASSETS", "CSP", "asset", "page"]

# script and style from this server only, queries to it only; no frames, plugins, <base>
# or form posts elsewhere
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
ASSETS = {"/page.js": ("query.js", "text/javascript; charset=utf-8"),
          "/page.css": ("query.css", "text/css; charset=utf-8")}
SAMPLE = "who-chaired-what"  # the bundled query the form opens with


def _read(name: str) -> str:
    return files(__name__).joinpath(name).read_text("utf-8")


def queries_json() -> str:
    """The bundled queries (name, what it answers, text) as JSON safe inside a <script>
    data block: '<', '>' and '&' escaped, so no text can close the block."""
    # each query's comment opens with its own name ("people: every person ..."): said once, as the link
    # ("needs": the parameters it must be given, told on the page when it is picked)
    listed = [{"name": name, "about": describe(text).removeprefix(f"{name}:").strip(), "text": text,
               "needs": sorted(p.name for p in parameters(text).values() if p.required)}
              for name, text in sorted(bundled().items())]
    text = json.dumps(listed, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@functools.cache
def page() -> bytes:
    """The page's HTML, the sample query in its form."""
    sample = bundled().get(SAMPLE, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    # the sample goes inside <textarea>: escaped, so it stays text; both filled in one pass,
    # so neither is read for the other's placeholder
    filled = {"sample": html_escape(sample, quote=False), "queries": queries_json()}
    return re.sub(r"\{\{(sample|queries)\}\}", lambda m: filled[m.group(1)], _read("query.html")).encode("utf-8")


@functools.cache
def asset(path: str) -> tuple[bytes, str] | None:
    """The bytes and media type of one of the page's files (ASSETS), None for another path."""
    if path not in ASSETS:
        return None
    name, media = ASSETS[path]
    return _read(name).encode("utf-8"), media
