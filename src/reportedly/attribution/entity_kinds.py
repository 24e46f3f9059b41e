"""What a named entity is in this document: the NER's label corrected by the name's words and its use.

spaCy's NER labels a name by its look: 'Sumy' and 'Sudzha' come out as persons, 'Annika Lindqvist' and
'Olaf Scholz' as organisations, 'Kvarnholm Shipping' and 'Storm Bella' as persons. What the name does
in the sentence, and the words it is made of, say better:

* a thing, an event, an operation or a label (:func:`~.agents.thing_kind`: 'Operation Iron Pass',
  'Rafale', 'EXPLAINER') names no actor;
* a person's name is kept as one when ``data/people.tsv`` knows it, when it opens with a given name
  (``data/first_names.tsv``), follows a title or an honorific, or is the surname of a person named in
  full in the document;
* otherwise a name that the gazetteer knows, or that the document uses as a place ('in Valmora', 'near
  Zaoleshenka', 'recaptured Sudzha', 'the Sumy region'), is a place (label ``GPE``: a country stays an
  actor, a town is none), unless it speaks ('Chelsea said');
* a "person" whose last word names an organisation ('Shipping', 'Holdings', ``data/org_endings.tsv``) is
  an organisation, and an "organisation" with a given name and no such word is a person.

In: the parse. Out: :func:`entity_labels`, the label to use for each entity (by token range), or None
when the entity is no actor.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..text import lexicons, places
from ..text.lexicons import norm
from ..text.nlp import Parsed
from ..text.org_names import institution_heads, is_acronym, org_words
from .agents import is_capital, is_weapon_word, known_place, thing_kind
from .cues import cue_lexicon

_LOCATIVE = {"in", "near", "at", "outside", "around", "inside", "into", "towards", "toward", "across", "through",
             "within", "along", "beyond", "behind", "nearby"}
_PLACE_HEADS = {"city", "town", "village", "hamlet", "settlement", "outskirts", "centre", "center", "edge", "streets",
                "capture", "recapture", "fall", "liberation", "siege", "shelling", "bombing", "encirclement",
                "residents", "mayor", "governor", "hospital", "airport", "port", "border", "front", "area",
                "neighborhood", "neighbourhood", "suburb", "district", "post", "checkpoint", "outpost", "crossing",
                "enclave", "magistrate", "collector", "toll", "municipality", "ward", "tehsil", "block",
                "commune", "township", "county", "terminal", "harbour", "harbor", "park", "zone", "valley",
                "estate"}
_EVENT_HEADS = {"landslide", "flood", "floods", "flooding", "blast", "explosion", "shooting", "fire", "attack",
                "strike", "clash", "clashes", "massacre", "bombing", "earthquake", "quake", "shelling", "raid"}
"""'the Sobla landslide', 'the Kulundu shooting': a name before them is often the place, sometimes an owner."""
_PLACE_VERBS = {"shell", "bomb", "capture", "recapture", "retake", "seize", "enter", "liberate", "surround",
                "encircle", "storm", "besiege", "occupy", "evacuate", "abandon", "overrun", "raid", "reach", "flood",
                "hit", "strike", "leave", "visit", "tour", "lash", "pound", "batter", "ravage", "devastate", "sweep",
                "inundate", "submerge", "shake", "rock"}
_MOTION_VERBS = {"send", "move", "deploy", "travel", "go", "come", "return", "fly", "drive", "march", "flee", "head",
                 "rush", "transfer", "dispatch", "airlift", "evacuate", "relocate", "redeploy", "withdraw", "retreat"}
"""Verbs whose 'to' names where someone goes ('units sent to Kok-Tash')."""
_SITE_HEADS = {"office", "offices", "shaft", "hostel", "plant", "factory", "mine", "camp", "barracks", "base",
               "depot", "warehouse", "refinery", "smelter", "yard", "campus", "compound", "premises", "branch"}
"""'the company's Kroondal offices', 'the Wolwekraal shaft': a name written before these is where the site is (not
'Kgolo's offices', where a possessive owns it)."""
_MARKET_HEADS = {"market", "index", "exchange", "bourse"}
"""'on the KOSDAQ market': a name before these is a market, no actor."""
_PLACE_SUBJECT_VERBS = {"fall", "lie", "sit", "border", "burn", "flood", "mourn"}
_NAME_LABELS = ("PERSON", "ORG")
_BIG_CITY = 100_000
"""A city this large, named where a place goes ('in Sumy'), is the place even when the NER says organisation."""
_TOWN = 20_000
"""A town this large that neither speaks nor acts is the place even when the NER says organisation."""


def _words(ent: SpacySpan) -> list[Token]:
    """The entity's words without a leading determiner and a trailing possessive or punctuation."""
    words = [t for t in ent if not t.is_punct or t.text == "-"]
    while words and words[0].lower_ in ("the", "a", "an"):
        words.pop(0)
    while words and words[-1].text in ("’s", "'s", "'", "’"):
        words.pop()
    return words


def _place_use(root: Token) -> int:
    """How a name is used as a place: 2 surely ('recaptured Sudzha', 'the Kursk region', 'the town of Sudzha'),
    1 likely ('in Sumy', 'near Zaoleshenka': also 'in Congress', 'at Harvard'), 0 not."""
    hops = 0
    while root.dep_ == "conj" and root.head.i < root.i and hops < 10:  # 'the villages of Zaoleshenka and X'
        root, hops = root.head, hops + 1
        if (root.ent_type_ in ("GPE", "LOC") or (root.ent_iob_ == "B" and known_place(root.text)
                                                 and root.i + 1 < len(root.doc) and root.nbor().ent_iob_ != "I")) \
                and not lexicons.country_code(root.text):
            return 2  # 'in Basra, Dhi Qar and Maysan', 'out of Gunji and Budhi': named with places
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        noun = head.head.lemma_.lower()
        if head.lower_ == "of" and (noun in _PLACE_HEADS or places.is_region_word(noun)):
            return 2
        if head.lower_ in _LOCATIVE or (head.lower_ == "from" and head.head.pos_ == "NOUN" and (
                lexicons.people_nouns().get(noun) == "person" or noun in lexicons.roles())):
            return 1  # 'in Sumy'; 'a boy from Ak-Sai', 'an MLA from Munsiyari' (not 'a call from Macron')
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _MOTION_VERBS:
        return 1  # 'units sent to Kok-Tash', 'travelled to Khujand'
    if root.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in _PLACE_VERBS:
        return 2
    noun = head.lemma_.lower()
    if head.i > root.i and head.is_lower and ((root.dep_ in ("compound", "nmod") and places.is_region_word(noun)) or (
            root.dep_ in ("compound", "nmod", "poss") and noun in _PLACE_HEADS)):
        return 2  # 'the Kursk region', 'Sumy's mayor', 'Kok-Tash post' (not 'Kim's mental state')
    if head.i > root.i and head.is_lower and root.dep_ == "compound" and head.lower_ in _EVENT_HEADS:
        return 1
    if head.i > root.i and head.is_lower and root.dep_ in ("compound", "nmod") and head.lower_ in _SITE_HEADS:
        return 1
    return 0


def _vehicle(root: Token) -> bool:
    """Whether a name is in apposition to a ship, an aircraft or a weapon ('two ships, the Ida and the Tern',
    'the tanker Nordic Tern')."""
    hops = 0
    while root.dep_ == "conj" and root.head.i < root.i and hops < 10:
        root, hops = root.head, hops + 1
    head = root.head
    if root.dep_ == "appos":
        if head.pos_ in ("NUM", "PRON", "DET") or head.like_num:  # 'two of the ships, the Ida and the Tern'
            head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), head)
        return is_weapon_word(head.lemma_)
    if root.dep_ in ("compound", "nmod") and head.i > root.i and head.is_lower and is_weapon_word(head.lemma_):
        return True  # 'Mi-17 and ALH Dhruv helicopters': a model of aircraft
    return any(c.dep_ == "compound" and c.i < root.i and is_weapon_word(c.lemma_) and c.is_lower
               for c in root.lefts)


def _big_city(text: str, size: int = 0) -> bool:
    size = size or _BIG_CITY
    # a first-level division ('KwaZulu-Natal', 'Khyber Pakhtunkhwa') has no population in the gazetteer; it is big
    return any((c.kind == "region" and c.country and c.admin1)
               or (c.kind in ("city", "region") and c.population >= size) for c in places.candidates(text))


_CURRENCY = {"sek", "kronor", "krona", "usd", "eur", "euros", "dollars", "rupees", "yuan", "rmb", "pounds", "gbp",
             "dinars", "rubles", "roubles", "soms", "somoni", "yen", "won"}


def _not_a_name(words: list[Token]) -> bool:
    """Words the NER took for a person's or a body's name that are none: a common noun alone ('Turnout was
    41 percent'), a word of people or places alone ('Border guard wounded'), an amount ('Kvarnholm SEK'),
    nationalities joined ('Kyrgyz-Tajik talks'), words with no capital letter at all and no word of a body, of
    people or of a role (a sentence of another language read as English: 'das importações de carne'; not 'defence
    ministry')."""
    if any(t.like_num or t.lower_ in _CURRENCY for t in words):
        return True
    if not any(c.isupper() for t in words for c in t.text) and not any(
            t.lower_ in heads or t.lemma_.lower() in heads or t.lemma_.lower() in lexicons.people_nouns()
            or t.lower_ in lexicons.roles() for t in words for heads in [institution_heads()]):
        return True  # 'das importações de carne', 'desta quarta-feira' (not 'defence ministry'): no capital
    parts = [x for t in words for x in t.text.split("-") if x and x != "-"]
    if len(parts) >= 2 and all(lexicons.country_code(x) for x in parts):
        return True  # 'Kyrgyz-Tajik' (talks, border): two nationalities, no one's name
    if len(words) != 1:
        return False
    t = words[0]
    low = t.lower_
    if low in lexicons.first_names() or low in lexicons.people_by_surname():
        return False
    return t.pos_ == "NOUN" or low in _PLACE_HEADS or low in lexicons.people_nouns() or \
        lexicons.roles().get(low, "").startswith(("title", "leader", "group"))


def _speaks(root: Token) -> bool:
    """Whether the name is the subject of a reporting verb ('Chelsea said')."""
    head = root.head
    return root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and (head.lemma_.lower(), "verb") in cue_lexicon()


def _apposed_person(root: Token) -> bool:
    """Whether the name has an apposition that says it is a person: a role or a noun of people at its head
    ('Ferrera, a 52-year-old former mayor of Choluteca, told ...')."""
    return any(c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN" and (
        lexicons.roles().get(c.lower_) in ("title", "leader")
        or lexicons.people_nouns().get(c.lemma_.lower()) == "person") for c in root.children)


def _after_person_noun(e: SpacySpan) -> bool:
    """Whether a name of two words or more stands for a noun of a person right before it: the noun's apposition
    ("the fisherman's mother, Dionisia Quispe,") or the name after a lower-case noun of a person ('farm owner Perminus
    Kuria Gatheru said')."""
    words = [t for t in e if t.is_alpha]
    if len(words) < 2 or not all(t.is_title for t in words) or e.start == 0:
        return False
    nouns, root = lexicons.people_nouns(), e.root
    if root.dep_ == "appos" and root.head.i < e.start and root.head.is_lower and \
            nouns.get(root.head.lemma_.lower()) == "person":
        return True
    before = e.doc[e.start - 1]
    return before.is_lower and before.is_alpha and nouns.get(before.lemma_.lower()) == "person"


def _addressed(root: Token) -> bool:
    """Whether the name is the one a speaker tells something ('told the Kumaon Herald', 'told TT')."""
    head = root.head
    return root.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell"


def _press(text: str, words: list[Token]) -> bool:
    """Whether a name is a news agency's (``data/agencies.tsv``) or a newspaper's or broadcaster's (its last
    word a media word of ``data/org_endings.tsv``: 'Herald', 'Daily', 'Journal', 'News')."""
    return lexicons.agency(text) is not None or (
        bool(words) and lexicons.org_endings().get(words[-1].lower_.rstrip(".")) == "media")


def _acts(root: Token) -> bool:
    """Whether the name does or has something as a person would: a subject ('Kim warned'), an owner ('Kim's
    mental state'). A town that 'fell' or 'was shelled' does not count."""
    if root.dep_ == "poss":
        return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() not in _PLACE_SUBJECT_VERBS


def _titled(ent: SpacySpan, words: list[Token]) -> bool:
    """A title or an honorific before the name ('Mr Aas', 'President Rahmon', 'Maj Gen Nazarov')."""
    roles = lexicons.roles()
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    inside = [t for t in ent if t.i < words[0].i] if words else []
    return any(t is not None and roles.get(t.lower_.rstrip("."), "") in ("title", "leader", "honorific:m",
                                                                        "honorific:f") for t in [before, *inside])


def _without_titles(words: list[Token]) -> list[Token]:
    """A name's words after the titles and ranks that open it ('Major', 'Defence Minister', 'Mr')."""
    roles = lexicons.roles()
    k = 0
    while k < len(words) - 1 and (roles.get(words[k].lower_.rstrip("."), "") in ("title", "leader", "honorific:m",
                                                                              "honorific:f")):
        k += 1
    return words[k:]


def _name_like(words: list[Token]) -> bool:
    """Words that can be a person's name: capitalised, none a title, a role, a noun of people or an org word."""
    roles = lexicons.roles()
    nouns = lexicons.people_nouns()
    return bool(words) and all(t.text[:1].isupper() and t.lower_ not in roles and t.lower_ not in nouns
                               and t.lemma_.lower() not in nouns and not _org_ending(t.text) for t in words)


def _org_ending(word: str) -> bool:
    low = word.lower().replace(".", "")
    return low in lexicons.org_endings() or lexicons.roles().get(low) == "institution"


def _body_apposition(e: SpacySpan) -> bool:
    """Whether a name is followed by a comma and a description of a body ('Ombrel, the local subsidiary of Korvath',
    'Halvard, a unit of ...', 'Brenmark, the operator,'; not 'a lawyer for the opposition'): its head noun, before
    a preposition or punctuation, is a body noun of ``data/people_nouns.tsv``, a head or a tie word of
    ``data/org_words.tsv``, or an institution."""
    doc = e.doc
    if e.end + 2 >= len(doc) or doc[e.end].text != "," or doc[e.end + 1].lower_ not in ("the", "a", "an"):
        return False
    head = None
    for t in doc[e.end + 2:min(len(doc), e.end + 8)]:
        if t.is_punct or (t.pos_ in ("ADP", "VERB", "AUX") and t.tag_ != "POS") or not t.is_lower:  # 'for the ...'
            break
        head = t
    if head is None:
        return False
    words = org_words()
    return lexicons.people_nouns().get(head.lemma_.lower()) == "body" or head.lower_ in words.stake \
        or head.lower_ in words.heads or lexicons.roles().get(head.lower_) == "institution"


def _given_name_after_noun(e: SpacySpan, first_names: dict[str, str]) -> bool:
    """Whether a one-word place is a given name ('organiser Milan Hrabal', 'spokeswoman Florence Adu'): a name of
    ``data/first_names.tsv`` right after a noun of people or a role in lower case, and before a title-case proper
    noun in no other entity (the surname the NER left out)."""
    doc = e.doc
    if len(e) != 1 or e.start < 1 or e.end >= len(doc) or e[0].lower_ not in first_names or e[0].is_sent_start:
        return False
    before, after = doc[e.start - 1], doc[e.end]
    role = lexicons.roles().get(before.lower_, "") in ("title", "leader") or \
        lexicons.people_nouns().get(before.lower_) == "person"
    return role and before.is_lower and after.is_title and after.is_alpha and after.pos_ == "PROPN" \
        and after.ent_type_ in ("", "PERSON") and "\n" not in before.whitespace_ + e[0].whitespace_


def _loose_end(doc: Doc, end: int, limit: int = 2) -> int:
    """The end of a person's name carried over up to ``limit`` title-case proper nouns in no entity right after it
    ('Jean-Pierre' + 'Mbuyi' + 'Kalala', where the NER took the last word for a place)."""
    stop = min(len(doc), end + limit)
    while end < stop and doc[end - 1].whitespace_ and "\n" not in doc[end - 1].whitespace_ and \
            doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "" and \
            not doc[end].is_sent_start:
        end += 1
    return end


def entity_labels(parsed: Parsed) -> dict[tuple[int, int], str | None]:
    """The label to read each of ``parsed.doc.ents`` with, by (start, end) token range; None: no actor.

    Only entries that differ from the NER's label are listed.
    """
    doc = parsed.doc
    all_ents = doc.ents  # read once: each read of ``doc.ents`` makes new spans
    ents = [e for e in all_ents if e.label_ in (*_NAME_LABELS, "GPE", "LOC", "FAC")]
    if not ents:
        return {}
    words_of: dict[tuple[int, int], list[Token]] = {}

    def words_of_entity(e: SpacySpan) -> list[Token]:
        """:func:`_words` of an entity, read once per entity (the lists are not changed below)."""
        key = (e.start, e.end)
        if key not in words_of:
            words_of[key] = _words(e)
        return words_of[key]

    place_use: dict[str, int] = {}
    speaking: set[str] = set()
    acting: set[str] = set()
    bodies: set[str] = set()
    told: dict[str, bool] = {}  # name -> whether every mention is someone told something (the press told)
    labels: dict[str, set[str]] = {}
    for e in all_ents if len(ents) < len(all_ents) else ents:
        words = words_of_entity(e)
        key = norm(doc[words[0].i:words[-1].i + 1].text) if words else norm(e.text)
        labels.setdefault(key, set()).add(e.label_)
        if e.label_ not in (*_NAME_LABELS, "GPE", "LOC", "FAC"):
            continue
        use = 2 if e.label_ in ("GPE", "LOC", "FAC") else _place_use(e.root)
        place_use[key] = max(place_use.get(key, 0), use)
        if _speaks(e.root):
            speaking.add(key)
        if _acts(e.root):
            acting.add(key)
        told[key] = told.get(key, True) and _addressed(e.root)
        # the word right before the name in its own sentence ('... the real culprit is a state.' + 'Aurimas Rudzitis,
        # chairman of ...' is no 'state Aurimas Rudzitis')
        noun = doc[e.start - 1] if e.start and not e[0].is_sent_start and "\n" not in doc[e.start - 1].whitespace_ \
            else None
        if noun is not None and noun.is_lower and lexicons.people_nouns().get(noun.lemma_) == "body" and \
                noun.dep_ != "pobj":
            bodies.add(key)  # 'the shipping company Kvarnholm', 'the group Hamas' (not 'on board the Kvarnholm Ida')
        if _body_apposition(e) or (noun is not None and noun.text == "major" and e.start > 1
                                   and doc[e.start - 2].is_lower and doc[e.start - 2].is_alpha):
            bodies.add(key)  # 'Ombrel, the local subsidiary of ...'; 'energy major Korvath' (a rank is capitalised)
    # short names of the document's organisations ('Kvarnholm' of 'Kvarnholm Shipping'): a body, never a place
    org_heads = {norm(w[0].text) for e in all_ents if e.label_ in _NAME_LABELS and len(w := words_of_entity(e)) >= 2
                 and _org_ending(w[-1].text) and w[0].is_title}
    first_names = lexicons.first_names()
    people = lexicons.people()
    common = {t.text for t in parsed.tokens if t.is_lower and t.is_alpha}  # words the text writes in lower case
    out: dict[tuple[int, int], str | None] = {}
    surnames: set[str] = set()
    givens: set[str] = set()
    # names of two words and more first, so that a surname alone can lean on its full name
    person_starts = {e.start for e in ents if e.label_ == "PERSON"}
    person_ends = {_loose_end(doc, e.end) for e in ents if e.label_ == "PERSON"} | \
        {e.end for e in ents if e.label_ == "PERSON"}
    for e in sorted(ents, key=lambda e: -len(e)):
        if len(e) == 1 and e.label_ != "PERSON" and e[0].is_title and not known_place(e.text) \
                and not lexicons.country_code(e.text) and e.start >= 1 and (
                    (e.end in person_starts and e[0].whitespace_
                     and (doc[e.start - 1].is_lower or doc[e.start - 1].text == ","))
                    or (e.start in person_ends and doc[e.start - 1].whitespace_)):
            out[(e.start, e.end)] = None  # 'magistrate Devesh Chandra Sharma', 'Dong-hyuk Yoon': a name's word
            continue
        words = words_of_entity(e)
        if not words:
            continue
        text = doc[words[0].i:words[-1].i + 1].text  # as written: 'Ak-Sai', not 'Ak - Sai'
        key = norm(text)
        if thing_kind(text, e.label_ if e.label_ in _NAME_LABELS else None) is not None or (
                e.label_ in _NAME_LABELS and _not_a_name(words)):
            out[(e.start, e.end)] = None  # 'Storm Bella', 'Turnout', 'Border guard', 'Kvarnholm SEK'
            continue
        if e.label_ in ("GPE", "LOC") and len(text.split()) == 1 and key in org_heads and place_use.get(key) != 2:
            out[(e.start, e.end)] = "ORG"  # 'Kvarnholm' the company, a place to the NER
            continue
        article = e[0].lower_ == "the" or (e.start > 0 and doc[e.start - 1].lower_ == "the")
        if e.label_ in ("PERSON", "FAC", "ORG") and article and len(words) >= 2 \
                and words[-1].lower_ in first_names and key not in people \
                and not any(_org_ending(t.text) for t in words) and not _titled(e, words):
            out[(e.start, e.end)] = None  # 'no call from the Kvarnholm Ida': a ship; a person's name takes no article
            continue
        if e.label_ in ("GPE", "LOC") and _given_name_after_noun(e, first_names):
            out[(e.start, e.end)] = "PERSON"  # 'Protest organiser Milan Hrabal': a given name, not the city
            continue
        if e.label_ not in _NAME_LABELS:
            continue
        after = doc[e.end] if e.end < len(doc) else None
        if len(words) == 1 and e.label_ == "ORG" and after is not None and after.is_lower and not text.isupper() and (
                lexicons.roles().get(after.lower_) == "institution"
                or lexicons.people_nouns().get(after.lemma_) == "body"):
            out[(e.start, e.end)] = None  # 'Electoral commission withdraws ...', 'The Met department says': a
            continue                      # description of a body, read as one
        if e.root.dep_ in ("compound", "nmod") and e.root.head.i >= e.end and e.root.head.lower_ in _MARKET_HEADS:
            out[(e.start, e.end)] = None  # 'shares plunged on the KOSDAQ market'
            continue
        if " and " in text and all(known_place(x) for x in text.split(" and ")):
            out[(e.start, e.end)] = "GPE"  # 'Indian students in Osh and Jalal-Abad'
            continue
        if e.label_ == "ORG" and key not in speaking and key not in acting and place_use.get(key, 0) >= 1 and \
                lexicons.people_nouns().get(words[-1].lower_) == "building":
            out[(e.start, e.end)] = None  # 'a medic at Basra Teaching Hospital': the place where he works
            continue
        core = _without_titles(words)  # 'Major Farhod Yusufov' -> 'Farhod Yusufov'
        if len(core) < len(words) and not _name_like(core):
            core = words  # 'General Staff', 'Chief Executive' are no title before a name
        low = [t.lower_ for t in core]
        given = len(core) >= 2 and low[0] in first_names and all(t.is_title for t in core)
        before = doc[e.start - 1] if e.start and not e[0].is_sent_start else None
        given = given or (e.label_ == "PERSON" and before is not None and before.is_title and before.is_alpha
                          and before.lower_ in first_names and before.ent_type_ == "" and all(t.is_title for t in core))
        # 'Dmitry' + 'Sergeyevich Volkovich': a name whose given name the NER left out is still a person's
        single = len(text.split()) == 1  # 'Kok-Tash' is one word
        person = (key in people or given or _titled(e, words) or 0 < len(core) < len(words) or (single and (
            key in surnames or key in lexicons.people_by_surname() or key in first_names)))
        organisation = ((any(_org_ending(t.text) for t in words)  # not 'Chemical' alone: a company's last word
                         and not (single and lexicons.org_endings().get(key) == "company"))
                        or key in lexicons.institutions()
                        or any(lexicons.roles().get(f"{a.lower_} {b.lower_}") == "institution"
                               for a, b in pairwise(words))
                        or (single and words[0].is_upper and len(words[0]) <= 6))  # 'GOP', 'NBC': acronyms
        use = place_use.get(key, 0)
        if single and key in org_heads and not person and use != 2:  # not 'Shandong' of "Shandong province"
            if e.label_ != "ORG":
                out[(e.start, e.end)] = "ORG"  # 'Kvarnholm' where 'Kvarnholm Shipping' is named
            continue
        if told.get(key) and key not in speaking and key not in acting and _press(text, words):
            out[(e.start, e.end)] = None  # 'Forsberg told TT', 'he told the Kumaon Herald': the channel, no actor
            continue
        if _vehicle(e.root):
            out[(e.start, e.end)] = None  # 'the inspected ships, the Kvarnholm Ida and the Nordic Tern'
            continue
        if single and not person and not organisation and key in common:
            out[(e.start, e.end)] = None  # 'Turnout has fallen' where 'turnout' is a word of the text
            continue
        if e.label_ == "ORG" and (given or 0 < len(core) < len(words) or (single and key in surnames | givens)
                                  or _apposed_person(e.root) or _after_person_noun(e)) and not organisation:
            label = "PERSON"  # 'Annika Lindqvist', 'Olaf Scholz', 'Lindqvist' after 'Annika Lindqvist'
        elif e.label_ == "PERSON" and not person and ((len(words) >= 2 and _org_ending(words[-1].text))
                                                     or key in bodies or (single and is_acronym(text))):
            label = "ORG"  # 'Kvarnholm Shipping', 'the shipping company Kvarnholm', 'MCRF said'
        elif e.label_ == "PERSON" and not person and (is_capital(text) or use == 2 or (
                use and (single or known_place(text))) or (single and (_big_city(text) or (
                    known_place(text) and key not in acting)))):
            label = "GPE"  # 'Sumy', 'Sudzha', 'Valmora' used as places; 'Kyiv' (a capital) never a person
        elif e.label_ == "ORG" and not organisation and key not in speaking and (
                use == 2 or (use == 1 and (_big_city(text) or labels[key] - {"ORG"})) or (
                    key not in acting and _big_city(text, _TOWN))):
            # 'hospital in Sumy', 'the villages of Zaoleshenka and Rubanshchina', 'at Kyzyl-Bel' (a person
            # elsewhere to the NER: its label wavers), 'Pithoragarh' (a town the gazetteer knows)
            label = "GPE"
        else:
            label = e.label_
        if label == "PERSON" and len(core) >= 2:
            surnames.add(low[-1])
            givens.add(low[0])  # 'Somsak said' after 'Somsak Wongsawat': a person called by the given name
        if label != e.label_:
            out[(e.start, e.end)] = label
    return out
