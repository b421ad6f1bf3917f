"""Parsing: line by line, long lines in pieces, and the Doc keeps the article's exact text."""

import pytest

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


def test_a_line_longer_than_spacys_limit_is_parsed_in_pieces(nlp_pipeline):
    sentence = "Kenya and Germany signed a pact on migration. "
    text = "Title\n" + sentence * (nlp.MAX_PIECE // len(sentence) * 2 + 10)
    doc = nlp.parse(text)
    assert doc.text == text and len(text) > 2 * nlp.MAX_PIECE


def test_a_hyphen_after_an_abbreviation_splits_before_a_capital(nlp_pipeline):
    doc = nlp.parse("The U.S.-Kenyan and E.U.-Japan talks on a well-known U.S. plan.")
    assert [t.text for t in doc][1:8] == ["U.S.", "-", "Kenyan", "and", "E.U.", "-", "Japan"]
    assert "well-known" not in [t.text for t in doc]  # the model's own rule still splits it


@pytest.mark.parametrize("form", ["hopes", "hoped", "hoping"])
def test_lemmas_the_model_gets_wrong_are_fixed(nlp_pipeline, form):
    doc = nlp.parse(f"Ana Ruiz {form} to visit Lima.")
    assert doc[2].lemma_ == "hope"
