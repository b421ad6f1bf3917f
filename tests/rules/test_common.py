"""The shared rule helpers on parses given by hand: no model, so each test pins one helper to the
tree it is meant for, whatever the model parses today, and the whole file runs in well under a second.

Token indices are written above each parse; heads are absolute indices.
"""

from kg.facts import Modality
from kg.mention_types import TitleMention
from kg.rules.common import actors, listed_actors, modality, nearest_subject, phrase, subject

RUR, PER, KEN = "nation/RUR", "nation/PER", "nation/KEN"
SOUZA, MWANGI = "person/ana-souza", "person/david-mwangi"


# subject -------------------------------------------------------------------------------------

def test_subject_is_the_verbs_nsubj(make_doc):
    #               0      1        2        3      4
    doc = make_doc(["Ana", "Souza", "signed", "the", "treaty"],
                   [1, 2, 2, 4, 2], ["compound", "nsubj", "ROOT", "det", "dobj"])
    assert subject(doc[2]) == doc[1]


def test_subject_of_an_xcomp_is_the_governing_verbs(make_doc):
    #               0            1         2     3       4      5
    doc = make_doc(["Ruritania", "agreed", "to", "sign", "the", "treaty"],
                   [1, 1, 3, 1, 5, 3], ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"])
    assert subject(doc[3]) == doc[0]


def test_subject_climbs_an_xcomp_chain_and_a_conjunct(make_doc):
    """"Peru was proud to announce and deliver aid": deliver -> announce -> proud -> was."""
    #               0       1      2        3     4           5      6          7
    doc = make_doc(["Peru", "was", "proud", "to", "announce", "and", "deliver", "aid"],
                   [1, 1, 1, 4, 2, 4, 4, 6], ["nsubj", "ROOT", "acomp", "aux", "xcomp", "cc", "conj", "dobj"])
    assert subject(doc[6]) == doc[0]


def test_subject_of_a_clause_after_a_preposition_is_the_main_clauses(make_doc):
    """"After meeting Mwangi, Souza told reporters": Souza did the meeting."""
    #               0        1          2         3    4        5       6            7
    doc = make_doc(["After", "meeting", "Mwangi", ",", "Souza", "told", "reporters", "."],
                   [5, 0, 1, 5, 5, 5, 5, 5], ["prep", "pcomp", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"])
    assert subject(doc[1]) == doc[4]


def test_a_relative_pronoun_stands_for_the_noun_it_follows(make_doc):
    """"Souza, who met Mwangi, said ...": the subject of "met" is Souza, not "who"."""
    #               0        1    2      3      4         5    6       7
    doc = make_doc(["Souza", ",", "who", "met", "Mwangi", ",", "said", "."],
                   [6, 0, 3, 0, 3, 0, 6, 6], ["nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "ROOT", "punct"],
                   tags=["NNP", ",", "WP", "VBD", "NNP", ",", "VBD", "."])
    assert subject(doc[3]) == doc[0]


def test_a_clause_opened_by_with_has_the_object_of_with_as_subject(make_doc):
    """"Peru pledged aid, with Chile each promising to donate doctors": Chile promises."""
    #               0       1          2      3    4       5        6       7            8     9         10
    doc = make_doc(["Peru", "pledged", "aid", ",", "with", "Chile", "each", "promising", "to", "donate", "doctors"],
                   [1, 1, 1, 1, 1, 4, 7, 1, 9, 7, 9],
                   ["nsubj", "ROOT", "dobj", "punct", "prep", "pobj", "det", "advcl", "aux", "xcomp", "dobj"],
                   tags=["NNP", "VBD", "NN", ",", "IN", "NNP", "DT", "VBG", "TO", "VB", "NNS"])
    assert subject(doc[9]) == doc[5]
    assert subject(doc[1]) == doc[0]


def test_the_one_who_has_the_opportunity_to_act_acts(make_doc):
    #               0       1      2      3              4     5       6
    doc = make_doc(["Ruiz", "had", "the", "opportunity", "to", "call", "Dahl"],
                   [1, 1, 3, 1, 5, 3, 5], ["nsubj", "ROOT", "det", "dobj", "aux", "acl", "dobj"])
    assert subject(doc[5]) == doc[0]


def test_a_participle_on_a_name_has_the_name_as_subject(make_doc):
    """"Souza, speaking after the talks, said ...": Souza speaks."""
    #               0        1    2           3        4      5        6    7
    doc = make_doc(["Souza", ",", "speaking", "after", "the", "talks", ",", "said"],
                   [7, 0, 0, 2, 5, 3, 0, 7], ["nsubj", "punct", "acl", "prep", "det", "pobj", "punct", "ROOT"],
                   pos=["PROPN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB"],
                   tags=["NNP", ",", "VBG", "IN", "DT", "NNS", ",", "VBD"])
    assert subject(doc[2]) == doc[0]


def test_a_reported_clause_without_a_subject_does_not_borrow_the_speakers(make_doc):
    """ccomp is no chain to climb: "Souza said [it] would sign" does not make Souza the signer."""
    #               0        1       2        3
    doc = make_doc(["Souza", "said", "would", "sign"],
                   [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "ccomp"])
    assert subject(doc[3]) is None


def test_a_main_verb_left_without_subject_takes_the_noun_phrase_before_it(make_doc):
    """"On Monday, the government and Peru have agreed to talk", "government" misattached to
    "Monday": the first conjunct right before the verb (its auxiliary skipped) is the subject."""
    #               0     1         2    3      4             5      6       7       8         9     10
    doc = make_doc(["On", "Monday", ",", "the", "government", "and", "Peru", "have", "agreed", "to", "talk"],
                   [8, 0, 8, 4, 1, 4, 4, 8, 8, 10, 8],
                   ["prep", "pobj", "punct", "det", "appos", "cc", "conj", "aux", "ROOT", "aux", "xcomp"],
                   pos=["ADP", "PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "PROPN", "AUX", "VERB", "PART", "VERB"])
    assert subject(doc[8]) == doc[4]
    assert subject(doc[10]) == doc[4]


def test_nothing_before_a_comma_is_taken_for_a_missing_subject(make_doc):
    #               0     1       2    3         4     5
    doc = make_doc(["In", "Lima", ",", "agreed", "to", "talk"],
                   [3, 0, 3, 3, 5, 3], ["prep", "pobj", "punct", "ROOT", "aux", "xcomp"],
                   pos=["ADP", "PROPN", "PUNCT", "VERB", "PART", "VERB"])
    assert subject(doc[3]) is None


def test_a_name_parsed_as_an_adverb_is_still_the_missing_subject(make_doc):
    """"UNICEF will provide aid" with "UNICEF" taken for an adverb: its entity says it is a name."""
    #               0         1       2          3
    doc = make_doc(["UNICEF", "will", "provide", "aid"], [2, 2, 2, 2], ["advmod", "aux", "ROOT", "dobj"],
                   pos=["ADV", "AUX", "VERB", "NOUN"], ents=["B-ORG", "O", "O", "O"])
    assert subject(doc[2]) == doc[0]


def _heading_before_colon(make_doc):
    """"Clean Ports in Peru: The Agency intends to build", the heading parsed as a second subject."""
    #               0        1        2     3       4    5      6         7          8     9
    return make_doc(["Clean", "Ports", "in", "Peru", ":", "The", "Agency", "intends", "to", "build"],
                    [1, 7, 1, 2, 7, 6, 7, 7, 9, 7],
                    ["amod", "nsubj", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "aux", "xcomp"])


def test_a_heading_cut_off_by_a_colon_is_passed_over(make_doc):
    doc = _heading_before_colon(make_doc)
    assert nearest_subject(doc[7], "nsubj") == doc[6]
    assert subject(doc[9]) == doc[6]


def test_a_lone_subject_before_a_colon_is_still_the_subject(make_doc):
    """Only a second subject is page furniture: "Peru: will sign" keeps Peru."""
    #               0       1    2       3
    doc = make_doc(["Peru", ":", "will", "sign"], [3, 3, 3, 3], ["nsubj", "punct", "aux", "ROOT"])
    assert nearest_subject(doc[3], "nsubj") == doc[0]


# modality ------------------------------------------------------------------------------------

def _peru_signed(make_doc):
    #               0       1         2      3
    return make_doc(["Peru", "signed", "the", "accord"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                    lemmas=["Peru", "sign", "the", "accord"])


def test_an_unmarked_verb_has_the_rules_default(make_doc):
    doc = _peru_signed(make_doc)
    assert modality(doc[1]) is Modality.ASSERTED
    assert modality(doc[1], Modality.PLEDGED) is Modality.PLEDGED


def test_a_negated_verb_is_negated(make_doc):
    #               0       1      2      3
    doc = make_doc(["Peru", "did", "not", "sign"], [3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT"],
                   lemmas=["Peru", "do", "not", "sign"])
    assert modality(doc[3], Modality.PLEDGED) is Modality.NEGATED


def test_a_refusing_verb_negates_what_it_governs(make_doc):
    #               0       1          2     3       4      5
    doc = make_doc(["Peru", "refused", "to", "sign", "the", "accord"],
                   [1, 1, 3, 1, 5, 3], ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                   lemmas=["Peru", "refuse", "to", "sign", "the", "accord"])
    assert modality(doc[3]) is Modality.NEGATED


def test_a_negated_governor_negates_its_conjuncts(make_doc):
    """"Peru did not sign or ratify the accord": the ratifying is denied too."""
    #               0       1      2      3       4     5         6      7
    doc = make_doc(["Peru", "did", "not", "sign", "or", "ratify", "the", "accord"],
                   [3, 3, 3, 3, 3, 3, 7, 5], ["nsubj", "aux", "neg", "ROOT", "cc", "conj", "det", "dobj"],
                   lemmas=["Peru", "do", "not", "sign", "or", "ratify", "the", "accord"])
    assert modality(doc[5]) is Modality.NEGATED


def test_an_act_beside_a_condemnation_is_not_negated(make_doc):
    """"Kenya condemned the attack and signed the accord": coordinated, not governed."""
    #               0        1            2      3         4      5         6      7
    doc = make_doc(["Kenya", "condemned", "the", "attack", "and", "signed", "the", "accord"],
                   [1, 1, 3, 1, 1, 1, 7, 5], ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "det", "dobj"],
                   lemmas=["Kenya", "condemn", "the", "attack", "and", "sign", "the", "accord"])
    assert modality(doc[5]) is Modality.ASSERTED


def test_a_rejection_beyond_the_clause_does_not_reach_the_act(make_doc):
    """"The accord that Peru signed was rejected by Kenya": Peru did sign; the walk up stops at
    the subject ("accord"), so the rejection of the accord is not a denial of the signing."""
    #               0      1         2       3       4         5      6           7     8
    doc = make_doc(["The", "accord", "that", "Peru", "signed", "was", "rejected", "by", "Kenya"],
                   [1, 6, 4, 4, 1, 6, 6, 6, 7],
                   ["det", "nsubjpass", "dobj", "nsubj", "relcl", "auxpass", "ROOT", "agent", "pobj"],
                   lemmas=["the", "accord", "that", "Peru", "sign", "be", "reject", "by", "Kenya"])
    assert modality(doc[4]) is Modality.ASSERTED


# phrase --------------------------------------------------------------------------------------

def _gifts(make_doc):
    """"a putter, once owned by Mwangi, and a golf bag"."""
    #               0    1         2    3       4        5     6         7    8      9    10      11
    return make_doc(["a", "putter", ",", "once", "owned", "by", "Mwangi", ",", "and", "a", "golf", "bag"],
                    [1, 1, 1, 4, 1, 4, 5, 1, 1, 11, 11, 1],
                    ["det", "ROOT", "punct", "advmod", "acl", "agent", "pobj", "punct", "cc", "det", "compound",
                     "conj"])


def test_a_phrase_stops_at_a_comma_and_drops_its_article(make_doc):
    doc = _gifts(make_doc)
    assert phrase(doc[1]) == "putter"
    assert phrase(doc[11]) == "golf bag"


def test_a_comma_between_two_words_before_their_noun_is_inside_the_phrase(make_doc):
    #               0          1        2        3      4      5          6    7        8          9
    doc = make_doc(["million", "under", "the", "new", "10-year", ",", "600", "million", "agreement", "."],
                   [0, 0, 8, 8, 8, 8, 7, 8, 1, 0],
                   ["ROOT", "prep", "det", "amod", "nmod", "punct", "compound", "nummod", "pobj", "punct"],
                   pos=["NUM", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "NUM", "NUM", "NOUN", "PUNCT"])
    assert phrase(doc[0]) == "million under the new 10-year, 600 million agreement"


def test_a_phrase_keeps_its_conjuncts_only_when_asked(make_doc):
    #               0    1         2      3    4       5
    doc = make_doc(["a", "putter", "and", "a", "golf", "bag"], [1, 1, 1, 5, 5, 1],
                   ["det", "ROOT", "cc", "det", "compound", "conj"])
    assert phrase(doc[1]) == "putter"
    assert phrase(doc[1], keep_conjuncts=True) == "putter and a golf bag"


def test_a_phrase_drops_a_possessor_and_excluded_words(make_doc):
    #               0       1     2       3      4
    doc = make_doc(["Peru", "'s", "new", "aid", "package"], [4, 0, 4, 4, 4],
                   ["poss", "case", "amod", "compound", "ROOT"])
    assert phrase(doc[4]) == "new aid package"
    assert phrase(doc[4], exclude=frozenset({2})) == "aid package"


# actors --------------------------------------------------------------------------------------

def test_a_named_noun_and_its_conjuncts_are_actors(make_doc, make_mentions):
    #               0        1      2         3
    doc = make_doc(["Souza", "and", "Mwangi", "met"], [3, 0, 0, 3], ["nsubj", "cc", "conj", "ROOT"])
    m = make_mentions(doc, {"Souza": SOUZA, "Mwangi": MWANGI})
    assert actors(doc[0], m) == (SOUZA, MWANGI)
    assert actors(None, m) == ()


def test_conjuncts_that_are_the_main_verbs_misparsed_subject_are_no_actors(make_doc, make_mentions):
    """"After talks between Souza and Mwangi, Lund and Berg signed": the model hangs Lund and Berg on
    Mwangi; the talks are Souza's and Mwangi's."""
    #               0        1        2          3        4      5         6    7       8      9       10
    doc = make_doc(["After", "talks", "between", "Souza", "and", "Mwangi", ",", "Lund", "and", "Berg", "signed"],
                   [10, 0, 1, 2, 3, 3, 5, 5, 7, 7, 10],
                   ["prep", "pobj", "prep", "pobj", "cc", "conj", "punct", "conj", "cc", "conj", "ROOT"],
                   pos=["ADP", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"])
    m = make_mentions(doc, {"Souza": SOUZA, "Mwangi": MWANGI, "Lund": "person/lund", "Berg": "person/berg"})
    assert actors(doc[3], m) == (SOUZA, MWANGI)


def test_a_conjunct_hung_on_the_last_word_of_a_long_name_is_the_whole_names(make_doc, make_mentions):
    """"between the Republic of Ruritania and Peru": the model hangs "and Peru" on "Ruritania"."""
    #               0          1            2       3     4            5      6
    doc = make_doc(["between", "the", "Republic", "of", "Ruritania", "and", "Peru"], [0, 2, 0, 2, 3, 4, 4],
                   ["ROOT", "det", "pobj", "prep", "pobj", "cc", "conj"])
    m = make_mentions(doc, {"Republic": "nation/RUR", "of": "nation/RUR", "Ruritania": "nation/RUR",
                            "Peru": "nation/PER"})
    assert actors(doc[2], m) == ("nation/RUR", "nation/PER")


def test_a_government_named_after_a_leader_and_deputy_acts_for_the_leader(make_doc, make_mentions):
    """"the Souza-Lima administration": the model hangs Souza on Lima, not on the noun."""
    #               0      1        2    3       4                 5       6
    doc = make_doc(["the", "Souza", "-", "Lima", "administration", "will", "build"],
                   [4, 3, 3, 4, 6, 6, 6], ["det", "compound", "punct", "compound", "nsubj", "aux", "ROOT"])
    assert actors(doc[4], make_mentions(doc, {"Souza": SOUZA})) == (SOUZA,)
    #                0      1        2    3       4         5          6
    prize = make_doc(["the", "Souza", "-", "Lima", "prize", "will", "grow"],
                     [4, 3, 3, 4, 6, 6, 6], ["det", "compound", "punct", "compound", "nsubj", "aux", "ROOT"])
    assert actors(prize[4], make_mentions(prize, {"Souza": SOUZA})) == ()


def test_national_officials_act_for_their_nation_and_students_do_not(make_doc, make_mentions):
    #               0             1            2      3           4             5
    doc = make_doc(["Ruritanian", "officials", "and", "Peruvian", "negotiators", "met"],
                   [1, 5, 1, 4, 1, 5], ["amod", "nsubj", "cc", "amod", "conj", "ROOT"])
    m = make_mentions(doc, {"Ruritanian": RUR, "Peruvian": PER})
    assert actors(doc[1], m) == (RUR, PER)
    #                    0             1           2
    students = make_doc(["Ruritanian", "students", "protested"], [1, 2, 2], ["amod", "nsubj", "ROOT"],
                        pos=["ADJ", "NOUN", "VERB"])
    assert actors(students[1], make_mentions(students, {"Ruritanian": RUR})) == ()


def test_a_delegation_led_by_someone_acts_with_that_person(make_doc, make_mentions):
    #               0    1             2      3     4
    doc = make_doc(["a", "delegation", "led", "by", "Souza"], [1, 1, 1, 2, 3], ["det", "ROOT", "acl", "prep", "pobj"],
                   lemmas=["a", "delegation", "lead", "by", "Souza"])
    assert actors(doc[1], make_mentions(doc, {"Souza": SOUZA})) == (SOUZA,)


def test_a_list_the_parser_split_into_two_subjects_is_every_name(make_doc, make_mentions):
    #               0        1    2        3      4        5       6
    doc = make_doc(["Souza", ",", "Mwangi", "and", "Ruiz", "held", "talks"],
                   [5, 5, 5, 2, 2, 5, 5], ["nsubj", "punct", "nsubj", "cc", "conj", "ROOT", "dobj"])
    m = make_mentions(doc, {"Souza": SOUZA, "Mwangi": MWANGI, "Ruiz": RUR})
    assert listed_actors(doc[0], m) == (SOUZA, MWANGI, RUR)
    #                  0         1    2    3        4       5
    heading = make_doc(["Cancer", ":", "-", "Souza", "spoke", "."],
                       [4, 0, 0, 4, 4, 4], ["nsubj", "punct", "punct", "nsubj", "ROOT", "punct"])
    assert listed_actors(heading[0], make_mentions(heading, {"Souza": SOUZA})) == ()  # a heading, no list


def test_rebels_act_for_no_nation_even_by_name(make_doc, make_mentions):
    #               0            1              2           3
    doc = make_doc(["Ruritania", "'s", "opposition", "group"], [3, 0, 3, 3], ["poss", "case", "compound", "ROOT"])
    assert actors(doc[3], make_mentions(doc, {"Ruritania": RUR})) == ()


def test_a_possessor_acts_for_a_delegation(make_doc, make_mentions):
    #               0        1     2
    doc = make_doc(["Kenya", "'s", "delegation"], [2, 0, 2], ["poss", "case", "ROOT"])
    assert actors(doc[2], make_mentions(doc, {"Kenya": KEN})) == (KEN,)


def test_a_group_of_diplomats_stands_for_their_nation(make_doc, make_mentions):
    #               0    1        2     3           4
    doc = make_doc(["a", "group", "of", "Peruvian", "diplomats"], [1, 1, 1, 4, 2],
                   ["det", "ROOT", "prep", "amod", "pobj"])
    assert actors(doc[1], make_mentions(doc, {"Peruvian": PER})) == (PER,)


def test_a_name_inside_a_longer_name_is_not_its_actor(make_doc, make_mentions):
    """"the Souza Senior Awards" is named after Souza; "the Souza administration" acts for her."""
    #                0      1        2         3
    award = make_doc(["the", "Souza", "Senior", "Awards"], [3, 3, 3, 3], ["det", "compound", "compound", "ROOT"],
                     pos=["DET", "PROPN", "PROPN", "PROPN"])
    assert actors(award[3], make_mentions(award, {"Souza": SOUZA})) == ()
    team = make_doc(["the", "Souza", "administration"], [2, 2, 2], ["det", "compound", "ROOT"],
                    pos=["DET", "PROPN", "NOUN"])
    assert actors(team[2], make_mentions(team, {"Souza": SOUZA})) == (SOUZA,)


def test_a_clause_describing_an_object_is_not_negated_by_the_main_verb(make_doc):
    """"Kenya refused the accord that Peru signed": Peru did sign it."""
    #               0        1          2      3         4       5       6
    doc = make_doc(["Kenya", "refused", "the", "accord", "that", "Peru", "signed"],
                   [1, 1, 3, 1, 6, 6, 3], ["nsubj", "ROOT", "det", "dobj", "dobj", "nsubj", "relcl"],
                   lemmas=["kenya", "refuse", "the", "accord", "that", "peru", "sign"])
    assert modality(doc[6]) is Modality.ASSERTED
    assert modality(doc[1]) is Modality.ASSERTED  # refusing is itself asserted; what it refuses is not


def test_a_counterpart_is_the_person_named_after_it_not_the_nation(make_doc, make_mentions):
    """"his Peruvian counterpart Ana Souza" with the name's arc lost (hung on the verb)."""
    #               0      1           2              3      4        5
    doc = make_doc(["his", "Peruvian", "counterpart", "Ana", "Souza", "arrived"],
                   [2, 2, 5, 4, 5, 5], ["poss", "amod", "nsubj", "compound", "nsubj", "ROOT"])
    m = make_mentions(doc, {"his": MWANGI, "Peruvian": PER, "Ana": SOUZA, "Souza": SOUZA})
    assert actors(doc[2], m) == (SOUZA,)


def test_a_counterpart_named_in_apposition_is_the_person_not_the_nation(make_doc, make_mentions):
    """"his Peruvian counterpart Ana Souza", as the model parses it: the name in apposition."""
    #               0      1           2              3      4        5
    doc = make_doc(["his", "Peruvian", "counterpart", "Ana", "Souza", "arrived"],
                   [2, 2, 5, 4, 2, 5], ["poss", "amod", "nsubj", "compound", "appos", "ROOT"])
    m = make_mentions(doc, {"his": MWANGI, "Peruvian": PER, "Ana": SOUZA, "Souza": SOUZA})
    assert actors(doc[2], m) == (SOUZA,)


def test_plural_ministers_are_the_one_minister_named_for_each_nation(make_doc, make_mentions):
    """"the Ruritanian and Kenyan foreign ministers": Ruritania's minister is named in the article,
    Kenya's is not, so Kenya stays the actor."""
    #               0      1             2      3         4          5
    doc = make_doc(["the", "Ruritanian", "and", "Kenyan", "foreign", "ministers"],
                   [5, 5, 1, 1, 5, 5], ["det", "amod", "cc", "conj", "amod", "ROOT"],
                   tags=["DT", "JJ", "CC", "JJ", "JJ", "NNS"], lemmas=["the", "ruritanian", "and", "kenyan",
                                                                       "foreign", "minister"])
    title = TitleMention(SOUZA, "Foreign Minister", RUR, former=False, sentence=doc[:])
    m = make_mentions(doc, {"Ruritanian": RUR, "Kenyan": KEN}, titles=[title])
    assert actors(doc[5], m) == (SOUZA, KEN)


def test_a_place_is_no_actor(make_doc, make_mentions):
    #               0       1            2
    doc = make_doc(["Lima", "officials", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"])
    assert actors(doc[0], make_mentions(doc, {"Lima": "place/lima"})) == ()


def test_a_headlines_first_name_hung_on_the_verb_is_one_more_actor(make_doc, make_mentions):
    """"Souza, Mwangi agree to ...": the model hangs "Souza" on "agree" as a modifier."""
    #               0        1    2         3        4     5
    doc = make_doc(["Souza", ",", "Mwangi", "agree", "to", "talk"], [3, 3, 3, 3, 5, 3],
                   ["npadvmod", "punct", "nsubj", "ROOT", "aux", "xcomp"],
                   pos=["PROPN", "PUNCT", "PROPN", "VERB", "PART", "VERB"])
    m = make_mentions(doc, {"Souza": SOUZA, "Mwangi": MWANGI})
    assert listed_actors(doc[2], m) == (SOUZA, MWANGI)
