"""Actor identity across spellings: name pairs that must join one corpus actor and pairs that must not.

Each pair is two reports of our own, each with one speaker (and, where a rule needs the document's
support, a country actor beside it); both orders of ingestion must give the same answer.
"""

from __future__ import annotations

import json

import pytest

from reportedly.corpus import query
from reportedly.corpus.actors import Linker
from reportedly.corpus.names import folds_between, gendered, name_key, one_edit
from reportedly.corpus.store import Store
from reportedly.model import Actor
from tests.identityhelp import Side, same_actor
from tests.storehelp import doc_with_actors, person

UKR, GBR, RUS = ("Ukraine", "UKR"), ("Britain", "GBR"), ("Russia", "RUS")
PM = ("British Prime Minister",)

JOIN = [
    (Side("Volodymyr Zelensky", "UKR", ("President",)), Side("Volodymyr Zelenskyy")),
    (Side("Volodymyr Zelensky", "UKR"), Side("Volodymyr Zelenskiy", "UKR")),
    (Side("Volodymyr Zelensky"), Side("Volodymyr Zelenskii")),
    (Side("Volodymyr Zelenskyy", "UKR"), Side("Volodymyr Zelenskiy")),
    (Side("Volodymyr Zelenskyi"), Side("Volodymyr Zelenskii", "UKR")),
    (Side("Oleksandr Syrskyi", "UKR"), Side("Oleksandr Syrsky", "UKR")),
    (Side("Oleksandr Syrskyi"), Side("Oleksandr Syrskii")),
    (Side("Andrii Sybiha", "UKR"), Side("Andriy Sybiha")),
    (Side("Mikhail Kasyanov", "RUS"), Side("Mikhail Kasianov", "RUS")),
    (Side("Mikhail Kasyanov"), Side("Mihail Kasyanov")),
    (Side("Yevgeny Prigozhin", "RUS"), Side("Evgeny Prigozhin")),
    (Side("Sergei Lavrov", "RUS"), Side("Sergey Lavrov", "RUS")),
    (Side("Alexei Navalny"), Side("Aleksei Navalny")),
    (Side("Dmitry Peskov", "RUS"), Side("Dmitri Peskov")),
    (Side("Dmitry Peskov"), Side("Dmitriy Peskov", "RUS")),
    (Side("Vladimir Putin", "RUS"), Side("Wladimir Putin")),
    (Side("Andriy Yermak", "UKR"), Side("Andrii Yermak", "UKR")),
    (Side("Denys Shmyhal", "UKR"), Side("Denis Shmyhal")),
    (Side("Mykhailo Podolyak", "UKR"), Side("Mikhailo Podoliak")),
    (Side("Yulia Svyrydenko", "UKR"), Side("Yuliia Svyrydenko", "UKR")),
    (Side("Oleksiy Kuzmenko", "UKR"), Side("Oleksii Kuzmenko")),
    (Side("Emmanuel Macron", "FRA"), Side("Emmanuel Macrón")),
    (Side("Keir Starmer", "GBR"), Side("Sir Keir Starmer")),
    (Side("Keir Starmer", "GBR"), Side("Mr Keir Starmer", "GBR")),
    (Side("Keir Starmer", "GBR", PM), Side("Kir Starmer", "GBR", PM)),
    (Side("Keir Starmer", "GBR"), Side("Kir Starmer", "GBR", ("Prime Minister",))),  # people.tsv office
    (Side("Keir Starmer", "GBR"), Side("Keir", before="Sir ", support="Britain")),
    (Side("Keir Starmer", "GBR"), Side("Starmer", before="Mr ", support="Britain")),
    (Side("Volodymyr Zelensky", "UKR"), Side("Zelenskyy", support="Ukraine")),
    (Side("Volodymyr Zelensky", "UKR"), Side("Zelensky", "UKR", ("President",), before="President ")),
    (Side("Maria Kovalenko", "UKR", ("Deputy Prime Minister",)),
     Side("Maria Kovalenco", "UKR", ("Deputy Prime Minister",))),
    (Side("Andrii Sybiha", "UKR", ("Foreign Minister",)), Side("Andrii Sybiga", "UKR", ("Foreign Minister",))),
    (Side("Ukrainian officials", "UKR"), Side("Ukrainian officials", "UKR")),
]

APART = [
    (Side("Volodymyr Zelensky", "UKR"), Side("Olena Zelenska", "UKR")),
    (Side("Volodymyr Zelensky", "UKR"), Side("Zelenska", support="Ukraine")),
    (Side("John Smith", "GBR"), Side("John Smith", "AUS")),
    (Side("Volodymyr Zelensky", "UKR"), Side("Volodymyr Zelenskyy", "RUS")),
    (Side("Alexander Novak", "RUS"), Side("Alexander Nowak", "POL")),
    (Side("Maria Kovalenko", "UKR", ("Health Minister",)), Side("Maria Kovalenko", "RUS", ("Health Minister",))),
    (Side("Keir Starmer", "GBR", PM), Side("Kir Starmer", None, PM)),
    (Side("Keir Starmer", "GBR", PM), Side("Kir Starmer", "GBR")),
    (Side("Keir Starmer", "GBR", PM), Side("Kir Starmer", "CAN", ("Prime Minister",))),
    (Side("Maria Kovalenko", "UKR", ("Deputy Prime Minister",)), Side("Maria Kovalenco", "UKR")),
    (Side("Maria Kovalenko", "UKR", ("Deputy Prime Minister",)),
     Side("Maria Kovalenco", "UKR", ("Health Minister",))),
    (Side("Ivan Petrov", "RUS", ("Deputy Foreign Minister",)),
     Side("Ivan Petrova", "RUS", ("Deputy Foreign Minister",))),
    (Side("Oleksandr Syrskyi", "UKR"), Side("Oleksandra Syrska", "UKR")),
    (Side("John Smith", "USA", ("Treasury Secretary",)), Side("Jane Smith", "USA", ("Treasury Secretary",))),
    (Side("Joe Biden", "USA"), Side("Jill Biden", "USA")),
    (Side("Kim Jong Un", "PRK", ("Supreme Leader",)), Side("Kim Jong Il", "PRK", ("Supreme Leader",))),
    (Side("Volodymyr Zelensky", "UKR", ("President",)), Side("Volodymyr Zelenskyy", "UKR", ("White House official",))),
    (Side("Olaf Scholz", "DEU", ("Chancellor",)), Side("Olaf Schulz", "DEU")),
    (Side("Mr Smith"), Side("Mr Smith")),
    (Side("Keir", before="Sir "), Side("Keir", before="Sir ")),
    (Side("Statements"), Side("Statements")),
    (Side("Leaders"), Side("leaders")),
    (Side("Western officials"), Side("Western officials")),
    (Side("Russian assertions", "RUS"), Side("Russian assertions", "RUS")),
    (Side("Military analysts"), Side("Military analysts")),
]


def test_corpus_identity_has_at_least_forty_pairs() -> None:
    assert len(JOIN) + len(APART) >= 40 and len(JOIN) >= 20 and len(APART) >= 20


@pytest.mark.parametrize(("first", "second"), JOIN, ids=[f"{a.name}={b.name}" for a, b in JOIN])
def test_corpus_identity_variants_join_in_either_order(first: Side, second: Side) -> None:
    assert same_actor(first, second)
    assert same_actor(second, first)


@pytest.mark.parametrize(("first", "second"), APART, ids=[f"{a.name}!={b.name}" for a, b in APART])
def test_corpus_identity_other_people_stay_apart_in_either_order(first: Side, second: Side) -> None:
    assert not same_actor(first, second)
    assert not same_actor(second, first)


def test_corpus_identity_spelling_key_and_edits() -> None:
    assert {name_key(n) for n in ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii", "Zelenskyi")} == {"zelenski"}
    assert name_key("Mikhail Khodorkovsky") == name_key("Mihail Hodorkovskiy")
    assert name_key("Sir Keir Starmer") == name_key("Keir Starmer") == "keir starmer"
    assert folds_between("Aleksei Navalny", "Alexei Navalny") == ["x/ks"]
    assert "kh/h" in folds_between("Mikhail Kasyanov", "Mihail Kasyanov")
    assert one_edit("kir starmer", "keir starmer") and one_edit("scholz", "scholtz") and one_edit("abc", "abd")
    assert not one_edit("keir starmer", "keir starmer") and not one_edit("jane smith", "john smith")
    assert gendered("ivan petrov", "ivan petrova") and gendered("zelenski", "zelenska")
    assert not gendered("kir starmer", "keir starmer")


def _two_reports(store: Store) -> None:
    linker = Linker(store)
    t1 = "President Volodymyr Zelensky said Ukraine was ready."
    t2 = "President Volodymyr Zelenskiy said the front was holding. Sir Keir said Britain would help."
    store.add_document(doc_with_actors("d1", t1, [person("a1", "Volodymyr Zelensky", t1, country="UKR",
                                                         titles=["President"])]), hash="1", key="1", linker=linker)
    keir = Actor(id="a2", name="Keir", type="person", mentions=[(t2.index("Keir"), t2.index("Keir") + 4)])
    britain = Actor(id="a3", name="Britain", type="country", country="GBR",
                    mentions=[(t2.index("Britain"), t2.index("Britain") + 7)])
    store.add_document(doc_with_actors("d2", t2, [person("a1", "Volodymyr Zelenskiy", t2, titles=["President"]),
                                                  keir, britain]), hash="2", key="2", linker=linker)


def test_corpus_identity_reasons_and_aliases_are_recorded() -> None:
    with Store(":memory:") as s:
        _two_reports(s)
        link = json.loads(s.db.execute("SELECT link FROM actors WHERE name = 'Volodymyr Zelenskiy'").fetchone()[0])
        assert link["rule"] == "spelling variant" and link["joins"] == "Volodymyr Zelensky"
        assert link["key"] == "volodimir zelenski" and "y/i (y, i, iy, yy, ii endings)" in link["folds"]
        keir = json.loads(s.db.execute("SELECT link FROM actors WHERE name = 'Keir'").fetchone()[0])
        assert keir["rule"] == "first name" and keir["honorific"] == "sir" and keir["person"] == "Keir Starmer"
        detail = query.actor(s, "Zelenskiy")
        assert detail.name == "Volodymyr Zelensky" and {r.rule for r in detail.links} == {"full name",
                                                                                          "spelling variant"}
        assert detail.aliases == ["Volodymyr Zelenskiy", "Volodymyr Zelensky"]
        assert [a.name for a in query.actors(s, alias="volodymyr zelenskiy")] == ["Volodymyr Zelensky"]
        assert [a.name for a in query.actors(s, alias="Sir Keir")] == ["Keir Starmer"]
        assert query.actors(s, alias="Kir Starmer") == []
        assert query.find_actors(s, "Zelenskyy") == query.find_actors(s, "Zelensky")  # a spelling never seen


def test_corpus_identity_generic_nouns_are_not_listed_but_groups_with_a_country_are() -> None:
    text = "Statements from both sides said fighting went on. Ukrainian officials said the line held."
    with Store(":memory:") as s:
        linker = Linker(s)
        for n in range(2):
            doc = doc_with_actors(f"g{n}", text + " " * n, [
                person("a1", "Statements", text, type="group"), person("a2", "Ukrainian officials", text,
                                                                       type="group", country="UKR")])
            said = doc.statements[0]  # the officials speak the second sentence, as the text says
            doc.statements.append(said.model_copy(update={"id": "s2", "source": said.source.model_copy(
                update={"actor": "a2", "text": "Ukrainian officials", "spans": doc.actors[1].mentions[:1]})}))
            s.add_document(doc, hash=f"g{n}", key=f"g{n}", linker=linker)
        listed = query.actors(s, limit=None)
        assert [a.name for a in listed] == ["Ukrainian officials"] and listed[0].type == "group"
        assert listed[0].documents == 2
        hidden = query.actors(s, limit=None, include_generic=True)
        assert sorted(a.name for a in hidden) == ["Statements", "Statements", "Ukrainian officials"]
        assert json.loads(s.db.execute("SELECT link FROM actors WHERE name = 'Statements'").fetchone()[0])["rule"] \
            == "generic"
