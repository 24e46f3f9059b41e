"""Persons across reports: the rules that join a document's person to a corpus person, with their reasons.

In: a document actor of type person and its document; out: a :class:`~.decisions.Decision` (the corpus
actor key, the reason, the look-up entries it adds). :class:`PersonRules` is one part of
:class:`reportedly.corpus.actors.Linker`; the rules are listed in that module's docstring. Names are taken
apart by :mod:`reportedly.text.person_names` (ranks, initials, optional given names, name order, the Arabic
article, second surnames, transliterations), the same functions a document's own name clusters use.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..model import Actor, Document
from ..text import lexicons, places
from ..text.org_names import org_words
from ..text.person_names import (
    ALSO_A_NAME,
    FIRST_NAME_COUNTRIES,
    HONORIFICS,
    NameMatch,
    compare,
    is_given_address,
    is_rank,
    nickname_before,
    parse,
    rank_kind,
    same_family,
)
from ..text.transliteration import skeleton
from .decisions import Decision, title_keys
from .decisions import person_names as _person_names
from .names import (
    FIRST_NAME_HONORIFICS,
    deletions,
    fold_word,
    folds_between,
    gendered,
    honorific,
    name_key,
    normalise,
    one_edit,
    person_name,
)
from .terms import sentence_start
from .title_forms import shared_titles
from .title_forms import titles_conflict as _titles_conflict
from .titles import (
    _SUBORDINATE,
    _UNTIED,
    _role_words,
    is_description,
    is_title,
    office_holder,
    office_titles,
    org_body,
    service_rank,
    title_key,
)

_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
"""A capitalised word right after a name: the name goes on ('Jean-Pierre Mbuyi')."""

if TYPE_CHECKING:
    from .store import Store


@lru_cache(maxsize=1)
def _people_by_key() -> dict[str, lexicons.Person]:
    """``people.tsv`` by spelling key ('volodimir zelenski')."""
    return {name_key(p.name): p for p in lexicons.people().values()}


@lru_cache(maxsize=1)
def _people_by_deletion() -> dict[str, list[lexicons.Person]]:
    """``people.tsv`` by every one-deletion of their spelling key (to find one-letter typos)."""
    out: dict[str, list[lexicons.Person]] = {}
    for k, p in _people_by_key().items():
        for d in deletions(k):
            out.setdefault(d, []).append(p)
    return out


@lru_cache(maxsize=2)
def _people_by_fold(part: str) -> dict[str, list[lexicons.Person]]:
    """``people.tsv`` by folded surname (``part='last'``) or first name (``part='first'``)."""
    out: dict[str, list[lexicons.Person]] = {}
    for p in lexicons.people().values():
        words = normalise(p.name).split()
        out.setdefault(fold_word(words[-1] if part == "last" else words[0]), []).append(p)
    return out


def titles_conflict(ours: set[str], theirs: set[str], *, rank_beside_office: bool = False) -> bool:
    """:func:`~.titles.titles_conflict` over the titles a person holds now: a former office ('former Costa Rican
    foreign minister') says nothing against another one ('the observer mission's chief')."""
    def now(keys: set[str]) -> set[str]:
        return {k for k in keys if not k.startswith(("former ", "ex "))}
    return _titles_conflict(now(ours), now(theirs), rank_beside_office=rank_beside_office)


def _covers(want: set[str], held: list[str]) -> bool:
    """Whether a title's words hold every word of a role, an acronym standing for the words it is the initials of
    ('iec head' in 'head independent electoral commission')."""
    for w in want - set(held):
        if not 2 <= len(w) <= 6 or not any("".join(x[0] for x in held[i:i + len(w)]) == w
                                           for i in range(len(held) - len(w) + 1)):
            return False
    return True


def _other_role(role: str, held: str) -> bool:
    """Whether a held title is another role that ends in the role's head ('prime minister' for 'minister' or
    'defence minister'; 'commander in chief' is still a 'commander')."""
    words = held.split()
    head = role.split()[-1]
    for i, w in enumerate(words):
        pair = " ".join(words[i - 1:i + 1]) if i else ""
        if w == head and pair and lexicons.roles().get(pair, "") in ("title", "leader") and pair not in role:
            return True
    return False


_WHERE = {"city", "town", "village", "province", "provincial", "county", "district", "region", "regional", "eastern",
          "western", "northern", "southern", "central", "north", "south", "east", "west", "local"}
"""Words of where a role is held that a holder's title need not repeat ('mayor of the eastern Chinese city of Zibo')."""


def _role_head(role: str) -> str:
    """The word a role is looked up by: its last word that is not where it is held ('mayor eastern city zibo' ->
    'mayor'; 'foreign ministry spokeswoman' -> 'spokeswoman')."""
    words = role.split()
    last = words[-1] if words else ""
    return next((w for w in reversed(words) if w not in _WHERE and not places.candidates(w)), last)


ROLE_DAYS = 60
"""A role-only actor joins the one holder of the role in documents at most this many days apart."""


def is_weak(a: Actor) -> bool:
    """A person known by a surname, a description or optional given names only: linked after the full names."""
    return a.type == "person" and (len(person_name(a.name).split()) < 2 or is_description(a.name)
                                   or parse(a.name).weak)


class PersonRules:
    """The person rules of the corpus linker (a part of :class:`reportedly.corpus.actors.Linker`)."""

    store: Store

    @property
    def db(self) -> sqlite3.Connection:
        return self.store.db

    def _candidates(self, kind: str, value: str, *, also: tuple[str, str] | None = None,
                    alone: bool = False) -> list[sqlite3.Row]:
        """Stored persons (not alone ones, unless ``alone``) with the name entry ``kind: value`` (or ``also``), oldest
        first."""
        pairs = [(kind, value)] + ([also] if also else [])
        rows: dict[int, sqlite3.Row] = {}
        for k, v in pairs:
            for r in self.db.execute(
                    """SELECT c.* FROM corpus_actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
                       WHERE n.kind = ? AND n.value = ? AND c.type = 'person' AND (? OR instr(c.key, '@') = 0)""",
                    (k, v, alone)):
                rows[r["id"]] = r
        return [rows[i] for i in sorted(rows)]

    def _titles_of(self, r: sqlite3.Row) -> set[str]:
        """Title keys of a stored person, with the offices of its ``people.tsv`` entry."""
        out = {n[0] for n in self.db.execute(
            "SELECT value FROM corpus_actor_names WHERE corpus_actor = ? AND kind = 'title'", (r["id"],))}
        known = _people_by_key().get(r["key"].removeprefix("person:"))
        return out | (office_titles(known) if known else set())

    def _has_name(self, r: sqlite3.Row, full: str) -> bool:
        if r["key"] == f"person:{full}" or r["key"].startswith(f"person:{full}|"):
            return True
        return self.db.execute("SELECT 1 FROM corpus_actor_names WHERE kind = 'name' AND value = ? "
                               "AND corpus_actor = ?", (full, r["id"])).fetchone() is not None

    def _full_names(self, r: sqlite3.Row) -> list[str]:
        """The names of a stored person as written that have a given name or initial (not 'Mehra', not 'the
        army spokesman', 'Don Efraín')."""
        names = {r["name"], *(n[0] for n in self.db.execute(
            "SELECT value FROM corpus_actor_names WHERE corpus_actor = ? AND kind = 'alias'", (r["id"],)))}
        return sorted(n for n in names if not parse(n).bare and not is_description(n)
                      and not (len(n.split()) == 2 and is_given_address(n.split()[0])))  # not 'Don Efraín'

    def _by_parts(self, a: Actor, full: str, ours: set[str]) -> Decision | None:
        """Another form of one stored person's name: initials, a left-out middle or optional given name, another
        order, the Arabic article, a second surname, a transliteration (:func:`reportedly.text.person_names.
        compare` against every full name the person has). Countries and titles must not conflict; family names
        one vowel apart ('Scholz' / 'Schulz', 'Saqeb' / 'Saqib') need titles on both sides that agree; when
        several people fit, none is chosen. The name must fit the person's fullest names ('Ravi Mehra' is not the
        person named 'R K Mehra' and 'Rajesh Kumar Mehra'; 'Ho Ka-ming' is the person named 'Vincent Ho' and 'Vincent
        Ho Ka-ming')."""
        parts = parse(a.name) if person_name(a.name) == full else parse(full)
        if parts.bare:
            return None
        rows: dict[int, sqlite3.Row] = {}
        keys = parts.family_keys() | ({skeleton(parts.words[0])} if len(parts.words) == 2 else set())  # reversed
        for fk in sorted(keys):
            for r in self._candidates("fam", fk):
                rows[r["id"]] = r
        options: list[tuple[sqlite3.Row, NameMatch]] = []
        for r in (rows[i] for i in sorted(rows)):
            if a.country and r["country"] and a.country != r["country"]:
                continue
            names = self._full_names(r)
            most = max((len(parse(n).words) for n in names), default=0)
            found = [compare(parts, parse(n)) for n in names if len(parse(n).words) == most]  # the fullest names
            if not found or any(m is None for m in found):
                continue
            matches = [m for m in found if m is not None]
            m = min(matches, key=lambda m: (m.family_one_letter, len(m.rules)))
            theirs = self._titles_of(r)
            if titles_conflict(ours, theirs, rank_beside_office=True):
                continue
            if any(x.family_one_letter for x in matches) and not (ours and theirs):
                continue  # titles on both sides that agree ('Taliban spokesman' / 'Chief spokesman': no conflict)
            if "first given name left out" in m.rules and not shared_titles(ours, theirs):
                continue  # 'Olof Sandberg' is 'Per Olof Sandberg' only with a title in common (not 'Ahmed Jassim')
            options.append((r, m))
        if len(options) > 1:
            options = [o for o in options if not o[1].partial]
        if len(options) != 1:
            return None
        r, m = options[0]
        return Decision(r["key"], r["name"], "person", a.country or r["country"],
                        {"rule": "name variant", "name": full, "joins": r["name"], "how": list(m.rules) or
                         ["the same name"]}, _person_names(a, full))

    def _by_full_name(self, a: Actor, full: str, doc: Document | None = None, *, parts_bare: bool = False
                      ) -> Decision:
        """A full name: the same name or spelling, else another form of the name (:meth:`_by_parts`), else a
        typo of a known person's, else a new person (a name with only optional given names, 'Al Ubaidi', may
        also join by its surname)."""
        if doc is not None and (d := self._by_nickname(a, doc)) is not None:
            return d  # 'known as "El Profe"'
        words = a.name.split()
        if doc is not None and len(words) == 2 and is_given_address(words[0]) \
                and (d := self._by_first_name(a, person_name(words[1]), doc)) is not None:
            return d  # 'Don Efraín', 'Doña Marisol', 'Khun Somchai': a given name
        key = name_key(full)
        rows = self._candidates("fold", key)
        seen = {r["id"] for r in rows}
        for k in (f"person:{full}", f"person:{key}"):  # stores written before spelling keys
            rows += [r for r in self.db.execute(
                "SELECT * FROM corpus_actors WHERE key = ? OR (key > ? AND key < ?) ORDER BY id", (k, k + "|", k + "}"))
                if r["id"] not in seen and not seen.add(r["id"])]
        ours = title_keys(a)
        for r in sorted(rows, key=lambda r: r["id"]):
            if a.country and r["country"] and a.country != r["country"]:
                continue
            if self._has_name(r, full):
                return Decision(r["key"], r["name"], "person", a.country or r["country"],
                                {"rule": "full name", "name": full}, _person_names(a, full),
                                waits_for=f"body:{org_body(a.name)[0]}")
            if titles_conflict(ours, self._titles_of(r), rank_beside_office=True):
                continue
            return Decision(r["key"], r["name"], "person", a.country or r["country"],
                            {"rule": "spelling variant", "name": full, "joins": r["name"], "key": key,
                             "folds": folds_between(full, r["name"])}, _person_names(a, full))
        if (d := self._by_parts(a, full, ours)) is not None:
            return d
        if not rows and (d := self._typo(a, full, key, ours)) is not None:
            return d
        if parts_bare and (d := self._surname_fit(a, parse(a.name).families[0], doc)) is not None:
            return d
        known = _people_by_key().get(key)
        if known is not None and (titles_conflict(ours, office_titles(known))
                                  or a.country not in (None, known.country)):
            known = None  # the same spelling, but not the person of people.tsv
        new_key = self._free_key(f"person:{key}", a.country, reserved=known is None and key in _people_by_key())
        return Decision(new_key, known.name if known else a.name, "person", a.country,
                        {"rule": "full name", "name": full}, _person_names(a, full),
                        waits_for=f"body:{org_body(a.name)[0]}")  # a company the NER took for a person

    def _free_key(self, base: str, country: str | None, *, reserved: bool) -> str:
        """``base``, else ``base|COUNTRY``, ``base|COUNTRY|2`` ...: the first key no corpus actor has
        (``reserved``: not ``base``, kept for the person of ``people.tsv``)."""
        options = ([] if reserved else [base]) + [f"{base}|{country or ''}"] + [f"{base}|{country or ''}|{n}"
                                                                               for n in range(2, 100)]
        for k in options:
            if self.db.execute("SELECT 1 FROM corpus_actors WHERE key = ?", (k,)).fetchone() is None:
                return k
        return options[-1]

    def _typo(self, a: Actor, full: str, key: str, ours: set[str]) -> Decision | None:
        """One letter away from one person of the same country with a shared title ('Kir Starmer'); a
        feminine ending ('Petrova' for 'Petrov') is another person, not a typo."""
        if not a.country or not ours:
            return None
        options: dict[str, tuple[str, set[str]]] = {}
        for d in deletions(key):
            for p in _people_by_deletion().get(d, []):
                pk = name_key(p.name)
                if p.country == a.country and one_edit(key, pk) and not gendered(key, pk) \
                        and shared_titles(ours, office_titles(p)):
                    options[f"person:{pk}"] = (p.name, set(shared_titles(ours, office_titles(p))))
        marks = ",".join("?" * len(deletions(key)))
        for r in self.db.execute(
                f"""SELECT DISTINCT c.* FROM corpus_actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
                    WHERE n.kind = 'del' AND n.value IN ({marks}) AND c.type = 'person' AND c.country = ?
                    AND instr(c.key, '@') = 0""", [*sorted(deletions(key)), a.country]):
            theirs = {n[0] for n in self.db.execute(
                "SELECT value FROM corpus_actor_names WHERE corpus_actor = ? AND kind = 'fold'", (r["id"],))}
            shared = shared_titles(ours, self._titles_of(r))
            if any(one_edit(key, t) and not gendered(key, t) for t in theirs) and shared:
                options.setdefault(r["key"], (r["name"], set(shared)))
        if len(options) != 1:
            return None
        (target, (name, shared)), = options.items()
        known = _people_by_key().get(target.removeprefix("person:"))
        if known is not None:
            d = self._by_full_name(a.model_copy(update={"country": known.country}), normalise(known.name))
        else:
            d = Decision(target, name, "person", a.country, {}, [])
        d.evidence = {"rule": "typo", "name": full, "joins": name, "titles": sorted(shared),
                      "country": a.country, "why": "one letter apart, same country and title"}
        d.names = [n for n in _person_names(a, full) if n[0] in ("name", "title")]
        return d

    def _surname_fit(self, a: Actor, surname: str, doc: Document) -> Decision | None:
        """The one stored person with this family name and a shared title (ranks count), or None."""
        titles = title_keys(a)
        fits = []
        if self._honorific(a, doc) not in FIRST_NAME_HONORIFICS:
            for r in self._candidates("surname", surname, also=("fsurname", fold_word(surname))):
                shared = shared_titles(titles, self._titles_of(r))
                if shared and not (a.country and r["country"] and a.country != r["country"]):
                    fits.append((r, shared))
        if len(fits) != 1:
            return None
        r, shared = fits[0]
        evidence: dict[str, Any] = {"rule": "surname + title", "surname": surname, "titles": shared}
        how = [n for full in self._full_names(r) if (n := same_family(parse(full), surname)) is not None]
        if how and min(how, key=len):
            evidence["how"] = list(min(how, key=len))
        return Decision(r["key"], r["name"], "person", r["country"], evidence,
                        [("title", t) for t in sorted(titles)])

    def _by_surname(self, a: Actor, surname: str, doc: Document, alone_key: str) -> Decision:
        titles = title_keys(a)
        if (d := self._surname_fit(a, surname, doc)) is not None:
            return d
        several = self._honorific(a, doc) not in FIRST_NAME_HONORIFICS and sum(
            1 for r in self._candidates("surname", surname, also=("fsurname", fold_word(surname)))
            if shared_titles(titles, self._titles_of(r))) > 1
        if not several and (d := self._by_first_name(a, surname, doc)) is not None:
            return d
        if not several and (d := self._known_surname(a, surname, doc)) is not None:
            return d
        if not several and (d := self._surname_in_context(a, surname)) is not None:
            return d
        lone = [("lone", f"{fold_word(surname)}|{tk.partition('|')[0]}") for tk in sorted(titles) if service_rank(tk)]
        if not several and len(a.name.split()) == 1 and (d := self._same_rank_alone(a, lone)) is not None:
            return d
        why = "titles fit several people" if several else "a surname alone is not evidence"
        return Decision(f"person:{surname}{alone_key}", a.name, "person", a.country,
                        {"rule": "alone", "surname": surname, "why": why}, lone if len(a.name.split()) == 1 else [],
                        alone=True,
                        waits_for=f"first:{fold_word(surname)}" if not several and (
                            a.country in FIRST_NAME_COUNTRIES or is_given_address(self._given_tie(a, doc)))
                        else f"fsurname:{fold_word(surname)}")  # 'Rizal': its person named in full may come later

    def _same_rank_alone(self, a: Actor, lone: list[tuple[str, str]]) -> Decision | None:
        """A person named by one word and a military or police rank ('Vice Admiral Sudarmaji': many Indonesians have
        one name) joins the one person left alone in another report under that word and the same rank, when the
        countries agree; several such people, or none, join nothing."""
        found = {r["id"]: r for kind, value in lone for r in self._candidates(kind, value, alone=True)
                 if not (a.country and r["country"] and a.country != r["country"])
                 and self._doc_hash[:16] not in r["key"]}
        if len(found) != 1:
            return None
        r = next(iter(found.values()))
        return Decision(r["key"], r["name"], "person", a.country or r["country"],
                        {"rule": "one name + rank", "name": a.name, "ranks": [v.partition("|")[2] for _, v in lone]},
                        lone)

    _doc_hash: str = ""
    """The hash of the document being decided (set by :meth:`reportedly.corpus.actors.Linker.decide`)."""

    def _surname_in_context(self, a: Actor, surname: str) -> Decision | None:
        """A bare surname and the one stored person with that family name, when the report also names someone
        or something that a report of that person names ('Lindqvist' in a report that names the inspectorate
        Anna-Karin Lindqvist heads); countries and titles must not conflict. Two people with the family name: none.
        """
        rows = self._candidates("surname", surname, also=("fsurname", fold_word(surname)))
        if len(rows) != 1 or not self._doc_hash:
            return None
        r = rows[0]
        if (a.country and r["country"] and a.country != r["country"]) or titles_conflict(title_keys(a),
                                                                                         self._titles_of(r)):
            return None
        shared = [row[0] for row in self.db.execute(
            """SELECT DISTINCT c.name FROM actors x JOIN actors y ON y.doc = x.doc
               JOIN corpus_actors c ON c.id = y.corpus_actor
               WHERE x.corpus_actor = ? AND c.id != ? AND c.type IN ('person', 'organization', 'group')
               AND instr(c.key, '@') = 0 AND y.corpus_actor IN (
                   SELECT a.corpus_actor FROM actors a JOIN documents d ON d.pk = a.doc
                   WHERE d.hash = ? AND a.corpus_actor IS NOT NULL)
               ORDER BY c.name LIMIT 3""", (r["id"], r["id"], self._doc_hash))]
        if not shared:
            return None
        return Decision(r["key"], r["name"], "person", r["country"],
                        {"rule": "surname in context", "surname": surname, "person": r["name"],
                         "shared": shared}, [])

    @staticmethod
    def _honorific(a: Actor, doc: Document) -> str | None:
        """The honorific of the name, or the one written just before its first mention ('Sir Keir')."""
        h = honorific(a.name)
        if h is None and a.mentions:
            start = min(s for s, _ in a.mentions)
            m = re.search(r"\b(\w+)\.?\s+$", doc.text[max(0, start - 12):start])
            h = m.group(1).lower() if m and m.group(1).lower() in FIRST_NAME_HONORIFICS else None
        return h

    def _by_first_name(self, a: Actor, first: str, doc: Document) -> Decision | None:
        """'Sir Keir', or a lone given name ('Worawit', 'Gen Natthaphon', 'Mr Worawit', 'Don Efraín') -> the one
        person named in full with that first given name: of its document when no other person of the document has
        it as a family name; else of the store (:meth:`_stored_given_name`). A lone word is read as a given name
        only with something that says so (:meth:`_given_tie`)."""
        f = fold_word(first)
        same = {(person_name(o.name), o.id) for o in doc.actors if o.id != a.id and o.type == "person"
                and len(person_name(o.name).split()) >= 2 and fold_word(person_name(o.name).split()[0]) == f}
        surnames = {fold_word(person_name(o.name).split()[-1]) for o in doc.actors
                    if o.type == "person" and o.id != a.id and person_name(o.name)}
        if len({n for n, _ in same}) == 1 and f not in surnames:
            full, oid = next(iter(same))
            other = next(o for o in doc.actors if o.id == oid)
            tie = self._given_tie(a, doc, other)
            if tie:
                d = self._by_full_name(a, full)
                d.evidence = {"rule": "first name", "first_name": first, "person_in_document": full, "tie": tie}
                d.names = []
                return d
        if not same and (d := self._stored_given_name(a, f, doc, first)) is not None:
            return d
        if a.country in FIRST_NAME_COUNTRIES and not same and (d := self._stored_first_name(a, f, doc)):
            return d
        h = self._honorific(a, doc)
        if h not in FIRST_NAME_HONORIFICS:
            return None
        options = _people_by_fold("first").get(f, [])
        if len(options) != 1:
            return None
        p = options[0]
        titles = title_keys(a)
        title_fit = sorted(shared_titles(titles, office_titles(p)))
        country_fit = sorted({o.name for o in doc.actors if o.id != a.id and o.country == p.country})
        if not title_fit and not country_fit:
            return None
        d = self._by_full_name(a.model_copy(update={"country": p.country}), normalise(p.name))
        d.evidence = {"rule": "first name", "first_name": first, "honorific": h, "person": p.name,
                      **({"titles": title_fit} if title_fit else {"same_country_in_document": country_fit[:3]})}
        d.names = []
        return d

    def _by_nickname(self, a: Actor, doc: Document) -> Decision | None:
        """A nickname in quotes after words that give one ('known since his days in Congress as "El Profe"', 'whom
        supporters call "La Jefa"'; :func:`~reportedly.text.person_names.nickname_before`) and the one person its
        sentence names before it (the one actor, or the one person among them): that person's decision; else None."""
        text = doc.text
        for start, _ in a.mentions:
            if text[start - 1:start] not in ('"', "“"):
                continue
            lo = sentence_start(text, start)
            if not nickname_before(text[lo + 1:start - 1]):
                continue
            before = {o.id: o for o in doc.actors if o.id != a.id and o.type in ("person", "unknown", "organization")
                      and not is_description(o.name) and any(lo < s < start for s, _ in o.mentions)}
            persons = [o for o in before.values() if o.type == "person"]
            if len(persons) == 1:
                before = {persons[0].id: persons[0]}  # 'known since his days in Congress as': the person, not Congress
            if len(before) != 1:
                return None
            o = next(iter(before.values()))
            d = self.decide(o, doc, self._doc_hash)  # type: ignore[attr-defined]
            if d.type != "person":
                return None
            d.evidence = {"rule": "nickname", "nickname": a.name, "person_in_document": o.name, "joins": d.name}
            d.names = []
            return d
        return None

    def _given_tie(self, a: Actor, doc: Document, other: Actor | None = None) -> str:
        """What makes a lone word a given name, or '': a term of address written with it ('Don Efraín', 'Mr
        Worawit', 'Ms Kanokwan'), a rank or title ('Gen Natthaphon', 'Prime Minister Worawit'), or (with the person
        of its document named in full) that person's Malay or Indonesian term of address ('Datuk Seri Azlan
        Rahmat') or country whose people go by their first name."""
        words = a.name.split()
        if len(words) > 1 and is_given_address(words[0]):
            return words[0]
        for start, _ in a.mentions:
            m = re.search(r"\b([A-Za-zñÑ]+)\.?\s+$", doc.text[max(0, start - 12):start])
            if m and (is_given_address(m.group(1)) or m.group(1).lower() in HONORIFICS):
                return m.group(1)
        if any(rank_kind(t) != "religious" for t in [*a.titles, *parse(a.name).ranks]):
            return "title"  # not 'Imam Ali', 'Saint Paul': a religious title names saints and founders too
        if other is not None and (other.country in FIRST_NAME_COUNTRIES
                                  or any(rank_kind(t) in ("address", ALSO_A_NAME) for t in other.titles)):
            return "address of the person named in full"
        return ""

    def _stored_given_name(self, a: Actor, f: str, doc: Document, written: str = "") -> Decision | None:
        """A lone given name with a tie (:meth:`_given_tie`: 'Don Efraín', 'Gen Natthaphon', 'Worawit' the prime
        minister) and the one stored person named in full with that first given name, in a report within
        :data:`ROLE_DAYS` days, when no stored person has the word as a family name and countries and titles do not
        conflict; without a term of address or rank, a title must be shared. Two such people: None."""
        tie = self._given_tie(a, doc)
        if not tie or self._candidates("surname", f, also=("fsurname", f)):
            return None
        ours = title_keys(a)
        rows = [r for r in self._candidates("first", f)
                if len(normalise(r["name"]).split()) >= 2 and not (a.country and r["country"]
                                                                   and a.country != r["country"])
                and self._active(r["id"], doc.meta.published)]
        if len(rows) != 1 or titles_conflict(ours, self._titles_of(rows[0])):
            return None
        r = rows[0]
        if tie == "title" and not parse(a.name).ranks and not shared_titles(ours, self._titles_of(r)) \
                and not any(is_rank(t) for t in a.titles):
            return None
        return Decision(r["key"], r["name"], "person", a.country or r["country"],
                        {"rule": "given name", "given_name": written or f, "person": r["name"], "tie": tie}, [])

    def _stored_first_name(self, a: Actor, f: str, doc: Document) -> Decision | None:
        """A one-word name of a country whose people are often called by the first word of their name ('Rizal',
        Indonesian) and the one stored person of that country named in full with that first word, in a report
        within :data:`ROLE_DAYS` days; two such people: None."""
        rows = [r for r in self._candidates("first", f) if r["country"] == a.country
                and len(normalise(r["name"]).split()) >= 2 and self._active(r["id"], doc.meta.published)]
        if len(rows) != 1:
            return None
        r = rows[0]
        return Decision(r["key"], r["name"], "person", r["country"],
                        {"rule": "first name", "first_name": f, "person": r["name"], "country": a.country}, [])

    def _known_surname(self, a: Actor, surname: str, doc: Document) -> Decision | None:
        """A surname that one well-known person carries, when the document supports that person; not a given name
        written before more words of a name (the recogniser cut the name after it)."""
        options = _people_by_fold("last").get(fold_word(surname), [])
        if len(options) != 1:
            return None
        p = options[0]
        if a.country and a.country != p.country:
            return None
        if lexicons.norm(surname) in lexicons.first_names() and any(
                _NAME_GOES_ON.match(doc.text, end) for _, end in a.mentions):
            return None  # 'Jean-Pierre Mbuyi Kalala' cut after 'Jean-Pierre': a given name, not Karine Jean-Pierre
        roles = " | ".join(p.roles).lower()
        title_fit = [t for t in a.titles if is_title(t) and t.split()[-1].lower() in roles]
        country_fit = sorted({o.name for o in doc.actors if o.id != a.id and o.country == p.country})
        if not title_fit and not country_fit:
            return None
        full = normalise(p.name)
        evidence: dict[str, Any] = {"rule": "known person", "surname": surname, "person": p.name}
        if fold_word(surname) != fold_word(full.split()[-1]) or surname != full.split()[-1]:
            evidence["folds"] = folds_between(surname, full.split()[-1])
        if title_fit:
            evidence["titles"] = title_fit
        else:
            evidence["same_country_in_document"] = country_fit[:3]
        d = self._by_full_name(a.model_copy(update={"country": p.country}), full)
        d.evidence = evidence
        d.names = [("title", t) for t in sorted(title_keys(a))]
        return d

    def _active(self, cid: int, published: str | None) -> bool:
        """Whether a stored person is in a document published within :data:`ROLE_DAYS` of ``published``."""
        if not published:
            return True
        return self.db.execute(
            """SELECT 1 FROM actors a JOIN documents d ON d.pk = a.doc WHERE a.corpus_actor = ? AND d.current
               AND (d.published IS NULL OR abs(julianday(d.published) - julianday(?)) <= ?) LIMIT 1""",
            (cid, published[:10], ROLE_DAYS)).fetchone() is not None

    def _by_role(self, a: Actor, tk: str, doc: Document) -> Decision | None:
        """A role-only actor ('the spokeswoman', 'the port chief', 'the army spokesman') and the one stored person
        whose title holds that role (every word of it: 'foreign ministry spokeswoman' holds 'spokeswoman'; 'prime
        minister' does not hold 'defence minister'; a title with no words of where, 'chief executive', holds
        'Kvarnholm's chief executive', but not when it has a word the role lacks: 'government spokesman' does not
        hold "the rebels' military spokesman") in the same country and within :data:`ROLE_DAYS` days."""
        role, _, country = tk.partition("|")
        owner = {m.lower() for m in re.findall(r"(\w+)['’]s\b", a.name)} & org_words().heads
        want = {w for w in role.split() if w not in _UNTIED and w not in _WHERE and w not in owner
                and not places.candidates(w)}  # "Zibo's mayor", 'mayor of the eastern Chinese city of Zibo': 'mayor'
        # ('the company's chief executive': the company of its report, whose name the holder's title need not have)
        if not want:
            return None
        head = _role_head(role)
        where = {w for w in role.split() if w not in _WHERE and places.candidates(w)}  # the place named: 'zibo'
        options: dict[int, tuple[sqlite3.Row, str]] = {}
        for r in self.db.execute(
                """SELECT n.value AS title, c.* FROM corpus_actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
                   WHERE n.kind = 'roleword' AND n.value = ? AND c.type = 'person' AND instr(c.key, '@') = 0""",
                (head,)).fetchall():
            if country and r["country"] and r["country"] != country:
                continue
            for t in sorted(self._titles_of(r), key=lambda t: (len(t), t)):  # the shortest title that holds
                held, _, held_country = t.partition("|")  # the role names it (not the set's order: the hash seed's)
                extra = set(held.split()) - want
                if country and country not in (held_country, r["country"]) and not (
                        not held_country and not r["country"] and where & set(held.split())):
                    continue  # 'the US president' is of the United States, not of a country we do not know
                    # (but 'the mayor of the Chinese city of Zibo' is the 'Zibo mayor' of no stated country)
                roles = {w for w in want if w in _role_words()}
                bare = not set(held.split()) - _role_words()  # 'chief executive', with no word of where
                if (_covers(want, held.split()) or (roles and bare and roles <= set(held.split()) and not extra)) \
                        and not extra & _SUBORDINATE and not _other_role(role, held):  # not the vice-mayor
                    options.setdefault(r["id"], (r, t))
        options = {k: v for k, v in options.items() if self._active(k, doc.meta.published)}
        if len(options) != 1:
            return None
        r, held = next(iter(options.values()))
        return Decision(r["key"], r["name"], "person", r["country"],
                        {"rule": "role", "role": tk, "holder": r["name"], "holder_title": held}, [("title", tk)])

    def _by_title(self, a: Actor, doc: Document, alone_key: str) -> Decision:
        tk = title_key(a.name, a.country)
        if tk:
            rows = [r for r in self._candidates("title", tk) if self._active(r["id"], doc.meta.published)]
            if len(rows) == 1:
                r = rows[0]
                return Decision(r["key"], r["name"], "person", r["country"], {"rule": "title", "title": tk})
            year = int(doc.meta.published[:4]) if doc.meta.published else None
            holder = office_holder(tk, year)
            if holder is not None:
                d = self._by_full_name(a.model_copy(update={"country": holder.country}), normalise(holder.name))
                d.evidence = {"rule": "title", "title": tk, "office_holder": holder.name, "year": year,
                              "candidates_in_store": len(rows)}
                d.names = [("title", tk)]
                return d
            if (d := self._by_role(a, tk, doc)) is not None:
                return d
        return Decision(f"person:{normalise(a.name)}{alone_key}", a.name, "person", a.country,
                        {"rule": "alone", "title": tk, "why": "no single holder of this title"}, alone=True,
                        waits_for=f"roleword:{_role_head(tk.partition('|')[0])}" if tk else None)

