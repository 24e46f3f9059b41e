"""Time expressions resolved against a publication date (a Sunday, 16 March 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from reportedly.text.timex import is_time_phrase, resolve

PUB = date(2025, 3, 16)  # a Sunday


@pytest.mark.parametrize(("text", "tense", "start", "end"), [
    ("yesterday", "past", "2025-03-15", "2025-03-15"),
    ("overnight", "past", "2025-03-15", "2025-03-16"),
    ("this morning", "past", "2025-03-16", "2025-03-16"),
    ("on Thursday", "past", "2025-03-13", "2025-03-13"),
    ("on Thursday", "future", "2025-03-20", "2025-03-20"),
    ("last Sunday", "past", "2025-03-09", "2025-03-09"),
    ("earlier this month", "past", "2025-03-01", "2025-03-16"),
    ("last month", "past", "2025-02-01", "2025-02-28"),
    ("this week", "past", "2025-03-10", "2025-03-16"),
    ("two weeks ago", "past", "2025-02-27", "2025-03-05"),
    ("3 days ago", "past", "2025-03-13", "2025-03-13"),
    ("March 11", "past", "2025-03-11", "2025-03-11"),
    ("on Dec. 24", "past", "2024-12-24", "2024-12-24"),
    ("15 April 2023", "past", "2023-04-15", "2023-04-15"),
    ("in April", "future", "2025-04-01", "2025-04-30"),
    ("next year", "future", "2026-01-01", "2026-12-31"),
])
def test_timex_resolves_news_expressions(text: str, tense: str, start: str, end: str) -> None:
    r = resolve(text, PUB, tense)  # type: ignore[arg-type]
    assert r is not None
    assert (r.start.isoformat(), r.end.isoformat()) == (start, end)


def test_timex_needs_a_date_for_relative_expressions() -> None:
    assert resolve("yesterday", None) is None
    r = resolve("March 3, 2024", None)
    assert r is not None and r.start == date(2024, 3, 3)


def test_timex_recognises_phrases_and_rejects_others() -> None:
    for text in ("yesterday", "on Friday", "earlier this month", "two days ago", "in 2019"):
        assert is_time_phrase(text)
    for text in ("at a press conference", "in Kyiv", "We", "with reporters"):
        assert not is_time_phrase(text)
