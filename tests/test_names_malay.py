"""Malay and Indonesian personal names (issue 18): patronymics with bin/binti, honorifics before a name, and
Indonesians named by the first word of their name, in one report and across reports.

Short texts of our own; all people are invented, only the countries are real.
"""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.model import Document
from reportedly.text.person_names import compare, parse
from tests.identityhelp import Side, same_actor

MALAY = (
    "KUALA LUMPUR — Health minister Dato' Seri Ahmad Fauzi bin Hashim said on Monday that the new clinic would "
    "open in June. \"We are ready,\" Ahmad Fauzi told reporters.\n\n"
    "Tan Sri Nor Azlina binti Abdul Karim, who chairs the hospital board, said the funds were in place. "
    "Nor Azlina added that the board would meet again in March.\n\n"
    "Datuk Seri Faizal bin Ismail, the opposition leader, said the plan was rushed. Ahmad bin Ismail, a trader "
    "in Klang, said he welcomed the clinic."
)
INDONESIAN = (
    "BANDUNG — Indonesian police spokesman Rizal Hadi Kusumo said on Tuesday that three suspects had been "
    "arrested. Rizal said the men were held overnight.\n\n"
    "A village head, Sudarmaji, said residents had heard gunfire. \"We were afraid,\" Sudarmaji said. "
    "Pak Bambang Suryadi, a trader, said shops stayed open."
)
TWO_RIZALS = (
    "Indonesian police spokesman Rizal Hadi Kusumo said three suspects had been arrested. Rizal Pratama, a "
    "lawyer for the men, said they were innocent. Rizal said the arrests were unlawful."
)
BRITISH = (
    "LEEDS — Council leader John Pemberton said on Friday that the bridge would reopen in May. John said the "
    "repairs had cost more than planned."
)


def _names(doc: Document) -> dict[str, list[str]]:
    """Person actor name -> the texts of its mentions."""
    return {a.name: [doc.text[s:e] for s, e in a.mentions] for a in doc.actors if a.type == "person"}


# --- names taken apart -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Tun", "Tan Sri", "Puan Sri", "Datuk", "Datin", "Dato'", "Dato", "Dato' Seri",
                                   "Dato Seri", "Datuk Seri", "Dato' Sri", "Haji", "Hajah", "Tuan", "Puan", "Encik",
                                   "Cik", "Ustaz", "Bapak", "Pak", "Ibu", "Bu"])
def test_malay_and_indonesian_honorifics_are_titles(title: str) -> None:
    parts = parse(f"{title} Rosli Hamzah")
    assert parts.text == "Rosli Hamzah"
    assert parts.ranks
    assert compare(parts, "Rosli Hamzah") is not None


def test_dato_seri_leaves_no_seri_in_the_name() -> None:
    for written in ("Dato' Seri Ahmad Fauzi bin Hashim", "Dato’ Seri Ahmad Fauzi bin Hashim",
                    "Dato Seri Ahmad Fauzi bin Hashim"):
        parts = parse(written)
        assert parts.text == "Ahmad Fauzi bin Hashim"
        assert parts.ranks == ("datuk seri",)


def test_the_person_is_named_by_the_given_names_before_bin() -> None:
    m = compare("Ahmad Fauzi bin Hashim", "Ahmad Fauzi")
    assert m is not None and "father's name left out" in m.rules
    assert compare("Nor Azlina binti Abdul Karim", "Nor Azlina bte Abdul Karim") is not None
    assert compare("Nor Azlina binti Abdul Karim", "Nor Azlina bt Abdul Karim") is not None
    assert "hashim" not in parse("Ahmad Fauzi bin Hashim").families
    assert "abdkarim" not in parse("Nor Azlina binti Abdul Karim").families


@pytest.mark.parametrize(("a", "b"), [
    ("Ahmad bin Ismail", "Faizal bin Ismail"),  # two men whose fathers share a name
    ("Ahmad Fauzi bin Hashim", "Ahmad Fauzi bin Yusof"),  # two men of one name with different fathers
    ("Ahmad Fauzi bin Hashim", "Fauzi Hashim"),
    ("Nor Azlina binti Abdul Karim", "Siti Aminah binti Abdul Karim"),
])
def test_patronymic_names_that_stay_apart(a: str, b: str) -> None:
    assert compare(a, b) is None
    assert compare(b, a) is None


# --- one report ---------------------------------------------------------------------------------------------------

def test_malay_report_one_actor_per_person() -> None:
    names = _names(extract(MALAY))
    assert names["Ahmad Fauzi bin Hashim"] == ["Ahmad Fauzi bin Hashim", "Ahmad Fauzi"]
    assert names["Nor Azlina binti Abdul Karim"][0] == "Nor Azlina binti Abdul Karim"
    assert len(names["Nor Azlina binti Abdul Karim"]) == 2
    assert "Faizal bin Ismail" in names and "Ahmad bin Ismail" in names  # fathers of one name: two people
    assert not any(n in names for n in ("Abdul Karim", "Hashim", "Dato", "Seri Ahmad Fauzi bin Hashim"))
    assert not any(n.startswith(("Seri", "Sri", "Tan", "Datuk")) for n in names)


def test_name_before_binti_is_found_when_the_ner_finds_only_the_father() -> None:
    text = ("Siti Aminah binti Abdul Rahman, a nurse in Ipoh, said the ward was full. Siti Aminah said two "
            "doctors had left.")
    names = _names(extract(text))
    assert names == {"Siti Aminah binti Abdul Rahman": ["Siti Aminah binti Abdul Rahman", "Siti Aminah"]}


def test_malay_honorifics_are_kept_as_titles() -> None:
    doc = extract(MALAY)
    titles = {a.name: a.titles for a in doc.actors}
    assert "Dato' Seri" in titles["Ahmad Fauzi bin Hashim"]
    assert "Tan Sri" in titles["Nor Azlina binti Abdul Karim"]


def test_indonesian_first_word_joins_the_one_person_named_in_full() -> None:
    names = _names(extract(INDONESIAN))
    assert names["Rizal Hadi Kusumo"] == ["Rizal Hadi Kusumo", "Rizal"]
    assert names["Sudarmaji"] == ["Sudarmaji", "Sudarmaji"]  # one name only
    assert "Bambang Suryadi" in names and "Pak Bambang Suryadi" not in names


def test_first_word_with_two_people_who_fit_stays_apart() -> None:
    names = _names(extract(TWO_RIZALS))
    assert names["Rizal Hadi Kusumo"] == ["Rizal Hadi Kusumo"]
    assert names["Rizal Pratama"] == ["Rizal Pratama"]


def test_first_word_rule_is_not_used_outside_indonesia() -> None:
    names = _names(extract(BRITISH))
    assert names["John Pemberton"] == ["John Pemberton"]


# --- across reports -----------------------------------------------------------------------------------------------

JOIN = [
    (Side("Ahmad Fauzi bin Hashim", "MYS"), Side("Ahmad Fauzi", "MYS")),
    (Side("Dato' Seri Ahmad Fauzi bin Hashim", "MYS"), Side("Dato Seri Ahmad Fauzi", "MYS")),
    (Side("Nor Azlina binti Abdul Karim", "MYS"), Side("Nor Azlina bte Abdul Karim", "MYS")),
    (Side("Rizal Hadi Kusumo", "IDN"), Side("Rizal", "IDN")),
]
APART = [
    (Side("Ahmad bin Ismail", "MYS"), Side("Faizal bin Ismail", "MYS")),
    (Side("Ahmad Fauzi bin Hashim", "MYS"), Side("Ahmad Fauzi bin Yusof", "MYS")),
    (Side("Ahmad Fauzi bin Hashim", "MYS", ("health minister",)), Side("Hashim", "MYS", ("health minister",))),
    (Side("Rizal Hadi Kusumo", "IDN"), Side("Rizal", "MYS")),  # another country
    (Side("Rizal Hadi Kusumo", "IDN"), Side("Rizal")),  # no country: no Indonesian
    (Side("John Pemberton", "GBR"), Side("John", "GBR")),
]


@pytest.mark.parametrize(("first", "second"), JOIN)
def test_corpus_joins(first: Side, second: Side) -> None:
    assert same_actor(first, second)
    assert same_actor(second, first)


@pytest.mark.parametrize(("first", "second"), APART)
def test_corpus_keeps_apart(first: Side, second: Side) -> None:
    assert not same_actor(first, second)
    assert not same_actor(second, first)


def test_corpus_first_word_with_two_stored_people_stays_apart() -> None:
    from reportedly.corpus.actors import Linker
    from reportedly.corpus.store import Store
    from tests.identityhelp import side_doc

    sides = [Side("Rizal Hadi Kusumo", "IDN"), Side("Rizal Pratama", "IDN"), Side("Rizal", "IDN")]
    with Store(":memory:") as s:
        linker = Linker(s)
        for n, side in enumerate(sides):
            s.add_document(side_doc(n, side), hash=f"h{n}", key=f"k{n}", linker=linker)
        linker.revisit()
        ids = [r[0] for r in s.db.execute("SELECT corpus_actor FROM actors WHERE id = 'a1' ORDER BY doc")]
    assert len(set(ids)) == 3


@pytest.mark.parametrize(("written", "name"), [
    ("Pak Se-ri", "Pak Se-ri"),  # a Korean name
    ("Tuan Nguyen", "Tuan Nguyen"),  # a Vietnamese name, family name last
    ("Pak Bambang Suryadi", "Bambang Suryadi"),
    ("Bu Sri", "Sri"),
])
def test_terms_of_address_that_are_also_names(written: str, name: str) -> None:
    assert parse(written).text == name
