"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg import mentions, nlp, pipeline, read
from kg.facts import Fact
from kg.rules import extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles" / "us-japan-rare-earths-summit.txt"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp_pipeline():
    """The real pipeline (model + gazetteer ruler), loaded once."""
    return nlp.load()


@pytest.fixture(scope="session")
def facts_of(nlp_pipeline):
    """Run mention resolution and every rule over a small text; returns (facts, mentions)."""
    def run(text: str) -> tuple[list[Fact], mentions.Mentions]:
        article = read.from_text(text, "test.txt")
        doc = nlp.parse(article.text)
        found = mentions.find(doc, article.date)
        return extract(doc, found, article.id), found
    return run


@pytest.fixture(scope="session")
def sample_extraction(nlp_pipeline) -> pipeline.Extraction:
    return pipeline.extract_article(read.read_file(SAMPLE))


@pytest.fixture(scope="session")
def sample_dataset(nlp_pipeline):
    """The sample article's graph, built as `make run` builds it (paths relative to the repo)."""
    os.chdir(ROOT)
    return pipeline.build([read.read_file(SAMPLE.relative_to(ROOT))])


@pytest.fixture(scope="session")
def misparsed(nlp_pipeline):
    """A text's Doc with a parse given by hand, and the mentions found on the model's parse.

    `arcs` maps a word (its last occurrence) to (head word, label); other words keep the model's
    arcs. Rules run on this Doc show what they do on a wrong parse, whatever the model does
    today, so a rule bug is told apart from a parse change.
    """
    from spacy.tokens import Doc

    def run(text: str, arcs: dict[str, tuple[str, str]]) -> tuple[Doc, mentions.Mentions]:
        real = nlp.parse(text)
        found = mentions.find(real, None)
        index = {t.text: t.i for t in real}
        heads = [t.head.i for t in real]
        deps = [t.dep_ for t in real]
        for word, (head, dep) in arcs.items():
            heads[index[word]], deps[index[word]] = index[head], dep
        doc = Doc(real.vocab, words=[t.text for t in real], spaces=[bool(t.whitespace_) for t in real],
                  pos=[t.pos_ for t in real], tags=[t.tag_ for t in real], lemmas=[t.lemma_ for t in real],
                  heads=heads, deps=deps, ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O"
                                               for t in real])
        assert doc.text == real.text
        return doc, found
    return run
