"""Places: the offline gazetteer and the choice between places of the same name, on sentences written here."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from reportedly import extract
from reportedly.model import Document, Place
from reportedly.text import places


def event_place(doc: Document, word: str) -> Place:
    e = next(e for e in doc.events if word in e.trigger.text)
    assert e.place is not None, f"no place for {word!r}"
    return e.place


@pytest.mark.parametrize(("name", "country"), [("Sumy", "UKR"), ("Kursk", "RUS"), ("Sudzha", "RUS"),
                                               ("Kiev", "UKR"), ("Kharkiv", "UKR"), ("Crimea", "UKR")])
def test_places_gazetteer_knows_places_of_the_war(name: str, country: str) -> None:
    found = places.resolve(name)
    assert found is not None and found.country == country


def test_places_unknown_village_resolves_to_nothing() -> None:
    assert places.resolve("Kravtsivka Druha") is None


def test_places_georgia_by_context() -> None:
    caucasus = places.Context.empty()
    caucasus.add_country("RUS", 3)
    caucasus.add_country("ARM", 1)
    assert places.resolve("Georgia", caucasus).country == "GEO"
    south = places.Context.empty()
    south.add_country("USA", 2)
    south.admin1["US.GA"] += 1
    assert places.resolve("Georgia", south).country == "USA"
    assert places.resolve("Georgia", kind_hint="region").country == "USA"  # 'the state of Georgia'
    assert places.ambiguous("Georgia") and not places.ambiguous("Sumy")


def test_places_container_drops_candidates_elsewhere() -> None:
    assert places.resolve("Paris", container="USA").country == "USA"
    assert places.resolve("Paris").country == "FRA"
    assert places.resolve("Sumy", container="RUS") is None


def test_places_in_events_never_in_the_wrong_country() -> None:
    cases = [
        ("Russian drones struck Sumy overnight, killing two people.", "struck", "Sumy", "UKR"),
        ("Ukrainian troops advanced in the Kursk region on Tuesday.", "advanced", "Kursk", "RUS"),
        ("Russian troops crossed into Georgia near Tbilisi on Friday, the Georgian defence ministry said.",
         "crossed", "Tbilisi", "GEO"),
        ("Police arrested 20 people in Georgia after protests against the election results in Atlanta.",
         "arrested", "Georgia", "USA"),
        ("Protesters rallied across the state of Georgia on Saturday.", "rallied", "Georgia", "USA"),
        ("Police arrested 12 protesters in Athens, Georgia, on Monday.", "arrested", "Athens", "USA"),
        ("Gunmen attacked a convoy near Paris, Texas, on Sunday.", "attacked", "Paris", "USA"),
    ]
    for text, trigger, name, country in cases:
        place = event_place(extract(text, published="2025-03-16"), trigger)
        assert (place.name, place.country) == (name, country), text


def test_places_region_of_a_city_and_an_unknown_village_near_a_known_town() -> None:
    doc = extract("Ukrainian troops advanced in the Kursk region on Tuesday.", published="2025-03-16")
    assert event_place(doc, "advanced").kind == "region"
    doc = extract("Soldiers shelled the village of Kravtsivka Druha near Sumy.", published="2025-03-16")
    place = event_place(doc, "shelled")
    assert place.name is None and place.lat is None and place.kind == "village"
    assert place.country is None  # 'near' a Ukrainian town is not 'in' Ukraine: no guess
    assert place.within is not None and (place.within.name, place.within.country) == ("Sumy", "UKR")


def test_places_shipped_gazetteer_says_where_it_comes_from() -> None:
    raw = resources.files("reportedly").joinpath(f"data/{places.GAZETTEER}").read_bytes()
    head = gzip.decompress(raw).decode("utf-8").splitlines()[:3]
    assert head[0].startswith("#") and "GeoNames" in head[0] and "CC BY 4.0" in head[0]


@pytest.mark.parametrize("name, country", [("KwaZulu-Natal", "ZAF"), ("Uttarakhand", "IND"),
                                           ("Khyber Pakhtunkhwa", "PAK"), ("Eastern Cape", "ZAF"), ("Dhi Qar", "IRQ"),
                                           ("Hunan", "CHN")])
def test_first_level_divisions_are_regions(name: str, country: str) -> None:
    assert any(c.kind == "region" and c.country == country for c in places.candidates(name))


@pytest.mark.parametrize("word", ["Central", "Northern", "Free", "Unity"])
def test_division_names_that_are_ordinary_words_are_no_places(word: str) -> None:
    assert not any(c.kind == "region" and c.admin1 and "-" in c.admin1 for c in places.candidates(word))


def test_a_province_named_as_where_people_come_from_is_no_actor() -> None:
    doc = extract("Relatives said several of the dead miners came from KwaZulu-Natal and the Eastern Cape, and the "
                  "union said it would pay for the funerals.")
    assert {a.name for a in doc.actors} >= {"Relatives"} and not any("Natal" in a.name for a in doc.actors)
