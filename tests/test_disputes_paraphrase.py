"""Disputes whose counter-claim is worded unlike the claim, and one dispute told in pieces.

On short reports of our own (``tests/data/disputes/paraphrase.jsonl``): a border clash, a water company and its
regulator, an election count, a cyclone toll, a dam's floodgates, anglers and a water company, dockers and a port
company, traders and an army. Verbs of one act ('refused to meet' against 'held talks'; 'shelled' against 'struck
by'). Figures in words and
with upper bounds ('no more than forty seats'), counts of incidents ('on 14 occasions', 'three overflows'), two
reports' figures for one place worded apart, 'nine of its soldiers' counted for its source's country, a passive
main verb past the eighth word, a denial and its spokeswoman's own denial in the next sentence, and the fragments of
one dispute (:mod:`reportedly.corpus.fragments`) with the side pairs they need (:mod:`reportedly.corpus.sides`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.disputes import Group, Row
from reportedly.corpus.fragments import fragment_of, join_fragments
from reportedly.corpus.polarity import _MODAL, act_key, verb_key
from reportedly.corpus.propositions import conflicting, quantities, words
from reportedly.corpus.sides import antecedents, same_side
from reportedly.corpus.similarity import Vec
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "paraphrase.jsonl"


def test_an_upper_bound_in_words_conflicts_with_a_higher_figure() -> None:
    [won] = quantities("the Unity Party had won 48 of the 120 seats")
    [most] = quantities("its own tally gave the Unity Party no more than forty seats")
    assert (most.value, most.bound) == (40.0, "no more than")
    assert conflicting(won, most)
    [least] = quantities("the party won at least forty seats")
    assert not conflicting(won, least)


def test_verbs_of_one_act_share_a_key() -> None:
    assert act_key("shelled") == act_key("struck") == act_key("fired") == "attack"
    assert act_key("met") == act_key("talks") == act_key("meeting")
    assert act_key("closed") != act_key("opened")
    assert act_key("rained") == verb_key("rained")  # no class: its own key


def test_may_the_month_is_no_modal() -> None:
    assert _MODAL.search("it had met them twice in May") is None
    assert _MODAL.search("it may meet them") is not None


def test_counts_of_incidents_and_killing_are_measures() -> None:
    assert [q.measure for q in quantities("had discharged sewage on 14 occasions")] == ["incidents"]
    assert [q.measure for q in quantities("there had been three overflows")] == ["incidents"]
    assert [(q.value, q.measure) for q in quantities("the shelling ended, killing 14 people")] == [(14.0, "dead")]
    # 40 tonnes is how much leaked (a volume, as '120 barrels'), not a count of leaks
    assert [(q.value, q.measure) for q in quantities("a leak of 40 tonnes")] == [(40.0, "volume")]


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 15, tmp_path_factory.mktemp("paraphrase") / "p.db", request.param)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.quote for e in getattr(d, which).evidence)


def one(found: list[Dispute], words_in: str) -> Dispute:
    [d] = [d for d in found if words_in in side(d, "asserted") + side(d, "denied")]
    return d


def test_a_spokeswomans_own_denial_in_the_next_sentence_joins_the_denial(found: list[Dispute]) -> None:
    d = one(found, "rejected the account")
    assert "shelled the village of Pozo Verde" in side(d, "asserted")
    assert "no Bolivian gun had fired" in side(d, "denied")


def test_wounded_counts_in_words_in_two_reports_are_a_counter(found: list[Dispute]) -> None:
    d = one(found, "nine of its soldiers")
    assert "two Paraguayan soldiers" in side(d, "denied")
    assert d.kind == "counter"
    assert "shelled" not in side(d, "asserted") + side(d, "denied")  # the toll is not the shelling dispute


def test_incidents_counted_in_other_words_are_a_counter(found: list[Dispute]) -> None:
    d = one(found, "14 occasions")
    assert "three overflows" in side(d, "denied")
    assert d.asserted.sources != d.denied.sources


def test_seats_with_an_upper_bound_are_a_counter(found: list[Dispute]) -> None:
    d = one(found, "no more than forty seats")
    assert "48 of the 120 seats" in side(d, "asserted")
    assert "no more than forty seats" in side(d, "denied")


def test_a_toll_in_words_against_bodies_recovered(found: list[Dispute]) -> None:
    d = one(found, "twenty-three people")
    assert "more than sixty bodies" in side(d, "denied")


def test_one_act_with_two_doers_past_the_eighth_word(found: list[Dispute]) -> None:
    d = one(found, "opened the floodgates")
    assert "had been opened by the River Board" in side(d, "denied")


def test_a_denial_of_a_story_and_its_spokeswomans_denial_are_one_dispute(found: list[Dispute]) -> None:
    d = one(found, "dismissed the anglers' story")
    assert "had discharged anything that week" in side(d, "denied")
    assert "dead fish" in side(d, "asserted")


def test_refused_to_meet_against_held_talks(found: list[Dispute]) -> None:
    d = one(found, "refused to meet the union")
    assert "held talks with the union's negotiators" in side(d, "denied")


def test_one_act_in_two_verbs_with_two_doers(found: list[Dispute]) -> None:
    d = one(found, "had shelled the town's main market")
    assert "struck by rebel mortars" in side(d, "denied")


def test_only_the_disputes_written_in(found: list[Dispute]) -> None:
    assert len(found) == 9


# --- side pairs and fragments, on rows ----------------------------------------------------------------------


def _row(pk: int, doc: int, n: int, position: str, source: str, text: str, actor: int, *, lead: str = "",
         nation: frozenset[str] = frozenset(), nationals: frozenset[str] = frozenset()) -> Row:
    return Row(pk, doc, n, position, "denial" if position == "denies" else "assertion", False, frozenset({actor}),
               source, tuple(words(text)), None, (), [], [], None, ("2026-01-01", doc, n), lead=lead, nation=nation,
               nationals=nationals)


def test_a_country_and_its_ministrys_spokesperson_are_one_side() -> None:
    country = _row(1, 1, 0, "denies", "India", "", 10, nation=frozenset({"IND"}))
    spokesperson = _row(2, 1, 1, "denies", "External Affairs Ministry spokesperson Anil Rao", "", 11,
                        nationals=frozenset({"IND"}))
    company = _row(3, 1, 2, "asserts", "Tata Steel", "", 12, nationals=frozenset({"IND"}))
    other = _row(4, 1, 3, "denies", "Nepal", "", 13, nation=frozenset({"NPL"}))
    assert same_side(country, spokesperson) and same_side(spokesperson, country)
    assert not same_side(country, company)  # a company of a country is not its side
    assert not same_side(country, other)


def test_its_officer_named_next_is_the_bodys_side() -> None:
    rows = {1: _row(1, 1, 0, "denies", "The provincial department", "", 20),
            2: _row(2, 1, 1, "denies", "Wen Li", "checks skipped", 21,
                    lead="Its deputy director, Wen Li, said the checks were not skipped"),
            3: _row(3, 1, 2, "denies", "Wen Li, its deputy director", "", 21),
            4: _row(4, 2, 0, "denies", "Wen Li", "checks skipped", 21, lead="Wen Li said the checks were done")}
    found = antecedents(rows)
    assert found == {2: 1, 3: 2}
    assert same_side(rows[2], rows[1], found) and not same_side(rows[4], rows[1], found)


def _group(seeds: list[int], asserting: set[int], rows: dict[int, Row]) -> Group:
    g = Group(seeds, asserting=set(asserting), denying=set(seeds))
    lex: dict[str, float] = {}
    for pk in seeds + sorted(asserting):
        for w in rows[pk].words:
            lex[w] = 1.0
    norm = sum(v * v for v in lex.values()) ** 0.5 or 1.0
    g.vector = Vec({w: v / norm for w, v in lex.items()})
    return g


def test_a_pointing_denial_by_the_same_side_in_the_same_report_is_a_fragment() -> None:
    rows = {1: _row(1, 1, 0, "asserts", "Workers", "inspection skipped january", 30),
            2: _row(2, 1, 1, "denies", "Ms Wen", "inspection skipped", 31),
            3: _row(3, 1, 2, "asserts", "Another worker", "gas alarms switched off weeks", 32),
            4: _row(4, 1, 3, "denies", "Ms Wen", "", 31),
            5: _row(5, 2, 0, "denies", "Ms Wen", "", 31),
            6: _row(6, 1, 4, "denies", "Workers", "", 30)}
    home = _group([2], {1}, rows)
    assert fragment_of(_group([4], {3}, rows), home, rows)
    assert not fragment_of(_group([5], {3}, rows), home, rows)  # another report
    assert not fragment_of(_group([6], {3}, rows), home, rows)  # another denier
    reversed_ = _group([4], {2}, rows)  # its asserting source is the home group's denier
    assert not fragment_of(reversed_, home, rows)
    joined = join_fragments([home, _group([4], {3}, rows)], rows)
    assert len(joined) == 1 and set(joined[0].seeds) == {2, 4} and joined[0].asserting == {1, 3}


def test_a_figures_group_takes_no_fragment_with_words_of_its_own() -> None:
    rows = {1: _row(1, 1, 0, "asserts", "Army", "artillery shelled village pozo", 40),
            2: _row(2, 1, 1, "denies", "Ministry", "gun fired village pozo", 41),
            3: _row(3, 1, 2, "asserts", "Army", "soldiers wounded village pozo", 40),
            4: _row(4, 1, 3, "denies", "Ministry", "soldiers hurt village pozo", 41)}
    home = _group([2], {1}, rows)
    figures = _group([4], {3}, rows)
    assert fragment_of(figures, home, rows)
    figures.measures = frozenset({"wounded"})
    assert not fragment_of(figures, home, rows)


OWN_SIDE = (
    "Patrol boats seize trawlers, fishers deny\n\n"
    "The Harbour Patrol said on Monday it had seized three trawlers fishing illegally near Skerry Point.\n\n"
    "The Coast Fishers' Association said its boats had stayed in their own waters all week. \"This is invented. "
    "No trawler was boarded,\" said its spokesman, Ola Brekke.\n"
)


@pytest.mark.parametrize("jobs", [None, 1])
def test_a_denial_by_a_bodys_spokesman_answers_the_other_side_not_his_own_body(tmp_path: Path, jobs: int | None
                                                                               ) -> None:
    corpus = tmp_path / "trawlers.jsonl"
    report = {"id": "t1", "published": "2026-05-04", "outlet": "Coast Post", "text": OWN_SIDE}
    corpus.write_text(json.dumps(report) + "\n", encoding="utf-8")
    found = disputes_of(corpus, 1, tmp_path / "t.db", jobs)
    quotes = [(" ".join(e.quote or "" for e in d.asserted.evidence), " ".join(e.quote or "" for e in d.denied.evidence))
              for d in found]
    assert any("seized three trawlers" in a and "This is invented" in b for a, b in quotes), quotes
    assert not any("stayed in their own waters" in a and "This is invented" in b for a, b in quotes), quotes
