"""`kg serve` under load, with heavy queries in the mix: are ordinary queries still answered?

    python benchmarks/serve_load.py                 # writes its section of benchmarks/results.md
    python benchmarks/serve_load.py --no-write      # print only

Builds a store of a synthetic dataset (about 28,000 quads, as a store of a few hundred articles), starts
`kg serve --timeout 5 --workers 2` on a free loopback port in its own process, and runs two
rounds from 16 client threads, each request on a new connection: ordinary queries alone, then the
same number of ordinary queries with 5% heavy ones (cartesian products that run until the timeout)
mixed in, in a seeded order. Ordinary queries are a COUNT over all quads and a 50-row leaders
lookup. Reported per round: how many ordinary queries were answered (200), their p50 and p99
latency, and what the heavy ones got. Bounded: at most 320 requests a round, 120 s a round.
Target (issue 17): with heavy queries, at least 99% of ordinary queries answered and p99 < 1 s.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic
from common import markdown, write_section

SECTION = "### kg serve under load"
KG_BIN = Path(sys.executable).with_name("kg")
ORDINARY = ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT ?l ?name WHERE { ?l a <https://example.org/kg/ontology#Leader> ; "
            "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name LIMIT 50")
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CLIENTS, REQUESTS, HEAVY_SHARE, TIMEOUT, ROUND_LIMIT = 16, 320, 0.05, 5.0, 120.0


@dataclass
class Round:
    """What one round's requests got."""

    name: str
    ordinary: list[tuple[int, float]] = field(default_factory=list)  # (status, seconds)
    heavy: Counter = field(default_factory=Counter)  # status -> count
    elapsed: float = 0.0

    def answered(self) -> int:
        return sum(1 for status, _ in self.ordinary if status == 200)

    def percentile(self, share: float) -> float:
        times = sorted(t for status, t in self.ordinary if status == 200)
        return times[min(len(times) - 1, int(len(times) * share))] if times else float("nan")

    def row(self) -> list[str]:
        heavy = ", ".join(f"{n}× {status}" for status, n in sorted(self.heavy.items())) or "none"
        total = len(self.ordinary)
        return [self.name, f"{self.answered()} of {total} ({100 * self.answered() / max(total, 1):.1f}%)",
                f"{self.percentile(0.5) * 1000:.0f} ms", f"{self.percentile(0.99) * 1000:.0f} ms", heavy,
                f"{self.elapsed:.1f} s"]


def build_store(folder: Path) -> Path:
    """A store of about 33,000 quads of synthetic kg output."""
    import pyoxigraph

    from kg.store import Store

    nquads = folder / "data.nq"
    synthetic.generate(nquads, triples=26_000, seed=7)
    path = folder / "store"
    with Store(path, writable=True) as store:
        store.oxigraph.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
        store.rebuild_union()
        size = len(store)
    print(f"store: {size:,} quads in the article graphs", file=sys.stderr)
    return path


def start_server(store: Path) -> tuple[subprocess.Popen, str]:
    """`kg serve` on a free loopback port; its SPARQL URL once it says it is serving."""
    server = subprocess.Popen([str(KG_BIN), "serve", "--store", str(store), "--port", "0", "--timeout",
                               str(TIMEOUT), "--workers", "2"], stderr=subprocess.PIPE, text=True)
    for line in server.stderr:
        found = re.search(r"at (http://\S+/sparql)", line)
        if found:
            threading.Thread(target=server.stderr.read, daemon=True).start()  # drain the rest
            return server, found.group(1)
    raise SystemExit(f"kg serve did not start (exit {server.wait()})")


def request(url: str, text: str) -> tuple[int, float]:
    """(HTTP status, seconds) of one query on a new connection."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': text})}", timeout=60) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as e:
        status = e.code
    except OSError:
        status = 0  # no answer at all
    return status, time.perf_counter() - started


def run_round(url: str, name: str, heavy_share: float, seed: int = 11) -> Round:
    """16 clients share a seeded list of requests; each takes the next until none is left."""
    rng = random.Random(seed)
    heavy = round(REQUESTS * heavy_share)
    work = [HEAVY] * heavy + [ORDINARY[i % len(ORDINARY)] for i in range(REQUESTS - heavy)]
    rng.shuffle(work)
    result, lock = Round(name), threading.Lock()
    deadline = time.monotonic() + ROUND_LIMIT

    def client() -> None:
        while time.monotonic() < deadline:
            with lock:
                if not work:
                    return
                text = work.pop()
            status, seconds = request(url, text)
            with lock:
                if text == HEAVY:
                    result.heavy[status] += 1
                else:
                    result.ordinary.append((status, seconds))

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.elapsed = time.perf_counter() - started
    return result


def report(rounds: list[Round]) -> str:
    with_heavy = rounds[-1]
    share = with_heavy.answered() / max(len(with_heavy.ordinary), 1)
    verdict = "PASS" if share >= 0.99 and with_heavy.percentile(0.99) < 1.0 else "FAIL"
    loads = Path("/proc/loadavg").read_text().split()[0]
    return "\n".join([
        SECTION, "",
        f"`benchmarks/serve_load.py` on {time.strftime('%Y-%m-%d %H:%M')} (1-minute load average at the end: {loads}): "
        f"`kg serve --timeout {TIMEOUT:g} --workers 2` on a synthetic store, {CLIENTS} client threads on loopback, "
        f"{REQUESTS} requests a round, a new connection each. Target with heavy queries: ≥ 99% of ordinary "
        f"queries answered, p99 < 1 s: **{verdict}**.", "",
        markdown(["round", "ordinary queries answered", "p50", "p99", "heavy queries got", "wall time"],
                 [r.row() for r in rounds]), ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="Print the table; leave results.md alone.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-serve-load-") as folder:
        server, url = start_server(build_store(Path(folder)))
        try:
            request(url, ORDINARY[0])  # every worker's first query parses with rdflib: warm one up
            rounds = [run_round(url, "ordinary queries only", 0.0),
                      run_round(url, f"with {HEAVY_SHARE:.0%} heavy queries", HEAVY_SHARE)]
        finally:
            server.terminate()
            server.wait(timeout=30)
    text = report(rounds)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
