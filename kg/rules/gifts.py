"""Gifts: "X presented Y with Z", "X gave Y Z", "X gave Z to Y", "X gifts Y Z"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg import quantities
from kg.facts import Gift, Modality
from kg.lexicon import GENERIC_GIFTS, GIFT_VERBS, PERFORMATIVE_ADJECTIVES
from kg.mentions import Mentions
from kg.rules.common import (actors, child, evidence, linear_phrase, modality, people_and_nations, phrase,
                             place, prep_objects, subject, when)

#: Things one "gives" that are not gifts ("gave a speech", "gave support").
NOT_GIFTS = {"speech", "address", "remarks", "interview", "credit", "support", "assurance",
             "assurances", "briefing", "statement", "warning", "approval", "permission",
             "update", "thanks", "opportunity", "chance", "signal", "boost", "push", "way",
             "tour", "welcome", "reception", "priority", "attention", "details", "answer",
             "grant", "loan", "aid", "assistance", "funding", "fund", "funds", "package",
             "money", "budget", "investment", "access", "guarantee", "guarantees", "skills",
             "confidence", "awareness", "experience", "advice", "hope", "strength", "voice",
             "power", "authority", "responsibility", "insight", "knowledge", "training",
             "education", "courage", "time", "rise", "birth", "life", "lives", "reason",
             "consideration", "room", "name", "honor", "honour", "award", "prize", "medal",
             "distinction", "recognition", "tribute", "benefit", "break", "relief", "pause",
             "space", "freedom", "hand", "nod", "light", "go-ahead", "blessing", "mandate",
             "platform", "seat", "say", "consent", "edge", "lift", "lead"}


def _recipient_and_items(verb: Token) -> tuple[Token | None, list[Token]]:
    """Who receives and what is given, across the three English gift frames."""
    dobj = child(verb, "dobj")
    dative = child(verb, "dative")
    with_objs = prep_objects(verb, "with")
    to_objs = prep_objects(verb, "to")
    if dobj is not None and with_objs:                 # presented Y with Z
        return dobj, [with_objs[0], *with_objs[0].conjuncts]
    if dative is not None and dative.dep_ == "dative" and dative.pos_ != "ADP" and dobj is not None:
        return dative, [dobj, *dobj.conjuncts]         # gave Y Z
    dobj = dobj if dobj is not None or not to_objs else _stray_object(verb)
    if dobj is not None and to_objs:                   # gave Z to Y
        return to_objs[0], [dobj, *dobj.conjuncts]
    return None, []


def _stray_object(verb: Token) -> Token | None:
    """"present to you, as a personal gift, the bell": after the parenthesis the parser hangs the
    object anywhere (the catch-all label "dep") or in apposition to "gift"; the first such noun."""
    return next((t for t in verb.doc[verb.i + 1:verb.sent.end] if t.pos_ == "NOUN" and
                 (t.dep_ == "dep" or (t.dep_ == "appos" and t.head.lower_ in GENERIC_GIFTS))), None)


def gift_given(doc: Doc, m: Mentions, article_id: str) -> Iterator[Gift]:
    """One Gift per item given by a known giver to a known recipient."""
    for verb in doc:
        if verb.lemma_.lower() not in GIFT_VERBS or verb.pos_ != "VERB" or verb.i in m.noise:
            continue
        recipient_token, items = _recipient_and_items(verb)
        givers = people_and_nations(actors(subject(verb), m))
        recipients = people_and_nations(actors(recipient_token, m))
        mod = modality(verb)
        if not givers or not recipients or givers[0] == recipients[0] or mod is Modality.NEGATED \
                or _promised(verb):
            continue
        items = _split_items(items, m)
        for item in items:
            if item.lower_ in GENERIC_GIFTS or item.lower_ in NOT_GIFTS or m.keys(item) or _abstract(item) \
                    or item.pos_ == "PRON" \
                    or quantities.money(phrase(item, keep_conjuncts=True)):
                continue
            others = frozenset(t.i for other in items if other is not item and other.i > item.i
                               for t in other.subtree)
            yield Gift(givers[0], recipients[0], phrase(item, exclude=others), place([verb], m),
                       when(verb.sent, m), mod, evidence(verb.sent, article_id, "gift_given", 0.85))


def gift_noun(doc: Doc, m: Mentions, article_id: str) -> Iterator[Gift]:
    """"X thanked Y for the gift of Z", "Y's gift of Z to X": a named item given as a gift."""
    for noun in doc:
        if noun.lemma_.lower() not in ("gift", "present") or noun.pos_ != "NOUN" or noun.i in m.noise:
            continue
        items = prep_objects(noun, "of")
        if not items or m.keys(items[0]):
            continue
        thank = noun.head.head if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() == "thank" else None
        givers = actors(child(noun, "poss"), m) or (actors(child(thank, "dobj"), m) if thank else ())
        recipients = [k for o in prep_objects(noun, "to", "for") for k in actors(o, m)] \
            or (list(actors(subject(thank), m)) if thank else [])
        if not givers or not recipients or givers[0] == recipients[0]:
            continue
        verb = thank or noun.head
        if modality(verb) is Modality.NEGATED:
            continue
        item = max(phrase(items[0]), linear_phrase(items[0]), key=len)
        yield Gift(givers[0], recipients[0], item, place([verb], m), when(noun.sent, m),
                   Modality.ASSERTED, evidence(noun.sent, article_id, "gift_noun", 0.75))


def _promised(verb: Token) -> bool:
    """"will give", "will announce that X gives": a promise to give is a commitment, not a gift.
    "I am delighted to present ..." is the giving itself, said as it happens."""
    if verb.head.lower_ in PERFORMATIVE_ADJECTIVES and verb.dep_ == "xcomp":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "could", "may", "to")
               for v in (verb, *verb.ancestors) for c in v.children)


def _abstract(item: Token) -> bool:
    """A bare singular noun ("gave students confidence") is a quality, not an object."""
    return item.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod")
                                         for c in item.children)


def _split_items(items: list[Token], m: Mentions) -> list[Token]:
    """Add items the parser hung under an earlier item ("a bag signed by X and a putter")."""
    found = list(items)
    for item in items:
        found += [t for t in item.subtree if t.dep_ == "conj" and t.pos_ == "NOUN" and t not in found
                  and not m.keys(t) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)]
    return sorted(found, key=lambda t: t.i)
