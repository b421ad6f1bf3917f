"""kg.export: every format round-trips (rdflib and pyoxigraph), output is byte-stable, writes are atomic."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg import export, rdf
from kg.errors import ExportError, InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_GRAPH = ROOT / "exports" / "graph.trig"
SAMPLE_ARTICLE = ROOT / "data" / "articles" / "us-japan-rare-earths-summit.txt"
TRIPLE_FORMATS = {ext for ext, fmt in export.FORMATS.items() if fmt in ("turtle", "nt")}
ALL_EXTENSIONS = sorted(export.FORMATS)
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _graph_name(g) -> URIRef | None:
    """A quad's graph as an IRI (None for the default graph), whatever rdflib hands back."""
    name = getattr(g, "identifier", g)
    return None if name is None or str(name) == "urn:x-rdflib:default" else name


def rdflib_quads(ds) -> set[tuple]:
    return {(s, p, o, _graph_name(g)) for s, p, o, g in ds.quads((None, None, None, None))}


def _from_ox(term) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise AssertionError(f"unexpected term {term!r}: kg mints no blank nodes")


def oxigraph_quads(path: Path) -> list[tuple]:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    assert fmt is not None, path
    out = []
    for q in ox.parse(path=path, format=fmt):
        graph = None if isinstance(q.graph_name, ox.DefaultGraph) else URIRef(q.graph_name.value)
        out.append((_from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object), graph))
    return out


@pytest.fixture(scope="module")
def sample():
    return export.load(SAMPLE_GRAPH)


@pytest.fixture(scope="module")
def source_quads(sample) -> set[tuple]:
    quads = rdflib_quads(sample)
    assert len(quads) > 100, "the sample graph should be a real graph"
    assert all(g is not None for *_, g in quads), "every fact lives in its article's named graph"
    return quads


def test_formats_cover_the_documented_extensions():
    assert set(export.FORMATS) == {".ttl", ".trig", ".nt", ".nq", ".jsonld"}


@pytest.mark.parametrize("ext", ALL_EXTENSIONS)
def test_round_trip_with_rdflib(sample, source_quads, tmp_path, ext):
    path = tmp_path / f"graph{ext}"
    export.write(sample, path)
    back = rdflib_quads(export.load(path))
    assert len(back) == len(source_quads)
    if ext in TRIPLE_FORMATS:
        assert {q[:3] for q in back} == {q[:3] for q in source_quads}
    else:
        assert back == source_quads


@pytest.mark.parametrize("ext", ALL_EXTENSIONS)
def test_round_trip_with_pyoxigraph(sample, source_quads, tmp_path, ext):
    path = tmp_path / f"graph{ext}"
    export.write(sample, path)
    parsed = oxigraph_quads(path)
    assert len(parsed) == len(set(parsed)) == len(source_quads)
    if ext in TRIPLE_FORMATS:
        assert all(g is None for *_, g in parsed), "triple formats have only a default graph"
        assert {q[:3] for q in parsed} == {q[:3] for q in source_quads}
    else:
        assert set(parsed) == source_quads


@pytest.mark.parametrize("ext", ALL_EXTENSIONS)
def test_writing_twice_gives_identical_bytes(sample, tmp_path, ext):
    first, second = tmp_path / f"a{ext}", tmp_path / f"b{ext}"
    export.write(sample, first)
    export.write(sample, second)
    assert first.read_bytes() == second.read_bytes()
    export.write(sample, first)  # overwrite in place
    assert first.read_bytes() == second.read_bytes()


def _shuffled_dataset(quads: set[tuple], seed: int):
    order = sorted(quads, key=lambda q: tuple(map(str, q)))
    random.Random(seed).shuffle(order)
    ds = rdf.new_dataset()
    for s, p, o, g in order:
        ds.graph(g).add((s, p, o))
    return ds


@pytest.mark.parametrize("fmt", sorted(set(export.FORMATS.values())))
def test_insertion_order_does_not_change_the_bytes(sample, source_quads, fmt):
    a, b = _shuffled_dataset(source_quads, 1), _shuffled_dataset(source_quads, 2)
    assert rdflib_quads(a) == rdflib_quads(b) == source_quads
    assert export.serialize(a, fmt) == export.serialize(b, fmt) == export.serialize(sample, fmt)


def test_committed_exports_match_a_fresh_serialisation(sample):
    # exports/graph.{ttl,trig} were written by `make run`; re-serialising their graph must not drift
    for ext in (".ttl", ".trig"):
        committed = ROOT / "exports" / f"graph{ext}"
        assert committed.read_bytes() == export.serialize(sample, export.format_for(committed))


@pytest.mark.parametrize("name", ["graph.xyz", "graph", "graph.rdf", "graph.html"])
def test_unknown_extension_is_an_export_error_listing_the_valid_ones(sample, tmp_path, name):
    path = tmp_path / name
    with pytest.raises(ExportError) as err:
        export.write(sample, path)
    message = str(err.value)
    assert "unknown graph format" in message
    assert all(ext in message for ext in export.FORMATS)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_extension_is_case_insensitive():
    assert export.format_for("G.TTL") == "turtle"
    assert export.format_for(Path("x/g.JsonLD")) == "json-ld"


def test_failed_serialisation_leaves_the_old_file_alone(sample, tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_text("old content\n")

    def boom(ds, fmt):
        raise RuntimeError("serialiser exploded")

    monkeypatch.setattr(export, "serialize", boom)
    with pytest.raises(RuntimeError, match="exploded"):
        export.write(sample, path)
    assert path.read_text() == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_failed_rename_leaves_the_old_file_alone_and_no_temp_file(sample, tmp_path, monkeypatch):
    path = tmp_path / "graph.nq"
    path.write_text("old content\n")
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(Path(src))
        assert Path(src).exists() and Path(src).read_bytes(), "the temp file holds the new data"
        raise OSError("disk full")

    monkeypatch.setattr(export.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        export.write(sample, path)
    monkeypatch.setattr(export.os, "replace", real_replace)
    assert calls and calls[0].parent == tmp_path
    assert path.read_text() == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq"]


def test_write_creates_missing_directories(sample, tmp_path):
    path = tmp_path / "a" / "b" / "graph.nt"
    export.write(sample, path)
    assert path.read_bytes().endswith(b" .\n")
    assert (path.stat().st_mode & 0o777) == 0o644


def test_malformed_turtle_is_an_input_error_naming_the_file(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix kg: <https://example.org/kg/ontology#> .\nkg:a kg:b \n")
    with pytest.raises(InputError) as err:
        export.load(bad)
    assert str(bad) in str(err.value)
    assert "turtle" in str(err.value)


def test_missing_file_is_an_input_error_naming_the_file(tmp_path):
    missing = tmp_path / "nope.trig"
    with pytest.raises(InputError, match="nope.trig"):
        export.load(missing)


def test_loading_an_unknown_extension_is_an_export_error(tmp_path):
    odd = tmp_path / "graph.csv"
    odd.write_text("a,b\n")
    with pytest.raises(ExportError, match="unknown graph format"):
        export.load(odd)


def test_union_has_every_triple_once(sample, source_quads):
    union = rdf.union(sample)
    assert set(union) == {q[:3] for q in source_quads}


@pytest.fixture(scope="module")
def fresh_build():
    """The sample article built by the pipeline (loads spaCy once for this module)."""
    from kg import pipeline, read

    return pipeline.build(read.read_inputs([str(SAMPLE_ARTICLE)]))


@pytest.mark.parametrize("ext", [".ttl", ".trig"])
def test_a_fresh_build_survives_turtle_term_for_term(fresh_build, tmp_path, ext):
    path = tmp_path / f"graph{ext}"
    export.write(fresh_build, path)
    assert {q[:3] for q in oxigraph_quads(path)} == {q[:3] for q in rdflib_quads(fresh_build)}


def test_jsonld_with_a_remote_context_is_refused(tmp_path):
    doc = tmp_path / "remote.jsonld"
    doc.write_text('{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://x/a", "http://x/p": "v"}')
    with pytest.raises(InputError, match="remote JSON-LD context"):
        export.load(doc)


def test_jsonld_importing_a_remote_context_is_refused(tmp_path):
    doc = tmp_path / "import.jsonld"
    doc.write_text('{"@context": {"@import": "http://127.0.0.1:9/c.jsonld", "ex": "http://x/"},'
                   ' "@id": "ex:a", "ex:p": "v"}')
    with pytest.raises(InputError, match="remote JSON-LD context"):
        export.load(doc)


def test_jsonld_with_an_inline_context_loads(tmp_path):
    doc = tmp_path / "inline.jsonld"
    doc.write_text('{"@context": {"p": "http://x/p"}, "@id": "http://x/a", "p": "v"}')
    assert len(export.load(doc)) == 1


def _disk_store(path: Path, quads: set[tuple], seed: int):
    """An on-disk project store filled in a seeded order, one article graph at a time."""
    from kg.store import Store

    store = Store(path, writable=True)
    store.add_dataset(_shuffled_dataset(quads, seed))
    return store


@pytest.mark.parametrize("ext", [".nq", ".ttl"])
def test_an_on_disk_store_exports_the_same_bytes_whatever_the_filling_order(source_quads, tmp_path, ext):
    outputs = []
    for seed in (1, 2):
        with _disk_store(tmp_path / f"store{seed}", source_quads, seed) as store:
            out = tmp_path / f"{seed}{ext}"
            export.write_store(store.oxigraph, out)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    def values(quads, graphs: bool) -> set[tuple]:  # Oxigraph writes decimals canonically ("2", not "2.0")
        return {(s, p, o.toPython() if isinstance(o, Literal) else o, g if graphs else None) for s, p, o, g in quads}

    graphs = ext == ".nq"  # N-Quads: the article graphs, no union copy in the default graph
    assert values(oxigraph_quads(tmp_path / f"1{ext}"), graphs) == values(source_quads, graphs)
