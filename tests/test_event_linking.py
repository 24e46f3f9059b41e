"""How events link their actors and recipients, on sentences written for these tests (issue 21: fewer sentences
with no event between the parties a reader sees)."""

from __future__ import annotations

from reportedly import extract
from reportedly.model import Document, Event

PUBLISHED = "2025-03-16"


def by_trigger(doc: Document, word: str) -> Event:
    found = [e for e in doc.events if word in e.trigger.text]
    assert found, f"no event with trigger {word!r}: {[e.trigger.text for e in doc.events]}"
    return found[0]


def test_event_linking_two_parties_in_the_modifiers_of_one_noun_are_two_actors() -> None:
    e = by_trigger(extract("Russian and North Korean forces attacked the village.", published=PUBLISHED), "attacked")
    assert [(a.text, a.country, a.sector) for a in e.actors] == [("Russian", "RUS", "MIL"),
                                                                 ("North Korean forces", "PRK", "MIL")]
    e = by_trigger(extract("Norway and Iceland's fisheries ministers met in Oslo.", published=PUBLISHED), "met")
    assert [(a.text, a.country) for a in e.actors] == [("Norway", "NOR"), ("Iceland's fisheries ministers", "ISL")]
    e = by_trigger(extract("The navies of Chile and Argentina held joint exercises.", published=PUBLISHED), "held")
    assert [a.text for a in e.actors] == ["The navies of Chile", "Argentina"]


def test_event_linking_a_country_named_with_and_is_one_party() -> None:
    e = by_trigger(extract("Trinidad and Tobago police arrested two smugglers.", published=PUBLISHED), "arrested")
    assert [(a.text, a.country) for a in e.actors] == [("Trinidad and Tobago police", "TTO")]
