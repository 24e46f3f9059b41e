"""Actors across the archive: document actors joined into corpus actors, conservatively and with reasons.

Every document actor is linked to exactly one corpus actor, and the link records why (the
``actors.link`` JSON: the rule and the names, titles or codes that matched; ``reportedly actors NAME
--explain`` shows them). Persons are compared by name parts (:mod:`reportedly.text.person_names`:
ranks and titles off, initials, optional given names, name order, the Arabic article, second
surnames, transliterations), the rules of :mod:`.persons`; organisations by body
(:mod:`.organisations`). The rules, strongest first:

* **country**: same ISO code ("Russia", "the Russian Federation").
* **full name**: same person name of two or more words after dropping ranks, honorifics, case and
  accents ("Keir Starmer", "Mr. Keir Starmer", "Lt Gen Rustam Nazarov"), unless the two carry
  different countries.
* **spelling variant**: the same spelling key (:func:`reportedly.corpus.names.name_key`:
  "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii"; kh/h, x/ks, ie/ye, doubled letters), unless the
  countries differ or the titles conflict (both have titles and no role word in common); the
  reason names the folding rules used.
* **name variant**: another form of one stored person's name ("R K Mehra" / "Rajesh Kumar Mehra",
  "Tariq Aziz" / "Muhammad Tariq Aziz", "Jianguo Wang" / "Wang Jianguo", "Hamid Ubaidi" / "Hamid
  al-Ubaidi", "Javier Ortega" / "Javier Ortega Salinas", "Mohammed Yusuf" / "Muhammad Yousef"); it
  must fit the person's fullest names, countries and titles must not conflict, family names one vowel
  apart ("Scholz" / "Schulz") need a typo's support, and when several people fit none is chosen. The
  reason lists how (``how``: "initials", "name order", ...).
* **typo**: a full name one letter away from a stored person or a person of ``data/people.tsv``
  ("Kir Starmer"), only with the same country on both sides and a shared title ("British Prime
  Minister" = "prime minister|GBR").
* **organisation**, **acronym**, **news agency**: the same body after country words, "Ministry of X",
  company forms, qualifiers and the aliases of ``data/org_words.tsv`` ("the Sylvanian MoD" =
  "Sylvania's Ministry of Defence"); acronyms a report defines or that are a stored body's initials;
  a head noun alone is the report's body ("the ministry"); see :mod:`.organisations`. Collectives
  with a country ("Ukrainian officials") are groups.
* **surname + title**: a bare surname ("Mr. Smith", "Gen. Nazarov") joins a full-named corpus person
  with that family name only when they also share a title or rank ("Treasury Secretary"); one surname
  and no shared title is not evidence.
* **surname in context**: a bare surname joins the one stored person of that family name when the
  report also names someone or something that a report of that person names.
* **known person**: a bare surname (folded: "Zelenskyy") that only one person in ``data/people.tsv``
  carries, when the document supports it (a fitting title, or another actor of that person's country).
* **first name**: a single first name after "Sir" or "Dame" ("Sir Keir"), or the first name of the one
  full-named person of its document, joins that person; "Sir Keir" with no full name in the document
  joins the one person of ``people.tsv`` with that first name when the document supports it.
* **title**: a description with no name ("the British Prime Minister") joins the one corpus person
  who holds that title in documents within 60 days, or the holder of that office on the publication
  date in ``people.tsv``.
* **role**: a role-only actor ("the spokeswoman", "the port chief") joins the one stored person whose
  title holds every word of the role ("foreign ministry spokeswoman"), same country, within 60 days;
  never a person with another role ("defence minister" is not "prime minister") or a deputy's.
* **generic**: a name whose head noun is in ``data/generic_nouns.tsv`` ("statements", "reports",
  "leaders", "officials") with no country stays alone, tied to its document, under a ``generic:`` key
  (left out of actor lists and stance tables); with a country ("Ukrainian officials") it is a group.
* otherwise the actor stays **alone**: its own corpus actor, tied to its document. Generic groups
  ("analysts", "officials" with no country) always stay alone.

Every name an actor is seen under is kept as an ``alias`` of its corpus actor.

An actor left alone (or not yet joined: a body with no country, an undefined acronym, a new person
whose name may be a company's) records the name key that could join it ("fsurname:smith",
"roleword:spokeswoman", "acr:jpd"); at the end of every ingest the actors waiting for a key that the
run added are looked at again (:meth:`Linker.revisit`), so a later report that supplies the evidence
still joins them. :meth:`Linker.relink` recomputes every link from scratch; a store written by an
earlier version joins the new forms of names after ``reportedly actors --relink``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..model import Actor, Document
from ..text import lexicons
from ..text.org_names import is_acronym
from ..text.person_names import parse
from .decisions import Decision
from .described_bodies import described_body
from .listing import apposed, headline_holder, lone_word, one_holder, unlisted
from .local_bodies import branch_of, local_body, place_body
from .local_names import in_english
from .names import fold_word, name_key, normalise, person_name
from .not_actors import anonymous, bare_person, not_an_actor, speakers_and_partners
from .organisations import OrganisationRules
from .persons import PersonRules, _people_by_key, is_weak
from .titles import is_description, office_holder, org_key, shared_titles, title_key

if TYPE_CHECKING:
    from .store import Store

__all__ = ["Decision", "Linker", "generic_head", "is_description", "is_weak", "office_holder", "org_key",
           "shared_titles", "title_key"]


@lru_cache(maxsize=1)
def generic_nouns() -> dict[str, str]:
    """Head nouns that name no one in particular (``data/generic_nouns.tsv``) -> 'speech', 'people' or 'country'."""
    return {r[0]: r[1] for r in lexicons.rows("generic_nouns.tsv")}


def generic_head(name: str) -> str | None:
    """The generic head noun of a name ('simultaneous statements' -> 'statements'), or None."""
    words = normalise(name).split()
    if not words:
        return None
    written = [w for w in name.split() if w[:1].isalpha() and w.lower() != "the"
               and not lexicons.country_code(w.removesuffix("'s").removesuffix("’s"))]
    if len(written) >= 2 and all(w[:1].isupper() for w in written):
        return None  # a body's proper name: "Kyrgyzstan's General Staff", 'Revolutionary Guards'
    for head in (" ".join(words[-2:]), words[-1]):
        if head in generic_nouns():
            return head
    return None


_QUANTITY = re.compile(r"(?i)^(?:the\s+)?(?:(?:about|around|some|nearly|almost|more than|over|at least|up to|"
                       r"fewer than|less than|roughly|an estimated|hundreds of|thousands of|dozens of|tens of)\s+)?"
                       r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                       r"fifty|hundred|hundreds|thousand|thousands|dozens|scores)\b")
"""A group named by how many are in it ('About 2,000 supporters', 'four Tajik citizens'): never an actor."""
_SHARE = re.compile(r"(?i)^(?:most|many|several|some|few)\s+(?:of\s+(?:the\s+)?)?\w")
"""A group named by a share of its members ('most Wolwekraal victims', 'many residents'): never an actor."""


def _described(name: str) -> bool:
    """Whether a group's name is a description in lower case ('Rescuers', 'the inspectors', 'Long stretches'), not
    a proper name ('Revolutionary Guards')."""
    words = [w for w in name.split() if w.lower() not in ("the", "of", "and")]
    return bool(words) and all(w[:1].islower() for w in words[1:])


_LOOSE = {"all", "some", "many", "most", "several", "political", "other"}


def _collective(name: str) -> str:
    """A group's name without the words that do not tell groups apart, written in lower case ("all Iraqi parties",
    "Iraq's political parties" -> 'Iraqi parties', "Iraq's parties")."""
    return " ".join(w for w in name.split() if w not in _LOOSE) or name


def _body_of_person_of(a: Actor, doc: Document) -> Actor:
    """An organisation named '<a person of the report> of <body>' (the recogniser ran a person's name and the body
    after 'of' together): the actor named by the body only; else ``a`` as it is."""
    head, sep, body = a.name.partition(" of ")
    if not sep or len(body.split()) < 2 or not body[:1].isupper():
        return a
    family = {normalise(o.name).split()[-1] for o in doc.actors if o.type == "person" and o.id != a.id
              and normalise(o.name)}  # ('Ugochukwu-Eze' named alone elsewhere in the report)
    words = head.split()
    named_person = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
    return a.model_copy(update={"name": body.strip()}) if named_person and normalise(head).split()[-1] in family else a


_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their"})
KEEP_CHECKS = 50_000
"""Answers of the report-only checks that :class:`Linker` keeps, at most, from the first decisions of a run for the
revisit at its end (see ``Linker._checks``): about 10 MB; 600 reports kept 9,700 answers."""


def _actor_key(a: Actor) -> tuple[Any, ...]:
    """Every field of a document actor, as a key."""
    return a.id, a.name, a.type, a.country, tuple(a.titles), tuple(tuple(m) for m in a.mentions)


def _not_a_name(name: str) -> str | None:
    """Why a body's name names no one body across reports: a possessive ('Her office', 'Our navy': the speaker's
    own, whoever that is), or two places written with a slash ('Yerevan/Baku'); None otherwise."""
    words = name.split()
    if len(words) >= 2 and words[0].lower() in _POSSESSIVES:
        return "possessive"
    if "/" in name and all(w[:1].isupper() for w in name.split("/")):
        return "two names"
    return None


class Linker(PersonRules, OrganisationRules):
    """Links document actors of a :class:`~reportedly.corpus.store.Store` to corpus actors (see module doc)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.added: set[str] = set()
        """'kind:value' name keys added since the last :meth:`revisit` (what may join waiting actors)."""
        self._checks: dict[tuple[Any, ...], str | None] = {}
        """What :func:`~.not_actors.not_an_actor` and :func:`~.listing.unlisted` said of the actors of the documents
        written since the last :meth:`revisit` that left an actor waiting (by check, document hash and every field
        of the actor): both read only the actor and its report, so the revisit, which decides those actors again
        on the same reports, asks them once (a fifth of its time). Bounded by :data:`KEEP_CHECKS`."""
        self._new_checks: list[tuple[Any, ...]] = []
        """The keys of ``_checks`` added by the document being linked."""
        self._doc_hash = ""

    def _check(self, fn: Callable[[Actor, Document], str | None], a: Actor, doc: Document) -> str | None:
        """``fn(a, doc)``, a check that reads only the actor and its report, remembered by ``_checks``."""
        key = (fn.__name__, self._doc_hash, _actor_key(a))
        if key in self._checks:
            return self._checks[key]
        why = fn(a, doc)
        if len(self._checks) < KEEP_CHECKS:
            self._checks[key] = why
            self._new_checks.append(key)
        return why

    # -- deciding --------------------------------------------------------------------------------

    def decide(self, a: Actor, doc: Document, doc_hash: str) -> Decision:
        """The corpus actor for document actor ``a`` of ``doc`` and why (reads, never writes)."""
        alone_key = f"@{doc_hash[:16]}:{a.id}"
        self._doc_hash = doc_hash
        if a.type == "country" and (why := self._check(unlisted, a, doc)) is not None:
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "not listed", "as": why, "why": "no evidence in its report that the name is an "
                             "actor (see corpus/listing.py)"}, alone=True)
        if a.type == "country":
            code = a.country or normalise(a.name)
            return Decision(f"country:{code}", lexicons.countries()[code].name if code in lexicons.countries()
                            else a.name, "country", a.country, {"rule": "country", "code": code})
        if a.type in ("group", "person") and ((is_acronym(a.name) and a.name in self._defined(doc))
                                              or (a.type == "person" and " " not in a.name.strip()
                                                  and lexicons.agency(a.name) is not None
                                                  and a.name.lower() not in lexicons.first_names())):
            a = a.model_copy(update={"type": "organization"})  # 'BTIO' defined in the report; 'Yonhap'
        a = branch_of(a) or a  # 'Sabah MMEA': the body's office in a place, not a person
        if a.type != "person" and (why := _not_a_name(a.name)) is not None:
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "not an actor", "as": why, "why": "the words name no one body across reports"},
                            alone=True)
        if isinstance(local := local_body(a, doc), str):
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "not an actor", "as": local, "why": "the government of a part of a country "
                             "described in lower case names no one body across reports (see corpus/local_bodies.py)"},
                            alone=True)
        if local is not None:
            a = local  # 'regional government' of a report naming the 'Kurdistan Regional Government'
        if (why := self._check(not_an_actor, a, doc)) is not None:
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "not an actor", "as": why, "why": "what the name does in its report (see "
                             "corpus/not_actors.py)"}, alone=True)
        if (why := self._check(unlisted, a, doc)) is not None:
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "not listed", "as": why, "why": "no evidence in its report that the name is an "
                             "actor (see corpus/listing.py)"}, alone=True)
        if isinstance(seat := place_body(a, doc), str):
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "not an actor", "as": seat, "why": "a body named by a place alone that is no "
                             "country's capital is the place (see corpus/local_bodies.py)"}, alone=True)
        if seat is not None:
            a = seat  # 'Putrajaya said': the country's government
        if (holder := apposed(a, doc)) is not None:  # 'A survivor, Marites Quijano, said'
            d = self.decide(holder, doc, doc_hash)
            d.evidence = {"rule": "apposition", "holder": holder.name, "as holder": d.evidence}
            return d
        borrowed: dict[str, str] = {}
        if a.type in ("group", "organization", "unknown") and not a.country:
            a, borrowed = self._country_from_document(a, doc)
        if a.type == "group" and (_QUANTITY.match(a.name) or _SHARE.match(a.name)
                                  or (not a.country and _described(a.name))):
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "generic", "why": "a counted group, or a group described with no country, "
                             "is a source in its report, not an actor across reports"}, alone=True)
        if a.type == "group" and a.country and (doc.statements or doc.events) \
                and a.id not in speakers_and_partners(doc):
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "generic", "why": "a group that neither speaks, acts nor is a party to an event "
                             "of its report (only talked about, or what an event befell) is no actor there"},
                            alone=True)  # ('attacks on Thai civilians'; a report with
            # no statements and no events read says nothing of who speaks)
        head = generic_head(a.name)
        if head is not None and generic_nouns()[head] == "country" and a.country in lexicons.countries():
            return Decision(f"country:{a.country}", lexicons.countries()[a.country].name, "country", a.country,
                            {"rule": "country", "code": a.country, "as": a.name})  # 'the Azerbaijani side'
        if head is not None and (a.type != "person" or not a.country or generic_nouns()[head] == "speech"):
            if a.country and generic_nouns()[head] == "people":
                k = org_key(_collective(a.name), a.country)
                return Decision(f"group:{k}", a.name, "group", a.country,
                                {"rule": "collective", "name": k, **borrowed})
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                            {"rule": "generic", "head": head,
                             "why": "a generic noun with no country names no one across reports"}, alone=True)
        if a.type == "group":
            if a.country:
                k = org_key(_collective(a.name), a.country)
                return Decision(f"group:{k}", a.name, "group", a.country,
                                {"rule": "collective", "name": k, **borrowed})
            return Decision(f"group:{normalise(a.name)}{alone_key}", a.name, "group", None,
                            {"rule": "alone", "why": "a group with no country is not one actor across reports"},
                            alone=True)
        if a.type in ("organization", "unknown"):
            a = _body_of_person_of(a, doc)  # 'Nkechi Ugochukwu-Eze of Creeks Watch Initiative': the initiative
            single = normalise(a.name)
            if " " not in single and (d := self._known_surname(a, single, doc)) is not None:
                return d
            if " " not in single and not is_acronym(a.name) and not self._stored_orgs("body", single) \
                    and self._candidates("surname", single, also=("fsurname", fold_word(single))):
                # 'Sandberg' as an organisation, where a stored person has that family name
                return self._by_surname(a.model_copy(update={"type": "person"}), single, doc, alone_key)
            if (english := in_english(a.name)) != a.name:  # 'Ambassade de France à Lomé': a body, not a person
                a = a.model_copy(update={"name": english})
            d = self._by_organisation(a, doc, borrowed, alone_key)
            return described_body(self.db, a, d) or d  # "Malaysia's maritime agency": the one stored one
        # persons
        full = person_name(a.name)
        if is_description(a.name) or anonymous(a.name):  # ('Indian defence source' is no one's name)
            if (holder := headline_holder(a, doc)) is not None:  # "'No one brokered it,' says defence minister"
                d = self.decide(holder, doc, doc_hash)
                d.evidence = {"rule": "headline role", "holder": holder.name, "as holder": d.evidence}
                return d
            return self._unlisted(a, doc, self._office(a, doc, self._by_title(a, doc, alone_key)), alone_key)
        if (d := self._person_as_organisation(a)) is not None:
            return d
        if len(full.split()) >= 2:
            return self._by_full_name(a, full, doc, parts_bare=parse(a.name).weak)
        return self._unlisted(a, doc, self._by_surname(a, full, doc, alone_key), alone_key)

    def _office(self, a: Actor, doc: Document, d: Decision) -> Decision:
        """A role description with a country left alone whose title is an office one person holds at a time
        ('Cambodian ambassador', :func:`~.listing.one_holder`): the one named person within the role window who holds
        it, when the title rule found that person beside unnamed holders; else, when no stored person holds it, a
        person of its own, which the same description in later reports joins by the title rule (it still waits for a
        named holder, whom it then joins); else ``d``."""
        tk = d.evidence.get("title")
        if not d.alone or not tk or not a.country or not one_holder(tk):
            return d
        rows = [r for r in self._candidates("title", tk) if self._active(r["id"], doc.meta.published)]
        named = [r for r in rows if not r["key"].startswith("person:office:")]
        if len(named) == 1:
            r = named[0]
            return Decision(r["key"], r["name"], "person", r["country"], {"rule": "title", "title": tk,
                                                                          "beside": "unnamed holders of the office"})
        here = [r for r in self._candidates("title", f"{tk.partition('|')[0]}|") if self.db.execute(
            "SELECT 1 FROM actors x JOIN documents d ON d.pk = x.doc WHERE x.corpus_actor = ? AND d.hash = ? LIMIT 1",
            (r["id"], self._doc_hash)).fetchone()]  # 'Prime Minister Arshad Gondal' ... 'the Pakistani prime minister'
        if not named and len(here) == 1:
            return Decision(here[0]["key"], here[0]["name"], "person", here[0]["country"], {
                "rule": "title", "title": tk, "holder in the report": "the one person of the report with that title"})
        if rows:
            return d
        return Decision(f"person:office:{tk}:{self._doc_hash[:16]}", a.name, "person", a.country,
                        {"rule": "office", "title": tk, "why": "an office one person holds at a time, named in no "
                         "report: one person across reports"}, names=[("title", tk)], waits_for=d.waits_for)

    @staticmethod
    def _unlisted(a: Actor, doc: Document, d: Decision, alone_key: str) -> Decision:
        """A person left alone that is a given name or a role that is always someone's, with no owner and no name
        (:func:`~.not_actors.bare_person`), or a lone capitalised word that neither speaks nor is a party to an event
        (:func:`~.listing.lone_word`): a source in its report, no actor across reports (it still waits for what may
        join it); else ``d``."""
        description = is_description(a.name) or anonymous(a.name)
        if not d.alone or (why := bare_person(a, doc, description)
                           or (None if description else lone_word(a, doc))) is None:
            return d
        return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, a.type, None,
                        {**d.evidence, "rule": "not an actor", "as": why}, alone=True, waits_for=d.waits_for)

    # -- writing ---------------------------------------------------------------------------------

    def _apply(self, actor_pk: int, d: Decision, alias: str | None = None) -> int:
        db = self.db
        row = db.execute("SELECT id, country, name, type FROM corpus_actors WHERE key = ?", (d.key,)).fetchone()
        if row is None:
            cid = db.execute("INSERT INTO corpus_actors (key, name, type, country) VALUES (?, ?, ?, ?)",
                             (d.key, d.name, d.type, d.country)).lastrowid
        else:
            cid = row["id"]
            if row["country"] is None and d.country:
                db.execute("UPDATE corpus_actors SET country = ? WHERE id = ?", (d.country, cid))
            if d.type == "organization" and row["type"] == "unknown":
                db.execute("UPDATE corpus_actors SET type = 'organization' WHERE id = ?", (cid,))
        names = d.names + [("roleword", w) for k, v in d.names if k == "title" and d.type == "person"  # what
                           for w in v.partition("|")[0].split()]  # role-only actors look up
        for kind, value in names:
            if kind != "del" and db.execute("INSERT OR IGNORE INTO corpus_actor_names VALUES (?, ?, ?)",
                                            (cid, kind, value)).rowcount:
                self.added.add(f"{kind}:{value}")
        db.executemany("INSERT OR IGNORE INTO corpus_actor_names VALUES (?, ?, ?)",  # typo look-ups: never waited on
                       [(cid, kind, value) for kind, value in names if kind == "del"])
        if alias:
            db.execute("INSERT OR IGNORE INTO corpus_actor_names VALUES (?, 'alias', ?)", (cid, alias))
        db.execute("UPDATE actors SET corpus_actor = ?, link = ?, waits_for = ? WHERE pk = ?",
                   (cid, json.dumps(d.evidence, ensure_ascii=False), d.waits_for, actor_pk))
        if row is not None and alias and alias != row["name"] and (
                d.type in ("organization", "group", "unknown") or (
                d.evidence.get("rule") in ("spelling variant", "typo", "name variant")
                and name_key(d.name) not in _people_by_key())):
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
        self._new_checks = []
        waits = False
        for a in sorted(doc.actors, key=is_weak):
            d = self.decide(a, doc, doc_hash)
            waits = waits or d.waits_for is not None
            self._apply(actor_pk[a.id], d, a.name)
        if not waits:  # no actor of it is revisited: what the checks said of it is not asked again
            for key in self._new_checks:
                del self._checks[key]
        self._new_checks = []

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
        waiting = sorted(by_doc.items())
        try:
            for start in range(0, len(waiting), 100):  # one transaction (one sync to disk) per 100 documents
                with self.store.transaction():
                    joined += self._revisit_documents(waiting[start:start + 100])
        finally:
            self._checks, self._new_checks = {}, []
        return joined

    def _revisit_documents(self, waiting: list[tuple[int, list[sqlite3.Row]]]) -> int:
        """:meth:`revisit` of the waiting actors of some documents (document row number, actor rows), in the
        caller's transaction; returns how many joined."""
        joined = 0
        for doc_pk, actors in waiting:
            doc = self.store.document(doc_pk)
            doc_hash = self.db.execute("SELECT hash FROM documents WHERE pk = ?", (doc_pk,)).fetchone()[0]
            local = {r[0]: r[1] for r in self.db.execute("SELECT pk, id FROM actors WHERE doc = ?", (doc_pk,))}
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
        self._checks, self._new_checks = {}, []
        return n
