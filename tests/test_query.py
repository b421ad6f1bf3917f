"""kg.query: bundled queries, offline-only execution, syntax errors, output formats."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
from pathlib import Path

import pytest

from kg import export, query
from kg.errors import QueryError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_GRAPH = ROOT / "exports" / "graph.trig"
BUNDLED = sorted(query.named_queries())
PREFIXES = ("PREFIX kg: <https://example.org/kg/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")


@pytest.fixture(scope="module")
def sample():
    return export.load(SAMPLE_GRAPH)


def test_the_documented_queries_are_bundled():
    assert {"leaders", "agreements", "gifts", "commitments", "meetings", "timeline"} <= set(BUNDLED)


@pytest.mark.parametrize("name", BUNDLED)
def test_every_bundled_query_answers_on_the_sample(sample, name):
    result = query.run(sample, query.named(name))
    assert result.columns
    assert len(result.rows) >= 1
    assert all(len(row) == len(result.columns) for row in result.rows)
    assert all(isinstance(cell, str) for row in result.rows for cell in row)


@pytest.mark.parametrize("name", BUNDLED)
def test_every_bundled_query_describes_itself(name):
    text = query.named_queries()[name]
    description = query.describe(text)
    assert description
    assert not description.startswith("#")
    assert "\n" not in description


def test_describe_without_a_comment_is_empty():
    assert query.describe("SELECT * WHERE { ?s ?p ?o }") == ""
    assert query.describe("") == ""


def test_leaders_query_names_the_leaders(sample):
    result = query.run(sample, query.named("leaders"))
    leaders = {row[result.columns.index("leader")] for row in result.rows}
    assert {"Donald Trump", "Sanae Takaichi"} <= leaders


def test_unknown_bundled_name_lists_the_real_ones():
    with pytest.raises(QueryError) as err:
        query.named("no-such-query")
    message = str(err.value)
    assert "no-such-query" in message
    assert all(name in message for name in BUNDLED)


@pytest.fixture
def listener():
    """A TCP listener on a free local port that records every connection it accepts."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.05)
    accepted: list[tuple] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, addr = srv.accept()
            except (TimeoutError, OSError):
                continue
            accepted.append(addr)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()

    def settled() -> list[tuple]:
        time.sleep(0.15)  # let any connection still in the backlog be accepted
        return list(accepted)

    yield srv.getsockname()[1], settled
    stop.set()
    thread.join(timeout=2)
    srv.close()


def test_listener_notices_a_connection(listener):
    """Control: the listener does see connections, so 'accepted nothing' below means something."""
    port, settled = listener
    with socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    assert len(settled()) == 1


def test_rdflib_alone_would_connect(sample, listener):
    """Control: without kg's guard, rdflib really does contact a SERVICE endpoint."""
    port, settled = listener
    with pytest.raises(Exception):  # noqa: B017 (whatever rdflib raises once the listener hangs up)
        list(sample.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"))
    assert len(settled()) >= 1


SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "select * where {{ service <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * WHERE {{ ?x ?y ?z FILTER EXISTS {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }}",
    "ASK {{ OPTIONAL {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }}",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_without_connecting(sample, listener, template):
    port, settled = listener
    with pytest.raises(QueryError, match="SERVICE"):
        query.run(sample, template.format(port=port))
    assert settled() == []


@pytest.mark.parametrize("template", [
    "SELECT * FROM <http://127.0.0.1:{port}/g.ttl> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <http://127.0.0.1:{port}/g.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "ASK FROM <http://127.0.0.1:{port}/g.ttl> {{ ?s ?p ?o }}",
])
def test_dataset_clauses_are_refused_without_connecting(sample, listener, template):
    # rdflib would fetch every FROM / FROM NAMED IRI (network or local file)
    port, settled = listener
    with pytest.raises(QueryError, match="FROM"):
        query.run(sample, template.format(port=port))
    assert settled() == []


def test_the_word_service_in_a_literal_is_fine(sample):
    result = query.run(sample, 'SELECT ?x WHERE { BIND("SERVICE <http://x/>" AS ?x) }')
    assert result.rows == [["SERVICE <http://x/>"]]


@pytest.mark.parametrize("text, line", [
    ("SELECT * WHERE { ?s ?p }", 1),
    ("SELECT *\nWHERE {\n  ?s ?p ?o ?extra .\n}", 3),
    ("SELEKT * WHERE { ?s ?p ?o }", 1),
])
def test_malformed_sparql_reports_line_and_column(sample, text, line):
    with pytest.raises(QueryError) as err:
        query.run(sample, text)
    message = str(err.value)
    assert "line" in message and "column" in message
    assert f"line {line}," in message


def test_construct_is_not_supported(sample):
    with pytest.raises(QueryError, match="SELECT and ASK"):
        query.run(sample, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def test_unknown_prefix_is_a_query_error(sample):
    with pytest.raises(QueryError):
        query.run(sample, "SELECT * WHERE { ?s nope:p ?o }")


def test_ask(sample):
    yes = query.run(sample, PREFIXES + "ASK { ?l a kg:Leader ; rdfs:label \"Donald Trump\" }")
    no = query.run(sample, PREFIXES + "ASK { ?l a kg:Leader ; rdfs:label \"Nobody At All\" }")
    assert yes.columns == no.columns == ["answer"]
    assert yes.rows == [["true"]]
    assert no.rows == [["false"]]


def test_unbound_values_are_empty_strings(sample):
    result = query.run(sample, "SELECT ?a ?b WHERE { BIND(1 AS ?a) }")
    assert result.columns == ["a", "b"]
    assert result.rows == [["1", ""]]


@pytest.fixture(scope="module")
def leaders(sample):
    return query.run(sample, query.named("leaders"))


def test_render_csv(leaders):
    rows = list(csv.reader(io.StringIO(query.render(leaders, "csv"))))
    assert rows[0] == leaders.columns == ["leader", "title", "nation"]
    assert rows[1:] == leaders.rows


def test_render_json(leaders):
    records = json.loads(query.render(leaders, "json"))
    assert isinstance(records, list) and len(records) == len(leaders.rows)
    assert all(list(r) == leaders.columns for r in records)
    assert [list(r.values()) for r in records] == leaders.rows


def test_render_table(leaders):
    lines = query.render(leaders, "table").splitlines()
    assert lines[0].split() == leaders.columns
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[-1] == f"({len(leaders.rows)} rows)"
    assert len(lines) == len(leaders.rows) + 3
    assert any("Donald Trump" in line for line in lines[2:-1])


def test_render_table_truncates_long_cells_and_counts_one_row():
    result = query.Result(["x"], [["y" * 100]])
    lines = query.render(result, "table").splitlines()
    assert lines[-1] == "(1 row)"
    assert len(lines[2]) == 60 and lines[2].endswith("…")


def test_render_empty_result():
    result = query.Result(["a", "b"], [])
    assert query.render(result, "csv") == "a,b\n"
    assert json.loads(query.render(result, "json")) == []
    assert query.render(result, "table").splitlines()[-1] == "(0 rows)"


def test_oxigraph_and_rdflib_give_the_same_rows(tmp_path):
    from kg.store import Store

    ds = export.load(SAMPLE_GRAPH)
    with Store(tmp_path / "store", writable=True) as store:
        store.add_dataset(ds)
        for name, text in query.named_queries().items():
            ox_rows = query.run_oxigraph(store.oxigraph, text).rows
            rdflib_rows = query.run(ds, text).rows
            assert len(ox_rows) == len(rdflib_rows) > 0, name
            assert _unordered(ox_rows) == _unordered(rdflib_rows), name


def _unordered(rows: list[list[str]]) -> list[list[str]]:
    """Rows cell for cell, but a GROUP_CONCAT's parts (", ") in sorted order: SPARQL leaves that order
    to the engine, and rows with equal sort keys may come in either order."""
    return sorted([", ".join(sorted(cell.split(", "))) for cell in row] for row in rows)


def test_oxigraph_path_refuses_service_too(tmp_path):
    from kg.store import Store

    with Store(tmp_path / "store", writable=True) as store:
        with pytest.raises(QueryError, match="SERVICE"):
            query.run_oxigraph(store.oxigraph, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


@pytest.mark.parametrize("text", ["LOAD <http://127.0.0.1:9/data.ttl>",
                                  "INSERT DATA { <http://x/a> <http://x/p> 1 }",
                                  "CLEAR ALL"])
def test_updates_and_load_are_refused(sample, text):
    with pytest.raises(QueryError):
        query.run(sample, text)


@pytest.mark.slow
def test_a_runaway_query_is_stopped(sample):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    with pytest.raises(QueryError, match="longer than 1 s"):
        query.limited(lambda: query.run(sample, slow), timeout=1)
    assert time.monotonic() - started < 10


def test_limited_passes_rows_and_errors_back(sample):
    rows = query.limited(lambda: query.run(sample, query.named("leaders")), timeout=20).rows
    assert any("Sanae Takaichi" in r for r in rows)
    with pytest.raises(QueryError, match="no bundled query"):
        query.limited(lambda: query.run(sample, query.named("nope")), timeout=20)


def test_allow_network_lets_service_through_the_check():
    query.check("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", allow_network=True)


@pytest.mark.parametrize("lexical, shown", [("550000000000.0", "550000000000"), ("2.50", "2.5"),
                                            ("0.0", "0"), ("12", "12")])
def test_decimals_print_in_canonical_form_as_from_the_store(lexical, shown):
    from rdflib import XSD, Literal
    assert query._text(Literal(lexical, datatype=XSD.decimal)) == shown


def test_oxigraph_rows_are_plain_values_with_unbound_as_empty(tmp_path):
    """Oxigraph's rows come through its CSV writer: a literal's lexical form with its commas,
    quotes and newlines intact, an IRI bare, and an unbound cell empty, even when it is the only one."""
    from kg.store import Store

    text = ('SELECT ?x ?y WHERE { VALUES (?x ?y) { ("a, \\"b\\"\\nc" <http://x/y>) '
            '(UNDEF "2.50"^^<http://www.w3.org/2001/XMLSchema#decimal>) } }')
    with Store(tmp_path / "store", writable=True) as store:
        result = query.run_oxigraph(store.oxigraph, text)
        lone = query.run_oxigraph(store.oxigraph, "SELECT ?x WHERE { OPTIONAL { ?s ?p ?x } }")
    assert result.columns == ["x", "y"]
    assert result.rows == [['a, "b"\nc', "http://x/y"], ["", "2.5"]]
    assert lone.rows == [[""]]
