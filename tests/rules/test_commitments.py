"""Commitments: pledges, intentions and "will" promises, with money and targets."""

from decimal import Decimal

import pytest

from kg.facts import Commitment, Modality

PEOPLE = "Japan's prime minister Sanae Takaichi met US President Donald Trump. "


def commitments(facts):
    return [f for f in facts if isinstance(f, Commitment)]


@pytest.mark.parametrize("text, by, rule, modality", [
    ("Takaichi pledged to increase defence spending to two per cent of GDP.",
     ("person/Q1705028",), "commitment_pledged", Modality.PLEDGED),
    ("She also announced her intention to nominate Trump for the Nobel Peace Prize.",
     ("person/Q1705028",), "commitment_intended", Modality.INTENDED),
    ("Takaichi confirmed that Japan would deliver a $550 billion investment package.",
     ("nation/JPN",), "commitment_will", Modality.PLEDGED),
    ("Japan intends to buy more soybeans.", ("nation/JPN",), "commitment_intended", Modality.INTENDED),
])
def test_commitment_rules(facts_of, text, by, rule, modality):
    found = commitments(facts_of("H\n" + PEOPLE + text + "\n")[0])
    assert len(found) == 1
    assert found[0].committed_by == by and found[0].evidence.rule == rule
    assert found[0].modality is modality


def test_money_and_target_are_normalised(facts_of):
    found = commitments(facts_of("H\n" + PEOPLE + "Japan will deliver a $550 billion package. "
                                 "Takaichi pledged to raise defence spending to 2% of GDP.\n")[0])
    money = next(c.money for c in found if c.money)
    target = next(c.target for c in found if c.target)
    assert (money.value, money.currency) == (Decimal("550e9"), "USD")
    assert (target.value, target.unit) == (Decimal(2), "% of GDP")


def test_beneficiary_is_the_person_acted_for(facts_of):
    found = commitments(facts_of("H\n" + PEOPLE + "Takaichi intends to nominate Trump for the prize.\n")[0])
    assert found[0].beneficiaries == ("person/Q22686",)


@pytest.mark.parametrize("text", [
    "Russia threatened to cut gas supplies to Ukraine.",
    "Iran vowed to retaliate against Israel.",
    "Japan refused to increase its payments.",
    "Analysts believe the deal will enhance stability.",
    "Takaichi did not pledge to raise spending.",
])
def test_not_commitments(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []
