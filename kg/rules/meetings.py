"""Meetings: "X met Y", "X hosted Y", and meeting nouns ("their bilateral talks", "Ruiz's visit")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from kg import gazetteer
from kg.facts import Kind, Meeting, Modality
from kg.lexicon import (
    CALLED_OFF,
    GROUP_HEADS,
    HEDGES,
    HONORIFICS,
    INTENT_VERBS,
    MEALS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MET_NOT_MEETINGS,
    NEGATING_HEADS,
    PLEDGE_VERBS,
    TALK_VERBS,
    TRAVEL_VERBS,
    WISH_VERBS,
    WITNESS_VERBS,
)
from kg.mention_types import Mentions
from kg.mentions import is_heading
from kg.rules.common import (
    actors,
    acts_for_others,
    child,
    evidence,
    has_aux,
    listed_actors,
    modality,
    named_in_apposition,
    participle_agents,
    people_and_nations,
    place,
    prep_objects,
    presence_of,
    sides_of,
    subject,
    title_clause,
    when,
)

_HOLD_VERBS = {"hold", "have", "attend", "host", "conduct", "join", "pay", "make", "chair", "open"}  # "paid a visit"
#: Verbs whose object was told something at the meeting the clause happened at ("at the meeting, X told Y").
_TELLING_VERBS = {"tell", "assure", "inform", "brief", "thank"}
#: Nouns that measure a meeting held ("held a second round of talks").
_MEASURES = {"round", "session", "hour", "day"}
#: Verbs whose object is the guest: with an object that is no one, the subjects met nobody.
_RECEIVING = {"host", "receive", "welcome"}
_DEFINITE = {"the", "this", "that"}
#: Prepositions that put the clause's subject at the meeting ("after talks with X, Y said").
_AROUND = {"after", "before", "during", "at", "following", "in"}
#: Modifiers of a meeting still to come ("the next summit").
_COMING = {"next", "upcoming", "future", "planned", "proposed", "forthcoming"}


#: Verbs whose object may be the countries of a tour.
_TOURING = frozenset({"visit", "tour"})


def meeting_verb(doc: Doc, m: Mentions, article_id: str) -> Iterator[Meeting]:
    """"X met (with) Y", "X hosted/received/welcomed Y"."""
    for verb in doc:
        lemma = verb.lemma_.lower()
        present = [k for k in presence_of(verb, m) if k.startswith("person/")]
        handed_to = _handed_to(verb, m)
        talking = lemma in TALK_VERBS and child(verb, "auxpass") is None  # not "were conferred with degrees"
        talk = (talking or _shook_hands(verb)) and (_with(verb) or not _addressing(verb) and len(
            sides_of(people_and_nations(listed_actors(subject(verb), m)), m)) >= 2) \
            or _witnessed_together(verb, m) or _spent_time(verb) \
            or bool(handed_to) or len({m.nation_of(k) or k for k in present}) >= 2
        # "A and B conferred on Tuesday", "A and B shook hands", "A and B presided over the signing",
        # "the deal was signed in the presence of A and B"
        called_on = _called_on(verb, m)
        if (lemma not in MEETING_VERBS and not talk and not _phoned(verb, m) and not called_on) \
                or verb.pos_ != "VERB" or verb.i in m.noise or _purpose_of_meeting(verb) \
                or title_clause(verb.head, m) == verb:  # "presented visiting President X with ...": a title
            continue
        obj = child(verb, "dobj")
        met = None if obj is not None and _talked_of(obj) else obj  # "they discussed Peru": a topic, no one met
        others = ([k for o in (met, *_with(verb), *_agents(verb), *called_on, *handed_to, *_names_hung_on(verb))
                   if _someone(o, m) for k in (_seat_host(o, m) if o is met else ()) or actors(o, m)]
                  or _visitors_from(verb, m) or _guests_of_a_meal(verb, m)) + present
        if lemma in _TOURING and _a_tour(others):
            continue  # "he visited Peru, Ruritania and Lagonia": a tour of countries, no one said to be met
        lost = obj is None and not others  # "hosted A and B at ...": the object the parser lost
        if lemma in _RECEIVING and not others and not lost:
            continue  # "the two governments hosted 21 outreach sessions": hosts of something, not of each other
        if lemma == "meet" and obj is not None and obj.lemma_.lower() in MET_NOT_MEETINGS:
            continue  # "meeting immediate needs", "met its target": met a measure, no one
        hosts = listed_actors(subject(verb), m)
        others = others or (_following_people(verb, m) if lost else [])
        if not people_and_nations(tuple(others)) and _unnamed_counterpart(verb, hosts, m):
            continue
        people = sides_of(tuple(dict.fromkeys(people_and_nations(hosts + tuple(others)))), m)
        if len(people) < 2 and not (lemma == "meet" and len(people) == 1):
            continue
        mod = modality(verb)
        if mod is Modality.NEGATED or _future(verb):
            continue  # "will meet/visit" is a plan: commitment_will records the intention
        yield Meeting(people, "meeting", place([verb], m), when(verb.sent, m), mod,
                      evidence(verb.sent, article_id, "meeting_verb", 0.8))


def _seat_host(place: Token | None, m: Mentions) -> tuple[str, ...]:
    """"visited the Kremlin": the one head of that nation the article names, whom a visit to the seat
    of government meets (see `_head_met`); none when it names no such head, or two."""
    if place is None or not place.ent_id_.startswith("seat:"):
        return ()
    head = _head_met(f"nation/{place.ent_id_.split(':')[1]}", place.sent, m)
    return (head,) if head.startswith("person/") else ()


def _head_met(nation: str, sent: Span, m: Mentions) -> str:
    """The one head of a nation visited whom the article names, else the nation itself: in office
    on the sentence's or the article's day, if either is told; if not, one not titled only as a
    former holder ("former president X" is no host)."""
    on = when(sent, m) or m.article_date
    heads = [k for k, e in m.entities.items() if e.kind is Kind.LEADER and m.nation_of(k) == nation
             and (record := gazetteer.leader_record(k)) is not None
             and (gazetteer.in_office(record, on) if on else not _titled_former(k, m))]
    return heads[0] if len(heads) == 1 else nation


def _titled_former(person: str, m: Mentions) -> bool:
    """Whether the article titles a person, and only as a former holder ("former president X")."""
    titles = [t for t in m.titles if t.person == person]
    return bool(titles) and all(t.former for t in titles)


def _a_tour(visited: Sequence[str]) -> bool:
    """Whether those visited (a visit verb's objects, a visit noun's "to" objects) are several
    countries and no one else: a tour, no one said to be met."""
    return len(visited) >= 2 and all(k.startswith("nation/") for k in visited)


#: Verbs by which leaders watch over their officials' act together ("presided over the signing").
_OVERSEEING = WITNESS_VERBS - {"attend"}


def _witnessed_together(verb: Token, m: Mentions) -> bool:
    """"A and B witnessed the signing of five agreements": people of two sides who watched one act
    together were together (not "attended", which a summit of many shares)."""
    if verb.lemma_.lower() not in _OVERSEEING:
        return False
    people = [k for k in listed_actors(subject(verb), m) if k.startswith("person/")]
    return len(sides_of(tuple(people), m)) >= 2 and len({m.nation_of(k) or k for k in people}) >= 2


def _handed_to(verb: Token, m: Mentions) -> list[Token]:
    """"Ambassador A handed over 10,000 doses to Minister B", "it was handed over to B by A": a thing
    handed over in person from one named person to another of another side (the people met; what
    one state hands another is aid, no gift). The recipients' tokens, empty when it is no such
    handover."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if verb.lemma_.lower() != "hand" or not (any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
                                             or after is not None and after.lower_ == "over" and after.tag_ == "RP"):
        return []  # ("handed over 10,000 doses": the parser may read "over 10,000")
    givers = [k for o in (*_agents(verb), subject(verb)) for k in actors(o, m) if k.startswith("person/")]
    thing = child(verb, "dobj")  # "the doses of vaccines to X": the parser may hang the recipient on the thing
    takers = [o for t in (verb, *(thing.subtree if thing is not None else ())) for o in prep_objects(t, "to")
              if any(k.startswith("person/") for k in actors(o, m))]
    sides = {m.nation_of(k) or k for o in takers for k in actors(o, m)} | {m.nation_of(k) or k for k in givers}
    return takers if givers and len(sides) >= 2 else []


def _absolute(prep: Token) -> bool:
    """", with Ruiz expressing support": a "with" that tells what went on, not whom one met."""
    return any(c.tag_ == "VBG" and c.dep_ == "pcomp" or any(g.tag_ == "VBG" for g in c.children)
               for c in prep.children)


def _shook_hands(verb: Token) -> bool:
    """"A and B shook hands at the palace": people who shake hands have met."""
    obj = child(verb, "dobj")
    return verb.lemma_.lower() == "shake" and obj is not None and obj.lemma_.lower() == "hand"


#: What one spends with someone that is time together ("spent five hours with X").
_TIME_SPENT = {"time", "hour", "minute", "day", "morning", "afternoon", "evening", "night", "weekend"}


def _spent_time(verb: Token) -> bool:
    """"A spent almost five hours with B": time spent with someone is a meeting (not "spent $5
    million with a firm")."""
    obj = child(verb, "dobj")
    return verb.lemma_.lower() == "spend" and obj is not None and bool(_with(verb)) \
        and (obj.lemma_.lower() in _TIME_SPENT or obj.ent_type_ == "TIME")


def _purpose_of_meeting(verb: Token) -> bool:
    """"spoke with X to discuss Y": the talk is the meeting's purpose, the meeting verb's to tell
    (wherever the parser hangs the clause under it)."""
    return has_aux(verb, {"to"}) and any(a.lemma_.lower() in MEETING_VERBS | TALK_VERBS for a in verb.ancestors)


def _with_no_one_named(noun: Token, m: Mentions, prep: str = "with") -> bool:
    """Whether a meeting noun's "with" (or other) phrase names no one ("a meeting with state leaders")."""
    others = prep_objects(noun, prep)
    return bool(others) and not any(people_and_nations(actors(o, m)) for o in others)


def _unnamed_counterpart(token: Token, hosts: tuple[str, ...], m: Mentions) -> bool:
    """"Ruiz and her deputy met with / convened a meeting with a group of mayors" (`token` the verb
    or the meeting noun): the hosts met others the text does not name, not each other (unless they
    are of two nations: "Ruiz and Dahl met with students"). One host alone stays a meeting for the
    article's earlier names to complete."""
    obj = child(token, "dobj")
    phrases = [*(c for c in token.children if c.dep_ == "prep" and c.lower_ == "with" and not _absolute(c)),
               *_agents(token), *([obj] if obj is not None and obj.lemma_.lower() in GROUP_HEADS else [])]
    sides = {k if k.startswith("nation/") else m.nation_of(k) for k in hosts} - {None}
    return bool(phrases) and len(hosts) > 1 and len(sides) < 2


def _around(noun: Token) -> bool:
    """Whether a meeting noun says when the clause happened: "after talks", "after five hours of talks"."""
    prep = _preposition(noun)
    return prep is not None and prep.lower_ in _AROUND


def _preposition(noun: Token) -> Token | None:
    """The preposition a meeting noun is the object of, through a measure noun ("after three hours of talks")."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep


def _called_off(noun: Token) -> bool:
    """"Their talks were cancelled", "postponed the meeting": a meeting undone did not take place."""
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lemma_.lower() in NEGATING_HEADS | CALLED_OFF


def _visitors_from(verb: Token, m: Mentions) -> list[str]:
    """"received a delegation from Peru": the parser hangs the visitors' origin on the verb."""
    obj = child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in GROUP_HEADS or actors(obj, m):
        return []
    return [k for o in prep_objects(verb, "from") for k in actors(o, m)]


def _guests_of_a_meal(verb: Token, m: Mentions) -> list[str]:
    """"hosted a dinner for X", "hosted a lunch in honour of X": the guests of the meal a host gives."""
    meal = child(verb, "dobj")
    if verb.lemma_.lower() not in _RECEIVING or meal is None or meal.lemma_.lower() not in MEALS:
        return []
    guests = prep_objects(meal, "for") + prep_objects(verb, "for") + [
        o for x in prep_objects(meal, "in") + prep_objects(verb, "in") if x.lemma_.lower() in ("honor", "honour")
        for o in prep_objects(x, "of")]
    return [k for g in guests for k in actors(g, m)]


#: What "by/over/via/on" names that makes "spoke to X" a call.
_PHONES = {"phone", "telephone", "video", "videoconference", "teleconference", "link", "line"}


def _names_hung_on(verb: Token) -> list[Token]:
    """"met with A of Peru, B of Lagonia, and C of Laos": names of a list the parser hung on the verb
    as its conjuncts (a verb's conjunct is a verb; a name there is a list item that lost its arc)."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > verb.i]


def _addressing(verb: Token) -> bool:
    """"A, B and C spoke at the conference / to reporters": those who spoke addressed others, they
    did not speak with each other (as "A and B spoke by phone" did)."""
    return verb.lemma_.lower() == "speak" and bool(prep_objects(verb, "at", "to", "before"))


def _with(verb: Token) -> list[Token]:
    """Whom one talks with: "spoke with X", and "spoke by phone with X" (the parser hangs "with X"
    on the medium)."""
    media = prep_objects(verb, "by", "over", "via", "on")
    told_to = prep_objects(verb, "to") if any(x.lemma_.lower() in _PHONES for x in media) else []
    return prep_objects(verb, "with") + [o for x in media for o in prep_objects(x, "with")] \
        + told_to  # "spoke to X by phone": a call


def _phoned(verb: Token, m: Mentions) -> bool:
    """"Ruiz called Peruvian President Dahl on Sunday": "call" with a person as its only object is a
    telephone call ("called X a liar", "called for talks", "called on X to" are not)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]  # "called X" may be parsed "called [it] X"
    return verb.lemma_.lower() == "call" and len(objects) == 1 \
        and any(k.startswith("person/") for k in m.keys(objects[0])) \
        and not any(c.dep_ in ("xcomp", "ccomp", "attr", "dative") or c.dep_ == "prep" and (
            c.lower_ in ("for", "upon", "as") or c.lower_ == "on" and not _dated(c)) for c in verb.children)


def _agents(verb: Token) -> list[Token]:
    """"Ruiz was received by Dahl": the host of a passive verb of meeting."""
    return prep_objects(verb, "by") if any(c.dep_ == "auxpass" for c in verb.children) else []


def _called_on(verb: Token, m: Mentions) -> list[Token]:
    """"Dahl called on Ruiz at the palace", "called on the Senate President, Ana Ruiz,": a visit, the
    one called on (or the name in apposition to the office) its host ("called on Peru to withdraw"
    is an appeal: no act may follow; one a second clause tells, "and is to meet X tomorrow", is not
    the call's)."""
    if verb.lemma_.lower() != "call":
        return []
    second = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    if any(t.dep_ in ("xcomp", "ccomp", "advcl") or t.lower_ == "to"
           for t in verb.subtree if t.i > verb.i and t.i not in second):
        return []
    return [x for o in prep_objects(verb, "on", "upon") for x in (o, *(a for a in o.children if a.dep_ == "appos"))
            if any(k.startswith("person/") for k in m.keys(x))][:1]


def _dated(prep: Token) -> bool:
    """"on Sunday": a preposition whose object is a day."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def _someone(token: Token | None, m: Mentions) -> bool:
    """Whether one can meet what a noun names: "Peru's envoy" yes, "Peru's candidature" no, "the
    actress and activist Ana Ruiz" yes (a name among its conjuncts), "the speaker of the House, Ana
    Ruiz" yes (a person it is named as); "hosted 300 Afghans" no (a people)."""
    if token is not None and token.tag_ in ("NNS", "NNPS") and any(k.startswith("nation/") for k in m.keys(token)):
        return False  # "hosting vulnerable Afghans": a people, not its officials
    return token is not None and (bool(m.keys(token)) or acts_for_others(token)
                                  or any(m.keys(c) for c in token.conjuncts)
                                  or bool(named_in_apposition(token, m)))


def _following_people(verb: Token, m: Mentions) -> list[str]:
    """People named right after the verb, when the parser lost its object ("hosted A and B at ...")."""
    found: list[str] = []
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        keys = m.keys(token)
        if not keys and token.lower_ not in ("and", ",") and token.dep_ not in ("compound", "amod"):
            break
        found += [k for k in keys if k.startswith("person/") and k not in found]
    return found


#: Heads under which a meeting is still to come: "plans to meet", "agreed to meet", "is set to visit",
#: "is likely to visit", "is ready to hold talks", "is to travel to Lima to meet".
_PLANNING = INTENT_VERBS | WISH_VERBS | PLEDGE_VERBS | {"schedule", "set", "due", "go", "invite", "ask", "propose",
                                                      "try", "likely", "unlikely", "poised", "slate", "ready",
                                                      "willing", "prepared", "eager", "keen"}


#: Words opening a clause of time ("when X visits").
_WHEN_MARKS = {"when", "once", "whenever"}


#: Conferences held apart ("a video conference", "a videoconference").
_REMOTE = {"video", "telephone", "phone"}
_REMOTE_MEETINGS = {"videoconference", "teleconference", "videocall"}
#: Nouns of a telephone call, and the words that make a conversation one ("a telephonic conversation").
_CALL_NOUNS = {"call", "conversation"}
_PHONE_WORDS = _REMOTE | {"telephonic"}
#: Words a list of people with their titles runs through ("Mr. A, President of X, and Ms. B").
_LIST_WORDS = {",", "and", "of", "the", "(", ")", "."}


def _called_in_turn(noun: Token, m: Mentions) -> list[str]:
    """"had telephone conversations with A, President of X, B, Prime Minister of Y, and C": the people
    a call with a list names, each a call of their own (one rings one at a time). The list is read
    left to right, through names, titles, honorifics and nations, whatever the parser made of it."""
    if noun.lemma_.lower() not in _CALL_NOUNS or not (noun.lemma_.lower() == "call" or any(
            c.lower_ in _PHONE_WORDS for c in noun.children if c.dep_ in ("compound", "amod"))):
        return []
    start = next((p.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"), None)
    found: list[str] = []
    for token in noun.doc[start + 1:noun.sent.end] if start is not None else ():
        keys = m.keys(token)
        if not keys and token.lower_ not in _LIST_WORDS and token.lower_.rstrip(".") not in HONORIFICS \
                and not (token.pos_ == "PROPN" and token.is_title):
            break
        found += [k for k in keys if k.startswith("person/") and k not in found]
    return found


def _future(verb: Token) -> bool:
    """Whether the meeting is a plan: "will meet", "plans/is expected/agreed to meet", or a
    conjunct of such a verb ("will travel to Lima and meet ...")."""
    if verb.tag_ in ("VBP", "VBZ") and any(c.lower_ in _WHEN_MARKS and c.dep_ in ("advmod", "mark")
                                          for c in verb.children):
        return True  # "a conversation that delivers when they meet in June": a time to come
    token = verb
    while True:
        if has_aux(token, {"will", "would", "shall", "may", "might", "could"}):
            return True  # "will meet", and "might speak in the coming days": not yet
        if token.dep_ == "xcomp" and token.head.lemma_ == "be" and has_aux(token, {"to"}):
            return True  # "is to travel to Lima to meet X": arranged, not yet
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head  # "will travel to X before flying to Y for talks": the trip's tense
        elif token.dep_ == "advcl" and (has_aux(token, {"to"}) or any(
                c.dep_ == "advmod" and c.lower_ in _WHEN_MARKS for c in token.children)):
            pass  # "will name teams to discuss a plan": a purpose has the tense of the act it is for;
            # "are expected to sign it when X visits Lima": so has the time of a planned act
        elif token.dep_ not in ("xcomp", "conj", "prep") or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in _PLANNING or _looking_forward(token):
            return True


def _looking_forward(verb: Token) -> bool:
    """"looks forward to welcoming X": a meeting hoped for, not yet held."""
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def _a_meeting_of_its_own(noun: Token) -> bool:
    """"the October 6 meeting of Foreign Ministers": a meeting its own words date or give members to
    is that meeting, not "the meeting" just told of."""
    return any(o.tag_ in ("NNS", "NNPS") for o in prep_objects(noun, "of")) or any(
        c.ent_type_ == "DATE" for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "npadvmod"))


def _planned_subject(noun: Token) -> bool:
    """"Talks with X are expected to resume next week": talks that are the subject of a plan."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _PLANNING \
        and any(c.dep_ == "xcomp" for c in noun.head.children)


def _titled_meeting(noun: Token) -> bool:
    """"Joint Statement on Ruritania-Peru Trade Meeting in Lima": a meeting named in a heading."""
    return noun.pos_ == "PROPN" and noun.is_title and is_heading(noun.sent)


def _noun_participants(noun: Token, m: Mentions) -> tuple[str, ...]:
    """People named as owners ("their talks"), "between X and Y", "with X", or hosts of the noun."""
    found = list(actors(child(noun, "poss"), m))
    between = [k for o in prep_objects(noun, "between") for k in actors(o, m)]
    between += [k for o in prep_objects(noun, "between", "with") for g in (o, *o.conjuncts)
                for x in participle_agents(g, "lead", "head") for k in actors(x, m)]  # "delegations led by A and B"
    found += between + [k for o in (*prep_objects(noun, "with", "of"), *_with_on_the_place(noun))
                        for k in actors(o, m)]
    held_by = [held for held in noun.children if held.dep_ == "acl" and held.tag_ == "VBN"]  # "a meeting held between"
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _HOLD_VERBS:  # "talks were held in Lima between"
        held_by.append(noun.head)
    found += [k for held in held_by for o in prep_objects(held, "between", "with") for k in actors(o, m)]
    found += [k for c in noun.children if c.dep_ in ("compound", "nmod") for k in m.keys(c)]
    if noun.lemma_.lower() == "call":  # "paid a courtesy call on Ruiz and Dahl" (not "talks on Peru": a subject)
        found += [k for x in _called(noun) for k in actors(x, m) if k.startswith("person/")]
    found += [k for o in participle_agents(noun, "attend") for k in actors(o, m)]  # "a summit attended by Ruiz"
    verb = _governing_verb(noun)
    if verb is not None and len(people_and_nations(tuple(between))) < 2 \
            and (not found or verb.lemma_.lower() in _HOLD_VERBS | TRAVEL_VERBS or _around(noun)):
        # not "following the call between A and B, C and D discussed ...": those talks are A's and B's
        found += listed_actors(subject(verb), m)
        found += [k for o in prep_objects(verb, "with") for k in actors(o, m)]
        if noun.lemma_.lower() == "call":  # "made a phone call today to President X": "to" hung on the verb
            found += [k for o in prep_objects(verb, "to") for k in actors(o, m) if k.startswith("person/")]
        if _around(noun) and verb.lemma_.lower() in _TELLING_VERBS:  # "at the meeting, Ruiz told the envoy"
            found += actors(child(verb, "dobj", "dative"), m)
        if verb.lemma_.lower() in TRAVEL_VERBS and len(found) < 2:  # "arrived in Lima for consultations"
            found += [k for o in prep_objects(verb, "in", "to") for k in m.keys(o) if k.startswith("nation/")]
    visitors = people_and_nations(tuple(found))
    if noun.lemma_.lower() == "visit" and visitors:  # "Ruiz's state visit to Peru": the host (a visitor named),
        # Peru's head if the article names one
        found += [_head_met(k, noun.sent, m) for o in prep_objects(noun, "to") for k in actors(o, m)]
    return sides_of(tuple(dict.fromkeys(people_and_nations(tuple(found)))), m)


def _with_on_the_place(noun: Token) -> list[Token]:
    """"held a breakfast in Lusaka with X": the parser may hang "with X" on the place the meeting
    was in; whoever it names was met there."""
    return [o for place in prep_objects(noun, "in", "at") for o in prep_objects(place, "with")]


def _a_meeting_noun(noun: Token) -> bool:
    """"talks", "a call", and a conference held by video or telephone ("held a video conference"),
    not any conference (a gathering of many, where no two are said to meet)."""
    return (noun.lemma_.lower() in MEETING_NOUNS or noun.lemma_.lower() in _REMOTE_MEETINGS or
            noun.lemma_.lower() == "conference" and any(c.lower_ in _REMOTE for c in noun.children
                                                         if c.dep_ == "compound")) \
        and not any(c.lower_ in _NOT_TALKS for c in noun.children if c.dep_ in ("compound", "amod"))


#: Kinds of session or visit that bring no two sides together to talk ("the first training session",
#: "a photo session", "a site visit").
_NOT_TALKS = {"training", "photo", "information", "practice", "study", "field", "site", "roll", "sales", "recording",
              "question", "voting"}


#: Prepositions that give what a talk is about.
_ABOUT = {"about", "on", "regarding", "over"}


def _talked_of(noun: Token) -> bool:
    """"They talked about the upcoming summit", "discussed the G7 meeting", "discussed Peru": what a
    talk is about (a meeting talked of is no meeting of those who talk, a nation discussed no one met)."""
    prep = _preposition(noun)
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "discuss" or prep is not None \
        and prep.lower_ in _ABOUT and prep.head.lemma_.lower() in TALK_VERBS


def _governing_verb(noun: Token) -> Token | None:
    """The verb a meeting noun is the object of, directly, through a preposition ("return for talks",
    "is on a visit") or through a measure ("held a second round of talks")."""
    prep = _preposition(noun)
    head = prep.head if prep is not None and prep.dep_ == "prep" else noun.head
    if head.lemma_.lower() in _MEASURES and head.dep_ == "dobj" and prep is not None and prep.lower_ == "of":
        head = head.head
    on_it = head.pos_ == "AUX" and prep is not None and prep.lower_ == "on"  # "X, who is on a visit to Peru"
    return head if (head.pos_ == "VERB" or on_it) and noun.dep_ in ("dobj", "pobj") else None


def _appeal(noun: Token, m: Mentions) -> bool:
    """"her call to action", "a call for calm": a call made to no one is an appeal, not a telephone call."""
    return noun.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "to" and not any(m.keys(x) for x in _called(noun)))
        for c in noun.children)


def _called(noun: Token) -> tuple[Token, ...]:
    """Whom a call is paid to ("on X", "to X") and the name set beside an office after a comma: "a
    call to the Governor-General of Ruritania, Sir Y, at ..." is Y (the parser may hang Y on the
    office, the call or the verb: read by position)."""
    doc, objects = noun.doc, prep_objects(noun, "on", "to")
    offices = [o for o in objects if o.pos_ == "PROPN"]  # not "a call to action, Y said"
    starts = [next((c.left_edge.i for c in o.children if c.dep_ == "appos"),
                   o.right_edge.i + (1 if o.right_edge.text == "," else 2)) for o in offices]
    beside = [t for i in starts if i < len(doc) and doc[i - 1].text == ","
              for t in takewhile(lambda t: not t.is_punct, doc[i:i + 6])]
    return (*objects, *beside)


def _wished(noun: Token, verb: Token) -> bool:
    """"hoped the president would pay a visit to Ruritania", "hope to hold talks soon": a meeting
    someone wishes for, not even a plan (not "hoped the talks would bring peace": talks held)."""
    return noun.dep_ in ("dobj", "pobj") and any(a.lemma_.lower() in WISH_VERBS - {"expect"}
                                                  for a in [verb, *verb.ancestors][:3])


def meeting_noun(doc: Doc, m: Mentions, article_id: str) -> Iterator[Meeting]:
    """A meeting noun with its participants; a bare "the meeting" gets them from context later."""
    for noun in doc:
        if not _a_meeting_noun(noun) or noun.pos_ != "NOUN" and not _titled_meeting(noun) or noun.i in m.noise \
                or _appeal(noun, m) or _talked_of(noun) or _with_no_one_named(noun, m, "between"):
            continue  # ("resuming conversations between theater commanders": not the subject's)
        people = _noun_participants(noun, m)
        if _with_no_one_named(noun, m) and _unnamed_counterpart(noun, people, m):
            continue  # "Ruiz and her deputy convened a meeting with state leaders": not each other
        if noun.lemma_.lower() in _TOURING and _a_tour([k for o in prep_objects(noun, "to") for k in actors(o, m)]):
            continue  # "Ruiz departed for visits to Peru, Lagonia and Ruritania"
        definite = any(c.lower_ in _DEFINITE for c in noun.children if c.dep_ == "det")
        if not people and not definite or len(people) < 2 and _a_meeting_of_its_own(noun):
            continue  # (one side named: not "the meeting" of the people just told of, whom discourse would give)
        verb = (_governing_verb(noun) if noun.dep_ == "pobj" else None) or \
            (noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") else noun)
        around = _around(noun)
        while around and verb.dep_ == "xcomp":
            verb = verb.head  # "agreed to double trade after talks": the talks are as past as the agreeing
        if _called_off(noun) or not around and modality(verb) is Modality.NEGATED or _wished(noun, verb) \
                or verb.pos_ in ("VERB", "AUX") and has_aux(verb, HEDGES):  # "a meeting could take place"
            continue  # "failed to agree after five hours of talks": the talks took place
        planned = Modality.INTENDED if verb != noun and verb.pos_ in ("VERB", "AUX") and _future(verb) \
            or any(c.lower_ in _COMING for c in noun.children) or _planned_subject(noun) \
            else Modality.ASSERTED  # "will host talks"
        called = _called_in_turn(noun, m)
        callers = tuple(k for k in people if k not in called)
        for sides in ([(*callers, k) for k in called] if len(called) > 1 and callers else [people]):
            yield Meeting(sides, noun.lemma_.lower(), place([noun, verb], m), when(noun.sent, m),
                          planned, evidence(noun.sent, article_id, "meeting_noun", 0.6))
