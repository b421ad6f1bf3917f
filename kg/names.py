"""Name normalisation shared by mention resolution, IRIs and look-ups."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slug(text: str) -> str:
    """An IRI-safe lower-case path segment for a name (a hash when no letters survive)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return out[:60] or "h" + hashlib.sha256(text.encode()).hexdigest()[:12]


def fold(text: str) -> str:
    """Accent- and case-folded form used to compare names."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
