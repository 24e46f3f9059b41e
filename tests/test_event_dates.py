"""An event's own date, the report's date and the window it can fall on (events/dates.py)."""

from __future__ import annotations

import reportedly


def _events(text: str, published: str = "2026-05-20"):
    return reportedly.extract(text, published=published).events


def test_dated_event_takes_its_own_day():
    events = _events("Rebels attacked an army post near the town of Kasese on Monday, the army said.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.date == "2026-05-18"
    assert attack.reported == "2026-05-20"
    assert attack.window == ("2026-05-18", "2026-05-18")


def test_undated_event_is_not_given_the_publication_date():
    events = _events("Rebels attacked an army post near the town of Kasese, the army said.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.date is None
    assert attack.reported == "2026-05-20"
    assert attack.window == ("2026-05-13", "2026-05-20")


def test_no_publication_date_no_window():
    events = reportedly.extract("Rebels attacked an army post near the town of Kasese, the army said.").events
    attack = next(e for e in events if e.type == "ASSAULT")
    assert (attack.date, attack.reported, attack.window) == (None, None, None)


def test_window_held_at_the_ends_of_the_calendar():
    events = _events("Rebels attacked an army post near the town of Kasese, the army said.", published="0001-01-03")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.window == ("0001-01-01", "0001-01-03")
