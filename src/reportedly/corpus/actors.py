"""Actors across the archive: document actors joined into corpus actors, conservatively and with reasons.

Every document actor is linked to exactly one corpus actor, and the link records why (the
``actors.link`` JSON: the rule and the names, titles or codes that matched). The rules, strongest
first:

* **country**: same ISO code ("Russia", "the Russian Federation").
* **full name**: same person name of two or more words after dropping honorifics, case and
  accents ("Keir Starmer", "Mr. Keir Starmer"), unless the two carry different countries.
* **spelling variant**: the same spelling key (:func:`reportedly.corpus.names.name_key`:
  "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii"; kh/h, x/ks, ie/ye, doubled letters), unless the
  countries differ or the titles conflict (both have titles and no role word in common); the
  reason names the folding rules used.
* **typo**: a full name one letter away from a stored person or a person of ``data/people.tsv``
  ("Kir Starmer"), only with the same country on both sides and a shared title ("British Prime
  Minister" = "prime minister|GBR").
* **organisation**: same organisation name after normalising country words and spelling
  ("Russian defence ministry", "Russian Defense Ministry"); collectives with a country
  ("Ukrainian officials") likewise.
* **surname + title**: a bare surname ("Mr. Smith") joins a full-named corpus person with that
  surname only when they also share a title ("Treasury Secretary"); one surname and no shared
  title is not evidence.
* **known person**: a bare surname (folded: "Zelenskyy") that only one person in ``data/people.tsv``
  carries, when the document supports it (a fitting title, or another actor of that person's country).
* **first name**: a single first name after "Sir" or "Dame" ("Sir Keir"), or the first name of the one
  full-named person of its document, joins that person; "Sir Keir" with no full name in the document
  joins the one person of ``people.tsv`` with that first name when the document supports it.
* **title**: a description with no name ("the British Prime Minister") joins the one corpus person
  who holds that title, or the holder of that office on the publication date in ``people.tsv``.
* **generic**: a name whose head noun is in ``data/generic_nouns.tsv`` ("statements", "reports",
  "leaders", "officials") with no country stays alone, tied to its document, under a ``generic:`` key
  (left out of actor lists and stance tables); with a country ("Ukrainian officials") it is a group.
* otherwise the actor stays **alone**: its own corpus actor, tied to its document. Generic groups
  ("analysts", "officials" with no country) always stay alone.

Organisations and groups with no country take one from the document: another actor with the same
name and a country, or a country possessive just before a mention ("Russia’s defence ministry").
Every name an actor is seen under is kept as an ``alias`` of its corpus actor.

An actor left alone records the name key that could join it ("fsurname:smith", "title:prime
minister|GBR"); at the end of every ingest the actors waiting for a key that the run added are
looked at again (:meth:`Linker.revisit`), so a later report that supplies the evidence still joins
them. :meth:`Linker.relink` recomputes every link from scratch.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..model import Actor, Document
from ..text import lexicons
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
)
from .titles import (
    is_description,
    is_title,
    office_holder,
    office_titles,
    org_key,
    shared_titles,
    title_key,
    titles_conflict,
)

if TYPE_CHECKING:
    from .store import Store

__all__ = ["Decision", "Linker", "generic_head", "is_description", "is_weak", "office_holder", "org_key",
           "shared_titles", "title_key"]


@lru_cache(maxsize=1)
def generic_nouns() -> dict[str, str]:
    """Head nouns that name no one in particular (``data/generic_nouns.tsv``) -> 'speech' or 'people'."""
    return {r[0]: r[1] for r in lexicons.rows("generic_nouns.tsv")}


def generic_head(name: str) -> str | None:
    """The generic head noun of a name ('simultaneous statements' -> 'statements'), or None."""
    words = normalise(name).split()
    if not words:
        return None
    for head in (" ".join(words[-2:]), words[-1]):
        if head in generic_nouns():
            return head
    return None


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


def is_weak(a: Actor) -> bool:
    """A person known by a surname or a description only: linked after the full names."""
    return a.type == "person" and (len(normalise(a.name).split()) < 2 or is_description(a.name))


@dataclass
class Decision:
    """Where a document actor goes: a corpus actor key (created when missing) and the reason."""

    key: str
    name: str
    type: str
    country: str | None
    evidence: dict[str, Any]
    names: list[tuple[str, str]] = field(default_factory=list)
    """(kind, value) look-up entries this actor adds to its corpus actor: 'name', 'surname', 'title'."""
    alone: bool = False
    waits_for: str | None = None
    """For an actor left alone: the 'kind:value' name key whose arrival may give the evidence to join it."""


def title_keys(a: Actor) -> set[str]:
    """The title keys of an actor's titles that are titles (see :func:`is_title`)."""
    return {tk for t in a.titles if is_title(t) and (tk := title_key(t, a.country))}


def _person_names(a: Actor, full: str) -> list[tuple[str, str]]:
    key = name_key(full)
    names = [("name", full), ("surname", full.split()[-1]), ("fold", key), ("fsurname", key.split()[-1]),
             ("first", key.split()[0])]
    names += [("del", d) for d in sorted(deletions(key))]
    names += [("title", tk) for tk in sorted(title_keys(a))]
    return names


class Linker:
    """Links document actors of a :class:`~reportedly.corpus.store.Store` to corpus actors (see module doc)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.added: set[str] = set()
        """'kind:value' name keys added since the last :meth:`revisit` (what may join waiting actors)."""

    @property
    def db(self) -> sqlite3.Connection:
        return self.store.db

    # -- deciding --------------------------------------------------------------------------------

    def decide(self, a: Actor, doc: Document, doc_hash: str) -> Decision:
        """The corpus actor for document actor ``a`` of ``doc`` and why (reads, never writes)."""
        alone_key = f"@{doc_hash[:16]}:{a.id}"
        if a.type == "country":
            code = a.country or normalise(a.name)
            return Decision(f"country:{code}", lexicons.countries()[code].name if code in lexicons.countries()
                            else a.name, "country", a.country, {"rule": "country", "code": code})
        borrowed: dict[str, str] = {}
        if a.type in ("group", "organization", "unknown") and not a.country:
            a, borrowed = self._country_from_document(a, doc)
        head = generic_head(a.name)
        if head is not None and (a.type != "person" or not a.country or generic_nouns()[head] == "speech"):
            if a.country and generic_nouns()[head] == "people":
                k = org_key(a.name, a.country)
                return Decision(f"group:{k}", a.name, "group", a.country,
                                {"rule": "collective", "name": k, **borrowed})
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "generic", "head": head,
                             "why": "a generic noun with no country names no one across reports"}, alone=True)
        if a.type == "group":
            if a.country:
                k = org_key(a.name, a.country)
                return Decision(f"group:{k}", a.name, "group", a.country,
                                {"rule": "collective", "name": k, **borrowed})
            return Decision(f"group:{normalise(a.name)}{alone_key}", a.name, "group", None,
                            {"rule": "alone", "why": "a group with no country is not one actor across reports"},
                            alone=True)
        if a.type in ("organization", "unknown"):
            single = normalise(a.name)
            if " " not in single and (d := self._known_surname(a, single, doc)) is not None:
                return d
            k = org_key(a.name, a.country)
            return Decision(f"{a.type}:{k}", a.name, a.type, a.country, {"rule": "organisation", "name": k, **borrowed})
        # persons
        full = normalise(a.name)
        if is_description(a.name):
            return self._by_title(a, doc, alone_key)
        if len(full.split()) >= 2:
            return self._by_full_name(a, full)
        return self._by_surname(a, full, doc, alone_key)

    _POSSESSIVE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s\s+$")

    @classmethod
    def _country_from_document(cls, a: Actor, doc: Document) -> tuple[Actor, dict[str, str]]:
        """'General Staff' in a report that also says "Ukraine's General Staff": the same body, of Ukraine;
        'defence ministry' written "Russia’s defence ministry": of Russia."""
        body = org_key(a.name).split("|")[0]
        for o in doc.actors:
            if o.id != a.id and o.type == a.type and o.country and org_key(o.name, o.country).split("|")[0] == body:
                return a.model_copy(update={"country": o.country}), {"country_from_document": o.name}
        for start, _ in a.mentions:
            m = cls._POSSESSIVE.search(doc.text[max(0, start - 40):start])
            code = lexicons.country_code(m.group(1)) if m else None
            if code:
                return a.model_copy(update={"country": code}), {"country_from_mention": m.group(0).strip()}
        return a, {}

    def _candidates(self, kind: str, value: str, *, also: tuple[str, str] | None = None) -> list[sqlite3.Row]:
        """Stored (not alone) persons with the name entry ``kind: value`` (or ``also``), oldest first."""
        pairs = [(kind, value)] + ([also] if also else [])
        rows: dict[int, sqlite3.Row] = {}
        for k, v in pairs:
            for r in self.db.execute(
                    """SELECT c.* FROM corpus_actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
                       WHERE n.kind = ? AND n.value = ? AND c.type = 'person' AND instr(c.key, '@') = 0""", (k, v)):
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

    def _by_full_name(self, a: Actor, full: str) -> Decision:
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
                                {"rule": "full name", "name": full}, _person_names(a, full))
            if titles_conflict(ours, self._titles_of(r)):
                continue
            return Decision(r["key"], r["name"], "person", a.country or r["country"],
                            {"rule": "spelling variant", "name": full, "joins": r["name"], "key": key,
                             "folds": folds_between(full, r["name"])}, _person_names(a, full))
        if not rows and (d := self._typo(a, full, key, ours)) is not None:
            return d
        known = _people_by_key().get(key)
        if known is not None and (titles_conflict(ours, office_titles(known))
                                  or a.country not in (None, known.country)):
            known = None  # the same spelling, but not the person of people.tsv
        new_key = self._free_key(f"person:{key}", a.country, reserved=known is None and key in _people_by_key())
        return Decision(new_key, known.name if known else a.name, "person", a.country,
                        {"rule": "full name", "name": full}, _person_names(a, full))

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

    def _by_surname(self, a: Actor, surname: str, doc: Document, alone_key: str) -> Decision:
        titles = title_keys(a)
        fits = []
        if self._honorific(a, doc) not in FIRST_NAME_HONORIFICS:
            for r in self._candidates("surname", surname, also=("fsurname", fold_word(surname))):
                shared = shared_titles(titles, self._titles_of(r))
                if shared and not (a.country and r["country"] and a.country != r["country"]):
                    fits.append((r, shared))
        if len(fits) == 1:
            r, shared = fits[0]
            return Decision(r["key"], r["name"], "person", r["country"],
                            {"rule": "surname + title", "surname": surname, "titles": shared},
                            [("title", t) for t in sorted(titles)])
        if not fits and (d := self._by_first_name(a, surname, doc)) is not None:
            return d
        if not fits and (d := self._known_surname(a, surname, doc)) is not None:
            return d
        why = "titles fit several people" if fits else "a surname alone is not evidence"
        return Decision(f"person:{surname}{alone_key}", a.name, "person", a.country,
                        {"rule": "alone", "surname": surname, "why": why}, alone=True,
                        waits_for=f"fsurname:{fold_word(surname)}")

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
        """'Sir Keir' (or a lone first name of the one full-named person of its document) -> that person."""
        f = fold_word(first)
        same = {normalise(o.name) for o in doc.actors if o.id != a.id and o.type == "person"
                and len(normalise(o.name).split()) >= 2 and fold_word(normalise(o.name).split()[0]) == f}
        surnames = {fold_word(normalise(o.name).split()[-1]) for o in doc.actors if o.type == "person"}
        if len(same) == 1 and f not in surnames:
            full = next(iter(same))
            d = self._by_full_name(a, full)
            d.evidence = {"rule": "first name", "first_name": first, "person_in_document": full}
            d.names = []
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

    def _known_surname(self, a: Actor, surname: str, doc: Document) -> Decision | None:
        """A surname that one well-known person carries, when the document supports that person."""
        options = _people_by_fold("last").get(fold_word(surname), [])
        if len(options) != 1:
            return None
        p = options[0]
        if a.country and a.country != p.country:
            return None
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

    def _by_title(self, a: Actor, doc: Document, alone_key: str) -> Decision:
        tk = title_key(a.name, a.country)
        if tk:
            rows = self._candidates("title", tk)
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
        return Decision(f"person:{normalise(a.name)}{alone_key}", a.name, "person", a.country,
                        {"rule": "alone", "title": tk, "why": "no single holder of this title"}, alone=True,
                        waits_for=f"title:{tk}" if tk else None)

    # -- writing ---------------------------------------------------------------------------------

    def _apply(self, actor_pk: int, d: Decision, alias: str | None = None) -> int:
        db = self.db
        row = db.execute("SELECT id, country, name FROM corpus_actors WHERE key = ?", (d.key,)).fetchone()
        if row is None:
            cid = db.execute("INSERT INTO corpus_actors (key, name, type, country) VALUES (?, ?, ?, ?)",
                             (d.key, d.name, d.type, d.country)).lastrowid
        else:
            cid = row["id"]
            if row["country"] is None and d.country:
                db.execute("UPDATE corpus_actors SET country = ? WHERE id = ?", (d.country, cid))
        for kind, value in d.names:
            if kind != "del" and db.execute("INSERT OR IGNORE INTO corpus_actor_names VALUES (?, ?, ?)",
                                            (cid, kind, value)).rowcount:
                self.added.add(f"{kind}:{value}")
        db.executemany("INSERT OR IGNORE INTO corpus_actor_names VALUES (?, ?, ?)",  # typo look-ups: never waited on
                       [(cid, kind, value) for kind, value in d.names if kind == "del"])
        if alias:
            db.execute("INSERT OR IGNORE INTO corpus_actor_names VALUES (?, 'alias', ?)", (cid, alias))
        db.execute("UPDATE actors SET corpus_actor = ?, link = ?, waits_for = ? WHERE pk = ?",
                   (cid, json.dumps(d.evidence, ensure_ascii=False), d.waits_for, actor_pk))
        if row is not None and alias and alias != row["name"] and (
                d.type in ("organization", "group", "unknown") or (
                d.evidence.get("rule") in ("spelling variant", "typo") and name_key(d.name) not in _people_by_key())):
            self._rename(cid, d.type)
        return cid

    def _rename(self, cid: int, kind: str) -> None:
        """Name a corpus actor by the name its document actors use most (ties: the longest, then alphabetical;
        a person by its most used full name), so that the name does not depend on which report came first."""
        names = self.db.execute("SELECT name, COUNT(*) FROM actors WHERE corpus_actor = ? GROUP BY name "
                                "ORDER BY COUNT(*) DESC, length(name) DESC, name", (cid,)).fetchall()
        if kind == "person":
            names = [r for r in names if len(normalise(r[0]).split()) >= 2 and not is_description(r[0])]
        if names:
            self.db.execute("UPDATE corpus_actors SET name = ? WHERE id = ?", (names[0][0], cid))

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Link the actors of a document being written (inside the caller's transaction)."""
        for a in sorted(doc.actors, key=is_weak):
            self._apply(actor_pk[a.id], self.decide(a, doc, doc_hash), a.name)

    def revisit(self, *, everything: bool = False) -> int:
        """Look again at actors left alone whose evidence may have arrived; returns how many joined.

        Only actors waiting for a name key added since the last call (a surname or title that a
        newly stored person brought) are looked at, so a run that stored nothing costs nothing;
        ``everything`` looks at every waiting actor.
        """
        keys = sorted(self.added)
        self.added = set()
        if everything:
            rows = self.db.execute("SELECT pk, doc, corpus_actor FROM actors WHERE waits_for IS NOT NULL").fetchall()
        else:
            rows = []
            for i in range(0, len(keys), 500):
                part = keys[i:i + 500]
                rows += self.db.execute(f"SELECT pk, doc, corpus_actor FROM actors WHERE waits_for IN "
                                        f"({','.join('?' * len(part))})", part).fetchall()
        joined = 0
        by_doc: dict[int, list[sqlite3.Row]] = {}
        for r in rows:
            by_doc.setdefault(r["doc"], []).append(r)
        for doc_pk, actors in sorted(by_doc.items()):
            doc = self.store.document(doc_pk)
            doc_hash = self.db.execute("SELECT hash FROM documents WHERE pk = ?", (doc_pk,)).fetchone()[0]
            local = {r[0]: r[1] for r in self.db.execute("SELECT pk, id FROM actors WHERE doc = ?", (doc_pk,))}
            with self.store.transaction():
                for r in actors:
                    a = doc.actor(local[r["pk"]])
                    if a is None:
                        continue
                    d = self.decide(a, doc, doc_hash)
                    if d.alone:
                        continue
                    self._apply(r["pk"], d, a.name)
                    self._drop_if_orphan(r["corpus_actor"])
                    joined += 1
        return joined

    def _drop_if_orphan(self, cid: int | None) -> None:
        if cid is not None and not self.db.execute("SELECT 1 FROM actors WHERE corpus_actor = ? LIMIT 1",
                                                   (cid,)).fetchone():
            self.db.execute("DELETE FROM corpus_actors WHERE id = ?", (cid,))

    def relink(self) -> int:
        """Recompute every link from scratch (all document versions, strong names first); returns links made."""
        docs = [r[0] for r in self.db.execute("SELECT pk FROM documents ORDER BY pk")]
        with self.store.transaction():
            self.db.execute("UPDATE actors SET corpus_actor = NULL, link = NULL, waits_for = NULL")
            self.db.execute("DELETE FROM corpus_actor_names")
            self.db.execute("DELETE FROM corpus_actors")
        n = 0
        for weak_pass in (False, True):
            for start in range(0, len(docs), 100):
                with self.store.transaction():
                    for doc_pk in docs[start:start + 100]:
                        doc = self.store.document(doc_pk)
                        doc_hash = self.db.execute("SELECT hash FROM documents WHERE pk = ?", (doc_pk,)).fetchone()[0]
                        pks = {r[1]: r[0] for r in self.db.execute("SELECT pk, id FROM actors WHERE doc = ?",
                                                                   (doc_pk,))}
                        for a in doc.actors:
                            if is_weak(a) == weak_pass:
                                self._apply(pks[a.id], self.decide(a, doc, doc_hash), a.name)
                                n += 1
        return n
