"""Where a content starts and ends, and one statement per content (``attribution/boundaries.py``), on texts we wrote."""

from __future__ import annotations

import reportedly
from reportedly.model import Document, Statement


def by_cue(doc: Document) -> dict[str, Statement]:
    return {s.cue.text: s for s in doc.statements if s.cue}


def test_boundaries_a_trailing_participle_is_a_statement_of_its_own() -> None:
    doc = reportedly.extract("The dockers' union said the offer was too low, adding that members would vote next week.")
    said, adding = by_cue(doc)["said"], by_cue(doc)["adding"]
    assert said.content.text == "the offer was too low"
    assert "vote" in adding.content.text and adding.source.text == "The dockers' union"
    police = by_cue(reportedly.extract("Police said two men were arrested at the scene, noting that the "
                                       "investigation was continuing."))
    assert police["said"].content.text == "two men were arrested at the scene"
    assert police["noting"].source.text == "Police"


def test_boundaries_and_that_clauses_stay_in_the_content() -> None:
    doc = reportedly.extract("The airline said it had offered crew a 7% rise and that the union had refused to "
                             "put the offer to a vote.")
    assert by_cue(doc)["said"].content.text.endswith("the union had refused to put the offer to a vote")


def test_boundaries_the_addressee_is_not_what_was_said() -> None:
    told = by_cue(reportedly.extract("The health minister told Reuters the hospital would stay open."))["told"]
    assert told.content.text == "the hospital would stay open"
    meeting = by_cue(reportedly.extract('The director told the meeting: "We are not closing. We are trying to '
                                        'stay open with the staff we have."'))["told"]
    assert meeting.content.text == '"We are not closing. We are trying to stay open with the staff we have."'
    assert meeting.kind == "direct"


def test_boundaries_a_new_speakers_statement_is_cut_off_even_with_a_quotation() -> None:
    doc = reportedly.extract("The embassy denied that its staff had done anything improper, and the foreign "
                             "ministry promised a \u201cproportionate response.\u201d")
    assert by_cue(doc)["denied"].content.text == "that its staff had done anything improper"


def test_boundaries_an_interrupted_quotation_goes_on_after_a_long_cue_clause() -> None:
    text = ("\u201cI have never been so cold on a bike,\u201d Brouwer said after the finish, wrapped in a foil "
            "blanket. \u201cAt one point I could not feel the brakes.\u201d")
    said = by_cue(reportedly.extract(text))["said"]
    assert len(said.content.spans) == 2 and said.content.text.endswith("feel the brakes.\u201d")


def test_boundaries_a_passive_with_no_agent_keeps_its_subject() -> None:
    said = by_cue(reportedly.extract("The landlord is said to have ignored repeated warnings about the boiler."))
    assert said["is said"].content.text.startswith("The landlord") and not said["is said"].source.text


def test_boundaries_one_statement_per_content() -> None:
    doc = reportedly.extract("Harlow's chief executive denied reports that the company would stop making sedans.")
    assert [s.cue.text for s in doc.statements if s.cue] == ["denied"]  # 'reports' is not a second statement
    own = reportedly.extract("Kyiv denied Moscow's claim that its troops had been encircled.")
    assert sorted(s.cue.text for s in own.statements if s.cue) == ["claim", "denied"]  # Moscow's claim is its own
    refusal = reportedly.extract("Swiss energy officials declined to say how the findings would affect hydropower.")
    assert [s.cue.text for s in refusal.statements if s.cue] == ["declined"]
    assert refusal.statements[0].statement_class == "refusal"


def test_boundaries_the_writers_additions_and_the_reporter_are_not_content() -> None:
    draft = by_cue(reportedly.extract("Larkin State guard Mateo Duarte announced Monday he will enter the draft, "
                                      "ending a college career in which he became the school's leading scorer."))
    assert draft["announced"].content.text == "he will enter the draft"
    call = reportedly.extract("A customer called 911 shortly after midnight, Police Chief Dana Whitlow said.")
    assert all("Whitlow" not in s.content.text for s in call.statements)
    # a relative clause that answers the report is no reporter of it: Ostrova's words are not cut at 'which'
    answered = by_cue(reportedly.extract("Ostrova said river police had seized three barges overnight, which the "
                                         "port authority denied."))
    assert answered["said"].content.text.startswith("river police had seized three barges overnight, which")


def test_boundaries_a_reported_clause_runs_to_its_end() -> None:
    doc = reportedly.extract("Defence lawyer Robert Hale said his client was deeply ashamed and had sought help "
                             "for his addiction.")
    assert by_cue(doc)["said"].content.text == "his client was deeply ashamed and had sought help for his addiction"


def test_boundaries_a_contrasting_clause_with_its_own_speaker_is_not_in_the_content() -> None:
    doc = reportedly.extract("The coast guard said on Friday it had towed the trawler to Port Elsin, while the "
                             "fishing cooperative denied the vessel had strayed into closed waters.")
    said, denied = by_cue(doc)["said"], by_cue(doc)["denied"]
    assert said.content.text == "it had towed the trawler to Port Elsin"
    assert denied.source.text == "the fishing cooperative"
    assert denied.content.text == "the vessel had strayed into closed waters"
    toll_doc = reportedly.extract("The health ministry said 40 had died, whereas the charity said the toll was 12.")
    toll = {s.source.text: s.content.text for s in toll_doc.statements if s.source}
    assert toll == {"The health ministry": "40 had died", "the charity": "the toll was 12"}
    stated = by_cue(reportedly.extract("The coast guard said it towed the trawler, according to a statement."))
    assert stated["said"].content.text == "it towed the trawler"
    # without a comma it may be part of what was said, and stays
    kept = reportedly.extract("The mayor said the rebels had left while the villagers said they were afraid.")
    assert any(s.content.text == "the rebels had left while the villagers said they were afraid"
               for s in kept.statements)


def test_boundaries_the_day_it_was_said_is_not_what_was_said() -> None:
    for text, content in [
            ("The port authority said on Friday it had closed two berths.", "it had closed two berths"),
            ("The regulator said late on Tuesday the licence was suspended.", "the licence was suspended"),
            ("The carrier told reporters Thursday its pilots were on strike.", "its pilots were on strike"),
            ("The union said Thursday was the last day of talks.", "Thursday was the last day of talks"),
            ("On Friday the talks failed, the mediator said.", "On Friday the talks failed")]:
        assert [s.content.text for s in reportedly.extract(text).statements] == [content], text


def test_boundaries_quoted_as_saying_is_the_statement_of_the_one_quoted() -> None:
    for text, source, content in [
            ("The Kestrel news agency quoted Ilya Voronov as saying that the convoy would turn back.", "Ilya Voronov",
             "that the convoy would turn back"),
            ("Voronov was quoted by the agency as saying the convoy would turn back.", "Voronov",
             "the convoy would turn back"),
            ("Voronov was quoted as saying the convoy would turn back.", "Voronov", "the convoy would turn back"),
            ('"The convoy will turn back," Voronov was quoted as saying by the agency.', "Voronov",
             '"The convoy will turn back,"')]:
        doc = reportedly.extract(text)
        assert [(s.source.text, s.content.text) for s in doc.statements] == [(source, content)], text
        assert doc.statements[0].cue.lemma == "say"
    agency = reportedly.extract("The Kestrel news agency quoted Ilya Voronov as saying the convoy would turn back.")
    assert agency.statements[0].channel is not None


def test_boundaries_a_medium_relaying_a_statement_is_its_channel_not_a_second_speaker() -> None:
    doc = reportedly.extract('"We have no drones there," Defence Minister Rada Kovac said, according to state '
                             "broadcaster KRT.")
    assert [(s.source.text, s.content.text) for s in doc.statements] == [
        ("Defence Minister Rada Kovac", '"We have no drones there,"')]
    assert doc.statements[0].channel is not None
    stated = reportedly.extract("The army said it shot down three drones, according to a statement.")
    assert [s.source.text for s in stated.statements] == ["The army"]
    # people who report what someone said are sources of their own
    told = reportedly.extract("The mayor said the bridge was safe, according to residents.")
    assert sorted(s.source.text for s in told.statements) == ["The mayor", "residents"]
