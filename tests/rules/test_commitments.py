"""Commitments: pledges, intentions and "will" promises, with money and targets."""

from decimal import Decimal

import pytest

from kg.facts import Commitment, Modality
from kg.rules.commitments import action_phrase

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
    ("Japan will stand up a new centre for outbreak analytics.", ("nation/JPN",), "commitment_will",
     Modality.PLEDGED),  # sets one up: an act, not a stance
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
    "Kenya signed the draft with the bank, extending its ongoing financial support until 2027.",
    "This work builds on Japan's existing $40 million grant to Kenya.",  # help already in place
    "Japan will always stand with Kenya.",  # a stance, no act
    "The deal also includes lowering the price for Russian gas deliveries to Ukraine.",  # what a price is for
])
def test_not_commitments(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


@pytest.mark.parametrize("text, by, rule", [
    ("Takaichi announced the donation of 17 million vaccine doses to Kenya.", "person/Q1705028", "commitment_noun"),
    ("Japan is committed to opening up its economy.", "nation/JPN", "commitment_ready"),
    ("Japan is prepared to lift the ban on imports.", "nation/JPN", "commitment_ready"),
    ("Japanese and Kenyan officials agreed that their countries should cooperate on trade.",
     "nation/JPN", "commitment_pledged"),
    ("Japan has said it will support the resolution.", "nation/JPN", "commitment_will"),
    ("Chile says it is willing to withdraw its troops from Peru.", "nation/CHL", "commitment_ready"),
    ("Takaichi was proud to announce the delivery of 500,000 vaccine doses to Kenya.", "person/Q1705028",
     "commitment_noun"),
    ("With the signing of a memorandum on ports, the Chilean government and Peru have agreed to "
     "allow access to all areas.", "nation/CHL", "commitment_pledged"),
    ("Japan and Kenya committed themselves to build a port in Mombasa.", "nation/KEN", "commitment_pledged"),
    ("The $5 million package agreed by Takaichi will fund schools in Kenya.", "person/Q1705028", "commitment_noun"),
])
def test_more_commitment_frames(facts_of, text, by, rule):
    found = commitments(facts_of("H\n" + PEOPLE + text + "\n")[0])
    assert any(by in c.committed_by and c.evidence.rule == rule for c in found), found


@pytest.mark.parametrize("text", [
    "Japan will withdraw its forces unless Kenya holds elections.",
    "Rebels announced that Takaichi must agree to constitutional changes.",
    "Takaichi has reneged on her commitment to the Kenyan people for holding elections.",
    "Chile pledged to withdraw from the treaty.",
    "Chile and Peru commit to take the following actions by May 14:",
    "Chile announced that it will suspend its obligations under the accord.",
    "Chile announced that it will withdraw its inspectors from Peru.",
])
def test_threats_demands_and_reneging_are_not_commitments(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


@pytest.mark.parametrize("text", [
    "Takaichi committed to donate at least 80 million vaccines to countries throughout the world.",  # two rules
    "Takaichi confirmed that Japan would deliver a $550 billion investment package.",
    "Japan will provide 250 million rupees (3 million dollars) to Nepal over the next three years.",
])
def test_a_commitment_inside_another_is_one(facts_of, text):
    assert len(commitments(facts_of("H\n" + PEOPLE + text + "\n")[0])) == 1


def test_an_enumeration_marker_does_not_hide_the_subject(facts_of):
    found = commitments(facts_of("H\nThe United States will (i) modify the rate of duty on articles of China.\n")[0])
    assert [c.committed_by for c in found] == [("nation/USA",)]


def test_reported_promise_keeps_its_speaker_and_duration(facts_of):
    found = commitments(facts_of("H\n" + PEOPLE + "Takaichi confirmed that Japan would deliver "
                                 "aid to Kenya over the next six months.\n")[0])
    assert [(c.committed_by, c.reported_by, c.duration) for c in found] == \
        [(("nation/JPN",), ("person/Q1705028",), "P6M")]


def test_a_name_the_parser_took_for_an_adverb_is_still_the_subject(facts_of):
    found = commitments(facts_of("H\nUSAID will provide $125M to mitigate the impact of recurrent drought.\n")[0])
    assert [(c.committed_by, c.action) for c in found] == \
        [(("organization/usaid",), "provide $125M to mitigate the impact of recurrent drought")]


def test_bare_shillings_are_the_currency_of_the_nation_in_the_sentence(facts_of):
    found = commitments(facts_of("H\nChile pledged to spend 580 million pesos (620,000 dollars) on roads.\n")[0])
    assert [(c.money.value, c.money.currency) for c in found] == [(Decimal("580e6"), "CLP")]


def test_a_second_act_joined_by_and_will_is_cut_cleanly(facts_of):
    found = commitments(facts_of("H\nChile will drill a well under the campus and will evaluate reservoirs.\n")[0])
    assert [c.action for c in found] == ["drill a well under the campus"]


@pytest.mark.parametrize("text", [
    "Takaichi will tour the port city on Thursday.",            # an itinerary
    "Takaichi will attend the summit in Lima.",
    "Trump will visit Japan in the coming weeks.",
    "The debate with Takaichi will air at 9 pm.",               # a schedule
    "Takaichi will try to paper over the rift.",                # a prediction
    "Japan will decide on Friday whether to join the talks.",
    "Critics say Japan's plan would fuel nationalism.",
    "Japan will take the matter to the court in The Hague.",    # a threat
    "Japan hopes to finalize the deal next week.",              # a hope
    "Japan is expected to get new fighter jets.",               # an expectation of others
    "Japan may be planning to send ground troops into Korea.",  # a guess
    "It is a test of how firmly Japan is prepared to stand up for its farmers.",  # a question
    "Will Japan Deliver On $9 Billion Pledge?",                    # a headline's question
    "Will the United States provide $5 million to Peru?",          # a reporter's question
    "Japan filed a complaint over US support for its carmakers.",  # the matter of a dispute
])
def test_future_tense_is_not_a_promise(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


def test_a_trip_made_for_an_undertaking_is_a_promise(facts_of):
    found = commitments(facts_of("H\n" + PEOPLE + "Takaichi will visit Peru to mediate in the border dispute.\n")[0])
    assert [c.committed_by for c in found] == [("person/Q1705028",)]


def test_a_trip_with_a_clause_of_time_is_no_promise(facts_of):
    text = "Trump will meet Takaichi in Tokyo on Wednesday, when the two will work to advance talks.\n"
    assert commitments(facts_of("H\n" + PEOPLE + text)[0]) == []


def test_an_opposition_group_does_not_commit_its_nation(facts_of):
    found = commitments(facts_of("H\nSyria's main opposition group pledged to observe a truce.\n")[0])
    assert all("nation/SYR" not in c.committed_by for c in found)


def test_members_of_a_named_body_are_not_the_nations_just_named(facts_of):
    text = "Turkey and Greece met in Athens. The deeply divided EU states agreed last year to admit refugees.\n"
    found = commitments(facts_of("H\n" + text)[0])
    assert all(not {"nation/TUR", "nation/GRC"} & set(c.committed_by) for c in found)


def test_a_promise_whose_subject_was_taken_for_the_object_of_saying_is_still_read(misparsed):
    from kg.rules.commitments import commitment_will

    # "added Kenya will help Uganda": "Kenya" hung on "added" as its object, "help" left with no subject
    doc, found = misparsed("H\nThe minister added Kenya will help Uganda.\n",
                           {"Kenya": ("added", "dobj"), "help": ("added", "ccomp")})
    assert [c.committed_by for c in commitment_will(doc, found, "a")] == [("nation/KEN",)]


def test_a_promise_whose_subject_arc_is_missing_reads_the_actor_left_of_the_verb(misparsed):
    from kg.rules.commitments import commitment_will

    doc, found = misparsed("H\nKenya will provide $5 million to Uganda.\n", {"Kenya": ("provide", "dep")})
    assert [c.committed_by for c in commitment_will(doc, found, "a")] == [("nation/KEN",)]


@pytest.mark.parametrize("text", [
    "Her visit to Lima will demonstrate the strength of the alliance.",    # an event has effects
    "Japan's goal of faster growth will also strengthen the region.",
    "The Clean Ports Initiative will build ten new terminals.",            # a programme, not a party
    "In 2023 the Japanese government provided $163 million in aid to Kenya.",  # a past delivery
    "Japan's $39 million grant for roads was disbursed to Kenya last year.",   # a past delivery, passive
    "According to unconfirmed reports citing unnamed sources, Japan has promised to write off Kenya's debt.",
    "Japan has reportedly pledged to write off Kenya's debt.",                 # a promise no one vouches for
    "Ruiz added that talks went well, contradicting reports that Japan was trying to strong-arm Peru into "
    "accepting an unfavorable trade agreement.",                  # what a report says
    "Japan's development agency provides grants to Kenyan farmers.",       # a standing description
    "Under the plan, Japan would have committed to upholding the deal.",   # what did not happen
    "Takaichi will later sign the visitors' book at the palace.",          # a visit's ceremony
    "Japan has worked with Kenya to provide $5 million in aid.",           # a delivery, past work's purpose
    "Japan partnered with Kenya to deliver $5 million in aid.",
    "The money will also go to Kenyan charities and other Japanese NGOs who are already delivering aid.",  # under way
    "The Kenyan agency has strengthened clinics in Peru, providing technical assistance to its ministry.",
    "Japan's agency, which specializes in providing support for farmers, met Kenyan officials.",
    "Kenya's Rescue Plan has helped Kenyans stay in their homes by providing emergency rental assistance.",
    "Japan and Kenya may agree, in writing, to amend this Agreement.",   # a possibility, not a promise
    "Data flows between Japan and Kenya, enabling the $7 billion trade relationship.",  # a sum, no pledge
    "Trump will host Takaichi for a virtual bilateral meeting.",           # a planned meeting
    "Trump will deliver remarks on the economy in Ohio.",                  # a schedule
    "Japan warned that it would cut aid to Kenya.",                        # a warning
    "Japan said it was ready to defend itself against China.",             # a threat
])
def test_effects_deliveries_schedules_and_warnings_are_not_promises(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


@pytest.mark.parametrize("text", ["Kenya pledged support for Peru, providing $5 million in aid.",
                                  "Kenya said it is providing $5 million in aid to Peru."])
def test_a_sum_being_provided_as_a_pledge_is_still_one(facts_of, text):
    assert any(c.money for c in commitments(facts_of("H\n" + text + "\n")[0]))


def test_a_relative_pronoun_commits_what_it_stands_for(facts_of):
    found = commitments(facts_of("H\n" + PEOPLE + "The Japanese plan, which will raise $5 million for "
                                 "Kenyan schools, was announced.\n")[0])
    assert found == []


def test_a_promise_reported_in_the_future_perfect_is_still_one(facts_of):
    found = commitments(facts_of("H\nKenya said it would have delivered all the doses to Peru by June.\n")[0])
    assert [c.committed_by for c in found] == [("nation/KEN",)]


def test_the_recipient_the_parser_made_a_compound_of_the_aid_is_no_owner(misparsed):
    from kg.rules.commitments import commitment_noun

    doc, found = misparsed('H\n"Kenya would like to offer Peru assistance," Ruto told Soto.\n',
                           {"offer": ("told", "ccomp"), "Peru": ("assistance", "compound")})
    assert [c.committed_by for c in commitment_noun(doc, found, "a")] == []


def test_which_stands_for_no_person_whatever_the_model_tagged(facts_of):
    text = ("H\nTrump signed an order creating the Office of Faith-Based and Neighborhood Partnerships, which "
            "will promote partnerships with religious organizations.\n")
    assert commitments(facts_of(text)[0]) == []
    found = commitments(facts_of("H\nJapan will work with Kenya to provide $5 million in aid.\n")[0])
    assert [c.committed_by for c in found] == [("nation/JPN",)]  # a future work's purpose is promised


def test_an_announced_sum_is_still_a_pledge(facts_of):
    found = commitments(facts_of("H\n" + PEOPLE + "Takaichi announced $5 million in aid to Kenya.\n")[0])
    assert [c.committed_by for c in found] == [("person/Q1705028",)]


def test_pressing_another_to_act_is_no_promise(facts_of):
    assert commitments(facts_of("H\n" + PEOPLE + "Takaichi said Japan would press Kenya to respect "
                                "human rights.\n")[0]) == []


@pytest.mark.parametrize("text, actions", [
    ("Chile is determined to make Peru pay for the damage.", []),
    ("Russia is determined to have President Luis Soto visit Japan.", []),
    ("Chile pledged to make health care more affordable.", ["make health care more affordable"]),  # its own act
])
def test_causing_another_to_act_is_no_promise(facts_of, text, actions):
    assert [c.action for c in commitments(facts_of("H\n" + text + "\n")[0])] == actions


@pytest.mark.parametrize("text", [
    "Takaichi said Kenya should stop supporting the rebels and pledge to respect the border.",
    "Takaichi said Kenya should demonstrate that it is ready to resume talks with Peru.",
    "Japan said Kenya must show it is willing to withdraw its troops.",
])
def test_a_pledge_demanded_of_another_is_no_promise(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


def test_a_clause_of_its_own_beside_a_demand_keeps_its_promise(facts_of):
    text = "It should leave no doubt that Takaichi is a leader who keeps her word, and Japan is committed to " \
        "supporting Kenya for as long as it takes.\n"
    assert [c.committed_by for c in commitments(facts_of("H\n" + PEOPLE + text)[0])] == [("nation/JPN",)]


def test_condemning_one_thing_does_not_negate_the_promise_beside_it(facts_of):
    text = "Takaichi condemned the detention and reiterated her commitment to stand strong with Kenya.\n"
    assert [c.committed_by for c in commitments(facts_of("H\n" + PEOPLE + text)[0])] == [("person/Q1705028",)]


def test_each_infinitive_joined_to_a_pledge_is_a_promise(facts_of):
    found = commitments(facts_of("H\nKenya and Uganda agreed on Tuesday to cut tariffs on farm goods and "
                                 "to build a new rail link.\n")[0])
    assert [c.action for c in found] == ["cut tariffs on farm goods", "build a new rail link"]


def test_a_promised_act_parsed_as_an_adjective_is_still_the_act(misparsed):
    from kg.rules.commitments import commitment_pledged

    doc, found = misparsed("H\n" + PEOPLE + "Takaichi promised to double scholarships for Kenyan students.\n",
                           {"to": ("promised", "dative"), "double": ("scholarships", "amod"),
                            "scholarships": ("to", "pobj")})
    assert [(c.committed_by, c.action) for c in commitment_pledged(doc, found, "a")] == \
        [(("person/Q1705028",), "double scholarships for Kenyan students")]


@pytest.mark.parametrize("text", [
    "Analysts said Japan will probably increase its oil imports.",        # a hedged forecast
    "Japan will raise its defence budget, economists said.",              # commentators' forecast
    "According to experts, Japan will build more reactors.",
    "Japan will keep pressing Kenya on human rights.",                    # advocacy going on
    "Japan will continue its air strikes in the region.",                 # force going on
    "Japan will host the next summit in 2027.",                           # a schedule
    "Japan said it would send a delegation to the summit.",               # an itinerary
    "Japan would get visa-free travel in return.",                        # a condition, not a promise
])
def test_forecasts_schedules_and_force_are_not_promises(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


def test_a_promise_to_act_soon_is_still_a_promise(facts_of):
    found = commitments(facts_of("H\n" + PEOPLE + "Japan will soon send 500 tonnes of rice to Kenya.\n")[0])
    assert [c.action for c in found] == ["send 500 tonnes of rice to Kenya"]


def test_lifting_a_hostile_measure_is_a_concession(facts_of):
    found = commitments(facts_of("H\n" + PEOPLE + "Japan will lift the sanctions on Kenya.\n")[0])
    assert [c.action for c in found] == ["lift the sanctions on Kenya"]


def test_the_day_of_a_pledge_is_not_the_promised_thing(facts_of):
    found = commitments(facts_of("H\nNorway pledged $100 million on Thursday to a fund for Sudan.\n")[0])
    assert [c.action for c in found] == ["$100 million to a fund for Sudan"]


def test_a_pledged_sum_keeps_its_recipient_and_term(facts_of):
    found = commitments(facts_of("H\nThe United States pledged $4.5 billion to Jordan over three years.\n")[0])
    assert [(c.beneficiaries, c.action, c.duration) for c in found] == \
        [(("nation/JOR",), "$4.5 billion to Jordan over three years", "P3Y")]


@pytest.mark.parametrize("text, action", [
    ("Norway pledged $5 million a year—$50 million in all—to Kenya.", "$5 million a year—$50 million in all"),
    ("Norway will build ten schools—a pledge made in May—in northern Kenya.",
     "build ten schools—a pledge made in May—in northern Kenya"),
    ("Norway will build ten schools in Kenya—a pledge first made in May.", "build ten schools in Kenya"),
])
def test_an_aside_between_two_dashes_stays_in_the_act_and_a_lone_dash_ends_it(facts_of, text, action):
    assert [c.action for c in commitments(facts_of(f"H\n{text}\n")[0])] == [action]


@pytest.mark.parametrize("text, promised", [
    ("Japan offered Vietnam six patrol boats.", [("nation/VNM", "six patrol boats")]),
    ("Japan promised more troops to Kenya.", [("nation/KEN", "more troops to Kenya")]),
    ("Japan offered its condolences to Kenya.", []),                       # a courtesy
])
def test_a_thing_promised_to_someone_is_a_commitment(facts_of, text, promised):
    found = commitments(facts_of("H\n" + text + "\n")[0])
    assert [(c.beneficiaries[0], c.action) for c in found] == promised


@pytest.mark.parametrize("text, promised", [
    ("Japan pledged 500 more troops for the mission.", ["500 more troops for the mission"]),
    ('"We stand ready," the Japanese premier said, promising two frigates.', ["two frigates"]),
    ("Japan offered two reasons for the delay.", []),                      # an offer names whom it is for
    ("Japan pledged more troops for the mission.", []),                    # uncounted: no promised amount
])
def test_a_counted_thing_pledged_is_a_commitment_without_a_recipient(facts_of, text, promised):
    assert [c.action for c in commitments(facts_of("H\n" + text + "\n")[0])] == promised


@pytest.mark.parametrize("text, kept", [
    ("Takaichi said Kenya will send humanitarian aid to Uganda.", False),   # one side's claim of another
    ("Kenya will send humanitarian aid to Uganda, Takaichi said.", False),
    ("Takaichi said Japan will send humanitarian aid to Uganda.", True),    # her own nation's promise
    ("Kenya will give Japan $5 million for schools, Takaichi said.", True),  # told by its recipient
])
def test_what_one_side_says_another_will_do_is_not_the_others_promise(facts_of, text, kept):
    found = commitments(facts_of("H\n" + PEOPLE + text + "\n")[0])
    assert bool(found) is kept, found


@pytest.mark.parametrize("text", [
    "Japan's new Jobs Plan will ensure that new jobs are open to all.",     # a programme has effects
    "The Japan-Kenya Partnership will also enhance the security of the region.",
    "A new Clean Energy Accelerator will invest in projects around the country.",
    "Japan and Kenya agreed on the importance of an independent inquiry.",  # a shared view
    "Takaichi will send a message to the summit participants.",           # a schedule item
])
def test_programmes_views_and_messages_are_not_promises(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


@pytest.mark.parametrize("text, kept", [
    ("Takaichi reaffirmed Japan's support for Kenya's sovereignty.", False),         # a stance
    ("Japanese funding for Kenyan schools supported 18,000 pupils last year.", False),  # a past delivery
    ("Takaichi outlined Japanese assistance for Kenya.", True),                       # a transfer
])
def test_a_commitment_noun_alone_is_a_promise_only_as_a_transfer(facts_of, text, kept):
    found = commitments(facts_of("H\n" + PEOPLE + text + "\n")[0])
    assert bool(found) is kept, found


@pytest.mark.parametrize("text", [
    "Kenya vowed to crush the rebellion.",                               # force
    "Kenya pledged to respond firmly to any provocation by Uganda.",     # a threat
    "Kenya said it will cut gas deliveries to Uganda by half.",          # pressure on a flow
])
def test_force_threats_and_cut_flows_are_not_promises(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


def test_accepting_another_sides_offer_binds_the_one_who_accepts(facts_of):
    found = commitments(facts_of("H\nKenya has accepted a Ugandan offer to share the dam's water.\n")[0])
    assert [(c.committed_by, c.evidence.rule) for c in found] == [(("nation/KEN",), "commitment_accepted")]


@pytest.mark.parametrize("text", [
    "Kenya did not accept the Ugandan offer.",
    "Kenya may accept the Ugandan proposal.",
    "Kenya accepted an invitation to the summit.",
])
def test_an_offer_refused_hedged_or_an_invitation_is_no_commitment(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


def test_a_list_of_titled_names_bent_into_a_modifier_commits_every_name(misparsed):
    from kg.rules.commitments import commitment_pledged

    text = "H\nBrazilian President Ana Souza and Kenyan President David Mwangi agreed to double trade by 2030.\n"
    doc, found = misparsed(text, {"Souza": ("Mwangi", "nmod"), "and": ("Souza", "cc"), "Mwangi": ("agreed", "nsubj")})
    assert [sorted(c.committed_by) for c in commitment_pledged(doc, found, "a")] == \
        [["person/ana-souza", "person/david-mwangi"]]


@pytest.mark.parametrize("text", [
    "Kenya and Uganda agree to double trade\n\nKenya and Uganda have agreed to double their annual trade to $15bn "
    "by 2030.\n",
    # a saved page that gives its title twice
    "Kenya and Uganda agree to double trade\n\nKenya and Uganda agree to double trade\n\nKenya and Uganda have "
    "agreed to double their annual trade to $15bn by 2030.\n",
])
def test_a_headline_told_again_in_the_story_is_one_commitment(facts_of, text):
    found = commitments(facts_of(text)[0])
    assert [c.action for c in found] == ["double their annual trade to $15bn by 2030"]


def test_a_headline_promise_of_a_nation_is_its_leaders_in_the_story(facts_of):
    text = ("Kenya pledges $2b for Uganda roads\n\nKenyan President David Mwangi pledged $2 billion for roads in "
            "Uganda on Monday.\n")
    assert [c.committed_by for c in commitments(facts_of(text)[0])] == [("person/david-mwangi",)]


def test_a_headline_alone_keeps_its_commitment(facts_of):
    found = commitments(facts_of("Kenya and Uganda agree to double trade\n\nThe talks were long.\n")[0])
    assert [c.committed_by for c in found] == [("nation/KEN", "nation/UGA")]


def test_a_pledged_sum_and_its_purpose_are_one_commitment(facts_of):
    found = commitments(facts_of("H\nLeaders of the Group of Seven have pledged $20bn over three years to "
                                 "help African farmers.\n")[0])
    assert [(c.committed_by, c.action) for c in found] == \
        [(("organization/g7",), "$20bn over three years to help African farmers")]


def test_commitments_made_elsewhere_are_no_new_intention(facts_of):
    assert commitments(facts_of("H\n" + PEOPLE + "Both leaders commended the commitments made at the "
                                "recent climate summit.\n")[0]) == []


def test_a_decision_to_act_is_an_intention(facts_of):
    found = commitments(facts_of("H\nJapan has decided to send a team of experts to Kenya.\n")[0])
    assert [(c.evidence.rule, c.modality) for c in found] == [("commitment_intended", Modality.INTENDED)]


def test_accepting_on_condition_is_a_bargain_not_a_promise(facts_of):
    assert commitments(facts_of("H\nKenya said it would accept a truce on condition that the rebels did "
                                "not rearm.\n")[0]) == []


def test_a_promise_kept_until_something_happens_is_still_a_promise(facts_of):
    found = commitments(facts_of("H\nKenyan President David Mwangi and Ugandan President Ana Souza agreed to keep "
                                 "their troops in Somalia until it holds elections.\n")[0])
    assert [sorted(c.committed_by) for c in found] == [["person/ana-souza", "person/david-mwangi"]]


def test_a_plan_owned_by_someone_unknown_is_not_the_noting_partys(facts_of):
    text = "H\nJapan and Kenya noted the company's plans to build a port in Mombasa. Kenya welcomed " \
           "Japan's plan to build a bridge in Nairobi.\n"
    assert [(c.committed_by, c.action) for c in commitments(facts_of(text)[0])] == \
        [(("nation/JPN",), "build a bridge in Nairobi")]


def test_a_commitment_of_a_party_is_that_partys_not_the_subjects(facts_of):
    text = "H\nThis order advances the unwavering commitment of Kenya to bring home its citizens held abroad.\n"
    assert [c.committed_by for c in commitments(facts_of(text)[0])] == [("nation/KEN",)]


def test_a_heading_before_a_colon_is_not_the_subject(misparsed):
    from kg.rules.commitments import commitment_intended

    doc, found = misparsed("H\nClean Ports in Kenya: The Japanese government intends to provide $9 million.\n",
                           {"Ports": ("intends", "nsubj"), "government": ("intends", "nsubj")})
    assert [c.committed_by for c in commitment_intended(doc, found, "a")] == [("nation/JPN",)]


def test_a_donation_counted_in_millions_is_a_promise_like_a_sum(facts_of):
    found = commitments(facts_of("H\nThe plan builds on Japan's donation of 80 million vaccine doses to Kenya.\n")[0])
    assert [(c.committed_by, c.evidence.rule) for c in found] == [(("nation/JPN",), "commitment_noun")]


def test_a_counted_donation_told_as_arrived_is_no_promise(facts_of):
    assert commitments(facts_of("H\nJapan's donation of 500,000 doses to Kenya arrived on Monday.\n")[0]) == []


def test_a_trip_to_deepen_ties_is_no_promise(facts_of):
    text = "Takaichi will visit Peru and Chile next week to further deepen ties between our peoples.\n"
    assert commitments(facts_of("H\n" + PEOPLE + text)[0]) == []


def test_an_act_leaves_out_a_tail_the_parser_hung_on_its_subject(make_doc):
    """"We will continue to support aid through the Missions": "the Missions" parsed as an
    apposition of "We" is not part of the act."""
    #               0     1       2           3     4          5      6      7
    doc = make_doc(["We", "will", "continue", "to", "support", "aid", "the", "Missions"],
                   [2, 2, 2, 4, 2, 4, 7, 0], ["nsubj", "aux", "ROOT", "aux", "xcomp", "dobj", "det", "appos"])
    assert action_phrase(doc[2]) == "continue to support aid"


@pytest.mark.parametrize("text, promised", [
    ("Kenya's goal of raising $5 billion for roads by 2030 was welcomed.", True),
    ("Japan's broader goal of boosting exports was clear.", False),  # an aspiration, no sum to reach
    ("Kenya is working towards the goal of mobilizing $5 billion for roads.", True),  # the goal of the verb's subject
    ("Kenya welcomed progress towards the goal of mobilizing $5 billion.", False),  # a progress is no one
])
def test_a_goal_set_as_a_sum_is_a_plan(facts_of, text, promised):
    found = commitments(facts_of("H\n" + text + "\n")[0])
    assert bool(found) is promised and all(c.modality is Modality.INTENDED and c.money for c in found)


@pytest.mark.parametrize("text, promised", [
    ('Kenya has signed a "letter of intent" stating its determination to push through reforms to its tax system.',
     True),
    ("The two leaders reaffirmed their determination to build a new port in Mombasa.", True),
    ("Trump expressed admiration for Takaichi's determination to accelerate Japan's growth.", False),
])
def test_a_determination_is_a_promise_only_when_declared(facts_of, text, promised):
    assert bool(commitments(facts_of("H\n" + PEOPLE + text + "\n")[0])) is promised


@pytest.mark.parametrize("text, action", [
    ("Kenya shall adopt and implement measures to address unfair practices.",
     "adopt and implement measures to address unfair practices"),   # the second verb's object is shared
    ("Kenya shall provide effective systems for civil, criminal, and border enforcement of rights.",
     "provide effective systems for civil, criminal, and border enforcement of rights"),  # a list of words
    ("Kenya will provide aid to Uganda, including food.", "provide aid to Uganda"),
    ("After consultations with Uganda, Kenya shall adopt and implement measures to address dumping.",
     "adopt and implement measures to address dumping"),   # a phrase before the verb is no object of it
    ("The areas that Kenya and Uganda have agreed to act on include health and energy.",
     "act on areas"),   # the noun the relative clause tells of fills the gap
])
def test_an_act_is_cut_at_a_clause_not_inside_a_list_or_before_a_shared_object(facts_of, text, action):
    assert [c.action for c in commitments(facts_of("H\n" + text + "\n")[0])] == [action]


def test_a_verb_split_at_its_hyphen_is_told_whole(facts_of):
    text = "H\nPresident Ana Ruiz made a promise to re-energize Kenyan manufacturing.\n"
    assert [c.action for c in commitments(facts_of(text)[0])] == ["re-energize Kenyan manufacturing"]


def test_an_act_drops_the_quotation_mark_that_closes_the_quote_it_was_said_in(make_doc):
    #               0     1       2        3    4       5    6
    doc = make_doc(["We", "will", "build", "a", "port", ".", '"'], [2, 2, 2, 4, 2, 2, 2],
                   ["nsubj", "aux", "ROOT", "det", "dobj", "punct", "punct"])
    assert action_phrase(doc[2]) == "build a port"
    #                 0       1          2      3    4         5            6
    named = make_doc(["will", "support", "the", '"', "Strelsau", "Mechanism", '"'], [1, 1, 5, 5, 5, 1, 5],
                     ["aux", "ROOT", "det", "punct", "compound", "dobj", "punct"])
    assert action_phrase(named[1]).endswith('Mechanism "')  # the phrase's own quotation is whole


@pytest.mark.parametrize("text, promised", [
    ("Kenya is to send 650 more troops to Somalia, its defence minister has announced.", True),
    ("Kenya was to send troops but changed its mind.", False),           # a past plan
    ("The aim is to build 100 schools.", False),                          # no party
    ("Kenya needs reforms if it is to join the bloc.", False),   # a condition
])
def test_the_news_is_to_announces_a_decided_act(facts_of, text, promised):
    assert bool(commitments(facts_of("H\n" + text + "\n")[0])) is promised


def test_a_promised_sum_named_again_is_one_commitment(facts_of):
    found = commitments(facts_of("H\nJapan has promised $500m, the largest single pledge so far.\n")[0])
    assert [c.action for c in found] == ["$500m"]


@pytest.mark.parametrize("text, promised", [
    ("Kenya said it was ready to resume talks with Uganda.", True),   # an intent to negotiate
    ("Kenya is willing to hold talks with Uganda.", True),
    ("Kenya will hold talks with Uganda on Monday.", False),          # a schedule
    ("Kenya is ready to host the summit.", False),
])
def test_readiness_to_negotiate_is_an_intention(facts_of, text, promised):
    assert bool(commitments(facts_of("H\n" + text + "\n")[0])) is promised



@pytest.mark.parametrize("text, kept", [
    ("Japan diverted its exports to Kenya, which will provide Kenya with more missiles.", False),
    ("Japan will provide Kenya with more missiles.", True),
])
def test_a_committer_that_is_its_own_recipient_is_a_misread_subject(facts_of, text, kept):
    assert bool(commitments(facts_of("H\n" + text + "\n")[0])) is kept


def test_the_first_to_do_a_thing_made_no_promise_to_do_it(facts_of):
    text = "H\nFirst Lady Ana Ruiz is the first First Lady to donate an inaugural gown.\n"
    assert commitments(facts_of(text)[0]) == []


@pytest.mark.parametrize("text, kept", [
    ("Kenya was ready to return the bodies of soldiers killed in the fighting if Uganda handed over maps.", False),
    ("If talks progress, Kenya is prepared to send aid to Uganda.", False),
    ("Kenya committed to working with Uganda to hold scammers accountable if they cheat borrowers.", True),
])
def test_a_promise_on_another_partys_condition_is_a_bargain(facts_of, text, kept):
    assert bool(commitments(facts_of("H\n" + text + "\n")[0])) is kept


def test_a_promised_sum_reads_on_to_its_recipient_but_not_into_the_next_clause_or_the_occasion(facts_of):
    text = "H\nNorway has promised $50m in emergency aid to Peru, where floods have killed 200 people. " \
           "Norwegian Foreign Minister Tomas Berg announced $5m for schools during a visit to Lima.\n"
    assert [(c.action, c.beneficiaries) for c in commitments(facts_of(text)[0])] == \
        [("$50m in emergency aid to Peru", ("nation/PER",)), ("$5m for schools", ())]


def test_the_package_announced_again_is_the_promise_told_before(facts_of):
    text = "H\nNorway has promised $50m in emergency aid to Peru. Norwegian Foreign Minister Tomas Berg " \
           "announced the package during a visit to Lima. Norway announced the largest investment in Peru's history.\n"
    assert [c.action for c in commitments(facts_of(text)[0])] == \
        ["$50m in emergency aid to Peru", "largest investment in Peru's history"]


def test_a_commitment_secured_from_a_party_is_that_partys(facts_of):
    text = "H\nThe President traveled to Hanoi, securing a commitment from the Kenyan government to cut tariffs.\n"
    assert [c.committed_by for c in commitments(facts_of(text)[0])] == [("nation/KEN",)]


@pytest.mark.parametrize("text, promised", [
    ("H\nNorway announced a package of $5 million for Chile.\n", True),
    ("H\nNorway announced a grant for $5 million to Chile.\n", True),
    ("H\nNorway is launching a fund that will provide at least $320 million to Chile.\n", True),
    ("H\nIn December, Norway announced 60 finalists for its $1 billion Build Better Regional Challenge.\n", False),
    ("H\nToday, the Department of Energy announced the semifinalists for its $35 million Carbon Removal Prize.\n",
     False),
    # a plan for giving a counted thing is a promise; a plan for an aim is not
    ("H\nNorway announced its framework for sharing at least 80 million vaccine doses by June.\n", True),
    ("H\nNorway announced its strategy for countering piracy in the region.\n", False),
    # acting together only for the relation is no promise
    ("H\nNorway will work with Kenya to deepen ties and mutual trust.\n", False),
    ("H\nIreland and Norway will work together to strengthen their partnership.\n", False),
    ("H\nNorway will work with Kenya to build a railway.\n", True),
])
def test_an_announced_sum_a_plan_or_a_joint_act_is_a_promise_only_for_what_is_given(facts_of, text, promised):
    assert bool(commitments(facts_of(text)[0])) is promised


def test_a_governments_budget_proposes_an_intended_commitment(facts_of):
    text = ("H\nPresident Joe Biden met leaders on Monday. The President spoke. The FY 2023 Budget also includes "
            "$2 billion to support the Global Fund for an intended pledge of $6 billion over three years.\n")
    assert [(c.committed_by, c.money.value, c.modality) for c in commitments(facts_of(text)[0])] == [
        (("nation/USA",), Decimal("2000000000"), Modality.INTENDED)]


@pytest.mark.parametrize("text, found", [
    ("Norway is prepared to request from parliament $60 million per year for aid to Peru.",
     [(("nation/NOR",), Decimal("60000000"), Modality.INTENDED)]),   # a request to its legislature
    ("Peru requested $60 million from the IMF.", []),                 # a request for help is no pledge
])
def test_a_governments_request_to_its_legislature_is_an_intended_commitment(facts_of, text, found):
    assert [(c.committed_by, c.money.value, c.modality) for c in commitments(facts_of("H\n" + text + "\n")[0])] \
        == found


def test_a_promise_told_by_a_leader_and_of_the_nation_led_is_one(facts_of):
    text = ("H\nIndian Prime Minister Arvind Rathore met Kenya's president on Monday. Rathore also pledged that "
            "India would supply 2 lakh tonnes of wheat to Kenya before March.\n")
    assert len(commitments(facts_of(text)[0])) == 1


@pytest.mark.parametrize("text", [
    "H\nKenyan President William Ruto and Norway's prime minister discussed the urgency to provide "
    "life-saving assistance to populations in Tigray.\n",
    "H\nThe Department of Health will take action to improve Temporary Assistance for Needy Families (TANF).\n",
])
def test_a_help_only_aimed_at_or_named_is_no_promise(facts_of, text):
    assert commitments(facts_of(text)[0]) == []


@pytest.mark.parametrize("text", [
    # an honour for what others did
    "H\nToday, Kenyan President William Ruto will recognize the commitments made by more than 350 "
    "organizations. Norway will recognize leaders of outstanding projects.\n",
    # a pledge a denied report tells
    "H\nA government spokesman denied a report in the Polish daily Rzeczpospolita that Berlin had "
    "pledged to station a second brigade permanently on Polish soil.\n",
    # what is done to the subject, and a budget's effect
    "H\nKenyan President William Ruto will be joined by the governor to announce the selections.\n",
    "H\nPresident Joe Biden met leaders. The President spoke. The Budget will lower Medicaid costs by over "
    "$20 billion by requiring insurers to pay back the excess.\n",
])
def test_honours_denied_reports_passives_and_budget_effects_are_no_promises(facts_of, text):
    assert commitments(facts_of(text)[0]) == []


def test_a_leader_pledging_that_a_nation_would_act_makes_the_nations_promise(facts_of):
    text = ("H\nPrime Minister Arvind Rathore met Kenya's president. Rathore also pledged that India would "
            "supply 2 lakh tonnes of wheat to Kenya before March.\n")
    assert [c.committed_by for c in commitments(facts_of(text)[0])] == [("nation/IND",)]



@pytest.mark.parametrize("text", [
    "Japan has made no commitment to halt construction, a spokesman said.",       # a promise denied
    "Japan and Kenya have yet to agree on an implementation annex.",             # still to be done
    "Japan is expected to pledge around $1 billion at next week's conference.",  # what others foresee
    "Japan is expected to sign a deal and pledge $5 million to Kenya.",         # foreseen, both acts
    "Japan is likely to send 500 troops to Haiti.",
    "Japan could offer Kenya additional reconciliation funding, a columnist wrote.",  # a guess
    "On Monday, Takaichi will offer prayers at the temple.",                      # a courtesy
    "“I’ll try it too,” Takaichi said, before offering him a sip of wine.",      # hospitality
    "Takaichi offered Trump a cup of green tea.",
    "Both sides agreed that Takaichi will pay a state visit to Kenya later this year.",  # a trip
    "Japan's new embassy in Nairobi will open to the public on Monday.",          # a schedule
    "Takaichi will return to Tokyo on Saturday and then fly out to Kenya.",       # a trip home
    "Japanese coast guards will spend time on board a Kenyan vessel.",            # a stay, no money spent
    "Japan will spend two days in Nairobi.",
])
def test_denials_forecasts_courtesies_and_schedules_are_not_promises(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


def test_a_pledge_joined_with_its_own_subject_to_a_forecast_is_no_forecast(facts_of):
    text = ("H\nThe two countries are expected to sign a visa-waiver agreement later this year, and Japan pledged "
            "$5 million for cyclone reconstruction in Kenya.\n")
    assert [c.committed_by for c in commitments(facts_of(text)[0])] == [("nation/JPN",)]


@pytest.mark.parametrize("text", [
    "Japan will lend Kenya $5 million. French energy giant Engie, meanwhile, announced it would invest 1.5 billion "
    "euros in solar projects in Africa.",   # "it" is the firm the model does not know, not Japan
    "Japan will lend Kenya $5 million. The French company, meanwhile, said it would invest $2 billion in Kenya.",
    "Nordvik Shipping AG pledged to invest $120 million in a shipyard in Kenya.",
    "The Japanese company Kotobuki Corporation announced plans to invest $120 million in Kenya.",
])
def test_a_company_investment_is_no_states_promise(facts_of, text):
    found = commitments(facts_of("H\n" + text + "\n")[0])
    assert not [c for c in found if c.action.startswith("invest") and any(k.startswith("nation/") or k.endswith(
        ("-ag", "-corporation")) for k in c.committed_by)], found


@pytest.mark.parametrize("text, action", [
    ("Japan vowed not to sell weapons to either side.", "not sell weapons to either side"),
    ("Japan promised never to test nuclear weapons again.", "never test nuclear weapons again"),
    ("Iran vowed not to transfer ballistic missiles to any third country.",   # refraining from a hostile act
     "not transfer ballistic missiles to any third country"),
    ("Japan promised that it would not resume whaling in the Pacific.", "not resume whaling in the Pacific"),
    ("Japan vowed that it would never test nuclear weapons again.", "never test nuclear weapons again"),
    ("Japan promised in a letter that it would not resume whaling.", "not resume whaling"),
])
def test_a_promise_to_refrain_keeps_its_negation(facts_of, text, action):
    found = commitments(facts_of("H\n" + text + "\n")[0])
    assert [(c.action, c.modality) for c in found] == [(action, Modality.PLEDGED)]


@pytest.mark.parametrize("text", ["Japan did not promise to sell weapons to Kenya.",
                                  "Japan did not promise that it would sell weapons to Kenya.",
                                  "The towns Takaichi promised not to leave behind are in the north."])
def test_a_denied_promise_or_a_relative_clause_is_no_promise_to_refrain(facts_of, text):
    assert commitments(facts_of("H\n" + PEOPLE + text + "\n")[0]) == []


def test_a_sum_with_a_glued_scale_is_read_whole(facts_of):
    found = commitments(facts_of("H\nThe UK will provide £50m to repair Ukrainian tanks.\n")[0])
    assert [(c.action, c.money.value if c.money else None) for c in found] == \
        [("provide £50m to repair Ukrainian tanks", Decimal("50e6"))]


@pytest.mark.parametrize("text", [
    "Labour's shadow defence secretary, Joanne Pryce, said a Labour government would set out a path to "
    "spending 2.5% of GDP on defence.",                                     # a government that may come
    "Pryce said a Kenyan government would repay the loan within ten years.",
])
def test_a_government_that_may_come_promises_nothing(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


def test_a_pledge_told_only_by_when_it_was_made_is_not_a_second_promise(facts_of):
    found = commitments(facts_of("H\nTakaichi said Japan would double its climate finance to four billion euros "
                                 "by 2020, confirming a pledge first made in 2015.\n")[0])
    assert [c.action for c in found] == ["double its climate finance to four billion euros by 2020"]


@pytest.mark.parametrize("text, found", [
    ("Mexico said it was sending 1,300 tons of food and 11 tons of medicine.",
     [(("nation/MEX",), "sending 1,300 tons of food and 11 tons of medicine")]),
    ("Kenya said it is delivering on its promises.", []),  # a promise kept, nothing given
    ("Mexico said it was studying the request.", []),      # no gift on its way
    ("Mexico said it was extending cooperation on trade.", []),  # a relation going on, nothing sent
])
def test_a_gift_said_to_be_on_its_way_is_promised(facts_of, text, found):
    assert [(c.committed_by, c.action) for c in commitments(facts_of("H\n" + text + "\n")[0])] == found


@pytest.mark.parametrize("text, action", [
    ("Switzerland is providing CHF 12 million to Cambodia.", "CHF 12 million to Cambodia"),
    ("Switzerland is providing CHF 12 million over the next three years to support demining in Cambodia, "
     "the agency said.", "CHF 12 million over the next three years to support demining in Cambodia"),
])
def test_a_currency_code_the_parser_hung_apart_still_names_the_sum(facts_of, text, action):
    found = commitments(facts_of("H\n" + text + "\n")[0])
    assert [(c.action, c.money.currency if c.money else None) for c in found] == [(action, "CHF")]


@pytest.mark.parametrize("text", [
    "Sen. Gordon Pryce promised to introduce legislation barring the sale of jets to Kenya.",  # a legislator
    "Kenyan opposition leader Julio Ferrer promised to audit every loan Nairobi has received.",
    "Congress spokesperson Pradeep Joshi promised that a Congress government would place all loans "
    "before Parliament.",                                                   # a government that may come
    "The European Union said it would release 400m euros in aid to Kenya only once a final agreement "
    "had been signed.",                                                     # a condition
    "Under the deal, Japan and Kenya agreed that a ceasefire would take effect at sundown Monday.",  # a start
])
def test_legislators_oppositions_conditions_and_starts_are_not_promises(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


def test_a_bare_once_tells_the_order_not_a_condition(facts_of):
    found = commitments(facts_of("H\nOnce the review is complete, Japan will send 500 tonnes of rice to Kenya.\n")[0])
    assert [c.action for c in found] == ["send 500 tonnes of rice to Kenya"]


def test_a_clause_on_the_promiser_does_not_make_a_minister_an_opposition_figure(facts_of):
    found = commitments(facts_of("H\nJapanese Foreign Minister Taro Kono, who met opposition leaders on Monday, "
                                 "promised to send aid to Kenya.\n")[0])
    assert [c.action for c in found] == ["send aid to Kenya"]


@pytest.mark.parametrize("text, promised", [
    ("Germany has committed 0.7% of its gross national income to development assistance.",
     ["0.7% of its gross national income to development assistance"]),
    ("Germany committed 500 troops to the mission.", ["500 troops to the mission"]),
    ("Germany committed two crimes, the court found.", []),                 # no place they go to
])
def test_a_counted_thing_committed_somewhere_is_promised(facts_of, text, promised):
    assert [c.action for c in commitments(facts_of("H\n" + text + "\n")[0])] == promised


@pytest.mark.parametrize("text, by, action", [
    ("Up to 300 scholarships a year will be granted to Kenyan students by Finland, the ministry said.",
     ("nation/FIN",), "grant up to 300 scholarships a year to Kenyan students"),
    ("Two patrol boats will be donated to Kenya by Japan next year.", ("nation/JPN",),
     "donate two patrol boats to Kenya next year"),
])
def test_a_passive_act_of_giving_is_its_agents_promise(facts_of, text, by, action):
    found = commitments(facts_of("H\n" + text + "\n")[0])
    assert [(c.committed_by, c.action) for c in found] == [(by, action)]


def test_a_passive_act_done_to_its_subject_is_still_no_promise(facts_of):
    assert commitments(facts_of("H\nJapan will be joined by Kenya at the summit.\n")[0]) == []


def test_a_promise_named_again_after_its_act_keeps_the_act(facts_of):
    found = commitments(facts_of("H\nJapan promised to refrain from destructive anti-satellite missile tests, "
                                 "a pledge announced by its defence minister in Geneva.\n")[0])
    assert [c.action for c in found] == ["refrain from destructive anti-satellite missile tests"]


@pytest.mark.parametrize("text", [
    "Media reported that Japan plans to send military instructors to Kenya.",    # a plan told by others
    "Japan intends to cut its contribution to the fund, according to a leaked diplomatic cable.",
])
def test_a_plan_only_others_report_is_no_promise(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


def test_a_plan_its_owner_states_is_still_one(facts_of):
    found = commitments(facts_of("H\nJapan plans to send military instructors to Kenya, the minister said.\n")[0])
    assert [c.action for c in found] == ["send military instructors to Kenya"]


@pytest.mark.parametrize("text, by", [
    ("Aid will be sent to Gaza, Japan's foreign ministry said.", [("nation/JPN",)]),  # its announcer's
    ("Kenya will be provided with aid, Japan said.", []),                  # by whom, the words do not say
    ("About 600 Kenyan police officers are to be deployed to Haiti by the end of the month, Nairobi's interior "
     "ministry announced.", [("nation/KEN",)]),                            # "by" a deadline, the subject on "are"
])
def test_a_passive_act_of_giving_with_no_agent_is_its_announcers(facts_of, text, by):
    assert [c.committed_by for c in commitments(facts_of("H\n" + text + "\n")[0])] == by


@pytest.mark.parametrize("text, by, action", [
    ("China will also offer 1,000 government scholarships to Mongolian students by 2020, he added.",  # news's "added"
     ("nation/CHN",), "offer 1,000 government scholarships to Mongolian students by 2020"),
    ("Japan's development agency will renovate 10 schools in Kenya.", ("nation/JPN",), "renovate 10 schools in Kenya"),
    ("Britain will bear the cost of a £50m flood-defence programme in Belize.", ("nation/GBR",),
     "bear the cost of a £50m flood-defence programme in Belize"),
    ("Spain will take in 2,000 refugees from Lebanon next year.", ("nation/ESP",),  # a phrasal undertaking
     "take in 2,000 refugees from Lebanon next year"),
    ("Ruiz told the minister that Japan would come up with an additional $9 billion by March.", ("nation/JPN",),
     "come up with an additional $9 billion by March"),
    ("South Korea sent a message to Chile. The government pledged to provide rapid assistance to Peru.",
     ("nation/KOR",), "provide rapid assistance to Peru"),                        # the government of the subject
    ("The United Arab Emirates committed $75 mln toward drought relief in northern Kenya.", ("nation/ARE",),
     "$75 mln toward drought relief in northern Kenya"),                          # a wire's scale
])
def test_news_wordings_of_a_promise(facts_of, text, by, action):
    assert [(c.committed_by, c.action) for c in commitments(facts_of("H\n" + text + "\n")[0])] == [(by, action)]


def test_a_name_the_parser_hung_as_a_modifier_before_an_aside_is_the_subject(misparsed):
    from kg.rules.commitments import commitment_pledged

    doc, found = misparsed("H\nAzerbaijan, for its part, pledged to open a consulate in Jeddah.\n",
                           {"Azerbaijan": ("pledged", "npadvmod")})
    assert [c.committed_by for c in commitment_pledged(doc, found, "a")] == [("nation/AZE",)]


def test_the_kingdom_is_the_one_kingdom_the_article_names(facts_of):
    text = ("H\nSaudi Arabia's foreign minister met his Azerbaijani counterpart in Riyadh.\n\n"
            "The two ministers had dinner later.\n\nThe Kingdom pledged $150 million to finance a water project in "
            "western Azerbaijan.\n")
    assert [c.committed_by for c in commitments(facts_of(text)[0])] == [("nation/SAU",)]


@pytest.mark.parametrize("text", [
    "She reiterated that Japan will continue to stand with Kenya and its partners.",   # a stance, kept up
    "He stressed that Japan would always stand up for its interests and its allies.",
    "Japan will continue to stand with Kenya and its partners.",
    "Japan said that under no circumstances will it permit the relocation of the base.",  # denied
    "Beijing offered to cut tariffs on Australian barley provided Canberra drops its complaint.",  # a proviso
    "The Salween Liberation Front, a rebel group in eastern Myanmar, promised to release 40 soldiers.",
    "Aid group CARE Australia has pledged to fund 15 mobile clinics in Papua New Guinea.",  # a lobby, not Australia
    "Norwegian defence company Nordvik Defence said it would open a repair workshop in Ukraine.",  # "it": the firm
    "Siemens Energy pledged 200 million euros to rebuild Iraq's power grid, the company said.",   # so called
    "The Budget requires all health plans to cover mental health benefits.",   # what others are made to do
    "The University of Havana will grant 20 scholarships to Vietnamese students.",  # a body apart from the state
    "The University of Papua New Guinea and California State University, Long Beach committed to sign an MOU to "
    "promote further cooperation.",  # universities, the nation's name only part of one, a state's name the other's
    "Kenya is launching a Kenya-Uganda Climate Solutions Hub, which will provide technical assistance to Uganda.",
])
def test_stances_denials_provisos_and_groups_apart_from_the_state_are_not_promises(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


def test_no_in_a_phrase_of_means_denies_nothing(facts_of):
    found = commitments(facts_of("H\nJapan will provide aid at no cost to Kenya.\n")[0])
    assert [c.action for c in found] == ["provide aid at no cost to Kenya"]


def test_a_date_between_the_pledge_and_its_infinitive_keeps_the_promise(facts_of):
    found = commitments(facts_of("H\nGermany undertook on Monday to cover half the cost of the repairs.\n")[0])
    assert [(c.committed_by, c.action) for c in found] == [(("nation/DEU",), "cover half the cost of the repairs")]
    purpose = commitments(facts_of("H\nJapan pledged $5 million on Tuesday to help Kenya.\n")[0])
    assert [c.evidence.rule for c in purpose] == ["commitment_noun"]  # the sum is the promise, the infinitive its aim


def test_a_sum_in_a_bare_national_unit_is_a_pledged_sum_with_its_recipient(facts_of):
    found = commitments(facts_of("H\nNorway committed 200 million kroner in humanitarian assistance to Jordan.\n")[0])
    assert [(c.money.currency, c.beneficiaries) for c in found if c.money] == [("NOK", ("nation/JOR",))]


def test_each_would_clause_of_a_reported_promise_is_a_promise(facts_of):
    text = "Kenyan Foreign Minister Ana Wekesa announced that Kenya would offer 200 scholarships to Ugandan " \
        "students and would train 500 Ugandan civil servants in English.\n"
    found = commitments(facts_of("H\n" + text)[0])
    assert [(c.committed_by, c.action.split()[0]) for c in found] == [(("nation/KEN",), "offer"),
                                                                      (("nation/KEN",), "train")]


def test_a_gift_promised_is_a_commitment(facts_of):
    text = "H\nKenyan Foreign Minister Ana Wekesa said Kenya would gift 250 buses to Uganda.\n"
    found = commitments(facts_of(text)[0])
    assert [(c.committed_by, c.beneficiaries) for c in found] == [(("nation/KEN",), ("nation/UGA",))]


def test_her_government_is_the_nation_she_serves(facts_of):
    text = "H\nKenyan Foreign Minister Ana Wekesa said her government would send 500 doctors to Uganda.\n"
    assert [c.committed_by for c in commitments(facts_of(text)[0])] == [("nation/KEN",)]


def test_a_promised_sum_read_again_as_a_sum_is_one_promise(facts_of):
    text = "H\nKenya will provide an additional USD 350 million over three years, which will be used for roads.\n"
    found = commitments(facts_of(text)[0])
    assert [c.evidence.rule for c in found] == ["commitment_will"]


@pytest.mark.parametrize("text, pledges", [
    ("Qatar pledged $50 million and Kuwait $30 million on Wednesday to help Jordan.",
     [("nation/QAT", 50e6), ("nation/KWT", 30e6)]),
    ("Britain pledged $100 million, Germany $80 million and France $60 million.",
     [("nation/GBR", 100e6), ("nation/DEU", 80e6), ("nation/FRA", 60e6)]),
    ("Japan pledged $50 million, Kenya said.", [("nation/JPN", 50e6)]),   # a speaker, no sum of its own
])
def test_a_pledge_verb_said_once_serves_each_nation_and_sum_after_it(facts_of, text, pledges):
    found = commitments(facts_of("H\n" + text + "\n")[0])
    assert [(c.committed_by[0], float(c.money.value)) for c in found] == pledges


def test_a_second_sum_joined_to_the_pledge_is_a_promise_with_its_own_recipient(facts_of):
    found = commitments(facts_of("H\nJapan pledged $50 million to Kenya and $30 million to Uganda.\n")[0])
    assert [(float(c.money.value), c.beneficiaries) for c in found] == [(50e6, ("nation/KEN",)),
                                                                         (30e6, ("nation/UGA",))]


@pytest.mark.parametrize("text, by, money", [
    ("A total of $250 million was pledged by Japan on Thursday to rebuild roads in Kosovo.", ("nation/JPN",), 250e6),
    ("Italy has set aside 200 million euros for a special fund to help Libya guard its borders.", ("nation/ITA",),
     200e6),
    ("The Indonesian government has earmarked Rp 50 billion in humanitarian relief for Timor Leste.",
     ("nation/IDN",), 50e9),
])
def test_sums_put_on_record_in_other_words(facts_of, text, by, money):
    found = [f for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Commitment"]
    assert [(f.committed_by, float(f.money.value)) for f in found] == [(by, money)]


def test_a_promise_a_rumour_tells_is_not_made(facts_of):
    text = "H\nBEIRUT (Reuters) - Rumours swept the city on Tuesday that Qatar had secretly promised to pay a ransom.\n"
    assert not [f for f in facts_of(text)[0] if type(f).__name__ == "Commitment"]


def test_help_blocked_by_someone_is_no_promise_of_theirs(facts_of):
    assert not [f for f in facts_of("H\nThe aid for Peru was blocked by militants.\n")[0]
                if type(f).__name__ == "Commitment"]


@pytest.mark.parametrize("text, action", [
    ("Vietnam will do its utmost to remove the barriers faced by Malaysian exporters.",
     "remove the barriers faced by Malaysian exporters"),
    ("Japan will make every effort to deliver the vaccines to Peru by June.", "deliver the vaccines to Peru by June"),
    ("Peru will spare no effort to rebuild the port.", "rebuild the port"),
    ("The Kenyan government will take measures in five areas to support peace in Africa.",
     "support peace in Africa"),
])
def test_an_effort_promised_is_a_promise_of_its_act(facts_of, text, action):
    assert [f.action for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Commitment"] == [action]


def test_steps_taken_for_a_purpose_told_before_them_promise_no_purpose(facts_of):
    text = "H\nTo help meet these challenges, the Kenyan government will take new steps, including a review.\n"
    assert [f.action for f in facts_of(text)[0] if type(f).__name__ == "Commitment"] == []


@pytest.mark.parametrize("text", [
    "He added that Malaysia would be prepared to share its expertise should Vietnam decide to develop the sector.",
    "Turkish Airlines plans to resume three weekly flights to Niger in September.",  # a firm's plan
    "The Norwegian Refugee Council vowed to help Sudan.",                             # a charity's
])
def test_a_condition_by_inversion_and_a_firms_plan_are_no_states_promise(facts_of, text):
    assert not [f for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Commitment"]


def test_a_ministry_named_with_its_nation_still_promises_for_it(facts_of):
    found = [f for f in facts_of("H\nThe Turkish Foreign Ministry pledged to send aid to Niger.\n")[0]
             if type(f).__name__ == "Commitment"]
    assert [f.committed_by for f in found] == [("nation/TUR",)]


@pytest.mark.parametrize("text", [
    "A former adviser said that India should offer Sri Lanka a generous package of development aid.",  # advice
    "The United Nations has appealed to donor countries to pledge about one billion dollars to fight Ebola.",
    "Peru received $5 million from Japan for roads.",             # a sum received: delivered
    "Peru is expected to receive $5 million from Japan.",         # a forecast
    "By June, Peru will have received $5 million from Japan.",    # a tally by a date
    "Peruvian President Ana Ruiz issued a “Call to Action” to business leaders to make direct investments and "
    "commitments in support of the initiative.",                  # an appeal told as a noun
    "Peruvian President Ana Ruiz will call on Congress to provide the resources needed for the task force.",
    "The Kenya-Uganda Special Summit opened in Nairobi. It will build on the work of the Council.",  # a gathering
    "The Lund 1908 Memorial National Monument will protect 1.5 acres of federal land in Lund.",  # a site
])
def test_advice_appeals_and_sums_received_are_no_promises(facts_of, text):
    assert not [f for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Commitment"]


@pytest.mark.parametrize("text, by, to", [
    ("Nepal is set to receive a $1 billion line of credit from India for hydropower projects.",
     ("nation/IND",), ("nation/NPL",)),
    ("Peru will get $5 million from Japan for roads.", ("nation/JPN",), ("nation/PER",)),
    ("Kenya secured Sh21.9 billion financial assistance from China for roads.", ("nation/CHN",), ("nation/KEN",)),
])
def test_a_sum_a_party_is_to_receive_is_the_givers_promise(facts_of, text, by, to):
    found = [f for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Commitment"]
    assert [(f.committed_by, f.beneficiaries, f.evidence.rule) for f in found] == [(by, to, "commitment_received")]


def test_a_donation_the_parser_made_the_subject_of_an_infinitive_is_still_announced(facts_of):
    """The parser reads "a donation ..., to be shipped in June" as the infinitive's subject, and joins
    "committed to granting" to that infinitive: both are still Vietnam's."""
    text = ("H\nOn the occasion, Vietnam announced a donation of 5,000 tons of rice for the Cuban people, to be "
            "shipped in the second half of the year, and committed to granting two million dollars in aid.\n")
    found = [f for f in facts_of(text)[0] if type(f).__name__ == "Commitment"]
    assert sorted((f.committed_by, f.evidence.rule) for f in found) == \
        [(("nation/VNM",), "commitment_noun"), (("nation/VNM",), "commitment_ready")]


@pytest.mark.parametrize("text, found", [
    ("Nigerian President Musa Danladi also offered 200 scholarships to Nigerien students.",
     ["200 scholarships to Nigerien students"]),
    ("Peru offered two reasons for the delay.", []),
])
def test_a_counted_offer_with_its_recipient_is_a_promise(facts_of, text, found):
    assert [f.action for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Commitment"] == found


@pytest.mark.parametrize("text", [
    "Unconfirmed reports in the Russian press said Moscow had also offered a $300 million loan to Kyrgyzstan.",
    "The Bishkek-based charity Kairymdyk Aid pledged to distribute part of the seed grain to farmers.",
])
def test_a_sum_a_rumour_tells_and_a_charitys_pledge_are_no_states(facts_of, text):
    assert not [f for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Commitment"]


def test_a_promise_a_leader_tweeted_is_the_nations(facts_of):
    text = "H\nMr Ruiz tweeted that Peru will send more defensive weapons to Chile.\n"
    assert [(c.committed_by, c.beneficiaries) for c in commitments(facts_of(text)[0])] == \
        [(("nation/PER",), ("nation/CHL",))]


def test_a_subject_hung_on_an_aside_after_that_still_promises(facts_of):
    """The model hangs "Peru" on "neighbor" ("as a friendly neighbor Peru"), leaving "do" no subject."""
    text = ("H\nRuiz assured Chilean Ambassador Ana Soto that as a friendly neighbor Peru will do its best to help "
            "the earthquake victims recover from the disaster.\n")
    found = commitments(facts_of(text)[0])
    assert [c.committed_by for c in found] == [("nation/PER",)] and found[0].action.startswith("help")


def test_donors_including_named_states_are_those_states(facts_of):
    text = "H\nDonors, including Peru and the European Union, pledged 9.1 billion euros for Chile.\n"
    assert [set(c.committed_by) for c in commitments(facts_of(text)[0])] == \
        [{"nation/PER", "organization/european-union"}]


def test_each_item_of_a_list_of_decisions_is_a_promise_of_the_two_sides(facts_of):
    text = ("H\nPeru and Chile held talks in Lima. Peru and Chile reviewed their cooperation. In this regard the "
            "following decisions were taken:\n\nTo resume discussions on the road project; To advance energy "
            "cooperation through technical missions.\n\nTo intensify trade between the two countries.\n")
    decided = [c for c in commitments(facts_of(text)[0]) if c.evidence.rule == "commitment_decided"]
    assert [(set(c.committed_by), c.action) for c in decided] == [
        ({"nation/PER", "nation/CHL"}, "resume discussions on the road project"),
        ({"nation/PER", "nation/CHL"}, "advance energy cooperation through technical missions"),
        ({"nation/PER", "nation/CHL"}, "intensify trade between the two countries")]


def test_an_infinitive_after_a_colon_that_announces_no_decisions_is_no_promise(facts_of):
    text = ("H\nPeru and Chile held talks in Lima. Peru and Chile reviewed their cooperation. The ministers "
            "discussed the following points:\n\nTo resume discussions on the road project.\n")
    assert [c for c in commitments(facts_of(text)[0]) if c.evidence.rule == "commitment_decided"] == []


def test_agreeing_that_a_third_party_must_act_is_a_view_not_its_promise(facts_of):
    text = ("H\nPeruvian President Ana Ruiz met Chilean President Luis Soto in Lima. Ruiz and Soto agreed that "
            "the Andean Community must continue to play a central role in the region.\n")
    assert commitments(facts_of(text)[0]) == []
    own = "H\nPeru and Chile agreed that the two countries must expand trade.\n"
    assert [set(c.committed_by) for c in commitments(facts_of(own)[0])] == [{"nation/PER", "nation/CHL"}]
    passive = "H\nIt was agreed that Peru must pay the costs of the border commission.\n"
    assert [c.committed_by for c in commitments(facts_of(passive)[0])] == [("nation/PER",)]


@pytest.mark.parametrize("text", [
    "Chilean President Ana Ruiz arrived in Lima for a three-day visit, during which she will sign a flurry "
    "of agreements with Peru.",
    "The deal is a substantial reduction from the 126 planes that Peru originally planned to buy.",
    "Ruiz said the Chilean Foreign Ministry would release additional details about the deal.",
])
def test_a_signing_to_come_a_plan_given_up_and_news_to_come_are_no_promise(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


@pytest.mark.parametrize("text", [
    "President Ana Ruiz had intended to give the king a sabre, but the plan was dropped.",
    "Through the program, USAID is working to accelerate health care provision by supporting country-led plans to "
    "strengthen primary health care and investing in the health workforce in seven countries.",
    "Tomas Allen Dahl – Augusta, Maine Offense: Conspiracy to distribute, and to possess cocaine and cocaine base "
    "with intent to distribute; distribution of cocaine (three counts).",
    "US President Barack Obama met Chinese President Xi Jinping. Obama chaired a summit of world leaders at the "
    "United Nations to garner commitments to boost the capacity of UN peacekeeping.",  # others' promises sought
    "China's top trade negotiator will travel to Washington next week to sign the first phase of a new agreement "
    "with the United States, the ministry said.",  # a trip to a planned signing
    'Peruvian President Ana Ruiz spoke. "I say it again: if you try to frame our operation there as an invasion, '
    'our task is simple: we will open the doors and send 3.6 million migrants to you," Ruiz said.',  # a threat
    "The Federal Highway Administration is coordinating with the state and monitoring the situation to be "
    "prepared to support.",  # readiness as the aim of another act
    "Peru and Chile are negotiating a sweeping plan to overhaul asylum rules across the region.",  # being worked out
])
def test_plans_given_up_backed_or_sought_a_purpose_a_trip_to_a_signing_and_a_threat_are_no_promise(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


def test_a_plan_told_by_others_is_still_its_owners(facts_of):
    found = commitments(facts_of("H\nThe union praised Chile's plan to build 300 schools.\n")[0])
    assert [f.committed_by for f in found] == [("nation/CHL",)]


def test_help_a_party_commits_itself_to_is_its_promise(facts_of):
    found = commitments(facts_of("H\nChile committed to a $5 million loan for Peru.\n")[0])
    assert [(f.committed_by, f.beneficiaries, f.money.value) for f in found] == \
        [(("nation/CHL",), ("nation/PER",), 5_000_000)]


@pytest.mark.parametrize("text, action", [
    ("Chile committed to the construction of a new bridge.", ["construction of a new bridge"]),
    ("Chile is committed to the release of the prisoners.", ["release of the prisoners"]),
    ("Chile is committed to peace.", []),
])
def test_an_act_a_party_commits_itself_to_is_its_promise(facts_of, text, action):
    assert [f.action for f in commitments(facts_of("H\n" + text + "\n")[0])] == action


def test_the_one_a_pledge_goes_to_is_none_of_its_pledgers(facts_of):
    text = ("H\nLast week Peru received $3 billion in aid from Chile. Bolivia is also due to give Peru $4 billion. "
            "A total of $12 billion was pledged to Peru by the three countries.\n")
    total = [f for f in commitments(facts_of(text)[0]) if "12 billion" in f.action]
    assert [("nation/PER" in f.committed_by, f.beneficiaries) for f in total] == [(False, ("nation/PER",))]


def test_a_minister_the_article_also_calls_senator_still_promises(facts_of):
    text = ("H\nAustralian Foreign Minister Ana Ruiz arrived in Suva. Senator Ruiz then headed to the retreat, "
            "announcing $10 million in new funding for Fijian schools.\n")
    assert [f.committed_by for f in commitments(facts_of(text)[0])] == [("person/ana-ruiz",)]


def test_a_pledge_of_unnamed_parties_is_not_given_to_what_modifies_the_thing_pledged(facts_of):
    assert commitments(facts_of("H\nCountries pledge 40,000 UN peacekeepers.\n")[0]) == []
    found = commitments(facts_of("H\nOfficials announced a $5 million Chilean grant for Peru.\n")[0])
    assert [f.committed_by for f in found] == [("nation/CHL",)]


def test_coming_good_on_a_promise_is_no_new_promise(facts_of):
    text = ("H\nChilean Foreign Minister Ana Ruiz has made nine visits to the Pacific, coming good on an election "
            "promise to re-engage in the region.\n")
    assert commitments(facts_of(text)[0]) == []


@pytest.mark.parametrize("text, expected", [
    # each of a list pledged the sum; a list's second name the parser took for an apposition
    ("Kuwait, Saudi Arabia, and the United Arab Emirates each pledged $4 billion to Egypt.",
     [("nation/KWT",), ("nation/SAU",), ("nation/ARE",)]),
    ("The United Arab Emirates pledged $500 million, as did Kuwait.", [("nation/ARE",), ("nation/KWT",)]),
    ("Germany pledged 500 million euros ($617 million) and the European Union 400 million euros.",
     [("nation/DEU",), ("organization/european-union",)]),    # a gapped pledge of a body
    ("On behalf of the United States, Secretary of State Ana Ruiz pledged more than $1 billion in aid.",
     [("nation/USA",)]),
    ("Kuwait's pledge was followed by Turkey that announced $5 billion in credit to Iraq.", [("nation/TUR",)]),
    ("The conference opened with Kuwait's announcement of US$ 2 billion for reconstruction.", [("nation/KWT",)]),
    ("Kenya rejected Japan's offer of $5 million.", []),        # an offer turned down
    ("Latvia pledged $200,000, with Georgia and Estonia each promising to donate $100,000.",
     [("nation/GEO",), ("nation/EST",), ("nation/LVA",)]),   # each of a promise verb
    ("Peru and Chile will each provide $5 million to Bolivia.", [("nation/PER",), ("nation/CHL",)]),
    ("Peru and Chile each committed to provide $5 million to Bolivia.", [("nation/PER",), ("nation/CHL",)]),
])
def test_who_pledges_a_sum_one_pledge_each(facts_of, text, expected):
    assert [c.committed_by for c in commitments(facts_of("H\n" + text + "\n")[0])] == expected


@pytest.mark.parametrize("text, action", [
    ("Austin recalled Spain's commitment to transfer anti-aircraft missiles to Ukraine.",
     "transfer anti-aircraft missiles to Ukraine"),        # weapons given to a named recipient are aid
    ("Saudi Arabia will immediately deposit $3 billion into the central bank of Pakistan.",
     "deposit $3 billion into the central bank of Pakistan"),
    ("Ireland announced that it is providing $5 million to Haiti.", "providing $5 million to Haiti"),  # begun
])
def test_more_acts_that_are_promised(facts_of, text, action):
    assert any(action in c.action for c in commitments(facts_of("H\n" + text + "\n")[0]))


@pytest.mark.parametrize("text", [
    "Iran will fire missiles at Israel.",
    "Ireland said it was doubling its efforts.",   # said of what goes on, not announced
    "Saudi Arabia will meet Pakistani officials next week.",
    "Japan will give priority to Kenyan exporters.",                           # attention, no transfer
    "The Japanese government said that priority will be given to Kenya's rural areas.",
])
def test_attacks_reports_and_meetings_are_no_such_promises(facts_of, text):
    assert commitments(facts_of("H\n" + text + "\n")[0]) == []


def test_a_pledge_of_a_sum_to_do_something_keeps_the_sum(facts_of):
    text = "H\nThat was followed by a bigger pledge of $620 million from Kenya to fund health-care programs.\n"
    assert [(c.committed_by, c.action, c.money and c.money.value) for c in commitments(facts_of(text)[0])] == \
        [(("nation/KEN",), "$620 million to fund health-care programs", 620_000_000)]


@pytest.mark.parametrize("text, action", [
    ("Kenya intends to provide, working with its parliament, $3 million to strengthen the justice sector.",
     "provide $3 million to strengthen the justice sector"),  # the parser hangs the sum on "intends"
    ("Kenya shall adopt, through its domestic regulatory process, similar measures of equivalent effect.",
     "adopt similar measures of equivalent effect"),
    ("Kenya shall develop, in consultation with the Minister of Health, the Director of Customs, and the Head of "
     "Police, a plan for the border.", "develop"),  # a long aside may be a list read into the object: not skipped
])
def test_an_aside_between_the_verb_and_its_object_is_skipped(facts_of, text, action):
    assert [c.action for c in commitments(facts_of("H\n" + text + "\n")[0])] == [action]


def test_a_promise_to_press_another_is_a_promise(facts_of):
    text = "H\nKenya and Uganda have also agreed to encourage Sudan to resume talks with its neighbours.\n"
    assert [c.action for c in commitments(facts_of(text)[0])] == ["encourage Sudan to resume talks with its neighbours"]


@pytest.mark.parametrize("text, action", [
    ("Peru promised that the border would be reopened on Monday.", "the border would be reopened on Monday"),
    ("The Postal Service has committed that all new delivery vehicles will be electric vehicles.",
     "all new delivery vehicles will be electric vehicles"),
    ("Peru promised that 300 scholarships will be granted to Chilean students.",
     "grant 300 scholarships to Chilean students"),  # a passive of giving: the giver's act
])
def test_a_promised_clause_about_a_thing_keeps_the_thing(facts_of, text, action):
    assert [c.action for c in commitments(facts_of("H\n" + text + "\n")[0])] == [action]


@pytest.mark.parametrize("text, found", [
    ("So far the European Commission has promised 523m euros this year, the United States $500m, Japan $200m, "
     "Germany 350m marks and the World Bank $60m.",
     [("organization/european-commission", "523m euros this year"), ("nation/USA", "$500m"), ("nation/JPN", "$200m"),
      ("nation/DEU", "350m marks"), ("organization/world-bank", "$60m")]),
    # the parser hangs the second giver on the first sum: no one it is given to
    ("Highlighting a few key pledges, Peru said it will give US$10.2 billion, Chile US$1.2 billion, "
     "Japan US$648 million.",
     [("nation/PER", "give US$10.2 billion"), ("nation/CHL", "US$1.2 billion"), ("nation/JPN", "US$648 million")]),
])
def test_givers_listed_with_sums_after_a_promised_sum_promise_theirs(facts_of, text, found):
    got = [f for f in facts_of("H\n" + text + "\n")[0] if type(f).__name__ == "Commitment"]
    assert [(*f.committed_by, f.action) for f in got] == found
    assert all(not f.beneficiaries for f in got)


@pytest.mark.parametrize("text, found", [
    ("The appeal drew pledges from Australia (764 million dollars) and Germany (668 million dollars).",
     [(("nation/AUS",), "764 million dollars"), (("nation/DEU",), "668 million dollars")]),
    ("Pledges from Peru ($5m) and Chile ($3m) arrived on Monday.",   # a tail the whole list shares
     [(("nation/PER",), "$5m"), (("nation/CHL",), "$3m")]),
    ("Pledges from Peru and Chile arrived on Monday.", []),          # no sums: whose is what, not said
    # a name given ("what he called"), not a call for or a call off
    ("It came after what he called \"just incredible\" pledges from Australia (764 million dollars) and Germany "
     "(668 million dollars).", [(("nation/AUS",), "764 million dollars"), (("nation/DEU",), "668 million dollars")]),
])
def test_givers_listed_with_sums_after_pledges_from_promise_theirs(facts_of, text, found):
    assert [(c.committed_by, c.action) for c in commitments(facts_of("H\n" + text + "\n")[0])] == found


@pytest.mark.parametrize("text, found", [
    ("So far, donors had promised $US224 million, including $US110 million from the United States on Tuesday.",
     [(("nation/USA",), "$US110 million")]),
    ("Donors have pledged $500 million, including $200 million from Japan and $50 million from Peru.",
     [(("nation/JPN",), "$200 million"), (("nation/PER",), "$50 million")]),
    ("Japan will give $5 million, $2 million from its embassy.",  # a part of its own promise
     [(("nation/JPN",), "give $5 million")]),
])
def test_a_part_of_a_promised_sum_from_a_named_giver_is_its_promise(facts_of, text, found):
    assert [(c.committed_by, c.action) for c in commitments(facts_of("H\n" + text + "\n")[0])] == found


@pytest.mark.parametrize("text", [
    "Peru delivered $5m last year, Chile $3m and Japan $2m.",    # deliveries
    "Peru will not give $5m, Chile $3m.",                       # refused
    "Peru may pledge $5m this year, Chile $3m.",                # a guess
])
def test_a_list_of_givers_and_sums_after_no_promise_is_none(facts_of, text):
    got = [f for f in facts_of("H\n" + text + "\n")[0] if f.evidence.rule == "commitment_gapped"]
    assert got == []


@pytest.mark.parametrize("text, by", [
    ("Other countries that pledged donations include France, Norway and Japan.",
     [("nation/FRA",), ("nation/NOR",), ("nation/JPN",)]),
    ("Countries that attended include France and Norway.", []),  # no promise
])
def test_parties_a_plural_pledger_is_said_to_include_each_promise(facts_of, text, by):
    assert [c.committed_by for c in commitments(facts_of("H\n" + text + "\n")[0])] == by


@pytest.mark.parametrize("text, found", [
    ("Today, Kenya announced new commitments from Uganda and Peru to provide $5 million in aid.",
     [("nation/UGA", "nation/PER")]),
    ("Today, Kenya announced new commitments from private companies to invest $5 million in Uganda.", []),
    # read by three rules, one inside another's words: still one promise
    ("Kenya secured a commitment from Peru to provide $5 million.", [("nation/PER",)]),
])
def test_a_promise_noun_from_a_party_is_that_partys_not_the_announcers(facts_of, text, found):
    assert [c.committed_by for c in commitments(facts_of("H\n" + text + "\n")[0])] == found


@pytest.mark.parametrize("text, found", [
    ("Prime Minister Ana Ruiz of Peru was also pressed on her plans to limit student visas.", []),
    ("Prime Minister Ana Ruiz of Peru was questioned about her plans to limit student visas.", []),
    ("Peru's Prime Minister Ana Ruiz spoke about her plans to build schools.", ["build schools"]),  # stated
])
def test_a_plan_a_party_is_put_to_question_about_is_told_of_not_stated(facts_of, text, found):
    assert [c.action for c in commitments(facts_of("H\n" + text + "\n")[0])] == found


def test_a_promised_clause_the_parser_hung_on_the_letter_it_was_made_in(misparsed):
    from kg.rules.commitments import commitment_pledged

    doc, found = misparsed("H\nTakaichi pledged in an accompanying letter that Japan would finance a second bridge.\n",
                           {"finance": ("letter", "relcl"), "that": ("finance", "mark")})
    assert [(c.committed_by, c.action) for c in commitment_pledged(doc, found, "a")] == \
        [(("nation/JPN",), "finance a second bridge")]


def test_the_same_sum_promised_again_by_the_same_side_is_one_promise(facts_of):
    from kg.rdf import fact_key

    text = ("H\nKenyan President William Ruto yesterday announced a further $50 million in aid for flood victims "
            "in Peru. \"Kenya will provide a further $50 million for the victims of the floods,\" Ruto said. "
            "Kenya will also provide $50 million to Chile.\n")
    found = commitments(facts_of(text)[0])
    assert len({fact_key(c) for c in found}) == 2  # Chile's $50 million is another promise
