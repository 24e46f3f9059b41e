"""Names of bodies that name no one body across reports, or a country: a possessive ('Her office', 'Our navy'),
two places with a slash ('Yerevan/Baku'), and 'the <demonym> side'. Texts written for reportedly (a border
shelling, a naval stand-off, talks on a dam)."""

from __future__ import annotations

from tests.actorhelp import listed_actors, together


def test_a_body_named_with_a_possessive_is_not_listed() -> None:
    text = ("Navy denies talks\n\nMANILA — The defence minister said no meeting had taken place. \"Our navy and "
            "their coast guard agreed this directly,\" he said. Her office said the governor would visit the port "
            "on Friday.")
    names = {a.name for a in listed_actors(text)}
    assert not names & {"Our navy", "Her office"}


def test_two_places_with_a_slash_are_no_actor() -> None:
    text = ("LIVE: Shelling resumes on the border\n\nLive updates | Last updated 4 May 2026 09:10 (Yerevan/Baku "
            "time)\n\n09:10 – The Armenian defence ministry said on Monday that two posts had been shelled overnight.")
    names = {a.name for a in listed_actors(text)}
    assert "Yerevan/Baku" not in names
    assert any("defence ministry" in n for n in names)


def test_the_side_of_a_country_is_the_country() -> None:
    first = ("Dam talks stall\n\nADDIS ABABA — The Egyptian side said on Monday that the draft was unacceptable.")
    second = ("Cairo rejects draft\n\nCAIRO — Egypt said on Tuesday it would not sign the dam agreement.")
    found = listed_actors(first, second)
    assert together(found, "Egypt", "Egyptian side")
    assert [a.type for a in found if "Egyptian side" in a.aliases] == ["country"]
