"""kg.analyse: class counts, centrality, paths and name lookup on the sample graph."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import thread_articles
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg import analyse, export, pipeline, rdf
from kg.errors import KgError
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_GRAPH = ROOT / "exports" / "graph.trig"
RELATION = re.compile(r"^(--\w+->|<-\w+--)$")


@pytest.fixture(scope="module")
def graph():
    return rdf.union(export.load(SAMPLE_GRAPH))


def sparql_count(graph, cls: str) -> int:
    rows = list(graph.query(
        "PREFIX kg: <https://example.org/kg/ontology#> "
        f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a kg:{cls} }}"))
    return int(rows[0][0])


def test_class_counts_match_sparql(graph):
    counts = analyse.class_counts(graph)
    expected = {cls: n for cls in analyse.CLASSES if (n := sparql_count(graph, cls))}
    assert counts == expected
    assert list(counts) == [c for c in analyse.CLASSES if c in counts], "summary order is CLASSES order"


def test_class_counts_on_the_sample(graph):
    counts = analyse.class_counts(graph)
    assert counts["Leader"] >= 2
    assert counts["Gift"] >= 2
    assert counts["Nation"] >= 2
    assert counts["Person"] >= counts["Leader"], "every Leader is also typed Person"
    assert counts["Article"] == 1
    assert counts["Evidence"] >= counts["Gift"]
    assert all(n > 0 for n in counts.values())


def test_class_counts_ignore_other_vocabularies():
    g = Graph()
    g.add((URIRef("http://x/a"), RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person")))
    assert analyse.class_counts(g) == {}


def test_stats(graph):
    result = analyse.stats(graph, top=3)
    assert result.triples == len(graph)
    assert result.classes == analyse.class_counts(graph)
    assert 1 <= len(result.central) <= 3
    scores = [score for _, score in result.central]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < score <= 1 for score in scores)
    labels = [label for label, _ in result.central]
    assert not any(label.startswith("http") for label in labels), "central entities are shown by label"
    assert "Sanae Takaichi" in labels or "Donald Trump" in labels


def test_stats_default_top_is_five(graph):
    assert len(analyse.stats(graph).central) == 5


def test_path_between_the_two_leaders(graph):
    steps = analyse.path(graph, "Sanae Takaichi", "Donald Trump")
    assert isinstance(steps, list)
    assert steps[0] == "Sanae Takaichi"
    assert steps[-1] == "Donald Trump"
    assert len(steps) % 2 == 1 and len(steps) >= 3
    assert all(RELATION.match(step) for step in steps[1::2]), steps


def test_path_backwards_is_the_same_length(graph):
    there = analyse.path(graph, "Sanae Takaichi", "Donald Trump")
    back = analyse.path(graph, "Donald Trump", "Sanae Takaichi")
    assert back[0] == "Donald Trump" and back[-1] == "Sanae Takaichi"
    assert len(back) == len(there)


def test_path_by_alt_label_and_iri(graph):
    trump = analyse.find_node(graph, "Donald Trump")
    steps = analyse.path(graph, "Takaichi", str(trump))
    assert steps[0] == "Sanae Takaichi" and steps[-1] == "Donald Trump"


def test_find_node_by_label_alt_label_case_and_iri(graph):
    full = analyse.find_node(graph, "Sanae Takaichi")
    assert isinstance(full, URIRef)
    assert analyse.find_node(graph, "Takaichi") == full
    assert analyse.find_node(graph, "takaichi") == full
    assert analyse.find_node(graph, "SANAE TAKAICHI") == full
    assert analyse.find_node(graph, str(full)) == full
    assert graph.value(full, RDFS.label) == Literal("Sanae Takaichi")


def test_find_node_never_returns_evidence(graph):
    node = analyse.find_node(graph, "Japan")
    assert (node, RDF.type, KG.Evidence) not in graph
    assert (node, RDF.type, KG.Nation) in graph


def test_unknown_name_is_a_kg_error(graph):
    with pytest.raises(KgError, match="Nobody Known"):
        analyse.find_node(graph, "Nobody Known")
    with pytest.raises(KgError):
        analyse.path(graph, "Nobody Known", "Donald Trump")


def test_unconnected_entities_are_a_kg_error(graph):
    g = Graph()  # a copy, so the module fixture stays intact
    for triple in graph:
        g.add(triple)
    g.add((URIRef("https://example.org/kg/id/person/lonely"), RDFS.label, Literal("Lonely Person")))
    with pytest.raises(KgError, match="not connected"):
        analyse.path(g, "Lonely Person", "Donald Trump")


def test_to_networkx_skips_evidence_edges(graph):
    nxg = analyse.to_networkx(graph)
    labels = {data["label"] for _, _, data in nxg.edges(data=True)}
    assert labels and not labels & {"evidence", "inArticle"}
    assert "signatory" in labels or "giver" in labels


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    from kg.store import Store

    store = Store(tmp_path_factory.mktemp("view") / "store", writable=True)
    store.add_dataset(export.load(ROOT / "exports" / "graph.trig"))
    yield store.oxigraph
    store.close()


def test_view_keeps_the_most_connected_nodes(sample_store):
    selection = analyse.view_selection(sample_store, max_nodes=3)
    assert selection.shown == 3 and selection.total > 3
    assert "showing 3 of" in selection.note()
    labels = {str(o) for o in selection.graph.objects(None, RDFS.label)}
    assert "Sanae Takaichi" in labels


def test_view_focus_is_an_ego_graph(sample_store):
    selection = analyse.view_selection(sample_store, focus="Takaichi", depth=1)
    everything = analyse.view_selection(sample_store)
    assert 1 < selection.shown < everything.shown


def test_view_focus_on_a_name_is_that_node_before_an_alias_holder(sample_store):
    # The sample has the place Tokyo and the nation Japan with the alias "Tokyo".
    selection = analyse.view_selection(sample_store, focus="Tokyo", depth=0)
    assert selection.shown == 1
    classes = {str(o).split("#")[-1] for o in selection.graph.objects(None, RDF.type)}
    assert "Place" in classes and "Nation" not in classes


def test_view_type_filter_and_unknown_type(sample_store):
    selection = analyse.view_selection(sample_store, types=("Nation",))
    classes = {str(o).split("#")[-1] for o in selection.graph.objects(None, RDF.type)} - {"Evidence", "Article"}
    assert classes == {"Nation"}
    with pytest.raises(KgError, match="unknown type"):
        analyse.view_selection(sample_store, types=("Planet",))


def test_the_view_brings_the_threads_of_its_reports(nlp_pipeline, tmp_path: Path):
    store = export.memory_store(pipeline.build(thread_articles(tmp_path)))
    (thread,) = analyse.view_selection(store).graph.subjects(RDF.type, KG.CommitmentThread)
    assert len(list(analyse.view_selection(store).graph.objects(thread, KG.report))) == 3
    nations = analyse.view_selection(store, types=("Nation",)).graph
    assert (None, RDF.type, KG.CommitmentThread) not in nations  # no report drawn: no thread
