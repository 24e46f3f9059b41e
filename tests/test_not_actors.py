"""Names that are no actor across reports, on short reports of our own of several kinds of story (a strike at a
quarry, a flood, an inspection of ships, an election, a port fire; people, bodies and most places invented): places
by what the report does with them, buildings, parts of a body, vessels, a body at another time, a lone given name, a
role with no owner; and real actors written near the same words that stay (issue 18)."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.actors import Linker
from reportedly.corpus.not_actors import not_an_actor, quoted_only
from reportedly.corpus.query import CorpusActor
from reportedly.corpus.store import Store
from reportedly.model import Actor, Document
from tests.actorhelp import actor_in
from tests.actorhelp import listed_actors as _listed


def _names(found: list[CorpusActor]) -> set[str]:
    return {n for a in found for n in (a.name, *a.aliases)}


def _actor(text: str, name: str, type_: str = "organization") -> tuple[Actor, Document]:
    return actor_in(text, name, type_, published="2026-05-01")


def test_a_name_written_as_where_someone_is_from_is_a_place_not_an_actor() -> None:
    found = _listed("Landslide buries village\n\nState disaster minister Harish Rawat, an MLA from Tolikot, said no "
                    "warning had reached the district. \"No alert came,\" he said.\n\nRescue teams reached Tolikot on "
                    "Thursday.")
    names = _names(found)
    assert "Harish Rawat" in names
    assert "Tolikot" not in names


def test_a_place_by_its_dateline_and_near_it_whatever_the_recogniser_called_it() -> None:
    text = ("Police fire on strikers\n\nKWAMHLANGA - Police opened fire near Kwamhlanga on Thursday, a union leader "
            "said.\n\nOfficers set up a roadblock near Kwamhlanga on Saturday.")
    a, doc = _actor(text, "Kwamhlanga", "person")
    assert not_an_actor(a, doc) == "place"
    named = Actor(id="z2", name="Kwamhlanga", type="person", titles=["union leader"], mentions=a.mentions)
    assert not_an_actor(named, doc) is None  # a person with a title is a person
    a, doc = _actor("Shelling hit the town of Isfana overnight, residents said. Isfana has about 20,000 people.",
                    "Isfana", "person")
    assert not_an_actor(a, doc) == "place"


def test_a_one_word_place_an_event_struck_is_still_a_place() -> None:
    found = _listed("Shelling on the border\n\nKHUJAND, May 8 - Tajik forces shelled Ak-Sai overnight, Kyrgyz "
                    "officials said. Residents fled from Ak-Sai to the district centre, and more shells fell near "
                    "Ak-Sai on Friday.")
    names = _names(found)
    assert "Kyrgyz officials" in names
    assert not any(n.replace("-", " ") == "Ak Sai" for n in names)


def test_a_building_only_written_as_where_people_are_due_is_no_actor() -> None:
    found = _listed("Strikers due in court\n\nRUSTENBURG - The 34 people arrested on the hill are due in the Kroonstad "
                    "Magistrate's Court. The Independent Police Investigative Directorate says it has taken statements "
                    "from 60 officers.")
    names = _names(found)
    assert "Independent Police Investigative Directorate" in names
    assert not any(n.startswith("Kroonstad") for n in names)


def test_workplaces_persons_and_a_court_that_rules_stay_actors() -> None:
    found = _listed(
        "Fire service praised\n\nAround 40 firefighters from Halmstad Fire and Rescue Service worked through the "
        "night. Ivan Petrov, a specialist at the Institute of Baltic Studies in Riga, said the port would reopen "
        "within a week. The Halmstad District Court ruled on Monday that the strike was lawful.",
        "Court date for arrested strikers\n\nThirty men arrested after the clash at the quarry are due in court on "
        "Monday, police said.\n\nA correction: an earlier version of this article attributed remarks about rubber "
        "bullets to Thandeka Nkosi of the quarry workers' union.",
        "Observers question count\n\nLena Vogt, a researcher at the Northern Policy Center, said the count was "
        "slow. Twelve observers from the Nordic Monitoring Mission were turned away at two polling stations.")
    names = _names(found)
    assert {"Halmstad Fire and Rescue Service", "Institute of Baltic Studies", "Halmstad District Court",
            "Thandeka Nkosi", "Northern Policy Center", "Nordic Monitoring Mission"} <= names


def test_vessels_named_beside_ships_are_not_actors() -> None:
    found = _listed("Inspectors find faults on two ships\n\nInspectors from the maritime agency examined four of the "
                    "company's 12 ships, among them the Baltic Wren and the Aland Star. Chief inspector Sofia Ek said "
                    "the faults were minor.\n\nThe Baltic Wren sailed for Tallinn on Friday.")
    names = _names(found)
    assert "Sofia Ek" in names
    assert not {"Baltic Wren", "Aland Star"} & names


def test_a_part_of_a_body_is_not_listed_and_the_body_is() -> None:
    found = _listed("Quarry owner says it did not call police\n\nTau Granite said on Friday that it had not asked "
                    "police to act. On March 5 several thousand strikers marched to Tau Granite's regional offices in "
                    "Marula to hand over a memorandum.")
    names = _names(found)
    assert "Tau Granite" in names
    assert "Tau Granite's regional offices" not in names


def test_the_prime_ministers_office_is_a_body_not_a_part() -> None:
    text = "The prime minister's office said on Monday that the talks would resume."
    a, doc = _actor(text, "prime minister's office")
    assert not_an_actor(a, doc) is None
    text = "Protesters gathered outside the commission's office in Basra on Thursday."
    a, doc = _actor(text, "commission's office")
    assert not_an_actor(a, doc) == "part of a body"


def test_a_body_at_another_time_that_does_not_speak_is_no_actor() -> None:
    text = ("Iraq votes\n\nBAGHDAD - Iraqis voted on Sunday. The new parliament must then elect a president, who will "
            "ask the largest bloc to form a government.")
    a, doc = _actor(text, "new parliament")
    assert not_an_actor(a, doc) == "body at another time"
    a, doc = _actor("The Iraqi parliament must then elect a president.", "Iraqi parliament")
    assert not_an_actor(a, doc) is None


def test_a_lone_given_name_and_a_role_with_no_owner_are_sources_not_actors() -> None:
    found = _listed(
        "Vote count disputed\n\nThe Higher Electoral Board said on Sunday that turnout was 41 percent.\n\nAbout 1.2 "
        "million voters are registered in Karbala province, home to the shrine of Imam Hussein.",
        "Opposition rallies\n\n\"We will stay in the streets,\" said Karim Jaber, a spokesman for the Homeland Front. "
        "The spokeswoman said on Friday the count was fair.")
    names = _names(found)
    assert {"Higher Electoral Board", "Karim Jaber", "Homeland Front"} <= names
    assert not {"Hussein", "spokeswoman"} & names


def test_a_speakers_quoted_government_takes_no_country_from_the_report() -> None:
    quoted = ("Toll disputed\n\nDEHRADUN, July 9 - The Himalayan Relief Trust put the toll at more than 90. \"The "
              "government is counting only the bodies it has in hand,\" the group's coordinator, Meena Rawat, said.")
    said = "Toll lowered\n\nDEHRADUN, July 9 - The government said on Thursday that 23 people had died."
    assert "government" not in _names(_listed(quoted))
    government = [a for a in _listed(said) if a.name == "government"]
    assert len(government) == 1 and government[0].country == "IND"
    a, doc = _actor(quoted, "government")
    assert quoted_only(a, doc)


def test_supporters_of_a_countrys_bloc_are_not_that_countrys_group() -> None:
    found = _listed("Opposition supporters rally\n\nBASRA, Iraq - About 2,000 supporters of Iraq's main opposition "
                    "alliance rallied outside the governor's office on Thursday. The Homeland Front said its "
                    "supporters would stay in the streets.")
    assert "Homeland Front" in _names(found)
    assert not [a for a in found if a.type == "group" and "supporters" in a.name.lower()]


def test_a_group_named_by_a_share_of_it_is_no_actor() -> None:
    text = "JOHANNESBURG - Most Marula victims were shot in the back, the Mining Rights Forum said on Friday."
    doc = extract(text, id="x", published="2026-05-01")
    with Store(":memory:") as s:
        linker = Linker(s)
        for name in ("most Marula victims", "many Marula residents"):
            group = Actor(id="z1", name=name, type="group", country="ZAF", mentions=[(15, 29)])
            assert "counted" in linker.decide(group, doc, "h" * 16).evidence["why"]
        group = Actor(id="z1", name="Marula residents", type="group", country="ZAF", mentions=[(15, 29)])
        assert "counted" not in linker.decide(group, doc, "h" * 16).evidence.get("why", "")


def test_a_company_described_only_by_its_tie_and_a_country_is_no_actor_when_the_report_names_none() -> None:
    found = _listed("Ribalta backs Swedish unit after fine\n\nMADRID - Grupo Ribalta said on Friday that the fine "
                    "imposed on its Swedish unit was unjustified. Chief executive Javier Mora said the Swedish unit's "
                    "management had his full backing.")
    names = _names(found)
    assert {"Grupo Ribalta", "Javier Mora"} <= names
    assert "Swedish unit" not in names


def test_a_name_of_several_words_only_ever_where_something_is_is_a_place_even_as_a_person() -> None:
    text = ("Shells hit border villages\n\nArtillery shells landed near Phum Sre Veal on Monday, the provincial "
            "governor said. Families in Phum Sre Veal were moved to a pagoda, and more shells fell outside Phum "
            "Sre Veal at night.")
    place, doc = _actor(text, "Phum Sre Veal", "person")
    assert not_an_actor(place, doc) == "place"
    person, doc = _actor("Clinic reopens\n\nPatients queued near Maria Lopes on Monday, and Maria Lopes said the "
                         "clinic would stay open.", "Maria Lopes", "person")
    assert not_an_actor(person, doc) is None


def test_a_place_named_with_another_before_their_place_noun_or_after_their_preposition_is_a_place() -> None:
    text = ("Villages shelled\n\nThe governor said shells hit Kampong Dei and Sre Chrey villages on Monday. Aid "
            "reached families in Preah Vihear and Kampong Dei by night.")
    place, doc = _actor(text, "Kampong Dei")
    assert not_an_actor(place, doc) == "place"


def test_the_reports_own_outlet_or_an_agency_that_only_checks_is_the_press() -> None:
    text = ("Drone claim disputed\n\nThe army said it had shot down a drone. Reuters could not independently verify "
            "the claim, and the Delta Courier was not able to reach the air force.")
    agency, doc = _actor(text, "Reuters")
    assert not_an_actor(agency, doc) == "press"
    doc = extract(text, id="x", published="2026-05-01", outlet="Delta Courier (fictional)")
    own = Actor(id="z2", name="Delta Courier", type="organization", mentions=[(text.find("Delta Courier"),
                                                                               text.find("Delta Courier") + 13)])
    assert not_an_actor(own, doc) == "press"
    army = Actor(id="z3", name="army", type="organization", mentions=[(text.find("army"), text.find("army") + 4)])
    assert not_an_actor(army, doc) != "press"
