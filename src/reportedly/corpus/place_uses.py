"""What a report's sentences show a name to be beyond the prepositions of :mod:`.not_actors`: a place named before
the people of it, an event named by its place, a thing, a description's domain, a destination.

In: a document actor (and its document, or the text around one use); out: whether a use or the actor is of that
kind. Read by :mod:`.not_actors` (places) and :mod:`.listing` (things, destinations, the own outlet, a holder in
apposition). Words come from ``data/not_actors.tsv`` (kinds ``of-place``) and ``data/listing.tsv`` (kinds
``named-thing``, ``superlative``).

* **people of a place** (:func:`of_place_use`): a name the gazetteer knows as a town or region, written before a
  noun of the people of a place or of those who represent it ('A Leyte congressman', 'the Leyte lawmaker', 'Leyte
  solon', 'Camotes fishermen'): where they are from, not whose they are ('a Gazprom spokesman' is no such noun,
  and 'Gazprom' is no town);
* **an event named by its place** (:func:`only_named_event`): a name whose only part in any event is written just
  before the event's word ('Ikarama spill', 'the Kurram attack'): the event's place or label, no evidence that it
  did anything; the place rules still need uses that say where;
* **a thing given a name** (:func:`named_thing`): a name written only after a noun of a thing and a verb of naming
  ('an operation it calls Delta Sanity', 'a plan dubbed X');
* **a description's domain** (:func:`superlative_owner`): a name written only before "'s" and a superlative
  ("Africa's largest oil producer loses ...", "Europe's biggest carmaker"): the one described is the actor;
* **a destination** (:func:`only_destination`): a name that is only what events befell, each time written after
  'to', 'into', 'through', 'towards' ('pilgrims travelling through Kermanshah province to Iraq');
* **the report's own outlet** (:func:`own_outlet`): its full name, or its last word when that ends outlets' names
  ('The Chronicle regrets the error' in a report of the Bayelsa Chronicle);
* **a holder in apposition** (:func:`apposed_holder`): a role with no name, or a one-word title, written each time
  just before a comma and a named person ('A survivor, Marites Quijano, who lost her nephew, said'; 'The
  Amanyanabo of Ikarama, HRM Ebikeme, said'): that person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Actor, Document
from ..text import lexicons, places

__all__ = [
    "apposed_holder",
    "named_thing",
    "of_place_use",
    "only_destination",
    "only_named_event",
    "own_outlet",
    "superlative_owner",
]


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for file in ("not_actors.tsv", "listing.tsv"):
        for word, kind in lexicons.rows(file):
            out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = _words()
    return {
        "of_place": re.compile(rf"(?i)^\s+(?:{_alternation(w['of-place'])})\b"),
        "named_thing": re.compile(rf"(?i)\b(?:{_alternation(w['named-thing'])})\s+(?:(?:that\s+|which\s+)?"
                                  r"(?:it|they|he|she|officials|the\s+\w+)\s+)?(?:calls?|called|dubbed|named|"
                                  r"code-?named|known\s+as|nicknamed)\s+(?:the\s+)?[\"“']?$"),
        "superlative": re.compile(rf"^['’]s\s+(?:(?:second|third)-)?(?:{_alternation(w['superlative'])})\b"),
        "destination": re.compile(r"(?i)\b(?:to|into|through|towards|toward|via|across)\s+(?:the\s+)?$"),
    }


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows a name as a town or a region (not only as a country)."""
    bare = re.sub(r"(?i)^the\s+", "", name.strip())
    return any(c.kind in ("city", "region") for c in places.candidates(bare))


def of_place_use(a: Actor, text: str, end: int) -> bool:
    """Whether the use of ``a`` ending at ``end`` comes before a noun of the people of a place ('A Leyte congressman',
    'Camotes fishermen') and the gazetteer knows the name as a town or region."""
    return _patterns()["of_place"].match(text[end:end + 30]) is not None and _known_place(a.name)


def only_named_event(a: Actor, doc: Document) -> bool:
    """Whether ``a`` takes part in events of its report only as a word written just before the event's word
    ('Ikarama spill', 'the Kurram attack'), and in at least one."""
    spans = []
    for e in doc.events:
        starts = [s for s, _ in e.trigger.spans]
        for x in (*e.actors, *e.recipients):
            if x.actor == a.id:
                if not starts or not any(re.fullmatch(r"\s+", doc.text[end:min(starts)] or "x")
                                         for _, end in x.spans):
                    return False
                spans.append(x)
    return bool(spans)


def named_thing(a: Actor, doc: Document) -> bool:
    """Whether every mention of ``a`` follows a noun of a thing and a verb of naming ('an operation it calls X')."""
    pat = _patterns()["named_thing"]
    return bool(a.mentions) and all(pat.search(doc.text[max(0, s - 60):s]) for s, _ in a.mentions)


def superlative_owner(a: Actor, doc: Document) -> bool:
    """Whether every mention of ``a`` is written before "'s" and a superlative ("Africa's largest oil producer")."""
    pat = _patterns()["superlative"]
    return bool(a.mentions) and all(pat.match(doc.text[e:e + 40]) for _, e in a.mentions)


def only_destination(a: Actor, doc: Document) -> bool:
    """Whether ``a`` is only the recipient of events of its report (no statement, not their actor), each time written
    after 'to', 'into', 'through', 'towards' ('travelling through Kermanshah province to Iraq')."""
    spans = [sp for e in doc.events for x in e.recipients if x.actor == a.id for sp in x.spans]
    pat = _patterns()["destination"]
    return bool(spans) and all(pat.search(doc.text[max(0, s - 20):s]) for s, _ in spans)


def own_outlet(a: Actor, doc: Document) -> bool:
    """Whether ``a`` is the report's own outlet: its name, or the last word of a name of two or more words when that
    word ends outlets' names ('The Chronicle' of the Bayelsa Chronicle)."""
    outlet = re.sub(r"\s*\([^()]*\)\s*$", "", doc.meta.outlet or "").strip()
    words = re.sub(r"(?i)^the\s+", "", outlet).split()
    name = lexicons.norm(re.sub(r"(?i)^the\s+", "", a.name.strip()))
    if not words or not name:
        return False
    last = words[-1].lower()
    return name == lexicons.norm(" ".join(words)) or (
        len(words) >= 2 and name == lexicons.norm(last) and last in _words()["outlet"])


_OF_PLACE = re.compile(r"^\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?-i:[A-Z])[\w'’-]*")
_COMMA = re.compile(r"^,\s+")


def apposed_holder(a: Actor, doc: Document) -> Actor | None:
    """The named person written, at every mention of ``a``, just after it and a comma ('A survivor, Marites Quijano,
    who lost ...'; 'The Amanyanabo of Ikarama, HRM Ebikeme, said'), when ``a`` is a person's role with no name or a
    body's one-word name with no word of a body and no title; for a description in lower case also the named body
    so written ('The contractor, Kolkheti Energy Services, denied any breach'); else None."""
    if not a.mentions or a.titles:
        return None
    text = doc.text
    described = all(w[:1].islower() for w in re.sub(r"(?i)^(?:the|a|an)\s+", "", a.name.strip()).split())
    people = {s: b for b in doc.actors if (b.type == "person" or (described and b.type == "organization"))
              and b.id != a.id and len(b.name.split()) >= 2 and not b.name[:1].islower() for s, _ in b.mentions}
    holders = set()
    for _, e in a.mentions:
        m = _OF_PLACE.match(text[e:e + 60])
        at = e + (m.end() if m else 0)
        c = _COMMA.match(text[at:at + 4])
        holder = people.get(at + c.end()) if c else None
        if holder is None:
            return None
        holders.add(holder.id)
    if len(holders) != 1:
        return None
    return next(b for b in doc.actors if b.id in holders)


def kind_only(a: Actor) -> bool:
    """Whether a body's name is only nationalities or countries before a head noun that names a kind of body ('the
    Afghan ministry', 'Kenyan committee'; not 'the interior ministry', 'Home Ministry'): which one, it does not say."""
    words = re.sub(r"(?i)^the\s+", "", a.name.strip()).split()
    if a.type not in ("organization", "unknown") or len(words) < 2 or words[-1] not in _words()["kind-head"]:
        return False
    return all(lexicons.norm(w) in lexicons.demonyms() or lexicons.norm(w) in lexicons.country_names()
               for w in words[:-1])


def headline_description(a: Actor, doc: Document) -> bool:
    """Whether a body or group is a description in lower case ('oil firm', 'army') written only in the headline or
    inside quotations, in a report whose body names a body by a capitalised name: the headline says in short, and a
    speaker in his words, who the body of the report names ('Regulator fines oil firm')."""
    words = re.sub(r"(?i)^(?:the|a|an)\s+", "", a.name.strip()).split()
    if a.type not in ("organization", "unknown", "group") or not words or not a.mentions \
            or not all(w[:1].islower() for w in words):
        return False
    text = doc.text
    headline = text.find("\n")
    if headline < 0 or headline > 160 or text[:headline].rstrip().endswith((".", "!", "?", "\"", "”")):
        return False  # no headline: a first paragraph is no headline

    def quoted(start: int) -> bool:
        para = text[text.rfind("\n", 0, start) + 1:start]
        return para.count("“") > para.count("”") or para.count('"') % 2 == 1

    if not all(e <= headline or quoted(s) for s, e in a.mentions):
        return False
    return any(b.id != a.id and b.type in ("organization", "unknown") and b.name[:1].isupper()
               and any(s > headline for s, _ in b.mentions) for b in doc.actors)


_HEAD_AFTER = re.compile(r"^\s+([a-z]+)\b")


def parent_only(a: Actor, doc: Document) -> bool:
    """Whether every mention of ``a`` is followed by a head noun of a body in lower case ('UNAMA, the UN mission in
    Afghanistan, says'; 'the EU delegation'): the report names the body by its parent, the parent itself is only
    named ('a White House official' is no body's head noun and stays)."""
    from ..text.org_names import institution_heads

    heads = institution_heads()
    text = doc.text
    nouns = lexicons.people_nouns()
    return bool(a.mentions) and all((m := _HEAD_AFTER.match(text[e:e + 30])) is not None and (
        m.group(1) in heads or nouns.get(m.group(1)) in ("body", "speaking")) for _, e in a.mentions)
