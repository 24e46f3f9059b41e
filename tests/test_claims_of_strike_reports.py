"""Claims as reports of an exchange of strikes write them: a party's claim that another rejects 'calling it
propaganda', 'fighter jets' (aircraft, not fighters), and 'no third party had mediated' against a claim that
someone did; a claim named inside its rejection is a dispute with its owner, whose other reports join its side
(tests/data/disputes/rejected.jsonl). Texts written for reportedly about a fictional air war."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly import extract
from reportedly.corpus.claims import claims_of
from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.polarity import _no_doer, act_key
from reportedly.corpus.propositions import quantities
from tests.disputehelp import disputes_of


def test_a_rejected_claim_keeps_the_rejecters_words_out_of_it() -> None:
    doc = extract("Claims rejected\n\nRIVERTON: Estoria on Saturday rejected Marvania's claim that six Estorian jets "
                  "had been shot down, calling it propaganda.", id="x", published="2026-05-10")
    found = {(c.position, c.source_text): c.proposition for c in claims_of(doc)}
    assert found[("asserts", "Marvania")] == "six Estorian jets had been shot down"
    assert ("denies", "Marvania") not in found


def test_fighter_jets_are_aircraft_and_no_fighters() -> None:
    (q,) = quantities("it had shot down six fighter jets")
    assert q.measure == "aircraft" and "soldiers" not in q.whose
    assert "soldiers" in quantities("six fighters were killed")[0].whose


def test_no_third_party_did_the_act_of_brokering() -> None:
    m = _no_doer("the truce was agreed directly between the two armies and that no third party had mediated")
    assert m is not None and act_key(m.group(m.lastindex or 1)) == act_key("brokered")
    assert _no_doer("no civilians died in the strikes") is None


CORPUS = Path(__file__).parent / "data" / "disputes" / "rejected.jsonl"


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 2, tmp_path_factory.mktemp("rejected") / "r.db", request.param)


def test_rejecting_a_claim_named_inside_the_denial_is_a_dispute_with_its_owner(found: list[Dispute]) -> None:
    [d] = [d for d in found if "jets" in d.claim.lower()]
    assert d.kind == "denial"
    assert {"Marvania", "Marvania's army"} <= set(d.asserted.sources)  # its army's own report asserts it too
    assert d.denied.sources == ["Estoria"]


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def brokered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    corpus = Path(__file__).parent / "data" / "disputes" / "brokered.jsonl"
    return disputes_of(corpus, 2, tmp_path_factory.mktemp("brokered") / "b.db", request.param)


def test_no_one_mediated_counters_who_brokered_it_whichever_came_first(brokered: list[Dispute]) -> None:
    [d] = [d for d in brokered if "brokered" in d.claim.lower() or "mediated" in d.claim.lower()]
    assert any("Ruth Calder" in s for s in d.asserted.sources)  # the later report asserts
    assert any("Anil Varma" in s for s in d.denied.sources)  # the earlier 'no third party' counters it
