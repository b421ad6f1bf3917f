"""Typed records between extraction and RDF.

Rules yield these frozen dataclasses; `kg.rdf` is the only place that turns
them into triples. This module imports neither spaCy nor rdflib.
Entities are referred to by key, the path their IRI will get ("nation/JPN",
"person/Q22686", "person/ana-souza", "place/tokyo", "organization/g7"), so
facts stay hashable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Modality(StrEnum):
    """How the article presents an event: done, promised, intended or denied."""

    ASSERTED = "asserted"
    PLEDGED = "pledged"
    INTENDED = "intended"
    NEGATED = "negated"


class Kind(StrEnum):
    """Entity classes of the ontology that mentions resolve to."""

    PERSON = "Person"
    LEADER = "Leader"
    NATION = "Nation"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    TOPIC = "Topic"


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a fact comes from: offsets into the article text, rule and confidence."""

    article_id: str
    start: int
    end: int
    text: str
    rule: str
    confidence: float


@dataclass(slots=True)
class Entity:
    """A person, nation, organisation or place, with every name the article used."""

    key: str
    kind: Kind
    name: str
    aliases: set[str] = field(default_factory=set)
    title: str | None = None
    wikidata: str | None = None
    capital_of: str | None = None


@dataclass(frozen=True, slots=True)
class LeaderOf:
    """A person holds an office of a nation ("Ruritanian President Ana Ruiz")."""

    leader: str
    nation: str
    title: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Agreement:
    """Nations or people signed or reached an agreement (`separate`: one of several texts a sentence
    lists, after the first, so a node of its own; the first stands for the texts told together)."""

    parties: tuple[str, ...]
    signatories: tuple[str, ...]
    label: str
    topic: str | None
    location: str | None
    date: date | None
    modality: Modality
    evidence: Evidence
    separate: bool = False


@dataclass(frozen=True, slots=True)
class Gift:
    """Someone gave someone an item."""

    giver: str
    recipient: str
    item: str
    location: str | None
    date: date | None
    modality: Modality
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised amount of money or a target share ("2" "% of GDP")."""

    value: Decimal
    currency: str | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Commitment:
    """Someone pledged or intends to do something, possibly for someone."""

    committed_by: tuple[str, ...]
    beneficiaries: tuple[str, ...]
    action: str
    money: Quantity | None
    target: Quantity | None
    date: date | None
    modality: Modality
    evidence: Evidence
    #: Who says so, when the article reports the promise as someone's words.
    reported_by: tuple[str, ...] = ()
    #: How long it runs or by when, as an ISO 8601 duration ("P6M").
    duration: str | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    """People met (talks, a summit, a visit), somewhere, at some time."""

    participants: tuple[str, ...]
    label: str
    location: str | None
    date: date | None
    modality: Modality
    evidence: Evidence


class Status(StrEnum):
    """What a report says of a commitment (the ledger's vocabulary, `kg:status`)."""

    PLEDGED = "pledged"
    REAFFIRMED = "reaffirmed"
    PROGRESS = "progress"
    FULFILLED = "fulfilled"
    REVISED = "revised"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class StatusReport:
    """A sentence that tells where an earlier commitment stands ("has disbursed $700 million of
    its pledge", "withdrew from the accord"), not a new promise. One that names the promise only
    as "her pledge" `refers_back` to a promise told from that offset of the article on (the
    sentence before)."""

    committed_by: tuple[str, ...]
    status: Status
    action: str
    money: Quantity | None
    date: date | None
    modality: Modality
    evidence: Evidence
    refers_back: int | None = None


Event = Agreement | Gift | Commitment | Meeting | StatusReport
Fact = LeaderOf | Event
