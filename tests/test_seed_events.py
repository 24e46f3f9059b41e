"""Acceptance on the shared seed article (skipped without ../shared): the events issue 4 names."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.model import Document, Event


@pytest.fixture(scope="module")
def doc(seed_text: str) -> Document:
    return extract(seed_text, id="seed", published="2025-03-16")


def speaker(doc: Document, statement_id: str | None) -> list[str]:
    st = next(s for s in doc.statements if s.id == statement_id)
    return doc.speaker_names(st) or [st.source.text]


def find(doc: Document, word: str) -> Event:
    return next(e for e in doc.events if word in e.trigger.text)


def test_seed_virtual_summit(doc: Document) -> None:
    e = find(doc, "summit")
    assert e.type == "CONSULT" and e.mode == "multilateral"
    q = next(q for q in e.quantities if q.unit == "leaders")
    assert q.value == 26 and q.approximate
    assert any(doc.actor(r.actor).country == "GBR" for r in e.recipients if r.actor)  # hosted by Downing Street


def test_seed_ukraine_accepts_a_30_day_ceasefire(doc: Document) -> None:
    e = find(doc, "agreeing")
    assert e.type == "AGREE" and any(q.value == 30 and q.unit == "day" for q in e.quantities)
    assert any(a.country == "UKR" for a in e.actors)
    assert [s.status for s in e.status] == ["claimed"] and speaker(doc, e.status[0].statement) == ["Keir Starmer"]


def test_seed_capture_of_two_villages_claimed_by_the_defence_ministry(doc: Document) -> None:
    e = find(doc, "captured")
    assert e.type == "ASSAULT" and any(q.value == 2 and q.unit == "villages" for q in e.quantities)
    claimers = [speaker(doc, s.statement) for s in e.status if s.status == "claimed"]
    assert ["Russian defense ministry"] in claimers
    assert e.place is not None and e.place.within is not None and e.place.within.name == "Sudzha"
    assert e.place.country == "RUS" and e.place.within.country == "RUS"


def test_seed_encirclement_denied_by_zelensky(doc: Document) -> None:
    e = find(doc, "encirclement")
    assert [s.status for s in e.status] == ["denied"] and speaker(doc, e.status[0].statement) == ["Volodymyr Zelensky"]


def test_seed_130_drones_claimed_by_ukraine(doc: Document) -> None:
    e = find(doc, "shot down")
    assert e.type == "ASSAULT"
    assert {(q.value, q.unit) for q in e.quantities} == {(130.0, "drones"), (14.0, "regions")}
    assert [s.status for s in e.status] == ["claimed"] and speaker(doc, e.status[0].statement) == ["Ukraine"]
    assert any(a.country == "UKR" and a.sector == "MIL" for a in e.actors)  # its air force


def test_seed_military_leaders_meeting_planned_for_thursday(doc: Document) -> None:
    e = find(doc, "reconvene")
    assert e.type == "CONSULT" and "planned" in {s.status for s in e.status}
    assert e.time is not None and e.time.start == "2025-03-20"
    assert e.place is not None and e.place.country == "GBR"


def test_seed_italy_participation_not_planned(doc: Document) -> None:
    e = find(doc, "participation")
    assert any(a.country == "ITA" for a in e.actors)
    kinds = {s.status for s in e.status}
    assert "negated" in kinds and "planned" not in kinds
    claim = next(s for s in e.status if s.status == "claimed")
    assert speaker(doc, claim.statement) == ["Giorgia Meloni"]


def test_seed_places_never_in_the_wrong_country(doc: Document) -> None:
    expected = {"Sumy": "UKR", "Kursk": "RUS", "Sudzha": "RUS", "Kyiv": "UKR", "United Kingdom": "GBR",
                "Ukraine": "UKR", "Russia": "RUS"}
    seen = 0
    for e in doc.events:
        p = e.place
        while p is not None:
            if p.name in expected:
                assert p.country == expected[p.name], (e.trigger.text, p)
                seen += 1
            p = p.within
    assert seen >= 5
