"""Commitments: pledges, stated intentions, and promises made with "will"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import dropwhile, product, takewhile

from spacy.tokens import Doc, Span, Token

from kg import nlp, quantities
from kg.facts import Commitment, Kind, Modality, Quantity
from kg.lexicon import (
    ACT_NOUNS,
    ADVANCING_VERBS,
    AGREED_NOUNS,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    ANNOUNCE_VERBS,
    ASPECT_VERBS,
    BUDGET_NOUNS,
    BUDGET_VERBS,
    COMMITMENT_NOUNS,
    COUNTED_PLEDGE_VERBS,
    COURTESY_NOUNS,
    CURRENCY_UNITS,
    DECLARING_VERBS,
    DELIVERY_VERBS,
    EVENT_NOUNS,
    FIRM_WORDS,
    GIFT_IF_SAID,
    GOAL_NOUNS,
    HEDGES,
    HOSTILE,
    HOSTILE_NOUNS,
    HOSTILE_TO_AGREEMENTS,
    INTENT_NOUNS,
    INTENT_VERBS,
    LEADERS_GOVERNMENTS,
    LEGISLATURES,
    MECHANISM_WORDS,
    MEETING_NOUNS,
    MEETING_VERBS,
    NAMED_NON_STATE,
    NON_STATE,
    NOT_PROMISES,
    NOT_UNDERTAKINGS,
    PLAN_NOUNS,
    PLEDGE_VERBS,
    PRAISED_NOUNS,
    PRAISING_VERBS,
    PROGRAMME_WORDS,
    PROMISE_OBJECT_VERBS,
    PROPOSAL_NOUNS,
    READY_ADJECTIVES,
    RELATION_NOUNS,
    REPORT_VERBS,
    RESOLVE_NOUNS,
    STANCE_NOUNS,
    SUPPLY_NOUNS,
    TOGETHER_VERBS,
    UNDERTAKING_VERBS,
    UNDOING_VERBS,
    VIEW_NOUNS,
)
from kg.mention_types import Mentions
from kg.rules.common import (
    FUTURE,
    actors,
    acts_for_others,
    batch_held,
    behalf_of,
    child,
    evidence,
    forecast,
    governing_verb,
    has_aux,
    hearsay,
    included,
    keeps,
    listed_actors,
    modality,
    nations_in,
    nearest_subject,
    phrase,
    prep_objects,
    reporters,
    rumoured,
    said_to_be_gift,
    sides_of,
    story_sides,
    subject,
    when,
    without_companies,
)

_OBLIGATION = FUTURE | {"should", "must"}
_ADVICE = {"should", "ought"}  # "X should offer Peru a package": advice to X, no offer made
_TRIPS = {"visit", "trip", "tour", "pilgrimage"}
_MAKING = {"make", "announce", "give", "take"}  # "a pledge first made in 2015"
#: Verbs whose object is made or asked to act ("requires health plans to cover", "urged the plans to").
_MAKING_OTHERS = {"require", "ask", "urge", "force", "compel", "oblige", "obligate", "direct", "order", "encourage",
                  "allow", "enable", "permit", "mandate", "invite"}
_GIVING = {"provide", "give", "grant", "deliver", "supply", "send", "donate", "contribute", "fund", "finance",
           "lend", "allocate", "extend", "offer", "transfer", "disburse", "award", "deploy", "dispatch"}
#: Words that make a person a legislator, whose promise is a bill's, not the state's ("Sen. X promised").
_NOT_IN_OFFICE = {"sen.", "senator", "rep.", "lawmaker", "legislator", "congressman", "congresswoman", "mp"}
#: "until X holds elections" bounds a promise in time, sets no condition; "only once X is signed"
#: does (a bare "once the process is complete" tells the order).
_CONDITIONS = {"unless", "if", "once"}
_DEMANDS = {"must", "should"}
#: Verbs by which a party is asked to show its will ("must show it is willing to ...").
_SHOWING = {"show", "demonstrate", "prove", "signal", "confirm", "make"}
_QUESTION_WORDS = {"whether", "how", "why"}
_NEGOTIATIONS = {"talk", "talks", "negotiation", "negotiations", "dialogue"}
_OPENING = {"resume", "hold", "start", "begin", "open", "restart", "enter", "join"}
#: Prepositions that make a noun the matter of a dispute or debate ("a complaint over US support").
_DISPUTED = {"over", "against", "about"}


def action_phrase(verb: Token) -> str:
    """The act a verb tells (a promise's, a status report's), as a phrase: the verb with its
    objects, without trailing clauses or a second act. A verb the tokenizer split at its hyphen
    ("re", "-", "energize") is told from its last part where the parser hung the objects there."""
    last = verb
    while nlp.glued_hyphen(verb.doc, last.i + 1):
        last = last.nbor(2)
    if last.i > verb.right_edge.i:  # not "follow-up on X", whose parts are one subtree
        return verb.doc[verb.i:last.i].text + action_phrase(last)
    before = {t.i for c in verb.lefts for t in c.subtree}  # the subject, with a tail the parser hung on it
    words = [t for t in verb.subtree if t.i >= verb.i and t.i not in before and not t.is_space
             and not (t.dep_ in ("xcomp", "ccomp") and t.head == verb and verb.lemma_.lower() == "agree")]
    aside = _aside(verb)
    if aside is not None:  # "provide, working with Congress, $3 million": the act goes on after the aside
        rest = verb.doc[aside.end:verb.sent.end]
        words = sorted({t.i: t for t in (*words, *rest) if t.i not in range(aside.start, aside.end)
                        and not t.is_space}.values(), key=lambda t: t.i)
    cut = next((t.left_edge.i if t.dep_ == "conj" else t.i for t in words if _clause_break(t, verb) or
                (t.dep_ == "conj" and t.head == verb and t.pos_ == "VERB" and _has_complement(verb, t))), None)
    words = [t for t in words if cut is None or t.i < cut]
    while words and (words[-1].dep_ == "cc" or words[-1].is_punct and not _closes_within(words[-1], words)):
        words.pop()  # "... and" before a second act, the full stop of a sentence rooted in the act
    after, gap = _relative_gap(verb)
    joined = aside.start - 1 if aside is not None else -1  # "provide" of "provide, as agreed, $3 million"
    return "".join(t.text_with_ws + (f"{gap} " if t.i == after else "") + (" " if t.i == joined else "")
                   for t in words).strip()


#: The most words an aside between a verb and its object has ("through its domestic regulatory process").
_ASIDE_WORDS = 6


def _aside(verb: Token) -> Span | None:
    """An aside set off by commas right after the act's verb, before its object ("will provide,
    working with Congress, $3 million"; "shall adopt, through its domestic process, measures"): the
    span from the first comma to the second, when a short phrase of a preposition, participle or
    adverb opens it and a noun phrase follows it."""
    doc, start = verb.doc, verb.i + 1
    if start >= len(doc) or doc[start].text != ",":
        return None
    obj = child(verb, "dobj")  # the aside ends where the object begins; with none parsed, at the next comma
    close = obj.left_edge.i - 1 if obj is not None and obj.i > start else \
        next((t.i for t in doc[start + 1:min(start + 12, verb.sent.end)] if t.text in (",", ";", ".")), None)
    if close is None or doc[close].text != "," or close + 1 >= verb.sent.end \
            or not 1 < close - start <= _ASIDE_WORDS + 1:
        return None  # none, or a long one: maybe a list the parser read into the object ("with A, B, and C, a plan")
    opening, after = doc[start + 1], doc[close + 1]
    if opening.pos_ not in ("ADP", "ADV", "SCONJ") and opening.tag_ != "VBG" or \
            after.pos_ not in ("DET", "NUM", "SYM", "NOUN", "ADJ") and after.tag_ != "PRP$":
        return None
    return doc[start:close + 1]


def _relative_gap(verb: Token) -> tuple[int, str]:
    """"the areas that Peru agreed to act on", "the projects that Peru plans to develop with X": the
    noun a relative clause tells of is what the act leaves out, after its stranded preposition or
    (its object being the relative pronoun) after the verb and its particle; as (index of the word it
    follows, its phrase), or (-1, "") with no gap."""
    clause = next((a for a in (verb, *verb.ancestors) if a.dep_ == "relcl"), None)
    stranded = next((c for c in verb.children if c.dep_ == "prep" and not any(c.children) and c.i > verb.i), None)
    relative = any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in verb.children)
    if clause is None or stranded is None and not relative:
        return -1, ""  # ("whom Peru agreed to take back": a person, whom the parser often hangs on another noun)
    after = verb.i
    while after + 1 < len(verb.doc) and verb.doc[after + 1].head == verb and verb.doc[after + 1].dep_ == "prt":
        after += 1  # "take in [the refugees]"
    return stranded.i if stranded is not None else after, phrase(clause.head, exclude=frozenset(
        t.i for t in clause.subtree))


def _closes_within(mark: Token, words: list[Token]) -> bool:
    """A closing bracket or quotation mark whose opening one is in the phrase ("the “Strelsau
    Mechanism”"); one that closes the quotation the act was said in is not the act's."""
    opening = {")": "(", "”": "“", '"': '"'}.get(mark.text)
    return opening is not None and any(t.text == opening for t in words if t is not mark)


def _clause_break(token: Token, verb: Token) -> bool:
    """A comma, semicolon or dash between clauses or phrases of the act, not one inside a list of
    words ("systems for civil, criminal and border enforcement") nor a dash of a pair that sets an
    aside in the act like brackets ("$5 million a year—$50 million in all—for schools")."""
    return token.text in (",", ";", "—") and not nlp.paired_dash(token) and (
        token.head.pos_ in ("VERB", "AUX") or token.head == verb or token.text != ",")


def _has_complement(verb: Token, second: Token) -> bool:
    """Whether a verb has its own object or complement before a second act: "adopt and implement
    measures" shares the second verb's object, "build roads and open schools" does not."""
    return any(verb.i < c.i < second.i and c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "attr", "dative", "acomp")
               for c in verb.children)


def committers(token: Token | None, m: Mentions) -> tuple[str, ...]:
    """Who a subject commits: the actors it names, if it is an actor itself. "Her visit will
    demonstrate ...", "Ruritania's goal will strengthen ...", "the Initiative will build ..." are things
    said to have effects, not parties that promise."""
    which = token is not None and token.lower_ == "which"
    token = _antecedent(token)
    if token is not None and (named := _parties_included(token, m)):
        return sides_of(named, m)
    if token is None or not (m.keys(token) or token.pos_ == "PRON" or acts_for_others(token) or included(token)) \
            or _may_come(token):
        return ()
    if token.lower_ in PROGRAMME_WORDS | AGREEMENT_NOUNS | MECHANISM_WORDS or _named_non_state(token):
        return ()  # "the Ruritanian Jobs Plan will ensure", "the Ruritania-Peru Partnership will enhance",
        # "Ruritanian Airlines plans to ...": a firm's plan
    found = tuple(k for k in listed_actors(token, m) if not _programme(k))  # a bent list of names: all of them
    if any(t.lower_ in _NOT_IN_OFFICE or t.lower_ in NON_STATE | FIRM_WORDS for t in _described_by(token)):
        found = tuple(k for k in found if not k.startswith("person/") or m.entities[k].kind is Kind.LEADER)
        # "Sen. X", "opposition leader X", "the charity X" (a body the model took for a person); not a
        # minister the article calls "Senator X" too
    if which:  # "the Office of Neighborhood Partnerships, which will promote ...": "which" is never a person,
        found = tuple(k for k in found if not k.startswith("person/"))  # whatever the model tagged
    return sides_of(found, m)  # "Ruritanian President X": X, not X and Ruritania


def _antecedent(token: Token | None) -> Token | None:
    """What a relative pronoun stands for ("X, which will raise ...": X); any other word itself."""
    while token is not None and token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        token = token.head.head
    return token


def _parties_included(token: Token, m: Mentions) -> tuple[str, ...]:
    """"Other countries that pledged aid include Peru and Lagonia", "Donors who promised funds were
    Peru and Lagonia": the parties a plural subject is said to include or be."""
    verb, obj = token.head, child(token.head, "dobj", "attr")
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in ("include", "be") or obj is None \
            or token.lemma_.lower() not in _PARTY_PLURALS or m.keys(token):
        return ()
    return tuple(k for k in listed_actors(obj, m) if k.startswith(("nation/", "organization/")))


def _named_non_state(token: Token) -> bool:
    """"Ruritanian Airlines", "the Ruritanian Refugee Council": a capitalised name that goes on after
    a nation with a word of a firm or a charity."""
    name = [t for t in token.lefts if t.dep_ == "compound" and t.is_title] + [token]
    return token.is_title and len(name) + sum(t.dep_ == "amod" for t in token.lefts) > 1 \
        and any(t.lower_ in NAMED_NON_STATE for t in name)


def _described_by(token: Token) -> list[Token]:
    """The words that say who a subject is: those before it in its phrase, and its appositions'
    ("Sen. X", "X, the opposition leader,"), not a clause on it ("X, who met rebels,")."""
    doc = token.doc
    return [*doc[token.left_edge.i:token.i + 1],
            *(t for a in token.children if a.dep_ == "appos" for t in doc[a.left_edge.i:a.i + 1])]


def _may_come(token: Token) -> bool:
    """"a Labour government would ...", "any future administration will ...": a government that
    may come, told with an indefinite article, is no party in office that can promise."""
    return token.lemma_.lower() in LEADERS_GOVERNMENTS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in token.children)


def _programme(key: str) -> bool:
    """An organisation named as a programme, a document or a gathering ("organization/clean-ports-initiative",
    "organization/special-summit": "It will build on ..." of a summit is no party's promise)."""
    return key.startswith("organization/") and key.rsplit("/", 1)[-1].rsplit("-", 1)[-1] in _NAMED_NON_PARTIES


#: Last words of a programme's, a document's, a gathering's or a site's name (not "forum": the
#: Pacific Islands Forum is a body that acts; "the Lund National Monument will protect 5 acres" tells
#: what the site does, no one's promise).
_NAMED_NON_PARTIES = PROGRAMME_WORDS | {"summit", "conference", "meeting", "monument", "park", "memorial"}


def _beneficiaries(verb: Token, m: Mentions, committed: tuple[str, ...]) -> tuple[str, ...]:
    """Whom the act is for: a person or nation object, or "to/for X" (not a giver listed after it with
    the verb left out: "will give $10 billion, Peru $1 billion")."""
    targets = [child(verb, "dobj"), child(verb, "dative"), *prep_objects(verb, "to", "for")]
    own = set(committed) | {m.nation_of(k) for k in committed}  # "send our engineers": not for themselves
    own |= {k for _, keys, _, _ in _gapped_list(verb.sent, m)[1] for k in keys}
    keys = [k for t in targets for k in actors(t, m) if k not in own and not k.startswith("organization/")]
    return tuple(dict.fromkeys(keys))


#: Plural nouns of parties a sentence leaves unnamed ("Countries pledge 40,000 UN peacekeepers").
_PARTY_PLURALS = {"country", "nation", "state", "donor", "member", "government", "ally", "partner"}


def _unnamed_parties(giver: Token | None, m: Mentions) -> bool:
    """Whether the one who pledges is parties left unnamed ("Countries pledge 40,000 UN peacekeepers":
    the troops serve the Union, which pledges nothing)."""
    return giver is not None and giver.tag_ == "NNS" and giver.lemma_.lower() in _PARTY_PLURALS \
        and not m.keys(giver) and not included(giver)


def _noun_owner(noun: Token, m: Mentions) -> tuple[str, ...]:
    """Who a commitment noun belongs to: "Ruritania's delivery", "Ruritanian support" (not "offer
    Peru assistance": a name right after the verb the noun is the object of is its recipient, which
    the parser may make a compound of the noun)."""
    return tuple(k for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                 and not (c.dep_ == "compound" and noun.dep_ == "dobj" and c.left_edge.i == noun.head.i + 1)
                 for k in actors(c, m))


def commitment_noun(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"Ruiz announced the donation of X to Y", "Ruritanian support for Peru", "$5 million in aid"."""
    for noun in doc:
        if noun.i in m.noise or noun.pos_ not in ("NOUN", "NUM", "SYM", "PROPN"):
            continue
        text = _sum_phrase(noun)
        promised = _promised_thing(noun, m)
        nations = nations_in(noun.sent, m)
        participle, announcing = _announced_by(noun), _announcing_noun(noun)
        by_agent, committed = _pledged_by_agent(noun) or participle is not None, _committed_to(noun)
        put_on_record = _an_object(noun) or by_agent or announcing is not None  # the object of an announcing
        # verb or noun, or the passive subject of the verb
        named_sum = (put_on_record or committed) and quantities.money(text, nations) \
            and quantities.money(_own_words(noun), nations)
        budgeted = noun.dep_ == "dobj" and _budgeted(noun.head)  # a budget proposes: a legislature decides
        if noun.lemma_.lower() not in COMMITMENT_NOUNS and not named_sum and not promised \
                and not _counted_pledge(noun, m) and not (committed and _act_on_a_thing(noun)):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ in _DISPUTED or _named_again(noun) or _standing(noun) \
                or noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDOING_VERBS \
                or noun.dep_ == "nsubjpass" and _delivered(noun.head):
            continue  # "cut its contribution to the fund", "its $5 million grant was provided to X":
            # a help undone or given, not promised
        verb = noun.head.head if committed else participle if participle is not None else noun.head if put_on_record \
            and (noun.head.lemma_.lower() in ANNOUNCE_VERBS or _sets_aside(noun.head) or budgeted) \
            else _announced_above(noun)
        if verb is None and noun.lemma_.lower() not in COMMITMENT_NOUNS and announcing is None:
            continue  # "enabling the $7 trillion relationship": a sum no one announces is no pledge
        if verb is not None and (_delivered(verb) or _only_aimed_at(verb) or has_aux(verb, HEDGES | _ADVICE)
                                 or forecast(verb) or _demanded(verb) or rumoured(verb) or _questioned(verb)) \
                or _in_a_name(noun):
            continue  # "could offer X funding", "is expected to pledge $1 billion": a guess
        giver = None if verb is None else next(iter(_agents(verb)), None) if by_agent else subject(verb)
        holder = next((x for a in noun.ancestors for x in (a, child(a, "dobj")) if x is not None and x != noun
                       and x.pos_ == "NOUN" and _givers_from(x, m) is not None), None)
        givers = _givers_from(holder or noun, m)  # "announced commitments from Peru to provide aid": the aid is
        # Peru's promise too (the parser may hang the infinitive on the announcing verb)
        if holder is None and givers is not None and any(quantities.money(phrase(o)) for o in prep_objects(noun, "of")):
            continue  # "a pledge of $620 million from Peru": its sum tells it, with the givers
        by = without_companies(givers if givers is not None else _on_behalf(verb, m) or committers(giver, m)
                               or (() if _unnamed_parties(giver, m) else _noun_owner(announcing or noun, m)), doc, m)
        if verb is not None and verb.lemma_.lower() not in PLEDGE_VERBS \
                and _said_by_another(_speaker(verb, m, by), by, m):
            continue  # ("X pledged $5 million, Y said" relays a pledge made, as `commitment_pledged` reads it)
        if participle is not None:  # the thing alone, not who agreed it
            text = _code_before(noun) + phrase(noun, True, frozenset(t.i for t in participle.subtree))
        elif verb is not None:
            text = _object_action(noun, verb)
        on_verb = prep_objects(verb, "to", "for") if verb is not None and noun.dep_ != "conj" else []
        recipients = [*prep_objects(noun, "to", "for"), *promised, *on_verb,
                      *(o for x in (prep_objects(verb, "in") if verb else ()) for o in prep_objects(x, "to", "for")),
                      *(o for x in prep_objects(noun, "in") for o in prep_objects(x, "to"))]  # "$5 million in aid to X"
        named_to = [k for o in recipients for k in actors(o, m)]
        if len(by) > 1 and set(by) - set(named_to):
            by = tuple(k for k in by if k not in named_to)  # "$12 billion was pledged to Peru by the three
            # countries": the one it goes to is none of them, whatever "the three" was taken for
        helped = tuple(dict.fromkeys(k for k in named_to if k not in by))
        money = quantities.money(text, nations_in(noun.sent, m, by))
        if money is None and not helped and _refers_back(noun, text):
            continue
        if not by or (verb is None and not money and not (_counted(text) and _told_as_promise(noun))
                      and (not helped or not _told_as_promise(noun))):
            continue
        mod = modality(verb or announcing or noun)
        if mod is Modality.NEGATED or (verb is not None and _conditional(verb, m)):
            continue
        for own in _each_own(verb, by, m):
            yield Commitment(own, helped, text, money, quantities.share(text), when(noun.sent, m),
                             Modality.INTENDED if budgeted else Modality.PLEDGED,
                             evidence(noun.sent, article_id, "commitment_noun", 0.65),
                             duration=quantities.duration(text))


#: Nouns of putting a sum on record ("Kuwait's announcement of $2 billion for reconstruction").
_ANNOUNCING_NOUNS = {"announcement", "offer", "promise"}


def _announcing_noun(noun: Token) -> Token | None:
    """The noun that announces a sum named after its "of" ("X's announcement of $2 billion")."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return holder if holder is not None and holder.lemma_.lower() in _ANNOUNCING_NOUNS else None


def _on_behalf(verb: Token | None, m: Mentions) -> tuple[str, ...]:
    """"On behalf of Ruritania, Minister X pledged $5 million": the party the promise is made for."""
    return tuple(k for o in behalf_of(verb) for k in actors(o, m))


def _each_own(verb: Token | None, by: tuple[str, ...], m: Mentions) -> list[tuple[str, ...]]:
    """Who makes the promise, one group per promise: "A and B each pledged $4 billion" is two
    pledges of $4 billion, not one of both, as are those of "countries that pledged $4 billion
    include A and B"; "A pledged $500 million, as did B" is A's and B's."""
    if verb is None:
        return [by]
    giver = _antecedent(subject(verb))
    each = any(t.lower_ == "each" for t in (*(giver.subtree if giver is not None else ()), *verb.children)) \
        or giver is not None and bool(_parties_included(giver, m))  # "countries that pledged X include A and B"
    also = [k for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "do"
            and any(g.lower_ == "as" and g.dep_ == "mark" for g in c.children)
            for k in committers(nearest_subject(c, "nsubj"), m) if k not in by]
    return [*([(k,) for k in by] if each and len(by) > 1 else [by]), *([tuple(also)] if also else [])]


def _committed_to(noun: Token) -> bool:
    """"Ruritania committed to a $5 million loan for Peru": the help a party commits itself to."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() == "commit"


def _act_on_a_thing(noun: Token) -> bool:
    """"committed to the construction of a bridge": an act with what it is done to (not "committed
    to reform": an aim)."""
    return noun.lemma_.lower() in ACT_NOUNS and bool(prep_objects(noun, "of"))


def _an_object(noun: Token) -> bool:
    """The verb's object, or a second sum the parser joined to the verb ("pledged $50 million to
    Peru and $30 million to Chad": the second sum a conjunct of "pledged"; not "and Ruritania $30
    million", a second pledger's, `commitment_gapped`'s)."""
    return noun.dep_ == "dobj" or noun.dep_ == "conj" and noun.head.pos_ == "VERB" and noun.pos_ != "PROPN" \
        and child(noun.head, "dobj") is not None and not any(c.dep_ in ("nsubj", "aux") for c in noun.children) \
        and not any(c.dep_ in ("nmod", "compound") and c.ent_type_ in ("GPE", "ORG", "NORP") for c in noun.children) \
        and quantities.money(_own_words(noun)) is not None  # ("and the Union 40 million euros": the Union's)


#: Verbs that with their particle put a sum on record ("set aside $5 million", "put up $10 million").
_SETTING_ASIDE = {("set", "aside"), ("put", "aside"), ("put", "up"), ("chip", "in")}


def _sets_aside(verb: Token) -> bool:
    """"set aside 200 million euros for a fund": a sum earmarked, told with a particle."""
    return any((verb.lemma_.lower(), c.lower_) in _SETTING_ASIDE for c in verb.children
               if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1)


def _announced_above(noun: Token) -> Token | None:
    """"announced a donation of rice, to be shipped in June": the parser may make the thing the
    subject of the infinitive after it, which hangs on the announcing verb; that verb announced it."""
    clause = noun.head
    if noun.dep_ != "nsubjpass" or clause.dep_ != "ccomp" or not has_aux(clause, {"to"}) or clause.i < noun.i:
        return None
    return clause.head if clause.head.lemma_.lower() in ANNOUNCE_VERBS and clause.head.i < noun.i else None


def _subject_above(verb: Token) -> Token | None:
    """"announced a donation, to be shipped in June, and committed to granting $2 million": a verb
    the parser joined to such an infinitive (see `_announced_above`) shares the announcer's subject."""
    clause = verb.head if verb.dep_ == "conj" else None
    if clause is None or clause.dep_ != "ccomp" or not has_aux(clause, {"to"}) or child(clause, "nsubjpass") is None:
        return None
    return subject(clause.head)


def _pledged_by_agent(noun: Token) -> bool:
    """"$250 million was pledged by Ruritania": a sum the subject of a passive with its agent."""
    return noun.dep_ == "nsubjpass" and bool(_agents(noun.head))


def _announced_by(noun: Token) -> Token | None:
    """"the $350 million package agreed by Ruiz and Dahl": a participle that puts the thing on
    record, with its agent."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and _agents(c)
                 and c.lemma_.lower() in ANNOUNCE_VERBS | PLEDGE_VERBS), None)

#: Prepositions that tell the occasion of an announcement, not the promise ("during a visit").
_CIRCUMSTANCES = {"during", "at", "after", "before", "amid", "following", "despite", "since", "while", "ahead"}

_COUNT = re.compile(r"\b\d[\d,.]*\s+(?:thousand|million|billion)\b|\b\d{1,3}(?:,\d{3})+\b", re.IGNORECASE)


#: Modifiers of a commitment noun that make it one already in place ("its ongoing support").
_STANDING = {"ongoing", "existing", "current", "previous", "earlier", "past", "former"}


def _only_aimed_at(verb: Token) -> bool:
    """"discussed the urgency to provide assistance", "the need to deliver aid": an act a view or an
    aim is about, no one's promise (wherever the parser hangs the infinitive)."""
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return has_aux(verb, {"to"}) and before is not None and before.lemma_.lower() in VIEW_NOUNS


def _in_a_name(noun: Token) -> bool:
    """"Temporary Assistance for Needy Families": a capitalised commitment noun inside a name the model
    found (a programme's, a body's) is part of the name."""
    return noun.lemma_.lower() in COMMITMENT_NOUNS and noun.is_title and noun.ent_iob_ == "I" \
        and noun.ent_type_ in ("ORG", "PERSON", "LAW", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT")


def _budgeted(verb: Token) -> bool:
    """"The FY 2025 Budget includes/requests $2 billion for X", "Ruritania will request $60 million
    from its parliament": a budget, or a government's request to its legislature, puts on record
    what the government means to spend."""
    return verb.lemma_.lower() in BUDGET_VERBS and (_said_of_a_budget(verb) or any(
        o.lemma_.lower() in LEGISLATURES for o in prep_objects(verb, "from")))


def _said_of_a_budget(verb: Token) -> bool:
    """Whether a budget is the verb's subject ("the FY 2025 Budget includes", "the Budget will lower")."""
    said = subject(verb)
    return said is not None and said.lemma_.lower() in BUDGET_NOUNS


def _own_words(noun: Token) -> str:
    """The noun's phrase without what is only near it: a sum the noun is ("a package of $5 million",
    "a grant for $2 million", "an initiative which will provide $9 million"), not one it is near
    ("60 finalists for its $1 billion challenge", "a roundtable to discuss $5 million")."""
    aside = {t.i for c in noun.children if not _names_own_sum(c) for t in c.subtree}
    return _code_before(noun) + " ".join(t.text for t in noun.subtree if t.i not in aside)


def _names_own_sum(modifier: Token) -> bool:
    """Whether a modifier of a noun can tell the noun's own sum: its words before it, "of X", a
    preposition whose object is the sum, or a clause of what it will do."""
    if modifier.dep_ == "prep":
        return modifier.lower_ == "of" or any(o.dep_ == "pobj" and o.ent_type_ == "MONEY" for o in modifier.children)
    if modifier.dep_ in ("relcl", "acl", "advcl"):
        return has_aux(modifier, {"will", "shall"}) and modifier.lemma_.lower() in UNDERTAKING_VERBS
    return modifier.dep_ != "appos"


def _standing(noun: Token) -> bool:
    """"extending its ongoing financial support", "the current $18bn loan": a help already in
    place, not a promise made now (a status the ledger may read, not a new Commitment)."""
    return any(c.dep_ == "amod" and c.lower_ in _STANDING for c in noun.children)


def _refers_back(noun: Token, text: str) -> bool:
    """"Ruiz announced the package in Lima": a definite commitment noun with no sum, count, content
    or recipient of its own names a promise the article told before, not a new one ("the largest
    investment in X" and "the following commitments" say what they are). So does one told only by
    when it was made ("confirming a pledge first made in 2015")."""
    if _counted(text):
        return False
    told = [c for c in noun.children if c.dep_ not in ("det", "punct")]
    if told and all(c.dep_ == "acl" and c.lemma_.lower() in _MAKING for c in told):
        return True  # "confirming a pledge first made in 2015": the promise, told by when it was made
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children) \
        and not any(c.dep_ in ("prep", "acl", "relcl") or c.tag_ == "JJS" or c.lower_ == "following"
                    for c in noun.children)


def _named_again(noun: Token) -> bool:
    """"promised $500m, the largest single pledge so far": an apposition, or a second object the
    parser made of one, names the promised thing again."""
    return noun.dep_ == "appos" or noun.dep_ == "dobj" and not _code_before(noun) and any(
        c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)


def _counted(text: str) -> bool:
    """A promised thing counted in large numbers ("the donation of 80 million vaccines", "a pledge
    of 500,000 doses"): as telling as a sum of money."""
    return bool(_COUNT.search(text))


def _counted_pledge(noun: Token, m: Mentions) -> bool:
    """"pledged 500 more troops", "promised two frigates": a counted thing that a verb of pledging
    takes is a promised transfer even when no recipient is named; "committed" and "offered" name
    where it goes ("committed 500 troops to the mission", not "two crimes"; "offered 200
    scholarships to Peruvian students", not "two reasons")."""
    verb = noun.head.lemma_.lower()
    return noun.dep_ == "dobj" and verb in COUNTED_PLEDGE_VERBS and noun.pos_ == "NOUN" \
        and not m.keys(noun) and noun.ent_type_ not in ("DATE", "TIME") \
        and any(c.dep_ == "nummod" and c.like_num for c in noun.children) \
        and (verb not in ("commit", "offer") or bool(prep_objects(noun.head, "to") + prep_objects(noun, "to")))


def _told_as_promise(noun: Token) -> bool:
    """Whether a commitment noun with no sum and no announcing verb still tells a promised transfer:
    "Ruritania's aid to Peru" yes; "reaffirmed their support for Peru" (a stance), "funding for
    X supported 18,000 requests" (a past delivery, the noun a subject) and "the price for Ruritanian
    gas deliveries to Peru" (trade measured, not help promised) no."""
    measured = noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in _MEASURES
    return noun.lemma_.lower() not in STANCE_NOUNS and noun.dep_ not in ("nsubj", "nsubjpass") and not measured


#: Nouns that measure a trade ("the price for gas deliveries to Peru", "the volume of shipments").
_MEASURES = {"price", "cost", "tariff", "fee", "rate", "value", "volume"}


def _promised_thing(noun: Token, m: Mentions) -> list[Token]:
    """"offered Peru six patrol boats", "promised more troops to Peru": the object of a verb of
    promising is the promised thing when the verb names whom it is for (courtesies such as
    "offered condolences" and a thing offered "as a gift", a Gift, aside). Returns the recipients'
    tokens, empty when it is no such thing."""
    verb, lemma = noun.head, noun.head.lemma_.lower()
    if noun.dep_ != "dobj" or lemma not in PROMISE_OBJECT_VERBS or m.keys(noun) \
            or lemma in GIFT_IF_SAID and said_to_be_gift(verb.sent, GIFT_IF_SAID[lemma]) \
            or noun.lower_ in COURTESY_NOUNS or noun.pos_ not in ("NOUN", "NUM") \
            or noun.ent_type_ in ("DATE", "TIME") or has_aux(verb, {"to"}):
        return []  # "a deal to offer Peru the following day": a plan, and a day is no thing
    return [o for o in (child(verb, "dative"), *prep_objects(verb, "to", "for"))
            if o is not None and o.pos_ != "ADP" and actors(o, m)]


def _object_action(noun: Token, verb: Token) -> str:
    """The promised thing with what the verb says of it after it: "$4.5 billion to Peru over
    three years" (the recipient and the term hang on the verb, not on the noun)."""
    text, end = _with_aside(_sum_phrase(noun), noun.right_edge.i, verb.doc)
    if noun.dep_ == "nsubjpass":  # "$5 million was pledged by Ruritania to Peru": what follows the agent
        end = max([verb.i, *(a.right_edge.i for a in verb.children if a.dep_ == "agent")])
    for c in (c for c in verb.children if c.i > noun.i and (c.dep_ in ("prep", "dative", "npadvmod") or
                                                             c.dep_ in ("xcomp", "advcl") and has_aux(c, {"to"}))):
        text, end = _with_aside(text, end, verb.doc)
        if c.left_edge.i != end + 1 or c.lower_ in _CIRCUMSTANCES:
            break  # "announced the package during a visit to Lima": where and when, not what
        if c.lower_ == "on" and all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree if t is not c):
            end = c.right_edge.i  # "pledged $5 million on Thursday to X": the day is the fact's date
            continue
        stop = next((t.i for t in c.subtree if t.text in (",", ";")), None)
        told = verb.doc[c.left_edge.i:stop if stop is not None else c.right_edge.i + 1].text
        text = f"{text}{verb.doc[end].whitespace_}{told}"
        if stop is not None:
            break  # "$50m in aid to Peru, where floods ...": up to the clause that follows
        end = c.right_edge.i
    return text.removesuffix("—")


def _sum_phrase(noun: Token) -> str:
    """The promised thing's phrase, with the currency code before its sum (see `_code_before`)."""
    return _code_before(noun) + phrase(noun, keep_conjuncts=True)


def _code_before(noun: Token) -> str:
    """A currency code right before a noun's phrase that the parser hung elsewhere ("is providing
    CHF 12 million": "CHF" read as a second object), with its space; else ""."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is None or not before.is_upper or len(before) != 3 or before.head == noun:
        return ""
    words = noun.doc[noun.left_edge.i:noun.i + 1].text
    return f"{before.text} " if quantities.money(words) is None and quantities.money(f"{before.text} {words}") else ""


def _with_aside(text: str, end: int, doc: Doc) -> tuple[str, int]:
    """The act with an aside set off by a pair of dashes right after it ("$60 million a year—$600
    million in all—"), which the parser hangs anywhere, and the index where the aside ends."""
    closing = nlp.aside_end(doc[end + 1]) if end + 1 < len(doc) else None
    if closing is None:
        return text, end  # no dash next, or the closing one of a pair
    return text + doc[end].whitespace_ + doc[end + 1:closing.i + 1].text, closing.i


def _delivered(verb: Token) -> bool:
    """"In 2023 the agency provided $163 million", "the fund provides grants": a delivery told in
    the past or a standing description, not a promise (the announcing verbs, "announced/pledged
    $X", promise in any tense; "will provide" is `commitment_will`'s)."""
    return verb.lemma_.lower() in DELIVERY_VERBS and (
        (verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") or _describing(verb) or _under_way(verb))
        and not has_aux(verb, FUTURE | {"to"}) or _worked_to(verb))


#: Verbs of working towards something, with others or alone ("has worked with X to provide ...").
_WORKING_VERBS = {"work", "partner", "collaborate", "cooperate", "team", "act", "move", "join"}


def _worked_to(verb: Token) -> bool:
    """"has worked closely with Congress to provide $5 billion", "partnered with Peru to deliver
    vaccines": a delivery done, told as what past work was for ("will work with X to provide" promises)."""
    work = verb.head
    return verb.dep_ in ("advcl", "xcomp") and has_aux(verb, {"to"}) and work.lemma_.lower() in _WORKING_VERBS \
        and (work.tag_ == "VBD" or work.tag_ == "VBN" and has_aux(work, {"has", "have", "had"}))


def _under_way(verb: Token) -> bool:
    """"groups who are already delivering aid": a delivery going on (progressive, "already") is
    told, not promised; "Peru is providing $5 million" announces and stays a promise."""
    return verb.tag_ == "VBG" and any(c.lower_ == "already" for c in verb.children)


def _describing(gerund: Token) -> bool:
    """"specializes in providing support", "has built clinics, providing care", "has helped
    families stay in their homes by providing aid": a gerund adjunct of a past or habitual clause
    (through a bare infinitive under it) tells what a body does or did, not what it promises."""
    if gerund.tag_ != "VBG" or gerund.dep_ not in ("pcomp", "advcl"):
        return False
    clause = next((a for a in gerund.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ != "VB"), None)
    return clause is not None and clause.tag_ in ("VBD", "VBN", "VBZ", "VBP") \
        and clause.lemma_.lower() not in ANNOUNCE_VERBS | PLEDGE_VERBS \
        and not has_aux(clause, FUTURE)


def _conditional(verb: Token, m: Mentions) -> bool:
    """"will withdraw ... unless X", "would accept a truce on condition that X", "is ready to ... if
    X", "will release aid only once a deal is signed": a promise on a condition is a threat or a
    bargain: a condition on the promise's clause (up to the verb that reports it), or deeper in it
    when another named party, or the one spoken to, must act ("return the soldiers killed ... if Peru
    hands over maps", "if you call it an invasion, ... we will send the migrants to you", wherever
    the parser hangs it)."""
    scope = [verb, *takewhile(lambda a: a.lemma_.lower() not in REPORT_VERBS, verb.ancestors)]
    clauses = [c for t in scope for c in t.children if c.dep_ == "advcl"] + \
        [t for t in verb.subtree if t.dep_ == "advcl" and (actors(child(t, "nsubj"), m) or _addressee(t))]
    return any(g.dep_ in ("mark", "advmod") and g.lower_ in _CONDITIONS and (g.lower_ != "once" or g.i > 0 and
               g.nbor(-1).lower_ == "only") for c in clauses for g in c.children) \
        or any(o.lemma_.lower() == "condition" for o in prep_objects(verb, "on")) \
        or any(t.lower_ in ("provided", "providing") and t.dep_ in ("prep", "mark") and t.i > verb.i
               for t in verb.sent) \
        or any(t.lower_ == "should" and t.dep_ == "aux" and _before_its_subject(t) for t in verb.sent)
    # "... provided Peru drops its complaint": parsed as a preposition; "would share its expertise
    # should Peru decide to ...": a condition told by inversion


def _addressee(clause: Token) -> bool:
    """Whether a clause's subject is the one spoken to ("if you try to ...")."""
    subj = child(clause, "nsubj")
    return subj is not None and subj.lower_ == "you"


def _before_its_subject(aux: Token) -> bool:
    """"should Peru decide": an auxiliary before its verb's subject (an inverted clause)."""
    return any(c.dep_ == "nsubj" and c.i > aux.i for c in aux.head.children)


#: Verbs of asking others to act ("call on X to", "urge X to"): what follows is theirs to do.
_ASKING = {"call", "urge", "encourage", "ask", "press", "appeal", "invite", "challenge", "plead", "lobby"}


#: What a visitor signs as a courtesy ("the visitors' book", "the condolence register").
_GUEST_BOOKS = {"book", "guestbook", "register"}


#: Verbs that cause another's act ("make X pay", "have X visit", "let X go").
_CAUSATIVES = {"make", "have", "let", "get"}


def undertaken(act: Token, strict: bool) -> bool:
    """Whether the act is one a party can undertake. After a weak cue ("will", "plans to", "is
    ready to": `strict`) only acts of giving, doing or refraining count, or a trip made for one
    ("will visit X to mediate"); after an explicit promise only travel, talk and receiving do not."""
    lemma = act.lemma_.lower()
    going_on = child(act, "xcomp") if lemma in ASPECT_VERBS else None
    if going_on is not None and going_on.pos_ == "VERB":
        return undertaken(going_on, strict)  # "will keep pressing Y": judged by the pressing
    obj = child(act, "dobj")
    purposes = [c for c in act.children if c.dep_ in ("advcl", "xcomp") and has_aux(c, {"to"})]
    if lemma in TOGETHER_VERBS and obj is None and purposes and all(_courtesy_purpose(p) for p in purposes):
        return False  # "will work with Peru to deepen ties": the relation, no act
    if obj is not None and (obj.lemma_.lower() in COURTESY_NOUNS | _TRIPS or obj.lower_ in COURTESY_NOUNS):
        return False  # "will offer prayers at the temple", "agreed to pay a state visit": a courtesy, a trip
    if (thing := obj or _passive_thing(act)) is not None and thing.lemma_.lower() in _FOCUS_NOUNS:
        return False  # "priority will be given to rural areas": where attention goes, no transfer
    if lemma == "take" and obj is not None and obj.lower_ == "effect" or lemma == "come" and any(
            o.lower_ == "force" for o in prep_objects(act, "into")):
        return False  # "agreed that a truce would take effect on Monday": when the deal starts, no act
    if lemma == "spend" and obj is not None and (obj.lemma_.lower() in _SPELLS or obj.ent_type_ in ("DATE", "TIME")):
        return False  # "will spend time on board", "will spend two days in Lima": a stay, no money spent
    if lemma == "sign" and obj is not None and obj.lemma_.lower() in _GUEST_BOOKS:
        return False  # "will later sign the visitors' book": a visit's ceremony
    if lemma in _CAUSATIVES and (obj is None and lemma == "have" or any(
            c.dep_ == "ccomp" and c.tag_ == "VB" and child(c, "nsubj") is not None for c in act.children)):
        return False  # "determined to make Peru pay", "to have X visit Lima": another's act, caused
    if not strict:
        return lemma not in NOT_UNDERTAKINGS  # "agreed to resume talks" is promised
    if lemma in _ASKING and any(c.dep_ in ("xcomp", "advcl", "ccomp") and has_aux(c, {"to"}) for c in act.children):
        return False  # "will call on Congress to provide": others' act ("agreed to urge X to" is promised)
    if obj is None and lemma in ("open", "reopen", "close"):
        return False  # "the embassy will open to the public on Monday": a schedule, not an act
    if obj is None and lemma in _GOING_BACK and _to_a_place(act):
        return False  # "will return to Lima on Saturday": a trip home, not a handover
    if obj is not None and obj.lemma_.lower() in EVENT_NOUNS | MEETING_NOUNS or any(
            o.lemma_.lower() in EVENT_NOUNS | MEETING_NOUNS for o in prep_objects(act, "to")):
        return False  # "will host a dinner", "will host the next summit", "send a delegation to the talks"
    if any(c.dep_ == "auxpass" for c in act.children):
        return False  # "will be joined by the governor", "will be provided with aid": done to the subject
    if obj is not None and lemma in AGREEMENT_VERBS and batch_held(obj).lemma_.lower() in AGREEMENT_NOUNS:
        return False  # "will sign the accord on Friday": a planned agreement (`agreement_signed`'s), no promise
    if obj is not None and lemma in _PUBLISHING and obj.lemma_.lower() in _WORDS_PUBLISHED:
        return False  # "would release additional details about the deal": news to come, no act
    if obj is not None and lemma in PRAISING_VERBS and obj.lemma_.lower() in PRAISED_NOUNS:
        return False  # "will recognize the commitments made by 300 firms": an honour, not an act
    if lemma in MEETING_VERBS and (obj is not None and obj.ent_type_ == "PERSON" or any(
            o.lemma_.lower() in EVENT_NOUNS | MEETING_NOUNS for o in prep_objects(act, "for"))):
        return False  # "will host X for a bilateral meeting": a planned meeting
    return lemma in UNDERTAKING_VERBS or _phrasal_undertaking(act) or any(
        (c.dep_ == "advcl" or c.dep_ == "xcomp" and obj is None) and c.lemma_.lower() in UNDERTAKING_VERBS
        and has_aux(c, {"to"}) and not any(g.lower_ in _QUESTION_WORDS for g in c.children)
        and not _courtesy_purpose(c) and undertaken(c, strict)
        for c in act.children)  # "will press Y to respect ...": Y's act (an xcomp after an object); "will
    # travel to X to sign the accord": a trip to a planned signing


#: Stretches of time one spends ("will spend time on board", "the night").
_SPELLS = {"time", "day", "night", "week", "month", "hour", "weekend", "evening", "morning", "afternoon"}
#: Verbs that, with no object, move their subject ("will return to Lima", "will move home").
_GOING_BACK = {"return", "move", "relocate", "head"}


def _to_a_place(act: Token) -> bool:
    """"return to Lima", "return home": the act goes to a named place or home, not to a state of affairs
    ("will return to the negotiating table" is a promise)."""
    return any(c.lower_ == "home" for c in act.children) or any(
        o.ent_type_ in ("GPE", "LOC", "FAC") for o in prep_objects(act, "to"))


#: What one gives that is attention, not a thing ("will give priority to", "attention will be paid to").
_FOCUS_NOUNS = {"priority", "attention", "consideration", "preference", "emphasis", "importance", "weight"}


#: Verbs of making words public, and the words ("will release details", "will issue a statement").
_PUBLISHING = {"release", "publish", "issue", "unveil", "post"}
_WORDS_PUBLISHED = {"detail", "details", "information", "statement", "report", "list", "text", "transcript",
                    "readout", "finding", "findings", "figure", "figures", "data", "name", "names"}
#: Verbs that undertake an act only with their particle ("take in 2,000 refugees", "take back migrants",
#: "come up with $9 billion").
_PHRASAL_UNDERTAKINGS = {("take", "in"), ("take", "back"), ("come", "up")}


def _phrasal_undertaking(verb: Token) -> bool:
    """"will take in 2,000 refugees": a verb that is no promise alone ("will take time") undertakes
    an act with its particle."""
    return any((verb.lemma_.lower(), c.lower_) in _PHRASAL_UNDERTAKINGS for c in verb.children if c.dep_ == "prt")


def _courtesy_purpose(purpose: Token) -> bool:
    """"will visit Peru to deepen ties between our peoples": the purpose every visit states."""
    obj = child(purpose, "dobj")
    return obj is not None and obj.lemma_.lower() in RELATION_NOUNS


def _commitment(act: Token, by: tuple[str, ...], sent: Span, m: Mentions, article_id: str,
                rule: str, default: Modality, confidence: float, strict: bool = True) -> Commitment | None:
    """A Commitment for the act, unless it is hostile (refraining from a hostile act is a promise:
    "vowed not to transfer missiles"), conditional, negated, nobody's or no undertaking at all (see
    `undertaken`)."""
    by = without_companies(_on_behalf(act.head if act.dep_ == "xcomp" else act, m) or by, act.doc, m)
    refrained = _refrained(act)
    mod = modality(act.head if refrained is not None else act, default)
    if not by or _hostile(act) and refrained is None or mod is Modality.NEGATED or _conditional(act, m) \
            or _points_ahead(act) or not undertaken(act, strict) or _questioned(act) or forecast(act) \
            or _to_itself(act, by, m) or rumoured(act):
        return None
    text = action_phrase(act) if act.pos_ in ("VERB", "AUX") else act.doc[act.i:act.head.right_edge.i + 1].text
    text = f"{refrained.lower_} {text}" if refrained is not None else _in_the_active(act, text)
    text = _before_a_gapped_list(_with_the_thing_told(act, text, m), sent, m)
    whole = "".join(t.text_with_ws for t in act.subtree)
    return Commitment(by, _beneficiaries(act, m, by), text, quantities.money(text, nations_in(sent, m, by)),
                      quantities.share(text), when(sent, m), mod,
                      evidence(sent, article_id, rule, confidence),
                      reported_by=_speaker(act, m, by), duration=quantities.duration(whole))


def _before_a_gapped_list(text: str, sent: Span, m: Mentions) -> str:
    """An act's words up to the givers listed after it with sums of their own ("give $10 billion,
    Peru $1 billion": the list is `commitment_gapped`'s)."""
    listed = _gapped_list(sent, m)[1]
    at = text.find(listed[0][0].text) if listed else -1
    return text[:at].rstrip(" ,;") if at > 0 and text[:at].rstrip().endswith((",", ";", "and")) else text


def _refrained(act: Token) -> Token | None:
    """"vowed not to sell arms", "promised never to test again", "pledged that it would not resume
    whaling": the negation of a promise to refrain, which the act's own negation makes (not one the
    promiser denies)."""
    pledge = act.head.head.head if act.dep_ == "relcl" and act.head.dep_ == "pobj" else act.head
    if act.dep_ not in ("xcomp", "ccomp", "relcl") or pledge.lemma_.lower() not in PLEDGE_VERBS \
            or pledge.dep_ == "relcl":
        return None  # "the towns Ruiz promised not to leave behind": what the towns are
    return child(act, "neg")  # (a relative clause: a promise `_clause_read_as_relative` found)


def _to_itself(act: Token, by: tuple[str, ...], m: Mentions) -> bool:
    """"exports to Peru, which will provide Peru with missiles": a committer that is also the act's
    object or recipient is a misread subject (the relative pronoun taken for the wrong noun)."""
    return any(k in by for o in act.children if o.dep_ in ("dobj", "dative") for k in m.keys(o))


def _questioned(act: Token) -> bool:
    """"a test of how firmly X is prepared to ...", "asked whether X will ...", "Will Peru deliver
    on its pledge?": a question asks about a promise, it does not report one."""
    aux, subj = child(act, "aux"), child(act, "nsubj", "nsubjpass")
    if aux is not None and subj is not None and aux.i < subj.i and act.sent.text.rstrip().endswith("?"):
        return True
    for token in (act, *act.ancestors):
        if any(c.lower_ in _QUESTION_WORDS and c.dep_ in ("advmod", "mark") for c in token.children) or \
                any(c.lower_ in _QUESTION_WORDS and c.dep_ == "advmod" for a in token.children
                    if a.dep_ == "advmod" for c in a.children):
            return True
        if token.dep_ not in ("xcomp", "acomp", "conj", "aux"):
            return False
    return False


def _points_ahead(act: Token) -> bool:
    """"commit to take the following actions:": the promises are the sentences that follow
    (each found on its own), this one names none."""
    obj = child(act, "dobj")
    return obj is not None and any(c.lower_ == "following" for c in obj.children)


def _hostile(act: Token) -> bool:
    """A threat or a break, not a promise: "will strike", "will withdraw from the treaty", "is
    ready to defend itself against Peru", "will continue its air strikes", "will cut gas deliveries
    to Peru" (but "will lift the sanctions" undoes a hostile act: a concession)."""
    lemma = act.lemma_.lower()
    obj = child(act, "dobj")
    return lemma in HOSTILE or (lemma in HOSTILE_TO_AGREEMENTS and
                                any(t.lemma_.lower() in AGREEMENT_NOUNS for t in act.subtree)) \
        or any(o.ent_type_ in ("GPE", "NORP", "PERSON") for o in prep_objects(act, "against")) \
        or obj is not None and obj.lower_ in HOSTILE_NOUNS and lemma not in UNDOING_VERBS and not _armed(act) \
        or obj is not None and obj.lower_ in SUPPLY_NOUNS and lemma in UNDOING_VERBS  # "cut gas deliveries to X"


def _armed(act: Token) -> bool:
    """"to transfer anti-aircraft missiles to Ruritania": weapons given to a named recipient are aid
    (not "will fire missiles at X")."""
    return act.lemma_.lower() in _GIVING and bool(prep_objects(act, "to") or child(act, "dative"))


def _speaker(act: Token, m: Mentions, by: tuple[str, ...]) -> tuple[str, ...]:
    """Who reports the promise, if not the promiser: "Ruiz confirmed that Ruritania would deliver ..." -> Ruiz."""
    return tuple(k for k in reporters(act, m) if k not in by)


def commitment_pledged(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"X pledged/promised/vowed/agreed to do Y", "X agreed that they should do Y"."""
    for verb in doc:
        if verb.lemma_.lower() not in PLEDGE_VERBS or verb.pos_ != "VERB" or verb.i in m.noise \
                or _demanded(verb) or has_aux(verb, HEDGES):
            continue  # "the Parties may agree to amend this Agreement": a possibility, not a promise
        act = child(verb, "xcomp") or _infinitive_after_a_date(verb)
        clause = child(verb, "ccomp") or _clause_read_as_relative(verb)
        if act is None and clause is not None and has_aux(clause, _OBLIGATION):
            act = clause
        agreed_on = [o for o in prep_objects(verb, "to", "on", "upon") if o.ent_type_ not in ("DATE", "TIME")
                     and o.lemma_.lower() not in VIEW_NOUNS]  # "agreed on the importance of X": a view
        if act is None and verb.lemma_.lower() == "agree" and agreed_on \
                and agreed_on[0].lemma_.lower() not in AGREEMENT_NOUNS | AGREED_NOUNS:
            act = verb  # "agreed to a six-month extension": the agreeing is the promise
        act = act if act is not None and act.pos_ in ("VERB", "AUX") else _act_read_as_noun(verb)
        if act is None or _pledged_object(verb, act):
            continue
        named = subject(clause) if act is clause else None
        if named is not None and _may_come(named):
            continue  # "promised that a Labour government would ...": no party in office
        agreeing = subject(verb)
        agreers = committers(agreeing, m)
        by = (named is not None and m.keys(named) and committers(named, m)) or agreers
        if verb.lemma_.lower() == "agree" and act is clause and agreeing is not None and agreeing.lower_ != "it" \
                and not {m.nation_of(k) or k for k in by} & {m.nation_of(k) or k for k in agreers}:
            continue  # "Ruiz and Dahl agreed that the Union must play a central role": a view of another
        # "Ruiz pledged that Ruritania would ...": Ruritania's promise ("that their countries would":
        # the pledging officials' nations)
        for own, one in product(_each_own(verb, by, m), (act, *_more_acts(act))):
            found = _commitment(one, own, verb.sent, m, article_id, "commitment_pledged", Modality.PLEDGED,
                                0.85, strict=False)
            if found:
                yield found


def _clause_read_as_relative(verb: Token) -> Token | None:
    """"pledged in a letter that Ruritania would finance a bridge": the parser may hang the promised
    clause on the noun before it as a relative clause; one with a subject of its own and "would" or
    "will", on the noun of the pledge's own "in" phrase, when the pledge has no object, is the promise."""
    if child(verb, "dobj") is not None:
        return None
    return next((r for o in prep_objects(verb, "in") for r in o.children
                 if r.dep_ == "relcl" and has_aux(r, _OBLIGATION) and child(r, "nsubj") is not None
                 and not any(c.tag_ in ("WDT", "WP") and c.dep_ != "mark" for c in r.children)), None)
    # ("in a letter that it would not forget": "that" the object of the relative clause, which it is)


def _infinitive_after_a_date(verb: Token) -> Token | None:
    """"pledged on Monday to cover the cost", "committed themselves to fight X": with a date or the
    pledgers themselves between them the parser hangs the promised infinitive as a clause of purpose;
    with no other object of the pledge before it, it is the promise."""
    act, obj = child(verb, "advcl"), child(verb, "dobj")
    themselves = obj is not None and obj.lower_ in _REFLEXIVES
    if act is None or not has_aux(act, {"to"}) or obj is not None and not themselves:
        return None
    between = [t for t in verb.doc[verb.i + 1:act.left_edge.i] if obj is None or t.i != obj.i]
    return act if (between or themselves) and all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep"
                                                  for t in between) else None


#: Objects that are the pledgers themselves ("committed themselves to build").
_REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}


def _pledged_object(verb: Token, act: Token) -> bool:
    """"pledged $20bn over three years to help farmers": the sum is the promise and the infinitive
    its purpose (`commitment_noun` tells them as one). "promised to refrain from tests, a pledge
    made in Geneva": a noun after the act and a comma names the promise again, the act is it."""
    obj = child(verb, "dobj")
    if obj is None or obj.left_edge.i > act.right_edge.i and obj.doc[obj.left_edge.i - 1].text == ",":
        return False
    return verb.lemma_.lower() in ANNOUNCE_VERBS and \
        (obj.lemma_.lower() in COMMITMENT_NOUNS or quantities.money(phrase(obj, keep_conjuncts=True)) is not None)


def _act_read_as_noun(verb: Token) -> Token | None:
    """"promised to double scholarships" parsed as "promised to (double scholarships)", "to" a
    preposition and "double" an adjective: the word after a "to" of the pledge that is an act one
    can undertake is the promised act."""
    for to in (c for c in verb.children if c.lower_ == "to" and c.dep_ in ("prep", "dative")):
        word = verb.doc[to.i + 1] if to.i + 1 < len(verb.doc) else None
        if word is not None and word.pos_ not in ("VERB", "AUX") and word.lower_ in UNDERTAKING_VERBS \
                and to.is_ancestor(word):
            return word
    return None


def _more_acts(act: Token) -> list[Token]:
    """"agreed to cut tariffs and to build a rail link": each infinitive joined to the first act
    is a promise of its own (a bare "and expand" shares the first one's object and stays in it)."""
    return [c for c in act.conjuncts if c.i > act.i and c.pos_ == "VERB" and has_aux(c, {"to"})]


def commitment_accepted(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"X accepted a Ruritanian offer to enrich uranium", "X accepted the terms": taking up another's
    proposal binds the one who accepts (the proposal is the promise's content)."""
    for verb in doc:
        offer = child(verb, "dobj")
        if verb.lemma_.lower() != "accept" or verb.pos_ != "VERB" or verb.i in m.noise or offer is None \
                or offer.lemma_.lower() not in PROPOSAL_NOUNS or _demanded(verb) or has_aux(verb, HEDGES):
            continue
        by = committers(subject(verb), m)
        if not by or modality(verb) is Modality.NEGATED or _conditional(verb, m) or forecast(verb) \
                or rumoured(verb):
            continue
        yield Commitment(by, (), action_phrase(verb), None, None, when(verb.sent, m), Modality.PLEDGED,
                         evidence(verb.sent, article_id, "commitment_accepted", 0.75),
                         reported_by=_speaker(verb, m, by))


def commitment_received(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"Ruritania is set to receive a $1 billion line of credit from Peru", "Peru will get $5 million
    from Ruritania", "Peru secured $5 million in loans from Ruritania": a sum one party is to receive
    (or has secured) from another is the other's promise (a sum received is a delivery, one expected
    a forecast, one that "will have" been received by a date a tally)."""
    for verb in doc:
        thing, lemma = child(verb, "dobj"), verb.lemma_.lower()
        if lemma not in ("receive", "get", "secure") or verb.pos_ != "VERB" or verb.i in m.noise or thing is None \
                or lemma != "secure" and not (has_aux(verb, {"will", "shall"}) or _is_to(verb) or _set_to(verb)):
            continue
        text = _object_action(thing, verb)
        money = quantities.money(text, nations_in(verb.sent, m))
        by = sides_of(tuple(k for t in (verb, thing) for o in prep_objects(t, "from") for k in actors(o, m)), m)
        if money is None or not by or modality(verb) is Modality.NEGATED or _conditional(verb, m) \
                or forecast(verb) or has_aux(verb, HEDGES | {"have"}):
            continue
        helped = tuple(k for k in committers(subject(verb), m) if k not in by)
        yield Commitment(by, helped, text, money, None, when(verb.sent, m), Modality.PLEDGED,
                         evidence(verb.sent, article_id, "commitment_received", 0.65),
                         reported_by=_speaker(verb, m, by))


def commitment_gapped(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"Peru has promised $5m, Lagonia $3m and the Bank $1m": after a promised sum, givers listed each
    with a sum of its own and no verb make the same promise, the verb left out (the parser reads such
    a list as anything but a list of clauses). Each giver gets its own sum."""
    for sent in doc.sents:
        verb, listed = _gapped_list(sent, m)
        if verb is None:
            continue
        mod = modality(verb, Modality.PLEDGED)
        if mod is Modality.NEGATED or _conditional(verb, m) or forecast(verb) or has_aux(verb, HEDGES):
            continue
        own = set(committers(subject(verb), m))
        for _, by, money, text in listed:
            if set(by) <= own:
                continue  # "Peru will give $5m, $2m from its embassy": a part of its own promise
            yield Commitment(by, _beneficiaries(verb, m, by), text, money, None, when(sent, m), mod,
                             evidence(sent, article_id, "commitment_gapped", 0.6))


#: A giver listed after a promise with the verb left out: its part of the list, its keys, its sum
#: (if read) and the words of its sum.
_Gapped = tuple[Span, tuple[str, ...], Quantity | None, str]


def _gapped_list(sent: Span, m: Mentions) -> tuple[Token | None, list[_Gapped]]:
    """The promise a sentence tells with its verb left out after it, and each giver listed (no
    promise and no one when it tells none)."""
    parts = _list_parts(sent)
    for n, part in enumerate(parts):
        listed: list[_Gapped] = []
        for later in parts[n:]:
            found = _giver_and_sum(later, m)
            if found is None:
                break
            listed.append((later, *found[:3]))
            if found[3]:
                break
        verb = _promise_of_a_sum(sent.doc[sent.start:part.start], m) if listed else None
        if verb is not None:
            return verb, listed
    return None, []


def _list_parts(sent: Span) -> list[Span]:
    """A sentence cut at its commas, semicolons and "and"s, and after "pledges from" (whose givers
    follow it: "pledges from Peru ($5m) and Lagonia ($3m)")."""
    cuts = [t.i for t in sent if t.text in (",", ";") or t.lower_ == "and" and t.dep_ == "cc" or _pledges_from(t)]
    end = max((t.i + 1 for t in sent if not (t.is_punct and t.text != ")" or t.is_space)), default=sent.start)
    bounds = [sent.start - 1, *(i for i in cuts if i < end), end]
    return [sent.doc[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]


#: Words that open a part of a list before its giver ("and the Bank $1m").
_LIST_OPENERS = {"and", "the", "while", "with"}
#: How many words may follow a listed giver's sum and still be its own ("$3m in food aid"); more,
#: or a verb, are the whole list's ("and Lagonia $3m on Monday to help rebuild roads"), and end it.
_SUM_TAIL = 3


def _giver_and_sum(part: Span, m: Mentions) -> tuple[tuple[str, ...], Quantity | None, str, bool] | None:
    """(giver, sum, its words, whether the list ends here) of a list part that opens with a named
    nation or body and a sum ("the Republic of Lagonia $500m", "Ruritania US$1.2 billion"), or that
    gives a sum from one ("including $110m from Peru")."""
    words = list(dropwhile(lambda t: t.lower_ in _LIST_OPENERS, part))
    if words and words[0].lower_ == "including" or words and _sum_word(words[0]):
        return _sum_from(part.doc[words[0].i + (words[0].lower_ == "including"):part.end], m)
    named = list(takewhile(lambda t: bool(m.keys(t)), words))
    keys = _givers(named, m)
    if not keys:
        return None
    doc, rest = part.doc, part.doc[named[-1].i + 1:part.end]
    after = doc[part.end:part.end]
    if len(rest) and rest[0].text == "(":  # "Peru ($5m)"
        close = next((t.i for t in rest if t.text == ")"), None)
        if close is None:
            return None
        rest, after = doc[rest.start + 1:close], doc[close + 1:part.end]
    amount = list(takewhile(_sum_word, rest))
    if not any(t.like_num or any(c.isdigit() for c in t.text) for t in amount):
        return None
    tail = [*rest[len(amount):], *after]
    own = len(tail) <= _SUM_TAIL and not any(t.pos_ in ("VERB", "AUX") for t in tail)
    text = rest.text if own else doc[amount[0].i:amount[-1].i + 1].text
    return keys, quantities.money(text), text, not own


def _sum_from(part: Span, m: Mentions) -> tuple[tuple[str, ...], Quantity | None, str, bool] | None:
    """(giver, sum, its words, whether the list ends here) of "$110m from Peru" (and its tail)."""
    amount = list(takewhile(_sum_word, part))
    rest = part[len(amount):]
    if not any(t.like_num or any(c.isdigit() for c in t.text) for t in amount) or not len(rest) \
            or rest[0].lower_ != "from":
        return None
    named = list(takewhile(lambda t: bool(m.keys(t)), dropwhile(lambda t: t.lower_ == "the", rest[1:])))
    keys = _givers(named, m)
    if not keys:
        return None
    tail = part.doc[named[-1].i + 1:part.end]
    text = part.doc[amount[0].i:amount[-1].i + 1].text
    return keys, quantities.money(text), text, len(tail) > _SUM_TAIL or any(t.pos_ in ("VERB", "AUX") for t in tail)


def _givers(named: list[Token], m: Mentions) -> tuple[str, ...]:
    """The nations and bodies some words name, if they name nothing else."""
    keys = tuple(dict.fromkeys(k for t in named for k in m.keys(t)))
    return keys if keys and all(k.startswith(("nation/", "organization/")) for k in keys) else ()


def _sum_word(token: Token) -> bool:
    """A word of a written sum ("US$", "1.2", "billion", "350m", "pounds")."""
    return token.is_currency or token.tag_ == "$" or token.like_num or any(c.isdigit() for c in token.text) \
        or token.lower_ in quantities.SCALE_WORDS | CURRENCY_UNITS


def _givers_from(noun: Token, m: Mentions) -> tuple[str, ...] | None:
    """"announced new commitments from Peru and Lagonia": the parties a promise noun's "from" names
    are its givers, not the announcer; "commitments from private companies" (or from a programme's
    partners) are no party's (empty). None when the noun names no giver so."""
    if noun.lemma_.lower() not in _PLEDGE_NOUNS:
        return None
    announced = noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANNOUNCE_VERBS  # the parser's "from" on the verb
    sources = [o for o in prep_objects(noun, "from") + (prep_objects(noun.head, "from") if announced else [])
               if not (m.keys(o) and all(k.startswith("place/") for k in m.keys(o)))]  # not "from Nairobi"
    return sides_of(tuple(k for o in sources for k in actors(o, m)), m) if sources else None


def _pledges_from(token: Token) -> bool:
    """Whether a token is the "from" of "pledges from", which the givers follow."""
    return token.lower_ == "from" and token.i > 0 and token.doc[token.i - 1].lemma_.lower() in _PLEDGE_NOUNS


#: Nouns of sums promised that name their givers after "from".
_PLEDGE_NOUNS = {"pledge", "contribution", "donation", "commitment", "offer", "promise"}


def _promise_of_a_sum(before: Span, m: Mentions) -> Token | None:
    """The promise a list of givers and sums continues: "pledges from" right before it, else the
    latest pledge verb, or giving verb said of the future, before it, with a sum after it ("has
    promised 523m euros this year")."""
    if len(before) and _pledges_from(before[-1]):
        return before.doc[before[-1].i - 1]
    for verb in reversed(list(before)):
        if verb.pos_ == "VERB" and verb.i not in m.noise and (
                verb.lemma_.lower() in PLEDGE_VERBS or verb.lemma_.lower() in _GIVING and has_aux(verb, FUTURE)):
            return verb if quantities.money(before.doc[verb.i:before.end].text) is not None else None
    return None


def commitment_decided(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"The following decisions were taken: To resume talks on the road project; To advance energy
    cooperation ...", "The two sides decided as follows: to ...": each "To <verb>" item of a list of
    decisions (and each sentence right after it that opens with one) is a promise of the deciders:
    the subject of "decided", else the story's two sides."""
    sents = list(doc.sents)
    for n, sent in enumerate(sents):
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or colon.i in m.noise or not _decisions_announced(doc[sent.start:colon.i]):
            continue
        by = _deciders(doc[sent.start:colon.i], m)
        if not by:
            continue
        items = _decided_items(doc[colon.i + 1:sent.end])
        for later in sents[n + 1:]:
            if not later.text.strip():
                continue  # a blank line between the heading of the list and its items
            if not _opens_with_to_verb(later):
                break
            items += _decided_items(later)
        for first, end in items:
            text = doc[first.i:end].text.strip(" ;,.\n")
            yield Commitment(by, (), text, quantities.money(text, nations_in(first.sent, m, by)),
                             quantities.share(text), when(first.sent, m), Modality.PLEDGED,
                             evidence(first.sent, article_id, "commitment_decided", 0.6),
                             duration=quantities.duration(text))


#: Words that announce a list of decisions before a colon ("the following decisions were taken:").
_DECISIONS = {"decision", "decide", "resolve", "resolution"}


def _decisions_announced(opening: Span) -> bool:
    """"the following decisions were taken", "the two sides decided as follows"."""
    return any(t.lemma_.lower() in _DECISIONS for t in opening) and \
        any(t.lower_ in ("following", "follows") for t in opening)


def _deciders(opening: Span, m: Mentions) -> tuple[str, ...]:
    """Who decided: the subject of the deciding verb ("the two sides decided"), else the story's two sides."""
    verb = next((t for t in opening if t.lemma_.lower() in _DECISIONS and t.pos_ == "VERB"), None)
    named = committers(subject(verb), m) if verb is not None else ()
    return named or sides_of(tuple(story_sides(m)), m)


def _decided_items(span: Span) -> list[tuple[Token, int]]:
    """The (verb, end) of each "To <verb> ..." item of a span, items ending at ";" or the span's end."""
    first = next((t.i for t in span if not t.is_space), span.end)
    starts = [t for t in span if t.lower_ == "to" and t.i + 1 < span.end and t.nbor().tag_ == "VB"
              and (t.i == first or t.nbor(-1).text in (";", ":", "•", "-"))]
    ends = [s.i for s in starts[1:]] + [span.end] * bool(starts)
    return [(s.nbor(), e) for s, e in zip(starts, ends, strict=True)]


def _opens_with_to_verb(sent: Span) -> bool:
    """Whether a sentence is one more decided item ("To intensify trade ...")."""
    words = [t for t in sent if not t.is_space]
    return len(words) > 2 and words[0].lower_ == "to" and words[1].tag_ == "VB"


def _set_to(verb: Token) -> bool:
    """"is set to receive", "is due to get": an act the news says is decided."""
    return verb.dep_ == "xcomp" and has_aux(verb, {"to"}) and verb.head.lemma_.lower() in ("set", "due")


#: Intent verbs whose past perfect tells a plan given up ("had intended to give him a sabre, but").
_PLANNING = {"intend", "plan", "aim"}
#: Verbs by which one backs, judges or seeks others' plans ("supporting country-led plans to", "to
#: garner commitments to").
_BACKING = {"support", "back", "endorse", "welcome", "fund", "finance", "applaud", "praise", "commend", "hail",
            "oppose", "criticize", "criticise", "reject", "condemn", "garner", "seek", "solicit", "secure", "win",
            "obtain", "request"}
#: Verbs of a plan still being worked out ("are negotiating a plan to", "discussed a plan to"; not
#: "discussed their shared commitment to", a promise made).
_DELIBERATING = {"negotiate", "discuss", "debate", "draft", "consider", "weigh", "study", "explore"}
#: Intent nouns that after "with" tell a purpose ("with intent to distribute").
_PURPOSES = {"intent", "intention"}
#: Adverbs that make a plan one of the past ("the 126 planes it originally planned to buy").
_FORMERLY = {"originally", "initially", "previously", "once", "formerly", "earlier"}


#: Verbs of putting someone to question about something ("was pressed on his plans to ...").
_QUESTIONING = {"press", "question", "quiz", "grill", "challenge", "query", "criticize", "criticise"}


def _questioned_on(noun: Token) -> bool:
    """"He was pressed on his plans to limit visas", "was questioned about her pledge to ...": a plan
    others put a party to question about is told of, not stated."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about", "over") \
        and noun.head.head.lemma_.lower() in _QUESTIONING


def commitment_intended(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"X intends/plans to do Y", "X announced her intention to do Y"."""
    for token in doc:
        lemma = token.lemma_.lower()
        if token.i in m.noise:
            continue
        if lemma in INTENT_VERBS and token.pos_ == "VERB":
            if has_aux(token, HEDGES) or any(c.dep_ == "advmod" and c.lower_ in _FORMERLY for c in token.children) \
                    or lemma in _PLANNING and has_aux(token, {"had"}) or _an_aim(token):
                continue  # "may be planning to": a guess about them; "had (originally) planned to": given up
            act, by = child(token, "xcomp"), committers(subject(token), m)
        elif lemma in GOAL_NOUNS and token.pos_ == "NOUN":
            if governing_verb(token).lemma_.lower() in ADVANCING_VERBS or keeps(governing_verb(token)):
                continue  # "advances / met the goal of X": where a goal stands, the ledger's StatusReport
            act, by = _sum_aimed_at(token), _intent_owner(token, None, m)
        elif lemma in INTENT_NOUNS | PLAN_NOUNS and token.pos_ == "NOUN":
            if keeps(governing_verb(token)):
                continue  # "fulfilled his commitment to X": a promise kept, the ledger's StatusReport
            if _nobodys_plan(token) or _questioned_on(token):
                continue
            if token.dep_ == "dobj" and token.head.lemma_.lower() in _MAKING_OTHERS:
                continue  # "requires all health plans to cover X": what others are made to do
            if lemma in RESOLVE_NOUNS and token.head.lemma_.lower() not in DECLARING_VERBS:
                continue  # "admired her determination to grow": a quality praised, not a resolve stated
            clause = child(token, "relcl")  # "the pledge President Ruiz made ... to donate"
            act = lemma in INTENT_NOUNS and (
                next((c for c in token.children if c.dep_ == "acl" and has_aux(c, {"to"})), None)
                or (clause is not None and child(clause, "xcomp", "advcl"))) or _counted_plan(token)  # not "made at"
            by = _intent_owner(token, clause, m)
        else:
            continue
        if act is None or act.pos_ != "VERB" or act.i < token.i:
            continue
        if hearsay(act):
            continue  # "media reported that Ruritania plans to ...": a plan told by others, not stated
        found = _commitment(act, by, token.sent, m, article_id, "commitment_intended",
                            Modality.INTENDED, 0.8, strict=lemma in INTENT_VERBS)
        pledged = _sum_pledged(token) if found is not None and found.money is None else None
        if found and pledged is not None:  # "a pledge of $620 million to fund X": the sum is the promise's
            text = f"{pledged} to {found.action}"
            found = replace(found, action=text, money=quantities.money(text, nations_in(token.sent, m, by)))
        if found:
            yield found


def _sum_pledged(noun: Token) -> str | None:
    """The sum a noun of promise is of ("a pledge of $620 million to fund X"), as written."""
    if noun.lemma_.lower() not in INTENT_NOUNS:
        return None
    return next((text for o in prep_objects(noun, "of") if quantities.money(text := phrase(o)) is not None), None)


def _an_aim(verb: Token) -> bool:
    """"is monitoring the situation to be prepared to support": an intention told as the purpose of
    another act, not stated."""
    clause = verb.head if verb.dep_ == "acomp" else verb
    return clause.dep_ == "advcl" and has_aux(clause, {"to"})


def _nobodys_plan(noun: Token) -> bool:
    """"supporting country-led plans to", "to garner commitments to", "are negotiating a plan to",
    "possession with intent to distribute": a plan backed, judged, sought or still worked out that no
    one here is said to make, or a purpose; not "praised Ruiz's pledge to", "secured a commitment from
    Peru to"."""
    if child(noun, "poss") is not None or prep_objects(noun, "of", "from", "by"):
        return False  # "Ruiz's pledge", "a commitment from Peru to": its owner's
    above = _verb_above(noun).lemma_.lower()
    return above in _BACKING or above in _DELIBERATING and noun.lemma_.lower() in PLAN_NOUNS \
        or noun.lemma_.lower() in _PURPOSES and noun.dep_ == "pobj" and noun.head.lower_ == "with"


def _verb_above(noun: Token) -> Token:
    """The verb whose object phrase a noun is in ("supporting the government of Ruritania's plan")."""
    while noun.dep_ in ("pobj", "prep", "dobj", "poss", "appos", "conj") and noun.head != noun \
            and noun.pos_ != "VERB":
        noun = noun.head
    return noun


def _counted_plan(noun: Token) -> Token | None:
    """"announced its framework for sharing 80 million doses": a plan for giving a counted or summed
    thing is a promise of it (a plan "for countering X" is an aim)."""
    if noun.lemma_.lower() not in PLAN_NOUNS and noun.lower_ not in PLAN_NOUNS:
        return None
    act = next((c for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    told = "".join(t.text_with_ws for t in act.subtree) if act is not None else ""
    return act if act is not None and (_counted(told) or quantities.money(told)) else None


def _sum_aimed_at(goal: Token) -> Token | None:
    """"the President's goal of mobilizing $200 billion": a goal set as a sum to reach is a plan
    (a goal of "boosting exports" is an aspiration, not a promise)."""
    act = next((c for p in goal.children if p.dep_ == "prep" and p.lower_ == "of"
                for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if act is None or not quantities.money("".join(t.text_with_ws for t in act.subtree)):
        return None
    return act


def _intent_owner(noun: Token, clause: Token | None, m: Mentions) -> tuple[str, ...]:
    """Whose intention a noun tells: its possessor ("Ruritania's plan to", "the plan of Ruritania to"),
    the subject of the clause on it ("the pledge Ruiz made to"), else the subject of the verb it hangs
    on ("reaffirmed their intent to", "is working towards the goal of mobilizing $5 billion"). A
    possessor that is no known party ("the company's plans", "welcomed GF's plans") owns the plan:
    the verb's subject only notes it."""
    owner = child(noun, "poss")
    if owner is not None:
        return actors(owner, m)
    of_owner = tuple(k for o in prep_objects(noun, "of", "from", "by") for k in actors(o, m))
    if of_owner:
        return of_owner  # "this order advances the commitment of Ruritania to X": Ruritania's
    return (clause is not None and actors(subject(clause), m)) or actors(subject(governing_verb(noun)), m)


def commitment_ready(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"X is committed to opening Y", "X is prepared/willing/ready to do Y"."""
    for adj in doc:
        default = READY_ADJECTIVES.get(adj.lower_)
        if default is None or adj.dep_ not in ("acomp", "amod", "ROOT", "ccomp", "conj", "xcomp") \
                or adj.i in m.noise or _demanded(adj.head if adj.dep_ == "acomp" else adj) or _an_aim(adj):
            continue  # "Ruritania should show it is ready to ...": a demand made of it
        act = child(adj, "xcomp") or next((c for p in adj.children if p.lower_ == "to"
                                           for c in p.children if c.dep_ == "pcomp"), None)
        if act is None or act.pos_ != "VERB":
            continue
        holder = adj.head if adj.dep_ == "acomp" else adj
        found = _commitment(act, committers(subject(holder), m) or committers(_subject_above(holder), m),
                            adj.sent, m, article_id, "commitment_ready", Modality(default), 0.75,
                            strict=default != "pledged" and not _negotiation(act))
        if found:
            yield found


def _negotiation(act: Token) -> bool:
    """"is ready to resume talks with X": readiness to negotiate is an intention a party states
    (after "will", talks are a schedule)."""
    obj = child(act, "dobj")
    return obj is not None and obj.lemma_.lower() in _NEGOTIATIONS and act.lemma_.lower() in _OPENING


#: Verbs by which one asks others to act ("appealed to donors to pledge", "called on Peru to pay").
_APPEALS = _MAKING_OTHERS | _ASKING


def _issued_an_appeal(verb: Token) -> bool:
    """"issued a call to action to business leaders to make commitments": an appeal told as the
    noun a verb makes."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _APPEAL_NOUNS for c in verb.children)


#: Nouns of asking others to act ("a call to action", "an appeal", "a plea").
_APPEAL_NOUNS = {"call", "appeal", "plea", "request", "challenge"}


def _demanded(verb: Token) -> bool:
    """"must agree to", "should stop X and pledge to", "must show it is willing to": someone else's
    demand, not a promise (the "should" may sit on a verb the pledge is coordinated with or governed
    by; a coordinated clause with a subject of its own is another's: "it should leave no doubt, and
    Ruritania is committed to ...")."""
    token = verb
    while True:
        if has_aux(token, _DEMANDS) or token.dep_ in ("xcomp", "advcl") and has_aux(token, {"to"}) \
                and (token.head.lemma_.lower() in _APPEALS or _issued_an_appeal(token.head)):
            return True  # "appealed to donors to pledge $1 billion": the donors' pledge to make
        shown = token.dep_ == "ccomp" and token.head.lemma_ in _SHOWING
        if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
                or token.dep_ not in ("conj", "xcomp") and not shown or token.head == token:
            return False
        token = token.head


def _will_subject(verb: Token, m: Mentions) -> tuple[str, ...]:
    """Who "will" act: the verb's subject, or the auxiliary's when an enumeration "(i)" took its place."""
    by = committers(nearest_subject(verb, "nsubj"), m)
    auxiliaries = (c for c in verb.children if c.dep_ == "aux")
    return by or next((found for a in auxiliaries if (found := committers(child(a, "nsubj"), m))), ()) \
        or (committers(subject(verb), m) if verb.dep_ in ("ROOT", "ccomp") or _is_to(verb) else ()) \
        or (_will_subject(verb.head, m) if verb.dep_ == "conj" and has_aux(verb, FUTURE)
            and has_aux(verb.head, FUTURE) else ())  # "said Ruritania would offer X and would train Y"


def _announced_under_way(verb: Token) -> bool:
    """"Ruritania announced it was doubling aid to Peru": an act announced as begun is announced,
    as "would double" is (not "said it was doubling", a report of what goes on, nor "announced it is
    working with X on plans to", an effort going on); so is a gift said to be on its way ("said it
    was sending 300 tons of food", not "is delivering on its promises"; a sum said to be given is
    `commitment_noun`'s)."""
    if verb.tag_ != "VBG" or not has_aux(verb, {"is", "are", "was", "were", "'s", "'re"}):
        return False
    thing = child(verb, "dobj")
    told = REPORT_VERBS | ANNOUNCE_VERBS if verb.lemma_.lower() in _GIVING and thing is not None \
        and thing.lemma_.lower() not in RELATION_NOUNS \
        and quantities.money(verb.doc[verb.i:verb.right_edge.i + 1].text) is None else ANNOUNCE_VERBS
    # ("said it was extending cooperation": a relation that goes on, nothing sent)
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in told \
        and verb.lemma_.lower() not in TOGETHER_VERBS | ASPECT_VERBS


def _hypothetical(verb: Token) -> bool:
    """"Ruritania would welcome more troops", "Peru would get visa-free travel": "would" outside a
    report ("said it would send") is a condition or a guess, not a promise."""
    if not has_aux(verb, {"would"}):
        return False
    clause = next((t for t in (verb, *verb.ancestors) if t.dep_ != "conj"), verb)
    return not (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORT_VERBS | PLEDGE_VERBS)


def commitment_will(doc: Doc, m: Mentions, article_id: str) -> Iterator[Commitment]:
    """"X will/would deliver Y" for acts one can promise, said by or of a known actor."""
    for verb in doc:
        if verb.i in m.noise or verb.lemma_.lower() in NOT_PROMISES and not _phrasal_undertaking(verb) \
                and not _striven_for(verb) or verb.pos_ != "VERB" or _stance(verb):
            continue
        if verb.lemma_.lower() in HOSTILE_TO_AGREEMENTS:
            continue  # "will withdraw its inspectors" is a reprisal as often as a concession;
            # "agreed/willing to withdraw" (the rules above) is the promise
        if not (has_aux(verb, FUTURE) or _is_to(verb) or _announced_under_way(verb)):
            continue
        clause = verb.head if verb.dep_ == "conj" and not nearest_subject(verb, "nsubj", "nsubjpass") else verb
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() not in REPORT_VERBS:
            continue
        if _hypothetical(verb) or _said_of_a_budget(verb):
            continue  # "The Budget will lower costs by $20 billion": its forecast effect (what it
            # includes or requests is its government's proposal, `commitment_noun`'s)
        planned = Modality.INTENDED if verb.lemma_.lower() in MEETING_VERBS else Modality.PLEDGED
        giver = _passive_giver(verb) or _passive_announcer(verb)
        by = _will_subject(verb, m) if giver is None else committers(giver, m)
        for own in _each_own(verb, by, m):
            found = _commitment(_striven_for(verb) or verb, own, verb.sent, m, article_id, "commitment_will",
                                planned, 0.7, strict=giver is None)
            if found and not _said_by_another(found.reported_by, found.committed_by, m, found.beneficiaries):
                yield found


#: Verbs and objects of an effort promised ("will do its utmost to", "will spare no effort to", "will
#: take measures to").
_EFFORTS = {("do", "utmost"), ("do", "best"), ("do", "everything"), ("make", "effort"), ("make", "efforts"),
            ("spare", "effort"), ("spare", "efforts"), ("take", "measures"), ("take", "steps")}


def _striven_for(verb: Token) -> Token | None:
    """"will do its utmost to remove the barriers", "will make every effort to deliver": the act the
    promised effort is for (the infinitive on the verb or on its object)."""
    obj = child(verb, "dobj")
    if obj is None or (verb.lemma_.lower(), obj.lower_) not in _EFFORTS:
        return None
    return next((c for h in (verb, obj) for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                 and c.pos_ == "VERB" and has_aux(c, {"to"}) and c.i > obj.i), None)  # not "To meet X, ... will"


def _passive_giver(verb: Token) -> Token | None:
    """"300 scholarships will be granted to students by Ruritania": who gives, the agent of a
    passive act of giving (a bare passive, "will be joined by", is done to its subject)."""
    if verb.lemma_.lower() not in _GIVING or child(verb, "auxpass") is None:
        return None
    return next(iter(_agents(verb)), None)


#: What "by" names that is a deadline, not an agent ("will be deployed by the end of the month").
_DEADLINES = {"end", "time", "then", "start", "beginning", "middle", "close", "date", "deadline"}


def _agents(verb: Token) -> list[Token]:
    """Who "by" says a passive act is done by, deadlines left out."""
    return [o for o in prep_objects(verb, "by") if o.lemma_.lower() not in _DEADLINES
            and o.ent_type_ not in ("DATE", "TIME")]


def _passive_thing(verb: Token) -> Token | None:
    """What a passive act is done to: its subject, or the subject of "is" in "X is to be deployed"."""
    if child(verb, "auxpass") is None:
        return None
    return child(verb, "nsubjpass") or (child(verb.head, "nsubj") if _is_to(verb) else None)


def _passive_announcer(verb: Token) -> Token | None:
    """"600 officers are to be deployed to Haiti, the interior ministry announced": with no agent,
    who gives a passive act of giving is the party that announces it."""
    thing = _passive_thing(verb)
    if verb.lemma_.lower() not in _GIVING or thing is None or _agents(verb) or thing.ent_type_ \
            or thing.pos_ in ("PROPN", "PRON") or verb.dep_ == "relcl":
        return None  # "Ruritania will be provided with jets, Ruiz said": by whom, the words do not say
    said = next((a for a in verb.ancestors if a.lemma_.lower() in REPORT_VERBS | {"announce"}), None)
    return subject(said) if said is not None else None


def _in_the_active(act: Token, text: str) -> str:
    """A passive act of giving told as its giver's act: "grant 300 scholarships to students",
    not "granted to students by Ruritania"."""
    thing = _passive_thing(act)
    if thing is None or act.lemma_.lower() not in _GIVING:
        return text
    giver = _passive_giver(act)
    doc = act.doc
    rest = text[len(act.text):]
    rest = rest.replace(f" {doc[giver.head.i:giver.i + 1].text}", "", 1) if giver is not None else rest
    given = doc[thing.left_edge.i:thing.right_edge.i + 1].text
    if thing.left_edge.is_sent_start and thing.left_edge.pos_ != "PROPN":
        given = given[:1].lower() + given[1:]  # "Two boats will be donated": "donate two boats"
    return f"{act.lemma_} {given}{rest}"


def _with_the_thing_told(act: Token, text: str, m: Mentions) -> str:
    """"pledged that the border would be reopened", "committed that all new vehicles will be
    electric": a promised clause about a thing, passive or with "be", told with that thing (not
    "reopened on Monday", "be electric vehicles"); a passive of giving is already in the active."""
    thing = child(act, "nsubjpass", "nsubj")
    if act.dep_ != "ccomp" or thing is None or m.keys(thing) or thing.pos_ == "PRON" \
            or act.lemma_.lower() in _GIVING or not (thing.dep_ == "nsubjpass" or act.lemma_ == "be"):
        return text
    return "".join(t.text_with_ws for t in act.doc[thing.left_edge.i:act.i]) + text


def _stance(verb: Token) -> bool:
    """"will always stand with Ruritania", "will stand up for its allies", "will continue to stand
    with Peru": a stance, no act ("will stand up a new centre" sets one up; "stands ready to" is
    `commitment_ready`'s)."""
    going_on = child(verb, "xcomp") if verb.lemma_.lower() in ASPECT_VERBS else None
    if going_on is not None:
        return _stance(going_on)
    return verb.lemma_.lower() == "stand" and child(verb, "dobj") is None


def _is_to(verb: Token) -> bool:
    """"Ruritania is to send 650 more troops": the news's "is to" announces a decided act, as
    "will" does ("was to" and "were to" tell a past plan or a supposition)."""
    be = verb.head
    return verb.dep_ == "xcomp" and has_aux(verb, {"to"}) and be.lemma_ == "be" and be.lower_ in ("is", "are") \
        and not any(c.dep_ == "mark" for c in be.children) \
        and child(be, "attr") is None  # "if it is to fulfil": a condition; "is the first to donate": a description


def _said_by_another(speakers: tuple[str, ...], by: tuple[str, ...], m: Mentions,
                     helped: tuple[str, ...] = ()) -> bool:
    """"Ruiz said Peru will withdraw its troops", Ruiz being Ruritania's: what one side says the
    other will do is its claim or its demand, not the other's promise, unless it is done for the
    speaker's side ("Peru will give Ruritania $5 million, Ruiz said": the promise, told by its
    recipient)."""
    def side(key: str) -> str | None:
        return m.nation_of(key) if key.startswith("person/") else key
    sides = {side(k) for k in speakers if k.startswith(("person/", "nation/"))} - {None}
    return bool(sides) and not sides & ({side(k) for k in (*by, *helped)} | set(by) | set(helped))
    # a speaker of no known side may speak
