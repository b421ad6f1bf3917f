"""Bundled SPARQL queries on the synthetic store: Oxigraph (`run_oxigraph`) vs rdflib (`run`).

Each engine runs each query in a forked child process that is killed when
one repetition exceeds its time limit (neither engine can interrupt a query).
The Oxigraph child opens the store read-only; the rdflib child inherits the
in-memory Dataset from the parent (copy-on-write). Only the query call
(`kg.query.run_oxigraph` / `kg.query.run`, rows included) is timed.

For reference, each query also runs on the same quads in Oxigraph's in-memory store (laid out
as the project store: article graphs plus their union in the default graph). It has no target:
it tells whether a query's time is the on-disk store's or the query engine's own. Oxigraph runs
first (`run_lean`), before the parent loads rdflib's Dataset, then rdflib (`run_rdflib`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from common import Row, log, markdown, ms, p50, timed

from kg import query
from kg.store import Store

#: A lower bound for a query listing events (as `timeline` does, one row each): their labels alone,
#: the classes' instances joined to rdfs:label, each label decoded from the store once.
FLOOR = """PREFIX kg: <https://example.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event WHERE { VALUES ?class { kg:Agreement kg:Gift kg:Commitment kg:Meeting } ?e a ?class ; rdfs:label ?event }
"""
SPEEDUP = 20.0
P50_LIMIT = 0.100
SETUP_LIMIT = 600.0


@dataclass(frozen=True, slots=True)
class Timing:
    """Completed repetitions (seconds), the row count, and the limit a killed repetition hit."""

    times: list[float]
    rows: int | None
    killed_after: float | None = None
    error: str = ""

    @property
    def p50(self) -> float | None:
        return p50(self.times) if self.times else None

    def text(self) -> str:
        if self.error:
            return f"error: {self.error}"
        if not self.times:
            return f"> {self.killed_after:g} s (stopped)"
        extra = f", then one stopped at {self.killed_after:g} s" if self.killed_after else ""
        return f"{ms(self.p50)} (n={len(self.times)}{extra})"


def repeat_in_child(setup: Callable[[], Callable[[], int]], reps: int, budget: float,
                    limit: float) -> Timing:
    """Run `setup()()` up to `reps` times in a forked child, stopping once `budget` seconds are
    spent; a repetition running longer than `limit` seconds is killed (setup is not timed)."""
    context = get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        try:
            once, spent = setup(), 0.0
            sender.send(("ready", 0.0, None))
            for _ in range(reps):
                seconds, rows = timed(once)
                sender.send(("time", seconds, rows))
                spent += seconds
                if spent >= budget:
                    break
            sender.send(("done", 0.0, None))
        except Exception as e:  # reported, not raised: the parent goes on with other queries
            sender.send(("error", 0.0, f"{type(e).__name__}: {e}"))

    process = context.Process(target=child, daemon=True)
    process.start()
    sender.close()
    times: list[float] = []
    rows = None
    killed, error = None, ""
    wait = SETUP_LIMIT  # opening the store (untimed) may replay its write-ahead log
    while True:
        try:
            ready = receiver.poll(wait)
            kind, seconds, value = receiver.recv() if ready else ("kill", 0.0, None)
        except EOFError:
            kind, seconds, value = "error", 0.0, "child exited without a result"
        if kind == "ready":
            wait = limit
            continue
        if kind == "time":
            times.append(seconds)
            rows = value
            continue
        if kind == "kill":
            process.kill()
            killed = limit
            error = "" if wait == limit else f"setup took over {SETUP_LIMIT:g} s"
        elif kind == "error":
            error = str(value)
        break
    process.join()
    return Timing(times, rows, killed, error)


def oxigraph_setup(store_path: Path, text: str) -> Callable[[], Callable[[], int]]:
    def setup() -> Callable[[], int]:
        store = Store(store_path)  # read-only
        return lambda: len(query.run_oxigraph(store.oxigraph, text).rows)
    return setup


def memory_setup(nquads: Path, text: str) -> Callable[[], Callable[[], int]]:
    def setup() -> Callable[[], int]:
        memory = memory_store(nquads)
        return lambda: len(query.run_oxigraph(memory, text).rows)
    return setup


def memory_store(nquads: Path):
    """The N-Quads file in Oxigraph's in-memory store, with the union copy the project store keeps."""
    import pyoxigraph

    from kg.layout import add_union

    memory = pyoxigraph.Store()
    memory.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    return add_union(memory)


def rdflib_setup(dataset, text: str) -> Callable[[], Callable[[], int]]:
    return lambda: (lambda: len(query.run(dataset, text).rows))


def speedup(ox: Timing, rd: Timing) -> tuple[str, bool | None]:
    """rdflib time / Oxigraph time as text, and whether it meets the target (None: cannot tell)."""
    if ox.error or rd.error:
        return "n/a", None
    o, r = ox.p50, rd.p50
    if o is not None and r is not None:
        return f"{r / o:,.1f}×", r / o >= SPEEDUP
    if o is None and r is not None:  # Oxigraph slower than its limit: an upper bound
        bound = r / ox.killed_after
        return f"< {bound:,.2f}×", False if bound < SPEEDUP else None
    if o is not None:  # rdflib stopped: a lower bound
        bound = rd.killed_after / o
        return f"> {bound:,.1f}×", True if bound >= SPEEDUP else None
    return "unknown (both stopped)", None


@dataclass(frozen=True, slots=True)
class Lean:
    """Oxigraph's timings, on disk and in memory, per bundled query, and the floor query's."""

    disk: dict[str, Timing]
    memory: dict[str, Timing]
    floor: Timing


def run_lean(store_path: Path, nquads: Path, reps: int = 5, limit: float = 60.0) -> Lean:
    """Every query on Oxigraph (the store at `store_path`, and `nquads` in memory). Run this before
    the parent process holds rdflib's Dataset: a child forked from that multi-GB heap ran the
    same Oxigraph queries 1.2-2.4x slower, which a `kg query` process, holding no such heap, does
    not pay (the cause is not pinned down: gc.freeze() in the child did not help, and a child of
    a parent holding 20M plain strings was not slowed)."""
    disk: dict[str, Timing] = {}
    memory: dict[str, Timing] = {}
    for name, text in query.named_queries().items():
        log(f"sparql: {name} on Oxigraph")
        disk[name] = repeat_in_child(oxigraph_setup(store_path, text), reps, limit, limit)
        log(f"sparql: {name} on Oxigraph: {disk[name].text()}; in memory")
        memory[name] = repeat_in_child(memory_setup(nquads, text), reps, limit, limit)
        log(f"sparql: {name} on Oxigraph in memory: {memory[name].text()}")
    log("sparql: floor (every event's label) on Oxigraph")
    floor = repeat_in_child(oxigraph_setup(store_path, FLOOR), reps, limit, limit)
    return Lean(disk, memory, floor)


def run_rdflib(lean: Lean, dataset, reps: int = 5, rd_limit: float = 60.0,
               rd_budget: float = 30.0) -> tuple[list[Row], str]:
    """Every query on rdflib's `dataset`; result rows (speed-up and p50 per query) and a detail table."""
    rows: list[Row] = []
    detail: list[list[str]] = []
    for name, text in query.named_queries().items():
        log(f"sparql: {name} on rdflib")
        rd = repeat_in_child(rdflib_setup(dataset, text), reps, rd_budget, rd_limit)
        log(f"sparql: {name} on rdflib: {rd.text()}")
        ox, mem = lean.disk[name], lean.memory[name]
        ratio, ok = speedup(ox, rd)
        fast = None if ox.error else (ox.p50 is not None and ox.p50 < P50_LIMIT)
        detail.append([name, ox.text(), mem.text(), rd.text(), ratio, _count(ox.rows), _count(rd.rows)])
        rows.append(Row(f"sparql {name}: speed-up Oxigraph vs rdflib", ratio, f"≥ {SPEEDUP:g}×", ok))
        rows.append(Row(f"sparql {name}: Oxigraph p50", ox.text(), f"< {P50_LIMIT * 1000:g} ms", fast))
    rows.append(Row(f"sparql floor: every event's label and nothing else ({_count(lean.floor.rows)} rows), "
                    "Oxigraph p50", lean.floor.text()))
    table = markdown(["query", "Oxigraph p50", "Oxigraph in-memory p50 (reference)", "rdflib p50", "speed-up",
                      "rows (Oxigraph)", "rows (rdflib)"], detail)
    return rows, table


def _count(rows: int | None) -> str:
    return "–" if rows is None else f"{rows:,}"
