#!/usr/bin/env python3
"""Build the gazetteer: data/gazetteer/nations.csv and data/gazetteer/leaders.csv.

Usage:
    python scripts/build_gazetteer.py [--out DIR] [--leaders CSV] [--qids CSV]

Offline and deterministic (same bytes on every run). Build-time tools only:
``pycountry`` (ISO 3166-1 names, LGPL-2.1, data from Debian iso-codes) and
``countryinfo`` (demonyms, capitals, alternative spellings; MIT). The runtime
loader ``kg/gazetteer.py`` reads the CSV files and needs neither package.

``--leaders`` defaults to ``<repo>/../shared/data/leaders/leaders.csv``
(Wikidata facts, CC0 1.0; see that folder's README for its carriers and flaws).
``--qids`` defaults to ``data/gazetteer/sources/country-qids.csv``: each country's
Wikidata QID, extracted from the npm package @rapideditor/country-coder (ISC) by
``scripts/extract_country_qids.py``.
Everything dropped for a conflict or as junk is reported on stderr.
"""

from __future__ import annotations

import argparse
import csv
import functools
import gettext
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from countryinfo import CountryInfo

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "data" / "gazetteer"
DEFAULT_LEADERS = REPO.parent / "shared" / "data" / "leaders" / "leaders.csv"
DEFAULT_QIDS = DEFAULT_OUT / "sources" / "country-qids.csv"

# --------------------------------------------------------------------------
# Hand-kept data. Every table below is a correction or an addition to the two
# packages, in the English a news reader expects.
# --------------------------------------------------------------------------

# Display name (news form) where pycountry's common_name/name is awkward.
NAME_OVERRIDES = {
    "BRN": "Brunei", "CIV": "Ivory Coast", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CPV": "Cape Verde", "CZE": "Czech Republic",
    "FLK": "Falkland Islands", "FSM": "Micronesia", "MAC": "Macau",
    "MAF": "Saint Martin", "PSE": "Palestine", "RUS": "Russia", "SXM": "Sint Maarten",
    "TLS": "East Timor", "TUR": "Turkey", "VAT": "Vatican City",
    "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands",
}

# News short forms and old/new names that neither package has in usable form.
EXTRA_ALIASES = {
    "ARE": ["UAE", "U.A.E."],
    "CHN": ["PRC", "People's Republic of China", "mainland China"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Republic of Congo", "Congo Republic", "Congo-Brazzaville"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "IRL": ["Irish Republic"],
    "KOR": ["ROK", "Korea"],  # news (and Seoul's own press) writes "Korea" for the South; the North is named so
    "LAO": ["Lao PDR"],
    "MKD": ["Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["Holland"],
    "PRK": ["DPRK"],
    "SWZ": ["Swaziland"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "VAT": ["Holy See", "Vatican", "Vatican City State"],
}

# Labels never used as an alias: ISO's UN-derived label that no news reader uses.
DROP_ALIASES = {"TWN": {"Taiwan, Province of China"}}

# Capitals countryinfo lacks or has out of date (Astana was Nur-Sultan 2019-2022;
# La Paz is Bolivia's seat of government; ZAF, LKA, MYS, SWZ have several).
EXTRA_CAPITALS = {
    "BOL": ["La Paz"],
    "KAZ": ["Astana"],
    "LKA": ["Sri Jayawardenepura Kotte"],
    "MMR": ["Nay Pyi Taw"],
    "MYS": ["Putrajaya"],
    "SWZ": ["Mbabane"],
    "UKR": ["Kiev"],
    "USA": ["Washington", "Washington, D.C.", "Washington DC"],
    "ZAF": ["Cape Town", "Bloemfontein"],
}

# Demonyms news uses that countryinfo lacks (it has one form per country,
# sometimes an uncommon one such as "Argentinean" or "Tadzhik").
EXTRA_DEMONYMS = {
    "ARG": ["Argentine", "Argentinian"], "AZE": ["Azeri"], "BFA": ["Burkinabè"],
    "COM": ["Comorian"], "CPV": ["Cape Verdean"], "DJI": ["Djiboutian"],
    "DNK": ["Dane"], "ECU": ["Ecuadorian"], "ESP": ["Spaniard"], "FIN": ["Finn"],
    "GBR": ["Briton"], "GNB": ["Bissau-Guinean"], "HRV": ["Croat"], "ISL": ["Icelandic"],
    "KAZ": ["Kazakh"], "KGZ": ["Kyrgyz", "Kyrgyzstani"], "LAO": ["Lao"], "LUX": ["Luxembourgish"],
    "MDV": ["Maldivian"], "NPL": ["Nepali"], "PHL": ["Philippine"], "POL": ["Pole"],
    "SAU": ["Saudi"], "SRB": ["Serb"], "SUR": ["Surinamese"], "SVN": ["Slovenian"],
    "SWE": ["Swede"], "TJK": ["Tajik", "Tajikistani"], "TLS": ["Timorese"],
    "TUR": ["Turk"], "UZB": ["Uzbek"],
}

# Kosovo is not in ISO 3166-1; XK/XKX are the codes the EU and IMF use for it.
EXTRA_NATIONS = [
    {"iso3": "XKX", "iso2": "XK", "name": "Kosovo", "aliases": ["Republic of Kosovo"],
     "demonyms": ["Kosovar", "Kosovan"], "capitals": ["Pristina", "Prishtina"]},
]

# Strings that are never an alias, capital or demonym: too ambiguous in news.
AMBIGUOUS = {
    "Congo",      # both Congos; news uses it for either
    "Male",       # accent-folded Malé: an ordinary English word
    "Reunion",    # accent-folded Réunion: an ordinary English word
    "San Jose",   # accent-folded San José: mostly the Californian city in English news
    "Victoria",   # Seychelles' capital; in news mostly a person, state or lake
}

# Demonyms that take "-s" for their plural (Americans, Israelis, Greeks, Poles…);
# the rest (Japanese, British, French, Swiss, Malagasy, Motswana…) are invariant.
PLURAL_ENDINGS = ("an", "ien", "i", "ot", "er", "k", "ech", "kh", "ne", "in", "no", "que",
                  "ar", "on", "le", "nn", "de", "rd", "rb", "at")
NO_PLURAL = {"I-Kiribati"}

# Junk rows in the leaders source (fictional or vandalised Wikidata items; the
# source README names "Quentin Trembley" and "Phil Baker" as junk).
JUNK_QIDS = {
    "Q113227667": "Quentin Trembley (USA head of state from 1837)",
    "Q107054330": "Phil Baker (USA head of state from 2018)",
    "Q96181216": "Olivia Marsdin (USA head of state until 2018)",
}
LEADERS_SINCE = "1945"  # terms that ended before 1945-01-01 are noise for news
QID_RE = re.compile(r"^Q\d+$")
PT_PARTICLE_RE = re.compile(r" (?:da|do|de|dos|das) (.+)$")


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

def fold(text: str) -> str:
    """Strip accents: "Türkiye" -> "Turkiye"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin(text: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def uninvert(label: str) -> str:
    """ISO's inverted labels in reading order: "Korea, Republic of" -> "Republic of Korea"."""
    label = re.sub(r"\s*\([^)]*\)", "", label)  # "Holy See (Vatican City State)" -> "Holy See"
    head, sep, tail = label.partition(", ")
    if sep and (re.search(r"\bof(?: the)?$", tail) or " " not in tail):
        label = f"{tail} {head}"
    return re.sub(r"^[Tt]he (?=\S+ )", "", label)  # "The Democratic Republic of…" -> "Democratic…"


def variants(label: str) -> set[str]:
    """The label, its accent-folded form and its typographic-apostrophe form."""
    forms = {label, fold(label)}
    return forms | {f.replace("'", "\u2019") for f in forms if "'" in f}


def saint_variants(label: str) -> set[str]:
    """ "Saint Lucia" -> {"Saint Lucia", "St. Lucia", "St Lucia"}."""
    if not label.startswith("Saint "):
        return {label}
    rest = label[len("Saint "):]
    return {label, f"St. {rest}", f"St {rest}"}


def plural(demonym: str) -> str | None:
    if demonym in NO_PLURAL or " and " in demonym or not demonym.endswith(PLURAL_ENDINGS):
        return None
    return demonym + "s"


def split_multi(value: object, separators: str) -> list[str]:
    """countryinfo fields are a string, a list, "A,B" or "A / B / C"."""
    items = value if isinstance(value, list) else [value or ""]
    return [p.strip() for item in items for p in re.split(separators, item) if p.strip()]


# --------------------------------------------------------------------------
# Nations
# --------------------------------------------------------------------------

@dataclass(eq=False)  # compared by identity
class Nation:
    iso3: str
    iso2: str
    name: str
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    capitals: set[str] = field(default_factory=set)
    wikidata: str = ""


def countryinfo_by_iso3() -> dict[str, list[dict]]:
    """countryinfo's records grouped by ISO alpha-3 (some countries have two files)."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for _name, info in sorted(CountryInfo.all().items()):
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if iso3:
            grouped[iso3].append(info)
    return grouped


def usable_alt_spelling(label: str) -> bool:
    """countryinfo altSpellings: keep Latin-script names of 2+ words (no ISO codes, no lone native words)."""
    return label[:1].isupper() and is_latin(label) and (" " in label or "-" in label)


def alias_candidates(country, infos: list[dict]) -> set[str]:
    """ISO labels and countryinfo spellings in reading order, plus EXTRA_ALIASES."""
    labels = {country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")}
    labels |= {a.strip() for info in infos for a in info.get("altSpellings", []) if usable_alt_spelling(a.strip())}
    labels -= DROP_ALIASES.get(country.alpha_3, set())
    readable = {r for label in labels if (r := uninvert(label))[:1].isupper()}
    readable |= set(EXTRA_ALIASES.get(country.alpha_3, []))  # may start lower-case ("mainland China")
    return {v for label in readable for s in saint_variants(label) for v in variants(s)}


def demonym_candidates(iso3: str, infos: list[dict], place_names: set[str]) -> set[str]:
    """countryinfo's demonyms (not those that merely repeat a place name) plus EXTRA_DEMONYMS."""
    singles = {d for info in infos for d in split_multi(info.get("demonym"), r",")} - place_names
    return expand_demonyms(singles | set(EXTRA_DEMONYMS.get(iso3, [])))


def expand_demonyms(singles: set[str]) -> set[str]:
    with_plurals = singles | {p for d in singles if (p := plural(d))}
    return {v for d in with_plurals for v in variants(d)}


def capital_candidates(iso3: str, infos: list[dict]) -> set[str]:
    capitals = {c for info in infos for c in split_multi(info.get("capital"), r"\s+/\s+")}
    capitals |= set(EXTRA_CAPITALS.get(iso3, []))
    return {v for c in capitals for v in variants(c)}


def make_nation(country, infos: list[dict], sovereign: bool) -> Nation:
    iso3 = country.alpha_3
    name = NAME_OVERRIDES.get(iso3) or getattr(country, "common_name", None) or country.name
    nation = Nation(iso3, country.alpha_2, name)
    nation.aliases = alias_candidates(country, infos) - {name}
    nation.demonyms = demonym_candidates(iso3, infos, {name, *nation.aliases})
    # A dependency's capital in news is nearly always something else
    # (Douglas, Stanley, Hamilton, The Valley, Plymouth…): states only.
    nation.capitals = capital_candidates(iso3, infos) if sovereign else set()
    return nation


def extra_nation(spec: dict) -> Nation:
    return Nation(spec["iso3"], spec["iso2"], spec["name"],
                  {v for a in spec["aliases"] for v in variants(a)},
                  expand_demonyms(set(spec["demonyms"])),
                  {v for c in spec["capitals"] for v in variants(c)})


def build_nations(sovereign: set[str]) -> list[Nation]:
    infos = countryinfo_by_iso3()
    nations = [make_nation(c, infos.get(c.alpha_3, []), c.alpha_3 in sovereign)
               for c in pycountry.countries]
    nations += [extra_nation(spec) for spec in EXTRA_NATIONS]
    nations.sort(key=lambda n: n.iso3)
    resolve_conflicts(nations, sovereign)
    return nations


KINDS = ("aliases", "capitals", "demonyms")  # claim priority after the name


def resolve_conflicts(nations: list[Nation], sovereign: set[str]) -> None:
    """Make every string belong to one nation and one kind; report what is dropped.

    A name beats any other kind; then alias > capital > demonym. A string that
    several nations claim at the same level goes to the only sovereign state
    among them (e.g. "Chinese" -> CHN, not HKG/MAC), else to none.
    """
    taken = {n.name for n in nations}
    if len(taken) != len(nations):
        raise ValueError("nation names must be unique: check NAME_OVERRIDES")
    for kind in KINDS:
        claims: dict[str, list[Nation]] = defaultdict(list)
        for nation in nations:
            for value in getattr(nation, kind):
                claims[value].append(nation)
        for value, claimants in sorted(claims.items()):
            winners, reason = pick_owner(value, claimants, taken, sovereign)
            for nation in claimants:
                if nation not in winners:
                    getattr(nation, kind).discard(value)
                    report(f"nations: dropped {kind} {value!r} of {nation.iso3}: {reason}")
        taken |= set(claims)


def pick_owner(value: str, claimants: list[Nation], taken: set[str],
               sovereign: set[str]) -> tuple[list[Nation], str]:
    """The nations that keep `value`, and why the others lose it."""
    if value in taken:
        return [], "already a name or a higher-priority string"
    if value in AMBIGUOUS:
        return [], "listed in AMBIGUOUS"
    if len(claimants) == 1:
        return claimants, ""
    states = [n for n in claimants if n.iso3 in sovereign]
    who = ", ".join(sorted(n.iso3 for n in claimants))
    if len(states) == 1:
        return states, f"goes to the one state among {who}"
    return [], f"shared by {who}"


def nation_strings(nations: list[Nation]) -> set[str]:
    return {s for n in nations for s in (n.name, *n.aliases, *n.demonyms, *n.capitals)}


def write_nations(nations: list[Nation], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["iso3", "iso2", "name", "aliases", "demonyms", "capitals", "wikidata"])
        for n in nations:
            writer.writerow([n.iso3, n.iso2, n.name, join(n.aliases), join(n.demonyms), join(n.capitals),
                             n.wikidata])


def add_qids(nations: list[Nation], path: Path) -> None:
    """Give each nation the QID its ISO alpha-2 code has in `path` (iso2,iso3,wikidata rows).

    A row whose alpha-3 code disagrees with ours is reported and not used.
    """
    with path.open(encoding="utf-8", newline="") as f:
        rows = {row["iso2"]: row for row in csv.DictReader(f)}
    for nation in nations:
        row = rows.get(nation.iso2)
        if row is None or not QID_RE.match(row["wikidata"]):
            report(f"nations: no Wikidata QID for {nation.iso3}")
        elif row["iso3"] != nation.iso3:
            report(f"nations: {path.name} gives {nation.iso2} the code {row['iso3']}, not {nation.iso3}")
        else:
            nation.wikidata = row["wikidata"]


def join(values: set[str]) -> str:
    return ";".join(sorted(values))


# --------------------------------------------------------------------------
# Leaders
# --------------------------------------------------------------------------

LEADER_COLUMNS = ["wikidata", "name", "aliases", "country_iso3", "office", "role", "start", "end"]


def read_leader_source(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def keep_leader_row(row: dict) -> bool:
    qid, name, end = row["wikidata"], row["name"], row["end"]
    if not QID_RE.match(qid):
        report(f"leaders: dropped row without QID: {name[:60]!r}")
        return False
    if qid in JUNK_QIDS:
        report(f"leaders: dropped junk {qid} {JUNK_QIDS[qid]}")
        return False
    if QID_RE.match(name):
        report(f"leaders: dropped {qid}: no label in the source (name is the QID)")
        return False
    return not end or end >= LEADERS_SINCE  # "1944-12-31" < "1945" <= "1945-01-01"


def portuguese_country_words() -> set[str]:
    """Folded Portuguese country names ("paises baixos", "arabia saudita", …)."""
    words = set()
    for lang in ("pt", "pt_BR"):
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        words |= {fold(tr.gettext(c.name)).casefold() for c in pycountry.countries}
    return words


def portuguese_place_tokens(name: str, pt_countries: set[str]) -> set[str]:
    """Words of the country in a Portuguese regnal label: "Juliana dos Países Baixos" -> {"Países", "Baixos"}."""
    m = PT_PARTICLE_RE.search(name)
    if m and fold(m.group(1)).casefold() in pt_countries:
        return set(m.group(1).split())
    return set()


def clean_aliases(row: dict, blocked: set[str], pt_countries: set[str]) -> str:
    """Drop aliases that name a place, are lower-case words or are bits of a Portuguese country name."""
    place_tokens = portuguese_place_tokens(row["name"], pt_countries)
    kept = []
    for alias in dict.fromkeys(a.strip() for a in row["aliases"].split(";")):
        if not alias or alias == row["name"] or alias in kept:
            continue
        if alias.casefold() in blocked or alias in place_tokens or not any(c.isupper() for c in alias):
            report(f"leaders: dropped alias {alias!r} of {row['wikidata']} {row['name']}")
            continue
        kept.append(alias)
    return ";".join(kept)


#: A Chinese name written family name first, the given name two short syllables ("Goh Chok Tong",
#: "Tony Tan Keng Yam"): group 1 is the family name news uses alone ("Prime Minister Goh").
FAMILY_FIRST_RE = re.compile(r"(?:^|\s)([A-Z][a-z]{1,4})\s+[A-Z][a-z]{1,5}\s+[A-Z][a-z]{1,5}$")


def family_first_alias(row: dict, unaliased: set[str]) -> str:
    """The family name of a name written family name first, for a nation whose rows the source
    gave no alias at all: the source names "Xi" for Xi Jinping, but nothing for Singapore's
    "Lee Hsien Loong", whose last word would otherwise be taken for his surname."""
    found = FAMILY_FIRST_RE.search(row["name"]) if row["country_iso3"] in unaliased and not row["aliases"] else None
    if found:
        report(f"leaders: family name {found.group(1)!r} for {row['wikidata']} {row['name']}")
    return found.group(1) if found else row["aliases"]


def build_leaders(source: list[dict], nations: list[Nation]) -> list[dict]:
    blocked = {s.casefold() for s in nation_strings(nations)}
    pt_countries = portuguese_country_words()
    aliased = {row["country_iso3"] for row in source if row["aliases"].strip()}
    unaliased = {row["country_iso3"] for row in source} - aliased
    rows = []
    for row in filter(keep_leader_row, source):
        out = {col: row[col].strip() for col in LEADER_COLUMNS}
        out["aliases"] = family_first_alias({**out, "aliases": clean_aliases(out, blocked, pt_countries)}, unaliased)
        rows.append(out)
    rows.sort(key=lambda r: (r["country_iso3"], r["role"], r["start"], r["name"], r["wikidata"], r["end"]))
    return rows


def write_leaders(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=LEADER_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


# --------------------------------------------------------------------------

@functools.cache  # each distinct message once (leader rows repeat per term)
def report(message: str) -> None:
    print(message, file=sys.stderr)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: data/gazetteer)")
    parser.add_argument("--leaders", type=Path, default=DEFAULT_LEADERS, help="source leaders.csv")
    parser.add_argument("--qids", type=Path, default=DEFAULT_QIDS, help="country QIDs (iso2,iso3,wikidata)")
    return parser.parse_args(argv)


# ISO 4217 fund codes (bond units, next-day dollars, WIR money): never what news calls "Swiss francs".
FUND_CODES = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW", "XSU", "XUA"}
# Currencies whose ISO name puts the unit first ("Pound Sterling", "Yuan Renminbi").
UNIT_OVERRIDES = {"GBP": "pound", "CNY": "yuan"}


def currency_phrases(nations: list[Nation]) -> dict[str, str]:
    """"kenyan shilling" -> KES: each nation's demonyms and name before the last word of its
    currencies' ISO 4217 names (countryinfo's codes, pycountry's names), plus those names
    ("pound sterling"). A phrase two currencies claim is left out."""
    infos = countryinfo_by_iso3()
    claims: dict[str, set[str]] = defaultdict(set)
    for nation in nations:
        codes = {c for info in infos.get(nation.iso3, []) for c in info.get("currencies") or []}
        for code in sorted(codes):
            currency = pycountry.currencies.get(alpha_3=code)
            if currency is None or code in FUND_CODES:
                continue
            claims[currency.name.lower()].add(code)
            unit = UNIT_OVERRIDES.get(code) or currency.name.split()[-1].lower()
            plurals = {plural(d) for d in nation.demonyms}
            for word in {nation.name, *nation.demonyms} - plurals:  # "Kenyan", not "Kenyans"
                claims[f"{word.lower()} {unit}"].add(code)
    return {phrase: codes.pop() for phrase, codes in sorted(claims.items()) if len(codes) == 1}


def write_currencies(phrases: dict[str, str], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["phrase", "code"])
        writer.writerows(sorted(phrases.items()))


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    source = read_leader_source(args.leaders)
    sovereign = {r["country_iso3"] for r in source} | {n["iso3"] for n in EXTRA_NATIONS}
    nations = build_nations(sovereign)
    add_qids(nations, args.qids)
    leaders = build_leaders(source, nations)
    args.out.mkdir(parents=True, exist_ok=True)
    write_nations(nations, args.out / "nations.csv")
    write_leaders(leaders, args.out / "leaders.csv")
    currencies = currency_phrases(nations)
    write_currencies(currencies, args.out / "currencies.csv")
    report(f"wrote {len(nations)} nations, {len(leaders)} leader rows and {len(currencies)} currency "
           f"phrases to {args.out}")


if __name__ == "__main__":
    main()
