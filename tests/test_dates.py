from datetime import date

import pytest

from kg import dates, read

TUESDAY = date(2025, 10, 28)


@pytest.mark.parametrize("expression, expected", [
    ("on Tuesday", TUESDAY),
    ("Monday", date(2025, 10, 27)),
    ("yesterday", date(2025, 10, 27)),
    ("today", TUESDAY),
    ("tomorrow", date(2025, 10, 29)),
    ("October 27", date(2025, 10, 27)),
    ("on March 3, 2024", date(2024, 3, 3)),
    ("next year", None),
    ("this week", None),
    ("will meet again next year", None),
    ("on Sept. 6", date(2025, 9, 6)),
    ("on the 6th of May", date(2025, 5, 6)),
    ("on November 2", date(2025, 11, 2)),   # days ahead, not a year back: the nearest November 2
    ("January 4", date(2026, 1, 4)),
])
def test_relative_days_resolve_against_the_article_date(expression, expected):
    assert dates.resolve(expression, TUESDAY) == expected


def test_no_article_date_no_relative_day():
    assert dates.resolve("on Tuesday", None) is None


def test_event_date_in_a_sentence(facts_of):
    facts, _ = facts_of("Talks\nPublished October 28, 2025\n"
                        "US President Donald Trump met Japan's prime minister Sanae Takaichi on Monday.\n")
    assert [f.date for f in facts if type(f).__name__ == "Meeting"] == [date(2025, 10, 27)]


def test_relative_days_resolve_against_the_dateline():
    article = read.from_text("Talks\nARDENBURG, May 6, 2025 — Ministers met on Monday.\n", "t.txt")
    assert dates.resolve("on Monday", article.date) == date(2025, 5, 5)
    assert dates.resolve("next year", article.date) is None


def test_event_date_after_a_dateline(facts_of):
    facts, _ = facts_of("Talks\nARDENBURG, May 6, 2025 — Delegations arrived.\n"
                        "Norway's foreign minister Ana Ruiz met Peru's prime minister Bo Sample on Monday.\n"
                        "They will meet again next year.\n")
    assert [f.date for f in facts if type(f).__name__ == "Meeting"] == [date(2025, 5, 5)]
