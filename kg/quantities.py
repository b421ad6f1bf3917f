"""Normalise money and shares written in prose ("$550 billion", "two per cent of GDP")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import cache

from kg import gazetteer
from kg.facts import Quantity

_WORDS: dict[str, int | Decimal] = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "half": Decimal("0.5")}
_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6,
           "billion": 10**9, "bn": 10**9, "bln": 10**9, "bil": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
           # South Asian scales: "Rs 4,000 crore" (40 billion), "2 lakh tonnes", "1.5 lakh crore"
           "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7, "lakh crore": 10**12}
_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
            "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD",
            # the dollar sign with its country after it, as Australian and New Zealand papers write
            # it ("$US224 million", "$A50 million")
            "$US": "USD", "$A": "AUD", "$NZ": "NZD",
            "KSH": "KES", "USH": "UGX", "TSH": "TZS", "RS": "INR", "RS.": "INR",
            # the short forms local papers write before a sum ("Rp 50 billion", "RM10 million")
            "RP": "IDR", "RM": "MYR", "KD": "KWD", "SR": "SAR", "TK": "BDT", "GH¢": "GHS", "₦": "NGN",
            "₱": "PHP", "₩": "KRW", "₺": "TRY", "₽": "RUB", "฿": "THB", "₫": "VND", "₴": "UAH"}
#: Signs several nations' currencies share, by the unit they stand for: "Sh21 billion" is the
#: shilling of the one shilling nation named.
_SHARED_SYMBOLS = {"SH": "shilling"}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                   "pound": "GBP", "pounds": "GBP", "yen": "JPY", "yuan": "CNY",
                   "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "usd": "USD",
                   "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY"}
#: Words that scale a written number ("50 million"), as a sum's words may go on after it.
SCALE_WORDS = frozenset(_SCALES) | {"dollars", "euros", "pounds", "yen", "yuan"}
_BASES = {"gdp": "GDP", "gross domestic product": "GDP", "gni": "GNI", "gross national income": "GNI"}
#: "one and a half", "half a (billion)"
_NUMBER = r"(\d[\d,]*(?:\.\d+)?|(?:" + "|".join(_WORDS) + r")(?:\s+and\s+a\s+half|(?<=half)\s+an?)?)"
_SCALE = r"(?:(?:\s*|-)(" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")\b)?"  # ("$700-million")
_SYMBOL = "(" + "|".join(re.escape(s) for s in sorted({*_SYMBOLS, *_SHARED_SYMBOLS}, key=len, reverse=True)) + ")"
#: A symbol with its number ("$5 million", not "push 5 million"), after an ISO code that says
#: whose dollar it is ("CAD $250 million").
_MONEY_SYMBOL = re.compile(r"(?:\b([a-z]{3})\b\s?|(?<![a-z]))" + _SYMBOL + r"\s?" + _NUMBER + _SCALE, re.I)


@cache
def _money_word() -> re.Pattern[str]:
    """"580 million Ruritanian pesos", "5 billion yuan": a number, then a currency named in words
    (the gazetteer's "<demonym> <unit>" phrases first, then bare units, which mean the usual one)."""
    return _amount_in({*gazetteer.load_currencies(), *_CURRENCY_WORDS, *_irregular_plurals()},
                      prefix=r"(?:u\.?s\.?\s+)?")


@cache
def _irregular_plurals() -> dict[str, str]:
    """Currency plurals not made with -s: "Norwegian kroner", "Swedish kronor", "Icelandic kronur"."""
    found: dict[str, str] = {}
    for name in gazetteer.load_currencies():
        if name.endswith("krone"):
            found[name + "r"] = name
        elif name.endswith("krona"):
            found[name[:-1] + "or"] = found[name[:-1] + "ur"] = name
    return found


def _amount_in(names: set[str], prefix: str = "") -> re.Pattern[str]:
    """A number (and its scale), then one of `names` (longest first, any spacing, plural -s/-es)."""
    words = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(_NUMBER + _SCALE + r"\s+" + prefix + "(" + words + r")(?:e?s)?\b", re.I)


def _currency_code(name: str) -> str:
    folded = " ".join(name.lower().split())
    folded = _irregular_plurals().get(folded, folded)
    return gazetteer.load_currencies().get(folded) or _CURRENCY_WORDS[folded]


#: "3.5 per cent of GDP", "2% of its gross domestic product", "0.7% of the country's GNI".
_SHARE = re.compile(_NUMBER + r"\s*(?:%|per\s?cent\b|percent\b|pc\b)"
                    r"(?:\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[\w.-]+['’]s\s+)?(?:annual\s+)?"
                    r"(" + "|".join(_BASES) + r")\b)?", re.I)


def _number(text: str) -> Decimal | None:
    """A decimal from digits ("1,200.5") or a number word ("two")."""
    words = text.lower().split()
    if words and words[0] in _WORDS:
        return Decimal(_WORDS[words[0]]) + (Decimal("0.5") if "and" in words else 0)  # "two and a half"
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def scaled(number: str, scale: str | None) -> Decimal | None:
    """A written number times its scale word ("80", "million" -> 80000000); None if no number."""
    value = _number(number)
    if value is None:
        return None
    return value * _SCALES[scale.lower()] if scale else value


#: A currency's nation set in brackets inside a sum ("50 million (Australian) dollars"), as a
#: speaker's words are edited.
_BRACKETED_ADJECTIVE = re.compile(r"\(([A-Z][a-z]+)\)(?=\s+[a-z])")


def money(text: str, nations: Iterable[str] = ()) -> Quantity | None:
    """The first sum of money in a text, as an amount and an ISO 4217 code.

    A bare unit several currencies share ("shillings", "pesos") counts only when exactly one of
    `nations` (ISO 3166 alpha-3 codes, e.g. the nations named in the sentence) pays in it. A sum
    in an aside between two dashes ("programs—which total $15 billion—to help") is said of
    something else, or is a total beside the act's own sum, so it is not read; an aside that is
    only a sum ("an investment—$250 million—to help") names the sum itself.
    """
    text = _DASH_ASIDE.sub(lambda a: a[0] if _MONEY_SYMBOL.fullmatch(a[0].strip("— ")) else "—", text)
    text = _BRACKETED_ADJECTIVE.sub(r"\1", text)  # "50 million (Australian) dollars"
    found = [(m.start(), m.group(3), m.group(4), code) for m in _MONEY_SYMBOL.finditer(text)
             if (code := _symbol_currency(m.group(1), m.group(2), nations))]
    found += [(m.start(), m.group(1), m.group(2), _currency_code(m.group(3))) for m in _money_word().finditer(text)]
    found += [(m.start(), m.group(1), m.group(2), code) for m in _money_unit().finditer(text)
              if (code := _national_currency(m.group(3), nations))]
    found += [(m.start(), m.group(2), m.group(3), m.group(1)) for m in _MONEY_CODE.finditer(text)
              if m.group(1) in _codes() and (m.group(3) or "," in m.group(2) or len(m.group(2)) > 4)]  # not "USD 2025"
    for _, number, scale, code in sorted(found, key=lambda f: f[0]):
        value = scaled(number, scale)
        if value is not None:
            return Quantity(value, currency=code)
    return None


#: An aside set off by a pair of em dashes.
_DASH_ASIDE = re.compile(r"—[^—]*—")

#: An ISO 4217 code before a sum with no symbol ("AUD 105 million", "EUR 2,500,000"), as
#: governments write them.
_MONEY_CODE = re.compile(r"\b([A-Z]{3}) ?" + _NUMBER + _SCALE)


@cache
def _codes() -> frozenset[str]:
    """Every ISO 4217 code the gazetteer knows."""
    return frozenset({*gazetteer.load_currencies().values(), *_SYMBOLS.values()})


def _symbol_currency(code: str | None, symbol: str, nations: Iterable[str]) -> str | None:
    """The currency of a symbol, or of the ISO code written before it when that is one; a shared
    sign's is the one among the nations' own (none when they do not tell which)."""
    if code and code.isupper() and code in _codes():
        return code
    shared = _SHARED_SYMBOLS.get(symbol.upper())
    return _national_currency(shared, nations) if shared else _SYMBOLS[symbol.upper()]


@cache
def _money_unit() -> re.Pattern[str]:
    """A number before a bare currency unit that means different money in different nations."""
    units = {phrase.split()[-1] for phrase in gazetteer.load_currencies()} | set(_bare_plurals())
    return _amount_in(units - set(_CURRENCY_WORDS))


@cache
def _bare_plurals() -> dict[str, str]:
    """"kroner" -> "krone": the irregular plurals of bare units ("200 million kroner")."""
    return {plural.split()[-1]: unit.split()[-1] for plural, unit in _irregular_plurals().items()}


def _national_currency(unit: str, nations: Iterable[str]) -> str | None:
    """The one currency called `unit` among the nations' own ("shilling" + KEN -> KES, "kroner"
    + NOR -> NOK)."""
    known, phrases = gazetteer.load_nations(), gazetteer.load_currencies()
    unit = _bare_plurals().get(unit.lower(), unit.lower())
    codes = {code for iso3 in nations if iso3 in known
             if (code := phrases.get(f"{known[iso3].name.lower()} {unit}"))}
    return codes.pop() if len(codes) == 1 else None


def share(text: str) -> Quantity | None:
    """The first percentage target in a text ("two per cent of GDP" -> 2, "% of GDP")."""
    m = _SHARE.search(text)
    if not m:
        return None
    *numbers, unit = m.groups()
    number = next(n for n in numbers if n)
    value = Decimal(1) if number.lower() in ("a", "an", "next", "coming", "following") else _number(number)
    if value is None:
        return None
    base = m.group(2)
    return Quantity(value, unit=f"% of {_BASES[base.lower()]}" if base else "%")


#: xsd:duration designators and how many of them one unit is (XSD has no weeks: P3W is P21D).
_UNITS = {"day": ("D", 1), "week": ("D", 7), "month": ("M", 1), "year": ("Y", 1), "decade": ("Y", 10)}
_UNIT = r"(" + "|".join(_UNITS) + r")"
_SPAN = r"\b(?:over|in|within|during|for)\s+"
#: Nouns a "25-year" adjective makes a stretch of time ("a 25-year-old", "a 10-year deal" are none).
_PERIODS = ("period", "span", "timeframe", "time frame", "window")
_DURATIONS = (
    # "over the next six months", "for two years", "over a period of 25 years"
    re.compile(_SPAN + r"(?:the\s+)?(?:next|coming|following|a\s+period\s+of)?\s*" + _NUMBER + r"\s+" + _UNIT
               + r"s?\b", re.I),
    # "over a 25-year period", "within a two year window"
    re.compile(_SPAN + r"an?\s+" + _NUMBER + r"[\s-]" + _UNIT + r"\s+(?:" + "|".join(_PERIODS) + r")\b", re.I),
    # "over a decade", "within the next year", "in the coming year": one unit ("in a decade" is as
    # often "the first visit in a decade", a time since)
    re.compile(r"\b(?:(?:over|within|during)\s+(?:the\s+)?(an?|next|coming|following)|"
               r"(?:in|for)\s+the\s+(next|coming|following))\s+" + _UNIT + r"\b", re.I),
)


#: After a stretch of time, words that make it a time long past ("over 20 years ago"), not one promised.
_AGO = re.compile(r"\s+(?:ago|earlier|before)\b", re.I)


def duration(text: str) -> str | None:
    """The first stretch of time a text promises ("over the next six months" -> "P6M")."""
    m = min((m for pattern in _DURATIONS for m in pattern.finditer(text) if not _AGO.match(text, m.end())),
            key=lambda m: m.start(), default=None)
    if not m:
        return None
    *numbers, unit = m.groups()
    number = next(n for n in numbers if n)
    value = Decimal(1) if number.lower() in ("a", "an", "next", "coming", "following") else _number(number)
    if value is None or value != value.to_integral_value():
        return None
    designator, factor = _UNITS[unit.lower()]
    return f"P{int(value) * factor}{designator}"
