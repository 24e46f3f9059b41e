"""Names that are no actor, on short reports of our own of other kinds of story (an air war between two invented
countries, a civil war with a paramilitary force, a company-vs-regulator row, a cyclone): places named by a word that
opens place names in their language or by a place feature, places an event struck or counted, a fronted 'On X,', 'the
fighting at X', adjectives of nationality and headline fragments, a role whose owner is not named, a group that is
only what an event befell; and the real actors written beside them, which stay (issue 18)."""

from __future__ import annotations

from reportedly.corpus.not_actors import bare_person, not_an_actor
from reportedly.model import Actor, Document
from tests.actorhelp import actor_in, listed_actors
from tests.actorhelp import listed_names as _names


def _actor(text: str, name: str, type_: str = "person") -> tuple[Actor, Document]:
    return actor_in(text, name, type_, published="2026-10-01")


AIR_WAR = ("Jets strike air base as air war spreads\n\nBy Lena Moor\n\nKORVAK — Ostrelian jets struck Korvak Air Base "
           "before dawn on Friday, destroying two hangars, Varnia's defence ministry said.\n\n\"Our air defences shot "
           "down one of the attackers,\" ministry spokesman Colonel Dario Venn told reporters.\n\nOstrelia's air force "
           "said its aircraft had returned safely to Talmo Airfield. Air force chief Marshal Ines Carro said the raid "
           "answered weeks of drone attacks.")

CIVIL_WAR = ("Paramilitary fighters seize town as army regroups\n\nKHARTOUM, Oct 4 — The Rapid Response Brigades, a "
             "paramilitary force at war with the army since April, said on Saturday they had taken Umm Selim after two "
             "days of shelling.\n\nBrigades commander Gen. Yasir Haddad said his fighters had \"freed\" the town. The "
             "army's spokesman, Brig. Nabil Osman, said the troops had withdrawn to Jabal Nur \"to protect civilians\"."
             "\n\nAid group Sahel Relief said 30,000 people had fled Umm Selim. \"We counted 200 bodies at Wadi Hamra,"
             "\" the group's coordinator, Amira Saleh, said.")


def test_an_air_base_and_an_airfield_are_places_and_the_officers_who_speak_stay() -> None:
    names = _names(AIR_WAR)
    assert {"Dario Venn", "Ines Carro"} <= names  # the rank is a title, not part of the name
    assert not any("Korvak" in n or "Talmo" in n for n in names)


def test_places_named_in_their_own_language_are_places_the_brigades_and_their_commanders_stay() -> None:
    names = _names(CIVIL_WAR)
    assert {"Rapid Response Brigades", "Yasir Haddad", "Nabil Osman", "Sahel Relief", "Amira Saleh"} <= names
    assert not any(w in n for n in names for w in ("Jabal", "Wadi", "Umm Selim"))


def test_a_word_that_opens_place_names_makes_a_place_only_without_a_title_or_a_body() -> None:
    text = "Mourners gathered at Wat Nong Saeng on Tuesday. Monks at Wat Nong Saeng led the prayers."
    a, doc = _actor(text, "Wat Nong Saeng")
    assert not_an_actor(a, doc) == "place"
    titled = a.model_copy(update={"titles": ["abbot"]})
    assert not_an_actor(titled, doc) is None
    b, doc = _actor("Doctors at Mount Carmel Hospital treated 12 people, Mount Carmel Hospital said in a note.",
                    "Mount Carmel Hospital", "organization")
    assert not_an_actor(b, doc) != "place"


def test_a_province_after_a_dateline_town_and_a_place_named_second_in_a_list_are_places() -> None:
    text = ("Aid group says 40,000 displaced\n\nKAPRA, Lower Senna — About 40,000 people were sheltering in schools "
            "in Upper Senna and Lower Senna, the aid group said. Lower Senna province has no shelters left.")
    a, doc = _actor(text, "Lower Senna")
    assert not_an_actor(a, doc) == "place"
    person, doc = _actor("Lower Senna said the count was wrong. Lower Senna, 44, is a teacher.", "Lower Senna")
    assert not_an_actor(person, doc) is None  # a name that speaks is someone


def test_a_fronted_on_and_the_fighting_at_make_a_place_a_workplace_does_not() -> None:
    names = _names("Protests spread\n\nOn Marova, about 200 supporters of the party gathered at the dock, police "
                   "said.\n\nThe fighting at Kesh Tarrow on Monday left three dead, Interior Minister Jonas Pell said. "
                   "An analyst at Brennan Partners, Olaf Dijk, said the clashes would spread.")
    assert {"Jonas Pell", "Olaf Dijk", "Brennan Partners"} <= names
    assert not any("Marova" in n or "Kesh Tarrow" in n for n in names)


def test_an_adjective_of_nationality_and_a_headline_fragment_are_no_actor() -> None:
    text = ("Deadly Thai-Cambodian border fighting erupts\n\nMalaysia's foreign minister said he had spoken to his "
            "Thai and Cambodian counterparts. ASEAN said it would send observers.")
    adjective, doc = _actor(text, "his Thai", "unknown")
    assert not_an_actor(adjective, doc) == "nationality word"
    fragment, doc = _actor(text, "Deadly Thai-Cambodian")
    assert not_an_actor(fragment, doc) == "headline fragment"
    body, doc = _actor(text, "ASEAN", "organization")
    assert not_an_actor(body, doc) is None  # a body's acronym, not an adjective


def test_a_role_whose_owner_is_not_named_is_no_actor_an_anonymous_witness_is() -> None:
    text = ("\"We did not fire,\" the ministry spokeswoman said. A medic at the city hospital said 12 were hurt. The "
            "head of the observer mission said the count was fair.")
    for name in ("ministry spokeswoman", "head of the observer mission"):
        a, doc = _actor(text, name)
        assert bare_person(a, doc, role=True) == "owned role"
        assert bare_person(a, doc) is None  # not a description: nothing said
    medic, doc = _actor(text, "medic")
    assert bare_person(medic, doc, role=True) is None
    owned, doc = _actor(text, "ministry spokeswoman")
    assert bare_person(owned.model_copy(update={"country": "KGZ"}), doc, role=True) is None  # Kyrgyzstan's ministry


def test_a_group_that_only_an_event_befell_is_no_actor_a_group_that_is_a_party_to_one_stays() -> None:
    names = _names("Shelling on the border\n\nThailand's foreign ministry briefed diplomats on what it called "
                   "\"indiscriminate attacks on Thai civilians\". Its spokeswoman, Olga Brant, said Thailand would "
                   "document every attack.\n\n\"We are cooperating fully with the Chinese authorities,\" Brant said.")
    assert "Olga Brant" in names
    assert not any("civilians" in n for n in names)


def test_a_countrys_military_is_its_stored_armed_forces() -> None:
    found = listed_actors(
        "Troops on alert\n\nThe Malaysian Armed Forces said on Monday that two patrol boats had been sent to the "
        "strait.",
        "Navy boats reach strait\n\nMalaysia's military said the boats had reached the strait on Tuesday.")
    forces = [a for a in found if "Armed Forces" in a.name or "military" in a.name]
    assert len(forces) == 1
    assert "Malaysia's military" in forces[0].aliases


def test_an_outlet_that_is_only_told_is_the_press_the_people_of_a_place_speak_not_the_place() -> None:
    names = _names("Drones hit fuel depot\n\nAL-RASHID, Oct 9 — Drones struck a fuel depot overnight, killing four "
                   "guards, district magistrate Vikram Joshi told the Daily Sentinel.\n\nResidents of Qasr al-Nil and "
                   "Tell Hamid said they heard explosions. The Northern Liberation Front claimed the attack.")
    assert {"Vikram Joshi", "Northern Liberation Front"} <= names
    assert not any(w in n for n in names for w in ("Sentinel", "Qasr", "Tell Hamid"))


def test_a_hospital_that_only_receives_the_dead_is_a_building_one_that_speaks_is_a_body() -> None:
    text = ("Mudslide toll rises\n\nThe bodies were taken to Sorata General Hospital, mayor Jorge Quispe said. Villa "
            "Clinic Hospital said it had treated 40 people. Route 221 is closed.")
    a, doc = _actor(text, "Sorata General Hospital", "organization")
    assert not_an_actor(a, doc) == "building"
    road, doc = _actor(text, "Route 221", "organization")
    assert not_an_actor(road, doc) == "place"
    names = _names(text)
    assert "Jorge Quispe" in names
    assert not any("Sorata" in n for n in names)


def test_a_known_person_whose_name_opens_like_a_village_is_a_person() -> None:
    text = "Former UN chief Ban Ki-moon visited the camp on Monday. Ban Ki-moon met families there."
    person, doc = _actor(text, "Ban Ki-moon")
    assert not_an_actor(person, doc) is None
    village, doc = _actor("Shells fell on Ban Nong Saeng overnight. Ban Nong Saeng has 800 people.", "Ban Nong Saeng")
    assert not_an_actor(village, doc) == "place"


def test_a_force_that_is_shelled_is_a_party_to_the_fighting() -> None:
    names = _names("Shelling on the border\n\nThai artillery shelled Cambodian troops near the pass on Monday, "
                   "Cambodia's defence ministry said.")
    assert any("troops" in n for n in names)
