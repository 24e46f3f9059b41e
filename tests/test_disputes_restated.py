"""What a claim says when its words are cut short (issue 19): a correction whose new figure names no measure takes the
measure of the figure it corrects in its own sentence ('X, which had said that 212 people had died, revised the figure
down to 198'); a bare 'That is simply not true' right after its source's own denial says that denial again; a verb
read with its particle ('called it off') is the act of its class. On tests/data/disputes/restated.jsonl (four short
reports of our own: a flood toll, a factory fire, a dam, a harbour strike) and on rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.disputes import Row
from reportedly.corpus.polarity import doer_pairs, phrase_key
from reportedly.corpus.propositions import words
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "restated.jsonl"


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 4, tmp_path_factory.mktemp("restated") / "r.db", request.param)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.quote for e in getattr(d, which).evidence)


@pytest.mark.parametrize("old, new", [("212 people had died in the floods", "revised the figure down to 198"),
                                      ("40 workers had been injured in the fire", "lowered the number to 31")])
def test_a_correction_of_a_figure_in_its_own_sentence(found: list[Dispute], old: str, new: str) -> None:
    [d] = [d for d in found if old in side(d, "asserted")]
    assert d.kind == "correction"
    assert new in side(d, "denied")
    assert next(e.values for e in d.denied.evidence if new in e.quote)  # the new figure is read, with its measure


def test_a_bare_denial_says_its_sources_denial_again(found: list[Dispute]) -> None:
    [d] = [d for d in found if "That is simply not true" in side(d, "denied")]
    assert "engineers had been paid by the contractor" in side(d, "asserted")
    assert "14 villages" not in side(d, "asserted")  # the older claim of another source is not what it denies


def test_a_bare_denial_of_a_claim_still_answers_it(found: list[Dispute]) -> None:
    [d] = [d for d in found if "That is false" in side(d, "denied")]
    assert "harbour board had promised a pay offer" in side(d, "asserted")


@pytest.mark.parametrize("text, i, act", [
    ("they called it off on Sunday", 1, "withdraw"),
    ("the ministry called off the inquiry", 2, "withdraw"),
    ("the miners walked out of the talks", 2, "withdraw"),
    ("the coach called the players in", 2, "call"),  # no particle of a class right after the verb or its pronoun
    ("she called them off the pitch", 1, "withdraw"),
])
def test_a_verb_read_with_its_particle(text: str, i: int, act: str) -> None:
    assert phrase_key(text.split(), i) == act


def _row(pk: int, n: int, source: str, actor: int, text: str) -> Row:
    return Row(pk, 1, n, "asserts", "assertion", False, frozenset({actor}), source, tuple(words(text)), None, (), [],
               [], None, ("2026-01-01", 1, n), span=(n * 100, n * 100 + 50), sentence=(n * 100, n * 100 + 60))


def test_called_it_off_against_cancelled_is_one_act() -> None:
    props = {1: "the federation called it off because it wanted a replay",
             2: "it is the academy that cancelled the match"}
    rows = {1: _row(1, 1, "The academy", 10, props[1]), 2: _row(2, 2, "The federation", 11, props[2])}
    assert doer_pairs(rows, props) == [(1, 2)]
    props[1] = "the federation called it a disgrace"
    rows[1] = _row(1, 1, "The academy", 10, props[1])
    assert doer_pairs(rows, props) == []
