"""Places, things and events are not persons: the NER's label is corrected by the name's words and its use."""

from __future__ import annotations

from reportedly import extract

BORDER = (
    "Shelling hits Batken as border talks stall\n\n"
    "Kyrgyz border guards said on Friday that Tajik forces had shelled Batken overnight, damaging a school. "
    "Residents of Batken spent the night in basements, the regional governor, Aibek Toktogulov, said.\n\n"
    "Tajikistan's defence ministry said its troops had returned fire near Vorukh and destroyed weapons "
    "depots, saving lives. Operation Granite Gate would continue, it said.\n\n"
    "Two Su-25 jets flew over Isfana on Saturday, the Kyrgyz army said. Storm Bella delayed the talks."
)

CORPORATE = (
    "Freight firm fined over depot fire\n\n"
    "Brekke Logistics was fined on Tuesday over a fire at its depot in Valmora, the work safety authority said. "
    "Chief executive Annika Lindqvist said the firm accepted the ruling. Lindqvist added that sprinklers had "
    "been replaced.\n\n"
    "Kvarnholm Shipping, a rival, said the fine was too low. Defence Secretary Ruth Austin, who visited the "
    "depot, said it was safe. Austin added that the port would reopen."
)


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_towns_used_as_places_are_not_actors() -> None:
    actors = _actors(BORDER)
    for town in ("Batken", "Vorukh", "Isfana"):
        assert not any(town in name for name in actors), actors
    assert actors.get("Aibek Toktogulov") == "person"


def test_operations_weapons_and_storms_are_not_actors() -> None:
    names = " | ".join(_actors(BORDER))
    for thing in ("Granite Gate", "Su-25", "Storm Bella", "weapons", "lives"):
        assert thing not in names


def test_unknown_town_after_a_preposition_is_a_place() -> None:
    assert not any("Valmora" in name for name in _actors(CORPORATE))


def test_names_typed_by_their_words() -> None:
    actors = _actors(CORPORATE)
    assert actors.get("Annika Lindqvist") == "person"  # the NER says organisation
    assert "Lindqvist" not in actors                    # her surname joins her
    assert actors.get("Kvarnholm Shipping") == "organization"  # the NER says person
    assert actors.get("Brekke Logistics") == "organization"


def test_a_surname_that_is_also_a_town_stays_a_person() -> None:
    doc = extract(CORPORATE)
    austin = next(a for a in doc.actors if a.name == "Ruth Austin")
    assert austin.type == "person" and len(austin.mentions) >= 2
    added = next(s for s in doc.statements if s.cue.text == "added" and "port" in s.content.text)
    assert added.source.actor == austin.id


def test_capital_is_never_a_person() -> None:
    doc = extract("The ministry said the talks would let Dushanbe regroup. Officials said Dushanbe had agreed.")
    assert not any(a.name == "Dushanbe" and a.type == "person" for a in doc.actors)
