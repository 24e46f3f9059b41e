"""Names of a report that are no actor across reports: places, buildings, parts of bodies, vessels, bare roles.

In: a document actor, its document; out: why it is no corpus actor (a short reason), or None. The corpus linker
(:mod:`.actors`) gives such an actor a ``generic:`` key: it stays the actor of its report (and the source of its
statements) but is left out of actor lists and stance tables, like 'officials' with no country. The evidence is
what the name does in its report, with the words of ``data/not_actors.tsv``:

* **place**: a name with no word of a body (no 'ministry', 'court', 'Shipping', 'Ltd', no acronym) that neither
  speaks nor takes part in an event of its report (a one-word name may be what an event struck), and that is
  written at least half the times as where something is: after in, near, outside, towards, 'fled to', 'the
  village of' ... ('shooting near Mooinooi'), before a place noun ('the Sondela informal settlement'), or as the
  dateline ('MOOINOOI -'); after at, from or to only for a one-word name the recogniser did not call a person ('an
  MLA from Munsiyari'; not 'attributed the remarks to Bongani Mokoena', not 'a researcher at the Northern Policy
  Center', a workplace), and 'women from X'. A person's name is a place when it is one word with no title, or when
  it has no title and no given name first and every use of it is such a place ('near Prasat Ta Sala') or what an
  event struck or counted ('the count also included Oddar Meanchey'). Also: 'the fighting at X' ('at' after a word
  that is no person), a fronted 'On X,', 'X province' after a dateline town ('ANLONG VENG, Oddar Meanchey -'), a name
  written only after 'residents of' (even when the report gives it what the residents said), and a name of two or
  more words that opens with a word that opens place names in its language ('Wat X', 'Kampung X', 'Colonia X') or
  ends with a place feature ('X Air Base', 'X Pass'), even when it acts ('Phum Saron buries its dead'), unless it
  speaks. Also a town or region the gazetteer knows written before the people of it or who represent it ('A Leyte
  congressman', :mod:`.place_uses`), and a place noun after it in any case ('PILAR, Camotes Islands -'); a name whose
  only part in events is written just before the event's word ('Ikarama spill') is not counted as acting there.
  Whatever the recogniser called it;
* **building**: a body's name that neither speaks nor acts and is written at least half the times after in,
  inside, outside, into or near ('due in the Rustenburg Magistrate's Court'), or after 'at' that follows a word of
  no person ('told a press conference at the Ministry of Communication'); a court that rules acts and stays,
  and 'an analyst at X' is a workplace, not a place; a name ending in a building noun that is a body only when it
  speaks ('the bodies were taken to Surin Hospital');
* **office field**: a name of a field after 'Director (General) of' ('Air Operations' of 'the Director General of
  Air Operations'): part of a title, not a body, even when it speaks (the director does);
* **slogan**: a name every use of which is a whole sentence of a quotation ('chanting "Madzi ndi Moyo!"', '"Justice
  is served. Jai Hind."'), even when the recogniser called it a person;
* **label**: a headline or section label of ``data/labels.tsv`` ('Correction' of 'Correction, May 16: An earlier
  version said ...'), even when it speaks;
* **nationality word**, **headline fragment**: a name that is only an adjective of nationality ("his Thai" of 'his
  Thai and Cambodian counterparts'); a 'person' written only in the headline whose last word is one ('Deadly
  Thai-Cambodian border fighting erupts'); a name in capitals used only in lines written all in capitals, even when
  it speaks ('LE GOUVERNEMENT' of 'MUTINERIE À LOMÉ : LE GOUVERNEMENT REFUSE DE NÉGOCIER'; not a country or an
  agency);
* **part of a body**: an owner's office, offices, headquarters, gates ... that does not speak ("the commission's
  office", "Kgolo Platinum's regional offices"); the prime minister's office (a person's) is a body and stays;
* **body at another time**: a body described in lower case by a time that is not now ('the new parliament', 'the
  next government') that does not speak;
* **craft**: a name after a ship's prefix in capitals ('KM Perwira Laut', 'HMS Duncan') or after a noun of one
  vessel or aircraft in lower case ('the navy patrol vessel Kpessi', kind 'craft-one'); a name with no word
  of a body that does not speak (a ship may sail), written 'the X' at least half the times in a sentence that
  names vessels or aircraft before it ('six of its ships, among them the Kvarnholm Ida and the Nordic Tern');
* **press**: the report's own outlet or a news agency that does not speak ('Reuters could not independently
  verify the claims'), or another outlet by the word that ends its name that neither speaks nor acts ('told the
  Daily Sentinel');
* **given name** (:func:`bare_person`): a one-word person that is a given name, neither speaks nor acts and that
  the person rules joined to no one ('the shrine of Imam Ali');
* **owned role** (:func:`bare_person`): a role that is always someone's ('the spokeswoman', 'an official') with
  no owner and no name, or whose owner is only described ('the ministry spokeswoman', 'the head of the largest
  observer mission'), that the person rules joined to no one; **role with no owner**: any description in lower case
  with no country that they joined to no one ('prime minister', "the league's president");
* **anyone** (:func:`anonymous`): a person any of many may be, with no name and no body ('a senior Indian defence
  source', 'a European diplomat', 'an AFP journalist'), that the person rules joined to no one, even with a
  country.

:func:`speakers_and_partners` gives the actors that speak, act, are a party to an event (met, co-operated with) or
an armed target of one (shelled troops): the corpus linker leaves out a group with a country that is none of these
('attacks on Thai civilians').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..attribution.agents import is_label
from ..model import Actor, Document, actor_ids
from ..text import lexicons
from ..text.org_names import institution_heads, is_acronym, org_words
from ..text.person_names import nickname_before
from .place_uses import of_place_use, only_named_event
from .terms import sentence_start
from .written import written_spans

__all__ = ["anonymous", "bare_person", "not_an_actor", "quoted_only", "speakers_and_agents", "speakers_and_partners"]


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``data/not_actors.tsv``: kind -> its words."""
    out: dict[str, set[str]] = {}
    for word, kind in lexicons.rows("not_actors.tsv"):
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NAME = r"(?-i:[A-Z])[\w'’-]*"
_PART = rf"(?:{_NAME}|(?-i:[a-z]{{1,3}})-[\w'’-]+)"
"""A word of a place's name: capitalised, or an article joined by a hyphen ('al-Nil')."""
_OTHER_BEFORE = rf"(?:(?:{_PART}\s+){{0,2}}{_PART},?\s+(?:and|or)\s+)?"
"""Another place named first: 'in Preah Vihear and X'."""
_OTHER_AFTER = rf"(?:(?:and|or)\s+(?:{_NAME}\s+){{1,3}})?"
"""Another place named after it before the place noun: 'X and Trapeang Tav villages'."""


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = _words()
    return {
        # 'near X', 'the village of X', 'in Preah Vihear and X'
        "before": re.compile(rf"(?i)\b(?:{_alternation(w['locative'] | w['locative-in'])}"
                             rf"|(?:{_alternation(w['place'])})\s+of)\s+(?:the\s+)?{_OTHER_BEFORE}$"),
        "before_thing": re.compile(rf"(?i)(?<!according )\b(?:{_alternation(w['locative-thing'])})\s+(?:the\s+)?$"),
        "before_person": re.compile(rf"(?i)\b(?:{_alternation(w['origin'])})\s+from\s+(?:the\s+)?$"),
        # 'Residents of Qasr al-Nil and Tell Hamid said': the people of a place speak, not the place
        "people_of": re.compile(rf"(?i)\b(?:{_alternation(w['origin'])})\s+of\s+(?:the\s+)?{_OTHER_BEFORE}$"),
        "before_body": re.compile(rf"(?i)\b(?:{_alternation(w['locative-in'])})\s+(?:the\s+)?$"),
        # 'X villages', 'X and Y villages', 'X and Y air bases' (a noun in the plural); a place inside a named
        # province: 'X in Paktika province', 'X, in Y district'
        "after": re.compile(rf"^(?:\s+{_OTHER_AFTER}(?i:{_alternation(w['place'] | w['feature'])})(?:e?s)?\b"
                            rf"|,?\s+in\s+(?:{_NAME}\s+){{1,3}}(?:{_alternation(w['place'])})\b)"),
        # 'On Roatan, about 200 supporters gathered': a fronted 'on' before a name and a comma
        "fronted": re.compile(r"(?:^|[.!?:]\s+|\n)On\s+$"),
        "craft": re.compile(rf"(?i)\b(?:{_alternation(w['craft'])})\b"),
        "part": re.compile(rf"(?i)^(?:the\s+)?(.+?)['’]s\s+(?:{_alternation(w['part'])})$"),
    }


_LAST: tuple[Document, tuple[frozenset[str], frozenset[str], frozenset[str]]] | None = None
"""The last document asked about and its roles (the document itself, not its id: a freed document's id is reused)."""


def _doc_roles(doc: Document) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ids of a document's actors that are the source of a statement, that are that or the actor of an event,
    and that are any of these or the recipient of an event (the last document's are kept)."""
    global _LAST
    if _LAST is None or _LAST[0] is not doc:
        speakers: set[str] = set()
        for s in doc.statements:
            speakers.update(actor_ids(s.source.actor))
        doers = speakers | {x.actor for e in doc.events for x in e.actors if x.actor}
        agents = doers | {x.actor for e in doc.events for x in e.recipients if x.actor}
        _LAST = (doc, (frozenset(speakers), frozenset(doers), frozenset(agents)))
    return _LAST[1]


def speakers_and_agents(doc: Document) -> frozenset[str]:
    """The ids of a document's actors that are the source of a statement or the actor or recipient of an event."""
    return _doc_roles(doc)[2]


_PARTNERING = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
"""Event types whose recipient is a party to them ('cooperating with the authorities', 'met the envoys'), not what
befell it ('attacks on civilians')."""
_ARMED = frozenset({"MIL", "COP", "REB", "UAF", "SPY"})
"""Sectors of armed recipients: a force that is shelled is a party to the fighting ('shelled Ukrainian troops')."""


def speakers_and_partners(doc: Document) -> frozenset[str]:
    """The ids of a document's actors that are the source of a statement, the actor of an event, the recipient of an
    event of agreeing, consulting, co-operating or supporting, or an armed recipient of any event."""
    return _doc_roles(doc)[1] | {x.actor for e in doc.events for x in e.recipients
                                 if x.actor and (e.type in _PARTNERING or x.sector in _ARMED)}


def _body_words(name: str) -> bool:
    """Whether a name has a word of a body: a head noun ('court', 'ministry'), an ending of organisation names
    ('Shipping', 'Securities', 'Ltd'), or is an acronym, a news agency or a metonym ('the Kremlin')."""
    bare = re.sub(r"(?i)^the\s+", "", name.strip())
    if is_acronym(bare) or lexicons.agency(bare) is not None or bare.lower() in lexicons.institutions():
        return True
    heads, endings, suffixes = institution_heads(), lexicons.org_endings(), org_words().suffixes
    words = [w.lower().removesuffix("'s").removesuffix("’s").strip(".,") for w in bare.split()]
    return any(w in heads or w in endings or w in suffixes for w in words) or any(
        " ".join(words[i:i + 2]) in heads for i in range(len(words) - 1))


def _uses(a: Actor, text: str) -> list[tuple[int, int]]:
    """Where a report writes an actor: its mentions, and every other place its name (without 'the') is written,
    in any case ('MOOINOOI -')."""
    bare = re.sub(r"(?i)^the\s+", "", a.name.strip())
    spans = {(s, e) for s, e in a.mentions}
    if bare:
        spans |= set(written_spans(bare, text))  # 'Ak Sai' for 'Ak-Sai'
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda x: (x[1], x[0])):  # 'the Baltic Wren' and 'Baltic Wren': one use
        if out and out[-1][1] == end:
            out[-1] = (max(out[-1][0], start), end)
        elif not out or start >= out[-1][1]:
            out.append((start, end))
    return out


_DATELINE_TOWN = re.compile(r"(?:^|\n)(?-i:[A-Z][A-Z'’.\- ]+),\s+$")
"""The town of a dateline, before its province: 'ANLONG VENG, ' of 'ANLONG VENG, Oddar Meanchey -'."""


def _dateline(text: str, start: int, end: int) -> bool:
    """A use at the start of a line written in capitals and followed by a dash, comma or bracket ('MOOINOOI -'), or
    after such a town and a comma and followed by a dash ('ANLONG VENG, Oddar Meanchey -')."""
    after = re.match(r"\s*(?:[-—–,(]|\(|$)", text[end:end + 4]) is not None
    if (start == 0 or text[start - 1] == "\n") and text[start:end].isupper():
        return after
    return after and text[end:end + 3].strip()[:1] in "-—–" and \
        _DATELINE_TOWN.search(text[max(0, start - 40):start]) is not None


def quoted_only(a: Actor, doc: Document) -> bool:
    """Whether every mention of an actor is inside a quotation of its paragraph (more opening than closing quotation
    marks before it, or an odd number of straight ones): a speaker's 'the government' is whoever the speaker means,
    so it takes no country from the report's sentence, paragraph or dateline."""
    text = doc.text
    for start, _ in a.mentions:
        para = text[text.rfind("\n", 0, start) + 1:start]
        if para.count("“") <= para.count("”") and para.count('"') % 2 == 0:
            return False
    return bool(a.mentions)


def _later(a: Actor, speakers: frozenset[str]) -> bool:
    """A body described by a time that is not now ('the new parliament', 'the next government') that does not
    speak: that body at another time, not an actor of the report."""
    words = [w for w in a.name.split() if w.lower() != "the"]
    return (len(words) >= 2 and a.type in ("organization", "unknown") and a.id not in speakers
            and words[0].lower() in _words()["time"] and all(w[:1].islower() for w in words[1:])
            and words[-1].lower() in institution_heads())


def not_an_actor(a: Actor, doc: Document) -> str | None:
    """Why document actor ``a`` is no actor across reports ('place', 'building', 'part of a body', 'craft'), or None
    (see the module doc)."""
    if a.type == "country" or not a.name.strip():
        return None
    if is_label(a.name):
        return "label"  # 'Correction, May 16: An earlier version of this article said ...': the outlet's label
    speakers, doers, agents = _doc_roles(doc)
    if a.id in doers and a.id not in speakers and only_named_event(a, doc):
        doers, agents = doers - {a.id}, agents - {a.id}  # 'Ikarama spill': the event's place, not its doer
    pats = _patterns()
    if a.type in ("organization", "group", "unknown") and a.id not in speakers:
        m = pats["part"].match(a.name.strip())
        owner = m.group(1).split()[-1].lower() if m else ""
        if m and lexicons.roles().get(owner, "institution") == "institution" \
                and lexicons.people_nouns().get(owner) != "person":  # not "the prime minister's office"
            return "part of a body"
    if _later(a, speakers):
        return "body at another time"
    if _capitals_only(a, doc.text):
        return "headline fragment"  # 'LE GOUVERNEMENT' of 'MUTINERIE À LOMÉ : LE GOUVERNEMENT REFUSE DE NÉGOCIER'
    if a.type != "person" and _office_field(a.name, doc.text, _uses(a, doc.text)):
        return "office field"  # 'the Director General of Air Operations': a title, even where a parser made it speak
    if a.id in speakers:
        return "place" if _people_of(a, doc) else None  # a ship or a court that speaks is an actor
    if _press(a, doc, doers):
        return "press"
    body = _body_words(a.name)
    person = a.type == "person"
    text = doc.text
    uses = _uses(a, text)
    if (why := _nationality(a, text, uses)) is not None:
        return why
    if a.id not in doers and _slogan(text, uses):
        return "slogan"  # 'chanting "Free Varno!"', 'posts on X: "Justice is served. Long live Varnia."'
    if _ship(a, text, uses):
        return "craft"  # 'spotted by the patrol vessel KM Perwira Laut'
    if not body and _named_place(a):
        return "place"  # 'Wat Phum Saron', 'Takhli Air Base' (even 'Phum Saron buries its dead': the village's people)
    if _building(a) and a.id not in doers:
        return "building"  # 'the bodies were taken to Surin Hospital', 'shells hit the Al-Noor School'
    if not body and person and (a.titles or len(a.name.split()) >= 2):
        if _only_where(a, doc, uses, doers):
            return "place"
        return None  # 'Zhao Lei', 'Bongani Mokoena': a person's name, whatever is written before it
    if not uses or not all(w[:1].isupper() for w in re.sub(r"(?i)^the\s+", "", a.name.strip()).split()
                           if w.lower() not in ("of", "and", "de", "la", "el", "al")):
        return None  # a proper name only ('speaking to reporters' is no place)
    one_word = not any(re.search(r"\s", text[start:end].strip()) for start, end in uses)
    placed = crafted = 0
    for start, end in uses:
        before = text[max(0, start - 40):start]
        if body:  # 'due in the X Court'; 'a press conference at the Ministry of X' (not 'a researcher at X')
            placed += bool(pats["before_body"].search(before) or _happened_at(before))
            continue
        if pats["before"].search(before) or pats["after"].match(text[end:end + 40]) or _dateline(text, start, end) \
                or (pats["before_person" if person else "before_thing"].search(before) and (person or one_word)) \
                or (one_word and pats["fronted"].search(before) and text[end:end + 1] == ",") \
                or (not person and _happened_at(before)) or of_place_use(a, text, end):
            placed += 1
        elif before.endswith(("the ", "The ")) and pats["craft"].search(text[sentence_start(text, start) + 1:start]):
            crafted += 1
    # 'forces shelled Ak-Sai': still a place; a name of several words only when every use says where
    struck = not body and a.id not in doers and (one_word or placed == len(uses))
    if placed and 2 * placed >= len(uses) and (a.id not in agents or struck):  # (not 'an explosion at the X plant')
        return "building" if body else "place"
    if crafted and 2 * crafted >= len(uses):
        return "craft"
    return None


_DIRECTOR_BEFORE = re.compile(r"\b(?-i:Director|Directorate)(?:[\s-]+(?-i:General))?\s+(?:of\s+(?:the\s+)?)?$",
                              re.IGNORECASE)


def _office_field(name: str, text: str, uses: list[tuple[int, int]]) -> bool:
    """Whether a name is only the field of a director's office: it ends with a word of a field (``org_words.tsv``
    kind 'domain': operations, intelligence ...), holds no head noun of a body, and every use follows 'Director
    (General) of' ('Air Operations' of 'the Director General of Air Operations', 'General of Military Operations' of
    a 'Director General of ...' cut by the recogniser); not 'Department of Foreign Affairs'."""
    words = [w.lower() for w in re.sub(r"(?i)^(?:the\s+)?(?:general\s+of\s+(?:the\s+)?)?", "", name.strip()).split()]
    table = org_words()
    forces = {w for pair in table.forces for w in pair[0].split()}  # 'Military Operations' is a field
    if not words or words[-1] not in table.domains or any(
            (w in institution_heads() or w in table.heads) and w not in forces for w in words):
        return False
    return bool(uses) and all(_DIRECTOR_BEFORE.search(text[max(0, s - 40):s]) for s, _ in uses)


_QUOTE_OPEN = re.compile(r"(?:[\"“‘«]|[.!?]\s)\s*$")
_QUOTE_CLOSE = re.compile(r"\s*[.!?]*\s*[\"”’»]|\s*[.!?]+\s*(?:\n|$|(?=[A-Z\"“«]))")


def _slogan(text: str, uses: list[tuple[int, int]]) -> bool:
    """Whether every use of a name is a whole sentence of a quotation or of an embedded post (a paragraph under a
    header with '·'): a slogan, chant or motto ('chanting "Madzi ndi Moyo!"', '« Sécurité d'abord ! »', '"Justice is
    served. Jai Hind."'), not someone named."""
    for start, end in uses:
        para = text[text.rfind("\n", 0, start) + 1:start]
        post = " · " in text[text.rfind("\n\n", 0, start):start]  # an embedded post's text, under its header
        inside = post or para.count("“") + para.count("«") > para.count("”") + para.count("»") \
            or para.count('"') % 2 == 1
        if not (inside and _QUOTE_OPEN.search(para) and _QUOTE_CLOSE.match(text, end)) \
                or nickname_before(para.rstrip(" \"“‘«")):
            return False  # (not 'whom supporters call "La Doctora"': a nickname)
    return bool(uses)


_PREFIX_BEFORE = re.compile(r"(?:^|[\s(\"'“‘])([A-Z]{2,5})\s+$")
_NOUN_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")
"""A word in lower case just before a name ('the patrol vessel ' of 'the patrol vessel Kpessi')."""


def _ship(a: Actor, text: str, uses: list[tuple[int, int]]) -> bool:
    """Whether a name is a ship's or an aircraft's: it opens with a ship's prefix in capitals ('HMS Duncan') or with
    words in lower case that end with a noun of one craft ('navy patrol vessel Kpessi'), or at least half its uses
    follow one of these ('KM' + 'Perwira Laut', 'the tanker ' + 'Nordic Star'; ``data/not_actors.tsv`` kinds
    'craft-prefix', 'craft-one')."""
    prefixes, nouns = _words().get("craft-prefix", frozenset()), _words().get("craft-one", frozenset())
    words = a.name.split()
    first = words[0]
    if first.isupper() and first.lower() in prefixes and len(words) > 1:
        return True
    lower = [w for w in words if w[:1].islower()]
    if lower and words[:len(lower)] == lower and len(lower) < len(words) and lower[-1] in nouns:
        return True  # 'navy patrol vessel Kpessi': a name the recogniser took with the craft's noun
    named = lexicons.norm(first) not in lexicons.first_names()  # not 'the boat Juan Cruz owned'
    after = sum(1 for start, _ in uses if ((m := _PREFIX_BEFORE.search(text[max(0, start - 8):start]))
                                           and m.group(1).lower() in prefixes)
                or (named and (n := _NOUN_BEFORE.search(text[max(0, start - 16):start])) and n.group(1) in nouns))
    return bool(uses) and 2 * after >= len(uses)


_AT = re.compile(r"(?i)\b([a-z]+)\s+at\s+(?:the\s+)?$")


def _happened_at(before: str) -> bool:
    """Whether the text before a name ends in 'at' after a word that is no person ('the fighting at X', 'anything at
    X'); 'a researcher at X', 'officials at X' are where someone works, 'arrived at' is counted elsewhere."""
    m = _AT.search(before)
    if m is None:
        return False
    word = m.group(1).lower()
    stem = word[:-1] if word.endswith("s") else word
    nouns, roles = lexicons.people_nouns(), lexicons.roles()
    return not any(w in nouns or w in roles for w in (word, stem)) and word not in ("look", "looked", "looking")


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})


def _nationality(a: Actor, text: str, uses: list[tuple[int, int]]) -> str | None:
    """'nationality word' for a name that is only an adjective of nationality ("his Thai" of 'his Thai and Cambodian
    counterparts'); 'headline fragment' for a 'person' written only in the headline whose last word is such an
    adjective ('Deadly Thai-Cambodian border fighting erupts'); else None."""
    words = [w for w in a.name.split() if w.lower() not in _DETERMINERS]

    def adjective(word: str) -> bool:
        parts = re.split(r"[-–]", word.strip(".,"))  # 'Thai-Cambodian'; not 'ASEAN' (a body), not 'Iraq'
        return all(p[:1].isupper() and not p.isupper() and lexicons.norm(p) in lexicons.demonyms()
                   and lexicons.norm(p) not in lexicons.country_names() for p in parts)

    if not words:
        return None
    if all(adjective(w) for w in words):
        return "nationality word"
    headline = text.find("\n") if "\n" in text else len(text)
    if a.type == "person" and not a.titles and len(words) >= 2 and adjective(words[-1]) and uses \
            and all(e <= headline for _, e in uses):
        return "headline fragment"
    return None


def _capitals_only(a: Actor, text: str) -> bool:
    """A name written in capitals whose every use (in any case) is in a line written all in capitals (a headline, a
    label or a section title: 'LE GOUVERNEMENT', 'DE NÉGOCIER', 'LES'): words of the headline, whatever the
    recogniser made of them, not a name the report gives anyone; a country or a news agency stays ('UN', 'AFP')."""
    words = a.name.split()
    if not a.name.isupper() or not a.mentions or sum(c.isalpha() for c in a.name) < 2:
        return False
    if len(words) == 1 and (lexicons.country_code(a.name) or lexicons.agency(a.name) is not None):
        return False
    for start, end in _uses(a, text):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if not text[line_start:line_end if line_end >= 0 else len(text)].isupper():
            return False
    return True


_PARTICLES = frozenset({"de", "del", "la", "le", "les", "du", "des", "d'", "of", "the", "al", "el", "di"})
"""Words in lower case inside a place's name ('Place de la Nation', 'Plaza de Armas')."""


def _named_place(a: Actor) -> bool:
    """A name of two or more capitalised words of no body and no title that opens with a word that opens place names
    in the language of the place ('Wat Phum Saron', 'Kampung Baru', 'Colonia Kennedy') or ends with a place noun
    ('Takhli Air Base', 'Chong Sa-ngam Pass'), and not with a word of a body ('Mount Sinai Hospital'); or that opens
    with a word of a camp, square or street ('Camp X', 'Place de la Nation'), and does not end with a building's."""
    words = re.sub(r"(?i)^the\s+", "", a.name.strip()).split()
    if a.titles or len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() or w in _PARTICLES for w in words) \
            or not words[0][:1].isupper() or words[-1] in _PARTICLES:  # 'Route 221', 'Place de la Nation'
        return False
    w = _words()
    first, last, last2 = words[0].lower(), words[-1].lower(), " ".join(words[-2:]).lower()
    if first in w["site-first"] and lexicons.people_nouns().get(last) != "building":
        return True  # 'Place de la Nation', 'Camp Tengu': a square, a camp (not 'Camp Orvan Hospital')
    if lexicons.people_nouns().get(last) in ("body", "building") or last in lexicons.org_endings():
        return False
    if a.type == "person" and (first in lexicons.first_names() or lexicons.norm(a.name) in lexicons.people()):
        return False  # 'Ban Ki-moon' is someone
    return first in w["place-first"] or last in w["feature"] or last2 in w["feature"] or last in w["place"]


def _building(a: Actor) -> bool:
    """A capitalised name that ends with a noun of a building that is a body only when it speaks ('Surin Hospital',
    'Al-Noor School'; ``people_nouns.tsv`` kind 'building')."""
    words = re.sub(r"(?i)^the\s+", "", a.name.strip()).split()
    return len(words) >= 2 and not a.titles and all(w[:1].isupper() for w in words) \
        and lexicons.people_nouns().get(words[-1].lower()) == "building"


def _people_of(a: Actor, doc: Document) -> bool:
    """A proper name of no body and no title, not opening with a given name, that is written only after 'residents
    of', 'villagers of', 'families of' ... ('Residents of Qasr al-Nil and Tell Hamid said they heard explosions'):
    what the report gave it to say, the people of a place said."""
    people_of = _patterns()["people_of"]
    if a.titles or not a.mentions or not all(people_of.search(doc.text[max(0, s - 50):s]) for s, _ in a.mentions):
        return False  # (the mentions first: most speakers are not written so, and this is asked of every speaker)
    words = re.sub(r"(?i)^the\s+", "", a.name.strip()).split()
    if not words or _body_words(a.name) or lexicons.norm(words[0]) in lexicons.first_names():
        return False
    return all(people_of.search(doc.text[max(0, s - 50):s]) for s, _ in _uses(a, doc.text))


def _press(a: Actor, doc: Document, doers: frozenset[str]) -> bool:
    """The report's own outlet or a news agency that does not speak ('Reuters could not independently verify the
    claims', 'Pacific World Service was not able to verify either account'), or another outlet, by the word that
    ends its name, that neither speaks nor acts ('Joshi told the Daily Sentinel', 'Photo: El Vigia'): the press,
    not a party."""
    name = lexicons.norm(a.name)
    outlet = lexicons.norm(re.sub(r"\s*\([^()]*\)\s*$", "", doc.meta.outlet or ""))
    words = re.sub(r"(?i)^the\s+", "", a.name.strip()).split()
    named = a.type in ("organization", "unknown") and a.id not in doers and len(words) >= 2 \
        and all(w[:1].isupper() for w in words) and words[-1].lower() in _words()["outlet"]
    return bool(name) and (name == outlet or lexicons.agency(a.name) is not None or named)


def _only_where(a: Actor, doc: Document, uses: list[tuple[int, int]], doers: frozenset[str]) -> bool:
    """A name of several words the recogniser called a person that is only ever where something is ('near Prasat Ta
    Sala', 'in Ban Phum Saron', 'ANLONG VENG, Oddar Meanchey -', 'the fighting at Chong Sa-ngam') or what an event
    struck or counted ('the aid group's count also included Oddar Meanchey'): no title, not the actor of any event,
    every use after in, near, outside, 'the fighting at' ... or before a place noun, or the dateline, or an event's
    recipient, and one use of the first kinds; with a given name first, every use before a place noun ("Varnia's
    Amir Dost and Kelmar bases")."""
    pats = _patterns()
    text = doc.text
    first = lexicons.norm(a.name.split()[0])
    if a.titles or not uses or a.id in doers:
        return False
    if first in lexicons.first_names() and not all(pats["after"].match(text[e:e + 40]) for _, e in uses):
        return False  # (a given name first: only before a place noun, 'the Amir Dost and Kelmar bases')
    struck = [sp for e in doc.events for x in e.recipients if x.actor == a.id for sp in x.spans]
    where = [bool(pats["before"].search(text[max(0, s - 40):s]) or pats["after"].match(text[e:e + 40])
                  or _dateline(text, s, e) or _happened_at(text[max(0, s - 40):s])
                  or pats["people_of"].search(text[max(0, s - 50):s])) for s, e in uses]
    return any(where) and all(w or any(s < se and ss < e for ss, se in struck)
                              for w, (s, e) in zip(where, uses, strict=True))


def anonymous(name: str) -> bool:
    """Whether a person 'name' is someone any of many may be, with no name and no body: a word of kind 'anyone'
    (official, source, diplomat ...) after only words in lower case, a country or its adjective, a region's adjective
    or a news agency ('a senior Indian defence source', 'European diplomat', 'AFP journalist'; not 'IEC official',
    whose body is named, nor 'Western Cape official')."""
    words = [w for w in name.replace("’", "'").split() if w.lower() not in ("the", "a", "an")]
    if len(words) < 1 or words[-1].lower() not in _words()["anyone"] or not words[-1][:1].islower():
        return False
    return all(w[:1].islower() or w.lower() in _words()["region"] or lexicons.country_code(w.removesuffix("'s"))
               or (lexicons.agency(w) is not None and w[:1].isupper()) for w in words[:-1])


def _office_in_lower_case(words: list[str]) -> bool:
    """Whether a description's words are in lower case (the first may be capitalised at a sentence's start: 'Prime
    minister') and end with an office or a title of ``roles.tsv`` ('prime minister', "league's president", 'chief';
    not 'medic', a witness)."""
    if not words or not all(w[:1].islower() for w in words[1:]) or not (
            words[0][:1].islower() or (len(words) > 1 and words[0][1:].islower())):
        return False
    roles = lexicons.roles()
    tail = [w.lower().replace("’", "'") for w in words]
    return roles.get(" ".join(tail[-2:])) in ("title", "leader") or roles.get(tail[-1]) in ("title", "leader")


def bare_person(a: Actor, doc: Document, role: bool = False) -> str | None:
    """For a person the person rules joined to no one: 'given name' for a one-word given name that neither speaks
    nor acts ('Ali' of 'the shrine of Imam Ali'), 'owned role' for a role that is always someone's with no owner
    and no name ('the spokeswoman'; for a description, ``role``: 'the ministry spokeswoman', 'the head of the
    observer mission'); else None."""
    words = [w for w in a.name.split() if w.lower() not in ("the", "a", "an")]
    if anonymous(a.name):
        return "anyone"  # 'a senior Indian defence source', 'a European diplomat': no one in particular
    role = role and not a.country  # "the army spokesman" of Kyrgyzstan has an owner
    if role and len(words) >= 2 and all(w[:1].islower() for w in words) and words[-1].lower() in _words()["owned"]:
        return "owned role"  # 'the ministry spokeswoman': whose ministry, the report does not say
    if role and len(words) >= 3 and words[0].lower() in _words()["office"] and words[1] == "of" \
            and words[2][:1].islower():
        return "owned role"  # 'the head of the largest foreign observer mission': the mission's officer, unnamed
    if role and _office_in_lower_case(words):
        return "role with no owner"  # 'prime minister', "the league's president": whose, the report does not say
    if len(words) != 1:
        return None
    word = words[0].lower()
    if word in _words()["owned"]:
        return "owned role"
    if word in lexicons.first_names() and words[0][:1].isupper() and a.id not in _doc_roles(doc)[2]:
        return "given name"
    return None
