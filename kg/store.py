"""The project store: a persistent embedded Oxigraph database, one named graph per article.

The default graph holds the union of the article graphs, each triple once, kept up to date in
the same transaction as every add or remove: queries read it directly (Oxigraph's on-the-fly
union of named graphs repeats a triple once per article and is far slower).

Adding an article replaces its named graph in one SPARQL update, which Oxigraph
applies as a transaction: an interrupted `kg add` leaves each article either
fully in or fully out, and adding the same article again changes nothing.
Only one process may write at a time (Oxigraph locks the directory), and never while
another reads: Oxigraph leaves a read-only open beside a writer undefined (here such a reader's
memory ran away). A lock file in the store (`kg-access.lock`, flock) is held shared by readers and
exclusively by the writer: a reader is refused at once while a writer works (an ingest may take
hours), a writer waits up to `READERS_WAIT` seconds for readers to finish. `kg serve` reads a
checkpoint of the store, so it keeps no lock on the store itself.

A writer that changed the store compacts it as it closes: a command is too short-lived for
RocksDB's background compaction, and reads of an uncompacted store are markedly slower.
The figures behind these choices are in `benchmarks/results.md`.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import layout, rdf
from kg.errors import StoreError
from kg.vocab import EVENT_CLASSES, ID, KG, sparql_values

DEFAULT_PATH = Path(".kg/store")
#: Articles between flushes in a long ingest: without flushes resident memory grows with every
#: article (figures in benchmarks/results.md).
FLUSH_EVERY = 100
#: The readers-writer lock file inside the store's folder (RocksDB leaves files it did not make alone).
ACCESS_LOCK = "kg-access.lock"
#: Seconds a writer waits for readers to finish: they are single commands (a query stops at its --timeout).
READERS_WAIT = 60.0


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One article in the store: its id, title, source file and number of facts."""

    id: str
    title: str
    source: str
    facts: int


class Store:
    """An Oxigraph store at a path, opened for writing (`writable=True`) or reading."""

    def __init__(self, path: Path = DEFAULT_PATH, writable: bool = False,
                 on_wait: Callable[[str], None] | None = None) -> None:
        """`on_wait` hears, once, that a writer is waiting for readers to finish."""
        self.path = Path(path)
        self.writable = writable
        self.changed = False
        #: The named graphs added, replaced or removed since the store opened, in order: the ledger
        #: relinks only the committers of the articles among them (`kg.ledger.update`).
        self.written: list[str] = []
        if not writable and not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet; add articles with `kg add ARTICLE...`")
        self._lock = _lock(self.path, writable, on_wait)
        try:
            self._store = _open(self.path, writable)
        except BaseException:
            _unlock(self._lock)
            raise

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph.Store (for fast SPARQL)."""
        return self._store

    def add_graph(self, graph: Graph) -> None:
        """Replace the named graph `graph.identifier` with `graph`'s triples, atomically."""
        name = f"<{graph.identifier}>"
        self._write(str(graph.identifier), f"{_drop_sparql(name)} ;\n{_insert_sparql(name, layout.ox_triples(graph))}")

    def change_graph(self, graph: str, removed: Collection[ox.Triple], added: Collection[ox.Triple]) -> None:
        """Take `removed` out of a named graph and put `added` in, atomically, leaving its other
        triples alone (the ledger writes only the threads that changed). A removed triple stays in
        the union while another graph holds it."""
        name = f"<{graph}>"
        rows = " ".join(f"({t.subject} {t.predicate} {t.object})" for t in removed)
        self._write(graph, f"{_unshared_sparql(name, f'VALUES (?s ?p ?o) {{ {rows} }}')} ;\n"
                           f"DELETE DATA {{ GRAPH {name} {{\n{_lines(removed)}\n}} }} ;\n{_insert_sparql(name, added)}")

    def _write(self, graph: str, sparql: str) -> None:
        """Run one update (one transaction) that writes the named graph `graph`."""
        self.changed = True
        self.written.append(graph)
        self._store.update(sparql)

    def rebuild_union(self) -> None:
        """Refill the default graph with the union of the article graphs (after a bulk load,
        or for a store written before the union copy existed)."""
        self.changed = True
        self._store.clear_graph(ox.DefaultGraph())
        self._store.bulk_extend(layout.union_quads(self._store))

    def add_dataset(self, ds: Dataset) -> None:
        """Add (or replace) every named graph of a dataset (its article graphs, and a commitment
        ledger if it has one: recompute the store's own after, `kg.ledger.update`)."""
        for graph in ds.graphs():
            if len(graph) and graph.identifier != DATASET_DEFAULT_GRAPH_ID:
                self.add_graph(graph)

    def remove(self, article: str) -> ArticleInfo:
        """Drop one article's named graph (by id, IRI or source file) and nothing else."""
        found = self.find(article)
        name = str(rdf.article_iri(found.id))
        self._write(name, _drop_sparql(f"<{name}>"))
        return found

    def find(self, article: str) -> ArticleInfo:
        """The stored article an id, IRI or source path names, or a clear error."""
        wanted = article.removeprefix(str(ID["article/"]))
        matches = [a for a in self.articles() if wanted in (a.id, a.source) or
                   Path(a.source).resolve() == Path(article).resolve()]
        if len(matches) != 1:
            raise StoreError(f"{article}: {'no' if not matches else 'more than one'} article in {self.path} "
                             "matches; see `kg list`")
        return matches[0]

    def articles(self) -> list[ArticleInfo]:
        """Every stored article with its number of facts (events), sorted by source."""
        rows = layout.solutions(self._store, _ARTICLES_QUERY)
        return sorted((ArticleInfo(str(r["a"].value).rsplit("/", 1)[-1], _value(r["title"]),
                                   _value(r["source"]), int(r["facts"].value)) for r in rows),
                      key=lambda a: (a.source, a.id))

    def dataset(self) -> Dataset:
        """The whole store as an rdflib Dataset (one graph per article)."""
        return layout.dataset(self._store)

    def __len__(self) -> int:
        """Quads in the named graphs, articles' and ledger's (the default graph's union copy is not counted)."""
        return layout.article_quad_count(self._store)

    def flush(self) -> None:
        """Write the in-memory tables to disk. RocksDB otherwise lets them grow with every write:
        a long `kg add` flushes every `FLUSH_EVERY` articles to keep its memory flat."""
        self._store.flush()

    def close(self) -> None:
        """Compact the store if it changed, flush, and release the lock (the store object is unusable
        afterwards). Flushing writes the in-memory tables to disk, so a later read-only open need not
        replay the write-ahead log (seconds instead of milliseconds; see benchmarks/results.md)."""
        try:
            if self.changed:
                with contextlib.suppress(OSError):  # compaction only speeds reads up; a full disk refuses it
                    self._store.optimize()
            if self.writable:
                self.flush()
        except OSError as e:
            raise StoreError(f"{self.path}: could not write the store's last changes to disk "
                             f"({e.strerror or e}); make room and run the command again") from e
        finally:
            del self._store  # the last reference: Oxigraph closes the database before the lock goes
            _unlock(self._lock)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        try:
            self.close()
        except StoreError:
            if kind is None:
                raise  # else the error already on its way says more (which article failed)


def _open(path: Path, writable: bool) -> ox.Store:
    """The pyoxigraph store at `path`, or a StoreError that says why not."""
    try:
        return ox.Store(str(path)) if writable else ox.Store.read_only(str(path))
    except OSError as e:
        if "lock" in str(e).lower():
            raise StoreError(f"{path}: the store is in use by another process writing to it; "
                             "wait for it to finish and try again") from e
        raise StoreError(f"{path}: cannot open the store ({e})") from e
    except RuntimeError as e:  # RocksDB's own errors: "Corruption: CURRENT file corrupted"
        raise StoreError(f"{path}: not a usable kg store ({e})") from e


def _lock(path: Path, writable: bool, on_wait: Callable[[str], None] | None = None) -> int | None:
    """Take the store's access lock (shared to read, exclusive to write) and return its descriptor;
    None to read a store whose folder allows no lock file (nobody can write it either). A reader
    who may not write the lock file still locks it, opened read-only (flock needs no write access)."""
    try:
        if writable:
            path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path / ACCESS_LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as e:
        if writable:
            raise StoreError(f"{path}: cannot write the store here ({e.strerror or e})") from e
        try:
            fd = os.open(path / ACCESS_LOCK, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            return None
    if not writable:
        if not _try(fd, fcntl.LOCK_SH):
            os.close(fd)
            raise StoreError(f"{path}: another process (kg add or kg remove) is writing the store; "
                             "try again when it has finished")
        return fd
    deadline = time.monotonic() + READERS_WAIT
    while not _try(fd, fcntl.LOCK_EX):
        writer = _writer_holds(path)
        if writer or time.monotonic() > deadline:
            os.close(fd)
            raise StoreError(f"{path}: the store is in use by another process "
                             f"{'writing to it' if writer else 'reading it'}; wait for it to finish and try again")
        if on_wait:
            on_wait(f"{path}: waiting up to {READERS_WAIT:g} s for other commands reading the store to finish")
            on_wait = None
        time.sleep(0.1)
    return fd


def _try(fd: int, kind: int) -> bool:
    try:
        fcntl.flock(fd, kind | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _writer_holds(path: Path) -> bool:
    """Whether another process holds the store exclusively (a shared lock is then refused)."""
    fd = os.open(path / ACCESS_LOCK, os.O_RDONLY | os.O_CLOEXEC)
    try:
        return not _try(fd, fcntl.LOCK_SH)
    finally:
        os.close(fd)  # closing drops the probe's own shared lock


def _unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing the descriptor releases its flock


def _drop_sparql(name: str) -> str:
    """SPARQL that drops a named graph and the union triples no other graph still holds."""
    return f"{_unshared_sparql(name)} ;\nDROP SILENT GRAPH {name}"


def _unshared_sparql(name: str, values: str = "") -> str:
    """SPARQL that deletes from the union the triples of a named graph (those in `values`, a
    VALUES clause, when given) that no other graph holds."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ {values} GRAPH {name} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {name}) }} }}")


def _insert_sparql(name: str, triples: Collection[ox.Triple]) -> str:
    """SPARQL that inserts triples into a named graph and into the union."""
    lines = _lines(triples)
    return f"INSERT DATA {{ GRAPH {name} {{\n{lines}\n}} }} ;\nINSERT DATA {{\n{lines}\n}}"


def _lines(triples: Collection[ox.Triple]) -> str:
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)


def _value(term) -> str:
    return "" if term is None else str(term.value)


_ARTICLES_QUERY = f"""
PREFIX kg: <{KG._NS}>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?a ?title ?source (COUNT(DISTINCT ?fact) AS ?facts) WHERE {{
  GRAPH ?a {{
    ?a a kg:Article .
    OPTIONAL {{ ?a dcterms:title ?title }}
    OPTIONAL {{ ?a kg:sourceFile ?source }}
    OPTIONAL {{ ?fact kg:evidence/kg:inArticle ?a ;
                      a ?class . VALUES ?class {{ {sparql_values(EVENT_CLASSES)} }} }}
  }}
}} GROUP BY ?a ?title ?source
"""
