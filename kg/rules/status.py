"""Status statements: where an earlier commitment stands, told as done or said again.

"fulfilled his commitment to rejoin X", "has met its pledge" (fulfilled); "opened an embassy in X",
"completed the transfer" (fulfilled, when told as done); "has disbursed $700 million" (progress);
"advances the goal of mobilizing $X" (progress); "increased its pledge to $X", "doubled its
commitment" (revised); "withdrew from the accord", "will withdraw from the agreement" (withdrawn);
"reaffirmed its commitment to", "remains committed to" (reaffirmed). Each is a `StatusReport`, not
a new Commitment: the ledger (`kg.ledger`) puts it on the thread of the commitment it reports on.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg import nlp, quantities
from kg.facts import Modality, Status, StatusReport
from kg.lexicon import (
    ADVANCING_VERBS,
    AGREEMENT_NOUNS,
    DONE_VERBS,
    EVENT_NOUNS,
    FULFILMENT_NOUNS,
    INTENT_VERBS,
    KEEPING_VERBS,
    LEAVING_VERBS,
    MAKING_VERBS,
    MEETING_NOUNS,
    PLEDGE_VERBS,
    PROGRESS_VERBS,
    PROMISE_NOUNS,
    REAFFIRMING_VERBS,
    REVISING_VERBS,
    STARTING_VERBS,
)
from kg.mention_types import Mentions
from kg.rules.commitments import action_phrase, committers
from kg.rules.common import FUTURE, child, evidence, has_aux, modality, nations_in, prep_objects, subject, when


def _told_as_done(verb: Token) -> bool:
    """Past or perfect, not future, hedged or infinitive ("opened", "has disbursed")."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBD", "VBN") and not aux & (FUTURE | {"to", "may", "might", "could", "should", "must"})


def _says_what(promise: Token) -> bool:
    """Whether a promise noun says what was promised ("his promise to build X", "the pledge of
    aid"), not only that one was ("keeping his promise", "these goals", "a pledge she made last
    year"): progress on no named act tells nothing to link."""
    return any(c.dep_ in ("prep", "acl") and c.lemma_.lower() not in MAKING_VERBS for c in promise.children)


def _in_effect(verb: Token) -> bool:
    """A plain present with its subject that tells a fact ("the shipment fulfils her pledge", a
    headline's "Ruritania meets aid target", "officials said it meets the target"), not a plan or a
    condition ("if it meets the target", "ensuring we meet the goal"), nor a title ("Honors Our
    Nation's Commitment")."""
    if verb.tag_ not in ("VBZ", "VBP") or subject(verb) is None \
            or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    head = verb.head
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and (_told_as_done(head) or _in_effect(head))


def _fulfilment_of(token: Token) -> Token | None:
    """The promise a fulfilment noun names: "a fulfilment of her promise" -> "promise"."""
    if token.lemma_.lower() not in FULFILMENT_NOUNS:
        return None
    return next((o for o in prep_objects(token, "of") if o.lemma_.lower() in PROMISE_NOUNS), None)


def _fulfilling_clause(verb: Token) -> bool:
    """"In fulfilment of its pledge, Ruritania shipped X": a done act said to keep a promise."""
    return _told_as_done(verb) and any(_fulfilment_of(n) is not None for n in prep_objects(verb, "in"))


def _part_of_a_pledge(verb: Token) -> bool:
    """"The budget sustains X, providing $2 billion for the second year of a $6 billion pledge": a
    sum given now (a participle of a present-tense clause) towards a promise the sentence names."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.tag_ in ("VBZ", "VBP") \
        and not has_aux(head, FUTURE | {"to"}) \
        and any(t.lemma_.lower() in PROMISE_NOUNS for t in verb.subtree if t.i > verb.i)


def _under_way(verb: Token) -> bool:
    """Present progressive: "is delivering on", "are meeting"."""
    return verb.tag_ == "VBG" and has_aux(verb, {"is", "are", "am"})


def _object(verb: Token) -> Token | None:
    return child(verb, "dobj") or next(iter(prep_objects(verb, "from", "out", "of", "on", "to")), None)


def _status(verb: Token) -> Status | None:
    """What a verb says of a commitment, from the verb, its object and its tense."""
    lemma, obj = verb.lemma_.lower(), _object(verb)
    noun = obj.lemma_.lower() if obj is not None else ""
    if lemma in LEAVING_VERBS and noun in AGREEMENT_NOUNS | PROMISE_NOUNS:
        return Status.WITHDRAWN
    if lemma in KEEPING_VERBS and noun in PROMISE_NOUNS:  # "is delivering on its promise": under way
        return Status.FULFILLED if _told_as_done(verb) or _in_effect(verb) else \
            Status.PROGRESS if _under_way(verb) and obj is not None and _says_what(obj) else None
    if lemma in REVISING_VERBS and noun in PROMISE_NOUNS:
        return Status.REVISED if _told_as_done(verb) else None
    if lemma in REAFFIRMING_VERBS and noun in PROMISE_NOUNS:  # not "reaffirmed its support": a stance
        return Status.REAFFIRMED
    if lemma in ADVANCING_VERBS and noun in PROMISE_NOUNS and not has_aux(verb, FUTURE | {"to"}) \
            and obj is not None and _says_what(obj):
        return Status.PROGRESS  # "advances the goal of mobilizing $5 billion" (not "these goals", or a plan to)
    if lemma in DONE_VERBS and obj is not None and _told_as_done(verb) \
            and noun not in MEETING_NOUNS | EVENT_NOUNS:  # not "opened talks", "opened the conference"
        return Status.FULFILLED
    if lemma in STARTING_VERBS and _told_as_done(verb) and _started_act(verb) is not None:
        return Status.PROGRESS  # "has begun the process of rejoining the accord"
    if lemma in PROGRESS_VERBS and obj is not None and (_told_as_done(verb) or _part_of_a_pledge(verb)) \
            and quantities.money(" ".join(t.text for t in obj.subtree)):
        return Status.PROGRESS
    return None


def _started_act(verb: Token) -> Token | None:
    """The act a verb of starting says is under way: "begun the process of rejoining X",
    "started delivering X" (not "began talks", which is no act of a promise)."""
    obj = child(verb, "dobj")
    if obj is not None and obj.lemma_.lower() == "process":
        return next((c for x in obj.children if x.dep_ == "prep" and x.lower_ == "of"
                     for c in x.children if c.pos_ == "VERB"), None)
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)


def _promise_owner(promise: Token | None, clause: Token, m: Mentions) -> tuple[str, ...]:
    """"The budget advances the President's goal of ...", "the aide reiterated the President's
    commitment", "a pledge Ruiz made": the one whose promise it is, named with it, before the
    clause's subject (a thing, or an aide speaking for the one who promised); a pronoun ("our
    commitment") leaves it to the subject, and speaks only where the subject is no party ("the
    shipment fulfils her pledge")."""
    if promise is None or promise.lemma_.lower() not in PROMISE_NOUNS:
        return committers(subject(clause), m)
    owner = child(promise, "poss") or next((subject(c) for c in promise.children if c.dep_ in ("acl", "relcl")
                                            and c.lemma_.lower() in MAKING_VERBS), None)
    if owner is not None and owner.pos_ != "PRON":
        return committers(owner, m) or committers(subject(clause), m)
    said = subject(clause)
    return committers(said, m) or (committers(owner, m) if owner is not None and said is not None else ())


def _remains_committed(token: Token) -> bool:
    """"remains committed to X": a standing promise said again."""
    return token.lower_ == "committed" and token.dep_ == "acomp" and token.head.lemma_.lower() == "remain"


def _step_towards_plan(verb: Token) -> bool:
    """"We intend to open an embassy in 2024, having completed the procedures": a step done on the
    way to the plan its clause states is background to that plan, not a promise kept."""
    if verb.dep_ != "advcl" or not has_aux(verb, {"having"}):
        return False
    plans = [verb.head]
    while plans[-1].dep_ == "xcomp" and plans[-1].head != plans[-1]:
        plans.append(plans[-1].head)  # "intend to open ..., having completed": the intending
    return any(plan.lemma_.lower() in INTENT_VERBS | PLEDGE_VERBS or has_aux(plan, FUTURE) for plan in plans)


def _holds_office(key: str, m: Mentions) -> bool:
    """A nation, a body, or a person in office ("Ruritania", "the agency", "Ambassador Ruiz"): who
    can have promised an act. A private person's past deeds ("she established a library", "he
    rejoined the firm"), as a nominee's biography tells them, keep no promise."""
    return not key.startswith("person/") or m.nation_of(key) is not None or any(t.person == key for t in m.titles)


def _sentence_before(sent: Span) -> int:
    """Where the sentence before this one starts (this one's start, for the first): how far back
    "her pledge" may name a promise."""
    before = nlp.sentence_before(sent)
    return next((t.idx for t in before if not t.is_space), before.start_char)


def _told_of(token: Token) -> tuple[Status, Token, Token | None] | None:
    """What a token says of a commitment: the status, the clause that says it and the promise it
    names, if any ("fulfilled her pledge", "remains committed", "is a fulfilment of her promise",
    "in fulfilment of its pledge, Ruritania shipped X")."""
    if _remains_committed(token):
        return Status.REAFFIRMED, token.head, None
    if token.dep_ == "attr" and token.head.lemma_ == "be" and not has_aux(token.head, FUTURE | {"to"}) \
            and (promise := _fulfilment_of(token)) is not None:
        return Status.FULFILLED, token.head, promise
    if token.pos_ != "VERB":
        return None
    if _fulfilling_clause(token):
        return Status.FULFILLED, token, None  # the act is the clause's own
    status = _status(token)
    return (status, token, _object(token)) if status is not None else None


def status_report(doc: Doc, m: Mentions, article_id: str) -> Iterator[StatusReport]:
    """A StatusReport for each verb that tells where a commitment of a known party stands; one that
    names its promise only as "her pledge" refers back to the promise told before it."""
    for token in doc:
        if token.i in m.noise or token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        told = _told_of(token)
        if told is None or modality(told[1]) is Modality.NEGATED or _step_towards_plan(told[1]):
            continue
        status, clause, promise = told
        by = _promise_owner(promise, clause, m)
        kept = promise is not None and promise.lemma_.lower() in PROMISE_NOUNS | AGREEMENT_NOUNS
        if not by or status in (Status.FULFILLED, Status.PROGRESS) and not kept \
                and not any(_holds_office(k, m) for k in by):
            continue
        action = " ".join(t.text for t in token.subtree) if token.pos_ == "NOUN" else action_phrase(token)
        names_none = promise is not None and promise.lemma_.lower() in PROMISE_NOUNS and not _says_what(promise) \
            and child(clause, "xcomp") is None  # "reaffirm the commitment to work": the parser's xcomp
        yield StatusReport(by, status, action, quantities.money(action, nations_in(clause.sent, m, by)),
                           when(clause.sent, m), Modality.ASSERTED,
                           evidence(clause.sent, article_id, "status_report", 0.7),
                           refers_back=_sentence_before(clause.sent) if names_none else None)
