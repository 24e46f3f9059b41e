"""A description by a generic role ('the monarch') is the person whose titles hold a role it covers ('King ...',
'Queen ...', 'Emir ...'), from data/role_families.tsv; a pronoun after it goes to the same person."""

from __future__ import annotations

from reportedly import extract
from reportedly.attribution.role_families import covered
from tests.speakerhelp import speaker_of

PALACE = (
    "Chiefs reject oil company's account of leak\n\n"
    "The company's manager, Peter Ogbu, said the leak had been stopped. \"The site is safe,\" he said.\n\n"
    "The ruler of the creek towns, King Dimieari Amachree, rejected that account. \"Oil is still in the water,\" "
    "the monarch told reporters at his palace.\n\n"
    "Chief Tonye Briggs, the council secretary, said 30 ponds had been lost.\n\n"
    "The monarch also asked the police to free the men arrested at the site.\n\n"
    "\"They are our sons, not thieves,\" he said."
)

ISLAND = (
    "Queen opens parliament as budget row goes on\n\n"
    "Prime Minister Alan Rowe said the budget would pass. \"We have the votes,\" he said.\n\n"
    "Queen Anna Lindqvist opened the new session on Monday. \"The islands need calm and honest work,\" the monarch "
    "said in her address."
)


def test_the_monarch_is_the_king_named_before() -> None:
    doc = extract(PALACE)
    assert speaker_of(doc, "Oil is still in the water") == "Dimieari Amachree"
    assert speaker_of(doc, "They are our sons") == "Dimieari Amachree"


def test_the_monarch_is_the_queen_not_the_prime_minister() -> None:
    doc = extract(ISLAND)
    assert speaker_of(doc, "calm and honest work") == "Anna Lindqvist"


def test_covered_roles_are_read_from_the_data_file() -> None:
    assert "king" in covered("Monarch") and "emir" in covered("monarch")
    assert covered("minister") == ()
