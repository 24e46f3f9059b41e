"""Disputes that carry to stories the rules were not tuned on: denials with no denial verb ('That is not true',
'the figures were inflated', 'fabricated'), counter-claims of opposite polarity with no number in them ('no
storm warning was issued' against 'a storm warning was issued'), who started it ('fans had started the fight'
against 'police had started the fight'), and a spokesman on his company's side, on short reports of our own
(``tests/data/disputes/counterclaims.jsonl``): a sports body and a club, an election count, a storm, police and
witnesses, a company and a union, police and a supporters' club."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.affiliation import affiliations
from reportedly.corpus.claims import _object_of_claim, polarity
from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.polarity import agent, main_clause
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "counterclaims.jsonl"


def test_a_pronoun_called_false_stands_for_the_claim_before() -> None:
    assert _object_of_claim("“That is not true.")[0] == "That"
    assert _object_of_claim("This is categorically false")[0] == "This"
    assert _object_of_claim("These numbers are fabricated")[:3] == ("numbers", "", "")
    assert _object_of_claim("“It had been started deliberately.")[0] is None  # a clause, not a pronoun


def test_polarity_of_a_proposition() -> None:
    assert polarity("Ostra Foods had refused to meet its representatives")[0]
    assert polarity("no storm warning was issued before the storm")[0]
    assert polarity("a safety inspection due in January never took place")[0]
    assert polarity('the company had "no say in safety management"')[0]
    assert not polarity("a storm warning was issued for the eastern coast")[0]
    assert not polarity("police officers fired shots into the air")[0]
    assert main_clause("no storm warning was issued before the storm hit their homes") == "no storm warning was issued"


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 13, tmp_path_factory.mktemp("counter") / "c.db", request.param)


def one(found: list[Dispute], words: str) -> Dispute:
    [d] = [d for d in found if words in " ".join(e.quote for e in d.asserted.evidence + d.denied.evidence)]
    return d


def quotes(side: object) -> str:
    return " | ".join(e.quote for e in side.evidence)  # type: ignore[attr-defined]


def test_that_is_not_true_denies_the_leagues_charge(found: list[Dispute]) -> None:
    d = one(found, "suspended player")
    assert d.kind == "denial" and "suspended player" in d.claim
    assert {"Ana Reyes", "Tom Bale"} <= set(d.denied.sources)  # "Ana" the NER left out is part of the name
    assert "National Football League" in d.asserted.sources and "suspended player" in quotes(d.asserted)


def test_figures_called_inflated_and_fabricated_deny_the_turnout(found: list[Dispute]) -> None:
    d = one(found, "64 percent")
    assert "Turnout" in d.claim and "election commission" in d.asserted.sources
    assert {"Civic Front", "Irina Vasko"} <= set(d.denied.sources)
    assert set(d.denied.documents) == {"count-1", "count-2"}


def test_no_warning_was_issued_counters_a_warning_was_issued(found: list[Dispute]) -> None:
    d = one(found, "storm warning")
    assert "a storm warning was issued for the eastern coast" in quotes(d.asserted)
    assert "no storm warning was issued" in quotes(d.denied)
    assert not set(d.asserted.sources) & set(d.denied.sources)


def test_witnesses_counter_the_police_with_no_denial_verb(found: list[Dispute]) -> None:
    d = one(found, "shots")
    assert "did not fire any shots" in quotes(d.asserted) and "fired shots into the air" in quotes(d.denied)
    assert "did not fire" not in quotes(d.denied) and "fired shots into the air" not in quotes(d.asserted)


def test_refused_to_meet_counters_met_twice(found: list[Dispute]) -> None:
    d = one(found, "refused to meet")
    assert "had refused to meet its representatives" in quotes(d.asserted)
    assert "met the union's representatives twice" in quotes(d.denied)
    assert "Food Workers' Union" in d.asserted.sources and "Ostra Foods" in d.denied.sources


def test_only_the_disputes_written_in(found: list[Dispute]) -> None:
    assert len(found) == 7


def test_a_spokesman_speaks_for_his_company() -> None:
    text = ("Kvarn's head of communications, Sofia Malm, was categorical. Ana Lind, the agency's director, said so. "
            "The union accused Bo Sand of lying. Civic Front leader Irina Vasko spoke.")

    def at(word: str) -> list[tuple[int, int]]:
        return [(text.index(word), text.index(word) + len(word))]

    actors = [("K", "organization", at("Kvarn")), ("M", "person", at("Sofia Malm")),
              ("A", "organization", at("agency")), ("L", "person", at("Ana Lind")),
              ("U", "organization", at("union")), ("S", "person", at("Bo Sand")),
              ("C", "organization", at("Civic Front")), ("V", "person", at("Irina Vasko"))]
    assert affiliations(text, actors) == {"M": {"K"}, "L": {"A"}, "V": {"C"}}  # 'accused' is no role


def test_a_company_denying_it_answers_the_union_not_its_own_spokesman(found: list[Dispute]) -> None:
    d = one(found, "night shift")
    assert d.asserted.sources == ["Food Workers' Union"] and "Ostra Foods" in d.denied.sources
    assert "told of the change" not in quotes(d.asserted)


def test_the_agent_of_a_main_clause() -> None:
    assert agent("Tajik troops had opened fire first") == "TJK"
    assert agent("It was the Nepali side that opened the sluice") == "NPL"
    assert agent("police had started the fight") == "police"
    assert agent("our border guards returned fire") is None and agent("the first shots were fired") is None


def test_who_started_the_fight_is_a_counter_claim(found: list[Dispute]) -> None:
    d = one(found, "started the fight")
    assert d.kind == "counter"
    assert "Rovers fans had started the fight" in quotes(d.asserted) and "city police" in d.asserted.sources
    assert "police had started the fight" in quotes(d.denied) and d.denied.sources == ["Rovers Supporters' Club"]
