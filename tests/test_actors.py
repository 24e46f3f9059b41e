"""Speakers resolved to actors: name variants, titles, descriptions, pronouns and plural sources."""

from __future__ import annotations

from reportedly import extract
from reportedly.model import Document

TEXT = (
    "Estonian Prime Minister Kaja Rand said on Monday that the border crossings would stay open.\n"
    "“We will not be intimidated,” she told reporters in Tallinn.\n"
    "Finnish President Mikko Aalto and Ms. Rand met later in the day. They argue that the Baltic states need "
    "more air defence.\n"
    "The Finnish president added that the talks had been “frank and useful.”\n"
    "Mr. Aalto said the two countries would share radar data.\n"
    "The Estonian foreign ministry confirmed that the ambassador had been summoned. It also warned that "
    "further incidents would be raised with NATO.\n"
)


def speakers(doc: Document) -> list[tuple[str, list[str]]]:
    return [(s.cue.text, doc.speaker_names(s)) for s in doc.statements]


def test_actors_names_titles_pronouns_descriptions() -> None:
    doc = extract(TEXT, published="2025-03-18")
    got = speakers(doc)
    assert ("said", ["Kaja Rand"]) in got
    assert ("told", ["Kaja Rand"]) in got
    assert ("argue", ["Mikko Aalto", "Kaja Rand"]) in got
    assert ("added", ["Mikko Aalto"]) in got
    assert ("confirmed", ["Estonian foreign ministry"]) in got
    assert ("warned", ["Estonian foreign ministry"]) in got
    rand = next(a for a in doc.actors if a.name == "Kaja Rand")
    assert rand.type == "person" and rand.country == "EST"
    assert "Estonian Prime Minister" in rand.titles
    assert len(rand.mentions) >= 3  # full name, "Ms. Rand", "she"
    aalto = next(a for a in doc.actors if a.name == "Mikko Aalto")
    assert aalto.country == "FIN"
    ministry = next(a for a in doc.actors if a.name == "Estonian foreign ministry")
    assert ministry.type == "organization" and ministry.country == "EST"


def test_actors_same_surname_two_people_stay_apart() -> None:
    text = ("Senator Ruth Okafor said the bill was dead. Her brother, the mayor Daniel Okafor, said it could "
            "still pass. Mr. Okafor added that he would lobby for it.")
    doc = extract(text)
    added = next(s for s in doc.statements if s.cue.text == "added")
    assert doc.speaker_names(added) == ["Daniel Okafor"]
    assert {a.name for a in doc.actors if a.type == "person"} >= {"Ruth Okafor", "Daniel Okafor"}


def test_actors_country_speakers_and_aliases() -> None:
    doc = extract("The U.S. said the sanctions would stay. The United States also urged Iran to return to talks. "
                  "Germany similarly criticised the decision.")
    us = [a for a in doc.actors if a.country == "USA"]
    assert len(us) == 1 and us[0].type == "country" and len(us[0].mentions) == 2
    crit = next(s for s in doc.statements if s.cue.lemma == "criticise")
    assert doc.speaker_names(crit) == ["Germany"]


def test_a_capitalised_word_of_a_title_case_headline_is_not_an_actor() -> None:
    doc = extract("Marten: Dockers Must “Come to the Table” for a Truce\n"
                  "Harbour Governor Ilse Marten said on Friday that the dockers would “sooner or later” need to "
                  "come to the table.\n", published="2025-03-16")
    assert [(a.name, a.type) for a in doc.actors] == [("Ilse Marten", "person")]


def test_actors_an_indefinite_description_is_someone_new() -> None:
    text = ("President Aino Virtanen said on Monday that the harbour would reopen.\n"
            "A palace official said the president was following the repairs closely.\n"
            "The president said the work would take a week.\n")
    doc = extract(text, published="2025-03-18")
    virtanen = next(a for a in doc.actors if a.name == "Aino Virtanen")
    assert virtanen.titles == ["President"]  # not 'palace official': 'a ...' introduces someone else
    got = speakers(doc)
    assert ("said", ["Aino Virtanen"]) in got
    assert any(names and names != ["Aino Virtanen"] for _, names in got)
