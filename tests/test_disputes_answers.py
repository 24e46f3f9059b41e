"""Denials that answer a claim with no words of their own (issue 19): 'That is simply not true' after 'Asked whether
X', 'No one ordered a recount', and an officer who speaks for a body named before ('said its spokesman'), on
tests/data/disputes/answers.jsonl (four short reports of our own: a civil war, a paper plant and a water agency, a
recount row)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.claims import claims_of
from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.disputes import Row
from reportedly.corpus.propositions import words
from reportedly.corpus.sides import antecedents, same_side
from reportedly.pipeline import process
from reportedly.text.read import RawDocument
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "answers.jsonl"


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.position, c.kind, c.proposition) for c in claims_of(process(RawDocument("t", text)))]


def test_that_is_simply_not_true_points_at_what_was_asked() -> None:
    found = _claims("Asked whether the mill had poisoned the river, its manager, Paul Dorn, said: "
                    "\"That is simply not true.\"")
    assert ("denies", "denial", "the mill had poisoned the river") in found


def test_that_is_simply_not_true_alone_only_points() -> None:
    found = _claims("Farmers said the mill had poisoned the river. Its manager, Paul Dorn, said: "
                    "\"That is simply not true.\"")
    assert ("denies", "denial", "") in found


def _row(pk: int, n: int, position: str, source: str, actor: int, *, lead: str = "") -> Row:
    return Row(pk, 1, n, position, "denial" if position == "denies" else "assertion", False, frozenset({actor}),
               source, tuple(words("")), None, (), [], [], None, ("2026-01-01", 1, n), lead=lead)


def test_a_spokesman_speaks_for_whoever_his_body_is() -> None:
    rows = {1: _row(1, 0, "denies", "the air force", 10),  # 'a claim the air force dismissed as invented'
            2: _row(2, 1, "asserts", "Hassan Djibrine", 11),
            3: _row(3, 2, "asserts", "The Air Force", 10),  # the body named again, with a claim of its own
            4: _row(4, 3, "denies", "its spokesman, Colonel Idriss Mahamat", 12)}
    officers = antecedents(rows)
    assert officers == {4: 3}
    assert same_side(rows[4], rows[1], officers) and same_side(rows[1], rows[4], officers)
    assert not same_side(rows[4], rows[2], officers)


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 4, tmp_path_factory.mktemp("answers") / "a.db", request.param)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.quote for e in getattr(d, which).evidence)


def one(found: list[Dispute], words_in: str) -> Dispute:
    [d] = [d for d in found if words_in in side(d, "asserted") + side(d, "denied")]
    return d


def test_asked_whether_and_not_true_in_another_report(found: list[Dispute]) -> None:
    d = one(found, "That is simply not true")
    assert "dumped sludge" in side(d, "asserted") and d.kind == "denial"


def test_no_one_did_it_counters_someone_did_it(found: list[Dispute]) -> None:
    d = one(found, "No one ordered a recount")
    assert "governor had ordered a recount" in side(d, "asserted")
    assert "No one" not in side(d, "asserted")


def test_the_spokesmans_denial_is_the_bodys(found: list[Dispute]) -> None:
    d = one(found, "shot down an army helicopter")
    assert "That story is a lie" in side(d, "denied") and "dismissed as invented" in side(d, "denied")
    assert "We brought down one helicopter" in side(d, "asserted")


def test_only_the_disputes_written_in(found: list[Dispute]) -> None:
    assert len(found) == 3
