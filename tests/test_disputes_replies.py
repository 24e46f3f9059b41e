"""Disputes told the way most reports tell them (issue 19, fifth pass): a reply right after the claim it answers, in
other words ('no rescue team had reached them' / 'its teams had arrived within hours'); a negation past the opening
words ('carried out no strikes', '... and had not been hit'); a denial in words of its own whose report names the
claim it answers in the same sentence or just before; a figure given as 'estimated the figure at' or 'put its
losses at'. On tests/data/disputes/replies.jsonl (fourteen short reports of our own: an air war, a civil war between an
army and a militia, a company and its regulator, a dairy and a food agency, a hydro company and farmers, an election
count, an earthquake, a flooded mine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.corpus.claims import claims_of
from reportedly.corpus.contradictions import Dispute
from reportedly.corpus.wording import polarity
from reportedly.pipeline import process
from reportedly.text.read import RawDocument
from tests.disputehelp import disputes_of

CORPUS = Path(__file__).parent / "data" / "disputes" / "replies.jsonl"


@pytest.mark.parametrize("text", [
    "the air force had carried out no strikes in the area",
    "the mayor's office had received no warning from the operator",
    "the bridge was open to traffic and had not been damaged",
    "its officers fired no shots",
])
def test_negation_past_the_opening_words(text: str) -> None:
    assert polarity(text)[0]


@pytest.mark.parametrize("text", [
    "police had charged the crowd with no warning",  # how, not whether
    "the dam had released water on Monday",
    "the company had opened the plant and hired 40 workers",
    "villagers had seen no rescuers for hours",  # what they saw, no act of the verb classes
])
def test_no_negation(text: str) -> None:
    assert not polarity(text)[0]


def _figures(text: str) -> list[tuple[str, str, list[float]]]:
    return [(c.position, c.kind, [q.value for q in c.quantities])
            for c in claims_of(process(RawDocument("t", text))) if c.quantities]


def test_estimated_the_figure_at_is_another_value_of_the_figure_before() -> None:
    found = _figures("The mayor said 1,200 people had been displaced. Relief agencies estimated the figure at nearly "
                     "3,000.")
    assert ("denies", "counter", [3000.0]) in found


def test_a_figure_source_starts_after_the_full_stop() -> None:
    [c] = [c for c in claims_of(process(RawDocument("t", "Rebels said 40 soldiers died on Monday. Lima put its "
                                                         "losses at six soldiers.")))
           if c.quantities and c.quantities[0].value == 6.0]
    assert c.source_text == "Lima" and c.quantities[0].measure == "dead"


@pytest.fixture(scope="module", params=[1, None], ids=["jobs1", "default"])
def found(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Dispute]:
    return disputes_of(CORPUS, 14, tmp_path_factory.mktemp("replies") / "r.db", request.param)


def side(d: Dispute, which: str) -> str:
    return " | ".join(e.quote for e in getattr(d, which).evidence)


def one(found: list[Dispute], denied: str) -> Dispute:
    [d] = [d for d in found if denied in side(d, "denied")]
    return d


def test_a_reply_in_other_words_right_after_the_claim(found: list[Dispute]) -> None:
    d = one(found, "no rescue team had reached them")
    assert "its teams had arrived within hours" in side(d, "asserted")


def test_a_reply_to_a_claim_that_names_its_source(found: list[Dispute]) -> None:
    """'the dairy had been warned twice' / the dairy: 'it had never received any warning': one act (warn), nothing
    else in common but the dairy, named in the claim and replying to it."""
    d = one(found, "it had never received any warning")
    assert "had been warned about hygiene" in side(d, "asserted")


def test_a_reply_by_a_spokesman_of_the_body_the_claim_names(found: list[Dispute]) -> None:
    """'accused the army of shelling the market' / 'An army spokesman, Colonel X, said its gunners had carried out no
    bombardment': one act (attack), the army named in the claim and in the words before the replying source."""
    d = one(found, "carried out no bombardment")
    assert "shelling the main market" in side(d, "asserted")


def test_done_without_warning_against_warnings_sent(found: list[Dispute]) -> None:
    d = one(found, "it had sent warnings to every village")
    assert "opened the sluices without warning" in side(d, "asserted")


def test_a_reply_in_another_report_names_who_it_answers(found: list[Dispute]) -> None:
    """The next day, in another report, the army: 'its gunners never fired on the Gulu market' against the rebels'
    'accused the army of shelling the main market': one act, the market, and the army named in the claim."""
    d = one(found, "its gunners never fired on the Gulu market")
    assert "shelling the main market" in side(d, "asserted")


def test_a_source_that_says_it_did_not_do_it_denies(found: list[Dispute]) -> None:
    """'it has not refused any rescue teams', after the charity's 'rescue teams ... had been refused by officials':
    a weak denial whose source says it did not do what the claim before it says starts a dispute."""
    d = one(found, "it has not refused any rescue teams")
    assert "had been refused by officials" in side(d, "asserted")


def test_a_negated_second_verb_counters(found: list[Dispute]) -> None:
    d = one(found, "had not been hit")
    assert "its strikes had destroyed a radar station" in side(d, "asserted")


def test_a_denial_answers_the_claim_just_before_it(found: list[Dispute]) -> None:
    d = one(found, "its fighters remained in full control of Arua")
    assert "recaptured the town of Arua" in side(d, "asserted") and d.kind == "denial"


def test_a_denial_answers_the_claim_its_sentence_goes_on_to_give(found: list[Dispute]) -> None:
    d = one(found, "Argentina denied losing any aircraft")
    assert "two of its fighters had been shot down" in side(d, "asserted")


def test_claims_of_lasting_damage_unfounded_answers_the_anglers(found: list[Dispute]) -> None:
    d = one(found, "claims of lasting damage were unfounded")
    assert "they had found dead fish" in side(d, "asserted")


def test_the_figure_estimated_at_counters_the_governors_figure(found: list[Dispute]) -> None:
    d = one(found, "estimated the figure at close to 80,000")
    assert "30,000 people had been left homeless" in side(d, "asserted") and d.kind == "counter"


def test_put_its_losses_at_counters_the_others_toll(found: list[Dispute]) -> None:
    d = one(found, "put its losses at three soldiers")
    assert "14 Chilean soldiers had been killed" in side(d, "asserted")


def test_regressions_reply_pairs_already_found(found: list[Dispute]) -> None:
    assert "its monitors had been blocked" in side(one(found, "no monitor had been blocked"), "asserted")
    assert "failed to report a chlorine leak" in side(one(found, "it had notified the authorities"), "asserted")


def test_a_shared_noun_alone_is_no_reply(found: list[Dispute]) -> None:
    """'30 miners had not been accounted for' and 'it had spoken to nine miners': the same miners, no one act."""
    assert not [d for d in found if "accounted for" in side(d, "asserted") + side(d, "denied")]


def test_an_outlets_correction_of_its_own_figure() -> None:
    text = ("Port fined over spill\n\nThe regulator said the port had been fined 4 million kronor.\n\nCORRECTION: An "
            "earlier version of this story said the fine was 40 million kronor. The correct figure is 4 million "
            "kronor. We regret the error.")
    [c] = [c for c in claims_of(process(RawDocument("t", text))) if c.kind == "correction"]
    assert [q.value for q in c.quantities] == [4_000_000.0] and c.old_values == [40_000_000.0]
    assert text[c.start:c.end].endswith("We regret the error.")


def test_an_earlier_version_without_a_figure_is_left_alone() -> None:
    text = "CORRECTION: An earlier version of this story misspelled the name of the mayor. It is Ana Ruiz."
    assert all(not c.quantities for c in claims_of(process(RawDocument("t", text))))


def test_barrels_count_a_volume_and_passengers_those_aboard() -> None:
    from reportedly.corpus.propositions import quantities

    assert [(q.value, q.measure) for q in quantities("about 120 barrels of crude had spilled")] == [(120.0, "volume")]
    assert [(q.value, q.measure) for q in quantities("it carried 212 passengers")] == [(212.0, "aboard")]


def test_the_companys_figure_is_a_claim_with_a_figure() -> None:
    """'rejected the company's figure' answers the claim that gives the figure, not the company's last sentence."""
    text = ("Ostmark Oil said about 90 barrels had leaked from its pipeline. The company said the leak was found on "
            "Monday. River Watch rejected the company's figure.")
    found = claims_of(process(RawDocument("t", text)))
    [d] = [c for c in found if c.position == "denies"]
    assert d.target is not None and "90 barrels" in text[found[d.target].start:found[d.target].end]


def test_self_denial_rows() -> None:
    from reportedly.corpus.disputes import Row, _self_denial
    from reportedly.corpus.propositions import words

    def row(pk: int, position: str, kind: str, source: str, actor: int, text: str, target: int | None = None,
            self_led: bool = False) -> Row:
        return Row(pk, 1, pk, position, kind, position == "denies", frozenset({actor}), source, tuple(words(text)),
                   target, (), [], [], None, ("2026-01-01", 1, pk), lead=f"{source} said {text}", self_led=self_led)

    claim = row(1, "asserts", "assertion", "the charity", 10, "teams had been refused by officials")
    own = row(2, "denies", "denial", "the ministry", 11, "it has not refused any teams", target=1, self_led=True)
    other = row(3, "denies", "denial", "the ministry", 11, "two fires do not start alone", target=1)
    voice = row(4, "asserts", "report", "Border Daily", 12, "teams had been refused at the crossing")
    reply = row(5, "denies", "denial", "the ministry", 11, "it has not refused any teams", target=4, self_led=True)
    rows = {r.pk: r for r in (claim, own, other, voice, reply)}
    assert _self_denial(own, rows, {}) and not _self_denial(other, rows, {}) and not _self_denial(reply, rows, {})


def test_not_true_after_the_same_denier_points_where_her_denial_points() -> None:
    text = ("Aid row\n\nA charity said foreign rescue teams had been turned away at the border. The governor said 530 "
            "people had died in the province.\n\nGovernment spokeswoman Maryam Jalalvand denied reports that the "
            "country had turned away foreign rescue teams. \"That is simply not true,\" she said.")
    found = claims_of(process(RawDocument("t", text)))
    bare = found[-1]
    assert bare.position == "denies" and bare.proposition == "" and bare.target is not None
    assert "turned away at the border" in text[found[bare.target].start:found[bare.target].end]


def _dispute(kind: str, asserted: list[tuple[str, str]], denied: list[tuple[str, str]]) -> Dispute:
    from reportedly.corpus.contradictions import DisputeSide
    from reportedly.corpus.query import ActorRef

    def side(names: list[tuple[str, str]]) -> DisputeSide:
        return DisputeSide(sources=[n for n, _ in names], actors=[ActorRef(id=i, name=n, type=t)
                                                                  for i, (n, t) in enumerate(names)],
                           documents=[], origins=[], independent=1, evidence=[])

    return Dispute(id="d", kind=kind, claim="c", asserted=side(asserted), denied=side(denied), score=1.0,
                   explanation="")


def test_one_person_spelt_two_ways_is_no_dispute() -> None:
    from reportedly.corpus.contradictions import _with_itself

    assert _with_itself(_dispute("denial", [("state media", "organization"), ("Karim Hosseini", "person")],
                                 [("Karim Husseini", "person")]))
    assert not _with_itself(_dispute("correction", [("Karim Hosseini", "person")], [("Karim Husseini", "person")]))
    assert not _with_itself(_dispute("denial", [("Royal Thai Army", "organization")],
                                     [("Royal Khmer Army", "organization")]))
    assert not _with_itself(_dispute("denial", [("Karim Hosseini", "person")], [("Maryam Hosseini", "person")]))


def test_a_noun_in_ance_tells_its_verbs_act() -> None:
    from reportedly.corpus.polarity import act_key

    assert act_key("clearance") == act_key("cleared") == act_key("approved")
    assert act_key("balance") != act_key("cleared")
