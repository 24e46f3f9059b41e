"""Roles join their holder, organisations are one actor under their names, and a bare surname joins a person only
with support: pairs of our own reports (invented people and bodies, real countries), each stored in both orders."""

from __future__ import annotations

import json

import pytest

from reportedly.corpus.actors import Linker
from reportedly.corpus.store import Store
from reportedly.model import Actor
from tests.identityhelp import Side, same_actor, side_doc
from tests.storehelp import doc_with_actors

ORG = "organization"
SPOKESMAN = ("Kyrgyz army spokesman",)

JOIN = [
    # a role tied to the name in one report, the role alone in another
    (Side("Colonel Timur Osmonov", "KGZ", SPOKESMAN), Side("the army spokesman", "KGZ")),
    (Side("Colonel Timur Osmonov", "KGZ", SPOKESMAN), Side("the spokesman")),
    (Side("Ingrid Hallberg", "SWE", ("port director",)), Side("the port chief")),
    (Side("Wang Jianguo", "CHN", ("Zibo mayor",)), Side("Zibo's mayor")),
    # organisations
    (Side("Xinhua", type=ORG), Side("Xinhua news agency", type=ORG)),
    (Side("Brovik Trä AB", type=ORG), Side("Brovik Trä", type=ORG)),
    (Side("Grupo Ribalta", type=ORG), Side("Ribalta", type=ORG)),
    (Side("Kyrgyzstan's Ministry of Emergency Situations", type=ORG), Side("Kyrgyz emergencies ministry", type=ORG)),
    (Side("Shandong Provincial Department of Emergency Management", type=ORG),
     Side("Shandong emergency management department", type=ORG)),
    (Side("Electoral Appeals Court", type=ORG, country="IRQ"), Side("Electoral Appeals Court", type=ORG)),
    (Side("home ministry", type=ORG, before="In Nepal, the "), Side("Nepal's home ministry", type=ORG)),
    (Side("Zibo Rongda Fine Chemicals Co.", type=ORG), Side("Zibo Rongda Fine Chemicals", type="person")),
    (Side("the company", type=ORG, after="Cheongun Chemical Co. said more.", others=(("Cheongun Chemical Co.", ORG),)),
     Side("Cheongun Chemical", type=ORG)),
    # a role with an 'of' phrase of where it is held
    (Side("Liu Wenbo", titles=("Mayor",)), Side("mayor of the eastern city of Zibo")),
    (Side("Han Dongsheng", titles=("director of the Linyi Emergency Management Bureau",)),
     Side("head of the city's emergency management bureau")),
    # one group under loose words
    (Side("all Iraqi parties", "IRQ", type="group"), Side("Iraq's political parties", "IRQ", type="group")),
    # a kind of body described: the stored one of the place the report names
    (Side("Gävle Port Authority", type=ORG), Side("port authority", type=ORG, before="In Gävle, the ")),
]
APART = [
    # a role is not another role, nor another country's, nor a deputy's
    (Side("Muhammad Rafiq Aziz", "PAK", ("Prime Minister",)), Side("Pakistan's defense minister")),
    (Side("Colonel Timur Osmonov", "KGZ", SPOKESMAN), Side("the army spokesman", "TJK")),
    (Side("Zhou Weiping", "CHN", ("Vice-Mayor",)), Side("the mayor")),
    (Side("Colonel Timur Osmonov", "KGZ", SPOKESMAN), Side("the spokeswoman")),
    # organisations every country has, and different bodies
    (Side("Indian army", type=ORG),
     Side("Army", type=ORG, after="Nepal Army said more.", others=(("Nepal Army", ORG),))),
    (Side("India's home ministry", type=ORG), Side("Nepal's home ministry", type=ORG)),
    (Side("Ministry of Foreign Affairs", type=ORG), Side("India's foreign ministry", type=ORG)),
    (Side("Zibo Emergency Management Bureau", type=ORG), Side("Linzi Emergency Management Bureau", type=ORG)),
    (Side("Xinhua", type=ORG), Side("Yonhap", type=ORG)),
    (Side("Gävle Port Authority", type=ORG), Side("port authority", type=ORG, before="In Norrköping, the ")),
]


@pytest.mark.parametrize(("first", "second"), JOIN, ids=[f"{a.name}={b.name}" for a, b in JOIN])
def test_corpus_roles_and_bodies_join_in_either_order(first: Side, second: Side) -> None:
    assert same_actor(first, second)
    assert same_actor(second, first)


@pytest.mark.parametrize(("first", "second"), APART, ids=[f"{a.name}!={b.name}" for a, b in APART])
def test_corpus_roles_and_bodies_stay_apart_in_either_order(first: Side, second: Side) -> None:
    assert not same_actor(first, second)
    assert not same_actor(second, first)


def test_corpus_roles_only_within_the_dates() -> None:
    """'The army spokesman' of a report two years later is not the spokesman of this one."""
    with Store(":memory:") as s:
        linker = Linker(s)
        holder = side_doc(0, Side("Colonel Timur Osmonov", "KGZ", SPOKESMAN))
        role = side_doc(1, Side("the army spokesman", "KGZ")).model_copy(
            update={"meta": holder.meta.model_copy(update={"published": "2027-06-01"})})
        for n, doc in enumerate((holder, role)):
            s.add_document(doc, hash=f"h{n}", key=f"k{n}", linker=linker)
        linker.revisit()
        links = [json.loads(r[0]) for r in s.db.execute("SELECT link FROM actors WHERE id = 'a1' ORDER BY doc")]
        assert links[1]["rule"] == "alone"


def _report(n: int, text: str, actors: list[tuple[str, str, str | None]]) -> object:
    found = []
    for k, (name, kind, country) in enumerate(actors, 1):
        start = text.index(name)
        found.append(Actor(id=f"a{k}", name=name, type=kind, country=country, mentions=[(start, start + len(name))]))
    return doc_with_actors(f"r{n}", text, found)


FULL = ("Anna Berg said the inspectorate would fine the port. The Maritime Inspectorate said the fine stood.",
        [("Anna Berg", "person", "SWE"), ("Maritime Inspectorate", ORG, None)])
BARE = ("Berg said the fine would not be cut. The Maritime Inspectorate gave no figure.",
        [("Berg", "person", None), ("Maritime Inspectorate", ORG, None)])
BARE_ELSEWHERE = ("Berg said the ferry would sail on Monday. The harbour office agreed.",
                  [("Berg", "person", None), ("harbour office", ORG, None)])
OTHER_BERG = ("Lars Berg said dockers would strike. The union backed him.",
              [("Lars Berg", "person", "SWE"), ("union", ORG, None)])


def _berg(reports: list[tuple[str, list[tuple[str, str, str | None]]]]) -> dict[str, str]:
    with Store(":memory:") as s:
        linker = Linker(s)
        for n, (text, actors) in enumerate(reports):
            s.add_document(_report(n, text, actors), hash=f"h{n}", key=f"k{n}", linker=linker)
        linker.revisit()
        return {r[0]: r[1] for r in s.db.execute(
            "SELECT d.doc_id, c.name FROM actors a JOIN documents d ON d.pk = a.doc JOIN corpus_actors c "
            "ON c.id = a.corpus_actor WHERE a.name LIKE '%Berg'")}


def test_corpus_surname_joins_with_a_shared_context_in_either_order() -> None:
    assert _berg([FULL, BARE])["r1"] == "Anna Berg"
    assert _berg([BARE, FULL])["r0"] == "Anna Berg"
    assert _berg([FULL, BARE_ELSEWHERE])["r1"] == "Berg"  # nothing shared: a surname alone is not evidence
    assert _berg([FULL, OTHER_BERG, BARE])["r2"] == "Berg"  # two Bergs: none is chosen


def test_corpus_role_names_the_same_held_title_whatever_the_order_of_the_titles(monkeypatch: pytest.MonkeyPatch
                                                                                ) -> None:
    """A role-only actor joins the one person whose titles hold the role; when several of that person's titles hold
    it, the evidence names the shortest (then the first alphabetically), not whichever a set gives first (a set's
    order follows the hash seed, so two runs of one ingest wrote different evidence)."""
    from reportedly.corpus import persons

    def held(order: bool) -> str:
        real = persons.PersonRules._titles_of
        monkeypatch.setattr(persons.PersonRules, "_titles_of",
                            lambda self, r: sorted(real(self, r), key=lambda t: (len(t), t), reverse=order))
        with Store(":memory:") as s:
            linker = Linker(s)
            holder = side_doc(0, Side("Colonel Aibek Tursunov", "KGZ",
                                      ("Kyrgyz army spokesman", "Kyrgyz army press service spokesman")))
            for n, doc in enumerate((holder, side_doc(1, Side("the spokesman")))):
                s.add_document(doc, hash=f"h{n}", key=f"k{n}", linker=linker)
            linker.revisit()
            link = json.loads(s.db.execute("SELECT link FROM actors WHERE doc = 2 AND id = 'a1'").fetchone()[0])
        assert link["rule"] == "role" and link["holder"] == "Colonel Aibek Tursunov"
        return str(link["holder_title"])

    assert held(False) == held(True) == "army spokesman|KGZ"
