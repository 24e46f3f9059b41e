"""Names a report's sentences show to be places, things or someone else's description, on short reports of our own
of several kinds of story (a bridge collapse, a boat sinking, a pipeline spill, an offensive, job cuts, stranded
pilgrims, a council fine, a clinic out of supplies): they are not listed, or join the one they describe (issue 18);
the real actors beside them stay."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.actors import Linker
from reportedly.corpus.listing import apposed, unlisted
from reportedly.corpus.not_actors import not_an_actor
from reportedly.corpus.place_uses import (
    headline_description,
    kind_only,
    named_thing,
    only_destination,
    own_outlet,
    superlative_owner,
)
from reportedly.corpus.query import actors
from reportedly.corpus.store import Store
from reportedly.model import Actor, Content, Document, Event, EventActor
from tests.actorhelp import actor_in, listed_names


def _found(doc: Document) -> dict[str, set[str]]:
    """Listed actor name -> its names and aliases, after storing ``doc``."""
    with Store(":memory:") as s:
        linker = Linker(s)
        s.add_document(doc, hash="h1", key="k1", linker=linker)
        linker.revisit()
        return {a.name: {a.name, *a.aliases} for a in actors(s, limit=None)}


def _listed(doc: Document) -> set[str]:
    return {n for names in _found(doc).values() for n in names}


def _did(doc: Document, a: Actor, trigger: str, at: int = 0) -> Document:
    """``doc`` with actor ``a`` added as the actor of an event whose word is ``trigger`` (its first use after
    ``at``), written at the mention of ``a`` before it."""
    start = doc.text.index(trigger, at)
    mention = max((m for m in a.mentions if m[1] <= start), key=lambda m: m[1])
    event = Event(id="e99", type="OTHER", trigger=Content(text=trigger, spans=[(start, start + len(trigger))]),
                  actors=[EventActor(actor=a.id, text=doc.text[mention[0]:mention[1]], spans=[mention])])
    return doc.model_copy(update={"actors": [*doc.actors, a], "events": [*doc.events, event]})


BRIDGE = ("Bridge collapse: inquiry opened\n\nA Leyte congressman, Ramon Dizon, said on Tuesday he would seek a "
          "hearing. The Leyte lawmaker said the bridge had failed two inspections. Public Works Secretary Alma Reyes "
          "said the contractor would be charged.")


def test_a_town_before_the_people_who_represent_it_is_a_place_a_company_before_its_spokesman_is_not() -> None:
    names = listed_names(BRIDGE)
    assert {"Ramon Dizon", "Alma Reyes"} <= names
    assert "Leyte" not in names
    text = ("Telecom fined\n\nThe regulator fined Vantor 3 million euros, a Vantor spokesman said. Officials said "
            "Vantor had sold data.")
    firm, doc = actor_in(text, "Vantor", "organization", published="2026-05-01")
    assert not_an_actor(firm, doc) is None  # no town of that name: a spokesman of a company


def test_a_name_before_islands_in_capitals_is_where_a_boat_sank() -> None:
    text = ("Cargo boat sinks off Tavora\n\nPORT ELLIS, Tavora Islands — A cargo boat sank on Sunday, the navy said. "
            "Commander Luis Ferrer said all nine crew were safe and Tavora ferries were kept in port.")
    island, doc = actor_in(text, "Tavora", "organization", published="2026-05-01")
    assert not_an_actor(island, doc) == "place"
    company = ("Ferry firm sued\n\nPORT ELLIS — Tavora Lines was sued on Sunday, Commander Luis Ferrer said. "
               "Tavora Lines said it would fight the case.")
    line, doc = actor_in(company, "Tavora Lines", "organization", published="2026-05-01")
    assert not_an_actor(line, doc) is None


def test_an_event_named_by_its_place_is_no_evidence_that_the_place_acted() -> None:
    text = ("Marwa spill: regulator fines pipeline operator\n\nCrude spilled at Marwa for three days, the regulator "
            "said. Fishermen from Marwa said their nets were ruined. Not one manager has set foot in Marwa, chief Obi "
            "Nnamdi said.")
    village, doc = actor_in(text, "Marwa", "unknown", published="2026-05-01")
    doc = _did(doc, village, "spill")
    assert not_an_actor(village, doc) == "place"
    # a body that did something, written before the event's word and nowhere as a place, stays
    raid = ("Brenvik raid condemned\n\nBrenvik fighters raided a depot on Monday, police said. Brenvik said the "
            "raid was a warning, spokesman Tor Hallan said.")
    group, doc = actor_in(raid, "Brenvik", "organization", published="2026-05-01")
    doc = _did(doc, group, "raid")
    assert not_an_actor(group, doc) is None


def test_a_name_given_to_an_operation_is_not_listed() -> None:
    text = ("Army pushes north\n\nThe army on Monday widened an offensive it calls Iron Harvest, spokesman Col. Ivan "
            "Petrenko said. He said troops had taken two villages.")
    names = listed_names(text)
    assert "Ivan Petrenko" in names and "Iron Harvest" not in names
    group = ("Aid network warns\n\nA relief network called Sahel Aid Watch said on Monday that wells had run dry.")
    watch, doc = actor_in(group, "Sahel Aid Watch", "organization", published="2026-05-01")
    assert not named_thing(watch, doc)


def test_the_domain_of_a_superlative_is_not_the_one_described() -> None:
    text = ("Carmaker cuts jobs\n\nEurope's biggest carmaker said on Friday it would cut 4,000 jobs. Union leader "
            "Karin Vogt said workers would strike.")
    europe, doc = actor_in(text, "Europe", "unknown", published="2026-05-01")
    doc = _did(doc, europe, "cut", at=text.index("said"))
    assert superlative_owner(europe, doc)
    assert unlisted(europe, doc) == "domain of a description"
    owner = ("Carmaker cuts jobs\n\nVelmont's chief executive said on Friday it would cut 4,000 jobs.")
    velmont, doc = actor_in(owner, "Velmont", "organization", published="2026-05-01")
    assert not superlative_owner(velmont, doc)


def test_a_country_only_travelled_to_is_not_listed_one_that_acts_is() -> None:
    text = ("Pilgrims stranded\n\nThe embassy said it had set up a helpline for pilgrims travelling through Basra "
            "province to Kuwait. Ambassador Rahul Mehta said buses were being sent.")
    names = listed_names(text)
    assert "Rahul Mehta" in names and "Kuwait" not in names
    acting = listed_names("Pilgrims stranded\n\nKuwait sent buses to the border on Monday, Ambassador Rahul Mehta "
                          "said.")
    assert "Kuwait" in acting


def test_the_reports_own_outlet_by_its_short_name_is_the_press() -> None:
    text = ("Council fines bakery\n\nThe city council fined Crumb & Co on Monday, councillor Ada Price said.\n\n"
            "Correction: An earlier version said the fine was 50,000. The Herald regrets the error.")
    doc = extract(text, id="x", published="2026-05-01", outlet="Harbour Herald")
    herald = next(a for a in doc.actors if a.name.endswith("Herald"))
    assert own_outlet(herald, doc)
    assert "Herald" not in _listed(doc)
    other = extract(text, id="y", published="2026-05-01", outlet="Valley Times")
    assert not own_outlet(next(a for a in other.actors if a.name.endswith("Herald")), other)


def test_a_role_written_before_its_holder_and_a_comma_is_the_holder() -> None:
    text = ("Clinic runs dry\n\nA nurse, Imelda Cortez, who has worked at the clinic for ten years, said the saline "
            "ran out on Friday. Health Secretary Paolo Cruz said supplies would arrive.")
    nurse, doc = actor_in(text, "A nurse", "person", published="2026-05-01")
    nurse = nurse.model_copy(update={"name": "nurse"})
    holder = apposed(nurse, doc)
    assert holder is not None and holder.name == "Imelda Cortez"
    found = _found(doc.model_copy(update={"actors": [*doc.actors, nurse]}))
    assert "nurse" not in found and "Paolo Cruz" in found
    assert "nurse" in found["Imelda Cortez"]  # one person, by her name and her role
    # a list of names after a comma is no apposition of one holder
    listing = ("Ministers meet\n\nThe ministers, Paolo Cruz and Ana Lim, met on Friday.")
    ministers, doc = actor_in(listing, "The ministers", "group", published="2026-05-01")
    assert apposed(ministers, doc) is None
    assert only_destination(ministers, doc) is False


def test_a_village_struck_by_air_strikes_is_a_place() -> None:
    text = ("Strikes kill villagers\n\nEight people died in air strikes on Tarkhel, the provincial governor, Abdul "
            "Wahid Sarwari, said on Monday. Doctors said four children were among the dead.")
    village, doc = actor_in(text, "Tarkhel", "organization", published="2026-05-01")
    assert not_an_actor(village, doc) == "place"


def test_a_nationality_before_a_kind_of_body_names_no_body() -> None:
    text = ("Border talks stall\n\nAhmad Noori, the Afghan ministry's spokesman, said the talks had stalled. The "
            "Pakistani interior ministry said it would reply on Monday.")
    kind, doc = actor_in(text, "Afghan ministry", "organization", published="2026-05-01")
    assert unlisted(kind, doc) == "kind of body"
    named, doc = actor_in(text, "Pakistani interior ministry", "organization", published="2026-05-01")
    assert not kind_only(named)  # which ministry, the name says


def test_a_description_only_in_the_headline_is_not_listed_when_the_body_names_the_body() -> None:
    text = ("Regulator fines mining firm over dam leak\n\nThe National Water Authority fined Kestrel Copper 2 million "
            "dollars on Tuesday, its director Hana Mwale said. Kestrel Copper said it would appeal.")
    firm, doc = actor_in(text, "mining firm", "organization", published="2026-05-01")
    doc = _did(doc, firm, "leak")  # what the headline makes it do
    assert unlisted(firm, doc) == "headline description"
    body = ("Regulator fines mining firm\n\nThe National Water Authority said the mining firm had ignored warnings.")
    there, doc = actor_in(body, "mining firm", "organization", published="2026-05-01")
    assert not headline_description(there, doc)  # the report's body writes it too


def test_a_parent_written_only_before_its_bodys_head_noun_is_not_listed() -> None:
    text = ("Observers count the dead\n\nMONUR, the UN mission in the region, said 40 civilians had died. The UN "
            "mission said it could not reach two villages. Governor Lwazi Banda said the toll was lower.")
    parent, doc = actor_in(text, "UN", "organization", published="2026-05-01")
    spans = [m for m in parent.mentions if doc.text[m[1]:m[1] + 8] == " mission"]  # (not 'MONUR' and 'Governor')
    parent = parent.model_copy(update={"mentions": spans})
    assert unlisted(parent, doc) == "parent of a body"
    official = ("Observers count the dead\n\nA UN official said 40 civilians had died. Governor Lwazi Banda said the "
                "toll was lower.")
    owner, doc = actor_in(official, "UN", "organization", published="2026-05-01")
    assert unlisted(owner, doc) is None  # 'a UN official': a person of the body, the body stays
