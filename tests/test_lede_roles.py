"""A lede names a role ("Latvia's transport minister said ...") and the report names its holder further down
("Transport Minister Anete Kalnina"): the statement is the holder's. A minister's portfolio word that is no role
word ("Energy", "Transport") stays in the title before the name."""

from __future__ import annotations

from reportedly import extract
from reportedly.model import Actor

PUBLISHED = "2026-05-11"


def _speakers(text: str) -> list[tuple[str, str]]:
    doc = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in doc.actors}
    return [(s.source.text, names.get(s.source.actor or "", "")) for s in doc.statements]


def _person(text: str, name: str) -> Actor:
    return next(a for a in extract(text, published=PUBLISHED).actors if a.name == name)


def test_a_portfolio_word_stays_in_the_title() -> None:
    text = "Transport Minister Anete Kalnina said the line would reopen on Friday."
    assert _person(text, "Anete Kalnina").titles == ["Transport Minister"]


def test_a_ledes_role_is_the_holder_named_further_down() -> None:
    text = ("Rail line shut after derailment\n\n"
            "Latvia's transport minister said on Sunday the derailment near the border had been an accident.\n\n"
            "Transport Minister Anete Kalnina told reporters that inspectors had found a broken rail. "
            "\"Nobody tampered with the track,\" Kalnina said.")
    said = _speakers(text)
    assert ("Latvia's transport minister", "Anete Kalnina") in said
    assert ("Kalnina", "Anete Kalnina") in said
    assert _person(text, "Anete Kalnina").country == "LVA"  # the lede says whose minister she is


def test_a_ledes_role_that_two_people_hold_or_another_country_holds_stays_apart() -> None:
    two = ("Talks stall\n\nThe minister said on Sunday the talks had stalled.\n\n"
           "Defence Minister Oskars Berzins said troops were on alert. "
           "Foreign Minister Ilze Ozola said the envoy had been summoned.")
    assert ("The minister", "Oskars Berzins") not in _speakers(two)
    assert ("The minister", "Ilze Ozola") not in _speakers(two)
    foreign = ("Grid row\n\nEstonia's energy minister said on Sunday the cable had been cut on purpose.\n\n"
               "Latvian Energy Minister Janis Liepins said it was too early to say who was behind it.")
    assert ("Estonia's energy minister", "Janis Liepins") not in _speakers(foreign)


def test_a_two_word_role_before_a_name_and_a_comma_is_its_title() -> None:
    text = "The minister met the company's chief executive, Ida Brekke, and the head of the port on Friday."
    assert _person(text, "Ida Brekke").titles == ["company's chief executive"]


def test_the_companys_chief_executive_is_the_one_the_report_names_after() -> None:
    text = ("Freight firm weighs appeal\n\n"
            "The company's chief executive said on Monday the fine would be appealed.\n\n"
            "Regulators fined Halvorsen Shipping 4 million crowns last week. Its chief executive, Ida Brekke, told a "
            "news conference that the company had done nothing wrong.")
    assert ("The company's chief executive", "Ida Brekke") in _speakers(text)
