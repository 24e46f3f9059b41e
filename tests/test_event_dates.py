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


def test_relative_days_resolve_against_the_report_with_their_tense():
    # 2026-05-20 is a Wednesday
    ago = next(e for e in _events("Rebels attacked an army post a week ago, the army said.") if e.type == "ASSAULT")
    assert ago.date is None and ago.window == ("2026-05-10", "2026-05-16")  # the week around 13 May, no one day
    last = next(e for e in _events("Rebels attacked an army post last Tuesday, the army said.") if e.type == "ASSAULT")
    assert last.date == "2026-05-12"  # not yesterday, which would be 'yesterday' or 'on Tuesday'
    night = next(e for e in _events("Rebels attacked an army post on Saturday night.") if e.type == "ASSAULT")
    assert night.date == "2026-05-16"
    ahead = next(e for e in _events("The rebels will attack the post on Saturday, the army warned.")
                 if e.type == "ASSAULT")
    assert ahead.date == "2026-05-23"
    week = next(e for e in _events("Police arrested the mayor last week.") if e.type == "COERCE")
    assert week.date is None and week.window == ("2026-05-11", "2026-05-17")


def test_weekday_with_unknown_tense_is_the_nearer_one():
    from datetime import date

    from reportedly.text import timex

    sunday = date(2026, 5, 24)
    assert timex.resolve("on Saturday", sunday, "present").start == date(2026, 5, 23)
    assert timex.resolve("on Saturday", sunday, "future").start == date(2026, 5, 30)
    assert timex.resolve("on Monday", sunday, "present").start == date(2026, 5, 25)
    assert timex.resolve("on Sunday", sunday, "future").start == sunday  # the report's own day


def test_a_day_the_parser_hangs_on_the_object_dates_the_event():
    """'halted its vote count early Monday': the parser makes 'Monday' a modifier of 'count'; a count does not
    take a day, the halting does."""
    events = _events("The electoral council halted its preliminary vote count early Monday with the opposition "
                     "candidate ahead.")
    halted = next(e for e in events if e.trigger.text == "halted")
    assert halted.date == "2026-05-18"


def test_part_of_day_under_before_takes_the_day():
    events = _events("Gunmen attacked a police station in the town of Mubende before dawn on Monday, police said.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.date == "2026-05-18"
    assert attack.time is not None and attack.time.text == "on Monday"


def test_bounding_phrase_without_a_part_of_day_gives_no_date():
    events = _events("Rebels attacked an army post near Kasese after the talks on Monday collapsed, the army said.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.date is None


def test_hyphenated_place_name_is_read_whole():
    events = _events("Shells hit the border town of Qasr-e Shirin on Monday, local officials said.")
    hit = next(e for e in events if e.place is not None)
    assert hit.place.text.endswith("Qasr-e Shirin")


def test_accidents_and_disasters_are_events_of_their_day():
    capsized = _events("A passenger ferry capsized off the island of Bantayan on Sunday, the coast guard said.")
    assert [(e.trigger.text, e.type, e.date) for e in capsized] == [("capsized", "OTHER", "2026-05-17")]
    derailed = _events("A freight train derailed near the town of Kosti on Monday, railway officials said.")
    assert [(e.type, e.date) for e in derailed] == [("OTHER", "2026-05-18")]
    quake = _events("A magnitude 6.1 earthquake struck the region on Monday.")
    assert {e.trigger.text for e in quake if e.type == "OTHER"} >= {"earthquake"}


def test_spills_fires_storms_and_crushes_are_events_of_their_day():
    leak = _events("Crude oil began leaking from the pipeline near the village of Obiafu on Monday, the company said.")
    assert [(e.trigger.text, e.type, e.date) for e in leak] == [("leaking", "OTHER", "2026-05-18")]
    spill = _events("Oil spilled into the creek on Sunday, a regulator's spokeswoman said.")
    assert [(e.trigger.text, e.type, e.date) for e in spill] == [("spilled", "OTHER", "2026-05-17")]
    blaze = _events("The blaze gutted a textile warehouse on Monday, fire officials said.")
    assert "blaze" in {e.trigger.text for e in blaze if e.type == "OTHER"}
    storm = _events("The typhoon made landfall on Sunday, the weather bureau said.")
    assert "typhoon" in {e.trigger.text for e in storm if e.type == "OTHER"}
    crush = _events("Eleven pilgrims died in a stampede at the shrine on Monday, police said.")
    assert "stampede" in {e.trigger.text for e in crush if e.type == "OTHER"}


def test_an_armed_actor_sinking_a_boat_is_an_attack():
    sank = _events("The navy sank a smuggling boat off the coast on Monday, the military said.")
    assert [(e.trigger.text, e.type) for e in sank] == [("sank", "ASSAULT")]


def test_a_day_in_the_possessive_dates_its_event_noun():
    # a later report's "Sunday's earthquake" is the quake of that Sunday, not one of the week before the report
    events = _events("Police arrested six builders over the collapse of flats in Sunday's earthquake, officials "
                     "said on Thursday.", published="2026-02-12")
    quake = next(e for e in events if e.trigger.text == "earthquake")
    assert quake.date == "2026-02-08"


def test_a_planned_attack_that_a_past_clause_tells_the_toll_of_is_past():
    # "used to plan an attack ... on Thursday in which 11 soldiers were killed" tells of last Thursday's attack;
    # a plan with no outcome keeps the coming Thursday
    events = _events("The army said the hideouts were used to plan an attack on a checkpoint near Bannu on Thursday "
                     "in which 11 soldiers were killed. The rebels plan to attack the checkpoint again on Thursday.",
                     published="2026-10-12")
    attacks = sorted((e for e in events if e.trigger.text.startswith("attack")), key=lambda e: e.trigger.spans)
    assert [a.date for a in attacks] == ["2026-10-08", "2026-10-15"]


def test_days_after_an_event_date_it_back_from_the_clause_they_are_told_from():
    # "Eight days after the earthquake, ... have found" is told from the report's day; "ten days after a blast ...
    # left 39 dead" from the Friday of its main clause
    events = _events("Eight days after the earthquake that killed more than 540 people, the leaders have found their "
                     "culprits. A fire killed three workers early on Friday, ten days after a blast at a chemical "
                     "plant in Zibo left at least 39 dead. After the attack, troops withdrew.", published="2026-02-16")
    by_trigger = {e.trigger.text: e for e in events}
    assert by_trigger["earthquake"].date == "2026-02-08"
    assert by_trigger["left"].date == "2026-02-03"  # Friday 13 February less ten days
    assert by_trigger["withdrew"].date is None  # "after" with no count of days dates nothing
    # a past clause with no day of its own stands at some day of the week before the report, not at the report's
    # day: the event three days before it gets a window of days, not a date
    past = _events("The guard died in hospital three days after the bombing of the depot, his family said.",
                   published="2026-02-16")
    bombing = next(e for e in past if e.trigger.text == "bombing")
    assert (bombing.date, bombing.window) == (None, ("2026-02-06", "2026-02-13"))
