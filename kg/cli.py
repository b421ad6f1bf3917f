"""The `kg` command: a thin shell over the library (options in, library calls, text out)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path

import click

from kg import analyse, export, query, rdf, render
from kg.errors import KgError

HTML = ".html"


def one_line(error: Exception) -> str:
    """An error's message on one line (parser messages, e.g. rdflib's, span several)."""
    return " ".join(line.strip() for line in str(error).splitlines() if line.strip())


def friendly(func: Callable) -> Callable:
    """Turn kg's own errors into one line on stderr and exit status 1."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as e:
            raise click.ClickException(one_line(e)) from e
    return wrapper


graph_option = click.option("--graph", "graph_path", required=True, type=click.Path(path_type=Path),
                            help="Graph file to read (.ttl, .trig, .nt, .nq, .jsonld).")


def with_progress(total: int, run: Callable[[Callable | None], object]) -> object:
    """Run `run(on_item)` with a progress bar on stderr (rate and ETA) when there is more than one item."""
    if total <= 1:
        return run(None)
    with click.progressbar(length=total, label="articles", file=sys.stderr, show_eta=True) as bar:
        return run(lambda _: bar.update(1))


def _load(graph_path: Path, min_confidence: float | None):
    """A graph file, without the facts below `min_confidence` when one is given."""
    ds = export.load(graph_path)
    return ds if min_confidence is None else rdf.above_confidence(ds, min_confidence)


confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None,
    help="Leave out facts whose confidence is below this (0 to 1).")


def _write_outputs(ds, outputs: tuple[Path, ...]) -> None:
    for out in outputs:
        if out.suffix.lower() == HTML:
            render.write_html(ds, out, title=f"kg: {out.stem}")
        else:
            export.write(ds, out)
        click.echo(f"wrote {out}", err=True)


@click.group()
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph of leaders, nations, agreements, gifts and commitments
    from diplomacy news articles, then query, view and export it.

    \b
    Example:
      kg build data/articles -o exports/graph.trig -o exports/graph.html
      kg query --name gifts --graph exports/graph.trig
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "outputs", multiple=True, required=True, type=click.Path(path_type=Path),
              help="Output file; repeat for several. Format by extension: "
                   ".ttl .trig .nt .nq .jsonld, or .html for the interactive view.")
@click.option("--date", "article_date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The articles' publication date (YYYY-MM-DD), used to resolve \"on Tuesday\"; "
                   "default: the first full date written in each article.")
@friendly
def build(inputs: tuple[str, ...], outputs: tuple[Path, ...], article_date) -> None:
    """Extract a graph from article files, directories of them, or '-' (stdin).

    Articles are .txt (first line is the title), .md or .html. Each article
    becomes one named graph; every fact keeps its evidence sentence.
    """
    from kg import pipeline, read

    for out in outputs:
        if out.suffix.lower() != HTML:
            export.format_for(out)
    paths = read.article_paths([i for i in inputs if i != "-"])
    articles = read.read_inputs(list(inputs), article_date.date() if article_date else None)
    ds = with_progress(len(paths) + ("-" in inputs), lambda tick: pipeline.build(articles, on_article=tick))
    _write_outputs(ds, outputs)


@cli.command(name="query")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r"), help="Read the query from a .rq file.")
@click.option("--name", help="Run a bundled query (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries and exit.")
@click.option("--graph", "graph_path", type=click.Path(path_type=Path),
              help="Graph file to read (.ttl, .trig, .nt, .nq, .jsonld).")
@click.option("--format", "fmt", type=click.Choice(query.FORMATS), default="table", show_default=True)
@confidence_option
@friendly
def query_command(sparql: str | None, query_file, name: str | None, list_queries: bool,
                  graph_path: Path | None, fmt: str, min_confidence: float | None) -> None:
    """Run a SPARQL SELECT/ASK query (text, -f FILE, or --name NAME) over a graph."""
    if list_queries:
        for qname, text in query.named_queries().items():
            click.echo(f"{qname:12s} {query.describe(text)}")
        return
    given = [x for x in (sparql, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of SPARQL, -f FILE or --name NAME")
    if graph_path is None:
        raise click.UsageError("--graph FILE is required")
    text = query.named(name) if name else query_file.read() if query_file else sparql
    click.echo(query.render(query.run(_load(graph_path, min_confidence), text), fmt), nl=False)


@cli.command()
@graph_option
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="HTML file to write.")
@click.option("--title", default="kg graph", show_default=True, help="Page title.")
@confidence_option
@friendly
def view(graph_path: Path, output: Path, title: str, min_confidence: float | None) -> None:
    """Write a self-contained, offline HTML view of the graph (legend, tooltips with evidence)."""
    render.write_html(_load(graph_path, min_confidence), output, title=title)
    click.echo(f"wrote {output}", err=True)


@cli.command(name="export")
@graph_option
@click.option("-o", "--output", "outputs", multiple=True, required=True, type=click.Path(path_type=Path),
              help="Output file; repeat for several. Format by extension.")
@confidence_option
@friendly
def export_command(graph_path: Path, outputs: tuple[Path, ...], min_confidence: float | None) -> None:
    """Convert a graph between .ttl, .trig, .nt, .nq, .jsonld (and .html)."""
    _write_outputs(_load(graph_path, min_confidence), outputs)


@cli.command()
@graph_option
@friendly
def validate(graph_path: Path) -> None:
    """Check the graph against the SHACL shapes. Exit 0: conforms, 1: violations, 2: error."""
    from kg import validate as shacl

    try:
        report = shacl.validate(export.union(export.load(graph_path)))
    except KgError as e:
        click.echo(f"Error: {one_line(e)}", err=True)
        sys.exit(2)
    click.echo(shacl.describe(report), nl=False)
    sys.exit(0 if report.conforms else 1)


@cli.command()
@graph_option
@click.option("--top", default=5, show_default=True, help="How many central entities to list.")
@friendly
def stats(graph_path: Path, top: int) -> None:
    """Counts per class and the most central entities (degree centrality)."""
    result = analyse.stats(export.union(export.load(graph_path)), top)
    click.echo(f"triples: {result.triples}")
    for cls, count in result.classes.items():
        click.echo(f"{cls:13s} {count}")
    click.echo("most central:")
    for label, score in result.central:
        click.echo(f"  {score:.3f}  {label}")


@cli.command()
@click.argument("source")
@click.argument("target")
@graph_option
@friendly
def path(source: str, target: str, graph_path: Path) -> None:
    """Show how two entities (by name or IRI) are connected."""
    click.echo(" ".join(analyse.path(export.union(export.load(graph_path)), source, target)))


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


if __name__ == "__main__":
    cli()
