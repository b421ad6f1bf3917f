"""Facts to RDF: the one place triples are made.

Each article becomes one named graph (its IRI is the article's IRI) holding
the article's metadata, the entities it mentions, its facts and their
evidence. IRIs are derived from stable keys (ISO codes, Wikidata ids, name
slugs, hashes of a fact's defining values), so building the same input twice
gives the same graph, and facts told twice in one article share a node.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from kg.facts import (
    Agreement,
    Commitment,
    Entity,
    Event,
    Evidence,
    Fact,
    Gift,
    Kind,
    LeaderOf,
    Meeting,
    Quantity,
    StatusReport,
)
from kg.read import Article
from kg.vocab import ID, KG

WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {"kg": KG._NS, "rdfs": RDFS._NS, "skos": SKOS._NS, "owl": OWL._NS,
            "dcterms": DCTERMS._NS, "xsd": XSD._NS, "wd": WD}

_CLASS = {Agreement: KG.Agreement, Gift: KG.Gift, Commitment: KG.Commitment, Meeting: KG.Meeting,
          StatusReport: KG.StatusReport}
_KIND_CLASS = {Kind.PERSON: KG.Person, Kind.LEADER: KG.Leader, Kind.NATION: KG.Nation,
               Kind.ORGANIZATION: KG.Organization, Kind.PLACE: KG.Place, Kind.TOPIC: KG.Topic}
_ALWAYS_SHOWN = {Kind.PERSON, Kind.LEADER, Kind.NATION, Kind.ORGANIZATION}


class _IllTypedQuiet(logging.Filter):
    """rdflib logs a whole traceback for each literal not valid for its datatype (such as the
    "6"^^xsd:duration Virtuoso returns for "P6M"); kg keeps those literals as they are and says
    so itself where it matters (kg pull), so the traceback is noise on a user's terminal."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Failed to convert Literal lexical form to value")


logging.getLogger("rdflib.term").addFilter(_IllTypedQuiet())


def new_dataset() -> Dataset:
    """An empty dataset with kg's prefixes bound, whose default graph is the union."""
    ds = Dataset(default_union=True)
    bind(ds)
    return ds


def bind(graph: Graph) -> None:
    """Bind the prefixes kg writes, so every export reads the same."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{article_id}"]


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def fact_key(fact: Fact) -> tuple:
    """The values that make two facts of one article the same fact."""
    if isinstance(fact, Agreement):  # the texts a sentence lists are one node each
        own = ((fact.topic or fact.label).lower(),) if fact.separate else ()
        return ("agreement", tuple(sorted(fact.parties or fact.signatories)), *own)
    if isinstance(fact, Gift):
        return ("gift", fact.giver, fact.recipient, fact.item.lower())
    if isinstance(fact, Commitment):
        return ("commitment", tuple(sorted(fact.committed_by)), fact.action.lower())
    if isinstance(fact, StatusReport):
        return ("report", tuple(sorted(fact.committed_by)), fact.status.value, fact.action.lower())
    assert isinstance(fact, Meeting)
    return ("meeting", tuple(sorted(fact.participants)))


def fact_iri(fact: Fact) -> URIRef:
    key = fact_key(fact)
    return ID[f"{key[0]}/{_digest(fact.evidence.article_id, *key)}"]


def evidence_iri(ev: Evidence) -> URIRef:
    return ID[f"evidence/{ev.article_id}-{ev.start}-{ev.end}-{ev.rule}"]


def decimal(value: Decimal | float) -> Literal:
    """An xsd:decimal in canonical form ("550000000000.0"), so every serialiser writes the same literal."""
    text = format(Decimal(str(value)), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def canonical_decimal(literal: Literal) -> str:
    """An xsd:decimal as Oxigraph writes it ("2", "2.5"): how query results show numbers, so a
    graph file and the store print the same (`decimal` writes kg's own form, "2.0")."""
    return str(literal).rstrip("0").removesuffix(".") if "." in literal else str(literal)


def combined_confidence(values: Iterable[float]) -> float:
    """Noisy-or of independent evidence: 1 - (1 - c1)(1 - c2)..., three decimals."""
    doubt = 1.0
    for value in set(values):
        doubt *= 1.0 - value
    return round(1.0 - doubt, 3)


def union(graph: Graph | Dataset) -> Graph:
    """Every named graph's triples in one graph (for triple-only formats, SHACL, NetworkX and the
    explorer); a plain graph is returned as it is."""
    if not hasattr(graph, "quads"):  # a Graph; a Dataset or ConjunctiveGraph has named graphs
        return graph
    flat = Graph()
    bind(flat)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        flat.add((s, p, o))
    return flat


def above_confidence(ds: Dataset, threshold: float) -> Dataset:
    """A copy of the dataset without the facts (and their evidence) below a confidence."""
    weak = {s for s, o in ds.subject_objects(KG.confidence)
            if (s, RDF.type, KG.Evidence) not in ds and float(str(o)) < threshold}
    weak_evidence = {e for f in weak for e in ds.objects(f, KG.evidence)}
    out = new_dataset()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if s not in weak and o not in weak and s not in weak_evidence:
            out.graph(getattr(g, "identifier", g)).add((s, p, o))
    return out


def _add_evidence(g: Graph, subject: URIRef, ev: Evidence) -> None:
    node = evidence_iri(ev)
    g.add((subject, KG.evidence, node))
    g.add((node, RDF.type, KG.Evidence))
    g.add((node, KG.sentence, Literal(ev.text)))
    g.add((node, KG.startOffset, Literal(ev.start)))
    g.add((node, KG.endOffset, Literal(ev.end)))
    g.add((node, KG.rule, Literal(ev.rule)))
    g.add((node, KG.confidence, decimal(round(ev.confidence, 3))))
    g.add((node, KG.inArticle, article_iri(ev.article_id)))


def _add_entity(g: Graph, entity: Entity) -> None:
    node = ID[entity.key]
    g.add((node, RDF.type, _KIND_CLASS[entity.kind]))
    if entity.kind is Kind.LEADER:
        g.add((node, RDF.type, KG.Person))
    g.add((node, RDFS.label, Literal(entity.name)))
    for alias in sorted(entity.aliases - {entity.name}):
        g.add((node, SKOS.altLabel, Literal(alias)))
    if entity.title:
        g.add((node, KG.title, Literal(entity.title)))
    if entity.wikidata:
        g.add((node, OWL.sameAs, WD[entity.wikidata]))
    if entity.capital_of:
        g.add((node, KG.capitalOf, ID[entity.capital_of]))


def _names(keys: Iterable[str], entities: dict[str, Entity]) -> str:
    return " and ".join(entities[k].name for k in keys if k in entities)


def _fact_label(fact: Event, entities: dict[str, Entity]) -> str:
    if isinstance(fact, Agreement):
        return f"{fact.label} ({_names(fact.parties or fact.signatories, entities)})"
    if isinstance(fact, Gift):
        return fact.item
    if isinstance(fact, Commitment):
        return f"{_names(fact.committed_by, entities)}: {fact.action}"
    if isinstance(fact, StatusReport):
        return f"{_names(fact.committed_by, entities)} ({fact.status.value}): {fact.action}"
    return f"{fact.label} of {_names(fact.participants, entities)}"


def _links(fact: Event) -> list[tuple[URIRef, str | None]]:
    """(property, entity key) pairs of a fact."""
    if isinstance(fact, Agreement):
        return ([(KG.party, k) for k in fact.parties] + [(KG.signatory, k) for k in fact.signatories]
                + [(KG.location, fact.location)])
    if isinstance(fact, Gift):
        return [(KG.giver, fact.giver), (KG.recipient, fact.recipient), (KG.location, fact.location)]
    if isinstance(fact, Commitment):
        links: list[tuple[URIRef, str | None]] = [(KG.committedBy, k) for k in fact.committed_by]
        return (links + [(KG.beneficiary, k) for k in fact.beneficiaries]
                + [(KG.reportedBy, k) for k in fact.reported_by])
    if isinstance(fact, StatusReport):
        return [(KG.committedBy, k) for k in fact.committed_by]
    return [(KG.participant, k) for k in fact.participants] + [(KG.location, fact.location)]


def _values(fact: Event) -> list[tuple[URIRef, Literal]]:
    """Datatype values of a fact."""
    out: list[tuple[URIRef, Literal]] = [(KG.modality, Literal(fact.modality.value))]
    if fact.date:
        out.append((KG.date, Literal(fact.date.isoformat(), datatype=XSD.date)))
    if isinstance(fact, Gift):
        out.append((KG.item, Literal(fact.item)))
    if isinstance(fact, StatusReport):
        out += [(KG.status, Literal(fact.status.value)), (KG.action, Literal(fact.action)), *_money(fact.money)]
    if isinstance(fact, Commitment):
        out += [(KG.action, Literal(fact.action)), *_money(fact.money)]
        if fact.target:
            out += [(KG.targetValue, decimal(fact.target.value)), (KG.unit, Literal(fact.target.unit))]
        if fact.duration:
            out.append((KG.duration, Literal(fact.duration, datatype=XSD.duration)))
    return out


def _money(money: Quantity | None) -> list[tuple[URIRef, Literal]]:
    """A sum as kg:amount and kg:currency (none when there is no sum)."""
    return [(KG.amount, decimal(money.value)), (KG.currency, Literal(money.currency))] if money else []


def _add_fact_group(g: Graph, node: URIRef, facts: list[Event], entities: dict[str, Entity]) -> set[str]:
    """Triples of one fact node told by one or more sentences; returns the entity keys used."""
    main = max(facts, key=lambda f: (f.evidence.confidence, -f.evidence.start))
    g.add((node, RDF.type, _CLASS[type(main)]))
    g.add((node, RDFS.label, Literal(_fact_label(main, entities))))
    for prop, value in _values(main):
        g.add((node, prop, value))
    g.add((node, KG.confidence, decimal(combined_confidence(f.evidence.confidence for f in facts))))
    used: set[str] = set()
    for fact in facts:
        for prop, key in _links(fact):
            if key:
                g.add((node, prop, ID[key]))
                used.add(key)
        if isinstance(fact, Agreement) and fact.topic:
            topic = f"topic/{_digest(fact.topic.lower())}"
            g.add((node, KG.topic, ID[topic]))
            g.add((ID[topic], RDF.type, KG.Topic))
            g.add((ID[topic], RDFS.label, Literal(fact.topic)))
        _add_evidence(g, node, fact.evidence)
    return used


def add_article(ds: Dataset, article: Article, entities: dict[str, Entity], facts: list[Fact]) -> Graph:
    """Add (or replace) one article's named graph: metadata, entities, facts, evidence."""
    node = article_iri(article.id)
    ds.remove_graph(ds.graph(node))
    g = ds.graph(node)
    g.add((node, RDF.type, KG.Article))
    g.add((node, DCTERMS.title, Literal(article.title)))
    g.add((node, RDFS.label, Literal(article.title)))
    g.add((node, KG.sourceFile, Literal(article.source)))
    if article.date:
        g.add((node, KG.date, Literal(article.date.isoformat(), datatype=XSD.date)))
    groups: dict[URIRef, list[Event]] = defaultdict(list)
    used: set[str] = set()
    for fact in facts:
        if isinstance(fact, LeaderOf):
            g.add((ID[fact.leader], KG.leaderOf, ID[fact.nation]))
            if fact.title and not entities[fact.leader].title:
                g.add((ID[fact.leader], KG.title, Literal(fact.title)))
            _add_evidence(g, ID[fact.leader], fact.evidence)
            used |= {fact.leader, fact.nation}
        else:
            groups[fact_iri(fact)].append(fact)
    for fact_node, group in groups.items():
        used |= _add_fact_group(g, fact_node, group, entities)
    for key, entity in entities.items():
        if entity.kind in _ALWAYS_SHOWN or key in used:
            if entity.capital_of and entity.capital_of not in entities:  # a venue only: its nation is not named
                entity = dataclasses.replace(entity, capital_of=None)
            _add_entity(g, entity)
            if entity.capital_of:
                _add_entity(g, entities[entity.capital_of])
    return g
