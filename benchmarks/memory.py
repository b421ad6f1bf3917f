"""Peak memory of `kg add` (pipeline.ingest, jobs=1): many articles vs few, each in a fresh process.

The parent runs this file as a child per size; the child ingests the sample
into a temporary store and prints its peak RSS (VmHWM) as JSON. The small
sample is every k-th article of the large one plus the large one's longest
article, so the two differ in count, not in the longest article they hold
(one long article can set the peak on its own: 423 MiB for a 135 KB text).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Row, log, sample_paths

TARGET = 1.5


def vm_hwm_mb() -> float:
    """This process's peak resident set size (VmHWM) in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def nested_sample(n: int, large: int) -> list[Path]:
    """`n` articles taken evenly from the `large`-article sample, its longest article included
    (one long article sets the peak on its own: both runs must hold it, to compare growth)."""
    paths = sample_paths(large)
    picked = paths[:: large // n][:n]
    longest = max(paths, key=lambda p: (p.stat().st_size, p.name))
    if longest not in picked:
        picked[-1] = longest
    return sorted(picked)


def child(n: int, large: int) -> dict:
    """Ingest `n` sampled articles (read lazily) into a temporary store; peak RSS before and after."""
    from kg import nlp, pipeline, read
    from kg.store import Store

    nlp.load()
    loaded = vm_hwm_mb()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-memory-") as tmp:
        with Store(Path(tmp) / "store", writable=True) as store:
            paths = nested_sample(n, large)
            count = pipeline.ingest((read.read_file(p) for p in paths), store, jobs=1)
            quads = len(store)
    return {"articles": count, "quads": quads, "seconds": time.perf_counter() - start,
            "longest_kb": max(p.stat().st_size for p in paths) / 1000, "model_mb": loaded, "peak_mb": vm_hwm_mb()}


def measure(n: int, large: int) -> dict:
    """Run the child for `n` articles (of the `large` sample) in a fresh interpreter; its report."""
    done = subprocess.run([sys.executable, __file__, "--child", str(n), str(large)], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"memory child for {n} articles failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(small: int, large: int) -> list[Row]:
    """Peak RSS of ingesting `large` articles vs `small`, and their ratio."""
    reports = {}
    for n in (small, large):
        log(f"memory: ingesting {n} articles in a fresh process (jobs=1)")
        reports[n] = measure(n, large)
        log(f"memory: {n} articles: peak {reports[n]['peak_mb']:.0f} MiB in {reports[n]['seconds']:.0f} s")
    rows = [Row(f"memory: peak RSS, {n} articles",
                f"{r['peak_mb']:,.0f} MiB (model loaded: {r['model_mb']:,.0f} MiB; longest article "
                f"{r['longest_kb']:,.0f} KB; {r['quads']:,} quads; {r['articles'] / r['seconds']:.2f} articles/s)")
            for n, r in reports.items()]
    ratio = reports[large]["peak_mb"] / reports[small]["peak_mb"]
    rows.append(Row(f"memory: peak RSS {large} / {small} articles", f"{ratio:.2f}×", f"≤ {TARGET:g}×",
                    ratio <= TARGET))
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(child(int(sys.argv[2]), int(sys.argv[3]))))
    else:
        sizes = [int(a) for a in sys.argv[1:3]] or [200, 2000]
        for row in run(*sizes):
            print(row)
