"""Shared fixtures: the spaCy pipeline is loaded once per test session; `make_doc` and
`make_mentions` build a parse and its mentions by hand, for rule helpers tested without the model."""

from __future__ import annotations

import os
import string
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from kg import mentions, nlp, pipeline, read
from kg.facts import Fact
from kg.mention_types import Mentions
from kg.rules import extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles" / "us-japan-rare-earths-summit.txt"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
#: One commitment told in three dated articles: pledged, pledged again, then progress (a StatusReport),
#: which the ledger makes one thread (the explorer's thread tests build them).
THREAD_TEXTS = {
    "2024-01-10-pledge.txt": "Kenya pledges aid\n\nJapan pledged to give Kenya $50 million to build rural schools.\n",
    "2024-03-05-again.txt":
        "Schools again\n\nJapan pledged to give Kenya $50 million to build rural schools in the north.\n",
    "2024-06-02-progress.txt": "Schools aid\n\nJapan has disbursed $20 million to build rural schools in Kenya.\n",
}


def thread_articles(folder: Path) -> list[read.Article]:
    """THREAD_TEXTS written to `folder` and read back, in date order."""
    for name, text in THREAD_TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [read.read_file(folder / name) for name in sorted(THREAD_TEXTS)]


@pytest.fixture(scope="session")
def nlp_pipeline():
    """The real pipeline (model + gazetteer ruler), loaded once."""
    return nlp.load()


@pytest.fixture(scope="session")
def facts_of(nlp_pipeline):
    """Run mention resolution and every rule over a small text; returns (facts, mentions)."""
    def run(text: str) -> tuple[list[Fact], Mentions]:
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
    def run(text: str, arcs: dict[str, tuple[str, str]]) -> tuple[Doc, Mentions]:
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


@pytest.fixture(scope="session")
def make_doc() -> Callable[..., Doc]:
    """A Doc with a parse given by hand on a blank English vocab (no model load), so a rule helper
    is tested on exactly the tree it is meant for, in milliseconds.

    `heads` are absolute token indices (a root is its own head); every word is its own lemma,
    lowercased, unless `lemmas` says otherwise; `ents` are IOB tags ("B-PERSON", "I-PERSON", "O").
    No space is put before punctuation or a clitic ("'s"), so phrases read as written.
    """
    vocab = spacy.blank("en").vocab

    def build(words: Sequence[str], heads: Sequence[int], deps: Sequence[str],
              pos: Sequence[str] | None = None, tags: Sequence[str] | None = None,
              lemmas: Sequence[str] | None = None, ents: Sequence[str] | None = None) -> Doc:
        spaces = [not _attaches_left(after) for after in words[1:]] + [False]
        return Doc(vocab, words=list(words), spaces=spaces, heads=list(heads), deps=list(deps),
                   pos=list(pos) if pos else None, tags=list(tags) if tags else None,
                   lemmas=list(lemmas) if lemmas else [w.lower() for w in words],
                   ents=list(ents) if ents else None)
    return build


def _attaches_left(word: str) -> bool:
    """Punctuation that closes ("," ":" ")") and clitics ("'s", "n't") follow the word before
    without a space."""
    return word.startswith("'") or word.lower() == "n't" or \
        (all(c in string.punctuation for c in word) and word not in ("(", "[", "$", "\""))


@pytest.fixture(scope="session")
def make_mentions() -> Callable[..., Mentions]:
    """Mentions by hand: each word given maps to its entity keys wherever it stands in the Doc,
    the form every rule reads (`Mentions.keys(token)`); no gazetteer, no model. Other fields
    (`titles`, `places`, ...) are passed on to `Mentions`."""
    def build(doc: Doc, keys: dict[str, str | tuple[str, ...]], **fields: Any) -> Mentions:
        found = Mentions(**fields)
        for token in doc:
            if token.text in keys:
                key = keys[token.text]
                found.by_token[token.i] = key if isinstance(key, tuple) else (key,)
        return found
    return build
