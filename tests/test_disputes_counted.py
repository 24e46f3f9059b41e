"""A figure a source gives with a count verb is its claim (issue 19): 'the bureau counted 44 detentions', 'the hospital
later counted 18 bodies', also in a clause after 'while' inside another source's statement, which no longer holds it.
On tests/data/disputes/counted.jsonl (three short reports of our own: a teachers' march, a mudslide) and on text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.propositions import quantities
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "counted.jsonl"


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 3, tmp_path_factory.mktemp("counted") / "n.db", request.param)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.quote for e in getattr(d, which).evidence)


def test_a_count_after_while_is_another_sources_claim(found: list[Dispute]) -> None:
    [d] = [d for d in found if "counted 44 detentions" in side(d, "denied")]
    assert d.kind == "counter"
    assert "29 people were arrested" in side(d, "asserted")
    assert "counted 44" not in side(d, "asserted")  # the police statement no longer holds the bureau's count
    assert any("Civil Liberties Bureau" in s for s in d.denied.sources)


def test_a_count_in_the_reports_own_words_is_its_sources_claim(found: list[Dispute]) -> None:
    [d] = [d for d in found if "61 injured marchers" in side(d, "asserted") + side(d, "denied")]
    assert "more than 100 were hurt" in side(d, "asserted") + side(d, "denied")
    [t] = [d for d in found if "counted 18 bodies" in side(d, "asserted") + side(d, "denied")]
    assert "31 residents had died" in side(t, "asserted") + side(t, "denied")


def test_no_count_claim_without_a_figure_as_the_object(found: list[Dispute]) -> None:
    assert not any("three teachers' unions" in side(d, "asserted") + side(d, "denied") for d in found)


@pytest.mark.parametrize("text, people", [
    ("the clinic counted 18 bodies, six of them children", {"civilians"}),
    ("it has verified 10 deaths, including four soldiers", {"soldiers"}),
    ("at least 27 deaths on both sides, including nine soldiers", {"all"}),  # a total: the part does not say whose
    ("40 people died, most of them in the capital", set()),
])
def test_the_people_of_a_part_say_whose_a_figure_is(text: str, people: set[str]) -> None:
    [q] = quantities(text)
    assert {w for w in q.whose if w.isalpha()} == people
