"""Publish the store to a SPARQL server, query the server, and pull its graphs back.

Only the article graphs travel; the commitment ledger (`kg.ledger`) is derived from them, so a
pull computes it again from what it received.

Writes use the SPARQL 1.1 Graph Store HTTP Protocol (GSP): ``PUT ?graph=IRI`` replaces
one article's named graph (so pushing twice changes nothing), ``DELETE ?graph=IRI`` drops
it. A push also lists the server's article graphs that the store no longer holds (after
`kg remove`), and drops them when asked to prune. Reads use the SPARQL 1.1 Protocol with
JSON results. Every request is retried with exponential back-off when the server cannot be
reached or answers 5xx; a push that still fails says which graphs were written and which
were not, and ``--resume`` finishes it.

An endpoint is the server's SPARQL query URL (``http://HOST:8890/sparql`` for Virtuoso,
``http://HOST:3030/DATASET/sparql`` for Fuseki; a URL with no path gets ``/sparql``).
The Graph Store URL is resolved against it: Virtuoso's ``sparql-graph-crud-auth``
(digest auth) by default, ``data`` for Fuseki.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests

from kg import layout, ledger
from kg.errors import RemoteError
from kg.query import Result
from kg.vocab import ID

#: Virtuoso's Graph Store endpoint (digest auth); Fuseki's is "data" beside its "sparql".
DEFAULT_GSP = "sparql-graph-crud-auth"
ARTICLE_PREFIX = str(ID["article/"])
#: Triples per PUT/POST request: a bigger graph is sent as one PUT and then POSTs (appends).
CHUNK = 50_000
#: Rows per SELECT when pulling (Virtuoso answers at most 10,000 and sorts at most 10,000).
PAGE = 5_000
NTRIPLES = "application/n-triples; charset=utf-8"
JSON_RESULTS = "application/sparql-results+json"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where and how to reach a SPARQL server."""

    url: str
    gsp: str = DEFAULT_GSP
    user: str | None = None
    password: str | None = None
    auth: str = "digest"
    timeout: float | None = 60.0
    retries: int = 4
    backoff: float = 0.5

    @property
    def query_url(self) -> str:
        """The SPARQL query URL (``/sparql`` added to a bare server URL)."""
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise RemoteError(f"{self.url}: not an http:// or https:// URL")
        return self.url if parts.path not in ("", "/") else urlunsplit(parts._replace(path="/sparql"))

    @property
    def gsp_url(self) -> str:
        """The Graph Store URL: `gsp` resolved against the query URL (a full URL stays as it is)."""
        return urljoin(self.query_url, self.gsp)


@dataclass(slots=True)
class PushReport:
    """What a push wrote, what it skipped (already on the server with --resume), and the server's
    article graphs the store does not hold: `stale` those left there, `dropped` those pruned."""

    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    triples: int = 0
    stale: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


class PushError(RemoteError):
    """A push that stopped part-way: `report` holds what was written, `missing` what was not."""

    def __init__(self, message: str, report: PushReport, missing: list[str]) -> None:
        super().__init__(message)
        self.report = report
        self.missing = missing


class Client:
    """HTTP to one server: a kept-alive session, authentication, retries with back-off."""

    def __init__(self, endpoint: Endpoint, session: requests.Session | None = None) -> None:
        endpoint.query_url  # noqa: B018 (a bad URL is refused before any work)
        self.endpoint = endpoint
        self.session = session or requests.Session()
        if endpoint.user is not None:
            auth = requests.auth.HTTPDigestAuth if endpoint.auth == "digest" else requests.auth.HTTPBasicAuth
            self.session.auth = auth(endpoint.user, endpoint.password or "")

    def request(self, method: str, url: str, *, write: bool = False, ok: Sequence[int] = (200,),
                **kwargs) -> requests.Response:
        """Send a request; retry unreachable servers and 502/503/504 (writes: any 5xx, timeouts)."""
        ep = self.endpoint
        timeout = (10.0, ep.timeout) if ep.timeout else (10.0, None)
        for attempt in range(ep.retries + 1):
            last = attempt == ep.retries
            try:
                response = self.session.request(method, url, timeout=timeout, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as e:
                if last or (isinstance(e, requests.ReadTimeout) and not write):
                    raise RemoteError(f"{method} {url}: {_reason(e)} (after {attempt + 1} "
                                      f"tr{'y' if attempt == 0 else 'ies'})") from e
            else:
                if response.status_code in ok:
                    return response
                retry = response.status_code in (502, 503, 504) or (write and response.status_code >= 500)
                if last or not retry:
                    raise _http_error(method, url, response)
            time.sleep(ep.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    def select(self, text: str) -> dict:
        """Run a query on the server; its JSON results (Virtuoso's ASK quirk mended)."""
        response = self.request("POST", self.endpoint.query_url, data={"query": text},
                                headers={"Accept": JSON_RESULTS})
        try:
            doc = response.json()
        except ValueError as e:
            raise RemoteError(f"{self.endpoint.query_url}: the answer is not SPARQL JSON results "
                              f"({response.headers.get('Content-Type', 'no content type')})") from e
        return _mend_ask(doc)

    def replace_graph(self, iri: str, chunks: Iterable[bytes]) -> None:
        """PUT the first chunk (replacing the graph), POST (append) the others."""
        for i, body in enumerate(chunks):
            self.request("PUT" if i == 0 else "POST", self.endpoint.gsp_url, write=True, ok=(200, 201, 204),
                         params={"graph": iri}, data=body, headers={"Content-Type": NTRIPLES})

    def delete_graph(self, iri: str) -> bool:
        """DELETE one graph; False when the server has no such graph."""
        response = self.request("DELETE", self.endpoint.gsp_url, write=True, ok=(200, 202, 204, 404),
                                params={"graph": iri})
        return response.status_code != 404

    def counts(self, iris: Sequence[str]) -> dict[str, int]:
        """Triples per graph on the server, for the given graph IRIs (absent ones are left out)."""
        found: dict[str, int] = {}
        for start in range(0, len(iris), 200):
            values = " ".join(f"<{iri}>" for iri in iris[start:start + 200])
            doc = self.select(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                              "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
            found.update((b["g"]["value"], int(b["n"]["value"])) for b in doc["results"]["bindings"])
        return found


def _reason(error: Exception) -> str:
    """A short cause for a requests error ("Connection refused", "timed out")."""
    found = re.search(r"\[Errno -?\d+\] ([^'\")]+)", str(error))
    if found:
        return found.group(1).strip()
    return "timed out" if isinstance(error, requests.Timeout) else f"cannot reach the server ({type(error).__name__})"


def _http_error(method: str, url: str, response: requests.Response) -> RemoteError:
    status = response.status_code
    if status in (401, 403):
        return RemoteError(f"{method} {url}: HTTP {status}, the server refused the credentials; "
                           "check --user, --password-env and --auth")
    body = " ".join(response.text.split())[:300]
    return RemoteError(f"{method} {url}: HTTP {status} {response.reason}{': ' + body if body else ''}")


def _mend_ask(doc: dict) -> dict:
    """Virtuoso 7 answers ASK in JSON as one row of __ASK_RETVAL; make it a standard boolean."""
    if doc.get("head", {}).get("vars") == ["__ASK_RETVAL"]:
        rows = doc.get("results", {}).get("bindings", [])
        return {"head": {}, "boolean": bool(rows) and rows[0]["__ASK_RETVAL"]["value"] not in ("0", "false")}
    return doc


def query(endpoint: Endpoint, text: str) -> Result:
    """Run a SELECT or ASK query on a remote endpoint; rows as plain strings like local queries."""
    doc = Client(endpoint).select(text)
    if "boolean" in doc:
        return Result(["answer"], [[str(bool(doc["boolean"])).lower()]])
    if "results" not in doc:
        raise RemoteError("the server did not answer with SPARQL results: only SELECT and ASK queries "
                          "are supported here")
    columns = list(doc.get("head", {}).get("vars", []))
    rows = [[b.get(c, {}).get("value", "") for c in columns] for b in doc.get("results", {}).get("bindings", [])]
    return Result(columns, rows)


def short_id(iri: str) -> str:
    """The short article id of an article graph IRI (other IRIs unchanged); `kg.read.article_id`
    makes the id from an article's text."""
    return iri.removeprefix(ARTICLE_PREFIX)


def graph_iri(article: str) -> str:
    """An article graph IRI from an article id or IRI."""
    return article if "://" in article else ARTICLE_PREFIX + article


# -- push -------------------------------------------------------------------------------------

def local_graphs(ox_store) -> list[tuple[str, int]]:
    """The store's article graphs and their triple counts, sorted by IRI."""
    rows = ox_store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    found = [(str(r["g"].value), int(r["n"].value)) for r in rows]
    return sorted((g, n) for g, n in found if g.startswith(ARTICLE_PREFIX))


def _chunks(ox_store, iri: str, size: int = CHUNK) -> Iterator[bytes]:
    """A graph's triples as N-Triples, `size` triples per piece."""
    import pyoxigraph as ox

    triples = (q.triple for q in ox_store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))
    while batch := list(itertools.islice(triples, size)):
        yield layout.as_bytes(ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES))


def push(ox_store, client: Client, resume: bool = False, chunk: int = CHUNK,
         on_graph: Callable[[str], None] | None = None, prune: bool = False) -> PushReport:
    """Replace every article graph on the server with the store's (with `resume`: only those whose
    triple count differs there). Stops at the first graph that still fails after the retries.

    Then lists the server's article graphs that the store does not hold (`report.stale`, e.g.
    after `kg remove`); with `prune` they are dropped (`report.dropped`)."""
    graphs = local_graphs(ox_store)
    remote = client.counts([g for g, _ in graphs]) if resume else {}
    todo = [(g, n) for g, n in graphs if remote.get(g) != n]
    report = PushReport(skipped=[g for g, n in graphs if remote.get(g) == n])
    for iri in report.skipped:
        if on_graph is not None:
            on_graph(iri)
    for i, (iri, count) in enumerate(todo):
        try:
            client.replace_graph(iri, _chunks(ox_store, iri, chunk))
        except RemoteError as e:
            missing = [g for g, _ in todo[i:]]
            raise PushError(_stopped(client.endpoint, iri, e, report, missing), report, missing) from e
        report.written.append(iri)
        report.triples += count
        if on_graph is not None:
            on_graph(iri)
    _prune(client, {g for g, _ in graphs}, report, prune)
    return report


def _prune(client: Client, local: set[str], report: PushReport, prune: bool) -> None:
    """Find the server's article graphs missing from `local`; drop them if `prune`."""
    done = f"pushed {len(report.written)} article graph(s) ({len(report.skipped)} already there)"
    try:
        report.stale = [g for g, _ in remote_graphs(client) if g not in local]
    except RemoteError as e:
        raise PushError(f"{done}, but listing the server's article graphs failed: {e}", report, []) from e
    if not prune:
        return
    for iri in report.stale:
        try:
            client.delete_graph(iri)
        except RemoteError as e:
            left = report.stale[len(report.dropped):]
            raise PushError(f"{done}, but dropping the graphs the store does not hold stopped at article "
                            f"{short_id(iri)}: {e}. Dropped: {len(report.dropped)}; not dropped: {len(left)} "
                            f"({_ids(left)}). Run the same command again to finish.", report, []) from e
        report.dropped.append(iri)


def _ids(iris: Sequence[str], most: int = 5) -> str:
    shown = ", ".join(short_id(i) for i in iris[:most])
    return shown + (f" and {len(iris) - most} more" if len(iris) > most else "") if iris else "none"


def stale_note(report: PushReport) -> str | None:
    """A note naming the server's article graphs the store does not hold and that are still there."""
    left = [g for g in report.stale if g not in report.dropped]
    if not left:
        return None
    return (f"note: the server holds {len(left)} article graph(s) that the store does not "
            f"({_ids(left)}); kg push --prune drops them")


def _stopped(endpoint: Endpoint, iri: str, error: Exception, report: PushReport, missing: list[str]) -> str:
    return (f"push to {endpoint.gsp_url} stopped at article {short_id(iri)}: {error}. "
            f"Written: {len(report.written)} graph(s) ({_ids(report.written)}); "
            f"not written: {len(missing)} ({_ids(missing)}). "
            "Run the same command with --resume to finish (graphs already complete are skipped).")


def delete(client: Client, articles: Iterable[str]) -> list[tuple[str, bool]]:
    """Drop article graphs on the server (by id or IRI): (IRI, whether it was there) each."""
    return [(iri, client.delete_graph(iri)) for iri in map(graph_iri, articles)]


# -- pull -------------------------------------------------------------------------------------

def remote_graphs(client: Client) -> list[tuple[str, int]]:
    """The server's article graphs and their triple counts, sorted by IRI.

    Pages by key (IRIs after the last one seen), never by OFFSET: Virtuoso refuses to sort
    past 10,000 rows, and an unsorted OFFSET is not stable. Stops at an empty page, not a short
    one: a server whose row limit is below PAGE cuts every page short."""
    found: list[tuple[str, int]] = []
    while True:
        after = found[-1][0] if found else ""
        rows = client.select(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(STRSTARTS(STR(?g), \"{ARTICLE_PREFIX}\") && STR(?g) > \"{_escape(after)}\") }} "
            f"GROUP BY ?g ORDER BY (STR(?g)) LIMIT {PAGE}")["results"]["bindings"]
        if not rows:
            return found
        found += [(b["g"]["value"], int(b["n"]["value"])) for b in rows]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _batches(graphs: list[tuple[str, int]], size: int | None = None) -> Iterator[list[tuple[str, int]]]:
    """Graphs grouped so that each group holds at most `size` (PAGE) triples (a bigger graph alone)."""
    size = size or PAGE
    batch: list[tuple[str, int]] = []
    for graph in graphs:
        if batch and sum(n for _, n in batch) + graph[1] > size:
            yield batch
            batch = []
        batch.append(graph)
    if batch:
        yield batch


def _selected(client: Client, batch: list[tuple[str, int]]) -> list:
    """The quads of a few graphs holding at most PAGE triples together, with one SELECT."""
    values = " ".join(f"<{g}>" for g, _ in batch)
    rows = client.select(f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
    return [_quad(row) for row in rows["results"]["bindings"]]


def _downloaded(client: Client, iri: str) -> list:
    """One big graph's quads, with a Graph Store GET: no SELECT paging or sorting, but the server
    may still cut the answer short (Virtuoso's ResultSetMaxRows); pull counts the triples."""
    import pyoxigraph as ox

    response = client.request("GET", client.endpoint.gsp_url, params={"graph": iri},
                              headers={"Accept": "application/n-triples"})
    media = response.headers.get("Content-Type", "application/n-triples").split(";")[0].strip()
    try:
        triples = ox.parse(response.content, format=ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES)
        return [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in triples]
    except (SyntaxError, ValueError) as e:
        raise RemoteError(f"GET {client.endpoint.gsp_url}?graph={iri}: not valid {media}: {e}") from e


def pull(client: Client, on_graph: Callable[[str], None] | None = None):
    """Every article graph on the server, in an in-memory pyoxigraph store (counts checked)."""
    import pyoxigraph as ox

    memory = ox.Store()
    for batch in _batches(remote_graphs(client)):
        expected = sum(n for _, n in batch)
        quads = _downloaded(client, batch[0][0]) if expected > PAGE else _selected(client, batch)
        if len(quads) != expected:
            raise RemoteError(_miscounted(client.endpoint, batch, len(quads)))
        memory.extend(quads)
        for g, _ in batch:
            if on_graph is not None:
                on_graph(g)
    return ledger.add_to_store(memory)  # laid out as the project store is, its ledger derived here


def _miscounted(endpoint: Endpoint, batch: list[tuple[str, int]], got: int) -> str:
    """Why an answer held more or fewer triples than the server counted, and what to do."""
    expected = sum(n for _, n in batch)
    said = f"{endpoint.url} returned {got} of the {expected} triples of {_ids([g for g, _ in batch])}"
    if got > expected:
        return f"{said}: the data changed during the pull; run it again"
    return (f"{said}: the server cuts answers short (Virtuoso: raise ResultSetMaxRows in the [SPARQL] "
            f"section of virtuoso.ini to at least {expected} and restart it), "
            "or the data changed during the pull")


def _term(binding: dict):
    """A pyoxigraph term from one SPARQL JSON binding."""
    import pyoxigraph as ox

    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def _quad(row: dict):
    import pyoxigraph as ox

    return ox.Quad(_term(row["s"]), _term(row["p"]), _term(row["o"]), _term(row["g"]))


def ill_typed(memory) -> list:
    """The pulled literals not valid for their XSD datatype, one per occurrence: what the server
    altered (Virtuoso 7.2 keeps "P6M"^^xsd:duration as the number "6"). `save` writes them as received."""
    import pyoxigraph as ox
    from rdflib import XSD, Literal, URIRef

    from kg import rdf  # noqa: F401 (its log filter keeps rdflib from printing a traceback per literal)

    valid: dict[tuple[str, str], bool] = {}
    found = []
    for quad in layout.article_quads(memory):
        term = quad.object
        if not isinstance(term, ox.Literal) or term.language or not term.datatype.value.startswith(str(XSD)):
            continue
        key = (term.value, term.datatype.value)
        if key not in valid:
            valid[key] = not Literal(term.value, datatype=URIRef(key[1])).ill_typed
        if not valid[key]:
            found.append(term)
    return found


def altered_note(memory) -> str | None:
    """One warning line on the literals the server returned ill-typed, or None when there are none."""
    found = ill_typed(memory)
    if not found:
        return None
    return (f"warning: {len(found)} literal(s) came back from the server not valid for their datatype "
            f"(e.g. {found[0]}; Virtuoso 7.2 stores xsd:duration values as numbers): written as received")
