"""Title-case headlines read as a sentence (``text/truecase.py``), on reports we wrote."""

from __future__ import annotations

import reportedly
from reportedly.text.truecase import is_title_case, reading_text

BODY = ("\n\nSANTIAGO (Reuters) - Chile on Tuesday rejected a claim by a Peruvian envoy, Arne Dahl, that he had "
        "brokered the truce, saying it was agreed directly between the two militaries.")


def test_a_title_case_headline_is_read_in_lower_case_but_names_and_offsets_stay() -> None:
    head = "Chile Rejects Arne Dahl's Mediation Claim, Says Truce Agreed Directly"
    text = head + BODY
    read = reading_text(text, (0, len(head)))
    assert len(read) == len(text) and read[len(head):] == text[len(head):]
    assert read[:len(head)] == "Chile rejects Arne Dahl's mediation claim, says truce agreed directly"
    doc = reportedly.extract(text)
    heads = [(s.source.text, s.cue.text, s.content.text) for s in doc.statements if s.content.spans[0][0] < len(head)]
    assert heads == [("Chile", "Rejects", "Arne Dahl's Mediation Claim"), ("Chile", "Says", "Truce Agreed Directly")]


def test_headlines_in_sentence_case_or_capitals_are_left_alone() -> None:
    assert not is_title_case("Veska rejects Norland's mediation claim")
    assert not is_title_case("VESKA REJECTS NORLAND'S MEDIATION CLAIM")
    assert is_title_case("Veska Rejects Norland's Mediation Claim, Says Truce Agreed")
    text = "Veska rejects mediation claim" + BODY
    assert reading_text(text, (0, 29)) == text
