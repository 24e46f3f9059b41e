"""Disputes about people (issue 19): who a claim is about keeps two disputes apart, a figure of the people a denial
names asserts it, and a running toll or a part of a toll is no dispute. Small reports of our own, one story a file
(tests/data/disputes/people_*.jsonl): an air war between Ethiopia and Eritrea, a civil war's shelled market in Goma, a
chemical company and a union, an election protest in Zambia, an earthquake's toll in Peru."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus import disputes as grouping
from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.disputes import Row, group
from reportedly.corpus.propositions import Vocabulary, measures_named, participants, quantities, words
from tests.disputehelp import disputes_of

DATA = Path(__file__).parent / "data" / "disputes"


# --- what a proposition says of people and figures ----------------------------------------------------------


def test_a_part_of_a_toll_is_no_toll() -> None:
    assert quantities("One of the dead was a ten-year-old boy, the fire brigade said") == []
    assert quantities("Four of the victims were children") == []
    assert [(q.value, q.measure) for q in quantities("killing at least 14 civilians, six of them children")] == [
        (14.0, "dead")]
    assert [(q.value, q.measure) for q in quantities("nine of its soldiers had been wounded")] == [(9.0, "wounded")]


def test_fighters_killed_are_people_and_fighter_jets_aircraft() -> None:
    assert [(q.value, q.measure) for q in quantities("its jets had killed 35 fighters")] == [(35.0, "dead")]
    assert [(q.value, q.measure) for q in quantities("it shot down two fighter jets")] == [(2.0, "aircraft")]


def test_the_people_and_the_measure_a_claim_names_without_a_number() -> None:
    assert participants("rejected claims that the raids had killed civilians") == {"civilians"}
    assert participants("no soldier was hurt and no shopper either") == {"soldiers", "civilians"}
    assert participants("the agency approved the plant") == frozenset()
    assert "dead" in measures_named("no civilians died") and "wounded" in measures_named("workers had been hurt")


# --- grouping: different people, two disputes ---------------------------------------------------------------


def _row(pk: int, doc: int, n: int, position: str, source: str, text: str, actor: int, target: int | None = None
         ) -> Row:
    return Row(pk, doc, n, position, "denial" if position == "denies" else "assertion", False, frozenset({actor}),
               source, tuple(words(text)), target, (), [], [], "2026-04-06", ("2026-04-06", doc, n),
               who=participants(text), counts=measures_named(text))


def _groups(rows: dict[int, Row]) -> list[list[int]]:
    vocab = Vocabulary.of(r.words for r in rows.values())
    return sorted(sorted(g.seeds) for g in group(rows, vocab))


ROWS = {1: _row(1, 1, 0, "asserts", "Eritrea", "the border raids killed soldiers near the river", 1),
        2: _row(2, 1, 1, "denies", "Ethiopia", "the border raids killed soldiers near the river", 2, target=1),
        3: _row(3, 2, 0, "asserts", "Eritrea", "the border raids killed civilians near the river", 1),
        4: _row(4, 2, 1, "denies", "Ethiopia", "the border raids killed civilians near the river", 2, target=3)}


def test_denials_about_soldiers_and_about_civilians_are_two_disputes() -> None:
    assert _groups(ROWS) == [[2], [4]]


def test_without_the_people_rule_they_would_be_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grouping, "PARTICIPANTS", False)
    assert _groups(ROWS) == [[2, 4]]


def test_denials_about_the_same_people_are_still_one_dispute() -> None:
    rows = dict(ROWS)
    rows[1] = _row(1, 1, 0, "asserts", "Eritrea", "the border raids killed villagers near the river", 1)
    rows[2] = _row(2, 1, 1, "denies", "Ethiopia", "the border raids killed villagers near the river", 2, target=1)
    assert _groups(rows) == [[2, 4]]


# --- on stores of our own reports ---------------------------------------------------------------------------


def _found(name: str, reports: int, jobs: int | None, tmp: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(DATA / f"people_{name}.jsonl", reports, tmp.mktemp(name) / "p.db", jobs)


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def war(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return _found("war", 3, request.param, tmp_path_factory)


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def company(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return _found("company", 2, request.param, tmp_path_factory)


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def quake(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return _found("quake", 2, request.param, tmp_path_factory)


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def civil(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return _found("civil", 2, request.param, tmp_path_factory)


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def election(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return _found("election", 2, request.param, tmp_path_factory)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.sentence for e in getattr(d, which).evidence)


def one(found: list[Dispute], denied_words: str) -> Dispute:
    hits = [d for d in found if denied_words in side(d, "denied")]
    assert len(hits) == 1, [(d.claim, side(d, "denied")) for d in found]
    return hits[0]


def test_a_civilian_toll_asserts_the_denial_that_civilians_died(war: list[Dispute]) -> None:
    d = one(war, "no proof that one civilian was harmed")
    assert "civilian toll at 14" in side(d, "asserted")
    assert "bodies of 16 civilians" in side(d, "asserted")
    assert "two Ethiopian soldiers" not in side(d, "asserted")  # another people's toll


def test_workers_treated_assert_the_denial_that_workers_were_hurt(company: list[Dispute]) -> None:
    d = one(company, "denied that any of its workers had been hurt")
    assert "treated nine workers" in side(d, "asserted")
    assert "40 tonnes" not in side(d, "asserted")  # a figure of no people


def test_a_running_toll_raised_by_its_own_source_is_no_correction(quake: list[Dispute]) -> None:
    assert not [d for d in quake if d.kind == "correction"]
    everything = " | ".join(side(d, s) for d in quake for s in ("asserted", "denied"))
    assert "raised the death toll" not in everything and "updated its count" not in everything
    assert "One of the dead" not in everything  # a part of the aftershock's toll counters nothing


def test_traders_killed_and_soldiers_killed_are_not_one_counter(civil: list[Dispute]) -> None:
    for d in civil:
        both = side(d, "asserted") + side(d, "denied")
        assert not ("bodies of market traders" in both and "40 government soldiers" in both), d.claim


def test_a_part_of_the_injured_is_no_figure(election: list[Dispute]) -> None:
    d = one(election, "denied that any protesters had been injured")
    assert "30 injured demonstrators" in side(d, "asserted")  # regression: found before this rule too
    assert "Two of the injured" not in side(d, "asserted") + side(d, "denied")


# --- 'no country had mediated it': no doer of a kind ----------------------------------------------------------


def test_no_doer_of_a_kind_in_a_later_clause() -> None:
    from reportedly.corpus.polarity import _no_doer

    def verb(text: str) -> str | None:
        m = _no_doer(text)
        return m.group(m.lastindex or 1) if m else None

    assert verb("the truce was agreed directly and that no country had mediated it") == "mediated"
    assert verb("no government brokered the deal") == "brokered"
    assert verb("No one brokered it") == "brokered"
    assert verb("no civilians died in the raid") is None  # what did not happen to whom, no doer
    assert verb("the country had mediated it") is None


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def nodoer(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return _found("nodoer", 2, request.param, tmp_path_factory)


def test_no_country_mediated_it_counters_who_mediated(nodoer: list[Dispute]) -> None:
    d = one(nodoer, "no country had mediated it")
    assert "mediated by Kenyan envoys" in side(d, "asserted")


def test_no_inspector_tested_it_counters_the_tests(nodoer: list[Dispute]) -> None:
    d = one(nodoer, "no inspector had tested the milk")  # regression: a polarity pair found it before
    assert "its inspectors had tested the milk" in side(d, "asserted")


# --- each side denying the other's account: two disputes -----------------------------------------------------


SWAPPED = {1: _row(1, 1, 0, "asserts", "Unity Party", "ballot boxes in the northern district were stuffed at night", 1),
           2: _row(2, 1, 1, "denies", "Civic Alliance", "ballot boxes in the northern district were stuffed", 2,
                   target=1),
           3: _row(3, 2, 0, "asserts", "Civic Alliance", "ballot boxes in the northern district were stolen at night",
                   2),
           4: _row(4, 2, 1, "denies", "Unity Party", "ballot boxes in the northern district were stolen", 1, target=3)}


def test_two_parties_denying_each_others_account_are_two_disputes() -> None:
    assert _groups(SWAPPED) == [[2], [4]]


def test_without_the_sides_rule_they_would_be_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grouping, "SIDES_APART", False)
    assert _groups(SWAPPED) == [[2, 4]]


# --- 'more than 80 were hurt': the people of the figure before it ----------------------------------------------


def test_a_figure_with_no_people_counts_those_of_the_figure_before_it() -> None:
    from dataclasses import replace

    from reportedly.corpus.contradictions import _elided_people

    text = "Medics counted 25 injured marchers and 9 hurt officers; the organisers say more than 60 were hurt"
    whole = replace(_row(1, 1, 0, "asserts", "Daily Mirror", text, 1), kind="report", quantities=quantities(text),
                    sentence=(0, len(text)), span=(0, len(text)))
    cut = text.index("more than 60")
    part = replace(_row(2, 1, 1, "asserts", "the organisers", text[cut:], 2), quantities=quantities(text[cut:]),
                   sentence=(0, len(text)), span=(cut, len(text)))
    other = replace(_row(3, 1, 2, "asserts", "police", "more than 60 were hurt", 3),
                    quantities=quantities("more than 60 were hurt"), sentence=(200, 230), span=(200, 230))
    rows = {1: whole, 2: part, 3: other}
    assert part.quantities[0].whose == frozenset()
    _elided_people(rows)
    assert "soldiers" in rows[2].quantities[0].whose  # the officers, the figure of that measure just before it
    assert rows[3].quantities[0].whose == frozenset()  # another sentence: nothing to borrow


# --- 'there was no third party', 'worked out directly': no one brokered it ------------------------------------


def test_no_broker_said_without_a_doers_verb() -> None:
    from reportedly.corpus.wording import says_no_broker

    assert says_no_broker("There was no third party in that conversation")
    assert says_no_broker("the ceasefire had been worked out directly between the two armies")
    assert says_no_broker("they reached the deal without any mediation")
    assert not says_no_broker("the two ministers will talk directly next week")  # no agreement said
    assert not says_no_broker("talks mediated by Aldovia")


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def nobroker(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return _found("nobroker", 2, request.param, tmp_path_factory)


def test_worked_out_directly_counters_talks_mediated_by_a_third_country(nobroker: list[Dispute]) -> None:
    found = [d for d in nobroker if "mediated by Aldovia" in side(d, "asserted")]
    assert found, [(d.claim, side(d, "asserted"), side(d, "denied")) for d in nobroker]
    denied = " | ".join(side(d, "denied") for d in found)
    assert "worked out directly" in denied or "no third party" in denied
    assert not any("wheat" in side(d, "asserted") + side(d, "denied") for d in nobroker)
