"""Export of the synthetic store: `kg.export.write_store` (Oxigraph) vs rdflib's serialisers.

N-Quads: `write_store(store, "x.nq")` as `kg export` calls it (Oxigraph's writer,
graph by graph) vs `dataset.serialize(format="nquads")` to a file. Turtle: the same call for
"x.ttl" (Oxigraph's writer on the union in the default graph, the path `kg export` takes above
`FAST_PRETTY_ABOVE` quads) vs rdflib's Turtle serialiser on the union graph
(`kg.rdf.union(dataset)`, built untimed). Each export runs once in a child process.

For reference (no target), Oxigraph's own writer on its in-memory store (`Store.dump` of the
article graphs as N-Quads, of their union as Turtle; loading untimed): the fastest writer
Oxigraph has, with no term to decode from disk and no order imposed.
"""

from __future__ import annotations

from pathlib import Path

from common import Row, log, ratio_row
from sparql import Timing, memory_store, repeat_in_child

from kg import export, rdf
from kg.store import Store

TARGET = 10.0


def oxigraph_export(store_path: Path, out: Path):
    def setup():
        store = Store(store_path)  # read-only
        return lambda: export.write_store(store.oxigraph, out) or out.stat().st_size
    return setup


def memory_export(nquads: Path, out: Path, fmt: str):
    def setup():
        import pyoxigraph

        if fmt == "nquads":
            memory = pyoxigraph.Store()
            memory.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
            return lambda: memory.dump(str(out), format=pyoxigraph.RdfFormat.N_QUADS) or out.stat().st_size
        union = memory_store(nquads)  # the union in the default graph, as `kg export` writes Turtle from
        prefixes = {prefix: str(ns) for prefix, ns in rdf.PREFIXES.items()}
        return lambda: union.dump(str(out), format=pyoxigraph.RdfFormat.TURTLE, from_graph=pyoxigraph.DefaultGraph(),
                                  prefixes=prefixes) or out.stat().st_size
    return setup


def rdflib_export(dataset, out: Path, fmt: str):
    def setup():
        graph = rdf.union(dataset) if fmt == "turtle" else dataset
        return lambda: graph.serialize(destination=str(out), format=fmt, encoding="utf-8") and out.stat().st_size
    return setup


FORMATS = (("nq", "nquads"), ("ttl", "turtle"))


def run_lean(store_path: Path, nquads: Path, folder: Path, size: int,
             limit: float = 900.0) -> dict[str, tuple[Timing, Timing]]:
    """Per format, `kg export`'s time and the in-memory reference's (`size`: quads in the store;
    `nquads`: the same quads as a file). Run before the parent holds rdflib's Dataset (see
    sparql.run_lean)."""
    assert export.streams(folder / "x.ttl", size), "Turtle would not take the streaming path"
    timings = {}
    for ext, fmt in FORMATS:
        log(f"export: {fmt} with Oxigraph")
        ox = repeat_in_child(oxigraph_export(store_path, folder / f"oxigraph.{ext}"), 1, 0, limit)
        log(f"export: {fmt} with Oxigraph: {_text(ox)}; with Oxigraph in memory")
        mem = repeat_in_child(memory_export(nquads, folder / f"memory.{ext}", fmt), 1, 0, limit)
        log(f"export: {fmt} with Oxigraph in memory: {_text(mem)}")
        timings[fmt] = ox, mem
        _clean(folder, ext)
    return timings


def run_rdflib(lean: dict[str, tuple[Timing, Timing]], dataset, folder: Path, limit: float = 900.0) -> list[Row]:
    """rdflib's time per format, and the rows comparing it with `run_lean`'s."""
    rows = []
    for ext, fmt in FORMATS:
        ox, mem = lean[fmt]
        log(f"export: {fmt} with rdflib")
        rd = repeat_in_child(rdflib_export(dataset, folder / f"rdflib.{ext}", fmt), 1, 0, limit)
        log(f"export: {fmt} with rdflib: {_text(rd)}")
        _clean(folder, ext)
        rows += [Row(f"export {fmt}: kg write_store (Oxigraph)", _text(ox)),
                 Row(f"export {fmt}: rdflib serialize", _text(rd))]
        if mem.times and rd.times:
            rows.append(Row(f"export {fmt}: reference, Oxigraph in-memory Store.dump",
                            f"{_text(mem)}: {rd.times[0] / mem.times[0]:,.2f}× rdflib's speed"))
        else:
            rows.append(Row(f"export {fmt}: reference, Oxigraph in-memory Store.dump", _text(mem)))
        if ox.times and rd.times:
            rows.append(ratio_row(f"export {fmt}: speed-up", rd.times[0] / ox.times[0], TARGET))
        elif ox.times and rd.killed_after:
            bound = rd.killed_after / ox.times[0]
            rows.append(Row(f"export {fmt}: speed-up", f"> {bound:,.1f}×", f"≥ {TARGET:g}×",
                            True if bound >= TARGET else None))
        else:
            rows.append(Row(f"export {fmt}: speed-up", "n/a", f"≥ {TARGET:g}×", None))
    return rows


def _clean(folder: Path, ext: str) -> None:
    """Delete the exports (~300 MB each), not the synthetic N-Quads beside them."""
    for writer in ("oxigraph", "memory", "rdflib"):
        (folder / f"{writer}.{ext}").unlink(missing_ok=True)


def _text(t: Timing) -> str:
    if t.error:
        return f"error: {t.error}"
    if not t.times:
        return f"> {t.killed_after:g} s (stopped)"
    return f"{t.times[0]:,.2f} s ({t.rows / 1e6:,.0f} MB)"
