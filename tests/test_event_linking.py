"""How events link their actors and recipients, on sentences written for these tests (issue 21: fewer sentences
with no event between the parties a reader sees)."""

from __future__ import annotations

from reportedly import extract
from reportedly.model import Document, Event

PUBLISHED = "2025-03-16"


def by_trigger(doc: Document, word: str) -> Event:
    found = [e for e in doc.events if word in e.trigger.text]
    assert found, f"no event with trigger {word!r}: {[e.trigger.text for e in doc.events]}"
    return found[0]


def test_event_linking_two_parties_in_the_modifiers_of_one_noun_are_two_actors() -> None:
    e = by_trigger(extract("Russian and North Korean forces attacked the village.", published=PUBLISHED), "attacked")
    assert [(a.text, a.country, a.sector) for a in e.actors] == [("Russian", "RUS", "MIL"),
                                                                 ("North Korean forces", "PRK", "MIL")]
    e = by_trigger(extract("Norway and Iceland's fisheries ministers met in Oslo.", published=PUBLISHED), "met")
    assert [(a.text, a.country) for a in e.actors] == [("Norway", "NOR"), ("Iceland's fisheries ministers", "ISL")]
    e = by_trigger(extract("The navies of Chile and Argentina held joint exercises.", published=PUBLISHED), "held")
    assert [a.text for a in e.actors] == ["The navies of Chile", "Argentina"]


def test_event_linking_a_country_named_with_and_is_one_party() -> None:
    e = by_trigger(extract("Trinidad and Tobago police arrested two smugglers.", published=PUBLISHED), "arrested")
    assert [(a.text, a.country) for a in e.actors] == [("Trinidad and Tobago police", "TTO")]


def recipients(e: Event) -> list[str]:
    return [a.text for a in e.recipients]


def test_event_linking_conjoined_event_nouns_share_actor_and_recipient() -> None:
    doc = extract("The union expressed its rejection and condemnation of the ministry's decree.", published=PUBLISHED)
    for word in ("rejection", "condemnation"):
        e = by_trigger(doc, word)
        assert [a.text for a in e.actors] == ["The union"]
        assert recipients(e) == ["the ministry's decree"]


def test_event_linking_acting_on_what_someone_filed_acts_on_them() -> None:
    e = by_trigger(extract("A court in Lima rejected an appeal filed by the former governor.", published=PUBLISHED),
                   "rejected")
    assert "the former governor" in recipients(e)
    e = by_trigger(extract("The regulator granted a licence sought by the mining company.", published=PUBLISHED),
                   "granted")
    assert "the mining company" in recipients(e)
    e = by_trigger(extract("Police arrested a man wanted by the border guards.", published=PUBLISHED), "arrested")
    assert recipients(e) == ["a man"]  # a person is acted on himself


def test_event_linking_who_must_act_for_a_condition() -> None:
    doc = extract("The teachers said they will not end the strike until their demands are met by the education "
                  "ministry.", published=PUBLISHED)
    assert "the education ministry" in recipients(by_trigger(doc, "end"))
    doc = extract("The mayor said the city will not lift the curfew until he is satisfied the police are doing their "
                  "job.", published=PUBLISHED)
    assert "the police" in recipients(by_trigger(doc, "lift"))



def test_event_linking_a_thing_returned_goes_back_to_whom_it_was_taken_from() -> None:
    doc = extract("The rebels handed back the villages they captured from government forces last year.",
                  published=PUBLISHED)
    assert "government forces" in recipients(by_trigger(doc, "handed"))


def test_event_linking_a_dateline_is_no_subject() -> None:
    doc = extract("UNITED NATIONS -- The Security Council has adopted a resolution condemning the coup in Tallinn.",
                  published=PUBLISHED)
    assert [a.text for a in by_trigger(doc, "condemning").actors] == ["The Security Council"]


def test_event_linking_his_country_in_what_a_leader_says_is_the_leader() -> None:
    doc = extract("The Chilean president said his country will not lift the ban on Peruvian fish until Lima pays "
                  "the fine.", published=PUBLISHED)
    e = by_trigger(doc, "lift")
    assert [(a.text, a.country) for a in e.actors] == [("The Chilean president", "CHL")]
    assert "Lima" in recipients(e)  # who must act for the ban to be lifted


def test_event_linking_a_hyphenated_event_noun_is_the_event_word() -> None:
    e = by_trigger(extract("The army announced a week-long cease-fire with the rebels.", published=PUBLISHED), "fire")
    assert [a.text for a in e.actors] == ["The army"] and recipients(e) == ["the rebels"]


def test_event_linking_an_effort_designed_to_help_is_its_launchers() -> None:
    doc = extract("The regional council launched a mediation effort designed to help the miners and the mine owners "
                  "settle the dispute.", published=PUBLISHED)
    assert [a.text for a in by_trigger(doc, "help").actors] == ["The regional council"]


def test_event_linking_with_someone_doing_something_is_no_target() -> None:
    doc = extract("Fighting persisted overnight in the ongoing conflict, with the rebels claiming to have captured two "
                  "villages.", published=PUBLISHED)
    assert all("the rebels" not in recipients(e) for e in doc.events)


def test_event_linking_a_time_before_a_dash_is_no_dateline() -> None:
    doc = extract("09:40 CET — A team of the State Mountain Rescue Force (SMRF) reached Valmora on foot this morning "
                  "after walking 9 km from Lenz.", published=PUBLISHED)
    assert not any(e.trigger.text == "reached" for e in doc.events)


def test_event_linking_a_meeting_set_before_the_verb_is_its_subjects() -> None:
    doc = extract("During talks with the Peruvian foreign minister in Lima, the Chilean envoy agreed to reopen the "
                  "border.", published=PUBLISHED)
    e = by_trigger(doc, "talks")
    assert e.type == "CONSULT" and [a.text for a in e.actors] == ["the Chilean envoy"]
    doc = extract("The rebels attacked the town during talks with the government.", published=PUBLISHED)
    assert not by_trigger(doc, "talks").actors  # after the verb: not said to be the rebels' talks


def test_event_linking_a_bill_acts_for_whoever_introduced_it() -> None:
    doc = extract("Two senators introduced a bill that would sanction Peruvian officials.", published=PUBLISHED)
    assert [a.text for a in by_trigger(doc, "sanction").actors] == ["Two senators"]


def test_event_linking_an_attack_in_which_gunmen_stormed_a_place() -> None:
    doc = extract("The militia launched an attack in which gunmen stormed the police station in Kibera.",
                  published=PUBLISHED)
    assert recipients(by_trigger(doc, "attack")) == ["the police station"]


def test_event_linking_a_day_is_no_owner_of_talks() -> None:
    doc = extract("Saturday's talks in Lima ended without a deal.", published=PUBLISHED)
    assert all(a.text != "Saturday" for e in doc.events for a in e.actors)


def test_event_linking_words_the_tagger_mistook() -> None:
    doc = extract("Norway and UNICEF hand over 30 trucks to support health services for children in Tigray.",
                  published=PUBLISHED)
    assert [a.text for a in by_trigger(doc, "hand").actors] == ["Norway", "UNICEF"]
    doc = extract("In cooperation with local partners, USAID provided shelter kits to 20,000 families in Tonga.",
                  published=PUBLISHED)
    assert [a.text for a in by_trigger(doc, "provided").actors] == ["USAID"]


def test_event_linking_a_time_on_the_subject_goes_with_the_verb() -> None:
    doc = extract("The president on Sunday launched a scathing attack on the governor.", published=PUBLISHED)
    assert [a.text for a in by_trigger(doc, "attack").actors] == ["The president"]
