"""The flow on one screen: read -> parse -> mentions -> rules -> RDF -> file or store.

Articles stream through one at a time (or through a pool of worker processes,
each loading the model once), so memory stays flat however many there are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing import get_context

from rdflib import Dataset

from kg import ledger, mentions, nlp, rdf
from kg.errors import StoreError
from kg.facts import Entity, Fact
from kg.read import Article
from kg.rules import extract
from kg.store import FLUSH_EVERY


@dataclass(slots=True)
class Extraction:
    """What one article yields: its entities and its facts."""

    article: Article
    entities: dict[str, Entity]
    facts: list[Fact]


def extract_article(article: Article) -> Extraction:
    """Parse one article and run every rule over it."""
    doc = nlp.parse(article.text)
    found = mentions.find(doc, article.date)
    facts = extract(doc, found, article.id)
    return Extraction(article, found.entities, facts)


def _worker_init() -> None:
    nlp.load()


def extract_all(articles: Iterable[Article], jobs: int = 1) -> Iterator[Extraction]:
    """Extractions in input order; with jobs > 1, from that many worker processes."""
    if jobs <= 1:
        yield from map(extract_article, articles)
        return
    with get_context("fork").Pool(jobs, initializer=_worker_init) as pool:
        yield from pool.imap(extract_article, articles, chunksize=2)


def article_graph(result: Extraction) -> Dataset:
    """A dataset holding just this article's named graph."""
    ds = rdf.new_dataset()
    rdf.add_article(ds, result.article, result.entities, result.facts)
    return ds


def build(articles: Iterable[Article], on_article: Callable[[Article], None] | None = None,
          jobs: int = 1) -> Dataset:
    """A dataset with one named graph per article (an article read twice is added once), and the
    commitment ledger across them in a graph of its own."""
    ds = rdf.new_dataset()
    for result in extract_all(articles, jobs):
        rdf.add_article(ds, result.article, result.entities, result.facts)
        if on_article:
            on_article(result.article)
    return ledger.add_to(ds)


def ingest(articles: Iterable[Article], store, on_article: Callable[[Article], None] | None = None,
           jobs: int = 1) -> int:
    """Add (or replace) each article's graph in a store, one transaction per article. An article
    the store cannot take (a full disk) stops the ingest with an error naming it; the articles
    before it stay in."""
    count = 0
    for result in extract_all(articles, jobs):
        try:
            store.add_dataset(article_graph(result))
            if (count + 1) % FLUSH_EVERY == 0:
                store.flush()
        except OSError as e:
            raise StoreError(f"{result.article.source}: not added to {store.path}: {e.strerror or e}; the "
                             f"{count} article(s) before it are in the store: make room and run kg add "
                             "again") from e
        count += 1
        if on_article:
            on_article(result.article)
    return count
