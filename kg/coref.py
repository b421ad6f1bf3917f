"""Coreference within one article: pronouns and group nouns point back at named entities.

Runs after `kg.mentions` has resolved names, surnames and titles; it adds the
tokens "she", "their", "it", "the two leaders", "both sides" to the same
`Mentions` map. Sentence-initial subject pronouns are resolved first: they are
the surest, and they teach each person's gender for the other pronouns.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from kg import gazetteer, nlp
from kg.facts import Entity, Kind
from kg.lexicon import (
    AGREEMENT_NOUNS,
    COMPANY_NOUNS,
    COUNTRY_NOUNS,
    DEPARTMENT_OFFICIALS,
    GROUP_NOUNS,
    NATION_GROUP_NOUNS,
    PARTNER_ROLES,
    PROGRAMME_WORDS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    REPORT_VERBS,
    STYLES_OF_ADDRESS,
    TITLES,
)
from kg.mention_types import Mentions

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj", "obj"}
_FEMALE = {"she", "her", "hers"}
_OPEN_QUOTES = {"“", "«"}
_CLOSE_QUOTES = {"”", "»"}
_BULLETS = {"-", "–", "—", "*", "•"}
_DASHES = {"-", "–", "—"}
_FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
_SECOND_PERSON = {"you", "your", "yours", "yourself"}
_FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
#: "our two countries", "our shared commitment": a text in more than one voice.
_JOINT_WORDS = {"countries", "nations", "governments", "peoples", "two", "both", "shared", "joint", "common",
                "mutual", "collective"}
#: Nouns a government calls itself by ("the Administration will ...").
_GOVERNMENT_NOUNS = {"Administration", "Government", "Budget"}
#: Titles a government gives its own leader, capitalised and bare ("the President said").
_HOUSE_TITLES = {"President", "Minister", "Chancellor", "Premier"}
#: Where a leader's name stands as the one who acts or owns ("Ruiz spoke", "Ruiz's commitment").
_ACTING = _SUBJECT_DEPS | {"poss"}
#: Staff whose office is "to" a leader ("Assistant to the President").
_AIDES = {"assistant", "advisor", "adviser", "counselor", "counsellor", "aide", "secretary", "envoy"}
#: Verbs that attribute a quotation to its speaker ('"...," Ruiz said').
_ATTRIBUTING = {"say", "tell", "add", "declare", "announce", "state", "insist", "promise", "pledge", "vow", "write"}
#: How long (in tokens, its opening mark included) a quotation may be for the attribution after it
#: to name the speaker of all of it.
_QUOTE_REACH = 150
#: How far (in tokens) a repeated "the two leaders" keeps its referent.
_GROUP_REACH = 120
#: How far back (in tokens) an antecedent may be: keeps long articles linear.
_WINDOW = 800


def resolve(doc: Doc, m: Mentions) -> None:
    """Resolve group nouns, quoted first and second persons, then pronouns and "the country", in one
    article."""
    quotations = _quotations(doc)
    _group_mentions(doc, m)
    _quoted_persons(doc, m, quotations)
    _house_we(doc, m, quotations)
    _pronoun_mentions(doc, m)
    _who_mentions(doc, m)
    _country_mentions(doc, m)
    _partners(doc, m)


def _who_mentions(doc: Doc, m: Mentions) -> None:
    """"Mr Ruiz who, a month later, gave ...": "who" right after a person's name (a comma between
    or not) is that person, whatever clause the parser made of its verb (not "the envoy of Ruiz
    who": a name that is an object of "of" or an owner names no one "who" can stand for)."""
    for token in doc:
        if token.lower_ != "who" or token.tag_ != "WP" or token.i in m.by_token or token.i == 0:
            continue
        before = doc[token.i - 1 - (doc[token.i - 1].text == "," and token.i > 1)]
        people = tuple(k for k in m.keys(before) if k.startswith("person/"))
        if people and before.dep_ not in ("pobj", "poss"):
            m.by_token[token.i] = people


def _house_we(doc: Doc, m: Mentions, quotations: list[tuple[int, int]]) -> None:
    """Outside quotations, "we" and "the Administration" are the government a text speaks for: the
    nation whose leader it calls by a capitalised bare title ("the President", "the Prime
    Minister"), as a government writes of its own leader; a joint text that so calls two nations'
    leaders has no one voice. A text with no such title says "we" for the nation it keeps as subject
    (`_main_nation`), where that nation has just been one."""
    voice = _voice(doc, m)
    quoted = {i for first, end in quotations for i in range(first, end)}
    main = None if voice else _main_nation(doc, m)
    for token in doc:
        if token.i in quoted or token.i in m.noise:
            continue
        we = token.lower_ in _FIRST_PLURAL and not m.keys(token)
        if voice and (we or _own_government(token)):
            m.by_token[token.i] = (voice,)
        elif main and we and _subject_near(token, m, main):
            m.by_token[token.i] = (main,)


def _main_nation(doc: Doc, m: Mentions) -> str | None:
    """The nation a text that says "we" outside a name speaks for, when it never calls a leader by a
    bare title: the nation, named, its sentences have as subject at least twice and twice as often
    as any other. None where it speaks of "our two countries" or "our shared goal", in more than one
    voice, or names its voice itself ("we, the members of the Union, ...")."""
    words = [t.lower_ for t in doc]
    if not _FIRST_PLURAL & set(words) or any(w == "our" and set(words[i + 1:i + 3]) & _JOINT_WORDS
                                             for i, w in enumerate(words)) \
            or any(t.lower_ == "we" and any(c.dep_ == "appos" for c in t.children) for t in doc):
        return None
    counts: dict[str, int] = {}
    for sent in doc.sents:
        for nation in _named_subjects(sent, m):
            counts[nation] = counts.get(nation, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _subject_near(token: Token, m: Mentions, nation: str) -> bool:
    """Whether the nation is a subject of the token's sentence or the one before: "Ruritania has
    mobilized $60 billion ... We will continue to ...", where "we" follows on from it."""
    sent = token.sent
    return nation in _named_subjects(nlp.sentence_before(sent), m) | _named_subjects(sent, m)


def _named_subjects(sent: Span, m: Mentions) -> set[str]:
    """The nations a sentence has as subject by name."""
    return {k for t in sent if t.dep_ in _SUBJECT_DEPS and t.ent_type_ == "GPE" for k in m.keys(t)
            if k.startswith("nation/")}


def _own_government(token: Token) -> bool:
    """"the Administration", "this Government", "the FY 2024 Budget", "the President's Budget": the
    speaking government (or its budget) named by a bare noun, capitalised as a government writes of
    itself (a wire story's "the administration" is someone else's, "the Ruiz Administration" is Ruiz's)."""
    dets = [c for c in token.children if c.dep_ == "det"]
    return token.text in _GOVERNMENT_NOUNS and bool(dets) and all(d.lower_ in ("the", "this", "our") for d in dets) \
        and all(c.dep_ in ("compound", "nummod", "nmod") and (c.like_num or c.is_upper)
                or c.dep_ == "poss" and c.text in _HOUSE_TITLES for c in token.children if c.dep_ != "det")


def _voice(doc: Doc, m: Mentions) -> str | None:
    """The one nation whose leader the text calls "the President" or "the Prime Minister" (no name
    after) as one who acts or owns ("The President said", "the President's budget"): a government
    writes so of its own leader. As an object the bare title is as often the other side ("thanked
    the Prime Minister for ..."); "Assistant to the President" tells only where one president is
    named; "Deputy Prime Minister" is no bare title."""
    nations = set()
    for token in doc:
        if not _bare_house_title(doc, token, m):
            continue
        named = [k for k in m.keys(token) if k.startswith("person/")]
        if _acting(token):
            nations |= {m.nation_of(k) for k in named or _first_holder(token, m)}
        elif _staff_of(token):
            nations |= {m.nation_of(k) for k in named or _only_holder(token, m)}
    nations.discard(None)
    return nations.pop() if len(nations) == 1 else None


def _bare_house_title(doc: Doc, token: Token, m: Mentions) -> bool:
    """"The President", "the Prime Minister": a house title after "the", with no name after it."""
    if token.text not in _HOUSE_TITLES or token.i + 1 < len(doc) and m.keys(doc[token.i + 1]):
        return False
    start = token.i - 1 if token.i and doc[token.i - 1].lower_ == "prime" else token.i
    return start > 0 and doc[start - 1].lower_ == "the"


def _acting(title: Token) -> bool:
    """Whether a title is a subject or an owner, or in a list that is ("The President and the Prime
    Minister talked")."""
    while title.dep_ == "conj" and title.head != title:
        title = title.head
    return title.dep_ in _ACTING


def _staff_of(title: Token) -> bool:
    """"Assistant to the President", "Counselor to the Prime Minister": an aide of the house's leader."""
    return title.dep_ == "pobj" and title.head.lower_ == "to" and title.head.head.lemma_.lower() in _AIDES


def _first_holder(token: Token, m: Mentions) -> list[str]:
    """Whom a bare title means where none was resolved: of those named with the office, the first
    named as a subject ("President Ruiz spoke with President Dahl of Peru. The President ..." is
    Ruiz, though a headline named Dahl first)."""
    holders = [t for t in m.titles if t.title.split()[-1] == token.text]
    holders.sort(key=lambda t: (not any(t.person in m.keys(w) for w in t.sentence if w.dep_ in _ACTING),
                                t.sentence.start))
    return [t.person for t in holders][:1]


def _only_holder(token: Token, m: Mentions) -> list[str]:
    """The one person named with a bare title's office, if only one is."""
    holders = {t.person for t in m.titles if t.title.split()[-1] == token.text}
    return list(holders) if len(holders) == 1 else []


def _partners(doc: Doc, m: Mentions) -> None:
    """"Ruiz gave his host a vase": a role defined by the other side ("his host", "her guest", "his
    counterpart" with no nation named) is the person named beside it ("his host, Ana Soto"), else the
    latest other person named before, a leader first."""
    for token in doc:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if token.lemma_.lower() not in PARTNER_ROLES or owner is None or m.keys(token) \
                or any(c.ent_type_ in ("NORP", "GPE") for c in token.children):
            continue
        named = [k for c in token.children if c.dep_ == "appos" for k in m.keys(c) if k.startswith("person/")]
        if named:  # "his host, Ana Soto, ...": the name said beside the role
            m.by_token[token.i] = (named[0],)
            continue
        owners = set(m.keys(owner))
        earlier = [k for i in range(token.i - 1, max(-1, token.i - _WINDOW), -1) for k in m.keys(doc[i])
                   if k.startswith("person/") and k not in owners]
        leaders = [k for k in earlier if m.entities[k].kind is Kind.LEADER]
        if owners and (leaders or earlier):
            m.by_token[token.i] = ((leaders or earlier)[0],)


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """(first, end) token ranges inside quotation marks: “curly” pairs, or straight ones toggling."""
    found: list[tuple[int, int]] = []
    start = None
    for token in doc:
        opening = token.text in _OPEN_QUOTES or (token.text == '"' and start is None)
        if opening and start is None:
            start = token.i + 1
        elif start is not None and (token.text in _CLOSE_QUOTES or token.text == '"'):
            found.append((start, token.i))
            start = None
    return found


def _introduction(doc: Doc, first: int, m: Mentions) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Speaker and addressee of a quotation introduced by a sentence ending in a colon:
    "X presented Y with a gift:" -> (X, Y); "X said:" -> (X, ())."""
    i = first - 2  # before the opening quotation mark
    while i >= 0 and (doc[i].is_space or doc[i].text in _BULLETS):
        i -= 1
    if i < 0 or doc[i].text != ":":
        return (), ()
    verb = doc[i].sent.root
    speaker = [k for c in verb.children if c.dep_ in _SUBJECT_DEPS for k in m.keys(c) if k.startswith("person/")]
    addressee = [k for c in verb.children if c.dep_ in ("dobj", "dative") for k in m.keys(c)
                 if k.startswith("person/") and k not in speaker]
    return tuple(dict.fromkeys(speaker))[:1], tuple(dict.fromkeys(addressee))[:1]


def _quoted_persons(doc: Doc, m: Mentions, quotations: list[tuple[int, int]]) -> None:
    """In a quotation introduced by "X presented Y with a gift:", "I" is X and "you" is Y."""
    previous: tuple[int, tuple[str, ...]] = (-1, ())  # where the last attributed quotation's sentence ends, its speaker
    for first, end in quotations:
        speaker, addressee = _introduction(doc, first, m)
        speaker = speaker or _attribution(doc, first, end, m) or _continued(doc, first, previous)
        if speaker:
            previous = (doc[min(end, len(doc) - 1)].sent.end, speaker)
        side = tuple(n for n in (m.nation_of(k) for k in speaker) if n) or speaker
        for token in doc[first:end]:
            if token.lower_ in _FIRST_PERSON and speaker and not m.keys(token):
                m.by_token[token.i] = speaker
            elif token.lower_ in _FIRST_PLURAL and side and not m.keys(token):
                m.by_token[token.i] = side  # a leader's "we" is the nation they speak for
            elif token.lower_ in _SECOND_PERSON and addressee and not m.keys(token):
                m.by_token[token.i] = addressee


def _continued(doc: Doc, first: int, previous: tuple[int, tuple[str, ...]]) -> tuple[str, ...]:
    """'"...," Ruiz told reporters. "We will also ..."': a quotation that opens the sentence right
    after an attributed one goes on in the same voice."""
    ends_at, speaker = previous
    return speaker if ends_at >= 0 and doc[first].sent.start == ends_at else ()


def _attribution(doc: Doc, first: int, end: int, m: Mentions) -> tuple[str, ...]:
    """The speaker of a short quotation followed by its attribution: '"...," Ruiz said', '"...,"
    said Ruiz', '"...," Ruiz told reporters'."""
    if end >= len(doc) or end - first >= _QUOTE_REACH:
        return ()
    for token in doc[end + 1:min(len(doc), end + 6)]:
        if token.lemma_.lower() in _ATTRIBUTING and token.pos_ == "VERB":
            people = [k for c in token.children if c.dep_ in _SUBJECT_DEPS
                      for k in m.keys(c) if k.startswith("person/")]
            return tuple(dict.fromkeys(people))[:1]
        if token.is_sent_start and token.i > end + 1:
            return ()
    return ()



def _subjects(doc: Doc, m: Mentions) -> list[tuple[tuple[str, ...], Token]]:
    """Named people in subject position, with their conjuncts and appositions, in text order."""
    found = []
    for token in doc:
        if token.dep_ not in _SUBJECT_DEPS or token.i in m.noise:
            continue
        heads = [token, *token.conjuncts, *(c for c in token.children if c.dep_ == "appos")]
        people = tuple(dict.fromkeys(k for h in heads for k in m.keys(h) if k.startswith("person/")))
        if people:
            found.append((people, token))
    return found


def _opens_sentence(token: Token, m: Mentions) -> bool:
    """A subject pronoun with no person named before it in its sentence ("She also said ...")."""
    return token.dep_ in _SUBJECT_DEPS and not any(
        k.startswith("person/") for t in token.sent if t.i < token.i for k in m.keys(t))


def _resolve(token: Token, subjects, m: Mentions, earlier_sentences: bool) -> None:
    """Point a singular pronoun at the latest compatible subject and learn that person's gender.

    A pronoun is never another argument of its own verb ("Ruiz gave him", "He gave Ruiz"); when
    no subject fits, the latest other person named in the sentence so far or the one before it
    ("Ruiz met Soto. Ruiz gave him a hat.")."""
    gender = "f" if token.lower_ in _FEMALE else "m"
    limit = token.sent.start if earlier_sentences else token.i
    others = _co_arguments(token, m)
    owner = _owner_in_clause(token, m, gender) or _parallel_object(token, m, gender)
    if owner:
        return _assign(token, owner, gender, m)
    for people, subject in _before(subjects, limit):
        if len(people) != 1 or m.gender.get(people[0], gender) != gender or people[0] in others:
            continue
        if token.dep_ in _OBJECT_DEPS and _controls(subject, token):
            continue  # "Ruiz thanked her": an object is not its own clause's subject
        return _assign(token, people, gender, m)
    for other in reversed(token.doc[_previous_sentence_start(token):token.i]):  # "spoke with X to thank him"
        people = tuple(k for k in m.keys(other) if k.startswith("person/"))
        if len(people) == 1 and m.gender.get(people[0], gender) == gender and people[0] not in others \
                and not (token.dep_ in _OBJECT_DEPS and _controls(other, token)):
            return _assign(token, people, gender, m)


def _owner_in_clause(pronoun: Token, m: Mentions, gender: str) -> tuple[str, ...]:
    """The owner a possessive's own clause names: the person thanked or praised "for her courage"
    ("commended Ruiz for her courage"), or, when the clause's subject names no person, the one
    person named in the clause before it ("several of whom worked with Ruiz in his efforts"),
    rather than an earlier sentence's subject."""
    if pronoun.dep_ != "poss":
        return ()
    verb = _clause_verb(pronoun)
    if verb is None:
        return ()
    reason = next((a for a in pronoun.ancestors if a.head == verb), None)
    thanked = [k for c in verb.children if c.dep_ == "dobj" for k in _people_of(c, m, gender)]
    if reason is not None and reason.dep_ == "prep" and reason.lower_ == "for" and len(set(thanked)) == 1:
        return (thanked[0],)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or any(k.startswith("person/") for t in subject.subtree for k in m.keys(t)):
        return ()
    named = {k for t in verb.subtree if t.i < pronoun.i for k in _people_of(t, m, gender)}
    return (named.pop(),) if len(named) == 1 else ()


def _parallel_object(pronoun: Token, m: Mentions, gender: str) -> tuple[str, ...]:
    """"thanked Ruiz for the aid and presented her with a vase": an object pronoun of a verb joined
    to an earlier one is that verb's one named object, not the last sentence's subject."""
    verb = pronoun.head
    if pronoun.dep_ not in ("dobj", "dative") or verb.dep_ != "conj":
        return ()
    named = {k for c in verb.head.children if c.dep_ in ("dobj", "dative") for k in _people_of(c, m, gender)}
    return (named.pop(),) if len(named) == 1 else ()


def _people_of(token: Token, m: Mentions, gender: str) -> list[str]:
    """The people a token names whose gender, if known, is the pronoun's."""
    return [k for k in m.keys(token) if k.startswith("person/") and m.gender.get(k, gender) == gender]


def _clause_verb(token: Token) -> Token | None:
    """The verb of a token's clause, a subjectless gerund or infinitive skipped ("for her courage
    in continuing her work": commended's)."""
    verbs = [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")]
    for verb in verbs:
        if child_dep(verb, _SUBJECT_DEPS) or verb.dep_ not in ("pcomp", "xcomp", "acl", "advcl"):
            return verb
    return None


def _co_arguments(pronoun: Token, m: Mentions) -> set[str]:
    """The people named as the other subject or objects of the pronoun's verb, and as the subject it
    shares with the verb it is joined to ("Ruiz walked over and handed him a book": not Ruiz)."""
    named = {k for c in pronoun.head.children if c is not pronoun and c.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS
             for k in m.keys(c) if k.startswith("person/")}
    shared = _shared_subject(pronoun.head) if pronoun.dep_ in _OBJECT_DEPS else None
    return named | {k for k in m.keys(shared) if k.startswith("person/")} if shared is not None else named


def _shared_subject(verb: Token) -> Token | None:
    """The subject a verb with none of its own takes from the verb it is joined to ("walked over and
    handed": walked's)."""
    while verb.dep_ == "conj" and not child_dep(verb, _SUBJECT_DEPS):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


def _previous_sentence_start(token: Token) -> int:
    """Where the sentence before a token's starts (its own, for the first sentence). A blank line
    between paragraphs counts as that sentence: "they" opening a paragraph reaches back no further
    (letting it reach the paragraph before found two promises and lost a fact and added two wrong
    ones on held-back real news)."""
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else start


def _before(subjects: list[tuple[tuple[str, ...], Token]], limit: int):
    """Subjects before token index `limit`, latest first, no further back than the window."""
    index = bisect_left([subject.i for _, subject in subjects], limit)
    for people, subject in reversed(subjects[max(0, index - _WINDOW):index]):
        if subject.i < limit - _WINDOW:
            return
        yield people, subject


def _assign(token: Token, people: tuple[str, ...], gender: str, m: Mentions) -> None:
    """Resolve the pronoun; a subject pronoun also teaches its person's gender (a possessive or
    object is a weaker guess: "worked with Ruiz in his efforts" must not make the clause's
    unnamed owner's earlier subject a man for every later "she")."""
    m.by_token[token.i] = people
    if token.dep_ in _SUBJECT_DEPS:
        m.gender.setdefault(people[0], gender)


def _controls(subject: Token, pronoun: Token) -> bool:
    """Whether `subject` is the subject of the pronoun's clause, or controls it ("X spoke to thank him")."""
    verb = pronoun.head
    while True:
        if subject.head == verb:
            return True
        if verb.dep_ not in ("xcomp", "advcl") or child_dep(verb, _SUBJECT_DEPS) or verb.head == verb:
            return False
        verb = verb.head


def _a_style(pronoun: Token) -> bool:
    """"His Excellency", "Her Royal Highness": a possessive that opens a style of address, no reference."""
    after = pronoun.doc[pronoun.i + 1:pronoun.i + 3]
    return pronoun.lower_ in ("his", "her") and any(t.lower_ in STYLES_OF_ADDRESS and t.is_title for t in after)


def child_dep(token: Token, deps: set[str]) -> bool:
    """Whether a token has a child with one of the dependency labels."""
    return any(c.dep_ in deps for c in token.children)


def _pronoun_mentions(doc: Doc, m: Mentions) -> None:
    """He/she resolve to the latest compatible subject; they/their to the latest group.

    Sentence-initial subject pronouns ("She also announced ...") are resolved
    first, to a subject of an earlier sentence: they are the surest, and they
    teach each person's gender for the other pronouns.
    """
    subjects = _subjects(doc, m)
    pronouns = [t for t in doc if t.pos_ == "PRON" and t.i not in m.noise and not m.keys(t) and not _a_style(t)]
    singular = [t for t in pronouns if t.lower_ in PRONOUNS_SINGULAR]
    for token in (t for t in singular if _opens_sentence(t, m)):
        _resolve(token, subjects, m, earlier_sentences=True)
    subjects = sorted(subjects + [(m.keys(t), t) for t in singular if m.keys(t) and t.dep_ in _SUBJECT_DEPS],
                      key=lambda pair: pair[1].i)
    for token in (t for t in singular if not m.keys(t)):
        _resolve(token, subjects, m, earlier_sentences=False)
    collectives = _collective_subjects(doc, m)
    for token in (t for t in pronouns if t.lower_ in PRONOUNS_PLURAL):
        found = _plural_antecedent(doc, token, m) or _latest(collectives, token, plural=True)
        if found:
            m.by_token[token.i] = found
    for token in (t for t in pronouns if t.lower_ in ("it", "its")):
        found = _latest(collectives, token, plural=False)
        if found and not _text_just_before(token):
            m.by_token[token.i] = found


def _text_just_before(pronoun: Token) -> bool:
    """"Peru wants Ruritania to sign the treaty, saying it would help protect fish stocks": "it" that does
    what texts do (help, allow, boost) just after a text or plan is named is that text, not the
    nation whose subject came first ("signed the treaty and said it would send troops": the nation)."""
    if pronoun.head.lemma_.lower() not in _WHAT_TEXTS_DO:
        return False
    start = max(pronoun.sent.start, pronoun.i - _TEXT_REACH)
    return any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in AGREEMENT_NOUNS | PROGRAMME_WORDS
               for t in pronoun.doc[start:pronoun.i])


#: How many words before "it" a text or plan named takes "it" from a nation named before it.
_TEXT_REACH = 6
#: What a text or plan is said to do ("it would help protect stocks", "it will boost trade").
_WHAT_TEXTS_DO = {"help", "allow", "enable", "ensure", "boost", "protect", "benefit", "pave", "facilitate",
                  "promote", "strengthen", "improve", "reduce", "increase", "create", "lead", "bring", "open"}


def _country_mentions(doc: Doc, m: Mentions) -> None:
    """"Ruiz said the country would ...": "the country" (nation, kingdom, republic) is the nation of
    the person whose words report it, else the one nation named in its sentence so far and the
    sentence before; where two are named, which one is meant the words do not say. "The government"
    as a subject is a nation's too ("Peru said it would help Lagonia. The government pledged ..."),
    the one those sentences have as subject when they name two."""
    for token in doc:
        government = token.lower_ == "government" and token.dep_ in _SUBJECT_DEPS \
            and all(c.dep_ == "det" for c in token.children)  # bare: not "the federal government"
        if token.lemma_.lower() not in COUNTRY_NOUNS and not government or token.tag_ not in ("NN", "NNP") \
                or m.keys(token) or token.i in m.noise or token.tag_ == "NNP" and token.lower_ not in _FORMS_OF_STATE:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or any(c.dep_ == "prep" and c.lower_ == "of" or m.keys(c) for c in token.children):
            continue  # "this country" is the speaker's own; "the country of X", "the Gulf kingdom" name it
        speaker = _reporting_person(token, m)
        nation = m.nation_of(speaker) if speaker else None
        if nation is None:
            named = {k for t in doc[_previous_sentence_start(token):token.i] for k in m.keys(t)
                     if k.startswith("nation/")}
            if government and len(named) > 1:
                named = {k for t in doc[_previous_sentence_start(token):token.i] if t.dep_ in _SUBJECT_DEPS
                         for k in m.keys(t) if k.startswith("nation/")}
            nation = named.pop() if len(named) == 1 else _the_one_so_called(token, m)
        if nation:
            m.by_token[token.i] = (nation,)


#: Forms of state a nation's official name gives ("Kingdom of Ruritania"): "the Kingdom" is the
#: one kingdom the article names.
_FORMS_OF_STATE = {"kingdom", "republic"}


def _the_one_so_called(token: Token, m: Mentions) -> str | None:
    """"The Kingdom pledged ...": the one nation named before it whose official name says it is a
    kingdom (a republic): none when the article names two."""
    form = token.lower_
    if form not in _FORMS_OF_STATE:
        return None
    nations = gazetteer.load_nations()
    named = {k for t in token.doc[:token.i] for k in m.keys(t) if k.startswith("nation/")}
    called = [k for k in named if (record := nations.get(k.removeprefix("nation/"))) is not None
              and any(re.search(rf"\b{form}\b", alias.lower()) for alias in record.aliases)]
    return called[0] if len(called) == 1 else None


def _reporting_person(token: Token, m: Mentions) -> str | None:
    """The one person whose reporting verb governs a token's clause ("Ruiz said [the country would]")."""
    for verb in token.ancestors:
        if verb.lemma_.lower() in REPORT_VERBS:
            people = [k for c in verb.children if c.dep_ in _SUBJECT_DEPS for k in m.keys(c) if k.startswith("person/")]
            return people[0] if len(people) == 1 else None
    return None


def _collective_subjects(doc: Doc, m: Mentions) -> list[tuple[Token, tuple[str, ...]]]:
    """Subjects that stand for nations or organisations ("Hungary", "the Fijian rebels"), and
    firms that stand for none."""
    found: list[tuple[Token, tuple[str, ...]]] = []
    for token in doc:
        if token.dep_ not in _SUBJECT_DEPS or token.pos_ == "PRON":
            continue
        keys = m.keys(token) or tuple(k for c in token.children if c.dep_ in ("amod", "compound", "poss")
                                      for k in m.keys(c)) or _named_before_dash(token, m)
        keys = tuple(dict.fromkeys(k for k in keys if k.startswith(("nation/", "organization/"))))
        if not m.keys(token) and (token.pos_ == "PROPN" or token.text in COMPANY_NOUNS):
            found.append((token, ()))  # "Ruritanian energy giant Solvane said it would ...": the firm, no nation
        elif keys:  # "Mass General Brigham": one body, though two of its words name it
            found.append((token, keys))
    return found


def _named_before_dash(token: Token, m: Mentions) -> tuple[str, ...]:
    """"Ruritania - the region's second-biggest producer - has ...": the name a subject phrase opens
    with, set off by a dash, which the parser may hang anywhere inside the description."""
    first = token.left_edge
    after = token.doc[first.i + 1] if first.i + 1 < len(token.doc) else None
    return m.keys(first) if after is not None and after.text in _DASHES and first.i < token.i else ()


def _latest(subjects: list[tuple[Token, tuple[str, ...]]], token: Token, plural: bool) -> tuple[str, ...] | None:
    """The latest collective subject before a pronoun, in its sentence or the one before."""
    earliest = _previous_sentence_start(token)
    index = bisect_left([subject.i for subject, _ in subjects], token.i)
    for subject, keys in reversed(subjects[:index]):
        if subject.i < earliest:
            return None
        if plural == (subject.tag_ in ("NNS", "NNPS") or len(keys) > 1):
            return keys  # "it" is one nation or body, never the two a subject named
    return None


def _group_mentions(doc: Doc, m: Mentions) -> None:
    """"the two leaders" -> the two latest leaders named before; "both sides", "the Parties"
    -> the two latest nations. Told again within a few sentences, a phrase keeps its referent."""
    previous: dict[str, tuple[int, tuple[str, ...]]] = {}
    places = frozenset(t.i for t in doc if t.dep_ == "pobj" and t.head.lower_ in ("in", "at"))
    for token in doc:
        lemma = _singular(token)
        kind = Kind.LEADER if lemma in GROUP_NOUNS else Kind.NATION if lemma in NATION_GROUP_NOUNS else None
        if kind is Kind.LEADER and _of_a_department(token) and not _hold_the_office(m, token, lemma):
            kind = Kind.NATION  # "the two defence ministers": the leaders named are not they; their nations are
        if kind is None or token.tag_ not in ("NNS", "NNPS") or m.keys(token):
            continue
        if not any(c.lower_ in ("the", "both", *_COUNTS) for c in token.children) or _named_body(token):
            continue
        if kind.value in previous and token.i - previous[kind.value][0] < _GROUP_REACH:
            m.by_token[token.i] = previous[kind.value][1]
            continue
        besides = _clause_subject(token, m) if token.dep_ == "pobj" else frozenset()
        group = _latest_named(m, token.i, kind, _counted(token) or 2, besides,
                              places if kind is Kind.NATION else frozenset())  # "the summit in Oslo": no side
        if group and kind is Kind.LEADER and not _counted(token) and len(_named_before(m, token.i, kind)) != 2:
            continue  # "the leaders" of a summit of seven are not the two named last
        if group:
            m.by_token[token.i] = group
            previous[kind.value] = (token.i, group)


def _clause_subject(token: Token, m: Mentions) -> frozenset[str]:
    """Who the clause around a prepositional object is about: "Ruritania, which brokered a truce
    between the two countries" is not one of the two."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return frozenset()
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return frozenset(m.keys(subject)) if subject is not None else frozenset()


def _of_a_department(token: Token) -> bool:
    """"the two defence ministers", "both foreign secretaries": officials of a department, not the
    leaders an article names."""
    return token.lemma_.lower() in DEPARTMENT_OFFICIALS and any(
        c.dep_ in ("compound", "amod") and c.lower_ not in ("two", "both") for c in token.children)


def _hold_the_office(m: Mentions, token: Token, office: str) -> bool:
    """Whether the two people named last before a token both have the office it names ("Foreign
    Minister X and Foreign Minister Y ... the two foreign ministers")."""
    group = _latest_named(m, token.i, Kind.LEADER, 2)
    return bool(group) and all(office in (m.entities[k].title or "").lower() for k in group or ())


#: Numbers a group noun may say it means ("the three leaders").
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted(token: Token) -> int | None:
    """"the two leaders", "both leaders", "the three leaders": how many a plural says it means."""
    return next((2 if c.lower_ == "both" else _COUNTS[c.lower_] for c in token.children
                 if c.lower_ == "both" or c.lower_ in _COUNTS), None)


def _named_before(m: Mentions, before: int, kind: Kind) -> set[str]:
    """Every entity of a kind the article names before a token."""
    return {k for i, keys in m.by_token.items() if i < before for k in keys
            if k in m.entities and m.entities[k].kind is kind}


def _named_body(token: Token) -> bool:
    """"the Pact states", "the Gulf states": a name in front says which body's members are meant,
    not the nations just named ("the two Prime Ministers" is a title)."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and f"{c.lower_} {_singular(token)}" not in TITLES
               for c in token.children)  # "the two Prime Ministers": a title, not a body's name


def _singular(token: Token) -> str:
    """A plural noun's singular: its lemma, or for a capitalised one ("the Parties", which the
    tagger may call a proper noun and leave unlemmatised) the regular English singular."""
    word = token.lemma_.lower()
    if token.tag_ != "NNPS":
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word.removesuffix("s")


def _latest_named(m: Mentions, before: int, kind: Kind, count: int, besides: frozenset[str] = frozenset(),
                  places: frozenset[int] = frozenset()) -> tuple[str, ...] | None:
    """The `count` entities of a kind named last before a token, in a stable order (none of `besides`,
    none named at the token indices `places`)."""
    found: list[str] = []
    for i in range(before - 1, max(-1, before - _WINDOW), -1):
        if i in places:
            continue
        found += [k for k in m.by_token.get(i, ()) if k in m.entities and _of_kind(m.entities[k], kind)
                  and k not in found and k not in besides]
        if len(found) >= count:
            return tuple(sorted(found[:count]))
    return None


def _of_kind(entity: Entity, kind: Kind) -> bool:
    """Whether an entity is of a kind; an intergovernmental body ("the Pacific Accord Council") is
    one of "both sides" as a nation is."""
    return entity.kind is kind or kind is Kind.NATION and entity.kind is Kind.ORGANIZATION \
        and entity.name in gazetteer.load_organisations()


def _plural_antecedent(doc: Doc, token: Token, m: Mentions) -> tuple[str, ...] | None:
    """"they": the latest subject before it that names two or more, in its sentence or the one
    before, else the latest group mention, else the people of its sentence or the one before if it
    names two. Further back, "they" is more likely the workers or officials just mentioned than
    leaders named paragraphs ago."""
    start = _previous_sentence_start(token)
    joint = _joint_subject(doc[start:token.i], m)
    if joint:
        return joint
    for i in range(token.i - 1, start - 1, -1):
        if len(m.keys(doc[i])) >= 2:
            return m.keys(doc[i])
    for sent in (token.sent, doc[start].sent):
        people = tuple(dict.fromkeys(k for t in sent if t.i < token.i and not nlp.heads_a_government(t)
                                     for k in m.keys(t) if k.startswith("person/")))  # not "the Ruiz Administration's"
        if len(people) >= 2:
            return people
    return None


def _modifiers_keys(token: Token, m: Mentions) -> tuple[str, ...]:
    """Who an unnamed officer stands for: "Ruritanian National Security Advisor" Ruritania."""
    return tuple(k for c in token.children if c.dep_ in ("compound", "amod") for k in m.keys(c)
                 if k.startswith("nation/"))


def _joint_subject(span: Span, m: Mentions) -> tuple[str, ...]:
    """The entities of the latest subject in a span that names two or more ("the two leaders", "Lund
    and Berg"; "after the talks of Ruiz and Dahl, Lund and Berg signed ...": Lund and Berg, though
    the parser hung them on the list before the comma): "they" are those, not every name near."""
    roots = {span[0].sent.root, span[-1].sent.root} if len(span) else set()  # the span is at most two sentences
    groups = [taken for root in roots if (taken := [t for t in nlp.subject_taken(root) if t.i < span.end])]
    groups += [[t, *t.conjuncts] for t in span if t.dep_ in _SUBJECT_DEPS]
    for group in sorted(groups, key=lambda g: g[0].i, reverse=True):
        keys = tuple(dict.fromkeys(k for t in group for k in m.keys(t) or _modifiers_keys(t, m)))
        if len(keys) >= 2:
            return keys
    return ()
