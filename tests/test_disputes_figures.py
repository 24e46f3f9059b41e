"""Disputes over figures of different kinds (issue 19): one army's dead, the other's and civilians are three
disputes, not one, and what a number counts is read from its own words (tests/data/disputes/figures.jsonl, three
short reports of our own about an air war between Peru and Ecuador)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.disputes import compatible_kinds
from reportedly.corpus.propositions import quantities
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "figures.jsonl"


def kinds(text: str) -> list[tuple[float, str, list[str]]]:
    return [(q.value, q.measure, sorted(q.whose)) for q in quantities(text)]


def test_a_country_naming_the_source_is_not_whose_the_dead_are() -> None:
    assert kinds("The Peruvian army puts it at nine dead") == [(9.0, "dead", [])]
    assert kinds("a claim by the Peruvian army that 14 Ecuadorian soldiers died") == [
        (14.0, "dead", ["ECU", "soldiers"])]


def test_a_numbers_unit_stops_at_the_next_number() -> None:
    assert kinds("two Peruvian soldiers and five civilians were killed") == [
        (2.0, "dead", ["PER", "soldiers"]), (5.0, "dead", ["PER", "civilians"])]


def test_an_aside_does_not_hide_what_is_counted() -> None:
    assert kinds("three soldiers, not four, had been killed on Sunday") == [(3.0, "dead", ["soldiers"]),
                                                                         (4.0, "dead", [])]


def test_displaced_and_detained_in_other_words() -> None:
    assert kinds("about 40,000 people were sheltering in schools") == [(40000.0, "displaced", [])]
    assert kinds("it counted 58 detentions") == [(58.0, "detained", [])]


def test_figure_kinds_apart() -> None:
    ecu = frozenset({("dead", frozenset({"ECU", "soldiers"}))})
    per = frozenset({("dead", frozenset({"PER", "soldiers"}))})
    civ = frozenset({("dead", frozenset({"civilians"}))})
    bodies = frozenset({("dead", frozenset())})
    assert not compatible_kinds(ecu, per) and not compatible_kinds(ecu, civ)
    assert compatible_kinds(ecu, bodies) and compatible_kinds(civ, bodies)
    assert compatible_kinds(ecu | per, per)  # a claim giving both sides' tolls fits either dispute
    assert compatible_kinds(ecu, frozenset({("wounded", frozenset({"civilians"}))}))


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 3, tmp_path_factory.mktemp("figures") / "f.db", request.param)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.quote for e in getattr(d, which).evidence)


def one(found: list[Dispute], words_in: str) -> Dispute:
    [d] = [d for d in found if words_in in side(d, "asserted") + side(d, "denied")]
    return d


def test_one_armys_dead_is_not_the_others(found: list[Dispute]) -> None:
    d = one(found, "14 Ecuadorian soldiers")
    assert "three of its soldiers" in side(d, "denied")
    both = side(d, "asserted") + side(d, "denied")
    assert "two Peruvian soldiers" not in both and "fifteen bodies" not in both and "nine civilians" not in both


def test_civilian_dead_are_their_own_dispute(found: list[Dispute]) -> None:
    d = one(found, "six civilians")
    assert "11 civilian bodies" in side(d, "denied") and "fifteen bodies" in side(d, "denied")
    assert "Ecuadorian soldiers" not in side(d, "asserted") + side(d, "denied")


def test_the_denier_of_a_toll_is_on_the_denying_side(found: list[Dispute]) -> None:
    d = one(found, "14 Ecuadorian soldiers")
    assert "Ecuador" not in " ".join(d.asserted.sources) and "Peru" not in " ".join(d.denied.sources)
