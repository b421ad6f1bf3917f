"""Score kg's graphs against hand-annotated gold files (`kg eval GOLD_DIR`).

A gold file (``NAME.gold.json``) names its article (``"article"``, a path
relative to the gold file) and lists what a reader expects the graph to hold:
``nations``, ``leaders`` (with their ``nation``), ``agreements``, ``gifts``,
``commitments``, ``meetings``; ``people`` and ``organizations`` only lend
their aliases; sentence-level files list ``events`` and may ``forbid`` fact
classes. Items marked ``"optional": true`` are not required, and a node that
matches one is left out of precision.

Matching follows the shared scorer's rules: names are compared after
`norm`, equal or (for 4+ characters) contained as whole words; a fact node's
text is its literals plus the names of the nodes it links to; every node
matches at most one gold item, greedily, in gold order and IRI order.
"""

from __future__ import annotations

import json
import re
import typing
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.errors import InputError
from kg.vocab import EVENT_CLASSES as EVENTS
from kg.vocab import KG, local_name

ENTITY_CATEGORIES = ("nations", "leaders")
FACT_CATEGORIES = ("leader_of", "agreements", "gifts", "commitments", "meetings")
CATEGORIES = (*ENTITY_CATEGORIES, *FACT_CATEGORIES, "events")
SUMMARIES = {"entities": ENTITY_CATEGORIES, "facts": FACT_CATEGORIES}
EVENT_CLASSES = tuple(local_name(c) for c in EVENTS)
_FACT_KEYS = ("agreements", "gifts", "commitments", "meetings")  # gold keys (leader_of comes from leaders)

_NAME_PROPS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
_NOT_CONTENT = {RDF.type, KG.evidence, KG.inArticle}   # links that say nothing about what a node is
_NOT_ACTOR = _NOT_CONTENT | {OWL.sameAs}
_REQUIRED = {  # gold list -> fields each item must have (alternatives joined by "|")
    "nations": ("name",), "leaders": ("name",), "people": ("name",), "organizations": ("name",),
    "agreements": (), "gifts": ("giver", "recipient", "item|key"), "commitments": ("by", "what|key"),
    "meetings": ("participants",), "events": ("actors",),
}
SENTENCE_WIDTH = 160

MismatchKind = typing.Literal["missed", "spurious"]
#: What a category gives the matcher: gold items, predictions (in matching order), and the match test.
Category = tuple[list[dict], list, Callable[[dict, Any], bool]]


# -- results ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one category: matched, counted predictions, required gold items."""

    tp: int
    pred: int
    gold: int

    @property
    def p(self) -> float:
        """Precision (1.0 when nothing was predicted and nothing expected)."""
        return self.tp / self.pred if self.pred else (1.0 if self.gold == 0 else 0.0)

    @property
    def r(self) -> float:
        """Recall (1.0 when nothing was expected)."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    def as_dict(self) -> dict[str, float]:
        """Counts and rounded ratios, for JSON."""
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold,
                "p": round(self.p, 3), "r": round(self.r, 3), "f1": round(self.f1, 3)}


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A gold item the graph lacks ("missed") or a node no gold item accounts for ("spurious")."""

    category: str
    kind: MismatchKind
    label: str
    sentence: str = ""
    rule: str = ""


@dataclass
class ArticleResult:
    """The scores of one gold file's article."""

    gold_file: str
    article: str
    scores: dict[str, Score]
    mismatches: list[Mismatch] = field(default_factory=list)


@dataclass
class Report:
    """Every article's result and the counts summed over articles (micro average)."""

    articles: list[ArticleResult]
    totals: dict[str, Score]

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data, keys in a fixed order."""
        return {"totals": {k: s.as_dict() for k, s in self.totals.items()},
                "articles": [{"gold_file": a.gold_file, "article": a.article,
                              "scores": {k: s.as_dict() for k, s in a.scores.items()},
                              "mismatches": [asdict(m) for m in a.mismatches]} for a in self.articles]}


# -- names ------------------------------------------------------------------

def norm(text: str) -> str:
    """Lower-case, drop punctuation (keeping %, $ and decimal points), possessive 's and a leading "the"."""
    s = str(text).lower().replace("\u2019", "'").replace("'s ", " ")
    s = re.sub(r"[^0-9a-z%$.]+", " ", s)
    s = re.sub(r"(?<![0-9])\.|\.(?![0-9])", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def name_match(names: Iterable[str], gold: Iterable[str]) -> bool:
    """True if a name equals a gold name, or one contains the other as whole words (4+ characters)."""
    gold_n = {norm(g) for g in gold if g}
    for a in names:
        for b in gold_n:
            if not a or not b:
                continue
            if a == b:
                return True
            short, long_ = sorted((a, b), key=len)
            if len(short) >= 4 and f" {short} " in f" {long_} ":
                return True
    return False


def has_key(text: str, keys: Iterable[str]) -> bool:
    """True if a normalised key occurs anywhere in a node's text."""
    return any(norm(k) in text for k in keys if norm(k))


def _local(iri: Node) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def node_names(graph: Graph, node: Node) -> set[str]:
    """A node's normalised names: its labels, else its IRI's local name (a literal names itself)."""
    if isinstance(node, Literal):
        return {norm(node)}
    out = {norm(o) for p in _NAME_PROPS for o in graph.objects(node, p) if isinstance(o, Literal)}
    if not out and isinstance(node, URIRef):
        out.add(norm(_local(node).replace("_", " ").replace("-", " ")))
    return out


def node_text(graph: Graph, node: Node) -> str:
    """A node's literals and the names of the nodes it links to (not its evidence), space-padded."""
    parts: list[str] = []
    for p, o in graph.predicate_objects(node):
        if p in _NOT_CONTENT:
            continue
        if isinstance(o, Literal):
            parts.append(norm(o))
        else:
            parts.extend(node_names(graph, o))
    return " " + " | ".join(parts) + " "


def label_of(graph: Graph, node: Node) -> str:
    """A readable label for a node (its rdfs:label, else its IRI's local name)."""
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else _local(node)


def evidence_of(graph: Graph, node: Node) -> tuple[str, str]:
    """(sentence, rule) of a node's earliest evidence, or ("", "") when it has none."""
    found = []
    for ev in graph.objects(node, KG.evidence):
        start = graph.value(ev, KG.startOffset)
        found.append((int(str(start)) if start is not None else 0, str(graph.value(ev, KG.sentence) or ""),
                      str(graph.value(ev, KG.rule) or "")))
    return min(found)[1:] if found else ("", "")


# -- matching ---------------------------------------------------------------

def match(golds: list[dict], preds: list, ok: Callable[[dict, Any], bool]) -> tuple[Score, list[dict], list]:
    """Greedy one-to-one matching; returns the score, the missed gold items and the unmatched predictions.

    Required gold items are matched first; a prediction matching an optional
    item afterwards is excused from precision.
    """
    used: set = set()
    missed: list[dict] = []
    required = [g for g in golds if not g.get("optional")]
    for gi in required:
        hit = next((pn for pn in preds if pn not in used and ok(gi, pn)), None)
        if hit is None:
            missed.append(gi)
        else:
            used.add(hit)
    tp = len(used)
    for gi in golds:
        if gi.get("optional"):
            hit = next((pn for pn in preds if pn not in used and ok(gi, pn)), None)
            if hit is not None:
                used.add(hit)
    excused = len(used) - tp
    return Score(tp, len(preds) - excused, len(required)), missed, [pn for pn in preds if pn not in used]


def _kg_classes(names: Iterable[str]) -> set[URIRef]:
    """The ontology classes named (names kg's ontology lacks are ignored)."""
    out = set()
    for name in names:
        try:
            out.add(KG[name])
        except (AttributeError, KeyError):
            continue
    return out


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


class _Gold:
    """Name look-ups of one gold file: every name a gold entity may appear under."""

    def __init__(self, gold: dict):
        self.leaders = gold.get("leaders", [])
        self.nations = {norm(n["name"]): [n["name"], *n.get("aliases", [])] for n in gold.get("nations", [])}
        self.people = {norm(p["name"]): [p["name"], *p.get("aliases", [])]
                       for p in [*self.leaders, *gold.get("people", []), *gold.get("organizations", [])]}

    def who(self, name: str) -> list[str]:
        """A gold name with its aliases."""
        return self.nations.get(norm(name)) or self.people.get(norm(name)) or [name]

    def committer(self, by: str) -> list[str]:
        """Names that may make a commitment for `by`: itself, its leader's nation, its nation's leaders."""
        out = self.who(by)
        for lead in self.leaders:
            if lead.get("nation") and norm(lead["name"]) == norm(by):
                out = out + self.who(lead["nation"])
                break
        return out + [n for lead in self.leaders if lead.get("nation") and norm(lead["nation"]) == norm(by)
                      for n in self.who(lead["name"])]


class _Scorer:
    """Scores one graph against one gold file, category by category."""

    def __init__(self, graph: Graph, gold: dict):
        self.g = graph
        self.gold = gold
        self.names = _Gold(gold)
        self._names: dict[Node, set[str]] = {}
        self._texts: dict[Node, str] = {}

    def instances(self, cls: URIRef) -> list[URIRef]:
        """Instances of a class, in IRI order."""
        return sorted({s for s in self.g.subjects(RDF.type, cls) if isinstance(s, URIRef)}, key=str)

    def names_of(self, node: Node) -> set[str]:
        if node not in self._names:
            self._names[node] = node_names(self.g, node)
        return self._names[node]

    def text_of(self, node: Node) -> str:
        if node not in self._texts:
            self._texts[node] = node_text(self.g, node)
        return self._texts[node]

    def linked(self, node: Node, prop: URIRef) -> list[set[str]]:
        """The names of each object of `prop`."""
        return [self.names_of(o) for o in self.g.objects(node, prop)]

    def all_match(self, node: Node, prop: URIRef, gold_names: list[str]) -> bool:
        """Every gold name matches some object of `prop`."""
        got = self.linked(node, prop)
        return all(any(name_match(n, self.names.who(x)) for n in got) for x in gold_names)

    def any_match(self, node: Node, prop: URIRef, gold_names: list[str]) -> bool:
        """Some object of `prop` matches the gold names."""
        return any(name_match(n, gold_names) for n in self.linked(node, prop))

    # one method per category, named as the category

    def nations(self) -> Category:
        return (self.gold.get("nations", []), self.instances(KG.Nation),
                lambda gi, pn: name_match(self.names_of(pn), [gi["name"], *gi.get("aliases", [])]))

    def leaders(self) -> Category:
        return (self.gold.get("leaders", []), self.instances(KG.Leader),
                lambda gi, pn: name_match(self.names_of(pn), self.names.who(gi["name"])))

    def leader_of(self) -> Category:
        leaders = set(self.instances(KG.Leader))
        pairs = sorted(set(self.g.subject_objects(KG.leaderOf)),
                       key=lambda ln: (ln[0] not in leaders, str(ln[0]), str(ln[1])))
        golds = [lead for lead in self.gold.get("leaders", []) if lead.get("nation")]
        return (golds, pairs, lambda gi, pn: name_match(self.names_of(pn[0]), self.names.who(gi["name"]))
                and name_match(self.names_of(pn[1]), self.names.who(gi["nation"])))

    def agreements(self) -> Category:
        def ok(gi: dict, pn: URIRef) -> bool:
            by_party = bool(gi.get("parties")) and self.all_match(pn, KG.party, gi["parties"])
            by_sign = bool(gi.get("signatories")) and self.all_match(pn, KG.signatory, gi["signatories"])
            topic_ok = not gi.get("topics") or has_key(self.text_of(pn), gi["topics"] + gi.get("key", []))
            return (by_party or by_sign) and topic_ok
        return self.gold.get("agreements", []), self.instances(KG.Agreement), ok

    def gifts(self) -> Category:
        def ok(gi: dict, pn: URIRef) -> bool:
            key = gi.get("key") or [gi["item"].split()[-1]]
            return (self.any_match(pn, KG.giver, self.names.who(gi["giver"]))
                    and self.any_match(pn, KG.recipient, self.names.who(gi["recipient"]))
                    and has_key(self.text_of(pn), key))
        return self.gold.get("gifts", []), self.instances(KG.Gift), ok

    def commitments(self) -> Category:
        def ok(gi: dict, pn: URIRef) -> bool:
            allowed = [n for by in _as_list(gi["by"]) for n in self.names.committer(by)]
            key = gi.get("key") or [w for w in norm(gi["what"]).split() if len(w) > 4][:1]
            text = self.text_of(pn)
            return self.any_match(pn, KG.committedBy, allowed) and (
                has_key(text, key) or bool(gi.get("amount") and has_key(text, [gi["amount"]])))
        return self.gold.get("commitments", []), self.instances(KG.Commitment), ok

    def meetings(self) -> Category:
        return (self.gold.get("meetings", []), self.instances(KG.Meeting),
                lambda gi, pn: self.all_match(pn, KG.participant, gi["participants"]))

    def events(self) -> Category:
        counted = self.gold.get("forbid", EVENT_CLASSES)
        preds = sorted({n for c in _kg_classes(counted) for n in self.instances(c)}, key=str)

        def ok(gi: dict, pn: URIRef) -> bool:
            types = set(self.g.objects(pn, RDF.type))
            if not types & _kg_classes(gi.get("classes", EVENT_CLASSES)):
                return False
            return any(name_match(n, gi["actors"]) for n in self.actor_names(pn))
        return self.gold.get("events", []), preds, ok

    def actor_names(self, node: URIRef) -> list[set[str]]:
        """Names of the nodes a fact links to, and of the nodes those link to (a leader's nation)."""
        out = []
        for p, o in self.g.predicate_objects(node):
            if isinstance(o, URIRef) and p not in _NOT_CONTENT:
                out.append(self.names_of(o))
                out += [self.names_of(n) for q, n in self.g.predicate_objects(o)
                        if isinstance(n, URIRef) and q not in _NOT_ACTOR]
        return out


def _gold_label(category: str, gi: dict) -> str:
    """A short description of a gold item."""
    if category in ENTITY_CATEGORIES:
        return gi["name"]
    if category == "leader_of":
        return f"{gi['name']} leader of {gi['nation']}"
    if category == "agreements":
        return gi.get("label") or " and ".join(gi.get("parties") or gi.get("signatories") or [])
    if category == "gifts":
        return f"{gi['giver']} -> {gi['recipient']}: {gi.get('item') or ', '.join(gi['key'])}"
    if category == "commitments":
        return f"{' and '.join(_as_list(gi['by']))}: {gi.get('what') or ', '.join(gi['key'])}"
    if category == "meetings":
        what = f" ({gi['what']})" if gi.get("what") else ""
        return "meeting of " + " and ".join(gi["participants"]) + what
    return f"{'/'.join(gi.get('classes', EVENT_CLASSES))} by {', '.join(gi['actors'])}"


def _spurious(graph: Graph, category: str, pred: Any) -> Mismatch:
    """A prediction no gold item accounts for, with its evidence."""
    if category == "leader_of":
        leader, nation = pred
        return Mismatch(category, "spurious", f"{label_of(graph, leader)} leader of {label_of(graph, nation)}",
                        *evidence_of(graph, leader))
    return Mismatch(category, "spurious", label_of(graph, pred), *evidence_of(graph, pred))


def score_graph(graph: Graph, gold: dict) -> tuple[dict[str, Score], list[Mismatch]]:
    """Per-category scores of one article's graph, plus `entities` and `facts` (micro averages)."""
    scorer = _Scorer(graph, gold)
    categories = scored_categories(gold)
    scores: dict[str, Score] = {}
    mismatches: list[Mismatch] = []
    for category in categories:
        golds, preds, ok = getattr(scorer, category)()
        scores[category], missed, unmatched = match(golds, preds, ok)
        mismatches += [Mismatch(category, "missed", _gold_label(category, gi)) for gi in missed]
        mismatches += [_spurious(graph, category, pn) for pn in unmatched]
    scores.update(summarise(scores))
    return scores, mismatches


def scored_categories(gold: dict) -> list[str]:
    """The categories a gold file annotates.

    `events` only when the file has "events" or "forbid"; a sentence-level
    file with nothing else scores only events (its entities and facts are not
    annotated), any other file scores every entity and fact category.
    """
    events = "events" in gold or "forbid" in gold
    event_only = events and not any(k in gold for k in (*ENTITY_CATEGORIES, *_FACT_KEYS))
    return [c for c in CATEGORIES if (c == "events" and events) or (c != "events" and not event_only)]


def summarise(scores: dict[str, Score]) -> dict[str, Score]:
    """The `entities` and `facts` micro averages of the per-category scores present."""
    return {name: sum((scores[c] for c in parts), Score(0, 0, 0))
            for name, parts in SUMMARIES.items() if all(c in scores for c in parts)}


# -- gold files and whole folders -------------------------------------------

def load_gold(path: Path) -> dict:
    """Read and check one gold file; errors name the file and what is wrong."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"{path}: not valid JSON ({e})") from e
    if not isinstance(gold, dict):
        raise InputError(f"{path}: a gold file must be a JSON object")
    if not isinstance(gold.get("article"), str) or not gold["article"].strip():
        raise InputError(f'{path}: missing "article" (the article\'s path, relative to the gold file)')
    for key, fields in _REQUIRED.items():
        items = gold.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(f'{path}: "{key}" must be a list of objects')
        for n, item in enumerate(items):
            for alternatives in fields:
                if not any(item.get(f) for f in alternatives.split("|")):
                    wanted = " or ".join(f'"{f}"' for f in alternatives.split("|"))
                    raise InputError(f"{path}: {key}[{n}] has no {wanted}")
    forbid = gold.get("forbid", [])
    if not isinstance(forbid, list) or not all(isinstance(c, str) and c in EVENT_CLASSES for c in forbid):
        raise InputError(f'{path}: "forbid" must be a list of {", ".join(EVENT_CLASSES)}')
    return gold


def gold_files(gold_dir: Path) -> list[Path]:
    """The *.gold.json files of a folder, sorted; an error if there are none."""
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such directory")
    found = sorted(gold_dir.glob("*.gold.json"))
    if not found:
        raise InputError(f"{gold_dir}: no *.gold.json files in this directory")
    return found


def evaluate_file(gold_path: Path) -> ArticleResult:
    """Build one gold file's article with kg and score its graph."""
    from kg import pipeline, rdf, read

    gold = load_gold(gold_path)
    article = gold_path.parent / gold["article"]
    if not article.is_file():
        raise InputError(f"{gold_path}: article {article} not found")
    graph = rdf.union(pipeline.build([read.read_file(article)]))
    scores, mismatches = score_graph(graph, gold)
    return ArticleResult(gold_path.name, str(article), scores, mismatches)


def evaluate(gold_dir: Path, on_article: Callable[[ArticleResult], None] | None = None) -> Report:
    """Score every gold-annotated article of a folder; totals are counts summed over articles."""
    results = []
    for gold_path in gold_files(gold_dir):
        results.append(evaluate_file(gold_path))
        if on_article:
            on_article(results[-1])
    return Report(results, total(results))


def total(results: list[ArticleResult]) -> dict[str, Score]:
    """Per-category counts summed over articles, with their micro averages."""
    out: dict[str, Score] = {}
    for c in CATEGORIES:
        found = [r.scores[c] for r in results if c in r.scores]
        if found:
            out[c] = sum(found, Score(0, 0, 0))
    out.update(summarise(out))
    return out


# -- text output ------------------------------------------------------------

def _shorten(text: str, width: int = SENTENCE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def format_table(totals: dict[str, Score]) -> str:
    """One row per category: P R F1 tp pred gold."""
    lines = [f"{'category':12s} {'P':>5s} {'R':>5s} {'F1':>5s} {'tp':>5s} {'pred':>5s} {'gold':>5s}"]
    for name, s in totals.items():
        if name in SUMMARIES and name == next(k for k in totals if k in SUMMARIES):
            lines.append("-" * len(lines[0]))
        lines.append(f"{name:12s} {s.p:5.2f} {s.r:5.2f} {s.f1:5.2f} {s.tp:5d} {s.pred:5d} {s.gold:5d}")
    return "\n".join(lines)


def format_article(result: ArticleResult, width: int = 40) -> str:
    """One line: the gold file with its facts and entities F1 (and events F1 when scored)."""
    shown = [f"{name} F1 {result.scores[name].f1:.2f}" for name in ("facts", "entities", "events")
             if name in result.scores]
    return f"{result.gold_file:{width}s} " + "  ".join(shown)


def format_mismatch(m: Mismatch) -> str:
    """A mismatch on one or two lines: what, and the sentence and rule behind it."""
    line = f"  {m.kind:8s} {m.category:11s} {m.label}"
    if m.sentence or m.rule:
        line += f"\n{'':23s}[{m.rule}] {_shorten(m.sentence)}"
    return line


def format_report(report: Report, show_mismatches: bool = True) -> str:
    """The totals table, one line per article, then (optionally) every mismatch by article."""
    width = max([len(a.gold_file) for a in report.articles] + [8])
    n = len(report.articles)
    parts = [f"totals over {n} article{'s' * (n != 1)}", format_table(report.totals), "",
             *(format_article(a, width) for a in report.articles)]
    if show_mismatches:
        for a in report.articles:
            if a.mismatches:
                parts += ["", f"{a.gold_file}: {len(a.mismatches)} mismatches",
                          *(format_mismatch(m) for m in a.mismatches)]
    return "\n".join(parts) + "\n"


def report_json(report: Report) -> str:
    """The whole report as indented JSON."""
    return json.dumps(report.as_dict(), indent=1, ensure_ascii=False) + "\n"
