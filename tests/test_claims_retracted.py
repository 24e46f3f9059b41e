"""Retractions, dismissals and verdicts on a claim (issue 19): 'I withdraw that number' and 'he takes back the
figure' correct a figure, troops that withdraw correct nothing; calling a claim 'a rumour' denies it, while a rumour
told as news does not; 'the claim that we paid late is simply not true' denies 'we paid late'; calling a decision
'without legal basis' denies it. Texts written for reportedly about an invented town."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.claims import claims_of


def kinds(text: str) -> set[tuple[str, str, str]]:
    doc = extract(text, id="x", published="2026-04-02")
    return {(c.position, c.kind, c.source_text) for c in claims_of(doc)}


def test_a_figure_withdrawn_in_the_present_is_a_correction() -> None:
    found = kinds("Toll retracted\n\nVELMOR: The district police chief, Arvid Tennholm, said on Tuesday that 31 people "
                  "had died. On Wednesday he said: \"I withdraw that number. It was not checked.\"")
    assert ("denies", "correction", "he") in found
    found = kinds("Toll retracted\n\nVELMOR: The mayor, Lisette Ormbeck, said she takes back the figure of 31 dead "
                  "she gave on Tuesday.")
    assert any(k == "correction" for _, k, _ in found)


def test_troops_that_withdraw_correct_nothing() -> None:
    found = kinds("Pullback\n\nVELMOR: The army said its troops withdraw from the ridge every night.")
    assert not any(k == "correction" for _, k, _ in found)


def test_calling_a_claim_a_rumour_denies_it() -> None:
    found = kinds("Shots at the pier\n\nVELMOR: Dockers said guards had fired into the air. The harbour master, "
                  "Sten Aalvik, described that as \"a rumour\".")
    assert any(p == "denies" and "Aalvik" in s for p, _, s in found), found
    found = kinds("Shots at the pier\n\nVELMOR: Dockers said a rumour was going round that the pier would close.")
    assert not any(p == "denies" for p, _, _ in found), found


def test_a_claim_called_false_is_what_the_claim_says_without_the_verdict() -> None:
    doc = extract("Harbour fees\n\nVELMOR: The port authority said the ferry firm had paid its fees late. \"The claim "
                  "that we paid late is simply not true,\" the firm's spokeswoman, Idun Rask, said.", id="x",
                  published="2026-04-02")
    denials = [c.proposition for c in claims_of(doc) if c.position == "denies"]
    assert denials == ["we paid late"]
    doc = extract("Harbour fees\n\nVELMOR: Idun Rask rejected claims that the mayor was not true to his word.",
                  id="x", published="2026-04-02")
    assert [c.proposition for c in claims_of(doc) if c.position == "denies"] == ["the mayor was not true to his word"]


def test_a_decision_called_without_legal_basis_is_denied() -> None:
    found = kinds("Licence row\n\nVELMOR: The port board suspended the licence of Ormbeck Lines on Monday. The company "
                  "called the suspension \"premature and without legal basis\".")
    assert any(p == "denies" and "company" in s.lower() for p, _, s in found), found
    found = kinds("Licence row\n\nVELMOR: The port board said it had acted on a legal basis set out in the 2019 act.")
    assert not any(p == "denies" for p, _, _ in found), found
