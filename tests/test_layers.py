"""The package's import direction: extraction never touches RDF or the CLI; only cli.py uses click."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
EXTRACTION = ["facts.py", "mentions.py", "coref.py", "read.py", "nlp.py", "lexicon.py", "quantities.py",
              "dates.py", "names.py", "gazetteer.py", *(f"rules/{p.name}" for p in sorted((KG / "rules").glob("*.py")))]


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("module", EXTRACTION)
def test_extraction_modules_import_neither_rdflib_nor_click(module):
    assert not imported(KG / module) & {"rdflib", "click", "pyoxigraph", "pyvis"}, module


def test_only_the_cli_imports_click():
    users = sorted(str(p.relative_to(KG)) for p in KG.rglob("*.py") if "click" in imported(p))
    assert users == ["cli.py"]
