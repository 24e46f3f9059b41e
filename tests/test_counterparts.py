"""'His Azerbaijani counterpart': the office of the person named before, in the counterpart's country, also from the
sentence before and for a counterpart named by no name. Texts written for reportedly (a border exchange of fire,
talks between two foreign ministers, a trade row)."""

from __future__ import annotations

from reportedly import extract


def _speakers(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    doc = extract(text, id="x")
    actors = {a.id: a for a in doc.actors}
    out = {}
    for s in doc.statements:
        a = actors.get(s.source.actor) if isinstance(s.source.actor, str) else None
        out[s.content.text] = (a.name, a.country, list(a.titles)) if a else ("", None, [])
    return out


def test_a_named_counterpart_in_the_next_sentence_takes_the_office() -> None:
    found = _speakers("Ministers trade claims\n\nYEREVAN — Armenian Defence Minister Aram Petrosyan said on Monday "
                      "that the army had not crossed the line. His Azerbaijani counterpart, Elchin Mammadli, said Baku "
                      "had no intention of occupying land.")
    name, country, titles = found["Baku had no intention of occupying land"]
    assert (name, country) == ("Elchin Mammadli", "AZE")
    assert [t.lower() for t in titles] == ["azerbaijani defence minister"]


def test_an_unnamed_counterpart_is_the_holder_of_that_office() -> None:
    found = _speakers("Minister replies\n\nAzerbaijani Defence Minister Elchin Bagirov attended the funeral on "
                      "Tuesday.\n\nArmenian Defence Minister Karen Tadevosyan accused Azerbaijan of preparing an "
                      "offensive. His Azerbaijani counterpart replied on Wednesday that Azerbaijan had no plan to "
                      "attack.")
    assert found["that Azerbaijan had no plan to attack"][0] == "Elchin Bagirov"


def test_an_unnamed_counterpart_with_no_holder_is_the_office_of_its_country() -> None:
    found = _speakers("Trade talks\n\nIndian Commerce Minister Ravi Menon met his Malaysian counterpart in Kuala "
                      "Lumpur on Tuesday. His Malaysian counterpart said the palm oil duty would be reviewed.")
    name, country, _ = found["the palm oil duty would be reviewed"]
    assert (name.lower(), country) == ("malaysian commerce minister", "MYS")
