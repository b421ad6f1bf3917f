"""`Mentions`: what an article mentions, as every rule reads it.

The entities of one article (keyed by the IRI path they will get, e.g. "nation/JPN",
"person/Q22686") and, for every token that names, titles or refers to one of them, the entity
keys it stands for. `kg.mentions.find` fills it; `kg.coref` and the rules read it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from spacy.tokens import Span, Token

from kg import gazetteer
from kg.facts import Entity


class TitlePhrase(NamedTuple):
    """An office phrase in the text ("the Ruritanian new prime minister of X"), tokens start to end."""

    title: str
    nation: str | None
    former: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TitleMention:
    """An office attached to a person in one sentence ("Norway's new prime minister ...")."""

    person: str
    title: str
    nation: str | None
    former: bool
    sentence: Span


@dataclass(slots=True)
class Mentions:
    """Entities of one article and the tokens that refer to them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    by_token: dict[int, tuple[str, ...]] = field(default_factory=dict)
    titles: list[TitleMention] = field(default_factory=list)
    places: dict[int, str] = field(default_factory=dict)
    noise: set[int] = field(default_factory=set)
    gender: dict[str, str] = field(default_factory=dict)
    article_date: date | None = None
    _counts: Counter = field(default_factory=Counter, repr=False)
    _counted: int = field(default=-1, repr=False)

    def add(self, entity: Entity, tokens: range, keys: tuple[str, ...] | None = None) -> str:
        """Register an entity (merging names) and the tokens that mention it."""
        known = self.entities.setdefault(entity.key, entity)
        if known is not entity:
            known.aliases |= entity.aliases | {entity.name}
            known.aliases.discard(known.name)
        for i in tokens:
            self.by_token.setdefault(i, keys or (entity.key,))
        return entity.key

    def keys(self, token: Token) -> tuple[str, ...]:
        """Entity keys a token refers to (empty if none)."""
        return self.by_token.get(token.i, ())

    def mention_count(self, key: str) -> int:
        """How many times the article mentions an entity (runs of its tokens); counted once for
        all entities, again only after more tokens were resolved (rules ask this many times)."""
        if self._counted != len(self.by_token):
            self._counts = Counter(k for i, keys in self.by_token.items() for k in keys
                                   if k not in self.by_token.get(i - 1, ()))
            self._counted = len(self.by_token)
        return self._counts[key]

    def nation_of(self, key: str) -> str | None:
        """The nation a person leads, from the article's titles or the gazetteer."""
        for t in self.titles:
            if t.person == key and t.nation:
                return t.nation
        return self.gazetteer_nation(key)

    def gazetteer_nation(self, key: str) -> str | None:
        """The nation a known leader leads: the one the article mentions most (a monarch of several
        realms is the monarch of the realm the article is about), else the latest."""
        record = gazetteer.leader_record(key)
        if not record or not record.nations():
            return None
        mentioned = [iso3 for iso3 in record.nations() if f"nation/{iso3}" in self.entities]
        if len(mentioned) < 2:
            return "nation/" + (mentioned or record.nations())[0]
        return "nation/" + max(mentioned, key=lambda iso3: self.mention_count(f"nation/{iso3}"))
