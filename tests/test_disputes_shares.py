"""Figures worded as shares, ranges and lists (issue 19): 'nine in ten drivers', '30 to 35 dead', 'the regulator at
1,800' are values of one measure, so that two sources' competing figures are one counter-claim however they are
worded (tests/data/disputes/shares.jsonl, two short reports of our own about a bus strike)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.propositions import conflicting, quantities
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "shares.jsonl"


def read(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.measure, q.bound) for q in quantities(text)]


def test_a_share_is_a_percentage_and_its_denominator_no_count() -> None:
    assert read("nine in ten nurses had walked out") == [(90.0, "turnout", "")]
    assert read("fewer than four out of ten staff joined the strike") == [(40.0, "turnout", "fewer than")]
    assert read("one in four voters stayed home") == [(25.0, "turnout", "")]
    # 'one of them', 'no one': still no count
    assert read("no one was hurt") == []


def test_a_range_is_bounded_at_both_ends() -> None:
    assert read("between 40 and 60 people were killed") == [(40.0, "dead", "at least"), (60.0, "dead", "up to")]
    assert read("the toll was 30 to 35") == [(30.0, "dead", "at least"), (35.0, "dead", "up to")]
    low, high = quantities("the toll was 30 to 35")
    (inside,) = quantities("33 people were killed")
    (outside,) = quantities("50 people were killed")
    assert not conflicting(low, inside) and not conflicting(high, inside)
    assert conflicting(high, outside)


def test_a_list_of_figures_keeps_the_measure_just_named() -> None:
    assert read("Varnholt puts it at 220 barrels of diesel, the inspectors at 1,400 and the farmers at more than "
                "3,000") == [(220.0, "volume", ""), (1400.0, "volume", ""), (3000.0, "volume", "more than")]
    # a number with a unit of its own keeps it
    assert read("Varnholt puts it at 220 barrels and said 12 people were hurt") == [(220.0, "volume", ""),
                                                                                    (12.0, "wounded", "")]


def test_the_clause_after_the_number_says_what_it_counts() -> None:
    assert read("fewer than four in ten drivers had joined the strike and about 150 of its 900 routes had been "
                "cancelled") == [(40.0, "turnout", "fewer than"), (150.0, "cancelled", "about")]
    assert read("Seventeen workers were taken away in vans") == [(17.0, "detained", "")]
    assert not any(w.startswith("@") for q in quantities("Seventeen workers were taken away") for w in q.whose)


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 2, tmp_path_factory.mktemp("shares") / "s.db", jobs=1)


def test_competing_turnout_shares_are_one_counter(found: list[Dispute]) -> None:
    turnout = [d for d in found if d.kind == "counter"
               and any("Nine in ten" in e.sentence for side in (d.asserted, d.denied) for e in side.evidence)]
    assert turnout, [d.claim for d in found]
    (d,) = turnout
    texts = [e.sentence for side in (d.asserted, d.denied) for e in side.evidence]
    assert any("fewer than four in ten" in t for t in texts)
