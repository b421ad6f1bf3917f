"""What keeping the commitment ledger up to date costs on top of `kg add`, as `kg add` keeps it.

    python benchmarks/ledger_cost.py                      # 1,000 corpus texts in kg adds of 100
    python benchmarks/ledger_cost.py -n 6496 --batch 500  # the whole White House corpus

Adds the texts to a fresh store in batches, each as one `kg add` runs it: `ledger.snapshot`, then
`pipeline.ingest(jobs=2)`, then `ledger.update(store, snapshot)`, which relinks only the committers
the batch touches; the linker's caches are emptied before each update (and before the full
recompute), as a new `kg add` process starts without them. Then checks the ledger so kept equals a
full recompute (`ledger.compute`) and times the full recompute on the final store, what every
`kg add` cost before. Target (issue 18): the ledger at most 20% on top of `kg add`. Prints one
Markdown table and writes it into benchmarks/results.md under its own heading (the full
recompute's measurement on the whole corpus keeps its section).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph as ox
from common import log, markdown, sample_paths, timed, write_section

from kg import layout, ledger, nlp, pipeline, read
from kg.store import Store
from kg.vocab import LEDGER_GRAPH

SECTION = "### The ledger kept up to date by kg add"
TARGET = 0.20


@dataclass
class Totals:
    """Seconds spent on the articles and on the ledger, batch by batch."""

    ingest: list[float] = field(default_factory=list)
    ledger: list[float] = field(default_factory=list)


def add_in_batches(store: Store, paths: list[Path], batch: int) -> Totals:
    """Add the texts `batch` at a time, each batch as one `kg add` (articles, then its ledger)."""
    totals = Totals()
    for start in range(0, len(paths), batch):
        ingest, update = kg_add(store, [read.read_file(p) for p in paths[start:start + batch]])
        totals.ingest.append(ingest)
        totals.ledger.append(update)
        log(f"{min(start + batch, len(paths)):,} texts: ingest {ingest:.1f} s, ledger {update:.2f} s")
    return totals


def kg_add(store: Store, articles: list[read.Article]) -> tuple[float, float]:
    """Seconds `kg add` spends on these articles, then on its ledger."""
    before = ledger.snapshot(store)
    ingest, _ = timed(lambda: pipeline.ingest(articles, store, jobs=2))
    update, _ = timed(lambda: cold(lambda: ledger.update(store, before)))
    return ingest, update


def cold(task: Callable[[], None]) -> None:
    """Run a ledger update with the linker's caches emptied first, as a new kg process starts."""
    for cache in (ledger._words, ledger._names, ledger._figures):
        cache.cache_clear()
    task()


def same_as_recomputed(store: Store) -> bool:
    """Whether the ledger kept batch by batch is the one a full recompute gives."""
    kept = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(LEDGER_GRAPH)))}
    return kept == set(layout.ox_triples(ledger.compute(store.oxigraph)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="How many corpus texts (every k-th, sorted by name).")
    parser.add_argument("--batch", type=int, default=100, help="Texts per kg add.")
    parser.add_argument("--no-write", action="store_true", help="Print the table; leave results.md alone.")
    args = parser.parse_args()
    nlp.load()
    paths = sample_paths(args.n)
    with tempfile.TemporaryDirectory(prefix="kg-bench-ledger-") as tmp:
        with Store(Path(tmp) / "store", writable=True) as store:
            totals = add_in_batches(store, paths, args.batch)
            same = same_as_recomputed(store)
            full, _ = timed(lambda: cold(lambda: ledger.update(store)))
            reports = ledger.reports_of(store.oxigraph)
            threads = len(ledger.link(reports))
    ingest, kept = sum(totals.ingest), sum(totals.ledger)
    share = kept / ingest
    rows = [[f"{len(paths):,} texts", f"{len(totals.ingest)} × {args.batch}", f"{ingest:.1f} s", f"{kept:.1f} s",
             f"{share:.1%}", f"{totals.ledger[-1]:.2f} s", f"{full:.2f} s", f"{len(reports):,}", f"{threads:,}",
             "yes" if same else "NO", "PASS" if share <= TARGET and same else "FAIL"]]
    text = "\n".join([
        SECTION, "",
        f"`benchmarks/ledger_cost.py -n {args.n} --batch {args.batch}` on {time.strftime('%Y-%m-%d %H:%M')}: the texts "
        f"added to a fresh store {args.batch} at a time, each batch as `kg add` runs it (`pipeline.ingest(jobs=2)`, "
        "then `ledger.update` relinking the committers the batch touched); last: the last batch's update, on a store "
        "holding the others; full: a whole recompute of the final store, what every `kg add` ran before. "
        f"Target: the ledger at most {TARGET:.0%} on top of `kg add`, and the same ledger as a full recompute.", "",
        markdown(["texts", "kg adds", "kg add (ingest)", "ledger updates", "ledger / ingest", "last update",
                  "full recompute", "reports", "threads", "same as full", "result"], rows), ""])
    print(text)
    if not args.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
