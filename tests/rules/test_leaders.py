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
    ("Chile's Foreign Affairs Minister Juan Soto spoke.",
     ("person/juan-soto", "nation/CHL", "Foreign Affairs Minister", "leader_of_title")),
    ("Juan Soto, the Chilean Treasury Secretary, spoke.",
     ("person/juan-soto", "nation/CHL", "Treasury Secretary", "leader_of_title")),
    ("Jane Doe, Minister of Foreign Affairs of Chile, spoke.",
     ("person/jane-doe", "nation/CHL", "Minister of Foreign Affairs", "leader_of_title")),
    ("UK foreign secretary Jane Doe spoke.", ("person/jane-doe", "nation/GBR", "Foreign Secretary", "leader_of_title")),
    ("Kenya hosted the prime minister of Denmark, Jane Doe, on Monday.",
     ("person/jane-doe", "nation/DNK", "Prime Minister", "leader_of_title")),
    ("Chile's finance minister Juan Soto spoke.",
     ("person/juan-soto", "nation/CHL", "Finance Minister", "leader_of_title")),
])
def test_leader_of(facts_of, text, expected):
    assert expected in leader_of(facts_of("H\n" + text + "\n")[0])


def test_a_lower_case_office_of_no_department_known_is_no_national_one(facts_of):
    facts, _ = facts_of("H\nChile's press secretary Juan Soto spoke.\n")
    assert not any(f.leader == "person/juan-soto" for f in facts if isinstance(f, LeaderOf))


def test_an_aide_is_not_a_leader(facts_of):
    facts, found = facts_of("H\nUS President Donald Trump's aide Margo Martin shared a video.\n")
    assert not any(f.leader == "person/margo-martin" for f in facts if isinstance(f, LeaderOf))
    assert found.entities["person/margo-martin"].kind.value == "Person"


def test_a_monarch_of_several_realms_leads_the_one_the_article_mentions_most(facts_of):
    text = ("H\nKing Charles III arrived in Washington from the United Kingdom. Britain and the "
            "United States are old friends; a British band played. He once visited Canada.\n")
    found = {(f.leader, f.nation) for f in facts_of(text)[0] if isinstance(f, LeaderOf)}
    assert ("person/Q43274", "nation/GBR") in found
    assert ("person/Q43274", "nation/CAN") not in found


def test_a_nation_abbreviation_joined_by_a_hyphen_is_still_a_nation(facts_of):
    facts, found = facts_of("H\nPresident Joe Biden praised the strong U.S.-Kenyan partnership.\n")
    assert "nation/USA" in found.entities
    assert ("person/Q6279", "nation/USA") in {(f.leader, f.nation) for f in facts if isinstance(f, LeaderOf)}


def test_a_president_of_an_organisation_named_after_a_people_leads_no_nation(facts_of):
    facts, found = facts_of("H\nGrover Norquist, President of Americans for Tax Reform, spoke.\n")
    assert not [f for f in facts if isinstance(f, LeaderOf)]
    assert found.entities["person/grover-norquist"].kind.value == "Person"


def test_in_a_list_a_title_after_the_comma_belongs_to_the_next_name(facts_of):
    text = ("H\nToday, US Secretary of State Jane Roe, US Security Advisor Jake Doe, Chilean Minister "
            "Ana Soto, and Peruvian Minister Rosa Diaz met.\n")
    found = {(f.leader, f.nation) for f in facts_of(text)[0] if isinstance(f, LeaderOf)}
    assert ("person/jake-doe", "nation/CHL") not in found


def test_a_known_leader_once_called_senator_leads_under_the_gazetteer_office(facts_of):
    facts, _ = facts_of("H\nSenator Joe Biden visited Kenya. Later, as president, Joe Biden led the United States.\n")
    assert [(f.leader, f.nation, f.title) for f in facts if isinstance(f, LeaderOf)] == \
        [("person/Q6279", "nation/USA", "President")]
