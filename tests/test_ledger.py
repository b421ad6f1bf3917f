"""The commitment ledger: linking reports into threads (model-free), and the ledger end to end."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Dataset, Literal, URIRef, namespace

from kg import layout, ledger, rdf
from kg.cli import cli
from kg.facts import Status
from kg.ledger import Report
from kg.store import Store
from kg.vocab import ID, KG, LEDGER_GRAPH

USA, JPN = "https://example.org/kg/id/nation/USA", "https://example.org/kg/id/nation/JPN"


def report(n: int, action: str, status: Status = Status.PLEDGED, side: str = USA, date: str = "",
           amount: int | None = None) -> Report:
    money = (Decimal(amount), "USD") if amount is not None else None
    return Report(f"r{n}", status, action, {side}, money, date)


def threads_of(*reports: Report) -> list[list[str]]:
    return [[r.iri for r, _ in t.reports] for t in ledger.link(reports)]


def test_a_pledge_and_its_progress_are_one_thread():
    pledge = report(1, "donate 80 million vaccine doses to countries in need", date="2021-05-17")
    progress = report(2, "shipped 40 million of the 80 million vaccine doses", Status.PROGRESS, date="2021-06-21")
    assert threads_of(pledge, progress) == [["r1", "r2"]]


def test_the_same_sum_and_a_word_link_two_reports():
    first = report(1, "mobilize $200 billion for the infrastructure partnership", date="2022-06-26", amount=200 * 10**9)
    again = report(2, "mobilize $200 billion globally by 2027", date="2023-06-08", amount=200 * 10**9)
    assert threads_of(first, again) == [["r1", "r2"]]


def test_different_committers_are_different_commitments():
    assert threads_of(report(1, "open an embassy in Vanuatu", date="2023-01-01"),
                      report(2, "open an embassy in Vanuatu", side=JPN, date="2023-02-01")) == [["r1"], ["r2"]]


def test_different_places_are_different_commitments():
    vanuatu = report(1, "open an embassy in Vanuatu in 2024", date="2023-09-25")
    solomon = report(2, "reopen its embassy in Solomon Islands", date="2023-10-01")
    assert threads_of(vanuatu, solomon) == [["r1"], ["r2"]]


def test_an_additional_promise_is_a_new_commitment():
    first = report(1, "train Ukrainian pilots on fighter aircraft", date="2023-05-21")
    more = report(2, "train an additional 18 Ukrainian pilots on fighter aircraft", date="2024-09-01")
    assert threads_of(first, more) == [["r1"], ["r2"]]


def test_a_different_sum_is_a_different_commitment_unless_revised_or_part():
    pledge = report(1, "provide $6 billion to the global health fund", date="2022-01-01", amount=6 * 10**9)
    other = report(2, "provide $9 billion to the global health fund", date="2022-06-01", amount=9 * 10**9)
    part = report(3, "disbursed $2 billion to the global health fund", Status.PROGRESS, date="2023-01-01",
                  amount=2 * 10**9)
    bigger = report(4, "increased its pledge to the global health fund to $7 billion", Status.REVISED,
                    date="2024-01-01", amount=7 * 10**9)
    assert threads_of(pledge, other, part, bigger) == [["r1", "r3", "r4"], ["r2"]]


def test_a_weak_chain_does_not_link_through_a_middle_report():
    """B is like A and C like B, but C is compared with A (the anchor) alone."""
    a = report(1, "build ports and railways in the region", date="2021-01-01")
    b = report(2, "build railways and bridges in the region", date="2021-06-01")
    c = report(3, "build bridges and schools", date="2022-01-01")
    assert threads_of(a, b, c) == [["r1", "r2"], ["r3"]]


def test_statuses_and_where_a_thread_stands():
    pledge = report(1, "rejoin the Paris Agreement", date="2021-01-20")
    again = report(2, "rejoin the Paris Agreement quickly", date="2021-02-01")
    left = report(3, "withdraw from the Paris Agreement", Status.WITHDRAWN, date="2025-01-20")
    graph = ledger.ledger_graph(ledger.link([pledge, again, left]))
    assert [str(graph.value(URIRef(r), KG.status)) for r in ("r1", "r2", "r3")] == \
        ["pledged", "reaffirmed", "withdrawn"]
    (thread,) = graph.subjects(KG.currentStatus, None)
    assert str(graph.value(thread, KG.currentStatus)) == "withdrawn"
    assert "shared words: agreement, paris, rejoin" in str(graph.value(URIRef("r2"), KG.linkReason))


def test_two_promises_that_share_only_the_place_they_name_are_two():
    forum = report(1, "redouble our commitment to the Pacific Islands Forum by appointing an envoy", date="2022-07-12")
    climate = report(2, "continue to work with the Pacific Islands on sea-level rise", date="2023-09-25")
    left = report(3, "withdraw from the Paris Climate Accord", Status.WITHDRAWN, date="2025-01-20")
    joined = report(0, "begun the process of rejoining the Paris Climate Agreement", Status.PROGRESS,
                    date="2021-02-04")
    assert threads_of(forum, climate) == [["r1"], ["r2"]]
    health = report(4, "provide health security assistance to save lives", date="2021-05-17")
    israel = report(5, "extend the necessary security assistance to Israel", date="2024-03-11")
    assert threads_of(health, israel) == [["r4"], ["r5"]]  # "security assistance" is every donor's
    assert threads_of(joined, left) == [["r0", "r3"]]  # a named accord is the thing promised


def test_plurals_verb_forms_and_hyphened_words_meet_their_plain_forms():
    pledge = report(1, "a total $6 billion three-year pledge to the health fund", date="2022-08-28", amount=6 * 10**9)
    again = report(2, "pledge of $6 billion over three years", date="2024-11-19", amount=6 * 10**9)
    embassies = report(3, "open new embassies in Vanuatu", date="2023-01-01")
    embassy = report(4, "opened an embassy in Vanuatu", Status.FULFILLED, date="2024-08-27")
    assert threads_of(pledge, again) == [["r1", "r2"]]
    assert threads_of(embassies, embassy) == [["r3", "r4"]]
    goal = report(5, "mobilize $200 billion for the partnership", date="2022-06-26", amount=200 * 10**9)
    advanced = report(6, "mobilizing $200 billion for infrastructure investment by 2027", date="2024-03-11",
                      amount=200 * 10**9)
    assert threads_of(goal, advanced) == [["r5", "r6"]]


def test_an_article_telling_a_commitment_twice_gives_it_one_status_and_reasons_name_the_committer():
    pledge = report(1, "rejoin the Paris Agreement", date="2021-01-20")
    pledge.article = "a1"
    repeated = report(2, "rejoin the Paris Agreement on day one", date="2021-01-20")
    repeated.article = "a1"
    later = report(3, "rejoin the Paris Agreement quickly", date="2021-02-01")
    graph = ledger.ledger_graph(ledger.link([pledge, repeated, later]))
    assert [str(graph.value(URIRef(r), KG.status)) for r in ("r1", "r2", "r3")] == \
        ["pledged", "pledged", "reaffirmed"]
    assert str(graph.value(URIRef("r3"), KG.linkReason)).startswith("same committer (nation/USA)")


def test_the_ledger_across_articles_end_to_end(tmp_path: Path):
    pledge, progress = tmp_path / "2024-01-10-pledge.txt", tmp_path / "2024-06-02-progress.txt"
    pledge.write_text("Kenya pledges aid\n\nJapan pledged to give Kenya $50 million to build rural schools.\n")
    progress.write_text("Schools aid\n\nJapan has disbursed $20 million to build rural schools in Kenya.\n")
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(cli, ["add", "--store", str(store), "-j", "1", str(pledge), str(progress)]).exit_code == 0
    shown = runner.invoke(cli, ["ledger", "--store", str(store), "rural schools"])
    assert shown.exit_code == 0, shown.output
    lines = [line.split() for line in shown.output.splitlines() if line.startswith("  2024")]
    assert [line[:2] for line in lines] == [["2024-01-10", "pledged"], ["2024-06-02", "progress"]]
    listed = runner.invoke(cli, ["query", "--store", str(store), "--name", "ledger", "--format", "csv"])
    assert "Japan" in listed.output and ",in progress,2024-06-02,2" in listed.output
    removed = runner.invoke(cli, ["remove", "--store", str(store), str(progress)])
    assert removed.exit_code == 0
    again = runner.invoke(cli, ["ledger", "--store", str(store), "rural schools"])
    assert "now pledged; 1 report(s)" in again.output


def test_kg_add_and_kg_remove_keep_the_ledger_a_recompute_would_give(tmp_path: Path):
    """Articles added by separate commands and one removed: after each, the store's ledger is the
    full recompute's."""
    texts = {"2024-01-10-pledge.txt": "Kenya pledges aid\n\nJapan pledged to give Kenya $50 million to build "
                                      "rural schools.\n",
             "2024-02-01-other.txt": "Ports\n\nCanada pledged $10 million to repair the ports of Ghana.\n",
             "2024-06-02-progress.txt": "Schools aid\n\nJapan has disbursed $20 million to build rural schools "
                                        "in Kenya.\n"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    store, runner = tmp_path / "store", CliRunner()
    for command in (["add", *[str(tmp_path / n) for n in list(texts)[:2]]], ["add", str(tmp_path / list(texts)[2])],
                    ["remove", str(tmp_path / list(texts)[0])]):
        result = runner.invoke(cli, [command[0], "--store", str(store), *command[1:]])
        assert result.exit_code == 0, result.output
        with Store(store) as stored:
            assert stored_ledger(stored) == ntriples(layout.ox_triples(ledger.compute(stored.oxigraph)))
            assert len(stored_ledger(stored)) > 0


def test_an_unknown_thread_is_one_clear_error(tmp_path: Path):
    result = CliRunner().invoke(cli, ["ledger", "--graph", str(Path(__file__).parent.parent / "exports" /
                                                               "graph.trig"), "no such promise"])
    assert result.exit_code == 1 and "no commitment thread matches 'no such promise'" in result.output


def test_an_agreement_left_is_the_one_joined_whatever_it_is_called():
    joined = report(1, "rejoin the Paris Agreement", date="2021-01-20")
    left = report(2, "withdraw from the Paris Climate Accord", Status.WITHDRAWN, date="2025-01-20")
    assert threads_of(joined, left) == [["r1", "r2"]]


def test_a_part_of_the_promised_figure_is_progress():
    pledge = report(1, "donate 80 million vaccine doses abroad", date="2021-05-17")
    part = report(2, "allocate 80 million vaccine doses abroad", date="2021-06-21")
    part.sentence = "The list names 55 million of the 80 million vaccine doses to allocate abroad."
    graph = ledger.ledger_graph(ledger.link([pledge, part]))
    assert str(graph.value(URIRef("r2"), KG.status)) == "progress"


@pytest.mark.parametrize("promised, amount", [
    ("request a ten-year, $600 million fisheries agreement for the Pacific Islands", 600_000_000),
    # a yearly sum equal to the part, with the whole beside it
    ("request $60 million per year for the next ten years—$600 million in total—for fisheries", 60_000_000),
])
def test_a_smaller_sum_told_beside_the_promised_one_is_progress(promised, amount):
    pledge = report(1, promised, date="2022-07-12", amount=amount)
    part = report(2, "provide the first $60 million under the new 10-year, $600 million fisheries agreement",
                  date="2024-08-27", amount=60_000_000)
    graph = ledger.ledger_graph(ledger.link([pledge, part]))
    assert str(graph.value(URIRef("r2"), KG.status)) == "progress"


def test_a_part_of_the_figure_is_progress_even_after_the_article_said_the_pledge_again():
    pledge = report(1, "donate 80 million vaccine doses abroad", date="2021-05-17")
    again = report(2, "pledged 80 million vaccine doses abroad", date="2021-06-21")
    part = report(3, "allocate 80 million vaccine doses abroad", date="2021-06-21")
    part.sentence = "The list names 55 million of the 80 million vaccine doses to allocate abroad."
    pledge.article, again.article, part.article = "a1", "a2", "a2"
    graph = ledger.ledger_graph(ledger.link([pledge, again, part]))
    assert [str(graph.value(URIRef(r), KG.status)) for r in ("r2", "r3")] == ["reaffirmed", "progress"]


def test_an_agreement_signed_for_the_promised_sum_is_progress_on_the_promise():
    pledge = report(1, "request $60 million a year for ten years, $600 million in total, for a fisheries agreement",
                    date="2022-07-12", amount=60_000_000)
    signed = report(2, "new agreement", Status.PROGRESS, date="2023-09-25")
    signed.joins_only, signed.sentence = True, "They signed a new 10-year, $600 million agreement on fisheries."
    graph = ledger.ledger_graph(ledger.link([pledge, signed]))
    assert threads_of(pledge, signed) == [["r1", "r2"]]
    assert str(graph.value(URIRef("r2"), KG.status)) == "progress"


def test_an_agreement_without_the_promised_sum_joins_no_thread_and_starts_none():
    pledge = report(1, "build a fisheries agreement port for $600 million", date="2022-07-12", amount=600_000_000)
    signed = report(2, "fisheries agreement", Status.PROGRESS, date="2023-09-25")
    signed.joins_only, signed.sentence = True, "They signed a new fisheries agreement worth $90 million."
    assert threads_of(pledge, signed) == [["r1"]]
    assert threads_of(signed) == []


def test_an_agreement_in_a_store_is_read_as_progress_by_its_parties(tmp_path: Path):
    pledge = ("2024-01-10", [(frozenset({RUR}), "build rural schools for $50 million", 50, "")], False, True)
    signed = ("2024-06-02", [(frozenset({RUR, FRE}), "build rural schools", 50, "agreement"),
                             (frozenset({RUR, FRE}), "build rural roads", None, "agreement")], False, True)
    with Store(tmp_path / "s", writable=True) as store:
        apply(store, [("add", 0, pledge), ("add", 1, signed)])
        assert_as_if_recomputed(store)
        on_threads = {(t[0], t[2]) for t in stored_ledger(store) if t[1] == f"<{KG.report}>"}
        assert {report for _, report in on_threads} == {f"<{ID['report/a0-0']}>", f"<{ID['report/a1-0']}>"}
        assert (f"<{ID['report/a1-0']}>", f"<{KG.status}>", '"progress"') in stored_ledger(store)


# -- Keeping a store's ledger up to date (model-free: article graphs built by hand) ------------

RUR, FRE = ID["nation/RUR"], ID["nation/FRE"]
LEADER, AGENCY, ENVOY = ID["person/leader-one"], ID["organization/rur-agency"], ID["person/envoy-two"]
ACTIONS = ["build rural schools in Ruritania", "build rural schools", "donate 80 million vaccine doses abroad",
           "shipped 20 million of the vaccine doses abroad", "open an embassy in Sylvania",
           "withdraw from the harbour accord", "an additional 5 million vaccine doses abroad"]
#: (committers, action, amount in millions or None, status of a StatusReport, "" for a Commitment or
#: "agreement" for an Agreement they signed)
ReportSpec = tuple[frozenset[URIRef], str, int | None, str]
#: (date, reports, whether it says the leader leads Ruritania, whether it names Ruritania as a nation)
ArticleSpec = tuple[str, list[ReportSpec], bool, bool]


def article(n: int, spec: ArticleSpec) -> Dataset:
    """An invented article's graph, as kg writes one: the facts the ledger reads and their evidence.
    Whether it names the leader's nation, or Ruritania as a nation at all, moves the sides of
    reports in other articles (a leader counts as the nation led, "Ruritania Development
    Agency" as Ruritania once that is a nation's name)."""
    date, reports, names_leader, names_nation = spec
    ds = rdf.new_dataset()
    node = rdf.article_iri(f"a{n}")
    g = ds.graph(node)
    g += [(node, RDF.type, KG.Article), (node, KG.sourceFile, Literal(f"a{n}.txt")),
          (node, KG.date, Literal(date, datatype=namespace.XSD.date)), (FRE, RDF.type, KG.Nation),
          (FRE, RDFS.label, Literal("Freedonia")), (AGENCY, RDF.type, KG.Organization),
          (AGENCY, RDFS.label, Literal("Ruritania Development Agency"))]
    if names_leader:
        g.add((LEADER, KG.leaderOf, RUR))
    if names_nation:
        g += [(RUR, RDF.type, KG.Nation), (RUR, RDFS.label, Literal("Ruritania"))]
    for j, (by, action, amount, status) in enumerate(reports):
        fact, evidence = ID[f"report/a{n}-{j}"], ID[f"evidence/a{n}-{j}"]
        g += [(fact, KG.evidence, evidence), (evidence, KG.inArticle, node)]
        if status == "agreement":  # signed by the committers, its sum in its sentence alone
            sum_told = f"a ${amount} million deal" if amount is not None else "a deal"
            g += [(fact, RDF.type, KG.Agreement), (fact, RDFS.label, Literal(f"agreement to {action} (two sides)")),
                  (fact, KG.modality, Literal("asserted")), *((fact, KG.party, who) for who in by),
                  (evidence, KG.sentence, Literal(f"They signed {sum_told} to {action}."))]
            continue
        g += [(fact, RDF.type, KG.StatusReport if status else KG.Commitment), (fact, KG.action, Literal(action)),
              (evidence, KG.sentence, Literal(f"They will {action}.")), *((fact, KG.committedBy, who) for who in by)]
        if status:
            g.add((fact, KG.status, Literal(status)))
        if amount is not None:
            g += [(fact, KG.amount, rdf.decimal(Decimal(amount * 10**6))), (fact, KG.currency, Literal("USD"))]
    return ds


def ntriples(quads) -> set[tuple]:
    """Triples or quads in N-Triples form (datatypes included), their graph left out."""
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}


def stored_ledger(store: Store) -> set[tuple]:
    return ntriples(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(LEDGER_GRAPH))))


def assert_as_if_recomputed(store: Store) -> None:
    """The ledger is what a full recompute gives, and the union copy holds every named graph's triples."""
    assert stored_ledger(store) == ntriples(layout.ox_triples(ledger.compute(store.oxigraph)))
    default = store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())
    assert ntriples(default) == ntriples(layout.union_quads(store.oxigraph))


def apply(store: Store, command: list[tuple[str, int, ArticleSpec | None]]) -> None:
    """One kg add or kg remove: its articles, then the ledger relinked for what they touched."""
    before = ledger.snapshot(store)
    for _, n, spec in command:
        if spec is not None:
            store.add_dataset(article(n, spec))
        elif any(a.id == f"a{n}" for a in store.articles()):
            store.remove(f"a{n}")
    ledger.update(store, before)


REPORT_SPECS = st.tuples(st.frozensets(st.sampled_from([RUR, FRE, LEADER, AGENCY, ENVOY]), min_size=1, max_size=2),
                         st.sampled_from(ACTIONS[:4]), st.sampled_from([None, 80, 20]),
                         st.sampled_from(["", "", "progress", "withdrawn", "agreement"]))
ARTICLE_SPECS = st.tuples(st.sampled_from(["2024-01-10", "2024-03-01", "2024-03-01", "2024-06-02"]),
                          st.lists(REPORT_SPECS, min_size=1, max_size=3), st.booleans(), st.booleans())
STEPS = st.one_of(st.tuples(st.just("add"), st.integers(0, 3), ARTICLE_SPECS),
                  st.tuples(st.just("remove"), st.integers(0, 3), st.none()))


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(commands=st.lists(st.lists(STEPS, min_size=1, max_size=3), min_size=1, max_size=6))
def test_the_ledger_kept_up_to_date_is_the_ledger_recomputed(commands):
    """Articles added, replaced and removed in any order, a few per command: after each command
    the ledger is exactly the full recompute's."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s", writable=True) as store:
        for command in commands:
            apply(store, command)
            assert_as_if_recomputed(store)


def test_a_leader_named_in_another_article_moves_his_reports(tmp_path: Path):
    """An article that only says who leads Ruritania puts the leader's reports elsewhere in
    Ruritania's threads: the sides that changed are relinked though no report of theirs was written."""
    mine = ("2024-01-10", [(frozenset({RUR}), ACTIONS[0], None, "")], False, True)
    his = ("2024-03-01", [(frozenset({LEADER}), ACTIONS[1], None, "")], False, True)
    says = ("2024-06-02", [(frozenset({FRE}), ACTIONS[4], None, "")], True, True)
    with Store(tmp_path / "s", writable=True) as store:
        apply(store, [("add", 0, mine), ("add", 1, his)])
        assert len(set(store.oxigraph.quads_for_pattern(None, ox.NamedNode(str(KG.report)), None))) == 2 * 2
        apply(store, [("add", 2, says)])
        assert_as_if_recomputed(store)
        apply(store, [("remove", 2, None)])
        assert_as_if_recomputed(store)


def test_an_add_by_one_committer_leaves_the_others_threads_alone(tmp_path: Path, monkeypatch):
    """Ruritania's new report relinks Ruritania's reports alone: Freedonia's are neither read back
    nor rewritten."""
    ours = ("2024-01-10", [(frozenset({FRE}), ACTIONS[2], 80, ""), (frozenset({FRE}), ACTIONS[5], None, "")],
            False, True)
    theirs = ("2024-01-10", [(frozenset({RUR}), ACTIONS[0], None, "")], False, True)
    again = ("2024-06-02", [(frozenset({RUR}), ACTIONS[1], None, "progress")], False, True)
    relinked: list[str] = []
    rewritten: set[str] = set()
    with Store(tmp_path / "s", writable=True) as store:
        apply(store, [("add", 0, ours), ("add", 1, theirs)])
        freedonia = {t[0] for t in stored_ledger(store) if "/a0-" in t[2]} | {f"<{ID['report/a0-0']}>",
                                                                               f"<{ID['report/a0-1']}>"}
        kept = {t for t in stored_ledger(store) if t[0] in freedonia}
        monkeypatch.setattr(ledger, "reports_of",
                            spy(ledger.reports_of, lambda _, only=(), sides=None: relinked.extend(only)))
        monkeypatch.setattr(Store, "change_graph", spy(Store.change_graph, lambda _, __, removed, added:
                                                       rewritten.update(str(t.subject) for t in [*removed, *added])))
        apply(store, [("add", 2, again)])
        assert_as_if_recomputed(store)
        assert sorted(relinked) == [str(ID["report/a1-0"]), str(ID["report/a2-0"])]
        assert len(freedonia) == 4 and len(kept) == 2 * 6 + 2 * 2  # two threads, two reports
        assert rewritten and not rewritten & freedonia
        assert kept <= stored_ledger(store)


def spy(function, hear):
    """`function`, telling `hear` its arguments first."""
    def heard(*args, **kwargs):
        hear(*args, **kwargs)
        return function(*args, **kwargs)
    return heard


def test_a_ledger_out_of_step_is_recomputed_whole(tmp_path: Path):
    """A store whose ledger misses reports (articles in, the command stopped before its ledger)
    gets a whole ledger at the next command, not a patch on the stale one."""
    with Store(tmp_path / "s", writable=True) as store:
        store.add_dataset(article(0, ("2024-01-10", [(frozenset({FRE}), ACTIONS[2], 80, "")], False, False)))
        apply(store, [("add", 1, ("2024-03-01", [(frozenset({RUR}), ACTIONS[0], None, "")], False, True))])
        assert_as_if_recomputed(store)


def test_a_report_of_two_committers_brings_both_committers_threads(tmp_path: Path):
    """Ruritania's earlier pledge takes over a joint report that led Freedonia's thread, so
    Freedonia's later report, though by no committer of the new article, must be relinked too."""
    joint = ("2024-03-01", [(frozenset({RUR, FRE}), ACTIONS[0], None, "")], False, True)
    later = ("2024-06-02", [(frozenset({FRE}), ACTIONS[1], None, "")], False, True)
    earlier = ("2024-01-10", [(frozenset({RUR}), ACTIONS[0], None, "")], False, True)
    with Store(tmp_path / "s", writable=True) as store:
        apply(store, [("add", 0, joint), ("add", 1, later)])
        apply(store, [("add", 2, earlier)])
        assert_as_if_recomputed(store)


def test_an_article_replaced_relinks_what_it_now_says(tmp_path: Path):
    """The same report (same committer, same act) dated differently by a new version of its
    article changes which report anchors the thread."""
    first = ("2024-03-01", [(frozenset({RUR}), ACTIONS[0], None, "")], False, True)
    other = ("2024-06-02", [(frozenset({RUR}), ACTIONS[1], None, "")], False, True)
    with Store(tmp_path / "s", writable=True) as store:
        apply(store, [("add", 0, first), ("add", 1, other)])
        apply(store, [("add", 0, ("2024-09-09", *first[1:]))])
        assert_as_if_recomputed(store)


def test_a_sum_told_within_the_others_act_is_the_same_pledge():
    budget = report(1, "$2 billion for the fund's seventh replenishment for an intended pledge of $6 billion",
                    date="2022-04-07", amount=2 * 10**9)
    pledge = report(2, "total $6 billion Seventh Replenishment pledge", date="2022-08-28", amount=6 * 10**9)
    other = report(3, "total $5 billion Seventh Replenishment pledge", date="2022-09-28", amount=5 * 10**9)
    assert threads_of(budget, pledge, other) == [["r1", "r2"], ["r3"]]
