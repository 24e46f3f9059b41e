"""Bodies across reports under their descriptions, and who is no corpus actor, on short reports of our own
(people, bodies and most places invented; countries and big cities real): a body every country has takes the
country of its sentence, paragraph or dateline; descriptions join the body they describe ('the weather office',
"Sweden's aviation regulator", 'a Taiwanese labor group', 'police in Linyi'); counted, unnamed and idle groups
and unnamed bodies are sources of their report, not actors across reports (issue 18)."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.query import CorpusActor
from tests.actorhelp import listed_actors as _listed


def _one(found: list[CorpusActor], *names: str) -> CorpusActor:
    """The one listed actor that goes by every one of ``names`` (fails when they are split)."""
    holders = {n: [a.id for a in found if n in a.aliases] for n in names}
    ids = {i for v in holders.values() for i in v}
    assert len(ids) == 1 and all(holders.values()), holders
    return next(a for a in found if a.id in ids)


def _aliases(found: list[CorpusActor]) -> set[str]:
    return {n for a in found for n in a.aliases}


def test_a_body_every_country_has_takes_the_country_of_its_sentence() -> None:
    flood = _listed(
        "The Indian army said its engineers had rebuilt the bridge at Dharchula.",
        "Indian officials on Friday lowered the toll to 40, while the army said its soldiers had found four more "
        "bodies.\n\nNepal's home ministry said six Nepali workers were among the dead.")
    army = _one(flood, "Indian army", "army")
    assert army.country == "IND"
    assert _one(flood, "Nepal's home ministry").country == "NPL"


def test_a_place_after_in_is_where_something_happened_not_whose_body_it_is() -> None:
    found = _listed(
        "KATHMANDU - Nepal's home ministry said on Monday that 19 people had died.",
        "India's home ministry said relief teams had left Dehradun.",
        "KATHMANDU - Home ministry spokesperson Tek Bahadur Oli said 19 people had died in floods, including six "
        "workers killed at Kolipani in India.")
    assert _one(found, "Nepal's home ministry", "Home ministry").country == "NPL"
    assert "Home ministry" not in _one(found, "India's home ministry").aliases


def test_a_body_of_another_country_in_a_report_about_one_stays_with_the_report() -> None:
    border = _listed(
        "BISHKEK - The Cabinet of Ministers of Kyrgyzstan met on Wednesday. Kyrgyzstan's health ministry said "
        "eleven people had died.",
        "Kyrgyz officials said the road was open again. The government said it wanted a lasting peace, and "
        "critics said the cabinet had left the valley to cope alone.")
    cabinet = _one(border, "Cabinet of Ministers of Kyrgyzstan", "government", "cabinet")
    assert cabinet.country == "KGZ"


def test_police_in_a_city_and_its_public_security_bureau_are_one_body() -> None:
    blast = _listed(
        "The Linyi Public Security Bureau said it had detained the plant's manager.",
        "Police in Linyi on Friday detained two more managers, the bureau said.",
        "Relatives in Linyi said the police had turned them away from the hospital.")
    _one(blast, "Linyi Public Security Bureau", "Police", "police")  # 'Police' of 'Police in Linyi'


def test_a_weather_office_is_the_meteorological_department_of_its_country() -> None:
    found = _listed(
        "The Pakistan Meteorological Department said heavy rain would continue until Sunday.",
        "Pakistan's weather office said on Friday the rain would ease.",
        "The Met department stands by its warnings, a Pakistani official said.")
    _one(found, "Pakistan Meteorological Department", "Pakistan's weather office", "Met department")


def test_a_countrys_regulator_is_its_one_national_inspectorate() -> None:
    found = _listed(
        "The National Aviation Inspectorate said it had fined Norrfly SEK 2 million. The State Aviation Authority "
        "of Oslo said it would not comment.",
        "Sweden's aviation regulator said on Monday that Norrfly had not paid the fine.",
        "The Swedish aviation regulator said it would inspect every plane.")
    _one(found, "National Aviation Inspectorate", "Sweden's aviation regulator", "Swedish aviation regulator")
    assert "Sweden's aviation regulator" not in _one(found, "State Aviation Authority of Oslo").aliases


def test_a_countrys_body_is_not_a_state_body_of_the_same_name() -> None:
    found = _listed(
        "The National Disaster Response Force said six teams were at the site. The State Disaster Response Force "
        "reached the village on foot.",
        "India's disaster response force said it had pulled out 27 bodies.")
    _one(found, "National Disaster Response Force", "India's disaster response force")
    assert "India's disaster response force" not in _one(found, "State Disaster Response Force").aliases


def test_a_labour_group_of_a_country_is_its_one_body_with_that_word() -> None:
    found = _listed(
        "The Taiwan Labour Front said at least 80 workers had died.",
        "Relatives and a Taiwanese labor group say the real number is far higher.")
    _one(found, "Taiwan Labour Front", "Taiwanese labor group")


def test_a_standing_description_is_the_one_body_of_its_head_named_later_in_the_report() -> None:
    found = _listed(
        "The commission put turnout at 41 percent, a figure the main opposition alliance rejected as inflated.\n\n"
        "The Democratic Renewal Alliance (DRA), which campaigned against corruption, said its agents had counted "
        "27 percent.",
        "Kenya's opposition alleges fraud\n\nKenya's main opposition alliance accused the commission of rigging "
        "the count. The leader of the Democratic Renewal Alliance said ballot boxes had been stuffed.")
    _one(found, "Democratic Renewal Alliance", "main opposition alliance", "Kenya's main opposition alliance",
         "Kenya's opposition")


def test_the_health_ministry_is_not_the_reports_only_named_ministry() -> None:
    found = _listed("The Ministry of Emergency Situations said 300 people had been moved. The health ministry said "
                    "49 people remained in hospital.")
    assert "health ministry" not in _one(found, "Ministry of Emergency Situations").aliases


def test_a_place_and_its_adjective_in_one_reports_name_are_one_body() -> None:
    found = _listed("The Punjabi Farmers Front said it held its ground. The Punjab Farmers Front (PFF) won 17 seats, "
                    "and the Punjab Farmers Front said it would talk to everyone.")
    _one(found, "Punjab Farmers Front", "Punjabi Farmers Front")
    apart = _listed("The Northern Alliance said it would talk. The Northwest Alliance said it would not.")
    assert len({a.id for a in apart if a.name in ("Northern Alliance", "Northwest Alliance")}) == 2


def test_the_union_is_the_union_the_report_spells_out() -> None:
    found = _listed(
        "Ulf Marklund represents the Dock and Harbour Workers' Union (DHWU) in Luleå. The union said it had asked "
        "for a meeting with the management.",
        "The Dock and Harbour Workers' Union said its members would strike from Monday.")
    _one(found, "union", "Dock and Harbour Workers Union")


def test_counted_unnamed_and_idle_groups_and_unnamed_bodies_are_no_corpus_actors() -> None:
    found = _listed(
        "About 2,000 supporters of the alliance rallied outside the commission. Rescuers said the road was cut. The "
        "new parliament must then elect a president. Kenyan officials said the count would go on.",
        "Uganda said it had received no reports of Kenyans hurt in the unrest, and Kenyan protesters said they would "
        "march again.")
    names = _aliases(found)
    assert not {"About 2,000 supporters", "Rescuers", "new parliament", "Kenyans"} & names
    assert {"Kenyan officials", "Kenyan protesters"} <= names  # groups of a country that speak stay actors


def test_a_one_word_name_coordinated_with_a_known_place_is_a_place() -> None:
    doc = extract("Army helicopters flew 186 stranded people out of Dharchula and Kolipani in the valley on "
                  "Tuesday, officials said. The people of Pithoragarh and Sirkot were not warned, a farmer said.")
    assert not {"Kolipani", "Sirkot"} & {a.name for a in doc.actors}


def test_a_partner_of_a_country_is_the_reports_one_company_stored_with_that_country() -> None:
    found = _listed(
        "South Korea's Hanjin Chemical said it had no say in safety at the plant.",
        "Linyi Daxing Group blamed the plant's managers. Its South Korean partner said it had no say in safety. "
        "Hanjin Chemical declined to comment further.")
    _one(found, "South Korea's Hanjin Chemical", "South Korean partner")
    assert "South Korean partner" not in _one(found, "Linyi Daxing Group").aliases
