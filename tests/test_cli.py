"""The `kg` command through click's CliRunner: help, exit codes, one-line errors, outputs."""

from __future__ import annotations

import csv
import inspect
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import cli, export, query
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
GRAPH = "exports/graph.trig"  # relative, as in the Makefile; tests run from the repo root
COMMANDS = sorted(cli.cli.commands)


@pytest.fixture(autouse=True)
def in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.fixture
def kg():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli.cli, list(args), catch_exceptions=False)
    return invoke


def first_line(doc: str) -> str:
    return " ".join(inspect.cleandoc(doc).splitlines()[0].split())


def flat(text: str) -> str:
    return " ".join(text.split())


def assert_one_line_error(result, *fragments: str) -> str:
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert result.stdout == "", "errors go to stderr"
    return lines[0]


def test_commands_are_the_documented_ones():
    assert set(COMMANDS) == {"build", "add", "remove", "list", "query", "view", "export", "validate",
                             "stats", "path", "eval", "push", "pull", "serve", "ledger"}


def test_group_help(kg):
    result = kg("--help")
    assert result.exit_code == 0
    assert first_line(cli.cli.callback.__doc__) in flat(result.output)
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help(kg, name):
    command = cli.cli.commands[name]
    result = kg(name, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ")
    assert first_line(command.callback.__doc__) in flat(result.output)


def test_version(kg):
    result = kg("--version")
    assert result.exit_code == 0
    assert "version" in result.output


def test_query_list_names_every_bundled_query(kg):
    result = kg("query", "--list")
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.output.splitlines() if line.strip()}
    assert listed == set(query.named_queries())
    for text in query.named_queries().values():
        assert query.describe(text) in result.output


def test_query_by_name(kg):
    result = kg("query", "--name", "leaders", "--graph", GRAPH)
    assert result.exit_code == 0, result.output
    assert "Donald Trump" in result.stdout
    assert result.stdout.splitlines()[0].split() == ["leader", "title", "nation"]


def test_query_csv(kg):
    result = kg("query", "--name", "leaders", "--graph", GRAPH, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {"Donald Trump", "Sanae Takaichi"} <= {r["leader"] for r in rows}


def test_query_json(kg):
    result = kg("query", "--name", "gifts", "--graph", GRAPH, "--format", "json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert len(records) >= 2
    assert all(set(r) == {"giver", "item", "recipient", "evidence"} for r in records)


def test_query_text_and_file(kg, tmp_path):
    text = "PREFIX kg: <https://example.org/kg/ontology#> ASK { ?g a kg:Gift }"
    inline = kg("query", text, "--graph", GRAPH, "--format", "csv")
    assert inline.exit_code == 0 and inline.stdout == "answer\ntrue\n"
    rq = tmp_path / "q.rq"
    rq.write_text(text)
    from_file = kg("query", "-f", str(rq), "--graph", GRAPH, "--format", "csv")
    assert from_file.exit_code == 0 and from_file.stdout == inline.stdout


@pytest.mark.parametrize("args", [
    ("--graph", GRAPH),                                         # no query at all
    ("--name", "leaders", "SELECT * WHERE { ?s ?p ?o }", "--graph", GRAPH),  # two queries
])
def test_query_usage_errors(kg, args):
    result = kg("query", *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_query_service_is_a_one_line_error(kg):
    result = kg("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--graph", GRAPH)
    assert result.exit_code == 1
    assert_one_line_error(result, "SERVICE")


def test_query_syntax_error_is_a_one_line_error(kg):
    result = kg("query", "SELECT * WHERE { ?s ?p }", "--graph", GRAPH)
    assert result.exit_code == 1
    assert_one_line_error(result, "line 1", "column")


def test_unknown_bundled_query_is_a_one_line_error(kg):
    result = kg("query", "--name", "nope", "--graph", GRAPH)
    assert result.exit_code == 1
    assert_one_line_error(result, "nope", "leaders")


@pytest.mark.parametrize("command", [
    ("query", "--name", "leaders"),
    ("view", "-o", "{tmp}/v.html"),
    ("export", "-o", "{tmp}/x.nt"),
    ("stats",),
    ("path", "Takaichi", "Trump"),
])
def test_missing_graph_is_one_error_line_naming_the_file(kg, tmp_path, command):
    missing = tmp_path / "no-such-graph.trig"
    args = [a.format(tmp=tmp_path) for a in command]
    result = kg(*args, "--graph", str(missing))
    assert result.exit_code == 1
    assert_one_line_error(result, str(missing))
    assert sorted(p.name for p in tmp_path.iterdir()) == [], "nothing is written"


@pytest.mark.parametrize("command, name, content, code", [
    ("validate", "no-such-graph.trig", None, 2),
    ("stats", "bad.ttl", "this is not turtle\n", 1),
    ("validate", "bad.trig", "<a> <b> {\n", 2),
])
def test_bad_graph_is_one_error_line(kg, tmp_path, command, name, content, code):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    result = kg(command, "--graph", str(path))
    assert result.exit_code == code
    assert_one_line_error(result, str(path))


def test_export_unknown_extension(kg, tmp_path):
    result = kg("export", "--graph", GRAPH, "-o", str(tmp_path / "x.xyz"))
    assert result.exit_code == 1
    assert_one_line_error(result, "unknown graph format", "x.xyz")
    assert not (tmp_path / "x.xyz").exists()


@pytest.mark.parametrize("command", ["export", "view"])
@pytest.mark.parametrize("blocker", ["directory", "file"])
def test_an_output_that_cannot_be_written_is_a_one_line_error(kg, tmp_path, command, blocker):
    if blocker == "directory":  # the output path is a folder
        out = tmp_path / ("x.html" if command == "view" else "x.ttl")
        out.mkdir()
    else:  # a file stands where a folder of the output path should be
        (tmp_path / "f").write_text("", encoding="utf-8")
        out = tmp_path / "f" / ("x.html" if command == "view" else "x.ttl")
    result = kg(command, "--graph", GRAPH, "-o", str(out))
    assert result.exit_code == 1
    assert_one_line_error(result, str(out.parent if blocker == "file" else out.name))


def test_export_writes_every_output(kg, tmp_path):
    nq, jsonld = tmp_path / "tmp" / "x.nq", tmp_path / "tmp" / "x.jsonld"
    result = kg("export", "--graph", GRAPH, "-o", str(nq), "-o", str(jsonld))
    assert result.exit_code == 0, result.output
    assert f"wrote {nq}" in result.stderr and f"wrote {jsonld}" in result.stderr
    source = export.load(Path(GRAPH))
    for out in (nq, jsonld):
        assert out.is_file()
        assert len(export.load(out)) == len(source)


def test_export_html(kg, tmp_path):
    out = tmp_path / "g.html"
    result = kg("export", "--graph", GRAPH, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "<html" in out.read_text(encoding="utf-8").lower()


def test_view(kg, tmp_path):
    out = tmp_path / "view.html"
    result = kg("view", "--graph", GRAPH, "-o", str(out), "--title", "Summit graph")
    assert result.exit_code == 0, result.output
    assert "Summit graph" in out.read_text(encoding="utf-8")


def test_validate_sample_exits_0(kg):
    result = kg("validate", "--graph", GRAPH)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


def test_validate_violations_exit_1(kg, tmp_path):
    ds = export.load(Path(GRAPH))
    for graph in list(ds.graphs()):
        graph.remove((None, KG.giver, None))
    assert not list(ds.quads((None, KG.giver, None, None)))
    broken = tmp_path / "broken.trig"
    export.write(ds, broken)
    result = kg("validate", "--graph", str(broken))
    assert result.exit_code == 1
    assert "violation" in result.stdout and "giver" in result.stdout
    assert "evidence:" in result.stdout


def test_stats(kg):
    result = kg("stats", "--graph", GRAPH, "--top", "2")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("triples: ")
    assert any(line.split()[:1] == ["Leader"] for line in lines)
    assert "Leader" in result.stdout
    assert len(lines) - lines.index("most central:") - 1 == 2


def test_path(kg):
    result = kg("path", "Takaichi", "Trump", "--graph", GRAPH)
    assert result.exit_code == 0, result.output
    line = result.stdout.strip()
    assert line.startswith("Sanae Takaichi") and line.endswith("Donald Trump")


def test_path_unknown_name(kg):
    result = kg("path", "Takaichi", "Nobody Known", "--graph", GRAPH)
    assert result.exit_code == 1
    assert_one_line_error(result, "Nobody Known")


def test_build_missing_input_is_one_error_line(kg, tmp_path):
    out = tmp_path / "g.trig"
    result = kg("build", "no/such/article.txt", "-o", str(out))
    assert result.exit_code == 1
    assert_one_line_error(result, "no/such/article.txt")
    assert not out.exists()


def test_build_unknown_output_extension_fails_before_reading(kg, tmp_path):
    result = kg("build", "no/such/article.txt", "-o", str(tmp_path / "g.xyz"))
    assert result.exit_code == 1
    assert_one_line_error(result, "unknown graph format")


def test_query_without_graph_or_store_is_one_error_line(kg, tmp_path):
    missing = tmp_path / "no-store"
    result = kg("query", "--name", "leaders", "--store", str(missing))
    assert result.exit_code == 1
    assert_one_line_error(result, "no store here yet")


@pytest.mark.parametrize("command", [["query", "--name", "leaders"], ["list"], ["stats"], ["export", "-o", "x.nq"]])
def test_reading_a_store_being_written_is_one_error_line(kg, tmp_path, command):
    from kg.store import Store

    with Store(tmp_path / "store", writable=True):
        result = kg(*command, "--store", str(tmp_path / "store"))
    assert result.exit_code == 1
    assert_one_line_error(result, "another process (kg add or kg remove) is writing the store")


def test_build_without_input_is_a_usage_error(kg, tmp_path):
    result = kg("build", "-o", str(tmp_path / "g.trig"))
    assert result.exit_code == 2


def test_build_from_stdin(kg, tmp_path):
    out = tmp_path / "stdin.ttl"
    result = runner_input(kg, ["build", "-", "-o", str(out)],
                          "Talks\nUS President Donald Trump met Japan's prime minister Sanae Takaichi in Tokyo.\n")
    assert result.exit_code == 0, result.output
    assert "Sanae Takaichi" in out.read_text()


def test_stdin_is_decoded_like_a_file_and_the_rest_still_goes_in(kg, tmp_path):
    (tmp_path / "good.txt").write_text("Talks\nThe leaders met in Lima.\n", encoding="utf-8")
    out = tmp_path / "out.nq"
    latin1 = "Café talks\nChilean President Ana Ruiz met Peru's Prime Minister Luis Soto.\n".encode("latin-1")
    result = runner_input(kg, ["build", "-", str(tmp_path / "good.txt"), "-o", str(out)], latin1)
    assert result.exit_code == 0, result.output
    assert "<stdin>: not UTF-8" in result.stderr and "Traceback" not in result.output
    assert "Café talks" in out.read_text(encoding="utf-8")


def test_a_query_file_that_is_not_utf8_is_a_usage_error(kg, tmp_path):
    rq = tmp_path / "latin.rq"
    rq.write_bytes(b'SELECT * WHERE { ?s ?p "caf\xe9" }')
    result = kg("query", "--graph", GRAPH, "-f", str(rq))
    assert result.exit_code == 2 and "not UTF-8" in result.stderr and "Traceback" not in result.output


def test_min_confidence_leaves_out_weak_facts(kg):
    everything = kg("query", "--name", "timeline", "--graph", GRAPH, "--format", "csv")
    strong = kg("query", "--name", "timeline", "--graph", GRAPH, "--format", "csv", "--min-confidence", "0.8")
    none = kg("query", "--name", "timeline", "--graph", GRAPH, "--format", "csv", "--min-confidence", "1")
    assert everything.exit_code == strong.exit_code == none.exit_code == 0
    assert len(none.output.splitlines()) == 1 < len(strong.output.splitlines()) < len(everything.output.splitlines())


def test_build_date_option_sets_the_article_date(kg, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks\nUS President Donald Trump met Japan's prime minister Sanae Takaichi on Monday.\n")
    out = tmp_path / "a.ttl"
    result = kg("build", str(article), "-o", str(out), "--date", "2025-10-28")
    assert result.exit_code == 0, result.output
    assert '"2025-10-27"^^xsd:date' in out.read_text()


def runner_input(kg, args, text):
    from click.testing import CliRunner

    from kg.cli import cli
    return CliRunner().invoke(cli, args, input=text)


def test_add_list_remove_round_trip(kg, tmp_path):
    store = str(tmp_path / "store")
    other = tmp_path / "other.txt"
    other.write_text("Talks\nKenya and Germany signed a pact on migration in Berlin.\n")
    assert kg("add", "data/articles", str(other), "--store", store, "--jobs", "1").exit_code == 0
    again = kg("add", "data/articles", "--store", store, "--jobs", "1")
    assert again.exit_code == 0
    listing = kg("list", "--store", store)
    assert listing.exit_code == 0 and "(2 articles)" in listing.output
    assert "us-japan-rare-earths-summit.txt" in listing.output
    removed = kg("remove", str(other), "--store", store)
    assert removed.exit_code == 0 and "other.txt" in removed.output
    leaders = kg("query", "--name", "leaders", "--store", store)
    assert "Sanae Takaichi" in leaders.output
    assert "(1 article)" in kg("list", "--store", store).output


def test_some_inputs_unreadable_exit_3_and_the_rest_go_in(kg, tmp_path):
    store = str(tmp_path / "store")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = kg("add", "data/articles", str(empty), "missing.txt", "--store", store, "--jobs", "1")
    assert result.exit_code == 3
    assert "2 of 3 input(s) could not be read" in result.output
    assert "(1 article)" in kg("list", "--store", store).output


def test_parallel_add_gives_the_same_graph(kg, tmp_path):
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    texts = tmp_path / "articles"
    texts.mkdir()
    for i, line in enumerate(["Kenya and Germany signed a pact on migration in Berlin.",
                              "France signed a trade deal with Canada.",
                              "US President Donald Trump met Japan's prime minister Sanae Takaichi in Tokyo."]):
        (texts / f"a{i}.txt").write_text(f"Title {i}\n{line}\n")
    assert kg("add", str(texts), "--store", one, "--jobs", "1").exit_code == 0
    assert kg("add", str(texts), "--store", two, "--jobs", "2").exit_code == 0
    out1, out2 = tmp_path / "1.nq", tmp_path / "2.nq"
    kg("export", "--store", one, "-o", str(out1))
    kg("export", "--store", two, "-o", str(out2))
    assert out1.read_bytes() == out2.read_bytes()
