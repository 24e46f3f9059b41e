"""Actors across the archive: conservative, explained joins of document actors into corpus actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly.corpus import query
from reportedly.corpus.actors import Linker, is_description, office_holder, org_key, title_key
from reportedly.corpus.names import normalise
from reportedly.corpus.store import Store
from tests.storehelp import doc_with_actors, person


def test_corpus_actors_normalising_names_titles_and_organisations() -> None:
    assert normalise("Mr. Keir Starmer") == "keir starmer"
    assert normalise("Emmanuel Macrón") == normalise("Emmanuel Macron")
    assert title_key("UK Prime Minister") == title_key("British Prime Minister") == "prime minister|GBR"
    assert title_key("Prime Minister of the United Kingdom") == "prime minister|GBR"
    assert title_key("President", "RUS") == "president|RUS"
    assert title_key("former Prime Minister", "GBR") != title_key("Prime Minister", "GBR")
    assert org_key("Russia's Defense Ministry") == org_key("the Russian defence ministry") == "defence ministry|RUS"
    assert is_description("the British Prime Minister") and is_description("Russian leader")
    assert not is_description("Keir Starmer")
    assert office_holder("prime minister|GBR", 2025).name == "Keir Starmer"
    assert office_holder("prime minister|GBR", 1850) is None


def _store(tmp_path: Path) -> Store:
    return Store(tmp_path / "a.db")


def _link(store: Store, name: str) -> dict:
    row = store.db.execute("SELECT link FROM actors WHERE name = ? ORDER BY pk DESC LIMIT 1", (name,)).fetchone()
    return json.loads(row[0])


def test_corpus_actors_variants_of_one_person_join_with_reasons(tmp_path: Path) -> None:
    t1 = "UK Prime Minister Keir Starmer said talks would go on."
    t2 = "The British Prime Minister said on Monday that Britain was ready."
    t3 = "Starmer said the coalition was ready. Britain sent officials."
    with _store(tmp_path) as s:
        linker = Linker(s)
        s.add_document(doc_with_actors("d1", t1, [person("a1", "Keir Starmer", t1, country="GBR",
                                                         titles=["UK Prime Minister"])]),
                       hash="1", key="1", linker=linker)
        s.add_document(doc_with_actors("d2", t2, [person("a1", "British Prime Minister", t2, country="GBR")]),
                       hash="2", key="2", linker=linker)
        s.add_document(doc_with_actors("d3", t3, [person("a1", "Starmer", t3, type="organization"),
                                                  person("a2", "Britain", t3, type="country", country="GBR")]),
                       hash="3", key="3", linker=linker)
        found = query.actors(s, name="Starmer")
        assert len(found) == 1
        a = found[0]
        assert (a.name, a.documents, a.statements) == ("Keir Starmer", 3, 3)
        assert set(a.names) == {"Keir Starmer", "British Prime Minister", "Starmer"}
        assert _link(s, "British Prime Minister") == {"rule": "title", "title": "prime minister|GBR"}
        assert _link(s, "Starmer")["rule"] == "known person"
        assert _link(s, "Starmer")["same_country_in_document"] == ["Britain"]
        detail = query.actor(s, "Keir Starmer")
        assert {r.rule for r in detail.links} == {"full name", "title", "known person"}
        assert query.find_actors(s, "the British Prime Minister") == [a.id]


def test_corpus_actors_two_mr_smiths_stay_apart_until_evidence_joins(tmp_path: Path) -> None:
    t1 = "Mr. Smith said the mill would close."
    t2 = "Mr. Smith said the harbour was flooded."
    t3 = "Treasury Secretary John Smith said rates would fall."
    t4 = "Smith, the Treasury Secretary, said the deficit would shrink."
    with _store(tmp_path) as s:
        linker = Linker(s)
        s.add_document(doc_with_actors("mill", t1, [person("a1", "Smith", t1)]), hash="1", key="1", linker=linker)
        s.add_document(doc_with_actors("harbour", t2, [person("a1", "Smith", t2)]), hash="2", key="2", linker=linker)
        smiths = s.db.execute("SELECT DISTINCT corpus_actor FROM actors WHERE name = 'Smith'").fetchall()
        assert len(smiths) == 2  # the same surname in unrelated stories is not evidence
        assert _link(s, "Smith")["rule"] == "alone"
        s.add_document(doc_with_actors("rates", t3, [person("a1", "John Smith", t3, country="USA",
                                                            titles=["Treasury Secretary"])]),
                       hash="3", key="3", linker=linker)
        s.add_document(doc_with_actors("deficit", t4, [person("a1", "Smith", t4, titles=["Treasury Secretary"])]),
                       hash="4", key="4", linker=linker)
        john = query.actors(s, name="John Smith")[0]
        assert john.documents == 2
        assert _link(s, "Smith") == {"rule": "surname + title", "surname": "smith",
                                     "titles": ["treasury secretary|USA"]}
        assert len(s.db.execute("SELECT DISTINCT corpus_actor FROM actors WHERE name = 'Smith'").fetchall()) == 3


def test_corpus_actors_revisit_joins_an_early_surname_once_the_full_name_arrives(tmp_path: Path) -> None:
    t1 = "Smith, the Treasury Secretary, said the deficit would shrink."
    t2 = "Treasury Secretary John Smith said rates would fall."
    with _store(tmp_path) as s:
        linker = Linker(s)
        s.add_document(doc_with_actors("deficit", t1, [person("a1", "Smith", t1, titles=["Treasury Secretary"])]),
                       hash="1", key="1", linker=linker)
        assert _link(s, "Smith")["rule"] == "alone"
        s.add_document(doc_with_actors("rates", t2, [person("a1", "John Smith", t2, titles=["Treasury Secretary"])]),
                       hash="2", key="2", linker=linker)
        assert s.db.execute("SELECT waits_for FROM actors WHERE name = 'Smith'").fetchone()[0] == "fsurname:smith"
        assert linker.revisit() == 1
        assert linker.revisit() == 0  # nothing new arrived since
        assert _link(s, "Smith")["rule"] == "surname + title"
        assert query.actors(s, name="John Smith")[0].documents == 2
        # the corpus actor the surname had alone is gone, and a relink from scratch agrees
        assert s.db.execute("SELECT COUNT(*) FROM corpus_actors").fetchone()[0] == 1
        Linker(s).relink()
        assert query.actors(s, name="John Smith")[0].documents == 2


def test_corpus_actors_same_full_name_different_countries_stay_apart(tmp_path: Path) -> None:
    t1 = "John Smith said the vote was close."
    with _store(tmp_path) as s:
        linker = Linker(s)
        s.add_document(doc_with_actors("uk", t1, [person("a1", "John Smith", t1, country="GBR")]),
                       hash="1", key="1", linker=linker)
        s.add_document(doc_with_actors("au", t1 + " ", [person("a1", "John Smith", t1, country="AUS")]),
                       hash="2", key="2", linker=linker)
        s.add_document(doc_with_actors("xx", t1 + "  ", [person("a1", "John Smith", t1)]),
                       hash="3", key="3", linker=linker)
        rows = query.actors(s, name="John Smith", sort="name")
        assert sorted(r.country for r in rows) == ["AUS", "GBR"]
        assert sorted(r.documents for r in rows) == [1, 2]


@pytest.mark.parametrize(("name", "type_"), [("analysts", "group"), ("officials", "group")])
def test_corpus_actors_generic_groups_stay_in_their_document(tmp_path: Path, name: str, type_: str) -> None:
    t = f"{name} said the talks had stalled."
    with _store(tmp_path) as s:
        linker = Linker(s)
        for i in range(2):
            s.add_document(doc_with_actors(f"d{i}", t + " " * i, [person("a1", name, t, type=type_)]),
                           hash=str(i), key=str(i), linker=linker)
        assert len(s.db.execute("SELECT DISTINCT corpus_actor FROM actors").fetchall()) == 2


def test_corpus_actors_a_reprinted_sentence_gives_its_body_the_same_country_in_every_report(tmp_path: Path) -> None:
    # The countries of a sentence are cached by its text; a caller once took the country out of the cached set, so
    # the second report with the same sentence (a wire reprint) found none and fell back to another rule.
    t = ("The defence ministry said on Friday that the two frigates would stay in port until Chile reopened the "
         "strait.\n\nOfficials in Peru said the talks would go on.")
    with _store(tmp_path) as s:
        linker = Linker(s)
        for n in (1, 2, 3):
            s.add_document(doc_with_actors(f"wire{n}", t, [person("a1", "defence ministry", t, type="organization")]),
                           hash=str(n), key=str(n), linker=linker)
        links = [json.loads(r[0]) for r in s.db.execute("SELECT link FROM actors WHERE name = 'defence ministry'")]
        assert [x.get("country_from_sentence") for x in links] == ["CHL", "CHL", "CHL"], links
        assert len({r[0] for r in s.db.execute("SELECT corpus_actor FROM actors WHERE name = 'defence ministry'")}) == 1


def test_corpus_actors_revisit_reuses_the_report_only_checks_and_joins_as_before(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch
                                                                                  ) -> None:
    """The revisit decides a waiting actor again on the same report: what ``not_an_actor`` and ``unlisted`` (which read
    only the actor and its report) said at its first decision is reused, not asked again; the join is the one made
    without the reuse (a relink from scratch agrees), an unrelated surname stays alone, and nothing is kept after."""
    from collections import Counter

    from reportedly.corpus import actors

    calls: Counter[tuple[str, str, str]] = Counter()
    for name in ("not_an_actor", "unlisted"):
        def counted(a: object, doc: object, real: object = getattr(actors, name), name: str = name) -> object:
            calls[(name, doc.id, a.id)] += 1  # type: ignore[attr-defined]
            return real(a, doc)  # type: ignore[operator]
        counted.__name__ = name
        monkeypatch.setattr(actors, name, counted)
    t1 = "Quillane, the Treasury Secretary, said the levy would stay."
    t2 = "Mr. Tavish said the toll bridge would close for repairs."
    t3 = "Treasury Secretary Marten Quillane said the levy would fall next year."
    with _store(tmp_path) as s:
        linker = Linker(s)
        s.add_document(doc_with_actors("levy", t1, [person("a1", "Quillane", t1, titles=["Treasury Secretary"])]),
                       hash="1", key="1", linker=linker)
        s.add_document(doc_with_actors("bridge", t2, [person("a1", "Tavish", t2)]), hash="2", key="2", linker=linker)
        s.add_document(doc_with_actors("fall", t3, [person("a1", "Marten Quillane", t3,
                                                           titles=["Treasury Secretary"])]),
                       hash="3", key="3", linker=linker)
        waits = s.db.execute("SELECT waits_for FROM actors WHERE name = 'Quillane'").fetchone()[0]
        assert waits == "fsurname:quilane"  # the surname key, folded
        asked = dict(calls)
        assert linker.revisit() == 1
        assert calls == asked  # decided again, on the same report: the checks were not run again
        assert not linker._checks
        assert _link(s, "Quillane")["rule"] == "surname + title"
        assert _link(s, "Tavish")["rule"] == "alone"
        assert query.actors(s, name="Marten Quillane")[0].documents == 2
        Linker(s).relink()
        assert query.actors(s, name="Marten Quillane")[0].documents == 2
        assert _link(s, "Tavish")["rule"] == "alone"
