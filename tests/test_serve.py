"""kg serve: the read-only SPARQL endpoint, through SPARQLWrapper and plain HTTP, and a load test."""

from __future__ import annotations

import csv
import io
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from http.client import HTTPConnection
from pathlib import Path

import pytest
from pyoxigraph import NamedNode
from rdflib import RDF, Graph, URIRef
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper

from kg import export, ledger, query, remote, serve
from kg.store import Store
from kg.vocab import KG, LEDGER_GRAPH

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "exports" / "graph.trig"
TIMEOUT = 3.0
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LEADERS = "CONSTRUCT WHERE { ?s a <https://example.org/kg/ontology#Leader> }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    with Store(path, writable=True) as store:
        store.add_dataset(export.load(SAMPLE))
        ledger.update(store)  # as kg add keeps it
    return path


@pytest.fixture(scope="module")
def url(store_path):
    """A running server (2 workers, 3 s timeout) on a free loopback port."""
    server = serve.start(store_path, "127.0.0.1", 0, timeout=TIMEOUT, workers=2)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server.url
    serve.stop(server)


def wrapper(url: str, text: str, fmt=JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url + "sparql")
    sparql.setQuery(text)
    sparql.setReturnFormat(fmt)
    return sparql


def http(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, content type, body) of one request, errors included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read().decode()


def oversized_status(url: str, length: int) -> int:
    """Status of a POST that announces `length` body bytes and sends none: the server must refuse
    on the header alone (sending the body too races the server's early close: a broken pipe)."""
    parts = urllib.parse.urlsplit(url)
    connection = HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.putrequest("POST", "/sparql")
        connection.putheader("Content-Type", "application/sparql-query")
        connection.putheader("Content-Length", str(length))
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


def get(url: str, text: str, **headers):
    return http(f"{url}sparql?{urllib.parse.urlencode({'query': text})}", headers=headers)


def local_rows(store_path: Path, text: str) -> list[list[str]]:
    with Store(store_path) as store:
        return query.run_oxigraph(store.oxigraph, text).rows


def test_every_bundled_query_answers_as_kg_query_does(url, store_path):
    for name, text in query.named_queries().items():
        result = wrapper(url, text).queryAndConvert()
        columns = result["head"]["vars"]
        rows = [[b.get(c, {}).get("value", "") for c in columns] for b in result["results"]["bindings"]]
        assert rows == local_rows(store_path, text), name


def test_results_in_every_format(url, store_path):
    text = query.named("leaders")
    expected = local_rows(store_path, text)
    xml = wrapper(url, text, XML).queryAndConvert()  # a DOM document
    assert len(xml.getElementsByTagName("result")) == len(expected)
    table = list(csv.reader(io.StringIO(wrapper(url, text, CSV).queryAndConvert().decode())))
    assert table[1:] == expected
    tsv = wrapper(url, text, TSV).queryAndConvert().decode().splitlines()
    assert len(tsv) == len(expected) + 1 and tsv[0].startswith("?leader\t")
    for accept, media in [("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
                          ("*/*", "application/sparql-results+json"), ("", "application/sparql-results+json")]:
        status, content_type, _ = get(url, text, Accept=accept)
        assert (status, content_type) == (200, media), accept
    status, _, body = get(url, text, Accept="image/png")
    assert status == 406 and "application/sparql-results+json" in body


def test_ask_construct_and_post(url):
    assert wrapper(url, "ASK { ?s a <https://example.org/kg/ontology#Gift> }").queryAndConvert()["boolean"] is True
    turtle = wrapper(url, LEADERS, TURTLE)
    assert len(Graph().parse(data=turtle.queryAndConvert().decode(), format="turtle")) == 3
    for method in (URLENCODED, POSTDIRECTLY):  # form-encoded, and application/sparql-query
        sparql = wrapper(url, COUNT)
        sparql.setMethod(POST)
        sparql.setRequestMethod(method)
        assert int(sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"]) > 200


def test_sparqlwrapper_gets_every_graph_format_it_asks_for(url):
    # SPARQLWrapper sends format=n3 (or format=rdf+xml&format=application/rdf+xml ...) beside its Accept
    # header, and warns when the answer is not in the format it asked for
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        n3 = wrapper(url, LEADERS, N3).queryAndConvert()
        rdfxml = wrapper(url, LEADERS, RDFXML).queryAndConvert()
        jsonld = wrapper(url, LEADERS, JSONLD).queryAndConvert()
    with pytest.warns(RuntimeWarning, match="Sending Accept header"):  # SPARQLWrapper's own doubt
        as_json = wrapper(url, LEADERS, JSON).queryAndConvert()  # format=json for a graph: JSON-LD
    assert len(Graph().parse(data=n3.decode(), format="n3")) == 3
    assert len(rdfxml) == len(jsonld) == len(as_json) == 3


@pytest.mark.parametrize("fmt, accept, kind, media", [
    ("json", "text/csv", "select", "application/sparql-results+json"),  # format= wins over Accept
    ("xml", "", "select", "application/sparql-results+xml"),
    ("csv", "", "select", "text/csv"),
    ("tsv", "", "select", "text/tab-separated-values"),
    ("text/csv", "", "select", "text/csv"),
    ("no-such-format", "text/csv", "select", "text/csv"),  # an unknown name falls back to Accept
    ("turtle", "", "construct", "text/turtle"),
    ("ttl", "", "construct", "text/turtle"),
    ("n3", "", "construct", "text/n3"),
    ("ntriples", "", "construct", "application/n-triples"),
    ("nt", "", "construct", "application/n-triples"),
    ("rdfxml", "", "construct", "application/rdf+xml"),
    ("xml", "", "construct", "application/rdf+xml"),
    ("json-ld", "", "construct", "application/ld+json"),
    ("json", "", "construct", "application/ld+json"),
    ("csv", "application/n-triples", "construct", "application/n-triples"),  # no CSV for a graph: Accept
])
def test_format_names(url, fmt, accept, kind, media):
    text = LEADERS if kind == "construct" else query.named("leaders")
    status, content_type, body = http(f"{url}sparql?{urllib.parse.urlencode({'query': text, 'format': fmt})}",
                                      headers={"Accept": accept} if accept else {})
    assert (status, content_type) == (200, media), body


def test_no_format_that_fits_is_406(url):
    status, _, body = http(f"{url}sparql?{urllib.parse.urlencode({'query': COUNT, 'format': 'png'})}",
                           headers={"Accept": "image/png"})
    assert status == 406 and "format=png" in body and "application/sparql-results+json" in body


def count(url: str, text: str = COUNT, **params) -> int:
    """The ?n of a COUNT query, with protocol parameters (lists for repeated ones)."""
    query_string = urllib.parse.urlencode({"query": text, **params}, doseq=True)
    status, _, body = http(f"{url}sparql?{query_string}", headers={"Accept": "text/csv"})
    assert status == 200, body
    return int(body.split()[1])


def test_the_dataset_from_protocol_parameters_and_from(url, store_path):
    with Store(store_path) as store:
        [(article, triples)] = remote.local_graphs(store.oxigraph)
        derived = len(list(store.oxigraph.quads_for_pattern(None, None, None, NamedNode(str(LEDGER_GRAPH)))))
    other = "https://example.org/kg/id/article/0000000000000000"  # no such graph: empty
    named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(url) == triples + derived  # the default graph: the union of the article graphs and the ledger
    assert count(url, **{"default-graph-uri": article}) == triples
    assert count(url, **{"default-graph-uri": other}) == 0
    assert count(url, **{"named-graph-uri": article}) == 0  # named graphs only: an empty default graph
    assert count(url, named, **{"named-graph-uri": article}) == triples
    assert count(url, named, **{"named-graph-uri": other}) == 0
    assert count(url, named, **{"default-graph-uri": article}) == 0  # ... and no named graphs
    assert count(url, named, **{"named-graph-uri": [article, other]}) == triples
    assert count(url, f"SELECT (COUNT(*) AS ?n) FROM <{article}> WHERE {{ ?s ?p ?o }}") == triples
    assert count(url, f"SELECT (COUNT(*) AS ?n) FROM <{other}> WHERE {{ ?s ?p ?o }}") == 0
    assert count(url, f"SELECT (COUNT(*) AS ?n) FROM <{other}> WHERE {{ ?s ?p ?o }}",
                 **{"default-graph-uri": article}) == triples  # the request's dataset wins
    sparql = wrapper(url, COUNT)  # SPARQLWrapper sends them too
    sparql.addDefaultGraph(other)
    assert sparql.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "0"
    status, _, body = http(f"{url}sparql?{urllib.parse.urlencode({'query': COUNT, 'default-graph-uri': 'x y'})}")
    assert status == 400 and "default-graph-uri" in body


def test_updates_service_and_load_are_refused(url):
    for text in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <http://example.org/data.ttl>",
                 "DROP ALL"):
        status, _, body = http(url + "sparql", urllib.parse.urlencode({"query": text}).encode())
        assert status == 403 and "read-only" in body, text
    status, _, body = http(url + "sparql", urllib.parse.urlencode({"update": "DROP ALL"}).encode())
    assert status == 403
    status, _, body = http(url + "sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, body = get(url, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE (federated query) is not allowed" in body
    assert oversized_status(url, serve.MAX_BODY + 1) == 413
    assert http(url + "sparql", b"ASK {}", {"Content-Type": "text/plain"})[0] == 415
    assert http(url + "sparql", b"", method="PUT")[0] == 405
    assert http(url + "sparql", b"DROP ALL", method="DELETE")[0] == 405


def test_malformed_queries_get_the_parsers_message(url):
    status, content_type, body = get(url, "SELECT * WHERE { ?s ?p }")
    assert (status, content_type) == (400, "text/plain; charset=utf-8")
    assert re.match(r"SPARQL syntax error at line 1, column \d+: ", body)
    assert get(url, "")[0] == 400
    assert http(url + "sparql")[0] == 400  # no query at all
    assert http(url + "nothing-here")[0] == 404


def test_only_localhost_host_headers(url):
    assert http(url, headers={"Host": "attacker.example"})[0] == 403  # DNS rebinding
    assert http(url, headers={"Host": "localhost:8000"})[0] == 200


def test_the_explorer_page(url):
    status, content_type, page = http(url)
    assert (status, content_type) == (200, "text/html; charset=utf-8")
    assert "Content-Security-Policy" in page and "Sanae Takaichi" in page and "<title>kg: " in page


def test_the_explorer_serves_its_article_texts(url):
    page = http(url)[2]
    key = re.search(r'"key": ?"([0-9a-f]{16})"', page).group(1)
    status, content_type, text = http(f"{url}index.files/{key}.js")
    assert (status, content_type) == (200, "text/javascript; charset=utf-8")
    assert "golf bag" in text and key in text
    assert http(f"{url}index.files/0000000000000000.js")[0] == 404


def test_serves_a_snapshot_while_kg_add_writes(url, store_path):
    before = wrapper(url, COUNT).queryAndConvert()["results"]["bindings"][0]["n"]["value"]
    extra = Graph(identifier=URIRef("https://example.org/kg/id/article/00000000000000bb"))
    extra.add((extra.identifier, RDF.type, KG.Article))
    with Store(store_path, writable=True) as store:  # a writer is not locked out by the server
        store.add_graph(extra)
    assert wrapper(url, COUNT).queryAndConvert()["results"]["bindings"][0]["n"]["value"] == before
    with Store(store_path, writable=True) as store:
        store.remove("00000000000000bb")


@pytest.mark.slow
def test_load_2000_queries_from_8_clients(url, capsys):
    texts = list(query.named_queries().values())
    total, clients, deadline = 2000, 8, time.monotonic() + 60
    latencies: list[float] = []
    errors: list[str] = []

    def client(first: int) -> None:
        sparql = SPARQLWrapper(url + "sparql")
        sparql.setReturnFormat(JSON)
        for i in range(first, total, clients):
            if time.monotonic() > deadline:
                errors.append("deadline passed")
                return
            sparql.setQuery(texts[i % len(texts)])
            start = time.perf_counter()
            try:
                if not sparql.queryAndConvert()["results"]["bindings"]:
                    errors.append(f"no rows for query {i}")
            except Exception as e:  # every failure counts, whatever its type
                errors.append(repr(e))
            latencies.append(time.perf_counter() - start)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    with capsys.disabled():
        print(f"\nkg serve load test: {len(latencies)} queries from {clients} threads in {elapsed:.2f} s: "
              f"{len(latencies) / elapsed:.0f} queries/s, median {latencies[len(latencies) // 2] * 1000:.1f} ms, "
              f"p95 {p95 * 1000:.1f} ms, {len(errors)} errors")
    assert errors == [] and len(latencies) == total


@pytest.mark.slow
def test_a_query_past_the_timeout_is_stopped_and_the_server_goes_on(url):
    started = time.monotonic()
    status, _, body = get(url, SLOW)
    assert status == 503 and f"longer than {TIMEOUT:g} s" in body
    assert time.monotonic() - started < TIMEOUT + 5
    for _ in range(4):  # the other worker answers while the stopped one is replaced
        assert int(wrapper(url, COUNT).queryAndConvert()["results"]["bindings"][0]["n"]["value"]) > 200


@pytest.mark.parametrize("text, heavy", [
    (SLOW, True),
    ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", True),
    ("SELECT * WHERE { ?s a ?c . ?s ?p ?o }", False),                      # joined on ?s
    ("SELECT * WHERE { ?s a ?c . ?s ?p ?o . ?o ?q ?r }", False),           # a chain
    ("SELECT * WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } }", False),
    ("ASK { <https://example.org/a> ?p ?o }", False),
])
def test_a_cartesian_product_is_known_by_its_shape(text, heavy):
    assert serve.cartesian(text) is heavy


def refusal_of(url: str, text: str) -> urllib.error.HTTPError:
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{url}sparql?{urllib.parse.urlencode({'query': text})}", timeout=30)
    return refused.value


@pytest.mark.slow
def test_ordinary_queries_are_answered_while_a_heavy_one_runs(url):
    heavy: list[tuple[int, str, str]] = []
    thread = threading.Thread(target=lambda: heavy.append(get(url, SLOW)))
    thread.start()
    time.sleep(0.5)  # the heavy query is running in the long lane now
    refused = refusal_of(url, SLOW)  # a second one is over the limit of one long query
    answered = [int(wrapper(url, COUNT).queryAndConvert()["results"]["bindings"][0]["n"]["value"])
                for _ in range(10)]
    still_running = thread.is_alive()
    thread.join()
    assert still_running and all(n > 200 for n in answered)  # answered before the heavy one stopped
    assert refused.code == 429 and int(refused.headers["Retry-After"]) >= 1 and "long quer" in refused.read().decode()
    assert heavy[0][0] == 503


@pytest.mark.slow
def test_a_query_past_the_fast_budget_runs_on_as_a_long_one(url, monkeypatch):
    monkeypatch.setattr(serve, "FAST_BUDGET", 0.0)  # every query leaves the fast lane at once
    for _ in range(3):
        assert int(wrapper(url, COUNT).queryAndConvert()["results"]["bindings"][0]["n"]["value"]) > 200


@pytest.mark.slow
def test_kg_serve_command(store_path, tmp_path):
    before = {p for p in store_path.parent.iterdir() if p.name.startswith(".kg-serve-")}
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_path),
                                "--port", "0", "--workers", "1"],
                               stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        line = process.stderr.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)sparql", line)
        assert found, line
        status, _, body = get(found.group(1), COUNT, Accept="text/csv")
        assert status == 200 and body.startswith("n\r\n")
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 0
    after = {p for p in store_path.parent.iterdir() if p.name.startswith(".kg-serve-")}
    assert after == before  # its snapshot is gone (the module's server keeps its own)


def test_no_store_is_one_clear_error(tmp_path):
    with pytest.raises(Exception, match="no store here yet"):
        serve.start(tmp_path / "none", port=0)


def test_a_store_being_written_is_one_clear_error(tmp_path):
    with Store(tmp_path / "store", writable=True):
        with pytest.raises(Exception, match="is writing the store; try again when it has finished"):
            serve.start(tmp_path / "store", port=0)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kg-serve-")]
