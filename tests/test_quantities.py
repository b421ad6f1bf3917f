from decimal import Decimal

import pytest

from kg.quantities import money, share


@pytest.mark.parametrize("text, value, currency", [
    ("a $550 billion investment package", Decimal("550e9"), "USD"),
    ("an aid package of €2bn", Decimal("2e9"), "EUR"),
    ("US$ 3 million in relief", Decimal("3e6"), "USD"),
    ("£120m for schools", Decimal("120e6"), "GBP"),
    ("580 million shillings (64.45 million dollars)", Decimal("64.45e6"), "USD"),
    ("1,200 yen", Decimal("1200"), "JPY"),
    ("580 million Kenyan shillings", Decimal("580e6"), "KES"),
    ("KSh 5 billion for roads", Decimal("5e9"), "KES"),
    ("10 million Swiss francs", Decimal("10e6"), "CHF"),
    ("7 million Chilean  pesos", Decimal("7e6"), "CLP"),
    ("40 million British pounds", Decimal("40e6"), "GBP"),
    ("64.45 million dollars", Decimal("64.45e6"), "USD"),
    ("up to CAD $250 million for chips", Decimal("250e6"), "CAD"),
    ("grants and $5 million in loans", Decimal("5e6"), "USD"),
    ("more than one and a half billion dollars", Decimal("1.5e9"), "USD"),
    ("two and a half million euros", Decimal("2.5e6"), "EUR"),
    ("half a billion dollars", Decimal("0.5e9"), "USD"),
    ("a package of AUD 105 million over four years", Decimal("105e6"), "AUD"),  # a code with no symbol
    ("EUR 2,500,000 in grants", Decimal("2.5e6"), "EUR"),
    ("a line of credit of Rs 4,000 crore", Decimal("40e9"), "INR"),  # South Asian scales
    ("a Rs. 150 crore grant", Decimal("1.5e9"), "INR"),
    ("INR 2.5 lakh crore", Decimal("2.5e12"), "INR"),
    ("50 lakh rupees", Decimal("5e6"), "INR"),
    ("3bn Norwegian kroner (£220m)", Decimal("3e9"), "NOK"),  # plurals not made with -s
    ("2 billion Swedish kronor", Decimal("2e9"), "SEK"),
    ("$6 million a year—nearly triple and $60 million in all—for ports", Decimal("6e6"), "USD"),  # not the aside's
    ("the largest investment—$250 million—to fight malaria", Decimal("250e6"), "USD"),  # an aside that is the sum
    ("Rp 50 billion in relief", Decimal("50e9"), "IDR"),  # the short forms local papers write
    ("an RM10mil fund", Decimal("10e6"), "MYR"),
    ("KD 5 million in aid", Decimal("5e6"), "KWD"),
    ("GH¢2 million for the post", Decimal("2e6"), "GHS"),
    ("₦5 billion", Decimal("5e9"), "NGN"),
    ("$US224 million in aid", Decimal("224e6"), "USD"),  # the country after the sign, as Australian papers write
    ("$A50 million", Decimal("50e6"), "AUD"),
    ("NZ$5 million", Decimal("5e6"), "NZD"),
    ("HK$3 billion", Decimal("3e9"), "HKD"),
    ("an additional $700-million package", Decimal("700e6"), "USD"),  # the scale hyphened on
    ("a further 50 million (Australian) dollars", Decimal("50e6"), "AUD"),  # the nation set in brackets
])
def test_money_is_normalised(text, value, currency):
    q = money(text)
    assert q is not None and q.value == value and q.currency == currency


@pytest.mark.parametrize("text", ["increase spending", "two per cent of GDP", "in 2025", "the USD 2025 budget",
                                  "push 5 million doses", "2 billion pesos", "hrs 5 million", "2 lakh tonnes",
                                  "guidance for programs—which total $15 billion a year—to help states",
                                  "for a period of two years.3",  # "yea" + "rs." is no rupee sum
                                  "the RM party won 5 seats", "5 mil troops"])
def test_no_money_where_there_is_none(text):
    assert money(text) is None


@pytest.mark.parametrize("text, value, unit", [
    ("increase defence spending to two per cent of GDP", Decimal(2), "% of GDP"),
    ("to 2% of gross domestic product", Decimal(2), "% of GDP"),
    ("cut emissions by 3.5 percent", Decimal("3.5"), "%"),
    ("0.7 per cent of GNI", Decimal("0.7"), "% of GNI"),
    ("raise spending to 3.5% of GDP", Decimal("3.5"), "% of GDP"),
    ("3.5 per cent of GDP", Decimal("3.5"), "% of GDP"),
    ("3.5 percent of gross domestic product", Decimal("3.5"), "% of GDP"),
    ("0.7% of the country's annual GNI", Decimal("0.7"), "% of GNI"),
    ("5% of the budget", Decimal(5), "%"),
    ("0.7% of its gross national income", Decimal("0.7"), "% of GNI"),
])
def test_share_is_normalised(text, value, unit):
    q = share(text)
    assert q is not None and q.value == value and q.unit == unit


@pytest.mark.parametrize("text, expected", [
    ("identify projects over the next six months", "P6M"),
    ("within 90 days", "P90D"),
    ("for two years", "P2Y"),
    ("in the coming three weeks", "P21D"),  # xsd:duration has no weeks
    ("next year", None),
    ("invest over the next three years", "P3Y"),
    ("over a 25-year period", "P25Y"),
    ("over a 25 year period", "P25Y"),
    ("over a period of 25 years", "P25Y"),
    ("for 25 years", "P25Y"),
    ("within two years", "P2Y"),
    ("within an eight-week window", "P56D"),
    ("for a 25-year-old student", None),
    ("in a 10-year deal", None),
    ("$2 billion over a decade", "P10Y"),
    ("over the next two decades", "P20Y"),
    ("within a year", "P1Y"),
    ("in the coming year", "P1Y"),
    ("the first visit in a decade", None),  # a time since, not a term
    ("since the attacks over 20 years ago", None),  # a time long past
    ("for two years before the war, then over three years", "P3Y"),
])
def test_duration(text, expected):
    from kg.quantities import duration

    assert duration(text) == expected


def test_a_bare_shared_unit_needs_one_nation_that_pays_in_it():
    text = "580 million shillings (64.45 million dollars)"
    assert (money(text).value, money(text).currency) == (Decimal("64.45e6"), "USD")  # no nation: the dollars
    assert money(text, ["KEN"]).currency == "KES"
    assert money(text, ["KEN", "UGA"]).currency == "USD"  # two shillings: not guessed


def test_a_shilling_sign_is_the_shilling_of_the_one_shilling_nation_named():
    assert money("Sh21.9 billion for roads", ["KEN", "CHN"]) == money("KSh 21.9 billion", [])
    assert money("Sh21.9 billion for roads", ["KEN", "UGA"]) is None
    assert money("a push of 5 million", ["KEN"]) is None


@pytest.mark.parametrize("text, value, currency", [
    ("a loan of 250 million rupees (3 million dollars)", Decimal("250e6"), "INR"),
    ("$40bn (£21bn) for ports", Decimal("40e9"), "USD"),
])
def test_the_first_amount_wins_over_its_conversion_in_brackets(text, value, currency):
    q = money(text)
    assert (q.value, q.currency) == (value, currency)


@pytest.mark.parametrize("text, nations, currency", [
    ("200 million kroner in aid", ["NOR"], "NOK"),     # a bare unit with its irregular plural
    ("200 million kroner in aid", ["DNK"], "DKK"),
    ("5 million kronor", ["SWE", "KEN"], "SEK"),
])
def test_a_bare_irregular_plural_is_the_one_nations_currency(text, nations, currency):
    assert money(text, nations).currency == currency
    assert money(text) is None
