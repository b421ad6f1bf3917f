"""What the commitment ledger costs on top of `kg add`, and how many threads it makes.

    python benchmarks/ledger_cost.py            # 1,000 corpus texts (every k-th, sorted by name)
    python benchmarks/ledger_cost.py -n 6496    # the whole White House corpus (about 25 minutes)

Ingests the texts into a fresh store with `pipeline.ingest(jobs=2)` (what `kg add` runs), then
times `ledger.update(store)` (what `kg add` runs after the articles: every report read back, linked
and written as one named graph). Target (issue 18): the ledger costs at most 20% on top of
`kg add` of the whole corpus. Prints one Markdown table and writes it into
benchmarks/results.md under its own heading.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import markdown, sample_paths, timed, write_section

from kg import ledger, nlp, pipeline, read
from kg.store import Store

SECTION = "### The commitment ledger's cost"
TARGET = 0.20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="How many corpus texts (every k-th, sorted by name).")
    parser.add_argument("--no-write", action="store_true", help="Print the table; leave results.md alone.")
    args = parser.parse_args()
    nlp.load()
    articles = [read.read_file(p) for p in sample_paths(args.n)]
    with tempfile.TemporaryDirectory(prefix="kg-bench-ledger-") as tmp:
        with Store(Path(tmp) / "store", writable=True) as store:
            ingest, count = timed(lambda: pipeline.ingest(articles, store, jobs=2))
            update, _ = timed(lambda: ledger.update(store))
            reports = len(ledger.reports_of(store.oxigraph))
            threads = len(ledger.link(ledger.reports_of(store.oxigraph)))
    share = update / ingest
    rows = [[f"{count:,} texts", f"{ingest:.1f} s", f"{update:.1f} s", f"{share:.1%}", f"{reports:,}", f"{threads:,}",
             "PASS" if share <= TARGET else "FAIL"]]
    text = "\n".join([
        SECTION, "",
        f"`benchmarks/ledger_cost.py -n {args.n}` on {time.strftime('%Y-%m-%d %H:%M')}: `pipeline.ingest(jobs=2)` "
        f"(what `kg add` runs) into a fresh store, then `ledger.update` (what `kg add` runs after its articles). "
        f"Target: the ledger at most {TARGET:.0%} on top of `kg add`.", "",
        markdown(["texts", "kg add (ingest)", "ledger update", "ledger / ingest", "reports", "threads", "result"],
                 rows), ""])
    print(text)
    if not args.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
