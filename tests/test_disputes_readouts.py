"""Two readouts of one call told the same day or a day apart: the claim that something was agreed is what is
disputed, asserted by the side that says so and denied by the side that says it was not, whichever report came
first (`tests/data/disputes/readouts.jsonl`, written for reportedly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from tests.disputehelp import disputes_of

DATA = Path(__file__).parent / "data" / "disputes"


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def readouts(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(DATA / "readouts.jsonl", 3, tmp_path_factory.mktemp("readouts") / "r.db", request.param)


def test_the_readout_that_says_it_was_agreed_asserts_and_the_other_side_denies(readouts: list[Dispute]) -> None:
    truce = next(d for d in readouts if "call-1" in d.asserted.documents or "call-1" in d.denied.documents)
    asserted = {e.document.id for e in truce.asserted.evidence if e.kind != "denial"}
    denied = {e.source for e in truce.denied.evidence if e.kind == "denial"}
    assert "call-1" in asserted  # the Ecuadorian presidency's readout
    assert "call-1" not in {e.document.id for e in truce.denied.evidence}
    assert "Peru's foreign ministry" in denied
    assert not any(e.kind == "denial" and e.source == "Peru's foreign ministry" for e in truce.asserted.evidence)
