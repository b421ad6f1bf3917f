"""Across sentences: "the meeting" refers back, and mentions of one meeting merge.

A meeting noun with no participants of its own ("The meeting took place at
...") takes the people of the most recent event before it. Meetings whose
participants are a subset of an earlier meeting's (or the reverse) are one
meeting told several times, so they get one participant set and one label,
and therefore one node. A meeting that ends up with one participant is
dropped: it names no one met. A headline's fact told again in the story is the story's. A status
report of "her promise" tells of the promise told before it, a text listed after a signing
("These are: ...") is one of that signing's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from kg.facts import Agreement, Commitment, Fact, Gift, Meeting, Modality, StatusReport
from kg.lexicon import GENERIC_GIFTS
from kg.rules.common import without_led
from kg.rules.gifts import UNNAMED_GIVER


def _people(fact: Fact) -> tuple[str, ...]:
    """Who took part in an event: signatories, participants, or two people who promised together
    ("A and B agreed to ...": "after three hours of talks" refers to them)."""
    if isinstance(fact, Agreement):
        return fact.signatories or fact.parties
    if isinstance(fact, Meeting):
        return fact.participants
    if isinstance(fact, Commitment):
        return tuple(k for k in fact.committed_by if k.startswith("person/"))
    return ()


def _fill_anaphora(facts: list[Fact], refer_back: bool = True) -> list[Fact]:
    """Give meetings with no participant, or one, the people of the latest earlier event with two or
    more (that one among them); without `refer_back`, drop those with no participant."""
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Meeting) and len(fact.participants) < 2 and not _told_before(fact, out):
            # "the meeting", or "X told reporters after talks": the people of the latest event X was in
            earlier = next((p for f in reversed(out) if len(p := _people(f)) >= 2
                            and set(fact.participants) <= set(p)), None) if refer_back else None
            if earlier is None:
                if not fact.participants:
                    continue
                out.append(fact)
                continue
            fact = replace(fact, participants=earlier,
                           evidence=replace(fact.evidence, rule="meeting_anaphor", confidence=0.5))
        out.append(fact)
    return out


def _told_before(meeting: Meeting, earlier: list[Fact]) -> bool:
    """Whether an earlier meeting has this one's participant: then it is that meeting told again
    (`_merge_meetings` joins them, keeping this sentence's own evidence)."""
    return bool(meeting.participants) and any(
        isinstance(f, Meeting) and set(meeting.participants) <= set(f.participants) for f in earlier)


def _merge_meetings(facts: list[Fact], leads: Mapping[str, str]) -> list[Fact]:
    """One participant set and label per group of nested meetings. A nation and the leader it
    sends are one side: "Peru's visit" and "the summit of Ruiz and Dahl", Dahl leading Peru, are
    one meeting (joined only where one of them names a nation, not two sets of people)."""
    groups: list[tuple[set[str], str]] = []
    assigned: list[int | None] = []
    for fact in facts:
        if not isinstance(fact, Meeting):
            assigned.append(None)
            continue
        people = set(fact.participants)
        index = next((i for i in range(len(groups) - 1, -1, -1)
                      if _nested(people, groups[i][0], leads)), None)
        if index is None:
            groups.append((people, fact.label))
            index = len(groups) - 1
        else:
            groups[index][0].update(people)
        assigned.append(index)
    merged = [tuple(sorted(without_led(people, leads.get))) for people, _ in groups]
    return [replace(f, participants=merged[i], label=groups[i][1]) if isinstance(f, Meeting) and i is not None
            else f for f, i in zip(facts, assigned, strict=True) if i is None or len(merged[i]) >= 2]


def _nested(one: set[str], other: set[str], leads: Mapping[str, str]) -> bool:
    """Whether two participant sets tell one meeting: one holds the other, or, where one names a
    nation, its sides hold the other's, without two people of one side ("talks of the prime
    ministers" and "the president met the visitor" are two meetings of the same two nations)."""
    if one <= other or other <= one:
        return True
    if not any(k.startswith("nation/") for k in one | other):
        return False
    people = [k for k in one | other if k.startswith("person/")]
    if len({leads.get(k, k) for k in people}) < len(people):
        return False
    sides = ({leads.get(k, k) for k in one}, {leads.get(k, k) for k in other})
    return sides[0] <= sides[1] or sides[1] <= sides[0]



def _drop_nested_commitments(facts: list[Fact], leads: Mapping[str, str]) -> list[Fact]:
    """A commitment told inside another one of the same sentence ("deliver [a $5bn package]") is one,
    even where the longer one keeps words the shorter dropped (a sum in another currency in brackets);
    one told by two rules in the same words is one, a leader and the nation led being one committer
    ("Ruiz pledged that Ruritania would ..."); one told of each party is not also one of them all."""
    by_sentence: dict[int, list[Commitment]] = {}
    for fact in facts:
        if isinstance(fact, Commitment):
            by_sentence.setdefault(fact.evidence.start, []).append(fact)

    def nested(c: Commitment) -> bool:
        return any(o is not c and _words(c.action) <= _words(o.action) and len(c.action) < len(o.action)
                   and set(c.committed_by) & set(o.committed_by) for o in by_sentence[c.evidence.start])

    inside = {id(c) for told in by_sentence.values() for c in told if nested(c)}

    def told_twice(c: Commitment) -> bool:  # two rules read the same promise: the first one's stays (of those
        # not inside another, which would leave none: "secured a commitment from X to provide $5m")
        earlier = by_sentence[c.evidence.start]
        return any((o.action == c.action or _same_sum_again(c, o))
                   and _sides(o.committed_by, leads) == _sides(c.committed_by, leads) and id(o) not in inside
                   for o in earlier[:next(i for i, o in enumerate(earlier) if o is c)])

    def told_each(c: Commitment) -> bool:  # "A and B each pledged X": one rule read two pledges, another one
        return any(o.action == c.action and _sides(o.committed_by, leads) < _sides(c.committed_by, leads)
                   for o in by_sentence[c.evidence.start])
    return [f for f in facts if not (isinstance(f, Commitment) and (id(f) in inside or told_twice(f) or told_each(f)))]


def _same_sum_again(noun: Commitment, verb: Commitment) -> bool:
    """"Ruritania will provide an additional $350 million, which will be used for ...": the sum a
    promised act names, read again as a sum by `commitment_noun`, is the same promise."""
    return noun.evidence.rule == "commitment_noun" and noun.money is not None and noun.money == verb.money


def _sides(keys: tuple[str, ...], leads: Mapping[str, str]) -> set[str]:
    """The committers with each leader counted as the nation led."""
    return {leads.get(k, k) for k in keys}


def _fill_promise_anaphora(facts: list[Fact], leads: Mapping[str, str]) -> list[Fact]:
    """"She committed to donate 80 million doses. Today's shipment is a fulfilment of her promise":
    a status report that names its promise only as "her promise" tells of the promise its committer
    made in the sentence before it (the first promise there), and takes its act and sum; a promise
    later in its own sentence ("... and a down payment on doses we will deliver") is not the one kept."""
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, StatusReport) and fact.refers_back is not None:
            sides = _sides(fact.committed_by, leads)
            told = [f for f in out if isinstance(f, Commitment) and _sides(f.committed_by, leads) & sides
                    and fact.refers_back <= f.evidence.start < fact.evidence.start]
            latest = [f for f in told if f.evidence.start == told[-1].evidence.start]
            if latest:
                fact = replace(fact, action=latest[0].action, money=latest[0].money, refers_back=None,
                               evidence=replace(fact.evidence, rule="status_anaphor", confidence=0.5))
        out.append(fact)
    return out


def _fill_listed_texts(facts: list[Fact]) -> list[Fact]:
    """"Ruritania and Peru signed seven MoUs. These are: MoU on A, ...": a text listed with no
    parties of its own (`agreement_listed`) is one of the latest signing's before it, and takes its
    parties and place; with no signing before it, it is dropped."""
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Agreement) and fact.evidence.rule == "agreement_listed" and not fact.parties:
            signed = next((f for f in reversed(out) if isinstance(f, Agreement) and len(f.parties) >= 2
                           and f.evidence.rule != "agreement_mentioned"
                           and f.evidence.start < fact.evidence.start), None)
            if signed is None:
                continue
            again = any(isinstance(f, Agreement) and f.evidence.rule == "agreement_listed"
                        and f.parties == signed.parties for f in out)  # a second list's first text is one too
            fact = replace(fact, parties=signed.parties, signatories=signed.signatories,
                           location=fact.location or signed.location, separate=fact.separate or again)
        out.append(fact)
    listing = {f.evidence.start for f in out if f.evidence.rule == "agreement_listed"}
    return [f for f in out if not (f.evidence.rule == "agreement_mentioned" and f.evidence.start in listing)]
    # "These are: MoU between the Academy and the Court": a text the list holds, not one more


def _drop_generic_gifts(facts: list[Fact]) -> list[Fact]:
    """"The leaders exchanged gifts: X gave Y a vase": a gift named only as "gifts" (or "a personal
    gift") is dropped where the article names what the same giver gave the same recipient."""
    named = {(f.giver, f.recipient) for f in facts if isinstance(f, Gift) and not _generic(f)}
    return [f for f in facts if not (isinstance(f, Gift) and _generic(f) and (f.giver, f.recipient) in named)]


def _generic(gift: Gift) -> bool:
    """Whether the gift's item is only called a gift ("gifts", "a personal gift")."""
    words = gift.item.lower().split()
    return bool(words) and words[-1] in GENERIC_GIFTS


def _same_words(one: Commitment, other: Commitment) -> bool:
    """Whether two promises' acts share most of the shorter one's words beyond the sum ("a further $50
    million in aid" and "will provide a further $50 million for the victims"), as a fact sheet's
    "$15 million for a fellowship" and "$15 million for a rural initiative" do not."""
    def content(c: Commitment) -> set[str]:
        return {w for w in _words(c.action) if len(w) > 3 and not w.isdigit() and w not in _SUM_WORDS}
    a, b = content(one), content(other)
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))


#: Words of a sum and of giving it, which any two promises of that sum share.
_SUM_WORDS = {"million", "billion", "trillion", "dollars", "euros", "pounds", "provide", "give", "pledge"}


def _words(text: str) -> Counter[str]:
    """A phrase's words, so that "$5m to Peru" sits inside "give $5m ($4.6m in euros) to Peru"."""
    return Counter(re.findall(r"\w+", text.lower()))


def _actors(fact: Fact) -> set[str]:
    if isinstance(fact, Commitment):
        return set(fact.committed_by)
    if isinstance(fact, Gift):
        return {fact.giver, fact.recipient}
    return set(_people(fact)) | set(getattr(fact, "parties", ()))


def _drop_headline_repeats(facts: list[Fact], headline_end: int, leads: Mapping[str, str]) -> list[Fact]:
    """A headline ("Ruritania and Peru agree to double trade") summarises a fact the story tells
    again: a headline fact is dropped when the body has one of its class with the same actors (a
    promise's, with a leader counted as the nation led: "Ruritanian Emir announces $2b" is the
    body's "Emir Dahl pledged $2 billion")."""
    def actors(fact: Fact) -> set[str]:
        return _sides(tuple(_actors(fact)), leads) if isinstance(fact, Commitment) else _actors(fact)

    def same(body: Fact, head: Fact) -> bool:  # a present: the same giver (or none named) and recipient
        if isinstance(body, Gift) and isinstance(head, Gift):
            return body.recipient == head.recipient and body.giver in (head.giver, UNNAMED_GIVER)
        return type(body) is type(head) and bool(actors(body) & actors(head))

    body = [f for f in facts if f.evidence.start >= headline_end]
    return [f for f in facts if f.evidence.start >= headline_end or not any(same(b, f) for b in body)]


def resolve(facts: list[Fact], headline_end: int = 0, leads: Mapping[str, str] | None = None,
            transcript: bool = False) -> list[Fact]:
    """Apply the discourse rules to the facts of one article (in text order); facts before
    `headline_end` come from the article's headline; `leads` maps a person to the nation they lead.
    In a `transcript` of a briefing "the call" or "this summit" is as often the briefing itself, or
    a meeting only planned, as one told before: no meeting there takes an earlier one's people."""
    facts = _fill_anaphora(_drop_nested_commitments(_drop_headline_repeats(facts, headline_end, leads or {}),
                                                    leads or {}), refer_back=not transcript)
    facts = _drop_generic_gifts(_fill_givers(_fill_promise_anaphora(_fill_listed_texts(facts), leads or {}),
                                             leads or {}))  # after: a present given its giver names the pair
    facts = _signed_at_meetings(_merge_sums_told_again(facts, leads or {}), leads or {})
    return _drop_itineraries(_merge_meetings(_deeds_met(facts), leads or {}))


def _merge_sums_told_again(facts: list[Fact], leads: Mapping[str, str]) -> list[Fact]:
    """"Ruiz announced a further $50 million in aid ... 'Ruritania will provide a further $50 million
    for the victims,' he said": a promise of the same sum by the same side, told again in a later
    sentence for the same beneficiaries (or none named either time), is the first one (one node,
    both sentences)."""
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Commitment) and fact.money is not None:
            first = next((f for f in out if isinstance(f, Commitment) and f.money == fact.money
                          and f.evidence.start < fact.evidence.start
                          and _sides(f.committed_by, leads) == _sides(fact.committed_by, leads)
                          and set(f.beneficiaries) == set(fact.beneficiaries) and _same_words(f, fact)), None)
            if first is not None:
                fact = replace(fact, committed_by=first.committed_by, action=first.action)
        out.append(fact)
    return out


def _fill_givers(facts: list[Fact], leads: Mapping[str, str]) -> list[Fact]:
    """"At the palace, Ruiz was presented with a vase": a present told with no giver comes from the
    other side of the latest meeting (or present) the recipient was in, when it had one other side
    (its person, else its nation); with none, or read so by another rule, the present is dropped."""
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Gift) and fact.giver == UNNAMED_GIVER:
            side = leads.get(fact.recipient, fact.recipient)
            met = next((people for people in map(_met, reversed(out)) if side in {leads.get(k, k) for k in people}), ())
            others = [k for k in met if leads.get(k, k) != side]
            if len({leads.get(k, k) for k in others}) != 1:
                continue
            fact = replace(fact, giver=min(others, key=lambda k: not k.startswith("person/")))
            if _gift_told(fact, facts):
                continue  # ("exchanged gifts, with Ruiz receiving a vase": read as an exchange too)
        out.append(fact)
    return out


def _gift_told(gift: Gift, facts: list[Fact]) -> bool:
    """Whether another rule read the same present in the same sentence."""
    return any(isinstance(f, Gift) and f.giver != UNNAMED_GIVER and f.evidence.start == gift.evidence.start
               and (f.giver, f.recipient, f.item) == (gift.giver, gift.recipient, gift.item) for f in facts)


def _met(fact: Fact) -> tuple[str, ...]:
    """The people (or nations) an event brought together: a meeting's, a present's two sides."""
    if isinstance(fact, Meeting):
        return fact.participants
    if isinstance(fact, Gift) and fact.giver != UNNAMED_GIVER:
        return (fact.giver, fact.recipient)
    return ()


def _signed_at_meetings(facts: list[Fact], leads: Mapping[str, str]) -> list[Fact]:
    """"The visit saw the signing of an accord": a signing told as a noun that names no two parties,
    in a sentence that tells of a meeting (`agreement_signing`), is made by the nations of that
    meeting's people; where its sentence tells no meeting of two nations' people, it is dropped."""
    met = {f.evidence.start: f for f in facts if isinstance(f, Meeting)}
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, Agreement) and fact.evidence.rule == "agreement_signing" and len(fact.parties) < 2:
            meeting = met.get(fact.evidence.start)
            sides = tuple(dict.fromkeys(leads.get(k, k) for k in (meeting.participants if meeting else ())))
            nations = tuple(k for k in sides if k.startswith("nation/"))
            if len(nations) < 2 or not set(fact.parties) <= set(nations):
                continue
            fact = replace(fact, parties=nations)
        out.append(fact)
    return out


def _deeds_met(facts: list[Fact]) -> list[Fact]:
    """"Ruritania's minister A and his Peruvian counterpart B signed the deal", "A gave B a vase
    during his visit": people of two sides who signed one text together, or one handed the other a
    present at a visit, talks or a meal the sentence names, met (a meeting, where the article tells
    none of theirs; one per sentence, however many texts or presents it lists)."""
    told = [f for f in facts if isinstance(f, Meeting)]
    out: list[Fact] = []
    sentences: set[tuple[int, tuple[str, ...]]] = set()
    for fact in facts:
        out.append(fact)
        if not isinstance(fact, Agreement | Gift):
            continue
        met = _met_by(fact)
        if met is None or any(set(met[0]) <= set(f.participants) for f in told) \
                or (fact.evidence.start, met[0]) in sentences:
            continue
        sentences.add((fact.evidence.start, met[0]))
        people, label, rule = met
        out.append(Meeting(people, label, fact.location, fact.date, Modality.ASSERTED,
                           replace(fact.evidence, rule=rule, confidence=0.5)))
    return out


def _met_by(fact: Agreement | Gift) -> tuple[tuple[str, ...], str, str] | None:
    """The people a deed brought together, the meeting's label and its evidence rule: two sides'
    co-signers of one text, or a present's giver and recipient where its sentence names the
    occasion ("on the first day of his state visit")."""
    if fact.modality is not Modality.ASSERTED:
        return None
    if isinstance(fact, Agreement) and len(fact.signatories) >= 2 \
            and sum(k.startswith("nation/") for k in fact.parties) >= 2:
        return fact.signatories, "signing", "meeting_signing"
    if isinstance(fact, Gift) and fact.giver.startswith("person/") and fact.recipient.startswith("person/"):
        occasion = next((w for w in _words(fact.evidence.text) if w in _OCCASIONS), None)
        return ((fact.giver, fact.recipient), occasion, "meeting_gift") if occasion else None
    return None


#: Words of an occasion at which a present is handed over in person (not `MEETING_NOUNS`, which
#: has calls and conversations, where nothing changes hands).
_OCCASIONS = {"visit", "talks", "meeting", "summit", "lunch", "dinner", "banquet", "ceremony", "audience"}


def _drop_itineraries(facts: list[Fact]) -> list[Fact]:
    """"Ruiz is due to fly to Lima for talks with Peruvian officials": a planned meeting of a person
    that, once merged with the meetings told, still names a nation for someone unnamed is an
    itinerary (dropped only now: before merging, it may be the meeting later sentences refer back
    to; a meeting of nations, "Ruritania will host talks between A and B", stays a plan)."""
    return [f for f in facts if not (isinstance(f, Meeting) and f.modality is Modality.INTENDED
                                     and any(k.startswith("nation/") for k in f.participants)
                                     and any(k.startswith("person/") for k in f.participants))]
