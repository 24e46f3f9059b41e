"""Retractions and dismissals worded in the present or with 'take back' (issue 19): 'I withdraw that number' and 'he
takes back the figure' correct a figure; troops that withdraw correct nothing; calling a claim 'a rumour' denies it,
while a rumour told as news does not. Texts written for reportedly about an invented town."""

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
