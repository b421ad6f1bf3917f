"""`kg view` on the synthetic store, end to end as a subprocess (interpreter start-up included)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from common import Row, log


def kg_command() -> list[str]:
    """The `kg` console script beside this interpreter, else `python -m kg.cli`."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


def time_view(store: Path, out: Path, extra: list[str], timeout: float,
              why: str = "timeout") -> tuple[str, float | None]:
    """Run `kg view --store STORE -o OUT [extra]`; the outcome text and the seconds (None: failed)."""
    command = kg_command() + ["view", "--store", str(store), "-o", str(out), *extra]
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"> {timeout:,.0f} s (stopped: {why})", None
    seconds = time.perf_counter() - start
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"not available (exit {done.returncode}: {last[:120]})", None
    size = out.stat().st_size / 1e6 if out.exists() else 0
    note = next((line for line in done.stderr.splitlines() if line.startswith("showing")), "")
    return f"{seconds:,.1f} s ({size:,.1f} MB HTML{'; ' + note if note else ''})", seconds


def run(store: Path, folder: Path, timeout: float = 600.0, deadline: float = float("inf")) -> list[Row]:
    """`kg view` with `--max-nodes 300`, then without the option (its default), each timed and
    stopped after `timeout` seconds or at `deadline` (time.monotonic), whichever comes first."""
    rows = []
    for label, extra in (("with --max-nodes 300", ["--max-nodes", "300"]),
                         ("without --max-nodes (the command's default)", [])):
        left = max(60.0, deadline - time.monotonic())
        log(f"view: kg view {label}")
        text, _ = time_view(store, folder / "view.html", extra, min(timeout, left),
                            "timeout" if timeout <= left else "the run's time budget, see --budget")
        log(f"view: {text}")
        rows.append(Row(f"kg view {label}, wall time", text))
    return rows
