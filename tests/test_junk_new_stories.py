"""Junk that a story of a new kind brings, on short reports of our own (people, bodies, vessels invented; places
real): a vessel named with its noun in lower case, words of a headline in capitals, and the government of a part of
a country described in lower case (issue 18, junk actors)."""

from __future__ import annotations

from reportedly.corpus.local_bodies import local_body, place_body
from reportedly.model import Actor
from tests.actorhelp import actor_in, apart, listed_actors, listed_names, together

MUTINY = (
    "Sailors seize patrol boat in Conakry harbour\n\n"
    "CONAKRY, June 2 (Reuters) - Mutinous sailors seized the navy patrol vessel Tindoro in the port of Conakry on "
    "Tuesday, the navy said.\n\n"
    "Navy spokesman Commander Sékou Bangoura said the mutineers wanted back pay. \"They will be punished,\" "
    "Bangoura said.\n\n"
    "Tindoro was later seen drifting towards the Loos islands. The regional administration said fishermen should "
    "stay ashore.\n\n"
    "Captain Mamadi Kourouma, the boat's commander, said no one had been hurt."
)


def test_a_vessel_named_after_its_noun_in_lower_case_is_no_actor() -> None:
    names = listed_names(MUTINY)
    assert not any("Tindoro" in n for n in names)  # 'the navy patrol vessel Tindoro', then 'Tindoro' alone
    assert "Mamadi Kourouma" in names  # a person after the craft's noun ('the boat's commander') stays
    assert "Sékou Bangoura" in names


def test_a_person_after_a_craft_noun_stays_a_person() -> None:
    text = ("Ferry sinks off Bohol\n\nTAGBILARAN - The ferry Ligaya Dos sank on Monday. Survivors said the ferry "
            "Ramon Tabada owned had no life jackets.\n\nRamon Tabada said the boat was within capacity.")
    names = listed_names(text)
    assert "Ramon Tabada" in names  # a given name first: a person, whatever noun is written before him
    assert not any("Ligaya" in n for n in names)


HEADLINE = (
    "GRÈVE À DAKAR : LE GOUVERNEMENT REFUSE DE NÉGOCIER AVEC LES DOCKERS\n\nDetails\n\n"
    "DAKAR — The dockers' union Syndicat National des Dockers (SNDD) said on Monday it would block the port of "
    "Dakar from Thursday unless wages were raised.\n\n"
    "\"We have waited two years,\" SNDD secretary general Awa Ndiaye said.\n\n"
    "The port authority said talks would resume on Wednesday."
)


def test_words_of_a_headline_in_capitals_are_no_actors() -> None:
    names = listed_names(HEADLINE)
    assert not {"LE GOUVERNEMENT", "LES", "LES DOCKERS", "DE NÉGOCIER", "Details"} & names
    assert "Awa Ndiaye" in names
    assert any("SNDD" in n or "Syndicat National des Dockers" in n for n in names)  # an acronym in the text stays


def test_a_state_government_in_lower_case_is_no_actor_across_reports() -> None:
    one = ("Dam row deepens\n\nCHENNAI — The state government said on Friday it would go to court over the dam. "
           "Water minister Arivalagan Selvaraj said farmers had been cheated.")
    two = ("Dam row deepens\n\nBENGALURU — The state government said on Saturday it had released every drop it "
           "owed. Irrigation minister Basappa Hulikeri said the rains had failed.")
    found = listed_actors(one, two)
    names = {n for a in found for n in (a.name, *a.aliases)}
    assert "state government" not in names  # two states' governments: no one body across reports
    assert {"Arivalagan Selvaraj", "Basappa Hulikeri"} <= names


def test_a_regional_government_in_lower_case_joins_the_one_named_in_its_report() -> None:
    text = ("Quake aid row\n\nERBIL — The Kurdistan Regional Government said on Monday that 40 trucks of aid had "
            "crossed. The regional government said a second convoy would leave on Tuesday.\n\n"
            "Aid worker Shilan Barzinji said the trucks were too few.")
    found = listed_actors(text)
    assert [a.name for a in found if "egional" in a.name] == ["Kurdistan Regional Government"]
    a, doc = actor_in(text, "regional government", "organization", "2026-05-01")
    doc.actors.append(a)
    joined = local_body(a, doc)
    assert isinstance(joined, Actor) and joined.name == "Kurdistan Regional Government"
    alone, doc = actor_in(text.replace("Kurdistan Regional Government", "Kurdish leadership"),
                          "regional government", "organization", "2026-05-01")
    assert local_body(alone, doc) == "local body"
    named = ("Flood relief\n\nKARACHI — The Sindh provincial government said 30 camps were open. Relief official "
             "Naveed Soomro said more tents were needed.")
    assert "Sindh provincial government" in listed_names(named)  # a government named by its province stays


def test_a_seat_of_government_that_speaks_is_its_countrys_government() -> None:
    text = ("Fishing row at sea\n\nYANGON — Naypyidaw said on Monday it had protested to Dhaka over the "
            "detention of 14 fishermen. Fisheries official Kyaw Zin Htet said the boats were in Myanmar waters.")
    found = listed_actors(text)
    names = {n for a in found for n in (a.name, *a.aliases)}
    assert "Naypyidaw" not in names  # not a body of its own (a seat of government, data/capitals.tsv)
    assert any(a.country == "MMR" for a in found)  # the country it stands for speaks
    assert "Kyaw Zin Htet" in names
    a, doc = actor_in(text, "Naypyidaw", "organization", "2026-05-01")  # were the recogniser to call it a body
    doc.statements[0].source.actor = a.id
    seat = place_body(a, doc)
    assert isinstance(seat, Actor) and seat.country == "MMR" and seat.name.endswith("'s government")


def test_a_city_or_region_named_as_a_body_alone_is_a_place() -> None:
    text = ("Canal row\n\nLAHORE — Peshawar said on Tuesday it would take the canal dispute to the council. "
            "Sindh accused the upstream province of stealing water. Irrigation secretary Qadeer Mengal said the "
            "canal had been dry for a week.\n\nThe Indus Canal Authority said it would release more water.")
    names = listed_names(text)
    assert not {"Peshawar", "Sindh"} & names  # a city or a province is not one body across reports
    assert "Qadeer Mengal" in names
    assert "Indus Canal Authority" in names  # a body named after a place with a word of a body stays


def _report(day: str, who: str, what: str) -> str:
    return f"Grid hack row\n\nTBILISI — {who} said on {day} that {what}."


def test_caucasus_transliterations_are_one_person() -> None:
    found = listed_actors(
        _report("Monday", "Energy Minister Revaz Tsintsadze", "the grid would be audited"),
        _report("Tuesday", "Revaz Zintsadze, the energy minister,", "the audit had begun"),
        _report("Monday", "Deputy minister Nugzar Japaridze", "fines were possible"),
        _report("Tuesday", "Deputy minister Nugzar Dzhaparidze", "no fine had been set"),
        _report("Wednesday", "Azerbaijani envoy Sevinc Rzayeva", "Baku would help"),
        _report("Thursday", "Azerbaijani envoy Sevinj Rzayeva", "help had been sent"),
        _report("Wednesday", "Colonel Elnur Sadigov", "the army's networks were safe"),
        _report("Thursday", "Colonel Elnur Sadykov", "no army system had been reached"),
    )
    assert together(found, "Revaz Tsintsadze", "Revaz Zintsadze")  # ts/z
    assert together(found, "Nugzar Japaridze", "Nugzar Dzhaparidze")  # dzh/j
    assert together(found, "Sevinc Rzayeva", "Sevinj Rzayeva")  # c/j at a word's end
    assert together(found, "Elnur Sadigov", "Elnur Sadykov")  # -gov/-kov


def test_short_names_a_letter_apart_stay_two_people() -> None:
    found = listed_actors(
        _report("Monday", "Engineer Ivan Degov", "the substation was hit"),
        _report("Tuesday", "Engineer Ivan Dekov", "the substation was not hit"),
    )
    assert apart(found, "Ivan Degov", "Ivan Dekov")  # g/k only before -ov in long words


SEIZURE = (
    "Trawler seized off Sabah\n\nKOTA KINABALU — Sabah MMEA director Laksamana Pertama Zulkifli Hashim said on "
    "Monday that the trawler had been seized. The Malaysian Maritime Enforcement Agency (MMEA) said 12 crew were "
    "held.\n\nSabah MMEA said the crew would be charged."
)


def test_a_bodys_acronym_with_a_region_is_that_body() -> None:
    found = listed_actors(SEIZURE)
    assert together(found, "Malaysian Maritime Enforcement Agency", "Sabah MMEA")  # not a person 'Sabah MMEA'
    assert not any(a.type == "person" and "MMEA" in a.name for a in found)
    assert any(a.type == "person" and "Zulkifli Hashim" in a.aliases for a in found)


def test_malay_honorific_runs_and_ranks_are_no_part_of_a_name() -> None:
    one = ("Boats to be returned\n\nKOTA KINABALU — Yang Berhormat Datuk Seri Panglima Haji Jamil Osman, the state "
           "fisheries minister, said on Monday the boats would be returned.")
    two = ("Talks go on\n\nBANDAR SERI BEGAWAN — Dato Seri Setia Haji Jamil Osman said on Tuesday that talks would "
           "continue. Laksma Bambang Wiryawan said the navy had withdrawn.")
    three = "Navy withdraws\n\nJAKARTA — First Admiral Bambang Wiryawan said on Wednesday the ships had left."
    found = listed_actors(one, two, three)
    jamil = [a for a in found if any("Jamil Osman" in n for n in a.aliases)]
    assert len(jamil) == 1 and len(jamil[0].aliases) == 2  # one person under both runs of honorifics
    assert len([a for a in found if any("Bambang Wiryawan" in n for n in a.aliases)]) == 1  # Laksma = First Admiral


def test_a_role_word_alone_in_a_headline_is_no_actor() -> None:
    text = ("Envoy summoned\n\nJAKARTA — Indonesia summoned Malaysia's ambassador, Dato' Kamal Rashid, on Tuesday. "
            "Kamal Rashid said he would convey the protest.")
    names = listed_names(text)
    assert "Envoy" not in names  # 'envoy' alone, with no owner and no name
    assert "Kamal Rashid" in names


def test_a_bodys_name_in_another_language_joins_its_english_name() -> None:
    found = listed_actors(
        "Fishermen held\n\nTAWAU — The Konsulat RI di Tawau said on Monday that 14 fishermen had been detained.",
        "Fishermen freed\n\nTAWAU — The Indonesian consulate in Tawau said on Tuesday that the fishermen were freed.",
        "Coup rumours denied\n\nBAMAKO — Les Forces Armées Maliennes (FAMa) said on Monday the rumours were false.",
        "Army denies coup\n\nBAMAKO — The Malian Armed Forces said on Tuesday no officer had been arrested.",
        "Visas halted\n\nDAKAR — The Ambassade de France à Dakar said on Monday it had stopped issuing visas.",
        "Visas resume\n\nDAKAR — The French embassy in Dakar said on Tuesday visas would resume.",
        "Envoy recalled\n\nDAKAR — The Ambassade du Mali à Dakar said on Wednesday its envoy had been recalled.",
    )
    names = {n for a in found for n in (a.name, *a.aliases)}
    assert together(found, "Konsulat RI di Tawau", "Indonesian consulate")
    assert together(found, "Les Forces Armées Maliennes", "Malian Armed Forces")
    assert not any(a.type == "person" and "Ambassade" in a.name for a in found)  # a body, not a person
    assert together(found, "Ambassade de France", "French embassy")
    assert apart(found, "Ambassade de France", "Ambassade du Mali à Dakar")  # two countries' embassies
    assert "Ambassade de France" in names


def test_local_names_read_in_english_words() -> None:
    from reportedly.corpus.local_names import in_english
    from reportedly.corpus.titles import org_body

    assert in_english("Ambassade de France à Lomé") == "France's embassy"
    assert in_english("Konsulat RI di Tawau") == "Indonesia's consulate"
    assert in_english("Forces armées togolaises") == "Togo's armed forces"
    assert in_english("Armée Populaire") == "Armée Populaire"  # a word it cannot read: the name as it is
    assert in_english("Ambassador Hotel") == "Ambassador Hotel"
    assert in_english("Ministère des Mines") == "mines ministry"
    assert org_body("Forces armées de la RDC") == ("armed forces", "COD")  # the country by its code
    assert org_body("Ministère de la Santé du Cameroun") == org_body("Cameroon's health ministry")
    assert org_body("Ministère de la Santé du Cameroun") != org_body("Ministère de la Santé du Tchad")


def test_a_countrys_agency_described_in_lower_case_is_the_one_stored() -> None:
    found = listed_actors(
        "Crew held\n\nTAWAU — The Malaysian Coastal Protection Agency (MCPA) said on Monday 12 crew were held.",
        "Crew freed\n\nTAWAU — Malaysia's coastal agency said on Friday the crew had been freed. The Malaysian "
        "agency said no charges would be filed.",
        "Army speaks\n\nTAWAU — The Malaysian army said on Friday its patrols would go on. Malaysia's government "
        "said talks would follow.",
    )
    assert together(found, "Malaysian Coastal Protection Agency", "Malaysia's coastal agency", "Malaysian agency")
    assert apart(found, "Malaysian Coastal Protection Agency", "Malaysia's government")
    assert apart(found, "Malaysian Coastal Protection Agency", "Malaysian army")


def test_an_agency_described_stays_alone_when_two_fit() -> None:
    found = listed_actors(
        "Crew held\n\nTAWAU — The Malaysian Coastal Protection Agency said on Monday 12 crew were held. The "
        "Malaysian Fisheries Development Agency said boats were seized.",
        "Crew freed\n\nTAWAU — The Malaysian agency said on Friday no charges would be filed.",
    )
    assert apart(found, "Malaysian Coastal Protection Agency", "Malaysian Fisheries Development Agency")
    assert not any("Malaysian agency" in a.aliases and len(a.aliases) > 1 for a in found)


def test_a_description_in_apposition_to_a_named_body_is_that_body() -> None:
    text = ("Grid hack\n\nKUTAISI — The contractor, Rioni Grid Services, denied any breach on Monday. Energy "
            "official Giorgi Abashidze said the passwords had been stolen.")
    found = listed_actors(text)
    assert together(found, "Rioni Grid Services", "contractor")  # 'the contractor' is the body named after it
    assert not any(a.type == "person" and a.name == "contractor" for a in found)
    assert "Giorgi Abashidze" in {n for a in found for n in a.aliases}
    survivor = ("Ferry sinks\n\nCEBU — A survivor, Marlon Dacanay, said the ferry listed before it sank. The "
                "operator, Bohol Sea Lines, said the ship was within capacity.")
    found = listed_actors(survivor)
    assert apart(found, "Marlon Dacanay", "Bohol Sea Lines")  # a person's role stays the person's
    assert not {"survivor", "A survivor", "operator", "The operator"} & {a.name for a in found}


def test_an_acronym_in_a_bracket_left_open_is_defined() -> None:
    from reportedly.text.acronym_names import report_acronyms

    text = ("Datuk Mohd Yazid, chairman of the Semporna Boat Owners Association (SBOA said the catch had halved. "
            "The SBOA will meet on Friday.")
    assert report_acronyms(text) == {"SBOA": "Semporna Boat Owners Association"}
    found = listed_actors("Catch halved\n\nSEMPORNA — " + text)
    assert not any(a.name == "SBOA" and len(a.aliases) == 1 for a in found)  # the acronym joins its body
    assert report_acronyms("Talks (NATO and the EU) went on.") == {}  # a bracket of other words defines nothing
