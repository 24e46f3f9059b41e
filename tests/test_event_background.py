"""Events the stage now finds (nominal disasters, outages, pullbacks) and events it marks as background
(wh-relative clauses, past perfect recaps), which happenings weigh as weak evidence (events/background.py,
corpus/profiles.py)."""

from __future__ import annotations

import reportedly
from reportedly.corpus.profiles import BACKGROUND_FACTOR, Profile, profile, score
from reportedly.events.export import plover_record


def _events(text: str, published: str = "2026-05-20"):
    return reportedly.extract(text, published=published).events


def _by_trigger(text: str) -> dict[str, object]:
    return {e.trigger.text: e for e in _events(text)}


# -- nominal events ---------------------------------------------------------------------------------------------

def test_disaster_and_outage_nouns_are_events():
    blast = _by_trigger("The blast ripped through a paint factory outside Izmit on Monday, the governor said.")
    assert blast["blast"].type == "OTHER" and blast["blast"].date == "2026-05-18"
    fire = _by_trigger("Firefighters are still investigating the depot fire in Kaunas.")
    assert fire["fire"].type == "OTHER"
    outage = _by_trigger("Hospitals ran on generators during the twelve-hour blackout in the capital.")
    assert "blackout" in outage
    crash = _by_trigger("The crash of the cargo plane killed its four crew.")
    assert crash["crash"].type == "OTHER"


def test_a_pullback_is_a_retreat():
    events = _by_trigger("The pullback of both armies from the ridge was completed on Sunday.")
    assert events["pullback"].type == "RETREAT"
    assert events["pullback"].date == "2026-05-17"


def test_a_truce_dated_by_its_of_phrase_is_an_event():
    events = _by_trigger("Both sides insist the ceasefire of March 3 still holds.")
    assert "ceasefire" in events
    assert "ceasefire" not in _by_trigger("Both sides insist the ceasefire still holds.")


def test_fire_idioms_are_no_second_event():
    assert "fire" not in _by_trigger("The minister came under fire from his own party on Monday.")
    opened = _by_trigger("Guards opened fire on the convoy on Monday.")
    assert "opened fire" in opened and "fire" not in opened
    arson = _by_trigger("Rioters set fire to a tax office on Monday.")
    assert arson["set fire"].date == "2026-05-18"
    assert not any(s.status == "planned" for s in arson["set fire"].status)


# -- background -------------------------------------------------------------------------------------------------

def _background(e) -> bool:
    return "background" in e.context


def test_wh_relative_clauses_are_background():
    party = _by_trigger("The Farmers' League, which campaigned against the dam, said on Monday it would appeal.")
    assert _background(party["campaigned"])
    doctor = _by_trigger("Dr Ines Vidal, who led the inquiry into the outbreak, resigned on Friday.")
    assert _background(doctor["led"])
    assert not _background(doctor["resigned"])


def test_news_clauses_are_not_background():
    quake = _by_trigger("The earthquake that struck the valley on Sunday killed 40 people.")
    assert not any(_background(e) for e in quake.values())
    arrest = _by_trigger("Police arrested the man whose brother attacked a guard.")
    assert not any(_background(e) for e in arrest.values())
    said = _by_trigger("The union said workers had blocked the port on Monday.")
    assert not _background(said["blocked"])


def test_a_past_perfect_recap_in_the_outlets_voice_is_background():
    recap = _by_trigger("The council had approved the mine in 2019. Villagers blocked the access road on Monday.")
    assert _background(recap["approved"])
    assert not _background(recap["blocked"])


def test_the_plover_export_leaves_the_mark_out():
    doc = reportedly.extract("The Farmers' League, which campaigned against the dam, filed a lawsuit on Monday.",
                             published="2026-05-20")
    e = next(x for x in doc.events if _background(x))
    assert "background" not in plover_record(doc, e)["context"]


def test_background_links_weigh_half_unless_both_are_dated():
    words = {"league": 2.0, "campaign": 1.0, "dam": 1.0}
    plain = Profile("ACCUSE", frozenset(), "2026-05-13", "2026-05-20", False, dict(words))
    marked = Profile("ACCUSE", frozenset(), "2026-05-13", "2026-05-20", False, {**words, "^background": 0.0})
    assert score(marked, plain) == score(plain, plain) * BACKGROUND_FACTOR
    assert score(marked, marked) == score(plain, plain) * BACKGROUND_FACTOR ** 2
    dated = Profile("ACCUSE", frozenset(), "2026-05-18", "2026-05-18", True, dict(words))
    dated_marked = Profile("ACCUSE", frozenset(), "2026-05-18", "2026-05-18", True, {**words, "^background": 0.0})
    assert score(dated_marked, dated) == score(dated, dated)


def test_a_background_event_carries_its_mark_into_its_profile_but_not_its_keywords():
    text = "The Farmers' League, which campaigned against the dam, said on Monday it would appeal."
    doc = reportedly.extract(text, published="2026-05-20")
    e = next(x for x in doc.events if x.trigger.text == "campaigned")
    p = profile(e, text, "2026-05-20")
    assert p is not None and "^background" in p.words
    assert "^background" not in p.keys
