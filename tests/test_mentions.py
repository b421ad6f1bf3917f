"""Mention resolution on small texts: names, surnames, titles, pronouns, groups."""

import pytest


def keys_for(found, doc_text: str, word: str, nth: int = 0) -> tuple[str, ...]:
    from kg import nlp
    doc = nlp.parse(doc_text)
    token = [t for t in doc if t.text == word][nth]
    return found.keys(token)


def test_gazetteer_leader_gets_wikidata_key(facts_of):
    text = "Summit\nUS President Donald Trump met Prime Minister Sanae Takaichi in Tokyo.\n"
    _, found = facts_of(text)
    assert "person/Q22686" in found.entities
    assert found.entities["person/Q22686"].title == "President"


def test_surname_resolves_to_full_name_in_same_article(facts_of):
    text = "Talks\nTakaichi spoke first. Later, Prime Minister Sanae Takaichi left.\n"
    _, found = facts_of(text)
    assert keys_for(found, text, "Takaichi", 0) == ("person/Q1705028",)


def test_middle_initial_still_matches_gazetteer(facts_of):
    text = "Visit\nPresident Donald J. Trump welcomed the guests.\n"
    _, found = facts_of(text)
    assert "person/Q22686" in found.entities


def test_title_reference_resolves_to_the_holder(facts_of):
    text = ("Visit\nJapan's prime minister Sanae Takaichi arrived. "
            "The new prime minister also confirmed that Japan would deliver aid.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "minister", 1) == ("person/Q1705028",)


def test_sentence_initial_pronoun_takes_previous_subject(facts_of):
    text = ("News\nUS President Donald Trump met Japan's prime minister Sanae Takaichi. "
            "Takaichi pledged to raise spending. She also praised Trump.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "She") == ("person/Q1705028",)


@pytest.mark.parametrize("sentence, word", [
    ("She smiled. Trump thanked her for the gifts.", "her"),
    ("Before the talks, Trump walked around the table and handed her a book.", "her"),  # the subject the
    # joined verb shares is not its object either
    ("The snub did not deter Ms Takaichi who, a month later, gave Trump two books.", "who"),  # "who" after a
    # name is that person, whatever the parse
])
def test_object_pronoun_is_not_its_own_subject(facts_of, sentence, word):
    text = "News\nJapan's prime minister Sanae Takaichi met US President Donald Trump. " + sentence + "\n"
    assert keys_for(facts_of(text)[1], text, word) == ("person/Q1705028",)


def test_who_after_an_of_object_is_not_that_name(facts_of):
    text = "News\nThe envoy of Sanae Takaichi who met Trump smiled.\n"
    assert keys_for(facts_of(text)[1], text, "who") == ()  # the envoy, not Takaichi


def test_the_president_is_the_one_gazetteer_president_the_article_names_untitled(facts_of):
    text = "News\nSanae Takaichi met Donald Trump. Takaichi presented the President with a vase.\n"
    _, found = facts_of(text)
    assert keys_for(found, text, "President") == ("person/Q22686",)


def test_the_two_leaders_are_the_latest_two_leaders(facts_of):
    text = ("News\nUS President Donald Trump met Japan's prime minister Sanae Takaichi. "
            "The two leaders smiled.\n")
    _, found = facts_of(text)
    assert set(keys_for(found, text, "leaders")) == {"person/Q22686", "person/Q1705028"}


def test_the_two_prime_ministers_are_a_title_not_a_named_body(facts_of):
    text = ("News\nKenyan Prime Minister David Mwangi met Ugandan Prime Minister Ana Souza. "
            "The two Prime Ministers held talks.\n")
    _, found = facts_of(text)
    assert set(keys_for(found, text, "Ministers")) == {"person/david-mwangi", "person/ana-souza"}


def test_the_two_defence_ministers_are_the_two_nations_not_their_leaders(facts_of):
    text = ("News\nKenyan President David Mwangi met Ugandan President Ana Souza in Kampala. "
            "The two defence ministers signed an accord.\n")
    _, found = facts_of(text)
    assert set(keys_for(found, text, "ministers")) == {"nation/KEN", "nation/UGA"}


@pytest.mark.parametrize("text, found", [
    ("News\nKenyan Prime Minister David Mwangi met Ana Souza. The Kenyan leader smiled.\n", ("person/david-mwangi",)),
    ("News\nKenya's Prime Minister David Mwangi and Kenyan President Ana Souza met. The Kenyan leader smiled.\n",
     ()),  # two heads of Kenya named: which one, the phrase does not say (its "Kenyan" stays the nation)
])
def test_the_nations_leader_is_the_one_head_the_article_names(facts_of, text, found):
    _, m = facts_of(text)
    assert keys_for(m, text, "leader") == found


def test_his_or_her_opening_a_style_of_address_refers_to_no_one(facts_of):
    text = ("News\nForeign Minister Ana Lind signed the deal. The signing took place in the presence of "
            "His Excellency Luis Soto, President of Peru.\n")
    facts, found = facts_of(text)
    assert keys_for(found, text, "His") == ()
    assert [f for f in facts if hasattr(f, "participants")] == []  # Lind was not met by being "His"


def test_an_object_pronoun_of_a_joined_verb_is_the_first_verbs_object(facts_of):
    text = ("News\nKenyan President David Mwangi met Ana Souza. Tomas Ruiz spoke. "
            "Mwangi thanked Souza for the aid and presented her with a vase.\n")
    _, m = facts_of(text)
    assert keys_for(m, text, "her") == ("person/ana-souza",)


@pytest.mark.parametrize("text, found", [
    ("News\nKenyan Energy Minister David Mwangi met Ana Souza. Mwangi said the country would build a dam.\n",
     ("nation/KEN",)),                                          # the speaker's nation
    ("News\nKenya signed the deal on Monday. The country will build a dam.\n", ("nation/KEN",)),
    ("News\nKenya signed a deal with Uganda. The country will build a dam.\n", ()),  # which of two?
    ("News\nKenya signed the deal. The country of his birth is far away.\n", ()),
])
def test_the_country_is_the_speakers_nation_or_the_one_just_named(facts_of, text, found):
    _, m = facts_of(text)
    assert keys_for(m, text, "country") == found


@pytest.mark.parametrize("text, word, found", [
    ("News\nThe Modi government has promised to build new airports.\n", "Modi", ("person/Q1058",)),
    ("News\nThe Modi-Shah government has promised to build new airports.\n", "Modi", ("person/Q1058",)),
    ("News\nThe Biden-Harris administration will build new airports.\n", "Harris", ()),  # the deputy
    ("News\nModi spoke about the airports.\n", "Modi", ()),  # a bare surname needs more than itself
])
def test_a_government_named_after_its_leader_names_the_sitting_leader(facts_of, text, word, found):
    _, m = facts_of(text)
    assert tuple(k for k in keys_for(m, text, word) if k.startswith("person/")) == found


def test_a_titled_surname_is_not_an_article_person_the_text_titled_otherwise(facts_of):
    text = "News\nFirst Lady Jill Biden visited the school. Later, President Biden spoke.\n"
    _, m = facts_of(text)
    assert keys_for(m, text, "Biden", 1) == ("person/Q6279",)


def test_a_government_named_after_a_surname_is_not_the_spouse_the_text_named_in_full(facts_of):
    text = ("News\nWASHINGTON, June 3, 2024 — First Lady Jill Biden visited the school. "
            "The Biden-Harris Administration will provide $5 million to schools.\n")
    _, m = facts_of(text)
    assert keys_for(m, text, "Biden", 1) == ("person/Q6279",)


@pytest.mark.parametrize("title, head", [("Vice President", False), ("First Lady", False), ("President", True)])
def test_a_title_no_head_goes_by_is_not_the_sitting_head_of_that_surname(facts_of, title, head):
    text = f"News\nPARIS, June 3, 2024 — {title} Macron spoke in France about trade.\n"
    _, m = facts_of(text)
    assert (keys_for(m, text, "Macron") == ("person/Q3052772",)) is head


@pytest.mark.parametrize("text, word, nth, key", [
    # the last word of a name written longer than the gazetteer's, used alone later
    ("NAIROBI, Oct 4, 2024 — Ruto hosted President Samia Suluhu Hassan. Hassan said she would waive fees.",
     "Hassan", 1, "person/Q16193885"),
    # without the gazetteer's hyphen
    ("SEOUL, June 3, 2023 — President Yoon Suk Yeol and Polish President Andrzej Duda agreed on trade.",
     "Yoon", 0, "person/Q16090635"),
    # a hyphenated surname spelled otherwise ("al-Sisi" for "el-Sisi")
    ("CAIRO, June 3, 2023 — President Abdel Fattah al-Sisi met Kenyan officials.", "Abdel", 0, "person/Q307871"),
])
def test_a_leader_written_another_way_is_that_leader(facts_of, text, word, nth, key):
    text = f"News\n{text}\n"
    assert keys_for(facts_of(text)[1], text, word, nth) == (key,)


def test_korea_alone_is_the_south_and_a_copyright_notice_names_no_actor(facts_of):
    text = "News\nKorea plans to provide $200 million in loans.\nCopyright (c) Korea Herald. All rights reserved.\n"
    facts, m = facts_of(text)
    assert keys_for(m, text, "Korea") == ("nation/KOR",)
    assert not [k for k in m.entities if "herald" in k]


def test_a_seat_of_government_acts_for_its_nation_and_is_a_place_where_one_meets(facts_of):
    facts, m = facts_of("News\nThe Kremlin has offered to supply gas to Kenya. Ruiz met Soto at the Kremlin.\n")
    from kg.facts import Commitment
    assert [c.committed_by for c in facts if isinstance(c, Commitment)] == [("nation/RUS",)]
    assert "place/kremlin" in m.entities


def test_social_media_lines_are_not_reporting(facts_of):
    text = ("News\nPM Takaichi gifts President @realDonaldTrump a golf bag pic.twitter.com/x\n"
            "— Some Aide (@aide) October 28, 2025\n")
    facts, found = facts_of(text)
    assert facts == [] and "person/some-aide" not in found.entities


@pytest.mark.parametrize("heading", ["Takaichi's Golf-Themed Gifts Honour Abe's Legacy"])
def test_headings_do_not_create_organisations(facts_of, heading):
    _, found = facts_of(f"{heading}\nThe rest of the story.\n")
    assert not [k for k in found.entities if k.startswith("organization/")]


def test_stale_open_ended_gazetteer_rows_are_not_sitting_leaders():
    from kg import gazetteer

    leaders = gazetteer.load_leaders()
    superseded = [r for r in leaders.values() if any(not t.end for t in r.terms)
                  and not gazetteer.in_office(r, None)]
    assert superseded, "the gazetteer has open-ended rows that later leaders superseded"
    assert gazetteer.in_office(leaders["Q7747"], None)  # a current, open-ended term


def test_a_bare_surname_the_model_reads_as_a_person_is_the_sitting_leader(facts_of):
    facts, found = facts_of("News\nPutin offered to negotiate with the president of Armenia.\n")
    assert "person/Q7747" in found.entities
    assert any(type(f).__name__ == "Commitment" and "person/Q7747" in f.committed_by for f in facts)


def test_a_family_name_written_first_is_the_sitting_leader_too(facts_of):
    # the gazetteer knows "Xi" is Xi Jinping's family name, though it is not his name's last word
    _, found = facts_of("News\nPutin gave Xi a birthday cake.\n")
    assert {"person/Q7747", "person/Q15031"} <= set(found.entities)


def test_both_sides_are_the_two_latest_nations(facts_of):
    text = "Statement\nThe governments of Norway and Chile met in Oslo. Both sides welcomed the talks.\n"
    _, found = facts_of(text)
    assert set(keys_for(found, text, "sides")) == {"nation/NOR", "nation/CHL"}


def test_the_parties_capitalised_refer_to_the_two_nations(facts_of):
    text = ("H\nChile and Peru met. The Parties commit to trade. " + "Trade grew again. " * 40
            + "The Parties will establish a mechanism.\n")
    found = facts_of(text)[1]
    assert [keys_for(found, text, "Parties", n) for n in (0, 1)] == [("nation/CHL", "nation/PER")] * 2


def test_the_government_of_a_nation_is_the_nation_and_a_bank_of_it_keeps_its_name(facts_of):
    text = "H\nThe Central Bank of Chile signed a contract with the Government of Peru on Monday.\n"
    found = facts_of(text)[1]
    assert keys_for(found, text, "Government") == ("nation/PER",)
    assert keys_for(found, text, "Bank") == ("organization/central-bank-of-chile",)
    assert found.entities["organization/central-bank-of-chile"].name == "Central Bank of Chile"


def test_a_bare_department_is_the_department_named_last_or_no_body(facts_of):
    text = ("H\nThe Department of Defense will support voters. The Department of Education will train staff. "
            "The Department will develop materials in new languages.\n")
    found = facts_of(text)[1]
    assert keys_for(found, text, "Department", 2) == ("organization/department-of-education",)
    text = "H\nThe Department will develop materials in new languages.\n"
    assert not [k for k in facts_of(text)[1].entities if k.startswith("organization/")]


def test_a_name_the_model_missed_after_a_title_is_a_person(facts_of):
    text = "Talks\nChilean President Ana Ruiz met Peru's Prime Minister Luis Soto in Lima.\n"
    _, found = facts_of(text)
    assert found.entities["person/ana-ruiz"].title == "President"


@pytest.mark.parametrize("text, person, found", [
    ("Talks\nPresident Ruiz telephoned Ruritanian Chancellor Maravel to discuss the gas dispute.\n",
     "person/maravel", True),
    ("Talks\nThe Chancellor Office said so.\n", "person/office", False),   # a longer name is no surname
    ("Talks\nRuiz met the Secretary General of the Maravel Council.\n", "person/general", False),  # a title's word
])
def test_a_lone_proper_noun_after_a_title_is_its_holder(facts_of, text, person, found):
    assert (person in facts_of(text)[1].entities) is found


def test_capitalised_words_naming_a_body_after_a_title_are_no_person(facts_of):
    _, found = facts_of("Talks\nThe President Ruiz Administration said so.\n")
    assert not [k for k in found.entities if k.startswith("person/")]


def _actors(facts) -> set[str]:
    """Every key a fact names as a party that acts."""
    fields = ("committed_by", "parties", "signatories", "participants")
    keys = {k for f in facts for name in fields for k in getattr(f, name, ())}
    return keys | {k for f in facts for k in (getattr(f, "giver", None), getattr(f, "recipient", None)) if k}


@pytest.mark.parametrize("text, place, actors", [
    ("Talks\nUNITED NATIONS (AP) — The council agreed to extend the mission.\n", "place/united-nations", set()),
    ("Talks\nOSLO (Reuters) - Kenya will build a road to the port.\n", "place/oslo", {"nation/KEN"}),
    ("Talks\nOslo (Reuters) - Officials will build a road to the port.\n", "place/oslo", set()),
    ("Talks\nUNITED NATIONS Norway and Kenya pledged on Friday to adopt a deal.\n", "place/united-nations",
     {"nation/NOR", "nation/KEN"}),
    ("Talks\nNAIROBI, June 3 (Reuters) - Kenya pledged to send 1,000 police officers to Norway.\n",
     "place/nairobi", {"nation/KEN"}),
    ("Talks\nMOMBASA, South Sudan, June 3 (Reuters) - Kenya and Uganda signed a declaration on Thursday "
     "committing to protect civilians.\n", "place/mombasa", {"nation/KEN", "nation/UGA"}),  # a two-word region
])
def test_a_dateline_is_a_place_and_never_acts(facts_of, text, place, actors):
    facts, found = facts_of(text)
    assert _actors(facts) == actors
    assert place in found.places.values()
    assert not [k for k in found.entities if k.startswith("organization/")]  # no "Reuters", "(AP)", "UNITED NATIONS"


def test_a_dateline_does_not_hide_the_names_after_it(facts_of):
    _, found = facts_of("Talks\nWASHINGTON — President Ana Ruiz will visit Oslo next week.\n")
    assert found.entities["person/ana-ruiz"].title == "President"
    assert found.entities["place/washington"].name == "Washington" and "nation/USA" not in found.entities


def test_a_dateline_with_region_date_and_agency_names_its_city(facts_of):
    _, found = facts_of("Talks\nST. LOUIS, Mo., June 3, 2024 (AP) -- Kenya agreed to buy wheat.\n")
    assert found.entities["place/st-louis"].name == "St. Louis" and "nation/KEN" in found.entities


def test_a_capital_named_after_its_dateline_keeps_its_nation(facts_of):
    _, found = facts_of("Talks\nOSLO — Kenya and Chile met in Oslo on Monday.\n")
    assert found.entities["place/oslo"].capital_of == "nation/NOR"


@pytest.mark.parametrize("text", [
    "Talks\nNATO Secretary General Ana Ruiz said NATO would send aid to Kenya.\n",
    "Talks\nU.S. Secretary of State Ana Ruiz met Norway's prime minister.\n",
    "Talks\nAna Ruiz — the president — said so.\n",
    "NORWAY PLEDGES AID TO KENYA\nThe rest of the story.\n",
])
def test_line_openings_that_are_no_dateline_stay_names(facts_of, text):
    assert not facts_of(text)[1].noise


def test_a_name_after_counterpart_is_a_person_even_when_the_model_splits_it(facts_of):
    text = ("H\nKenyan President David Mwangi and his Ugandan counterpart Ana Souza agreed on Tuesday "
            "to cut tariffs.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "Souza") == ("person/ana-souza",)
    assert not any(k.startswith("organization/") for k in found.entities)


def test_a_name_split_in_two_people_is_one_and_a_bare_surname_is_not_the_spouse(facts_of):
    text = ("H\nEgyptian President Khaled Mansour arrived on Tuesday. Egyptian First Lady Nadia Mansour "
            "received a shawl. Later, Mansour called on the prime minister.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "Mansour", 1) == ("person/nadia-mansour",)
    assert keys_for(found, text, "Mansour", 2) == ("person/khaled-mansour",)


@pytest.mark.parametrize("text, surname, bare, key", [
    # the bare name is not the sitting leader of that surname either
    ("H\nSouth Korean President Kim Dae Jung met the envoy. Kim urged restraint and asked him to write to North "
     "Korean leader Kim Jong Il. Kim promised support.\n", "Kim", (1, 3), "person/Q45785"),
])
def test_a_bare_surname_two_leaders_share_is_the_one_named_first(facts_of, text, surname, bare, key):
    _, found = facts_of(text)
    assert [keys_for(found, text, surname, n) for n in bare] == [(key,)] * len(bare)


@pytest.mark.parametrize("text, person", [
    ("H\nQatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Ankara. Erdogan and Al Thani held talks.\n",
     "person/Q1855372"),
    ("H\nKenya's Emir Sheikh Khalid bin Omar Al Mansouri arrived in Ankara. Erdogan and Al Mansouri held talks.\n",
     "person/khalid-bin-omar-al-mansouri"),
])
def test_a_family_name_with_its_particle_is_the_person_named_in_full_and_an_honorific_no_one(facts_of, text, person):
    _, found = facts_of(text)
    people = {k for k in found.entities if k.startswith("person/") and k != "person/Q39259"}
    assert people == {person}


def test_a_name_the_model_cuts_at_its_particle_is_one_person_and_its_family_name_hers(facts_of):
    text = ("H\nEuropean Commission president Ursula von der Leyen visited Ethiopia on Saturday. "
            "Von der Leyen also met with Ethiopian Prime Minister Abiy Ahmed.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "Leyen", 1) == ("person/ursula-von-der-leyen",)
    assert not [k for k in found.entities if "leyen" in k and k != "person/ursula-von-der-leyen"]


def test_a_counterpart_holds_the_same_office_for_the_nation_named_with_it(facts_of):
    from kg.facts import LeaderOf

    text = ("H\nKenyan President David Mwangi and his Ugandan counterpart Ana Souza agreed on Tuesday "
            "to cut tariffs.\n")
    facts, _ = facts_of(text)
    assert ("person/ana-souza", "nation/UGA", "President") in \
        {(f.leader, f.nation, f.title) for f in facts if isinstance(f, LeaderOf)}


def test_a_full_name_with_another_given_name_is_not_a_former_leader_of_that_surname(facts_of):
    _, found = facts_of("H\nArgentine President Carlos Mendez met Venezuelan President Luis Pardo.\n")
    people = {e.name: e for e in found.entities.values() if e.kind.value in ("Person", "Leader")}
    assert set(people) == {"Carlos Mendez", "Luis Pardo"}
    assert not any(e.wikidata for e in people.values())


@pytest.mark.parametrize("text", [
    "Obama held talks on Monday with NATO's secretary-general, Jens Stoltenberg.",
    "\"There is a lot to do,\" European Council President Donald Tusk wrote to leaders.",
])
def test_a_former_national_leader_titled_as_an_organisations_officer_is_a_person(facts_of, text):
    _, found = facts_of("H\n" + text + "\n")
    kinds = {e.name: e.kind.value for e in found.entities.values()}
    assert kinds.get("Jens Stoltenberg", kinds.get("Donald Tusk")) == "Person"


def test_a_name_after_an_organisation_and_a_comma_keeps_its_office(facts_of):
    _, found = facts_of("H\nAfter a row with the White House, Prime Minister Benjamin Netanyahu cancelled a visit.\n")
    assert found.entities["person/Q43723"].kind.value == "Leader"


def test_a_surname_ending_another_full_name_is_no_sitting_leader(facts_of):
    _, found = facts_of("H\nThe president will visit Cuba in March. (Reporting by Patricia Zengerle and Jeff Mason "
                        "in Washington; Editing by Eric Beech)\n")
    assert not any(key.startswith("person/Q") for key in found.entities), found.entities


def test_a_title_of_one_nation_is_no_former_leader_of_another(facts_of):
    _, found = facts_of("H\nEthiopian Prime Minister Tesfa Ahmed arrived in Nairobi.\n")
    assert "person/tesfa-ahmed" in found.entities and not any(k.startswith("person/Q") for k in found.entities)


def test_a_first_name_used_alone_is_its_full_name(facts_of):
    _, found = facts_of("H\nEthiopian Prime Minister Tesfa Ahmed arrived in Nairobi. Tesfa said the line was ready.\n")
    tesfa = [t for t in found.by_token if found.by_token[t] == ("person/tesfa-ahmed",)]
    assert len(tesfa) >= 4  # the title, both names, and the bare "Tesfa"


def test_his_host_is_the_other_side(facts_of):
    facts, found = facts_of("H\nKenyan President David Mwangi welcomed Brazilian President Ana Souza to Nairobi. "
                            "Souza gave her host a silver tray.\n")
    assert [(g.giver, g.recipient, g.item) for g in facts if type(g).__name__ == "Gift"] == \
        [("person/ana-souza", "person/david-mwangi", "silver tray")]


def test_an_organisation_and_its_abbreviation_are_one_entity(facts_of):
    _, found = facts_of("H\nThe European Union met Kenya. The EU and Kenya signed a deal on trade.\n")
    orgs = [e for e in found.entities.values() if e.kind.value == "Organization"]
    assert [(e.key, e.name, e.aliases) for e in orgs] == [("organization/european-union", "European Union", {"EU"})]


def test_the_leaders_of_a_larger_meeting_are_not_the_two_named_last(facts_of):
    text = ("H\nUS President Barack Obama met Chinese President Hu Jintao at the summit. Italian Prime Minister "
            "Silvio Berlusconi hosted it. On Thursday the leaders agreed to cut emissions by 2050.\n")
    facts, _ = facts_of(text)
    assert not any(type(f).__name__ == "Commitment" for f in facts)


def test_the_leaders_after_two_leaders_are_those_two(facts_of):
    facts, _ = facts_of("H\nUS President Barack Obama met Chinese President Hu Jintao at the summit. "
                        "The leaders agreed to cut emissions by 2050.\n")
    assert [sorted(f.committed_by) for f in facts if type(f).__name__ == "Commitment"] == \
        [["person/Q15029", "person/Q76"]]


@pytest.mark.parametrize("text, by", [
    ('"We will provide $50 million to rebuild the road," Ruto said.', ("nation/KEN",)),
    ('"I will send engineers to Ethiopia," Ruto told reporters.', ("person/Q195725",)),
])
def test_a_quotation_followed_by_its_attribution_speaks_for_the_speaker(facts_of, text, by):
    facts, _ = facts_of("H\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed. " + text + "\n")
    assert [f.committed_by for f in facts if type(f).__name__ == "Commitment"] == [by]


@pytest.mark.parametrize("text", ["Sofia Berg, the spokeswoman, said the talks went well.",
                                  "The Lima Group met on Monday."])
def test_a_capitals_name_that_begins_a_longer_name_is_not_the_capital(facts_of, text):
    _, found = facts_of("H\n" + text + "\n")
    assert not any(k.startswith("nation/") for k in found.entities)


def test_a_speaker_of_no_known_side_may_report_a_promise(facts_of):
    facts, _ = facts_of("H\nAna Berg, the spokeswoman, said Kenya would build a new embassy in Lima.\n")
    assert [f.committed_by for f in facts if type(f).__name__ == "Commitment"] == [("nation/KEN",)]


def test_a_sitting_leader_named_only_by_surname_keeps_the_wikidata_link(facts_of):
    _, found = facts_of("H\nThe United States will lift the embargo, Trump said on Tuesday.\n")
    assert found.entities["person/Q22686"].wikidata == "Q22686"


def test_the_inner_word_of_a_long_name_used_alone_is_that_person(facts_of):
    facts, found = facts_of("H\nBrazilian President Ana Maria Souza Ferreira met Peruvian President Luis Alberto "
                            "Vega de la Torre. Souza gave Vega a silver vase.\n")
    assert [(g.giver, g.recipient) for g in facts if type(g).__name__ == "Gift"] == \
        [("person/ana-maria-souza-ferreira", "person/luis-alberto-vega-de-la-torre")]





def test_they_does_not_reach_past_the_sentence_before(facts_of):
    text = ("News\nUS President Donald Trump met Japan's prime minister Sanae Takaichi. "
            "Markets rose. Exporters hired staff. Training of workers began as they prepare to move.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "they", 0) == ()
    near = ("News\nUS President Donald Trump met Japan's prime minister Sanae Takaichi in Tokyo. "
            "Later they pledged to build a port.\n")
    _, found = facts_of(near)
    assert set(keys_for(found, near, "they", 0)) == {"person/Q22686", "person/Q1705028"}


def test_they_is_not_the_leader_a_government_is_named_after(facts_of):
    text = ("News\nWASHINGTON, June 3, 2024 — National Security Advisor Mark Olsen spoke by phone today with "
            "Tomas Dahl, Ruritania's Bureau Chief. Mr. Olsen underscored the Biden Administration’s interest in "
            "the relationship. They agreed to cooperate.\n")
    _, found = facts_of(text)
    assert "person/Q6279" not in keys_for(found, text, "They", 0)


def test_we_outside_quotations_is_the_government_a_text_speaks_for(facts_of):
    text = ("Readout\nPresident Donald Trump spoke with Prime Minister Sanae Takaichi of Japan. "
            "The President thanked her. We will provide $5 million to Kenya.\n")
    facts, found = facts_of(text)
    assert keys_for(found, text, "We") == ("nation/USA",)
    assert any(getattr(f, "committed_by", None) == ("nation/USA",) for f in facts)


_SPEAKS_FOR_NORWAY = ("Fact sheet\nNorway has mobilized $60 billion for ports. Norway also funds schools. "
                      "Kenya welcomed it. Norway has trained 500 nurses. {} We will continue to invest $200 "
                      "million in ports.\n")


@pytest.mark.parametrize("aside, expected", [
    ("", ("nation/NOR",)),                                  # the nation the text is mostly about, just named
    ("Kenya thanked its friends.", ()),                     # the sentence before has another subject
    ("Norway said our two countries agree.", ()),           # a joint text
    ("Norway has built our shared future.", ()),
])
def test_we_follows_on_from_the_nation_a_text_keeps_as_subject(facts_of, aside, expected):
    text = _SPEAKS_FOR_NORWAY.format(aside)
    facts, found = facts_of(text)
    assert keys_for(found, text, "We") == expected
    invest = [f.committed_by for f in facts if "invest" in getattr(f, "action", "")]
    assert invest == ([expected] if expected else [])




def test_a_capital_seating_the_body_an_article_names_stands_for_that_body(facts_of):
    text = ("News\nThe EU and the US have agreed to talks. The US filed a complaint against Brussels, "
            "prompting an EU complaint over US aid. However, both sides agreed to suspend their requests for "
            "arbitration.\n")
    facts, found = facts_of(text)
    assert keys_for(found, text, "Brussels") == ("organization/european-union",)
    assert "nation/BEL" not in found.entities
    suspended = [f for f in facts if "suspend" in getattr(f, "action", "")]
    assert [set(f.committed_by) for f in suspended] == [{"organization/european-union", "nation/USA"}]
    there = "News\nEU leaders met in Brussels on Monday. The EU agreed a budget.\n"
    _, found = facts_of(there)
    assert keys_for(found, there, "Brussels") == ()  # a venue: neither the EU nor Belgium
    assert "nation/BEL" not in found.entities



def test_a_readouts_own_president_is_named_first_and_its_administration_is_its_nation(facts_of):
    text = ("Readout\nPresident Donald Trump met President William Ruto of Kenya. The President thanked him. "
            "The Administration will send 100 doctors to Kenya.\n")
    facts, found = facts_of(text)
    assert keys_for(found, text, "Administration") == ("nation/USA",)
    assert [f.committed_by for f in facts if "doctors" in getattr(f, "action", "")] == [("nation/USA",)]
    wire = ("News\nPresident Donald Trump met President William Ruto of Kenya. The President thanked him. "
            "Officials said the administration will send doctors.\n")
    _, found = facts_of(wire)
    assert "nation/USA" not in keys_for(found, wire, "administration")


def test_a_bare_title_as_an_object_or_an_aides_office_is_no_voice_when_two_hold_it(facts_of):
    text = ("Readout\nAssistant to the President Ana Soto traveled to Israel. In Jerusalem, she met with Prime "
            "Minister Benjamin Netanyahu and President Isaac Herzog. In her meetings with the Prime Minister, she "
            "stressed President Joe Biden's commitment to peace. She said the Administration will continue to "
            "support the talks.\n")
    _, found = facts_of(text)
    assert "nation/ISR" not in keys_for(found, text, "Administration")


def test_a_readouts_own_president_is_the_one_named_as_a_subject_though_a_headline_named_the_other_first(facts_of):
    text = ("Readout of the Call with President William Ruto\nPresident Joe Biden spoke with President William "
            "Ruto of Kenya. The President affirmed his support. The Administration will send 100 doctors to Kenya.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "Administration") == ("nation/USA",)


def test_a_royal_title_the_model_took_into_the_name_still_names_the_person(facts_of):
    text = "News\nQueen Camilla met Prince William in London.\n"
    _, found = facts_of(text)
    assert keys_for(found, text, "Camilla") == keys_for(found, text, "Queen") != ()
    assert keys_for(found, text, "William") != ()


def test_a_quotation_opening_the_sentence_after_an_attributed_one_has_the_same_speaker(facts_of):
    text = ('News\nJapanese Prime Minister Sanae Takaichi met US President Donald Trump. '
            '"This deal will transform our region," Takaichi told reporters. "We will also build a new port."\n')
    facts, found = facts_of(text)
    assert keys_for(found, text, "We") == ("nation/JPN",)
    assert [(f.committed_by, f.action) for f in facts if "port" in getattr(f, "action", "")] == \
        [(("nation/JPN",), "build a new port")]


@pytest.mark.parametrize("name, key", [
    ("Volodymyr Zelenskiy", "person/Q3874799"),   # the gazetteer spells it Zelenskyy
    ("Donald Trumps", "person/Q22686"),
    ("Ana Souza", "person/ana-souza"),              # no leader of that given name
])
def test_a_leaders_name_spelled_otherwise_is_still_the_leader(facts_of, name, key):
    _, found = facts_of(f"News\nPresident {name} spoke on Monday.\n")
    assert key in found.entities


@pytest.mark.parametrize("name, key", [
    ("Nana Addo Dankwa Akufo-Addo", "person/Q718601"),  # the gazetteer says "Nana Akufo-Addo"
    ("Nana Kwame Akufo-Mensah", "person/nana-kwame-akufo-mensah"),  # its words not all the gazetteer's
])
def test_a_name_with_middle_names_the_gazetteer_leaves_out_is_the_leader(facts_of, name, key):
    _, found = facts_of(f"News\nPresident {name} spoke on Monday.\n")
    assert key in found.entities


def test_a_name_longer_than_the_gazetteers_is_still_the_leader(facts_of):
    text = "Talks\nKenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan.\n"
    facts, found = facts_of(text)
    assert keys_for(found, text, "Hassan") == ("person/Q16193885",)   # the gazetteer says "Samia Suluhu"
    assert [set(f.participants) for f in facts if hasattr(f, "participants")] == \
        [{"person/Q16193885", "person/Q195725"}]


@pytest.mark.parametrize("text, word, expected", [
    ("Trump met Takaichi. She smiled. Trump thanked Takaichi for her hospitality in hosting his delegation.",
     "her", ("person/Q1705028",)),                              # the person thanked "for her ..."
    ("Trump met Takaichi. The envoys, several of whom worked with Takaichi in her campaigns, waited. "
     "Trump said that he would return.", "her", ("person/Q1705028",)),  # the one person its clause names
    ("Kenya - Africa's second-biggest tea producer and one of the top exporters - has been pursuing deals. "
     "Under the agreement, it will supply Uganda with 7 million tonnes of tea annually.",
     "it", ("nation/KEN",)),                                     # a subject named before a dash
    ("The President and the Prime Minister talked. We will provide $5 million to Kenya.",
     "We", ()),                                                   # a joint text has no one voice
    ("The president smiled. We will see, analysts said.", "We", ()),  # a wire story's lowercase title
])
def test_references_resolved_in_their_clause_or_voice(facts_of, text, word, expected):
    full = ("News\nUS President Donald Trump met Japan's prime minister Sanae Takaichi. " + text + "\n")
    _, found = facts_of(full)
    assert keys_for(found, full, word) == expected


def test_a_possessive_guess_does_not_teach_gender(facts_of):
    text = ("News\nVice President Ana Dahl spoke with Sanae Takaichi, whose aides worked with Soto "
            "in his office. The Vice President said that she will return.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "she", 0) == ("person/ana-dahl",)



def test_a_president_elect_is_no_sitting_leader_and_the_president_elect_is_that_person(facts_of):
    text = "H\nKenyan President-elect David Mwangi arrived. The president-elect will build a new port.\n"
    facts, found = facts_of(text)
    assert keys_for(found, text, "elect", 1) == ("person/david-mwangi",)
    assert not [f for f in facts if type(f).__name__ == "LeaderOf"]
    assert [c.committed_by for c in facts if type(c).__name__ == "Commitment"] == [("person/david-mwangi",)]


@pytest.mark.parametrize("text, word, found", [
    ("H\nPrime Minister Lee of Kenya arrived.\n", "Lee", ("person/lee",)),  # no Korean Lee: Kenya's
    ("H\nSingaporean Prime Minister Goh Chok Tong spoke. Prime Minister Goh left.\n", "Goh", ("person/Q313300",)),
])
def test_a_titled_surname_is_a_leader_of_the_nation_the_title_names(facts_of, text, word, found):
    _, m = facts_of(text)
    assert keys_for(m, text, word) == found


def test_a_hyphened_given_name_is_part_of_the_name_and_its_family_name_comes_first(facts_of):
    text = "H\nForeign Minister Park Ji-won met Japanese Foreign Minister Kenji Mori. Park and Mori spoke.\n"
    _, found = facts_of(text)
    assert "person/park-ji-won" in found.entities
    assert keys_for(found, text, "Park", 1) == ("person/park-ji-won",)  # not a former Korean president Park


def test_a_title_before_a_name_and_a_nation_after_it_is_that_nations_office(facts_of):
    facts, found = facts_of("H\nPresident Ana Ruiz of Chile arrived in Lima. She met President Marco Vidal.\n")
    assert found.nation_of("person/ana-ruiz") == "nation/CHL"
    assert ("person/ana-ruiz", "nation/CHL") in {(f.leader, f.nation) for f in facts if type(f).__name__ == "LeaderOf"}


def test_a_nation_after_a_name_then_and_another_party_is_still_that_nations(facts_of):
    _, found = facts_of("H\nThe deal was signed by President Ana Ruiz of Chile and Peruvian President Marco "
                        "Vidal.\n")
    assert (found.nation_of("person/ana-ruiz"), found.nation_of("person/marco-vidal")) == ("nation/CHL", "nation/PER")


@pytest.mark.parametrize("text, word, found", [
    ("H\nSecretary of Homeland Security Daniel Ortega-Vidal spoke.\n", "Vidal", ("person/daniel-ortega-vidal",)),
    ("H\nThe Daniel Ortega-led government spoke.\n", "Ortega", ("person/Q57402",)),  # his government
    ("H\nThe Secretary of Commerce Gina Raimondo signed a memorandum.\n", "Raimondo", ("person/gina-raimondo",)),
])
def test_a_name_is_read_whole_past_a_hyphen_and_out_of_a_department(facts_of, text, word, found):
    _, m = facts_of(text)
    assert keys_for(m, text, word) == found


@pytest.mark.parametrize("text, nation", [
    ("H\nEU leaders meet in Nairobi on Thursday to agree on a deal.\n", False),  # a venue
    ("H\nThe Nairobi summit ended without a deal.\n", False),
    ("H\nJapan will send aid to Nairobi.\n", True),  # a government one sends aid to
    ("H\nNairobi said the talks had failed.\n", True),
])
def test_a_capital_named_as_a_venue_brings_no_nation(facts_of, text, nation):
    _, found = facts_of(text)
    assert ("nation/KEN" in found.entities) is nation


def test_a_name_ending_in_a_place_word_is_no_person_whatever_the_model_tagged(nlp_pipeline):
    from spacy.tokens import Span

    from kg import mentions, nlp
    doc = nlp.parse("Ana Luz County has committed $1 million, and Lima County approved $2 million. "
                    "Chief Data Officers met. Data analysts spoke.\n")
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 18, 20, label="PERSON")]
    found = mentions.find(doc, None)
    assert not [k for k in found.entities if k.startswith("person/")]
    assert found.keys(doc[10]) == found.keys(doc[22]) == ()  # "County", "Data": nobody's surname or first name


def test_a_stray_possessive_opens_no_persons_name(nlp_pipeline):
    from spacy.tokens import Span

    from kg import mentions, nlp
    doc = nlp.parse("The President's Budget includes $2 billion. The Budget also includes $5 million.\n")
    doc.ents = [Span(doc, 2, 4, label="PERSON")]  # "'s Budget", as the model tags it in a long fact sheet
    assert not [k for k in mentions.find(doc, None).entities if k.startswith("person/")]


def test_a_family_name_first_used_alone_is_that_person_when_no_sitting_leader_has_it(facts_of):
    text = ("Talks\nChinese President Liu Jianguo held talks with Kazakh President Nurlan Abenov in 2024. "
            "Liu presented Abenov with a vase.\n")
    assert keys_for(facts_of(text)[1], text, "Liu", 1) == ("person/liu-jianguo",)


def test_an_honours_name_is_no_person(nlp_pipeline):
    from spacy.tokens import Span

    from kg import mentions, nlp
    doc = nlp.parse("She won the Ana Ruiz Award in 2020. The Award honours teachers.\n")
    doc.ents = [Span(doc, 3, 6, label="PERSON")]
    assert not [k for k in mentions.find(doc, None).entities if k.startswith("person/")]


def test_an_honour_tagged_up_to_what_it_rewards_is_no_person(nlp_pipeline):
    from spacy.tokens import Span

    from kg import mentions, nlp
    doc = nlp.parse("She won the Ana Ruiz Award for Outstanding Service in 2020.\n")
    doc.ents = [Span(doc, 3, 9, label="PERSON")]
    assert not [k for k in mentions.find(doc, None).entities if k.startswith("person/")]


def test_a_nation_naming_a_currency_is_no_party(facts_of):
    text = ("Talks\nKenya and Uganda met. Trade between them exceeded 6.4 billion US dollars. "
            "The two sides signed a deal.\n")
    _, found = facts_of(text)
    assert "nation/USA" not in found.entities


def test_a_nation_inside_another_places_name_is_no_mention(facts_of):
    text = "Talks\nOfficials from New Jersey and New Mexico met in Northern Ireland. Mexico signed.\n"
    _, found = facts_of(text)
    assert {k for k in found.entities if k.startswith("nation/")} == {"nation/MEX"}
    assert keys_for(found, text, "Mexico", 0) == ()
    text = "Talks\nThe Union and Latin American bloc Mercosur met, with South American leaders. Peru signed.\n"
    _, found = facts_of(text)
    assert {k for k in found.entities if k.startswith("nation/")} == {"nation/PER"}


@pytest.mark.parametrize("text, word", [
    ("Sheikh Rashid was welcomed by Ferraresi with military honors in the courtyard of Palazzo Chigi, the "
     "prime minister's office.", "Chigi"),                  # a palace, not a person
    ("The talks were shown by state broadcaster RAI, according to Italian Prime Minister Giulia Ferraresi.",
     "RAI"),                                                # a name opens with a capital
])
def test_a_place_or_a_body_the_model_took_for_a_person_is_none(facts_of, text, word):
    text = f"H\n{text}\n"
    _, found = facts_of(text)
    assert not any(k.startswith("person/") for k in keys_for(found, text, word))


def test_a_name_the_model_tagged_with_its_possessive_is_the_name(facts_of):
    text = ("Brazilian President Marcos Vidal Teixeira's state visit to Beijing yielded agreements\n"
            "Teixeira arrived on Monday.\n")
    _, found = facts_of(text)
    assert [k for k in found.entities if k.startswith("person/")] == ["person/marcos-vidal-teixeira"]


def test_a_hyphened_given_name_is_no_leaders_surname(facts_of):
    text = ("H\nThe summit was attended by Presidents Samuel Langat (Kenya) and Jean-Pierre Mbuyi Kalala "
            "(DR Congo). Langat spoke with President Kalala on Wednesday.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "Kalala", 1) == ("person/jean-pierre-mbuyi-kalala",)
    assert not [k for k in found.entities if k.startswith("person/Q")]  # no sitting leader called "Pierre"


@pytest.mark.parametrize("text", [
    "In addition, they discussed President Biden’s June trip to the United Kingdom to attend the summit.",
    "The Biden-Harris Administration remains committed to the Ryan White HIV/AIDS Program’s work.",
])
def test_a_name_ends_at_its_possessive_and_no_acronym_ends_a_name(facts_of, text):
    _, found = facts_of(f"H\n{text}\n")
    assert not [k for k in found.entities if k.startswith("person/") and not k.startswith("person/Q")]


def test_a_regnal_number_ends_a_name(facts_of):
    _, found = facts_of("H\nAs he remarked during his 2008 visit, Pope Benedict XVI praised the plan.\n")
    assert "person/benedict-xvi" in found.entities


@pytest.mark.parametrize("text, word, nth, keys", [
    # a name after "counterpart" and a comma is a person the model took for a place
    ("South Korean President Kang Tae-sung and his Indonesian counterpart, Hadi Santoso, held summit talks "
     "in Seoul on Tuesday.", "Santoso", 0, ("person/hadi-santoso",)),
    # a royal's title goes with the given name
    ("President Sheikh Rashid bin Saeed Al Mansoori arrived in Rome. Sheikh Rashid and Italian Prime Minister "
     "Giulia Ferraresi signed 38 agreements.", "Rashid", 1, ("person/rashid-bin-saeed-al-mansoori",)),
    # "the three leaders" are the three named last
    ("Greek Prime Minister Nikos Papalexiou, Cypriot President Andreas Charalambidis and Egyptian President "
     "Tarek Shennawy met in Cairo. The three leaders signed a framework agreement.", "leaders", 0,
     ("person/andreas-charalambidis", "person/nikos-papalexiou", "person/tarek-shennawy")),
    # "the two sides" are not the nation where they met
    ("Speaking at the Korea-ASEAN summit in Singapore, Han also promised more scholarships. The two sides "
     "signed a memorandum of understanding on smart city cooperation.", "sides", 0,
     ("nation/KOR", "organization/association-of-southeast-asian-nations")),
    # a firm the model does not know is the nearest "it", not the nation before it
    ("Japan will lend Kenya $5 million. French energy giant Engie, meanwhile, announced it would invest "
     "1.5 billion euros in Africa.", "it", 0, ()),
])
def test_who_a_word_names(facts_of, text, word, nth, keys):
    text = f"H\n{text}\n"
    assert keys_for(facts_of(text)[1], text, word, nth) == keys


def test_it_is_one_nation_never_the_two_a_subject_named(facts_of):
    text = ("H\nFrance and Algeria revived the commission. \"The commission will only work if both sides agree to "
            "open every archive,\" said the historian Pierre Lemaire. \"Otherwise, it will produce another report.\"\n")
    _, found = facts_of(text)
    assert len(keys_for(found, text, "it")) <= 1


def test_a_plural_title_the_model_tagged_as_a_body_is_none(facts_of):
    text = "H\n\n16. The Ministers agreed to hold the next session of the Joint Commission in Maputo.\n"
    _, found = facts_of(text)
    assert "organization/ministers" not in found.entities


def test_a_hyphened_surname_alone_is_the_person_not_a_firm(facts_of):
    text = ("H\nGhanaian President Kwabena Asante-Mensah arrived in Beijing. Gao Wenbin presented Asante-Mensah "
            "with a vase.\n")
    facts, found = facts_of(text)
    assert keys_for(found, text, "Mensah", 1) == ("person/kwabena-asante-mensah",)
    assert not [k for k in found.entities if k.startswith("organization/")]


def test_a_name_the_model_joined_to_a_body_after_a_comma_is_a_person(facts_of):
    text = ("H\nThe President of the Councils of State and Ministers, Ernesto Valdes Paredes, held talks with "
            "Vietnamese President Nguyen Duc Hoang.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "Paredes") == ("person/ernesto-valdes-paredes",)


@pytest.mark.parametrize("text, person", [
    ("President of Kenya Ana Wekesa held talks with President of Uganda Tom Okello.", "person/ana-wekesa"),
    ("Okello is the 16th President of the Kenyan Statistical Society.", None),         # no state, no name
])
def test_a_title_of_a_named_state_opens_a_name(facts_of, text, person):
    facts, _ = facts_of("H\n" + text + "\n")
    leaders = {f.leader for f in facts if type(f).__name__ == "LeaderOf" and f.title == "President"}
    assert (person in leaders) if person else not leaders


@pytest.mark.parametrize("text, person", [
    ("Kenya signed two deals during the visit of the Ugandan Minister of External Relations, Domingos Mateus "
     "Okello, to Nairobi.", True),
    ("Joni Madison, President, Human Rights Campaign, welcomed the bill.", False),  # the body the title heads
])
def test_a_name_set_off_after_a_title_is_a_person(facts_of, text, person):
    _, found = facts_of("H\n" + text + "\n")
    assert any(k.startswith("person/") and ("okello" in k or "campaign" in k) for k in found.entities) == person


def test_the_visiting_holder_of_a_title_is_the_one_from_abroad(facts_of):
    text = ("Gifts\nNAIROBI, Oct 12 (Wire) - Kenyan Prime Minister Ana Wekesa held talks with Ugandan Prime "
            "Minister Tom Okello. The visiting Prime Minister was presented by his host with a lacquer painting.\n")
    facts, found = facts_of(text)
    assert keys_for(found, text, "visiting") == ("person/tom-okello",)
    assert [(g.giver, g.recipient) for g in facts if type(g).__name__ == "Gift"] == \
        [("person/ana-wekesa", "person/tom-okello")]


def test_the_nations_minister_is_its_one_titled_minister(facts_of):
    text = ("H\nKenyan Development Minister Ana Wekesa met Ugandan President Tom Okello. "
            "The Kenyan minister then flew home.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "minister", 0) == ("person/ana-wekesa",)


def test_a_family_name_first_shared_with_a_sitting_leader_is_the_articles_person(facts_of):
    _, found = facts_of("H\nChinese Vice Premier Li Mingshan held talks in Vientiane. Li said the railway was ready.\n")
    li = [t for t in found.by_token if found.by_token[t] == ("person/li-mingshan",)]
    assert len(li) >= 4 and not any(k.startswith("person/Q") for k in found.entities), found.entities


def test_a_counterpart_holds_the_office_of_the_person_before_not_after(facts_of):
    facts, _ = facts_of("H\nThe pacts were signed by Foreign Minister Ruth Chebet and her Ethiopian counterpart "
                        "Tesfaye Gebremariam, and witnessed by President Samuel Kamau.\n")
    assert ("person/tesfaye-gebremariam", "Foreign Minister") in \
        {(f.leader, f.title) for f in facts if type(f).__name__ == "LeaderOf"}, facts


def test_an_initial_unlike_the_leaders_is_another_person(facts_of):
    _, found = facts_of("H\nAn accord was reached, Foreign Secretary S. Venkataraman told reporters. "
                        "Mr. Venkataraman said the ferry would resume.\n")
    assert "person/s-venkataraman" in found.entities and not any(k.startswith("person/Q") for k in found.entities)


@pytest.mark.parametrize("dateline, visiting, nation", [
    ("NEW DELHI, September 15, 2015 -", "", "nation/IND"),
    ("NEW DELHI, September 15, 2015\n\n", "", "nation/IND"),
    ("NEW DELHI, September 15, 2015 -", "visiting ", None),  # a guest is no host
    ("BRUSSELS, September 15, 2015 -", "", None),            # a capital seating bodies: any nation's
])
def test_an_office_with_no_nation_filed_from_a_capital_is_the_hosts(facts_of, dateline, visiting, nation):
    facts, _ = facts_of(f"H\n{dateline} {visiting}Prime Minister Arvind Saxena and his Sri Lankan counterpart "
                        "Chaminda Perera held talks on Tuesday.\n")
    assert {f.nation for f in facts if type(f).__name__ == "LeaderOf" and f.leader == "person/arvind-saxena"} \
        == ({nation} if nation else set())


def test_an_office_with_no_nation_and_no_foreign_official_stays_without_one(facts_of):
    facts, _ = facts_of("H\nWASHINGTON, May 4, 2021 - Earlier, she worked for President Tom Bush.\n")
    assert not [f for f in facts if type(f).__name__ == "LeaderOf"]


@pytest.mark.parametrize("text, giver", [
    # the nation's prime minister, not any minister of it
    ("Indian Prime Minister Arvind Saxena met Indian External Affairs Minister Mina Raghavan. The Indian Prime "
     "Minister gifted his guest a replica of a statue.", "person/arvind-saxena"),
    # "the French President" after "President Emmanuel Macron", whose title named no nation
    ("President Emmanuel Macron met Prime Minister Keir Starmer in Paris. The French President gave his guest a "
     "vase.", "person/Q3052772"),
    # of the nation's heads the article titles, the one in office (today, for an undated story), not
    # "US President Dwight D Eisenhower" of a sword's story
    ("President Donald Trump visited Windsor. King Charles was shown a replica of US President Dwight D "
     "Eisenhower's sword. Queen Camilla was given a gold brooch by the visiting US leader.", "person/Q22686"),
])
def test_the_nations_title_is_its_holder(facts_of, text, giver):
    facts, _ = facts_of("H\n" + text + "\n")
    assert [g.giver for g in facts if type(g).__name__ == "Gift"] == [giver]


def test_the_nations_leader_of_two_heads_is_the_one_named_most(facts_of):
    facts, _ = facts_of("H\nPresident of Kazakhstan Serik Zhanov met President of Uzbekistan Bakhtiyor Kodir. "
                        "Zhanov said trade grew. Later Kodir met Kazakh Prime Minister Bolat Sagyn. Zhanov praised "
                        "the visit. The Kazakh leader handed his Uzbek counterpart a dombra.\n")
    assert [g.giver for g in facts if type(g).__name__ == "Gift"] == ["person/serik-zhanov"]


def test_a_capitalised_word_the_model_cut_from_a_name_ends_it(facts_of):
    facts, _ = facts_of("H\nPresident Park Sung-hoon held a telephone conversation with Indonesian President Budi "
                        "Santoso Wirawan on Monday.\n")
    assert [sorted(f.participants) for f in facts if type(f).__name__ == "Meeting"] == \
        [["person/budi-santoso", "person/park-sung-hoon"]]


def test_a_counterpart_named_after_a_comma_holds_the_office_too(facts_of):
    facts, _ = facts_of("H\nSouth Korean President Han Sung-woo held a summit with his Indonesian counterpart, Budi "
                        "Wirawan, at the palace.\n")
    offices = {(f.leader, f.nation) for f in facts if type(f).__name__ == "LeaderOf"}
    assert ("person/budi-wirawan", "nation/IDN") in offices


@pytest.mark.parametrize("text", ["H\nThe visit by Prime Minister, Abiy Ahmed, to Asmara ended.\n",
                                  "H\nPrime Minister Abiy Ahmed arrived in Asmara.\n"])
def test_a_name_written_without_its_last_word_is_the_leader_of_that_title(facts_of, text):
    """The gazetteer's "Abiy Ahmed Ali", written as papers write him, with his title."""
    _, found = facts_of(text)
    assert "person/Q50365049" in found.entities


def test_a_name_cut_short_without_the_leaders_title_is_no_leader(facts_of):
    _, found = facts_of("H\nThe singer Abiy Ahmed arrived in Asmara.\n")
    assert "person/Q50365049" not in found.entities


def test_a_government_of_the_republic_is_the_nation_and_a_bank_of_it_keeps_its_name(facts_of):
    _, found = facts_of("H\nThe Government of the Philippines will lend $5 million to Peru.\n")
    assert not any(k.startswith("organization/") for k in found.entities)
    _, found = facts_of("H\nThe Central Bank of the Philippines will lend $5 million to Peru.\n")
    assert "organization/central-bank-of-the-philippines" in found.entities


def test_it_that_helps_just_after_a_treaty_is_the_treaty_not_the_nation(facts_of):
    text = ("H\nPacific states want Peru to sign the treaty, saying it would help protect tuna stocks in "
            "coastal areas.\n")
    _, found = facts_of(text)
    assert keys_for(found, text, "it") == ()
    sends = "H\nPeru signed the treaty and said it will send 200 troops to Chile.\n"
    _, found = facts_of(sends)
    assert keys_for(found, sends, "it") == ("nation/PER",)


def test_an_unnamed_officer_is_no_organisation_and_they_includes_the_nation(facts_of):
    text = ("H\nInterior Minister Ali Khan and White House National Security Advisor discussed bilateral "
            "relations. They agreed to continue working together against terrorism.\n")
    _, found = facts_of(text)
    assert not any(k.startswith("organization/") for k in found.entities)
    assert set(keys_for(found, text, "They")) == {"person/ali-khan", "nation/USA"}


def test_a_name_written_family_name_first_is_that_leader(facts_of):
    _, found = facts_of("H\nJapanese Prime Minister Kishida Fumio met Chilean President Ana Ruiz in Tokyo.\n")
    assert "person/Q359480" in found.entities



def test_a_royal_title_before_a_regnal_name_is_the_sitting_monarch(facts_of):
    """"King Charles" the model tagged as nothing: the monarch whose name before its numeral (and
    before "of", "Abdullah II of Jordan") the word is."""
    _, found = facts_of("H\nKing Charles met President Emmanuel Macron in Paris. King Abdullah spoke later.\n")
    assert {"person/Q43274", "person/Q57464"} <= {k for keys in found.by_token.values() for k in keys}


def test_the_monarch_is_the_articles_one_royal(facts_of):
    facts, _ = facts_of("H\nKing Charles met President Emmanuel Macron in Paris. The monarch and the French "
                        "President exchanged gifts.\n")
    assert {(g.giver, g.recipient) for g in facts if type(g).__name__ == "Gift"} == {
        ("person/Q43274", "person/Q3052772"), ("person/Q3052772", "person/Q43274")}


def test_a_second_title_sharing_the_first_ones_the_is_its_holder(facts_of):
    """"the President and Prime Minister": both offices named before, each its holder."""
    facts, _ = facts_of("H\nPresident Emmanuel Macron met Prime Minister Keir Starmer in Paris. The President and "
                        "Prime Minister signed a defence pact.\n")
    assert [a.signatories for a in facts if type(a).__name__ == "Agreement"] == [
        ("person/Q3052772", "person/Q6383803")]


def test_the_nations_president_before_the_name_is_the_president_the_article_names(facts_of):
    """"The president of Mexico ... Felipe Calderon": titled nowhere, the leader whose office the
    gazetteer says it is."""
    _, found = facts_of("H\nThe president of Mexico arrived in London. Felipe Calderon was met by the mayor.\n")
    assert found.by_token.get(3) == ("person/Q57269",)  # "president" (after "H", a newline, "The")


@pytest.mark.parametrize("quoted", ["'Jokowi'", "“Jokowi”"])
def test_a_nickname_in_quotes_inside_a_name_is_the_same_person_and_names_them_alone(facts_of, quoted):
    _, found = facts_of(f"H\nPresident Joko {quoted} Widodo visited Oslo. Jokowi met the king.\n")
    people = {k for keys in found.by_token.values() for k in keys if k.startswith("person/")}
    assert people == {"person/Q3318231"}


def test_a_first_name_the_model_left_out_of_a_leaders_name_is_put_back(facts_of):
    """The model tags "Lokke Rasmussen" and leaves "Lars" alone; with it the name is the gazetteer's."""
    _, found = facts_of("H\nPresident Ana Souza hosted the prime minister of Denmark, Lars Lokke Rasmussen, "
                        "in Lima.\n")
    assert "person/Q182397" in found.entities and not any(k.startswith("person/lokke") for k in found.entities)


def test_a_one_word_name_the_model_calls_a_firm_is_the_person_known_by_it(nlp_pipeline):
    """The model's ORG for the bare "Nana" after "President Nana" named the person."""
    from spacy.tokens import Span

    from kg import mentions, nlp

    doc = nlp.parse("H\nPresident Nana visited Lima. Officials praised Nana on Friday.\n")
    second = [t.i for t in doc if t.text == "Nana"][-1]
    doc.ents = [e for e in doc.ents if not e.start <= second < e.end] + [Span(doc, second, second + 1, "ORG")]
    assert mentions.find(doc, None).keys(doc[second]) == ("person/nana",)


def test_a_question_opening_with_will_names_no_one_called_will(facts_of):
    text = ("H\nChilean President Ana Ruiz met Peruvian President Luis Soto. Will Soto, who used some Spanish "
            "to greet Ruiz the night before, read the book?\n")
    found = facts_of(text)[1]
    assert "person/will-soto" not in found.entities and keys_for(found, text, "Soto", 1) == ("person/luis-soto",)


def test_the_first_lady_titled_nowhere_is_the_named_spouse_of_a_named_leader(facts_of):
    text = ("News\nSanae Takaichi gave Donald Trump a putter and presented a silk scarf to the First Lady. "
            "Later, Melania Trump hosted a dinner for the guests.\n")
    assert keys_for(facts_of(text)[1], text, "Lady") == ("person/melania-trump",)


@pytest.mark.parametrize("text", [
    "President Ana Lind of Peru and President Luis Soto of Chile met on Monday.",  # "and" then a title
    "Presidents Ana Lind of Peru and Luis Soto of Chile met on Monday.",          # one title in the plural
])
def test_each_of_two_titled_names_of_nations_leads_its_own(facts_of, text):
    facts, _ = facts_of("News\n" + text + "\n")
    assert sorted((f.leader, f.nation) for f in facts if hasattr(f, "leader")) == \
        [("person/ana-lind", "nation/PER"), ("person/luis-soto", "nation/CHL")]


def test_a_regnal_number_after_a_monarchs_name_is_part_of_the_name(facts_of):
    text = "News\nKing Abdullah II met President Luis Soto of Peru in Amman on Monday.\n"
    facts, found = facts_of(text)
    assert keys_for(found, text, "II") == ("person/Q57464",)
    assert [set(f.participants) for f in facts if hasattr(f, "participants")] == [{"person/Q57464", "person/luis-soto"}]
