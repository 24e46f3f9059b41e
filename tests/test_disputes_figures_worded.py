"""Competing figures worded differently (issue 19). What a number counts is read from the words after it up to the next
number: in 'Eleven workers at the Marlow depot have been infected and three of them have died' the eleven are ill, not
dead. Customers and households without power are one measure, and two figures of it that name no group of people
are one proposition (tests/data/disputes/outage.jsonl, one short report of our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.dispute_model import Row
from reportedly.corpus.dispute_pieces import _same_people_figure
from reportedly.corpus.propositions import Quantity, quantities
from reportedly.corpus.wording import _old_values
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "outage.jsonl"


def read(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.measure) for q in quantities(text)]


def test_the_clause_after_a_number_ends_at_the_next_number() -> None:
    assert read("Eleven workers at the Marlow depot have been infected with the virus and three of them have "
                "died") == [(11.0, "ill")]
    assert read("seven pupils had tested positive and that one death could be linked to the outbreak") == [(7.0, "ill")]
    # unchanged: the unit right after a number, and a second number with its own unit
    assert read("31 people had died and 40 were injured") == [(31.0, "dead"), (40.0, "wounded")]
    assert read("more than 20 servicemen had been killed and 12 wounded") == [(20.0, "dead"), (12.0, "wounded")]
    # with no measure of its own before the next number, the rest of the clause still says it
    assert read("about 310 of its 1,250 daily services had been cancelled") == [(310.0, "cancelled")]


def test_people_cut_off_from_a_supply_are_one_measure() -> None:
    assert read("about 30,000 customers lost power") == [(30000.0, "cut_off")]
    assert read("about 75,000 households were left without electricity") == [(75000.0, "cut_off")]
    assert read("4,000 homes were still without water on Friday") == [(4000.0, "cut_off")]
    # other counts keep their measures
    assert read("about 300 outages were reported") == [(300.0, "incidents")]


def _figure(value: float, whose: frozenset[str], measure: str = "cut_off") -> Row:
    q = Quantity(value, measure, str(value), "", whose)
    return Row(int(value), 1, 0, "asserts", "assertion", False, frozenset(), "x", ("w",), None, (), [q], [], None,
               ("", 1, 0))


def test_figures_of_no_named_people_are_one_proposition() -> None:
    assert _same_people_figure(_figure(30000, frozenset()), _figure(75000, frozenset()))
    # the same people in other words, as before; different people, or people on one side only, stay apart
    assert _same_people_figure(_figure(12, frozenset({"civilians"}), "dead"),
                               _figure(30, frozenset({"civilians", "@orsk"}), "dead"))
    assert not _same_people_figure(_figure(12, frozenset({"soldiers"})), _figure(30, frozenset({"civilians"})))
    assert not _same_people_figure(_figure(12, frozenset({"soldiers"})), _figure(30, frozenset({"@orsk"})))
    # casualty counts of no named people stay apart: one landslide's 27 bodies, a province's 58 dead since May
    assert not _same_people_figure(_figure(27, frozenset(), "dead"), _figure(58, frozenset({"@orsk"}), "dead"))


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 1, tmp_path_factory.mktemp("outage") / "o.db", jobs=1)


def test_customers_and_households_cut_off_are_one_counter(found: list[Dispute]) -> None:
    (d,) = [d for d in found if d.kind == "counter"]
    texts = [e.sentence for side in (d.asserted, d.denied) for e in side.evidence]
    assert any("30,000 customers lost power" in t for t in texts)
    assert any("75,000 households were left without electricity" in t for t in texts)


def test_a_correction_names_the_earlier_figure_after_a_determiner() -> None:
    s = "The operator revised the number of customers who lost power to 52,000, from the 38,000 it had given on Monday"
    assert _old_values(s, quantities(s)) == [38000.0]
    s = "The police corrected the count to 40 from the initial 65"
    assert _old_values(s, quantities(s)) == [65.0]
    # as before: 'from its first figure of 19' still reads the figure, not the determiner
    s = "The army lowered its toll to 12, from its first figure of 19"
    assert _old_values(s, quantities(s)) == [19.0]


TOGETHER = Path(__file__).parent / "data" / "disputes" / "together.jsonl"


def _counters(found: list[Dispute]) -> list[tuple[list[str], list[str]]]:
    return [([e.sentence for e in d.asserted.evidence], [e.sentence for e in d.denied.evidence])
            for d in found if d.kind == "counter"]


def test_figures_a_report_sets_side_by_side_are_one_counter(tmp_path: Path) -> None:
    # a prosecutor's 18 arrested and a rights group's 47 detained, in two reports with no place in common: a third
    # report that gives both ('The prosecutor counts 18 arrests; the forum counts 47 detainees') makes them one counter
    found = disputes_of(TOGETHER, 3, tmp_path / "t.db", jobs=1)
    ((asserted, denied),) = _counters(found)
    assert any("18 dock workers had been arrested" in t for t in asserted)
    assert any("47 people detained" in t for t in denied)
    # without that report the two figures stay apart
    two = tmp_path / "two.jsonl"
    two.write_text("".join(TOGETHER.read_text(encoding="utf-8").splitlines(keepends=True)[:2]), encoding="utf-8")
    assert not _counters(disputes_of(two, 2, tmp_path / "two.db", jobs=1))
