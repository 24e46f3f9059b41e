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


def _corpus_names(reports: list[str]) -> dict[str, tuple[str | None, set[str]]]:
    """Each corpus body's country and names after linking these reports (real extraction, one store)."""
    from reportedly.corpus.actors import Linker
    from reportedly.corpus.store import Store

    with Store(":memory:") as s:
        linker = Linker(s)
        for n, text in enumerate(reports):
            s.add_document(extract(text, published=PUBLISHED, id=f"r{n}"), hash=str(n), key=str(n), linker=linker)
        rows = s.db.execute("""SELECT c.id, c.country, a.name FROM actors a
                               JOIN corpus_actors c ON c.id = a.corpus_actor
                               WHERE a.type = 'organization'""").fetchall()
    out: dict[int, tuple[str | None, set[str]]] = {}
    for pk, country, name in rows:
        out.setdefault(pk, (country, set()))[1].add(name)
    return {min(names): (country, names) for country, names in out.values()}


def test_a_body_with_another_name_does_not_borrow_a_foreign_bodys_country() -> None:
    found = _corpus_names([
        "The Ministry of External Affairs (MEA) said the neighbour's claims were baseless.\n\n"
        "Hours later Norway's Foreign Office said the strikes were a violation of its sovereignty.",
        "Norway's Foreign Office summoned the envoy.\n\nThe MEA did not comment.",
    ])
    norway = next(v for k, v in found.items() if "Norway's Foreign Office" in v[1])
    assert norway[0] == "NOR" and not {"MEA", "Ministry of External Affairs"} & norway[1]
    mea = next(v for k, v in found.items() if "Ministry of External Affairs" in v[1])
    assert "MEA" in mea[1]  # the acronym is the body it spells, not the other foreign ministry of the report


def test_aircraft_designations_with_a_suffix_or_a_plural_are_things() -> None:
    from reportedly.attribution.agents import _DESIGNATION

    assert all(_DESIGNATION.match(w) for w in ("Su-30MKI", "J-10Cs", "F-16s", "JF-17", "S-400"))
    assert not any(_DESIGNATION.match(w) for w in ("COVID-19", "Al-Qaida", "Jean-Paul"))


def test_a_body_that_summons_an_envoy_is_not_of_the_envoys_country() -> None:
    found = _corpus_names([
        "Norway's Foreign Office said on Monday that the strikes were unlawful.",
        "The Foreign Office summoned Sweden's chargé d'affaires and lodged a protest.\n\n"
        "Sweden's foreign ministry did not comment.",
    ])
    assert all(country != "SWE" for country, names in found.values() if "Foreign Office" in names)
