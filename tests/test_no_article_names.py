"""No rule may mention an article's specific names: kg/ must not contain the development sets' names.

Names come from the gold files of ../shared/eval (people, leaders, nations, organisations and
their aliases). The gazetteer (data/gazetteer/) is data and may name anyone.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, SHARED_EVAL

#: Gold aliases that are ordinary words or too short to be a name.
_TOO_SHORT = 4


def _gold_names() -> set[str]:
    names: set[str] = set()
    for path in sorted(SHARED_EVAL.rglob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for key in ("leaders", "people", "organizations", "nations"):
            for entry in gold.get(key, []):
                names.update(n for n in [entry["name"], *entry.get("aliases", [])] if len(n) >= _TOO_SHORT)
    return {n for n in names if not _only_title_words(n)}


def _only_title_words(name: str) -> bool:
    """"First Lady" is an office and "Senate" an institution, domain vocabulary the rules may use;
    "Melania Trump" is a name."""
    from kg.lexicon import HONORIFICS, INSTITUTIONS, TITLES

    words = name.lower().split()
    return name.lower() in TITLES or name.lower() in INSTITUTIONS or all(w in HONORIFICS for w in words)


def test_package_code_names_no_one_from_the_development_articles():
    if not SHARED_EVAL.exists():
        pytest.skip(f"no development sets at {SHARED_EVAL}")
    names = _gold_names()
    found = []
    for path in sorted((ROOT / "kg").rglob("*")):
        if path.suffix not in (".py", ".rq", ".html") or "gazetteer" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(ROOT)}: {name}" for name in sorted(names)
                  if name in text  # a plain substring test first: 600 regexes per file took seconds
                  and re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text)]
    assert found == [], "names from the development articles in kg/: " + "; ".join(found)
