"""agreement_signed: (sentence, expected) table."""

import pytest

from kg.facts import Agreement, Modality


def agreements(facts):
    return [f for f in facts if isinstance(f, Agreement)]


@pytest.mark.parametrize("text, parties, topic_word", [
    ("US President Donald Trump and Japan's new prime minister Sanae Takaichi have signed a "
     "landmark agreement in Tokyo to strengthen cooperation on rare earths and critical minerals.",
     {"nation/USA", "nation/JPN"}, "rare earths"),
    ("Kenya and Germany signed a pact on migration in Berlin.", {"nation/KEN", "nation/DEU"}, "migration"),
    ("France signed a trade deal with Canada.", {"nation/FRA", "nation/CAN"}, "trade"),
    ("An accord on fisheries was signed by Norway and Iceland.", {"nation/NOR", "nation/ISL"}, "fisheries"),
    ("Kenya and Uganda exchanged memoranda of understanding on tourism.", {"nation/KEN", "nation/UGA"}, "tourism"),
    ("Kenya and Uganda renewed their agreement on fisheries.", {"nation/KEN", "nation/UGA"}, "fisheries"),
    ("Kenya and Uganda agreed on a plan to reduce tariffs.", {"nation/KEN", "nation/UGA"}, "tariffs"),
    ("Kenya and Uganda signed five agreements covering energy.", {"nation/KEN", "nation/UGA"}, "energy"),
    ("Kenya and Uganda forged a partnership on clean energy.", {"nation/KEN", "nation/UGA"}, "clean energy"),
    ("The Presidents of Venezuela and Bolivia signed a cooperation agreement on energy.", {"nation/VEN", "nation/BOL"},
     "energy"),  # the holders of one office, by their nations
])
def test_agreement_signed(facts_of, text, parties, topic_word):
    found = agreements(facts_of("Headline\n" + text + "\n")[0])
    assert len(found) == 1
    assert set(found[0].parties) == parties
    assert topic_word in (found[0].topic or "").lower()
    assert found[0].evidence.rule == "agreement_signed"


@pytest.mark.parametrize("text", [
    "Kenya refused to sign the pact with Germany.",
    "France did not sign the deal with Canada.",
    "Analysts believe the deal will enhance stability.",
    "Kenya signed the pact.",
    "In August, the President of Kenya signed a Memorandum on Deferred Departure for Certain Ugandan Residents.",
    "Kenya and Germany hope to reach a deal on energy soon.",
    "Kenya and Germany have forged an enduring partnership built on shared values.",  # a relationship
    "Kenya and Germany renewed their partnership.",
    "Kenya is expected to sign a nuclear cooperation accord with Germany, diplomats said.",  # a forecast
    "Tokyo-based Sanwa Shoji Co. signed a deal with state-run Energy Kenya Ltd. to build a solar plant.",  # firms
])
def test_no_agreement(facts_of, text):
    assert agreements(facts_of("Headline\n" + text + "\n")[0]) == []


def test_agreement_location_is_the_city_not_the_nation(facts_of):
    found = agreements(facts_of("H\nJapan and the United States signed a deal in Tokyo.\n")[0])
    assert found[0].location == "place/tokyo" and found[0].modality is Modality.ASSERTED


def test_plural_agreements_with_a_counterpart_are_one_per_signer(facts_of):
    text = ("H\nArmenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
            "signed bilateral economic agreements with the United States.\n")
    found = agreements(facts_of(text)[0])
    assert {tuple(sorted(a.parties)) for a in found} == {("nation/ARM", "nation/USA"), ("nation/AZE", "nation/USA")}


def test_agreed_upon_a_pact(facts_of):
    found = agreements(facts_of("H\nThe United States and Jordan have agreed upon a new free-trade pact.\n")[0])
    assert [set(a.parties) for a in found] == [{"nation/USA", "nation/JOR"}]


@pytest.mark.parametrize("text", [
    "Norway and Chile will finalize a trade agreement next month.",
    "Norway backed efforts to conclude an agreement between Chile and Peru.",
    "Norway and Chile are finalising a trade agreement.",
    "Norway and Chile were concluding a trade agreement when the talks broke down.",
])
def test_an_agreement_still_to_be_made_is_intended(facts_of, text):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert found and all(a.modality is Modality.INTENDED for a in found)


@pytest.mark.parametrize("text", ["Norway and Chile reached a tentative agreement.",
                                  "Norway and Chile have signed multiple bilateral agreements."])
def test_evaluative_and_counting_adjectives_are_not_topics(facts_of, text):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert found and found[0].topic is None


@pytest.mark.parametrize("text, topic", [
    ("Norway and Chile signed agreements on defence, energy, mining and fisheries.",
     "defence, energy, mining and fisheries"),
    ("Norway and Chile signed agreements on cooperation in areas including oil and gas, health and sports.",
     "cooperation in areas including oil and gas, health and sports"),  # a list inside the phrase
])
def test_a_listed_topic_keeps_every_item(facts_of, text, topic):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert [a.topic for a in found] == [topic]


@pytest.mark.parametrize("title, topic", [
    ("Joint Statement on Chile-Peru Trade and Investment", "Chile-Peru Trade and Investment"),
    ("Chile-Peru Joint Declaration", None),
    ("Agreement between Chile and Peru on Fisheries", "Fisheries"),
])
def test_a_document_titled_as_an_agreement_is_one(facts_of, title, topic):
    found = agreements(facts_of(title + "\nThe two governments met in Lima.\n")[0])
    assert [(set(a.parties), a.topic, a.evidence.rule) for a in found] == \
        [({"nation/CHL", "nation/PER"}, topic, "agreement_document")]


@pytest.mark.parametrize("title", ["Chile Rejects Joint Statement with Peru",
                                   "Statement by the President on Chile and Peru",
                                   "Joint Statement on Chilean Fisheries"])
def test_titles_that_only_report_or_name_one_nation_are_not_agreements(facts_of, title):
    assert agreements(facts_of(title + "\nThe two governments met in Lima.\n")[0]) == []


@pytest.mark.parametrize("text, found", [
    ("The agreement between Chile and Peru on fisheries took effect in May.", True),
    ("Chile rejected the proposed deal between Peru and Bolivia.", False),
    ("Talks toward a ceasefire between Chile and Peru stalled.", False),
])
def test_an_agreement_named_between_two_nations_without_a_signing_verb(facts_of, text, found):
    agreed = agreements(facts_of("H\n" + text + "\n")[0])
    assert [a.evidence.rule for a in agreed] == (["agreement_mentioned"] if found else [])


@pytest.mark.parametrize("text, topic", [
    ("Kenyan and Ugandan ministers signed memorandums of understanding on trade.", "trade"),
    ("Kenya and Uganda sealed a trade deal on Monday.", "trade"),
    ("Kenya struck a deal with Uganda to build a railway.", "build a railway"),
    ("Kenya clinched a deal with Uganda on fisheries.", "fisheries"),
    ("Kenya agreed a deal with Uganda to share water.", "share water"),
    ("Kenya's foreign minister and his Ugandan counterpart signed an agreement on visas.", "visas"),
    ("India has signed a $40bn deal to import gas from Iran.", "import gas from Iran"),
    ("Kenya and Uganda agreed a plan to demarcate their border.", "demarcate their border"),  # British usage
    ("Kenya and Uganda agreed on a roadmap for the talks.", "talks"),
    ("A cultural exchange programme was also signed between Kenya and Uganda.", "cultural exchange"),  # any text
])
def test_agreement_forms_of_news(facts_of, text, topic):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert [a.topic for a in found] == [topic]
    assert len(found[0].parties) == 2


def test_a_border_two_sides_agreed_on_is_an_agreement_not_a_promise(facts_of):
    facts = facts_of("H\nKenya and Somalia agreed on a maritime border.\n")[0]
    assert [a.label for a in agreements(facts)] == ["maritime border"]
    assert [f for f in facts if type(f).__name__ == "Commitment"] == []


@pytest.mark.parametrize("text, topic", [
    ("Kenyan President David Mwangi and Ugandan President Ana Souza witnessed the signing of five "
     "agreements on trade and health.", "trade and health"),
    ("On her trip to Kampala, the minister witnessed the signing of an accord between Kenya and Uganda.",
     None),  # the parties hang on the signing; the trip is no topic; one agreement, not two
])
def test_those_who_witnessed_a_signing_make_their_nations_its_parties(facts_of, text, topic):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert [(sorted(a.parties), a.signatories, a.topic) for a in found] == [(["nation/KEN", "nation/UGA"], (), topic)]


@pytest.mark.parametrize("text, found", [
    ("The envoys discussed the importance of reaching a ceasefire between Kenya and Uganda.", False),  # an aim
    ("After reaching a ceasefire between Kenya and Uganda, the envoys left.", True),                   # a deed
])
def test_an_agreement_named_as_an_aim_is_none(facts_of, text, found):
    assert bool(agreements(facts_of("H\n" + text + "\n")[0])) is found


def test_the_broker_of_a_truce_between_the_two_countries_is_not_one_of_them(facts_of):
    text = "H\nKenya and Uganda clashed again. Ethiopia, which brokered a truce between the two countries, spoke.\n"
    assert [sorted(a.parties) for a in agreements(facts_of(text)[0])] == [["nation/KEN", "nation/UGA"]]


def test_a_draft_is_no_topic(facts_of):
    found = agreements(facts_of("H\nKenya and Uganda initialled a draft accord.\n")[0])
    assert [a.topic for a in found] == [None]


def test_officials_who_met_to_sign_a_deal_make_their_nations_its_parties(facts_of):
    found = agreements(facts_of("H\nKenyan transport officials met with Ugandan officials in Kampala "
                                "to sign a travel agreement.\n")[0])
    assert [(a.parties, a.topic) for a in found] == [(("nation/KEN", "nation/UGA"), "travel")]


def test_the_deal_signed_is_the_one_named_before(facts_of):
    found = agreements(facts_of("Kenya and Uganda in oil deal\nThe presidents of Kenya and Uganda "
                                "signed the deal in Nairobi on Tuesday.\n")[0])
    assert [a.topic for a in found] == ["oil"]


def test_an_agreement_noun_whose_object_arc_is_lost_is_still_read(misparsed):
    from kg.rules.agreements import agreement_signed

    doc, found = misparsed("H\nKenya and Uganda sealed a trade deal on Monday.\n", {"deal": ("Monday", "dep")})
    assert [(a.parties, a.topic) for a in agreement_signed(doc, found, "a")] == \
        [(("nation/KEN", "nation/UGA"), "trade")]


def test_an_understanding_reached_is_an_agreement(facts_of):
    found = agreements(facts_of("H\nKenya and Uganda reached an understanding on fishing rights.\n")[0])
    assert [(a.parties, a.topic) for a in found] == [(("nation/KEN", "nation/UGA"), "fishing rights")]


def test_a_ceasefire_with_rebels_has_no_second_nation(facts_of):
    assert agreements(facts_of("H\nKenya signed a ceasefire with Ugandan rebels.\n")[0]) == []


def test_a_place_naming_an_agreement_is_not_its_party(facts_of):
    found = agreements(facts_of("H\nKenya and Uganda ratified the Paris agreement on climate.\n")[0])
    assert all("nation/FRA" not in a.parties for a in found)


def test_a_deal_described_as_signed_by_two_nations_is_an_agreement(facts_of):
    found = agreements(facts_of("H\nThe deal, signed by Kenya and Uganda on Monday, ends a long dispute.\n")[0])
    assert [a.parties for a in found] == [("nation/KEN", "nation/UGA")]


def test_agreed_on_a_deal_takes_its_purpose_as_topic(facts_of):
    found = agreements(facts_of("H\nKenyan and Ugandan ministers have agreed on a deal to share water.\n")[0])
    assert [a.topic for a in found] == ["share water"]


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans protested against the agreement signed between Kenya and Uganda.",
    "Kenya criticized Uganda for signing the trade agreement with Tanzania.",
    "Kenya dismissed reports that it had agreed to a ceasefire with Uganda.",
])
def test_an_agreement_protested_or_denied_is_not_reported_as_made(facts_of, text):
    assert agreements(facts_of("H\n" + text + "\n")[0]) == []


def test_a_named_matter_beats_an_adjective_as_the_topic(facts_of):
    found = agreements(facts_of("H\nKenya and Uganda reached a provisional deal on a ceasefire.\n")[0])
    assert [a.topic for a in found] == ["ceasefire"]


@pytest.mark.parametrize("text, topic", [
    ("The Kenya-Uganda agreement on railways was signed on Tuesday.", "railways"),
    ("Kenya and Uganda signed an agreement restoring commercial flights.", "restoring commercial flights"),
])
def test_sides_joined_by_a_hyphen_and_a_participle_topic(facts_of, text, topic):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert [(a.parties, a.topic) for a in found] == [(("nation/KEN", "nation/UGA"), topic)]


def test_agreeing_a_ceasefire_on_a_day_is_an_agreement_not_a_promise(facts_of):
    facts = facts_of("H\nKenya and Uganda agreed a ceasefire on Monday.\n")[0]
    assert [type(f).__name__ for f in facts] == ["Agreement"]


def test_agreeing_on_the_importance_of_a_partnership_is_no_agreement(facts_of):
    found = agreements(facts_of("H\nKenya and Uganda agreed on the importance of a robust response and "
                                "partnership with regional bodies.\n")[0])
    assert found == []


def test_a_broker_is_no_party(facts_of):
    found = agreements(facts_of("H\nThe United States brokered a deal between Kenya and Uganda.\n")[0])
    assert [a.parties for a in found] == [("nation/KEN", "nation/UGA")]


def test_signing_planned_for_friday_is_an_intended_agreement_not_a_promise(facts_of):
    facts = facts_of("H\nKenya and Uganda will sign the accord on Friday.\n")[0]
    assert [(type(f).__name__, f.modality) for f in facts] == [("Agreement", Modality.INTENDED)]


def test_a_deal_reported_reached_with_another_is_the_reporters_sides(facts_of):
    found = agreements(facts_of("H\nKenyan President David Mwangi said Sunday that an agreement on a ceasefire "
                                "in Somalia had been reached with Uganda.\n")[0])
    assert [(a.parties, a.signatories) for a in found] == [(("nation/UGA", "nation/KEN"), ())]


def test_the_two_ministers_are_the_two_ministers_named_last(facts_of):
    found = agreements(facts_of("H\nKenyan Foreign Minister Ana Souza met her Ugandan counterpart David Mwangi. "
                                "The two ministers signed a memorandum of understanding on fisheries.\n")[0])
    assert [(a.parties, sorted(a.signatories)) for a in found] == \
        [(("nation/KEN", "nation/UGA"), ["person/ana-souza", "person/david-mwangi"])]


@pytest.mark.parametrize("text, found", [
    ("Kenya and Uganda agreed to reopen their border crossings. Traders welcomed the news. The agreement ends "
     "a two-year dispute.", [(("nation/KEN", "nation/UGA"), "reopen their border crossings")]),
    ("Kenya and Uganda have agreed to reopen their border crossings, officials said. Both sides hope to reach a "
     "wider deal. \"With this agreement we end the dispute,\" an official said.",
     [(("nation/KEN", "nation/UGA"), "reopen their border crossings")]),
    ("Kenya and Uganda agreed to reopen their border crossings. The deal with Tanzania was separate.", []),
    ("Kenya and Uganda agreed to reopen their border crossings.", []),  # an undertaking nobody calls an agreement
    ("Kenya agreed to send troops. The agreement was welcomed.", []),  # one side
    ("Kenya and Uganda agreed to stay in contact as the deal is carried out.", []),
])
def test_a_mutual_undertaking_the_text_calls_an_agreement_is_one(facts_of, text, found):
    facts = agreements(facts_of("H\n" + text + "\n")[0])
    assert [(a.parties, a.topic) for a in facts] == found


@pytest.mark.parametrize("text, label", [
    ("Kenya and Uganda agreed a humanitarian ceasefire.", "humanitarian ceasefire"),  # not "ceasefire on humanitarian"
    ("Kenya and Uganda signed a deal on fisheries.", "deal on fisheries"),
])
def test_an_agreement_label_reads_as_english(facts_of, text, label):
    assert [a.label for a in agreements(facts_of("H\n" + text + "\n")[0])] == [label]


def test_a_definite_agreement_told_in_its_own_right_takes_no_earlier_ones_topic(facts_of):
    text = ("NATO Summit\n- An agreement to work with Spain to increase the number of destroyers in Rota.\n"
            "Norway welcomes the trilateral agreement signed on June 28 by Turkey, Sweden, and Finland that "
            "will pave the way for an invitation.\n")
    found = [a for a in agreements(facts_of(text)[0]) if "nation/TUR" in a.parties]
    assert [a.topic for a in found] == [None]


def test_who_announces_a_deal_between_two_others_is_no_party(facts_of):
    text = "H\nKenyan President William Ruto announced an agreement between Uganda and Tanzania to build a railway.\n"
    assert [(a.parties, a.signatories) for a in agreements(facts_of(text)[0])] == [(("nation/UGA", "nation/TZA"), ())]


def test_a_deals_purpose_is_its_topic_not_a_comment_on_the_signing(facts_of):
    text = ("H\nKenya and Ethiopia signed an agreement Tuesday to share water from the Omo River basin, easing "
            "years of tension over a giant dam.\n")
    assert [a.topic for a in agreements(facts_of(text)[0])] == ["share water from the Omo River basin"]


@pytest.mark.parametrize("text, parties", [
    ("H\nChinese President Liu Jianguo held talks with Kazakh President Nurlan Abenov. After the talks, "
     "the two heads of state witnessed the signing of 18 cooperation documents.\n", ("nation/CHN", "nation/KAZ")),
    ("H\nJapanese Prime Minister Hiroshi Tanabe and Vietnamese President Tran Quoc Hai met. "
     "The leaders signed a joint statement on chips. Tanabe read a statement.\n", ("nation/JPN", "nation/VNM")),
])
def test_texts_signed_as_cooperation_documents_or_joint_statements_are_agreements(facts_of, text, parties):
    assert [a.parties for a in agreements(facts_of(text)[0])] == [parties]


def test_mous_signed_are_agreements_not_a_body_and_a_counterpart_tagged_a_body_is_a_person(facts_of):
    text = ("NEW DELHI: India and Bangladesh on Saturday signed seven MoUs after Prime Minister Arvind Rathore "
            "held talks with his Bangladeshi counterpart Nasreen Haque. Haque presented Rathore with a shawl.\n")
    facts, found = facts_of(text)
    assert [a.parties for a in agreements(facts)] == [("nation/IND", "nation/BGD")]
    assert "person/nasreen-haque" in found.entities and not [k for k in found.entities if "mous" in k]


def test_a_partnership_sealed_on_a_matter_is_an_agreement(facts_of):
    text = ("H\nWhen Kenyan President William Ruto and Ugandan President Yoweri Museveni shook hands on Monday, "
            "they sealed the first formal security and defence partnership between Kenya and Uganda.\n")
    assert [a.topic for a in agreements(facts_of(text)[0])] == ["security and defence"]


def test_a_gerund_heading_names_the_topic_of_a_signing_still_to_come(facts_of):
    text = ("H\n- *Signing a Kenya-Peru Commercial and Investment Partnership: * Kenya and Peru intend to sign a "
            "Commercial and Investment Partnership, affirming a mutual commitment.\n")
    assert [a.modality for a in agreements(facts_of(text)[0])] == [Modality.INTENDED]


def test_working_towards_concluding_an_agreement_is_no_agreement_made(facts_of):
    text = ("H\nThe Kenyan Trade Minister and Peru's Trade Secretary committed in May to work towards concluding "
            "an agreement by the end of 2024.\n")
    found = agreements(facts_of(text)[0])
    assert found and all(a.modality is Modality.INTENDED for a in found)


def test_an_agreement_struck_down_was_undone(facts_of):
    text = ("H\nThe new framework addresses concerns that the court of Kenya raised in striking down the prior "
            "Kenya-Peru Privacy Shield framework.\n")
    assert agreements(facts_of(text)[0]) == []


def test_an_agreement_a_condition_supposes_is_none(facts_of):
    text = ("H\nMr Corrigan said New Zealand would consider extra support for Tonga's health system if the two "
            "governments could agree on a new workforce plan.\n")
    assert agreements(facts_of(text)[0]) == []


def test_an_opening_participle_taken_for_the_subject_gives_way_to_the_subject_after_it(misparsed):
    from kg.rules.agreements import agreement_signed

    doc, found = misparsed("H\nMeeting in Lome, the foreign ministers of Ghana and Togo signed a security pact.\n",
                           {"Meeting": ("signed", "nsubj"), "ministers": ("Lome", "appos")})
    assert [sorted(a.parties) for a in agreement_signed(doc, found, "a")] == [["nation/GHA", "nation/TGO"]]


@pytest.mark.parametrize("text", [
    "Officials expect Kenya and Japan to sign a free trade agreement before the end of the year.",  # foreseen
    "Colombia's senate voted against ratifying a tax treaty with Spain.",                          # refused
    "Israel and Sudan plan to sign a normalisation agreement next month, Israel's Channel 12 reported, citing "
    "unnamed officials.",                                                                          # the press's plan
    "Officials said a new trade agreement between Cuba and Vietnam could be signed before the end of 2018.",  # a guess
    "Russia and Serbia are finalizing a draft treaty on mutual legal assistance.",                # a text unmade
    "Officials from Peru and Chile finalised the draft text of an agreement on fisheries on Friday.",
    "Bangladesh and Laos have reportedly signed a repatriation accord.",                           # unvouched
    "Turkish construction firm Kuzey Yapi signed a $40 million contract with Moldovan private company Nistru "
    "Invest to build a logistics centre.",                                                         # two firms
    "Singapore-based property developer Ardent Land signed a deal with Myanmar's Golden Lotus Group to build a hotel.",
])
def test_deals_foreseen_guessed_drafted_refused_or_between_firms_are_no_agreements(facts_of, text):
    assert agreements(facts_of("H\n" + text + "\n")[0]) == []


def test_an_agreement_a_relative_clause_says_was_signed_is_one(facts_of):
    text = ("H\nA protocol on the care of war graves, which was signed on Monday by Ukrainian Foreign Minister "
            "Borys Marchuk and his Polish counterpart Jerzy Kalinowski, ends a long dispute.\n")
    assert [sorted(a.parties) for a in agreements(facts_of(text)[0])] == [["nation/POL", "nation/UKR"]]


@pytest.mark.parametrize("text, parties", [
    ("Kenya is moving ahead with the trade agreement it reached with Peru last year.", ["nation/KEN", "nation/PER"]),
    ("Critics attacked the gas deal Ghana struck with Norway in 2019.", ["nation/GHA", "nation/NOR"]),
    ("The accord that reached Kenya and Peru by post on Monday was a forgery.", None),
])
def test_a_deal_a_relative_clause_without_a_pronoun_says_was_made_is_one(facts_of, text, parties):
    found = [sorted(a.parties) for a in agreements(facts_of("H\n" + text + "\n")[0])]
    assert found == ([parties] if parties else [])


def test_signers_the_parser_hung_on_the_next_verb_still_sign(misparsed):
    from kg.rules.agreements import agreement_signed

    doc, found = misparsed("H\nThe third agreement, which was inked by Kenya's Health Minister Ana Mwangi and Peru's "
                           "Health Secretary Luis Dahl, covers nurses.\n",
                           {"Minister": ("Mwangi", "compound"), "Mwangi": ("covers", "nsubj"),
                            "Dahl": ("Mwangi", "conj")})
    assert [sorted(a.parties) for a in agreement_signed(doc, found, "a")] == [["nation/KEN", "nation/PER"]]


@pytest.mark.parametrize("text, labels", [
    ("Russia and Serbia signed a package of documents, including an agreement on aviation security and a "
     "memorandum on emergency response.", ["agreement on aviation security", "memorandum on emergency response"]),
    ("Kenya and Peru signed 12 agreements, including a deal on ports and a treaty on extradition.",
     ["deal on ports", "treaty on extradition"]),
    ("Cuban President Ernesto Valdes and Vietnamese President Tran Quoc Hai witnessed the signing of seven legal "
     "instruments, among them an agreement on rice production and a memorandum on biotechnology.",
     ["agreement on rice production", "memorandum on biotechnology"]),
    ("Turkey and Georgia signed a memorandum on customs and a protocol on rail tariffs.",
     ["memorandum on customs", "protocol on rail tariffs"]),
    ("Delegates from Nepal and Laos signed four instruments namely Memorandum of Understanding on Tourism "
     "co-operation, a cultural exchange programme and Letter of Exchange.", ["memorandum on Tourism"]),
    ("Japan and Laos on Tuesday signed three documents -- a loan agreement for a metro line, a memorandum on "
     "farming and an accord on maritime rescue -- during a visit.",
     ["accord on maritime rescue", "agreement on metro line", "memorandum on farming"]),
    ("Kenya and Uganda signed an agreement and a memorandum on trade.", ["agreement"]),  # one matter told twice
    ("Kenya and Ethiopia on Saturday signed four agreements on trade, tourism, road transport and livestock "
     "disease control.", ["agreement on livestock disease control", "agreement on road transport",
                          "agreement on tourism", "agreement on trade"]),  # as many matters as the count
    ("Kenya and Laos witnessed the signing of three cooperation documents covering railway construction, "
     "farm technology and customs inspection and quarantine.",
     ["document on customs inspection and quarantine", "document on farm technology",
      "document on railway construction"]),
    ("Four agreements — on social security, visa exemption for holders of official passports, cooperation in the "
     "health sector and youth development — were signed by India and Sri Lanka.",
     ["agreement on cooperation in the health sector", "agreement on social security",
      "agreement on visa exemption for holders of official passports", "agreement on youth development"]),
    ("Kenya and Ethiopia signed two agreements on trade, tourism and transport.",
     ["agreement on trade, tourism and transport"]),  # three matters, not two: one node with every matter
    ("Three memoranda were signed by Nigeria and Niger at the end of the talks, namely on the railway, the supply "
     "of electricity and farm research.", ["memorandum on farm research", "memorandum on the railway",
                                           "memorandum on the supply of electricity"]),
    ("Malaysia and Vietnam today inked three memoranda of understanding (MoUs) on halal certification, digital "
     "economy cooperation and maritime search and rescue.", ["memorandum on digital economy cooperation",
                                                              "memorandum on halal certification",
                                                              "memorandum on maritime search and rescue"]),
])
def test_each_text_a_signing_lists_is_an_agreement(facts_of, text, labels):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert sorted(a.label for a in found) == labels and all(len(a.parties) == 2 for a in found)


@pytest.mark.parametrize("text, parties", [
    ("A memorandum on disaster risk reduction was signed in the presence of the two leaders by Japanese Foreign "
     "Minister Kenji Odagiri and his Sri Lankan counterpart Chaminda Ratnayake.", ["nation/JPN", "nation/LKA"]),
    ("Iran and Armenia also reached a consensus on establishing a joint free economic zone.",
     ["nation/ARM", "nation/IRN"]),
    ("Japan and Sri Lanka exchanged notes on a yen loan for the port of Trincomalee.", ["nation/JPN", "nation/LKA"]),
])
def test_agreements_told_by_a_consensus_an_exchange_of_notes_or_an_agent_hung_deeper(facts_of, text, parties):
    assert [sorted(a.parties) for a in agreements(facts_of("H\n" + text + "\n")[0])] == [parties]


def test_views_exchanged_are_no_agreement(facts_of):
    assert agreements(facts_of("H\nJapan and Sri Lanka exchanged views on regional security.\n")[0]) == []


@pytest.mark.parametrize("text, parties, label", [
    ("Nigeria's foreign minister, Adaeze Okafor, signed a deal on customs with Ghana.", ["nation/GHA", "nation/NGA"],
     "deal on customs"),                      # "with Ghana" hung on the topic, not on the deal
    ("Kenya signed a deal on cooperation with Japan.", ["nation/JPN", "nation/KEN"], "deal on cooperation"),
])
def test_a_counterpart_hung_on_the_topic_is_a_party_not_the_topic(facts_of, text, parties, label):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert [(sorted(a.parties), a.label) for a in found] == [(parties, label)]


def test_a_titled_name_and_her_counterpart_in_appositions_both_sign(facts_of):
    text = ("H\nNigeria's Foreign Minister, Adaeze Okafor, and her Ghanaian counterpart, Kwabena Boateng, signed a "
            "deal on customs.\n")
    assert [sorted(a.parties) for a in agreements(facts_of(text)[0])] == [["nation/GHA", "nation/NGA"]]


@pytest.mark.parametrize("text, parties", [
    ("The signing of a partnership agreement by Kenya and Peru on Friday opens the way for tariff cuts.",
     ["nation/KEN", "nation/PER"]),
    ("The conclusion on Sunday of a memorandum of understanding between Egypt and Ghana on power was hailed.",
     ["nation/EGY", "nation/GHA"]),
    ("Following the signing of a memorandum on border security between Chad and Niger on Tuesday, the minister "
     "spoke.", ["nation/NER", "nation/TCD"]),
    ("Peru and Chile strengthened ties with the signing by Peruvian President Ana Ruiz and Chilean President "
     "Luis Soto of fourteen economic agreements.", ["nation/CHL", "nation/PER"]),  # "of" hung on the last signer
    ("The signing of a defence pact between Laos and Nepal, scheduled for Monday, was postponed.", []),  # put off
    ("Officials are preparing for the signing of a trade deal between Peru and Bolivia next week.", []),  # awaited
    ("Talks ahead of the signing of an accord between Kenya and Uganda resumed.", []),
    ("The signing of the accord between Kenya and Uganda will take place on Monday.", []),               # to come
])
def test_a_signing_told_as_a_noun_is_an_agreement_once_done(facts_of, text, parties):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert [sorted(a.parties) for a in found] == ([parties] if parties else [])
    assert all(a.evidence.rule == "agreement_signing" for a in found)


@pytest.mark.parametrize("text", [
    "In the presence of Kenyan President Ana Wekesa and Ugandan President Tom Okello, ministers signed an "
    "agreement on roads.",
    "In the presence of the two presidents, the delegations of Kenya and Uganda exchanged four documents, among "
    "them an agreement on roads.",
])
def test_a_signing_before_two_leaders_is_their_nations_agreement(facts_of, text):
    found = agreements(facts_of("H\n" + text + "\n")[0])
    assert [sorted(a.parties) for a in found] == [["nation/KEN", "nation/UGA"]]


def test_a_step_to_come_on_a_deal_made_is_no_new_agreement(facts_of):
    text = ("H\nKenya and Uganda have signed a deal to resume oil exports. Kenyan President Ana Wekesa and her "
            "Ugandan counterpart Tom Okello are expected to meet next month to endorse the deal.\n")
    assert [a.modality for a in agreements(facts_of(text)[0])] == ["asserted"]


@pytest.mark.parametrize("text, found", [
    ("Kenya and Uganda signed an exchange of letters on fisheries.", [["nation/KEN", "nation/UGA"]]),
    ("Malaysia and Brunei today sealed an Exchange of Letters that settles their boundary disputes.",
     [["nation/BRN", "nation/MYS"]]),
    ("Kenya and Uganda agreed on an exchange of prisoners.", []),        # an exchange, no text signed
])
def test_a_signed_exchange_of_notes_is_an_agreement(facts_of, text, found):
    assert [sorted(a.parties) for a in agreements(facts_of("H\n" + text + "\n")[0])] == found


def test_the_texts_a_sentence_lists_are_a_node_each_and_a_later_mention_joins_the_first(facts_of):
    from kg.rdf import fact_iri

    text = ("H\nKenya and Ethiopia signed three agreements on trade, tourism and roads. Kenya and Ethiopia "
            "signed the pacts at State House.\n")
    found = agreements(facts_of(text)[0])
    assert [a.separate for a in found] == [False, True, True, False]
    assert len({fact_iri(a) for a in found}) == 3 and fact_iri(found[0]) == fact_iri(found[3])


@pytest.mark.parametrize("text, found", [
    ("Kenyan President Ana Kamau held talks with Ethiopian Prime Minister Dawit Alemu. Kenya and Ethiopia agreed to "
     "open the border. An accord was also reached on resuming the ferry service, an aide said.",
     [["nation/ETH", "nation/KEN"]]),  # no agent: the story's two sides
    ("Kenyan President Ana Kamau held talks with Ethiopian Prime Minister Dawit Alemu. Kenya and Ethiopia agreed to "
     "open the border. A memorandum on the ferry was also signed by 12 federal agencies.", []),  # an agent unnamed
    ("Kenyan President Ana Kamau held talks with Ethiopian Prime Minister Dawit Alemu. Kenya, Ethiopia and Somalia "
     "agreed to open the border. Somalia and Ethiopia agreed. An accord was also reached on the ferry.", []),
    ("Kenyan President Ana Kamau held talks with Ethiopian Prime Minister Dawit Alemu. After exchanging three "
     "memorandums on the ferry, Kamau said the talks went well.", [["nation/ETH", "nation/KEN"]]),  # an exchange
    # has two sides, one of them unnamed
])
def test_an_agreement_reached_with_no_agent_is_the_storys_two_sides(facts_of, text, found):
    facts = facts_of("H\n" + text + "\n")[0]
    assert [sorted(a.parties) for a in agreements(facts) if "ferry" in a.evidence.text] == found


def test_a_deal_someone_expresses_hope_to_conclude_is_none(facts_of):
    text = "H\nMalaysia expressed hope that it would conclude a free trade agreement with Turkey this year.\n"
    assert not agreements(facts_of(text)[0])


@pytest.mark.parametrize("text, labels", [
    ("Cuba and Vietnam signed an intergovernmental agreement on rice production cooperation for the 2019-2023 "
     "period, a memorandum of understanding on renewable energy sources and a protocol on political consultations "
     "between their foreign ministries.", ["agreement on rice production cooperation",
                                           "memorandum on renewable energy sources",
                                           "protocol on political consultations"]),
    ("Korea and Indonesia inked a memorandum of understanding on infrastructure cooperation, an agreement on "
     "maritime affairs and fisheries, and an MOU on cooperation between small and medium-sized enterprises.",
     ["agreement on maritime affairs and fisheries", "memorandum on infrastructure cooperation",
      "mou on cooperation"]),
])
def test_a_list_the_parser_splits_into_several_objects_is_still_each_text(facts_of, text, labels):
    assert sorted(a.label for a in agreements(facts_of("H\n" + text + "\n")[0])) == labels


def test_texts_a_later_sentence_lists_are_one_agreement_each_of_that_signing(facts_of):
    text = ("H\nPeru and Chile signed three memorandums of understanding on Tuesday. These are: MoU on fisheries, "
            "MoU on tourism; and MoU between the two central banks.\n")
    listed = [f for f in facts_of(text)[0] if isinstance(f, Agreement) and f.evidence.rule == "agreement_listed"]
    assert [(f.parties, f.topic, f.separate) for f in listed] == [
        (("nation/PER", "nation/CHL"), "fisheries", False), (("nation/PER", "nation/CHL"), "tourism", True),
        (("nation/PER", "nation/CHL"), "between the two central banks", True)]


def test_documents_included_after_a_signing_are_its_texts(facts_of):
    text = ("H\nPeru and Chile signed two agreements in Lima. The documents included a framework agreement "
            "on trade, an agreement on visa-free travel for diplomats.\n")
    listed = [f.topic for f in facts_of(text)[0] if isinstance(f, Agreement) and f.evidence.rule == "agreement_listed"]
    assert listed == ["trade", "visa-free travel for diplomats"]


def test_a_list_of_texts_with_no_signing_before_it_is_dropped(facts_of):
    text = "H\nThese are: MoU on fisheries, MoU on tourism and MoU on mining.\n"
    assert [f for f in facts_of(text)[0] if isinstance(f, Agreement)] == []


@pytest.mark.parametrize("text", [
    "Peru and Chile signed five documents in Lima.",
    "A number of international documents were signed following the talks between Peruvian President Ana Ruiz "
    "and Chilean President Luis Soto in Lima.",
    "Two agreements were signed during the visit of Peruvian President Ana Ruiz to Chile.",
])
def test_documents_signed_and_a_signing_at_two_sides_talks_are_their_agreement(facts_of, text):
    assert [set(f.parties) for f in agreements(facts_of("H\n" + text + "\n")[0])] == [{"nation/PER", "nation/CHL"}]


def test_presiding_over_a_signing_and_texts_regarding_a_matter(facts_of):
    text = ("H\nPeruvian President Ana Ruiz and Chilean President Luis Soto on Tuesday presided over the signing of "
            "eight agreements.\n")
    assert [set(f.parties) for f in agreements(facts_of(text)[0])] == [{"nation/PER", "nation/CHL"}]
    regarding = ("H\nPeru and Chile enjoy cordial relations. In the same year, both countries also signed "
                 "agreements regarding military, education, and land management.\n")
    assert [f.label for f in agreements(facts_of(regarding)[0])] == \
        ["agreement on military, education, and land management"]  # "regarding X" as a participle with a pobj


@pytest.mark.parametrize("text, parties", [
    ("The visit saw the signing of an agreement on strategic partnership.", {"nation/TJK", "nation/UZB"}),
    ("The talks ended with the signing of an agreement on strategic partnership.", {"nation/TJK", "nation/UZB"}),
    ("Analysts welcomed the signing of an agreement on strategic partnership.", None),  # no meeting told
])
def test_a_signing_told_at_a_meeting_is_made_by_the_meetings_sides(facts_of, text, parties):
    text = "H\nTajik President Emomali Rahmon met Uzbek President Shavkat Mirziyoyev. " + text + "\n"
    found = [set(a.parties) for a in agreements(facts_of(text)[0])]
    assert found == ([parties] if parties else [])


@pytest.mark.parametrize("text, found", [
    ("The talks between Kenya and Uganda have produced three agreements on trade.", [("nation/KEN", "nation/UGA")]),
    ("Kenyan President David Mwangi met Ugandan President Ana Souza on Monday. The meeting also resulted in "
     "agreements dealing with energy.", [("nation/KEN", "nation/UGA")]),
    ("The talks between Kenya and Uganda will produce an agreement on trade.", []),   # a forecast
    ("The talks between Kenya and Uganda did not result in an agreement.", []),
    ("The summit between Kenya and Uganda culminated in a breakthrough agreement on fisheries.",
     [("nation/KEN", "nation/UGA")]),
    ("The talks between Kenya and Uganda led to a deal on fisheries.", [("nation/KEN", "nation/UGA")]),
    ("The talks between Kenya and Uganda ended in a row over the treaty.", []),  # no agreement made
])
def test_agreements_talks_yielded_are_the_talks_sides(facts_of, text, found):
    assert [a.parties for a in agreements(facts_of("H\n" + text + "\n")[0])] == found


@pytest.mark.parametrize("text", [
    "The deal reached between India and Peru covers fuel.",  # read as if the deal reached something
    "The loan formed part of the economic cooperation arrangement agreed between India and Peru in December.",
])
def test_an_agreement_reached_between_two_nations_told_as_a_participle_the_parser_misread(facts_of, text):
    assert [set(a.parties) for a in agreements(facts_of("H\n" + text + "\n")[0])] == [{"nation/IND", "nation/PER"}]


def test_an_agreement_concluded_by_parties_the_parser_made_the_participles_subject(misparsed):
    from kg.rules.agreements import agreement_signed

    doc, found = misparsed("H\nThe Lima Protocol on fisheries, concluded yesterday by Kenya, Tanzania and Peru, will "
                           "allow patrols to pursue trawlers.\n",
                           {"Protocol": ("concluded", "nsubj"), "concluded": ("allow", "ccomp"),
                            "by": ("concluded", "agent")})
    assert [set(a.parties) for a in agreement_signed(doc, found, "a")] == [{"nation/KEN", "nation/TZA", "nation/PER"}]


def test_the_parties_signers_signed_on_behalf_of_are_the_agreements(facts_of):
    text = ("H\nSecretary to the Ministry of Finance Ana Soto signed the agreement on behalf of the Government of "
            "Peru, with Deputy Manager Luis Ruiz signing on behalf of the Government of India.\n")
    found = agreements(facts_of(text)[0])
    assert [(set(a.parties), a.label) for a in found] == [({"nation/PER", "nation/IND"}, "agreement")]


def test_what_an_agreement_pertains_to_is_its_topic(facts_of):
    found = agreements(facts_of("H\nKenya and Uganda signed an agreement pertaining to the loan facility.\n")[0])
    assert [a.label for a in found] == ["agreement on loan facility"]


def test_letters_of_intent_signed_are_agreements(facts_of):
    found = agreements(facts_of("H\nPeru and India signed letters of intent for the construction industry.\n")[0])
    assert [(set(a.parties), a.label.startswith("letter of intent")) for a in found] == [
        ({"nation/PER", "nation/IND"}, True)]


@pytest.mark.parametrize("text, labels", [
    ("Norway and Chile issued a joint statement on Tuesday.", ["joint statement"]),
    ("Norway issued a joint communique with Chile after the talks.", ["joint communique"]),
    ("Norway and Chile signed a joint declaration on trade.", ["joint declaration on trade"]),
    ("Norway issued a statement on Tuesday.", []),             # one side's word
    ("Norway and Chile issued five documents.", []),           # no agreed text said
])
def test_a_joint_text_the_sides_issue_is_an_agreement(facts_of, text, labels):
    assert [a.label for a in agreements(facts_of("H\n" + text + "\n")[0])] == labels


@pytest.mark.parametrize("text, parties", [
    ("The plan agreed by Norway and Chile will cut tariffs.", [{"nation/NOR", "nation/CHL"}]),
    ("The plan agreed by Norway will cut tariffs.", []),      # one side
])
def test_a_plan_agreed_by_two_sides_is_their_agreement(facts_of, text, parties):
    assert [set(a.parties) for a in agreements(facts_of("H\n" + text + "\n")[0])] == parties


@pytest.mark.parametrize("second, nodes", [
    ("Ruiz and Soto also signed a separate agreement on energy and trade.", 2),  # one more text
    ("Ruiz and Soto signed the agreement at a ceremony in Lima.", 1),              # the same text told again
])
def test_a_separate_agreement_between_the_same_sides_is_a_node_of_its_own(facts_of, second, nodes):
    from kg.rdf import fact_key

    text = ("H\nChilean President Ana Ruiz and Peruvian President Luis Soto signed a peace treaty on Monday. "
            + second + "\n")
    assert len({fact_key(a) for a in agreements(facts_of(text)[0])}) == nodes


@pytest.mark.parametrize("second, topic", [
    ("The agreements were on trade and investment; mining; and tourism.", "trade and investment; mining; and tourism"),
    ("The agreements cover mining, tourism and trade.", "mining, tourism and trade"),
    ("The agreements were historic.", None),                                  # no matter told
])
def test_the_matters_a_later_sentence_gives_the_texts_signed_are_theirs(facts_of, second, topic):
    found = agreements(facts_of("H\nGhana and Zambia on Friday signed four agreements. " + second + "\n")[0])
    assert {a.topic for a in found} - {None} == ({topic} if topic else set())
    assert {tuple(sorted(a.parties)) for a in found} == {("nation/GHA", "nation/ZMB")}


def test_matters_listed_in_a_clause_the_parser_hung_on_a_later_verb_are_still_read(misparsed):
    from kg.rules.agreements import agreement_listed

    doc, found = misparsed("H\nThe agreements were on trade; mining; and tourism.\n",
                           {"were": ("mining", "ccomp"), "mining": ("mining", "ROOT")})
    assert [a.topic for a in agreement_listed(doc, found, "a")] == ["trade; mining; and tourism"]


def test_a_count_of_texts_on_no_matter_told_names_the_node(facts_of):
    found = agreements(facts_of("H\nRussia and Ghana signed 14 deals worth more than $2 billion.\n")[0])
    assert [a.label for a in found] == ["14 deals"]


@pytest.mark.parametrize("text, topic", [
    ("Chile and Peru signed a memo of understanding designed to encourage joint investment.",
     "encourage joint investment"),                                   # "memo of understanding": a memorandum
    ("Chile and Peru signed cooperative agreements aimed at bolstering ties and trade.", "bolstering ties and trade"),
    ("Chile and Peru signed a trade agreement aimed at boosting exports.", "trade"),  # a named matter first
])
def test_a_purpose_the_participle_on_the_agreement_states_is_its_topic(facts_of, text, topic):
    assert [(a.parties, a.topic) for a in agreements(facts_of("H\n" + text + "\n")[0])] == \
        [(("nation/CHL", "nation/PER"), topic)]


def test_a_bare_memo_signed_is_no_agreement(facts_of):
    assert agreements(facts_of("H\nPresident Luis Soto of Peru signed a memo directing aid to farmers.\n")[0]) == []


def test_the_matters_a_participle_on_the_texts_signed_names_are_theirs(facts_of):
    text = ("H\nNigeria and Qatar signed landmark agreements on Sunday. The ceremony marks a pivotal moment, "
            "with the agreements covering education, mining and tourism.\n")
    found = agreements(facts_of(text)[0])
    assert {a.topic for a in found} - {None} == {"education, mining and tourism"}
    assert {tuple(sorted(a.parties)) for a in found} == {("nation/NGA", "nation/QAT")}
