"""The reader pane's data: evidence offsets point at the evidence, texts are checked before use.

The offset test builds real graphs (spaCy) from the sample article and the development
articles, as they are, with Windows newlines, and with an emoji line after the title, and
checks the text at every stored kg:startOffset/kg:endOffset against the stored sentence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE, SHARED_EVAL, thread_articles
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from kg import export, pipeline, rdf, read
from kg.view import describe, reader
from kg.view.describe import Statement
from kg.view.render import EDGE_PROPS, render_page, side_file, write_html
from kg.vocab import ID, KG

DEV_ARTICLES = SHARED_EVAL / "dev-articles"
EMOJI_LINE = "\U0001F1EF\U0001F1F5 \U0001F91D\U0001F3FD live \U0001D11E updates \U0001F600"


def _sources() -> list[Path]:
    return [SAMPLE, *sorted(DEV_ARTICLES.glob("*.txt"))] if DEV_ARTICLES.is_dir() else [SAMPLE]


def _with_emoji(text: str) -> str:
    """The text with an emoji line (astral characters) inserted after the title line."""
    title, rest = text.split("\n", 1)
    return f"{title}\n{EMOJI_LINE}\n{rest}"


def _variants(source: Path, folder: Path) -> list[Path]:
    """The article as it is, with Windows newlines, and with an emoji line after its title."""
    raw = source.read_bytes().decode("utf-8")
    crlf, emoji = folder / f"{source.stem}-crlf.txt", folder / f"{source.stem}-emoji.txt"
    crlf.write_bytes(raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))
    emoji.write_bytes(_with_emoji(raw).encode("utf-8"))
    return [source, crlf, emoji]


def _evidence(g: Graph) -> list[tuple[URIRef, int, int, str]]:
    """(article, start, end, sentence) of every evidence node, from the RDF."""
    rows = []
    for ev in sorted(g.subjects(RDF.type, KG.Evidence)):
        rows.append((g.value(ev, KG.inArticle), int(g.value(ev, KG.startOffset)), int(g.value(ev, KG.endOffset)),
                     str(g.value(ev, KG.sentence))))
    return rows


@pytest.fixture(scope="module")
def built(nlp_pipeline, tmp_path_factory) -> list[tuple[Path, Graph]]:
    """(file, union graph of its build) for every source article and its two variants."""
    folder = tmp_path_factory.mktemp("variants")
    out = []
    for source in _sources():
        for path in _variants(source, folder):
            ds = pipeline.build([read.read_file(path)])
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            out.append((path, g))
    return out


@pytest.mark.slow
def test_every_stored_offset_points_at_the_stored_evidence(built) -> None:
    checked = 0
    for path, g in built:
        text = read.read_file(path).text
        rows = _evidence(g)
        assert rows or path.parent != SAMPLE.parent, f"{path.name}: no facts built"
        for article, start, end, sentence in rows:
            assert reader.article_key(article) == read.article_id(text)
            assert text[start:end] == sentence, f"{path.name} [{start}:{end}]"
            checked += 1
    sample = len(set(export.load(ROOT / "exports" / "graph.trig").subjects(RDF.type, KG.Evidence)))
    assert sample >= 13  # the sample's evidence sentences, as `make run` exports them
    assert checked >= 3 * sample * (1 + (len(built) > 3))


@pytest.mark.slow
def test_windows_newlines_and_emoji_shift_offsets_but_not_sentences(built) -> None:
    by_name = {path.name: _evidence(g) for path, g in built}
    plain, crlf, emoji = (by_name[f"{SAMPLE.stem}{suffix}.txt"] for suffix in ("", "-crlf", "-emoji"))
    assert sorted(s for *_, s in plain) == sorted(s.replace("\r\n", "\n").replace("\r", "") for *_, s in crlf)
    assert sorted(s for *_, s in plain) == sorted(s for *_, s in emoji)
    late = max(plain, key=lambda r: r[1])
    shifted = next(r for r in emoji if r[3] == late[3])
    assert shifted[1] == late[1] + len(EMOJI_LINE) + 1  # code points, not UTF-16 units or bytes
    crlf_late = next(r for r in crlf if r[3] == late[3])
    assert crlf_late[1] == late[1] + read.read_file(SAMPLE).text[:late[1]].count("\n")  # one more per line


@pytest.mark.slow
def test_the_reader_accepts_each_built_text_and_its_offsets(built) -> None:
    for path, g in built:
        article = next(g.subjects(RDF.type, KG.Article))
        text = reader.source_text(g, article, Path.cwd())
        assert text == read.read_file(path).text, path.name


@pytest.mark.slow
def test_rendered_spans_and_side_file_carry_the_exact_text(built, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path, g = next((p, g) for p, g in built if p.name.endswith("-emoji.txt"))
    write_html(g, tmp_path / "out" / "view.html")
    page = (tmp_path / "out" / "view.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r"var data = (\{.*?\});\n", page).group(1))
    (article,) = data["articles"]
    side = (tmp_path / "out" / "view.files" / f"{article['key']}.js").read_text(encoding="utf-8")
    call = re.fullmatch(r'kgArticle\("([0-9a-f]{16})",(".*")\);\n', side, flags=re.DOTALL)
    assert call and call.group(1) == article["key"]
    text = json.loads(call.group(2))
    assert text == read.read_file(path).text and EMOJI_LINE in text
    sentences = {s for *_, s in _evidence(g)}
    assert article["spans"] and all(text[s["start"]:s["end"]] in sentences for s in article["spans"])
    for s in article["spans"]:
        assert s["focus"] is None or s["start"] <= s["focus"]["start"] < s["focus"]["end"] <= s["end"]


# --- checking the source text ----------------------------------------------------------------

TEXT = "Freedonia and Sylvania sign pact\n\nAnn Example gave Bo Sample an antique vase in Grand Hall.\n"
SENTENCE = "Ann Example gave Bo Sample an antique vase in Grand Hall."
A, B, GIFT, EV = ID["person/a"], ID["person/b"], ID["gift/1"], ID["evidence/1"]


def _article_graph(text: str, source: str, date: str | None = "2024-05-01") -> tuple[Graph, URIRef]:
    key = read.article_id(text)
    art = ID[f"article/{key}"]
    start = text.index(SENTENCE)
    g = Graph()
    for triple in [(art, RDF.type, KG.Article), (art, DCTERMS.title, Literal("A vase")),
                   (art, KG.sourceFile, Literal(source)),
                   (A, RDF.type, KG.Person), (A, RDFS.label, Literal("Ann Example")),
                   (B, RDF.type, KG.Person), (B, RDFS.label, Literal("Bo Sample")),
                   (GIFT, RDF.type, KG.Gift), (GIFT, RDFS.label, Literal("antique vase")),
                   (GIFT, KG.item, Literal("antique vase")), (GIFT, KG.giver, A), (GIFT, KG.recipient, B),
                   (GIFT, KG.evidence, EV), (EV, RDF.type, KG.Evidence), (EV, KG.sentence, Literal(SENTENCE)),
                   (EV, KG.startOffset, Literal(start)), (EV, KG.endOffset, Literal(start + len(SENTENCE))),
                   (EV, KG.rule, Literal("gift_given")), (EV, KG.confidence, Literal(0.85)),
                   (EV, KG.inArticle, art)]:
        g.add(triple)
    if date:
        g.add((art, KG.date, Literal(date)))
    return g, art


def test_load_texts_reads_relative_and_absolute_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    g, _ = _article_graph(TEXT, "a.txt")
    assert reader.load_texts(g, tmp_path) == {read.article_id(TEXT): TEXT}
    g, _ = _article_graph(TEXT, str(tmp_path / "a.txt"))
    assert reader.load_texts(g, Path("/nonexistent")) == {read.article_id(TEXT): TEXT}


@pytest.mark.parametrize("change", ["edited", "missing", "whitespace", "not-an-article", "stdin"])
def test_changed_or_missing_sources_give_no_text(tmp_path: Path, change: str) -> None:
    path = tmp_path / "a.txt"
    g, _ = _article_graph(TEXT, "a.txt")
    if change == "edited":
        path.write_text(TEXT.replace("antique", "ancient"), encoding="utf-8")
    elif change == "whitespace":  # same id (whitespace is normalised away), offsets moved
        path.write_text("\n\n" + TEXT, encoding="utf-8")
        assert read.article_id(path.read_text(encoding="utf-8")) == read.article_id(TEXT)
    elif change == "not-an-article":
        path = tmp_path / "a.bin"
        path.write_text(TEXT, encoding="utf-8")
        g, _ = _article_graph(TEXT, "a.bin")
    elif change == "stdin":
        g, _ = _article_graph(TEXT, "<stdin>")
    assert reader.load_texts(g, tmp_path) == {}


def test_article_key_refuses_unsafe_ids() -> None:
    assert reader.article_key(ID["article/2f2375c305d98979"]) == "2f2375c305d98979"
    for bad in ("article/..", "article/a.b", "article/a%2Fb", "article/a b", "article/" + "a" * 65):
        assert reader.article_key(URIRef("https://example.org/kg/id/" + bad)) is None


def test_focus_is_the_fact_s_own_words() -> None:
    g, _ = _article_graph(TEXT, "a.txt")
    (st,) = [s for s in describe.statements(g, {A, B, GIFT}, EDGE_PROPS) if s.kind == "Gift"]
    start = TEXT.index(SENTENCE)
    fs, fe = reader.find_focus(TEXT, start, start + len(SENTENCE), reader.focus_patterns(g, st))
    assert TEXT[fs:fe] == "antique vase"
    assert reader.find_focus(TEXT, 0, 10, reader.focus_patterns(g, st)) is None


def test_timeline_uses_event_date_else_article_date() -> None:
    g, art = _article_graph(TEXT, "a.txt")
    found = describe.statements(g, {A, B, GIFT}, EDGE_PROPS)
    spans = reader.spans(g, found, {})
    assert reader.timeline(g, found, spans) == [{"date": "2024-05-01", "fact": 0, "byArticleDate": True}]
    g.add((GIFT, KG.date, Literal("2024-04-30")))
    assert reader.timeline(g, found, spans) == [{"date": "2024-04-30", "fact": 0, "byArticleDate": False}]
    g2, _ = _article_graph(TEXT, "a.txt", date=None)
    assert reader.timeline(g2, found, reader.spans(g2, found, {})) == []


def test_render_page_writes_side_files_only_for_checked_texts(tmp_path: Path) -> None:
    g, _ = _article_graph(TEXT, "a.txt")
    key = read.article_id(TEXT)
    page = render_page(g, texts={key: TEXT}, page_name="my view.html")
    assert list(page.files) == [f"my view.files/{key}.js"]
    data = json.loads(re.search(r"var data = (\{.*?\});\n", page.html).group(1))
    assert data["textDir"] == "my%20view.files" and data["articles"][0]["text"] is True
    csp = re.search(r'content="(default-src[^"]+)"', page.html).group(1).replace("&#x27;", "'")
    assert "script-src 'self' 'sha256-" in csp and "default-src 'none'" in csp
    bare = render_page(g)
    assert bare.files == {} and "'self'" not in bare.html.replace("&#x27;", "'").split("script-src")[1][:10]
    assert TEXT not in page.html  # the text lives in the side file only


def test_side_file_is_escaped_json() -> None:
    evil = "</script><script>alert(1)</script>\u2028<img src=x onerror=alert(1)>"
    body = side_file("abc", evil)
    assert "<" not in body and "\u2028" not in body
    assert json.loads(re.fullmatch(r'kgArticle\("abc",(".*")\);\n', body).group(1)) == evil


def test_write_html_is_deterministic_and_prunes_stale_side_files(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, encoding="utf-8")
    g, _ = _article_graph(TEXT, "a.txt")
    files = tmp_path / "out" / "g.files"
    files.mkdir(parents=True)
    (files / "0000000000000000.js").write_text("stale", encoding="utf-8")
    (files / "notes.txt").write_text("mine", encoding="utf-8")
    write_html(g, Path("out/g.html"))
    first = {p.name: p.read_bytes() for p in sorted((tmp_path / "out").rglob("*")) if p.is_file()}
    assert set(first) == {"g.html", f"{read.article_id(TEXT)}.js", "notes.txt"}
    write_html(g, Path("out/g.html"))
    assert {p.name: p.read_bytes() for p in sorted((tmp_path / "out").rglob("*")) if p.is_file()} == first
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_an_unchanged_side_file_is_left_alone_and_a_damaged_one_rewritten(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, encoding="utf-8")
    g, _ = _article_graph(TEXT, "a.txt")
    write_html(g, Path("out/g.html"))
    side = tmp_path / "out" / "g.files" / f"{read.article_id(TEXT)}.js"
    good, inode = side.read_bytes(), side.stat().st_ino
    write_html(g, Path("out/g.html"))
    assert side.stat().st_ino == inode  # not replaced: the same bytes were already there
    side.write_text("damaged", encoding="utf-8")
    write_html(g, Path("out/g.html"))
    assert side.read_bytes() == good


# --- commitment threads ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def thread_graph(nlp_pipeline, tmp_path_factory) -> Graph:
    """conftest's THREAD_TEXTS built as `kg build` builds them (ledger included), merged as the view merges them."""
    return rdf.union(pipeline.build(thread_articles(tmp_path_factory.mktemp("thread"))))


def _drawn(g: Graph) -> list[Statement]:
    """The facts of the graph, every node drawn."""
    return describe.statements(g, set(describe.iris(g.subjects(RDF.type, None))), EDGE_PROPS)


def test_a_thread_lists_its_reports_as_facts_in_date_order(thread_graph: Graph) -> None:
    found = _drawn(thread_graph)
    (thread,) = reader.threads(thread_graph, found)
    assert thread["label"] == "give Kenya $50 million to build rural schools" and thread["status"] == "in progress"
    reports = thread["reports"]
    assert [(r["date"], r["status"]) for r in reports] == \
        [("2024-01-10", "pledged"), ("2024-03-05", "reaffirmed"), ("2024-06-02", "progress")]
    assert [found[r["fact"]].kind for r in reports] == ["Commitment", "Commitment", "StatusReport"]
    assert found[reports[2]["fact"]].text == \
        "Japan reported progress on a commitment: disbursed $20 million to build rural schools in Kenya"
    assert reports[0]["why"] == "first report of this commitment" and "shared words:" in reports[2]["why"]
    facts, spans = {r["fact"] for r in reports}, reader.spans(thread_graph, found, {})
    assert len({article for article, told in spans.items() for s in told if s.fact in facts}) == 3
    on_timeline = {entry["fact"] for entry in reader.timeline(thread_graph, found, spans)}
    assert facts <= on_timeline  # the status report is on the timeline too


def test_a_thread_needs_two_reports_among_the_drawn_facts(thread_graph: Graph) -> None:
    found = _drawn(thread_graph)
    without_progress = [st for st in found if st.kind != "StatusReport"]
    (thread,) = reader.threads(thread_graph, without_progress)
    assert [r["status"] for r in thread["reports"]] == ["pledged", "reaffirmed"]
    assert all(without_progress[r["fact"]].kind == "Commitment" for r in thread["reports"])
    one_report = [st for st in without_progress if "in the north" not in st.text]
    assert reader.threads(thread_graph, one_report) == []


def test_a_graph_without_a_ledger_has_no_threads() -> None:
    g, _ = _article_graph(TEXT, "a.txt")
    assert reader.threads(g, describe.statements(g, {A, B, GIFT}, EDGE_PROPS)) == []


def test_the_page_hands_over_the_thread_and_stays_byte_identical(thread_graph: Graph) -> None:
    first = render_page(thread_graph).html
    data = json.loads(re.search(r"var data = (\{.*?\});\n", first).group(1))
    (thread,) = data["threads"]
    assert [data["facts"][r["fact"]]["kind"] for r in thread["reports"]] == ["Commitment", "Commitment", "StatusReport"]
    assert render_page(thread_graph).html == first
