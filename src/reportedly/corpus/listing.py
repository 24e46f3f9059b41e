"""Which names a report gives positive evidence for listing as actors, beyond what :mod:`.not_actors` rules out.

In: a document actor and its document; out: why it is not listed across reports (a short reason), or None. The
corpus linker (:mod:`.actors`) gives such an actor a ``generic:`` key, as for the names of :mod:`.not_actors`: it
stays the actor of its report (the source of any statement it makes) but `reportedly actors`, stance tables and
cross-report joins leave it out.

:mod:`.not_actors` removes names by what they are (a place, a building, an outlet). This module asks the other way
round: what in the report shows that a name is someone a reader would list. A name is listed when its report makes
it speak, act or be a party to an event, or when its own form is a name: a person's name of two or more words, an
organisation's name with a word of a body ('Home Ministry', 'Hanbyeol Securities'), an acronym or a word with two
capitals ('CDD-Ghana', 'PayNest'), a news agency or a metonym ('the Kremlin'). What has neither is not listed:

* **country only named**: a country that neither speaks, acts nor is a party to any event of its report ('cherries
  bound for China'), in a report where something is said or done. A country that speaks or acts in another report
  is listed from that one.
* **only named**: a body's one-word name (not an acronym, agency or metonym) or a name written all in lower case
  that neither speaks, acts nor is a party to any event of its report, and owns no one who does ('Shares of rival Grab
  were little changed', a headline's 'Fintech'): the report names it, it does not make it an actor. 'A spokesman
  for Gazprom said' and "Gazprom's chief said" own a speaker and stay.
* **piece of a name**: a name every use of which sits inside a longer capitalised name, between a capitalised word
  and 'of', 'for', 'and' on both sides ('Support' and 'Islam' of 'the Group for the Support of Islam and
  Muslims'), or inside the mention of another actor of the report ("the military's Media and Public Relations
  wing"), or one word joined by 'and' to a body's name ('The Ethics and Anti-Corruption Commission'): the recogniser
  cut the name, the piece is no one.
* **handle, craft, label, time**: by how the name is written: a hashtag or handle ('#IkaramaSpill'), a vessel by
  the prefix of ships' names ('MV Santa Rosalia'), a numbered label ('Gale Warning No. 2'), a time zone after a
  clock time ('02:55 GMT'); and an abbreviation written before a person's name ('Ma.' of 'Ma. Luisa Cabahug',
  'Barr.', 'Commo.') or a name that ends in 'and' or 'of' ('Philippine Atmospheric, Geophysical and') is a piece of
  a name.
* **platform**, **only quoted**: a social network ('Videos shared on Telegram showed ...'); a body's one-word name
  written only inside quotations that does not speak ('"Greed killed our people," he said').
* **title of a person**: a body's name that opens with a word of a role, neither speaks nor acts, and is always
  followed by a comma and a person ('The Inspector-General of Police, George Dampare, said'): his title.
* **lone word** (:func:`lone_word`, asked by the linker of a person it joined to no one): one capitalised word with
  no title that neither speaks nor is a party to an event ('forces shelled Ak-Sai', 'backed by Sequoia'); 'Colonel
  Toktoraliev says', a surname that joins a named person and a name set beside a noun of people ('her husband,
  Jun-Jun, a welder') stay.
* **press**: a name that neither speaks nor acts, written after a word for a news outlet ('told state broadcaster
  ERT', 'the news site X') or before a journalist's bio ('X is a senior correspondent for ...'), and the press
  described as a group ('state media', 'according to Mozambican media'),
  which may speak: the press, not a party.

* **what the sentence shows** (:mod:`.place_uses`): the domain of a superlative ("Africa's largest oil producer"),
  a country only travelled to ('pilgrims travelling ... to Iraq'), the report's own outlet by its short name ('The
  Chronicle regrets the error'), a thing's name ('an operation it calls Delta Sanity'), a nationality before a kind
  of body ("the Afghan ministry's spokesman"), a description in lower case written only in the headline or in
  quotations when the report's body names a body ('Regulator fines oil firm'), and a parent written only before a
  body's head noun ('the UN mission', 'IRGC units').

Three rules join role descriptions instead of leaving them out, so that one person is one listed actor:

* **headline role** (:func:`headline_holder`): a role with no name written only in the headline ("'No one brokered
  it,' says defence minister") is the one person of the body who holds it ('Defence Minister Natthaphon
  Khemthongsuk'), else the one description of the body that holds it ("Greece's civil protection minister").
* **apposition** (:func:`apposed`): a role with no name or a body's one-word name that is no name by its form,
  written each time just before a comma and a named person ('A survivor, Marites Quijano, said'), is that person.
* **office** (:func:`one_holder`, used by the linker): a role description with a country whose title is an office
  one person holds at a time ('the Cambodian ambassador', 'Thailand's defence minister'), named in no report and
  held by no stored person within the role window, is one person across reports, as a reader counts 'the Cambodian
  ambassador' summoned in three reprints once. It is still listed: a reader lists an unnamed ambassador who is
  summoned, and the statements it makes need a source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Actor, Document
from ..text import lexicons
from ..text.org_names import institution_heads, is_acronym, org_words
from .not_actors import _ARMED, _PARTNERING, _doc_roles, quoted_only, speakers_and_agents, speakers_and_partners
from .place_uses import (
    apposed_holder,
    headline_description,
    kind_only,
    named_thing,
    only_destination,
    own_outlet,
    parent_only,
    superlative_owner,
)
from .titles import is_description, title_key

__all__ = ["apposed", "headline_holder", "lone_word", "one_holder", "unlisted"]


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``data/listing.tsv``: kind -> its words."""
    out: dict[str, set[str]] = {}
    for word, kind in lexicons.rows("listing.tsv"):
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _press_before() -> re.Pattern[str]:
    words = sorted(_words()["press"], key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                      + r")\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _press_person_after() -> re.Pattern[str]:
    words = sorted(_words()["press-person"], key=len, reverse=True)
    return re.compile(r"(?i)^\s+(?:is|was)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}(?:"
                      + "|".join(re.escape(w) for w in words) + r")s?\b")


_CAP = r"(?-i:[A-Z])[\w'’.-]*"
_INSIDE_BEFORE = re.compile(rf"{_CAP}\s+(?:of|for|and|on|de|del|des|du|la|el)\s+(?:the\s+)?$")
_INSIDE_AFTER = re.compile(rf"^\s+(?:of|for|and|on|de|del|des|du)\s+(?:the\s+|la\s+|el\s+)?{_CAP}")
_AND = re.compile(r"\s+(?:and|&)\s+")
_NOUN_BEFORE = re.compile(r"\b([a-z]+),?\s+$")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?$", re.IGNORECASE)
_OWNS_AFTER = re.compile(r"^(?:['’]s?\b|\s+(?P<word>[a-z]+))")
_OWNS_BEFORE = re.compile(r"(?i)\b(?P<word>[a-z]+)\s+(?:for|of|at|from|with)\s+(?:the\s+)?$")


def _bare(name: str) -> list[str]:
    """The words of a name without a leading article (a new list each call)."""
    return list(_bare_words(name))


@lru_cache(maxsize=4096)
def _bare_words(name: str) -> tuple[str, ...]:
    return tuple(re.sub(r"(?i)^(?:the|a|an)\s+", "", name.strip()).split())


_NAME_PARTS: tuple[Document, list[tuple[str, list[int]]], list[tuple[str, list[tuple[int, int]]]]] | None = None
"""The last document :func:`_inside_a_name` read (the document itself: a freed one's id is reused), with the starts of
the mentions of each of its bodies named with a head noun and the mentions of each of its actors that is no person, by
actor id."""


def _name_parts(doc: Document) -> tuple[list[tuple[str, list[int]]], list[tuple[str, list[tuple[int, int]]]]]:
    """(actor id, mention starts) of each organisation or unknown actor of two words or more after the article whose
    last word is a head of ``data/org_words.tsv``, and (actor id, mentions) of each actor that is no person: what
    :func:`_inside_a_name` reads of the other actors, read once per document."""
    global _NAME_PARTS
    if _NAME_PARTS is None or _NAME_PARTS[0] is not doc:
        heads = institution_heads()
        named = [(b.id, [s for s, _ in b.mentions]) for b in doc.actors if b.type in ("organization", "unknown")
                 and len(words := _bare_words(b.name)) >= 2 and words[-1].lower() in heads]
        bodies = [(b.id, [(s, e) for s, e in b.mentions]) for b in doc.actors if b.type != "person"]
        _NAME_PARTS = (doc, named, bodies)
    return _NAME_PARTS[1], _NAME_PARTS[2]


def _strong_form(a: Actor) -> bool:
    """Whether a name is a name by its own form: two or more words not all in lower case, an acronym, a news agency,
    a metonym, or a one-word name of a body ('Parliament', 'Securities')."""
    words = _bare(a.name)
    if not words:
        return False
    bare = " ".join(words)
    if is_acronym(bare) or lexicons.agency(bare) is not None or lexicons.norm(bare) in lexicons.institutions():
        return True
    if any(w[:1].isupper() for w in words) and len(words) >= 2:
        return True
    if len(words) == 1 and sum(c.isupper() for c in words[0]) >= 2:
        return True  # 'CDD-Ghana', 'PayNest'
    return len(words) == 1 and words[0][:1].isupper() and (
        words[0].lower() in institution_heads() or words[0].lower() in lexicons.org_endings()
        or words[0].lower() in org_words().suffixes)


def _role_word(word: str) -> bool:
    word = word.lower()
    stem = word[:-1] if word.endswith("s") else word
    return any(w in lexicons.roles() or lexicons.people_nouns().get(w) == "person" for w in (word, stem))


def _owns_at(text: str, s: int, e: int) -> bool:
    """Whether the name written at ``[s, e)`` owns someone: "X's", 'X spokesman', 'a spokesman for X', 'the head of
    X'."""
    after = _OWNS_AFTER.match(text[e:e + 30])
    if after and (after.group("word") is None or _role_word(after.group("word"))):
        return True
    before = _OWNS_BEFORE.search(text[max(0, s - 40):s])
    return bool(before and _role_word(before.group("word")))


def _owns(a: Actor, text: str) -> bool:
    """Whether some mention of a name owns someone (:func:`_owns_at`)."""
    return any(_owns_at(text, s, e) for s, e in a.mentions)


def _inside_a_name(a: Actor, doc: Document) -> bool:
    """Whether every mention sits inside a longer capitalised name ('the Group for the [Support] of Islam') or inside
    the mention of another actor that is no person (not an acronym, and not an owner: 'a [White House] official',
    '[MAWC] leaders'), or is the first word of a name of two joined by 'and' whose second part is a body the report
    names with a head noun ('The [Ethics] and Anti-Corruption Commission'; not 'Allianz and HDI')."""
    text = doc.text
    named, bodies = _name_parts(doc)
    starts = {s for b_id, ss in named if b_id != a.id for s in ss}
    spans = [span for b_id, ms in bodies if b_id != a.id for span in ms]
    acronym = is_acronym(" ".join(_bare_words(a.name)))

    def inside(s: int, e: int) -> bool:
        if not acronym and not _owns_at(text, s, e) and any(bs <= s and e <= be and be - bs > e - s
                                                            for bs, be in spans):
            return True  # 'Media and Public Relations' of "the military's Media and Public Relations wing"
        if _INSIDE_BEFORE.search(text[max(0, s - 40):s]) and _INSIDE_AFTER.match(text[e:e + 40]):
            return True
        m = _AND.match(text[e:e + 8])
        return a.type != "group" and m is not None and e + m.end() in starts and text[e + m.end()].isupper()

    return bool(a.mentions) and all(inside(s, e) for s, e in a.mentions)


def _not_a_name(a: Actor, doc: Document) -> str | None:
    """What the way a name is written shows it is not: a hashtag or handle ('#IkaramaSpill', '@coastguard'), a vessel
    by the prefix of ships' names ('MV Santa Rosalia'), a numbered label ('Gale Warning No'), a time zone after a
    clock time ('02:55 GMT'), or an abbreviation before a person's name ('Ma.' of 'Ma. Luisa Cabahug', 'Barr.',
    'Commo.'); else None."""
    text, words = doc.text, _bare(a.name)
    if not words or not a.mentions:
        return None
    if all(text[max(0, s - 1):s] in ("#", "@") for s, _ in a.mentions):
        return "handle"
    if lexicons.channels().get(" ".join(words).lower(), ("", None))[0] == "social_media":
        return "platform"  # 'Videos shared on Telegram showed ...': where something was posted, not who
    if len(words) >= 2 and words[-1].lower() in ("and", "of", "for", "&", "de", "the"):
        return "piece of a name"  # 'Philippine Atmospheric, Geophysical and' (the recogniser stopped at a comma)
    if len(words) >= 2 and words[0].replace(".", "").replace("/", "") in _words()["craft-first"]:
        return "craft"
    if len(words) >= 2 and words[-1].rstrip(".").lower() in ("no", "nos", "number"):
        return "label"
    if len(words) == 1 and words[0].isupper() and all(_CLOCK_BEFORE.search(text[max(0, s - 12):s])
                                                      for s, _ in a.mentions):
        return "time"
    if len(words) == 1 and len(words[0]) <= 5 and not words[0].isupper():
        starts = {s for b in doc.actors if b.id != a.id and b.type == "person" for s, _ in b.mentions}
        after = [re.match(r"\.\s+(?=[A-Z])", text[e:e + 4]) for _, e in a.mentions]
        if all(after) and any(m and e + m.end() in starts for m, (_, e) in zip(after, a.mentions, strict=True)):
            return "piece of a name"
    return None


def _title_of_a_person(a: Actor, doc: Document) -> bool:
    """Whether a body's name is a person's title: it opens with a word of a role and every mention is followed by a
    comma and a person of the report ('The Inspector-General of Police, George Dampare, said')."""
    words = _bare(a.name)
    if not words or not a.mentions or not any(_role_word(p) for p in re.split(r"[-–]", words[0]) if p):
        return False
    starts = {s for b in doc.actors if b.type == "person" for s, _ in b.mentions}
    for _, e in a.mentions:
        m = re.match(r",\s+", doc.text[e:e + 4])
        if m is None or e + m.end() not in starts:
            return False
    return True


def unlisted(a: Actor, doc: Document) -> str | None:
    """Why document actor ``a`` of ``doc`` is not listed across reports ('country only named', 'only named', 'piece
    of a name', 'title of a person', 'press', 'handle', 'craft', 'label', 'time', 'platform', 'only quoted'), or None
    (see the module doc)."""
    if not doc.statements and not doc.events:
        return None  # a report with nothing said or done read says nothing of who speaks or acts
    text = doc.text
    speakers, doers, _ = _doc_roles(doc)
    if a.id not in speakers and superlative_owner(a, doc):
        return "domain of a description"  # "Africa's largest oil producer loses ...": the producer is the actor
    if a.type == "country":
        return "country only named" if a.id not in speakers_and_agents(doc) \
            or (a.id not in doers and only_destination(a, doc)) else None  # 'travelling ... to Iraq'
    if own_outlet(a, doc):
        return "press"  # 'The Chronicle regrets the error' in the Chronicle's own report
    if a.id not in doers and named_thing(a, doc):
        return "name of a thing"  # 'an operation it calls Delta Sanity'
    if kind_only(a) and a.id not in speakers:
        return "kind of body"  # "the Afghan ministry's spokesman": which ministry, the name does not say
    if headline_description(a, doc):
        return "headline description"  # 'Regulator fines oil firm': the body of the report names the firm
    words = _bare(a.name)
    if a.type in ("group", "organization", "unknown") and words and words[-1].lower() in _words()["press-group"] \
            and all(w[:1].islower() or lexicons.norm(w) in lexicons.demonyms() for w in words):
        return "press"  # 'according to Mozambican media', 'state media said'
    if (why := _not_a_name(a, doc)) is not None:
        return why
    if a.type != "person" and len(words) == 1 and a.id not in _doc_roles(doc)[0] and not _strong_form(a) \
            and quoted_only(a, doc):
        return "only quoted"  # '"Greed killed our people," he said': a speaker's word, not the report's actor
    if a.id in speakers_and_partners(doc):
        return "piece of a name" if len(_bare(a.name)) == 1 and _inside_a_name(a, doc) else None
    if a.id not in speakers_and_agents(doc) and any(_press_before().search(text[max(0, s - 40):s])
                                                    or _press_person_after().match(text[e:e + 60])
                                                    for s, e in a.mentions):
        return "press"  # 'told broadcaster NTV'; 'Aysel Yildiz is a senior correspondent for ...'
    if _inside_a_name(a, doc):
        return "piece of a name"
    if a.type in ("organization", "unknown") and a.id not in speakers_and_agents(doc) and _title_of_a_person(a, doc):
        return "title of a person"
    if a.type != "person" and a.id not in speakers_and_agents(doc) and parent_only(a, doc):
        return "parent of a body"  # 'UNAMA, the UN mission in Afghanistan, says': the mission is the actor
    if a.type == "person" or a.id in speakers_and_agents(doc) or _strong_form(a) or a.titles or _owns(a, text):
        return None  # (a person is asked after the person rules: 'Sir Keir' joins Keir Starmer; :func:`lone_word`)
    return "only named"


def headline_holder(a: Actor, doc: Document) -> Actor | None:
    """For a role with no name written only in the headline ("'No one brokered it,' says defence minister"), the one
    named person of the report's body who holds that role ('Defence Minister Natthaphon Khemthongsuk'), else the one
    description of the body that holds it ('Greek minister' of the headline, "Greece's civil protection minister" of
    the body), or None: the headline says in short what the body says in full."""
    headline = doc.text.find("\n")
    if a.type != "person" or headline < 0 or not a.mentions or any(e > headline for _, e in a.mentions):
        return None
    tk = title_key(a.name, a.country)
    if not tk:
        return None
    role, _, country = tk.partition("|")
    words = set(role.split())

    def holds(title: str, b: Actor) -> bool:
        their = title_key(title, b.country)
        if not their:
            return False
        their_role, _, their_country = their.partition("|")
        return their_role.split()[-1] == role.split()[-1] and words <= set(their_role.split()) \
            and (not country or their_country in ("", country))

    body = [b for b in doc.actors if b.id != a.id and b.type == "person" and any(s > headline for s, _ in b.mentions)]
    named = [b for b in body if len(_bare(b.name)) >= 2 and not b.name[:1].islower()
             and any(holds(t, b) for t in b.titles)]
    if len(named) == 1:
        return named[0]
    described = [b for b in body if not named and not b.titles and holds(b.name, b) and b.name != a.name]
    return described[0] if len(described) == 1 else None


def one_holder(tk: str) -> bool:
    """Whether a title key ('ambassador|KHM', 'defence minister|THA') is an office one person of a country holds at a
    time ('ambassador', a minister of something, 'president'; not 'soldier', 'governor' or a bare 'minister'): role
    descriptions with such a title and that country, unnamed in every report, are one person."""
    role, _, country = tk.partition("|")
    words = role.split()
    if not country or not words:
        return False
    return " ".join(words) in _words()["office"] or (len(words) >= 2 and words[-1] == "minister")


def lone_word(a: Actor, doc: Document) -> str | None:
    """'lone word' for a person of one capitalised word with no title that the person rules joined to no one and
    that neither speaks nor is a party to an event of its report (met, was met, was shelled as a force), only what
    events did or befell ('shelled Ak-Sai', 'backed by Sequoia'): no name, no title, no speech, nothing shows it is
    someone; else None."""
    words = _bare(a.name)
    if a.type != "person" or len(words) != 1 or not words[0][:1].isupper() or a.titles \
            or (not doc.statements and not doc.events):
        return None
    partner = any(x.actor == a.id for e in doc.events for x in e.recipients if e.type in _PARTNERING
                  or x.sector in _ARMED)
    called = any((m := _NOUN_BEFORE.search(doc.text[max(0, s - 30):s])) and _role_word(m.group(1))
                 for s, _ in a.mentions)  # 'Her husband, Jun-Jun, a welder'
    return None if a.id in _doc_roles(doc)[0] or partner or called else "lone word"


def apposed(a: Actor, doc: Document) -> Actor | None:
    """For a person's role with no name ('A survivor') or a body's one-word name that is no name by its form ('The
    Amanyanabo'), the named person written after it and a comma at each mention ('A survivor, Marites Quijano,
    said'; 'The Amanyanabo of Ikarama, HRM Ebikeme, said'; :func:`~.place_uses.apposed_holder`), or None: the role
    is that person's."""
    if a.type == "person" and not (is_description(a.name) or all(w.islower() for w in _bare(a.name))):
        return None  # (a role or a noun of people with no name: 'A survivor')
    if a.type not in ("person", "organization", "unknown") or (a.type != "person" and (
            len(_bare(a.name)) != 1 or _strong_form(a))):
        return None
    return apposed_holder(a, doc)

