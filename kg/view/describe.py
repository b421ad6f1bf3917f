"""What the HTML view's side panel says: facts in plain English, their evidence and sources.

One small function per fact class turns an event node (or a ``leaderOf``/``capitalOf``
link) into a sentence such as "A gave B a vase" or "A is President of B". The
sentences are plain text: the page shows them with ``textContent``, never as markup.
Everything is sorted, so the same graph always gives the same sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import quote

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.lexicon import COMMITMENT_NOUNS
from kg.view.data import ArticleSource, EvidenceData, FactData
from kg.vocab import EVENT_CLASSES, KG

#: Words that already determine a noun phrase, so no "a"/"an" is put in front.
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                "these", "those", "some", "two", "three", "four", "five", "several", "many", "one"}
#: Prepositions after which a commitment noun heads a noun phrase ("support for X").
_NOUN_PREPS = {"for", "of", "to", "in", "on", "towards", "toward", "worth"}
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
MAX_EVIDENCE, MAX_SENTENCE_CHARS = 3, 400
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_UNSAFE_PATH_RE = re.compile(r"[\x00-\x1f\x7f\\]")


@dataclass(frozen=True)
class Statement:
    """One fact in plain English, the rendered nodes it concerns and its evidence nodes."""

    text: str
    negated: bool
    nodes: tuple[URIRef, ...]
    evidence: tuple[URIRef, ...]
    #: The fact's class for colouring: "Agreement", "Gift", "Commitment", "Meeting", "leaderOf", "capitalOf".
    kind: str = ""


def texts(g: Graph, node: Node, prop: URIRef) -> list[str]:
    """Distinct string values of a property, sorted so output never depends on store order."""
    return sorted({str(o) for o in g.objects(node, prop)})


def label(g: Graph, node: Node) -> str:
    """Human label; falls back to the IRI's last segment so no full IRI leaks into the page."""
    labels = texts(g, node, RDFS.label)
    return labels[0] if labels else re.split(r"[/#]", str(node).rstrip("/#"))[-1]


def modality(g: Graph, node: Node) -> str:
    """The node's kg:modality in lower case ("asserted" when it has none)."""
    values = [v.strip().lower() for v in texts(g, node, KG.modality)]
    return "negated" if "negated" in values else (values[0] if values else "asserted")


def iris(nodes: Iterable[Node]) -> list[URIRef]:
    """The IRIs among graph nodes, sorted (kg names every entity, fact and evidence by IRI)."""
    return sorted(n for n in nodes if isinstance(n, URIRef))


def iri_pairs(g: Graph, prop: URIRef) -> list[tuple[URIRef, URIRef]]:
    """(subject, object) of a property where both are IRIs, sorted."""
    return sorted((s, o) for s, o in g.subject_objects(prop) if isinstance(s, URIRef) and isinstance(o, URIRef))


def number(value: Node) -> float:
    """A literal's value as a float (a confidence, an offset)."""
    return float(str(value))


def join(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _names(g: Graph, node: URIRef, prop: URIRef) -> list[str]:
    """Sorted labels of the nodes a property links to."""
    return sorted({label(g, o) for o in g.objects(node, prop) if isinstance(o, URIRef)})


def _who(names: list[str], nobody: str = "Someone") -> tuple[str, bool]:
    """Sentence subject and whether it is plural."""
    return (join(names), len(names) > 1) if names else (nobody, False)


def verb(mod: str, plural: bool, past: str, base: str) -> str:
    """The verb phrase for a modality: "gave", "pledged to give", "intends to give", "did not give"."""
    if mod == "pledged":
        return f"pledged to {base}"
    if mod == "intended":
        return f"{'intend' if plural else 'intends'} to {base}"
    if mod == "negated":
        return f"did not {base}"
    return past


def with_article(phrase: str) -> str:
    """Put "a"/"an" before a bare noun phrase ("vase" -> "a vase"; "the vase" stays)."""
    first = phrase.split(" ", 1)[0].lower() if phrase else ""
    if not first or first in _DETERMINERS or not first[0].isalpha():
        return phrase
    return ("an " if first[0] in "aeiou" else "a ") + phrase


def _when_where(g: Graph, node: URIRef, at: str = "in") -> str:
    """" in Place on 1 May 2025" from kg:location and kg:date, or ""."""
    places = _names(g, node, KG.location)
    where = f" {at} {join(places)}" if places else ""
    dates = texts(g, node, KG.date)
    return where + (f" on {_date(dates[0])}" if dates else "")


def _date(value: str) -> str:
    """"2025-10-28" -> "28 October 2025"; anything else unchanged."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day.day} {day:%B %Y}"


def money(amount: str, currency: str) -> str:
    """"550000000000.0", "USD" -> "$550 billion"; other currencies keep their code."""
    try:
        value = float(amount)
    except ValueError:
        return f"{amount} {currency}".strip()
    scaled = next((f"{value / size:g} {word}" for size, word in _SCALES if value >= size), f"{value:,.0f}")
    symbol = _SYMBOLS.get(currency, "")
    return f"{symbol}{scaled}" if symbol else f"{scaled} {currency}".strip()


def gift(g: Graph, node: URIRef) -> str:
    """"A gave B a vase" (or "pledged to give", "intends to give", "did not give")."""
    givers, recipients = _names(g, node, KG.giver), _names(g, node, KG.recipient)
    items = texts(g, node, KG.item) or [label(g, node)]
    subject, plural = _who(givers)
    to = f" {join(recipients)}" if recipients else ""
    return f"{subject} {verb(modality(g, node), plural, 'gave', 'give')}{to} {with_article(items[0])}"


def _is_noun_action(g: Graph, node: URIRef, action: str) -> bool:
    """Whether a commitment's action is a noun phrase ("support for X") rather than a verb phrase."""
    rules = {r for ev in g.objects(node, KG.evidence) for r in texts(g, ev, KG.rule)}
    if rules and rules <= {"commitment_noun"}:
        return True
    words = action.lower().split()
    return bool(words) and (words[0][:1] in "$€£¥0123456789"
                            or (words[0] in COMMITMENT_NOUNS and len(words) > 1 and words[1] in _NOUN_PREPS))


def commitment(g: Graph, node: URIRef) -> str:
    """"A pledged to do X" / "A pledged support for X", with its beneficiary and amount if not said."""
    action = (texts(g, node, KG.action) or [label(g, node)])[0]
    subject, plural = _who(_names(g, node, KG.committedBy))
    mod, noun = modality(g, node), _is_noun_action(g, node, action)
    if noun:
        said = "pledged" if mod == "pledged" else verb(mod, plural, "offered", "offer")
    else:
        said = {"pledged": "pledged to", "negated": "did not pledge to",
                "intended": "intend to" if plural else "intends to"}.get(mod, "committed to")
    text = f"{subject} {said} {action}"
    amounts = texts(g, node, KG.amount)
    if amounts and not re.search(r"\d", action):
        text += f" (worth {money(amounts[0], (texts(g, node, KG.currency) or [''])[0])})"
    helped = sorted(label(g, b) for b in set(g.objects(node, KG.beneficiary))
                    if isinstance(b, URIRef) and not _mentioned(g, b, action))
    return text + (f", for {join(helped)}" if helped else "")


def _mentioned(g: Graph, node: URIRef, text: str) -> bool:
    """Whether any of the node's names occurs in the text as whole words."""
    names = [label(g, node), *texts(g, node, SKOS.altLabel)]
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text, re.IGNORECASE) for n in names if n)


def agreement(g: Graph, node: URIRef) -> str:
    """"A and B signed an agreement on X on behalf of C and D in Place"."""
    signatories, parties = _names(g, node, KG.signatory), _names(g, node, KG.party)
    subject, plural = _who(signatories or parties)
    topics = _names(g, node, KG.topic)
    what = f"an agreement on {join(topics)}" if topics else "an agreement"
    behalf = f" on behalf of {join(parties)}" if signatories and parties and parties != signatories else ""
    return f"{subject} {verb(modality(g, node), plural, 'signed', 'sign')} {what}{behalf}{_when_where(g, node)}"


def meeting(g: Graph, node: URIRef) -> str:
    """"A and B met at Place on 1 May 2025" ("A held a meeting" with one participant)."""
    subject, plural = _who(_names(g, node, KG.participant))
    if plural:
        action = verb(modality(g, node), True, "met", "meet")
    else:
        action = verb(modality(g, node), False, "held a meeting", "hold a meeting")
    return f"{subject} {action}{_when_where(g, node, 'at')}"


def leader(g: Graph, person: URIRef, nation: URIRef) -> str:
    """"A is President of B" (or "A is a leader of B" without a title)."""
    titles = texts(g, person, KG.title)
    role = titles[0] if titles else "a leader"
    return f"{label(g, person)} is {role} of {label(g, nation)}"


def capital(g: Graph, place: URIRef, nation: URIRef) -> str:
    """"A is the capital of B"."""
    return f"{label(g, place)} is the capital of {label(g, nation)}"


#: How a status report says where a commitment stands, by its kg:status.
_STATUS_SAID = {"progress": "reported progress on", "fulfilled": "fulfilled", "revised": "revised",
                "withdrawn": "withdrew from", "reaffirmed": "reaffirmed"}


def status_report(g: Graph, node: URIRef) -> str:
    """"A reported progress on a commitment: disbursed $20 million to X" (the ledger links it to the
    commitment it tells of; the page shows that thread)."""
    subject, _plural = _who(_names(g, node, KG.committedBy))
    said = next((_STATUS_SAID[s] for s in texts(g, node, KG.status) if s in _STATUS_SAID), "reported on")
    return f"{subject} {said} a commitment: {(texts(g, node, KG.action) or [label(g, node)])[0]}"


#: Event classes and the function that says each in plain English, in panel order; status reports
#: (not events of their own, but reports of a commitment) come last.
EVENTS: dict[URIRef, Callable[[Graph, URIRef], str]] = {
    **dict(zip(EVENT_CLASSES, (agreement, gift, commitment, meeting), strict=True)), KG.StatusReport: status_report}


def statements(g: Graph, drawn: set[URIRef], links: tuple[URIRef, ...]) -> list[Statement]:
    """Every fact about the drawn nodes in plain English: links first, then events by class."""
    found: list[tuple[int, Statement]] = []
    for person, nation in iri_pairs(g, KG.leaderOf):
        if person in drawn and nation in drawn:
            evidence = tuple(iris(g.objects(person, KG.evidence)))
            found.append((0, Statement(leader(g, person, nation), False, (person, nation), evidence, "leaderOf")))
    for place, nation in iri_pairs(g, KG.capitalOf):
        if place in drawn and nation in drawn:
            found.append((0, Statement(capital(g, place, nation), False, (place, nation), (), "capitalOf")))
    for rank, (cls, say) in enumerate(EVENTS.items(), start=1):
        for node in iris(n for n in g.subjects(RDF.type, cls) if n in drawn):
            linked = {o for p in links for o in iris(g.objects(node, p)) if o in drawn}
            evidence = tuple(iris(g.objects(node, KG.evidence)))
            found.append((rank, Statement(say(g, node), modality(g, node) == "negated",
                                          (node, *sorted(linked - {node})), evidence, cls.split("#")[-1])))
    return [s for _, s in sorted(found, key=lambda rs: (rs[0], rs[1].text, rs[1].nodes))]


def safe_href(path: str, base: str = "") -> str | None:
    """A relative link for a kg:sourceFile value, or None if it is absolute, has a scheme or control chars."""
    if not path or _SCHEME_RE.match(path) or path.startswith("/") or _UNSAFE_PATH_RE.search(path):
        return None
    quoted = quote(path, safe="/._-~")
    return f"{base.rstrip('/')}/{quoted}" if base else quoted


def _article(g: Graph, article: URIRef, base: str) -> ArticleSource:
    """Title, kg:sourceFile and a safe relative link (or None) of an article."""
    titles = texts(g, article, DCTERMS.title) or [label(g, article)]
    files = texts(g, article, KG.sourceFile)
    file = files[0] if files else ""
    return {"title": titles[0], "file": file, "href": safe_href(file, base)}


def _evidence(g: Graph, evidence: tuple[URIRef, ...], articles: dict[URIRef, int]) -> list[EvidenceData]:
    """Up to MAX_EVIDENCE distinct sentences with rules and article index, most confident first."""
    seen: dict[str, tuple[float, set[str], int]] = {}
    for ev in evidence:
        conf = max((number(c) for c in g.objects(ev, KG.confidence)), default=0.0)
        found = sorted(articles[a] for a in iris(g.objects(ev, KG.inArticle)) if a in articles)
        for sentence in texts(g, ev, KG.sentence):
            key = " ".join(sentence.split())
            old_conf, rules, article = seen.get(key, (0.0, set(), -1))
            article = found[0] if article < 0 and found else article
            seen[key] = (max(conf, old_conf), rules | set(texts(g, ev, KG.rule)), article)
    ranked = sorted(seen.items(), key=lambda kv: (-kv[1][0], kv[0]))[:MAX_EVIDENCE]
    return [{"sentence": s if len(s) <= MAX_SENTENCE_CHARS else s[: MAX_SENTENCE_CHARS - 1] + "…",
             "rule": ", ".join(sorted(rules)), "article": article} for s, (_c, rules, article) in ranked]


def article_iris(g: Graph) -> list[URIRef]:
    """Every article of the graph (typed kg:Article or named by evidence), sorted by IRI."""
    named = {a for a in g.objects(None, KG.inArticle) if isinstance(a, URIRef)}
    typed = {a for a in g.subjects(RDF.type, KG.Article) if isinstance(a, URIRef)}
    return sorted(named | typed)


def panel(g: Graph, drawn: list[URIRef], links: tuple[URIRef, ...], link_base: str = "",
          found: list[Statement] | None = None,
          ) -> tuple[list[FactData], dict[URIRef, list[int]], list[ArticleSource]]:
    """The side panel's data: facts with evidence, each drawn node's fact indices, and the articles.

    Each fact also names its class (``kind``) and the index in ``drawn`` of the node it is
    about (``node``: the event, or the leader of a ``leaderOf``). ``found`` reuses statements
    already computed with :func:`statements`.
    """
    iris = article_iris(g)
    articles = {a: i for i, a in enumerate(iris)}
    index = {node: i for i, node in enumerate(drawn)}
    facts: list[FactData] = []
    fact_ids: dict[URIRef, list[int]] = {node: [] for node in drawn}
    for i, st in enumerate(statements(g, set(drawn), links) if found is None else found):
        facts.append({"text": st.text, "negated": st.negated, "kind": st.kind, "node": index[st.nodes[0]],
                      "evidence": _evidence(g, st.evidence, articles)})
        for node in st.nodes:
            fact_ids[node].append(i)
    return facts, fact_ids, [_article(g, a, link_base) for a in iris]
