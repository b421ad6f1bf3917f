"""`kg serve`: a local, read-only SPARQL 1.1 Protocol endpoint over the project store.

``/sparql`` takes ``GET ?query=`` and ``POST`` (form-encoded ``query=``, or a body of type
``application/sparql-query``) and answers in the format a ``format=`` parameter names (json,
xml, csv, tsv, turtle, n3, ntriples, rdfxml, json-ld, or a media type; SPARQLWrapper always
sends one) or else the ``Accept`` header asks for: SPARQL JSON (default), XML, CSV or TSV;
CONSTRUCT and DESCRIBE in Turtle (default), N3, N-Triples, RDF/XML or JSON-LD. ``/`` is the
HTML explorer `kg view` writes.

Every query runs in one of a pool of worker processes, each holding the store open
read-only. Ordinary queries keep being answered while heavy ones run (see `Pool`): a query past
its running budget (the timeout) is answered 503 and its worker is killed and replaced; a
request refused for overload is answered 429 at once, with Retry-After. Queries see every
article graph as the default graph, as `kg query` does, unless
the query names its dataset (FROM / FROM NAMED) or the request does (``default-graph-uri``,
``named-graph-uri``, which win over the query's): then exactly those graphs of the store.
Updates (SPARQL Update, LOAD) are refused with 403, SERVICE as `kg query` refuses it
(kg.query.check), malformed queries get 400 with the parser's message.
The server answers from a snapshot of the store taken when it starts (an Oxigraph
checkpoint in a hidden folder beside the store, hard links, deleted when it stops), so
`kg add` may write meanwhile: restart the server to serve articles added since. While a
`kg add` is writing, the server does not start (Oxigraph cannot read a store beside its
writer; see kg.store). When no snapshot can be taken for another reason (the folder is
read-only, so nobody writes there), the workers open the store itself read-only.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import math
import multiprocessing
import os
import queue
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError, QueryError, StoreError

if TYPE_CHECKING:
    from rdflib.plugins.sparql.parserutils import CompValue

MAX_BODY = 1 << 20
TEXT = "text/plain; charset=utf-8"
#: SELECT/ASK result formats: short name -> media type (the first is the default).
RESULT_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"}
#: CONSTRUCT/DESCRIBE formats: short name -> media type (the first is the default).
GRAPH_TYPES = {"ttl": "text/turtle", "n3": "text/n3", "nt": "application/n-triples", "rdf": "application/rdf+xml",
               "jsonld": "application/ld+json"}
#: Other names clients use for the same formats.
ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml", "text/plain": "nt",
           "turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "rdfxml": "rdf", "rdf+xml": "rdf",
           "json-ld": "jsonld"}
#: Names that mean one format for SELECT/ASK results and another for graphs.
GRAPH_NAMES = {"xml": "rdf", "json": "jsonld"}
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


class Answer(NamedTuple):
    """An HTTP answer: status, media type, body and any further headers."""

    status: int
    media: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def _text(status: int, message: str) -> Answer:
    return Answer(status, TEXT, (message.rstrip() + "\n").encode("utf-8"))


# -- what runs in a worker process -------------------------------------------------------------

@functools.lru_cache(maxsize=1024)
def refusal(text: str) -> Answer | None:
    """400 for a malformed query, 403 for an update or a SERVICE query, None when it may run.

    kg.query.check (rdflib's parser) is slow, so its verdict is cached per query text."""
    from pyparsing import ParseException

    from kg import query

    try:
        query.check(text, allow_from=True)  # Oxigraph reads FROM graphs from the store, never fetches them
    except QueryError as e:
        if not isinstance(e.__cause__, ParseException):
            return _text(403, str(e))
        if _is_update(text):
            return _text(403, "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, ...) is not allowed: "
                              "this endpoint is read-only")
        return _text(400, str(e))
    return None


#: A worker's reply to a query it will run only as a long one, and the pool's answers (see `Pool`).
LONG, RUN, SKIP = "long", "run", "skip"


@functools.lru_cache(maxsize=1024)
def cartesian(text: str) -> bool:
    """Whether a (valid) query joins groups of triple patterns that share no variable:
    "?a ?b ?c . ?d ?e ?f" pairs every triple with every other, an obviously unbounded shape."""
    from rdflib.plugins.sparql import algebra, parser

    try:
        plan = algebra.translateQuery(parser.parseQuery(text)).algebra
    except Exception:  # rdflib's translation raises several types; such a query is no known shape
        return False
    return any(len(_joined_groups(node["triples"])) > 1 for node in _nodes(plan) if node.name == "BGP")


def _nodes(node: object) -> Iterator[CompValue]:
    """Every algebra node under a query plan."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _nodes(item)


def _joined_groups(triples: Sequence[tuple]) -> list[set[str]]:
    """The variables of triple patterns, grouped by shared variables (patterns with none left out)."""
    from rdflib.term import Variable

    groups: list[set[str]] = []
    for triple in triples:
        names = {str(t) for t in triple if isinstance(t, Variable)}
        if not names:
            continue
        joined = [g for g in groups if g & names]
        groups = [g for g in groups if not g & names] + [names.union(*joined)]
    return groups


def _is_update(text: str) -> bool:
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:  # pyparsing raises several types
        return False
    return True


def negotiate(accept: str, graph: bool, formats: Sequence[str] = ()) -> tuple[str, str] | None:
    """The (short name, media type) to answer in: the first `format=` value that names a format of
    this kind of result (a name or a media type), else the best the Accept header allows; None:
    none fits. An unknown format name falls through to Accept: SPARQLWrapper sends names such as
    format=n3 or format=rdf+xml along with its Accept header."""
    types = GRAPH_TYPES if graph else RESULT_TYPES
    for wanted in [f.strip().lower() for f in formats if f.strip()] + _accepted(accept):
        name = ALIASES.get(wanted, wanted)
        if graph:
            name = GRAPH_NAMES.get(name, name)  # "format=xml" for CONSTRUCT means RDF/XML
        if name in types:
            return name, types[name]
        for short, media in types.items():
            if wanted == media or (wanted.endswith("/*") and media.startswith(wanted[:-1])):
                return short, media
        if wanted in ("*/*", "*", ""):
            return next(iter(types.items()))
    return None


def _accepted(accept: str) -> list[str]:
    """Media types of an Accept header, most wanted first (q=0 left out)."""
    ranked = []
    for i, part in enumerate(accept.split(",") if accept.strip() else ["*/*"]):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def answer(ox_store, text: str, accept: str = "*/*", formats: Sequence[str] = (),
           default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()) -> Answer:
    """Run one query on a pyoxigraph store and serialise the result as negotiated; the protocol's
    default-graph-uri / named-graph-uri, when given, are the dataset."""
    import pyoxigraph as ox

    from kg import layout

    refused = refusal(text)
    if refused is not None:
        return refused
    try:
        dataset = _dataset(default_graphs, named_graphs)
    except ValueError as e:
        return _text(400, f"default-graph-uri / named-graph-uri: not an absolute IRI: {e}")
    try:
        result = ox_store.query(text, **dataset)
        graph = isinstance(result, ox.QueryTriples)
        chosen = negotiate(accept, graph, formats)
        if chosen is None:
            kinds = GRAPH_TYPES if graph else RESULT_TYPES
            asked = ", ".join([f"format={f}" for f in formats] + [f"Accept: {accept}"])
            return _text(406, f"cannot answer in any format asked for ({asked}); ask for one of "
                              f"{', '.join(kinds.values())}")
        name, media = chosen
        if graph:
            return Answer(200, media, layout.as_bytes(ox.serialize(result, format=ox.RdfFormat.from_media_type(media))))
        return Answer(200, media, result.serialize(format=ox.QueryResultsFormat.from_media_type(media)))
    except SyntaxError as e:
        return _text(400, f"SPARQL syntax error: {e}")
    except (OSError, ValueError) as e:
        return _text(500, f"query failed: {e}")


def _dataset(default_graphs: Sequence[str], named_graphs: Sequence[str]) -> dict:
    """pyoxigraph's query arguments for the protocol's dataset: when either list is given, the
    default graph is the merge of `default_graphs` and the named graphs are `named_graphs`, each
    possibly empty, as FROM and FROM NAMED would make them. A bad IRI raises ValueError."""
    import pyoxigraph as ox

    if not default_graphs and not named_graphs:
        return {}
    return {"default_graph": [ox.NamedNode(g) for g in default_graphs],
            "named_graphs": [ox.NamedNode(g) for g in named_graphs]}


#: The explorer's name on the server: its article texts are served from /index.files/<id>.js.
PAGE_NAME = "index.html"
FILES_PREFIX = "/index.files/"  # render.files_dir(PAGE_NAME), as a URL path


def site(ox_store, title: str, max_nodes: int = 300) -> dict[str, Answer]:
    """The explorer page of a store, drawn as `kg view` draws it, and its article texts' side
    files, by URL path ("/" and "/index.files/<article id>.js")."""
    from kg import analyse
    from kg.view import reader, render

    selection = analyse.view_selection(ox_store, max_nodes)
    title += f" — {selection.note()}" if selection.note() else ""
    drawn = render.render_page(selection.graph, title=title, texts=reader.load_texts(selection.graph),
                               page_name=PAGE_NAME)
    pages = {"/": Answer(200, "text/html; charset=utf-8", drawn.html.encode("utf-8"))}
    pages.update({f"/{name}": Answer(200, "text/javascript; charset=utf-8", content.encode("utf-8"))
                  for name, content in drawn.files.items()})
    return pages


def _worker(path: str, conn) -> None:
    """A worker process: open the store read-only, then answer requests until EOF:
    ("query", text, accept, formats, default graphs, named graphs) or ("site", title)."""
    from kg.store import Store

    try:
        store = Store(Path(path))
    except KgError as e:
        conn.send(("error", str(e)))
        return
    conn.send(("ready", len(store)))
    while True:
        try:
            kind, *args = conn.recv()
            if kind == "query" and refusal(args[0]) is None and cartesian(args[0]):
                conn.send(LONG)  # the pool decides whether it may run as a long query
                if conn.recv() != RUN:
                    continue
        except (EOFError, OSError):
            return
        try:
            conn.send(answer(store.oxigraph, *args) if kind == "query" else site(store.oxigraph, *args))
        except Exception as e:  # one line back to the client, never a dead worker
            conn.send(_text(500, f"query failed: {e}"))


# -- the pool, in the server process -----------------------------------------------------------

#: Seconds a query may run in the fast lane; past it, it runs on as a long query (see `Pool`).
FAST_BUDGET = 1.0
#: Seconds a request may wait for a free fast-lane worker before it is refused with 429.
QUEUE_WAIT = 2.0


class _Worker(NamedTuple):
    process: BaseProcess
    conn: Connection


class Pool:
    """Worker processes with the store open read-only; each runs one request at a time.

    Two lanes keep ordinary queries answered while heavy ones run. Every query starts in the
    fast lane (`size` workers). One whose shape is a cartesian product (triple patterns that share
    no variable) is long from the start; one still running after `FAST_BUDGET` becomes long there.
    A long query keeps its worker, which leaves the fast lane: a standby worker, started ahead,
    takes its place at once and another standby is started. At most `long_limit` long queries run
    at a time, each stopped at `timeout` seconds of running (503); a long query beyond the limit,
    or a request that finds no fast worker free within `QUEUE_WAIT`, is refused at once with 429
    and a Retry-After."""

    def __init__(self, path: Path, size: int, timeout: float, long_limit: int = 1) -> None:
        self.path, self.size, self.timeout, self.long_limit = Path(path), size, timeout, long_limit
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._standby: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._long_deadlines: dict[int, float] = {}  # id of a long request -> when it will be stopped
        self._lock = threading.Lock()
        self._closed = False
        try:
            started = [self._spawn() for _ in range(size + 1)]  # start them all, then wait for each
            for worker in started[:size]:
                self._idle.put(self._ready(worker))
            self._standby.put(self._ready(started[size]))
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        mine, theirs = self._context.Pipe()
        process = self._context.Process(target=_worker, args=(str(self.path), theirs), daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, mine)
        with self._lock:
            self._all.add(worker)
        return worker

    def _ready(self, worker: _Worker, wait: float = 60.0) -> _Worker:
        """Wait for a new worker to open the store, or raise its error."""
        if not worker.conn.poll(wait):
            self._kill(worker)
            raise StoreError(f"{self.path}: a query worker did not start within {wait:g} s")
        try:
            kind, value = worker.conn.recv()
        except EOFError:
            kind, value = "error", "the worker process died while opening the store"
        if kind == "error":
            self._kill(worker)
            raise StoreError(value)
        return worker

    def _kill(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        with self._lock:
            self._all.discard(worker)

    def _in_background(self, lane: queue.Queue[_Worker]) -> None:
        """Start a worker for a lane in the background (the store's opening takes a moment)."""
        def start() -> None:
            if not self._closed:
                try:
                    lane.put(self._ready(self._spawn()))
                except KgError:
                    pass  # the store went away; the pool shrinks and says so by answering 503s

        threading.Thread(target=start, daemon=True).start()

    def _replace(self, worker: _Worker) -> None:
        """Kill a fast-lane worker and start another in the background."""
        self._kill(worker)
        self._in_background(self._idle)

    def _leave_fast_lane(self) -> None:
        """A fast worker became a long query's: the standby takes its place, a new standby starts."""
        try:
            self._idle.put(self._standby.get_nowait())
        except queue.Empty:
            self._in_background(self._idle)  # the standby is still starting: one more for the lane
            return
        self._in_background(self._standby)

    def run(self, *request) -> Answer:
        """Answer one request ("query", text, accept, ...) or ("site", title) in a worker."""
        wait = min(QUEUE_WAIT, self.timeout)
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            return _busy(f"all {self.size} query workers stayed busy for {wait:g} s", 1)
        budget = min(FAST_BUDGET, self.timeout) if request[0] == "query" else self.timeout
        try:
            worker.conn.send(request)
            if worker.conn.poll(budget):
                result = worker.conn.recv()
                if result != LONG:
                    self._idle.put(worker)
                    return result
                return self._start_long(worker)  # a cartesian product: long from the start
            if budget >= self.timeout:
                self._replace(worker)
                return _stopped(self.timeout)
            return self._run_long(worker, budget)
        except (EOFError, OSError):
            self._replace(worker)
            return _text(500, "the query worker died; try again")

    def _admit(self, worker: _Worker, spent: float) -> Answer | None:
        """Count a long query in if fewer than `long_limit` run; else the 429 that refuses it."""
        now = time.monotonic()
        with self._lock:
            if len(self._long_deadlines) < self.long_limit:
                self._long_deadlines[id(worker)] = now + self.timeout - spent
                return None
            wait = min(self._long_deadlines.values()) - now
        return _busy(f"{self.long_limit} long quer{'y' if self.long_limit == 1 else 'ies'} already running",
                     max(1, math.ceil(wait)))

    def _start_long(self, worker: _Worker) -> Answer:
        """A query known to be long before it runs: refused at no cost, or run as a long query."""
        refused = self._admit(worker, 0.0)
        if refused is not None:
            worker.conn.send(SKIP)
            self._idle.put(worker)
            return refused
        worker.conn.send(RUN)
        return self._run_long(worker, 0.0, admitted=True)

    def _run_long(self, worker: _Worker, spent: float, admitted: bool = False) -> Answer:
        """Let a fast worker's running request go on as a long query, if the limit allows: it leaves
        the fast lane and yields the processor to it (lowest priority)."""
        refused = None if admitted else self._admit(worker, spent)
        self._leave_fast_lane()
        try:
            if refused is not None:
                return refused
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, worker.process.pid or 0, 19)
            if not worker.conn.poll(self.timeout - spent):
                return _stopped(self.timeout)
            return worker.conn.recv()
        finally:
            with self._lock:
                self._long_deadlines.pop(id(worker), None)
            self._kill(worker)  # the fast lane has its replacement already

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._kill(worker)


def _stopped(timeout: float) -> Answer:
    return _text(503, f"the query ran longer than {timeout:g} s and was stopped (the server's --timeout)")


def _busy(why: str, retry_after: int) -> Answer:
    """429: refused at once for overload, with when to try again."""
    return Answer(429, TEXT, f"busy: {why}; try again in {retry_after} s\n".encode(),
                  (("Retry-After", str(retry_after)),))


# -- HTTP --------------------------------------------------------------------------------------

class Server(ThreadingHTTPServer):
    """The HTTP server: a worker pool for /sparql and the explorer page for /."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], pool: Pool, site: Callable[[], dict[str, Answer] | Answer],
                 log: Callable[[str], None] | None = None) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, Handler)
        self.pool, self.site, self.log = pool, site, log
        self.snapshot: Path | None = None
        self.loopback = is_loopback(address[0])

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{f'[{name}]' if ':' in name else name}:{port}/"


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _host_name(header: str) -> str:
    """The host of a Host header, without its port ("[::1]:8000" -> "::1")."""
    host = header.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Handler(BaseHTTPRequestHandler):
    """GET/POST /sparql, GET / (the explorer); everything else 404 or 405."""

    protocol_version = "HTTP/1.1"
    server: Server

    def do_GET(self) -> None:
        self._route(lambda params: params)

    do_HEAD = do_GET  # noqa: N815

    def do_POST(self) -> None:
        self._read_body = False
        self._route(self._post_params)

    def do_PUT(self) -> None:
        self._send(_text(405, "this endpoint is read-only"), allow=True)

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _route(self, params_of: Callable[[dict], dict | Answer]) -> None:
        url = urlsplit(self.path)
        if self.server.loopback and not self._host_is_loopback():
            return self._send(_text(403, "unexpected Host header: this server answers only to localhost"))
        if (url.path in ("/", f"/{PAGE_NAME}") or url.path.startswith(FILES_PREFIX)) \
                and self.command in ("GET", "HEAD"):
            return self._send(self._explorer(url.path))
        if url.path != "/sparql":
            return self._send(_text(404, "not found: the SPARQL endpoint is /sparql, the explorer /"))
        params = params_of(parse_qs(url.query, keep_blank_values=True))
        if isinstance(params, Answer):
            return self._send(params)
        self._send(self._sparql(params))

    def _explorer(self, path: str) -> Answer:
        """The explorer page or one of its article texts (drawn once, on first use)."""
        pages = self.server.site()
        if isinstance(pages, Answer):  # drawing failed: its error
            return pages
        found = pages.get("/" if path == f"/{PAGE_NAME}" else path)
        return found or _text(404, "not found: no such article text in the explorer")

    def _host_is_loopback(self) -> bool:
        host = _host_name(self.headers.get("Host") or "")
        return host in LOOPBACK_NAMES or host.startswith("127.")

    def _post_params(self, params: dict) -> dict | Answer:
        """Query parameters merged with a form body, or the query itself for application/sparql-query."""
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            return _text(411, "POST needs a Content-Length")
        if int(length) > MAX_BODY:
            return _text(413, f"the request body is larger than {MAX_BODY} bytes")
        body = self.rfile.read(int(length)).decode("utf-8", errors="replace")
        self._read_body = True
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-query":
            return {**params, "query": [body]}
        if media == "application/sparql-update":
            return {**params, "update": [body]}
        if media == "application/x-www-form-urlencoded":
            return {**params, **parse_qs(body, keep_blank_values=True)}
        return _text(415, "send application/x-www-form-urlencoded (query=...) or application/sparql-query")

    def _sparql(self, params: dict) -> Answer:
        if "update" in params:
            return _text(403, "SPARQL Update is not allowed: this endpoint is read-only")
        texts = params.get("query", [])
        if len(texts) != 1 or not texts[0].strip():
            return _text(400, "give exactly one query: /sparql?query=SELECT...")
        return self.server.pool.run("query", texts[0], self.headers.get("Accept", "*/*"),
                                    params.get("format", []), params.get("default-graph-uri", []),
                                    params.get("named-graph-uri", []))

    def _send(self, result: Answer, allow: bool = False) -> None:
        if self.command != "GET" and self.command != "HEAD" and not getattr(self, "_read_body", False):
            self.close_connection = True  # an unread body would be taken for the next request
        self.send_response(result.status)
        self.send_header("Content-Type", result.media)
        self.send_header("Content-Length", str(len(result.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in result.headers:
            self.send_header(name, value)
        if allow:
            self.send_header("Allow", "GET, POST")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(result.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's name)
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


def explorer(pool: Pool, title: str) -> Callable[[], dict[str, Answer] | Answer]:
    """The explorer page and its article texts, drawn by a worker on first use and then kept
    (the snapshot does not change); an error Answer if drawing failed."""
    lock = threading.Lock()
    cached: list[dict[str, Answer]] = []

    def get() -> dict[str, Answer] | Answer:
        with lock:
            if cached:
                return cached[0]
            drawn = pool.run("site", title)
            if isinstance(drawn, dict):
                cached.append(drawn)
            return drawn
    return get


def checkpoint(path: Path) -> Path | None:
    """A consistent copy of the store beside it (hard links, so cheap) that no writer touches;
    None when it cannot be made (its folder is read-only). A store being written is a StoreError."""
    from kg.store import Store

    with Store(path):  # a clear error now if there is no store, or a writer holds it
        pass
    try:
        folder = Path(tempfile.mkdtemp(prefix=".kg-serve-", dir=Path(path).resolve().parent))
    except OSError:
        return None
    try:
        with Store(path, writable=True) as store:  # only a writable handle flushes what is still in the log
            store.oxigraph.backup(str(folder / "store"))
    except (KgError, OSError):
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return folder / "store"


def start(path: Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0, workers: int = 2,
          log: Callable[[str], None] | None = None, long_limit: int = 1) -> Server:
    """A ready server over a snapshot of the store (workers started, port bound); when no snapshot
    can be taken (`server.snapshot` is None) the workers open the store itself read-only. A store
    that a writer holds is a StoreError.

    Call serve_forever(), then close(server) (or stop(server) from another thread)."""
    snapshot = checkpoint(Path(path))
    source = snapshot or Path(path)
    try:
        pool = Pool(source, workers, timeout, long_limit)
    except BaseException:
        _remove_snapshot(snapshot)
        raise
    try:
        server = Server((host, port), pool, explorer(pool, f"kg: {path}"), log)
    except OSError as e:
        pool.close()
        _remove_snapshot(snapshot)
        raise StoreError(f"cannot listen on {host}:{port}: {e.strerror or e}") from e
    server.snapshot = snapshot
    return server


def _remove_snapshot(snapshot: Path | None) -> None:
    if snapshot is not None:
        shutil.rmtree(snapshot.parent, ignore_errors=True)


def close(server: Server) -> None:
    """Close the socket, stop the workers and delete the snapshot."""
    server.server_close()
    server.pool.close()
    _remove_snapshot(server.snapshot)


def stop(server: Server) -> None:
    """Stop a server running serve_forever() in another thread, then close it."""
    server.shutdown()
    close(server)
