"""The flow on one screen: read -> parse -> mentions -> rules -> RDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Dataset

from kg import mentions, nlp, rdf
from kg.facts import Entity, Fact
from kg.read import Article
from kg.rules import extract


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


def build(articles: Iterable[Article], on_article: Callable[[Article], None] | None = None) -> Dataset:
    """A dataset with one named graph per article (an article read twice is added once)."""
    ds = rdf.new_dataset()
    for article in articles:
        result = extract_article(article)
        rdf.add_article(ds, article, result.entities, result.facts)
        if on_article:
            on_article(article)
    return ds
