"""Two readouts of one call worded unlike each other: one side says the parties agreed ('had agreed to raise the
quota', 'We have an agreement'), the other that no agreement was reached ('nothing was agreed', 'there was none').
The outcome each gives is what is disputed, told the same day or a day apart; a readout of another meeting a week
later makes no pair (`tests/data/disputes/deal_readouts.jsonl`, written for reportedly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.outcomes import outcome
from tests.disputehelp import disputes_of

DATA = Path(__file__).parent / "data" / "disputes"


@pytest.mark.parametrize("text, said", [
    ("the two ministers had agreed to raise the quota", True),
    ("We have an agreement, and the fleets can plan the season", True),
    ("a deal had been reached to reopen the border", True),
    ("there was a deal", True),
    ("no agreement was reached on the quota", False),
    ("The talks were useful, but nothing was agreed", False),
    ("the two sides did not agree on a date", None),  # one thing not agreed: not every agreement denied
    ("there was no agreement", False),
    ("the union would agree to talks if the layoffs were withdrawn", None),  # an intention, not an outcome
    ("we hope to have a deal by Friday", None),
    ("It was a constructive meeting", None),
])
def test_the_outcome_a_readout_gives(text: str, said: bool | None) -> None:
    assert outcome(text) is said


@pytest.fixture(scope="module")
def quota(tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(DATA / "deal_readouts.jsonl", 3, tmp_path_factory.mktemp("quota") / "q.db", 1)


def _texts(side: object) -> str:
    return " | ".join(e.quote + " " + e.sentence for e in side.evidence)  # type: ignore[attr-defined]


def test_agreed_against_no_agreement_is_one_dispute(quota: list[Dispute]) -> None:
    found = [d for d in quota if "agreed to raise" in _texts(d.asserted) + _texts(d.denied)]
    assert found
    d = found[0]
    sides = (_texts(d.asserted), _texts(d.denied))
    assert any("agreed to raise" in s and "no agreement was reached" not in s for s in sides)
    assert any("no agreement was reached" in s and "agreed to raise" not in s for s in sides)


def test_a_readout_of_another_meeting_a_week_later_stays_apart(quota: list[Dispute]) -> None:
    assert not any("meet again" in _texts(d.asserted) + _texts(d.denied) for d in quota)
