"""Who did it, as a proposition (issue 19): two sources that each name the other as the doer of one act ('the union
said the operator had cancelled the meeting' / 'the operator said it was the union that had pulled out') are a
counter-claim, with each side on its own account. On tests/data/disputes/doers.jsonl (three short reports of our own:
port pay talks that did not take place, a cup final called off)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.disputes import Row
from reportedly.corpus.polarity import doer_pairs
from reportedly.corpus.propositions import words
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "doers.jsonl"


def _row(pk: int, n: int, source: str, actor: int, text: str, nation: frozenset[str] = frozenset()) -> Row:
    return Row(pk, 1, n, "asserts", "assertion", False, frozenset({actor}), source, tuple(words(text)), None, (), [],
               [], None, ("2026-01-01", 1, n), span=(n * 100, n * 100 + 50), sentence=(n * 100, n * 100 + 60),
               nation=nation)


def test_each_source_naming_the_other_as_doer_is_a_pair() -> None:
    rows = {1: _row(1, 1, "The tenants' association", 10, "the landlord had cancelled the hearing"),
            2: _row(2, 2, "The landlord", 11, "it was the association that had withdrawn from the hearing")}
    assert doer_pairs(rows, {1: "the landlord had cancelled the hearing",
                             2: "it was the association that had withdrawn from the hearing"}) == [(1, 2)]


def test_no_pair_when_the_doer_is_not_the_other_source_or_the_act_differs() -> None:
    props = {1: "the landlord had cancelled the hearing", 2: "the council had cancelled the hearing",
             3: "the association had praised the hearing"}
    rows = {1: _row(1, 1, "The tenants' association", 10, props[1]), 2: _row(2, 2, "The landlord", 11, props[2]),
            3: _row(3, 3, "The landlord", 11, props[3])}
    assert doer_pairs(rows, props) == []  # the council is no source here; praising is another act


def test_two_countries_each_saying_the_other_fired_are_no_pair() -> None:
    props = {1: "Ruritanian troops opened fire on the post", 2: "Bordurian troops opened fire on the village"}
    rows = {1: _row(1, 1, "Borduria", 10, props[1], frozenset({"XBO"})),
            2: _row(2, 2, "Ruritania", 11, props[2], frozenset({"XRU"}))}
    assert doer_pairs(rows, props) == []  # two acts of one clash: blame_pairs reads who fired first


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 3, tmp_path_factory.mktemp("doers") / "d.db", request.param)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.quote for e in getattr(d, which).evidence)


def test_who_cancelled_the_talks_is_a_counter(found: list[Dispute]) -> None:
    [d] = [d for d in found if "operator had cancelled the meeting" in side(d, "asserted")]
    assert d.kind == "counter"
    assert "union that had pulled out" in side(d, "denied") and "the union cancelled" in side(d, "denied")
    assert "union" not in side(d, "asserted").replace("the operator had cancelled", "")


def test_who_called_off_the_final_is_a_counter(found: list[Dispute]) -> None:
    [d] = [d for d in found if "club had withdrawn its team" in side(d, "asserted")]
    assert "league had cancelled the fixture" in side(d, "denied")
