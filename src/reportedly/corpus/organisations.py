"""Organisations across reports: one corpus actor per body, whatever name, order or acronym a report uses.

In: a document actor of type organization (or unknown, or a group or person written as an acronym or as a
news agency) and its document; out: a :class:`~.decisions.Decision`. :class:`OrganisationRules` is one
part of :class:`reportedly.corpus.actors.Linker`. The rules:

* a body is compared by :func:`~reportedly.corpus.titles.org_body`: country words out (adjective,
  possessive or "of Country"), "Ministry of Defence" as "defence ministry", company forms and
  qualifiers out ("Brovik Trä AB", "the municipal government"), and the aliases of
  ``data/org_words.tsv`` ("MoD", "MFA", "General Staff of the Armed Forces");
* a news agency of ``data/agencies.tsv`` is one actor under any of its names ("Xinhua", "Xinhua news agency");
* an acronym the report defines ("Joint Press Directorate (JPD)") is that body, in this report and in
  reports that use the acronym alone; an acronym a report does not define joins the one stored body
  whose initials it is, with a country that does not conflict (and waits for one when there is none);
* a body with no country takes one from the report: a country written at the mention ("Russia’s defence
  ministry", "the home ministry in Kathmandu", "In Nepal, the home ministry ..."), else another actor
  with the same body and a country;
* a body with no country that is the end of another body the report names ("the ministry", "the
  district administration") is that body; a head noun alone with none ("the ministry") stays in its
  report, since "the ministry" of one report is not that of another; a one-word name that is a word of
  one body the report names ("Cheongun" for "Cheongun Chemical Co.") is that body;
* else a named body with no country (one with a word that names it, or of three words or more: "Zibo
  Emergency Management Bureau", "Kvarnholm", "Electoral Appeals Court") joins the one stored body of that
  name or ending, or whose distinctive word a one-word name is ("Kvarnholm" for "Kvarnholm Shipping");
  when there are several it stays apart, and when there is none it waits for one. A body every country
  has ("the army", "the foreign ministry") is not joined this way: that there is one so far says nothing;
* a company described only by its tie and a country ('the Swedish unit', 'its Korean partner') is the one company
  of the report stored with that country; with none it is a source of its report, not an actor across reports;
* an "organisation" named like a person ("K S Martolia", a full name a stored person has) is that person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..model import Actor, Document
from ..text import lexicons, places
from ..text.acronym_names import report_acronyms
from ..text.org_names import initials, is_acronym, letters
from ..text.person_names import parse
from .bodies import TranslatedBodies, continued_name
from .body_titles import company_stem, personal_title
from .decisions import Decision
from .names import fold_word, normalise, person_name
from .not_actors import quoted_only
from .terms import sentence_end, sentence_start
from .titles import _words_and_country, institution_heads, is_head, org_body, org_words

_POSSESSIVE = re.compile(r"(?<![\w.])([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s\s+$")
_IN_AFTER = re.compile(r"^\s+(?:in|of)\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")
_IN_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)\s*In\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?),[^.!?\n]*$")
_ORG_TYPES = ("organization", "unknown")
_COMPANY_WORDS = {"company", "firm", "group", "operator", "shipping company"}
_COMMON = {"national", "state", "central", "public", "general", "international", "united", "new", "joint", "high",
           "supreme", "federal", "regional", "district", "city", "county", "main", "opposition", "civic", "people",
           "security", "safety", "health", "emergency", "management", "affairs", "foreign", "defence", "interior",
           "home", "press", "information", "service", "services", "chemical", "chemicals", "shipping", "fine",
           "news", "trade", "workers", "port", "border", "electoral", "election", "appeals", "progress", "reform"}
"""Words of organisation names that say what a body does, not which one it is (not a one-word name)."""


_BIG_CITY = 500_000


def place_country(name: str) -> str | None:
    """The country a place name stands for: a country, or a city of half a million people or more that the
    gazetteer knows in one country only ('Kathmandu'; not 'Galati', a village in India and a city in Romania)."""
    code = lexicons.country_code(name)
    if code:
        return code
    found = {c.country for c in places.candidates(name) if c.country and c.population >= _BIG_CITY}
    return found.pop() if len(found) == 1 else None


_LOCATIVE = re.compile(r"\b(?:in|at|into|from|to|across|near|towards|inside|outside|via)\s+(?:the\s+)?$")
_SUMMONED = re.compile(r"\s+(?:has\s+|had\s+)?(?:summoned|expelled)\b")
"""A body that summons or expels an envoy: the envoy's country after it is the other side's."""
_CAPITALISED = re.compile(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?")


@lru_cache(maxsize=4096)
def _countries_in(text: str, places_too: bool = False) -> frozenset[str]:
    """The countries a stretch of text names: countries, their adjectives and possessives, big cities
    (:func:`place_country`); with ``places_too`` also those after 'in', 'at', 'to' ... (where something is).
    Frozen because it is cached: a caller that popped from it emptied it for the next report with that text."""
    found: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        if not places_too and _LOCATIVE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # 'killed at Galati in India': where something happened, not whose body speaks
        words = m.group(0).split()
        for phrase in (m.group(0), *words) if len(words) > 1 else words:
            code = lexicons.country_code(phrase) or _city_country(phrase)
            if code:
                found.add(code)
                break
    return frozenset(found)


def _city_country(name: str) -> str | None:
    """The country of a big city written under its own name ('Kathmandu', 'Basra' for Basrah; not 'Karin', another
    name of Erzurum), when the gazetteer knows one such city."""
    if len(name) < 4:
        return None
    found = {c.country for c in places.candidates(name) if c.country and c.population >= _BIG_CITY
             and fold_word(c.name)[:4] == fold_word(name)[:4]}
    return found.pop() if len(found) == 1 else None


def _place_countries(word: str) -> set[str]:
    """The countries of the places the gazetteer knows by a name (one for 'Gävle')."""
    return {c.country for c in places.candidates(word) if c.country}


def owned_words(name: str, body: str) -> tuple[str, ...]:
    """The distinctive words of a body that are its own name, not an owner written with a possessive
    ('kvarnholm' of 'Kvarnholm Shipping'; not 'northland' of "Northland's defence ministry")."""
    owners = {m.group(1).lower() for m in re.finditer(r"(\w+)['’]s\b", name)}
    return tuple(w for w in distinctive(body) if w not in owners)


def named(body: str, name: str = "") -> bool:
    """Whether a body's name says which body it is, not only what kind: a distinctive word, or three words or more
    (in the body, or capitalised as written: 'Independent Electoral Commission'), and not a kind of body every
    country has ('kvarnholm shipping', 'electoral appeals court'; not 'army', 'foreign ministry', 'general staff',
    whatever the spelling: 'Ministry of Foreign Affairs')."""
    if body in org_words().aliases.values() or (" " not in body and body in institution_heads()):
        return False
    capitalised = sum(1 for w in name.split() if w[:1].isupper() and w.lower() not in ("the", "of"))
    return bool(distinctive(body)) or len(body.split()) >= 3 or capitalised >= 3


@lru_cache(maxsize=65536)
def distinctive(body: str) -> tuple[str, ...]:
    """Words of a body that may name it alone ('kvarnholm' of 'kvarnholm shipping'; none of 'defence ministry')."""
    table = org_words()
    out = []
    for w in body.split():
        if (len(w) < 4 or w in _COMMON or w in institution_heads() or w in table.heads or w in table.suffixes
                or w in lexicons.roles() or places.candidates(w)):
            continue
        out.append(w)
    return tuple(out)


def _one_word_inflected(a: str, b: str) -> bool:
    """Whether two bodies differ in one word only, written once for a place and once for its adjective: a stem of
    five letters or more and at most three more letters on each ('kurdish civic union' / 'kurdistan civic union');
    for two names of one report."""
    x, y = a.split(), b.split()
    if len(x) != len(y) or a == b:
        return False
    diff = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    if len(diff) != 1:
        return False
    p, q = diff[0]
    n = next((i for i, (c, d) in enumerate(zip(p, q, strict=False)) if c != d), min(len(p), len(q)))
    return n >= 5 and len(p) - n <= 3 and len(q) - n <= 3


def _described(name: str) -> bool:
    """Whether a body's name is a description, not a name: words in lower case after a first one that is in lower
    case or a common word of bodies ('the tehsil office', "joint venture's safety committee", 'New parliament',
    'Police'; not 'Zibo municipal government', 'Kvarnholm')."""
    words = [w for w in name.split() if w.lower() != "the"]
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    first = words[0].lower().removesuffix("'s").removesuffix("’s")
    return words[0][:1].islower() or first in _COMMON or first in institution_heads() or \
        lexicons.people_nouns().get(first) is not None


def _proper(name: str) -> bool:
    """Whether a body's name is written as a proper name ('Independent Electoral Commission'), not described
    ("the country's electoral commission"): every word but 'and', 'of', 'the', 'for' in capitals."""
    words = [w for w in name.split() if w.lower() not in ("and", "of", "the", "for", "&")]
    return bool(words) and all(w[:1].isupper() for w in words)


class OrganisationRules(TranslatedBodies):
    """The organisation rules of the corpus linker (a part of :class:`reportedly.corpus.actors.Linker`)."""

    _acronyms_of: tuple[Document, dict[str, str]] | None = None

    def _defined(self, doc: Document) -> dict[str, str]:
        """:func:`report_acronyms` of a document (the last document's are kept, with the document itself: a freed
        document's id is reused by the next one)."""
        if self._acronyms_of is None or self._acronyms_of[0] is not doc:
            self._acronyms_of = (doc, report_acronyms(doc.text))
        return self._acronyms_of[1]

    @staticmethod
    def _country_at_mentions(a: Actor, doc: Document) -> tuple[str | None, str]:
        """A country written at a mention: a possessive before it, 'in Kathmandu' after it, or a sentence that
        starts 'In Nepal,'; (code, the words) or (None, '')."""
        text = doc.text
        for start, end in a.mentions:
            m = _POSSESSIVE.search(text[max(0, start - 40):start])
            if m:
                words = m.group(1).split()
                code = next((c for k in range(len(words)) if (c := lexicons.country_code(" ".join(words[k:])))), None)
                if code:
                    return code, m.group(0).strip()
            m = _IN_AFTER.match(text[end:end + 40])
            if m and not m.group(1).endswith(("'s", "’s")) and (code := place_country(m.group(1))):
                return code, m.group(0).strip()  # (not 'supporters of Iraq's main opposition alliance')
            m = _IN_BEFORE.search(text[max(0, start - 200):start])
            if m and (code := place_country(m.group(1))):
                return code, f"In {m.group(1)},"
        return None, ""

    def _country_of_context(self, a: Actor, doc: Document, body: str) -> tuple[str | None, str]:
        """The one country the sentence of a mention names (a country, its adjective or possessive, or a big city
        of it; not one after 'in', 'at', 'to' ...), else the one its paragraph names, else the dateline's, else of
        the countries the report names (or its actors have) the one whose ``body`` is stored; (code, where) or
        (None, ''). For a body every country has ('the army', 'the foreign ministry') that the report does not tie
        to a country at the mention."""
        text = doc.text
        for _, end in a.mentions:  # 'the Foreign Office summoned India's chargé d'affaires': whom it summoned
            if (m := _SUMMONED.match(text, end)) is not None:
                stop = sentence_end(text, end)
                text = text[:m.end()] + " " * (stop - m.end()) + text[stop:]
        for start, end in a.mentions:
            found = _countries_in(text[sentence_start(text, start) + 1:sentence_end(text, end)])
            if len(found) == 1:
                return next(iter(found)), "sentence"
        for start, end in a.mentions:
            lo, hi = text.rfind("\n\n", 0, start), text.find("\n\n", end)
            found = _countries_in(text[lo + 1:hi if hi >= 0 else len(text)])
            if len(found) == 1:
                return next(iter(found)), "paragraph"
        if doc.meta.dateline:  # 'GÄVLE (TT) –': a report from Sweden
            dated = {c for c in [lexicons.country_code(doc.meta.dateline)] if c} or _place_countries(doc.meta.dateline)
            if len(dated) == 1:
                return dated.pop(), "dateline"
        found = _countries_in(text, True) | {o.country for o in doc.actors if o.country}
        stored = {r["country"] for r in self._stored_orgs("body", body)
                  if r["key"] == f"organization:{body}|{r['country']}"
                  and r["country"] in found}
        return (stored.pop(), "stored body of the report's countries") if len(stored) == 1 else (None, "")

    def _country_from_document(self, a: Actor, doc: Document) -> tuple[Actor, dict[str, str]]:
        """A body with no country: the country written at a mention, else that of another actor of the report with
        the same body and no other words ('General Staff' in a report that also says "Ukraine's General Staff")."""
        place = self._place_after(a, doc)
        if place:  # 'Police in Zibo': the Zibo police, not any police of China
            return a.model_copy(update={"name": f"{place} {a.name.strip().lower()}"}), {"place_from_mention": place}
        code, words = self._country_at_mentions(a, doc)
        if code:
            return a.model_copy(update={"country": code}), {"country_from_mention": words}
        body = org_body(a.name)[0]
        kinds = _ORG_TYPES if a.type in _ORG_TYPES else (a.type,)
        found: dict[str, Actor] = {}
        starts: list[tuple[int, str]] = []
        mine = set(_words_and_country(a.name)[0]) - {"the", "of"}
        if is_acronym(a.name):  # 'MEA' beside 'Ministry of External Affairs': that body's country, or none yet
            others = [o for o in doc.actors if a.name.lower() in {x.lower() for x in initials(o.name)}]
        else:  # (not 'Ministry of External Affairs' by "Pakistan's Foreign Office")
            others = doc.actors
        for o in others:
            if o.id != a.id and o.type in kinds and org_body(o.name)[0] == body and (
                    len(mine) < 2 or mine <= set(_words_and_country(o.name)[0])):
                code = o.country or self._country_at_mentions(o, doc)[0]
                if code:
                    found[code] = o.model_copy(update={"country": code})
                    starts += [(s, code) for s, _ in o.mentions]
        if len(found) > 1 and a.type != "group":  # 'the army' of a report on the Thai and Cambodian armies
            votes = [max((x for x in starts if x[0] < s), default=(0, ""))[1] for s, _ in a.mentions]
            best = sorted(((votes.count(c), c) for c in found), reverse=True)
            if best[0][0] * 2 > len(votes):
                found = {best[0][1]: found[best[0][1]]}
        if len(found) == 1:
            o = next(iter(found.values()))
            return a.model_copy(update={"country": o.country}), {"country_from_document": o.name}
        owner = self._owner_at_mentions(a, doc)
        if owner:  # "Lowland's defence ministry", where Lowland is no country the gazetteer knows
            return a.model_copy(update={"name": f"{owner}'s {a.name}"}), {"owner_from_mention": owner}
        return a, {}

    @staticmethod
    def _place_after(a: Actor, doc: Document) -> str:
        """The town after a mention of a bare kind of body ('Zibo' of 'Police in Zibo'), when the gazetteer knows
        it and it is no country; else ''."""
        body = org_body(a.name)[0]
        if " " in body or body not in institution_heads() or is_head(body):
            return ""
        for _, end in a.mentions:
            m = _IN_AFTER.match(doc.text[end:end + 40])
            if m and m.group(0).lstrip().startswith("in ") and " " not in m.group(1) \
                    and not lexicons.country_code(m.group(1)) and _place_countries(m.group(1)):
                return m.group(1)
        return ""

    @staticmethod
    def _owner_at_mentions(a: Actor, doc: Document) -> str:
        """The owner a possessive before a mention names, when the actor's name has none and the owner is another
        actor of the report ('Lowland' of "Lowland's defence ministry", named 'defence ministry'); else ''."""
        if "'" in a.name or "’" in a.name:
            return ""
        others = {normalise(o.name) for o in doc.actors if o.id != a.id}
        for start, _ in a.mentions:
            m = _POSSESSIVE.search(doc.text[max(0, start - 40):start])
            if m and normalise(m.group(1)) in others:
                return m.group(1)
        return ""

    def _same_body_in_document(self, a: Actor, body: str, doc: Document) -> Actor | None:
        """The one other organisation of the document whose body ends with ``body`` ('the ministry' -> the
        defence ministry it names; 'district administration' -> 'Pithoragarh district administration'), or for a
        one-word name the one whose distinctive words hold it ('Cheongun' -> 'Cheongun Chemical Co.')."""
        found: dict[str, Actor] = {}
        single = " " not in body and body not in institution_heads()
        company = body in _COMPANY_WORDS
        table = org_words()
        for o in doc.actors:
            if o.id == a.id or o.type not in _ORG_TYPES or is_acronym(o.name):
                continue
            other, code = org_body(o.name)
            last = o.name.split()[-1].lower().rstrip(".") if o.name.split() else ""
            firm = last in table.suffixes or (bool(distinctive(other)) and other.split()[-1] not in institution_heads())
            fits = other.endswith(" " + body) or (single and body in owned_words(o.name, other)) or (company and firm)
            renamed = other == body and _proper(o.name) and not _proper(a.name)  # "the country's electoral
            if ((other != body and fits) or renamed) and (other not in found or code or o.country):  # commission"
                found[other] = o  # one body named twice ('Iraq's electoral commission', 'the Commission')
        if not found and _proper(a.name) and " " in body:
            found = {org_body(o.name)[0]: o for o in doc.actors if o.id != a.id and o.type in _ORG_TYPES
                     and _proper(o.name) and _one_word_inflected(body, org_body(o.name)[0])
                     and (len(o.mentions), o.name) > (len(a.mentions), a.name)}  # the spelling used more
            return next(iter(found.values())) if len(found) == 1 else None
        found = {b: o for b, o in found.items()  # 'Cheongun' is the 'Cheongun Chemical' of the same report
                 if not any(b != c and set(b.split()) < set(c.split()) for c in found)}
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _same_head_in_document(a: Actor, body: str, country: str | None, doc: Document) -> Actor | None:
        """A body described in lower case by where it stands and its head ('the main opposition alliance', "Iraq's
        main opposition alliance"; not 'the health ministry'): the one body of the report named in capitals with
        that head noun and no other country ('Reform and Sovereignty Alliance'), wherever the report names it (also
        after the description); else None."""
        words = body.split()
        standing = org_words().standing
        if len(words) == 1 and words[0] in standing and not _proper(a.name):  # "Iraq's opposition": the one other
            described = {org_body(o.name)[0]: o for o in doc.actors  # description of the report with that word
                         if o.id != a.id and o.type in _ORG_TYPES and not _proper(o.name)
                         and words[0] in org_body(o.name)[0].split()[:-1]}
            if len(described) == 1:
                o = next(iter(described.values()))
                return OrganisationRules._same_head_in_document(o, org_body(o.name)[0], country, doc)
            return None
        if len(words) < 2 or _proper(a.name) or words[-1] not in institution_heads() or is_acronym(a.name) \
                or not all(w in standing for w in words[:-1]):  # not 'the health ministry'
            return None
        found = {}
        for o in doc.actors:
            if o.id == a.id or o.type not in _ORG_TYPES or not _proper(o.name) or is_acronym(o.name):
                continue
            other, code = org_body(o.name)
            if other != body and other.split()[-1] == words[-1] and (code or o.country) in (None, country):
                found[other] = o
        return next(iter(found.values())) if len(found) == 1 else None

    def _by_organisation(self, a: Actor, doc: Document, borrowed: dict[str, str], alone_key: str) -> Decision:
        """The corpus organisation of ``a`` (see the module doc)."""
        agency = lexicons.agency(a.name)
        if agency is not None:
            k = f"{agency.name.lower()}|{agency.country}"
            return Decision(f"organization:{k}", agency.name, "organization", agency.country,
                            {"rule": "news agency", "agency": agency.name})
        if (whole := continued_name(a, doc)) is not None:  # 'International Cooperation' of a ministry's name
            d = self._by_organisation(whole, doc, {}, alone_key)
            d.evidence = {**d.evidence, "cut_from": whole.name}
            return d
        evidence: dict[str, Any] = dict(borrowed)
        name, kind = a.name, a.type
        acr = a.name.strip().removeprefix("the ").strip()
        names: list[tuple[str, str]] = []
        if len(words := name.split()) >= 3 and is_acronym(words[-1]) and not any(map(is_acronym, words[:-1])) \
                and org_body(words[-1])[0] == words[-1].lower() and len(org_body(" ".join(words[:-1]))[0].split()) > 1:
            name = " ".join(words[:-1])  # 'the human rights observatory OCDH': a name and its acronym
            names.append(("acr", words[-1].lower()))
        waits: str | None = None
        if is_acronym(acr) and org_body(acr)[0] == acr.lower():  # not an alias ('MoD')
            long = self._defined(doc).get(acr)
            if long is not None:
                name, kind = long, "organization"
                evidence["acronym"] = {acr: long}
                names.append(("acr", acr.lower()))
            elif (d := self._by_acronym(a, acr)) is not None:
                return d
            else:
                waits = f"acr:{acr.lower()}"  # a report that names the body may come later
        elif (d := self._as_person(a, doc)) is not None:
            return d
        body, code = org_body(name)
        country = code or a.country
        if waits is None and " " not in body and body in institution_heads() and not code and not _proper(name) \
                and self._same_body_in_document(a, body, doc) is None:
            spelled = {long for long in self._defined(doc).values() if org_body(long)[0].endswith(" " + body)}
            if len(spelled) == 1:  # 'the union' where the report spells out "Coast and Port Workers' Union (KHF)"
                name = spelled.pop()
                evidence["spelled_out_in_document"] = name
                body, code = org_body(name)
                country = code or a.country
        if waits is None and (other := self._same_head_in_document(a, body, country, doc)) is not None:
            d = self._by_organisation(other, doc, {}, alone_key)
            d.name = a.name
            d.evidence = {**d.evidence, "same_as_in_document": other.name, "why": "the one body of the report "
                          "with that head noun"}
            return d
        if not country and waits is None:
            other = self._same_body_in_document(a, body, doc)
            if other is not None:
                borrowed_other: dict[str, str] = {}
                if not other.country:
                    other, borrowed_other = self._country_from_document(other, doc)
                d = self._by_organisation(other, doc, borrowed_other, alone_key)
                d.name = a.name  # (and what the report's body waits for, it waits for too)
                d.evidence = {**d.evidence, "same_as_in_document": other.name}
                return d
            elif named(body, name) and (d := self._by_stored_body(a, body)) is not None:
                return d
            elif is_head(body):
                return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, kind, None,
                                {"rule": "alone", "why": f"'{a.name}' names no one body across reports"}, alone=True)
            elif not named(body, name) and (" " in body or body in institution_heads()):
                d = self._by_body_of_report(a, body, doc)
                if d is not None:
                    return d
                waits = f"tail:{body}"  # the report's 'Gävle Port Authority' may be stored later
                if not any(w[:1].isupper() and _place_countries(w) for w in name.split()) \
                        and not quoted_only(a, doc):  # not 'Zibo police'; not a speaker's "the government"
                    country, where = self._country_of_context(a, doc, body)  # 'the army' in a report about India
                    if country:
                        evidence[f"country_from_{where}"] = country
            elif named(body, name):
                waits = f"fsurname:{fold_word(body)}" if " " not in body else f"tail:{body}"
        if country and not _proper(name) and ((d := self._by_national_body(a, body, country)) is not None
                                              or (d := self._by_described_words(a, body, country)) is not None):
            return d
        if country and not _proper(name) and waits is None and len(body.split()) > 1:
            waits = f"tail:{body}"  # "Kyrgyzstan's State Border Service" may be stored later
        if country and not _proper(name) and body.split()[-1] in org_words().stake \
                and (other := self._company_of_country(a, country, doc)) is not None:
            d = self._by_organisation(other, doc, {}, alone_key)
            d.name = a.name
            d.evidence = {**d.evidence, "same_as_in_document": other.name,
                          "why": "the one company of the report stored with that country"}
            return d
        if not names and ((not country and _described(name))  # 'the new parliament', 'the tehsil office'
                          or (body in org_words().stake and not _proper(name))):  # 'Swedish unit': no company found
            return Decision(f"generic:{normalise(a.name)}{alone_key}", a.name, kind, None,
                            {"rule": "generic", "why": "a body described with no name and no country (or by a tie to "
                             "a company the report does not name) is a source in its report, not an actor across "
                             "reports", **evidence}, alone=True, waits_for=waits)
        if country and not names and (d := self._by_other_service(a, body, country)) is not None:
            return d
        if not names and not (waits or "").startswith("acr:") and _proper(name) \
                and (d := self._by_translated_name(a, name, body, country)) is not None:
            return d
        if kind == "unknown" and (body.split()[-1] in institution_heads() or names):
            kind = "organization"
        k = f"{body}|{country or ''}"
        names += [("acr", x) for x in sorted(initials(name))] + [("body", body)]
        names += [("acrset", letters(x)) for x in sorted(initials(name)) if len(x) >= 3]
        for acr in (x for x, long in self._defined(doc).items() if len(x) >= 3 and org_body(long)[0] == body):
            names += [("acr", acr.lower()), ("acrdef", acr.lower()), ("acrdefset", letters(acr))]  # '... (CNE)'
        words = body.split()
        names += [("tail", " ".join(words[i:])) for i in range(1, len(words) - 1)]
        if len(words) > 1 and words[-1] in institution_heads():
            names.append(("tail", words[-1]))  # 'the government' for 'Zibo municipal government'
        if len(words) > 1:
            names.append(("tail", body))  # what a body of this name with no country waits for
        if company_stem(body):
            names.append(("stem", company_stem(body)))  # 'kgolo platinum' of 'Kgolo Platinum Mines'
        names += [("orgword", w) for w in owned_words(name, body)]
        # a one-word name waits under 'fsurname' whether it is read as a person or a body: both hear of this one
        names += [("fsurname", fold_word(w)) for w in owned_words(name, body)]
        return Decision(f"organization:{k}", a.name, kind, country, {"rule": "organisation", "name": k, **evidence},
                        names, waits_for=waits)

    def _by_body_of_report(self, a: Actor, body: str, doc: Document) -> Decision | None:
        """A kind of body described with no country ('the port authority', 'the district administration'): the one
        stored body of that ending that is the report's: one whose name holds a place ('Gävle Port Authority',
        'Pithoragarh district administration') when the report names that place; another when its country is a
        country of the report (of its actors, or of its dateline's place). None when there is none or several."""
        countries = {o.country for o in doc.actors if o.country}
        if doc.meta.dateline:  # 'GÄVLE (TT) –': a report from Sweden
            countries |= {c for c in [lexicons.country_code(doc.meta.dateline)] if c} or _place_countries(
                doc.meta.dateline)
        rows = {}
        for kind in ("body", "tail"):
            for r in self._stored_orgs(kind, body):
                if r["key"].startswith(f"organization:{body}|"):
                    continue
                local = [w for w in r["name"].split() if w[:1].isupper() and _place_countries(w)
                         and not lexicons.country_code(w)]
                other = r["key"].partition("|")[0]  # one body stored with and without its country: the one with it
                if ((local and all(w in doc.text for w in local)) or (not local and r["country"] in countries)) \
                        and (other not in rows or r["country"]):
                    rows[other] = r
        if len(rows) != 1:
            return None
        r = next(iter(rows.values()))
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": body, "same body": r["name"],
                         "why": "the one stored body of that kind the report's place or country has"}, [("body", body)])

    def _by_national_body(self, a: Actor, body: str, country: str) -> Decision | None:
        """A country's body described in lower case ("India's disaster response force", "Sweden's maritime
        regulator"): the one stored body with no other country whose name is that body (a describing word such as
        'regulator' read as any head it may stand for: 'maritime inspectorate') after a national word ('National
        Disaster Response Force', 'National Maritime Inspectorate'; not 'State Disaster Response Force'); else None."""
        table = org_words()
        words = body.split()
        tails = [body]
        for word, heads in table.describes:
            if words and words[-1] == word:
                tails += [" ".join([*words[:-1], h]) for h in heads]
        rows, owned = {}, {}
        for tail in tails:
            for r in self._stored_orgs("tail", tail):
                other = r["key"].removeprefix("organization:").partition("|")[0]
                extra = other.split()[:-len(tail.split())]
                if extra and all(w in table.national for w in extra) and r["country"] in (None, country) \
                        and (other not in rows or r["country"]):  # the one stored with the country, if any
                    rows[other] = r
                elif extra and len(words) > 1 and r["country"] == country and org_body(r["name"])[1] == country:
                    owned[other] = r  # "Kyrgyzstan's State Border Service": its name says whose it is
        if not rows and len(owned) == 1:  # 'the Kyrgyz border service' (not 'India's ... force' for a State force)
            rows = owned
        if len(rows) != 1:
            return None
        other, r = next(iter(rows.items()))
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": f"{body}|{country}", "national body": r["name"],
                         "why": "the one stored body of that country named with a national word"}, [("body", body)],
                        waits_for=None if r["country"] else f"tail:{other}")  # it may be stored with its country

    def _by_described_words(self, a: Actor, body: str, country: str) -> Decision | None:
        """A country's body described by a word of its name and a word for any body ('a Hong Kong labour group',
        'labor group'): the one stored body of that country (or of none) whose name holds the words; else None."""
        last = a.name.split()[-1].lower() if a.name.split() else ""
        if not any(word == last and heads == ("*",) for word, heads in org_words().describes):
            return None
        words = owned_words(a.name, body)
        if not words:
            return None
        rows: dict[str, Any] = {}
        for w in words:
            found = {r["key"].partition("|")[0]: r for r in self._stored_orgs("orgword", w)
                     if r["country"] in (None, country)}
            rows = found if not rows else {k: r for k, r in rows.items() if k in found}
            if not rows:
                return None
        if len(rows) != 1:
            return None
        r = next(iter(rows.values()))
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": f"{body}|{country}", "described": r["name"],
                         "why": "the one stored body of that country with these words in its name"}, [("body", body)])

    def _company_of_country(self, a: Actor, country: str, doc: Document) -> Actor | None:
        """The one company the report names in capitals whose stored body has ``country`` ('Cheongun Chemical' for
        'its South Korean partner'); else None."""
        table = org_words()
        found: dict[str, Actor] = {}
        for o in doc.actors:
            if o.id == a.id or o.type not in _ORG_TYPES or not _proper(o.name) or is_acronym(o.name):
                continue
            other = org_body(o.name)[0]
            last = o.name.split()[-1].lower().rstrip(".")
            if not (last in table.suffixes or (distinctive(other) and other.split()[-1] not in institution_heads())):
                continue  # not a company
            if any(r["country"] == country for r in self._stored_orgs("body", other)):
                found[other] = o
        found = {b: o for b, o in found.items() if not any(b != c and set(b.split()) < set(c.split()) for c in found)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _stored_orgs(self, kind: str, value: str) -> list[Any]:
        return self.db.execute(  # type: ignore[attr-defined]
            """SELECT DISTINCT c.* FROM corpus_actor_names n JOIN corpus_actors c ON c.id = n.corpus_actor
               WHERE n.kind = ? AND n.value = ? AND c.type IN ('organization', 'unknown')
               AND instr(c.key, '@') = 0 ORDER BY c.id""", (kind, value)).fetchall()

    def _by_stored_body(self, a: Actor, body: str) -> Decision | None:
        """A body with no country: the one stored body with that name or ending, or whose distinctive word it is
        (a one-word name); None when there is none or several."""
        if " " in body or body in institution_heads():
            rows = {r["id"]: r for kind in ("body", "tail") for r in self._stored_orgs(kind, body)
                    if r["key"] != f"organization:{body}|"}
            how = "same body"
            if not rows:  # 'Kgolo Platinum' and 'Kgolo Platinum Mines': one name with a company's last word
                rows = {r["id"]: r for kind, value in (("stem", body), ("body", company_stem(body)))
                        if value for r in self._stored_orgs(kind, value) if r["key"] != f"organization:{body}|"}
                how = "same name without a company word"
        else:
            rows = {r["id"]: r for r in self._stored_orgs("orgword", body)}
            how = "short name"
        r = self._dominant(list(rows.values()))
        if r is None:
            return None
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": body, how: r["name"],
                         "why": "the one stored body of that name"}, [("body", body)])

    def _dominant(self, rows: list[Any]) -> Any | None:
        """The one candidate, or of several the one in at least three times as many documents as all the others
        together ('Kvarnholm Shipping' over 'Kvarnholm Shipping SEK', a slip of one report); else None."""
        if len(rows) <= 1:
            return rows[0] if rows else None
        counts = sorted(((self.db.execute(  # type: ignore[attr-defined]
            "SELECT COUNT(DISTINCT doc) FROM actors WHERE corpus_actor = ?", (r["id"],)).fetchone()[0], r["id"], r)
            for r in rows), key=lambda x: (-x[0], x[1]))
        return counts[0][2] if counts[0][0] >= 3 * sum(c for c, _, _ in counts[1:]) else None

    def _by_acronym(self, a: Actor, acr: str) -> Decision | None:
        """An acronym the report does not define: the one stored body with those initials and no other country;
        with none, the one whose initials are its letters in another order ('CNE' for the 'National Electoral
        Council', named in English, of the Consejo Nacional Electoral)."""
        for kind, value in (("acr", acr.lower()), ("acrset", letters(acr))):
            found: dict[str, Any] = {}
            for r in self._stored_orgs(kind, value):
                other = r["key"].partition("|")[0]  # one body stored with and without its country: the one with it
                if not (a.country and r["country"] and r["country"] != a.country) \
                        and (other not in found or r["country"]):
                    found[other] = r
            if found or len(acr) < 3:
                break
        if len(found) != 1:
            return None
        r = next(iter(found.values()))
        return Decision(r["key"], r["name"], "organization", a.country or r["country"],
                        {"rule": "acronym", "acronym": acr, "joins": r["name"], **(
                            {"how": "initials in another order"} if kind == "acrset" else {})}, [("acr", acr.lower())],
                        waits_for=None if r["country"] else f"acr:{acr.lower()}")  # it may be stored with a country

    def _as_person(self, a: Actor, doc: Document | None = None) -> Decision | None:
        """An organisation or unknown actor named like a person: initials and a family name ('K S Martolia'), a
        full name that one stored person has ('Devesh Sharma'), or one word that is the given name of the one
        person of the report named in full with it ('Azlan' for 'Datuk Seri Azlan Rahmat'); the person decision, or
        None."""
        parts = parse(a.name)
        table = org_words()
        if doc is not None and (d := self._by_nickname(a, doc)) is not None:  # type: ignore[attr-defined]
            return d  # 'whom supporters call "La Jefa"'
        if doc is not None and len(parts.words) == 1 and not is_acronym(a.name):
            d = self._by_first_name(a.model_copy(update={"type": "person"}), parts.words[0], doc)  # type: ignore
            if d is not None and d.evidence.get("person_in_document"):
                d.evidence = {**d.evidence, "typed": a.type}
                return d
        if parts.bare or len(parts.words) < 2 or any(w in institution_heads() or w in table.suffixes
                                                      or w in table.heads for w in parts.words) \
                or lexicons.people_nouns().get(a.name.split()[-1].lower()) in ("body", "speaking"):
            return None  # 'Zibo Rongda-Cheongun Fine Chemicals Co': a company; 'UN Assistance Mission': a body
        full = person_name(a.name)
        person = a.model_copy(update={"type": "person"})
        initial = any(len(w) == 1 for w in parts.words[:-1]) and len(parts.words[-1]) > 1
        if not initial and not self._candidates("name", full):  # type: ignore[attr-defined]
            d = self._by_parts(person, full, set())  # type: ignore[attr-defined]  # 'Han Ji yeon' / 'Ji-yeon Han'
            if d is None:
                return None
        else:
            d = self._by_full_name(person, full)  # type: ignore[attr-defined]
        d.evidence = {**d.evidence, "typed": a.type}
        return d

    def _person_as_organisation(self, a: Actor) -> Decision | None:
        """A 'person' whose name is the body of one stored organisation ('Zibo Rongda-Cheongun Fine Chemicals'), or
        a one-word 'person' that is the distinctive word of one stored organisation ('Cheongun') while no stored
        person has that family name: that organisation, or None."""
        if any(personal_title(t) for t in a.titles) or parse(a.name).ranks:
            return None  # a person with a title or rank is a person (not "Deltamar, the local subsidiary of ...")
        body = org_body(a.name)[0]
        if " " in body:  # (or whose name is this one and a company, civic or media word: 'Roj Relief Network')
            rows = {r["id"]: r for kind in ("body", "stem") for r in self._stored_orgs(kind, body)}
        elif body in distinctive(body) and not self._candidates("fsurname", fold_word(body)):  # type: ignore
            rows = {r["id"]: r for r in self._stored_orgs("orgword", body)}
        else:
            return None
        rows = {i: r for i, r in rows.items() if self.db.execute(  # type: ignore[attr-defined]
            "SELECT 1 FROM actors WHERE corpus_actor = ? LIMIT 1", (i,)).fetchone()}  # not one whose actors moved on
        r = self._dominant(list(rows.values()))
        if r is None:
            return None
        if " " in body and (p := self._by_parts(a, person_name(a.name), set())) is not None \
                and self.db.execute(  # type: ignore[attr-defined]
                    """SELECT 1 FROM actors x JOIN documents d ON d.pk = x.doc JOIN corpus_actors c
                       ON c.id = x.corpus_actor WHERE c.key = ? AND d.hash != ? LIMIT 1""",
                    (p.key, self._doc_hash)).fetchone():  # type: ignore[attr-defined]
            return None  # a person of other reports ('Efraín Castellanos Murillo', once stored as a body)
        return Decision(r["key"], r["name"], "organization", r["country"],
                        {"rule": "organisation", "name": body, "same body": r["name"], "typed": a.type},
                        [("body", body)])
