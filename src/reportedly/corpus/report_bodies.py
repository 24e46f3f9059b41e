"""What one report says about a body: its country at a mention, the other names of it in the report, and the
words of a body's name that say which body it is.

A part of the corpus linker's organisation rules (:class:`reportedly.corpus.organisations.OrganisationRules`
inherits :class:`ReportBodies`); nothing here reads the store. The rules:

* a country written at a mention: a possessive before it ("Russia’s defence ministry"), a place after it ("the home
  ministry in Kathmandu") or a sentence that starts "In Nepal,";
* else another actor of the report with the same body and a country ('General Staff' in a report that also says
  "Ukraine's General Staff"), the town after a bare kind of body ('Police in Zibo'), or an owner the gazetteer does
  not know ("Lowland's defence ministry");
* a body that is the end of another body the report names ('the ministry', 'the district administration'), a
  one-word name that is a word of one ('Cheongun' of 'Cheongun Chemical Co.'), or a body described by where it
  stands ('the main opposition alliance') is that body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Actor, Document
from ..text import lexicons, places
from ..text.org_names import initials, is_acronym
from .names import fold_word, normalise
from .titles import institution_heads, is_head, org_body, org_words, words_and_country

_POSSESSIVE = re.compile(r"(?<![\w.])([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s\s+$")
_IN_AFTER = re.compile(r"^\s+(?:in|of)\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")
_IN_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)\s*In\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?),[^.!?\n]*$")
ORG_TYPES = ("organization", "unknown")
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
_CAPITALISED = re.compile(r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?")


@lru_cache(maxsize=4096)
def countries_in(text: str, places_too: bool = False) -> frozenset[str]:
    """The countries a stretch of text names: countries, their adjectives and possessives, big cities
    (:func:`place_country`); with ``places_too`` also those after 'in', 'at', 'to' ... (where something is).
    Frozen because it is cached: a caller that popped from it emptied it for the next report with that text."""
    found: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        if not places_too and _LOCATIVE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # 'killed at Galati in India': where something happened, not whose body speaks
        if not places_too and _thing_of(text, m):
            continue  # 'had received a Chinese warning': where a thing came from, not whose body it is
        words = m.group(0).split()
        for phrase in (m.group(0), *words) if len(words) > 1 else words:
            code = lexicons.country_code(phrase) or _city_country(phrase)
            if code:
                found.add(code)
                break
    return frozenset(found)


_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def _thing_of(text: str, m: re.Match[str]) -> bool:
    """Whether a one-word country adjective after 'a' or 'an' comes before a word in lower case that is no word of
    people, a role or a body ('a Chinese warning', 'an Indian drone'; not 'a Chinese official', 'a Thai delegation'):
    the origin of a thing, not the country of a body in the sentence."""
    if " " in m.group(0) or not _INDEFINITE.search(text[max(0, m.start() - 4):m.start()]):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is None:
        return False
    word = nxt.group(1)
    return not any(w in lexicons.people_nouns() or w in lexicons.roles() for w in (word, word.removesuffix("s")))


def _city_country(name: str) -> str | None:
    """The country of a big city written under its own name ('Kathmandu', 'Basra' for Basrah; not 'Karin', another
    name of Erzurum), when the gazetteer knows one such city."""
    if len(name) < 4:
        return None
    found = {c.country for c in places.candidates(name) if c.country and c.population >= _BIG_CITY
             and fold_word(c.name)[:4] == fold_word(name)[:4]}
    return found.pop() if len(found) == 1 else None


def place_countries(word: str) -> set[str]:
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
    whatever the spelling: 'Ministry of Foreign Affairs'; nor a ministry of two portfolios, the first of
    ``org_words.tsv``: 'Ministry of Agriculture and Rural Affairs', capitals or not)."""
    if body in org_words().aliases.values() or (" " not in body and body in institution_heads()):
        return False
    if body.endswith(" ministry") and body.removesuffix(" ministry") in org_words().portfolios \
            and " and " in name.lower():
        return False  # 'Ministry of Agriculture and Rural Affairs': an agriculture ministry, as every country has
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


def is_described(name: str) -> bool:
    """Whether a body's name is a description, not a name: words in lower case after a first one that is in lower
    case or a common word of bodies ('the tehsil office', "joint venture's safety committee", 'New parliament',
    'Police'; not 'Zibo municipal government', 'Kvarnholm')."""
    words = [w for w in name.split() if w.lower() != "the"]
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    first = words[0].lower().removesuffix("'s").removesuffix("’s")
    return words[0][:1].islower() or first in _COMMON or first in institution_heads() or \
        lexicons.people_nouns().get(first) is not None


def is_proper(name: str) -> bool:
    """Whether a body's name is written as a proper name ('Independent Electoral Commission'), not described
    ("the country's electoral commission"): every word but 'and', 'of', 'the', 'for' in capitals."""
    words = [w for w in name.split() if w.lower() not in ("and", "of", "the", "for", "&")]
    return bool(words) and all(w[:1].isupper() for w in words)


class ReportBodies:
    """The organisation rules that read only the report (a part of
    :class:`reportedly.corpus.organisations.OrganisationRules`)."""

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
        kinds = ORG_TYPES if a.type in ORG_TYPES else (a.type,)
        found: dict[str, Actor] = {}
        starts: list[tuple[int, str]] = []
        mine = set(words_and_country(a.name)[0]) - {"the", "of"}
        if is_acronym(a.name):  # 'MEA' beside 'Ministry of External Affairs': that body's country, or none yet
            others = [o for o in doc.actors if a.name.lower() in {x.lower() for x in initials(o.name)}]
        else:  # (not 'Ministry of External Affairs' by "Pakistan's Foreign Office")
            others = doc.actors
        for o in others:
            if o.id != a.id and o.type in kinds and org_body(o.name)[0] == body and (
                    len(mine) < 2 or mine <= set(words_and_country(o.name)[0])):
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
                    and not lexicons.country_code(m.group(1)) and place_countries(m.group(1)):
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
            if o.id == a.id or o.type not in ORG_TYPES or is_acronym(o.name):
                continue
            other, code = org_body(o.name)
            last = o.name.split()[-1].lower().rstrip(".") if o.name.split() else ""
            firm = last in table.suffixes or (bool(distinctive(other)) and other.split()[-1] not in institution_heads())
            fits = other.endswith(" " + body) or (single and body in owned_words(o.name, other)) or (company and firm)
            renamed = other == body and is_proper(o.name) and not is_proper(a.name)  # "the country's electoral
            if ((other != body and fits) or renamed) and (other not in found or code or o.country):  # commission"
                found[other] = o  # one body named twice ('Iraq's electoral commission', 'the Commission')
        if not found and is_proper(a.name) and " " in body:
            found = {org_body(o.name)[0]: o for o in doc.actors if o.id != a.id and o.type in ORG_TYPES
                     and is_proper(o.name) and _one_word_inflected(body, org_body(o.name)[0])
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
        if len(words) == 1 and words[0] in standing and not is_proper(a.name):  # "Iraq's opposition": the one other
            described = {org_body(o.name)[0]: o for o in doc.actors  # description of the report with that word
                         if o.id != a.id and o.type in ORG_TYPES and not is_proper(o.name)
                         and words[0] in org_body(o.name)[0].split()[:-1]}
            if len(described) == 1:
                o = next(iter(described.values()))
                return ReportBodies._same_head_in_document(o, org_body(o.name)[0], country, doc)
            return None
        if len(words) < 2 or is_proper(a.name) or words[-1] not in institution_heads() or is_acronym(a.name) \
                or not all(w in standing for w in words[:-1]):  # not 'the health ministry'
            return None
        found = {}
        for o in doc.actors:
            if o.id == a.id or o.type not in ORG_TYPES or not is_proper(o.name) or is_acronym(o.name):
                continue
            other, code = org_body(o.name)
            if other != body and other.split()[-1] == words[-1] and (code or o.country) in (None, country):
                found[other] = o
        return next(iter(found.values())) if len(found) == 1 else None
