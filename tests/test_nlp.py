"""Parsing: line by line, long lines in pieces, and the Doc keeps the article's exact text."""

import pytest
import spacy
from spacy.tokens import Doc

from kg import nlp


def test_pieces_keep_the_text_and_respect_the_limit():
    text = "Title\n" + "The leaders met in Rome. " * 300 + "\nEnd.\n"
    parts = list(nlp.pieces(text, limit=500))
    assert "".join(parts) == text
    assert max(len(p) for p in parts) <= 500


def test_batches_keep_the_order_and_stay_under_the_budget():
    parts = ["a" * 40, "b" * 30, "c" * 50, "d" * 120, "e" * 10]
    groups = list(nlp.batches(iter(parts), budget=100))
    assert [p for g in groups for p in g] == parts
    assert groups == [parts[:2], parts[2:3], parts[3:4], parts[4:]]  # a piece over the budget goes alone
    assert list(nlp.batches(iter([]))) == []


def test_parse_keeps_exact_text_and_heading_stands_alone(nlp_pipeline):
    text = "Leaders Forge Deal\nThe two leaders met in Rome on Monday.\r\n"
    doc = nlp.parse(text)
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents if s.text.strip()][0] == "Leaders Forge Deal"


@pytest.mark.slow
def test_a_line_longer_than_spacys_limit_is_parsed_in_pieces(nlp_pipeline):
    sentence = "Kenya and Germany signed a pact on migration. "
    text = "Title\n" + sentence * (nlp.MAX_PIECE // len(sentence) * 2 + 10)
    doc = nlp.parse(text)
    assert doc.text == text and len(text) > 2 * nlp.MAX_PIECE


def test_a_hyphen_after_an_abbreviation_splits_before_a_capital(nlp_pipeline):
    doc = nlp.parse("The U.S.-Kenyan and E.U.-Japan talks on a well-known U.S. plan.")
    assert [t.text for t in doc][1:8] == ["U.S.", "-", "Kenyan", "and", "E.U.", "-", "Japan"]
    assert "well-known" not in [t.text for t in doc]  # the model's own rule still splits it


def test_a_dash_opening_a_pair_knows_its_closing_dash_and_a_lone_one_none(nlp_pipeline):
    doc = nlp.parse("Kenya gave $5 million a year — a record.")
    lone = next(t for t in doc if t.text == "—")
    assert not nlp.paired_dash(lone) and nlp.aside_end(lone) is None
    doc = nlp.parse("Kenya gave $5 million a year—nearly $50 million in all—for schools.")
    first, second = [t for t in doc if t.text == "—"]
    assert nlp.aside_end(first).i == second.i and nlp.aside_end(second) is None


def test_a_glued_million_stays_with_its_number_and_other_units_still_split(nlp_pipeline):
    doc = nlp.parse("The UK gave £50m and $3M for a 100km road.")
    assert [t.text for t in doc][3:11] == ["£", "50m", "and", "$", "3M", "for", "a", "100"]


@pytest.mark.parametrize("form, lemma", [("hopes", "hope"), ("hoped", "hope"), ("hoping", "hope"),
                                         ("is slated", "slate")])
def test_lemmas_the_model_gets_wrong_are_fixed(nlp_pipeline, form, lemma):
    doc = nlp.parse(f"Ana Ruiz {form} to visit Lima.")
    assert doc[len(form.split()) + 1].lemma_ == lemma


@pytest.mark.parametrize("text, second", [
    ("Ana Ruiz met Norway's president.In a statement, the ministry said it was pleased.\n", "In"),
    ("Ruiz wrote on his official blog)Sofia Berg, the spokeswoman, said the talks went well.\n", "Sofia"),
    ("The pact was signed in 2025.The ministry welcomed it.\n", "The"),
])
def test_run_on_sentences_are_split_and_the_text_kept(nlp_pipeline, text, second):
    doc = nlp.parse(text)
    assert doc.text == text
    sentences = [s for s in doc.sents if s.text.strip()]
    assert len(sentences) == 2 and sentences[1][0].text == second


@pytest.mark.parametrize("word", ["U.S.", "3.5", "example.com", "press.Office@example.org", "a.m."])
def test_abbreviations_numbers_and_addresses_are_no_run_on(nlp_pipeline, word):
    doc = nlp.parse(f"The officials wrote {word} Their office said so at 10 a.m. on Monday.\n")
    assert word in [t.text for t in doc]


@pytest.mark.parametrize("text, first", [
    ("Talks\nOSLO, June 3 (Reuters) - Kenya pledged to give Norway $5 million.\n", "Kenya"),
    ("Talks\nWashington — President Ana Ruiz will visit Lima in the coming weeks, an aide said.\n", "President"),
    ("Talks\nUNITED NATIONS Norway and Kenya pledged on Friday to adopt a deal.\n", "Norway"),
    ("Talks\nOSLO, 3 June 2019 (NTB) — Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nOSLO, 2019-06-03 — Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nMOMBASA, Thursday — Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nOSLO. June 3 (Wire) - Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nOslo, June 3, NTB - Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nOSLO. June 3. NTB – Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nOslo, Jun 3 (NTB) Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nOSLO, 03.06.2017 — Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nPARIS, 8th November, 2017 (WAM) -- Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nBerlin (dpa) - Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nIquitos, Peru, Sep 30 (EFE).- Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nOSLO, Norway / NAIROBI, Kenya -- Uganda will give Norway $5 million in aid.\n", "Uganda"),
    ("Talks\nOSLO (Reuters): Eager to help, Kenya will give Norway $5 million in aid.\n", "Eager"),
    ("Talks\nNAIROBI: Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nLOMÉ, 2019-06-03 — Kenya will give Norway $5 million in aid.\n", "Kenya"),  # accented capitals
    ("Talks\nBogotá, June 3 (EFE) — Kenya will give Norway $5 million in aid.\n", "Kenya"),
    ("Talks\nMombasa [Kenya], June 3 (Wire): Uganda will give Norway $5 million in aid.\n", "Uganda"),
    ("Talks\nMombasa, Kenya | AFP | Uganda will give Norway $5 million in aid.\n", "Uganda"),
])
def test_the_story_after_a_dateline_starts_a_sentence(nlp_pipeline, text, first):
    doc = nlp.parse(text)
    assert doc.text == text
    sentences = [s for s in doc.sents if s.text.strip()]
    assert sentences[0].text.strip() == "Talks" and sentences[-1][0].text == first  # heading, dateline, story
    assert all(t.text != first for s in sentences[1:-1] for t in s)


@pytest.mark.parametrize("text, first", [
    ("**Ana Ruiz, Nominee for Ambassador to Peru** Ana Ruiz is a career diplomat.\n", "Ana"),
    ("- **Opening an Embassy in Lima ** Today, Kenya pledged to open an embassy.\n", "Today"),
    ("**Kenya** will open an embassy in Lima.\n", None),  # a bold name the sentence goes on from
])
def test_a_bold_heading_before_a_sentence_on_its_line_is_a_sentence_of_its_own(nlp_pipeline, text, first):
    sentences = list(nlp.parse(text).sents)
    assert (sentences[1][0].text if len(sentences) > 1 else None) == first


def test_an_opening_bracket_glued_to_a_word_is_a_token_of_its_own():
    doc = nlp.parse("Kenya will open the road(the ministry said on its website)Uganda agreed.")
    assert "(" in [t.text for t in doc] and "road" in [t.text for t in doc]


@pytest.mark.parametrize("text, places", [
    ("Deals\n\nNEW DELHI, September 15, 2015\n\nPrime Minister Ana Ruiz met Luis Soto.\n", ["NEW DELHI"]),
    ("KENYA SIGNS TRADE DEAL\n\nKenya signed a deal.\n", []),  # an all-caps headline is no dateline
    ("Deals\nNew Delhi, September 15, 2015\nKenya signed a deal.\n", []),  # title case alone: a line of text
    ("Deals\nRuiz (left) - the minister signed a deal.\n", []),  # a caption's aside is no agency
    ("Deals\nNOTE: Kenya signed a deal.\n", []),  # a colon after a word that is no capital
    ("Deals\nMombasa [Kenya], June 3 (Wire): Kenya signed a deal.\n", ["Mombasa"]),  # the region in brackets
    ("Deals\nMombasa, June 3: Kenya signed a deal.\n", []),  # title case and a colon want an agency too
])
def test_a_place_and_date_alone_on_a_line_is_a_dateline(text, places):
    assert [match["place"] for match in nlp.datelines(text)] == places


#          0            1      2        3          4       5      6       7    8       9      10
_TAKEN = ["Following", "the", "talks", "between", "Ruiz", "and", "Dahl", ",", "Lund", "and", "Berg",
          "signed", "the", "pact", "."]
#          11        12     13      14
_TAKEN_POS = ["VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB",
              "DET", "NOUN", "PUNCT"]
_TAKEN_TAGS = ["VBG", "DT", "NNS", "IN", "NNP", "CC", "NNP", ",", "NNP", "CC", "NNP", "VBD", "DT", "NN", "."]


@pytest.mark.parametrize("opening", ["prep", "nsubj"])
def test_a_subject_hung_on_the_list_before_the_comma_is_found(make_doc, opening):
    """The model's misparse: "Lund and Berg" as more conjuncts of "Ruiz and Dahl", the verb left with
    no subject, or with the opening participle as its subject."""
    heads = [11, 2, 0, 2, 3, 4, 4, 6, 6, 8, 8, 11, 13, 11, 11]
    deps = [opening, "det", "pobj", "prep", "pobj", "cc", "conj", "punct", "conj", "cc", "conj", "ROOT", "det",
            "dobj", "punct"]
    doc = make_doc(_TAKEN, heads, deps, pos=_TAKEN_POS, tags=_TAKEN_TAGS)
    assert [t.text for t in nlp.subject_taken(doc[11])] == ["Lund", "Berg"]


def test_a_verb_with_its_own_subject_has_none_taken(make_doc):
    heads = [11, 2, 0, 2, 3, 4, 4, 6, 11, 8, 8, 11, 13, 11, 11]
    deps = ["prep", "det", "pobj", "prep", "pobj", "cc", "conj", "punct", "nsubj", "cc", "conj", "ROOT", "det",
            "dobj", "punct"]
    doc = make_doc(_TAKEN, heads, deps, pos=_TAKEN_POS, tags=_TAKEN_TAGS)
    assert nlp.subject_taken(doc[11]) == []


def test_the_sentence_before_passes_over_blank_lines(nlp_pipeline):
    doc = nlp.parse("Ruiz met Dahl in Lima.\n\nThey signed a pact.\n")
    last = list(doc.sents)[-1]
    assert nlp.sentence_before(last).text.strip() == "Ruiz met Dahl in Lima."
    first = list(doc.sents)[0]
    assert nlp.sentence_before(first) == first


def test_a_glued_hyphen_word_the_parser_split_into_siblings_hangs_on_its_last_part():
    """The model's misparse: "on e-governance" as three objects of "on"; joined, the phrase read
    from "governance" is the whole word."""
    words = ["signed", "pacts", "on", "e", "-", "governance", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, False, False, False, False],
              heads=[0, 0, 1, 2, 2, 2, 0], deps=["ROOT", "dobj", "prep", "pobj", "pobj", "pobj", "punct"])
    nlp.hyphen_words(doc)
    assert [(t.head.text, t.dep_) for t in doc[3:6]] == [("governance", "compound"), ("governance", "punct"),
                                                         ("on", "pobj")]
    assert next(doc[5].subtree).text == "e"


def test_a_spaced_dash_between_siblings_is_left_alone():
    words = ["signed", "pacts", "on", "trade", "-", "and", "energy", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 7 + [False],
              heads=[0, 0, 1, 2, 2, 2, 2, 0], deps=["ROOT", "dobj", "prep", "pobj", "pobj", "cc", "pobj", "punct"])
    nlp.hyphen_words(doc)
    assert doc[3].head.text == "on"
