"""The graph a reading command works on, and the outputs written from it.

A command reads a graph file (`--graph`) or the project store, with or without the facts below a
confidence (`--min-confidence`). `open_source` hands every such command one `GraphSource`: an
Oxigraph store laid out as `kg.layout` says (for SPARQL, the explorer's selection and the fast
writers) and an rdflib view of it made when first asked for (for SHACL, NetworkX and the pretty
writers). `write_outputs` writes files and pages from a source; `kg build`, `kg export` and
`kg pull` all call it, so a file comes out the same whichever command wrote it.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg import export, layout, rdf
from kg.store import DEFAULT_PATH, Store
from kg.view import render

HTML = ".html"


class GraphSource:
    """One graph, as an Oxigraph store and as an rdflib dataset, each made from the other on demand.

    `streams`: the graph is a store's own content (the project store, or a pull), so big and
    line-format outputs come from Oxigraph's writer; a graph read from a file or filtered by
    confidence is written by rdflib's, as it was read."""

    def __init__(self, store: ox.Store | None = None, dataset: Dataset | None = None, streams: bool = False,
                 on_disk: bool = False) -> None:
        self._store, self._dataset, self.streams, self.on_disk = store, dataset, streams, on_disk

    @property
    def oxigraph(self) -> ox.Store:
        """The Oxigraph store (an in-memory one loaded from the dataset when there was none)."""
        if self._store is None:
            self._store = export.memory_store(self.dataset())
        return self._store

    def dataset(self) -> Dataset:
        """The article graphs as an rdflib Dataset."""
        if self._dataset is None:
            self._dataset = layout.dataset(self.oxigraph)
        return self._dataset

    def union(self) -> Graph:
        """Every article graph merged into one rdflib graph (SHACL, NetworkX)."""
        return rdf.union(self.dataset())

    def size(self) -> int:
        """Quads in the named graphs, articles' and ledger's (what decides whether an output is streamed)."""
        return layout.article_quad_count(self.oxigraph)


@contextlib.contextmanager
def open_source(graph: Path | None = None, store: Path = DEFAULT_PATH, min_confidence: float | None = None,
                allow_network: bool = False) -> Iterator[GraphSource]:
    """The graph of a file, else of the store (kept open, read-locked, while in use); without the
    facts below `min_confidence` when given."""
    if graph is None and min_confidence is None:
        with Store(store) as opened:
            yield GraphSource(opened.oxigraph, streams=True, on_disk=True)
        return
    if graph is not None:
        ds = export.load(graph, allow_network)
    else:
        with Store(store) as opened:
            ds = opened.dataset()
    yield GraphSource(dataset=ds if min_confidence is None else rdf.above_confidence(ds, min_confidence))


def write_outputs(source: GraphSource, outputs: Sequence[Path],
                  on_written: Callable[[Path], None] | None = None) -> None:
    """Write the graph to each output, format by extension (.html: the explorer page)."""
    size = source.size() if source.streams else 0
    with contextlib.ExitStack() as stack:
        disk: list[ox.Store] = []  # made at the first streamed output, closed before its folder goes
        for out in outputs:
            if out.suffix.lower() == HTML:
                render.write_html(source.dataset(), out, title=f"kg: {out.stem}")
            elif source.streams and export.streams(out, size):
                disk = disk or [stack.enter_context(_on_disk(source))]
                export.write_store(disk[0], out)
            else:
                export.write(source.dataset(), out)
            if on_written is not None:
                on_written(out)
        disk.clear()


@contextlib.contextmanager
def _on_disk(source: GraphSource) -> Iterator[ox.Store]:
    """The source's store on disk: Oxigraph's writer lists an on-disk store's quads in index
    order, which depends on the content only; an in-memory store (a pull) is copied there first."""
    if source.on_disk:
        yield source.oxigraph
        return
    with tempfile.TemporaryDirectory(prefix="kg-export-") as folder:
        disk = ox.Store(folder)
        disk.bulk_extend(source.oxigraph)
        yield disk
        del disk  # closes the temporary store before its folder goes
