"""The whole White House corpus in one store: ingest it, then open `kg view` of it in Chromium.

    python benchmarks/corpus.py --build --store /tmp/kg-wh   # ingest (about an hour on 2 cores), then view
    python benchmarks/corpus.py --store /tmp/kg-wh           # view an existing store

Run from the repository (`make bench-corpus` does both steps): `kg add` stores source paths
relative to the folder it runs in, and `kg view` reads the article texts back from there.
Measured: ingest wall time, `kg view --max-nodes 300` wall time, the page opened from file://
in Chromium until the graph is drawn (target < 5 s), and one article's text loaded on demand
from its side file, with a check that no article text is inlined in the page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import CORPUS, REPO, Row, log, results_table, timed
from view import kg_command, time_view

TARGET = 5.0
RESULTS = Path(__file__).resolve().parent / "corpus-results.md"


def ingest(store: Path, jobs: int) -> Row:
    """`kg add CORPUS --store STORE --jobs N` from the repository folder, timed."""
    corpus = os.path.relpath(CORPUS, REPO)  # stored source paths stay relative, as a user's would
    command = kg_command() + ["add", str(corpus), "--store", str(store), "--jobs", str(jobs)]
    log("corpus: " + " ".join(command))
    seconds, done = timed(lambda: subprocess.run(command, capture_output=True, text=True))
    count = sum(1 for p in CORPUS.iterdir() if p.suffix == ".txt")
    outcome = f"exit {done.returncode}" + (f": {done.stderr.strip().splitlines()[-1][:120]}" if done.returncode else "")
    return Row("corpus: kg add, whole corpus", f"{count:,} texts in {seconds / 60:.1f} min "
                                               f"({count / seconds:.2f} texts/s, --jobs {jobs}; {outcome})")


def store_size(store: Path) -> Row:
    """Articles and quads in the store, and its size on disk."""
    from kg.store import Store

    with Store(store) as opened:
        articles, quads = len(opened.articles()), len(opened)
    size = sum(p.stat().st_size for p in store.rglob("*") if p.is_file()) / 1e6
    return Row("corpus: store", f"{articles:,} articles, {quads:,} quads in the article graphs, {size:,.0f} MB on disk")


def open_in_chromium(page: Path, runs: int) -> list[Row]:
    """Median seconds from navigation to a drawn graph, and one article loaded on demand."""
    from playwright import sync_api

    from kg.view.render import CHROMIUM, CHROMIUM_ARGS

    html = page.read_text(encoding="utf-8")
    loads: list[float] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        for _ in range(runs):
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            requests: list[str] = []
            tab.on("request", lambda r, seen=requests: seen.append(r.url))
            start = time.perf_counter()
            tab.goto(page.resolve().as_uri())
            tab.wait_for_function("() => window.kgView && window.kgView.drawn", timeout=120_000)
            loads.append(time.perf_counter() - start)
            titles = tab.evaluate("() => window.kgView.reader.titles()")
            last = len(titles) - 1
            start = time.perf_counter()
            tab.evaluate("i => window.kgView.reader.open(i)", last)
            tab.wait_for_function("() => window.kgView.reader.state().status !== 'loading'", timeout=30_000)
            reader_seconds = time.perf_counter() - start
            state = tab.evaluate("() => window.kgView.reader.state()")
            text = tab.evaluate("() => window.kgView.reader.text()") or ""
            side_files = [u for u in requests if ".files/" in u]
            tab.close()
        browser.close()
    inlined = bool(text) and text[:200] in html
    median = statistics.median(loads)
    return [Row("corpus: kg view page opened in Chromium until drawn (median of "
                f"{runs})", f"{median:.2f} s ({', '.join(f'{s:.2f}' for s in loads)})", f"< {TARGET:g} s",
                median < TARGET),
            Row("corpus: an article's text loaded on demand in the reader",
                f"{reader_seconds * 1000:,.0f} ms ({state.get('status')}; {len(text):,} characters; "
                f"{len(titles):,} articles listed, {len(side_files)} side file(s) fetched; "
                f"text inlined in the page: {'yes' if inlined else 'no'})", "not inlined",
                state.get("status") == "ready" and not inlined)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="the corpus store (built with --build)")
    parser.add_argument("--build", action="store_true", help="ingest the corpus into --store first")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3, help="page loads in Chromium")
    parser.add_argument("-o", "--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    store = args.store.resolve()
    os.chdir(REPO)  # where `kg add` ran: `kg view` reads the texts back from the stored relative paths
    rows: list[Row] = []
    if args.build:
        if store.exists():
            parser.error(f"{store} exists: remove it, or run without --build to view it")
        rows.append(ingest(store, args.jobs))
        log(rows[-1].measured)
    rows.append(store_size(store))
    log(rows[-1].measured)
    with tempfile.TemporaryDirectory(prefix="kg-bench-corpus-") as tmp:
        page = Path(tmp) / "view.html"
        command = ["--max-nodes", "300"]
        text, seconds = time_view(store, page, command, 600.0)
        rows.append(Row("corpus: kg view --max-nodes 300, wall time", text))
        log(text)
        if seconds is not None:
            files = list((Path(tmp) / "view.files").glob("*.js"))
            rows.append(Row("corpus: page and side files", f"{page.stat().st_size / 1e6:.1f} MB page, "
                            f"{len(files)} article side files ({sum(f.stat().st_size for f in files) / 1e6:.1f} MB)"))
            rows += open_in_chromium(page, args.runs)
    header = (f"## kg on the whole White House corpus ({time.strftime('%Y-%m-%d %H:%M')})\n\n"
              f"Store: `{args.store}`; load average at end {Path('/proc/loadavg').read_text().split()[0]}.")
    table = results_table(rows)
    args.output.write_text(f"{header}\n\n{table}\n", encoding="utf-8")
    print(table)
    print(f"(written to {args.output})")


if __name__ == "__main__":
    main()
