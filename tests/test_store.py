"""The project store: idempotent add, remove one article only, one writer, crash-safe ingest."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

from kg import export, pipeline, read
from kg.errors import StoreError
from kg.store import Store
from kg.vocab import LEDGER_GRAPH

DEV = ROOT.parent / "shared" / "eval" / "dev-articles"


def articles_of(articles):
    """The article graphs of a build (its ledger aside: a store derives its own, kg.ledger.update)."""
    ds = pipeline.build(articles)
    ds.remove_graph(ds.graph(LEDGER_GRAPH))
    return ds


@pytest.fixture(scope="module")
def sample_graph(nlp_pipeline):
    return articles_of([read.read_file(SAMPLE)])


def test_adding_twice_changes_nothing(tmp_path, sample_graph):
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(sample_graph)
        first = len(store)
        store.add_dataset(sample_graph)
        assert len(store) == first == len(sample_graph)
        # Oxigraph keeps decimals in canonical XSD 1.1 form ("2" for "2.0"): compare what users see
        assert export.serialize(store.dataset(), "trig") == export.serialize(sample_graph, "trig")


def test_store_round_trips_byte_for_byte(tmp_path, sample_graph):
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(sample_graph)
        assert export.serialize(store.dataset(), "trig") == export.serialize(sample_graph, "trig")


def test_remove_drops_that_article_and_nothing_else(tmp_path, sample_graph):
    other = articles_of([read.from_text("Talks\nKenya and Germany signed a pact on migration in Berlin.\n",
                                           "other.txt")])
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(sample_graph)
        store.add_dataset(other)
        (kept,) = [a for a in store.articles() if a.source == "other.txt"]
        gone = store.remove(str(SAMPLE))
        assert gone.source.endswith("us-japan-rare-earths-summit.txt")
        assert [a.id for a in store.articles()] == [kept.id]
        assert export.serialize(store.dataset(), "trig") == export.serialize(other, "trig")


def test_list_counts_facts(tmp_path, sample_graph):
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(sample_graph)
        (info,) = store.articles()
    assert info.title.startswith("Trump and Takaichi") and info.facts >= 8


def test_unknown_article_is_a_clear_error(tmp_path, sample_graph):
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(sample_graph)
        with pytest.raises(StoreError, match="no article"):
            store.remove("not-there")


def test_a_second_writer_is_refused_clearly(tmp_path):
    with Store(tmp_path / "s", writable=True):
        with pytest.raises(StoreError, match="in use by another process"):
            Store(tmp_path / "s", writable=True)


def test_a_reader_is_refused_while_a_writer_works(tmp_path, sample_graph):
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(sample_graph)
        with pytest.raises(StoreError, match="another process .kg add or kg remove. is writing the store"):
            Store(tmp_path / "s")
    with Store(tmp_path / "s") as reader, Store(tmp_path / "s") as another:  # readers share the store
        assert len(reader.articles()) == len(another.articles()) == 1


@pytest.mark.slow
def test_a_writer_waits_for_readers_to_finish(tmp_path, sample_graph, monkeypatch):
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(sample_graph)
    reader = Store(tmp_path / "s")
    threading.Timer(0.5, reader.close).start()
    started, heard = time.monotonic(), []
    with Store(tmp_path / "s", writable=True, on_wait=heard.append) as writer:  # opens once the reader closed
        assert time.monotonic() - started >= 0.4
        writer.remove(str(SAMPLE))
    assert len(heard) == 1 and "waiting up to 60 s for other commands reading the store" in heard[0]
    monkeypatch.setattr("kg.store.READERS_WAIT", 0.3)
    with Store(tmp_path / "s"):
        with pytest.raises(StoreError, match="in use by another process reading it"):
            Store(tmp_path / "s", writable=True)


def test_reading_a_missing_store_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="kg add"):
        Store(tmp_path / "nothing")


def test_a_corrupt_store_is_a_store_error(tmp_path):
    (tmp_path / "garbage").mkdir()
    (tmp_path / "garbage" / "CURRENT").write_text("x\n")
    with pytest.raises(StoreError, match="not a usable kg store"):
        Store(tmp_path / "garbage")


@pytest.mark.slow
@pytest.mark.skipif(not DEV.exists(), reason=f"needs the development articles at {DEV}")
def test_killed_ingest_leaves_each_article_fully_in_or_out(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for source in sorted(DEV.glob("*.txt")) + [SAMPLE]:
        shutil.copy(source, articles / source.name)
    store_path = tmp_path / "store"
    kg = [sys.executable, "-m", "kg.cli", "add", str(articles), "--store", str(store_path), "--jobs", "1"]
    process = subprocess.Popen(kg, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and process.poll() is None:
        lock_held = store_path.exists() and any(store_path.iterdir())
        if lock_held and time.time() > deadline - 57:
            break
        time.sleep(0.2)
    time.sleep(1.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with Store(store_path) as store:
        stored = store.dataset()
        infos = store.articles()
    for info in infos:  # every article that made it in is complete
        path = ROOT / info.source if not Path(info.source).is_absolute() else Path(info.source)
        expected = articles_of([read.read_file(path)])
        graph = [g for g in stored.graphs() if str(g.identifier).endswith(info.id)][0]
        assert len(graph) == len(expected), info.source


@pytest.mark.slow
def test_two_writers_at_once_one_is_refused_and_the_store_is_intact(tmp_path):
    store_path = tmp_path / "store"
    kg = [sys.executable, "-m", "kg.cli", "add", str(SAMPLE), "--store", str(store_path), "--jobs", "1"]
    first = subprocess.Popen(kg, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(kg, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    results = [(p.wait(timeout=120), p.stderr.read()) for p in (first, second)]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 1]), results
    refused = [err for code, err in results if code == 1]
    assert all("in use by another process" in err and "Traceback" not in err for err in refused)
    with Store(store_path) as store:
        assert [a.source for a in store.articles()] == [str(SAMPLE)]


def test_the_default_graph_is_the_union_without_repeats(tmp_path, sample_graph):
    other = articles_of([read.from_text("Talks\nUS President Donald Trump met Japan's prime minister "
                                           "Sanae Takaichi in Tokyo.\n", "other.txt")])
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(sample_graph)
        store.add_dataset(other)
        rows = store.oxigraph.query("SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
        labels = [str(r["l"].value) for r in rows]
        assert labels.count("Sanae Takaichi") == 1  # one triple, though both articles hold it
        store.remove("other.txt")
        assert export.serialize(store.dataset(), "trig") == export.serialize(sample_graph, "trig")
        store.remove(str(SAMPLE))
        assert len(list(store.oxigraph)) == 0  # nothing left behind in the union
        store.add_dataset(sample_graph)
        store.oxigraph.update("DROP DEFAULT")
        store.rebuild_union()
        assert len(list(store.oxigraph.query("SELECT * WHERE { ?s ?p ?o }"))) > 0


class _Recorder:
    """A pyoxigraph store that notes which maintenance calls it gets."""

    def __init__(self, store) -> None:
        self.store, self.calls = store, []

    def __getattr__(self, name: str):
        if name in ("optimize", "flush"):
            self.calls.append(name)
        return getattr(self.store, name)


@pytest.mark.parametrize("write, expected", [(True, ["optimize", "flush"]), (False, ["flush"])])
def test_a_writer_compacts_the_store_only_when_it_changed_it(tmp_path, sample_graph, write, expected):
    store = Store(tmp_path / "s", writable=True)
    recorder = store._store = _Recorder(store._store)
    if write:
        store.add_dataset(sample_graph)
    store.close()
    calls, recorder.store = recorder.calls, None  # the last reference: Oxigraph closes the store
    assert calls == expected
    with Store(tmp_path / "s") as reader:  # a reader neither compacts nor flushes
        read = reader._store = _Recorder(reader._store)
        assert len(reader.articles()) == (1 if write else 0)
    assert read.calls == []


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root and setpriv to read the store as another user")
def test_a_reader_who_may_not_write_the_lock_file_is_still_refused_beside_a_writer(sample_graph):
    def as_nobody(code: str) -> subprocess.CompletedProcess:
        return subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
                               f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.store import Store\n{code}"],
                              capture_output=True, text=True, timeout=120)

    if as_nobody("pass").returncode:
        pytest.skip("another user cannot run kg from this checkout (a folder closed to others)")
    folder = Path(tempfile.mkdtemp())  # pytest's own temporary folders are closed to other users
    try:
        folder.chmod(0o755)
        with Store(folder / "s", writable=True) as store:
            store.add_dataset(sample_graph)
            (folder / "s").chmod(0o755)
            other = as_nobody(f"Store({str(folder / 's')!r})")
    finally:
        shutil.rmtree(folder)
    assert other.returncode == 1 and "is writing the store" in other.stderr, other.stderr
