"""Meetings: verbs, nouns with participants, "the meeting" anaphora and merging."""

import pytest

from kg.facts import Meeting, Modality

PEOPLE = "US President Donald Trump and Japan's prime minister Sanae Takaichi signed a deal on trade. "
BOTH = {"person/Q22686", "person/Q1705028"}
APART = "US President Donald Trump was in Washington. Japan's prime minister Sanae Takaichi was in Tokyo. "


def meetings(facts):
    return [f for f in facts if isinstance(f, Meeting)]


@pytest.mark.parametrize("text", [
    "US President Donald Trump met Japan's prime minister Sanae Takaichi in Tokyo.",
    "US President Donald Trump held talks with Japan's prime minister Sanae Takaichi.",
    "US President Donald Trump hosted Japan's prime minister Sanae Takaichi at the White House.",
    "US President Donald Trump greeted Japan's prime minister Sanae Takaichi before a welcoming ceremony.",
    "US President Donald Trump had the opportunity to make a courtesy call to Japan's prime minister Sanae Takaichi.",
    "US President Donald Trump and Japan's prime minister Sanae Takaichi presided over the signing of a deal.",
    "Seven agreements were signed in the presence of US President Donald Trump and Japan's prime minister Sanae "
    "Takaichi.",
])
def test_meeting_with_two_named_people(facts_of, text):
    found = meetings(facts_of("H\n" + text + "\n")[0])
    assert found and set(found[0].participants) == BOTH


def test_a_meeting_after_another_event_is_still_asserted(facts_of):
    text = "H\nChilean President Ana Ruiz arrived in Lima and met Peru's Prime Minister Luis Soto.\n"
    found = meetings(facts_of(text)[0])
    assert len(found) == 1 and found[0].modality.value == "asserted"


def test_the_meeting_refers_back_to_the_last_event(facts_of):
    found = meetings(facts_of("H\n" + PEOPLE + "The meeting took place at the Akasaka Palace.\n")[0])
    assert len(found) == 1 and set(found[0].participants) == BOTH
    assert found[0].evidence.rule == "meeting_anaphor"
    assert found[0].location == "place/akasaka-palace"


TRANSCRIPT = ("Background Press Call\n\nMODERATOR: Thank you. This call is on background.\n\n"
              "SENIOR OFFICIAL: " + PEOPLE + "\n\n"
              "Q Thanks. Do you expect Chilean President Ana Ruiz to meet Peru's Prime Minister Luis Soto?\n\n"
              "A second part of my question: was the summit a success?\n\n"
              "SENIOR OFFICIAL: We will have more on the summit later. The call is now over.\n")


def test_a_transcript_reports_no_meeting_in_a_reporters_question(facts_of):
    found = meetings(facts_of(TRANSCRIPT)[0])
    assert {tuple(sorted(m.participants)) for m in found} == {tuple(sorted(BOTH))}


def test_in_a_transcript_the_call_and_the_summit_do_not_refer_back(facts_of):
    found = meetings(facts_of(TRANSCRIPT)[0])
    assert [m.evidence.rule for m in found] == ["meeting_signing"]  # the one sentence that tells a meeting


def test_mentions_of_one_meeting_merge(facts_of):
    found = meetings(facts_of("H\n" + PEOPLE + "The meeting took place in Tokyo during Trump's visit. "
                              "Trump praised their bilateral talks.\n")[0])
    assert {tuple(sorted(m.participants)) for m in found} == {tuple(sorted(BOTH))}


@pytest.mark.parametrize("text", [
    "A meeting was planned.", "Trump did not meet Takaichi.",
    "Chilean President Ana Ruiz plans to meet Peru's Prime Minister Luis Soto next month.",
    "Chilean President Ana Ruiz is expected to meet Peru's Prime Minister Luis Soto in Lima.",
    "Chilean President Ana Ruiz hopes to meet Peru's Prime Minister Luis Soto.",
    "Chilean President Ana Ruiz agreed to meet Peru's Prime Minister Luis Soto again.",
    "Chilean President Ana Ruiz intends to visit Lima and meet Peru's Prime Minister Luis Soto.",
    "Chilean President Ana Ruiz will fly to Lima and meet Peru's Prime Minister Luis Soto.",
    "Chilean President Ana Ruiz is likely to meet Peru's Prime Minister Luis Soto next month.",
    "Following Chilean President Ana Ruiz's call to action, Peru's Prime Minister Luis Soto announced aid.",
    "Chilean President Ana Ruiz's call for calm was heeded by Peru's Prime Minister Luis Soto.",
    "Chilean President Ana Ruiz and Peru's Prime Minister Luis Soto hosted 21 outreach engagements with farmers.",
    "Chilean President Ana Ruiz called on Peru's Prime Minister Luis Soto to release the prisoners.",  # an appeal
    "Chile and Peru will designate their teams to discuss a border plan.",  # a purpose of a plan
    "Chilean President Ana Ruiz looks forward to welcoming Peru's Prime Minister Luis Soto for a visit on "
    "Thursday.",  # a visit hoped for
    "Trade tops the agenda when Chilean President Ana Ruiz meets Peru's Prime Minister Luis Soto in June.",
    "Speaking at a conference in Lima, Chilean President Ana Ruiz and Peru's Prime Minister Luis Soto announced "
    "new aid.",  # they spoke to others, not with each other
    "Chilean President Ana Ruiz and Peru's Prime Minister Luis Soto were conferred with honorary degrees.",  # given
])
def test_no_meeting(facts_of, text):
    assert meetings(facts_of("H\n" + text + "\n")[0]) == []


@pytest.mark.parametrize("text, told", [
    ("Kenya is training nurses, with the first training session to commence in Nairobi next week.", 1),
    ("The session lasted two hours.", 2),  # the meeting told again
])
def test_a_training_session_after_a_meeting_is_not_that_meeting_told_again(facts_of, text, told):
    found = facts_of("H\nKenyan President Ana Ruiz met Peruvian President Luis Dahl on Monday. " + text + "\n")[0]
    assert len([m for m in meetings(found) if m.participants]) == told


def test_spoke_with_is_a_meeting(facts_of):
    found = meetings(facts_of("H\nUS President Donald Trump spoke with Japan's prime minister Sanae Takaichi.\n")[0])
    assert found and set(found[0].participants) == BOTH


def test_a_planned_visit_is_an_intention_not_a_meeting_yet(facts_of):
    facts = facts_of("H\nUS President Donald Trump will host Japan's prime minister Sanae Takaichi.\n")[0]
    assert meetings(facts) == []
    assert [f.modality.value for f in facts if type(f).__name__ == "Commitment"] == ["intended"]


def test_a_nation_meets_through_its_officials_not_its_students(facts_of):
    assert meetings(facts_of("H\nChilean students visited Peru last year.\n")[0]) == []
    found = meetings(facts_of("H\nChilean officials met Peruvian negotiators in Lima.\n")[0])
    assert [set(f.participants) for f in found] == [{"nation/CHL", "nation/PER"}]


def test_welcoming_a_nation_s_proposal_is_not_meeting_it(facts_of):
    assert meetings(facts_of("H\nPresident Ana Ruiz welcomed once again Peru's candidature for the seat.\n")[0]) == []
    found = meetings(facts_of("H\nPresident Ana Ruiz welcomed Peru's envoy to Santiago.\n")[0])
    assert [set(f.participants) for f in found] == [{"nation/PER", "person/ana-ruiz"}]


INVENTED = "Kenyan President David Mwangi flew to Kampala. "
SOUZA_AND_MWANGI = ("person/ana-souza", "person/david-mwangi")


@pytest.mark.parametrize("text", [
    "After meeting Ugandan President Ana Souza, Mwangi told reporters the ties were strong.",
    "Mwangi, who met Ugandan President Ana Souza on Monday, said the ties were strong.",
    "Mwangi arrived in Kampala on Tuesday for talks with Ugandan President Ana Souza.",
    "Mwangi sat down with Ugandan President Ana Souza in Kampala.",
    "Mwangi was received by Ugandan President Ana Souza at State House.",
    "Mwangi called on Ugandan President Ana Souza at State House.",
    "Mwangi called on Ugandan President Ana Souza this evening and is scheduled to leave tomorrow.",
    "Mwangi paid a courtesy call on Ugandan President Ana Souza.",
    "Ugandan President Ana Souza received a delegation led by Mwangi.",
    "Ugandan President Ana Souza chaired a summit attended by Mwangi.",
])
def test_meeting_forms_of_news(facts_of, text):
    found = [f for f in facts_of("H\n" + INVENTED + text + "\n")[0] if isinstance(f, Meeting)]
    assert {f.participants for f in found} == {SOUZA_AND_MWANGI}


def test_talks_someone_will_host_are_a_plan(facts_of):
    from kg.facts import Modality

    found = [f for f in facts_of("H\nKenya will host peace talks between Uganda and Tanzania.\n")[0]
             if isinstance(f, Meeting)]
    assert [f.modality for f in found] == [Modality.INTENDED]


def test_telephoned_is_a_call(facts_of):
    found = [f for f in facts_of("H\n" + INVENTED + "Mwangi telephoned Ugandan President Ana Souza.\n")[0]
             if isinstance(f, Meeting)]
    assert {f.participants for f in found} == {SOUZA_AND_MWANGI}


def test_a_list_of_titled_names_the_parser_bent_is_every_participant(misparsed):
    from kg.rules.meetings import meeting_noun

    text = ("H\nKenyan President David Mwangi, Ugandan President Ana Souza and Tanzanian President John Obi "
            "attended the summit in Arusha.\n")
    doc, found = misparsed(text, {"Souza": ("Obi", "nmod"), "Obi": ("Mwangi", "appos")})
    assert [set(f.participants) for f in meeting_noun(doc, found, "a")] == \
        [{"person/ana-souza", "person/david-mwangi", "person/john-obi"}]


def test_a_nation_and_its_own_leader_are_one_side(facts_of):
    found = [f for f in facts_of("H\nKenyan President David Mwangi held talks in Nairobi with Kenya.\n")[0]
             if isinstance(f, Meeting)]
    assert found == []


def test_the_next_summit_is_a_plan(facts_of):
    from kg.facts import Modality

    found = [f for f in facts_of("H\n" + INVENTED + "Mwangi and Ugandan President Ana Souza will attend the "
                                 "next summit.\n")[0] if isinstance(f, Meeting)]
    assert all(f.modality is Modality.INTENDED for f in found)


def test_a_meeting_with_its_own_date_and_members_is_not_the_meeting_just_told(facts_of):
    text = ("H\nKenyan President David Mwangi met Ugandan President Ana Souza on Monday. Kenya will continue "
            "close coordination at the October 6 meeting of Foreign Ministers in Lima.\n")
    assert [f.evidence.rule for f in facts_of(text)[0] if isinstance(f, Meeting)] == ["meeting_verb"]


def test_talks_expected_to_resume_are_a_plan(facts_of):
    from kg.facts import Modality

    text = ("H\nKenyan President David Mwangi held talks with Ugandan President Ana Souza on Monday. Talks with "
            "Uganda are expected to resume next week.\n")
    found = [f for f in facts_of(text)[0] if isinstance(f, Meeting)]
    assert [f.modality for f in found] == [Modality.ASSERTED, Modality.INTENDED]


def test_the_nations_ministers_are_the_ministers_the_article_named(facts_of):
    text = ("H\nKenyan Foreign Minister Ana Souza and Ugandan Foreign Minister David Mwangi flew to Nairobi. "
            "The Kenyan and Ugandan foreign ministers met on Monday.\n")
    found = [f for f in facts_of(text)[0] if isinstance(f, Meeting)]
    assert {f.participants for f in found} == {SOUZA_AND_MWANGI}


def test_talks_after_a_joint_promise_are_a_meeting_of_the_two(facts_of):
    text = ("H\nKenyan President David Mwangi and Ugandan President Ana Souza agreed to cut tariffs. "
            "Mwangi told reporters after three hours of talks that ties were strong.\n")
    found = [f for f in facts_of(text)[0] if isinstance(f, Meeting)]
    assert {f.participants for f in found} == {SOUZA_AND_MWANGI}


def test_receiving_a_persons_present_is_no_meeting_with_them(facts_of):
    found = meetings(facts_of("H\nKenyan President David Mwangi received Brazilian President Ana Souza's "
                              "present through the embassy.\n")[0])
    assert found == []


def test_arriving_in_a_capital_for_consultations_meets_its_nation(facts_of):
    found = meetings(facts_of("H\nThe Kenyan foreign minister arrived in Kampala for consultations.\n")[0])
    assert [f.participants for f in found] == [("nation/KEN", "nation/UGA")]


@pytest.mark.parametrize("text, participants", [
    ("The Kenyan foreign secretary met his Ugandan counterpart in Kampala.", ("nation/KEN", "nation/UGA")),
    ("The Kenyan crown prince visited Uganda for three days.", ("nation/KEN", "nation/UGA")),
    ("Kenyan and Ugandan ministers discussed the drought in Kampala.", ("nation/KEN", "nation/UGA")),
    ("Takaichi spoke by telephone with Trump.", ("person/Q1705028", "person/Q22686")),
    ("Takaichi called Trump on Sunday.", ("person/Q1705028", "person/Q22686")),
])
def test_counterparts_envoys_calls_and_joint_discussions_are_meetings(facts_of, text, participants):
    found = meetings(facts_of("H\n" + APART + text + "\n")[0])
    assert [f.participants for f in found] == [participants]


@pytest.mark.parametrize("text", [
    "Takaichi called Trump a friend.",
    "Takaichi called on Trump to act.",
    "Takaichi discussed the drought.",
    "Takaichi greeted the decision with relief.",
    "Takaichi witnessed the signing of the deal.",
    "The deal was signed in the presence of Takaichi.",
])
def test_naming_urging_and_discussing_alone_are_no_meetings(facts_of, text):
    assert meetings(facts_of("H\n" + APART + text + "\n")[0]) == []


def test_people_of_two_sides_who_signed_one_text_met(facts_of):
    text = "H\nKenyan Defence Minister Ana Kamau and her Ugandan counterpart Tomas Okello signed the pact in Kampala.\n"
    found = meetings(facts_of(text)[0])
    assert [(set(f.participants), f.evidence.rule) for f in found] == \
        [({"person/ana-kamau", "person/tomas-okello"}, "meeting_signing")]
    alone = "H\nKenyan Defence Minister Ana Kamau signed the pact with Uganda.\n"
    assert meetings(facts_of(alone)[0]) == []
    two = ("H\nKenyan Defence Minister Ana Kamau and her Ugandan counterpart Tomas Okello signed a pact on trade and a "
           "memorandum on roads in Kampala. Kamau and Okello also signed a deal on energy.\n")
    assert len(meetings(facts_of(two)[0])) == 2  # one per sentence, not per text


@pytest.mark.parametrize("text, rules", [
    ("Kenyan President Ana Kamau gave Ugandan President Tomas Okello a carved stool during his state visit.",
     ["meeting_gift"]),
    ("Kenyan President Ana Kamau sent Ugandan President Tomas Okello a carved stool.", []),  # no occasion named
])
def test_a_present_handed_at_a_visit_the_sentence_names_is_a_meeting_of_the_two(facts_of, text, rules):
    found = meetings(facts_of("H\n" + text + "\n")[0])  # (the visit told as a noun merges into it: one node)
    assert [r for r in rules if r in {f.evidence.rule for f in found}] == rules and bool(found) == bool(rules)
    assert all(set(f.participants) == {"person/ana-kamau", "person/tomas-okello"} for f in found)


def test_a_meeting_slated_is_planned(facts_of):
    found = meetings(facts_of("H\n" + APART + "Takaichi is slated to have a meeting with Trump, and to visit "
                              "the port before flying home.\n")[0])
    assert [f.modality for f in found] == [Modality.INTENDED]


def test_talks_at_the_end_of_a_planned_trip_are_planned(facts_of):
    found = meetings(facts_of("H\n" + APART + "Takaichi will travel to Osaka on Tuesday, before flying to "
                              "Washington for talks with Trump.\n")[0])
    assert [f.modality for f in found] == [Modality.INTENDED]


def test_talks_after_which_parties_agreed_are_past(facts_of):
    found = meetings(facts_of("H\nKenya and Uganda have agreed to double their trade by 2030, after talks "
                              "between their leaders in Kampala on Tuesday.\n")[0])
    assert [f.modality for f in found] == [Modality.ASSERTED]


def test_talks_called_off_did_not_take_place(facts_of):
    text = "H\n" + APART + "Takaichi's talks with Trump were cancelled at the last minute.\n"
    assert meetings(facts_of(text)[0]) == []


def test_talks_after_which_the_sides_failed_to_agree_took_place(facts_of):
    found = meetings(facts_of("H\n" + APART + "Takaichi and Trump failed to agree on tariffs after five hours "
                              "of talks.\n")[0])
    assert [(f.participants, f.modality) for f in found] == [(("person/Q1705028", "person/Q22686"), Modality.ASSERTED)]


def test_receiving_a_delegation_from_a_nation_meets_that_nation(facts_of):
    found = meetings(facts_of("H\nThe Kenyan president received a delegation from Uganda on Monday.\n")[0])
    assert [f.participants for f in found] == [("nation/KEN", "nation/UGA")]


@pytest.mark.parametrize("text, participants", [
    ("Takaichi, speaking in Tokyo after meeting US President Donald Trump, said trade had grown.",
     ("person/Q1705028", "person/Q22686")),
])
def test_the_speaker_described_by_a_participle_met(facts_of, text, participants):
    assert [f.participants for f in meetings(facts_of("H\n" + APART + text + "\n")[0])] == [participants]


def test_leaders_who_might_speak_in_the_coming_days_have_not_met(facts_of):
    assert meetings(facts_of("H\n" + APART + "Takaichi and Trump might speak in the coming days.\n")[0]) == []


def test_a_counterpart_whose_name_lost_its_arc_is_the_name_after_it(misparsed):
    from kg.rules.meetings import meeting_noun

    text = ("H\nKenyan Foreign Minister Ana Souza spoke after talks with his Ugandan counterpart David Mwangi.\n")
    doc, found = misparsed(text, {"Mwangi": ("spoke", "npadvmod")})
    assert [sorted(f.participants) for f in meeting_noun(doc, found, "a")] == \
        [["person/ana-souza", "person/david-mwangi"]]


def test_a_visit_to_a_nation_and_a_summit_with_its_leader_are_one_meeting(facts_of):
    found = meetings(facts_of("H\n" + APART + "Takaichi and Trump held a summit in Tokyo. Trump arrived in "
                              "Japan for a two-day state visit.\n")[0])
    assert {f.participants for f in found} == {("person/Q1705028", "person/Q22686")}


def test_two_pairs_of_people_from_the_same_two_nations_are_two_meetings(facts_of):
    found = meetings(facts_of("H\nJapanese Prime Minister Sanae Takaichi met US President Donald Trump. "
                              "Japanese Foreign Minister Ken Mori met US Secretary of State Ana Ruiz.\n")[0])
    assert len({f.participants for f in found}) == 2


def test_talks_a_party_is_ready_to_hold_are_still_to_come(facts_of):
    found = meetings(facts_of("H\nKenya is willing to hold talks with Uganda.\n")[0])
    assert [f.modality for f in found] == [Modality.INTENDED]


@pytest.mark.parametrize("text", [
    "Kenya is working to meet the growing needs of its people.",
    "The minerals will help Kenya and Uganda meet their climate goals.",
])
def test_meeting_a_need_or_a_goal_is_no_meeting(facts_of, text):
    found = facts_of("H\n" + INVENTED + text + "\n")[0]
    assert [f for f in found if isinstance(f, Meeting) and text[:20] in f.evidence.text] == []


@pytest.mark.parametrize("text, met", [
    ("Mwangi hosted a dinner for Ugandan President Ana Souza in Nairobi.", True),
    ("Mwangi hosted a lunch in honour of Ugandan President Ana Souza.", True),
    ("Mwangi hosted a dinner for 200 guests.", False),
])
def test_a_meal_a_host_gives_a_guest_is_a_meeting(facts_of, text, met):
    found = [f for f in facts_of("H\n" + INVENTED + text + "\n")[0]
             if isinstance(f, Meeting) and text[:20] in f.evidence.text]
    assert bool(found) is met


def test_a_state_visit_to_a_nation_meets_it_and_a_list_split_into_subjects_is_every_name(facts_of):
    visit = meetings(facts_of("H\n" + INVENTED + "Mwangi paid a state visit to Uganda.\n")[0])
    assert [f.participants for f in visit if f.label == "visit"] == [("nation/UGA", "person/david-mwangi")]
    nobody = meetings(facts_of("H\nThe agency chief's visit to Uganda and Kenya went well.\n")[0])
    assert nobody == []  # no person or nation visits: the two hosts did not meet


@pytest.mark.parametrize("text, participants", [
    # the subject's two people met others the text does not name, not each other
    ("H\nToday, Kenyan President William Ruto and his deputy Ana Soto met with a group of mayors.\n", []),
    # two nations' leaders who meet others meet each other too
    ("H\nKenyan President William Ruto and Ugandan President Yoweri Museveni met with students.\n",
     [("person/Q195725", "person/Q57274")]),
    # the talk a meeting is for is that meeting, not a second one among the subject's people
    ("H\nKenyan Foreign Minister Ana Soto and Defence Minister Luis Vega spoke today with a Ugandan "
     "group to discuss support.\n", []),
    # a name among the conjuncts of a common noun is the one met
    ("H\nKenyan President William Ruto met today with actress and activist Ana Soto.\n",
     [("person/Q195725", "person/ana-soto")]),
])
def test_who_met_whom_when_the_counterpart_is_unnamed_or_listed(facts_of, text, participants):
    assert [m.participants for m in meetings(facts_of(text)[0])] == participants


def test_a_with_that_tells_what_went_on_names_no_counterpart(facts_of):
    text = ("H\nEnvoy Ana Soto spoke with envoy Luis Vega in Lima. They also discussed trade, "
            "with Ms. Soto expressing support for the talks.\n")
    told = [m.evidence.text for m in meetings(facts_of(text)[0]) if m.evidence.rule == "meeting_verb"]
    assert any(t.startswith("They also discussed") for t in told)


def test_speaking_to_someone_by_phone_is_a_call(facts_of):
    text = ("H\nKenyan President William Ruto spoke to German Chancellor Jonas Weber by phone on Wednesday. "
            "Ruto spoke to reporters by phone.\n")
    assert [m.participants for m in meetings(facts_of(text)[0])] == [("person/Q195725", "person/jonas-weber")]


def test_people_who_shook_hands_have_met(facts_of):
    text = "H\nKenyan President William Ruto shook hands with Ugandan President Yoweri Museveni in Kampala.\n"
    assert [m.participants for m in meetings(facts_of(text)[0])] == [("person/Q195725", "person/Q57274")]


@pytest.mark.parametrize("text, met", [
    ("Kenyan President William Ruto spent almost five hours on Monday with Ugandan President Yoweri Museveni.", True),
    ("Kenya spent $5 million with Ugandan President Yoweri Museveni's help.", False),  # money, not time
])
def test_people_who_spent_time_together_have_met(facts_of, text, met):
    found = [m.participants for m in meetings(facts_of("H\n" + text + "\n")[0])]
    assert found == ([("person/Q195725", "person/Q57274")] if met else [])


@pytest.mark.parametrize("text, met", [
    ("Chinese Ambassador Peter Lan handed over 10,000 doses of vaccines to Kenyan Health Minister Ana Wekesa.",
     {"person/peter-lan", "person/ana-wekesa"}),
    ("The donation was handed over to Kenyan Health Minister Ana Wekesa by Chinese Ambassador Peter Lan.",
     {"person/peter-lan", "person/ana-wekesa"}),
    ("China handed over 10,000 doses of vaccines to Kenya.", None),   # states hand over aid: no one met
])
def test_people_who_handed_a_thing_over_in_person_met(facts_of, text, met):
    found = [set(m.participants) for m in meetings(facts_of("H\n" + text + "\n")[0])]
    assert found == ([met] if met else [])


def test_officials_of_one_side_convening_a_meeting_with_people_unnamed_met_no_one_named(facts_of):
    text = ("H\nToday, Kenyan Foreign Minister Ana Soto and Kenyan Trade Minister Luis Vega convened a meeting "
            "with state legislative leaders on trade.\n")
    assert meetings(facts_of(text)[0]) == []


@pytest.mark.parametrize("text, sides", [
    ("Peruvian and Ecuadorean negotiators held a second round of talks on Thursday.",  # through a measure
     {"nation/PER", "nation/ECU"}),
    ("'We agreed,' Polish Foreign Minister Jan Nowak said after two hours of talks with his Lithuanian counterpart.",
     {"person/jan-nowak", "nation/LTU"}),                   # the speaker was at the talks he spoke after
    ("Leaders of Oman and Kuwait opened their annual Gulf Cooperation Council summit in Doha.",
     {"nation/OMN", "nation/KWT"}),                         # who open a summit hold it
    ("At a tense meeting in Luanda, Angolan Foreign Minister Ana Kiala told the Zambian ambassador that "
     "Angola was worried.", {"person/ana-kiala", "nation/ZMB"}),  # the one told was at the meeting
    ("Talks were held in Glion, Switzerland, on Thursday between Greek leader Ana Kiala and Turkish leader Luis "
     "Banda under the auspices of the United Nations.", {"person/ana-kiala", "person/luis-banda"}),  # held, passive
    ("Angolan envoy Ana Kiala held a working breakfast in Lusaka with Zambian leader Luis Banda.",
     {"person/ana-kiala", "person/luis-banda"}),             # a meal shared
])
def test_who_met_around_a_meeting_noun(facts_of, text, sides):
    assert [set(m.participants) for m in meetings(facts_of("H\n" + text + "\n")[0])] == [sides]


def test_a_call_made_to_someone_and_a_title_tagged_as_a_person(facts_of):
    text = ("H\nHis Royal Highness Prince Ahmed Faisal, Crown Prince and Prime Minister, made a phone call today "
            "to Chilean President Ana Ruiz.\n")
    assert [set(m.participants) for m in meetings(facts_of(text)[0])] == [{"person/ahmed-faisal", "person/ana-ruiz"}]


def test_someone_named_in_apposition_to_an_of_phrase_is_met(facts_of):
    text = ("H\nSpanish Prime Minister Javier Olmedo met the speaker of Morocco's House of Representatives, "
            "Abdelkrim Tazi, at parliament on Wednesday afternoon.\n")
    assert [set(m.participants) for m in meetings(facts_of(text)[0])] == [
        {"person/javier-olmedo", "person/abdelkrim-tazi"}]


def test_two_people_of_one_side_are_two_meetings_of_the_same_nations(facts_of):
    text = ("H\nIndian Prime Minister Rajendra Malhotra held talks with his Nepali counterpart Hari Thapaliya in "
            "New Delhi on Friday. India and Nepal also held talks on the border. Thapaliya, who also met India's "
            "President Suresh Mehrotra on Thursday evening, will visit Bodh Gaya on Saturday.\n")
    assert {m.participants for m in meetings(facts_of(text)[0])} == {
        ("person/hari-thapaliya", "person/rajendra-malhotra"), ("person/hari-thapaliya", "person/suresh-mehrotra")}


def test_a_trip_arranged_to_meet_business_leaders_meets_no_one_yet(facts_of):
    text = ("H\nPolish President Tadeusz Rembowski and Lithuanian President Vytenis Kairys met in Warsaw. "
            "Kairys is to travel to Krakow on Wednesday to meet Polish business leaders.\n")
    assert [m.evidence.text[:6] for m in meetings(facts_of(text)[0])] == ["Polish"]


def test_mediators_act_for_the_nations_that_name_them(facts_of):
    found = [f for f in facts_of("H\nQatari and Egyptian mediators met Israeli negotiators in Cairo on Sunday.\n")[0]
             if isinstance(f, Meeting)]
    assert [sorted(f.participants) for f in found] == [["nation/EGY", "nation/ISR", "nation/QAT"]]


def test_a_people_hosted_is_no_one_met(facts_of):
    assert meetings(facts_of("H\nPresident Ruiz of Peru hosted 300 Afghans at the palace.\n")[0]) == []


def test_a_visit_in_a_clause_of_time_of_a_planned_act_is_planned(facts_of):
    text = ("H\nKenya and Uganda are expected to sign a trade agreement when Ugandan Foreign Minister Tom Okello "
            "visits Nairobi later this month, an official said.\n")
    assert [f for f in facts_of(text)[0] if type(f).__name__ == "Meeting" and f.modality == "asserted"] == []
    past = "H\nKenyan President Ana Wekesa smiled when she met Ugandan President Tom Okello.\n"
    assert [type(f).__name__ for f in facts_of(past)[0] if type(f).__name__ == "Meeting"] == ["Meeting"]


def test_a_name_before_said_is_the_speaker_not_someone_hosted(facts_of):
    text = ("H\nNorway committed $20 million to Jordan and Lebanon to help the two countries host Syrian refugees, "
            "State Secretary Ingrid Lothe Brekke said.\n")
    assert [f for f in facts_of(text)[0] if type(f).__name__ == "Meeting"] == []


@pytest.mark.parametrize("text", [
    "In a telephone call with Ugandan President Tom Okello on Thursday, Kenyan President Ana Wekesa promised aid.",
    "Kenyan President Ana Wekesa and Ugandan President Tom Okello held a video conference on Tuesday.",
])
def test_a_call_or_a_video_conference_is_a_meeting(facts_of, text):
    found = [f for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Meeting"]
    assert [sorted(f.participants) for f in found] == [["person/ana-wekesa", "person/tom-okello"]]


def test_a_conference_spoken_at_is_no_meeting(facts_of):
    assert [f for f in facts_of("H\nKenyan President Ana Wekesa spoke at a conference in Lima.\n")[0]
            if type(f).__name__ == "Meeting"] == []


def test_talks_between_a_visiting_title_and_its_counterpart_are_the_peoples(facts_of):
    """The parser reads "visiting" as a clause whose object is the name; the talks are still theirs."""
    text = ("H\nRuritania and Egypt signed 21 documents, following talks between visiting Chinese President "
            "Zhou Minghe and his Egyptian counterpart Adel Hamdi Fawzy.\n")
    assert {f.participants for f in meetings(facts_of(text)[0])} == {("person/adel-hamdi-fawzy", "person/zhou-minghe")}


def test_a_visit_hoped_for_is_no_meeting(facts_of):
    text = ("H\nTurkish Foreign Minister Kadir Alpaslan arrived in Niamey. Alpaslan said he hoped Nigerien President "
            "Hamidou Maiga would pay an official visit to Turkey in 2021.\n")
    assert not meetings(facts_of(text)[0])


def test_a_meeting_that_could_take_place_is_none(facts_of):
    text = ("H\nA meeting between Prime Minister Kenji Arakawa and Chinese President Zhou Minghe could take place "
            "in November, diplomatic sources said.\n")
    assert not meetings(facts_of(text)[0])


def test_a_meeting_a_heading_names_is_its_nations(facts_of):
    facts, _ = facts_of("Joint Statement on U.S.-China Economic and Trade Meeting in Geneva\n"
                        "The two governments issued this statement.\n")
    assert [sorted(f.participants) for f in meetings(facts)] == [["nation/CHN", "nation/USA"]]


def test_a_call_on_an_office_named_in_apposition_is_a_meeting_with_the_holder(facts_of):
    text = ("H\nNigerien President Ali Seyni arrived in Abuja. The Nigerien leader had earlier called on the Senate "
            "President, Dr. Yakubu Sani Abdullahi, at the National Assembly.\n")
    assert [sorted(f.participants) for f in meetings(facts_of(text)[0])] == \
        [["person/ali-seyni", "person/yakubu-sani-abdullahi"]]


def test_a_trip_planned_to_meet_unnamed_officials_is_an_itinerary(facts_of):
    text = ("H\nThai Foreign Minister Surachai Wongsiri met Cambodian Prime Minister Chea Vannarith. Surachai is due "
            "to fly to Vientiane on Wednesday for talks with Laotian officials.\n")
    assert [sorted(f.participants) for f in meetings(facts_of(text)[0])] == \
        [["person/chea-vannarith", "person/surachai-wongsiri"]]


def test_a_meeting_named_before_the_subject_keeps_its_own_people(facts_of):
    """"Following the March meeting between A and B, C and D reaffirmed ...": the model hangs C and D
    on the list of A and B; the March meeting is A's and B's, and "They" after it are C and D."""
    text = ("H\nSecurity adviser Tomas Lund met diplomatic adviser Marco Berti in Rome. Following on the March "
            "meeting between Chilean President Ana Ruiz and Peru's Prime Minister Luis Soto, Lund and Berti "
            "reaffirmed their support for the plan. They consulted on the situation in the region.\n")
    found = {f.participants for f in meetings(facts_of(text)[0])}
    assert all(len(people) == 2 for people in found)
    assert ("person/marco-berti", "person/tomas-lund") in found


def test_a_meeting_held_between_the_leaders_is_theirs(facts_of):
    text = ("H\nChilean President Ana Ruiz flew to Lima to see Peru's Prime Minister Luis Soto. A meeting held "
            "yesterday between the leaders in Lima ended a long dispute.\n")
    found = meetings(facts_of(text)[0])
    assert found and all(set(f.participants) == {"person/ana-ruiz", "person/luis-soto"} for f in found)


def test_a_courtesy_call_on_two_people_meets_both(misparsed):
    from kg.rules.meetings import meeting_noun

    text = ("H\nChilean Foreign Minister Ana Ruiz paid a courtesy call on Peruvian Prime Minister Luis Soto and "
            "Peruvian President Marta Vega.\n")
    doc, found = misparsed(text, {"Soto": ("on", "pobj"), "and": ("Soto", "cc"), "President": ("Vega", "compound"),
                                  "Vega": ("Soto", "conj")})
    assert [set(f.participants) for f in meeting_noun(doc, found, "a")] == \
        [{"person/ana-ruiz", "person/luis-soto", "person/marta-vega"}]


@pytest.mark.parametrize("to", [
    "Chilean Foreign Minister Ana Ruiz paid a courtesy call to Peruvian Prime Minister Luis Soto.",
    "Chilean Foreign Minister Ana Ruiz paid a courtesy call to the Governor-General of Peru, Luis Soto.",
    "Chilean Foreign Minister Ana Ruiz paid a courtesy call to the Governor-General of Peru, Sir Luis Soto, at his "
    "residence.",  # the name set beside the office, which the parser may hang on the call
])
def test_a_courtesy_call_to_someone_meets_them(facts_of, to):
    assert {f.participants for f in meetings(facts_of("H\n" + to + "\n")[0])} == \
        {("person/ana-ruiz", "person/luis-soto")}


def test_being_on_a_visit_to_a_nation_meets_its_one_head_the_article_names(facts_of):
    text = ("H\nZambian President Ana Lind, who is on a three-day visit to Ghana, toured a farm. Former "
            "president John Kufuor and President Nana Akufo-Addo attended a concert.\n")
    assert [set(f.participants) for f in meetings(facts_of(text)[0])] == \
        [{"person/ana-lind", "person/Q718601"}]  # not Kufuor, titled here as a former president


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Ana Ruiz visited Peru, Bolivia and Ecuador last week.",
    "Special Envoy Ana Ruiz departed last night for visits to Peru, Bolivia, the Andes, and Ecuador.",
])
def test_a_tour_of_countries_is_no_meeting(facts_of, text):
    assert meetings(facts_of("H\n" + text + "\n")[0]) == []


@pytest.mark.parametrize("text, found", [
    ("Chilean President Ana Ruiz's visit to Peru ended on Tuesday.", ("nation/PER", "person/ana-ruiz")),
    # two countries, but the visit is to one of them
    ("Peru and Chile signed a declaration during an official visit by Chilean President Ana Ruiz to Peru.",
     ("nation/CHL", "nation/PER")),
])
def test_a_visit_to_one_country_is_still_a_meeting_with_it(facts_of, text, found):
    assert [f.participants for f in meetings(facts_of("H\n" + text + "\n")[0])] == [found]


def test_a_call_between_two_others_is_not_the_clause_subjects(facts_of):
    text = ("H\nSecurity adviser Tomas Lund and defence minister Marco Berti discussed the situation, following "
            "the recent phone call between Chilean President Ana Ruiz and Peru's Prime Minister Luis Soto.\n")
    calls = [f for f in meetings(facts_of(text)[0]) if f.label == "call"]
    assert [set(f.participants) for f in calls] == [{"person/ana-ruiz", "person/luis-soto"}]


def test_nations_discussed_are_what_was_talked_of_not_who_met(facts_of):
    text = ("H\nUS President Donald Trump met Japan's prime minister Sanae Takaichi. "
            "In addition, they discussed Russia, China, Iran, and the Sahel.\n")
    assert {tuple(sorted(m.participants)) for m in meetings(facts_of(text)[0])} == {tuple(sorted(BOTH))}


def test_a_meeting_talked_of_is_no_meeting_of_those_who_talk(facts_of):
    text = ("H\nUS President Donald Trump met Japan's prime minister Sanae Takaichi. "
            "They talked about the upcoming G7 leaders meeting.\n")
    assert [m.modality.value for m in meetings(facts_of(text)[0])] == ["asserted", "asserted"]


def test_conversations_between_others_unnamed_are_no_meeting_of_the_subjects(facts_of):
    text = ("H\nUS President Donald Trump met Japan's prime minister Sanae Takaichi. "
            "Both sides are also resuming telephone conversations between theater commanders.\n")
    assert [m.evidence.rule for m in meetings(facts_of(text)[0])] == ["meeting_verb"]


def test_names_of_a_list_the_parser_hung_on_the_verb_are_people_met(misparsed):
    from kg.rules.meetings import meeting_verb

    text = ("H\nKenyan President David Mwangi met with Ugandan President Ana Souza, Tanzanian President John Obi "
            "and Rwandan President Paul Ndoli in Arusha.\n")
    doc, found = misparsed(text, {"Obi": ("met", "conj"), "Ndoli": ("Obi", "conj")})
    assert [set(f.participants) for f in meeting_verb(doc, found, "a")] == \
        [{"person/ana-souza", "person/david-mwangi", "person/john-obi", "person/paul-ndoli"}]


def test_a_second_titled_name_the_parser_hung_on_the_first_name_is_met_too(misparsed):
    from kg.rules.meetings import meeting_verb

    text = ("H\nPeru's Foreign Minister Ana Ruiz met Japan's Ambassador Ken Sato and Chile's Trade Minister "
            "Luis Soto in Lima.\n")
    doc, found = misparsed(text, {"Ambassador": ("met", "dobj"), "Sato": ("Ambassador", "appos"),
                                  "Soto": ("Sato", "conj")})
    assert [set(f.participants) for f in meeting_verb(doc, found, "a")] == \
        [{"person/ana-ruiz", "person/ken-sato", "person/luis-soto"}]


@pytest.mark.parametrize("text, met", [
    ("Sanae Takaichi visited the White House on Monday. Donald Trump praised Japan.", "person/Q22686"),
    ("Sanae Takaichi visited the White House on Monday.", "nation/USA"),  # no head named: the nation
])
def test_a_visit_to_the_seat_of_government_meets_the_head_the_article_names(facts_of, text, met):
    found = meetings(facts_of("H\n" + text + "\n")[0])
    assert [set(x.participants) for x in found] == [{"person/Q1705028", met}]


def test_a_telephone_conversation_with_a_list_of_people_is_a_call_with_each(facts_of):
    text = ("H\nPrime Minister Ana Lind today had telephone conversations with Mr. Luis Soto, President of Chile, "
            "Ms. Rosa Vidal, Prime Minister of Peru, and Mr. Jorge Ruiz, President of Bolivia.\n")
    assert sorted(tuple(sorted(f.participants)) for f in meetings(facts_of(text)[0])) == [
        ("person/ana-lind", "person/jorge-ruiz"), ("person/ana-lind", "person/luis-soto"),
        ("person/ana-lind", "person/rosa-vidal")]


def test_talks_with_a_list_of_people_stay_one_meeting(facts_of):
    text = "H\nPrime Minister Ana Lind held talks with Mr. Luis Soto, President of Chile, and Ms. Rosa Vidal.\n"
    assert [set(f.participants) for f in meetings(facts_of(text)[0])] == \
        [{"person/ana-lind", "person/luis-soto", "person/rosa-vidal"}]


def test_talks_between_delegations_led_by_two_leaders_are_theirs(facts_of):
    text = ("H\nThe signing followed talks between Chilean and Peruvian delegations led by Chilean President "
            "Ana Lind and her Peruvian counterpart Luis Soto in Lima on Friday.\n")
    assert [set(f.participants) for f in meetings(facts_of(text)[0])] == [{"person/ana-lind", "person/luis-soto"}]
