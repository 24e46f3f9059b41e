"""Actors named the way reports of many countries name them: acronyms the report defines, particles inside a
name after a role, a plain company name that 'the company' stands for, counts before a group, titles of
provincial offices. Texts written for these tests (a dockworkers' row, a fisheries dispute, a hospital strike)."""

from __future__ import annotations

from reportedly import extract

DOCKS = (
    "The Harbour and Allied Stevedores' Federation (HASF) said on Tuesday that 40 of its members had been "
    "locked out at the Port of Valmora.\n\n"
    "HASF accused the port operator of breaking the wage agreement. \"We were told at the gate,\" HASF said.\n\n"
    "Brekkeby Terminals spokeswoman Ilse de Villiers said the company had acted within the agreement. "
    "She said talks would resume on Friday.\n\n"
    "Norvik Granite, which ships stone through the port, said it had lost two days of loading. The company said "
    "it would seek damages from the federation.\n"
)


def test_a_defined_acronym_and_its_long_form_are_one_organisation_even_when_the_ner_cuts_the_name() -> None:
    doc = extract(DOCKS)
    fed = [a for a in doc.actors if "Federation" in a.name or a.name == "HASF"]
    assert len(fed) == 1 and fed[0].type == "organization", [(a.name, a.type) for a in doc.actors]
    assert fed[0].name == "Harbour and Allied Stevedores' Federation"
    assert not any(a.name in ("Allied Stevedores", "Federation", "Allied Stevedores' Federation") for a in doc.actors)


def test_a_name_with_a_particle_after_a_role_is_a_person_and_her_pronoun_follows() -> None:
    doc = extract(DOCKS)
    person = next(a for a in doc.actors if a.name.endswith("de Villiers"))
    assert person.type == "person"
    talks = next(s for s in doc.statements if s.content and "talks would resume" in s.content.text)
    assert talks.source is not None and talks.source.actor == person.id


def test_the_company_is_the_one_plain_body_the_report_names() -> None:
    doc = extract(DOCKS)
    granite = next(a for a in doc.actors if a.name == "Norvik Granite")
    assert any(DOCKS[s:e] == "The company" for s, e in granite.mentions), [(a.name, a.mentions) for a in doc.actors]
    assert not any(a.name.lower() == "company" for a in doc.actors)


def test_an_acronym_the_ner_takes_for_a_person_is_an_organisation() -> None:
    text = ("The Coastal Fisheries Rights Network (CFRN) published the logbooks on Sunday. CFRN said the patrol "
            "boats had entered the bay twice.\n")
    doc = extract(text)
    assert all(a.type != "person" for a in doc.actors if a.name in ("CFRN", "Coastal Fisheries Rights Network"))


def test_a_count_is_not_part_of_a_group_and_a_relative_word_is_no_group() -> None:
    doc = extract("About 1,200 ward nurses walked out on Monday, the union said. More than 300 ward nurses, whose "
                  "contracts end in June, said they would not return.\n")
    names = {a.name for a in doc.actors}
    assert "ward nurses" in names and not any(n[0].isdigit() or n.startswith(("About", "More")) for n in names)
    assert not any(n.startswith("whose") for n in names), names


def test_a_provincial_title_is_a_title_not_an_organisation() -> None:
    doc = extract("The health MEC, Dr Thandiwe Ngcobo, visited the wounded at the provincial hospital on Saturday.\n")
    assert not any(a.name == "MEC" for a in doc.actors), [(a.name, a.type) for a in doc.actors]


def test_the_statement_a_report_quotes_is_its_issuers() -> None:
    text = ("In a written statement, the Valmora Port Authority said the fire had been set deliberately. \"We have "
            "handed our footage to the police,\" the statement said.\n\n"
            "Brekkeby Terminals issued a statement of its own on Monday. \"No evidence of arson has been shown to "
            "us,\" the statement said.\n")
    doc = extract(text)
    names = {a.id: a.name for a in doc.actors}
    by_content = {s.content.text: names.get(s.source.actor) for s in doc.statements if s.content and s.source}
    footage = next(v for k, v in by_content.items() if "footage" in k)
    arson = next(v for k, v in by_content.items() if "arson" in k)
    assert footage == "Valmora Port Authority" and arson == "Brekkeby Terminals", by_content
