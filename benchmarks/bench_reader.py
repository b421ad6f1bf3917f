"""The reader pane on a big graph: `kg view --max-nodes 300` of White House texts, in Chromium.

Builds (or reuses, with --store) a store of the first --limit texts of the White House corpus
(every k-th file by name, so the sample spans the whole period), writes the view with
`kg view --max-nodes 300`, then opens it from file:// in headless Chromium (Playwright +
/usr/bin/chromium) and measures

* the time until the page is interactive (the graph has drawn and the first article is read),
* the time to open one article's text in the reader (its side file loaded and highlighted),
  for several articles, and the time from a click on a node to its evidence being shown.

Run:  .venv/bin/python benchmarks/bench_reader.py --limit 300 [--store PATH] [--jobs 2]
Building all 6,496 texts takes 30+ minutes on two cores; a store given with --store is reused.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "whitehouse"
CHROMIUM = Path("/usr/bin/chromium")
KG = Path(sys.executable).with_name("kg")
OPEN_ARTICLES = 8


def kg(*args: str) -> str:
    """Run the kg command line; its stdout (stderr passes through on failure)."""
    done = subprocess.run([str(KG), *args], capture_output=True, text=True, cwd=REPO)
    if done.returncode not in (0, 3):
        sys.exit(f"kg {' '.join(args[:2])} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def sample(limit: int, folder: Path = CORPUS) -> list[Path]:
    """`limit` texts picked deterministically: names sorted, every k-th."""
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    if not files:
        sys.exit(f"no texts in {folder}")
    step = max(1, len(files) // limit)
    return files[::step][:limit]


def stored_articles(store: Path) -> int:
    """How many articles a store holds (`kg list`)."""
    found = re.search(r"\((\d+) articles?\)", kg("list", "--store", str(store)))
    return int(found.group(1)) if found else 0


def build_store(store: Path, limit: int, jobs: int) -> float:
    """Add `limit` corpus texts (absolute paths, so the view finds them from anywhere); seconds taken."""
    paths = [str(p.resolve()) for p in sample(limit)]
    start = time.perf_counter()
    kg("add", "--store", str(store), "--jobs", str(jobs), *paths)
    return time.perf_counter() - start


def write_view(store: Path, out: Path) -> float:
    """`kg view --max-nodes 300`; seconds taken (reading the texts back included)."""
    start = time.perf_counter()
    kg("view", "--store", str(store), "--max-nodes", "300", "-o", str(out))
    return time.perf_counter() - start


def phases(store: Path, out: Path) -> tuple[float, float]:
    """In-process seconds of what `kg view` does: picking 300 nodes from the store, then
    `render.write_html` (reading the texts back, rendering, writing the side files)."""
    import pyoxigraph as ox

    from kg import analyse, render

    ox_store = ox.Store.read_only(str(store))
    start = time.perf_counter()
    selection = analyse.view_selection(ox_store, 300)
    picked = time.perf_counter()
    render.write_html(selection.graph, out, title="kg graph")
    return picked - start, time.perf_counter() - picked


def page_data(page: Path) -> dict:
    """The data embedded in a kg view."""
    return json.loads(re.search(r"var data = (\{.*?\});\n", page.read_text(encoding="utf-8")).group(1))


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*") if p.is_file()) if folder.is_dir() else 0


_OPEN_JS = """i => new Promise(resolve => {
    const start = performance.now();
    window.kgView.reader.open(i);
    const poll = () => window.kgView.reader.state().status === 'loading'
        ? requestAnimationFrame(poll) : resolve([performance.now() - start, window.kgView.reader.state().status]);
    poll();
})"""
_PICK_JS = """id => new Promise(resolve => {
    const start = performance.now();
    window.kgView.pick(id);
    const poll = () => window.kgView.reader.state().status === 'loading'
        ? requestAnimationFrame(poll) : resolve(performance.now() - start);
    poll();
})"""


def measure(page: Path, data: dict) -> dict[str, object]:
    """Load the page in Chromium and time interactivity, article opening and node picking (ms)."""
    from playwright.sync_api import sync_playwright

    chosen = sorted(range(len(data["articles"])), key=lambda i: (-len(data["articles"][i]["spans"]), i))
    chosen = [i for i in chosen if data["articles"][i]["text"]][:OPEN_ARTICLES]
    busiest = sorted(data["nodes"], key=lambda n: (-len(n["facts"]), n["id"]))[:5]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            remote: list[str] = []
            tab.on("request", lambda r: remote.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
            start = time.perf_counter()
            tab.goto(page.resolve().as_uri())
            tab.wait_for_function("() => window.kgView && window.kgView.drawn", timeout=120_000)
            drawn = time.perf_counter() - start
            tab.wait_for_function("() => window.kgView.reader.state().status !== 'loading'", timeout=60_000)
            interactive = time.perf_counter() - start
            opens = [tab.evaluate(_OPEN_JS, i) for i in chosen]
            picks = [tab.evaluate(_PICK_JS, n["id"]) for n in busiest]
        finally:
            browser.close()
    return {"drawn": drawn * 1000, "interactive": interactive * 1000, "opens": opens, "picks": picks,
            "remote": remote, "busiest": [(n["name"], len(n["facts"])) for n in busiest]}


def collect(args: argparse.Namespace) -> dict:
    """Build or reuse the store, write the view, measure it; every figure in one dict."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-reader-") as tmp:
        store = args.store or Path(tmp) / "store"
        built = None
        if store.exists() and stored_articles(store):
            print(f"reusing {store}")
        else:
            print(f"building {store} from {args.limit} texts of {CORPUS} with {args.jobs} jobs …", flush=True)
            built = build_store(store, args.limit, args.jobs)
        out = (args.out or Path(tmp)) / "graph.html"
        view_seconds = write_view(store, out)
        data = page_data(out)
        side = out.with_name(out.stem + ".files")
        return {"articles": stored_articles(store), "built": built, "view": view_seconds, "data": data,
                "sizes": (out.stat().st_size, len(list(side.glob("*.js"))), folder_bytes(side)),
                "browser": measure(out, data),
                "phases": phases(store, Path(tmp) / "phases" / "graph.html") if args.phases else None}


def report(r: dict, limit: int) -> None:
    """Print the figures."""
    data, b, sizes = r["data"], r["browser"], r["sizes"]
    print(f"articles measured: {r['articles']} in the store"
          + (f" (built from --limit {limit} in {r['built']:.0f} s)" if r["built"] is not None else ""))
    print(f"view: {len(data['nodes'])} nodes, {len(data['edges'])} edges, {len(data['facts'])} facts, "
          f"{len(data['articles'])} articles ({sum(1 for a in data['articles'] if a['text'])} with text), "
          f"{len(data['timeline'])} timeline events")
    print(f"kg view --max-nodes 300: {r['view']:.2f} s; page {sizes[0] / 1024:.0f} KiB + "
          f"{sizes[1]} side files, {sizes[2] / 1024:.0f} KiB")
    if r["phases"]:
        print(f"  of which: selecting 300 nodes from the store {r['phases'][0]:.2f} s, "
              f"render.write_html (texts read back, page and side files written) {r['phases'][1]:.2f} s")
    print(f"graph drawn: {b['drawn']:.0f} ms; interactive (graph drawn, first article read): {b['interactive']:.0f} ms")
    opens = [ms for ms, _ in b["opens"]]
    if opens:
        print(f"open one article's text ({len(opens)} articles, most facts first): median "
              f"{statistics.median(opens):.0f} ms, max {max(opens):.0f} ms "
              f"({sum(1 for _, s in b['opens'] if s == 'ready')} ready)")
    if b["picks"]:
        print(f"click a node -> its evidence shown ({len(b['picks'])} most connected nodes): median "
              f"{statistics.median(b['picks']):.0f} ms, max {max(b['picks']):.0f} ms")
    print(f"requests beyond file://: {len(b['remote'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=300, help="texts to build the store from (default 300)")
    parser.add_argument("--store", type=Path, help="reuse (or create) this store instead of a temporary one")
    parser.add_argument("--jobs", type=int, default=2, help="parser processes for kg add (default 2)")
    parser.add_argument("--out", type=Path, help="folder for the view (default: a temporary folder)")
    parser.add_argument("--phases", action="store_true",
                        help="also time node selection and rendering apart, in-process (selects a second time)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"no Chromium at {CHROMIUM}")
    report(collect(args), args.limit)


if __name__ == "__main__":
    main()
