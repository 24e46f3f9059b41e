"""The writer's comment after a reported claim (``attribution/claim_tails.py``), on texts we wrote."""

from __future__ import annotations

import reportedly


def said(text: str) -> list[tuple[str, str, str]]:
    return [(s.source.text, s.cue.text, s.content.text) for s in reportedly.extract(text).statements
            if s.source and s.cue]


def test_a_claim_someone_denied_is_cut_off_and_becomes_their_denial() -> None:
    out = said("Norland's coast guard said its cutter had turned back two Veska trawlers, a claim Veska denied.")
    assert out == [("Norland's coast guard", "said", "its cutter had turned back two Veska trawlers"),
                   ("Veska", "denied", "its cutter had turned back two Veska trawlers")]
    denial = [s for s in reportedly.extract("Police said the warehouse fire was arson, an allegation the owners "
                                            "rejected.").statements if s.cue and s.cue.text == "rejected"]
    assert denial and denial[0].source.text == "the owners" and denial[0].content.text == "the warehouse fire was arson"


def test_a_comment_with_no_one_denying_only_ends_the_content() -> None:
    out = said("The army said it had killed 40 fighters, a figure that could not be independently verified.")
    assert out == [("The army", "said", "it had killed 40 fighters")]


def test_an_apposition_inside_what_was_said_or_a_quotation_stays() -> None:
    assert said("The minister said the plant, a facility built in 1980, was safe.") == [
        ("The minister", "said", "the plant, a facility built in 1980, was safe")]
    assert said('"We took the ridge, a claim they will deny," the commander said.') == [
        ("the commander", "said", '"We took the ridge, a claim they will deny,"')]
