"""The HTML view's reader pane and timeline: article texts, evidence spans, dated events and the
commitment threads that join some of them.

At render time each article's text is read again from its ``kg:sourceFile`` and used only
if it is still the text the graph was built from: ``kg.read.article_id`` must give the
article's id and every stored evidence sentence must sit at its stored offsets
(``kg:startOffset``/``kg:endOffset``: code points, end exclusive). Otherwise the page says
the text is unavailable rather than highlight the wrong words.

The texts themselves do not go into the page: ``kg.view.render`` writes each one to a small side
file that the page loads when the reader opens that article. Everything here is sorted, so
the same graph gives the same data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg import export, ledger
from kg.errors import InputError
from kg.lexicon import AGREEMENT_NOUNS, MEETING_NOUNS, MEETING_VERBS, TALK_VERBS
from kg.read import SUFFIXES, article_id, read_file
from kg.view import describe
from kg.view.data import ArticleReading, Range, SpanData, ThreadData, ThreadReportData, TimelineEntry
from kg.view.describe import Statement
from kg.vocab import KG, local_name

#: Article ids that may name a side file (kg's ids are 16 hex digits).
KEY_RE = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
#: A source file bigger than this is not read back (no article is this long).
MAX_SOURCE_BYTES = 20_000_000
#: Fact classes on the timeline: the events and the status reports of commitments.
EVENT_KINDS = tuple(local_name(c) for c in describe.EVENTS)
_MEETING_RE = re.compile(r"(?<!\w)(?:met|" + "|".join(sorted(MEETING_NOUNS | MEETING_VERBS | TALK_VERBS)) + r")\w*",
                         re.IGNORECASE)
_AGREEMENT_RE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(AGREEMENT_NOUNS)) + r")\w*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    """One highlight: a fact's evidence in an article, with the words that name the fact (``focus``)."""

    start: int
    end: int
    fact: int
    rule: str
    confidence: float
    focus: tuple[int, int] | None = None

    def data(self) -> SpanData:
        """The span as the page reads it."""
        focus = Range(start=self.focus[0], end=self.focus[1]) if self.focus else None
        return SpanData(start=self.start, end=self.end, fact=self.fact, rule=self.rule,
                        confidence=self.confidence, focus=focus)


def article_key(article: URIRef) -> str | None:
    """The article's id (the IRI's last segment), or None if it could not name a file safely."""
    key = str(article).rstrip("/").rsplit("/", 1)[-1]
    return key if KEY_RE.match(key) else None


def _int(value: Any) -> int | None:
    """An integer literal's value, or None."""
    try:
        return int(value.toPython() if isinstance(value, Literal) else value)
    except (TypeError, ValueError):
        return None


def _stored_spans(g: Graph, article: URIRef) -> list[tuple[int | None, int | None, str]]:
    """(start, end, sentence) of every evidence node in the graph that points into `article`."""
    out = []
    for ev in sorted(e for e in g.subjects(KG.inArticle, article) if isinstance(e, URIRef)):
        sentences = describe.texts(g, ev, KG.sentence)
        out.append((_int(g.value(ev, KG.startOffset)), _int(g.value(ev, KG.endOffset)),
                    sentences[0] if sentences else ""))
    return out


def matches(text: str, key: str, spans: Iterable[tuple[int | None, int | None, str]]) -> bool:
    """Whether `text` is the article `key` was built from: same id, every evidence sentence at its offsets."""
    if article_id(text) != key:
        return False
    for start, end, sentence in spans:
        if start is None or end is None or not 0 <= start <= end <= len(text) or text[start:end] != sentence:
            return False
    return True


def _candidates(source: str, base: Path) -> list[Path]:
    """Where a kg:sourceFile may be: absolute, or relative to the folder kg ran in."""
    if not source or source.startswith("<") or "\x00" in source:
        return []
    path = Path(source)
    return [path] if path.is_absolute() else [base / path]


def _read_source(path: Path) -> str | None:
    """The article text of an article file, or None if it is not a readable, reasonably sized article."""
    try:
        if path.suffix.lower() not in SUFFIXES or not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
            return None
        return read_file(path).text
    except (InputError, OSError, ValueError):
        return None


def source_text(g: Graph, article: URIRef, base: Path) -> str | None:
    """The article's text read back from its kg:sourceFile, or None if missing or changed."""
    key = article_key(article)
    if key is None:
        return None
    stored = _stored_spans(g, article)
    for source in describe.texts(g, article, KG.sourceFile):
        for path in _candidates(source, base):
            text = _read_source(path)
            if text is not None and matches(text, key, stored):
                return text
    return None


def load_texts(g: Graph, base: Path | None = None) -> dict[str, str]:
    """Article id -> text for every article of the graph whose source file still holds its text.

    Relative ``kg:sourceFile`` paths are taken from `base` (default: the current folder,
    where ``kg add`` ran).
    """
    base = Path.cwd() if base is None else base
    found: dict[str, str] = {}
    for article in describe.article_iris(g):
        text = source_text(g, article, base)
        if text is not None:
            found[article_key(article) or ""] = text
    return found


def _phrase_re(phrase: str) -> re.Pattern[str] | None:
    """A case-insensitive whole-word pattern for a phrase, any whitespace between its words."""
    words = phrase.split()
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


def focus_patterns(g: Graph, st: Statement) -> list[re.Pattern[str]]:
    """Patterns for the words that name a fact in its sentence: the gift's item, the action, the
    topic, the leader's name, else the trigger noun or verb ("agreement", "met")."""
    node = st.nodes[0]
    if st.kind == "Gift":
        phrases = describe.texts(g, node, KG.item)
    elif st.kind == "Commitment":
        phrases = describe.texts(g, node, KG.action)
    elif st.kind == "Agreement":
        phrases = sorted({describe.label(g, t) for t in g.objects(node, KG.topic) if isinstance(t, URIRef)})
    elif st.kind == "leaderOf":
        phrases = [describe.label(g, node), *describe.texts(g, node, SKOS.altLabel)]
    else:
        phrases = []
    patterns = [p for p in map(_phrase_re, sorted(phrases, key=lambda s: (-len(s), s))) if p is not None]
    if st.kind == "Meeting":
        patterns.append(_MEETING_RE)
    elif st.kind == "Agreement":
        patterns.append(_AGREEMENT_RE)
    return patterns


def find_focus(text: str, start: int, end: int, patterns: list[re.Pattern[str]]) -> tuple[int, int] | None:
    """Offsets of the first pattern that matches inside text[start:end] (the earliest match of it)."""
    for pattern in patterns:
        found = pattern.search(text, start, end)
        if found and found.end() > found.start():
            return found.start(), found.end()
    return None


def _evidence_rows(g: Graph, st: Statement) -> list[tuple[URIRef, int, int, str, float]]:
    """(article, start, end, rule, confidence) of a fact's evidence with usable offsets."""
    rows = []
    for ev in st.evidence:
        start, end = _int(g.value(ev, KG.startOffset)), _int(g.value(ev, KG.endOffset))
        if start is None or end is None or end <= start:
            continue
        rule = ", ".join(describe.texts(g, ev, KG.rule))
        conf = max((describe.number(c) for c in g.objects(ev, KG.confidence)), default=0.0)
        for article in sorted(a for a in g.objects(ev, KG.inArticle) if isinstance(a, URIRef)):
            rows.append((article, start, end, rule, round(conf, 3)))
    return rows


def spans(g: Graph, found: list[Statement], texts: Mapping[str, str]) -> dict[URIRef, list[Span]]:
    """Every fact's evidence spans per article, sorted, with the fact's words found in articles with text."""
    out: dict[URIRef, set[Span]] = {}
    for index, st in enumerate(found):
        patterns: list[re.Pattern[str]] | None = None
        for article, start, end, rule, conf in _evidence_rows(g, st):
            text = texts.get(article_key(article) or "")
            focus = None
            if text is not None and end <= len(text):
                patterns = focus_patterns(g, st) if patterns is None else patterns
                focus = find_focus(text, start, end, patterns)
            out.setdefault(article, set()).add(Span(start, end, index, rule, conf, focus))
    return {a: sorted(s, key=lambda x: (x.start, x.end, x.fact, x.rule)) for a, s in out.items()}


def _iso(value: str) -> str | None:
    """An ISO date string ("2025-10-28") if `value` is one, else None."""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def article_date(g: Graph, article: URIRef) -> str | None:
    """The article's kg:date as YYYY-MM-DD, or None."""
    return next((d for d in map(_iso, describe.texts(g, article, KG.date)) if d), None)


def timeline(g: Graph, found: list[Statement], article_spans: Mapping[URIRef, list[Span]]) -> list[TimelineEntry]:
    """Dated events, by event date where known, else by the date of the (earliest) article that
    tells it; undated events are left out."""
    articles_of: dict[int, set[URIRef]] = {}
    for article, found_spans in article_spans.items():
        for span in found_spans:
            articles_of.setdefault(span.fact, set()).add(article)
    rows: list[tuple[str, int, str, int, bool]] = []
    for index, st in enumerate(found):
        if st.kind not in EVENT_KINDS:
            continue
        own = next((d for d in map(_iso, describe.texts(g, st.nodes[0], KG.date)) if d), None)
        told = sorted(d for d in (article_date(g, a) for a in articles_of.get(index, ())) if d)
        date, approx = (own, False) if own else ((told[0], True) if told else (None, False))
        if date:
            rows.append((date, EVENT_KINDS.index(st.kind), st.text, index, approx))
    return [TimelineEntry(date=date, fact=index, byArticleDate=approx) for date, _k, _t, index, approx in sorted(rows)]


def articles_data(g: Graph, iris: list[URIRef], article_spans: Mapping[URIRef, list[Span]],
                  texts: Mapping[str, str]) -> list[ArticleReading]:
    """Per article (in `iris` order): id, date, whether its text can be shown, and its spans."""
    out: list[ArticleReading] = []
    for article in iris:
        key = article_key(article)
        out.append({"key": key or "", "date": article_date(g, article),
                    "text": key is not None and key in texts,
                    "spans": [s.data() for s in article_spans.get(article, [])]})
    return out


def threads(g: Graph, found: list[Statement]) -> list[ThreadData]:
    """The commitment threads with at least two reports among the facts (a thread of one joins
    nothing), each report as its fact's index, read with the ledger's own queries (``kg ledger``
    prints the same threads); a report not drawn is left out."""
    if (None, RDF.type, KG.CommitmentThread) not in g:
        return []  # no ledger in this graph: no store to load
    fact_of = {st.nodes[0]: index for index, st in enumerate(found) if st.kind in EVENT_KINDS}
    out: list[ThreadData] = []
    for view in ledger.threads(export.memory_store(g)):
        reports: dict[int, ThreadReportData] = {}
        for line in view.reports:  # in date order; a report told by two sentences is one
            fact = fact_of.get(URIRef(line.report))
            if fact is not None and fact not in reports:
                reports[fact] = ThreadReportData(fact=fact, date=_iso(line.date), status=line.status, why=line.why)
        if len(reports) >= 2:
            out.append(ThreadData(id=view.iri.rstrip("/").rsplit("/", 1)[-1], label=view.what, status=view.status,
                                  reports=list(reports.values())))
    return out
