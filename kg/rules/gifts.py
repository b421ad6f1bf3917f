"""Gifts: "X presented Y with Z", "X gave Y Z", "X gave Z to Y", "X gifts Y Z", "among the gifts X
brought for Y was Z"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg import nlp, quantities
from kg.facts import Gift, Modality
from kg.lexicon import (
    COUNTERPART_WORDS,
    CURRENCY_UNITS,
    GENERIC_GIFTS,
    GIFT_IF_SAID,
    GIFT_VERBS,
    GROUP_HEADS,
    GUEST_WORDS,
    PERFORMATIVE_ADJECTIVES,
    RECEIVE_VERBS,
)
from kg.mention_types import Mentions
from kg.mentions import is_heading
from kg.rules.common import (
    actors,
    child,
    evidence,
    has_aux,
    linear_phrase,
    listed_actors,
    modality,
    people_and_nations,
    phrase,
    place,
    prep_objects,
    said_to_be_gift,
    sides_of,
    subject,
    title_clause,
    when,
)

#: Things one "gives" that are not gifts ("gave a speech", "gave support").
NOT_GIFTS = {"speech", "address", "remarks", "interview", "credit", "support", "assurance",
             "assurances", "briefing", "statement", "warning", "approval", "permission",
             "update", "thanks", "opportunity", "chance", "signal", "boost", "push", "way",
             "tour", "welcome", "reception", "priority", "attention", "details", "answer",
             "grant", "loan", "aid", "assistance", "funding", "fund", "funds", "package", "donation", "donations",
             "money", "budget", "investment", "access", "guarantee", "guarantees", "skills",
             "confidence", "awareness", "experience", "advice", "hope", "strength", "voice",
             "power", "authority", "responsibility", "insight", "knowledge", "training",
             "education", "courage", "time", "rise", "birth", "life", "lives", "reason",
             "consideration", "room", "name", "honor", "honour", "award", "prize", "medal",
             "distinction", "recognition", "tribute", "benefit", "break", "relief", "pause",
             "space", "freedom", "hand", "nod", "light", "go-ahead", "blessing", "mandate",
             "platform", "seat", "say", "consent", "edge", "lift", "lead", "legacy", "love", "friendship",
             "gratitude", "wisdom", "leadership", "service", "example", "inspiration", "talent",
             # papers and demands handed over ("an ultimatum", "a letter of protest", "a copy of the report")
             # aid goods handed over ("a consignment of medical supplies", "10,000 doses")
             "consignment", "shipment", "supplies", "vaccines", "doses", "medicines", "ventilators", "masks",
             "ultimatum", "deadline", "letter", "note", "message", "list", "demand", "demands", "plan",
             "proposal", "proposals", "report", "document", "documents", "dossier", "petition",
             "invitation", "request", "memo", "draft", "text", "credentials", "evidence", "file", "files",
             # people handed over, and hospitality ("the suspects", "a state dinner")
             "suspect", "suspects", "prisoner", "prisoners", "detainee", "detainees", "hostage", "hostages",
             "fugitive", "fugitives", "captive", "captives", "remains", "body", "bodies", "soldier", "soldiers",
             "dinner", "lunch", "banquet", "breakfast", "ceremony", "party", "control", "custody"}


def _recipient_and_items(verb: Token, m: Mentions) -> tuple[Token | None, list[Token]]:
    """Who receives and what is given, across the English gift frames. The objects are told apart
    by what they are, not only by their labels: the parser may call the recipient of "sent her
    counterpart X a football" an object and X a dative, or hang the thing given on the recipient
    (see `_object_after`)."""
    verb = title_clause(verb, m) or verb  # "presented visiting President X with a vase"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"]
    with_objs = prep_objects(verb, "with")
    dobj = child(verb, "dobj")
    onto = ("to", "on", "upon") if verb.lemma_.lower() == "bestow" else ("to",)  # "bestowed a medal on X"
    to_objs = [verb.head if o.tag_ == "WP" and verb.dep_ == "relcl" else o  # "X, to whom Y gave Z": X
               for o in prep_objects(verb, *onto)] or _to_on_the_thing(dobj, m, onto)
    if dobj is not None and with_objs and child(verb, "dative") is None:  # presented Y with Z (not "gave Y
        return dobj, [with_objs[0], *with_objs[0].conjuncts]  # a panel with five columns": that has a dative)
    named = _name_on_the_thing(dobj, m)
    if dobj is not None and named is not None and not to_objs and child(verb, "dative") is None:
        return named, [dobj, *dobj.conjuncts]
    receivers = sorted((o for o in objects if actors(o, m)), key=lambda o: not m.keys(o))  # names first
    things = [o for o in objects if o not in receivers and o.lemma_.lower() not in GROUP_HEADS]  # "her counterpart"
    if receivers and not to_objs:                      # gave Y Z
        item = things[0] if things else \
            next(filter(None, map(_object_after, receivers)), None) or _thing_after(receivers[0], m)
        return (receivers[0], [item, *item.conjuncts]) if item is not None else (None, [])
    dobj = dobj if dobj is not None or not to_objs else _stray_object(verb)
    if dobj is not None and to_objs:                   # gave Z to Y
        return to_objs[0], [dobj, *dobj.conjuncts]
    return None, []


def _name_on_the_thing(thing: Token | None, m: Mentions) -> Token | None:
    """"presented Ruritanian President X reprints of two paintings": the parser may read the
    recipient's name as a compound of the bare plural given; a person's name that opens the
    thing's words is the recipient (not "the Ruiz government": a determiner opens that)."""
    if thing is None or not (thing.pos_ == "NOUN" or thing.pos_ == "PROPN" and is_heading(thing.sent)) \
            or m.keys(thing):  # in a title-case headline ("Ruiz Gives Dahl Book") the thing is tagged a name
        return None
    return next((c for c in thing.lefts if c.dep_ == "compound" and c.left_edge == thing.left_edge and any(
        k.startswith("person/") for k in actors(c, m))), None)


def _to_on_the_thing(thing: Token | None, m: Mentions, onto: tuple[str, ...] = ("to",)) -> list[Token]:
    """"gifted a tea set to Ruritanian President X": the parser may hang "to X" on the thing given
    rather than on the verb, or deeper in its words ("a pair of hunting dogs to X", "hunting" read as
    a clause); an actor there is the recipient."""
    if thing is None or actors(thing, m):
        return []
    return [o for t in thing.subtree if t.lower_ in onto and t.dep_ == "prep" and t.head.tag_ != "VBN"
            for o in prep_objects(t.head, t.lower_) if actors(o, m)]  # not "helicopters gifted by X to Y": X's


def _object_after(recipient: Token) -> Token | None:
    """"gave Ruritanian President X a carved stool": the parser may hang "a carved stool" on the
    recipient as an apposition, or on the name in apposition to it ("gave his counterpart, X, a
    stool"). An indefinite noun phrase in apposition there is the thing given (a name in
    apposition, "his counterpart X", is the recipient's; of two, the first set off by commas
    describes the recipient)."""
    names = [c for c in recipient.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    found = sorted((c for holder in (recipient, *names) for c in holder.children if c.dep_ == "appos"
                    and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.text.islower())  # "a rugby jersey" read as a name
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)), key=lambda c: c.i)
    if len(found) > 1 and _between_commas(found[0]):
        found = found[1:]  # "gave X, an avid fan of clocks, a first edition": the first describes X
    return found[0] if found else None  # the first: a comment may follow it ("- a reminder that ...")


def _between_commas(phrase: Token) -> bool:
    """Whether a noun phrase is set off by a comma on each side (", an avid fan of clocks,")."""
    doc, start, end = phrase.doc, phrase.left_edge.i, phrase.right_edge.i
    return start > 0 and doc[start - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","


def _thing_after(recipient: Token, m: Mentions) -> Token | None:
    """"handed Ruritanian Prime Minister X a box of dates", "gave his counterpart X a statue": the
    parser may read the name as a clause of its own and hang the thing on it. An indefinite noun
    phrase ("a", "an", a number) right after the recipient's words (a counterpart's name among
    them) is the thing given, whatever the arcs say."""
    doc, keys, end = recipient.doc, m.keys(recipient), recipient.i
    while end + 1 < recipient.sent.end and m.keys(doc[end + 1]) == keys:
        end += 1
    if not keys and recipient.lower_ in COUNTERPART_WORDS | GUEST_WORDS:  # "his counterpart X a statue": X is he
        named = m.keys(doc[end + 1]) if end + 1 < recipient.sent.end else ()
        while named and end + 1 < recipient.sent.end and m.keys(doc[end + 1]) == named:
            end += 1
    start = end + 1
    if start < recipient.sent.end and doc[start].tag_ == "NNS" and doc[start].pos_ == "NOUN":
        return doc[start]  # "gifted his counterpart X replicas of two copper plates": a bare plural
    if start >= recipient.sent.end or not (doc[start].lower_ in ("a", "an") or doc[start].like_num):
        return None
    return next((t for t in doc[start:recipient.sent.end] if t.pos_ == "NOUN" and t.left_edge.i == start), None) \
        or _last_noun_of_run(doc[start:recipient.sent.end])


#: Tags of the words a noun phrase runs through before its last noun ("two Lagonian hunting dogs").
_PHRASE_TAGS = {"DT", "CD", "JJ", "NN", "NNS", "NNP", "VBG", "VBN", "HYPH"}


def _last_noun_of_run(words: Span) -> Token | None:
    """The noun that ends the phrase opening these words, however the parser split it ("two Lagonian
    hunting dogs" with "hunting" read as a clause): the last word of the run of phrase words, if a
    common noun."""
    run = next((i for i, t in enumerate(words) if t.tag_ not in _PHRASE_TAGS), len(words))
    return words[run - 1] if run > 1 and words[run - 1].pos_ == "NOUN" else None


def _passive_roles(verb: Token, m: Mentions) -> tuple[tuple[str, ...], Token | None, list[Token]]:
    """"Y was given Z by X", "Y was presented with Z by X", "Z was given by X to Y": givers,
    recipient and items."""
    recipient = child(verb, "nsubjpass")
    items = [c for c in verb.children if c.dep_ == "dobj"] or prep_objects(verb, "with")
    to = prep_objects(verb, "to")
    if recipient is not None and not items and to and not actors(recipient, m):
        recipient, items = to[0], [recipient]  # the thing given is the subject
    agents = [o for t in (verb, *items) for o in prep_objects(t, "by")]
    givers = tuple(k for a in agents for k in actors(a, m))
    return givers, recipient, [x for i in items[:1] for x in (i, *i.conjuncts)]


def _roles(verb: Token, m: Mentions) -> tuple[tuple[str, ...], Token | None, list[Token]]:
    """Givers, the recipient's token and the items of a giving verb, active or passive, or a
    participle on the thing given ("a painting, sent by X to Y as a token of friendship, was ...")."""
    if child(verb, "nsubjpass") is not None:
        return _passive_roles(verb, m)
    adjective = _gifted_read_as_adjective(verb)  # "A falcon was gifted to X (by Y)": the thing is the subject
    if adjective or verb.dep_ == "acl" and (verb.tag_ == "VBN" or prep_objects(verb, "by")):  # (the model may
        # tag the participle VBD)
        thing = child(verb.head, "nsubj") if adjective else verb.head
        givers = tuple(k for a in prep_objects(verb, "by") for k in actors(a, m))
        return givers, next(iter(prep_objects(verb, "to")), None), [thing] if thing is not None else []
    headline = _headline_passive(verb, m)
    if headline:  # "Ruiz given replica sword by Dahl"
        return headline, child(verb, "nsubj"), [x for i in [child(verb, "dobj")] if i is not None
                                                for x in (i, *i.conjuncts)]
    recipient, items = _recipient_and_items(verb, m)
    return actors(subject(verb), m), recipient, items


def _gifted_read_as_adjective(token: Token) -> bool:
    """"A falcon was gifted to X": the parser may read "gifted" as the adjective (talented) after "was";
    with "to" after it, it is the passive of giving."""
    return token.lower_ == "gifted" and token.pos_ == "ADJ" and token.dep_ == "acomp" \
        and token.head.lemma_ == "be" and bool(prep_objects(token, "to"))


def _headline_passive(verb: Token, m: Mentions) -> tuple[str, ...]:
    """"Ruiz given replica sword by Dahl": a headline drops the passive's "was"; the parser reads
    "given" as a past tense with Ruiz its subject. The actors after "by" (on the verb or the thing)
    are the givers, when "given" has no auxiliary."""
    thing = child(verb, "dobj")
    if verb.lower_ != "given" or thing is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return ()
    return tuple(k for t in (verb, thing) for a in prep_objects(t, "by") for k in actors(a, m))


def _stray_object(verb: Token) -> Token | None:
    """"present to you, as a personal gift, the bell": after the parenthesis the parser hangs the
    object anywhere (the catch-all label "dep") or in apposition to "gift"; the first such noun."""
    return next((t for t in verb.doc[verb.i + 1:verb.sent.end] if t.pos_ == "NOUN" and
                 (t.dep_ == "dep" or (t.dep_ == "appos" and t.head.lower_ in GENERIC_GIFTS))), None)


def gift_given(doc: Doc, m: Mentions, article_id: str) -> Iterator[Gift]:
    """One Gift per item given by a known giver to a known recipient."""
    for verb in doc:
        adjective = _gifted_read_as_adjective(verb)  # "was gifted to X", the parser's adjective
        lemma = "gift" if adjective else verb.lemma_.lower()
        if (verb.pos_ != "VERB" and not adjective) or verb.i in m.noise or not (
                lemma in GIFT_VERBS or lemma in GIFT_IF_SAID and said_to_be_gift(verb.sent, GIFT_IF_SAID[lemma])
                or _sent_keepsake(verb, m)):
            continue
        givers, recipient_token, items = _roles(verb, m)
        givers = people_and_nations(givers)
        passive = child(verb, "nsubjpass") is not None or adjective
        if not givers and passive and items and _an_object(_thing_named(items[0])) \
                and (lemma == "gift" or _among_gifts(verb.sent)):
            givers = (UNNAMED_GIVER,)  # "At the palace, Ruiz was presented with a vase"
        recipients = _recipients(actors(recipient_token, m), givers)
        mod = modality(verb)
        if not givers or not recipients or givers[0] == recipients[0] or mod is Modality.NEGATED \
                or _promised(verb) or _aid_handed_over(verb, givers[0], recipients[0]):
            continue
        items = _split_items([x for i in items for x in (_what_it_included(i, verb) or [_thing_named(i)])], m)
        for item in items:
            if item.lower_ in GENERIC_GIFTS and not _only_gifts_told(item, items) \
                    or m.keys(item) or item.pos_ == "PRON" or _no_present(item):
                continue
            others = frozenset(t.i for other in items if other is not item and other.i > item.i
                               for t in other.subtree) | _not_the_item(item) \
                | frozenset(t.i for o in _to_on_the_thing(item, m) for t in item.subtree if t.i >= o.head.i) \
                | frozenset(t.i for t in verb.subtree if verb.head == item) \
                | frozenset(t.i for c in item.lefts if m.keys(c) for t in c.subtree)  # "to X"; "a vase given to
            # X by Y"; the recipient's name the parser hung on the thing ("X replicas of ...")
            for recipient in _each_recipient(recipients):
                yield Gift(givers[0], recipient, phrase(item, exclude=others), place([verb], m),
                           when(verb.sent, m), mod, evidence(verb.sent, article_id, "gift_given", 0.85))


def _thing_named(item: Token) -> Token:
    """"gave Y a gift, a carved stool": the thing a generic present is named as."""
    named = _item_in_apposition(item) if item.lower_ in GENERIC_GIFTS else None
    return named if named is not None else item


def _only_gifts_told(item: Token, items: list[Token]) -> bool:
    """"presented gifts to X": a present whose thing the sentence does not name is still one (not
    "gave a gift, a vase" or "a token of friendship", which other words name)."""
    return all(i.lower_ in GENERIC_GIFTS for i in items) and _item_in_apposition(item) is None \
        and not prep_objects(item, "of")


#: Verbs of a transfer that, between two states, is aid handed over rather than a present.
_TRANSFERS = {"hand", "donate", "present"}


def _aid_handed_over(verb: Token, giver: str, recipient: str) -> bool:
    """"Ruritania handed over 50 patrol vehicles to Peru's police", "donated a million doses to
    Peru": a state's delivery to a state, no present between people."""
    return verb.lemma_.lower() in _TRANSFERS and giver.startswith("nation/") and recipient.startswith("nation/")


def _kind_of(item: Token) -> Token:
    """What an item is: "a copy of the report" is a report, "a signed copy of his memoir" a memoir."""
    of = prep_objects(item, "of") if item.lower_ in ("copy", "copies", "set", "pair", "piece") else []
    return of[0] if of else item


def _recipients(keys: tuple[str, ...], givers: tuple[str, ...]) -> tuple[str, ...]:
    """The people and nations that receive, a named person first: "sent his counterpart X" names
    the giver ("his") and the recipient (X) in one phrase."""
    found = [k for k in people_and_nations(keys) if k not in givers]
    return tuple(sorted(found, key=lambda k: not k.startswith("person/")))


def _each_recipient(recipients: tuple[str, ...]) -> tuple[str, ...]:
    """"brought a gift to King A and President B": each of several people named receives it; else
    the first recipient (a person before the nation named with them)."""
    people = tuple(k for k in recipients if k.startswith("person/"))
    return people if len(people) > 1 else recipients[:1]


#: Prepositions on an item that tell the circumstances of the giving, not the thing given
#: ("a football in return", "a present through the embassy", "a tray by X" in a passive).
_CIRCUMSTANCE = {"in", "as", "through", "during", "at", "on", "for", "via", "by"}


def _not_the_item(item: Token) -> frozenset[int]:
    """Tokens under an item that are not the item: its owner ("X's present") and the
    circumstances the parser hung on it (`_CIRCUMSTANCE`)."""
    in_return = [p for p in item.subtree if p.lower_ == "in" and any(o.lemma_ in ("return", "exchange")
                                                                     for o in p.children)]
    return frozenset(t.i for c in [*item.children, *in_return]
                     if c.dep_ == "poss" or c.dep_ in ("prep", "agent") and c.lower_ in _CIRCUMSTANCE
                     and not _counted_for(c)
                     for t in c.subtree)  # "a coffee set in return": the parser may hang it deeper


def _counted_for(prep: Token) -> bool:
    """"a certificate for 20 antelopes", "a cheque for $5,000": "for" and a count is what the thing
    is worth or stands for, part of it (not "a vase for his birthday")."""
    return prep.lower_ == "for" and any(c.dep_ == "nummod" or c.like_num for o in prep.children
                                        for c in (o, *o.children))


def gift_received(doc: Doc, m: Mentions, article_id: str) -> Iterator[Gift]:
    """"Y received X's present", "Y accepted a carved stool, a gift from X", "Y received a horse as a
    gift from X": the subject receives, the giver is the item's owner or "from X" (on the verb, the
    item or the noun that calls it a gift)."""
    for verb in doc:
        if verb.lemma_.lower() not in RECEIVE_VERBS or verb.pos_ != "VERB" or verb.i in m.noise:
            continue
        item = min(filter(None, [child(verb, "dobj"), *map(_object_after, prep_objects(verb, "from"))]),
                   key=lambda t: t.i, default=None)
        if item is None or m.keys(item):
            continue  # (the thing may hang on the giver's name: "received from her host, X, a vase - a ...")
        gift_nouns = [item, *(c for c in item.children if c.dep_ == "appos" and c.lower_ in GENERIC_GIFTS),
                      *(o for t in (verb, item) for o in prep_objects(t, "as") if o.lower_ in GENERIC_GIFTS)]
        # "a horse as a gift" (the parser may hang "as" on the horse)
        called = any(t.lower_ in GENERIC_GIFTS for t in gift_nouns)
        owners = [k for g in gift_nouns for k in actors(child(g, "poss"), m)]
        sources = [k for t in (verb, *gift_nouns) for o in prep_objects(t, "from") for k in actors(o, m)]
        givers = people_and_nations(tuple(owners + sources)) or _given_back(verb, m)
        among = _an_object(item) and _among_gifts(verb.sent)  # "Dahl received a lacquered tray" among gifts
        givers = givers or ((UNNAMED_GIVER,) if among else ())
        recipients = _recipients(actors(subject(verb), m), givers)
        if not called and not among and not _keepsake_between_people(item, givers, recipients) \
                and not _returned_present(verb, item):
            continue  # "received a delegation", "received $5 million": only what is called a gift
        if not givers or not recipients or modality(verb) is Modality.NEGATED or _promised(verb):
            continue
        named = [*prep_objects(item, "of"), *(c for c in item.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
        name = item if item.lower_ not in GENERIC_GIFTS else next(iter(named), item)  # "X's present, a bowl"
        source = frozenset(t.i for p in name.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree)
        besides = [o for t in (verb, *item.subtree) for o in _along_with(t)]
        along = frozenset(t.i for o in besides for t in o.head.head.subtree)  # "along with ...": not the first's
        for thing in [name, *filter(_an_object, besides)]:
            excluded = _not_the_item(thing) | source | frozenset(t.i for g in gift_nouns[1:] for t in g.subtree) \
                | (along if thing is name else frozenset())
            yield Gift(givers[0], recipients[0], phrase(thing, exclude=excluded), place([verb], m),
                       when(verb.sent, m), Modality.ASSERTED, evidence(verb.sent, article_id, "gift_received", 0.75))


def _along_with(token: Token) -> list[Token]:
    """"received a score along with a trumpet": the things received besides (the parser may hang
    "along with" on the verb or on a word of the thing)."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ == "along" for o in prep_objects(p, "with")]


def _in_return(verb: Token) -> bool:
    """"received a rug in return": what comes back for a present is a present (the parser may hang
    "in return" on the thing)."""
    thing = child(verb, "dobj")
    return any(o.lower_ in ("return", "exchange") for t in (verb, *(thing.subtree if thing is not None else ()))
               if t.pos_ in ("VERB", "NOUN", "PROPN") for o in prep_objects(t, "in"))


def _returned_present(verb: Token, item: Token) -> bool:
    """"received a rug in return" is a present; "received $5 million / praise in return" is none."""
    return _in_return(verb) and not _no_present(item)


def _no_present(item: Token) -> bool:
    """A thing given that is no present: help, words, a quality or a sum ("$5 million", "praise"; not
    "a $935 fountain pen", a thing with its price)."""
    priced = item.pos_ == "NOUN" and item.ent_type_ != "MONEY" and item.lower_ not in CURRENCY_UNITS \
        and any(c.dep_ == "det" for c in item.children)
    return _kind_of(item).lower_ in NOT_GIFTS or _abstract(item) \
        or quantities.money(phrase(item, keep_conjuncts=True)) is not None and not priced


def _given_back(verb: Token, m: Mentions) -> tuple[str, ...]:
    """"When X gave Y a vase, he received a rug in return": the one X gave to, in this sentence or
    the one before, gives back."""
    if not _in_return(verb):
        return ()
    receivers = set(actors(subject(verb), m))
    told = verb.doc[verb.doc[max(verb.sent.start - 1, 0)].sent.start:verb.sent.end]
    return tuple(dict.fromkeys(
        k for other in told if other.i != verb.i and other.pos_ == "VERB" and other.lemma_.lower() in GIFT_VERBS
        for givers, recipient, _ in [_roles(other, m)] if receivers & set(givers) for k in actors(recipient, m)))


def gift_exchanged(doc: Doc, m: Mentions, article_id: str) -> Iterator[Gift]:
    """"the two leaders exchanged gifts": each gave the other one (what, the sentence may not say)."""
    for verb in doc:
        if verb.lemma_.lower() != "exchange" or verb.pos_ != "VERB" or verb.i in m.noise:
            continue
        item = child(verb, "dobj")
        if item is None or item.lemma_.lower() not in ("gift", "present", "souvenir") \
                or any(c.dep_ in ("det", "poss") for c in item.children):
            continue  # "exchanged the presents" refers back to gifts the article has told
        sides = sides_of(people_and_nations(listed_actors(subject(verb), m) +
                                            tuple(k for o in prep_objects(verb, "with") for k in actors(o, m))), m)
        if len(sides) != 2 or modality(verb) is Modality.NEGATED or _promised(verb):
            continue
        gifts = [(sides[0], sides[1], item), (sides[1], sides[0], item)]
        gifts += [(next(side for side in sides if side != recipient), recipient, thing)
                  for recipient, thing in _exchanged_items(verb, sides, m)]
        for giver, recipient, thing in gifts:
            yield Gift(giver, recipient, phrase(thing), place([verb], m), when(verb.sent, m),
                       Modality.ASSERTED, evidence(verb.sent, article_id, "gift_exchanged", 0.7))


def _exchanged_items(verb: Token, sides: tuple[str, ...], m: Mentions) -> Iterator[tuple[str, Token]]:
    """"exchanged gifts, with Ruiz receiving a vase and Dahl being presented with a rug": each side
    told receiving a thing, in a clause the "with" of the exchange opens."""
    told = [v for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
            for c in p.children if c.dep_ == "pcomp" for v in (c, *c.conjuncts)]
    for clause in told:
        lemma = clause.lemma_.lower()
        thing = child(clause, "dobj") if lemma in RECEIVE_VERBS else \
            next(iter(prep_objects(clause, "with")), None) if lemma in GIFT_VERBS and child(clause, "auxpass") else None
        recipient = next((k for k in actors(subject(clause), m) if k in sides), None)
        if thing is not None and recipient is not None and not m.keys(thing):
            yield recipient, thing


def gift_noun(doc: Doc, m: Mentions, article_id: str) -> Iterator[Gift]:
    """"X thanked Y for the gift of Z", "Y's gift of Z to X": a named item given as a gift."""
    for noun in doc:
        if noun.lemma_.lower() not in ("gift", "present") or noun.pos_ != "NOUN" or noun.i in m.noise:
            continue
        items = prep_objects(noun, "of") or _called_a_gift(noun)
        if not items or m.keys(items[0]) or _kind_of(items[0]).lower_ in NOT_GIFTS:
            continue  # "her legacy, her gift to us": a figure of speech
        thank = noun.head.head if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() == "thank" else None
        givers = actors(child(noun, "poss"), m) or (actors(child(thank, "dobj"), m) if thank else ()) \
            or tuple(k for o in prep_objects(noun, "from") for k in actors(o, m))
        holders = (noun, noun.head) if noun.dep_ == "attr" else (noun,)  # "was a gift from X to Y": "to Y" on "was"
        recipients = [k for h in holders for o in prep_objects(h, "to", "for") for k in actors(o, m)] \
            or (list(actors(subject(thank), m)) if thank else [])
        if not givers or not recipients or givers[0] == recipients[0]:
            continue
        verb = thank or noun.head
        if modality(verb) is Modality.NEGATED:
            continue
        item = max(phrase(items[0]), linear_phrase(items[0]), key=len)
        yield Gift(givers[0], recipients[0], item, place([verb], m), when(noun.sent, m),
                   Modality.ASSERTED, evidence(noun.sent, article_id, "gift_noun", 0.75))


def gift_included(doc: Doc, m: Mentions, article_id: str) -> Iterator[Gift]:
    """"The gifts to Ruiz include a pen from Dahl; a map from Soto", or "They include ..." after "gifts
    delivered to Ruiz": each thing listed with its own "from" giver, given to the one the gifts
    went to."""
    for verb in doc:
        if verb.lemma_.lower() != "include" or verb.pos_ != "VERB" or verb.i in m.noise:
            continue
        recipients = next((found for gifts in _gifts_meant(subject(verb))
                           if (found := [k for k in _gifts_went_to(gifts, m) if k.startswith(("person/", "nation/"))])),
                          [])
        first = child(verb, "dobj")
        if not recipients or first is None or modality(verb) is Modality.NEGATED:
            continue
        for item in (first, *first.conjuncts):
            own = [t for t in item.subtree if t.i not in _listed_after(item)]
            givers = [k for t in own if t.dep_ == "pobj" and t.head.lower_ == "from" for k in actors(t, m)]
            if not givers or givers[-1] == recipients[0] or _no_present(item) or m.keys(item):
                continue
            aside = frozenset(t.i for f in own if f.lower_ == "from" for t in f.subtree) | _listed_after(item)
            yield Gift(givers[-1], recipients[0], phrase(item, exclude=aside), place([verb], m),
                       when(verb.sent, m), Modality.ASSERTED, evidence(verb.sent, article_id, "gift_included", 0.7))


def _listed_after(item: Token) -> frozenset[int]:
    """The words of the things listed after an item, which the parser hangs on it as conjuncts."""
    return frozenset(t.i for c in item.children if c.dep_ in ("conj", "cc") for t in c.subtree)


def _gifts_meant(subj: Token | None) -> list[Token]:
    """The gift noun a subject is or, as "they" or "these", may refer to in the sentences before
    (nearest first, up to `_GIFT_TALK_REACH`)."""
    if subj is None:
        return []
    if _gifts_plural(subj):
        return [subj]
    if subj.lower_ not in ("they", "these"):
        return []
    found, sent = [], subj.sent
    for _ in range(_GIFT_TALK_REACH):
        before = nlp.sentence_before(sent)
        if before == sent:
            break
        found += [t for t in before if _gifts_plural(t)]
        sent = before
    return found


def _gifts_plural(token: Token) -> bool:
    """"gifts", "presents": the plural that a list of presents may say it is, or refer back to."""
    return token.lemma_.lower() in ("gift", "present") and token.tag_ == "NNS"


def _gifts_went_to(gifts: Token, m: Mentions) -> list[str]:
    """Whom gifts were given: "gifts to X", "gifts delivered to X", "gifts were delivered to X" (not
    "by foreign leaders")."""
    holders = [gifts, *(c for c in gifts.children if c.dep_ == "acl"), *([gifts.head] if gifts.dep_ == "nsubjpass"
                                                                          else [])]
    return [k for h in holders for o in prep_objects(h, "to", "for") for k in actors(o, m)]


def gift_among(doc: Doc, m: Mentions, article_id: str) -> Iterator[Gift]:
    """"Among the gifts X brought for Y was a ship model", "Among the gifts X brought to Lima was a
    cloth": the giver is the one who brought them, the recipient the one (or the capital) they were
    brought for or to, the item what the copula names (read along the words, as the parser hangs
    the clause in many ways)."""
    for among in doc:
        gifts = next((o for o in among.children if o.dep_ == "pobj" and o.lemma_.lower() in ("gift", "present")), None)
        if among.lower_ != "among" or gifts is None or among.i in m.noise:
            continue
        copula = next((t for t in doc[gifts.i + 1:among.sent.end] if t.lemma_ == "be"), None)
        if copula is None:
            continue
        clause = doc[gifts.i + 1:copula.i]
        to = next((t.i for t in clause if t.lower_ in ("for", "to")), copula.i)
        givers = people_and_nations(tuple(dict.fromkeys(k for t in doc[gifts.i + 1:to] for k in m.keys(t))))
        recipients = _recipients(tuple(dict.fromkeys(k for t in doc[to + 1:copula.i] for k in m.keys(t))), givers)
        item = child(copula, "attr") or next((t for t in doc[copula.i + 1:among.sent.end] if t.pos_ == "NOUN"
                                              and any(d.dep_ == "det" for d in t.children)), None)
        if not givers or not recipients or item is None or _kind_of(item).lower_ in NOT_GIFTS \
                or modality(copula) is Modality.NEGATED:
            continue
        for thing in (item, *item.conjuncts):
            yield Gift(givers[0], recipients[0], phrase(thing, exclude=_not_the_item(thing)), place([copula], m),
                       when(among.sent, m), Modality.ASSERTED, evidence(among.sent, article_id, "gift_among", 0.7))


def _called_a_gift(noun: Token) -> list[Token]:
    """The thing a sentence calls a gift: "the clock was a gift from X to Y" (the copula's
    subject), "X's gift to Y was a clock" (its complement), "X's gifts to Y included a clock" (its
    object), "a clock, a gift from X" (the noun the gift is in apposition to), "a gift from X to Y, a
    clock" (the noun in apposition to the gift)."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        found = child(noun.head, "nsubj")
    elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "X's gift to Y was a camera"
        found = child(noun.head, "attr")
    elif noun.dep_ == "nsubj" and noun.head.lemma_ == "include":  # "X's gifts to Y included a drum"
        found = child(noun.head, "dobj")
    elif noun.dep_ == "appos":
        found = noun.head
    else:
        found = _item_in_apposition(noun)
    if found is None:
        return []
    return [found] if found.pos_ in ("NOUN", "PROPN") and found.lower_ not in GENERIC_GIFTS else []


def _item_in_apposition(noun: Token) -> Token | None:
    """"A gift from X to Y, a carved shield, was shown": the item in apposition to the gift, which
    the small model often hangs on the last name before it instead (a thing, never a person)."""
    own = child(noun, "appos")
    if own is not None:
        return own
    names = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return next((a for o in names for a in o.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                 and a.lemma_.lower() not in GROUP_HEADS), None)  # "to Y, the Ruritanian president": Y again


def _promised(verb: Token) -> bool:
    """"will give", "will announce that X gives": a promise to give is a commitment, not a gift.
    "I am delighted to present ..." is the giving itself, said as it happens."""
    if verb.head.lower_ in PERFORMATIVE_ADJECTIVES and verb.dep_ == "xcomp":
        return False
    return any(has_aux(v, {"will", "would", "shall", "could", "may", "to"}) for v in (verb, *verb.ancestors))


#: What one person receives from another that is no present ("received a call from X"), nor
#: anything that is never a gift.
_NOT_KEEPSAKES = {"call", "calls", "visit", "visits", "delegation", "congratulations", "condolences", "degree",
                  "nomination", "vote", "votes", "response", "reply", "order", "orders", "instruction",
                  "instructions", "information", "intelligence", "news", "word", "payment", "payments",
                  "shipment", "delivery", "donation", "bribe", "bribes", "sentence", "fine", "pardon",
                  "salute", "standing", "ovation", "phone", "telephone", "visa", "passport", "copy", "letter",
                  "message", "note", "invitation", "team"} | NOT_GIFTS


def _keepsake_between_people(item: Token, givers: tuple[str, ...], recipients: tuple[str, ...]) -> bool:
    """"The queen received a beaded necklace from the first lady": a thing one named person receives
    from another, not called a gift, is one when it is an object."""
    people = all(k.startswith("person/") for k in (*givers[:1], *recipients[:1]))
    return bool(givers) and bool(recipients) and people and _an_object(item)


def _sent_keepsake(verb: Token, m: Mentions) -> bool:
    """"Ruiz sent President Dahl a porcelain vase": an object one person sends another, not called a
    gift, is one (not "sent Dahl a letter", nor "sent Peru a team")."""
    recipient, thing = child(verb, "dative"), child(verb, "dobj")
    return verb.lemma_.lower() == "send" and recipient is not None and thing is not None \
        and _keepsake_between_people(thing, actors(subject(verb), m), actors(recipient, m))


#: Determiners of one thing given ("a vase", "another falcon").
_ONE = {"a", "an", "another"}


def _an_object(item: Token) -> bool:
    """Whether a thing given is an object one keeps ("a necklace", not "a call", "a briefing",
    "$5 million" or "confidence")."""
    return item.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _ONE for c in item.children) \
        and _kind_of(item).lower_ not in _NOT_KEEPSAKES \
        and not item.like_num and not quantities.money(item.text)


#: The giver of a present a story of gifts tells without one ("Ruiz was presented with a vase"):
#: the discourse step gives it the one the recipient met, or drops the present.
UNNAMED_GIVER = ""
#: How many sentences before and after a giverless present may tell that presents are meant.
_GIFT_TALK_REACH = 2


def _among_gifts(sent: Span) -> bool:
    """Whether a sentence, or one near it, speaks of presents ("the exchange of gifts", "unusual
    gifts"): then an object someone was given or received with no giver named is one of them."""
    first = last = sent
    for _ in range(_GIFT_TALK_REACH):
        first, last = nlp.sentence_before(first), nlp.sentence_after(last)
    return said_to_be_gift(sent.doc[first.start:last.end], GENERIC_GIFTS)


def _abstract(item: Token) -> bool:
    """A bare singular noun ("gave students confidence") is a quality, not an object."""
    return item.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod")
                                         for c in item.children)


def _what_it_included(item: Token, verb: Token) -> list[Token]:
    """"gave her several presents, including a pen and a holder", "£10,000 worth of presents,
    including a pen": the things a gift that names no thing (or only its worth) included."""
    if item.lower_ not in GENERIC_GIFTS | {"worth"} and not quantities.money(phrase(item)):
        return []
    found = [o for h in (item, verb, *prep_objects(item, "of")) for o in prep_objects(h, "including")]
    return [x for o in found for x in (o, *o.conjuncts)]


def _split_items(items: list[Token], m: Mentions) -> list[Token]:
    """Add items the parser hung under an earlier item ("a bag signed by X and a putter")."""
    found = list(items)
    for item in items:
        found += [t for t in item.subtree if t.dep_ == "conj" and t.pos_ == "NOUN" and t not in found
                  and not m.keys(t) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)]
    return sorted(found, key=lambda t: t.i)
