"""A notice one side says it sent and the other says it never received, and two estimates of one loss from two
reports that name no place (`tests/data/disputes/notices.jsonl`, written for reportedly): each is one dispute, with
the sender (or the first estimate) on one side and the receiver's denial (or the other estimate) on the other; a
complaint weeks later of not being consulted about something else, and a fine in the same money, stay out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.outcomes import notice
from tests.disputehelp import disputes_of

DATA = Path(__file__).parent / "data" / "disputes"


@pytest.mark.parametrize("text, denied, said", [
    ("the notice was sent on July 20 through the official channel", False, True),
    ("a written warning went to the ministry in March", False, True),
    ("the port authorities were informed in good time", False, True),
    ("it wrote to the union in July", False, True),
    ("it never received one", False, False),
    ("There was no notice. Not in July", False, False),
    ("Nothing arrived, not in July, not ever", False, False),
    ("had not been notified of any closure", False, False),
    ("receiving any warning about the closure", True, False),  # 'denied receiving any warning'
    ("the ministry had received a warning in July", False, None),  # what the receiver did: no sender's claim
    ("prices would rise", False, None),
    ("the closure would be notified to the union in writing", False, None),  # an intention
])
def test_what_a_claim_says_of_a_notice(text: str, denied: bool, said: bool | None) -> None:
    assert notice(text, denied) is said


@pytest.fixture(scope="module")
def quay(tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(DATA / "notices.jsonl", 3, tmp_path_factory.mktemp("quay") / "q.db", 1)


def _texts(side: object) -> str:
    return " | ".join(e.quote + " " + e.sentence for e in side.evidence)  # type: ignore[attr-defined]


def _one(quay: list[Dispute], words: str) -> tuple[str, str]:
    found = [d for d in quay if words in _texts(d.asserted) + _texts(d.denied)]
    assert len(found) == 1
    return _texts(found[0].asserted), _texts(found[0].denied)


def test_a_notice_sent_against_one_never_received(quay: list[Dispute]) -> None:
    sides = _one(quay, "sent a written notice")
    assert any("sent a written notice" in s and "never received" not in s for s in sides)
    assert any("never received" in s and "sent a written notice" not in s for s in sides)
    assert not any("consulted" in s for s in sides)  # another grievance, weeks later
    # told after the denial in its report, the sender's claim is still the one denied
    assert any("delivered to the union's office" in s and "never received" not in s for s in sides)


def test_two_estimates_of_one_loss_with_no_place(quay: list[Dispute]) -> None:
    sides = _one(quay, "3.2 billion pesos")
    assert any("3.2 billion" in s and "1.4 billion" not in s for s in sides)
    assert any("1.4 billion" in s and "3.2 billion" not in s for s in sides)
    assert not any("fined" in s for s in sides)  # a fine in the same money is another figure
