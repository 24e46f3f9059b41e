"""Actors across the archive: document actors joined into corpus actors, conservatively and with reasons.

Every document actor is linked to exactly one corpus actor, and the link records why (the
``actors.link`` JSON: the rule and the names, titles or codes that matched). The rules, strongest
first:

* **country**: same ISO code ("Russia", "the Russian Federation").
* **full name**: same person name of two or more words after dropping honorifics, case and
  accents ("Keir Starmer", "Mr. Keir Starmer"), unless the two carry different countries.
* **organisation**: same organisation name after normalising country words and spelling
  ("Russian defence ministry", "Russian Defense Ministry"); collectives with a country
  ("Ukrainian officials") likewise.
* **surname + title**: a bare surname ("Mr. Smith") joins a full-named corpus person with that
  surname only when they also share a title ("Treasury Secretary"); one surname and no shared
  title is not evidence.
* **known person**: a bare surname that only one person in ``data/people.tsv`` carries, when the
  document supports it (a fitting title, or another actor of that person's country).
* **title**: a description with no name ("the British Prime Minister") joins the one corpus person
  who holds that title, or the holder of that office on the publication date in ``people.tsv``.
* otherwise the actor stays **alone**: its own corpus actor, tied to its document. Generic groups
  ("analysts", "officials" with no country) always stay alone.

An actor left alone records the name key that could join it ("surname:smith", "title:prime
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
from .names import normalise, strip_accents

if TYPE_CHECKING:
    from .store import Store

_SPELLING = {"defense": "defence", "organization": "organisation", "center": "centre", "programme": "program"}
_TITLE_FILLERS = {"the", "of", "for", "and", "a", "an", "'s", "s"}
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in lexicons.countries().values():
        for n in (c.name, *c.aliases, *c.demonyms):
            out.setdefault(normalise(n), c.code)
    return out


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    words = set()
    for phrase, kind in lexicons.roles().items():
        if kind in ("title", "leader"):
            words.update(_WORD.findall(phrase.replace(".", "")))
    words.update({"former", "acting", "deputy", "interim", "outgoing", "incoming", "vice", "senior", "chief", "top",
                  "foreign", "defence", "defense", "prime", "state", "first", "head", "government", "spokesperson"})
    return frozenset(words)


def _words_and_country(text: str) -> tuple[list[str], str | None]:
    """Words of a title or organisation name with country names/demonyms taken out (and the code)."""
    words = [_SPELLING.get(w, w) for w in _WORD.findall(strip_accents(text).lower().replace("’", "'")
                                                        .replace(".", ""))]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    table = _country_words()
    out: list[str] = []
    code = None
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n and phrase in table:
                code = code or table[phrase]
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out, code


def title_key(title: str, country: str | None = None) -> str | None:
    """A title as 'role|COUNTRY' ('UK Prime Minister', 'British Prime Minister' -> 'prime minister|GBR').

    The country comes from the title itself, else from ``country`` (the actor's). None for a title
    that is only a country word.
    """
    words, code = _words_and_country(title)
    role = " ".join(w for w in words if w not in _TITLE_FILLERS)
    if not role:
        return None
    return f"{role}|{code or country or ''}"


def org_key(name: str, country: str | None = None) -> str:
    """An organisation or collective name for comparison: 'Russia's Defense Ministry' -> 'defence ministry|RUS'."""
    words, code = _words_and_country(name)
    body = " ".join(w for w in words if w != "the") or normalise(name)
    return f"{body}|{code or country or ''}"


def shared_titles(ours: set[str], theirs: set[str]) -> list[str]:
    """Title keys that agree: the same role, and the same country or a country on one side only."""
    out = []
    for a in ours:
        role_a, _, country_a = a.partition("|")
        for b in theirs:
            role_b, _, country_b = b.partition("|")
            if role_a == role_b and (country_a == country_b or not country_a or not country_b):
                out.append(b)
    return sorted(set(out))


def is_description(name: str) -> bool:
    """Whether a person 'name' is only a description ('the British Prime Minister', 'Russian leader')."""
    words, _ = _words_and_country(name)
    words = [w for w in words if w not in _TITLE_FILLERS]
    return not words or all(w in _role_words() for w in words)


def is_weak(a: Actor) -> bool:
    """A person known by a surname or a description only: linked after the full names."""
    return a.type == "person" and (len(normalise(a.name).split()) < 2 or is_description(a.name))


@dataclass(frozen=True)
class Office:
    """An office from ``people.tsv`` roles: who held it, when."""

    person: lexicons.Person
    start: int | None
    end: int | None


_YEARS = re.compile(r"\s*(\d{4})\s*-\s*(\d{4})?\s*$")


@lru_cache(maxsize=1)
def _offices() -> dict[str, list[Office]]:
    """title_key -> holders with their years, from the roles column of ``data/people.tsv``."""
    out: dict[str, list[Office]] = {}
    for p in lexicons.people().values():
        for role in p.roles:
            m = _YEARS.search(role)
            if not m:
                continue
            key = title_key(role[:m.start()], p.country if not p.country.startswith("ORG:") else None)
            if key:
                out.setdefault(key, []).append(Office(p, int(m[1]), int(m[2]) if m[2] else None))
    return out


def office_holder(key: str, year: int | None) -> lexicons.Person | None:
    """The one person holding the office ``key`` in ``year`` according to ``people.tsv``, or None."""
    if year is None:
        return None
    holders = {o.person.name: o.person for o in _offices().get(key, [])
               if o.start is not None and o.start <= year and (o.end is None or year <= o.end)}
    return next(iter(holders.values())) if len(holders) == 1 else None


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


def _person_names(a: Actor, full: str) -> list[tuple[str, str]]:
    names = [("name", full), ("surname", full.split()[-1])]
    for t in a.titles:
        tk = title_key(t, a.country)
        if tk:
            names.append(("title", tk))
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

    @staticmethod
    def _country_from_document(a: Actor, doc: Document) -> tuple[Actor, dict[str, str]]:
        """'General Staff' in a report that also says "Ukraine's General Staff": the same body, of Ukraine."""
        body = org_key(a.name).split("|")[0]
        for o in doc.actors:
            if o.id != a.id and o.type == a.type and o.country and org_key(o.name, o.country).split("|")[0] == body:
                return a.model_copy(update={"country": o.country}), {"country_from_document": o.name}
        return a, {}

    def _candidates(self, kind: str, value: str) -> list[sqlite3.Row]:
        return self.db.execute(
            """SELECT c.* FROM corpus_actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
               WHERE n.kind = ? AND n.value = ? AND c.type = 'person' AND instr(c.key, '@') = 0 ORDER BY c.id""",
            (kind, value)).fetchall()

    def _by_full_name(self, a: Actor, full: str) -> Decision:
        key = f"person:{full}"
        rows = self.db.execute("SELECT * FROM corpus_actors WHERE key = ? OR substr(key, 1, ?) = ? ORDER BY id",
                               (key, len(key) + 1, key + "|")).fetchall()
        for r in rows:
            if not (a.country and r["country"] and a.country != r["country"]):
                return Decision(r["key"], r["name"], "person", a.country or r["country"],
                                {"rule": "full name", "name": full}, _person_names(a, full))
        if rows:  # same name, another country: another person
            key = f"{key}|{a.country}"
        known = lexicons.people().get(full)
        name = known.name if known else a.name
        return Decision(key, name, "person", a.country, {"rule": "full name", "name": full},
                        _person_names(a, full))

    def _by_surname(self, a: Actor, surname: str, doc: Document, alone_key: str) -> Decision:
        titles = {tk for t in a.titles if (tk := title_key(t, a.country))}
        fits = []
        for r in self._candidates("surname", surname):
            theirs = {n[0] for n in self.db.execute(
                "SELECT value FROM corpus_actor_names WHERE corpus_actor = ? AND kind = 'title'", (r["id"],))}
            shared = shared_titles(titles, theirs)
            if shared and not (a.country and r["country"] and a.country != r["country"]):
                fits.append((r, shared))
        if len(fits) == 1:
            r, shared = fits[0]
            return Decision(r["key"], r["name"], "person", r["country"],
                            {"rule": "surname + title", "surname": surname, "titles": shared},
                            [("title", t) for t in titles])
        if not fits and (d := self._known_surname(a, surname, doc)) is not None:
            return d
        why = "titles fit several people" if fits else "a surname alone is not evidence"
        return Decision(f"person:{surname}{alone_key}", a.name, "person", a.country,
                        {"rule": "alone", "surname": surname, "why": why}, alone=True,
                        waits_for=f"surname:{surname}")

    def _known_surname(self, a: Actor, surname: str, doc: Document) -> Decision | None:
        """A surname that one well-known person carries, when the document supports that person."""
        options = lexicons.people_by_surname().get(surname, [])
        if len(options) != 1:
            return None
        p = options[0]
        if a.country and a.country != p.country:
            return None
        roles = " | ".join(p.roles).lower()
        title_fit = [t for t in a.titles if t.split()[-1].lower() in roles]
        country_fit = sorted({o.name for o in doc.actors if o.id != a.id and o.country == p.country})
        if not title_fit and not country_fit:
            return None
        full = normalise(p.name)
        evidence: dict[str, Any] = {"rule": "known person", "surname": surname, "person": p.name}
        if title_fit:
            evidence["titles"] = title_fit
        else:
            evidence["same_country_in_document"] = country_fit[:3]
        d = self._by_full_name(a.model_copy(update={"country": p.country}), full)
        d.evidence = evidence
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

    def _apply(self, actor_pk: int, d: Decision) -> int:
        db = self.db
        row = db.execute("SELECT id, country FROM corpus_actors WHERE key = ?", (d.key,)).fetchone()
        if row is None:
            cid = db.execute("INSERT INTO corpus_actors (key, name, type, country) VALUES (?, ?, ?, ?)",
                             (d.key, d.name, d.type, d.country)).lastrowid
        else:
            cid = row["id"]
            if row["country"] is None and d.country:
                db.execute("UPDATE corpus_actors SET country = ? WHERE id = ?", (d.country, cid))
        for kind, value in d.names:
            if db.execute("INSERT OR IGNORE INTO corpus_actor_names VALUES (?, ?, ?)", (cid, kind, value)).rowcount:
                self.added.add(f"{kind}:{value}")
        db.execute("UPDATE actors SET corpus_actor = ?, link = ?, waits_for = ? WHERE pk = ?",
                   (cid, json.dumps(d.evidence, ensure_ascii=False), d.waits_for, actor_pk))
        return cid

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Link the actors of a document being written (inside the caller's transaction)."""
        for a in sorted(doc.actors, key=is_weak):
            self._apply(actor_pk[a.id], self.decide(a, doc, doc_hash))

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
                    self._apply(r["pk"], d)
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
                                self._apply(pks[a.id], self.decide(a, doc, doc_hash))
                                n += 1
        return n
