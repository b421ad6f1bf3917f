"""The ontology, the SHACL shapes and `kg.vocab.KG` agree with each other."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.vocab import KG, ONTOLOGY_IRI

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "diplomacy.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"

NS = ONTOLOGY_IRI + "#"
TERMS = set(KG.__annotations__)
DATATYPE_PROPERTIES = {
    "title", "item", "action", "amount", "currency", "targetValue", "unit",
    "date", "modality", "confidence", "rule", "sentence", "startOffset",
    "endOffset", "sourceFile", "duration", "status", "currentStatus", "firstReportDate", "lastReportDate",
    "linkReason",
}
XSD_NS = "http://www.w3.org/2001/XMLSchema#"  # not rdflib.XSD: pytest probes module globals
MODALITIES = {"asserted", "pledged", "intended", "negated"}
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def expected_kind(name: str) -> URIRef:
    if name[0].isupper():
        return OWL.Class
    if name in DATATYPE_PROPERTIES:
        return OWL.DatatypeProperty
    return OWL.ObjectProperty


def term(name: str) -> URIRef:
    return URIRef(NS + name)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


# --- parsing -----------------------------------------------------------------


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=lambda p: p.name)
def test_parses_with_rdflib(path: Path) -> None:
    assert len(Graph().parse(path, format="turtle")) > 0


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=lambda p: p.name)
def test_parses_with_pyoxigraph(path: Path) -> None:
    triples = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(Graph().parse(path, format="turtle"))


# --- ontology vs kg.vocab ----------------------------------------------------


def test_datatype_property_list_is_in_vocab() -> None:
    assert DATATYPE_PROPERTIES <= TERMS


def test_declared_terms_equal_vocab(ontology: Graph) -> None:
    declared = {
        str(s)[len(NS):]
        for s in ontology.subjects()
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }
    assert declared == TERMS


def test_no_undeclared_kg_terms_are_used(ontology: Graph, shapes: Graph) -> None:
    """A typo such as kg:Leadr anywhere in either file is caught here."""
    used = {
        str(node)[len(NS):]
        for graph in (ontology, shapes)
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(NS)
    }
    assert used - TERMS == set()


@pytest.mark.parametrize("name", sorted(TERMS))
def test_term_has_right_kind(ontology: Graph, name: str) -> None:
    types = set(ontology.objects(term(name), RDF.type))
    kind = expected_kind(name)
    assert kind in types
    assert types & set(KINDS) == {kind}


@pytest.mark.parametrize("name", sorted(TERMS))
def test_term_is_documented(ontology: Graph, name: str) -> None:
    t = term(name)
    labels = [o for o in ontology.objects(t, RDFS.label) if isinstance(o, Literal)]
    comments = [o for o in ontology.objects(t, RDFS.comment) if isinstance(o, Literal)]
    assert any(lbl.language == "en" and str(lbl).strip() for lbl in labels)
    assert any(c.language == "en" and len(str(c).strip()) > 20 for c in comments)
    assert (t, RDFS.isDefinedBy, URIRef(ONTOLOGY_IRI)) in ontology


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert (onto, OWL.versionInfo, Literal("0.1.0")) in ontology
    dcterms = "http://purl.org/dc/terms/"
    for prop in ("title", "description", "license"):
        assert ontology.value(onto, URIRef(dcterms + prop)) is not None, prop


def _classes_of(ontology: Graph, node) -> set[URIRef]:
    """A named class, or the members of an owl:unionOf class expression."""
    if isinstance(node, BNode):
        members = ontology.value(node, OWL.unionOf)
        assert members is not None
        return set(Collection(ontology, members))
    return {node}


def test_domains_and_ranges(ontology: Graph) -> None:
    classes = {term(n) for n in TERMS if n[0].isupper()}
    for name in TERMS - DATATYPE_PROPERTIES:
        if name[0].isupper():
            continue
        for prop in (RDFS.domain, RDFS.range):
            for value in ontology.objects(term(name), prop):
                assert _classes_of(ontology, value) <= classes, (name, prop)
        assert ontology.value(term(name), RDFS.range) is not None, name
    for name in DATATYPE_PROPERTIES:
        rng = ontology.value(term(name), RDFS.range)
        assert rng is not None and str(rng).startswith(XSD_NS), name
        domain = ontology.value(term(name), RDFS.domain)
        assert domain is not None and _classes_of(ontology, domain) <= classes, name


def test_event_subclasses(ontology: Graph) -> None:
    for name in ("Agreement", "Gift", "Commitment", "Meeting"):
        assert (term(name), RDFS.subClassOf, KG.Event) in ontology
    assert (KG.Leader, RDFS.subClassOf, KG.Person) in ontology


def test_modality_values_documented(ontology: Graph, shapes: Graph) -> None:
    comment = str(ontology.value(KG.modality, RDFS.comment))
    for value in MODALITIES:
        assert f'"{value}"' in comment
    lists = [
        {str(v) for v in Collection(shapes, node)}
        for s, node in shapes.subject_objects(SH["in"])
        if (s, SH.path, KG.modality) in shapes
    ]
    assert lists and all(values == MODALITIES for values in lists)


# --- shapes ------------------------------------------------------------------


def test_every_shape_has_a_message(shapes: Graph) -> None:
    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape))
    shape_nodes |= set(shapes.objects(None, SH.property))
    for lst in shapes.objects(None, SH["or"]):
        shape_nodes |= set(Collection(shapes, lst))
    assert len(shape_nodes) > 10
    for shape in shape_nodes:
        assert shapes.value(shape, SH.message) is not None, shapes.value(shape, SH.path) or shape


def test_shapes_are_valid_shacl(ontology: Graph, shapes: Graph) -> None:
    conforms, _, text = validate(
        Graph(), shacl_graph=shapes, ont_graph=ontology, inference="none", meta_shacl=True
    )
    assert conforms, text


# --- validation of small data graphs -------------------------------------------

PREFIXES = """
@prefix kg: <https://example.org/kg/ontology#> .
@prefix id: <https://example.org/kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

EVIDENCE = """
id:ev1 a kg:Evidence ;
    kg:sentence "Prime Minister Kishida gave President Biden a bonsai tree." ;
    kg:startOffset 0 ;
    kg:endOffset 58 ;
    kg:rule "gift.gave" ;
    kg:confidence 0.9 ;
    kg:inArticle id:art1 .
id:art1 a kg:Article ;
    kg:sourceFile "data/articles/example.txt" ;
    kg:date "2024-04-10"^^xsd:date .
"""

GIFT = """
id:kishida a kg:Leader ; rdfs:label "Fumio Kishida" ; kg:title "Prime Minister" ;
    kg:leaderOf id:japan .
id:japan a kg:Nation ; rdfs:label "Japan" .
id:biden a kg:Leader ; rdfs:label "Joe Biden" .
id:gift1 a kg:Gift ;
    rdfs:label "Fumio Kishida gave Joe Biden a bonsai tree" ;
    kg:giver id:kishida ;
    kg:recipient id:biden ;
    kg:item "a bonsai tree" ;
    kg:modality "asserted" ;
    kg:evidence id:ev1 .
"""


def _validate(data: str, ontology: Graph, shapes: Graph) -> tuple[bool, str]:
    graph = Graph().parse(data=PREFIXES + data, format="turtle")
    conforms, _, text = validate(
        graph, shacl_graph=shapes, ont_graph=ontology, inference="none"
    )
    return conforms, text


def test_valid_gift_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, text = _validate(GIFT + EVIDENCE, ontology, shapes)
    assert conforms, text


def test_gift_without_giver_fails(ontology: Graph, shapes: Graph) -> None:
    data = GIFT.replace("kg:giver id:kishida ;", "")
    assert "kg:giver" not in data
    conforms, text = _validate(data + EVIDENCE, ontology, shapes)
    assert not conforms
    assert "A Gift needs a giver: who gave it?" in text


def test_gift_with_bad_modality_and_no_evidence_fails(ontology: Graph, shapes: Graph) -> None:
    data = GIFT.replace('"asserted"', '"rumoured"').replace("kg:evidence id:ev1 .", ".")
    conforms, text = _validate(data, ontology, shapes)
    assert not conforms
    assert "kg:modality" in text and "An event needs evidence" in text


def test_bad_evidence_fails(ontology: Graph, shapes: Graph) -> None:
    data = EVIDENCE.replace("kg:confidence 0.9", "kg:confidence 1.5").replace(
        "kg:startOffset 0", "kg:startOffset 60"
    )
    conforms, text = _validate(GIFT + data, ontology, shapes)
    assert not conforms
    assert "kg:confidence" in text and "kg:startOffset" in text


AGREEMENT = """
id:deal a kg:Agreement ;
    rdfs:label "Japan-US agreement on critical minerals" ;
    kg:modality "asserted" ;
    kg:evidence id:ev1 ;
    {}
"""


def test_agreement_with_one_party_fails(ontology: Graph, shapes: Graph) -> None:
    data = AGREEMENT.format("kg:party id:japan .") + "id:japan a kg:Nation ."
    conforms, text = _validate(data + EVIDENCE, ontology, shapes)
    assert not conforms
    assert "at least two parties or at least two signatories" in text


def test_agreement_with_two_signatories_conforms(ontology: Graph, shapes: Graph) -> None:
    data = AGREEMENT.format("kg:party id:japan ; kg:signatory id:kishida , id:biden .")
    conforms, text = _validate(data + EVIDENCE, ontology, shapes)
    assert conforms, text


def test_commitment_amount_needs_currency(ontology: Graph, shapes: Graph) -> None:
    base = """
id:c1 a kg:Commitment ;
    rdfs:label "Japan pledged money" ;
    kg:committedBy id:japan ;
    kg:modality "pledged" ;
    kg:evidence id:ev1 ;
    kg:amount 1500000000.0 {}.
"""
    conforms, text = _validate(base.format("") + EVIDENCE, ontology, shapes)
    assert not conforms
    assert "also needs a kg:currency" in text
    conforms, text = _validate(base.format('; kg:currency "USD" ') + EVIDENCE, ontology, shapes)
    assert conforms, text
    conforms, text = _validate(base.format('; kg:currency "usd" ') + EVIDENCE, ontology, shapes)
    assert not conforms
    assert "ISO 4217" in text


def test_meeting_needs_participant(ontology: Graph, shapes: Graph) -> None:
    meeting = """
id:m1 a kg:Meeting ;
    rdfs:label "Kishida met Biden" ;
    kg:modality "asserted" ;
    kg:evidence id:ev1 {}.
"""
    conforms, text = _validate(meeting.format("") + EVIDENCE, ontology, shapes)
    assert not conforms
    assert "kg:participant" in text
    data = meeting.format("; kg:participant id:biden ") + 'id:biden a kg:Leader ; rdfs:label "Joe Biden" .'
    conforms, text = _validate(data + EVIDENCE, ontology, shapes)
    assert conforms, text


def test_leader_of_must_be_nation(ontology: Graph, shapes: Graph) -> None:
    data = 'id:x a kg:Leader ; rdfs:label "X" ; kg:leaderOf id:tokyo . id:tokyo a kg:Place .'
    conforms, text = _validate(data, ontology, shapes)
    assert not conforms
    assert "must be a kg:Nation" in text
