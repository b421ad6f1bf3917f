"""A synthetic, seeded N-Quads dataset shaped like kg's output, at any size.

Each article is a named graph holding an `kg:Article` node, about ten entities
drawn from a shared pool (nations and leaders from kg's gazetteer, invented
people, places, organisations), facts of the four event classes with labels,
modality, confidence, dates, amounts and targets, and `kg:Evidence` nodes with
sentence, offsets, rule, confidence and article — the same IRIs and datatypes
`kg/rdf.py` writes. Articles are added until the union graph holds at least
the requested number of distinct triples.

    python benchmarks/synthetic.py -o /tmp/kg-1m.nq --triples 1000000 --seed 42
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GAZETTEER = REPO / "data/gazetteer"

ID = "https://example.org/kg/id/"
KG = "https://example.org/kg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
SAME = "<http://www.w3.org/2002/07/owl#sameAs>"
TITLE = "<http://purl.org/dc/terms/title>"

WORDS = ("the president and prime minister met in the capital to discuss trade security energy climate "
         "cooperation investment partnership agreement signed pledged announced support commitment "
         "minerals defence spending summit leaders talks bilateral relations visit state joint statement "
         "billion million development infrastructure health vaccines ports shipbuilding semiconductors "
         "during on with for of to a new historic strong continued regional global economic shared "
         "values democracy peace stability ministers delegation welcomed reaffirmed expanded").split()
FIRST = ("Anna Ben Carla David Elena Farid Grace Hiro Ines Jonas Kemal Lena Marco Nadia Omar Priya "
         "Rafael Sofia Tomas Ursula Victor Wen Yusuf Zara").split()
LAST = ("Adams Baker Costa Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lopez Moreau "
        "Nakamura Okafor Petrov Rossi Santos Tanaka Umar Varga Weber Xu Yilmaz Zhou").split()
RULES = {"Agreement": "agreement_signed", "Gift": "gift_given", "Meeting": "meeting_noun",
         "Commitment": "commitment_pledged"}
CLASS_WEIGHTS = {"Commitment": 40, "Meeting": 25, "Agreement": 20, "Gift": 15}
MODALITY = {"Agreement": ["asserted"], "Gift": ["asserted", "pledged"], "Meeting": ["asserted"],
            "Commitment": ["pledged", "pledged", "intended"]}


def iri(path: str) -> str:
    return f"<{ID}{path}>"


def kg(term: str) -> str:
    return f"<{KG}{term}>"


def lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Entity:
    """A pool entity: its IRI, class(es), label and the extra (shared) triples it carries."""

    node: str
    classes: tuple[str, ...]
    label: str
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Pool:
    """The shared entities articles draw from."""

    nations: list[Entity]
    leaders: list[tuple[Entity, str]]  # (leader, nation IRI)
    people: list[Entity]
    places: list[Entity]
    organizations: list[Entity]


def make_pool(rng: random.Random) -> Pool:
    """Nations and leaders from the gazetteer; people, places and organisations invented."""
    with open(GAZETTEER / "nations.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    nations, places = [], []
    for r in rows:
        alts = tuple((ALT, lit(a)) for a in r["aliases"].split(";") if a)
        nations.append(Entity(iri(f"nation/{r['iso3']}"), ("Nation",), r["name"], alts))
        for capital in r["capitals"].split(";")[:1]:
            if capital:
                places.append(Entity(iri(f"place/{slug(capital)}"), ("Place",), capital,
                                     ((kg("capitalOf"), iri(f"nation/{r['iso3']}")),)))
    with open(GAZETTEER / "leaders.csv", encoding="utf-8") as f:
        leader_rows = sorted(csv.DictReader(f), key=lambda r: r["wikidata"])
    leaders = []
    for r in rng.sample(leader_rows, min(800, len(leader_rows))):
        extra = [(SAME, f"<http://www.wikidata.org/entity/{r['wikidata']}>"), (kg("title"), lit(r["office"]))]
        extra += [(ALT, lit(a)) for a in r["aliases"].split(";") if a]
        leaders.append((Entity(iri(f"person/{r['wikidata']}"), ("Leader", "Person"), r["name"], tuple(extra)),
                        iri(f"nation/{r['country_iso3']}")))
    people = [Entity(iri(f"person/{slug(n)}"), ("Person",), n)
              for n in sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2000)})]
    places += [Entity(iri(f"place/{slug(n)}"), ("Place",), n)
               for n in sorted({f"{rng.choice(LAST)} {rng.choice(['Palace', 'House', 'Hall', 'Centre'])}"
                                for _ in range(300)})]
    organizations = [Entity(iri(f"organization/{slug(n)}"), ("Organization",), n)
                     for n in sorted({f"{rng.choice(['United', 'Global', 'Pacific', 'Atlantic'])} "
                                      f"{rng.choice(['Council', 'Alliance', 'Fund', 'Forum', 'Bank'])}"
                                      for _ in range(40)})]
    return Pool(nations, leaders, people, places, organizations)


class ArticleWriter:
    """Collects one article graph's quads; remembers which entity triples it has seen anywhere."""

    def __init__(self, graph: str, shared: set[str]) -> None:
        self.graph, self.shared, self.lines, self.new = graph, shared, [], 0

    def add(self, s: str, p: str, o: str, shared: bool = False) -> None:
        triple = f"{s} {p} {o}"
        self.lines.append(f"{triple} {self.graph} .\n")
        if not shared:
            self.new += 1
        elif triple not in self.shared:
            self.shared.add(triple)
            self.new += 1

    def entity(self, e: Entity) -> None:
        for cls in e.classes:
            self.add(e.node, TYPE, kg(cls), shared=True)
        self.add(e.node, LABEL, lit(e.label), shared=True)
        for p, o in e.extra:
            self.add(e.node, p, o, shared=True)


def sentence(rng: random.Random, names: list[str]) -> str:
    words = rng.choices(WORDS, k=rng.randint(15, 40))
    for name in names:
        words.insert(rng.randrange(len(words)), name)
    return " ".join(words).capitalize() + "."


def write_article(w: ArticleWriter, rng: random.Random, pool: Pool, aid: str, day: date) -> None:
    """One article's graph: metadata, entities, leaderOf with evidence, 1-9 events with evidence."""
    article = iri(f"article/{aid}")
    w.add(article, TYPE, kg("Article"))
    w.add(article, TITLE, lit(sentence(rng, [])[:80]))
    w.add(article, kg("sourceFile"), lit(f"synthetic/{aid}.txt"))
    w.add(article, kg("date"), typed(day.isoformat(), "date"))
    offset = 0

    def evidence(subject: str, rule: str, names: list[str]) -> None:
        nonlocal offset
        text = sentence(rng, names)
        start, end = offset, offset + len(text)
        offset = end + 1
        node = iri(f"evidence/{aid}-{start}-{end}-{rule}")
        w.add(subject, kg("evidence"), node)
        w.add(node, TYPE, kg("Evidence"))
        w.add(node, kg("sentence"), lit(text))
        w.add(node, kg("startOffset"), typed(start, "integer"))
        w.add(node, kg("endOffset"), typed(end, "integer"))
        w.add(node, kg("rule"), lit(rule))
        w.add(node, kg("confidence"), typed(rng.choice(["0.6", "0.7", "0.8", "0.85", "0.9"]), "decimal"))
        w.add(node, kg("inArticle"), article)

    nations = rng.sample(pool.nations, rng.randint(2, 4))
    leaders = rng.sample(pool.leaders, rng.randint(1, 3))
    people = rng.sample(pool.people, rng.randint(1, 3))
    places = rng.sample(pool.places, rng.randint(0, 2))
    orgs = rng.sample(pool.organizations, rng.randint(0, 1))
    for e in nations + people + places + orgs:
        w.entity(e)
    for leader, nation in leaders:
        w.entity(leader)
        w.add(leader.node, kg("leaderOf"), nation, shared=True)
        evidence(leader.node, "leader_of_gazetteer", [leader.label])
    actors = [e for e in nations] + [leader for leader, _ in leaders]
    for _ in range(rng.randint(1, 9)):
        cls = rng.choices(list(CLASS_WEIGHTS), weights=list(CLASS_WEIGHTS.values()))[0]
        who = rng.sample(actors, min(len(actors), rng.randint(1, 3)))
        names = " and ".join(e.label for e in who)
        node = iri(f"{cls.lower()}/{digest(aid, cls, offset, names)}")
        w.add(node, TYPE, kg(cls))
        w.add(node, kg("modality"), lit(rng.choice(MODALITY[cls])))
        w.add(node, kg("confidence"), typed(rng.choice(["0.65", "0.7", "0.8", "0.85", "0.94"]), "decimal"))
        if rng.random() < 0.3:
            w.add(node, kg("date"), typed((day + timedelta(days=rng.randint(-3, 3))).isoformat(), "date"))
        where = rng.choice(places) if places and rng.random() < 0.5 else None
        if cls == "Agreement":
            topic = " ".join(rng.choices(WORDS, k=3))
            w.add(node, LABEL, lit(f"agreement on {topic} ({names})"))
            for e in who:
                w.add(node, kg("party" if "Nation" in e.classes else "signatory"), e.node)
            topic_node = iri(f"topic/{digest(topic)}")
            w.add(node, kg("topic"), topic_node)
            w.add(topic_node, TYPE, kg("Topic"), shared=True)
            w.add(topic_node, LABEL, lit(topic), shared=True)
        elif cls == "Gift":
            item = " ".join(rng.choices(WORDS, k=rng.randint(2, 8)))
            w.add(node, LABEL, lit(item))
            w.add(node, kg("item"), lit(item))
            w.add(node, kg("giver"), who[0].node)
            w.add(node, kg("recipient"), rng.choice(actors + people).node)
        elif cls == "Commitment":
            action = " ".join(rng.choices(WORDS, k=rng.randint(4, 14)))
            w.add(node, LABEL, lit(f"{names}: {action}"))
            w.add(node, kg("action"), lit(action))
            for e in who:
                w.add(node, kg("committedBy"), e.node)
            if rng.random() < 0.2:
                w.add(node, kg("amount"), typed(f"{rng.randint(1, 900)}000000.0", "decimal"))
                w.add(node, kg("currency"), lit(rng.choice(["USD", "EUR", "JPY"])))
            if rng.random() < 0.1:
                w.add(node, kg("targetValue"), typed(f"{rng.randint(1, 5)}.0", "decimal"))
                w.add(node, kg("unit"), lit("% of GDP"))
            if rng.random() < 0.3:
                w.add(node, kg("beneficiary"), rng.choice(actors).node)
        else:
            w.add(node, LABEL, lit(f"meeting of {names}"))
            for e in who:
                w.add(node, kg("participant"), e.node)
        if where:
            w.add(node, kg("location"), where.node)
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            evidence(node, RULES[cls], [e.label for e in who])


@dataclass(frozen=True, slots=True)
class Stats:
    """What was written: articles, quads (statements) and distinct triples of the union graph."""

    articles: int
    quads: int
    triples: int


def generate(out: Path, triples: int = 1_000_000, seed: int = 42) -> Stats:
    """Write articles to `out` (N-Quads) until the union graph has at least `triples` distinct triples."""
    rng = random.Random(seed)
    pool = make_pool(rng)
    shared: set[str] = set()
    articles = quads = distinct = 0
    start = date(2021, 1, 1)
    with open(out, "w", encoding="utf-8") as f:
        while distinct < triples:
            aid = digest("synthetic", seed, articles)
            w = ArticleWriter(iri(f"article/{aid}"), shared)
            write_article(w, rng, pool, aid, start + timedelta(days=rng.randint(0, 1900)))
            f.writelines(w.lines)
            articles, quads, distinct = articles + 1, quads + len(w.lines), distinct + w.new
    return Stats(articles, quads, distinct)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True, help="N-Quads file to write")
    parser.add_argument("--triples", type=int, default=1_000_000, help="at least this many distinct triples")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    stats = generate(args.output, args.triples, args.seed)
    print(f"wrote {args.output}: {stats.articles:,} articles, {stats.quads:,} quads, {stats.triples:,} triples")


if __name__ == "__main__":
    main()
