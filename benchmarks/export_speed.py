"""Export of the synthetic store: `kg.export.write_store` (Oxigraph) vs rdflib's serialisers.

N-Quads: `write_store(store, "x.nq")` as `kg export` calls it (Oxigraph's writer,
graph by graph) vs `dataset.serialize(format="nquads")` to a file. Turtle: the same call for
"x.ttl" (Oxigraph's writer on the union in the default graph, the path `kg export` takes above
`FAST_PRETTY_ABOVE` quads) vs rdflib's Turtle serialiser on the union graph
(`kg.export.union(dataset)`, built untimed). Each export runs once in a child process.
"""

from __future__ import annotations

from pathlib import Path

from common import Row, log, ratio_row
from kg import export
from kg.store import Store
from sparql import Timing, repeat_in_child

TARGET = 10.0


def oxigraph_export(store_path: Path, out: Path):
    def setup():
        store = Store(store_path)  # read-only
        return lambda: export.write_store(store.oxigraph, out) or out.stat().st_size
    return setup


def rdflib_export(dataset, out: Path, fmt: str):
    def setup():
        graph = export.union(dataset) if fmt == "turtle" else dataset
        return lambda: graph.serialize(destination=str(out), format=fmt, encoding="utf-8") and out.stat().st_size
    return setup


def run(store_path: Path, dataset, folder: Path, size: int, limit: float = 900.0) -> list[Row]:
    """Seconds for each exporter and the speed-up per format (`size`: quads in the store)."""
    assert export.streams(folder / "x.ttl", size), "Turtle would not take the streaming path"
    rows = []
    for ext, fmt in (("nq", "nquads"), ("ttl", "turtle")):
        log(f"export: {fmt} with Oxigraph")
        ox = repeat_in_child(oxigraph_export(store_path, folder / f"oxigraph.{ext}"), 1, 0, limit)
        log(f"export: {fmt} with Oxigraph: {_text(ox)}; with rdflib")
        rd = repeat_in_child(rdflib_export(dataset, folder / f"rdflib.{ext}", fmt), 1, 0, limit)
        log(f"export: {fmt} with rdflib: {_text(rd)}")
        rows += [Row(f"export {fmt}: kg write_store (Oxigraph)", _text(ox)),
                 Row(f"export {fmt}: rdflib serialize", _text(rd))]
        if ox.times and rd.times:
            rows.append(ratio_row(f"export {fmt}: speed-up", rd.times[0] / ox.times[0], TARGET))
        elif ox.times and rd.killed_after:
            bound = rd.killed_after / ox.times[0]
            rows.append(Row(f"export {fmt}: speed-up", f"> {bound:,.1f}×", f"≥ {TARGET:g}×",
                            True if bound >= TARGET else None))
        else:
            rows.append(Row(f"export {fmt}: speed-up", "n/a", f"≥ {TARGET:g}×", None))
        for ext_file in folder.glob(f"*.{ext}"):
            ext_file.unlink()  # ~300 MB each
    return rows


def _text(t: Timing) -> str:
    if t.error:
        return f"error: {t.error}"
    if not t.times:
        return f"> {t.killed_after:g} s (stopped)"
    return f"{t.times[0]:,.2f} s ({t.rows / 1e6:,.0f} MB)"
