"""A capital in the possessive names its country's body ("Moscow's defence ministry", "Kyiv's General Staff"), and
an alias written in capitals names a body ("the Slovak MoD"); a city's own offices stay the city's."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.corpus.titles import org_key, title_key

PUBLISHED = "2026-04-02"


@pytest.mark.parametrize("sentence, name, country", [
    ("Moscow's defence ministry said 40 drones were downed overnight.", "Moscow's defence ministry", "RUS"),
    ("Beijing's foreign ministry said the patrol was routine.", "Beijing's foreign ministry", "CHN"),
    ("Kyiv's General Staff said there was no threat of encirclement.", "Kyiv's General Staff", "UKR"),
    ("The Slovak MoD said the jets had returned to base.", "Slovak MoD", "SVK"),
])
def test_a_capital_or_an_alias_names_the_country_body(sentence: str, name: str, country: str) -> None:
    doc = extract(sentence, published=PUBLISHED)
    assert [(a.name, a.type, a.country) for a in doc.actors] == [(name, "organization", country)]


def test_the_capitals_body_is_the_countrys_for_the_corpus() -> None:
    assert org_key("Kyiv's General Staff") == org_key("Ukraine's General Staff") == "general staff|UKR"
    assert org_key("the Slovak MoD") == org_key("Slovakia's Ministry of Defence")
    assert org_key("Warsaw's foreign ministry") == org_key("the Polish Foreign Ministry")


def test_a_capitals_own_offices_stay_the_citys() -> None:
    assert title_key("Lima's mayor") != title_key("mayor", "PER")
    assert org_key("Lima's city council") != org_key("city council", "PER")
    assert org_key("Krakow's defence ministry") != org_key("Poland's defence ministry")  # no capital
