"""The commitment ledger: one commitment followed across articles.

Every Commitment and StatusReport in a graph is a report. Reports are read in date order; each
joins the thread of an earlier commitment it matches, or starts a thread of its own. A report
matches a thread only by comparison with the thread's first report (its anchor), never through
another report, so weak resemblances do not chain. A match needs all of:

- the same committer, a nation and its leader counting as one;
- compatible sums: the same amount and currency, a part of it for progress, any for a revision,
  one the other's act names ("$2 billion for an intended pledge of $6 billion" and "the $6 billion
  pledge"); no sum on either side says nothing against;
- overlapping content: at least two distinctive words of the promised act in common (one when the
  amounts agree), and no two different names of places or things ("an embassy in Vanuatu" is not
  "an embassy in Tonga");
- a Commitment that promises something "additional" is a new commitment, not a report of the old.

An Agreement its committer signed is progress on a promise whose figure its sentence names ("signed
a new 10-year, $600 million agreement" after "$60 million a year for ten years, $600 million in
total, for a new fisheries agreement"); it joins a thread but never starts one, as most agreements
fulfil no promise.

Threads live in their own named graph (`LEDGER_GRAPH`); each report there has its `kg:status` (a
Commitment: "pledged" on its own thread, else "reaffirmed"; a StatusReport keeps the status its
sentence gives) and a `kg:linkReason`.

A store's ledger is recomputed whole when asked (`update` without a snapshot: `kg build --store`),
else only for the committers the articles added or removed touch (`kg add`, `kg remove`): their
"sides" closed under sharing a report, so that no thread outside them can change (`_closure`).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef

from kg import layout, quantities
from kg.export import memory_store
from kg.facts import Status
from kg.store import Store
from kg.vocab import ID, KG, LEDGER_GRAPH

#: The link reason of a thread's first report.
FIRST = "first report of this commitment"
#: The status a thread is in after a report of each status (a reaffirmation leaves it as it was).
THREAD_STATUS = {Status.PLEDGED: "pledged", Status.PROGRESS: "in progress", Status.FULFILLED: "fulfilled",
                 Status.REVISED: "revised", Status.WITHDRAWN: "withdrawn"}
#: Words too common in promises to tell two of them apart.
_COMMON = {"the", "and", "for", "with", "that", "this", "from", "into", "will", "would", "its", "their", "our",
           "his", "her", "has", "have", "had", "been", "are", "was", "were", "which", "who", "also", "more",
           "than", "over", "next", "per", "all", "new", "commitment", "commitments", "pledge", "pledged", "promise",
           "support", "million", "billion", "trillion", "year", "years", "total", "including", "least", "about",
           "continue", "work", "working", "help", "make", "provide", "providing", "announce", "announced",
           "today", "united", "states", "president", "administration", "government", "country", "countries",
           "committed", "reaffirmed", "fulfilled", "first", "other", "such", "well", "both", "through",
           # aims every promise states, which two different promises share ("enhance", "across the region")
           "increase", "increasing", "enhance", "enhancing", "expand", "expanding", "strengthen",
           "strengthening", "deepen", "improve", "advance", "advancing", "promote", "ensure", "across",
           "need", "needs", "effort", "efforts", "region", "regional", "partner", "partners",
           "partnership", "partnerships", "cooperation", "supporting", "continuing", "delivering",
           # kinds of help every donor gives ("security assistance", "economic aid")
           "assistance", "aid", "funding", "investment", "investments", "resilience", "security", "economic"}
_NEW_MARKERS = {"additional", "another"}
_AGREEMENT_WORDS = {"accord", "accords", "pact", "treaty", "agreements"}
#: Without a common sum, the share of the shorter act's distinctive words two reports must share.
_ABOUT = 0.4
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?", re.IGNORECASE)

_SIDES_QUERY = f"""
PREFIX kg: <{KG._NS}>
PREFIX rdfs: <{RDFS._NS}>
SELECT ?r ?class ?article ?committer ?nation ?body WHERE {{
  {{ VALUES ?class {{ kg:Commitment kg:StatusReport }} ?r a ?class ; kg:committedBy ?committer . }}
  UNION {{ ?r a kg:Agreement ; a ?class ; kg:modality "asserted" ; kg:party ?committer . }}
  OPTIONAL {{ ?committer kg:leaderOf ?nation }}
  OPTIONAL {{ ?committer a kg:Organization ; rdfs:label ?body }}
  OPTIONAL {{ ?r kg:evidence/kg:inArticle ?article }}
}}
"""

#: What is compared of reports (`%s`: a VALUES clause naming the reports wanted, or nothing for all).
_DETAILS_QUERY = f"""
PREFIX kg: <{KG._NS}>
PREFIX rdfs: <{RDFS._NS}>
SELECT ?r ?class ?status ?action ?label ?amount ?currency ?date ?sentence WHERE {{
  %s
  VALUES ?class {{ kg:Commitment kg:StatusReport kg:Agreement }}
  ?r a ?class .
  OPTIONAL {{ ?r kg:status ?status }}
  OPTIONAL {{ ?r kg:action ?action }}
  OPTIONAL {{ ?r a kg:Agreement ; rdfs:label ?label }}
  OPTIONAL {{ ?r kg:amount ?amount ; kg:currency ?currency }}
  OPTIONAL {{ ?r kg:evidence/kg:inArticle/kg:date ?date }}
  OPTIONAL {{ ?r kg:evidence/kg:sentence ?sentence }}
}}
"""


@dataclass
class Report:
    """What the ledger compares of one Commitment or StatusReport."""

    iri: str
    status: Status
    action: str = ""
    sides: set[str] = field(default_factory=set)
    amount: tuple[Decimal, str] | None = None
    date: str = ""
    sentence: str = ""
    article: str = ""
    joins_only: bool = False  # an Agreement: it joins a thread, never starts one

    def words(self) -> frozenset[str]:
        """The act's distinctive words, an agreement's names made one ("the Paris Accord" is "the
        Paris Agreement")."""
        return _words(self.action)

    def names(self) -> frozenset[str]:
        """Capitalised words after the first: the places and things the act names."""
        return _names(self.action)

    def figures(self) -> frozenset[Decimal]:
        """The numbers the act names, scaled ("80 million doses" -> 80000000), years left out; an
        agreement's, its sentence names (its label names what it is on, seldom its sum)."""
        return _figures(self.sentence if self.joins_only else self.action)

    def part_of(self, figures: frozenset[Decimal]) -> bool:
        """Whether the sentence tells a part of one of these figures ("55 million of the 80 million
        doses"): progress on the commitment, not the commitment said again."""
        return any(_figure(part) < _figure(whole) and _figure(whole) in figures
                   for part, whole in _PART_OF.findall(self.sentence))


@dataclass(eq=False)
class Thread:
    """One commitment's reports, anchored on its first."""

    anchor: Report
    reports: list[tuple[Report, str]] = field(default_factory=list)  # (report, why it is here)

    @property
    def iri(self) -> URIRef:
        return ID[f"thread/{hashlib.sha256(self.anchor.iri.encode()).hexdigest()[:16]}"]


_NATION_NAMES_QUERY = f"""
PREFIX kg: <{KG._NS}>
PREFIX rdfs: <{RDFS._NS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?nation ?name WHERE {{ ?nation a kg:Nation ; rdfs:label|skos:altLabel ?name }}
"""


def _nation_finder(names: dict[str, str]) -> Callable[[str], str | None]:
    """A function from an organization's name to the nation that name carries ("Ruritania
    Development Agency"): one pattern of every nation name, longest first, each body looked up once."""
    if not names:
        return lambda body: None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alternatives})(?!\w)")

    @functools.cache
    def nation_in(body: str) -> str | None:
        found = pattern.search(body)
        return names[found.group(1)] if found else None
    return nation_in


@dataclass(frozen=True)
class Sides:
    """Every report of a store with its committers' sides and its article: all the ledger needs
    to tell which reports an article's coming or going can move (one light query)."""

    of: dict[str, frozenset[str]]
    article: dict[str, str]
    joining: frozenset[str] = frozenset()  # the Agreements, which join threads but start none


def sides_of(store: ox.Store) -> Sides:
    """The sides of every Commitment and StatusReport: a leader counts as the nation led, a
    national body ("Ruritania Development Agency") as its nation, any other committer as itself."""
    nation_in = _nation_finder({row["name"].value: row["nation"].value
                                for row in layout.solutions(store, _NATION_NAMES_QUERY) if len(row["name"].value) > 2})
    sides: dict[str, set[str]] = defaultdict(set)
    article: dict[str, str] = {}
    joining: set[str] = set()
    for row in layout.solutions(store, _SIDES_QUERY):
        iri = row["r"].value
        if row["class"].value == str(KG.Agreement):
            joining.add(iri)
        side = row["nation"] or row["committer"]
        sides[iri].add((row["body"] and nation_in(row["body"].value)) or side.value)
        if row["article"] is not None:
            article[iri] = min(article.get(iri, row["article"].value), row["article"].value)
    return Sides({iri: frozenset(found) for iri, found in sides.items()}, article, frozenset(joining))


def reports_of(store: ox.Store, only: Iterable[str] | None = None, sides: Sides | None = None) -> list[Report]:
    """The Commitments and StatusReports of a kg store (all, or those named in `only`), in date
    order (then IRI); `sides` saves reading them again."""
    sides = sides or sides_of(store)
    wanted = sides.of.keys() if only is None else set(only)
    found = {iri: Report(iri, Status.PLEDGED, sides=set(sides.of[iri]), article=sides.article.get(iri, ""),
                         joins_only=iri in sides.joining) for iri in wanted}
    values = "" if only is None else "VALUES ?r { " + " ".join(f"<{iri}>" for iri in sorted(found)) + " }"
    for row in layout.solutions(store, _DETAILS_QUERY % values) if found else ():
        report = found.get(row["r"].value)
        if report is not None:
            _read_row(report, row)
    return sorted(found.values(), key=lambda r: (r.date or "9999", r.iri))


_PARTIES = re.compile(r"\s*\([^()]*\)$")  # "agreement on ports (Ruritania and Freedonia)": its parties


def _read_row(report: Report, row: ox.QuerySolution) -> None:
    """Fill a report from one row of `_DETAILS_QUERY` (a report has a row per evidence; the
    earliest date and the first sentence in sort order win, so the row order does not matter)."""
    if row["class"].value == str(KG.StatusReport) and row["status"] is not None:
        report.status = Status(row["status"].value)
    if row["class"].value == str(KG.Agreement):
        report.status = Status.PROGRESS  # an agreement signed towards the promise
    report.action = report.action or (row["action"].value if row["action"] else "") \
        or (_PARTIES.sub("", row["label"].value) if row["label"] else "")
    if row["amount"] is not None:
        report.amount = (Decimal(row["amount"].value), row["currency"].value)
    if row["sentence"] is not None:
        report.sentence = min(filter(None, (report.sentence, row["sentence"].value)))
    if row["date"] is not None:
        report.date = min(filter(None, (report.date, row["date"].value)))


def link(reports: Iterable[Report]) -> list[Thread]:
    """Threads from reports in date order; blocked by committer, so each report is compared only
    with the anchors of its committers' threads that share a word or an amount with it."""
    threads: list[Thread] = []
    index: dict[tuple[str, str], list[Thread]] = defaultdict(list)  # (side, word or amount) -> threads
    for report in reports:
        keys = [(side, key) for side in sorted(report.sides) for key in _keys(report)]
        candidates = list(dict.fromkeys(t for k in keys for t in index.get(k, ())))
        matches = [(len(why), t, why) for t in candidates if (why := _why(report, t.anchor))]
        if matches:
            _, thread, why = max(matches, key=lambda m: (m[0], -threads.index(m[1])))
            thread.reports.append((report, "; ".join(why)))
            continue
        if report.joins_only:
            continue
        thread = Thread(report, [(report, FIRST)])
        threads.append(thread)
        for key in keys:
            index[key].append(thread)
    return threads


_NUMBER = r"\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion))?"
_PART_OF = re.compile(rf"\$?({_NUMBER})\s+of\s+(?:the|a|its|their)?\s*\$?({_NUMBER})", re.IGNORECASE)


def _figure(text: str) -> Decimal:
    """ "55 million" -> 55000000 (`text` is one figure, as `_PART_OF` finds it)."""
    number, scale = _FIGURE.match(text).groups()  # type: ignore[union-attr]
    return quantities.scaled(number, scale) or Decimal(0)


#: Acts whose words, names and figures are kept: linking asks for them at every comparison.
_CACHED_ACTS = 1 << 16


@functools.lru_cache(_CACHED_ACTS)
def _words(action: str) -> frozenset[str]:
    """`Report.words`, once per act."""
    words = (_stem(w) for w in re.findall(r"[a-z][a-z0-9]{2,}", action.lower()) if w not in _COMMON)
    return frozenset("agreement" if w in _AGREEMENT_WORDS else w for w in words if w not in _COMMON)


def _stem(word: str) -> str:
    """A word's rough stem, so "embassies" meets "embassy", "doses" "dose" and "mobilizing"
    "mobilize"; the parts of a hyphened word ("three-year") are words of their own."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for ending in ("ing", "ed", "es", "s", "e"):
        if len(word) - len(ending) >= 4 and word.endswith(ending) and not word.endswith(("ss", "us", "is")):
            return word[:-len(ending)]
    return word


@functools.lru_cache(_CACHED_ACTS)
def _names(action: str) -> frozenset[str]:
    """`Report.names`, once per act."""
    words = {w.lower() for w in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+\b", action)}
    return frozenset(words - _COMMON - _CALENDAR)


@functools.lru_cache(_CACHED_ACTS)
def _lower_words(action: str) -> frozenset[str]:
    """Every word of an act, lowercased: where a name one act capitalises stands in the other."""
    return frozenset(re.findall(r"[a-z]+", action.lower()))


@functools.lru_cache(_CACHED_ACTS)
def _figures(text: str) -> frozenset[Decimal]:
    """The figures of a text, scaled, years left out."""
    values = ((quantities.scaled(number, scale or None), scale) for number, scale in _FIGURE.findall(text))
    return frozenset(value for value, scale in values if value is not None and (scale or not 1900 <= value <= 2100))


def _keys(report: Report) -> list[str]:
    return [f"figure:{f}" for f in sorted(report.figures())] + sorted(report.words())


def _why(report: Report, anchor: Report) -> list[str]:
    """Why a report tells of the anchor's commitment; empty when it does not."""
    if report.iri == anchor.iri or not report.sides & anchor.sides or \
            (report.date and anchor.date and report.date < anchor.date):
        return []
    if report.status is Status.PLEDGED and _NEW_MARKERS & set(report.action.lower().split()):
        return []  # "an additional 18 pilots": a new commitment beside the old one
    same_amount = report.amount is not None and report.amount == anchor.amount
    if report.amount and anchor.amount and not same_amount and not _compatible(report, anchor) \
            and not _named_in_other(report, anchor):
        return []
    same_figure = sorted(report.figures() & anchor.figures())
    if report.joins_only and not same_figure:
        return []  # an agreement carries on a promise only when it names the promised sum
    names_a, names_b = report.names(), anchor.names()
    if names_a and names_b and not names_a & _lower_words(anchor.action) and not names_b & _lower_words(report.action):
        return []  # "an embassy in Tonga" is not "an embassy in Vanuatu"; "the Seventh Replenishment" is
        # "the seventh replenishment"
    shared = sorted(report.words() & anchor.words())
    named = {_stem(w) for w in names_a | names_b}
    if len(shared) < (1 if same_amount or same_figure else 2) or not (same_amount or same_figure) and (
            len(shared) < _ABOUT * min(len(report.words()), len(anchor.words()))
            or set(shared) <= named and "agreement" not in shared):
        return []  # without a common sum, the shared words must be much of what either is about, and
        # more than the places they name ("the Pacific Islands": two promises there are not one;
        # a named accord is the thing promised, whatever is done with it)
    why = [f"same committer ({', '.join(sorted(_readable(side) for side in report.sides & anchor.sides))})"]
    if same_figure:
        why.append(f"same figure ({', '.join(str(f) for f in same_figure)})")
    return [*why, f"shared words: {', '.join(shared)}"]


def _readable(side: str) -> str:
    """A committer as a reason names it: "nation/USA", not its whole IRI."""
    return side.removeprefix(str(ID))


def _named_in_other(report: Report, anchor: Report) -> bool:
    """Different sums fit when one report's sum is a figure the other's act names: "$2 billion for an
    intended pledge of $6 billion" and a later "$6 billion pledge" tell one pledge."""
    assert report.amount and anchor.amount
    return report.amount[0] in anchor.figures() or anchor.amount[0] in report.figures()


def _compatible(report: Report, anchor: Report) -> bool:
    """Different sums fit when the report is progress on part of the sum or a revision of it."""
    assert report.amount and anchor.amount
    if report.amount[1] != anchor.amount[1]:
        return False
    return report.status is Status.REVISED or (report.status is Status.PROGRESS and report.amount[0] < anchor.amount[0])


def ledger_graph(threads: list[Thread]) -> Graph:
    """The named graph of the threads: each with its reports, their status and why each is there."""
    g = Graph(identifier=LEDGER_GRAPH)
    for thread in threads:
        node = thread.iri
        g.add((node, RDF.type, KG.CommitmentThread))
        g.add((node, RDFS.label, Literal(thread.anchor.action or "commitment")))
        current = "pledged"
        told: dict[str, Status] = {}  # article -> the status its first report of the thread gave
        for report, why in thread.reports:
            status = _status_on(thread, report, told)
            told.setdefault(report.article or report.iri, status)  # an article telling it twice says it once
            g.add((node, KG.report, URIRef(report.iri)))
            g.add((URIRef(report.iri), KG.status, Literal(status.value)))
            g.add((URIRef(report.iri), KG.linkReason, Literal(why)))
            current = THREAD_STATUS.get(status, current)
        g.add((node, KG.currentStatus, Literal(current)))
        dates = sorted(r.date for r, _ in thread.reports if r.date)
        if dates:
            g.add((node, KG.firstReportDate, Literal(dates[0], datatype=XSD.date)))
            g.add((node, KG.lastReportDate, Literal(dates[-1], datatype=XSD.date)))
    return g


def _status_on(thread: Thread, report: Report, told: dict[str, Status]) -> Status:
    """A report's status on its thread: a StatusReport's own; a Commitment told again is said
    once per article, in the status the article's first telling gave, unless a later article names
    a part of the promised figure ("55 million of the 80 million doses", "the first $60 million under
    the $600 million agreement"): progress wherever it is told in that article."""
    if report.status is not Status.PLEDGED or report is thread.anchor:
        return report.status
    later = report.article != thread.anchor.article or not report.article
    if later and (report.part_of(thread.anchor.figures()) or _a_part_beside_its_whole(report, thread.anchor)):
        return Status.PROGRESS
    return told.get(report.article or report.iri) or Status.REAFFIRMED


def _a_part_beside_its_whole(report: Report, anchor: Report) -> bool:
    """"the first $60 million under the new $600 million agreement": a sum smaller than a promised
    one, told beside it, is a part of it given (the promise may have named a yearly sum too)."""
    part, whole = report.amount, anchor.amount
    return part is not None and whole is not None and part[1] == whole[1] \
        and any(part[0] < figure for figure in anchor.figures() & report.figures())


def compute(store: ox.Store) -> Graph:
    """The ledger graph of a kg store."""
    return ledger_graph(link(reports_of(store)))


def add_to(ds: Dataset) -> Dataset:
    """Put the ledger of a dataset's articles into it (its own named graph, replaced)."""
    ds.remove_graph(ds.graph(LEDGER_GRAPH))
    threads = compute(memory_store(ds))
    if len(threads):
        graph = ds.graph(LEDGER_GRAPH)
        graph += threads
    return ds


def add_to_store(store: ox.Store) -> ox.Store:
    """Put the ledger of an Oxigraph store's articles into it (a pull: the ledger is derived
    locally, never published)."""
    data = compute(layout.add_union(store)).serialize(format="nt", encoding="utf-8")
    name = ox.NamedNode(str(LEDGER_GRAPH))
    if store.contains_named_graph(name):
        store.remove_graph(name)
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=name)
    return layout.add_union(store)


_LEDGER_REPORTS_QUERY = f"""
PREFIX kg: <{KG._NS}>
SELECT ?thread ?r WHERE {{ GRAPH <{LEDGER_GRAPH}> {{ ?thread kg:report ?r }} }}
"""


@dataclass(frozen=True)
class Snapshot:
    """A store's reports and ledger before articles come or go: what `update` compares with after."""

    sides: Sides
    thread: dict[str, str]  # report -> the ledger thread it is on
    mark: int  # how many graphs the store had written when taken (`Store.written`)

    @property
    def consistent(self) -> bool:
        """Whether the ledger holds every report and no other, save the agreements that joined no
        thread (not so after a command that failed between its articles and its ledger, or on a
        store written before the ledger existed)."""
        reports = self.sides.of.keys()
        return self.thread.keys() <= reports and reports - self.sides.joining <= self.thread.keys()


def snapshot(store: Store) -> Snapshot:
    """What `update` needs to relink only what changes: take it before adding or removing articles."""
    thread = {row["r"].value: row["thread"].value for row in layout.solutions(store.oxigraph, _LEDGER_REPORTS_QUERY)}
    return Snapshot(sides_of(store.oxigraph), thread, len(store.written))


def update(store: Store, since: Snapshot | None = None) -> None:
    """Bring a store's ledger up to date in one transaction. Without a snapshot (or with one of an
    inconsistent ledger) every report is relinked and the named graph replaced; with one, only the
    threads of the committers the articles written since touched are, which gives the same graph."""
    if since is None or not since.consistent:
        store.add_graph(compute(store.oxigraph))
        return
    after = sides_of(store.oxigraph)
    touched = _closure(after.of, _seeds(since, after, set(store.written[since.mark:])))
    if not touched:
        return
    gone = [r for r, sides in since.sides.of.items() if sides & touched]
    relinked = [r for r, sides in after.of.items() if sides & touched]
    old = set(_triples_of(store.oxigraph, {since.thread[r] for r in gone if r in since.thread} | set(gone)))
    new = set(layout.ox_triples(ledger_graph(link(reports_of(store.oxigraph, relinked, after)))))
    if old != new:
        store.change_graph(str(LEDGER_GRAPH), old - new, new - old)


def _triples_of(store: ox.Store, subjects: Iterable[str]) -> Iterator[ox.Triple]:
    """The ledger's triples about these threads and reports."""
    graph = ox.NamedNode(str(LEDGER_GRAPH))
    for subject in subjects:
        yield from (q.triple for q in store.quads_for_pattern(ox.NamedNode(subject), None, None, graph))


def _seeds(before: Snapshot, after: Sides, articles: set[str]) -> set[str]:
    """The sides, as they were and as they are, of every report that came, went, changed sides (a
    leader or a nation's name came or went with another article), or is in one of these articles
    (a replaced article may say something else of the same report)."""
    seeds: set[str] = set()
    for iri in before.sides.of.keys() | after.of.keys():
        old, new = before.sides.of.get(iri, frozenset()), after.of.get(iri, frozenset())
        if old != new or before.sides.article.get(iri) in articles or after.article.get(iri) in articles:
            seeds |= old | new
    return seeds


def _closure(sides_of_report: dict[str, frozenset[str]], seeds: set[str]) -> set[str]:
    """The seeds and every side that shares a report with one already in, until none is left out.
    A thread's reports share a side with its anchor, so the reports with a side in this set link
    among themselves exactly as they would among all reports: relinking them alone is exact."""
    reports_with: dict[str, list[frozenset[str]]] = defaultdict(list)
    for sides in sides_of_report.values():
        for side in sides:
            reports_with[side].append(sides)
    closed: set[str] = set()
    todo = list(seeds)
    while todo:
        side = todo.pop()
        if side not in closed:
            closed.add(side)
            todo.extend(other for sides in reports_with.get(side, ()) for other in sides - closed)
    return closed


# -- Reading the ledger back ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReportLine:
    """One report of a thread as `kg ledger` prints it (`report`: its IRI, which the explorer
    finds its fact by)."""

    date: str
    status: str
    sentence: str
    source: str
    why: str
    report: str


@dataclass(frozen=True, slots=True)
class ThreadView:
    """A thread with where it stands and its reports in date order."""

    iri: str
    what: str
    committers: tuple[str, ...]
    status: str
    reports: tuple[ReportLine, ...]


_THREADS_QUERY = f"""
PREFIX kg: <{KG._NS}>
PREFIX rdfs: <{RDFS._NS}>
SELECT ?thread ?what ?status ?committer WHERE {{
  ?thread a kg:CommitmentThread ; rdfs:label ?what ; kg:currentStatus ?status .
  OPTIONAL {{ ?thread kg:report ?first . ?first kg:linkReason "{FIRST}" ; kg:committedBy/rdfs:label ?committer }}
}}
"""

# A report's kg:status is read from the union: the ledger gives a Commitment its only one and a
# StatusReport the one its article already gives, so a merged graph (the explorer's) reads the same.
_REPORT_LINES_QUERY = f"""
PREFIX kg: <{KG._NS}>
SELECT ?thread ?r ?status ?why ?sentence ?source ?date WHERE {{
  %s
  ?thread kg:report ?r . ?r kg:status ?status . OPTIONAL {{ ?r kg:linkReason ?why }}
  ?r kg:evidence ?e . ?e kg:sentence ?sentence ; kg:inArticle ?a . ?a kg:sourceFile ?source .
  OPTIONAL {{ ?a kg:date ?date }}
}}
"""


def threads_named(store: ox.Store, name: str) -> list[ThreadView]:
    """The threads whose IRI is `name`, or whose commitment or committer contains its words
    (case and accents aside), most reported first."""
    from kg.names import fold

    wanted = fold(name).split()
    return threads(store, lambda iri, what, by: iri == name or all(w in fold(" ".join([what, *by])) for w in wanted))


def threads(store: ox.Store, keep: Callable[[str, str, set[str]], bool] | None = None) -> list[ThreadView]:
    """Every thread of a kg store (or those `keep` accepts, given IRI, commitment and committers),
    with its reports in date order, most reported first; the reports of all are read in one query."""
    found: dict[str, tuple[str, str, set[str]]] = {}
    for row in layout.solutions(store, _THREADS_QUERY):
        iri = row["thread"].value
        entry = found.setdefault(iri, (row["what"].value, row["status"].value, set()))
        if row["committer"] is not None:
            entry[2].add(row["committer"].value)
    if keep is not None:
        found = {iri: entry for iri, entry in found.items() if keep(iri, entry[0], entry[2])}
    lines = _report_lines(store, sorted(found) if keep is not None else None)
    views = [ThreadView(iri, what, tuple(sorted(by)), status, tuple(lines.get(iri, ())))
             for iri, (what, status, by) in found.items()]
    return sorted(views, key=lambda v: (-len(v.reports), v.iri))


def _report_lines(store: ox.Store, only: list[str] | None) -> dict[str, list[ReportLine]]:
    """Each thread's report lines in date order (of the threads in `only`, else of all)."""
    if only == []:
        return {}
    values = f"VALUES ?thread {{ {' '.join(f'<{iri}>' for iri in only)} }}" if only else ""
    found: dict[str, set[ReportLine]] = defaultdict(set)
    for r in layout.solutions(store, _REPORT_LINES_QUERY % values):
        found[r["thread"].value].add(ReportLine(r["date"].value if r["date"] else "", r["status"].value,
                                                r["sentence"].value, r["source"].value,
                                                r["why"].value if r["why"] else "", r["r"].value))
    return {thread: sorted(lines, key=lambda line: (line.date or "9999", line.source, line.sentence))
            for thread, lines in found.items()}
