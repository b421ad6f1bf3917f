"""The `kg` command: a thin shell over the library (options in, library calls, text out).

Exit status: 0 success; 1 error (one line on stderr); 2 usage error (and `kg validate`: 1 means
violations, 2 an error); 3 some inputs of `kg build`/`kg add` could not be read (the rest went in).
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import analyse, export, ledger, query, source
from kg.errors import InputError, KgError
from kg.source import HTML, open_source
from kg.store import DEFAULT_PATH
from kg.view import render

PARTIAL = 3
T = TypeVar("T")


def one_line(error: Exception) -> str:
    """An error's message on one line (parser messages, e.g. rdflib's, span several)."""
    return " ".join(line.strip() for line in str(error).splitlines() if line.strip())


def friendly(func: Callable) -> Callable:
    """Turn kg's own errors, and files that cannot be read or written, into one line on stderr
    and exit status 1."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as e:
            raise click.ClickException(one_line(e)) from e
        except OSError as e:  # e.g. an output path that is a directory, or a full disk
            where = f"{e.filename}: " if e.filename else ""
            raise click.ClickException(f"{where}{e.strerror or e}") from e
    return wrapper


def source_options(func: Callable) -> Callable:
    """--graph FILE or --store PATH: where a command reads the graph from."""
    func = click.option("--store", "store_path", type=click.Path(path_type=Path), default=DEFAULT_PATH,
                        show_default=True, help="Project store to read (used unless --graph is given).")(func)
    return click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=None,
                        help="Read this graph file (.ttl .trig .nt .nq .jsonld) instead of the store.")(func)


confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None,
    help="Leave out facts whose confidence is below this (0 to 1).")
store_option = click.option("--store", "store_path", type=click.Path(path_type=Path), default=DEFAULT_PATH,
                            show_default=True, help="Project store (an embedded Oxigraph database).")
date_option = click.option("--date", "article_date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                           help="The articles' publication date (YYYY-MM-DD), used to resolve \"on Tuesday\"; "
                                "default: a date its file name starts with (2024-05-06-readout.txt) unless a "
                                "dateline opens the text, else the date of a line that opens with one "
                                "(a dateline or byline), else the first full date of the lead.")
credential_options = [
    click.option("--user", default=None, help="User name for the server (Virtuoso: dba)."),
    click.option("--password-env", metavar="VAR", default=None,
                 help="Environment variable that holds the password (never on the command line)."),
    click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest", show_default=True,
                 help="HTTP authentication scheme (Virtuoso: digest; Fuseki: basic)."),
]
jobs_option = click.option("--jobs", "-j", type=click.IntRange(1, 64), default=os.cpu_count() or 1,
                           show_default="number of cores", help="Worker processes for parsing.")


def with_progress(total: int, run: Callable[[Callable[[Any], None] | None], T]) -> T:
    """Run `run(on_item)` with a progress bar on stderr (count, rate, ETA) when there is more than one item."""
    if total <= 1:
        return run(None)
    started = time.monotonic()
    with click.progressbar(length=total, label="articles", file=sys.stderr, show_eta=True, show_pos=True,
                           item_show_func=lambda rate: rate) as bar:
        def tick(_: object) -> None:
            rate = (bar.pos + 1) / max(time.monotonic() - started, 1e-9)
            bar.update(1, f"{rate:.1f} articles/s")
        return run(tick)


def _wrote(out: Path) -> None:
    click.echo(f"wrote {out}", err=True)


def _readable_articles(inputs: tuple[str, ...], article_date, failures: list[InputError]):
    """Articles that could be read; each one that could not is reported and remembered."""
    from kg import read

    for item in read.attempt_inputs(list(inputs), article_date.date() if article_date else None):
        if isinstance(item, InputError):
            failures.append(item)
            continue
        for note in item.notes:
            click.echo(f"note: {item.source}: {note}", err=True)
        yield item


def _count_inputs(inputs: tuple[str, ...]) -> int:
    from kg import read

    total = 0
    for raw in inputs:
        try:
            total += 1 if raw == "-" else len(read.article_paths([raw]))
        except InputError:
            total += 1
    return total


def _ingest(inputs: tuple[str, ...], article_date, jobs: int, store_path: Path | None,
            outputs: tuple[Path, ...], whole_ledger: bool = False) -> None:
    """Extract articles into the store and/or output files, then report the inputs that failed.
    The store's ledger is relinked for the committers the articles touch, or whole if asked."""
    from kg import pipeline
    from kg.store import Store

    failures: list[InputError] = []
    total = _count_inputs(inputs)
    articles = _readable_articles(inputs, article_date, failures)
    jobs = max(1, min(jobs, total))
    if outputs:
        ds = with_progress(total, lambda tick: pipeline.build(articles, on_article=tick, jobs=jobs))
        if len(failures) < total:  # nothing read, nothing (over)written
            if store_path is not None:
                with Store(store_path, writable=True, on_wait=_say) as store:
                    store.add_dataset(ds)
                    ledger.update(store)
            source.write_outputs(source.GraphSource(dataset=ds), outputs, _wrote)
    else:
        with Store(store_path or DEFAULT_PATH, writable=True, on_wait=_say) as store:
            before = None if whole_ledger else ledger.snapshot(store)
            added = with_progress(total, lambda tick: pipeline.ingest(articles, store, on_article=tick, jobs=jobs))
            if added:  # after the articles, the threads of their committers: a ledger that fails leaves them in
                ledger.update(store, before)
        if added:
            click.echo(f"added {added} article(s) to {store_path}", err=True)
    _finish(failures, total)


def _say(message: str) -> None:
    click.echo(message, err=True)


def _finish(failures: list[InputError], total: int) -> None:
    """Report unreadable inputs: exit 1 when nothing could be read, else 3 (the rest went in)."""
    if len(failures) == 1 and total == 1:
        raise failures[0]
    if failures:
        click.echo(f"{len(failures)} of {total} input(s) could not be read:", err=True)
        for failure in failures:
            click.echo(f"  {one_line(failure)}", err=True)
        sys.exit(1 if len(failures) >= total else PARTIAL)


@click.group()
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph of leaders, nations, agreements, gifts and commitments
    from diplomacy news articles, then query, view and export it.

    Articles go into a project store (.kg/store, an embedded Oxigraph
    database, one named graph per article); every command reads the store
    unless given --graph FILE.

    \b
    Example:
      kg add data/articles
      kg query --name gifts
      kg export -o exports/graph.trig -o exports/graph.html
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path),
              help="Output file; repeat for several. Format by extension: "
                   ".ttl .trig .nt .nq .jsonld, or .html for the interactive view.")
@click.option("--store", "store_path", type=click.Path(path_type=Path), default=None,
              help=f"Also add the articles to this store (without -o: {DEFAULT_PATH}).")
@date_option
@jobs_option
@friendly
def build(inputs: tuple[str, ...], outputs: tuple[Path, ...], store_path: Path | None, article_date,
          jobs: int) -> None:
    """Extract a graph from article files, directories of them, or '-' (stdin).

    Articles are .txt (first line is the title), .md or .html. Each article
    becomes one named graph; every fact keeps its evidence sentence. With -o
    the graph is written to files; without, it goes into the store, whose
    commitment ledger is then recomputed whole (kg add relinks only the
    committers its articles touch).
    """
    for out in outputs:
        if out.suffix.lower() != HTML:
            export.format_for(out)
    _ingest(inputs, article_date, jobs, store_path or (None if outputs else DEFAULT_PATH), outputs, whole_ledger=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@store_option
@date_option
@jobs_option
@friendly
def add(inputs: tuple[str, ...], store_path: Path, article_date, jobs: int) -> None:
    """Add or replace articles in the store (one transaction each; re-adding changes nothing)."""
    _ingest(inputs, article_date, jobs, store_path, ())


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@store_option
@friendly
def remove(articles: tuple[str, ...], store_path: Path) -> None:
    """Drop articles (by id, source file or IRI; see `kg list`) from the store, and nothing else."""
    from kg.store import Store

    with Store(store_path, writable=True, on_wait=_say) as store:
        before = ledger.snapshot(store)
        for article in articles:
            gone = store.remove(article)
            click.echo(f"removed {gone.id} {gone.source}")
        ledger.update(store, before)


@cli.command(name="list")
@store_option
@friendly
def list_command(store_path: Path) -> None:
    """The articles in the store with their number of facts."""
    from kg.store import Store

    with Store(store_path) as store:
        infos = store.articles()
    for info in infos:
        click.echo(f"{info.id}  {info.facts:4d} facts  {info.source}  {info.title}")
    click.echo(f"({len(infos)} article{'s' if len(infos) != 1 else ''})")


@cli.command(name="query")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r"), help="Read the query from a .rq file.")
@click.option("--name", help="Run a bundled query (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries and exit.")
@source_options
@click.option("--format", "fmt", type=click.Choice(query.FORMATS), default="table", show_default=True)
@confidence_option
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0),
              help="Stop a query that runs longer than this many seconds (0: no limit).")
@click.option("--allow-network", is_flag=True,
              help="Let SERVICE and FROM fetch remote data (off: queries never touch the network).")
@click.option("--endpoint", metavar="URL", default=None,
              help="Run the query on this remote SPARQL endpoint (e.g. http://localhost:8890/sparql) instead.")
@credential_options[0]
@credential_options[1]
@credential_options[2]
@friendly
def query_command(sparql: str | None, query_file, name: str | None, list_queries: bool,
                  graph_path: Path | None, store_path: Path, fmt: str, min_confidence: float | None,
                  timeout: float, allow_network: bool, endpoint: str | None, user: str | None,
                  password_env: str | None, auth: str) -> None:
    """Run a SPARQL SELECT/ASK query (text, -f FILE, or --name NAME) over the graph.

    With --endpoint the query runs on that server as written (with --user and
    --password-env if it asks for them); --graph, --store and --min-confidence
    are for local queries and are refused there.
    """
    if list_queries:
        for qname, text in query.named_queries().items():
            click.echo(f"{qname:12s} {query.describe(text)}")
        return
    given = [x for x in (sparql, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of SPARQL, -f FILE or --name NAME")
    _check_endpoint_options(endpoint, graph_path, min_confidence, user, password_env)
    text = query.named(name) if name else _read_query(query_file) if query_file else str(sparql)
    query.check(text, allow_network)  # syntax errors and refusals before any work
    if endpoint:
        from kg import remote

        result = remote.query(_endpoint(endpoint, user, password_env, auth, timeout), text)
        click.echo(query.render(result, fmt), nl=False)
        return

    def task() -> query.Result:
        with open_source(graph_path, store_path, min_confidence, allow_network) as graph:
            return query.run_source(graph, text, allow_network)

    click.echo(query.render(query.limited(task, timeout), fmt), nl=False)


def _check_endpoint_options(endpoint: str | None, graph_path: Path | None, min_confidence: float | None,
                            user: str | None, password_env: str | None) -> None:
    """Refuse the options a query on a server (or a local one) would otherwise silently ignore."""
    if endpoint:
        local = [flag for flag, given in (("--graph", graph_path is not None), ("--store", _given("store_path")),
                                          ("--min-confidence", min_confidence is not None)) if given]
        if local:
            hint = " (filter on the facts' kg:confidence in the query instead)" if "--min-confidence" in local else ""
            raise click.UsageError(f"{' and '.join(local)} cannot be used with --endpoint: "
                                   f"the query runs on the server as written{hint}")
    elif user is not None or password_env is not None:
        raise click.UsageError("--user and --password-env are for --endpoint")


def _given(param: str) -> bool:
    """Whether an option was given on the command line (not left at its default)."""
    from click.core import ParameterSource

    return click.get_current_context().get_parameter_source(param) is ParameterSource.COMMANDLINE


@cli.command()
@source_options
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="HTML file to write.")
@click.option("--title", default="kg graph", show_default=True, help="Page title.")
@click.option("--max-nodes", default=300, show_default=True, type=click.IntRange(1),
              help="Draw at most this many nodes, the most connected first.")
@click.option("--focus", help="Draw only the neighbourhood of this entity (name or alias).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0), help="Steps around --focus.")
@click.option("--type", "types", default="",
              help=f"Comma-separated classes to draw ({', '.join(analyse.VIEW_CLASSES)}).")
@click.option("--png", type=click.Path(path_type=Path), default=None,
              help="Also save a PNG snapshot of the view (headless Chromium at /usr/bin/chromium).")
@confidence_option
@friendly
def view(graph_path: Path | None, store_path: Path, output: Path, title: str, max_nodes: int,
         focus: str | None, depth: int, types: str, png: Path | None, min_confidence: float | None) -> None:
    """Write a self-contained, offline HTML view: legend, class filters, search, and a side
    panel with each entity's facts and their evidence."""
    wanted = tuple(t.strip() for t in types.split(",") if t.strip())
    with open_source(graph_path, store_path, min_confidence) as graph:
        note = render.draw(graph.oxigraph, output, title, max_nodes, focus, depth, wanted)
    if note:
        click.echo(note, err=True)
    click.echo(f"wrote {output}", err=True)
    if png is not None:
        render.write_png(output, png)
        click.echo(f"wrote {png}", err=True)


@cli.command(name="export")
@source_options
@click.option("-o", "--output", "outputs", multiple=True, required=True, type=click.Path(path_type=Path),
              help="Output file; repeat for several. Format by extension.")
@confidence_option
@friendly
def export_command(graph_path: Path | None, store_path: Path, outputs: tuple[Path, ...],
                   min_confidence: float | None) -> None:
    """Write the graph as .ttl, .trig, .nt, .nq, .jsonld (and .html)."""
    with open_source(graph_path, store_path, min_confidence) as graph:
        source.write_outputs(graph, outputs, _wrote)


def _read_query(handle) -> str:
    """A query file's text; one that is not UTF-8 is a usage error, not a traceback."""
    try:
        return handle.read()
    except UnicodeDecodeError as e:
        raise click.BadParameter(f"{handle.name} is not UTF-8 text (byte {e.start})",
                                 param_hint="'-f' / '--file'") from e


@cli.command()
@source_options
def validate(graph_path: Path | None, store_path: Path) -> None:
    """Check the graph against the SHACL shapes. Exit 0: conforms, 1: violations, 2: error."""
    from kg import validate as shacl

    try:
        with open_source(graph_path, store_path) as graph:
            report = shacl.validate(graph.union())
    except KgError as e:
        click.echo(f"Error: {one_line(e)}", err=True)
        sys.exit(2)
    click.echo(shacl.describe(report), nl=False)
    sys.exit(0 if report.conforms else 1)


@cli.command()
@source_options
@click.option("--top", default=5, show_default=True, help="How many central entities to list.")
@friendly
def stats(graph_path: Path | None, store_path: Path, top: int) -> None:
    """Counts per class and the most central entities (degree centrality)."""
    with open_source(graph_path, store_path) as graph:
        result = analyse.stats(graph.union(), top)
    click.echo(f"triples: {result.triples}")
    for cls, count in result.classes.items():
        click.echo(f"{cls:13s} {count}")
    click.echo("most central:")
    for label, score in result.central:
        click.echo(f"  {score:.3f}  {label}")


@cli.command()
@click.argument("source")
@click.argument("target")
@source_options
@friendly
def path(source: str, target: str, graph_path: Path | None, store_path: Path) -> None:
    """Show how two entities (by name or IRI) are connected."""
    with open_source(graph_path, store_path) as graph:
        found = analyse.path(graph.union(), source, target)
    click.echo(" ".join(found))


@cli.command(name="ledger")
@click.argument("name")
@source_options
@friendly
def ledger_command(name: str, graph_path: Path | None, store_path: Path) -> None:
    """Follow a commitment across articles: its thread's reports in date order, with their sentences.

    NAME is words of the commitment or its committer ("Paris", "Ruritania embassy") or a
    thread's IRI; every thread that matches is printed. `kg query --name ledger` lists them all.
    """
    with open_source(graph_path, store_path) as graph:
        found = ledger.threads_named(graph.oxigraph, name)
    if not found:
        raise KgError(f"no commitment thread matches {name!r}; see `kg query --name ledger`")
    for view in found:
        by = ", ".join(view.committers) or "?"
        click.echo(f"{view.what}  ({by}; now {view.status}; {len(view.reports)} report(s))\n  {view.iri}")
        for line in view.reports:
            click.echo(f"  {line.date or '(no date)':10s}  {line.status:10s}  {' '.join(line.sentence.split())}")
            click.echo(f"  {'':10s}  {'':10s}  [{line.source}] {line.why}")
        click.echo()


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
@click.option("--show-mismatches/--no-show-mismatches", default=True, show_default=True,
              help="List missed and spurious items with their sentence and rule.")
@friendly
def eval_command(gold_dir: Path, as_json: bool, show_mismatches: bool) -> None:
    """Score kg on your own annotated articles (every *.gold.json in GOLD_DIR).

    Each gold file names its article ("article", relative to the gold file);
    kg builds it and prints precision, recall and F1 per category.
    """
    from kg import evaluate

    total = len(evaluate.gold_files(gold_dir))
    report = with_progress(total, lambda tick: evaluate.evaluate(gold_dir, on_article=tick))
    text = evaluate.report_json(report) if as_json else evaluate.format_report(report, show_mismatches)
    click.echo(text, nl=False)


def remote_options(func: Callable) -> Callable:
    """--endpoint and how to reach it: Graph Store path, user, password, auth, timeout, retries."""
    options = [
        click.option("--endpoint", required=True, metavar="URL",
                     help="The server's SPARQL query URL: http://HOST:8890/sparql (Virtuoso), "
                          "http://HOST:3030/DATASET/sparql (Fuseki); a URL with no path gets /sparql."),
        click.option("--gsp", default="sparql-graph-crud-auth", show_default=True, metavar="PATH|URL",
                     help="Graph Store Protocol endpoint, resolved against --endpoint (Fuseki: data)."),
        *credential_options,
        click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(0),
                     help="Seconds to wait for each answer (0: no limit)."),
        click.option("--retries", default=4, show_default=True, type=click.IntRange(0),
                     help="Retries, with exponential back-off, when the server is unreachable or answers 5xx."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _endpoint(endpoint: str, user: str | None, password_env: str | None, auth: str, timeout: float, **more):
    """A kg.remote.Endpoint from the remote options (the password read from its environment variable)."""
    from kg import remote

    password = None
    if password_env:
        password = os.environ.get(password_env)
        if password is None:
            raise click.UsageError(f"--password-env {password_env}: no such environment variable is set")
    elif user is not None:
        raise click.UsageError("--user needs --password-env VAR (the variable that holds the password)")
    return remote.Endpoint(endpoint, user=user, password=password, auth=auth, timeout=timeout or None, **more)


def _client(endpoint: str, gsp: str, user: str | None, password_env: str | None, auth: str,
            timeout: float, retries: int):
    """A kg.remote.Client from the remote options of push and pull."""
    from kg import remote

    return remote.Client(_endpoint(endpoint, user, password_env, auth, timeout, gsp=gsp, retries=retries))


@cli.command()
@remote_options
@store_option
@click.option("--resume", is_flag=True,
              help="Skip article graphs the server already holds with as many triples as the store "
                   "(finishes a push that stopped part-way).")
@click.option("--prune", is_flag=True,
              help="Also drop the server's article graphs that the store does not hold (e.g. after kg remove).")
@click.option("--delete", "deletes", multiple=True, metavar="ARTICLE",
              help="Instead of pushing, drop this article's graph (id or IRI) on the server; repeatable.")
@friendly
def push(endpoint: str, gsp: str, user: str | None, password_env: str | None, auth: str, timeout: float,
         retries: int, store_path: Path, resume: bool, prune: bool, deletes: tuple[str, ...]) -> None:
    """Publish the store's article graphs to a SPARQL server (Graph Store Protocol).

    Each article's named graph is replaced with one PUT, so pushing again changes
    nothing. A push that fails part-way says what was and was not written; run it
    again with --resume to finish. Article graphs on the server that the store does
    not hold (removed with kg remove) are named, and dropped with --prune.

    \b
    Example (Virtuoso, with the dba password in the environment variable KG_PW):
      kg push --endpoint http://localhost:8890/sparql --user dba --password-env KG_PW
    """
    from kg import remote
    from kg.store import Store

    if deletes and (prune or resume):
        raise click.UsageError("--delete drops graphs instead of pushing: it takes neither --prune nor --resume")
    client = _client(endpoint, gsp, user, password_env, auth, timeout, retries)
    if deletes:
        for iri, existed in remote.delete(client, deletes):
            click.echo(f"{'dropped' if existed else 'not on the server:'} {iri}")
        return
    with Store(store_path) as store:
        total = len(remote.local_graphs(store.oxigraph))
        report = with_progress(total, lambda tick: remote.push(store.oxigraph, client, resume, on_graph=tick,
                                                               prune=prune))
    for iri in report.dropped:
        click.echo(f"dropped {iri}")
    skipped = f"; {len(report.skipped)} already there" if report.skipped else ""
    dropped = f"; dropped {len(report.dropped)} not in the store" if report.dropped else ""
    click.echo(f"pushed {len(report.written)} article graph(s), {report.triples} triples, "
               f"to {client.endpoint.gsp_url}{skipped}{dropped}")
    note = remote.stale_note(report)
    if note:
        click.echo(note, err=True)


@cli.command()
@remote_options
@click.option("-o", "--output", "outputs", multiple=True, required=True, type=click.Path(path_type=Path),
              help="Output file; repeat for several. Format by extension: .ttl .trig .nt .nq .jsonld.")
@friendly
def pull(endpoint: str, gsp: str, user: str | None, password_env: str | None, auth: str, timeout: float,
         retries: int, outputs: tuple[Path, ...]) -> None:
    """Download every article graph from a SPARQL server into files, written as `kg export` writes them."""
    from kg import remote

    for out in outputs:
        export.format_for(out)
    client = _client(endpoint, gsp, user, password_env, auth, timeout, retries)
    pulled = source.GraphSource(remote.pull(client), streams=True)
    source.write_outputs(pulled, outputs, _wrote)
    triples = sum(n for _, n in remote.local_graphs(pulled.oxigraph))  # the article graphs, not the ledger derived here
    click.echo(f"pulled {triples} triples from {client.endpoint.query_url}", err=True)
    note = remote.altered_note(pulled.oxigraph)
    if note:
        click.echo(note, err=True)


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (keep the loopback default unless you mean to share the store).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Stop a query that runs longer than this many seconds (answered 503).")
@click.option("--workers", default=max(2, os.cpu_count() or 1), show_default="cores, at least 2",
              type=click.IntRange(1, 64), help="Query worker processes for ordinary queries (one more waits "
                                               "on standby; each long query keeps one of its own).")
@click.option("--long-queries", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Long queries (past a second of running, or cartesian products) that may run at once; "
                   "more are refused with 429 and Retry-After.")
@click.option("--log/--no-log", default=False, show_default=True, help="Log every request on stderr.")
@friendly
def serve(store_path: Path, host: str, port: int, timeout: float, workers: int, long_queries: int,
          log: bool) -> None:
    """Serve the store read-only over HTTP: a SPARQL 1.1 endpoint at /sparql, the explorer at /.

    The server answers from a snapshot of the store taken when it starts, so `kg add`
    may write meanwhile; restart the server to serve articles added since.
    """
    from kg import serve as served

    server = served.start(store_path, host, port, timeout, workers,
                          log=(lambda line: click.echo(line, err=True)) if log else None, long_limit=long_queries)
    if not served.is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can query the store",
                   err=True)
    click.echo(f"serving {store_path} at {server.url}sparql (explorer: {server.url}); Ctrl-C stops", err=True)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        served.close(server)


def _interrupt(*_: object) -> None:
    """SIGTERM stops `kg serve` as Ctrl-C does (the snapshot and workers are cleaned up)."""
    raise KeyboardInterrupt


if __name__ == "__main__":
    cli()
