"""Event dates: a full date in the sentence, else a relative day resolved against the article's date.

Only day-precise expressions are resolved ("on Tuesday", "yesterday", "October 28");
"next year" or "this week" are not days, so they give no `kg:date`.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from kg.read import DAY, MONTH, find_date

_DAY_WORDS = re.compile(
    r"^(on\s+)?(today|yesterday|tomorrow|(last\s+|this\s+|next\s+)?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday))$", re.I)
#: "October 27", "Sept. 6", "the 6th of May": written the ways a full date is, without its year.
_MONTH_DAY = re.compile(r"^(on\s+)?(" + MONTH + r"\s+" + DAY + r"|(the\s+)?" + DAY + r"\s+(of\s+)?" + MONTH + r")$",
                        re.I)


def is_day(expression: str) -> bool:
    """Whether an expression names one calendar day relative to the article."""
    text = expression.strip()
    return bool(_DAY_WORDS.match(text) or _MONTH_DAY.match(text))


def _nearest(expression: str, article_date: date) -> date | None:
    """"May 20" in a paper of May 14 is this May 20, coming; in one of January 5, "December 28" is
    the one just past: the month and day nearest the article's date."""
    day = re.sub(r"^on\s+", "", expression.strip(), flags=re.I)
    found = find_date(f"{day}, {article_date.year}")
    if found is None:
        return None
    years = (article_date.year - 1, article_date.year, article_date.year + 1)
    days = [d for y in years if (d := _in_year(found, y)) is not None]
    return min(days, key=lambda d: abs((d - article_date).days))


def _in_year(day: date, year: int) -> date | None:
    """The same month and day in another year (none for February 29 in a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def resolve(expression: str, article_date: date | None) -> date | None:
    """The day an expression names, counted from the article's date: a weekday past (as news reports,
    unless "next"), a month and day the nearest one."""
    explicit = find_date(expression)
    if explicit or article_date is None or not is_day(expression):
        return explicit
    if re.fullmatch(r"(on\s+)?" + article_date.strftime("%A"), expression.strip(), re.I):
        return article_date  # "on Tuesday" in Tuesday's paper is that day, not a week ago
    if _MONTH_DAY.match(expression.strip()):
        return _nearest(expression, article_date)
    import dateparser

    base = datetime(article_date.year, article_date.month, article_date.day)
    prefer = "future" if re.search(r"tomorrow|next", expression, re.I) else "past"
    found = dateparser.parse(expression, languages=["en"],
                             settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer})
    return found.date() if found else None
