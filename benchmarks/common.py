"""Shared helpers for the benchmarks: paths, sampling, timing and result rows."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared/data/corpus/whitehouse"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the results table: what was measured, against which target."""

    benchmark: str
    measured: str
    target: str = ""
    passed: bool | None = None  # None: informational, no target

    @property
    def status(self) -> str:
        return "" if self.passed is None else ("PASS" if self.passed else "FAIL")


def sample_paths(n: int, folder: Path = CORPUS) -> list[Path]:
    """`n` article files picked deterministically: names sorted, every k-th (k = total // n)."""
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    if len(files) < n:
        raise SystemExit(f"{folder}: only {len(files)} articles, {n} wanted")
    return files[:: len(files) // n][:n]


def timed(task: Callable[[], T]) -> tuple[float, T]:
    """Seconds taken by `task()` (wall clock) and its result."""
    start = time.perf_counter()
    result = task()
    return time.perf_counter() - start, result


def p50(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:,.2f} s"


def ratio_row(benchmark: str, ratio: float, minimum: float, detail: str = "") -> Row:
    """A row for a ratio that should be at least `minimum`."""
    measured = f"{ratio:,.2f}×" + (f" ({detail})" if detail else "")
    return Row(benchmark, measured, f"≥ {minimum:g}×", ratio >= minimum)


def markdown(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table (pipes in cells escaped)."""
    clean = [[str(c).replace("|", "\\|") for c in r] for r in rows]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in clean])


def results_table(rows: list[Row]) -> str:
    """The results table every benchmark report prints: one line per Row."""
    return markdown(["benchmark", "measured", "target", "result"],
                    [[r.benchmark, r.measured, r.target, r.status] for r in rows])


def log(message: str) -> None:
    """Progress on stdout, flushed (long runs are polled through a log file)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


RESULTS = Path(__file__).resolve().parent / "results.md"


def write_section(heading: str, text: str, results: Path = RESULTS) -> None:
    """Replace one benchmark's section of results.md (from its heading to the next), or add it at the end."""
    old = results.read_text(encoding="utf-8")
    start = old.find(heading)
    if start < 0:
        results.write_text(old.rstrip() + "\n\n" + text, encoding="utf-8")
        return
    end = old.find("\n### ", start + len(heading))
    results.write_text(old[:start] + text + (old[end + 1:] if end >= 0 else ""), encoding="utf-8")
