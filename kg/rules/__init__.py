"""Extraction rules: each is a small named function `(doc, mentions, article_id) -> Iterator[Fact]`.

`RULES` is the explicit, ordered list the pipeline runs; `extract` runs them
and then applies the discourse step (meeting anaphora and merging).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from kg.facts import Fact, LeaderOf
from kg.mention_types import Mentions
from kg.rules.agreements import (
    agreement_agreed,
    agreement_document,
    agreement_listed,
    agreement_mentioned,
    agreement_signed,
    agreement_signing,
)
from kg.rules.commitments import (
    commitment_accepted,
    commitment_decided,
    commitment_gapped,
    commitment_intended,
    commitment_noun,
    commitment_pledged,
    commitment_ready,
    commitment_received,
    commitment_will,
)
from kg.rules.discourse import resolve
from kg.rules.gifts import gift_among, gift_exchanged, gift_given, gift_included, gift_noun, gift_received
from kg.rules.leaders import leader_of_gazetteer, leader_of_title
from kg.rules.meetings import meeting_noun, meeting_verb
from kg.rules.status import status_report

Rule = Callable[[Doc, Mentions, str], Iterator[Fact]]

RULES: tuple[Rule, ...] = (
    leader_of_title,
    leader_of_gazetteer,
    agreement_signed,
    agreement_signing,
    agreement_document,
    agreement_mentioned,
    agreement_agreed,
    agreement_listed,
    gift_given,
    gift_received,
    gift_exchanged,
    gift_noun,
    gift_among,
    gift_included,
    commitment_pledged,
    commitment_accepted,
    commitment_intended,
    commitment_ready,
    commitment_will,
    commitment_noun,
    commitment_received,
    commitment_decided,
    commitment_gapped,
    meeting_verb,
    meeting_noun,
    status_report,
)


def extract(doc: Doc, m: Mentions, article_id: str) -> list[Fact]:
    """Every fact the rules find in one parsed article, in text order, merged."""
    facts = [fact for rule in RULES for fact in rule(doc, m, article_id)]
    facts.sort(key=lambda f: f.evidence.start)  # stable: rule order within a sentence
    leads = {k: n for k in m.entities if k.startswith("person/") and (n := m.nation_of(k))}
    text = doc.text  # (spaCy joins its tokens anew each time it is asked)
    asked = question_turns(text)
    facts = [f for f in facts if isinstance(f, LeaderOf)
             or not any(start <= f.evidence.start < end for start, end in asked)]
    return resolve(facts, headline_end(text), leads, transcript=bool(asked))


#: A line a transcript gives to a reporter's question ("Q Thank you. Will ...?").
_QUESTION_LINE = re.compile(r"^Q[:.]? ", re.MULTILINE)
#: A line a transcript gives to a named speaker ("MS. DAHL: ...", "SENIOR OFFICIAL: ...").
_SPEAKER_LINE = re.compile(r"^(?:Q[:.]? |[A-Z][A-Z .'-]{2,}:)", re.MULTILINE)


def question_turns(text: str) -> list[tuple[int, int]]:
    """Where a transcript's reporters speak: from each "Q" line to the next speaker's line. A
    question asks about a meeting or a promise ("Do you expect Peru to attend the summit?"); it
    reports none (the titles it gives its people still hold)."""
    turns = []
    for match in _QUESTION_LINE.finditer(text):
        answer = _SPEAKER_LINE.search(text, match.end())
        turns.append((match.start(), answer.start() if answer else len(text)))
    return turns


def headline_end(text: str) -> int:
    """Where the article's headline ends: its first line, when that line is a title (no full stop),
    and the same line again right after it (a saved page may give the title twice)."""
    first = text.lstrip().split("\n", 1)[0].rstrip()
    if not first or first[-1] in ".?!\"'”’:" or "\n" not in text.strip():
        return 0
    end = text.index(first) + len(first)
    while text[end:].lstrip().startswith(first + "\n"):
        end = text.index(first, end) + len(first)
    return end
