"""kg.validate: the sample conforms to the SHACL shapes; a broken gift is reported with its evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph

from kg import export, rdf, validate
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_GRAPH = ROOT / "exports" / "graph.trig"


@pytest.fixture(scope="module")
def graph():
    return rdf.union(export.load(SAMPLE_GRAPH))


@pytest.fixture(scope="module")
def without_givers(graph):
    g = Graph()
    for triple in graph:
        g.add(triple)
    g.remove((None, KG.giver, None))
    assert len(g) < len(graph), "the sample has gifts with givers"
    return g


def test_the_sample_conforms(graph):
    report = validate.validate(graph)
    assert report.conforms
    assert report.violations == []
    assert validate.describe(report) == "The graph conforms to the shapes.\n"


def test_gifts_without_givers_do_not_conform(graph, without_givers):
    report = validate.validate(without_givers)
    assert not report.conforms
    gifts = set(graph.subjects(RDF.type, KG.Gift))
    assert len(gifts) >= 2
    giver_violations = [v for v in report.violations if v.path == "giver"]
    assert len(giver_violations) == len(gifts)
    assert {v.focus for v in giver_violations} == {str(graph.value(g, RDFS.label)) for g in gifts}
    assert all("giver" in v.message for v in giver_violations)
    assert report.violations == sorted(report.violations), "violations are reported in a stable order"


def test_describe_names_the_gift_and_its_evidence(graph, without_givers):
    text = validate.describe(validate.validate(without_givers))
    assert text.splitlines()[0].endswith("violation(s):")
    for gift in graph.subjects(RDF.type, KG.Gift):
        assert str(graph.value(gift, RDFS.label)) in text
        sentences = {str(graph.value(ev, KG.sentence)) for ev in graph.objects(gift, KG.evidence)}
        assert sentences and any(f"evidence: {s}" in text for s in sentences)


def test_an_untyped_graph_trivially_conforms():
    assert validate.validate(Graph()).conforms


def test_a_wheel_carries_every_ontology_and_gazetteer_file():
    """kg reads ontology/ and data/gazetteer/ from the repository or, installed from a wheel,
    from kg/ontology and kg/gazetteer_data: pyproject must map and include all their files."""
    import tomllib

    root = Path(__file__).resolve().parent.parent
    tools = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    for package, folder in (("kg.ontology", "ontology"), ("kg.gazetteer_data", "data/gazetteer")):
        assert package in tools["packages"] and tools["package-dir"][package] == folder
        carried = {p for glob in tools["package-data"][package] for p in (root / folder).glob(glob)}
        assert carried == {p for p in (root / folder).rglob("*") if p.is_file()}, folder
