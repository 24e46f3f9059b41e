"""Denials worded unlike the claim and blame denied by the accused (issue 19), on four short reports of our own about
fish deaths in a river (tests/data/disputes/accused.jsonl): 'Harbourline played no role whatsoever' against
'Harbourline said its negotiators had brokered the deal'; 'Korvane rejected that. "...," Korvane spokeswoman X said';
'the company could not rule out a fault' claims a fault may be so and denies nothing; 'The Vessa River Authority
denied any responsibility' answers the report that named it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.dispute_model import Row
from reportedly.corpus.sides import antecedents, same_side
from reportedly.corpus.wording import negation_led
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "accused.jsonl"


def test_no_share_in_something_is_a_denial() -> None:
    assert negation_led("Orvalia has nothing to do with the outage at the smelter")
    assert negation_led("the envoy played no role whatsoever")
    assert negation_led("the contractor had no hand in the collapse")
    # as before: a negated verb, a negative opening
    assert negation_led("the army had not withdrawn from the ridge")
    assert negation_led("Nobody was hurt at the depot")
    # a share that is not denied stays an assertion
    assert not negation_led("the envoy played a decisive role in the talks")


def test_a_possibility_not_ruled_out_denies_nothing() -> None:
    assert not negation_led("the operator could not yet rule out a technical fault")
    assert not negation_led('the firm had not excluded "a flaw in the new firmware"')
    assert not negation_led("We cannot rule out that more bodies will be found")
    # a ruling out that is not negated is no hedge either way, and other negations stay denials
    assert negation_led("the operator could not restore power before midnight")


def _row(pk: int, n: int, source: str, actor: int) -> Row:
    return Row(pk, 1, n, "asserts", "assertion", False, frozenset({actor}), source, ("w",), None, (), [], [], None,
               ("", 1, n))


def test_an_officer_named_after_the_body_speaks_for_it() -> None:
    body = _row(1, 0, "Korvane", 10)
    other = _row(2, 1, "The county environment office", 11)
    officer = _row(3, 2, "Korvane spokeswoman Ilse Marten", 12)
    ministry = _row(4, 3, "The Ministry of Fisheries", 13)
    possessive = _row(5, 4, "the ministry's spokesman Aksel Brenna", 14)
    stranger = _row(6, 5, "Harbourline spokesman Eirik Dahl", 15)
    rows = {r.pk: r for r in (body, other, officer, ministry, possessive, stranger)}
    officers = antecedents(rows)
    assert same_side(officer, body, officers)
    assert same_side(possessive, ministry, officers)
    # a body named before the role that is no source just before it: no side of anyone's
    assert not same_side(stranger, body, officers) and not same_side(stranger, ministry, officers)
    assert not same_side(officer, other, officers)


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 4, tmp_path_factory.mktemp("accused") / "a.db", jobs=1)


def _texts(d: Dispute, side: str) -> list[str]:
    return [t for e in getattr(d, side).evidence for t in (e.quote or "", e.sentence)]


def _with(found: list[Dispute], words: str) -> list[Dispute]:
    return [d for d in found if any(words in t for t in _texts(d, "asserted"))]


def test_the_accused_denies_what_names_it(found: list[Dispute]) -> None:
    (d,) = _with(found, "negotiators had brokered the deal")
    assert any("Harbourline played no role whatsoever" in t for t in _texts(d, "denied"))


def test_a_denial_takes_what_its_officer_goes_on_to_say(found: list[Dispute]) -> None:
    (discharge,) = _with(found, "discharge from the Korvane Chemicals plant")
    assert any("Nothing left our site" in t for t in _texts(discharge, "denied"))
    (delay,) = _with(found, "held back a warning to anglers")
    assert any("nothing to do with any delay" in t for t in _texts(delay, "denied"))


def test_a_denial_of_blame_answers_the_reports_that_name_its_source(found: list[Dispute]) -> None:
    (d,) = [d for d in found if any("denied any responsibility for the fish deaths" in t for t in _texts(d, "denied"))]
    asserted = _texts(d, "asserted")
    assert any("a fault at the Vessa River Authority's pumping station" in t for t in asserted)
    assert not any("restocked in the autumn" in t for t in asserted)  # says 'river', names no authority
    # a denial of a role nobody gave its source answers nothing
    assert not any("denied any role in the closure of the harbour" in t for d in found for t in _texts(d, "denied"))


def test_a_hedge_and_a_stranger_deny_nothing(found: list[Dispute]) -> None:
    denied = [t for d in found for t in _texts(d, "denied")]
    assert not any("could not rule out a fault" in t for t in denied)
    assert not any("Nobody will fish here" in t for t in denied)  # about no one's claim before it


QUOTED_AFTER = Path(__file__).parent / "data" / "disputes" / "quoted_after.jsonl"


def test_a_denial_answers_the_accusation_its_report_quotes_after_it(tmp_path: Path) -> None:
    found = disputes_of(QUOTED_AFTER, 2, tmp_path / "q.db", jobs=1)
    (d,) = _with(found, "emptied its tanks into the water after dark")
    assert any("rejected as baseless the harbour master's accusation" in t for t in _texts(d, "denied"))
    # a claim after a denial that says nothing alike is no accusation: the airline's denial stays alone
    assert not _with(found, "the new terminal would open in May")
