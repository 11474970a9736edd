"""The ``kg`` command. Thin: parses options, calls the stages, reports."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg import __version__
from kg.cli.source import SOURCE
from kg.limits import MAX_QUERY_KB, MAX_RESULT_MB, QUERY_MEMORY_MB, QUERY_SECONDS, SERVE_SECONDS
from kg.builder.options import DEFAULT_ENGINE, DEFAULT_MAX_BYTES, DEFAULT_TIME_LIMIT, ENGINES, BuildOptions

if TYPE_CHECKING:
    from kg.builder.manifest import BuildResult


@click.group()
@click.version_option(__version__, prog_name="dangkg")
def main() -> None:
    """dangkg: knowledge graphs of officials, bodies, meetings and documents from
    Vietnamese party and government news."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.ttl, .trig, .nq, .jsonld, .nt, the store, validation.txt, manifest.json.")
@click.option("--into", "into", type=click.Path(file_okay=False, path_type=Path),
              help="Add to the build in this folder: only new or changed files are read, the graph is "
                   "made again from all of its inputs.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) when the graph violates the SHACL shapes.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for extraction and validation (default: all cores; with --engine dask, "
                   "the local cluster's workers).")
@click.option("--engine", type=click.Choice(ENGINES), default=DEFAULT_ENGINE, show_default=True,
              help="Where extraction runs: local processes, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDR",
              help="Dask scheduler address (tcp://host:8786); default: a local cluster of --jobs workers.")
@click.option("--encoding", metavar="NAME",
              help="Read every input in this encoding (e.g. cp1258, utf-16); default: detected per file.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Skip (without reading) any input file larger than this; for JSON Lines, any line.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=DEFAULT_TIME_LIMIT, show_default=True,
              metavar="SECONDS",
              help="Stop reading and extracting an article after this long and report it failed (0: no limit; "
                   "not enforced on Dask workers).")
@click.option("--follow-links", is_flag=True,
              help="Read links that lead outside the given folders, and follow folder links.")
@click.option("--judgements", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Identity judgements to apply (JSON Lines, as kg review writes them); default: the "
                   "judgements.jsonl of the build folder, if any. They are kept in the new build.")
@click.option("--quiet", "-q", is_flag=True, help="No stage lines, no progress bars: only the summary.")
def build(paths: tuple[Path, ...], out: Path | None, into: Path | None, strict: bool, jobs: int | None,
          engine: str, scheduler: str | None, encoding: str | None, max_bytes: int, time_limit: float,
          follow_links: bool, judgements: Path | None, quiet: bool) -> None:
    """Build the graph from articles: files or folders of them. A file is a plain-text
    article (.txt, any encoding), a saved web page (.html, .htm) or a JSON Lines file of
    articles (.jsonl, .ndjson: one {"text", "url", "published", "title"} object per line).

    The folder is replaced as one set when the build is done: until then it holds the
    earlier build, whatever happens to this one. One build at a time per folder.

    Every file of a folder is in manifest.json: read, or skipped with the reason (a file of
    another kind, such as .md or .pdf); hidden entries (.git, editor temp files) are listed
    there, not walked or read.

    Exit status: 0 built, 1 --strict and the graph has violations, 2 bad options, nothing
    to build (a given path that does not exist; no article in the inputs: the build
    folder is left as it was) or an environment error (the folder cannot be written, is
    being built by another kg build, the disk is full, the engine cannot run or its
    scheduler cannot be reached), 3 some input failed (the graph of the others is still
    written; manifest.json says why), 4 an internal error (a bug: the traceback is saved
    to a file the message names), 130 interrupted.
    """
    from kg.builder.stages import build as run_build

    _check_build_options(out, into, engine, scheduler, encoding)
    target = out or into
    with _build_errors(target):
        options = BuildOptions(jobs=jobs, progress=not quiet, into=into is not None, engine=engine,
                               scheduler=scheduler, encoding=encoding, max_bytes=max_bytes,
                               time_limit=time_limit or None, follow_links=follow_links, judgements=judgements)
        result = run_build(list(paths), target, options)
    _say_built(result, target, into is not None)
    if strict and not result.validation.conforms:
        sys.exit(1)
    if result.count("failed"):
        sys.exit(3)


def _check_build_options(out: Path | None, into: Path | None, engine: str, scheduler: str | None,
                         encoding: str | None) -> None:
    """What click cannot check alone: raises click.UsageError (exit 2)."""
    if (out is None) == (into is None):
        raise click.UsageError("give one of --out DIR (a new build) or --into DIR (add to a build)")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.UsageError(f"unknown encoding {encoding!r}") from None


def _say_built(result: BuildResult, target: Path, into: bool) -> None:
    """One line on what the build made, then a line for each input not built."""
    from kg.builder.manifest import said_counts

    counted = result.nodes  # the graph's distinct nodes, as manifest.json's totals and `kg query people`
    reused = f" ({result.reused} unchanged, not read again)" if into else ""
    click.echo(
        f"{result.count('built')} built{reused}, {result.count('skipped')} skipped, {result.count('failed')} failed; "
        + said_counts(counted) + f"; {result.triples} triples; "
        + _said_validation(result.validation, target),
        err=True,
    )
    _list_not_built(result.inputs)


def _said_validation(v, target: Path) -> str:
    """The SHACL report in a few words: conforms or not, with its violations and warnings."""
    counts = f"{v.violations} SHACL violation(s), {v.warnings} warning(s)"
    if v.conforms and not v.warnings:
        return "graph conforms"
    if v.conforms:
        return f"graph conforms with {v.warnings} SHACL warning(s), see {target / 'validation.txt'}"
    return f"graph does not conform: {counts}, see {target / 'validation.txt'}"


def _list_not_built(reports) -> None:
    for r in reports:
        if r.status != "built":
            click.echo(f"  {r.status}: {r.where}: {r.reason}", err=True)


@contextmanager
def _build_errors(target: Path) -> Iterator[None]:
    """A build's failures as exit codes, each with one line: 2 for what the user can fix
    (the inputs, the folder, the engine), 4 for a bug (the traceback saved to a file), never --strict's 1."""
    from kg.builder.inputs import NothingToBuild
    from kg.builder.runners import EngineUnavailable
    from kg.output import OutputError
    from kg.resolve.judgements import JudgementError

    try:
        yield
    except NothingToBuild as e:
        click.echo(f"kg build: {e}", err=True)
        _list_not_built(e.reports)
        sys.exit(2)
    except JudgementError as e:
        click.echo(f"kg build: the judgements file: {e}", err=True)
        sys.exit(2)
    except (EngineUnavailable, OutputError) as e:
        click.echo(f"kg build: {e}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo(f"kg build: interrupted; {target} holds a whole build (the earlier one unless this one was done)",
                   err=True)
        sys.exit(130)
    except Exception as e:  # noqa: BLE001 - a bug: one line and a saved traceback
        click.echo(f"kg build: internal error (a bug), {_one_line(e)}; {_save_traceback()}", err=True)
        sys.exit(4)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:300]}" if text else type(error).__name__


def _save_traceback() -> str:
    """Write the exception being handled to a file in the system's temp folder; where."""
    import tempfile
    import traceback

    try:
        fd, path = tempfile.mkstemp(prefix="kg-build-crash-", suffix=".txt")
        with open(fd, "w", encoding="utf-8") as fh:
            fh.write(traceback.format_exc())
    except OSError as e:
        return f"the traceback could not be saved ({e.strerror or e})"
    return f"traceback in {path}"


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def validate(file: str) -> None:
    """Validate any RDF file against the dangkg shapes; exit 1 on violations."""
    from kg.validate import validate_file

    try:
        report = validate_file(file)
    except Exception as e:  # noqa: BLE001 - a file that cannot be parsed is reported, not traced
        click.echo(f"cannot read {file}: {e}", err=True)
        sys.exit(2)
    click.echo(report.text(), nl=False)
    sys.exit(0 if report.conforms else 1)


class _Params(click.ParamType):
    name = "name=value"

    def convert(self, value, param, ctx):
        key, sep, val = value.partition("=")
        if not sep or not key.isidentifier():
            self.fail(f"{value!r}: a parameter is written name=value", param, ctx)
        return key, val


@main.command()
@click.argument("source", required=False, type=SOURCE)
@click.argument("query", required=False)
@click.option("--param", "-p", "params", multiple=True, type=_Params(),
              help="Bind a query variable: name=value (a literal; <iri> for an IRI). Repeatable.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries and what they answer.")
@click.option("--timeout", type=click.FloatRange(min=0), default=QUERY_SECONDS, show_default=True, metavar="SECONDS",
              help="Stop the query after this long (0: no time limit).")
@click.option("--max-query-mb", type=click.IntRange(min=16), default=QUERY_MEMORY_MB, show_default=True,
              help="Memory the query may take (beyond what kg holds); past it the query is stopped.")
@click.option("--max-rows", type=click.IntRange(min=1), default=None, help="Give at most this many rows.")
def query(source: Path | str | None, query: str | None, params: tuple[tuple[str, str], ...], fmt: str, list_queries: bool,
          timeout: float, max_query_mb: int, max_rows: int | None) -> None:
    """Ask SPARQL of a graph. SOURCE: a build folder (its store/), an Oxigraph store, any
    RDF file, or a SPARQL endpoint's URL (http://host:8890/sparql). QUERY: a bundled
    query's name (see --list), a .rq file, or a SPARQL string.
    A bundled query's name parameters match loosely (case, spacing, diacritics, part of a
    name); one that matches nothing: the closest names on stderr, exit 1.

    \b
    kg query --list
    kg query out who-chaired-what
    kg query out posts-of --param "name=nguyen van thanh" --format csv
    kg query http://127.0.0.1:8890/sparql who-chaired-what
    """
    from kg import query as q
    from kg.sandbox import Limits

    if list_queries or query is None:
        for name, text in sorted(q.bundled().items()):
            click.echo(f"{name:18} {q.describe(text)}")
        return
    try:
        result = q.run(source, query, dict(params), Limits(timeout or None, max_query_mb), max_rows=max_rows)
    except q.NoMatch as e:
        click.echo(f"kg query: {e}", err=True)
        sys.exit(1)
    except (ValueError, SyntaxError, OSError, RuntimeError) as e:
        click.echo(f"kg query: {e}", err=True)
        sys.exit(2)
    click.echo(q.render(result, fmt), nl=False)
    if result.cut:
        click.echo(f"kg query: cut at {max_rows} rows (--max-rows)", err=True)


def _facts(source: Path | str):
    """The facts of SOURCE for network and pictures, or a clear exit where it cannot be read."""
    from kg.cli.source import read_or_exit
    from kg.network.facts import read_facts
    from kg.store import open_source

    with read_or_exit(click.get_current_context().info_name or ""):
        return read_facts(open_source(source))


@main.command()
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True,
              help="Show at most this many pairs.")
@click.option("--decide", nargs=2, type=(click.IntRange(min=1), click.Choice(["same", "different", "unsure"])),
              default=None, metavar="N VERDICT", help="Record a judgement of pair N of the listing: same, "
                                                        "different or unsure.")
@click.option("--by", default=lambda: os.environ.get("USER", ""), show_default="$USER",
              help="Who judges (kept with the judgement).")
@click.option("--judgements", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The judgements file (default: SOURCE/judgements.jsonl).")
def review(source: Path, limit: int, decide: tuple[int, str] | None, by: str, judgements: Path | None) -> None:
    """The pairs of officials of one name a build (SOURCE, its folder) left apart without
    being sure, most useful first, with what each side says; record a judgement of one.
    Every later build of the folder (and every --into) applies the judgements.

    \b
    kg review out
    kg review out --decide 1 same --by lan
    """
    from kg.resolve.judgements import JudgementError
    from kg.resolve.review import decide as record_decision
    from kg.resolve.review import describe, questions

    if not (source / "resolution.json").is_file():
        raise click.UsageError(f"{source} is not a build folder (no resolution.json)")
    try:
        qs = questions(source, judgements)
        if decide is not None:
            n, verdict = decide
            if n > len(qs):
                raise click.UsageError(f"there are {len(qs)} pairs to judge, not {n}")
            j = record_decision(source, qs[n - 1], verdict, by, judgements)
            click.echo(f"recorded: {j.a[1]} of {j.a[0]} and of {j.b[0]}: {verdict}; "
                       f"rebuild (kg build ... --into {source}) to apply it")
            return
    except JudgementError as e:
        raise click.ClickException(f"the judgements file: {e}") from None
    for n, q in enumerate(qs[:limit], 1):
        click.echo(describe(n, q) + "\n")
    click.echo(f"{len(qs)} pair(s) to judge" + (f", {limit} shown" if len(qs) > limit else ""))


@main.command()
@click.argument("source", type=SOURCE)
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the GraphML, GEXF, CSV files and the summary.")
def network(source: Path | str, out: Path) -> None:
    """Network analysis of a graph (a build folder, a store, an RDF file or a SPARQL
    endpoint's URL): who chaired what, who met whom, who holds posts in which bodies, who is named with whom, how bodies
    nest; centralities and communities; GraphML, GEXF (with years for Gephi's timeline and
    colours) and CSV for Gephi or Cytoscape and a summary (summary.md).

    \b
    kg network out --out net
    """
    from kg.network.write import write_network

    graphs, summary = write_network(_facts(source), out)
    for name, g in graphs.items():
        click.echo(f"{name:13} {g.number_of_nodes():>7,} nodes {g.number_of_edges():>8,} edges  "
                   f"{out / name}.graphml .gexf -nodes.csv -edges.csv")
    click.echo("top chairs: " + ("; ".join(f"{n} ({len(ms)})" for n, ms in summary.top_chairs[:5]) or "none"))
    click.echo(f"summary: {out / 'summary.md'}")


@main.command()
@click.argument("source", type=SOURCE)
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="What to write: FILE.html (the page), FILE.png or FILE.svg (a picture).")
@click.option("--png", is_flag=True, help="Also draw the picture as a PNG beside the page (FILE.png).")
@click.option("--around", metavar="NAME", help="Draw one official and the nodes near him (his name, with or "
              "without diacritics, or his IRI).")
@click.option("--depth", type=click.IntRange(1), default=2, show_default=True,
              help="With --around: how many links away from him.")
@click.option("--max-nodes", type=click.IntRange(1), default=150, show_default=True,
              help="Draw at most this many nodes: the largest connected parts, best-connected nodes first.")
@click.option("--title", help="The page's title.  [default: dangkg, or dangkg: NAME with --around]")
def viz(source: Path | str, out: Path, png: bool, around: str | None, depth: int, max_nodes: int,
        title: str | None) -> None:
    """An interactive page of a graph (a build folder, a store, an RDF file or a SPARQL
    endpoint's URL) that opens offline in any browser: its best-connected part, or one official's neighbourhood
    (--around); search any name of the graph, filter by kind and year, click a node for its
    facts and evidence. A .png or .svg --out draws a picture instead.

    \b
    kg viz out --out out/graph.html --png
    kg viz out --around "Nguyễn Tấn Dũng" --depth 2 --out dung.html
    """
    from kg.viz.draw import check_out, draw, picture_of

    check_out(out)
    facts = _facts(source)
    draw(facts, picture_of(facts, around, depth, max_nodes), out, png, title)


@main.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback serves the graph to the network.")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=SERVE_SECONDS, show_default=True, metavar="SECONDS",
              help="Stop a query after this long (HTTP 503).")
@click.option("--max-result-mb", type=click.FloatRange(min=0.001), default=MAX_RESULT_MB, show_default=True,
              help="Refuse an answer larger than this (HTTP 413).")
@click.option("--max-query-kb", type=click.IntRange(min=1), default=MAX_QUERY_KB, show_default=True,
              help="Refuse a request larger than this before reading it (HTTP 413).")
@click.option("--max-query-mb", type=click.IntRange(min=16), default=QUERY_MEMORY_MB, show_default=True,
              help="Memory one query may take; past it the query is stopped (HTTP 503).")
@click.option("--workers", type=click.IntRange(min=1), default=None, show_default="cores",
              help="Queries run at once (each a process); a few more wait their turn, the rest get HTTP 503.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let web pages of this origin (e.g. https://app.example) query from a browser "
                   "(Access-Control-Allow-Origin); repeatable. Default: no other origin.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log requests.")
def serve(source: Path, host: str, port: int, timeout: float, max_result_mb: float, max_query_kb: int,
          max_query_mb: int, workers: int | None, cors: tuple[str, ...], quiet: bool) -> None:
    """Serve a graph (a build folder, a store or an RDF file) over the SPARQL 1.1
    Protocol, read-only: GET or POST /query, and a query page at /.

    \b
    kg serve out
    curl -H 'Accept: text/csv' --data-urlencode query@queries/who-chaired-what.rq http://127.0.0.1:7878/query
    """
    from kg.sandbox import Limits
    from kg.serve import PATHS, ServeLimits, SparqlServer

    limits = ServeLimits(Limits(timeout, max_query_mb), int(max_result_mb * 2**20), max_query_kb * 1024,
                         workers or ServeLimits.workers)
    try:
        server = SparqlServer(source, host, port, log=None if quiet else lambda m: click.echo(m, err=True),
                              limits=limits, cors=cors)
    except (ValueError, OSError) as e:
        click.echo(f"kg serve: {e}", err=True)
        sys.exit(2)
    if not server.loopback:
        click.echo(f"kg serve: listening on {host}: anyone who can reach it can query the graph", err=True)
    click.echo(f"SPARQL endpoint (read-only): {server.url}; query page: {server.url.removesuffix(PATHS[0])}/",
               err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@click.argument("build_dir", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--endpoint", required=True,
              help="The Graph Store endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth (Virtuoso).")
@click.option("--user", metavar="NAME:PASSWORD", envvar="DANGKG_PUSH_USER",
              help="Answer the store's 401 with Digest or Basic authentication, the scheme its challenge "
                   "names (or the DANGKG_PUSH_USER environment variable).")
@click.option("--replace/--add", "replace", default=True, show_default=True,
              help="--replace: PUT each graph, replacing what the store holds in it; --add: POST, adding the "
                   "triples to the graph (a triple already there is not doubled).")
@click.option("--timeout", type=click.FloatRange(min=1), default=300.0, show_default=True, metavar="SECONDS",
              help="Longest one graph's request may take, sending and answer (its deadline).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def push(build_dir: Path, endpoint: str, user: str | None, replace: bool, timeout: float, quiet: bool) -> None:
    """Send a build's named graphs (one per article, graph/entities, graph/meta) to a
    SPARQL 1.1 Graph Store (Virtuoso, Fuseki, GraphDB, Oxigraph ...), one request per graph
    over one connection; a request meeting a connection error or a 5xx is tried again.
    On a failure it stops (exit 2) saying how many graphs were already sent: pushing again
    sends them all.

    \b
    kg push out --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba:PASSWORD
    kg push out --endpoint http://localhost:3030/dangkg/data --add
    """
    from tqdm import tqdm

    import time

    from kg.push import PushError, push as run_push

    start = time.monotonic()
    with tqdm(unit="graph", desc="push", disable=True if quiet else None) as bar:
        try:
            done = run_push(build_dir, endpoint, user, replace, timeout, started=bar.reset, progress=bar.update)
        except PushError as e:
            bar.close()
            click.echo(f"kg push: {e}", err=True)
            sys.exit(2)
    click.echo(f"kg push: {done.graphs:,} graph{'s' if done.graphs != 1 else ''}, {done.triples:,} triples {'replaced' if replace else 'added'} "
               f"at {endpoint} in {time.monotonic() - start:.1f} s", err=True)


# the commands kept in modules of their own, one per file of this folder
from kg.cli.commands import register  # noqa: E402 - needs main defined above

register(main)

if __name__ == "__main__":
    main()
