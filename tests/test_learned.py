"""The shipped attribution model: it loads, and finds what a reader would on a text written for this test."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.attribution.learned import load_model

TEXT = (
    "Harbour workers in Gdansk will strike from Monday, their union said on Friday.\n"
    "“We have waited two years for a pay offer,” the union leader Marta Zielinska told reporters. "
    "“Nobody has made one.”\n"
    "The port authority denied that talks had broken down. According to the authority, a meeting is planned "
    "for next week.\n"
    "Ms. Zielinska said she doubted the meeting would take place.\n"
)


def test_learned_model_loads_with_provenance() -> None:
    model = load_model()
    assert 0.0 < model.threshold < 1.0
    assert model.cue.weights and model.content.weights and model.source.weights
    assert "PolNeAR train" in model.meta["trained_on"]


def test_learned_model_extracts_direct_indirect_and_according_to() -> None:
    doc = extract(TEXT, published="2025-06-13", method="model")
    got = {(s.cue.text, tuple(doc.speaker_names(s)), s.kind) for s in doc.statements}
    told = next(s for s in doc.statements if s.cue.text == "told")
    assert doc.speaker_names(told) == ["Marta Zielinska"]
    assert told.kind == "direct" and "Nobody has made one" in told.content.text
    denied = next(s for s in doc.statements if s.cue.text == "denied")
    assert denied.content.text == "that talks had broken down"
    according = next(s for s in doc.statements if s.cue.lemma == "according to")
    assert according.content.text == "a meeting is planned for next week"
    assert ("said", ("Marta Zielinska",), "indirect") in got
    union = next(s for s in doc.statements if s.source.text == "their union")
    assert union.content.text.startswith("Harbour workers in Gdansk will strike")
    assert union.time is not None and union.time.start == "2025-06-13"
    assert all(0.0 <= s.confidence <= 1.0 for s in doc.statements)



@pytest.mark.parametrize("method", ["model", "rules"])
def test_a_disputed_claim_is_not_the_disputers_and_an_urged_party_makes_its_own(method: str) -> None:
    doc = extract("The ministry rejected the claim that its ships had left the port. "
                  "The mayor urged the union to stop making claims that the port was closing. "
                  "The harbour office made the claim that the cranes were safe.", method=method)
    by_content = {s.content.text: s for s in doc.statements}
    # the claim the ministry rejects is not a second statement (nor the ministry's): the rejection holds it
    assert "that its ships had left the port" not in by_content
    assert by_content["the claim that its ships had left the port"].source.text == "The ministry"
    assert by_content["that the port was closing"].source.text == "the union"
    assert by_content["that the cranes were safe"].source.text == "The harbour office"


def test_a_relative_clause_is_not_a_statement_about_its_own_speaker() -> None:
    doc = extract("Earlier, Anton Veres, former harbour master under Ms. Marten who now opposes her, indicated "
                  "that the port would not reopen before spring.", method="model")
    assert [(s.cue.text, s.content.text) for s in doc.statements] == [
        ("indicated", "that the port would not reopen before spring")]
