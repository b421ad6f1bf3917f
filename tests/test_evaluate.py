"""`kg eval` and kg.evaluate: matching rules, hand-built graphs, agreement with the shared scorer, the CLI."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from kg import cli, evaluate, pipeline, rdf, read
from kg.errors import KgError
from kg.evaluate import Mismatch, Score, name_match, norm, score_graph
from kg.vocab import ID, KG

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles" / "us-japan-rare-earths-summit.txt"
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
DEV_ARTICLES = ["us-central-america-relief-pledge", "us-china-geneva-joint-statement",
                "us-uk-king-charles-state-visit-gift"]


def counts(scores: dict[str, Score]) -> dict[str, tuple[int, int, int]]:
    return {k: (s.tp, s.pred, s.gold) for k, s in scores.items()}


# -- names ------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("The United States", "united states"),
    ("U.S.", "u s"),
    ("Japan’s prime minister", "japan prime minister"),
    ("$550.5 billion", "$550.5 billion"),
    ("  rare-earths,  and   minerals ", "rare earths and minerals"),
    ("2% of GDP", "2% of gdp"),
])
def test_norm(raw, expected):
    assert norm(raw) == expected


@pytest.mark.parametrize("names, gold, expected", [
    ({"japan"}, ["Japan"], True),
    ({"donald trump"}, ["Trump"], True),                 # whole-word containment, 4+ characters
    ({"united states"}, ["US"], False),                  # too short to be contained
    ({"us"}, ["U.S.", "US"], True),                      # but equal is equal
    ({"trumpet player"}, ["Trump"], False),              # not a whole word
    ({"abe"}, ["Shinzo Abe"], False),                    # 3 characters: only equality counts
    ({"sanae takaichi"}, ["", "Takaichi"], True),
    (set(), ["Japan"], False),
])
def test_name_match(names, gold, expected):
    assert name_match(names, gold) is expected


def test_score_ratios():
    assert (Score(0, 0, 0).p, Score(0, 0, 0).r, Score(0, 0, 0).f1) == (1.0, 1.0, 1.0)
    assert Score(0, 2, 0).p == 0.0 and Score(0, 2, 0).f1 == 0.0
    s = Score(1, 2, 4)
    assert (s.p, s.r) == (0.5, 0.25) and s.f1 == pytest.approx(1 / 3)
    assert Score(1, 2, 3) + Score(2, 2, 2) == Score(3, 4, 5)
    assert s.as_dict() == {"tp": 1, "pred": 2, "gold": 4, "p": 0.5, "r": 0.25, "f1": 0.333}


# -- hand-built graphs ------------------------------------------------------

def entity(g: Graph, key: str, cls, label: str, *aliases: str):
    node = ID[key]
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(label)))
    for alias in aliases:
        g.add((node, SKOS.altLabel, Literal(alias)))
    return node


def fact(g: Graph, key: str, cls, label: str, sentence: str, rule: str, **links):
    node = ID[key]
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(label)))
    for prop, value in links.items():
        g.add((node, KG[prop], value))
    ev = ID[f"evidence/{key.replace('/', '-')}"]
    g.add((node, KG.evidence, ev))
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, KG.sentence, Literal(sentence)))
    g.add((ev, KG.rule, Literal(rule)))
    g.add((ev, KG.startOffset, Literal(0)))
    g.add((ev, KG.inArticle, ID["article/abc"]))
    return node


@pytest.fixture
def small_graph() -> Graph:
    g = Graph()
    jpn = entity(g, "nation/JPN", KG.Nation, "Japan", "Tokyo")
    entity(g, "nation/USA", KG.Nation, "United States", "U.S.")
    entity(g, "nation/FRA", KG.Nation, "France")
    takaichi = entity(g, "person/Q1", KG.Leader, "Sanae Takaichi", "Takaichi")
    trump = entity(g, "person/Q2", KG.Leader, "Donald Trump", "Trump")
    g.add((takaichi, KG.leaderOf, jpn))
    fact(g, "gift/1", KG.Gift, "golf bag", "Takaichi gave Trump a golf bag.", "gift_given",
         giver=takaichi, recipient=trump, item=Literal("golf bag"))
    fact(g, "gift/2", KG.Gift, "a present", "Takaichi gave Trump a putter.", "gift_given",
         giver=takaichi, recipient=trump, item=Literal("a present"))
    fact(g, "commitment/1", KG.Commitment, "Japan: raise defence spending", "Japan pledged ...",
         "commitment_pledged", committedBy=jpn, action=Literal("raise defence spending"))
    fact(g, "meeting/1", KG.Meeting, "meeting of Takaichi and Trump", "They met.", "meeting_verb",
         participant=takaichi)
    g.add((ID["meeting/1"], KG.participant, trump))
    return g


SMALL_GOLD = {
    "article": "x.txt",
    "nations": [{"name": "Japan"}, {"name": "United States", "aliases": ["US"]}, {"name": "China"}],
    "leaders": [{"name": "Sanae Takaichi", "aliases": ["Takaichi"], "nation": "Japan"},
                {"name": "Donald Trump", "nation": "United States"}],
    "gifts": [{"item": "golf bag", "key": ["golf bag"], "giver": "Takaichi", "recipient": "Trump"},
              # the putter is named only in the evidence sentence, which is not the node's text
              {"item": "putter", "key": ["putter"], "giver": "Takaichi", "recipient": "Trump"}],
    # Takaichi's commitment is matched by a node committed by Japan, the nation she leads
    "commitments": [{"by": "Sanae Takaichi", "what": "increase defence spending", "key": ["defence"]}],
    "meetings": [{"participants": ["Donald Trump", "Sanae Takaichi"], "optional": True}],
}


def test_small_graph_counts(small_graph):
    scores, _ = score_graph(small_graph, SMALL_GOLD)
    assert counts(scores) == {
        "nations": (2, 3, 3), "leaders": (2, 2, 2), "leader_of": (1, 1, 2), "agreements": (0, 0, 0),
        "gifts": (1, 2, 2), "commitments": (1, 1, 1),
        "meetings": (0, 0, 0),                           # matches an optional item: excused from precision
        "entities": (4, 5, 5), "facts": (3, 4, 5),
    }


def test_small_graph_mismatches(small_graph):
    _, mismatches = score_graph(small_graph, SMALL_GOLD)
    assert Mismatch("nations", "spurious", "France") in mismatches
    assert Mismatch("nations", "missed", "China") in mismatches
    assert Mismatch("leader_of", "missed", "Donald Trump leader of United States") in mismatches
    assert Mismatch("gifts", "missed", "Takaichi -> Trump: putter") in mismatches
    assert Mismatch("gifts", "spurious", "a present", "Takaichi gave Trump a putter.", "gift_given") in mismatches
    assert len(mismatches) == 5


def test_optional_item_not_required_and_unmatched_node_counts(small_graph):
    gold = {"article": "x.txt", "meetings": [{"participants": ["Emmanuel Macron"], "optional": True}]}
    assert counts(score_graph(small_graph, gold)[0])["meetings"] == (0, 1, 0)


def test_events_and_forbid():
    g = Graph()
    hun = entity(g, "nation/HUN", KG.Nation, "Hungary")
    orban = entity(g, "person/Q3", KG.Leader, "Viktor Orbán")
    g.add((orban, KG.leaderOf, hun))
    fact(g, "commitment/1", KG.Commitment, "Orbán: help", "Orbán promised help.", "commitment_pledged",
         committedBy=orban)
    fact(g, "meeting/1", KG.Meeting, "meeting of Orbán", "Orbán met them.", "meeting_verb", participant=orban)
    # a person stands for the nation they lead
    agree = {"article": "x.txt", "events": [{"classes": ["Agreement", "Commitment"], "actors": ["Hungary"]}]}
    scores, mismatches = score_graph(g, agree)
    assert counts(scores) == {"events": (1, 2, 1)}       # sentence-level gold scores events only
    assert mismatches == [Mismatch("events", "spurious", "meeting of Orbán", "Orbán met them.", "meeting_verb")]
    forbid = {"article": "x.txt", "events": [], "forbid": ["Agreement", "Commitment", "Gift"]}
    scores, mismatches = score_graph(g, forbid)
    assert counts(scores) == {"events": (0, 1, 0)}       # the meeting is not forbidden, the commitment is
    assert [m.label for m in mismatches] == ["Orbán: help"]
    with_facts = dict(forbid, commitments=[])
    assert set(score_graph(g, with_facts)[0]) == {*evaluate.CATEGORIES, "entities", "facts"}


# -- gold files -------------------------------------------------------------

@pytest.mark.parametrize("content, fragment", [
    ("{not json", "not valid JSON"),
    ("[]", "JSON object"),
    ('{"nations": []}', 'missing "article"'),
    ('{"article": "a.txt", "gifts": [{"giver": "A", "recipient": "B"}]}', 'gifts[0] has no "item" or "key"'),
    ('{"article": "a.txt", "nations": {"name": "Japan"}}', '"nations" must be a list'),
    ('{"article": "a.txt", "forbid": ["Treaty"]}', '"forbid" must be a list'),
])
def test_load_gold_errors_name_the_file(tmp_path, content, fragment):
    path = tmp_path / "bad.gold.json"
    path.write_text(content)
    with pytest.raises(KgError) as e:
        evaluate.load_gold(path)
    assert str(path) in str(e.value) and fragment in str(e.value)


# -- agreement with the shared scorer ----------------------------------------

@pytest.fixture(scope="module")
def shared_scorer():
    path = SHARED_EVAL / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval/score.py is not here")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, module.load_ontology([ROOT / "ontology"])


@pytest.mark.parametrize("gold_file", [
    "gold/us-japan-rare-earths-summit.gold.json",
    *(f"dev-articles/{name}.gold.json" for name in DEV_ARTICLES),
    "plover-dev/agree-0001.gold.json",
    "plover-dev/assault-0001.gold.json",
])
def test_counts_agree_with_shared_scorer(nlp_pipeline, shared_scorer, gold_file):
    score, onto = shared_scorer
    gold_path = SHARED_EVAL / gold_file
    gold = evaluate.load_gold(gold_path)
    graph = rdf.union(pipeline.build([read.read_file(gold_path.parent / gold["article"])]))
    ours, _ = score_graph(graph, gold)
    theirs = score.score(graph, score.Terms(onto, graph), gold)
    assert ours, gold_file
    assert counts(ours) == {k: (theirs[k]["tp"], theirs[k]["pred"], theirs[k]["gold"]) for k in ours}


# -- the command ------------------------------------------------------------

SAMPLE_GOLD = {
    "nations": [{"name": "Japan"}, {"name": "United States", "aliases": ["US", "U.S."]},
                {"name": "China"}, {"name": "North Korea"}],
    "leaders": [{"name": "Sanae Takaichi", "aliases": ["Takaichi"], "nation": "Japan"},
                {"name": "Donald Trump", "aliases": ["Trump"], "nation": "United States"}],
    "gifts": [{"item": "putter once owned by Shinzo Abe", "key": ["putter"],
               "giver": "Sanae Takaichi", "recipient": "Donald Trump"}],
}


@pytest.fixture
def gold_dir(tmp_path) -> Path:
    """A folder with a copy of the sample article and a gold file for it."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / SAMPLE.name).write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    gold = {"article": f"texts/{SAMPLE.name}", **SAMPLE_GOLD}
    (tmp_path / "sample.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(cli.cli, ["eval", *args], catch_exceptions=False)


def test_eval_prints_table_articles_and_mismatches(nlp_pipeline, gold_dir):
    result = run(str(gold_dir))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "totals over 1 article"
    assert lines[1].split() == ["category", "P", "R", "F1", "tp", "pred", "gold"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:12] if not line.startswith("-")}
    assert list(rows) == ["nations", "leaders", "leader_of", "agreements", "gifts", "commitments",
                          "meetings", "entities", "facts"]
    assert rows["nations"][3:] == ["4", "4", "4"]
    assert rows["gifts"][3:] == ["1", "2", "1"]            # the golf bag is not in this gold file
    assert any(line.startswith("sample.gold.json") and "facts F1" in line for line in lines)
    assert "spurious gifts" in " ".join(result.stdout.split())
    assert "[gift_given]" in result.stdout                 # the rule and sentence behind it
    quiet = run(str(gold_dir), "--no-show-mismatches")
    assert "spurious" not in quiet.stdout and quiet.stdout.splitlines()[:12] == lines[:12]


def test_eval_json_with_two_articles(nlp_pipeline, gold_dir):
    (gold_dir / "again.gold.json").write_text((gold_dir / "sample.gold.json").read_text())
    result = CliRunner().invoke(cli.cli, ["eval", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    assert "articles" in result.stderr                     # the progress bar
    report = json.loads(result.stdout)
    assert list(report) == ["totals", "articles"]
    assert [a["gold_file"] for a in report["articles"]] == ["again.gold.json", "sample.gold.json"]
    one = report["articles"][0]["scores"]
    assert report["totals"]["gifts"]["tp"] == 2 * one["gifts"]["tp"]
    assert list(report["totals"]["facts"]) == ["tp", "pred", "gold", "p", "r", "f1"]
    assert {"category", "kind", "label", "sentence", "rule"} == set(report["articles"][0]["mismatches"][0])


@pytest.mark.parametrize("setup, fragment", [
    (lambda d: d / "nowhere", "no such directory"),
    (lambda d: d, "no *.gold.json files"),
    (lambda d: (d / "a.gold.json").write_text("{oops") and d, "a.gold.json: not valid JSON"),
    (lambda d: (d / "a.gold.json").write_text('{"article": "gone.txt"}') and d, "gone.txt not found"),
])
def test_eval_errors_are_one_line(tmp_path, setup, fragment):
    result = CliRunner().invoke(cli.cli, ["eval", str(setup(tmp_path))])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and fragment in lines[0], result.stderr
