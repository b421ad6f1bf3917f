"""The README starts with the two commands, and documents every CLI command."""

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
