"""The ontology's terms: the only place kg spells an ontology IRI.

`KG` is closed (`_fail = True`), so a typo such as ``KG.Leadr`` raises at
import time instead of minting a term the ontology does not define.
`tests/test_vocab.py` checks that these annotations equal the terms declared
in ``ontology/diplomacy.ttl``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://example.org/kg/ontology"
#: Base of instance IRIs (entities, facts, articles, evidence).
ID = Namespace("https://example.org/kg/id/")
#: The named graph of the commitment ledger's threads (`kg.ledger`), beside the article graphs.
LEDGER_GRAPH = ID["ledger"]


class KG(DefinedNamespace):
    """Classes and properties of the diplomacy ontology."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes
    Person: URIRef
    Leader: URIRef
    Nation: URIRef
    Organization: URIRef
    Place: URIRef
    Topic: URIRef
    Event: URIRef
    Agreement: URIRef
    Gift: URIRef
    Commitment: URIRef
    Meeting: URIRef
    StatusReport: URIRef
    CommitmentThread: URIRef
    Article: URIRef
    Evidence: URIRef

    # object properties
    leaderOf: URIRef
    party: URIRef
    signatory: URIRef
    giver: URIRef
    recipient: URIRef
    committedBy: URIRef
    beneficiary: URIRef
    participant: URIRef
    location: URIRef
    topic: URIRef
    capitalOf: URIRef
    reportedBy: URIRef
    evidence: URIRef
    inArticle: URIRef
    report: URIRef

    # datatype properties
    title: URIRef
    item: URIRef
    action: URIRef
    duration: URIRef
    amount: URIRef
    currency: URIRef
    targetValue: URIRef
    unit: URIRef
    date: URIRef
    modality: URIRef
    confidence: URIRef
    rule: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sourceFile: URIRef
    status: URIRef
    currentStatus: URIRef
    firstReportDate: URIRef
    lastReportDate: URIRef
    linkReason: URIRef


# Groups of terms that several modules walk through, spelled once here.

#: Entity classes, most specific first (a Leader is also a Person).
ENTITY_CLASSES: tuple[URIRef, ...] = (KG.Leader, KG.Person, KG.Nation, KG.Organization, KG.Place, KG.Topic)
#: Event classes, in the order kg lists facts: agreements, gifts, commitments, meetings.
EVENT_CLASSES: tuple[URIRef, ...] = (KG.Agreement, KG.Gift, KG.Commitment, KG.Meeting)
#: Object properties that link a fact or entity to an entity: the graph's drawn edges.
ENTITY_LINKS: tuple[URIRef, ...] = (KG.leaderOf, KG.party, KG.signatory, KG.giver, KG.recipient, KG.committedBy,
                                    KG.beneficiary, KG.participant, KG.location, KG.topic, KG.capitalOf)


def local_name(term: URIRef) -> str:
    """An ontology term's local name ("Agreement"), as users type and read it."""
    return term.removeprefix(str(KG._NS))


def sparql_values(terms: tuple[URIRef, ...]) -> str:
    """Terms as the body of a SPARQL VALUES clause ("<...#Agreement> <...#Gift>")."""
    return " ".join(f"<{t}>" for t in terms)
