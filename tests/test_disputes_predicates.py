"""Counter-claims compared by predicate and participants, not by surface similarity ('had refused to meet the
association' against 'met the parents' association three times'), and the guards that keep wrong disputes out of
the top of the list: a light verb is no predicate ('refused to say'), a counter-claim with no number that shares
no word with the toll before it counters nothing ('asked the auditor to begin its own inquiry'), and a passive
clause names no one who started something ('the barrier had been moved only after the first people fell'). On
short reports of our own (``tests/data/disputes/predicates.jsonl``): a school board and parents, a hospital and
nurses, a ministry and a charity, festival stewards and organisers, truck drivers and a port operator, a gas
company and its spokeswoman."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.disputes import Row
from reportedly.corpus.polarity import agent, agent_pairs, negative_predicate, verb_key
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "predicates.jsonl"


def test_forms_of_one_verb_share_a_key() -> None:
    assert verb_key("met") == verb_key("meets") == verb_key("meeting") == verb_key("meet")
    assert verb_key("closed") == verb_key("closes") == verb_key("close")
    assert verb_key("stopped") == verb_key("stop")
    assert verb_key("shot") == verb_key("shoot") != verb_key("shut")
    assert verb_key("met") != verb_key("meat")


def test_the_verb_a_negator_says_was_not_done() -> None:
    key, after = negative_predicate("the council had refused to meet the residents since May") or ("", "")
    assert key == verb_key("meet") and after.strip().startswith("the residents")
    assert negative_predicate("the club declined to say who paid") is None  # a light verb
    assert negative_predicate("the club met the fans") is None  # nothing negated


def test_a_passive_clause_names_no_agent_unless_by_someone() -> None:
    assert agent("the barrier had been moved only after the first people fell") is None
    assert agent("stewards had been pushed first by the crowd") == "crowd"
    assert agent("fans had started the fight first") == "fans"


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 10, tmp_path_factory.mktemp("predicates") / "p.db", request.param)


def quotes(d: Dispute) -> str:
    return " | ".join(e.quote for e in d.asserted.evidence + d.denied.evidence)


def test_refused_to_meet_counters_met_three_times(found: list[Dispute]) -> None:
    [d] = [d for d in found if "refused to meet" in quotes(d)]
    assert "refused to meet the association" in " ".join(e.quote for e in d.asserted.evidence)
    assert "met the parents' association three times" in " ".join(e.quote for e in d.denied.evidence)
    assert d.asserted.sources != d.denied.sources


def test_refused_to_say_is_no_counter_claim(found: list[Dispute]) -> None:
    assert not [d for d in found if "refused to say" in quotes(d)]


def test_a_counter_with_no_number_and_no_word_in_common_counters_no_toll(found: list[Dispute]) -> None:
    assert not [d for d in found if "auditor" in quotes(d)]


def test_a_passive_clause_starts_no_who_started_it_dispute(found: list[Dispute]) -> None:
    assert not [d for d in found if "barrier" in quotes(d)]


def test_one_act_with_two_doers_is_a_counter_claim(found: list[Dispute]) -> None:
    [d] = [d for d in found if "north gate" in quotes(d)]
    assert "locked by the port operator" in " ".join(e.quote for e in d.asserted.evidence)
    assert "customs officers locked the north gate" in " ".join(e.quote for e in d.denied.evidence)
    assert "repaired" not in quotes(d)  # another act of another doer: no part of it


def test_agent_pairs_need_the_same_act_and_what_it_was_done_to() -> None:
    rows = {1: _row(1, 1, "the north gate had been locked by the port operator"),
            2: _row(2, 2, "customs officers locked the north gate"),
            3: _row(3, 3, "customs officers locked the south office"),
            4: _row(4, 4, "customs officers opened the north gate")}
    props = {pk: r.source_text for pk, r in rows.items()}
    assert agent_pairs(rows, props) == [(1, 2)]


def _row(pk: int, doc: int, text: str) -> Row:
    from reportedly.corpus.propositions import words

    return Row(pk, doc, 0, "asserts", "assertion", False, frozenset({pk}), text, tuple(words(text)), None, (), [],
               [], None, (f"2026-01-0{pk}", doc, 0))


def test_a_company_and_its_own_spokeswoman_make_no_dispute(found: list[Dispute]) -> None:
    assert not [d for d in found if "pipeline" in quotes(d)]


def test_only_the_disputes_written_in(found: list[Dispute]) -> None:
    assert len(found) == 2
