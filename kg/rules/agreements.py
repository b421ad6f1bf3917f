"""Agreements: a signing verb with an agreement noun ("signed a landmark agreement")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg import nlp, quantities
from kg.facts import Agreement, Modality
from kg.lexicon import (
    AGREED_NOUNS,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    AIM_NOUNS,
    BROKER_VERBS,
    CONCLUDED_NOUNS,
    HEDGES,
    MEETING_NOUNS,
    UNMADE,
    VIEW_NOUNS,
    WISH_VERBS,
    WITNESS_VERBS,
)
from kg.mention_types import Mentions
from kg.mentions import is_heading
from kg.rules.common import (
    FUTURE,
    actors,
    batch_held,
    behalf_of,
    child,
    evidence,
    forecast,
    governing_verb,
    has_aux,
    hearsay,
    listed_actors,
    modality,
    nearest_subject,
    phrase,
    place,
    prep_objects,
    presence_of,
    reporters,
    rumoured,
    story_sides,
    subject,
    when,
    without_companies,
)

_TOPIC_PREPS = ("on", "over", "about", "for", "regarding", "covering")
#: Modifiers that say how an agreement is, not what it is about.
_NOT_TOPIC = {"landmark", "new", "historic", "major", "bilateral", "trilateral", "multilateral", "joint",
              "tentative", "preliminary", "following", "final", "initial", "interim", "formal", "first",
              "comprehensive", "important", "significant", "broad", "ambitious", "this", "that",
              "provisional", "temporary", "partial", "permanent", "lasting", "durable", "binding", "full",
              "secret", "fragile", "controversial", "key", "long-awaited", "long-term", "surprise", "draft",
              "multiple", "several", "various", "numerous", "separate", "further", "additional", "other"}
#: Participles that name an agreement's matter as their object ("five agreements covering energy").
_COVERING = {"cover", "concern", "involve", "regard", "address", "pertain", "relate"}
_WHEN = {"DATE", "TIME"}  # "signed the deal on Tuesday": a day, not a topic
_UNREALISED = {"to", "will", "would", "shall", "may", "might", "could", "should", "must"}
#: A title naming an agreed text: a joint statement or declaration, or an agreement-like document,
#: with what it is on ("Joint Statement on Trade and Investment").
_DOCUMENT_TITLE = re.compile(
    r"\b((?:joint|bilateral|trilateral)\s+(?:statement|declaration|communiqu[eé])|"
    r"(?:agreement|treaty|accord|memorandum of understanding|declaration)(?=\s+(?:between|of|on)\b))"
    r"(?:.*?\s(?:on|regarding|concerning)\s+(?:the\s+)?(.+))?", re.I)


def _agreement_noun(verb: Token) -> Token | None:
    """The agreement noun a verb acts on, as object or (passive) subject, or the noun a participle
    describes ("the deal, signed by X and Y on Monday, ...")."""
    agreed = AGREED_NOUNS if verb.lemma_.lower() == "agree" else set()  # "the plan agreed by X and Y"
    participle = verb.tag_ == "VBN" or child(verb, "agent") is not None  # (the model may tag it VBD)
    if verb.dep_ == "acl" and participle and verb.head.lemma_.lower() in AGREEMENT_NOUNS | agreed:
        return verb.head
    signed = _relative_signing(verb) or _reduced_relative(verb)
    if signed is not None:
        return signed  # "a protocol on graves, which was signed by X and Y", "the accord, which X and Y inked"
    for dep in ("dobj", "nsubjpass", "attr"):
        obj = child(verb, dep)
        obj = batch_held(obj) if obj is not None else None  # "a number of documents were signed"
        for cand in (obj, *(obj.conjuncts if obj is not None else ())):
            if cand is not None and (_an_agreement(cand, signed=verb.lemma_.lower() in _SIGNING)
                                     or _signed_between(verb, cand) or _joint_text_issued(verb, cand)):
                return cand
    obj = child(verb, "dobj")
    if obj is not None and (verb.lemma_.lower(), obj.lower_) in _FORMS_OF_AGREEING:
        return obj  # "reached a consensus on establishing a free zone", "exchanged notes on a loan"
    for obj in [*prep_objects(verb, "on", "upon", "to"), *([child(verb, "dobj")] if agreed else [])]:
        if obj is None:
            continue  # "agreed a plan to ...": the thing agreed as the object, as UK English has it
        if obj.lemma_.lower() in AGREEMENT_NOUNS | agreed:
            return obj
    return _noun_after(verb)


def _reduced_relative(verb: Token) -> Token | None:
    """"The deal reached between A and B covers fuel", "part of the arrangement agreed between A
    and B": a participle right after an agreement noun, with its "between", that the parser read as
    the noun's own verb (a deal reaches nothing) or as a clause of its own, or one with "by" the
    parser gave the noun as its subject: that noun."""
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or child(verb, "dobj") is not None:
        return None
    if _subject_of_an_agent(verb):
        return child(verb, "nsubj")
    noun = verb.doc[verb.i - 1]
    return noun if prep_objects(verb, "between") and noun.lemma_.lower() in AGREEMENT_NOUNS and noun.tag_ == "NN" \
        else None


def _subject_of_an_agent(verb: Token) -> bool:
    """"The Lima Protocol on fisheries, concluded by A, B and C, will ...": a participle with "by"
    that the parser made a verb of its own, with the agreement as its active subject (an active
    verb has no "by" agent): the agreement is what was concluded."""
    subj = child(verb, "nsubj")
    return child(verb, "agent") is not None and subj is not None and subj.lemma_.lower() in AGREEMENT_NOUNS


def _signed_between(verb: Token, thing: Token) -> bool:
    """"A cultural exchange programme was signed between the two governments": whatever is signed
    between parties is a text they agreed, whatever it is called."""
    return verb.lemma_.lower() == "sign" and bool(prep_objects(verb, "between") or prep_objects(thing, "between"))


#: Verbs and objects that make an agreement though the object is no agreement noun: a consensus
#: reached, and an exchange of notes (a treaty's form).
_FORMS_OF_AGREEING = {("reach", "consensus"), ("exchange", "notes")}


def _relative_signing(verb: Token) -> Token | None:
    """The agreement a relative clause says was signed, its pronoun the passive subject or the
    object ("which was signed by", "which X signed"), or with no pronoun at all ("the deal it struck
    with Peru"): the clause's noun, or the agreement whose "of" and "on" phrases end with it ("a
    protocol on the care of war graves, which was signed")."""
    if verb.dep_ != "relcl" or not (_pronoun_signed(verb) or _contact_clause(verb)):
        return None
    noun = verb.head
    while noun.lemma_.lower() not in AGREEMENT_NOUNS and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun if noun.lemma_.lower() in AGREEMENT_NOUNS else None


def _pronoun_signed(verb: Token) -> bool:
    """"which was signed by", "that X inked": a signing verb whose object is the relative pronoun."""
    return verb.lemma_.lower() in _SIGNING and any(
        c.dep_ in ("nsubjpass", "dobj") and c.tag_ in ("WDT", "WP") for c in verb.children)


#: Verbs besides the signing ones that make a deal in a relative clause without a pronoun ("the deal it
#: reached with Peru").
_MAKING = {"reach", "strike", "forge", "clinch", "finalize", "finalise"}


def _contact_clause(verb: Token) -> bool:
    """"the trade agreement it reached with Peru", "the deal Ruritania struck in 2019": a relative
    clause with no pronoun, its own subject and no object of its own, so the noun is what it made."""
    subj = child(verb, "nsubj")
    return verb.lemma_.lower() in _SIGNING | _MAKING and subj is not None and subj.tag_ not in ("WDT", "WP") \
        and child(verb, "dobj") is None and child(verb, "nsubjpass") is None and subj.i > verb.head.i


def _noun_after(verb: Token) -> Token | None:
    """"X sealed a trade deal" with the object arc lost (a long title or a list bent the tree): the
    agreement noun that follows the verb in the same clause, before punctuation or another verb."""
    if verb.dep_ in ("amod", "compound", "acl"):
        return None  # "the recently signed pact": a description, `agreement_mentioned`'s
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ") or token.lemma_.lower() in VIEW_NOUNS:
            return None  # "agreed on the importance of ... partnership": a view, not a deal
        if token.pos_ == "NOUN" and token.lemma_.lower() in AGREEMENT_NOUNS and token.dep_ != "compound":
            return token
    return None


def topic(noun: Token, verb: Token, others: frozenset[int] = frozenset()) -> str | None:
    """What an agreement is about: "on X" after the noun or in the purpose clause, else its modifiers
    (`others`: the words of other agreements a list names, which the parser may hang on this one's)."""
    of = prep_objects(noun, "of")  # "memorandums of understanding on trade"
    for obj in prep_objects(noun, *_TOPIC_PREPS) + [o for x in of for o in prep_objects(x, *_TOPIC_PREPS)]:
        if obj.ent_type_ not in _WHEN:
            return phrase(obj, keep_conjuncts=True, exclude=others | _with_whom(obj))
    mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.lower_ not in _NOT_TOPIC
            and t.ent_type_ not in ("GPE", "NORP", "MONEY", "CARDINAL") and not t.like_num
            and t.pos_ != "VERB"]  # "the recently signed security pact": how it stands, not its topic
    on_verb = [phrase(o, keep_conjuncts=True, exclude=_with_whom(o))
               for o in prep_objects(verb, "on", "over", "regarding", "covering")
               if o.ent_type_ not in _WHEN and o != noun and o.lower_ != "behalf"] if verb != noun else []
    # ("signed on behalf of Peru": for whom, not about what)
    named_mods = any(t.pos_ in ("NOUN", "PROPN") for t in mods)
    if not named_mods and (aim := _aim_of(noun)) is not None:  # "cooperative agreements aimed at bolstering X"
        return aim
    if mods and (on_verb == [] or named_mods):
        words = noun.doc[min(t.left_edge.i for t in mods):noun.i]
        start = next((t.i for t in words if t.pos_ not in ("VERB", "ADV", "PUNCT")
                      and t.ent_type_ not in ("GPE", "NORP")), noun.i)  # not "-Peru" of "Ruritania-Peru"
        return noun.doc[start:noun.i].text or None
    if on_verb:  # "reached a provisional deal on a ceasefire": a named matter beats an adjective
        return on_verb[0]
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "acl")]
    for clause in (c for c in clauses if _infinitive(c) or c.dep_ == "xcomp"):  # not ", easing tension over X"
        for obj in (o for t in clause.subtree for o in prep_objects(t, *_TOPIC_PREPS)):
            return phrase(obj, keep_conjuncts=True)
    purpose = next((c for c in [*noun.children, *clauses] if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
                    and c.pos_ == "VERB" and c.i > noun.i and (_infinitive(c) or c.tag_ == "VBG" and c.head == noun)),
                   None)  # "a deal to build a railway", "an agreement restoring flights"
    matter = (child(purpose, "dobj", "pobj") or next(iter(prep_objects(purpose, "to")), None)) \
        if purpose is not None and purpose.lemma_.lower() in _COVERING else None
    # "regarding X": the parser may call X a pobj; "pertaining to X"
    if matter is not None:
        return phrase(matter, keep_conjuncts=True)  # "agreements covering energy": energy
    return phrase(purpose) if purpose is not None else None


#: Participles that put an agreement's purpose after them ("designed to ...", "aimed at ...").
_AIMED = {"design", "aim", "intend", "mean"}


def _aim_of(noun: Token) -> str | None:
    """"a memo of understanding designed to encourage joint investment", "agreements aimed at
    bolstering trade": the purpose the participle on the noun states."""
    for aimed in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _AIMED):
        goal = next((c for c in aimed.children if c.dep_ == "xcomp" and _infinitive(c)), None) or next(
            (o for p in aimed.children if p.dep_ == "prep" and p.lower_ == "at"
             for o in p.children if o.dep_ in ("pobj", "pcomp")), None)
        if goal is not None:
            return phrase(goal, keep_conjuncts=True)
    return None


def _infinitive(clause: Token) -> bool:
    """"a deal to import gas": a clause that says what the agreement is for."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def _antecedent_topic(noun: Token, parties: tuple[str, ...], m: Mentions) -> str | None:
    """"signed the deal": a definite agreement noun with no topic of its own is the agreement the
    article named before in its headline, or in a sentence naming one of its parties ("an oil deal"
    in the headline, "the food-for-oil deal" in the lead); an earlier agreement of others ("an
    agreement to work with Spain") is another."""
    if not any(c.lower_ in ("the", "this", "that") for c in noun.children if c.dep_ == "det"):
        return None
    earlier = (t for t in reversed(noun.doc[:noun.i]) if t.lemma_.lower() == noun.lemma_.lower())
    return next((about for t in earlier if (t.sent.start == 0 or _names_a_party(t.sent, parties, m))
                 and (about := topic(t, t.head))), None)


def _names_a_party(sent: Span, parties: tuple[str, ...], m: Mentions) -> bool:
    """Whether a sentence names one of the parties, or a leader of one."""
    keys = {k for token in sent for k in m.keys(token)}
    return bool(set(parties) & (keys | {m.nation_of(k) for k in keys}))


def _sides(verb: Token, noun: Token, m: Mentions) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Parties (nations, organisations) and signatories (people) of an agreement."""
    batch = noun.head.head if noun.dep_ == "pobj" and batch_held(noun.head.head) == noun else noun
    passive = batch.dep_ == "nsubjpass" or noun == verb.head and verb.dep_ == "acl" \
        or verb.dep_ == "relcl" and child(verb, "nsubjpass") is not None or _subject_of_an_agent(verb)
    agents = (prep_objects(verb, "by") or _names_after_by(verb) or _by_under_a_phrase(verb)) if passive \
        else [subject(verb)]
    if verb.lemma_.lower() in BROKER_VERBS or verb.lemma_.lower() in _TELLING and _between(noun, m):
        agents = []  # "Ruritania brokered / announced a deal between A and B": a mediator or a herald
    found = [k for a in agents for k in listed_actors(a, m)]
    named_agents = bool(found)
    # "met with Y to sign a deal": the counterpart may hang on the verb the signing is the purpose of
    heads = (verb, verb.head) if verb.dep_ in ("advcl", "xcomp") else (verb,)
    holders = (noun, noun.head.head) if noun.dep_ == "pobj" and noun.head.head.lemma_ == "signing" else (noun,)
    found += [k for o in [o for h in heads + holders + _topic_nouns(noun, verb)
                          for o in prep_objects(h, "with", "between")]
              for k in actors(o, m)]  # "the signing of an accord between A and B": on the signing
    found += _hyphen_pair(noun, m)
    found = _on_behalf(verb, m) or found
    if not named_agents and noun.dep_ == "nsubjpass":  # "Ruiz said a deal had been reached with Peru": Ruiz's side
        found += [m.nation_of(k) or k for k in reporters(verb, m)]  # the side, not a signatory
    if _side_count(found, m) < 2 and not _directive(noun):
        found += _named_in(noun, m)  # "Ruritania signed a deal to import gas from Peru"
    if _side_count(found, m) < 2:
        found += _witnesses_sides(verb, m)
    if passive and not agents and _side_count(found, m) < 2:
        found += _sides_of_talks(verb, m)  # "documents were signed following the talks between A and B"
    if (passive and not agents or verb.lemma_.lower() == "exchange") and _side_count(found, m) < 2:
        sides = story_sides(m)  # "An accord was also reached on the ferry", "after exchanging eight MoUs, X
        # said": the story's two sides
        found += sides if {m.nation_of(k) or k for k in found} <= set(sides) else []
    return _parties_and_people(found, m)


def _on_behalf(verb: Token, m: Mentions) -> list[str]:
    """"A signed the agreement on behalf of Peru, with B signing on behalf of Lagonia": the parties
    two or more signers signed for (each signer on the side named), if the signing names them so."""
    signings = [(t, behalf_of(t)) for t in verb.subtree if t.lemma_.lower() in _SIGNING or t.lower_ == "signing"]
    parties = [k for _, named in signings for o in named for k in actors(o, m)
               if k.startswith(("nation/", "organization/"))]
    if len(set(parties)) < 2:
        return []
    signers = [k for t, named in signings if named for k in actors(subject(t), m) if k.startswith("person/")]
    return list(dict.fromkeys(parties + signers))


def _sides_of_talks(verb: Token, m: Mentions) -> list[str]:
    """The two sides whose talks or visit a passive signing followed or took place at ("were signed
    following the talks between A and B", "during the visit of A to B")."""
    talks = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _AROUND_TALKS
             for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in MEETING_NOUNS]
    met = [o for t in talks for o in (*prep_objects(t, "between", "with", "of", "to"), child(t, "poss")) if o]
    found = [k for o in met + [d for o in met for d in prep_objects(o, "to")] for k in actors(o, m)]
    # "the visit of A to B": the parser may hang "to B" on A
    sides = list(dict.fromkeys(m.nation_of(k) or k for k in found if not k.startswith("place/")))
    return sides if len(sides) == 2 else []  # two sides' talks, not "talks between producers and consumers"


#: Prepositions that place a signing at talks ("following the talks", "during the visit").
_AROUND_TALKS = {"following", "after", "during", "at", "on"}


def _side_count(found: list[str], m: Mentions) -> int:
    """How many sides the keys found so far stand for (a person for the nation led)."""
    return len({k for k in found if not k.startswith("person/")} | {m.nation_of(k) for k in found} - {None})


def _parties_and_people(found: list[str], m: Mentions) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Parties (nations and bodies, and the nations of the people) and signatories (people)."""
    people = tuple(k for k in dict.fromkeys(found) if k.startswith("person/"))
    parties = [k for k in found if not k.startswith("person/")]
    parties += [n for p in people if (n := m.nation_of(p))]
    return tuple(dict.fromkeys(parties)), people


def _witnesses_sides(verb: Token, m: Mentions) -> list[str]:
    """"In the presence of the two presidents, the delegations signed ...": the nations of the
    leaders the signing took place before (they are no signatories)."""
    return [m.nation_of(k) or k for k in presence_of(verb, m)]


def _with_whom(obj: Token) -> frozenset[int]:
    """The words of "with X" / "between X and Y" on a topic noun: the parties, not the topic."""
    return frozenset(t.i for p in obj.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                     for t in p.subtree)


def _topic_nouns(noun: Token, verb: Token) -> tuple[Token, ...]:
    """The nouns of an agreement's topic phrase, on the noun or the verb ("signed a deal on customs
    with Ghana"), where the parser may hang the counterpart's "with"."""
    return (*prep_objects(noun, *_TOPIC_PREPS), *prep_objects(verb, "on", "over", "regarding", "covering"))


def _by_under_a_phrase(verb: Token) -> list[Token]:
    """"was signed in the presence of the two leaders by X and Y": the parser may hang the agent's
    "by" on a noun of the verb's other phrase."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ != "by" for t in p.subtree
            if t.lower_ == "by" and t.dep_ == "prep" for o in t.children if o.dep_ == "pobj"]


def _names_after_by(verb: Token) -> list[Token]:
    """"which was inked by Ruritania's minister X and Peru's minister Y, covers ...": the parser may
    hang the names after an empty "by" on the next verb; the phrase heads up to the comma are the
    agents."""
    agent = next((c for c in verb.children if c.dep_ == "agent" and not any(c.children)), None)
    if agent is None:
        return []
    doc = verb.doc
    end = next((t.i for t in doc[agent.i + 1:verb.sent.end] if t.text in (",", ";") or t.pos_ == "VERB"),
               verb.sent.end)
    return [t for t in doc[agent.i + 1:end] if not agent.i < t.head.i < end]


#: Agreement verbs that only make a deal known: whoever announces a deal "between A and B" is no party.
_TELLING = {"announce", "unveil"}


def _between(noun: Token, m: Mentions) -> bool:
    """Whether the agreement's own phrase names two sides ("an agreement between A and B")."""
    return len({k for o in prep_objects(noun, "between") for k in listed_actors(o, m)}) >= 2


def _directive(noun: Token) -> bool:
    """"signed a Memorandum on Visas for Peruvian Residents": a memorandum one side signs alone is
    its own directive; the nations it concerns are not the other party (a memorandum "of
    understanding" is an agreement)."""
    return noun.lemma_.lower() == "memorandum" and not prep_objects(noun, "of")


def _hyphen_pair(noun: Token, m: Mentions) -> list[str]:
    """"the Ruritania-Peru agreement", "a Ruritanian-Peruvian deal": the sides joined by a hyphen
    in front of the noun (one name alone there is its place or its owner, not a party list)."""
    before = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod", "punct")]
    words = [t for b in before for t in b.subtree]
    if not any(t.tag_ == "HYPH" or t.text in ("-", "–") for t in words):
        return []
    keys = [k for t in words for k in m.keys(t) if k.startswith(("nation/", "organization/"))]
    return list(dict.fromkeys(keys)) if len(set(keys)) >= 2 else []


def _named_in(noun: Token, m: Mentions) -> list[str]:
    """Nations the agreement's own phrase names ("a deal to import gas from Peru"): the counterpart
    of a party that signed it alone."""
    said = {t.i for c in noun.children if c.dep_ == "appos" or c.dep_ == "relcl" and not _infinitive(c)
            for t in c.subtree} | _with_whom(noun)  # "deals which we believe are vital for X": a comment,
    # not a party; "with Ruritanian rebels": the sides were read as actors already
    return [k for t in noun.subtree if t.i > noun.i and t.i not in said and _trade_partner(t) for k in m.keys(t)
            if k.startswith("nation/")]  # before the noun a place names it: "the Paris agreement"


def _trade_partner(token: Token) -> bool:
    """A nation the deal's phrase names as the other end of a flow ("gas from Peru", "warships to
    Peru"), not where it applies ("a cessation of hostilities in Peru")."""
    head = token
    while head.dep_ in ("compound", "amod", "conj", "appos") and head.head != head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in ("from", "to", "with", "for")


def agreement_signed(doc: Doc, m: Mentions, article_id: str) -> Iterator[Agreement]:
    """"X and Y signed/forged/reached a deal (on Z) (in P)" with at least two sides."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in m.noise:
            continue
        witnessed = _signing_witnessed(verb)
        noun = witnessed or (_agreement_noun(verb) if verb.lemma_.lower() in AGREEMENT_VERBS | _ISSUING else None)
        if _heading(verb) or any(c.dep_ == "prt" and c.lower_ in _UNDOING for c in verb.children):
            continue  # "struck down the framework", "broke off the pact": undone, not made
        listed = _listed_agreements(verb) if noun is None or noun.tag_ == "NNS" else _conjoined(noun)
        watched = witnessed is not None or bool(listed) and verb.lemma_.lower() in WITNESS_VERBS
        for n, each in enumerate(listed):  # the texts a list names
            others = frozenset(t.i for other in listed if other.i > each.i for t in other.subtree)
            yield from _signed(verb, each, watched, m, article_id, own_topic=True, others=others, separate=n > 0)
        if noun is None or listed:
            continue
        matters = _counted_matters(noun)
        for n, matter in enumerate(matters):  # "signed four agreements on trade, tourism, ...": one per matter
            yield from _signed(verb, noun, watched, m, article_id, own_topic=True, others=frozenset(),
                               about=matter, separate=n > 0)
        if not matters:
            yield from _signed(verb, noun, watched, m, article_id, own_topic=watched, others=frozenset())


#: Words that open the matters a counted plural lists ("four agreements on ...", "documents covering ...").
_MATTER_OPENERS = {"on", "covering", "concerning", "regarding"}


def _counted_matters(noun: Token) -> list[str]:
    """"signed four agreements on trade, tourism, road transport and health", "three documents
    covering a, b and c", "four agreements -- on a, b, c and d --", "five memoranda were signed,
    namely on a, b, c, d and e": the matters a counted plural lists, one per text, when the list
    has as many as the count says (a list of another length may be one text's many matters)."""
    count = next((c for c in noun.children if c.dep_ == "nummod"), None)
    plural = noun.tag_ == "NNS" or noun.lower_ != noun.lemma_.lower()  # "memoranda" is tagged as one
    number = quantities.scaled(count.text, None) if count is not None and plural else None
    doc, i = noun.doc, _after_the_name(noun)
    dash = doc[i].text if i < noun.sent.end and doc[i].text in _LIST_OPENERS - {":"} else None
    i += dash is not None
    namely = next((t.i + 1 for t in doc[i:noun.sent.end] if t.lower_ == "namely"), None)
    end = next((t.i for t in doc[i + 1:noun.sent.end] if t.text == dash), noun.sent.end) if dash else \
        max(t.i for t in noun.sent if not (t.is_punct or t.is_space)) + 1 if namely else \
        max(t.i for t in noun.subtree) + 1  # "were signed, namely on a, b and c": to the sentence's end
    i = namely if namely and (i >= noun.sent.end or doc[i].lower_ not in _MATTER_OPENERS) else i
    if number is None or number < 2 or i >= noun.sent.end or doc[i].lower_ not in _MATTER_OPENERS:
        return []
    items = _list_items([t for t in doc[i + 1:end] if not (t.is_punct and t.text != "," and t.i == end - 1)])
    if len(items) != number or any(not c for c in items):
        return []
    return [doc[c[0].i:c[-1].i + 1].text for c in items]


def _list_items(words: list[Token]) -> list[list[Token]]:
    """The items of "a, b, c and d": split at the commas and at the first "and" after the last one
    (the parser's arcs in such lists vary too much to follow)."""
    chunks: list[list[Token]] = [[]]
    for t in words:
        if t.text == ",":
            chunks.append([])
        else:
            chunks[-1].append(t)
    last = chunks.pop()
    cut = next((k for k, t in enumerate(last) if t.lower_ == "and"), None)
    chunks += [last[:cut], last[cut + 1:]] if cut is not None and cut > 0 else [last]
    return [c[1:] if c and c[0].lower_ in ("and", "or") else c for c in chunks]


def _after_the_name(noun: Token) -> int:
    """Where the words after an agreement noun's own name end: past "of understanding" and a
    bracketed short form ("three memoranda of understanding (MoUs) on ...")."""
    doc, i = noun.doc, noun.i + 1
    if i + 1 < noun.sent.end and doc[i].lower_ == "of" and doc[i + 1].lower_ in ("understanding", "intent"):
        i += 2
    if i < noun.sent.end and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i:min(i + 6, noun.sent.end)] if t.text == ")"), i)
    return i


def _signed(verb: Token, noun: Token, witnessed: bool, m: Mentions, article_id: str,
            own_topic: bool, others: frozenset[int], about: str | None = None,
            separate: bool = False) -> Iterator[Agreement]:
    """The agreement a signing verb made of one agreement noun, when two sides made it (its topic
    the noun's own phrase alone when `own_topic`: one of several texts signed, or a signing watched;
    `others`: the words of the texts listed after it; `about`: a topic told apart from the noun, one
    of the matters of a counted list; `separate`: one of several texts, not the first)."""
    parties, people = _sides(verb, noun, m)
    parties = without_companies(parties, verb.doc, m)
    if witnessed:
        parties, people = tuple(dict.fromkeys((*parties, *filter(None, map(m.nation_of, people))))), ()
    if len(parties) < 2 and len(people) < 2:
        return
    mod = modality(verb, Modality.INTENDED if _unrealised(verb) else Modality.ASSERTED)
    if mod is Modality.NEGATED or _hoped_for(verb) or _on_condition(verb) or forecast(verb) or _opposed(verb) \
            or mod is Modality.INTENDED and hearsay(verb) or has_aux(verb, HEDGES) or _draft(noun, verb) \
            or rumoured(verb):
        return  # "X and Y plan to sign a deal, Channel 12 reported": the press's, not the parties' plan;
        # "a new trade agreement could be signed", "are finalizing a draft treaty": a guess, a text unmade
    about = about or topic(noun, noun if own_topic else verb, others)
    if about is None and mod is Modality.INTENDED and _antecedent_topic(noun, parties, m):
        return  # "are expected to meet next month to endorse the deal": a step to come on a deal made
    about = about or _antecedent_topic(noun, parties, m)
    if about is None and _a_relationship(noun, verb):
        return
    for sides, signers in _each_side(verb, noun, parties, people, m):
        yield Agreement(sides, signers, _label(_kind(noun), about, noun), _topic_name(about),
                        place([noun, verb], m), when(verb.sent, m), mod,
                        evidence(verb.sent, article_id, "agreement_signed", 0.85), separate or _another(noun))


#: Words that tell a text from one told before it ("also signed a separate agreement on trade").
_ANOTHER = {"separate", "another", "second", "further", "additional"}


def _another(noun: Token) -> bool:
    """Whether an agreement noun is said to be one more text than those named before: then it stays
    its own node, not the earlier signing told again."""
    return any(c.dep_ in ("amod", "det") and c.lower_ in _ANOTHER for c in noun.children)


#: Marks that open the list of texts a signing names ("signed three documents -- a, b and c --").
_LIST_OPENERS = {"--", "—", "–", ":"}
#: Nouns of the texts a signing lists ("signed eight documents, including a pact on X and an MoU on Y").
_SIGNED_BATCH = {"document", "instrument", "text", "paper", "agreement", "deal"}


def _listed_agreements(verb: Token) -> list[Token]:
    """"signed a package of documents, including an agreement on X and a memorandum on Y",
    "witnessed the signing of seven legal instruments, among them an agreement on X", "signed three
    documents -- a loan agreement, a memorandum on Y and ... --", "signed four instruments namely
    Memorandum of Understanding on X, ...": each agreement the list after "including", "among",
    "namely", a dash or a colon names, capitalised or not."""
    doc = verb.doc
    texts = child(verb, "dobj")
    if texts is not None and verb.lemma_.lower() in WITNESS_VERBS and texts.lemma_.lower() == "signing":
        texts = next(iter(prep_objects(texts, "of")), None)
    elif verb.lemma_.lower() not in _SIGNING | {"exchange"}:  # "exchanged eleven documents, among them ..."
        return []
    if texts is not None and texts.lemma_.lower() == "package":
        texts = next(iter(prep_objects(texts, "of")), texts)
    if texts is None or texts.lemma_.lower() not in _SIGNED_BATCH or texts.tag_ != "NNS":
        return []
    opener = doc[texts.i + 1] if texts.i + 1 < verb.sent.end else None
    if opener is not None and opener.text in _LIST_OPENERS:  # "signed three documents -- a loan agreement, ... --"
        end = next((t.i for t in doc[opener.i + 1:verb.sent.end] if t.text == opener.text), verb.sent.end)
        listing = doc[opener.i + 1:end]
    else:
        marker = next((t for t in doc[texts.i + 1:verb.sent.end] if t.lower_ in ("including", "among", "namely")),
                      None)
        if marker is None:
            return []
        listing = doc[marker.i + 1:verb.sent.end]
    return [t for t in listing if t.lemma_.lower() in AGREEMENT_NOUNS and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ != "compound" and not (t.dep_ == "pobj" and t.head.lower_ == "of"
                                              and t.head.head.lemma_.lower() in AGREEMENT_NOUNS)]


#: Verbs of a sentence that lists texts signed before it ("The documents included ...", "These are: ...").
_LISTING = {"include", "be", "comprise", "cover"}
#: Words that open one text of such a list ("These are: MoU on A, MoU on B; and MoU on C").
_ITEM_OPENERS = {":", ",", ";", "and", "also"}
#: Words between an agreement noun and what it is about ("MoU on X", "agreement regarding Y").
_ABOUT = {"on", "regarding", "concerning", "about"}


def agreement_listed(doc: Doc, m: Mentions, article_id: str) -> Iterator[Agreement]:
    """"Ruritania and Peru signed seven MoUs ... These are: MoU on A, MoU on B ...", "The documents
    included a framework agreement on X, an agreement on Y": each text a sentence lists after one
    that told the signing. Its parties are that signing's: the discourse step gives them, and drops
    a list that follows no signing."""
    for verb in doc:
        if _covering_texts(verb) and verb.i not in m.noise and (matters := _matters_listed(verb)):
            yield _matters_of_signing(matters, verb, m, article_id)
            continue
        if verb.lemma_.lower() not in _LISTING or not _main_clause(verb) or verb.i in m.noise \
                or not _stands_for_texts(nearest_subject(verb, "nsubj")):
            continue
        for n, noun in enumerate(texts := _texts_listed(verb)):
            end = texts[n + 1].left_edge.i if n + 1 < len(texts) else verb.sent.end
            words = [t for t in doc[_after_the_name(noun):end] if not t.is_space]
            while words and (words[-1].text in _ITEM_OPENERS or words[-1].is_punct and words[-1].text != ")"):
                words.pop()
            rest = doc[words[0].i:words[-1].i + 1].text if words else ""
            about = rest.split(" ", 1)[-1] if words and words[0].lower_ in _ABOUT and len(words) > 1 else rest
            yield Agreement((), (), f"{noun.lemma_.lower()} {rest}".strip(), about or None, None,
                            when(verb.sent, m), Modality.ASSERTED,
                            evidence(verb.sent, article_id, "agreement_listed", 0.6), separate=n > 0)
        matters = None if texts else _matters_listed(verb)
        if matters:  # "The agreements were on trade; mining; tourism": the signing's matters, one node with it
            yield _matters_of_signing(matters, verb, m, article_id)


def _matters_of_signing(matters: str, verb: Token, m: Mentions, article_id: str) -> Agreement:
    """The matters a later sentence gives texts signed before it: an agreement with no parties yet,
    which the discourse step joins to that signing."""
    return Agreement((), (), f"agreements on {matters}", matters, None, when(verb.sent, m),
                     Modality.ASSERTED, evidence(verb.sent, article_id, "agreement_listed", 0.6))


def _covering_texts(verb: Token) -> bool:
    """"with the agreements covering education, mining and tourism": a participle on texts signed
    before that says what they cover."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() == "cover" \
        and _stands_for_texts(verb.head)


def _main_clause(verb: Token) -> bool:
    """The sentence's root, or a clause that opens the sentence the parser hung on a later verb
    ("The agreements were on A; mining; B": a long list of matters split by semicolons can make
    "were" a ccomp of a verb inside it)."""
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.i > verb.i \
        and verb.left_edge.i == verb.sent.start


def _matters_listed(verb: Token) -> str | None:
    """What "The agreements were on A; B and C" or "The agreements cover A, B and C" says the texts
    signed are about: the words from the first matter to the sentence's end."""
    if verb.lemma_.lower() == "include":
        return None  # "The agreements include ...": texts, `_texts_listed`'s
    first = next(iter(prep_objects(verb, "on")), None) if verb.lemma_.lower() == "be" else child(verb, "dobj")
    if first is None:
        return None
    words = [t for t in verb.doc[first.left_edge.i:verb.sent.end] if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    return verb.doc[words[0].i:words[-1].i + 1].text if words else None


def _stands_for_texts(token: Token | None) -> bool:
    """"These", "They", "The other instruments": a subject that refers back to texts signed."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        return token.lower_ in ("these", "they")
    return token.tag_ == "NNS" and token.lemma_.lower() in _SIGNED_BATCH | AGREEMENT_NOUNS \
        and any(c.lower_ in ("the", "these") for c in token.children if c.dep_ == "det")


def _texts_listed(verb: Token) -> list[Token]:
    """The agreement nouns that open the items of the list after a verb, in text order."""
    doc = verb.doc
    return [t for t in doc[verb.i + 1:verb.sent.end] if _a_text(t) and t.dep_ != "compound"
            and t.left_edge.i > verb.i and (t.left_edge.i == verb.i + 1 or doc[t.left_edge.i - 1].lower_
                                             in _ITEM_OPENERS)]


def _conjoined(noun: Token) -> list[Token]:
    """"signed a memorandum on customs and a protocol on rail tariffs": each agreement of a list of
    them that says what it is, in text order (none when fewer than two do: "an agreement and a
    memorandum on trade" is one text told twice, or two on one matter). The parser may make a later
    text of the list a second object of the verb ("signed an agreement on X, a memorandum on Y and
    a protocol on Z"), with the texts after it its conjuncts."""
    verb = noun.head
    heads = [noun, *(c for c in verb.children if c.i > noun.i and c.dep_ in ("dobj", "npadvmod", "dep")
                     and _a_text(c))] if noun.dep_ == "dobj" else [noun]
    texts = list({t.i: t for h in heads for t in (h, *(c for c in h.conjuncts if _a_text(c)))}.values())
    described = [t for t in texts if any(c.dep_ not in ("det", "punct", "cc", "conj") for c in t.children)]
    return sorted(described, key=lambda t: t.i) if len(described) > 1 else []


def _a_text(token: Token) -> bool:
    """An agreement noun, "an MOU" among them (which the model may take for a name)."""
    return token.lemma_.lower() in AGREEMENT_NOUNS and token.pos_ in ("NOUN", "PROPN")


#: Particles that turn making an agreement into undoing it ("struck down", "broke off").
_UNDOING = {"down", "off", "out"}
#: Verbs that make even a bare "partnership" a signed text.
_SIGNING = {"sign", "ink", "seal", "conclude", "initial", "ratify"}


def _a_relationship(noun: Token, verb: Token) -> bool:
    """"have forged an enduring partnership", "renewed our partnership": a partnership with no
    matter, no name and no signing is the relationship, not an agreement ("signed a partnership on
    energy" is one)."""
    return noun.lemma_.lower() == "partnership" and noun.pos_ != "PROPN" and verb.lemma_.lower() not in _SIGNING


def _signing_witnessed(verb: Token) -> Token | None:
    """"X and Y witnessed the signing of five agreements": the agreement noun of a signing the
    subjects watched over (their officials signed; they are no signatories)."""
    signing = (child(verb, "dobj") or next(iter(prep_objects(verb, "over")), None)) \
        if verb.lemma_.lower() in WITNESS_VERBS else None  # "presided over the signing of"
    if signing is None or signing.lemma_.lower() != "signing":
        return None
    return next((o for o in prep_objects(signing, "of") if _an_agreement(o, signed=True)), None)


def agreement_signing(doc: Doc, m: Mentions, article_id: str) -> Iterator[Agreement]:
    """"The signing of a trade pact by A and B on Friday opens ...", "following the conclusion of an
    accord between A and B": a signing told as a noun, once done (not one scheduled, awaited or
    put off, nor one watched, which `agreement_signed` reads)."""
    for noun in doc:
        outcome = _outcome_of_talks(noun)
        if noun.lemma_.lower() not in _SIGNING_NOUNS and not outcome or noun.pos_ != "NOUN" or noun.i in m.noise \
                or noun.dep_ == "dobj" and noun.head.lemma_.lower() in WITNESS_VERBS | AGREEMENT_VERBS:
            continue
        text = noun if outcome else _text_signed(noun)
        if text is None or _still_to_come(noun):
            continue
        named = [o for h in (noun, text) for o in prep_objects(h, "by")] + \
            [o for t in text.subtree if t.lower_ == "between" for o in prep_objects(t.head, "between")][:1]
        parties, people = _parties_and_people([k for o in named for k in listed_actors(o, m)], m)
        parties = without_companies(parties, doc, m)
        if len(parties) < 2 and not _told_at_a_meeting(noun):
            continue  # (told at a meeting, the discourse step gives it that meeting's sides, or drops it)
        about = topic(text, text)
        yield Agreement(parties, people, _label(_kind(text), about, text), _topic_name(about),
                        place([noun, text], m), when(noun.sent, m), Modality.ASSERTED,
                        evidence(noun.sent, article_id, "agreement_signing", 0.75))


def _text_signed(signing: Token) -> Token | None:
    """The agreement noun a signing noun is of: "the signing of a pact", also "the signing by A and
    B of a pact", where the parser hangs "of" on the last signer."""
    signers = [o for b in prep_objects(signing, "by") for o in (b, *b.conjuncts)]
    return next((o for h in (signing, *signers) for o in prep_objects(h, "of") if _an_agreement(o, signed=True)),
                None)


def _outcome_of_talks(noun: Token) -> bool:
    """"The meeting also resulted in agreements on energy", "the summit culminated in an accord", "the
    talks produced three accords": agreements a meeting is said to have yielded (its sides are the
    meeting's)."""
    if noun.lemma_.lower() not in AGREEMENT_NOUNS:
        return False
    prep = noun.head.lower_ if noun.dep_ == "pobj" else None
    verb = noun.head.head if prep else noun.head
    made = prep is not None and _ENDING_IN.get(verb.lemma_.lower()) == prep or \
        verb.lemma_.lower() in _YIELDING and noun.dep_ == "dobj"
    talks = subject(verb) if made else None
    return talks is not None and talks.lemma_.lower() in MEETING_NOUNS \
        and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)  # "will", "not"


#: Verbs by which talks yield agreements ("the talks produced three accords").
_YIELDING = {"produce", "yield"}
#: Verbs and prepositions by which talks end in agreements ("the summit culminated in an accord").
_ENDING_IN = {"result": "in", "culminate": "in", "end": "in", "lead": "to"}


def _told_at_a_meeting(signing: Token) -> bool:
    """"The visit saw the signing of an accord", "the talks ended with the signing of a pact": a
    signing its sentence ties to a visit or talks (their sides are the meeting's)."""
    return any(t.lemma_.lower() in MEETING_NOUNS and t.pos_ == "NOUN" and t.i != signing.i for t in signing.sent)


#: Nouns of a signing ("the signing of the accord", "the conclusion of a treaty").
_SIGNING_NOUNS = {"signing", "conclusion", "initialling", "initialing"}
#: Verbs and words by which a signing is still to come ("postponed the signing", "ahead of the signing").
_PENDING = {"postpone", "delay", "defer", "cancel", "schedule", "plan", "expect", "await", "prepare", "pave", "set",
            "stall", "block", "suspend", "oppose", "reject", "urge", "seek", "hope", "push", "call", "want", "halt",
            "ahead", "before", "for", "toward", "towards", "pending", "until", "prior"}
_PENDING_MODIFIERS = {"planned", "proposed", "upcoming", "expected", "future", "possible", "eventual", "scheduled",
                      "forthcoming", "imminent", "delayed", "postponed"}


def _still_to_come(noun: Token) -> bool:
    """Whether a signing told as a noun is yet to be: put off, planned, awaited, hoped for, or
    governed by a future, a modal or a negation."""
    if any(c.lower_ in _PENDING_MODIFIERS for c in noun.subtree if c.dep_ in ("amod", "acl", "advmod")):
        return True
    heads = [h for h in noun.ancestors][:3]
    return any(h.lemma_.lower() in _PENDING or h.lower_ in _PENDING for h in heads) \
        or any(modality(h) is not Modality.ASSERTED or has_aux(h, FUTURE) for h in heads if h.pos_ in ("VERB", "AUX"))


#: Nouns of a text that is an agreement when a word before it says so: "cooperation documents" as
#: state media call the texts leaders see signed, "signed a joint statement".
_SIGNED_TEXTS = {"document": "cooperation", "statement": "joint", "communique": "joint", "declaration": "joint"}


#: Verbs by which sides put out a joint text they agreed ("issued a joint statement").
_ISSUING = {"issue", "release", "adopt"}


def _joint_text_issued(verb: Token, noun: Token) -> bool:
    """"Ruritania and Peru issued a joint statement": a joint statement, declaration or communique
    the sides put out is a text they agreed, as one they sign is."""
    return verb.lemma_.lower() in _ISSUING and _kind(noun).startswith("joint ")


def _marked(noun: Token, word: str) -> bool:
    """Whether a word before the noun describes it ("joint statement", "cooperation documents")."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == word for c in noun.children)


#: Nouns that, plural and signed, are agreements though they name no kind ("signed five documents").
_SIGNED_PLURALS = {"document", "instrument"}


def _an_agreement(noun: Token, signed: bool) -> bool:
    """An agreement noun, or, when `signed`, a text `_SIGNED_TEXTS` makes one ("endorsed the joint
    statement" of a committee is no new agreement), an exchange of notes or letters, or a letter of intent."""
    marker = _SIGNED_TEXTS.get(noun.lemma_.lower()) if signed else None
    if signed and noun.lemma_.lower() in _SIGNED_PLURALS and noun.tag_ == "NNS":
        return True  # "the two sides signed five documents", "legal instruments were signed"
    return noun.lemma_.lower() in AGREEMENT_NOUNS or marker is not None and _marked(noun, marker) \
        or signed and noun.lemma_.lower() == "exchange" and any(
            o.lower_ in ("note", "notes", "letter", "letters") for o in prep_objects(noun, "of")) \
        or signed and noun.lower_ in ("letter", "letters") and any(
            o.lower_ == "intent" for o in prep_objects(noun, "of"))  # "signed an exchange of notes", "an
    # Exchange of Letters" (the model's lemma of a capitalised plural is itself), "letters of intent"


def agreement_document(doc: Doc, m: Mentions, article_id: str) -> Iterator[Agreement]:
    """An article titled as an agreed text ("Joint Statement on X", "Ruritania-Peru Joint Declaration",
    "Agreement between Ruritania and Peru") is that agreement, made by the nations its title names."""
    title = next(doc.sents, None)
    if title is None or not is_heading(title):
        return
    found = _DOCUMENT_TITLE.search(title.text)
    parties = tuple(dict.fromkeys(k for t in title for k in m.keys(t) if k.startswith("nation/")))
    if not found or len(parties) < 2 or not _names_only(title, title.start_char + found.start(1), m):
        return
    kind = " ".join(found.group(1).lower().split())
    about = found.group(2).strip() if found.group(2) else None
    yield Agreement(parties, (), _label(kind, about), about, None, m.article_date,
                    Modality.ASSERTED, evidence(title, article_id, "agreement_document", 0.7))


def _names_only(title, end: int, m: Mentions) -> bool:
    """Whether a title says nothing but nations before `end` ("Ruritania-Peru Joint Statement"), so it
    names the document rather than reports on it ("Ruritania Rejects Joint Statement")."""
    return all(t.is_punct or t.lower_ in ("the", "and") or any(k.startswith("nation/") for k in m.keys(t))
               for t in title if t.idx < end)


def agreement_mentioned(doc: Doc, m: Mentions, article_id: str) -> Iterator[Agreement]:
    """"the agreement between Ruritania and Peru", "their trade deal" (two nations): an agreement
    already made, named without a signing verb (a signed one is `agreement_signed`'s)."""
    for noun in doc:
        if noun.lemma_.lower() not in CONCLUDED_NOUNS or noun.pos_ != "NOUN" or noun.i in m.noise \
                or _signed_here(noun) or _unmade(noun):
            continue
        between = [k for o in prep_objects(noun, "between") for k in actors(o, m)] or _hyphen_pair(noun, m)
        owners = list(actors(child(noun, "poss"), m))
        parties = tuple(dict.fromkeys(k for k in between or owners if not k.startswith("person/")))
        if len(parties) < 2 or modality(noun) is Modality.NEGATED:
            continue
        about = topic(noun, noun)
        yield Agreement(parties, (), _label(_kind(noun), about, noun), _topic_name(about), place([noun], m),
                        when(noun.sent, m), Modality.ASSERTED,
                        evidence(noun.sent, article_id, "agreement_mentioned", 0.6))


#: How many sentences before a bare "this agreement" the parties' "agreed to" may be.
_AGREED_REACH = 5


def agreement_agreed(doc: Doc, m: Mentions, article_id: str) -> Iterator[Agreement]:
    """"Ruritania and Peru agreed to reopen their embassies. The agreement ends a rift": a mutual
    undertaking the text goes on to call an agreement (a bare "this/the agreement" soon after it)
    is one, about the act agreed. Told in the sentence that says what was agreed."""
    told: set[int] = set()
    for noun in doc:
        if noun.lemma_.lower() not in CONCLUDED_NOUNS or noun.pos_ != "NOUN" or noun.i in m.noise \
                or not _bare_definite(noun, m) or _signed_here(noun):
            continue
        agreed = _agreed_before(noun, m)
        if agreed is None or agreed[0].i in told:
            continue
        verb, act, parties = agreed
        told.add(verb.i)
        about = "to " + doc[act.i:act.right_edge.i + 1].text
        yield Agreement(parties, (), _label(_kind(noun), about, noun), _topic_name(about), place([verb], m),
                        when(verb.sent, m), Modality.ASSERTED,
                        evidence(verb.sent, article_id, "agreement_agreed", 0.6))


def _bare_definite(noun: Token, m: Mentions) -> bool:
    """"this agreement", "the deal": definite, naming no parties or topic of its own."""
    return any(c.dep_ == "det" and c.lower_ in ("this", "the", "that") for c in noun.children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in noun.children) \
        and not any(m.keys(c) for c in noun.children)


def _agreed_before(noun: Token, m: Mentions) -> tuple[Token, Token, tuple[str, ...]] | None:
    """The nearest "X and Y agreed to do Z" before the noun, within `_AGREED_REACH` sentences, with
    two sides or more, and no other definite agreement noun between it and the noun (that would be
    the one referred to; "hope to reach a deal" names none): (the verb, the act, the sides)."""
    doc, sent = noun.doc, noun.sent
    for _ in range(_AGREED_REACH):
        sent = nlp.sentence_before(sent)
    for token in reversed(doc[sent.start:noun.i]):
        if token.lemma_.lower() in CONCLUDED_NOUNS and token.pos_ == "NOUN" \
                and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return None
        act = child(token, "xcomp") if token.lemma_.lower() == "agree" and token.pos_ == "VERB" else None
        if act is None or act.pos_ != "VERB" or act.lemma_.lower() in AGREEMENT_VERBS \
                or modality(token) is Modality.NEGATED:
            continue
        if noun in act.subtree:
            return None  # "agreed to stay in contact as the deal is done": the deal is another thing
        found = listed_actors(subject(token), m)
        sides = tuple(dict.fromkeys(s for k in found if (s := m.nation_of(k) if k.startswith("person/") else k)))
        return (token, act, sides) if len(sides) >= 2 else None
    return None


def _signed_here(noun: Token) -> bool:
    """Whether a signing verb governs the noun ("signed", "efforts to conclude", "witnessed the
    signing of"): then `agreement_signed` reads it, with its modality; a title is `agreement_document`'s,
    and "the signing of" one `agreement_signing`'s."""
    head = governing_verb(noun)
    return is_heading(noun.sent) or head.lemma_.lower() in AGREEMENT_VERBS or _signing_witnessed(head.head) == noun \
        or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _SIGNING_NOUNS


def _unmade(noun: Token) -> bool:
    """"a proposed deal", "talks toward an accord", "pressure for a truce": not made yet."""
    return any(c.lower_ in UNMADE for c in noun.children if c.dep_ in ("amod", "compound")) or \
        (noun.dep_ == "pobj" and noun.head.lower_ in UNMADE)


def _kind(noun: Token) -> str:
    """What kind of text an agreement noun names: its lemma, "joint statement" or "letter of intent"."""
    if noun.lower_ in ("letter", "letters"):
        return "letter of intent"
    joint = _SIGNED_TEXTS.get(noun.lemma_.lower()) == "joint" and _marked(noun, "joint")
    return f"joint {noun.lemma_.lower()}" if joint else noun.lemma_.lower()


def _label(kind: str, about: str | None, noun: Token | None = None) -> str:
    """"agreement on fisheries", "deal to import gas" (a purpose), "humanitarian ceasefire" (an
    adjective before the noun reads before it), "14 deals" (a count of texts on no matter told), or
    the kind alone."""
    count = next((c for c in noun.children if c.dep_ == "nummod"), None) if noun is not None else None
    if about is None and count is not None and noun is not None and noun.tag_ == "NNS" \
            and kind == noun.lemma_.lower():
        return f"{count.text} {noun.lower_}"
    if about is None:
        return kind
    if noun is not None and noun.i and noun.nbor(-1).pos_ == "ADJ" and about.split()[-1] == noun.nbor(-1).text:
        return f"{about} {kind}"
    return f"{kind} {about}" if about.startswith(("to ", "for ", "regarding ", "concerning ")) \
        else f"{kind} on {about}"


def _topic_name(about: str | None) -> str | None:
    """The topic itself: a purpose without its "to" ("import gas")."""
    return about.removeprefix("to ") if about else None


def _hoped_for(verb: Token) -> bool:
    """"hope to reach a deal", "seek to clinch an accord", "the importance of reaching a ceasefire",
    "expressed hope that it would conclude a deal": a wish or an aim, not even a planned agreement
    ("are expected to sign" is one)."""
    aimed = verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.lemma_.lower() in AIM_NOUNS
    hoped = verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in WISH_VERBS
    return aimed or hoped or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISH_VERBS - {"expect"}


def _draft(noun: Token, verb: Token) -> bool:
    """"are finalizing a draft treaty", "finalised the draft text of an agreement": a text still to
    be agreed (a draft initialled or signed is the text agreed)."""
    held = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [])
    return verb.lemma_.lower() not in _SIGNING and any(
        token.lower_ == "draft" or any(c.dep_ in ("amod", "compound") and c.lower_ == "draft" for c in token.children)
        for token in held)


def _opposed(verb: Token) -> bool:
    """"voted against ratifying the treaty", "left without signing the deal": the signing refused."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("against", "without")


#: Verbs of bringing a text to its end: in the progressive ("are finalising a deal") it is not done yet.
_COMPLETING = {"finalize", "finalise", "conclude", "complete"}


def _unrealised(verb: Token) -> bool:
    """"will finalize", "efforts to conclude", "work towards concluding", "are finalising": an
    agreement still to be made, not one made."""
    in_progress = verb.tag_ == "VBG" and verb.lemma_.lower() in _COMPLETING and any(
        a.dep_ == "aux" and a.lemma_ == "be" for a in verb.children)
    return in_progress or any(has_aux(h, _UNREALISED) for h in _clause_heads(verb)) \
        or verb.dep_ == "pcomp" and verb.head.lower_ in ("towards", "toward")


def _on_condition(verb: Token) -> bool:
    """"would consider support if the two could agree on a plan", "unless they sign the accord": an
    agreement a condition supposes is not one made."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
               for h in _clause_heads(verb) for c in h.children)


def _clause_heads(verb: Token) -> tuple[Token, ...]:
    """The verb and, for a second verb of one clause ("will meet and sign"), the first, whose
    auxiliaries and marks it shares."""
    return (verb, verb.head) if verb.dep_ == "conj" else (verb,)


def _heading(verb: Token) -> bool:
    """"- Signing a Ruritania-Peru Partnership: The two intend to sign ...": a gerund with no subject
    that opens its sentence and ends at a colon names the topic of what follows, no signing done."""
    sent = verb.sent
    opens = all(not t.is_alpha for t in sent if t.i < verb.i)
    return verb.tag_ == "VBG" and child(verb, "nsubj", "nsubjpass") is None and opens \
        and any(t.text.startswith(":") for t in sent if t.i > verb.i)


def _each_side(verb: Token, noun: Token, parties: tuple[str, ...], people: tuple[str, ...], m: Mentions):
    """"A and B signed agreements with C" is two agreements: A with C and B with C."""
    counterpart = [k for o in prep_objects(verb, "with") + prep_objects(noun, "with") for k in actors(o, m)]
    signers = [k for k in actors(subject(verb), m) if k.startswith("person/")]
    if noun.tag_ != "NNS" or not counterpart or len(signers) < 2:
        yield parties, people
        return
    for signer in signers:
        nation = m.nation_of(signer)
        sides = tuple(dict.fromkeys([n for n in (nation, *counterpart) if n and n.startswith("nation/")]))
        yield sides, (signer,)
