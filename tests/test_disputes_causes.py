"""Who or what two sources blame for one thing (issue 19): 'The union blamed the derailment on cuts to track
maintenance. The operator blamed a signal relay supplied by its contractor' is one counter-claim over the cause; a
third source that blames the same cuts joins the union's side (tests/data/disputes/blamed.jsonl, one report of our
own)."""

from __future__ import annotations

from pathlib import Path

from reportedly.corpus.causes import blame_verbs
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "blamed.jsonl"


def test_blame_verbs_are_data() -> None:
    assert {"blame", "attribute"} <= blame_verbs()


def test_two_sides_blaming_different_things_are_one_counter(tmp_path: Path) -> None:
    found = disputes_of(CORPUS, 1, tmp_path / "b.db", jobs=1)
    (d,) = found
    assert d.kind == "counter"
    asserted = [e.quote or e.sentence for e in d.asserted.evidence]
    denied = [e.quote or e.sentence for e in d.denied.evidence]
    assert any("signal relay" in t for t in asserted + denied)
    cuts = asserted if any("cuts to track maintenance" in t for t in asserted) else denied
    # the union and the council blame the same cuts: one side, not a dispute of their own
    assert sum("cuts to track maintenance" in t for t in cuts) == 2
    assert not any("signal relay" in t for t in cuts)
