"""Score one half of ../shared/eval/dev-news/: the half studied for misses, or the half kept unseen.

    python scripts/dev_news_half.py studied   # the 11 articles whose misses were read
    python scripts/dev_news_half.py unseen    # the 11 whose misses were never read (an unseen check)

The halves are fixed below by file name (every other BBC and every other wire article in name
order, with the one BBC gold file read before the split moved into the studied half). The script
links the chosen half's texts and gold into a temporary folder and runs the scorer's evaluate.py
there with one `kg build` of the whole half, exactly as for a full set.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
DEV_NEWS = EVAL / "dev-news"

STUDIED = (
    "bbc-argentina-venezuela-in-oil-deal", "bbc-eu-us-seeking-deal-on-air-dispute",
    "bbc-imf-agrees-fresh-turkey-funding", "bbc-india-and-iran-in-gas-export-deal",
    "bbc-uk-rebate-unjustified-chirac",
    "wire-biden-arrives-in-israel-to-talk-billions", "wire-eu-leaders-meet-to-offer-migrant-deal",
    "wire-kerry-syrian-cease-fire-agreement-near-voice", "wire-obama-hails-summit-accord-but-says-nuclear",
    "wire-obama-preparing-to-visit-cuba-as-soon-as-march", "wire-venezuelas-maduro-entreats-latin-america-not",
)


def half(name: str) -> list[str]:
    """The article stems of one half."""
    every = sorted(p.name.removesuffix(".gold.json") for p in DEV_NEWS.glob("*.gold.json"))
    if name == "studied":
        return [s for s in every if s in STUDIED]
    if name == "unseen":
        return [s for s in every if s not in STUDIED]
    raise SystemExit(f"unknown half {name!r}: say studied or unseen")


def main(argv: list[str]) -> int:
    if len(argv) < 1:
        raise SystemExit(__doc__)
    kg = Path(sys.executable).with_name("kg")
    with tempfile.TemporaryDirectory() as tmp:
        for stem in half(argv[0]):
            for suffix in (".txt", ".gold.json"):
                (Path(tmp) / (stem + suffix)).symlink_to(DEV_NEWS / (stem + suffix))
        command = [sys.executable, str(EVAL / "evaluate.py"), tmp, "--batch", f"{kg} build {{dir}} -o {{out}}",
                   *argv[1:]]
        return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
