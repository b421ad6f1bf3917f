"""Tests for kg.render: offline, injection-safe, deterministic HTML."""

from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.render import render_html, script_json, write_html
from kg.vocab import ID, KG

XSS_SCRIPT = "</script><script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
GIFT_SENTENCE = "During the visit, Takaichi presented Trump with a golf bag & a putter."

JPN, USA = ID["nation/JPN"], ID["nation/USA"]
TAKAICHI, TRUMP = ID["person/Q1705028"], ID["person/Q22686"]
GIFT, NEG_GIFT, AGREEMENT = ID["gift/123"], ID["gift/999"], ID["agreement/7"]
EV_GIFT, EV_NEG, ARTICLE = ID["evidence/def"], ID["evidence/neg"], ID["article/ab12"]


def _triples() -> list[tuple]:
    """A small extractor-shaped graph: leaders, nations, a gift, a negated gift, an agreement."""
    t = [
        (JPN, RDF.type, KG.Nation), (JPN, RDFS.label, Literal("Japan")),
        (JPN, SKOS.altLabel, Literal("Tokyo")), (JPN, SKOS.altLabel, Literal("Japanese")),
        (USA, RDF.type, KG.Nation), (USA, RDFS.label, Literal("United States")),
        (TAKAICHI, RDF.type, KG.Leader), (TAKAICHI, RDF.type, KG.Person),
        (TAKAICHI, RDFS.label, Literal("Sanae Takaichi")), (TAKAICHI, SKOS.altLabel, Literal("Takaichi")),
        (TAKAICHI, KG.title, Literal("Prime Minister")), (TAKAICHI, KG.leaderOf, JPN),
        (TRUMP, RDF.type, KG.Leader), (TRUMP, RDF.type, KG.Person),
        (TRUMP, RDFS.label, Literal("Donald Trump")), (TRUMP, KG.leaderOf, USA),
        (GIFT, RDF.type, KG.Gift), (GIFT, RDFS.label, Literal("golf bag signed by Hideki Matsuyama")),
        (GIFT, KG.giver, TAKAICHI), (GIFT, KG.recipient, TRUMP),
        (GIFT, KG.item, Literal("golf bag signed by Hideki Matsuyama")),
        (GIFT, KG.modality, Literal("asserted")), (GIFT, KG.evidence, EV_GIFT),
        (EV_GIFT, RDF.type, KG.Evidence), (EV_GIFT, KG.sentence, Literal(GIFT_SENTENCE)),
        (EV_GIFT, KG.rule, Literal("gift_presented_with")),
        (EV_GIFT, KG.startOffset, Literal(1234)),
        (EV_GIFT, KG.confidence, Literal(0.9)), (EV_GIFT, KG.inArticle, ARTICLE),
        (ARTICLE, RDF.type, KG.Article), (ARTICLE, DCTERMS.title, Literal("Trump and Takaichi Forge")),
        (ARTICLE, KG.sourceFile, Literal("data/articles/x.txt")),
        (NEG_GIFT, RDF.type, KG.Gift), (NEG_GIFT, RDFS.label, Literal("NEGATED-solid-gold-tank")),
        (NEG_GIFT, KG.giver, TRUMP), (NEG_GIFT, KG.recipient, TAKAICHI),
        (NEG_GIFT, KG.modality, Literal("negated")), (NEG_GIFT, KG.evidence, EV_NEG),
        (EV_NEG, RDF.type, KG.Evidence), (EV_NEG, KG.sentence, Literal("NEGATED-SENTENCE no tank")),
        (AGREEMENT, RDF.type, KG.Agreement), (AGREEMENT, RDFS.label, Literal("Rare earths framework")),
        (AGREEMENT, KG.party, JPN), (AGREEMENT, KG.party, USA), (AGREEMENT, KG.signatory, TRUMP),
    ]
    return t


def _graph(triples: list[tuple]) -> Graph:
    g = Graph()
    for triple in triples:
        g.add(triple)
    return g


def _data(page: str) -> dict:
    """Pull the embedded vis data back out of the page."""
    match = re.search(r"var data = (\{.*?\});\n", page)
    assert match, "embedded data not found"
    return json.loads(match.group(1))


def _strip_comments(page: str) -> str:
    return re.sub(r"/\*.*?\*/", "", page, flags=re.DOTALL)


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(_graph(_triples()), title="Japan & US <visit>")


def test_offline_no_remote_urls(page: str) -> None:
    body = _strip_comments(page)
    assert "http://" not in body and "https://" not in body
    assert "<link" not in page.lower()
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, flags=re.IGNORECASE)
    assert "visjs.github.io" in page  # licence header kept
    assert "@license" in page and "new vis.Network(" in page


def test_nodes_and_classes(page: str) -> None:
    data = _data(page)
    by_label = {n["label"]: n for n in data["nodes"]}
    assert set(by_label) == {"Japan", "United States", "Sanae Takaichi", "Donald Trump",
                             "golf bag signed by Hideki Matsuyama", "Rare earths framework"}
    assert by_label["Sanae Takaichi"]["group"] == "Leader"  # Leader beats Person
    assert by_label["Japan"]["group"] == "Nation"
    assert all(isinstance(n["x"], int) and abs(n["x"]) <= 600 for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False
    assert 'id="physics"' in page


def test_no_evidence_or_article_nodes_and_no_iris(page: str) -> None:
    data = _data(page)
    assert all(n["group"] not in {"Evidence", "Article"} for n in data["nodes"])
    assert "Trump and Takaichi Forge" not in json.dumps(data)
    assert "example.org" not in page


def test_legend_lists_present_classes_only(page: str) -> None:
    legend = re.search(r'<ul id="legend">(.*?)</ul>', page, flags=re.DOTALL).group(1)
    names = re.findall(r'data-class="([^"]+)"', legend)
    assert names == ["Leader", "Nation", "Agreement", "Gift"]
    assert "Person" not in legend and "Meeting" not in legend


def test_negated_facts_hidden(page: str) -> None:
    assert "NEGATED" not in page
    data = _data(page)
    assert len(data["edges"]) == 7  # 2 leaderOf + giver/recipient + 2 party + signatory


def test_tooltip_has_evidence_and_details(page: str) -> None:
    data = _data(page)
    gift = next(n for n in data["nodes"] if n["group"] == "Gift")
    assert GIFT_SENTENCE in gift["title"]
    assert "[gift_presented_with]" in gift["title"]
    takaichi = next(n for n in data["nodes"] if n["label"] == "Sanae Takaichi")
    assert "Prime Minister" in takaichi["title"] and "Takaichi" in takaichi["title"]
    assert "tooltip_link" not in page and "innerHTML" not in page.split("new vis.Network(")[1]


def test_edges_labelled_with_property_names(page: str) -> None:
    data = _data(page)
    ids = {n["id"]: n["label"] for n in data["nodes"]}
    labelled = {(ids[e["from"]], e["label"], ids[e["to"]]) for e in data["edges"]}
    assert ("Sanae Takaichi", "leaderOf", "Japan") in labelled
    assert ("golf bag signed by Hideki Matsuyama", "giver", "Sanae Takaichi") in labelled
    assert ("Rare earths framework", "party", "United States") in labelled
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is True


def test_title_is_escaped(page: str) -> None:
    assert "<h1>Japan &amp; US &lt;visit&gt;</h1>" in page
    assert "<title>Japan &amp; US &lt;visit&gt;</title>" in page


def test_markup_in_article_text_cannot_escape() -> None:
    triples = _triples() + [
        (TRUMP, SKOS.altLabel, Literal(XSS_IMG)),
        (ID["person/evil"], RDF.type, KG.Person),
        (ID["person/evil"], RDFS.label, Literal(XSS_SCRIPT + " \u2028 https://evil.example/x")),
    ]
    page = render_html(_graph(triples))
    assert "</script><script>alert" not in page
    assert "<img src=x" not in page
    assert "\u2028" not in page
    assert "https://evil" not in page
    assert script_json(XSS_SCRIPT)[1:-1] in page  # present, as escaped JSON
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    tooltips = " ".join(n["title"] for n in _data(page)["nodes"])
    assert XSS_SCRIPT + " \u2028 https://evil.example/x" in tooltips  # text survives as data
    assert page.lower().count("</script>") == 2  # only the two real closing tags


def test_deterministic_across_renders_and_insertion_order() -> None:
    triples = _triples()
    first = render_html(_graph(triples))
    assert render_html(_graph(triples)) == first
    shuffled = list(triples)
    random.Random(7).shuffle(shuffled)
    assert render_html(_graph(shuffled)) == first


def test_dataset_uses_union_of_named_graphs() -> None:
    triples = _triples()
    ds = Dataset()
    for i, triple in enumerate(triples):
        ds.graph(URIRef(f"urn:x-test:g{i % 3}")).add(triple)
    assert render_html(ds) == render_html(_graph(triples))


def test_empty_graph_renders() -> None:
    page = render_html(Graph())
    assert _data(page)["nodes"] == [] and '<ul id="legend">' in page


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_write_html_atomic(tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.html"
    write_html(_graph(_triples()), target, title="Diplomacy graph")
    assert target.exists()
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]  # no temp file left
    parser = _Collector()
    parser.feed(target.read_text(encoding="utf-8"))
    assert "html" in parser.tags and "h1" in parser.tags
    assert "Diplomacy graph" in "".join(parser.text)
    write_html(_graph(_triples()[:4]), target, title="Second")  # replaces in place
    assert "Second" in target.read_text(encoding="utf-8")
