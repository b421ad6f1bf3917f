"""The commitment ledger: linking reports into threads (model-free), and the ledger end to end."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from rdflib import URIRef

from kg import ledger
from kg.cli import cli
from kg.facts import Status
from kg.ledger import Report
from kg.vocab import KG

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
