"""Find who and what an article talks about, and resolve every mention to one entity.

`find(doc, article_date)` fills a `kg.mention_types.Mentions`. Resolution is conservative and per article:
full names first (gazetteer, then the model's PERSON spans), then bare
surnames of those names, office titles ("the new prime minister"), and
last pronouns and group nouns (`kg.coref`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from difflib import SequenceMatcher
from functools import cache, partial

from spacy.tokens import Doc, Span, Token

from kg import coref, gazetteer, nlp
from kg.facts import Entity, Kind
from kg.lexicon import (
    AGREEMENT_NOUNS,
    COUNTERPART_WORDS,
    CURRENCY_UNITS,
    DEPARTMENT_TITLES,
    DEPARTMENT_WORDS,
    FORMER,
    GIVEN_NAME_TITLES,
    GOVERNMENT_OF,
    GOVERNMENT_TITLES,
    HONORIFICS,
    HONOUR_WORDS,
    LEADER_TITLES,
    LONGEST_DEPARTMENT,
    LONGEST_TITLE,
    MEETING_NOUNS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    NOT_PERSON_OPENERS,
    ORGANISATION_OFFICES,
    OTHER_TITLES,
    PLACE_AND_BODY_ENDS,
    PLURAL_LEADER_TITLES,
    ROYAL_TITLES,
    SPOUSE_TITLES,
    TITLE_MODIFIERS,
    TITLES,
    TRAVEL_VERBS,
    is_national,
)
from kg.mention_types import Mentions, TitleMention, TitlePhrase
from kg.names import fold, slug

#: Titles no head of state or government goes by: "Vice President Ruiz" or "First Lady Ruiz" is not
#: the sitting leader of that surname (a royal heir may be one: "Crown Prince" is left out).
_NOT_HEADS = (set(GOVERNMENT_TITLES.values()) | set(OTHER_TITLES.values())) - {"Crown Prince", "Prince", "Princess"}
#: How alike two surnames must be (difflib's ratio) to be one leader's name spelled two ways.
_SAME_NAME = 0.85
_NOISE = re.compile(r"pic\.twitter\.com|https?://|(^|[\s(])@\w+|\b[Cc]opyright\b|©|[Aa]ll [Rr]ights [Rr]eserved")
#: Prepositions that make a capital a place ("in Strelsau", "flew to Lima"), not the body seated there.
_LOCATIVE = {"in", "at", "to", "from", "near", "outside", "inside", "around", "across", "via", "through", "into",
              "within", "toward", "towards"}


@cache
def _surname_index() -> dict[str, tuple[gazetteer.LeaderRecord, ...]]:
    """Gazetteer leaders by folded surname, for articles that only say "Macron"."""
    index: dict[str, list[gazetteer.LeaderRecord]] = {}
    for record in gazetteer.load_leaders().values():
        index.setdefault(fold(record.surname()), []).append(record)
    return {k: tuple(v) for k, v in index.items()}


def _noise_tokens(doc: Doc) -> set[int]:
    """Tokens of embedded social-media lines and copyright notices: a quoted post, or the
    publisher's name in its notice ("Copyright (c) Ruritania Herald"), is not reporting."""
    skip: set[int] = set()
    for sent in doc.sents:
        if _NOISE.search(sent.text):
            skip.update(range(sent.start, sent.end))
    return skip


def _datelines(doc: Doc) -> list[tuple[Span, Span]]:
    """(dateline, its place) of each line that opens with one (`nlp.datelines`): page furniture,
    and the model reads its words ("OSLO", "UNITED NATIONS", "(Wire)") as organisations that act."""
    found = []
    for match in nlp.datelines(doc.text):
        end = match.start() + len(match.group().rstrip())
        line = doc.char_span(match.start("place"), end, alignment_mode="expand")
        place = doc.char_span(*match.span("place"), alignment_mode="expand")
        if line is not None and place is not None:
            found.append((line, place))
    return found


def _dateline_places(datelines: list[tuple[Span, Span]], m: Mentions) -> None:
    """A dateline's place is a place (named in title case: "OSLO" is Oslo), after the article's
    own mentions so that a capital named in the text keeps its nation."""
    for _, place in datelines:
        name = place.text.title() if place.text.isupper() else place.text
        m.places.update(dict.fromkeys(range(place.start, place.end), _place(m, name)))


def is_heading(sent: Span) -> bool:
    """A title-case line without final punctuation: the model's entity types are unreliable there."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if not words or sent.text.rstrip()[-1:] in ".?!\"'”’":
        return False
    return sum(t.text[0].isupper() for t in words) / len(words) > 0.6


def _leader_entity(qid: str, text: str) -> Entity:
    record = gazetteer.load_leaders()[qid]
    aliases = {text} - {record.name}
    return Entity(f"person/{qid}", Kind.LEADER, record.name, aliases, None, qid)


#: Capitalised words that make a nation's name part of another place's ("New Ruritania", a state of
#: another nation; "Northern Ruritania", a region of another; "South Ruritanian", a continent's).
_OTHER_PLACE_OPENERS = {"New", "Northern", "Upper", "Lower", "Greater", "Latin", "South", "North", "Central",
                        "Southern", "Eastern", "Western"}


def _name_mentions(doc: Doc, m: Mentions) -> None:
    """Full names: gazetteer nations, capitals, seats of government and leaders, then the model's people."""
    for ent in _joined_people(doc.ents):
        if ent.start in m.noise:
            continue
        ident = ent.ent_id_
        tokens = range(ent.start, ent.end)
        if ident.startswith("nation:"):
            if ent.end < len(doc) and doc[ent.end].lower_ in CURRENCY_UNITS:
                continue  # "25 million US dollars": the currency, not the nation as a party
            if ent.start > 0 and doc[ent.start - 1].text in _OTHER_PLACE_OPENERS:
                continue  # "New Ruritania", "Northern Ruritania", "South Ruritanian": another place
            _add_nation(m, ident.split(":", 1)[1], ent.text, tokens)
        elif ident.startswith("capital:"):
            if _part_of_longer_name(doc, ent.end):
                continue  # "Sofia Berg", "the Lima Group": not the capital
            iso3 = ident.split(":", 1)[1]
            key = f"nation/{iso3}" if _venue(ent) else _add_nation(m, iso3, ent.text, tokens)
            m.places.update(dict.fromkeys(tokens, _place(m, ent.text, capital_of=key)))
        elif ident.startswith("seat:"):  # "the Kremlin said": the government; "at the Kremlin": a place
            _, iso3, name = ident.split(":", 2)  # the nation's name, not "Kremlin", among its names
            _add_nation(m, iso3, gazetteer.load_nations()[iso3].name, tokens)
            m.places.update(dict.fromkeys(tokens, _place(m, name)))
        elif ident.startswith("leader:"):
            if _name_end(doc, ent.end, lambda word: word.is_title) > ent.end:
                _add_person(m, doc[ent.start:ent.end + 2])  # "Ana Ruiz-Soto": another person ("Ruiz-led": hers)
                continue
            m.add(_leader_entity(ident.split(":", 1)[1], ent.text), tokens)
        elif ident.startswith("org:"):  # "the PAC" and "the Pacific Accord Council" are one organisation
            name = ident.split(":", 1)[1]
            m.add(Entity(f"organization/{slug(name)}", Kind.ORGANIZATION, name, {ent.text} - {name}), tokens)
        elif (ent.label_ == "PERSON" or _counterpart_named(ent) or _named_after_title(ent)) \
                and not is_heading(ent.sent):
            _add_person(m, _with_given_name(_without_honorifics(ent)))


def _with_given_name(name: Span) -> Span:
    """"Lars | Lokke Rasmussen": the model may leave a leader's first name out of the person; an
    untagged capitalised word right before it that makes the gazetteer's name is put back."""
    doc, start = name.doc, name.start
    before = doc[start - 1] if start > name.sent.start else None
    if before is None or before.ent_iob_ != "O" or before.pos_ != "PROPN" or not before.is_title \
            or fold(before.text) in _TITLE_WORDS:
        return name
    longer = doc[start - 1:name.end]
    key = _name_key(longer.text)
    return longer if _leader_names().get(key) or _spelled_otherwise(key) else name


#: Words of titles and honorifics: no part of a name ("Mayor" of "Madison Mayor Ana Ruiz").
_TITLE_WORDS = {word for title in TITLES for word in title.split()} | HONORIFICS


def _joined_people(ents: Sequence[Span]) -> list[Span]:
    """The model's entities, two people it split one name into joined ("First Lady Nadia" and
    "Ruiz" of "First Lady Nadia Ruiz": her name, not a second mention of another Ruiz; "Jean-Pierre"
    and "Ruiz" of "Jean-Pierre Mbuyi Ruiz", with the name between them)."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        between = ent.doc[last.end:ent.start] if last is not None else ()
        if last is not None and last.label_ == ent.label_ == "PERSON" and last.end <= ent.start \
                and (not between or "-" in last.text) \
                and all(t.is_title and t.pos_ == "PROPN" and not t.ent_type_ and t.lower_ not in _TITLE_WORDS
                        for t in between) \
                and all(t.whitespace_ == " " for t in (last[-1], *between)) \
                and not last.ent_id_ and not ent.ent_id_:  # the gazetteer's stay
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
            continue
        if last is not None and last.label_ == "PERSON" and all(t.is_lower and t.lower_ in NAME_PARTICLES
                                                             for t in (last[-1], *between)) \
                and ent[0].is_title and not ent.ent_id_:
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")  # "Ana von (der)" + "Berg" (a place)
            continue
        out.append(ent)
    return out


def _counterpart_named(ent: Span) -> bool:
    """"his Ruritanian counterpart Ana Soto", "his counterpart, Ana Soto": a name after "counterpart"
    is a person's, whatever the model tagged it (a place the gazetteer knows was read before)."""
    doc = ent.doc
    before = ent.start - 2 if ent.start > 1 and doc[ent.start - 1].text == "," else ent.start - 1
    return ent.label_ in ("ORG", "GPE", "LOC", "NORP") and before >= 0 and doc[before].lower_ in COUNTERPART_WORDS \
        and 2 <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent)


def _named_after_title(ent: Span) -> bool:
    """"the Ruritanian Minister of External Relations, Ana Maria Soto, ...": a name set off by a
    comma after an office title of a noun phrase (and the department it heads) is a person's, though
    the model tagged it an organisation (in "Ana Ruiz, President, Ruiz Foundation" it is one)."""
    doc = ent.doc
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 4 or not all(t.is_title and t.is_alpha for t in ent) \
            or ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    for k in range(ent.start - 2, max(-1, ent.start - 9), -1):
        length = _title_length(doc, k + 1)
        if length:
            opener = doc[k - length] if k >= length else None
            return opener is not None and (opener.pos_ == "DET" or opener.ent_type_ in ("NORP", "GPE")
                                           or opener.tag_ == "POS")  # not "Ana Ruiz, President, Ruiz Foundation"
        if doc[k].pos_ != "PROPN" and doc[k].lower_ not in ("of", "for", "the", "and"):
            return False
    return False


def _name_tails(doc: Doc, m: Mentions) -> None:
    """"President Ana Maria Souza" where the gazetteer knows "Ana Maria": a proper noun right after
    a leader's name, which the name's words modify and the model reads as part of one person's
    name, is the end of that name (not a second person for the surname rules to guess; "Ruiz
    Tower" is no person's). So is such a capitalised word the model left out of every entity
    ("Budi Santoso Wirawan", cut after "Santoso")."""
    for token in doc:
        keys = m.keys(token)
        tail = token.head
        if not (keys and keys[0].startswith("person/") and token.dep_ == "compound" and tail.i == token.i + 1
                and tail.pos_ == "PROPN" and not m.keys(tail)):
            continue
        start = token.i
        while start > 0 and m.keys(doc[start - 1]) == keys:
            start -= 1
        untagged = not tail.ent_type_ and tail.is_title and tail.lower_ not in PLACE_AND_BODY_ENDS \
            and _name_key(f"{m.entities[keys[0]].name} {tail.text}") not in _leader_names()  # a leader's whole
        # name is the gazetteer's to link
        if tail.ent_type_ == "PERSON" or untagged:
            m.by_token[tail.i] = keys
            m.entities[keys[0]].aliases.add(doc[start:tail.i + 1].text)  # its tail names the person alone later


#: Prepositions that make a capital the place where something happens ("talks in Strelsau"), not
#: where something goes or comes from (a government: "aid to Strelsau", "an envoy from Strelsau").
_AT_A_PLACE = _LOCATIVE - {"to", "from", "toward", "towards", "into", "via", "through"}


def _venue(ent: Span) -> bool:
    """"Leaders meet in Strelsau", "the Strelsau summit": a capital named as where things happen is
    a place, and does not bring its nation into the article ("Strelsau said", "a visit to Strelsau",
    "an envoy from Strelsau" and "arrived in Strelsau for talks" still speak of, or go to, a government)."""
    root = ent.root
    at = root.dep_ == "pobj" and root.head.lower_ in _AT_A_PLACE
    return at and root.head.head.lemma_.lower() not in TRAVEL_VERBS \
        or root.dep_ == "compound" and root.head.lemma_.lower() in MEETING_NOUNS


def _part_of_longer_name(doc: Doc, end: int) -> bool:
    """Whether the capitalised word after a capital's name continues a name ("Sofia Berg")."""
    after = doc[end] if end < len(doc) else None
    return after is not None and after.pos_ == "PROPN" and after.is_alpha and after.text.istitle() \
        and after.ent_type_ not in ("GPE", "NORP", "DATE", "TIME", "LOC") and not after.is_sent_start


def _titled_names(doc: Doc, m: Mentions) -> None:
    """Names the model missed right after an office title: "President Ana Ruiz" (or "President of
    Ruritania Ana Ruiz") is a person when the two to four capitalised words after the title are no
    entity of the model's."""
    i = 0
    while i < len(doc):
        matched = _match_title(doc, i) if doc[i].text[:1].isupper() else \
            (i + 1, i + 1) if doc[i].lower_ in COUNTERPART_WORDS else None
        if matched is None:
            i += 1
            continue
        first = matched[1]
        of = _of_nation(doc, first + 1, m, named_next=True) if _bare_title_of_a_state(doc, i, first) else None
        first = end = of[1] if of else first  # "President of Ruritania Ana Ruiz"
        while (end < len(doc) and end - first < 4 and doc[end].pos_ == "PROPN"
               and doc[end].text.istitle() and doc[end].is_alpha and _unclaimed_name_word(doc[end], end > first)
               and doc[end].lower_ not in NOT_NAME_WORDS and not m.keys(doc[end])):
            end += 1
        span = doc[first:end]
        if len(span) >= 2 and span.start not in m.noise and not is_heading(span.sent):
            _add_person(m, span)
        i = max(end, i + 1)


def _bare_title_of_a_state(doc: Doc, start: int, end: int) -> bool:
    """"President of Ruritania" opening a noun phrase, the state named: a name may follow (not "the
    116th President of the Ruritanian Society", "Head of the Office of the President of Peru",
    "former President of Peru")."""
    before = doc[start - 1] if start else None
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE" \
        and (before is None or before.lower_ not in _NOT_A_BARE_TITLE and before.pos_ not in ("DET", "ADJ", "NUM"))


#: Words before a title that make it another's office, a past one or part of a longer name.
_NOT_A_BARE_TITLE = {"of", "and", "former", "past", "late", "ex", "'s", "’s"}


def _unclaimed_name_word(token: Token, inside: bool) -> bool:
    """Whether a word after a title may be part of the name the title introduces: no entity of the
    model's, or, after the name's first word, the model's person or organisation ("his counterpart
    Ana Souza" with "Souza" read as an organisation: the small model often splits a name so)."""
    return not token.ent_type_ or inside and token.ent_type_ in ("ORG", "PERSON") and token.ent_iob_ == "B" \
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


_ROMAN = re.compile(r"^[IVXLC]+$")  # "Benedict XVI": a regnal number, not an acronym
_POSSESSIVE_ENDS = {"'s", "’s", "'", "’"}


#: Words that open a yes-no question ("Will Ruiz read it?"), read by the model as a first name.
_QUESTION_OPENERS = {"will", "would", "can", "could", "should", "did", "does", "do", "is", "has", "may", "might"}


def _asks(token: Token) -> bool:
    """Whether a token opens a sentence that asks a question with it ("Will Ruiz ... ?")."""
    return token.lower_ in _QUESTION_OPENERS and token.i == token.sent.start and token.sent.text.rstrip().endswith("?")


def _without_honorifics(ent: Span) -> Span:
    """A person span without leading honorifics, titles and a stray possessive ("His Excellency Erik
    Dahl", "'s Budget" of "the President's Budget"), ending at a possessive ("Ana Ruiz's", "Ruiz's
    June"), and with the rest of a hyphened name the model left out ("Seo Ha" of "Seo Ha-eun")."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end - 1 and (doc[start].lower_.strip(".") in HONORIFICS or doc[start].tag_ == "POS"):
        start += 1
    if start < end - 1 and _asks(doc[start]):
        start += 1  # "Will Ruiz, who ..., read the book?": the question's verb, not a first name
    end = next((t.i for t in doc[start + 1:end] if t.lower_ in _POSSESSIVE_ENDS), end)
    return doc[start:_name_end(doc, end, lambda word: word.is_alpha)]


def _name_end(doc: Doc, end: int, name_word: Callable[[Token], bool]) -> int:
    """Where a name ending at `end` really ends: after a hyphened word glued to it ("Seo Ha-eun",
    the double surname "Ana Ruiz-Soto", who is not Ana Ruiz)."""
    return end + 2 if nlp.glued_hyphen(doc, end) and name_word(doc[end + 1]) else end


def _glued_before(doc: Doc, start: int) -> bool:
    """Whether the word at `start` ends a hyphened word ("Pierre" of "Jean-Pierre")."""
    return start > 1 and nlp.glued_hyphen(doc, start - 1) and doc[start - 2].is_title


#: A name written family name first, with a hyphened given name ("Seo Ha-eun", "Kim Min-ji").
_FAMILY_FIRST = re.compile(r"^([A-Z][a-z]+) [A-Z][a-z]+-[a-z]+$")


def _family_name(name: str) -> str:
    """The name a person is called by alone: the first word of "Seo Ha-eun", else the last."""
    found = _FAMILY_FIRST.match(name)
    return found.group(1) if found else name.split()[-1]


def _add_person(m: Mentions, span: Span) -> None:
    """A full name: a gazetteer leader if the name is known, or its surname with the title before it."""
    name = span.text.strip().removesuffix(",")
    words = name.split()
    if len(words) < 2:
        return
    last = words[-1]
    acronym = len(last) > 2 and last.isupper() and not _ROMAN.match(last)
    if last.lower() in PLACE_AND_BODY_ENDS or acronym or words[0].lower() in NOT_PERSON_OPENERS \
            or not name[:1].isupper() or HONOUR_WORDS & {w.lower() for w in words}:
        return  # "Ana Soto County", "Palazzo Chigi", "broadcaster Kanal", "Ruiz HIV": a place, a body, a
        # programme the model took for a person
    office = _match_title(span.doc, span.start)
    if office is not None and office[1] >= span.end:
        return  # "Crown Prince" tagged as a person: an office, no name
    if words[0].lower() in NAME_PARTICLES and (named := _named_with_ending(m, words)) is not None:
        m.add(Entity(named.key, named.kind, named.name, {name}, wikidata=named.wikidata), range(span.start, span.end))
        return  # "Al Thani" after "Tamim bin Hamad Al Thani": a family name with its particle, not a new person
    title = _title_ending_at(span.doc, span.start)
    surname = _name_key(name).split()[-1] if _name_key(name) else ""
    qid = _leader_names().get(_name_key(name)) or _family_name_written_first(_name_key(name)) \
        or _spelled_otherwise(_name_key(name)) or _with_middle_names(_name_key(name)) \
        or _name_cut_short(_name_key(name), title or _title_before_comma(span.doc, span.start)) or (
        title and (_former_leader(surname, title, given=_name_key(name).split()[:-1],
                                  nation=_nation_before_title(span.doc, span.start, m)) or "").removeprefix("person/"))
    if qid and not _initial_agrees(words[0], gazetteer.leader_record(f"person/{qid}")):
        qid = ""  # "S. Venkatesan" is not the gazetteer's "R. Venkatesan"
    entity = _leader_entity(qid, name) if qid else Entity(f"person/{slug(name)}", Kind.PERSON, name)
    m.add(entity, range(span.start, span.end))


def _named_with_ending(m: Mentions, words: list[str]) -> Entity | None:
    """The one person named so far whose longer name ends with these words."""
    found = [e for e in m.entities.values() if e.kind in (Kind.PERSON, Kind.LEADER)
             and any(n.split()[-len(words):] == words and len(n.split()) > len(words) for n in (e.name, *e.aliases))]
    return found[0] if len(found) == 1 else None


def _family_name_written_first(key: str) -> str | None:
    """"Tanaka Ichiro" for the gazetteer's "Ichiro Tanaka": a two-word name the article writes family
    name first, as East Asian papers do, when only that order is a leader's name."""
    words = key.split()
    return _leader_names().get(f"{words[1]} {words[0]}") if len(words) == 2 else None


def _name_cut_short(key: str, title: str | None) -> str | None:
    """"Prime Minister Tesfaye Bekele" for the gazetteer's "Tesfaye Bekele Gebre" (a name written
    without its last word, as many papers write names of three): the one leader who held the
    title's office and whose name begins with all the name's words."""
    words = key.split()
    if not title or len(words) < 2:
        return None
    leaders = gazetteer.load_leaders()
    found = {qid for other, qid in _leaders_by_given_name().get(words[0], ()) if other.startswith(key + " ")
             and any(fold(t.office) == fold(title) for t in leaders[qid].terms)}
    return found.pop() if len(found) == 1 else None


def _title_before_comma(doc: Doc, start: int) -> str | None:
    """The title set off by a comma before a name ("the Prime Minister, Tesfaye Bekele")."""
    return _title_ending_at(doc, start - 1) if start > 0 and doc[start - 1].text == "," else None


def _initial_agrees(first: str, record: gazetteer.LeaderRecord | None) -> bool:
    """Whether a name's first word, when it is an initial ("S."), begins one of the leader's names
    (name keys drop initials, so "S. Ruiz" and "R. Ruiz" are one key)."""
    if record is None or len(first.rstrip(".")) != 1:
        return True
    return any(fold(n)[:1] == fold(first)[:1] for n in (record.name, *record.aliases) if len(n.split()) > 1)


def _name_key(name: str) -> str:
    """Folded name without initials, dots, hyphens or suffixes: "Ana M. Ruiz, Jr." -> "ana ruiz",
    "Kim Min-ji" and "Kim Min Ji" -> "kim min ji"."""
    words = fold(_NICKNAME.sub(" ", name)).replace(".", " ").replace(",", " ").replace("-", " ").split()
    return " ".join(w for w in words if len(w) > 1 and w not in ("jr", "sr"))


#: A quoted nickname inside a name ("Ana 'Nana' Ruiz").
_NICKNAME = re.compile(r"\s['‘“\"]\w+['’”\"]\s")


@cache
def _leader_names() -> dict[str, str]:
    """Gazetteer full names (and multi-word aliases) to QIDs, where the name is unambiguous."""
    seen: dict[str, set[str]] = {}
    for record in gazetteer.load_leaders().values():
        for name in (record.name, *record.aliases):
            if len(name.split()) > 1:
                seen.setdefault(_name_key(name), set()).add(record.wikidata)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _spelled_otherwise(key: str) -> str | None:
    """A leader whose name the article transliterates otherwise ("Ana Kovalenkiy" for the
    gazetteer's "Ana Kovalenkyy"): the one gazetteer name with the same given name and a surname
    that differs by a letter or two."""
    words = key.split()
    rest = " ".join(words[1:])  # "fattah al sisi": the words after the given name, read as one
    if len(words) < 2 or len(rest) < 5:
        return None
    found = {qid for other, qid in _leaders_by_given_name().get(words[0], ())
             if other != key and len(other.split()) == len(words)
             and SequenceMatcher(None, " ".join(other.split()[1:]), rest).ratio() >= _SAME_NAME}
    return found.pop() if len(found) == 1 else None


def _with_middle_names(key: str) -> str | None:
    """"Ana Maria Luisa Ruiz" for the gazetteer's "Ana Ruiz": the one gazetteer name with the same
    first and last words whose every word the longer name has, in order."""
    words = key.split()
    found = {qid for other, qid in _leaders_by_given_name().get(words[0], ()) if len(words) > len(other.split())
             and other.split()[-1] == words[-1] and _in_order(other.split(), words)} if words else set()
    return found.pop() if len(found) == 1 else None


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether every word of `part` is in `whole`, in the same order."""
    rest = iter(whole)
    return all(word in rest for word in part)


@cache
def _leaders_by_given_name() -> dict[str, list[tuple[str, str]]]:
    """`_leader_names` grouped by the first word of the name."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for key, qid in _leader_names().items():
        grouped.setdefault(key.split()[0], []).append((key, qid))
    return grouped


def _add_nation(m: Mentions, iso3: str, text: str, tokens: range) -> str:
    record = gazetteer.load_nations()[iso3]
    entity = Entity(f"nation/{iso3}", Kind.NATION, record.name, {text} - {record.name},
                    wikidata=record.wikidata or None)
    return m.add(entity, tokens)


def _place(m: Mentions, name: str, capital_of: str | None = None) -> str:
    key = f"place/{slug(name)}"
    m.entities.setdefault(key, Entity(key, Kind.PLACE, name, capital_of=capital_of))
    return key


def _surname_mentions(doc: Doc, m: Mentions, when: date | None) -> None:
    """Bare surnames: a full name in the same article, else a sitting gazetteer leader."""
    people = _surnames(m, doc)
    for token in doc:
        if token.i in m.by_token or token.i in m.noise or not token.text[:1].isupper():
            continue
        if token.pos_ not in ("PROPN", "NOUN") and token.ent_type_ not in ("PERSON", "ORG"):
            continue
        title = _title_ending_at(doc, token.i)
        named = _given_name_of(token, m) or people.get(fold(token.text))
        if named and nlp.heads_a_government(token) and _spouse(named, doc, m):
            named = None  # "the Ruiz-Soto Administration" after "First Lady Ana Ruiz": a spouse heads none
        if named and title and title not in (written := _written_titles(doc, m, named)) and written:
            # "President Ruiz" in an article that named "First Lady Ana Ruiz": not she
            nation = (m.nation_of(named) or "").removeprefix("nation/") or None
            named = _former_leader(token.text, title, nation=nation) or named
        serves = _titles_nation(doc, token.i, m) if title else None  # "Prime Minister Dahl of Ruritania": no other's
        sitting = _sitting_leader(token, when, m, serves) if title not in _NOT_HEADS \
            and not _glued_before(doc, token.i) else None  # "Pierre" of "Jean-Pierre" is no leader "Pierre"
        key = named or sitting or (title and _former_leader(token.text, title, nation=serves))  # "Vice President
        # Ruiz": no head
        if key:
            known = m.entities.get(key) or _leader_entity(key.removeprefix("person/"), token.text)
            numeral = token.i + 1 < len(doc) and bool(_ROMAN.match(doc[token.i + 1].text))  # "King Ana II"
            m.add(Entity(key, known.kind, known.name, {token.text}, wikidata=known.wikidata),
                  range(token.i, token.i + 1 + numeral))  # a leader named only by surname keeps the Wikidata link
        elif title and _bare_surname(token):
            m.add(Entity(f"person/{slug(token.text)}", Kind.PERSON, token.text), range(token.i, token.i + 1))


#: Quote marks around a nickname inside a name, opening and closing.
_NICKNAME_QUOTES = {"'": "'", "‘": "’", "“": "”", '"': '"'}


def _quoted_nicknames(doc: Doc, m: Mentions) -> None:
    """"Ana 'Nana' Ruiz": a nickname in quotes inside a name; the model may split the name at the
    straight quotes (even calling the rest a firm). The five words are the person, named without
    the nickname ("Ana Ruiz")."""
    for i in range(len(doc) - 4):
        first, opening, nick, closing, last = doc[i:i + 5]
        if not (_NICKNAME_QUOTES.get(opening.text) == closing.text and not opening.whitespace_
                and not nick.whitespace_ and all(t.text.istitle() and t.is_alpha for t in (first, nick, last))
                and first.pos_ == last.pos_ == "PROPN") or i in m.noise:
            continue
        stale = {k for t in doc[i:i + 5] for k in m.keys(t)}
        _add_person(m, doc[i:i + 5])
        _forget_unnamed(m, stale)


def _hyphened_surnames(doc: Doc, m: Mentions) -> None:
    """"Asante-Mensah" alone, after "Kwabena Asante-Mensah": the tokenizer splits a hyphened surname
    in three, so no one word is the surname; the model may even tag the three as a firm. The three
    words name the one person of the article whose surname they spell."""
    people = {fold(_family_name(e.name)): e.key for e in m.entities.values()
              if e.kind in (Kind.PERSON, Kind.LEADER) and len(e.name.split()) > 1 and "-" in _family_name(e.name)}
    if not people:
        return
    for token in doc[:-2]:
        trio = doc[token.i:token.i + 3]
        key = people.get(fold(trio.text)) if trio[1].text == "-" and not token.whitespace_ else None
        if key is None or any(k.startswith("person/") for t in trio for k in m.keys(t)):
            continue
        stale = {k for t in trio for k in m.keys(t)}
        for t in trio:
            m.by_token[t.i] = (key,)
        _forget_unnamed(m, {k for k in stale if k.startswith("organization/")})


def _forget_unnamed(m: Mentions, keys: set[str]) -> None:
    """Drop the entities among `keys` that no word names any more: the firm or the half-name the
    model made of words a later step read as a person's name."""
    named = {k for found in m.by_token.values() for k in found}
    for key in keys - named:
        m.entities.pop(key, None)


def _given_name_of(token: Token, m: Mentions) -> str | None:
    """"Sheikh Rashid", "King Tomas": after a royal's title, the given name of the one person of the
    article whose name opens with it."""
    if token.i == 0 or token.doc[token.i - 1].lower_ not in GIVEN_NAME_TITLES:
        return None
    found = {e.key for e in m.entities.values() if e.kind in (Kind.PERSON, Kind.LEADER)
             and len(e.name.split()) > 1 and fold(e.name.split()[0]) == fold(token.text)}
    return found.pop() if len(found) == 1 else None


def _bare_surname(token: Token) -> bool:
    """A lone word after an office title that names its holder ("Chancellor Maravel", "Queen Ana"): the
    model's one-word person (with the title or without), or a capitalised proper noun it tagged as
    nothing that is no word of a title ("Secretary General") and that no proper noun follows ("King
    Faisal II" is read whole)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.ent_iob_ == "I":
        return False
    if token.lower_ in HONORIFICS:
        return False  # "Emir Sheikh Tamim ...": an honorific before the name, the model's person or not
    if token.ent_type_ == "PERSON":  # the model's person may take in the title ("Queen Ana")
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return token.i - start <= _title_length(doc, token.i)
    return not token.ent_type_ and token.pos_ == "PROPN" and token.is_alpha and token.text.istitle() \
        and token.lower_ not in NOT_NAME_WORDS and not (after is not None and after.pos_ == "PROPN")


def _written_titles(doc: Doc, m: Mentions, key: str) -> set[str]:
    """The titles written just before the mentions of a person found so far ("First Lady")."""
    starts = [i for i, keys in m.by_token.items() if key in keys and key not in m.by_token.get(i - 1, ())]
    return {t for i in starts if (t := _title_ending_at(doc, i))}


def _title_length(doc: Doc, i: int) -> int:
    """How many words the office title written just before token i has (0 for none)."""
    return next((n for n in (3, 2, 1) if i - n >= 0 and " ".join(t.lower_ for t in doc[i - n:i]) in TITLES), 0)


def _title_ending_at(doc: Doc, i: int) -> str | None:
    """The office title written just before token i ("President Ruiz")."""
    n = _title_length(doc, i)
    return TITLES[" ".join(t.lower_ for t in doc[i - n:i])] if n else None


def _nation_before_title(doc: Doc, start: int, m: Mentions) -> str | None:
    """The nation named just before the title that ends at `start` ("Ruritanian Prime Minister")."""
    n = _title_length(doc, start)
    if not n or start - n - 1 < 0:
        return None
    return next((k.removeprefix("nation/") for k in m.keys(doc[start - n - 1]) if k.startswith("nation/")), None)


def _titles_nation(doc: Doc, i: int, m: Mentions) -> str | None:
    """The nation a titled name at token i is said to serve: "Ruritanian Prime Minister Dahl",
    "Prime Minister Dahl of Ruritania" (ISO code)."""
    after = _nation_after_name(doc, i + 1, m)
    return _nation_before_title(doc, i, m) or (after.removeprefix("nation/") if after else None)


def _nation_after_name(doc: Doc, end: int, m: Mentions) -> str | None:
    """The nation "of X" names right after a name that ends at `end` ("Ana Ruiz of Ruritania")."""
    found = _of_nation(doc, end + 1, m) if end + 1 < len(doc) and doc[end].lower_ == "of" else None
    return found[0] if found else None


def _former_leader(surname: str, title: str, given: list[str] | None = None, nation: str | None = None) -> str | None:
    """The one gazetteer leader, at any time, with this surname and this office (of the nation the
    title names, if it names one). A full name's first name must be the leader's, or begin like it
    ("Joseph" for "Joe"): "President Carlos Mendez" is not a former president called Aparicio Mendez."""
    found = {r.wikidata for r in _surname_index().get(fold(surname), ())
             if any(fold(t.office) == fold(title) and nation in (None, t.country_iso3) for t in r.terms)
             and all(any(w[:2] == g[:2] for n in (r.name, *r.aliases) for w in _name_key(n).split())
                     for g in (given or [])[:1])}
    return f"person/{found.pop()}" if len(found) == 1 else None


def _surnames(m: Mentions, doc: Doc) -> dict[str, str]:
    """Folded surname -> the one person of the article who has it (gazetteer leaders win ties, then
    one who is no one's spouse: "Ruiz" is President Tomas Ruiz, not First Lady Ana Ruiz; of two
    leaders, the one named first, as a writer who names a second "Ruiz" in full leaves the bare name
    to the first); a
    leader whose name the article wrote longer ("Ana Maria Souza", the gazetteer's "Ana Maria") has
    its last word too."""
    found: dict[str, list[str]] = {}
    for e in m.entities.values():
        if e.kind in (Kind.PERSON, Kind.LEADER) and len(e.name.split()) > 1:
            record = gazetteer.leader_record(e.key)
            written = {a.split()[-1] for a in e.aliases if len(a.split()) > len(e.name.split())}  # "... Hassan"
            for surname in {fold(record.surname() if record else _family_name(e.name))} | set(map(fold, written)):
                found.setdefault(surname, []).append(e.key)
    out = {}
    for surname, keys in found.items():
        known = [k for k in keys if gazetteer.leader_record(k)]
        own = [k for k in keys if not _spouse(k, doc, m)]
        if len(keys) == 1 or len(known) == 1 or len(own) == 1:
            out[surname] = keys[0] if len(keys) == 1 else known[0] if len(known) == 1 else own[0]
        elif named := {k: i for k in known if (i := _first_mention(k, m)) is not None}:
            out[surname] = min(named, key=named.__getitem__)
    first_names = partial(_first_name, when=m.article_date)
    return {**_words_used_alone(m, set(found), first_names), **_words_used_alone(m, set(found), _inner_words),
            **_words_used_alone(m, set(found), _nicknames), **out}


def _first_mention(key: str, m: Mentions) -> int | None:
    """The first token that names the entity."""
    return min((i for i, keys in m.by_token.items() if key in keys), default=None)


def _spouse(key: str, doc: Doc, m: Mentions) -> bool:
    """Whether a person is first named as someone's spouse ("First Lady Ana Ruiz", "his wife Ana Ruiz")."""
    first = _first_mention(key, m)
    if first is None:
        return False
    return (_title_ending_at(doc, first) or "").lower() in SPOUSE_TITLES or \
        first > 0 and doc[first - 1].lower_ in SPOUSE_TITLES


def _words_used_alone(m: Mentions, surnames: set[str], words_of: Callable[[Entity], list[str]]) -> dict[str, str]:
    """Folded word -> the one person of the article whose name has it among `words_of(entity)`, when
    it is no one's surname."""
    found: dict[str, set[str]] = {}
    for e in m.entities.values():
        if e.kind in (Kind.PERSON, Kind.LEADER):
            for word in words_of(e):
                found.setdefault(fold(word), set()).add(e.key)
    return {w: next(iter(keys)) for w, keys in found.items() if len(keys) == 1 and w not in surnames}


def _first_name(e: Entity, when: date | None = None) -> list[str]:
    """"Abiy" of "Abiy Ahmed", "Li" of "Li Qiang": a first word used alone. Gazetteer leaders are known
    by their surnames (a first name alone is a familiarity in a quotation), and a sitting leader's
    surname is that leader's ("Ruiz" alone is the leader, not "Ruiz Aides"); a former leader's is no
    one's ("Tan" of an invented "Tan Wenli" is his, though a Tan led Ruritania long ago), nor is a
    sitting leader's whose family name comes first: "Tan Wenli" names him by the same custom (unless
    the model cut the leader's own name short: "Tan Wen" of "Tan Wen Li")."""
    words = e.name.split()
    known = gazetteer.leader_record(e.key) or any(
        gazetteer.in_office(r, when) and (not _family_name_first(r) or _name_key(r.name).startswith(_name_key(e.name)))
        for r in _surname_index().get(fold(words[0]), ()))
    return words[:1] if len(words) > 1 and not known else []


def _family_name_first(record: gazetteer.LeaderRecord) -> bool:
    """Whether a leader's name puts the family name first ("Tan Wenli" of the surname "Tan"), or has
    none but a regnal name ("Ana II"): either way its first word is no sign of a Western surname."""
    return fold(record.name.split()[0]) == fold(record.surname()) != fold(record.name.split()[-1])


def _nicknames(e: Entity) -> list[str]:
    """"Nana" of "Ana 'Nana' Ruiz", as the article wrote the name: the nickname used alone."""
    return [w.strip("'‘’“”\" ") for alias in e.aliases for w in _NICKNAME.findall(alias)]


def _inner_words(e: Entity) -> list[str]:
    """"Vega" of "Luis Alberto Vega de la Torre", "Souza" of "Ana Maria Souza Ferreira": a middle word
    used alone (name particles aside)."""
    words = e.name.replace(".", " ").split()
    return [w for w in words[1:-1] if len(w) > 2 and w[0].isupper() and fold(w) not in NAME_PARTICLES] \
        if len(words) >= 3 else []


def _sitting_leader(token: Token, when: date | None, m: Mentions, serves: str | None = None) -> str | None:
    """The one gazetteer leader with this surname in office on the article's date (of the nation
    the title names, if it names one), when the model reads the word as a person, the article names
    the leader's nation ("Macron"), the word names a government by its leader ("the Ruiz government")
    or follows a royal title ("King Tomas", the regnal name of "Tomas II of Ruritania")."""
    surname = token.text
    royal = token.i > 0 and token.doc[token.i - 1].lower_ in GIVEN_NAME_TITLES
    found = [r for r in _surname_index().get(fold(surname), ()) if gazetteer.in_office(r, when)
             and serves in (None, *r.nations())
             and (token.ent_type_ == "PERSON" or royal or nlp.heads_a_government(token)
                  or any(f"nation/{iso3}" in m.entities for iso3 in r.nations()))]
    if len({r.wikidata for r in found}) != 1:
        return None
    record = found[0]
    if _inside_other_name(token, record):
        return None  # "Ivo Lund" is no sitting leader called Lund
    return f"person/{record.wikidata}" if fold(record.surname()) == fold(surname) else None


def _inside_other_name(token: Token, record: gazetteer.LeaderRecord) -> bool:
    """Whether a surname ends a longer name whose first name is not the leader's."""
    prev = token.doc[token.i - 1] if token.i > token.sent.start else None
    return prev is not None and prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha \
        and _title_ending_at(token.doc, token.i) is None and fold(prev.text) not in fold(record.name).split()


def _other_mentions(doc: Doc, m: Mentions) -> None:
    """Organisations and single-word people the model found that nothing else claimed."""
    for ent in doc.ents:
        if ent.start in m.noise or any(i in m.by_token for i in range(ent.start, ent.end)) \
                or is_heading(ent.sent):
            continue
        person = _one_word_person(ent, m)
        if person is not None:  # "President Jokowi ... presented Jokowi with": the model's firm is the person
            m.add(person, range(ent.start, ent.end))
        elif ent.label_ == "ORG":
            _organisation(doc, ent, m)
        elif ent.label_ in ("GPE", "LOC", "FAC"):
            name = ent.text.strip().removeprefix("the ").removeprefix("The ")
            m.places.update(dict.fromkeys(range(ent.start, ent.end), _place(m, name)))


def _one_word_person(ent: Span, m: Mentions) -> Entity | None:
    """The article's person known by one word (found after a title) that a one-word entity spells."""
    word = fold(ent.text)
    found = [e for e in m.entities.values() if e.kind in (Kind.PERSON, Kind.LEADER) and fold(e.name) == word]
    return found[0] if len(ent) == 1 and len(found) == 1 else None


#: Last words of an office the model may tag as an organisation when no name follows it.
_UNNAMED_OFFICERS = {"adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador"}


def _organisation(doc: Doc, ent: Span, m: Mentions) -> None:
    """An organisation the model found. "the Government of" before a nation is that nation (the
    model often stops the name before the nation the gazetteer claimed); "the Central Bank of"
    before it takes the nation's name into its own."""
    officer = _officer_after_department(doc, ent)
    if officer is not None:
        _add_person(m, officer)  # "Secretary of [Commerce Ana Ruiz]": the model's ORG is department and name
        return
    named = _name_after_comma(ent)
    if named is not None:
        _add_person(m, named)  # "the President of the Council of [Ministers, Ana Maria Ruiz]": title and name
        return
    if ent.root.lemma_.lower() in AGREEMENT_NOUNS:
        return  # "signed seven MoUs": texts, not a body
    if ent.root.lower_ in _UNNAMED_OFFICERS:
        return  # "White House National Security Advisor": an officer left unnamed, not a body
    if _bare_body_word(ent):
        body = _body_named_before(ent, m)
        if body is not None:  # "The Department will also ...": the department the text named last
            m.add(m.entities[body], range(ent.start, ent.end))
        return  # with none named before, a body no reader could tell
    if len([t for t in ent if t.is_alpha and t.lower_ != "the"]) == 1 and ent.root.tag_ == "NNPS" \
            and ent.root.lower_ in PLACE_AND_BODY_ENDS:
        return  # "The Ministers agreed": the people named before, not a body called "Ministers"
    if len(ent) > 2 and ent[-1].lower_ == "the" and ent[-2].lower_ == "of":
        ent = doc[ent.start:ent.end - 1]  # "the Government of the [Republic of Ruritania]"
    name = re.sub(r"^(the|The)\s+|\s*['’]s$", "", ent.text.strip())
    end, nation = ent.end, None
    if ent[-1].lower_ == "of" and end < len(doc):
        end += doc[end].lower_ == "the" and end + 1 < len(doc)
        nation = next((k for k in m.keys(doc[end]) if k.startswith("nation/")), None)
    if nation and fold(name) in GOVERNMENT_OF:
        m.by_token.update(dict.fromkeys(range(ent.start, end), (nation,)))
        return
    if nation:
        while end < len(doc) and nation in m.keys(doc[end]):
            end += 1
        name = f"{name} {doc[ent.end:end].text}"
    m.add(Entity(f"organization/{slug(name)}", Kind.ORGANIZATION, name), range(ent.start, end))


#: Words that name a body only with the rest of its name ("the Department of Health"); alone, after
#: "the", they point back to the body of that kind the text named.
_BODY_WORDS = {"department", "ministry", "agency", "office", "commission", "bureau", "service"}


def _bare_body_word(ent: Span) -> bool:
    """"The Department" or "the Ministry" tagged as an organisation of its own (the model leaves "the"
    in the span or out of it)."""
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    before = ent.doc[ent.start - 1] if ent.start else None
    return len(words) == 1 and words[0].lower_ in _BODY_WORDS and (
        ent[0].lower_ == "the" or before is not None and before.lower_ == "the")


#: How many sentences back a bare "the Department" may point to the department it stands for.
_BODY_REACH = 3


def _body_named_before(ent: Span, m: Mentions) -> str | None:
    """The organisation the text named last with the bare word and "of" ("the Department of Fisheries"
    for a later "The Department"), a few sentences back at most, if that naming is an organisation
    found (a department the model missed, named after it, leaves the word no body to stand for)."""
    doc, word, floor = ent.doc, ent[-1].lower_, ent.sent.start
    for _ in range(_BODY_REACH):
        floor = nlp.sentence_before(doc[floor:floor + 1].sent).start if floor else 0
    last = next((i for i in range(ent.start - 2, floor - 1, -1)
                 if doc[i].lower_ == word and doc[i].is_title and doc[i + 1].lower_ == "of"), None)
    return next((k for k in m.by_token.get(last, ()) if k.startswith("organization/")), None) \
        if last is not None else None


def _name_after_comma(ent: Span) -> Span | None:
    """The name an organisation the model found ends with after a comma ("Ministers, Ana Maria
    Ruiz"): a body's name holds no comma, an apposition naming its officer does."""
    comma = next((t.i for t in reversed(ent) if t.text == ","), None)
    if comma is None:
        return None
    name = ent.doc[comma + 1:ent.end]
    return name if 2 <= len(name) <= 4 and all(t.is_title and t.is_alpha for t in name) else None


def _officer_after_department(doc: Doc, ent: Span) -> Span | None:
    """The person at the end of an ORG span that follows "Secretary of" / "Minister of": the model
    reads "Secretary of Commerce Ana Ruiz" as "Secretary of" and an organisation "Commerce Ana
    Ruiz". The name is the span's last two capitalised words (three with a middle initial)."""
    start = ent.start
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].text not in DEPARTMENT_TITLES:
        return None
    words = [t for t in ent if t.text[:1].isupper()]
    size = 3 if len(words) >= 4 and re.fullmatch(r"[A-Z]\.", words[-2].text) else 2
    if len(words) != len(ent) or len(words) < size + 1 or any(t.ent_type_ != "ORG" for t in ent):
        return None
    return doc[ent.end - size:ent.end]


def _match_title(doc: Doc, i: int) -> tuple[str, int] | None:
    """The longest office title starting at token i, with the index after it."""
    for n in range(LONGEST_TITLE, 0, -1):
        words = " ".join(t.lower_ for t in doc[i:i + n])
        if i + n > len(doc) or len(words.split()) != n:
            continue
        if words in TITLES:
            return TITLES[words], i + n
        if words == "pm":
            return LEADER_TITLES["prime minister"], i + 1
        if words in PLURAL_LEADER_TITLES and doc[i].is_title:
            return PLURAL_LEADER_TITLES[words], i + n  # "Presidents A and B": each holds the office
    return None


#: What follows a title, after a hyphen, of one chosen but not yet sworn in ("Prime Minister-designate").
_NOT_YET_IN_OFFICE = {"elect", "designate"}


def _title_phrase(doc: Doc, i: int, m: Mentions) -> TitlePhrase | None:
    """Parse "[the] [NATION['s]] [new|late ...] TITLE [of NATION]" from token i."""
    start, nation, former = i, None, False
    if i < len(doc) and doc[i].lower_ in ("the", "a"):
        i += 1
    while i < len(doc) and any(k.startswith("nation/") for k in m.keys(doc[i])):
        nation = next(k for k in m.keys(doc[i]) if k.startswith("nation/"))
        i += 1
    if i < len(doc) and doc[i].text in ("'s", "’s", "'"):
        i += 1
    while i < len(doc) and doc[i].lower_ in TITLE_MODIFIERS and not _match_title(doc, i):  # not "First Lady"
        former |= doc[i].lower_ in FORMER
        i += 1
    matched = (_match_title(doc, i) or _department_title(doc, i, m)) if i < len(doc) else None
    if not matched:
        return None
    title, i = matched
    if i + 1 < len(doc) and doc[i].text in ("-", "–") and doc[i + 1].lower_ in _NOT_YET_IN_OFFICE:
        title, i = f"{title}-{doc[i + 1].lower_}", i + 2  # "President-elect": another office, held by no one yet
    if i + 1 < len(doc) and doc[i].lower_ == "of" and title in DEPARTMENT_TITLES:
        department = _department_after(doc, i + 1, m)  # "Minister of Foreign Affairs (of Ruritania)"
        if department:
            title, i = f"{title} of {doc[i + 1:department].text}", department
    if i + 1 < len(doc) and doc[i].lower_ == "of":
        found = _of_nation(doc, i + 1, m)
        if found is None:
            return None  # "President of Ruritanians for Clean Air": an office elsewhere than a nation
        nation, i = found
    return TitlePhrase(title, nation, former, start, i)


def _department_after(doc: Doc, i: int, m: Mentions) -> int | None:
    """The end of capitalised department words from token i ("Foreign Affairs", "the Treasury")."""
    if doc[i].lower_ == "the" and i + 1 < len(doc):
        i += 1
    end = i
    while end < len(doc) and end - i < LONGEST_DEPARTMENT + 1 and not m.keys(doc[end]) and \
            (doc[end].text[:1].isupper() or (doc[end].lower_ == "and" and end > i)):
        end += 1
    return end if end > i and doc[end - 1].lower_ != "and" else None


def _of_nation(doc: Doc, i: int, m: Mentions, named_next: bool = False) -> tuple[str, int] | None:
    """The nation "of [the] X" names from token i and the index after it; None if what follows
    "of" is not a nation, or only the start of an organisation's name (`named_next`: a name is
    known to follow, "President of Ruritania Ana Ruiz")."""
    j = i + 1 if doc[i].lower_ == "the" and i + 1 < len(doc) else i
    keys = [k for k in m.keys(doc[j]) if k.startswith("nation/")]
    end = j
    while keys and end < len(doc) and keys[0] in m.keys(doc[end]):
        end += 1
    return (keys[0], end) if keys and (named_next or not _names_more(doc, end, m)) else None


#: What after "and" starts another party, not more of a name ("Ana Ruiz of Peru and Chilean ...");
#: so does a title ("... of Peru and President Luis Soto").
_OTHER_PARTY_TYPES = {"NORP", "GPE", "PERSON"}


def _names_more(doc: Doc, i: int, m: Mentions) -> bool:
    """Whether a name goes on at token i ("... for Clean Air", "... and Industry", "... Airlines"),
    so the nation before it was only part of an organisation's name; a person's name may follow."""
    if i >= len(doc):
        return False
    token = doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    return token.lower_ in ("for", "and") and after is not None and after.text[:1].isupper() \
        and not (token.lower_ == "and" and (after.ent_type_ in _OTHER_PARTY_TYPES or m.keys(after)
                                            or _match_title(doc, i + 1) is not None)) or \
        (token.pos_ == "PROPN" and not any(k.startswith("person/") for k in m.keys(token)))


def _department_title(doc: Doc, i: int, m: Mentions) -> tuple[str, int] | None:
    """"Treasury Secretary", "Foreign Affairs Minister": capitalised department words (or, in lower
    case, words `DEPARTMENT_WORDS` knows: "foreign secretary"), then an office that takes one; the
    title keeps them, capitalised."""
    for n in range(1, LONGEST_DEPARTMENT + 1):
        words = doc[i:i + n]
        if len(words) < n or not all(_department_word(t, m) for t in words):
            return None
        matched = _match_title(doc, i + n) if i + n < len(doc) else None
        if matched and matched[0] in DEPARTMENT_TITLES:
            return f"{' '.join(t.text[:1].upper() + t.text[1:] for t in words)} {matched[0]}", matched[1]
    return None


def _department_word(token: Token, m: Mentions) -> bool:
    """A word of a department's name before an office: capitalised, or one `DEPARTMENT_WORDS` knows."""
    capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN")
    return (capitalised or token.lower_ in DEPARTMENT_WORDS) \
        and not any(k.startswith(("person/", "nation/")) for k in m.keys(token))


def _person_spans(m: Mentions) -> list[tuple[int, int, str]]:
    """(start, end, key) of each contiguous run of tokens naming one person."""
    spans: list[tuple[int, int, str]] = []
    for i in sorted(m.by_token):
        keys = m.by_token[i]
        if len(keys) != 1 or not keys[0].startswith("person/"):
            continue
        if spans and spans[-1][1] == i and spans[-1][2] == keys[0]:
            spans[-1] = (spans[-1][0], i + 1, keys[0])
        else:
            spans.append((i, i + 1, keys[0]))
    return spans


def _title_mentions(doc: Doc, m: Mentions) -> None:
    """Titles before a name ("Ruritanian President Ana Ruiz") or in apposition after it."""
    for start, end, key in _person_spans(m):
        found = _title_before(doc, start, m) or _title_after(doc, end, m)
        if not found:
            continue
        title, nation, former, first, last = found
        nation = nation or _nation_after_name(doc, end, m)  # "President Ana Ruiz of Ruritania"
        m.titles.append(TitleMention(key, title, nation, former, doc[start].sent))
        holders: tuple[str, ...] = (key,)
        if doc[last - 1].lower_ in _PLURAL_LAST_WORDS and (shared := _next_in_list(doc, end, m)):
            m.titles.append(TitleMention(shared[0], title, _nation_after_name(doc, shared[1], m), former,
                                         doc[start].sent))  # "Presidents A of X and B of Y": B too
            _make_leader(m.entities[shared[0]], title, m.nation_of(shared[0]))
            holders = (key, shared[0])  # the plural title names both
        _make_leader(m.entities[key], title, nation)
        for i in range(first, last):
            if not m.keys(doc[i]):
                m.by_token[i] = holders


#: Last words of plural heads' titles ("Presidents", "Prime Ministers").
_PLURAL_LAST_WORDS = {t.split()[-1] for t in PLURAL_LEADER_TITLES}


def _make_leader(entity: Entity, title: str, nation: str | None) -> None:
    """A titled person keeps the first title; a head's title, or a national office, makes a leader."""
    entity.title = entity.title or title
    if title in LEADER_TITLES.values() or (nation and is_national(title)):
        entity.kind = Kind.LEADER


def _next_in_list(doc: Doc, end: int, m: Mentions) -> tuple[str, int] | None:
    """The person named after "and" (past an "of X") that follows a name ending at `end`, and the
    end of that name: the second of "Presidents A of X and B of Y"."""
    i = end
    if i < len(doc) and doc[i].lower_ == "of" and (found := _of_nation(doc, i + 1, m)) is not None:
        i = found[1]
    if i + 1 >= len(doc) or doc[i].lower_ != "and":
        return None
    person = next((k for k in m.keys(doc[i + 1]) if k.startswith("person/")), None)
    j = i + 1
    while person and j < len(doc) and person in m.keys(doc[j]):
        j += 1
    return (person, j) if person else None


def _counterpart_titles(doc: Doc, m: Mentions) -> None:
    """"Ruritanian President A and his Peruvian counterpart (,) B": B holds A's office for the nation
    before "counterpart" (the office of the sentence's last titled person before it)."""
    for start, _, key in _person_spans(m):
        word = start - 2 if start >= 3 and doc[start - 1].text == "," else start - 1  # "his counterpart, B"
        if word < 1 or doc[word].lower_ not in COUNTERPART_WORDS or any(t.person == key for t in m.titles):
            continue
        nation = next((k for t in doc[max(doc[start].sent.start, word - 2):word] for k in m.keys(t)
                       if k.startswith("nation/")), None)
        office = next((t for t in reversed(m.titles) if t.sentence.start == doc[start].sent.start
                       and t.person != key and not t.former and t.nation != nation
                       and _named_before(t.person, doc, start, m)), None)  # not "..., witnessed by President C"
        if nation is None or office is None:
            continue
        m.titles.append(TitleMention(key, office.title, nation, False, doc[start].sent))
        entity = m.entities[key]
        entity.title = entity.title or office.title
        if office.title in LEADER_TITLES.values() or is_national(office.title):
            entity.kind = Kind.LEADER


def _named_before(key: str, doc: Doc, i: int, m: Mentions) -> bool:
    """Whether the person is named in token i's sentence before token i."""
    return any(key in m.by_token.get(j, ()) for j in range(doc[i].sent.start, i))


def _line_start(doc: Doc, i: int, floor: int) -> int:
    """Index of the first token of the line holding token i (the parser may split a line), or
    `floor` if the line starts before it (a walk to the start of a very long line per name
    would make one-line articles quadratic)."""
    while i > floor and "\n" not in doc[i - 1].text and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    return i


def _title_before(doc: Doc, start: int, m: Mentions) -> TitlePhrase | None:
    """The title phrase right before a name, or set off from it by a comma after "the" ("the prime
    minister of Ruritania, Ana Ruiz")."""
    floor = max(0, start - LONGEST_TITLE - 4)
    for k in range(_line_start(doc, start, floor), start):
        parsed = _title_phrase(doc, k, m)
        if parsed and (parsed.end == start or parsed.end == start - 1 and doc[parsed.end].text == ","
                       and doc[parsed.start].lower_ == "the"):
            return parsed
    return None


def _title_after(doc: Doc, end: int, m: Mentions) -> TitlePhrase | None:
    """", the Ruritanian Foreign Minister" after a name; not the title of the next name in a list
    ("A, Ruritanian Foreign Minister B, and ...")."""
    if end < len(doc) and doc[end].text == ",":
        parsed = _title_phrase(doc, end + 1, m)
        if parsed and not _person_before_comma(doc, parsed.end, m):
            return parsed
    return None


def _person_before_comma(doc: Doc, i: int, m: Mentions) -> bool:
    """Whether a person is named from token i up to the next comma (or the sentence end)."""
    for token in doc[i:doc[i].sent.end if i < len(doc) else i]:
        if token.text in (",", ";"):
            return False
        if any(k.startswith("person/") for k in m.keys(token)):
            return True
    return False


def _home_titles(doc: Doc, m: Mentions, datelines: list[tuple[Span, Span]], host: str | None) -> None:
    """"NEW DELHI, May 4 - Prime Minister A met his Ruritanian counterpart B": filed from a capital,
    a national office named with no nation (and no "visiting" before it) is the host nation's, in a
    story of the host and another nation's officials, when the office is no one else's (not from a
    capital that seats organisations, whose datelines tell of any nation's ministers)."""
    seats = {capital.lower() for capital in gazetteer.load_seats()}
    if host is None or datelines[0][1].text.lower() in seats \
            or not any(t.nation not in (None, host) and not t.former for t in m.titles):
        return
    holders: dict[str, set[str]] = {}
    for t in m.titles:
        if t.nation in (None, host):
            holders.setdefault(t.title, set()).add(t.person)
    for t in list(m.titles):
        if t.nation or t.former or not is_national(t.title) or m.nation_of(t.person) or len(holders[t.title]) > 1:
            continue
        first = next((i for i in range(t.sentence.start, t.sentence.end) if t.person in m.by_token.get(i, ())),
                     t.sentence.start)
        if any(w.lower_ in ("visiting", "guest") for w in doc[max(t.sentence.start, first - 3):first + 1]):
            continue
        m.titles.append(TitleMention(t.person, t.title, host, False, t.sentence))
        if t.title in LEADER_TITLES.values():
            m.entities[t.person].kind = Kind.LEADER


def _host(datelines: list[tuple[Span, Span]]) -> str | None:
    """The nation whose capital the article is filed from: the host of a visit it reports."""
    code = next((nlp.capital_nation(place.text) for _, place in datelines[:1]), None)
    return f"nation/{code}" if code else None


def _title_references(doc: Doc, m: Mentions, host: str | None = None) -> None:
    """"the new prime minister" with no name refers to the article's one holder of that office
    ("the late prime minister" to its one former holder, "the visiting prime minister" to its one
    holder from another nation than the `host` the article is filed in, "the Ruritanian minister"
    to its one Ruritanian minister of any portfolio)."""
    holders: dict[tuple[str, bool], set[str]] = {}
    for t in m.titles:
        holders.setdefault((t.title, t.former), set()).add(t.person)
    for token in doc:
        if token.i in m.by_token or token.i in m.noise or token.lower_ not in ("the", "and"):
            continue
        if token.lower_ == "and" and not _after_a_title_reference(token, m):
            continue
        parsed = _title_phrase(doc, token.i + (token.lower_ == "and"), m)
        if not parsed:
            continue
        people = _holders(holders, parsed) if not parsed.nation else _national_holders(parsed, m)
        if not people and not parsed.nation and not parsed.former:  # "Ana Ruiz ... the President": titled nowhere
            people = _spouse_named(m) if parsed.title.lower() in SPOUSE_TITLES \
                else _office_holders_named(parsed, m, m.article_date)
        end = parsed.end
        if host and any(t.lower_ == "visiting" for t in doc[token.i:end]):
            people = {p for p in people if m.nation_of(p) not in (host, None)} or \
                {p for p in people if m.nation_of(p) != host}
        if len(people) == 1 and (end >= len(doc) or not m.keys(doc[end])):
            m.by_token.update({i: (next(iter(people)),) for i in range(parsed.start, end)})


def _after_a_title_reference(conjunction: Token, m: Mentions) -> bool:
    """"the President and Prime Minister": a second title sharing the first's "the", which named
    its holder."""
    before = conjunction.doc[conjunction.i - 1] if conjunction.i else None
    return before is not None and before.i in m.by_token and _match_title(conjunction.doc, before.i) is not None \
        and before.ent_type_ != "PERSON"


def _holders(holders: dict[tuple[str, bool], set[str]], parsed: TitlePhrase) -> set[str]:
    """Who holds the office a title phrase names: its holders, or for "the monarch" those of every
    royal title ("King Tomas")."""
    if parsed.title != "Monarch":
        return holders.get((parsed.title, parsed.former), set())
    return {p for (title, former), people in holders.items() if title in ROYAL_TITLES and former == parsed.former
            for p in people}


def _national_holders(parsed: TitlePhrase, m: Mentions) -> set[str]:
    """Who holds "the Ruritanian prime minister": the nation's holders of that office, else of any
    office of that kind ("the Ruritanian minister": its one minister of any portfolio). A title written
    without its nation ("President Ana Ruiz") is of the nation the gazetteer says the person leads."""
    of_nation = [t for t in m.titles if (t.nation or m.nation_of(t.person)) == parsed.nation
                 and t.former == parsed.former]
    return {t.person for t in of_nation if t.title.lower() == parsed.title.lower()} or \
        {t.person for t in of_nation if t.title.split()[-1].lower() == parsed.title.split()[-1].lower()} or \
        (set() if parsed.former else _office_holders_named(parsed, m))


def _spouse_named(m: Mentions) -> set[str]:
    """"presented shawls to the First Lady ... Lena Ruiz hosted": the people, not leaders, the article
    names with the family name of a leader it names (their spouse, as papers title them)."""
    families = {_family_name(e.name) for e in m.entities.values() if e.kind is Kind.LEADER}
    return {k for k, e in m.entities.items() if e.kind is Kind.PERSON and len(e.name.split()) > 1
            and _family_name(e.name) in families}


def _office_holders_named(parsed: TitlePhrase, m: Mentions, when: date | None = None) -> set[str]:
    """"The president of Ruritania received ... Ana Ruiz was presented with ...": the leaders the
    article names, titled nowhere, whose office the gazetteer says that is (of any nation when the
    phrase names none; then, in a dated article, held on its day)."""
    records = [(key, gazetteer.leader_record(key)) for key in m.entities]
    return {key for key, record in records if record is not None and any(
        t.office.lower() == parsed.title.lower() and parsed.nation in (None, f"nation/{t.country_iso3}")
        and (parsed.nation or when is None or gazetteer.covers(t, when))
        for t in record.terms)}


def _leader_references(doc: Doc, m: Mentions) -> None:
    """"the Ruritanian leader", "Ruritania's leader": the one person the article titles as that
    nation's head of state or government, of several the one in office (on the article's day, else
    today), then the one it names most (else the phrase stays the nation's)."""
    heads: dict[str, set[str]] = {}
    for t in m.titles:
        nation = t.nation or m.nation_of(t.person)  # "President Ana Ruiz": the nation the gazetteer says
        if nation and not t.former and t.title in LEADER_TITLES.values():
            heads.setdefault(nation, set()).add(t.person)
    for token in doc:
        if token.lemma_.lower() != "leader" or token.tag_ != "NN" or token.i in m.by_token or token.i in m.noise:
            continue
        nations = {k for c in token.children if c.dep_ in ("amod", "compound", "poss")
                   for k in m.keys(c) if k.startswith("nation/")}
        people = heads.get(nations.pop(), set()) if len(nations) == 1 else set()
        if len(people) > 1:  # "US President Dwight Eisenhower's sword": a past one (current, undated)
            people = {p for p in people if _sitting(p, m.article_date)} or people
        if len(people) > 1:  # a president and a prime minister: the one the story is about
            counts = {p: m.mention_count(p) for p in people}
            people = {p for p in people if counts[p] == max(counts.values())}
        if len(people) == 1:
            m.by_token[token.i] = (people.pop(),)



def _sitting(key: str, when: date | None) -> bool:
    """Whether a person is no gazetteer leader, or one in office on the day (today, if none)."""
    record = gazetteer.leader_record(key)
    return record is None or gazetteer.in_office(record, when)


def _organisation_officers(doc: Doc, m: Mentions) -> None:
    """A gazetteer leader the article titles only as an organisation's officer ("the Pact's
    secretary-general, Ana Dahl", "Union Council President Ana Dahl") holds no national office
    here: a person, not a leader (a former national office is not the story)."""
    national = {t.person for t in m.titles if t.nation}
    for key, entity in list(m.entities.items()):
        if entity.kind is not Kind.LEADER or key in national:
            continue
        starts = [i for i, keys in m.by_token.items() if key in keys and key not in m.by_token.get(i - 1, ())]
        if starts and any(_officer_of_organisation(doc, i) for i in starts):
            entity.kind = Kind.PERSON


def _officer_of_organisation(doc: Doc, i: int) -> bool:
    """Whether the name starting at token i follows an organisation's office ("the Pact's secretary-general,")."""
    j = i - 1
    titled = doc[i].lower_ in ORGANISATION_OFFICES  # the title may be part of the mention
    while j >= doc[i].sent.start and i - j <= 6 and (doc[j].is_punct or doc[j].lower_ in ("'s", "the")
                                                     or doc[j].lower_ in ORGANISATION_OFFICES):
        titled = titled or doc[j].lower_ in ORGANISATION_OFFICES
        j -= 1
    return titled and j >= doc[i].sent.start and doc[j].ent_type_ == "ORG"  # not "the Palace, Dahl said"


def _seats_for_bodies(doc: Doc, m: Mentions) -> None:
    """"filed a complaint against Strelsau": a capital that seats the one organisation the article
    names, used as an actor (not "in Strelsau"), stands for that organisation, not its nation."""
    seats = gazetteer.load_seats()
    named = {e.name for e in m.entities.values() if e.kind is Kind.ORGANIZATION}
    for i, place in list(m.places.items()):
        capital = m.entities[place].name
        bodies = [b for b in seats.get(capital, ()) if b in named]
        token = doc[i]
        if len(bodies) != 1 or token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE or token.dep_ == "compound":
            continue
        nation = m.entities[place].capital_of
        m.by_token[i] = (f"organization/{slug(bodies[0])}",)
        del m.places[i]
        if nation and not any(nation in keys for keys in m.by_token.values()):
            m.entities.pop(nation, None)  # the nation was named only as the seat
        if place not in m.places.values():
            del m.entities[place]


def find(doc: Doc, when: date | None = None) -> Mentions:
    """Resolve every mention of a person, nation, organisation or place in one article."""
    datelines = _datelines(doc)
    dateline_tokens = {i for span, _ in datelines for i in range(span.start, span.end)}
    m = Mentions(noise=_noise_tokens(doc) | dateline_tokens, article_date=when)
    _name_mentions(doc, m)
    _quoted_nicknames(doc, m)
    _titled_names(doc, m)
    _name_tails(doc, m)
    _surname_mentions(doc, m, when)
    _hyphened_surnames(doc, m)
    _title_mentions(doc, m)
    _organisation_officers(doc, m)
    _counterpart_titles(doc, m)
    host = _host(datelines)
    _home_titles(doc, m, datelines, host)
    _title_references(doc, m, host)
    _leader_references(doc, m)
    _other_mentions(doc, m)
    _dateline_places(datelines, m)
    _seats_for_bodies(doc, m)
    coref.resolve(doc, m)
    return m
