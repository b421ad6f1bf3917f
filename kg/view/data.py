"""The data the page's script reads, described once: Python fills these shapes, the script reads
their names (``fact.node``, ``span.focus.start``), and nothing travels by position.

The page holds one ``PageData`` as JSON with sorted keys (``render.script_json``); every list
is in a stable order, so the same graph gives the same bytes. Parts refer to each other by
index: ``facts`` (a node's, a span's ``fact``, a timeline entry's ``fact``) index
``PageData.facts``; node ids (an edge's ``from``/``to``, a fact's ``node``) are indices of
``PageData.nodes``; an evidence's ``article`` indexes ``PageData.articles``. A thread's reports
are facts too (``fact``), so the timeline and the reader find their markers and spans by it.
"""

from __future__ import annotations

from typing import Any, TypedDict


class NodeData(TypedDict):
    """A drawn entity or event; vis-network reads id to hidden, the script the rest."""

    id: int  # its index in PageData.nodes
    label: str  # the caption, shortened
    title: str  # the plain-text tooltip
    group: str  # its class's name (the legend's, the filters')
    color: str
    shape: str
    x: int  # the precomputed layout
    y: int
    hidden: bool  # negated facts start hidden
    name: str  # the full label: the panel's heading, what search matches
    alt: list[str]  # its other names (skos:altLabel), sorted
    facts: list[int]  # what the panel says of it
    negated: bool


#: A drawn link (vis-network's fields): id "e<index>", from and to node ids, the relation as
#: its label ("leader of"), and as tooltip the relation and the source node's evidence sentence.
EdgeData = TypedDict("EdgeData", {"id": str, "from": int, "to": int, "label": str, "title": str})


class EvidenceData(TypedDict):
    """One sentence that tells a fact (the panel shows up to three, most confident first)."""

    sentence: str
    rule: str  # the rules that read it, comma-separated
    article: int  # the article telling it, -1 if none is known


class FactData(TypedDict):
    """A fact in plain English, for the panel, the reader's tips and the timeline."""

    text: str
    negated: bool
    kind: str  # "Agreement", "Gift", "Commitment", "Meeting", "leaderOf" or "capitalOf"
    node: int  # the node it is about: the event, or the leader of a leaderOf
    evidence: list[EvidenceData]


class Range(TypedDict):
    """Code-point offsets into an article's text, end exclusive (JavaScript counts UTF-16 units)."""

    start: int
    end: int


class SpanData(Range):
    """One highlight in the reader: a fact's evidence sentence in an article."""

    fact: int
    rule: str
    confidence: float
    focus: Range | None  # the words inside it that name the fact, if found


class ArticleSource(TypedDict):
    """Where an article came from (``describe``)."""

    title: str
    file: str  # its kg:sourceFile as stored
    href: str | None  # a safe relative link to that file, or None


class ArticleReading(TypedDict):
    """What the reader shows of an article (``reader``)."""

    key: str  # its id, which names its side file <page>.files/<key>.js
    date: str | None  # YYYY-MM-DD
    text: bool  # whether its side file holds its checked text
    spans: list[SpanData]  # sorted by start, end, fact, rule


class ArticleData(ArticleSource, ArticleReading):
    """An article in the reader's list: its source and what the reader shows of it."""


class TimelineEntry(TypedDict):
    """A dated event on the timeline, in date order."""

    date: str  # YYYY-MM-DD
    fact: int
    byArticleDate: bool  # the event has no date of its own: placed (hollow) at its article's


class ThreadReportData(TypedDict):
    """One report of a commitment thread: the status it gives the commitment and why the ledger
    linked it (its sentence and article are its fact's evidence)."""

    fact: int
    date: str | None  # YYYY-MM-DD, its article's
    status: str  # "pledged", "reaffirmed", "progress", "fulfilled", "revised" or "withdrawn"
    why: str  # the ledger's link reason


class ThreadData(TypedDict):
    """One commitment followed across articles (``kg.ledger``): a thread with at least two
    reports among the page's facts."""

    id: str  # the thread IRI's last segment
    label: str  # the commitment, as its first report words it
    status: str  # where it stands now ("in progress")
    reports: list[ThreadReportData]  # in date order


class PageData(TypedDict):
    """Everything the page's script reads, as ``data``."""

    nodes: list[NodeData]
    edges: list[EdgeData]
    facts: list[FactData]
    articles: list[ArticleData]
    timeline: list[TimelineEntry]
    threads: list[ThreadData]  # most reported first
    classes: list[str]  # the drawn classes' names, in legend order
    highlights: dict[str, str]  # fact kind -> its highlight colour
    options: dict[str, Any]  # vis-network's options
    textDir: str  # the URL of the side files' folder, relative to the page
