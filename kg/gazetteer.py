"""The gazetteer: nations, leaders and organisations read from ``data/gazetteer/*.csv``.

The CSV files are built offline by ``scripts/build_gazetteer.py`` (see
``data/gazetteer/README.md``); this module needs only the standard library.
``ruler_patterns()`` turns them into spaCy EntityRuler phrase patterns whose
ids (``nation:ISO3``, ``capital:ISO3``, ``leader:QID``, ``org:NAME``) link a mention to a record.
"""

from __future__ import annotations

import csv
import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_REPO_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
_WHEEL_DIR = Path(__file__).resolve().parent / "gazetteer_data"  # where a wheel puts it
_ROMAN = re.compile(r"^[IVXLC]+$")


def _default_dir() -> Path:
    """The repository's data/gazetteer (a checkout), else the wheel's copy, else $KG_GAZETTEER_DIR."""
    for folder in (_REPO_DIR, _WHEEL_DIR):
        if folder.is_dir():
            return folder
    return Path(os.environ.get("KG_GAZETTEER_DIR") or _REPO_DIR)


GAZETTEER_DIR: Path = _default_dir()


@dataclass(frozen=True, slots=True)
class NationRecord:
    """One ISO 3166-1 country (plus one non-ISO code, XKX)."""

    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    wikidata: str = ""


@dataclass(frozen=True, slots=True)
class Term:
    """One term in one office; dates are ISO strings (``YYYY`` or ``YYYY-MM-DD``), "" if unknown/open."""

    office: str
    role: str
    country_iso3: str
    start: str
    end: str

    def recency(self) -> tuple[str, str]:
        """Sort key: later end first (open-ended = latest), then later start."""
        return (_as_day(self.end, last=True) or "9999-12-31", _as_day(self.start, last=False))


#: Generational suffixes that are never a family name ("Surangel Whipps Jr.").
_SUFFIXES = {"jr.", "jr", "sr.", "sr"}


@dataclass(frozen=True, slots=True)
class LeaderRecord:
    """A head of state or government (one per Wikidata QID), with all terms merged and sorted."""

    wikidata: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]

    def nations(self) -> tuple[str, ...]:
        """ISO3 codes of the countries led, the most recent term's country first.

        Personal unions with identical dates (a monarch of several realms) fall back
        to ISO3 order: disambiguate from the article's context.
        """
        latest: dict[str, tuple[str, str]] = {}
        for term in self.terms:
            latest[term.country_iso3] = max(latest.get(term.country_iso3, ("", "")), term.recency())
        return tuple(sorted(sorted(latest), key=latest.__getitem__, reverse=True))  # stable: ties by ISO3

    def office_in(self, iso3: str) -> str | None:
        """The most recent office held for that country, or None."""
        terms = [t for t in self.terms if t.country_iso3 == iso3]
        return max(terms, key=Term.recency).office if terms else None

    def surname(self) -> str:
        """Family name for within-article coreference.

        The source's single-word alias that is a word of the name (it knows that
        "Wen Lihua" is "Wen"), else the last word that is not a regnal number; a royal styled
        "Tomas II of Ruritania" goes by the name before "of" ("Tomas").
        """
        name = re.split(r" of (?=[A-Z])", self.name, maxsplit=1)[0]
        words = [w for w in name.replace(",", " ").split() if w.lower() not in _SUFFIXES]
        for alias in self.aliases:
            if alias in words:
                return alias
        plain = [w for w in words if not _ROMAN.match(w)]
        return (plain or words or [self.name])[-1]


def _as_day(date: str, *, last: bool) -> str:
    """A year-only date as its first (or last) day, so it compares with full dates."""
    if len(date) == 4:
        return f"{date}-12-31" if last else f"{date}-01-01"
    return date


def strip_accents(text: str) -> str:
    """Strip accents: "Çelik" -> "Celik"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split(";") if v)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def load_nations(directory: Path | None = None) -> dict[str, NationRecord]:
    """Nations keyed by ISO3 (cached per directory; the dict is a fresh copy)."""
    return dict(_nations(Path(directory or GAZETTEER_DIR)))


@functools.cache
def load_currencies(directory: Path | None = None) -> dict[str, str]:
    """Currency phrases ("chilean peso", "swiss franc") -> ISO 4217 code."""
    return {row["phrase"]: row["code"] for row in _rows(Path(directory or GAZETTEER_DIR) / "currencies.csv")}


@functools.cache
def load_organisations(directory: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Intergovernmental organisations by name, with their other names ("PAC", "Pacific Accord Council"); a
    hand-kept list (see data/gazetteer/README.md), empty where a gazetteer has none."""
    path = Path(directory or GAZETTEER_DIR) / "organisations.csv"
    return {row["name"]: _split(row["aliases"]) for row in _rows(path)} if path.exists() else {}


@functools.cache
def load_government_seats(directory: Path | None = None) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Buildings and streets that news names for a government ("the Kremlin", "Downing Street"), by
    name: the nation's ISO3 code and their other names; a hand-kept list (data/gazetteer/README.md)."""
    path = Path(directory or GAZETTEER_DIR) / "government_seats.csv"
    return {row["name"]: (row["nation"], _split(row["aliases"])) for row in _rows(path)} if path.exists() else {}


@functools.cache
def load_seats(directory: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Capitals that seat organisations, with those organisations' names ("Strelsau" -> the Pacific
    Accord Council): news says "Strelsau" for the Council as it says "Lima" for Peru."""
    path = Path(directory or GAZETTEER_DIR) / "organisations.csv"
    seats: dict[str, tuple[str, ...]] = {}
    for row in _rows(path) if path.exists() else ():
        if row.get("seat"):
            seats[row["seat"]] = (*seats.get(row["seat"], ()), row["name"])
    return seats


def load_leaders(directory: Path | None = None) -> dict[str, LeaderRecord]:
    """Leaders keyed by Wikidata QID (cached per directory; the dict is a fresh copy)."""
    return dict(_leaders(Path(directory or GAZETTEER_DIR)))


@functools.cache
def _nations(directory: Path) -> dict[str, NationRecord]:
    return {
        row["iso3"]: NationRecord(row["iso3"], row["iso2"], row["name"], _split(row["aliases"]),
                                  _split(row["demonyms"]), _split(row["capitals"]), row.get("wikidata", ""))
        for row in _rows(directory / "nations.csv")
    }


@functools.cache
def _leaders(directory: Path) -> dict[str, LeaderRecord]:
    names: dict[str, str] = {}
    aliases: dict[str, dict[str, None]] = {}
    terms: dict[str, list[Term]] = {}
    for row in _rows(directory / "leaders.csv"):
        qid = row["wikidata"]
        names.setdefault(qid, row["name"])
        aliases.setdefault(qid, {}).update(dict.fromkeys(_split(row["aliases"])))
        terms.setdefault(qid, []).append(
            Term(row["office"], row["role"], row["country_iso3"], row["start"], row["end"]))
    return {
        qid: LeaderRecord(qid, names[qid], tuple(aliases[qid]), tuple(sorted(set(terms[qid]), key=_term_order)))
        for qid in sorted(names, key=_qid_number)
    }


def _term_order(term: Term) -> tuple[str, str, str, str, str]:
    return (_as_day(term.start, last=False), term.country_iso3, term.role,
            _as_day(term.end, last=True) or "9999-12-31", term.office)


def _qid_number(qid: str) -> int:
    return int(qid[1:])


def ruler_patterns(directory: Path | None = None) -> list[dict]:
    """spaCy EntityRuler phrase patterns for every nation and leader string.

    Each pattern string appears once: a string claimed twice keeps its first
    id, in the order nations (name/alias, capital, demonym; by ISO3), then
    leaders (most recent term first), so a name two leaders share goes to the
    more recent one. Leaders' one-word aliases (bare surnames) are not patterns.
    """
    seen: set[str] = set()
    patterns = []
    for label, text, ent_id in _candidates(directory):
        if text and text not in seen:
            seen.add(text)
            patterns.append({"label": label, "pattern": text, "id": ent_id})
    return patterns


def _candidates(directory: Path | None) -> Iterator[tuple[str, str, str]]:
    for nation in load_nations(directory).values():
        for text in _written_variants((nation.name, *nation.aliases)):
            yield "GPE", text, f"nation:{nation.iso3}"
        for text in _written_variants(nation.capitals):
            yield "GPE", text, f"capital:{nation.iso3}"
        for text in _written_variants(nation.demonyms):
            yield "NORP", text, f"nation:{nation.iso3}"
    for name, aliases in load_organisations(directory).items():
        for text in (name, *aliases):
            yield "ORG", text, f"org:{name}"
    for name, (iso3, aliases) in load_government_seats(directory).items():
        for text in _written_variants((name, *aliases)):
            yield "FAC", text, f"seat:{iso3}:{name}"
    leaders = sorted(load_leaders(directory).values(), key=_latest_term, reverse=True)  # stable: ties by QID
    for leader in leaders:
        full = [a for a in leader.aliases if len(a.split()) >= 2]
        for text in _written_variants((leader.name, *full)):
            yield "PERSON", text, f"leader:{leader.wikidata}"


def _latest_term(leader: LeaderRecord) -> tuple[str, str]:
    return max(term.recency() for term in leader.terms)


def _written_variants(texts: Iterable[str]) -> Iterator[str]:
    """Each name as listed, without accents, and with its hyphens as spaces ("Timor Leste", as
    papers that drop the hyphen write it)."""
    for text in texts:
        yield text
        yield strip_accents(text)
        if "-" in text:
            yield strip_accents(text).replace("-", " ")


# Who held which office when: questions the article's mentions ask of the leaders list.

def leader_record(key: str) -> LeaderRecord | None:
    """The gazetteer record of a leader entity key ("person/Q123"); None for anyone else."""
    qid = key.removeprefix("person/")
    return load_leaders().get(qid) if qid.startswith("Q") else None


@functools.cache
def _latest_starts() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(country, role) -> sorted (start, QID) of every term: who came after whom."""
    starts: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for record in load_leaders().values():
        for term in record.terms:
            starts.setdefault((term.country_iso3, term.role), []).append((term.start[:10], record.wikidata))
    return {k: sorted(v) for k, v in starts.items()}


def _superseded(record: LeaderRecord, term: Term, day: str | None) -> bool:
    """An open-ended term is stale when someone else took the same office after it began."""
    return any(start > term.start[:10] and qid != record.wikidata and (day is None or start <= day)
               for start, qid in _latest_starts().get((term.country_iso3, term.role), ()))


def covers(term: Term, when: date) -> bool:
    """Whether a term ran on a date (an open term from its start on)."""
    return term.start[:10] <= when.isoformat() <= (term.end or "9999")[:10]


def in_office(record: LeaderRecord, when: date | None) -> bool:
    """Whether a gazetteer leader held office on a date (a current, not superseded, term if no date)."""
    day = when.isoformat() if when else None
    for term in record.terms:
        if not (covers(term, when) if when else not term.end):
            continue
        if not term.end and _superseded(record, term, day):
            continue
        return True
    return False
