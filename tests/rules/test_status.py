"""Status statements: where an earlier commitment stands becomes a StatusReport, not a Commitment."""

import pytest

from kg.facts import Commitment, Status, StatusReport


def reports(facts):
    return [(f.committed_by, f.status) for f in facts if isinstance(f, StatusReport)]


@pytest.mark.parametrize("text, by, status", [
    ("Japan has met its pledge to the fund.", ("nation/JPN",), Status.FULFILLED),
    ("Kenya fulfilled its commitment to rejoin the treaty.", ("nation/KEN",), Status.FULFILLED),
    ("Japan opened an embassy in Nairobi last year.", ("nation/JPN",), Status.FULFILLED),
    ("Kenyan Foreign Minister Ana Ruiz opened an embassy in Lima.", ("person/ana-ruiz",), Status.FULFILLED),
    ("Japan has disbursed $700 million of the promised aid.", ("nation/JPN",), Status.PROGRESS),
    ("Germany doubled its commitment to the climate fund.", ("nation/DEU",), Status.REVISED),
    ("Japan increased its pledge to $9 billion.", ("nation/JPN",), Status.REVISED),
    ("Brazil withdrew from the Paris Agreement.", ("nation/BRA",), Status.WITHDRAWN),
    ("Brazil will withdraw from the trade agreement.", ("nation/BRA",), Status.WITHDRAWN),
    ("Kenya reaffirmed its commitment to the peace accord.", ("nation/KEN",), Status.REAFFIRMED),
    ("Kenya remains committed to the peace process.", ("nation/KEN",), Status.REAFFIRMED),
    ("Kenya has begun the process of rejoining the Paris Agreement.", ("nation/KEN",), Status.PROGRESS),
    ("Kenya has started delivering maize to Uganda.", ("nation/KEN",), Status.PROGRESS),
    ("The budget advances Kenya's goal of mobilizing $2 billion for roads.", ("nation/KEN",), Status.PROGRESS),
    ("Kenya is delivering on its promise to build new roads.", ("nation/KEN",), Status.PROGRESS),
    ("Tomas Ruiz, an aide, reiterated Kenya's commitment to the peace accord.", ("nation/KEN",),
     Status.REAFFIRMED),                                     # the promise is Kenya's, not the aide's
    ("The grant fulfils the commitment Norway made in May.", ("nation/NOR",), Status.FULFILLED),  # a fact
    ("Norway meets its aid target.", ("nation/NOR",), Status.FULFILLED),  # a headline's present: done
    ("In fulfilment of its pledge, Norway shipped 5 million doses to Peru.", ("nation/NOR",), Status.FULFILLED),
    ("The shipment is a fulfilment of Norway's promise to donate doses.", ("nation/NOR",), Status.FULFILLED),
])
def test_status_statements(facts_of, text, by, status):
    assert reports(facts_of("H\n" + text + "\n")[0]) == [(by, status)]


@pytest.mark.parametrize("text", [
    "Japan will open an embassy in Nairobi.",               # a promise, not yet done
    "Kenya did not withdraw from the treaty.",              # denied
    "Japan reaffirmed its support for Kenya.",              # a stance, not a promise said again
    "Japan will double its commitment to the fund.",        # a promise to revise is not yet a revision
    "Japan provided training to Kenyan officers.",          # done, but no sum: no measure of progress
    "The plan will advance Kenya's goal of mobilizing $2 billion.",  # a plan to advance it is no progress
    "Kenya is keeping its promise.",                        # kept, but which promise the words do not say
    "Kenya began talks with Uganda.",                       # talks begun are no promised act under way
    "Kenya will begin the process of leaving the bloc.",    # not yet under way
    "If Norway meets its aid target, the fund grows.",     # a condition, not a fact
    "Mr Katsaros said Greece would back Turkey's bid to join the bloc, provided Ankara met its obligations "
    "towards Cyprus.",                                      # a condition the parser hung without a subject
    "The shipment will be a fulfilment of Norway's promise to donate doses.",  # not yet
    "Japan intends to open an embassy in Nairobi in 2026, having completed the procedures this year.",
    "We intend to open an embassy in Nairobi in 2026, having completed notification procedures this year.",
    "Maria Lopez completed her basic training at a naval base in 1998.",  # a private person's deed:
    "Before joining the agency, Maria Lopez established a legal clinic for veterans.",  # no promise kept
])
def test_not_status_statements(facts_of, text):
    assert reports(facts_of("H\n" + text + "\n")[0]) == []


@pytest.mark.parametrize("text", [
    "Kenya fulfilled its commitment to rejoin the treaty.",
    "The budget advances Kenya's goal of mobilizing $2 billion for roads.",
    "Kenya is delivering on its promise to build new roads.",
])
def test_a_kept_or_advanced_promise_is_no_new_commitment(facts_of, text):
    facts = facts_of("H\n" + text + "\n")[0]
    assert [f for f in facts if isinstance(f, Commitment)] == []


def test_a_sum_given_now_towards_a_named_pledge_is_progress_by_the_house_voice(facts_of):
    text = ("H\nNAIROBI, June 3, 2024 — Kenyan President William Ruto spoke on Monday. The President thanked "
            "the nurses.\nThe Budget sustains Kenyan leadership in the fund, providing $2 billion for the second "
            "year of a $6 billion, three-year pledge.\n")
    assert reports(facts_of(text)[0]) == [(("nation/KEN",), Status.PROGRESS)]


def test_a_sum_given_with_no_pledge_named_is_no_progress(facts_of):
    text = "H\nThe Budget sustains Kenyan leadership in the fund, providing $2 billion for roads.\n"
    assert reports(facts_of(text)[0]) == []


def test_a_done_act_said_to_keep_a_promise_is_that_act(facts_of):
    facts = facts_of("H\nIn fulfilment of its pledge, Norway shipped 5 million doses to Peru.\n")[0]
    assert [f.action for f in facts if isinstance(f, StatusReport)] == ["shipped 5 million doses to Peru"]


def test_her_promise_is_the_promise_told_before(facts_of):
    text = ("H\nIn June, Norway committed to donate 80 million doses to poorer countries. "
            "Today's shipment is a fulfilment of its promise and a down payment on the 20 million more doses "
            "that Norway will deliver in the coming weeks.\n")  # a promise later in its own sentence is not kept
    [report] = [f for f in facts_of(text)[0] if isinstance(f, StatusReport)]
    assert (report.status, report.action, report.evidence.rule) == (
        Status.FULFILLED, "donate 80 million doses to poorer countries", "status_anaphor")
    assert report.evidence.text.startswith("Today's shipment")  # the sentence that says it was kept


@pytest.mark.parametrize("sentence, found", [
    ("President Ana Lind of Chile and President Luis Soto of Peru on Monday opened talks on trade.", []),
    ("President Ana Lind of Chile opened the conference on Monday.", []),
    ("Chile opened an embassy in Lima on Monday.", [(("nation/CHL",), Status.FULFILLED)]),
])
def test_opening_talks_or_an_event_fulfils_no_promise(facts_of, sentence, found):
    assert reports(facts_of("H\n" + sentence + "\n")[0]) == found
