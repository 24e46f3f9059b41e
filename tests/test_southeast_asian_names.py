"""Names and non-actors of stories from maritime Southeast Asia, and rules they showed to be general: a Malay name
with and without 'bin', a Chinese name of Singapore written in both orders, one-word Indonesian names with a rank,
a rank beside an office, honorifics, ships' prefixes, time zones, a company's legal form before its name, and a
building that stands for a ministry. Texts written for reportedly (a fishing-boat seizure, a port-dredging row, a
hospital fire)."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.titles import title_key, titles_conflict
from reportedly.text.person_names import compare
from tests.actorhelp import apart, listed_actors, together


def test_a_malay_name_with_bin_is_the_name_without_it() -> None:
    assert compare("Ahmad Shukri bin Yaacob", "Ahmad Shukri Yaacob") is not None
    assert compare("Siti Rohani binti Abdul Latif", "Siti Rohani Abdul Latif") is not None
    assert compare("Ahmad Shukri bin Yaacob", "Ahmad Yaacob") is None  # a given name is missing
    assert compare("Ahmad Shukri bin Yaacob", "Hafiz Shukri Yaacob") is None
    assert compare("Ahmad Shukri bin Yaacob", "Ahmad Shukri bin Osman") is None  # another father


def test_a_chinese_name_of_singapore_in_both_orders_is_one_name() -> None:
    assert compare("Teo Mei Xuan", "Mei Xuan Teo") is not None
    assert compare("Goh Boon Keat", "Boon Keat Goh") is not None
    assert compare("Goh Boon Keat", "Goh Boon Hock") is None


def test_an_honorific_or_a_rank_does_not_set_a_full_name_apart_from_an_office() -> None:
    def keys(*titles: str) -> set[str]:
        return {title_key(t, None) for t in titles}

    assert not titles_conflict(keys("Datuk"), keys("director general"))
    assert not titles_conflict(keys("Vice Admiral"), keys("director general"), rank_beside_office=True)
    assert titles_conflict(keys("Captain"), keys("mayor"))  # a surname alone: 'Mayor Abellana' / 'Captain Abellana'
    assert titles_conflict(keys("General"), keys("Colonel"), rank_beside_office=True)


def test_malay_and_singaporean_names_join_across_reports() -> None:
    first = ("Trawler crew held\n\nKOTA KINABALU — Deputy Minister Datuk Ahmad Shukri bin Yaacob said on Monday "
             "that the seven crew would be charged. The agency's director-general, Maritime Vice Admiral Datuk Hamzah "
             "bin Rashid, said the trawler had no permit.\n\nDr Teo Mei Xuan, a fellow at a Singapore institute, said "
             "both sides wanted calm.")
    second = ("Jakarta protests seizure\n\nJAKARTA — Malaysia's deputy minister, Ahmad Shukri Yaacob, told "
              "reporters the boat was in Malaysian waters. The director-general of the agency, Hamzah Rashid, said "
              "the men were being treated well.\n\nDr Mei Xuan Teo of the institute said the row would pass. \"It "
              "is a small thing,\" she said.")
    found = listed_actors(first, second)
    assert together(found, "Ahmad Shukri bin Yaacob", "Ahmad Shukri Yaacob")
    assert together(found, "Datuk Hamzah bin Rashid", "Hamzah Rashid")  # a vice admiral, the agency's chief
    assert together(found, "Teo Mei Xuan", "Mei Xuan Teo")


def test_one_word_names_with_the_same_rank_join_and_other_ranks_stay_apart() -> None:
    first = ("Navy sends ships\n\nTARAKAN — The head of the maritime agency, Vice Admiral Wiranto, said two more "
             "patrol boats would sail on Monday. Colonel Hartono said the crews were ready.")
    second = ("Agency chief warns\n\nJAKARTA — Vice Admiral Wiranto said on Tuesday that any boat found without a "
              "permit would be seized. Major General Hartono said the army would not take part.")
    found = listed_actors(first, second)
    assert len([a for a in found if a.name == "Wiranto"]) == 1
    assert len([a for a in found if "Hartono" in a.aliases]) != 1  # a colonel and a major general: two people


def test_ships_time_zones_and_operations_are_no_actors() -> None:
    text = ("Boats seized off Sabah\n\nTAWAU — The boats were spotted by the patrol vessel KM Bintang Laut at "
            "about 4 am (2000 GMT) during Op Jaring Timur, the agency's director Kamal Yusof said. A navy ship, KD "
            "Seri Mutiara, stood by. The report was issued at 11:20 WIB.")
    names = {a.name for a in listed_actors(text)}
    assert "Kamal Yusof" in names
    assert not names & {"Bintang Laut", "KM Bintang Laut", "GMT", "WIB", "Op Jaring Timur", "Seri Mutiara",
                        "KD Seri Mutiara"}


def test_a_company_after_its_legal_form_is_an_organisation() -> None:
    doc = extract("Dredging halted\n\nPT Karya Bahari Sentosa, which holds the dredging licence, said work would "
                  "resume on Friday. PJSC Volga Marine declined to comment.", id="x")
    kinds = {a.name: a.type for a in doc.actors}
    assert kinds.get("PT Karya Bahari Sentosa") == "organization"
    assert not any(t == "person" and "Bahari" in n for n, t in kinds.items())


def test_a_capitalised_conjunction_inside_a_name_is_a_given_name() -> None:
    doc = extract("Hospital fire\n\nThe health ministry's spokeswoman, Nor Fadzilah Abdul Rahman, said four patients "
                  "had been moved.", id="x")
    assert "Nor Fadzilah Abdul Rahman" in {a.name for a in doc.actors}


def test_a_building_that_stands_for_a_ministry_is_the_ministry() -> None:
    doc = extract("Note delivered\n\nWisma Putra said on Thursday it had received the protest note and would "
                  "reply through diplomatic channels.", id="x")
    found = {a.name: (a.type, a.country) for a in doc.actors}
    assert found.get("Wisma Putra") == ("organization", "MYS")


def test_two_people_of_one_fathers_name_stay_apart() -> None:
    first = ("Two Yaacobs\n\nKUALA LUMPUR — Minister Ahmad Shukri bin Yaacob said the talks were over. His aide, "
             "Rosli bin Yaacob, said the note had been sent.")
    found = listed_actors(first)
    assert apart(found, "Ahmad Shukri bin Yaacob", "Rosli bin Yaacob")


def test_a_building_that_stands_for_a_foreign_ministry_joins_it_across_reports() -> None:
    first = "Note sent\n\nKUALA LUMPUR — Malaysia's foreign ministry said on Monday it had sent a protest note."
    second = "Ministry replies\n\nWisma Putra said on Tuesday that the reply would follow through diplomatic channels."
    assert together(listed_actors(first, second), "Malaysia's foreign ministry", "Wisma Putra")
