"""leaderOf and titles: from the words around a name, else from the gazetteer."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from kg import gazetteer
from kg.facts import Kind, LeaderOf
from kg.lexicon import is_national
from kg.mention_types import Mentions
from kg.rules.common import evidence


def leader_of_title(doc: Doc, m: Mentions, article_id: str) -> Iterator[LeaderOf]:
    """"Ruritanian President Ana Ruiz", "Norway's new prime minister Erik Dahl"."""
    for t in m.titles:
        if t.nation and is_national(t.title):
            yield LeaderOf(t.person, t.nation, t.title,
                           evidence(t.sentence, article_id, "leader_of_title", 0.9))


def leader_of_gazetteer(doc: Doc, m: Mentions, article_id: str) -> Iterator[LeaderOf]:
    """A known head of state or government named without a nation: the gazetteer's nation."""
    titled = {t.person for t in m.titles if t.nation and is_national(t.title)}
    first_token: dict[str, int] = {}
    for i, keys in sorted(m.by_token.items()):
        for key in keys:
            first_token.setdefault(key, i)
    for key, entity in sorted(m.entities.items()):
        nation = m.gazetteer_nation(key)
        if entity.kind != Kind.LEADER or key in titled or nation not in m.entities:
            continue
        first = first_token.get(key)
        if first is None:
            continue
        record = gazetteer.leader_record(key)
        title = entity.title if entity.title and is_national(entity.title) or record is None else \
            record.office_in(nation.removeprefix("nation/"))  # not "Senator" for a president
        yield LeaderOf(key, nation, title,
                       evidence(doc[first].sent, article_id, "leader_of_gazetteer", 0.7))
