"""One dispute, one entry (issue 19, top of the list): who-did-it groups take their sides by the doer each claim names
and are joined when two of them name the same two doers; a group whose seeds say nothing like what its other side
asserts is left out; a counter over figures whose seed only repeats its source's earlier figure is turned round. On
rows we build here and on tests/data/disputes/pieces.jsonl (three short reports of our own: an opera run scrapped, a
rain toll)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus import dispute_pieces
from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.dispute_model import Group, Row
from reportedly.corpus.dispute_pieces import holds_one, join_by_doer, join_contained, one_side, orient_counter
from reportedly.corpus.propositions import Quantity, words
from reportedly.corpus.similarity import Vec
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "pieces.jsonl"


def _row(pk: int, doc: int, source: str, actor: int, text: str, day: str, kind: str = "assertion",
         figures: list[Quantity] | None = None) -> Row:
    position = "denies" if kind in ("denial", "counter") else "asserts"
    return Row(pk, doc, pk, position, kind, False, frozenset({actor}), source, tuple(words(text)), None, (),
               figures or [], [], day, (day, doc, pk), span=(pk * 100, pk * 100 + 50))


def test_two_who_did_it_groups_over_the_same_two_doers_are_one_oriented_by_doer() -> None:
    rows = {1: _row(1, 1, "The tenants' association", 10, "the landlord had cancelled the hearing", "2026-02-01"),
            2: _row(2, 1, "The landlord", 11, "it was the association that had walked out", "2026-02-01"),
            3: _row(3, 2, "The landlord", 11, "the association withdrew", "2026-02-02"),
            4: _row(4, 2, "The tenants' association", 10, "the landlord cancelled", "2026-02-02")}
    doers = {1: "landlord", 2: "association", 3: "association", 4: "landlord"}
    first = Group([2], asserting={1}, denying={2}, apart=True)
    second = Group([4], asserting={2, 3}, denying={4}, apart=True)  # chained the other way round
    [g] = join_by_doer([first, second], rows, doers)
    assert g.asserting == {1, 4} and g.denying == {2, 3}


def test_who_did_it_groups_weeks_apart_or_over_other_doers_stay_two() -> None:
    rows = {1: _row(1, 1, "The ferry line", 10, "the harbour board had closed the berth", "2026-04-01"),
            2: _row(2, 1, "The harbour board", 11, "it was the ferry line that had closed it", "2026-04-01"),
            3: _row(3, 2, "The harbour board", 11, "the ferry line shut the berth", "2026-05-20"),
            4: _row(4, 2, "The ferry line", 10, "the harbour board shut it", "2026-05-20")}
    doers = {1: "harbour", 2: "ferry", 3: "ferry", 4: "harbour"}
    groups = [Group([2], asserting={1}, denying={2}, apart=True), Group([4], asserting={3}, denying={4}, apart=True)]
    assert len(join_by_doer(groups, rows, doers)) == 2  # seven weeks apart: two closures


def _vec(x: float, y: float) -> Vec:
    return Vec({"a": x, "b": y} if x or y else {})


def test_a_group_whose_seed_is_like_nothing_it_answers_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = {1: _row(1, 1, "The water board", 10, "61 people have died in the province since the rains began",
                    "2026-10-04"),
            2: _row(2, 1, "The police", 11, "its divers have pulled 19 bodies out of the reservoir", "2026-10-04",
                    kind="counter")}
    vectors = {1: _vec(1.0, 0.0), 2: _vec(0.0, 1.0)}  # nothing in common
    g = Group([2], asserting={1}, denying={2})
    assert not holds_one(g, rows, vectors)
    monkeypatch.setattr(dispute_pieces, "CROSS", 0.0)
    assert holds_one(g, rows, vectors)


def test_a_seed_that_only_points_a_correction_or_an_alike_seed_keeps_its_group() -> None:
    rows = {1: _row(1, 1, "The mill", 10, "the river was clean", "2026-06-01"),
            2: _row(2, 1, "Anglers", 11, "", "2026-06-01", kind="denial"),
            3: _row(3, 1, "Anglers", 11, "fish died below the mill", "2026-06-01", kind="denial")}
    vectors = {1: _vec(1.0, 0.0), 2: Vec(), 3: _vec(0.8, 0.6)}
    assert holds_one(Group([2], asserting={1}, denying={2}), rows, vectors)  # 'rejected that': tied by its target
    assert holds_one(Group([3], asserting={1}, denying={3}), rows, vectors)
    assert holds_one(Group([3], asserting={1}, denying={3}, correction=True), rows, {1: _vec(1, 0), 3: _vec(0, 1)})


def _people(value: float) -> list[Quantity]:
    return [Quantity(value=value, measure="displaced", text=str(value))]


def test_a_counter_repeating_its_sources_earlier_figure_is_turned_round() -> None:
    rows = {1: _row(1, 1, "The district governor", 10, "1,200 people had been moved to schools", "2026-07-01",
                    figures=_people(1200)),
            2: _row(2, 2, "The relief fund", 11, "about 3,000 people were sheltering in barns", "2026-07-04",
                    figures=_people(3000)),
            3: _row(3, 2, "The district governor", 10, "has put the number at 1,200", "2026-07-04", kind="counter",
                    figures=_people(1200))}
    g = Group([3], asserting={2}, denying={1, 3}, measures=frozenset({"displaced"}))
    orient_counter(g, rows)
    assert g.asserting == {1, 3} and g.denying == {2}
    # the same figures with the governor's first count given on the day of the fund's: left as it is
    rows[1] = _row(1, 1, "The district governor", 10, "1,200 people had been moved", "2026-07-04",
                   figures=_people(1200))
    g = Group([3], asserting={2}, denying={1, 3}, measures=frozenset({"displaced"}))
    orient_counter(g, rows)
    assert g.asserting == {2}


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 3, tmp_path_factory.mktemp("pieces") / "p.db", request.param)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.quote for e in getattr(d, which).evidence)


def test_who_pulled_out_told_twice_is_one_dispute(found: list[Dispute]) -> None:
    mine = [d for d in found if "playhouse" in side(d, "asserted") + side(d, "denied")]
    assert len(mine) == 1
    [d] = mine
    assert "Lantern Players had cancelled" in side(d, "asserted") and "Lantern Players withdrew" in side(d, "asserted")
    assert "playhouse that had pulled out" in side(d, "denied") and "the playhouse cancelled" in side(d, "denied")


def test_two_tolls_of_other_scope_are_no_dispute(found: list[Dispute]) -> None:
    assert not [d for d in found if "19 bodies" in side(d, "asserted") + side(d, "denied")]


def test_a_claim_of_the_deniers_side_does_not_assert_what_they_deny() -> None:
    rows = {1: _row(1, 1, "The fishermen's guild", 10, "the dredger had dumped silt in the bay", "2026-05-02"),
            2: _row(2, 1, "The dredging company", 11, "denied that silt had been dumped", "2026-05-02", kind="denial"),
            3: _row(3, 2, "The dredging company", 11, "the silt in the bay came from the river", "2026-05-03"),
            4: _row(4, 2, "The fishermen's guild", 10, "divers saw silt piled near the buoys", "2026-05-03")}
    g = Group([2], asserting={1, 3}, denying={2, 4})  # alike claims put on the wrong side by their words
    one_side(g, rows, {2: {1}})
    assert g.asserting == {1} and g.denying == {2}
    g = Group([2], asserting={1, 3}, denying={2, 4}, correction=True)  # a source revising itself: both sides kept
    one_side(g, rows, {2: {1}})
    assert g.asserting == {1, 3}


def test_a_second_denial_of_a_claim_a_bigger_group_asserts_joins_it() -> None:
    rows = {1: _row(1, 1, "The brewery", 10, "it had paid the growers in full in March", "2026-04-02"),
            2: _row(2, 1, "The growers' cooperative", 11, "that was untrue", "2026-04-02", kind="denial"),
            3: _row(3, 2, "The brewery", 10, "it paid the growers in full", "2026-04-05"),
            4: _row(4, 2, "A grower, Ines Baptista", 12, "not one of us has seen the money", "2026-04-05",
                    kind="counter")}
    big = Group([2], asserting={1, 3}, denying={2})
    small = Group([4], asserting={3}, denying={4})
    [g] = join_contained([big, small], rows)
    assert g.asserting == {1, 3} and g.denying == {2, 4}
    # the same two groups when the second one's denier is the first one's asserting source: two disputes
    rows[4] = _row(4, 2, "The brewery", 10, "not one grower has complained", "2026-04-05", kind="counter")
    assert len(join_contained([Group([2], asserting={1, 3}, denying={2}), Group([4], asserting={3}, denying={4})],
                              rows)) == 2
