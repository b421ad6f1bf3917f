"""leaderOf from titles around a name, else from the gazetteer."""

import pytest

from kg.facts import LeaderOf


def leader_of(facts):
    return {(f.leader, f.nation, f.title, f.evidence.rule) for f in facts if isinstance(f, LeaderOf)}


@pytest.mark.parametrize("text, expected", [
    ("US President Donald Trump spoke.", ("person/Q22686", "nation/USA", "President", "leader_of_title")),
    ("Japan's new prime minister Sanae Takaichi spoke.",
     ("person/Q1705028", "nation/JPN", "Prime Minister", "leader_of_title")),
    ("Sanae Takaichi, the Prime Minister of Japan, spoke.",
     ("person/Q1705028", "nation/JPN", "Prime Minister", "leader_of_title")),
    ("Kenyan President Jane Doe-Wanjiru spoke.",
     ("person/jane-doe-wanjiru", "nation/KEN", "President", "leader_of_title")),
    ("Shinzo Abe was remembered in Japan.", ("person/Q132345", "nation/JPN", "Prime Minister", "leader_of_gazetteer")),
])
def test_leader_of(facts_of, text, expected):
    assert expected in leader_of(facts_of("H\n" + text + "\n")[0])


def test_an_aide_is_not_a_leader(facts_of):
    facts, found = facts_of("H\nUS President Donald Trump's aide Margo Martin shared a video.\n")
    assert not any(f.leader == "person/margo-martin" for f in facts if isinstance(f, LeaderOf))
    assert found.entities["person/margo-martin"].kind.value == "Person"
