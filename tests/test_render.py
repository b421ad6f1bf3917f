"""Tests for kg.view.render: offline, injection-safe, deterministic HTML."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.errors import KgError
from kg.view import describe, reader
from kg.view.data import (
    ArticleData,
    EdgeData,
    EvidenceData,
    FactData,
    NodeData,
    PageData,
    Range,
    SpanData,
    TimelineEntry,
)
from kg.view.describe import safe_href
from kg.view.render import (
    CHROMIUM,
    PAGE_DIR,
    SCRIPT_FILES,
    STYLE_FILES,
    render_html,
    script_json,
    write_html,
    write_png,
)
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
                             "golf bag signed by Hideki Matsuyama", "Rare earths framework",
                             "NEGATED-solid-gold-tank"}
    assert by_label["Sanae Takaichi"]["group"] == "Leader"  # Leader beats Person
    assert by_label["Japan"]["group"] == "Nation"
    assert all(isinstance(n["x"], int) and abs(n["x"]) <= 600 for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False
    assert 'id="physics"' in page


def test_no_evidence_or_article_nodes_and_no_iris(page: str) -> None:
    data = _data(page)
    assert all(n["group"] not in {"Evidence", "Article"} for n in data["nodes"])
    assert "Trump and Takaichi Forge" not in json.dumps(data["nodes"])  # articles are sources, not nodes
    assert data["articles"] == [{"title": "Trump and Takaichi Forge", "file": "data/articles/x.txt",
                                 "href": "data/articles/x.txt", "key": "ab12", "date": None,
                                 "text": False, "spans": []}]  # no text given, no end offset: no span
    assert "example.org" not in page


def test_legend_lists_present_classes_only(page: str) -> None:
    legend = re.search(r'<ul id="legend">(.*?)</ul>', page, flags=re.DOTALL).group(1)
    names = re.findall(r'data-class="([^"]+)"', legend)
    assert names == ["Leader", "Nation", "Agreement", "Gift"]
    assert "Person" not in legend and "Meeting" not in legend
    assert re.findall(r'class="class-filter" value="([^"]+)" checked', legend) == names  # one filter each
    assert legend.count("<svg") == 4 and 'fill="#d62728"' in legend  # shape and colour per class
    assert _data(page)["classes"] == names


def _node(data: dict, label: str) -> dict:
    return next(n for n in data["nodes"] if n["label"] == label)


def _facts(data: dict, label: str) -> list[dict]:
    return [data["facts"][i] for i in _node(data, label)["facts"]]


def test_negated_facts_are_data_but_hidden_by_default(page: str) -> None:
    data = _data(page)
    negated = _node(data, "NEGATED-solid-gold-tank")
    assert negated["negated"] is True and negated["hidden"] is True
    assert all(n["hidden"] is False for n in data["nodes"] if n is not negated)
    assert len(data["edges"]) == 9  # 2 leaderOf + 2 giver/recipient + 2 negated + 2 party + signatory
    fact = next(f for f in _facts(data, "Donald Trump") if f["negated"])
    assert fact["text"] == "Donald Trump did not give Sanae Takaichi a NEGATED-solid-gold-tank"
    assert fact["evidence"][0]["sentence"] == "NEGATED-SENTENCE no tank"
    assert 'id="negated"' in page and "show negated facts" in page


def test_tooltip_is_short_plain_text(page: str) -> None:
    data = _data(page)
    takaichi = _node(data, "Sanae Takaichi")
    assert takaichi["title"].startswith("Leader: Sanae Takaichi\nAlso: Takaichi\ntitle: Prime Minister")
    assert "tooltip_link" not in page


def test_fact_tooltips_and_their_edges_quote_the_evidence_sentence(page: str) -> None:
    data = _data(page)
    gift = next(n for n in data["nodes"] if n["group"] == "Gift" and not n["negated"])
    assert f"Evidence: “{GIFT_SENTENCE}”" in gift["title"]
    giver_edges = [e for e in data["edges"] if e["from"] == gift["id"] and e["label"] == "giver"]
    assert giver_edges and all(e["title"] == f"giver\n{GIFT_SENTENCE}" for e in giver_edges)


def test_own_script_builds_the_page_with_dom_apis_only(page: str) -> None:
    own = page.split("new vis.Network(")[0].rsplit("<script>", 1)[1] + page.split("new vis.Network(")[1]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert sink not in own
    assert "textContent" in own and "window.kgView" in own


def test_alt_labels_are_in_the_node_data_for_search(page: str) -> None:
    data = _data(page)
    assert _node(data, "Japan")["alt"] == ["Japanese", "Tokyo"]
    assert _node(data, "Sanae Takaichi")["name"] == "Sanae Takaichi"
    assert 'id="search"' in page


def test_side_panel_facts_with_evidence_and_source(page: str) -> None:
    data = _data(page)
    texts = [f["text"] for f in _facts(data, "Sanae Takaichi")]
    assert texts[0] == "Sanae Takaichi is Prime Minister of Japan"  # links first, then events
    assert "Sanae Takaichi gave Donald Trump a golf bag signed by Hideki Matsuyama" in texts
    assert "Donald Trump signed an agreement on behalf of Japan and United States" in _facts(data, "Japan")[-1]["text"]
    gift = next(f for f in _facts(data, "golf bag signed by Hideki Matsuyama"))
    assert gift["evidence"] == [{"sentence": GIFT_SENTENCE, "rule": "gift_presented_with", "article": 0}]


def test_edges_labelled_with_relation(page: str) -> None:
    data = _data(page)
    ids = {n["id"]: n["label"] for n in data["nodes"]}
    labelled = {(ids[e["from"]], e["label"], ids[e["to"]]) for e in data["edges"]}
    assert ("Sanae Takaichi", "leader of", "Japan") in labelled
    assert ("golf bag signed by Hideki Matsuyama", "giver", "Sanae Takaichi") in labelled
    assert ("Rare earths framework", "party", "United States") in labelled
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is True


def test_content_security_policy_allows_only_the_pages_own_scripts(page: str) -> None:
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    csp = csp.replace("&#x27;", "'")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


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


def test_unsafe_source_file_is_shown_as_text_not_linked() -> None:
    article = ID["article/ab12"]
    triples = [t for t in _triples() if t[1] != KG.sourceFile] + [
        (article, KG.sourceFile, Literal("javascript:alert(1)"))]
    data = _data(render_html(_graph(triples)))
    assert data["articles"][0]["file"] == "javascript:alert(1)" and data["articles"][0]["href"] is None


@pytest.mark.parametrize("path, href", [
    ("data/articles/x.txt", "data/articles/x.txt"),
    ("article.txt", "article.txt"),
    ("my articles/a#1?.txt", "my%20articles/a%231%3F.txt"),
    ("../shared/a.txt", "../shared/a.txt"),
    ("javascript:alert(1)", None), ("JaVaScRiPt:alert(1)", None), ("data:text/html,x", None),
    ("https://evil.example/a.txt", None), ("file:///etc/passwd", None), ("/etc/passwd", None),
    ("//evil.example/a", None), ("C:\\articles\\a.txt", None), ("a\\b.txt", None),
    ("java\tscript:alert(1)", None), ("a\nb", None), ("", None),
])
def test_safe_href(path: str, href: str | None) -> None:
    assert safe_href(path) == href


def test_safe_href_with_base() -> None:
    assert safe_href("data/a.txt", "..") == "../data/a.txt"
    assert safe_href("javascript:x", "..") is None


def test_write_html_links_sources_relative_to_the_page(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # kg:sourceFile paths are relative to where kg ran
    write_html(_graph(_triples()), Path("exports/graph.html"))
    data = _data((tmp_path / "exports" / "graph.html").read_text(encoding="utf-8"))
    assert data["articles"][0]["href"] == "../data/articles/x.txt"
    write_html(_graph(_triples()), Path("graph.html"))
    assert _data((tmp_path / "graph.html").read_text(encoding="utf-8"))["articles"][0]["href"] == \
        "data/articles/x.txt"


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


# --- plain-English fact sentences (kg.view.describe) -------------------------------------------

A, B, C = ID["person/a"], ID["person/b"], ID["nation/c"]
EVENT, PLACE, TOPIC = ID["event/1"], ID["place/p"], ID["topic/t"]


def _world(*extra: tuple) -> Graph:
    """Two named people, a nation, a place and a topic, plus the triples under test."""
    return _graph([(A, RDFS.label, Literal("Ann Example")), (B, RDFS.label, Literal("Bo Sample")),
                   (B, SKOS.altLabel, Literal("Sample")), (C, RDFS.label, Literal("Freedonia")),
                   (PLACE, RDFS.label, Literal("Grand Hall")),
                   (TOPIC, RDFS.label, Literal("fishing rights")), *extra])


@pytest.mark.parametrize("modality, expected", [
    ("asserted", "Ann Example gave Bo Sample an antique vase"),
    ("pledged", "Ann Example pledged to give Bo Sample an antique vase"),
    ("intended", "Ann Example intends to give Bo Sample an antique vase"),
    ("negated", "Ann Example did not give Bo Sample an antique vase"),
])
def test_gift_sentence(modality: str, expected: str) -> None:
    g = _world((EVENT, KG.giver, A), (EVENT, KG.recipient, B), (EVENT, KG.item, Literal("antique vase")),
               (EVENT, KG.modality, Literal(modality)))
    assert describe.gift(g, EVENT) == expected


def test_gift_sentence_keeps_determiners_and_names_a_missing_giver() -> None:
    g = _world((EVENT, KG.recipient, B), (EVENT, KG.item, Literal("the keys to the city")))
    assert describe.gift(g, EVENT) == "Someone gave Bo Sample the keys to the city"


@pytest.mark.parametrize("triples, expected", [
    ([(EVENT, KG.action, Literal("deliver a $5 billion package")), (EVENT, KG.modality, Literal("pledged"))],
     "Freedonia pledged to deliver a $5 billion package"),
    ([(EVENT, KG.action, Literal("visit the capital")), (EVENT, KG.modality, Literal("intended"))],
     "Freedonia intends to visit the capital"),
    ([(EVENT, KG.action, Literal("support for farmers")), (EVENT, KG.modality, Literal("pledged"))],
     "Freedonia pledged support for farmers"),
    ([(EVENT, KG.action, Literal("aid")), (EVENT, KG.modality, Literal("pledged")),
      (EVENT, KG.amount, Literal("5000000.0")), (EVENT, KG.currency, Literal("USD")),
      (EVENT, KG.beneficiary, A), (EVENT, KG.evidence, ID["ev/n"]), (ID["ev/n"], KG.rule, Literal("commitment_noun"))],
     "Freedonia pledged aid (worth $5 million), for Ann Example"),
    ([(EVENT, KG.action, Literal("nominate Sample for a prize")), (EVENT, KG.beneficiary, B),
      (EVENT, KG.modality, Literal("negated"))],
     "Freedonia did not pledge to nominate Sample for a prize"),  # beneficiary named already
])
def test_commitment_sentence(triples: list, expected: str) -> None:
    g = _world((EVENT, KG.committedBy, C), *triples)
    assert describe.commitment(g, EVENT) == expected


def test_commitment_by_two_is_plural() -> None:
    g = _world((EVENT, KG.committedBy, A), (EVENT, KG.committedBy, B),
               (EVENT, KG.action, Literal("meet again")), (EVENT, KG.modality, Literal("intended")))
    assert describe.commitment(g, EVENT) == "Ann Example and Bo Sample intend to meet again"


def test_agreement_sentence() -> None:
    g = _world((EVENT, KG.signatory, A), (EVENT, KG.signatory, B), (EVENT, KG.party, C),
               (EVENT, KG.topic, TOPIC), (EVENT, KG.location, PLACE), (EVENT, KG.date, Literal("2025-10-28")))
    assert describe.agreement(g, EVENT) == ("Ann Example and Bo Sample signed an agreement on fishing rights "
                                            "on behalf of Freedonia in Grand Hall on 28 October 2025")
    parties_only = _world((EVENT, KG.party, C), (EVENT, KG.modality, Literal("pledged")))
    assert describe.agreement(parties_only, EVENT) == "Freedonia pledged to sign an agreement"


def test_meeting_sentence() -> None:
    g = _world((EVENT, KG.participant, A), (EVENT, KG.participant, B), (EVENT, KG.location, PLACE))
    assert describe.meeting(g, EVENT) == "Ann Example and Bo Sample met at Grand Hall"
    alone = _world((EVENT, KG.participant, A), (EVENT, KG.modality, Literal("intended")))
    assert describe.meeting(alone, EVENT) == "Ann Example intends to hold a meeting"


def test_leader_and_capital_sentences() -> None:
    g = _world((A, KG.title, Literal("President")), (A, KG.leaderOf, C), (PLACE, KG.capitalOf, C))
    assert describe.leader(g, A, C) == "Ann Example is President of Freedonia"
    assert describe.leader(g, B, C) == "Bo Sample is a leader of Freedonia"
    assert describe.capital(g, PLACE, C) == "Grand Hall is the capital of Freedonia"


@pytest.mark.parametrize("phrase, expected", [
    ("vase", "a vase"), ("umbrella", "an umbrella"), ("the vase", "the vase"), ("two vases", "two vases"),
    ("$5 million", "$5 million"), ("", ""),
])
def test_with_article(phrase: str, expected: str) -> None:
    assert describe.with_article(phrase) == expected


def test_join_and_money() -> None:
    assert describe.join(["A"]) == "A" and describe.join(["A", "B"]) == "A and B"
    assert describe.join(["A", "B", "C"]) == "A, B and C"
    assert describe.money("550000000000.0", "USD") == "$550 billion"
    assert describe.money("2500000", "CHF") == "2.5 million CHF"
    assert describe.money("750", "") == "750"


def test_sample_graph_sentences() -> None:
    from kg import export

    g = export.load(Path(__file__).resolve().parent.parent / "exports" / "graph.trig")
    page = render_html(g)
    assert render_html(export.load(Path(__file__).resolve().parent.parent / "exports" / "graph.trig")) == page
    texts = [f["text"] for f in _data(page)["facts"]]
    for expected in ("Sanae Takaichi gave Donald Trump a golf bag signed by Japanese major winner Hideki Matsuyama",
                     "Japan pledged to deliver a $550 billion investment package",
                     "Donald Trump and Sanae Takaichi signed an agreement on rare earths",
                     "Donald Trump is President of United States",
                     "Donald Trump and Sanae Takaichi met at Akasaka Palace"):
        assert any(t.startswith(expected) for t in texts), expected


def test_every_file_of_the_page_is_joined_into_it() -> None:
    """A style or script in kg/view/page/ missing from STYLE_FILES or SCRIPT_FILES would never reach the page."""
    on_disk = sorted(p.name for p in PAGE_DIR.iterdir() if p.suffix in {".css", ".js"})
    assert on_disk == sorted(STYLE_FILES + SCRIPT_FILES)


def test_the_page_data_has_exactly_the_fields_kg_view_data_describes() -> None:
    root = Path(__file__).resolve().parent.parent
    from kg import export

    g = export.load(root / "exports" / "graph.trig")
    data = _data(render_html(g, texts=reader.load_texts(g, root)))
    assert set(data) == PageData.__required_keys__
    for part, shape in (("nodes", NodeData), ("edges", EdgeData), ("facts", FactData), ("articles", ArticleData),
                        ("timeline", TimelineEntry)):
        assert data[part] and all(set(item) == shape.__required_keys__ for item in data[part]), part
    assert all(set(ev) == EvidenceData.__required_keys__ for fact in data["facts"] for ev in fact["evidence"])
    spans = [span for article in data["articles"] for span in article["spans"]]
    assert spans and all(set(span) == SpanData.__required_keys__ for span in spans)
    focused = [span["focus"] for span in spans if span["focus"] is not None]
    assert focused and all(set(focus) == Range.__required_keys__ for focus in focused)


# --- size ---------------------------------------------------------------------------------------

def big_graph(people: int = 150, nations: int = 50, gifts: int = 100) -> Graph:
    """A 300-node graph: leaders of nations who give each other gifts."""
    g = Graph()
    for i in range(nations):
        g.add((ID[f"nation/N{i}"], RDF.type, KG.Nation))
        g.add((ID[f"nation/N{i}"], RDFS.label, Literal(f"Nation {i}")))
    for i in range(people):
        g.add((ID[f"person/p{i}"], RDF.type, KG.Leader))
        g.add((ID[f"person/p{i}"], RDFS.label, Literal(f"Leader {i}")))
        g.add((ID[f"person/p{i}"], KG.leaderOf, ID[f"nation/N{i % nations}"]))
    for i in range(gifts):
        gift = ID[f"gift/g{i}"]
        g.add((gift, RDF.type, KG.Gift))
        g.add((gift, RDFS.label, Literal(f"gift number {i}")))
        g.add((gift, KG.giver, ID[f"person/p{i}"]))
        g.add((gift, KG.recipient, ID[f"person/p{(i * 7 + 3) % people}"]))
    return g


def test_300_nodes_render_with_precomputed_spread_out_layout() -> None:
    data = _data(render_html(big_graph()))
    assert len(data["nodes"]) == 300 and data["options"]["physics"]["enabled"] is False
    points = [(n["x"] / 190, n["y"] / 80) for n in data["nodes"]]
    close = sum(1 for i, (x, y) in enumerate(points) for (u, v) in points[i + 1:]
                if (x - u) ** 2 + (y - v) ** 2 < 0.5 ** 2)
    assert close == 0  # no two captions drawn on top of each other


# --- PNG snapshot ---------------------------------------------------------------------------

def test_write_png_reports_a_missing_page(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no such file"):
        write_png(tmp_path / "nope.html", tmp_path / "x.png")


def _need_playwright() -> None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"playwright is not usable ({exc}): pip install -e '.[dev]'")


def test_write_png_reports_missing_chromium(tmp_path: Path) -> None:
    _need_playwright()
    page = tmp_path / "g.html"
    write_html(_graph(_triples()), page)
    with pytest.raises(KgError, match=r"^Chromium not found at .*nowhere/chromium: install it"):
        write_png(page, tmp_path / "x.png", chromium=tmp_path / "nowhere" / "chromium")
    assert not (tmp_path / "x.png").exists()


def test_write_png_reports_missing_playwright(tmp_path: Path, monkeypatch) -> None:
    page = tmp_path / "g.html"
    write_html(_graph(_triples()), page)
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # import fails like a missing package
    with pytest.raises(KgError, match="needs the playwright package") as info:
        write_png(page, tmp_path / "x.png")
    assert "\n" not in str(info.value)


@pytest.mark.browser
def test_write_png_draws_the_graph(tmp_path: Path) -> None:
    _need_playwright()
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    page, png = tmp_path / "g.html", tmp_path / "out" / "g.png"
    write_html(_graph(_triples()), page)
    write_png(page, png, width=800, height=600, select="Takaichi")
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    assert int.from_bytes(data[16:20], "big") == 800 and int.from_bytes(data[20:24], "big") == 600
    assert [p.name for p in png.parent.iterdir()] == ["g.png"]  # no temp file left


# --- reader data ----------------------------------------------------------------------------

def test_facts_name_their_class_and_node_for_the_reader(page: str) -> None:
    data = _data(page)
    names = {n["id"]: n["name"] for n in data["nodes"]}
    kinds = {(f["kind"], names[f["node"]]) for f in data["facts"]}
    assert ("leaderOf", "Sanae Takaichi") in kinds and ("Agreement", "Rare earths framework") in kinds
    assert ("Gift", "golf bag signed by Hideki Matsuyama") in kinds
    assert data["highlights"]["Gift"] == "#e377c2" and data["textDir"] == "graph.files"
    assert data["timeline"] == []  # no dates in this graph
    assert 'id="reader"' in page and 'id="timeline"' in page
