#!/usr/bin/env python3
"""Extract ISO 3166-1 codes -> Wikidata QIDs from the npm package @rapideditor/country-coder.

Usage:
    python scripts/extract_country_qids.py [--package TGZ] [--out CSV]

Writes data/gazetteer/sources/country-qids.csv (iso2, iso3, wikidata), the input
``scripts/build_gazetteer.py`` reads for the nations' ``owl:sameAs`` links. Without
``--package`` it runs ``npm pack @rapideditor/country-coder@VERSION`` in a temporary
folder (the only step that needs the network; the gazetteer build stays offline).
country-coder is ISC-licensed (© 2025 country-coder contributors); only the codes
and QIDs of its ``src/data/borders.json`` features are kept, no geometry.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@rapideditor/country-coder"
VERSION = "5.6.1"
MEMBER = "package/src/data/borders.json"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "sources" / "country-qids.csv"


def fetch(folder: Path) -> Path:
    """The package's tarball, downloaded by npm into `folder`."""
    name = subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=folder, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return folder / name


def qids(tarball: Path) -> list[tuple[str, str, str]]:
    """(iso2, iso3, QID) of every feature that has an ISO 3166-1 alpha-2 code and a QID, sorted."""
    with tarfile.open(tarball) as tar:
        member = tar.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{tarball} has no {MEMBER}")
        features = json.load(member)["features"]
    rows = {(p["iso1A2"], p.get("iso1A3", ""), p["wikidata"])
            for p in (f["properties"] for f in features) if p.get("iso1A2") and p.get("wikidata")}
    return sorted(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help=f"a downloaded {PACKAGE} tarball (default: npm pack)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="CSV to write")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        rows = qids(args.package or fetch(Path(tmp)))
    with args.out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["iso2", "iso3", "wikidata"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {args.out}")


if __name__ == "__main__":
    main()
