"""The package's import direction: extraction never touches RDF or the CLI; only cli.py uses click."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
EXTRACTION = ["facts.py", "mention_types.py", "mentions.py", "coref.py", "read.py", "nlp.py", "lexicon.py",
              "quantities.py",
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


def module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def kg_imports(path: Path, modules: set[str]) -> set[str]:
    """The kg modules a file imports anywhere in it (inside functions and TYPE_CHECKING too: a
    cycle hidden in a function is still a cycle a reader must untangle)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in modules}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("kg"):
            found |= {f"{node.module}.{a.name}" for a in node.names} & modules
            found |= {node.module} & modules if node.module != "kg" else set()
    return found


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in KG.rglob("*.py")}
    return {name: kg_imports(path, set(paths)) - {name} for name, path in paths.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, each as the path that closes it (depth-first, in name order)."""
    found, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                found.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]


def test_no_import_cycles_in_kg():
    graph = import_graph()
    assert "kg.store" in graph["kg.source"]  # the graph is read: the test sees real imports
    assert cycles(graph) == []
