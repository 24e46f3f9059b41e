"""Resolving news time expressions ("yesterday", "on Thursday", "overnight", "earlier this month")
against a publication date, to a first and last day.

The offline libraries measured for this project either resolve ranges but take about a second per
article (recognizers-text) or return single points and misread words such as "We" as Wednesday
(dateparser); neither knows "overnight" or chooses between last and next Thursday by tense. The
expressions news reports use to place a statement or an event are few, so they are handled here
with a small grammar; absolute dates ("March 15, 2025", "15 March") are read the same way.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "present", "future"]
Grain = Literal["day", "week", "month", "year", "range", "unknown"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3, "couple of": 2, "a couple of": 2}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_ABSOLUTE = [
    re.compile(rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})\.?(?:,?\s+(?P<year>\d{{4}}))?\b",
               re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
]
_MONTH_YEAR = re.compile(rf"\b(?:in\s+)?(?P<month>{_MONTH_RE})\.?\s+(?P<year>\d{{4}})\b", re.I)
# (no two whitespace quantifiers in a row: '\s*(?:early)?\s*' retried every split of a long run of spaces)
_MONTH_ONLY = re.compile(rf"^(?:in|since|during|by|until|from)?\s*(?:(?:early|mid|late|mid-)\s*)?"
                         rf"(?P<month>{_MONTH_RE})$", re.I)
_YEAR = re.compile(r"^(?:in|since|during|by|until)?\s*(?P<year>(19|20)\d{2})$", re.I)
_AGO = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)"
                  r"\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)
_WEEKDAY = re.compile(r"\b(?P<rel>last|this|next|on|early|late)?\s*(?P<wd>monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday)s?\b", re.I)
_RELATIVE = re.compile(r"\b(?P<mod>earlier|later|early|late|last|this|next|past|coming)\s+"
                       r"(?:(?P<rel>this|last|next)\s*)?(?P<unit>week|weekend|month|year)\b", re.I)


@dataclass(frozen=True)
class Resolved:
    """A resolved expression: first and last day (inclusive) and the grain."""

    start: date
    end: date
    grain: Grain


def is_time_phrase(text: str) -> bool:
    """Whether ``text`` reads as a time expression this module handles."""
    low = text.lower()
    if any(w in low for w in ("yesterday", "today", "tonight", "tomorrow", "overnight", "last night",
                              "this morning", "this afternoon", "this evening", "earlier", "later")):
        return True
    return bool(_WEEKDAY.search(low) or _RELATIVE.search(low) or _AGO.search(low) or
                any(p.search(text) for p in _ABSOLUTE) or _MONTH_YEAR.search(text) or
                _MONTH_ONLY.match(low.strip()) or _YEAR.match(low.strip()))


def resolve(text: str, published: date | None, tense: Tense = "past") -> Resolved | None:
    """First and last day that ``text`` refers to, seen from ``published``; None when unknown.

    ``tense`` chooses between the last and the coming weekday ('on Saturday'): ``"past"`` the last one (the
    report's own day included), ``"future"`` the coming one (the report's own day included), ``"present"``
    (tense unknown, as in 'agreed to swap prisoners on Saturday') the nearer of the two. 'last Tuesday' is the
    last Tuesday at least two days back ('yesterday' would be said of the day before); 'a week ago' is the
    week around the day seven days back.

    Also None when a day falls outside the years 1-9999 that :class:`datetime.date` holds ("in March
    0000", "next year" published on 9999-12-31).
    """
    try:
        return _resolve(text, published, tense)
    except (ValueError, OverflowError):
        return None


def _resolve(text: str, published: date | None, tense: Tense) -> Resolved | None:
    low = " ".join(text.lower().split())
    absolute = _absolute(text, published, tense)
    if absolute is not None:
        return absolute
    if published is None:
        return None
    p = published
    day = timedelta(days=1)
    if "overnight" in low or "last night" in low:
        return Resolved(p - day, p, "range")
    if "yesterday" in low:
        return Resolved(p - day, p - day, "day")
    if "tomorrow" in low:
        return Resolved(p + day, p + day, "day")
    if any(w in low for w in ("today", "tonight", "this morning", "this afternoon", "this evening")):
        return Resolved(p, p, "day")
    m = _AGO.search(low)
    if m:
        n = int(m["n"]) if m["n"].isdigit() else _NUMBERS.get(m["n"], 1)
        unit = m["unit"]
        if unit == "day":
            d = p - n * day
            return Resolved(d, d, "day")
        if unit == "week":
            d = p - timedelta(weeks=n)
            return Resolved(d - 3 * day, d + 3 * day, "week")
        if unit == "month":
            y, mo = _shift_month(p.year, p.month, -n)
            return _month(y, mo)
        return Resolved(date(p.year - n, 1, 1), date(p.year - n, 12, 31), "year")
    m = _WEEKDAY.search(low)
    if m:
        target = WEEKDAYS[m["wd"].lower()]
        rel = (m["rel"] or "").lower()
        ahead = (target - p.weekday()) % 7  # days to the coming one (0: the report's own day)
        back = (p.weekday() - target) % 7  # days since the last one (0: the report's own day)
        if rel == "next":
            d = p + (ahead or 7) * day
        elif rel == "last":
            d = p - (back + 7 if back < 2 else back) * day  # 'last Tuesday' said on a Wednesday: a week before
        elif tense == "future":
            d = p + ahead * day
        elif tense == "present":
            d = p + ahead * day if ahead < back else p - back * day  # the nearer one, the past one on a tie
        else:
            d = p - back * day
        return Resolved(d, d, "day")
    m = _RELATIVE.search(low)
    if m:
        mod, unit = m["mod"].lower(), m["unit"].lower()
        rel = (m["rel"] or "").lower()
        shift = 0
        if mod in ("last", "past") or rel == "last":
            shift = -1
        elif mod in ("next", "coming") or rel == "next":
            shift = 1
        if unit in ("week", "weekend"):
            monday = p - timedelta(days=p.weekday()) + timedelta(weeks=shift)
            if unit == "weekend":
                return Resolved(monday + 5 * day, monday + 6 * day, "range")
            start, end = monday, monday + 6 * day
            if shift == 0 and mod in ("earlier",):
                end = p
            elif shift == 0 and mod in ("later",):
                start = p
            return Resolved(start, end, "week")
        if unit == "month":
            y, mo = _shift_month(p.year, p.month, shift)
            r = _month(y, mo)
            if shift == 0 and mod == "earlier":
                return Resolved(r.start, p, "range")
            if shift == 0 and mod == "later":
                return Resolved(p, r.end, "range")
            return r
        y = p.year + shift
        if shift == 0 and mod == "earlier":
            return Resolved(date(y, 1, 1), p, "range")
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    return None


def _absolute(text: str, published: date | None, tense: Tense) -> Resolved | None:
    for pattern in _ABSOLUTE:
        m = pattern.search(text)
        if not m:
            continue
        month = int(m["mnum"]) if "mnum" in m.groupdict() and m["mnum"] else MONTHS[m["month"].lower().rstrip(".")]
        year = int(m["year"]) if m["year"] else (published.year if published else None)
        if year is None:
            return None
        try:
            d = date(year, month, int(m["day"]))
        except ValueError:
            return None
        if not m["year"] and published is not None:
            if tense == "past" and d > published + timedelta(days=7):
                d = d.replace(year=year - 1)
            elif tense == "future" and d < published - timedelta(days=7):
                d = d.replace(year=year + 1)
        return Resolved(d, d, "day")
    m = _MONTH_YEAR.search(text)
    if m:
        return _month(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")])
    low = " ".join(text.lower().split())
    m = _MONTH_ONLY.match(low)
    if m and published is not None:
        mo = MONTHS[m["month"].rstrip(".")]
        y = published.year
        if tense == "past" and mo > published.month:
            y -= 1
        elif tense == "future" and mo < published.month:
            y += 1
        return _month(y, mo)
    m = _YEAR.match(low)
    if m:
        y = int(m["year"])
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    return None


def _shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _month(year: int, month: int) -> Resolved:
    return Resolved(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")
