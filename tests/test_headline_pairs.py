"""A headline's two verbs with one subject (``attribution/headline_pairs.py``), on headlines we wrote."""

from __future__ import annotations

import reportedly

BODY = "\n\nThe two delegations met again on Monday in Geneva."


def said(headline: str) -> list[tuple[str, str, str]]:
    doc = reportedly.extract(headline + BODY)
    return [(s.source.text, s.cue.text, s.content.text) for s in doc.statements if s.source and s.cue]


def test_headline_two_verbs_one_subject_are_its_two_statements() -> None:
    assert said("Veska rejects Norland's mediation claim, says truce agreed directly") == [
        ("Veska", "rejects", "Norland's mediation claim"), ("Veska", "says", "truce agreed directly")]
    assert said("Port authority denies report, says berths will reopen") == [
        ("Port authority", "denies", "report"), ("Port authority", "says", "berths will reopen")]


def test_headline_semicolon_ends_what_was_said() -> None:
    assert said("Veska says it downed two Norland drones; Norland silent") == [
        ("Veska", "says", "it downed two Norland drones")]


def test_a_first_verb_that_is_no_cue_is_no_statement() -> None:
    assert said("Police arrest 31 in Orvik, say more arrests likely") == [("Police", "say", "more arrests likely")]


def test_an_inverted_speaker_stays_the_speaker() -> None:
    out = said("Ceasefire holds, says UN envoy as talks resume")
    assert out and all(source != "Ceasefire" for source, _, _ in out)
    assert said("Talks will continue, says port authority") == [("port authority", "says", "Talks will continue")]


def test_a_quotation_before_a_colon_is_said_by_the_name_after_it() -> None:
    doc = reportedly.extract("“A measured reply”: Ilse Varga on the shoal incident" + BODY)
    quoted = [s for s in doc.statements if s.content.text == "“A measured reply”"]
    assert quoted and quoted[0].source.text == "Ilse Varga" and quoted[0].kind == "direct"
    single = reportedly.extract("'We won't sign it': Ilse Varga rejects the shoal deal" + BODY)
    assert any(s.source.text == "Ilse Varga" and s.content.text == "'We won't sign it'" for s in single.statements)
    # a name that does something other than speak did not say it: a resident did
    mourning = reportedly.extract("'They fired on us': Kelvale mourns as toll rises" + BODY)
    assert not any(s.content.text == "'They fired on us'" and s.source.text == "Kelvale" for s in mourning.statements)
    # a quotation before a colon with no name after it is said by no one
    assert not [s for s in reportedly.extract('"Talks": what we know so far' + BODY).statements
                if s.content.text == '"Talks"']
