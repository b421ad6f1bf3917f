"""Run kg's benchmarks and print (and write to benchmarks/results.md) a Markdown table.

    python benchmarks/run.py            # the full run (what `make bench` does)
    python benchmarks/run.py --quick    # smaller sizes, a few minutes
    python benchmarks/run.py --only sparql,export --triples 200000

Every ratio is measured side by side in the same run. A FAIL is reported, not
raised: the exit status is 0 unless a benchmark itself crashes.
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import os
import platform
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export_speed
import ingest
import memory
import sparql
import synthetic
import view
from common import Row, log, results_table, secs, timed

SECTIONS = ("ingest", "memory", "sparql", "export", "view")
RESULTS = Path(__file__).resolve().parent / "results.md"


#: Sections of results.md that other scripts write (serve_load.py, ledger_cost.py) or that record
#: figures measured once: kept when this run rewrites the file.
KEPT = ("### Figures behind design choices", "### kg serve under load", "### The commitment ledger's cost")


def kept_sections(path: Path) -> str:
    """The sections of an existing results file that this run does not write, from the first on."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    starts = [i for i in (old.find(heading) for heading in KEPT) if i >= 0]
    return "\n" + old[min(starts):] if starts else ""


def machine() -> str:
    """One line about where the numbers come from."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "?")
    mem = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("pyoxigraph", "rdflib", "spacy"))
    return (f"{os.cpu_count()} cores ({cpu}), {mem} GiB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, {versions}; load average at start {load()}")


def load() -> str:
    """The 1-minute load average (other work on the machine skews timings)."""
    return Path("/proc/loadavg").read_text().split()[0]


def synthetic_sections(args: argparse.Namespace, wanted: set[str], tmp: Path) -> tuple[list[Row], list[str]]:
    """Generate the synthetic dataset and load it into Oxigraph (and rdflib); run sparql and export.

    Leaves the Oxigraph store in `tmp / "store"` for the view benchmark.
    """
    rows: list[Row] = []
    extra: list[str] = []
    data, store_path = tmp / "synthetic.nq", tmp / "store"
    seconds, stats = timed(lambda: synthetic.generate(data, args.triples, args.seed))
    rows.append(Row("synthetic dataset", f"{stats.articles:,} articles, {stats.quads:,} quads, "
                                         f"{stats.triples:,} distinct triples (seed {args.seed}, {seconds:.1f} s)"))
    log(rows[-1].measured)
    import pyoxigraph

    from kg import rdf
    from kg.store import Store

    store = Store(store_path, writable=True)
    seconds, _ = timed(lambda: store.oxigraph.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_QUADS))
    loaded = len(store)
    rows.append(Row("load: Oxigraph bulk_load", f"{secs(seconds)} ({loaded:,} quads)"))
    log(rows[-1].measured)
    seconds, _ = timed(store.rebuild_union)  # queries read the default graph, the union of the article graphs
    rows.append(Row("load: Store.rebuild_union (default graph = union)", secs(seconds)))
    log(rows[-1].measured)
    seconds, _ = timed(store.close)
    rows.append(Row("load: Store.close (compacts the store it changed)", secs(seconds)))
    log(rows[-1].measured)
    seconds, _ = timed(lambda: Store(store_path).close())
    rows.append(Row("open: Store(path) read-only, as each kg command does", secs(seconds)))
    log(rows[-1].measured)
    if not wanted & {"sparql", "export"}:
        return rows, extra
    # Oxigraph first, then rdflib: see sparql.run_lean
    lean = sparql.run_lean(store_path, data, args.reps, args.query_limit) if "sparql" in wanted else None
    exported = export_speed.run_lean(store_path, data, tmp, loaded, args.export_limit) if "export" in wanted else None
    dataset = rdf.new_dataset()
    seconds, _ = timed(lambda: dataset.parse(str(data), format="nquads"))  # noqa: F821 (`del dataset` below)
    rows.append(Row("load: rdflib Dataset.parse", f"{secs(seconds)} ({len(dataset):,} triples in the union)"))
    log(rows[-1].measured)
    if lean is not None:
        found, table = sparql.run_rdflib(lean, dataset, args.reps, args.rdflib_limit, args.rdflib_budget)
        rows += found
        extra.append(f"### SPARQL per query ({loaded:,} quads)\n\n{table}\n\n"
                     f"Oxigraph: up to {args.reps} repetitions, each stopped after {args.query_limit:g} s, "
                     f"no more once {args.query_limit:g} s are spent. rdflib: up to {args.reps} repetitions, "
                     f"each stopped after {args.rdflib_limit:g} s, no more once {args.rdflib_budget:g} s are spent. "
                     "Oxigraph in memory: as Oxigraph, on the same quads in an in-memory store. Oxigraph "
                     "ran before the benchmark loaded rdflib's Dataset (see `sparql.run_lean`).")
    if exported is not None:
        rows += export_speed.run_rdflib(exported, dataset, tmp, args.export_limit)
    del dataset
    gc.collect()
    return rows, extra


def memory_and_view(args: argparse.Namespace, wanted: set[str], store: Path, tmp: Path,
                    deadline: float) -> list[Row]:
    """The memory benchmark (peak RSS of fresh processes) and `kg view` (wall time, no target).

    When both run, they run at the same time: the memory children report peak RSS, which
    a concurrent process does not change, and the view figures are informational.
    """
    small, large = args.memory_sizes
    with ThreadPoolExecutor(1) as pool:
        peaks = pool.submit(memory.run, small, large) if "memory" in wanted else None
        shown = view.run(store, tmp, args.view_timeout, deadline) if "view" in wanted else []
        return (peaks.result() if peaks else []) + shown


def report(rows: list[Row], extra: list[str], header: str) -> str:
    return "\n\n".join([header, results_table(rows), *extra]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="kg benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes for a fast check")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated: {','.join(SECTIONS)}")
    parser.add_argument("--texts", type=int, help="articles for the ingest benchmark (default 200; quick 50)")
    parser.add_argument("--memory-sizes", help="small,large article counts (default 200,2000; quick 50,500)")
    parser.add_argument("--triples", type=int, help="synthetic triples (default 1,000,000; quick 200,000)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--reps", type=int, default=5, help="query repetitions")
    parser.add_argument("--query-limit", type=float, default=10.0, help="seconds per Oxigraph query run")
    parser.add_argument("--rdflib-limit", type=float, default=60.0, help="seconds per rdflib query run")
    parser.add_argument("--rdflib-budget", type=float, default=15.0, help="no more rdflib runs after this")
    parser.add_argument("--export-limit", type=float, default=900.0, help="seconds per export")
    parser.add_argument("--view-timeout", type=float, default=600.0, help="seconds per kg view")
    parser.add_argument("--budget", type=float, default=28.0,
                        help="minutes: kg view runs are stopped when the whole run reaches this")
    parser.add_argument("-o", "--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    args.texts = args.texts or (50 if args.quick else 200)
    args.memory_sizes = tuple(map(int, (args.memory_sizes or ("50,500" if args.quick else "200,2000")).split(",")))
    args.triples = args.triples or (200_000 if args.quick else 1_000_000)
    wanted = set(args.only.split(","))
    if wanted - set(SECTIONS):
        parser.error(f"unknown section(s): {', '.join(sorted(wanted - set(SECTIONS)))}")

    started = time.perf_counter()
    deadline = time.monotonic() + args.budget * 60
    header = (f"## kg benchmarks ({'quick' if args.quick else 'full'} run, {time.strftime('%Y-%m-%d %H:%M')})\n\n"
              f"Machine: {machine()}.")
    rows: list[Row] = []
    extra: list[str] = []

    def save() -> None:
        args.output.write_text(report(rows, extra, header) + kept_sections(args.output), encoding="utf-8")

    if "ingest" in wanted:
        rows += ingest.run(args.texts)
        save()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        if wanted & {"sparql", "export", "view"}:
            found, notes = synthetic_sections(args, wanted, Path(tmp))
            rows += found
            extra += notes
            save()
        rows += memory_and_view(args, wanted, Path(tmp) / "store", Path(tmp), deadline)
    header += f" Load average at end {load()}. Total wall time: {(time.perf_counter() - started) / 60:.1f} min."
    save()
    print()
    print(report(rows, extra, header))
    print(f"(written to {args.output})")

if __name__ == "__main__":
    main()
