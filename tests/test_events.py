"""Events on sentences written for these tests: types, arguments, claim status, place, time, quantities."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.events.coding import plover_category
from reportedly.events.words import number_value
from reportedly.model import Document, Event, Meta
from reportedly.pipeline import Options, process
from reportedly.text.read import RawDocument

PUBLISHED = "2025-03-16"  # a Sunday


def by_trigger(doc: Document, word: str) -> Event:
    found = [e for e in doc.events if word in e.trigger.text]
    assert found, f"no event with trigger {word!r}: {[e.trigger.text for e in doc.events]}"
    return found[0]


def statuses(e: Event) -> set[str]:
    return {s.status for s in e.status}


def test_events_claim_and_denial_of_one_capture_are_merged() -> None:
    doc = extract("The defence ministry said its troops had captured two villages near the town of Sumy. "
                  "The mayor of Sumy denied that the villages had been captured.", published=PUBLISHED)
    e = by_trigger(doc, "captured")
    assert e.type == "ASSAULT"
    assert len(e.trigger.spans) == 2  # both mentions of the capture
    kinds = {(s.status, s.statement) for s in e.status}
    claim = next(st for st in doc.statements if st.cue.text == "said")
    denial = next(st for st in doc.statements if st.cue.text == "denied")
    assert ("claimed", claim.id) in kinds and ("denied", denial.id) in kinds
    assert [q.value for q in e.quantities] == [2.0] and e.quantities[0].unit == "villages"
    assert e.place is not None and (e.place.name, e.place.country) == ("Sumy", "UKR")
    assert any(a.sector == "MIL" for a in e.actors)


def test_events_planned_meeting_has_time_place_and_count() -> None:
    doc = extract("Foreign ministers from six countries will meet in Vienna on Friday.", published=PUBLISHED)
    e = by_trigger(doc, "meet")
    assert e.type == "CONSULT" and e.mode == "multilateral"
    assert "planned" in statuses(e) and "asserted" in statuses(e)
    assert e.time is not None and e.time.start == "2025-03-21"  # the coming Friday
    assert e.place is not None and (e.place.name, e.place.country) == ("Vienna", "AUT")
    assert e.quantities[0].value == 6 and e.quantities[0].unit == "countries"
    assert plover_category(e.type, statuses(e)) == "AGREE"  # PLOVER codes a future meeting as AGREE


def test_events_negated_withdrawal() -> None:
    doc = extract("The government has not withdrawn its troops from the border.", published=PUBLISHED)
    e = by_trigger(doc, "withdrawn")
    assert e.type == "RETREAT" and "negated" in statuses(e)
    assert plover_category(e.type, statuses(e)) == "REJECT"


def test_events_conditional_reaches_through_the_frame_verb() -> None:
    doc = extract("If the talks fail, the army will resume shelling the port.", published=PUBLISHED)
    e = by_trigger(doc, "shelling")
    assert e.type == "ASSAULT" and e.mode == "heavy-weapons"
    assert {"conditional", "future"} <= statuses(e)
    assert e.actors[0].text == "the army" and e.actors[0].sector == "MIL"


def test_events_accusation_is_a_speech_act_and_its_content_is_claimed() -> None:
    doc = extract("The minister accused the rebels of shelling a school.", published=PUBLISHED)
    accuse = by_trigger(doc, "accused")
    statement = doc.statements[0]
    assert accuse.type == "ACCUSE" and accuse.statement == statement.id
    assert statuses(accuse) == {"asserted"}
    assert [r.text for r in accuse.recipients] == ["the rebels"]
    shelling = by_trigger(doc, "shelling")
    assert ("claimed", statement.id) in {(s.status, s.statement) for s in shelling.status}
    assert shelling.actors[0].text == "the rebels"  # who is accused of shelling, not who accuses


def test_events_request_is_asserted_and_names_whom_it_asks() -> None:
    doc = extract("The council urged both sides to release all prisoners.", published=PUBLISHED)
    e = by_trigger(doc, "urged")
    assert e.type == "REQUEST" and e.mode == "yield"
    assert statuses(e) == {"asserted"} and e.statement == doc.statements[0].id
    assert "both sides" in [r.text for r in e.recipients]


def test_events_rockets_counted_placed_and_timed() -> None:
    doc = extract("Rebels fired around 40 rockets at the airport in Kharkiv overnight, the regional governor said.",
                  published=PUBLISHED)
    e = by_trigger(doc, "fired")
    assert e.type == "ASSAULT"
    q = e.quantities[0]
    assert (q.value, q.unit, q.approximate) == (40.0, "rockets", True)
    assert e.place is not None and (e.place.name, e.place.country) == ("Kharkiv", "UKR")
    assert e.time is not None and (e.time.start, e.time.end) == ("2025-03-15", "2025-03-16")
    assert "claimed" in statuses(e) and "asserted" not in statuses(e)


def test_events_denied_crossing_in_the_built_in_example() -> None:
    from reportedly.text.read import example_text

    doc = extract(example_text(), published=PUBLISHED)
    crossing = by_trigger(doc, "crossed")
    assert [s.status for s in crossing.status] == ["denied"]
    # the nominal claim ('X's claim that ...') as the rule-based attribution reads it
    doc = process(RawDocument("example", example_text(), meta=Meta(published=PUBLISHED)), Options(method="rules"))
    strike = by_trigger(doc, "struck")
    assert strike.type == "ASSAULT" and strike.mode == "drone" and "claimed" in statuses(strike)
    claim = next(st for st in doc.statements if st.id == strike.status[0].statement)
    assert doc.speaker_names(claim) == ["Tajikistan"]


def test_events_every_span_points_into_the_original_text() -> None:
    from reportedly.text.read import example_text

    text = example_text()
    doc = extract(text, published=PUBLISHED)
    assert len(doc.events) > 10
    for e in doc.events:
        assert e.trigger.text == " … ".join(text[s:t] for s, t in e.trigger.spans)
        parts = [*e.actors, *e.recipients, *e.quantities] + ([e.place] if e.place else []) + \
            ([e.time] if e.time else [])
        for part in parts:
            for s, t in part.spans:
                assert 0 <= s < t <= len(text)
            assert part.text == text[part.spans[0][0]:part.spans[-1][1]] or len(part.spans) > 1
        ids = {a.id for a in doc.actors}
        assert all(a.actor in ids for a in [*e.actors, *e.recipients] if a.actor)
        assert all(s.statement in {st.id for st in doc.statements} for s in e.status if s.statement)


def test_events_can_be_switched_off() -> None:
    doc = process(RawDocument("x", "Police arrested three journalists in the capital."), Options(events=False))
    assert doc.events == [] and doc.statements == []
    assert process(RawDocument("x", "Police arrested three journalists in the capital.")).events


@pytest.mark.parametrize(("words", "value"), [
    (["130"], 130.0), (["1,086"], 1086.0), (["two"], 2.0), (["twenty-six"], 26.0), (["1.5", "million"], 1.5e6),
    (["a", "dozen"], 12.0), (["nearly"], None)])
def test_events_number_value(words: list[str], value: float | None) -> None:
    assert number_value(words) == value


def test_events_plover_folding_of_statuses() -> None:
    assert plover_category("CONSULT", ["asserted", "planned"]) == "AGREE"
    assert plover_category("RETREAT", ["claimed", "future"]) == "CONCEDE"
    assert plover_category("ASSAULT", ["claimed", "conditional"]) == "THREATEN"
    assert plover_category("AGREE", ["claimed", "negated"]) == "REJECT"
    assert plover_category("ASSAULT", ["denied"]) == "ASSAULT"
    assert plover_category("ASSAULT", ["asserted"]) == "ASSAULT"


def test_events_document_with_events_validates_and_round_trips() -> None:
    import json

    import jsonschema

    from reportedly.model import json_schema
    from reportedly.text.read import example_text

    doc = extract(example_text(), published=PUBLISHED)
    data = json.loads(doc.to_json())
    jsonschema.validate(data, json_schema())
    assert Document.from_dict(data) == doc
    assert any((e["place"] and e["place"].get("within") is not None) or e["statement"] for e in data["events"])


def test_person_sector_comes_from_the_head_of_their_title() -> None:
    # 'union' (LAB) and 'envoy' (GOV) are both sector words: the head of the title decides
    doc = extract("Anna Kovacs, the European Union's special envoy for the Balkans, met Serbian officials in "
                  "Belgrade on Friday. Kovacs later accused Serbia of stalling the talks.", published=PUBLISHED)
    e = by_trigger(doc, "accused")
    assert [(a.text, a.sector) for a in e.actors] == [("Kovacs", "GOV")]


def test_an_announced_event_is_claimed_by_the_announcement() -> None:
    doc = extract("The interior ministry announced the arrest of two smugglers in Varna on Friday.",
                  published=PUBLISHED)
    e = by_trigger(doc, "arrest")
    assert e.type == "COERCE"
    announcement = next(s for s in doc.statements if s.cue.text == "announced")
    assert [(s.status, s.statement) for s in e.status] == [("claimed", announcement.id)]


@pytest.mark.parametrize("sentence, word, day", [
    ("The presidents of Veldria and Osmark spoke by phone on Tuesday for nearly two hours.", "spoke", "2025-03-11"),
    ("Chancellor Ilse Varga talked by telephone with her Osmarki counterpart on Friday.", "talked", "2025-03-14"),
    ("Mayor Tomas Reyl and the regional governor held a telephone conversation on Monday.", "conversation",
     "2025-03-10"),
])
def test_events_a_phone_call_or_conversation_is_a_dated_meeting(sentence: str, word: str, day: str) -> None:
    e = by_trigger(extract(sentence, published=PUBLISHED), word)
    assert e.type == "CONSULT"
    assert e.date == day


def test_events_speaking_to_reporters_is_no_meeting() -> None:
    doc = extract("The minister spoke to reporters on Tuesday about the budget.", published=PUBLISHED)
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_events_a_word_of_a_long_organisation_name_is_no_place() -> None:
    # 'Alliance' is also a small US town: inside 'the Farmers and Workers Alliance' it names no place
    doc = extract("Protesters waving the green flags of the Unity and Progress Alliance (UPA) chanted against the "
                  "commission in Mombasa on Thursday.", published="2026-03-07")
    places = {e.place.text for e in doc.events if e.place is not None}
    assert places == {"Mombasa"}
