"""When an event happened, as far as the text says: its own date, the report's date and a window.

In: an :class:`~reportedly.model.Event` (with the time expression the event stage tied to it, if any) and
the publication date. Out: the same event with ``date``, ``reported`` and ``window`` set.

An event the text dates ("on Tuesday", "on 7 May", "overnight") takes the day of that time expression as its
date and its days as its window; one dated only to a longer stretch ("last week", "a week ago", "earlier this
month") has that stretch as its window and no date. An event the
text does not date is *not* given the publication date as its date: ``date`` stays null, ``reported`` is
the publication date, and ``window`` is the stretch of days before the report in which it most likely
happened (after it, for an event that is planned or expected). Later stages (happenings, timelines,
exports) read ``window`` when they need days to compare and ``date`` when they need a date to show.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..model import Event

UNDATED_PAST_DAYS = 7
"""An undated past event is taken to fall in the week up to the report (news reports the last few days)."""
UNDATED_FUTURE_DAYS = 30
"""An undated planned or expected event is taken to fall in the month after the report."""
AHEAD = frozenset({"planned", "future"})
OWN_DAY_SPAN = 1
"""A time expression names the event's day when its days span at most this many ('on Friday', 'overnight': the
first day); 'last week' or 'earlier this month' give the window and no day."""
"""Claim statuses of an event that has not happened yet."""


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the ends of the calendar (a report dated 0001-01-01 is still read)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def dated(event: Event, published: date | None) -> Event:
    """``event`` with ``date``, ``reported`` and ``window`` filled from its time expression and ``published``."""
    reported = published.isoformat() if published else None
    t = event.time
    start = _day(t.start if t else None)
    if start is not None:
        end = _day(t.end if t else None) or start
        if end < start:
            end = start
        day = start.isoformat() if (end - start).days <= OWN_DAY_SPAN else None
        return event.model_copy(update={"date": day, "reported": reported,
                                        "window": (start.isoformat(), end.isoformat())})
    if published is None:
        return event.model_copy(update={"date": None, "reported": None, "window": None})
    if any(s.status in AHEAD for s in event.status):
        window = (published, _shift(published, UNDATED_FUTURE_DAYS))
    else:
        window = (_shift(published, -UNDATED_PAST_DAYS), published)
    return event.model_copy(update={"date": None, "reported": reported,
                                    "window": (window[0].isoformat(), window[1].isoformat())})

