"""A full disk, made to happen: the store and outputs on a small tmpfs this test mounts.

Mounting needs root (CI runs as root); elsewhere these tests are skipped with the reason.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import export
from kg.cli import cli
from kg.ledger import LEDGER_GRAPH
from kg.store import Store

pytestmark = pytest.mark.slow  # mounts a disk and fills it, several times

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles"
SAMPLE_GRAPH = ROOT / "exports" / "graph.trig"
NATIONS = ("Kenya", "Uganda", "Peru", "Chile", "Norway", "Japan", "Brazil", "Ghana", "India", "Spain")


@pytest.fixture
def disk(tmp_path: Path):
    """A 16 MB tmpfs at tmp_path/disk, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def fill(disk: Path, leave: int) -> Path:
    """Fill the disk but for `leave` bytes; the filler file, to delete when space is to come back."""
    stats = os.statvfs(disk)
    filler = disk / "filler"
    with filler.open("wb") as out:
        out.write(b"\0" * max(0, stats.f_bavail * stats.f_frsize - leave))
    return filler


def articles(folder: Path, n: int) -> list[Path]:
    """n small invented articles, each with a few facts."""
    folder.mkdir()
    paths = []
    for i in range(n):
        a, b = NATIONS[i % len(NATIONS)], NATIONS[(i + 3) % len(NATIONS)]
        text = (f"{a} and {b} sign deal number {i}\n\n"
                f"{a} and {b} signed a trade agreement on Monday. {a} pledged to build {i + 2} new schools in "
                f"{b}. The leaders of {a} and {b} met in the capital for talks on energy and ports.\n") * 3
        path = folder / f"article-{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def by_article(ds) -> dict[str, list[str]]:
    """Each article graph of a dataset as its sorted N-Triples lines (the ledger's graph aside)."""
    return {str(g.identifier): sorted(set(g.serialize(format="nt").splitlines()) - {""})
            for g in ds.graphs() if len(g) and g.identifier != LEDGER_GRAPH}


def graphs(store_path: Path) -> dict[str, list[str]]:
    with Store(store_path) as store:
        return by_article(store.dataset())


def test_a_disk_that_fills_during_kg_add(disk, tmp_path):
    store = disk / "store"
    runner = CliRunner()
    assert runner.invoke(cli, ["add", "--store", str(store), "-j", "1", str(SAMPLE)]).exit_code == 0
    texts = articles(tmp_path / "texts", 40)
    filler = fill(disk, 400 * 1024)  # room to open the store for writing, not for 40 more articles
    result = runner.invoke(cli, ["add", "--store", str(store), "-j", "1", *map(str, texts)])
    assert result.exit_code == 1
    error = result.output.strip().splitlines()[-1]
    failed = next(t for t in texts if str(t) in error)  # the error names the article that did not go in
    assert "No space left on device" in error and "kg add again" in error
    before = graphs(store)  # the store still opens
    fresh = CliRunner().invoke(cli, ["build", "-o", str(tmp_path / "fresh.trig"), "-j", "1", str(SAMPLE),
                                     *map(str, texts[:texts.index(failed)])])
    assert fresh.exit_code == 0
    assert before == by_article(export.load(tmp_path / "fresh.trig"))  # every article added before is intact
    filler.unlink()  # space is back
    assert runner.invoke(cli, ["add", "--store", str(store), "-j", "1", *map(str, texts)]).exit_code == 0
    assert len(graphs(store)) == 1 + len(texts)


@pytest.mark.parametrize("command, name", [
    (["export", "--graph", str(SAMPLE_GRAPH), "-o"], "graph.ttl"),
    (["export", "--graph", str(SAMPLE_GRAPH), "-o"], "graph.jsonld"),
    (["view", "--graph", str(SAMPLE_GRAPH), "-o"], "graph.html"),
])
def test_a_disk_that_fills_during_an_export_leaves_the_old_file_whole(disk, command, name):
    out = disk / name
    runner = CliRunner()
    assert runner.invoke(cli, [*command, str(out)]).exit_code == 0
    old = out.read_bytes()
    fill(disk, 4 * 1024)
    result = runner.invoke(cli, [*command, str(out)])
    assert result.exit_code == 1
    assert f"Error: {out}: No space left on device (the file was left as it was)" in result.output
    assert out.read_bytes() == old
    assert sorted(p.name for p in disk.iterdir() if p.name.startswith(".")) == []  # no temporary file left
