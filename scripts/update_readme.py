"""Rewrite the README's "What make run prints" block from the committed exports (like `cog`).

    python scripts/update_readme.py          # rewrite README.md
    python scripts/update_readme.py --check  # exit 1 if README.md is stale (tests/test_docs.py does this)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
GRAPH = "exports/graph.trig"
QUERIES = ("leaders", "agreements", "gifts", "commitments", "meetings", "timeline")
BLOCK = re.compile(r"(<!-- make-run-output -->\n```text\n)(.*?)(```\n)", re.S)


def run_output() -> str:
    """What `make run` prints after the build: stats, then every bundled query."""
    runner, graph = CliRunner(), str(ROOT / GRAPH)
    parts = [f"$ kg stats --graph {GRAPH}\n" + runner.invoke(cli, ["stats", "--graph", graph]).output]
    for name in QUERIES:
        result = runner.invoke(cli, ["query", "--name", name, "--graph", graph])
        parts.append(f"$ kg query --name {name} --graph {GRAPH}\n{result.output}")
    return "\n".join(parts)


def updated(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + run_output() + m.group(3), text)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    new = updated(current)
    if "--check" in argv:
        return 0 if new == current else 1
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
