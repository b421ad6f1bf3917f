"""SPARQL over a graph: bundled named queries, user queries, tables, CSV and JSON.

Queries run locally only: a query that contains SERVICE (federation) or a
FROM / FROM NAMED dataset clause (both of which would make rdflib open network
connections or read other files) is refused before it runs.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from multiprocessing import get_context
from typing import TYPE_CHECKING

from pyparsing import ParseException, ParseResults
from rdflib import XSD, Dataset, Graph, Literal
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.query import ResultRow

from kg.errors import KgError, QueryError
from kg.rdf import canonical_decimal

if TYPE_CHECKING:
    from kg.source import GraphSource

FORMATS = ("table", "csv", "json")


@dataclass(frozen=True, slots=True)
class Result:
    """Column names and rows of plain strings (empty string for unbound)."""

    columns: list[str]
    rows: list[list[str]]


def named_queries() -> dict[str, str]:
    """Bundled queries by name (file stem in kg/queries)."""
    folder = resources.files("kg") / "queries"
    return {p.name.removesuffix(".rq"): p.read_text(encoding="utf-8")
            for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".rq")}


def describe(text: str) -> str:
    """The first comment line of a query: what it answers."""
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    return first.lstrip("# ").strip() if first.startswith("#") else ""


def named(name: str) -> str:
    """A bundled query's text, or an error listing the names that exist."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no bundled query {name!r}; choose one of {', '.join(queries)}")
    return queries[name]


def _contains_service(node: object) -> bool:
    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):
        return any(_contains_service(v) for v in node.values())
    if isinstance(node, (list, tuple, ParseResults)):
        return any(_contains_service(v) for v in node)
    return False


def check(text: str, allow_network: bool = False, allow_from: bool = False) -> None:
    """Refuse malformed queries (with the parser's position) and, unless allowed, SERVICE and FROM.

    `allow_from` lets FROM / FROM NAMED through on its own: for Oxigraph (kg serve), which reads
    them from the store's named graphs and never fetches them."""
    try:
        tree = parseQuery(text)
    except ParseException as e:
        raise QueryError(f"SPARQL syntax error at line {e.lineno}, column {e.col}: {e.msg}") from e
    if allow_network:
        return
    if _contains_service(tree):
        raise QueryError("SERVICE (federated query) is not allowed: kg queries run offline")
    if not allow_from and any(isinstance(part, dict) and "datasetClause" in part for part in tree):
        # rdflib would fetch each FROM / FROM NAMED IRI (over the network, or from disk)
        raise QueryError("FROM / FROM NAMED is not allowed: kg queries run offline over the given graph")


def run(graph: Graph | Dataset, text: str, allow_network: bool = False) -> Result:
    """Run a SELECT or ASK query and return its rows as strings."""
    check(text, allow_network)
    try:
        result = graph.query(text)
        if result.type == "ASK":
            return Result(["answer"], [[str(bool(result.askAnswer)).lower()]])
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries are supported here")
        columns = [str(v) for v in result.vars or ()]
        rows = [[_text(row[i]) for i in range(len(columns))] for row in result if isinstance(row, ResultRow)]
    except QueryError:
        raise
    except Exception as e:  # rdflib evaluation errors have no common base class
        raise QueryError(f"query failed: {e}") from e
    return Result(columns, rows)


def run_source(source: GraphSource, text: str, allow_network: bool = False) -> Result:
    """Run a checked query on a graph source: on its Oxigraph store, or with rdflib when SERVICE and
    FROM may fetch remote data (only rdflib can)."""
    if allow_network:
        return run(source.dataset(), text, allow_network)
    return run_oxigraph(source.oxigraph, text, checked=True)


def run_oxigraph(store, text: str, checked: bool = False) -> Result:
    """Run a SELECT or ASK query on a pyoxigraph store (its default graph is the union of articles).

    `checked`: the caller has already passed `text` through `check` (rdflib's parser, 3-50 ms a
    query), so it is not parsed twice."""
    import pyoxigraph

    if not checked:
        check(text)
    result = None
    try:
        result = store.query(text)
        if isinstance(result, pyoxigraph.QueryBoolean):
            return Result(["answer"], [[str(bool(result)).lower()]])
        if not isinstance(result, pyoxigraph.QuerySolutions):
            raise QueryError("only SELECT and ASK queries are supported here")
        return _solutions(result)
    except (SyntaxError, OSError) as e:
        raise QueryError(f"query failed: {e}") from e
    finally:
        # An error's traceback keeps this frame alive, maybe until a garbage collection on
        # another thread; Oxigraph's result objects must be freed on the thread that made them.
        result = None


def _solutions(result) -> Result:
    """Solutions through Oxigraph's CSV writer, whose cells are the terms' plain values (what
    `.value` gives; empty when unbound): no Python object per term (faster on big results, see
    benchmarks/results.md)."""
    import pyoxigraph

    columns = [v.value for v in result.variables]
    data = result.serialize(format=pyoxigraph.QueryResultsFormat.CSV).decode("utf-8")
    rows = list(csv.reader(io.StringIO(data, newline="")))[1:]
    # a row whose only cell is unbound is an empty line, which csv reads as no cells
    return Result(columns, [row or [""] * len(columns) for row in rows])


def limited(task: Callable[[], Result], timeout: float | None) -> Result:
    """Run a query task in a child process and stop it after `timeout` seconds.

    Neither rdflib nor Oxigraph can interrupt a running query, so a runaway one
    runs where it can be killed; the child sends back its rows or its error.
    """
    if not timeout:
        return task()
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        try:
            sender.send(("ok", task()))
        except KgError as e:
            sender.send(("error", str(e)))
        except Exception as e:  # anything else still comes back as one line
            sender.send(("error", f"query failed: {e}"))

    process = context.Process(target=child, daemon=True)
    process.start()
    if not receiver.poll(timeout):
        process.kill()
        process.join()
        raise QueryError(f"the query ran longer than {timeout:g} s and was stopped (see --timeout)")
    kind, value = receiver.recv()
    process.join()
    if kind == "error":
        raise QueryError(value)
    return value


def _text(term: object) -> str:
    """A term as a table cell; decimals in canonical form ("2", "2.5"), as Oxigraph writes them,
    so a file and the store print the same numbers."""
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        return canonical_decimal(term)
    return "" if term is None else str(term)


def render(result: Result, fmt: str) -> str:
    """Rows as an aligned text table, CSV or JSON."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return out.getvalue()
    if fmt == "json":
        rows = [dict(zip(result.columns, r, strict=True)) for r in result.rows]
        return json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
    return _table(result)


def _table(result: Result, width: int = 60) -> str:
    cells = [[c[:width - 1] + "…" if len(c) > width else c for c in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(result.columns)]
    line = lambda row: "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(result.columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    return "\n".join(out) + f"\n({len(cells)} row{'s' if len(cells) != 1 else ''})\n"
