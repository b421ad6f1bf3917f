"""The README starts with the two commands, and documents every CLI command."""

import re
from pathlib import Path

import pytest

from kg.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_make_run_then_make_test():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()][1:]
    assert commands[:2] == ["make run", "make test"]


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name):
    assert f"kg {name}" in README


def test_readme_shows_what_make_run_prints_now():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "update_readme.py"
    spec = importlib.util.spec_from_file_location("update_readme", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "README is stale: run `python scripts/update_readme.py`"


def test_the_module_table_names_every_module():
    """README's "How it works" table lists every module of the package (or its sub-package)."""
    table = README.split("## How it works", 1)[1].split("\n\n", 3)[2]
    named = set(re.findall(r"`(kg/[\w/]+?(?:\.py|/))`", table))
    package = Path(__file__).resolve().parent.parent / "kg"
    modules = {f"kg/{p.name}" for p in package.glob("*.py") if p.name != "__init__.py"}
    assert modules - named == set()
    assert {"kg/rules/", "kg/view/"} <= named


def test_the_module_table_names_every_rule_in_order():
    """The rules row of README's module table lists `RULES` as the pipeline runs them."""
    from kg.rules import RULES

    row = next(line for line in README.splitlines() if line.startswith("| rules |"))
    named = [n for n in re.findall(r"`(\w+)`", row) if n != "RULES"]
    assert named == [rule.__name__ for rule in RULES]
