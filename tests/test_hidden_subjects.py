"""A pronoun speaker goes to the subject of the previous sentence even when the parse hides that subject: a
sentence the parser cut after a title written with a full stop ('sat beside Engr. | Boateng'), a name that
opens its sentence but is parsed as a modifier ('Grace Tan of the port authority MPA has rejected ...'),
and a person whom a who-clause describes ('met by Mayor Luca Ferri, who had cycled ...')."""

from __future__ import annotations

from reportedly import extract
from tests.speakerhelp import speaker_of

STRIKE = (
    "Rail workers stay out as talks stall\n\n"
    "The operator's chief engineer, Engr. Yaw Boateng, said the repairs to the signals were finished. "
    "\"The line is safe to run,\" he said at a briefing in Kumasi.\n\n"
    "Kofi Mensah, the union's spokesman, sat beside Engr. Boateng at the briefing. He said the workers would "
    "not return until the back pay was settled."
)

LAND = (
    "Council and chief at odds over sold land\n\n"
    "The Ashanti chief's counsel, Barr. Efua Owusu, said the plots had been leased, not sold. \"The deeds are "
    "clear,\" she said outside the court.\n\n"
    "Ruth Adu, the council's lawyer, stood beside Barr. Owusu in court. She said the land had been sold twice."
)

HOUSING = (
    "Tenants dispute eviction figures\n\n"
    "The city's housing director, Mary Wade, said 40 families had been moved. \"Nobody was left without a "
    "roof,\" she said.\n\n"
    "Grace Tan of the port authority MPA has rejected the city's account. In a statement, she said 112 "
    "families were still waiting for a place."
)

BRIDGE = (
    "Old bridge closed after cracks found\n\n"
    "Paolo Rinaldi, the transport minister, said engineers had found cracks in two piers. \"We will not take "
    "any risk,\" he said.\n\n"
    "Traffic was sent through the valley road on Monday.\n\n"
    "The minister's train was met at the station by Mayor Luca Ferri, who had cycled over from the town hall. "
    "The school buses would run an hour early, he said."
)


def test_sentence_cut_after_a_title_is_one_sentence() -> None:
    doc = extract(STRIKE)
    assert speaker_of(doc, "the workers would not return") == "Kofi Mensah"


def test_cut_after_an_abbreviated_barrister() -> None:
    doc = extract(LAND)
    assert speaker_of(doc, "the land had been sold twice") == "Ruth Adu"


def test_name_parsed_as_a_modifier_is_the_subject() -> None:
    doc = extract(HOUSING)
    assert speaker_of(doc, "112 families were still waiting") == "Grace Tan"


def test_person_a_who_clause_describes_is_a_subject() -> None:
    doc = extract(BRIDGE)
    assert speaker_of(doc, "school buses would run an hour early") == "Luca Ferri"
