"""Tests for kg.gazetteer on the real data in data/gazetteer (no spaCy model)."""

from __future__ import annotations

import ast
import csv
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

import pytest

from kg import gazetteer
from kg.gazetteer import GAZETTEER_DIR, load_leaders, load_nations, ruler_patterns

REPO = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = REPO / "scripts" / "build_gazetteer.py"
LEADERS_SOURCE = REPO.parent / "shared" / "data" / "leaders" / "leaders.csv"


@pytest.fixture(scope="module")
def nations():
    return load_nations()


@pytest.fixture(scope="module")
def leaders():
    return load_leaders()


@pytest.fixture(scope="module")
def patterns():
    return ruler_patterns()


@pytest.fixture(scope="module")
def ids(patterns):
    """(label, pattern string) -> id."""
    return {(p["label"], p["pattern"]): p["id"] for p in patterns}


def nation_strings(record) -> list[str]:
    return [record.name, *record.aliases, *record.demonyms, *record.capitals]


# --- nations -----------------------------------------------------------------

def test_gazetteer_dir_is_the_repo_data_folder():
    assert GAZETTEER_DIR == REPO / "data" / "gazetteer"


def test_every_iso_country_and_kosovo(nations):
    assert len(nations) == 250
    for iso3 in ("USA", "PSE", "TWN", "VAT", "XKX"):
        assert iso3 in nations


def test_news_names(nations):
    expected = {"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "KOR": "South Korea",
                "PRK": "North Korea", "IRN": "Iran", "VNM": "Vietnam", "CIV": "Ivory Coast",
                "VAT": "Vatican City", "TUR": "Turkey", "COD": "Democratic Republic of the Congo"}
    assert {iso3: nations[iso3].name for iso3 in expected} == expected


@pytest.mark.parametrize("iso3, alias", [
    ("USA", "US"), ("USA", "U.S."), ("USA", "America"), ("USA", "United States of America"),
    ("GBR", "UK"), ("GBR", "Britain"), ("IRL", "Irish Republic"), ("PRK", "DPRK"), ("KOR", "ROK"), ("CHN", "PRC"),
    ("CHN", "mainland China"), ("ARE", "UAE"), ("COD", "DRC"), ("RUS", "Russian Federation"),
    ("CZE", "Czechia"), ("TUR", "Türkiye"), ("TUR", "Turkiye"), ("MMR", "Burma"),
    ("SWZ", "Swaziland"), ("TLS", "Timor-Leste"), ("MKD", "Macedonia"), ("VAT", "Holy See"),
    ("NLD", "Holland"),
])
def test_news_aliases(nations, iso3, alias):
    assert alias in nations[iso3].aliases


def test_capitals(nations):
    assert "Tokyo" in nations["JPN"].capitals
    assert {"Kyiv", "Kiev"} <= set(nations["UKR"].capitals)
    assert {"Washington", "Washington, D.C."} <= set(nations["USA"].capitals)
    assert "Astana" in nations["KAZ"].capitals


def test_demonyms(nations):
    assert {"American", "Americans"} <= set(nations["USA"].demonyms)
    assert "Japanese" in nations["JPN"].demonyms
    assert "British" in nations["GBR"].demonyms
    assert {"Lao", "Laotian"} <= set(nations["LAO"].demonyms)  # "his Lao counterpart", as news writes it
    assert "North Korean" in nations["PRK"].demonyms


def test_no_string_belongs_to_two_nations_or_two_kinds(nations):
    owners = defaultdict(list)
    for record in nations.values():
        for text in nation_strings(record):
            owners[text].append(record.iso3)
    assert {text: isos for text, isos in owners.items() if len(isos) > 1} == {}


def test_no_lowercase_short_aliases(nations):
    for record in nations.values():
        for alias in record.aliases:
            assert alias[0].isupper() or " " in alias, (record.iso3, alias)


def test_nations_csv_is_sorted():
    with (GAZETTEER_DIR / "nations.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["iso3"] for r in rows] == sorted(r["iso3"] for r in rows)
    for row in rows:
        for column in ("aliases", "demonyms", "capitals"):
            values = row[column].split(";") if row[column] else []
            assert values == sorted(set(values)), (row["iso3"], column)


# --- leaders -----------------------------------------------------------------

def test_trump(leaders):
    trump = leaders["Q22686"]
    assert trump.name == "Donald Trump"
    open_usa = [t for t in trump.terms if t.country_iso3 == "USA" and t.start == "2025-01-20" and t.end == ""]
    assert open_usa
    assert trump.nations() == ("USA",)
    assert trump.office_in("USA") == "President"
    assert trump.office_in("FRA") is None
    assert trump.surname() == "Trump"


def test_takaichi(leaders):
    takaichi = leaders["Q1705028"]
    assert takaichi.name == "Sanae Takaichi"
    assert takaichi.nations() == ("JPN",)
    assert takaichi.office_in("JPN") == "Prime Minister"


def test_most_recent_country_first(leaders):
    assert leaders["Q3052772"].nations() == ("FRA", "AND")  # Macron: president since 05-14, co-prince since 05-01


def test_surname_skips_regnal_numbers_and_knows_family_first(leaders):
    assert leaders["Q43274"].surname() == "Charles"  # Charles III
    assert leaders["Q15031"].surname() == "Xi"  # Xi Jinping


def test_junk_and_unnamed_rows_absent(leaders):
    names = {record.name for record in leaders.values()}
    assert not names & {"Phil Baker", "Quentin Trembley", "Olivia Marsdin"}
    assert all(re.fullmatch(r"Q\d+", r.wikidata) and not re.fullmatch(r"Q\d+", r.name) for r in leaders.values())


def test_no_term_ends_before_1945(leaders):
    for record in leaders.values():
        for term in record.terms:
            assert term.end == "" or term.end >= "1945", (record.wikidata, term)


def test_terms_are_sorted(leaders):
    for record in leaders.values():
        starts = [t.start for t in record.terms]
        assert starts == sorted(starts, key=lambda s: f"{s}-01-01" if len(s) == 4 else s), record.wikidata


def test_leader_aliases_are_not_places(leaders, nations):
    places = {text.casefold() for record in nations.values() for text in nation_strings(record)}
    for record in leaders.values():
        assert not places & {a.casefold() for a in record.aliases}, record.wikidata


# --- ruler patterns ----------------------------------------------------------

def test_nation_patterns(ids):
    assert ids["GPE", "US"] == ids["GPE", "America"] == ids["GPE", "United States"] == "nation:USA"
    assert ids["NORP", "Japanese"] == "nation:JPN"
    assert ids["GPE", "Tokyo"] == "capital:JPN"


def test_leader_patterns(ids):
    assert ids["PERSON", "Donald Trump"] == "leader:Q22686"
    assert ids["PERSON", "Recep Tayyip Erdogan"] == "leader:Q39259"  # accent-folded Erdoğan
    assert ("PERSON", "Trump") not in ids  # bare surnames are matched per article, not here


def test_shared_leader_name_goes_to_the_more_recent_leader(ids):
    assert ids["PERSON", "Bjarni Benediktsson"] == "leader:Q879376"  # PM 2017, 2024 (not 1961-70)


def test_pattern_ids_have_known_prefixes(patterns):
    for p in patterns:
        assert p["id"].split(":")[0] in {"nation", "capital", "leader", "org", "seat"}, p
        assert p["label"] in {"GPE", "NORP", "PERSON", "ORG", "FAC"}, p
        assert isinstance(p["pattern"], str) and p["pattern"], p


def test_no_pattern_string_has_two_ids_with_one_label(patterns):
    seen: dict[tuple[str, str], str] = {}
    for p in patterns:
        key = (p["label"], p["pattern"])
        assert seen.setdefault(key, p["id"]) == p["id"], p


def test_patterns_are_deterministic_and_unique(patterns):
    assert ruler_patterns() == patterns
    assert len({(p["label"], p["pattern"], p["id"]) for p in patterns}) == len(patterns)


def test_every_nation_has_its_own_wikidata_qid(nations):
    qids = [n.wikidata for n in nations.values()]
    assert all(re.fullmatch(r"Q\d+", q) for q in qids)
    assert len(set(qids)) == len(qids)


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_country_qids_come_from_the_package_features_with_codes(tmp_path):
    extract = _script("extract_country_qids")
    borders = {"features": [
        {"properties": {"iso1A2": "CL", "iso1A3": "CHL", "wikidata": "Q298"}, "geometry": None},
        {"properties": {"m49": "419", "wikidata": "Q12585"}, "geometry": None},  # a region: no ISO code
        {"properties": {"iso1A2": "PE", "iso1A3": "PER"}, "geometry": None},     # no QID
    ]}
    member = tmp_path / "package" / "src" / "data" / "borders.json"
    member.parent.mkdir(parents=True)
    member.write_text(json.dumps(borders), encoding="utf-8")
    tarball = tmp_path / "cc.tgz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(tmp_path / "package", arcname="package")
    assert extract.qids(tarball) == [("CL", "CHL", "Q298")]


def test_a_qid_row_with_another_alpha3_code_is_not_used(tmp_path, capsys):
    build = _script("build_gazetteer")
    (tmp_path / "q.csv").write_text("iso2,iso3,wikidata\nCL,CHL,Q298\nPE,XXX,Q419\n", encoding="utf-8")
    chile, peru = build.Nation("CHL", "CL", "Chile"), build.Nation("PER", "PE", "Peru")
    build.add_qids([chile, peru], tmp_path / "q.csv")
    assert (chile.wikidata, peru.wikidata) == ("Q298", "")
    assert "XXX" in capsys.readouterr().err


def test_a_family_name_written_first_is_the_alias_where_the_source_gives_none():
    build = _script("build_gazetteer")
    row = {"wikidata": "Q1", "name": "Tony Tan Keng Yam", "aliases": "", "country_iso3": "SGP"}
    assert build.family_first_alias(row, {"SGP"}) == "Tan"
    assert build.family_first_alias(row, set()) == ""  # the source names aliases for this nation's leaders
    assert build.family_first_alias({**row, "name": "Benjamin Henry Sheares"}, {"SGP"}) == ""
    assert load_leaders()["Q57643"].surname() == "Lee"  # the built gazetteer: "Lee Hsien Loong" is Lee


# --- loading -----------------------------------------------------------------

def test_load_from_another_directory(tmp_path, nations):
    for name in ("nations.csv", "leaders.csv"):
        shutil.copy(GAZETTEER_DIR / name, tmp_path / name)
    assert load_nations(tmp_path) == nations
    assert load_leaders(tmp_path)["Q22686"].name == "Donald Trump"


def test_env_var_is_the_fallback(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_GAZETTEER_DIR", str(tmp_path))
    assert gazetteer._default_dir() == GAZETTEER_DIR  # the repository's folder wins
    monkeypatch.setattr(gazetteer, "_REPO_DIR", tmp_path / "missing")
    monkeypatch.setattr(gazetteer, "_WHEEL_DIR", tmp_path / "wheel")
    assert gazetteer._default_dir() == tmp_path
    (tmp_path / "wheel").mkdir()
    assert gazetteer._default_dir() == tmp_path / "wheel"  # an installed wheel's copy wins


def test_runtime_imports_only_the_standard_library():
    tree = ast.parse(Path(gazetteer.__file__).read_text(encoding="utf-8"))
    modules = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
               for alias in node.names}
    modules |= {node.module.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module}
    assert modules <= set(sys.stdlib_module_names), modules - set(sys.stdlib_module_names)


# --- build -------------------------------------------------------------------

def test_build_is_deterministic(tmp_path):
    for module in ("pycountry", "countryinfo"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"build-time tool {module} is not installed")
    if not LEADERS_SOURCE.is_file():
        pytest.skip(f"leaders source {LEADERS_SOURCE} is missing")
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        subprocess.run([sys.executable, str(BUILD_SCRIPT), "--out", str(out)],
                       check=True, capture_output=True, timeout=60)
        outputs.append({name: (out / name).read_bytes() for name in ("nations.csv", "leaders.csv", "currencies.csv")})
    assert outputs[0] == outputs[1]


# --- organisations -----------------------------------------------------------

def test_every_organisation_string_names_one_organisation_and_no_nation(patterns, nations):
    from kg.gazetteer import load_organisations

    organisations = load_organisations()
    strings = [s for name, aliases in organisations.items() for s in (name, *aliases)]
    assert len(strings) == len(set(strings))
    nation_strings = {s for n in nations.values() for s in (n.name, *n.aliases, *n.demonyms, *n.capitals)}
    assert not set(strings) & nation_strings
    assert {p["pattern"] for p in patterns if p["id"].startswith("org:")} == set(strings)


def test_organisation_abbreviations_match_only_as_written(patterns):
    org = {p["pattern"] for p in patterns if p["id"].startswith("org:")}
    assert "EU" in org and "eu" not in org and "who" not in org


# --- seats of government ----------------------------------------------------

def test_every_seat_of_government_names_one_known_nation_and_nothing_else(patterns, nations):
    from kg.gazetteer import load_government_seats, load_organisations

    seats = load_government_seats()
    strings = [s for name, (_, aliases) in seats.items() for s in (name, *aliases)]
    assert len(strings) == len(set(strings)) and "Kremlin" in strings
    assert all(iso3 in nations for iso3, _ in seats.values())
    others = {s for n in nations.values() for s in (n.name, *n.aliases, *n.demonyms, *n.capitals)} | {
        s for name, aliases in load_organisations().items() for s in (name, *aliases)}
    assert not set(strings) & others
    assert {p["id"] for p in patterns if p["pattern"] == "Kremlin"} == {"seat:RUS:Kremlin"}


@pytest.mark.parametrize("written, ent_id", [("Timor Leste", "nation:TLS"), ("Guinea Bissau", "nation:GNB"),
                                             ("Timor-Leste", "nation:TLS")])
def test_a_hyphened_name_is_also_found_with_a_space(patterns, written, ent_id):
    assert {"label": "GPE", "pattern": written, "id": ent_id} in patterns


def test_a_royal_styled_of_a_realm_goes_by_the_name_before_of():
    record = gazetteer.leader_record("person/Q57464")
    assert record is not None and record.name == "Abdullah II of Jordan" and record.surname() == "Abdullah"


def test_a_term_covers_the_days_it_ran_an_open_one_from_its_start():
    from datetime import date

    from kg.gazetteer import Term, covers
    closed = Term("President", "head_of_state", "PER", "2001-07-28", "2006-07-28")
    open_ended = Term("President", "head_of_state", "PER", "2021-07-28", "")
    assert covers(closed, date(2006, 7, 28)) and not covers(closed, date(2006, 7, 29))
    assert covers(open_ended, date(2030, 1, 1)) and not covers(open_ended, date(2021, 7, 27))
