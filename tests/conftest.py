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
