"""Helpers every rule shares: evidence, actors of a noun phrase, modality, places, phrases."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg import dates, nlp
from kg.facts import Evidence, Modality
from kg.lexicon import (
    CLAIM_NOUNS,
    COMMENTATORS,
    COMPANY_NOUNS,
    CORPORATE_SUFFIXES,
    COUNTERPART_WORDS,
    FIRM_WORDS,
    GROUP_HEADS,
    GUEST_WORDS,
    KEEPING_VERBS,
    LEADER_TITLES,
    LEADERS_GOVERNMENTS,
    LOBBY_GROUPS,
    NEGATING_HEADS,
    NON_STATE,
    NON_STATE_BODIES,
    NON_STATE_SECTORS,
    PREDICTION_ADVERBS,
    REPORT_VERBS,
    TITLE_MODIFIERS,
)
from kg.mention_types import Mentions
from kg.read import find_date

_ACTOR_CHILD_DEPS = {"compound", "amod", "poss", "nmod", "appos"}
_PLACE_PREPS = {"in", "at"}


#: Auxiliaries of the future ("will deliver", "would send"): a promise or a plan, not a done act.
FUTURE = {"will", "would", "shall", "'ll"}

def evidence(sent: Span, article_id: str, rule: str, confidence: float) -> Evidence:
    """Evidence for a sentence, with offsets of its non-space text in the article."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return Evidence(article_id, sent.start_char, sent.end_char, sent.text, rule, confidence)
    span = sent.doc[tokens[0].i:tokens[-1].i + 1]  # Span.text, not Doc.text: linear in the sentence
    return Evidence(article_id, span.start_char, span.end_char, span.text, rule, confidence)


def _dedupe(keys: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(keys))


#: Nouns for the state a person serves ("her government would send ...").
_STATE_NOUNS = {"government", "country", "nation", "administration", "cabinet"}


def actors(token: Token | None, m: Mentions) -> tuple[str, ...]:
    """Entities a noun phrase stands for, its conjuncts included.

    "Ruritanian officials" stands for Ruritania; "Ruiz and Norway's prime
    minister" for both people.
    """
    if token is None:
        return ()
    found: list[str] = []
    conjuncts = (*token.conjuncts, *_listed_as_apposition(token, m), *_conjuncts_inside_name(token, m))
    taken = nlp.subject_taken(token.sent.root) if conjuncts else []  # actors runs often: only for a list
    for head in (token, *(c for c in conjuncts if c not in taken)):
        keys = m.keys(head)
        if not keys and _non_state(head) or _a_firm(head, keys) or _in_a_body_name(head):
            continue
        if not keys:  # "Ruritanian and Peruvian negotiators": the modifiers and their conjuncts
            keys = tuple(k for c in head.children if c.dep_ in _ACTOR_CHILD_DEPS
                         and not (c.dep_ == "poss" and head.lower_ in COUNTERPART_WORDS | GUEST_WORDS)  # not him
                         for x in (c, *c.conjuncts) for k in m.keys(x)
                         if (c.dep_ in ("poss", "appos") or acts_for_others(head) or not k.startswith("nation/"))
                         and not _named_after(c, head, k))
        if not m.keys(head) and head.lower_ in _STATE_NOUNS:  # "her government", "his country": the nation
            keys = tuple((m.nation_of(k) or k) if k.startswith("person/") else k for k in keys)
        if not keys and head.lower_ in LEADERS_GOVERNMENTS:
            keys = _named_after_leader(head, m)
        if not keys:  # "donors, including Ruritania and Peru": those named
            keys = tuple(k for o in included(head) for k in actors(o, m))
        if not keys and (head.lemma_.lower() in GROUP_HEADS or head.lower_ in GROUP_HEADS):
            members = prep_objects(head, "of", "from") + participle_agents(head, "lead", "head")
            keys = tuple(k for o in members for k in actors(o, m))
        if not m.keys(head) and (head.tag_ in ("NNS", "NNPS") or head.lower_ in _ONE_OFFICE):
            keys = tuple(office_holder(k, head, m) for k in keys)
        named = named_in_apposition(head, m) or _name_after_counterpart(head, m)
        if named and not m.keys(head):
            # "his Peruvian counterpart Ana Dahl": Dahl, not Peru
            keys = tuple(k for k in keys if not k.startswith("nation/"))
        found.extend(k for k in keys if not k.startswith("place/"))
        found.extend(k for k in named if not keys)
    return _dedupe(found)


def title_clause(verb: Token, m: Mentions) -> Token | None:
    """"presented visiting President X with a vase": the parser may read the title's "visiting" as a
    clause of the verb, with the person it describes as its object and the verb's other words hung
    on it. That clause: a title word right after the verb whose object is a person."""
    return next((c for c in verb.children if c.i == verb.i + 1 and c.lower_ in TITLE_MODIFIERS and c.tag_ == "VBG"
                 and any(k.startswith("person/") for o in c.children if o.dep_ == "dobj" for k in m.keys(o))),
                None)


def named_in_apposition(head: Token, m: Mentions) -> list[str]:
    """People a noun is named as: "Peru's envoy, Ana Ruiz"; "the speaker of the House, Ana Ruiz" (the
    name hung on a noun of its "of" phrase)."""
    return [k for c in (head, *_of_chain(head)) for a in c.children if a.dep_ == "appos" and not _speaker_after(a)
            for k in m.keys(a) if k.startswith("person/")]


def _speaker_after(name: Token) -> bool:
    """"... host Ruritanian refugees, State Secretary Ana Ruiz said.": a name the parser hung on the
    noun before it, though the reporting verb right after it makes it the sentence's speaker."""
    after = name.right_edge.i + 1
    return after < len(name.doc) and name.doc[after].lemma_.lower() in REPORT_VERBS and name.doc[after].pos_ == "VERB"


def _of_chain(head: Token) -> list[Token]:
    """The nouns "of" hangs on a noun, one after another ("the speaker of Ruritania's House of
    Representatives, Ana Ruiz": House, Representatives), where the parser may hang the name."""
    chain: list[Token] = []
    while (found := prep_objects(chain[-1] if chain else head, "of")):
        chain.append(found[0])
    return chain


def participle_agents(noun: Token, *lemmas: str) -> list[Token]:
    """Who did what a participle on a noun says: "a delegation led by Ruiz", "a summit attended by
    Ruiz and Dahl" (the objects of "by" under the participle of one of these verbs)."""
    return [o for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in lemmas for o in prep_objects(c, "by")]


def keeps(verb: Token) -> bool:
    """Whether a verb keeps what it governs: "fulfilled his promise", "coming good on an election promise"."""
    return verb.lemma_.lower() in KEEPING_VERBS or verb.lemma_.lower() in ("come", "make") and any(
        c.lower_ == "good" for c in verb.children)


def governing_verb(noun: Token) -> Token:
    """The word a noun is the object of, through a preposition ("delivering on his promise",
    "signed the deal")."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _named_after_leader(government: Token, m: Mentions) -> tuple[str, ...]:
    """"The Ruiz-Soto administration" acts for Ruiz: the small model hangs the leader's name on the
    deputy's, one step further from the noun than a plain compound."""
    return tuple(k for c in government.children if c.dep_ == "compound"
                 for t in c.subtree for k in m.keys(t) if k.startswith("person/"))


def _named_after(modifier: Token, head: Token, key: str) -> bool:
    """"the Ana Dahl Outstanding Senior Award": a person's name inside a longer name is what the
    award, prize or fund is named after, not its actor (a body of people, "the Dahl administration",
    still acts for her)."""
    return key.startswith("person/") and modifier.dep_ == "compound" and head.pos_ == "PROPN" \
        and head.lemma_.lower() not in GROUP_HEADS and head.lower_ not in GROUP_HEADS


def _name_after_counterpart(head: Token, m: Mentions) -> list[str]:
    """"his Peruvian counterpart Ana Dahl" with the name's arc lost: the person named right after."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if head.lower_ not in COUNTERPART_WORDS or after is None:
        return []
    return [k for k in m.keys(after) if k.startswith("person/")]


#: Singular nouns that name one office holder of the nation before them ("the Ruritanian leader", "his
#: Peruvian counterpart").
_ONE_OFFICE = {"leader", "counterpart", *GUEST_WORDS}


def office_holder(key: str, head: Token, m: Mentions) -> str:
    """"the Ruritanian and Peruvian foreign ministers": for each nation, the one person the article
    names in that office (a minister for "ministers", a leader for "leaders", anyone titled for "his
    counterpart"), else the nation."""
    if not key.startswith("nation/"):
        return key
    office = head.lemma_.lower()
    holders = {t.person for t in m.titles if t.nation == key and not t.former and
               (office in t.title.lower() or head.lower_ in ("counterpart", *GUEST_WORDS)  # one, not "counterparts"
                or office in ("leader", "head") and t.title in LEADER_TITLES.values())}
    return holders.pop() if len(holders) == 1 else key


def _conjuncts_inside_name(token: Token, m: Mentions) -> tuple[Token, ...]:
    """"between the Republic of Ruritania and Peru": the parser hangs "and Peru" on the last word of
    a nation's name of several words; its conjuncts are the whole name's (not so in a body's name,
    "the Departments of Labor and Education", whose "and" the name may hold)."""
    keys, doc = m.keys(token), token.doc
    if not any(k.startswith("nation/") for k in keys):
        return ()
    end = next((j for j in range(token.i + 1, len(doc)) if m.keys(doc[j]) != keys), len(doc))
    return tuple(c for t in doc[token.i + 1:end] for c in t.conjuncts)


def listed_actors(token: Token | None, m: Mentions) -> tuple[str, ...]:
    """The actors of a noun phrase that is a list of titled names ("A, Ruritanian President B and
    C"): the small model often hangs such a list as appositions and modifiers rather than
    conjuncts, so every name in a phrase made only of names, titles, commas and "and" counts."""
    if token is None:
        return ()
    # "Ruiz, Dahl and Soto held talks": the parser may make two subjects of one list
    return _dedupe([k for t in (*_names_before_subject(token), token, *_second_subjects(token))
                    for k in _listed_phrase(t, m)])


def _listed_phrase(token: Token, m: Mentions) -> tuple[str, ...]:
    """`listed_actors` of one noun phrase ("of" and a thing hung on the last name, "A and B of five
    accords", is not part of the list)."""
    after = {t.i for c in token.children if c.lower_ == "of" and c.i > token.i
             and not any(m.keys(o) for o in c.children) for t in c.subtree}
    words = [t for t in token.subtree if t.i not in after]
    if not any(t.lower_ in (",", "and") for t in words) or \
            any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON") and not _whose_counterpart(t) for t in words):
        return actors(token, m)
    named = [t for t in words if t.pos_ == "PROPN" and t.ent_type_ != "NORP" and not _in_a_body_name(t)
             or t.dep_ == "amod" and t.head.lower_ in COUNTERPART_WORDS]
    return _dedupe([*actors(token, m), *(k for t in named for k in m.keys(t) if k.startswith(("person/", "nation/")))])
    # names only, not "Ruritanian" in front of a noun (but "her Ruritanian counterpart": the counterpart's side)


def _in_a_body_name(token: Token) -> bool:
    """"Ruritania" of "the University of Ruritania": a nation named in a body's name apart from the
    state is not a party of its own (read by position: the parser may make the nation the head)."""
    start = token.i
    while start > 0 and token.doc[start - 1].ent_type_ == token.ent_type_ != "" and token.doc[start - 1].is_title:
        start -= 1
    return start > 1 and token.doc[start - 1].lower_ == "of" and token.doc[start - 2].lower_ in NON_STATE_BODIES


def _whose_counterpart(token: Token) -> bool:
    """"her" of "X, and her Ruritanian counterpart, Y": a list of names may hold a counterpart."""
    return token.tag_ == "PRP$" and token.head.lower_ in COUNTERPART_WORDS


def _names_before_subject(token: Token) -> list[Token]:
    """"Ruiz, Dahl agree to ...": a headline's list whose first name the parser hangs on the verb as a
    modifier, joined to the subject by a comma alone."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head == token:
        return []
    first = token.left_edge
    return [c for c in token.head.children if c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN"
            and c.i == token.sent.start and c.right_edge.i + 2 == first.i and token.doc[first.i - 1].text == ","]


def _second_subjects(token: Token) -> list[Token]:
    """Other subjects of the same verb after this one, joined to it only by commas, "and" and names
    (a list the parser split into two subjects), in text order."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head == token:
        return []
    others = [c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i]
    if not others:
        return []
    own = {t.i for t in token.subtree if not t.is_punct}
    between = token.doc[token.i + 1:others[0].left_edge.i]  # not "Cancer: - The institute": a heading
    return others if all(t.text in (",", "and") or t.i in own for t in between) else []


def _non_state(head: Token) -> bool:
    """"Ruritania's main opposition group", "Ruritanian rebels", "a Ruritanian company": a group set
    against or apart from its state acts for no nation (and is no known actor of its own); a
    company's name ("the Ruritanian Development Finance Corporation") may be the state's."""
    return head.lower_ in NON_STATE or head.text in COMPANY_NOUNS or any(
        c.lower_ in NON_STATE or c.text in NON_STATE_SECTORS for c in head.children
        if c.dep_ in ("amod", "compound", "nmod"))


def _a_firm(head: Token, keys: tuple[str, ...]) -> bool:
    """"construction firm Kuzey Holdings", "Ruritania-based developer X", "X, a privately held
    smelter operator", "aid group X Ruritania", "X, a rebel group": a name its own words call a
    business, a lobby or a group against the state acts for no state, whatever nation its name or
    its modifiers carry."""
    if not keys or any(k.startswith("person/") for k in keys):
        return False
    words = [*head.doc[head.left_edge.i:head.i],
             *(t for a in head.children if a.dep_ == "appos" for t in head.doc[a.left_edge.i:a.i + 1])]
    return any(t.text in FIRM_WORDS or t.lower_ in NON_STATE
               or t.lower_ == "based" and t.i > 0 and t.nbor(-1).text == "-"
               or t.lower_ in ("group", "groups") and any(c.lower_ in LOBBY_GROUPS for c in t.children)
               for t in words)


def _told_by_the_company(token: Token) -> bool:
    """"X pledged 200 million euros, the company said": the sentence's source calls X a company."""
    return any(t.lemma_.lower() in REPORT_VERBS and (s := subject(t)) is not None and s.text in COMPANY_NOUNS
               and any(d.lower_ == "the" for d in s.children) for t in token.sent)


def _a_body_apart(key: str) -> bool:
    """"organization/university-of-ruritania", "organization/tony-elumelu-foundation": a body apart
    from the state by its name ("the National Science Foundation", a "federal" or "state" one, is
    the state's; a university never is)."""
    words = set(key.split("/", 1)[1].split("-"))
    return bool(words & _SCHOOLS) or bool(words & NON_STATE_BODIES) and not words & {
        "national", "federal", "state", "royal", "government"}


#: Bodies of learning, apart from the state even when named for it ("California State University").
_SCHOOLS = {"university", "college", "school", "academy"}


def without_companies(keys: tuple[str, ...], doc: Doc, m: Mentions) -> tuple[str, ...]:
    """The actors without companies ("organization/ruritex-ag", or an organisation the article
    calls a firm anywhere: "it" after "defence company X said") and bodies apart from the state
    ("University of Ruritania"): a firm's investment is no state's promise, its contract with a
    ministry no agreement between parties of the graph."""
    firms = _firms(doc, m) if any(k.startswith("organization/") for k in keys) else frozenset()
    return tuple(k for k in keys if not (k.startswith("organization/") and (
        k.rsplit("-", 1)[-1] in CORPORATE_SUFFIXES or _a_body_apart(k))) and k not in firms)


def _firms(doc: Doc, m: Mentions) -> frozenset[str]:
    """The organisations an article calls firms, found once per article (kept in the Doc, whose
    mentions no rule changes)."""
    key = f"kg.firms.{id(m)}"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(k for t in doc if t.dep_ != "compound" for k in m.keys(t)
                                       if k.startswith("organization/")
                                       and (_a_firm(t, m.keys(t)) or _told_by_the_company(t)))
    return doc.user_data[key]


def nations_in(sent: Span, m: Mentions, actors: tuple[str, ...] = ()) -> tuple[str, ...]:
    """ISO codes of the nations a sentence names and the actors stand for or lead: whose money a
    bare "shillings" means."""
    keys = [k for t in sent for k in m.keys(t)] + [m.nation_of(k) or k for k in actors]
    return tuple(dict.fromkeys(k.removeprefix("nation/") for k in keys if k and k.startswith("nation/")))


def story_sides(m: Mentions) -> list[str]:
    """The two nations a story of two sides is about: the two it names most (a leader counting for
    the nation led), each at least twice, when no third comes near (named more than half as often
    as the second)."""
    counts: dict[str, int] = {}
    for key in m.entities:
        nation = key if key.startswith("nation/") else m.nation_of(key)
        if nation and m.mention_count(key):
            counts[nation] = counts.get(nation, 0) + m.mention_count(key)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2 or ranked[1][1] < 2 or len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]:
        return []
    return [ranked[0][0], ranked[1][0]]


def people_and_nations(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys that can meet or give gifts: people and nations ("the Senate gave its consent" is no gift)."""
    return tuple(k for k in keys if k.startswith(("person/", "nation/")))


def sides_of(keys: tuple[str, ...], m: Mentions) -> tuple[str, ...]:
    """The parties of a meeting or an exchange: a nation whose leader or envoy is there is not a
    second party ("Ruritania's leader X" is one side, not two)."""
    return without_led(keys, m.nation_of)


def without_led(keys: Iterable[str], nation_of: Callable[[str], str | None]) -> tuple[str, ...]:
    """The keys in order, a nation left out where a person of it is among them."""
    keys = tuple(keys)
    led = {nation_of(k) for k in keys if k.startswith("person/")}
    return tuple(k for k in keys if k not in led)


def reporters(token: Token, m: Mentions) -> tuple[str, ...]:
    """Who reports the clause a token is in: "Ruiz confirmed that Ruritania would deliver ..." -> Ruiz."""
    clause = next((t for t in (token, *token.ancestors) if t.dep_ == "ccomp"), None)
    if clause is None or clause.head.lemma_.lower() not in REPORT_VERBS:
        return ()
    return actors(subject(clause.head), m)


def batch_held(noun: Token) -> Token:
    """What a noun of quantity or of part holds ("a number of documents", "a flurry of agreements",
    "the first phase of a trade deal"), else the noun."""
    if noun.lemma_.lower() in _BATCH_NOUNS:
        return next(iter(prep_objects(noun, "of")), noun)
    return noun


#: Nouns of a quantity or a part of things ("a number of documents", "the first phase of a deal").
_BATCH_NOUNS = {"number", "series", "set", "range", "raft", "host", "package", "slew", "flurry", "phase", "stage",
                "part", "portion"}


def presence_of(verb: Token, m: Mentions) -> list[str]:
    """Who an act took place before ("signed in the presence of the two presidents")."""
    presence = [o for o in prep_objects(verb, "in") if o.lower_ == "presence"]
    return [k for p in presence for o in prep_objects(p, "of") for k in listed_actors(o, m)]


def included(head: Token) -> list[Token]:
    """The members a common noun names ("donors, including Ruritania and Peru")."""
    return prep_objects(head, "including") if head.pos_ == "NOUN" else []


def acts_for_others(head: Token) -> bool:
    """"Ruritanian officials" act for Ruritania; "Ruritanian students" do not: a national modifier makes the
    nation an actor only on a body that represents it, or on a name ("the Ruritanian Navy")."""
    return head.lemma_.lower() in GROUP_HEADS or head.lower_ in GROUP_HEADS | GUEST_WORDS or head.pos_ == "PROPN"


def has_aux(verb: Token, words: set[str] | frozenset[str]) -> bool:
    """Whether a verb has one of these auxiliaries ("will", "to", "may")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def child(token: Token, *deps: str) -> Token | None:
    """The first child of a token with one of the dependency labels."""
    return next((c for c in token.children if c.dep_ in deps), None)


def prep_objects(token: Token, *preps: str) -> list[Token]:
    """Objects of the token's prepositions ("with X", "to Y"), also when the parser read a title word
    as a clause and made the name its object ("talks between visiting President X and ...")."""
    return [o for p in token.children if p.dep_ in ("prep", "agent", "dative") and p.lower_ in preps
            for c in p.children for o in ([c] if c.dep_ == "pobj" else _title_objects(c))]


def behalf_of(token: Token | None) -> list[Token]:
    """Whom an act is done for: the objects of its "on behalf of" ("On behalf of Ruritania,
    Minister X pledged ...", "signed on behalf of Peru")."""
    return [o for p in (prep_objects(token, "on") if token is not None else ()) if p.lower_ == "behalf"
            for o in prep_objects(p, "of")]


def _title_objects(clause: Token) -> list[Token]:
    """The name a title word read as a clause takes as its object ("visiting" of "visiting President X")."""
    if clause.dep_ != "pcomp" or clause.lower_ not in TITLE_MODIFIERS or clause.tag_ != "VBG":
        return []
    return [o for o in clause.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]


def subject(verb: Token) -> Token | None:
    """The verb's subject, climbing through xcomp/conj chains ("agreed to sign", "was proud to
    announce"); for a main verb the parser left without one, the noun phrase just before it
    (see `_left_subject`)."""
    while verb is not None:
        found = nearest_subject(verb, "nsubj", "nsubjpass")
        if found is not None and found.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return verb.head  # "X, who met Y, said": the relative pronoun stands for X
        if found is not None and found.tag_ in ("WP", "WDT") and found.i > verb.sent.start \
                and verb.doc[found.i - 1].pos_ == "PROPN":
            return verb.doc[found.i - 1]  # "followed by Ruritania that announced $5 billion": the clause hung
            # elsewhere, the pronoun still stands for the name before it
        if found is not None:
            return _after_participle(found)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "After meeting Y, X told reporters": the clause's subject
            continue
        if verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and (verb.head.i > verb.i or child(verb, "mark")):
            return _left_subject(verb)  # the main clause, the one told before "..., X said", or after
            # "that" ("assured him that as a neighbour Ruritania will ...": the name hung on "neighbour")
        if verb.dep_ == "ccomp" and (told := _object_of_saying(verb)) is not None:
            return told
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "Ruiz, speaking after meeting Dahl, said": Ruiz speaks
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _CHANCES and verb.head.dep_ == "dobj":
            verb = verb.head.head  # "Ruiz had / took the opportunity to call on Dahl": Ruiz calls
            continue
        if (with_subject := _with_subject(verb)) is not None:
            return with_subject
        if verb.dep_ not in ("xcomp", "conj", "advcl", "acl", "acomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


#: Nouns of a chance one has or takes to act ("had the opportunity to call on X").
_CHANCES = {"opportunity", "chance", "occasion"}
#: Words that may stand between an absolute clause's subject and its verb ("with A and B each pledging").
_DISTRIBUTIVES = {"each", "both", "all", "also", "jointly", "together"}


def _with_subject(verb: Token) -> Token | None:
    """"X pledged $5 million, with Ruritania and Peru each promising $1 million": the subject of a
    participle clause opened by "with", which the parser hangs on "with" as its object."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    doc = verb.doc
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i < verb.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and all(t.lower_ in _DISTRIBUTIVES for t in doc[obj.right_edge.i + 1:verb.i]):
                    return obj
    return None


def _after_participle(found: Token) -> Token:
    """"Meeting in Lome, the foreign ministers of X and Y signed": an opening participle clause the
    parser took for the subject, with the real subject hung inside it after the comma."""
    if not found.lower_.endswith("ing") or found.i != found.sent.start:
        return found
    comma = next((t for t in found.subtree if t.text == ","), None)
    after = [t for t in found.subtree if comma is not None and t.i > comma.i and t.dep_ == "appos"]
    return after[0] if after else found


def nearest_subject(verb: Token, *deps: str) -> Token | None:
    """The verb's subject, passing over one cut off from the verb by a colon: "Clean Ports in Peru:
    The Agency intends to ...", the heading is parsed as a second subject; it is page furniture."""
    found = [c for c in verb.children if c.dep_ in deps]
    doc = verb.doc
    past_colon = [c for c in found if c.i < verb.i and any(t.text == ":" for t in doc[c.right_edge.i:verb.i])]
    return next((c for c in found if c not in past_colon), found[0] if found else None)


def _left_subject(verb: Token) -> Token | None:
    """"With the signing of X, the Ruritanian government and Y have agreed to ...": the parser hung
    "government" on X, leaving "agreed" with no subject. The noun phrase right before the verb
    (its auxiliaries and adverbs skipped, nothing before a comma) is the subject."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") \
            and not verb.doc[i].ent_type_:  # "UNICEF will provide": a name mistaken for an adverb
        i -= 1
    if i < verb.sent.start or verb.doc[i].is_punct or \
            (verb.doc[i].pos_ not in ("NOUN", "PROPN", "PRON") and not verb.doc[i].ent_type_):
        return _opening_name(verb)
    token = verb.doc[i]
    while token.dep_ == "conj" and token.head.i < token.i and \
            not any(t.text in (",", ";") or t.pos_ == "ADP" for t in verb.doc[token.head.i:token.i]):
        token = token.head  # the first conjunct: "the government and Y" -> "government"
    return token


def _object_of_saying(clause: Token) -> Token | None:
    """"Ruiz added Peru will help Ruritania": with no "that", the parser may take the clause's subject
    for the object of the verb of saying; the name right before the clause is its subject."""
    left = _left_subject(clause)
    return left if left is not None and left.dep_ == "dobj" and left.head == clause.head \
        and clause.head.lemma_.lower() in REPORT_VERBS else None


def _listed_as_apposition(token: Token, m: Mentions) -> list[Token]:
    """"Ruritania, Lagonia and Peru": the parser may take the list's second name for an
    apposition of the first; a nation in apposition to another nation, with more names joined to
    it, is the list's next item (a nation has no other nation for an apposition). So are the names
    joined to a title's own name, when both are people ("met Peru's Foreign Minister [Ana Ruiz] and
    Lagonia's Foreign Minister Luis Soto": the parser hangs the second on the first's name)."""
    own = set(m.keys(token))
    return [x for c in token.children if c.dep_ == "appos" and c.conjuncts
            and any(k.startswith("nation/") for k in m.keys(c)) and own and not own & set(m.keys(c))
            for x in (c, *c.conjuncts)] + \
        [x for c in token.children if c.dep_ == "appos" and own and set(m.keys(c)) == own
         for x in c.conjuncts if m.keys(x) and not own & set(m.keys(x))
         and all(k.startswith("person/") for k in (*own, *m.keys(x)))]


def _opening_name(verb: Token) -> Token | None:
    """"Ruritania, for its part, pledged to ...": the parser may hang the name that opens the
    sentence on the verb as a modifier; a name there, before an aside, is the subject (a date,
    "Last year, ...", is not)."""
    return next((c for c in verb.children if c.dep_ in ("npadvmod", "dep") and c.i < verb.i
                 and c.left_edge.i == verb.sent.start and c.ent_type_ not in ("DATE", "TIME")
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _by_no_means(prep: Token) -> bool:
    """"under no circumstances", "in no way", "at no time": a phrase that denies its verb."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _NO_MEANS
                                       and any(d.lower_ == "no" for d in o.children) for o in prep.children)


#: Nouns of "under no circumstances", "in no way", "at no time", "on no account" ("at no cost" denies nothing).
_NO_MEANS = {"circumstance", "way", "time", "point", "account", "condition", "case"}


def modality(verb: Token, default: Modality = Modality.ASSERTED) -> Modality:
    """Negated when the verb or a governing verb denies it ("will not", "under no circumstances
    will"); else the rule's default."""
    if any(c.dep_ == "neg" and not _not_before(c) or _by_no_means(c) for c in verb.children) \
            or _counterfactual(verb):
        return Modality.NEGATED
    below = verb
    for ancestor in verb.ancestors:
        if (below.dep_ == "relcl" or _relative_subject(below)) and not _claim_clause(below):
            break  # "refused the accord that Peru signed": a relative clause tells what the accord is
        sibling = below.dep_ == "conj"  # "condemned X and reiterated Y": a coordinated act, not a governor
        named = below.dep_ == "oprd"  # "what he called historic pledges": a name given, not "called off"
        if not sibling and not named and ancestor.lemma_.lower() in NEGATING_HEADS or _denies(ancestor, below) \
                or _counterfactual(ancestor):
            return Modality.NEGATED
        below = ancestor
        if ancestor.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "dobj", "conj", "prep", "pobj", "pcomp") \
                and not _claim_clause(ancestor):
            break
    return default


def _not_before(neg: Token) -> bool:
    """"left, but not before the host presented her with a vase": "not" before "before" tells when,
    and the act was done."""
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return after is not None and after.lower_ == "before" and after.head == neg.head


def _counterfactual(verb: Token) -> bool:
    """"Under the deal, Ruritania would have committed to ...": "would have" done, told in the
    story's own voice, is what did not happen (not "said it would have delivered them by June", a
    promise reported)."""
    return verb.tag_ == "VBN" and has_aux(verb, {"would", "could", "might"}) and has_aux(verb, {"have"}) \
        and not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORT_VERBS)


def _relative_subject(verb: Token) -> bool:
    """"did not deter Ruiz who, a month later, gave ...": a clause whose subject is "who" is a
    relative clause, whatever label the parser gave it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in verb.children)


def _denies(ancestor: Token, below: Token) -> bool:
    """Whether a governing word says the act is not so: "did not agree to", "made no commitment to",
    "have yet to agree on" (what is still to be done is not done); not "will spare no effort to"."""
    spared = ancestor.dep_ == "dobj" and ancestor.head.lemma_.lower() == "spare"
    return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" and not spared for c in ancestor.children) \
        or below.dep_ == "xcomp" and any(c.lower_ == "yet" for c in ancestor.children)


def forecast(act: Token) -> bool:
    """"Ruritania will probably raise imports", "X will ..., analysts said", "according to experts",
    "X is expected to pledge": a forecast of what a party will do, by a hedge or by a commentator,
    is no promise of the party's."""
    chain = _governing_chain(act)
    if any(c.dep_ == "advmod" and c.lower_ in PREDICTION_ADVERBS for t in chain for c in t.children):
        return True
    if any(t.lower_ in ("likely", "unlikely") or t.lemma_.lower() == "expect" and (
            child(t, "auxpass") or any(c.dep_ == "ccomp" and c in chain for c in t.children)) for t in chain[1:]):
        return True  # "Ruritania is expected / likely to pledge $1 billion", "officials expect X and Y to
        # sign": what others foresee
    return any(s.lemma_.lower() in COMMENTATORS for s in sources(act))


#: Arcs by which a verb governs an act as its complement or as one of a list.
_GOVERNED = {"xcomp", "conj", "ccomp"}


def _governing_chain(act: Token) -> list[Token]:
    """The act and the verbs that govern it, up to a clause joined by "and" with another subject
    than its head's ("X and Y are expected to sign a deal, and Ruritania pledged $5 million": no one
    expects the pledge; "Peru will likely lose ..., and it will ...": still the forecast)."""
    chain, below = [act], act
    for ancestor in act.ancestors:
        if below.dep_ == "conj" and _another_subject(below, ancestor):
            break
        if ancestor.dep_ in _GOVERNED or below.dep_ in _GOVERNED or ancestor == act.head:
            chain.append(ancestor)  # "is expected to sign a deal and pledge $5 million": "expected" too
        below = ancestor
    return chain


def _another_subject(clause: Token, head: Token) -> bool:
    """Whether a conjoined clause names a subject of its own, not a pronoun, other than its head's."""
    own, theirs = child(clause, "nsubj", "nsubjpass"), child(head, "nsubj", "nsubjpass")
    return own is not None and own.pos_ != "PRON" and (theirs is None or own.lower_ != theirs.lower_)


#: Words by which a writer does not vouch for what a source says.
_UNVOUCHED = {"unconfirmed", "unverified", "unnamed", "anonymous", "purported"}
_UNVOUCHED_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly"}
_RUMOURS = {"rumour", "rumours", "rumor", "rumors", "speculation", "gossip"}
#: Sources that tell what others plan: media and leaks, not the party.
_HEARSAY = {"media", "report", "newspaper", "daily", "cable", "source", "outlet", "tabloid", "leak", "channel",
            "television", "radio", "broadcaster"}


def hearsay(act: Token) -> bool:
    """"media reported that Ruritania plans to ...", "..., Channel 12 reported, citing officials": a
    plan told by the press or its sources, not by the party."""
    return any(s.lemma_.lower() in _HEARSAY or s.lower_ in _HEARSAY for s in sources(act)) or any(
        t.lemma_.lower() == "cite" and t.dep_ in ("advcl", "xcomp") and t.head.lemma_.lower() == "report"
        for t in act.sent)


def rumoured(act: Token) -> bool:
    """"according to unconfirmed reports, Ruritania has promised ...", "has reportedly pledged": a
    promise the writer does not vouch for."""
    said = [act, *act.ancestors][:3]
    return any(c.lower_ in _UNVOUCHED_ADVERBS for t in said for c in t.children if c.dep_ == "advmod") \
        or any(t.lower_ in _UNVOUCHED for s in sources(act) for t in s.subtree) \
        or any(c.dep_ == "nsubj" and c.lower_ in _RUMOURS for t in said[1:] for c in t.children) \
        or any(_what_a_claim_says(t) for t in (act, *act.ancestors))
    # "rumours swept the capital that Ruritania had promised ...": the clause the rumour tells


def _what_a_claim_says(clause: Token) -> bool:
    """"reports that Ruritania was trying to ...": the clause a claim noun tells."""
    return clause.dep_ == "acl" and clause.head.lower_ in CLAIM_NOUNS \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def sources(act: Token) -> list[Token]:
    """Who or what the sentence says an act comes from: the subjects of the reporting verbs above
    it ("analysts said", "media reported") and "according to X"."""
    found = [subject(t) for t in act.ancestors
             if t.lemma_.lower() in REPORT_VERBS | {"expect", "predict", "forecast", "report"}]
    found += [o for p in act.sent if p.lower_ == "according" for o in p.subtree if o.dep_ == "pobj"]
    return [s for s in found if s is not None]


def _claim_clause(clause: Token) -> bool:
    """"denied a report that Peru had pledged": what a claim noun says, which the parser hangs as a
    relative clause; a denial of the claim denies it."""
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in CLAIM_NOUNS


def place(tokens: list[Token], m: Mentions) -> str | None:
    """The first place named by "in/at X" on any of the tokens (or inside that phrase)."""
    for token in tokens:
        for obj in prep_objects(token, *_PLACE_PREPS):
            key = next((m.places[t.i] for t in obj.subtree if t.i in m.places), None)
            if key:
                return key
    return None


def phrase(token: Token, keep_conjuncts: bool = False, exclude: frozenset[int] = frozenset()) -> str:
    """The words of a token's phrase up to a comma, without articles (and conjuncts, unless kept:
    then a list's commas are inside it, "on defence, energy and mining")."""
    skip = set(exclude)
    if not keep_conjuncts:
        skip |= {t.i for c in token.children if c.dep_ in ("conj", "cc") and c.i > token.i
                 for t in c.subtree}
    words = [t for t in token.subtree if t.i not in skip and not t.is_space]
    listed = _list_items(token) if keep_conjuncts else set()
    cut = next((t.i for t in words if t.text in (",", ";", "(", "—", "–") and t.i > token.i
                and not _between_modifiers(t) and not nlp.paired_dash(t) and t.i + 1 not in listed), None)
    words = [t for t in words if cut is None or t.i < cut]
    while words and (words[-1].dep_ == "cc" or words[-1].is_punct or words[-1].tag_ in ("WDT", "WP")):
        words = words[:-1]  # "a vase which, when opened, ...": cut at the comma, not its "which"
    while words and (words[0].dep_ in ("det", "poss", "case") or words[0].text in ("'s",) or words[0].is_punct):
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def _list_items(token: Token) -> set[int]:
    """Where the items of the lists in a token's phrase start after their commas: each conjunct's
    first word and each "and" (", X", ", and Y"; "cooperation in areas including oil and gas, health,
    sports" lists inside the phrase)."""
    return {c.left_edge.i if c.dep_ == "conj" else c.i for t in token.subtree for c in t.children
            if c.dep_ in ("conj", "cc") and c.i > t.i}


def _between_modifiers(comma: Token) -> bool:
    """"the new 10-year, $600 million agreement": a comma between two words before the noun they
    both describe is inside the phrase, not its end."""
    head = comma.head
    return comma.text == "," and head.i > comma.i and head.pos_ in ("NOUN", "PROPN") and any(
        c.i < comma.i and c.dep_ in ("amod", "nmod", "compound", "nummod") for c in head.lefts)


def when(sent: Span, m: Mentions) -> date | None:
    """The day a sentence's event happened: a full date in it, else a relative day ("on Tuesday")."""
    explicit = find_date(sent.text)
    if explicit:
        return explicit
    days = (text for text in _date_phrases(sent) if dates.is_day(text))
    return next((d for d in (dates.resolve(t, m.article_date) for t in days) if d), None)


def _date_phrases(sent: Span) -> list[str]:
    """DATE entities of one sentence, read from its tokens (Span.ents scans the whole Doc)."""
    phrases: list[list[str]] = []
    for token in sent:
        if token.ent_type_ != "DATE":
            continue
        if token.ent_iob_ == "B" or not phrases:
            phrases.append([])
        phrases[-1].append(token.text_with_ws)
    return ["".join(words).strip() for words in phrases]


def linear_phrase(token: Token) -> str:
    """A noun phrase read left to right from `token`, for when the parse tore it apart.

    Stops at punctuation, a preposition, or a verb that is not a participle in
    front of a noun ("Montreal smoked meats sent in ..." -> "Montreal smoked meats").
    """
    doc, end = token.doc, token.i
    while end < token.sent.end and not doc[end].is_punct and doc[end].pos_ not in ("ADP", "AUX", "SCONJ"):
        if doc[end].pos_ == "VERB" and not (end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN")):
            break
        end += 1
    return doc[token.i:max(end, token.i + 1)].text


def said_to_be_gift(sent: Span, words: set[str]) -> bool:
    """Whether a sentence calls what moves a gift ("as a gift", "in return", "a present"): a noun,
    not "the present talks"."""
    return any(t.lower_ in words and t.pos_ == "NOUN" for t in sent)
