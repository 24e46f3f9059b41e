"""Who can be an actor: persons, organisations, governments, countries and groups; not places, things or labels.

The NER labels names by their look, not by what they do: 'Storm Bella' and 'EXPLAINER' come out as
persons, 'Rafale' as an organisation, 'Sudzha' as a person. In: a name as written, with the NER
label when there is one. Out: the kind of non-actor it is, or None when it may be an actor:

* ``label``: a headline or section label ('EXPLAINER', 'CURRENCIES', ``data/labels.tsv``);
* ``operation``, ``event``, ``weapon``, ``vehicle``, ``topic``, ``place``: a thing named by a word of
  ``data/things.tsv`` ('Operation Iron Pass', 'Storm Bella', 'Rafale jets', 'Gwadar corridor') or by a
  designation ('Su-25', 'F-16', 'J-10C');
* ``ticker``: a share's ticker ('SRDO3', 'PETR4').

:func:`is_place_name` says whether the gazetteer knows a name as a city or region (and it is not a
country or a capital that stands for a government); callers decide from the sentence whether the name
is used as a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..text import lexicons, places
from ..text.nlp import Parsed
from .found import Found

_LOWER_ONLY = {"line"}
"""Place words that end a thing's name only in lower case ('the Batken line'; 'Stena Line' is a company)."""
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,3}s?$")
"""'Su-25', 'F-16', 'MiG-29', 'J-10C', 'Su-30MKI', 'S-400', 'Tu-95' (and plurals, 'J-10Cs'): aircraft and weapons."""
_TICKER = re.compile(r"^[A-Z]{3,5}\d{1,2}$")
"""'SRDO3', 'PETR4', 'VALE3': a share's ticker (three to five capitals and a digit or two), not the company; not
'G20' or 'P5' (fewer letters: groups of countries)."""


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    """``data/things.tsv`` by position (first, last, name, head): word -> kind."""
    out: dict[str, dict[str, str]] = {"first": {}, "last": {}, "name": {}, "head": {}}
    for word, position, kind in lexicons.rows("things.tsv"):
        out[position][word] = kind
    return out


def _things() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """``data/things.tsv``: (first words, last words, whole names) -> kind."""
    t = _tables()
    return t["first"], t["last"], t["name"]


def is_record_noun(lemma: str) -> bool:
    """Whether a noun (lemma) names a record or an event, not people ('results', 'figures', 'clashes')."""
    return lemma.lower() in _tables()["head"]


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(lexicons.norm(r[0]) for r in lexicons.rows("capitals.tsv"))


def is_weapon_word(lemma: str) -> bool:
    """Whether a noun (lemma) names a weapon or a vehicle ('drone', 'missile', 'jet', 'tanker'): it says nothing."""
    _, last, name = _things()
    low = lemma.lower()
    return last.get(low) in ("weapon", "vehicle") or name.get(low) == "weapon" or bool(_DESIGNATION.match(lemma))


def is_label(text: str) -> bool:
    """Whether ``text`` is a headline or section label ('EXPLAINER', 'Breaking news', 'DETAILS')."""
    return " ".join(text.lower().replace("’", "'").split()) in lexicons.labels()


def thing_kind(text: str, label: str | None = None) -> str | None:
    """The kind of non-actor ``text`` names ('operation', 'weapon', 'event' ...; see the module docstring), or None.

    ``label`` is the NER label: a last word like 'law' or 'case' does not make a thing of a person's
    name with a known given name ('Jude Law', 'Steve Case').
    """
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    if is_label(" ".join(words)):
        return "label"
    if any(_DESIGNATION.match(w.strip(".,;:’'")) for w in words):
        return "weapon"
    if len(words) == 1 and _TICKER.match(words[0]):
        return "ticker"
    first, last, name = _things()
    low = [w.lower().strip(".,;:") for w in words]
    low[-1] = low[-1].removesuffix("’s").removesuffix("'s")
    for n in (2, 1):
        hit = next((name[g] for k in range(len(low) - n + 1) if (g := " ".join(low[k:k + n])) in name), None)
        if hit:
            return hit
    for n in (2, 1):
        if len(low) > n and " ".join(low[:n]) in first:
            return first[" ".join(low[:n])]
    if len(low) >= 2 and not (label == "PERSON" and low[0] in lexicons.first_names()):
        for n in (2, 1):
            kind = last.get(" ".join(low[-n:])) if len(low) > n else None
            if kind and (low[-1] not in _LOWER_ONLY or words[-1].islower()):  # 'the Batken line', not 'Stena Line'
                return kind
    return None


def is_place_name(text: str) -> bool:
    """Whether the gazetteer knows ``text`` as a city or region, and it is not a country or a capital.

    Countries and capitals stand for governments ('Pakistan said', 'Moscow denied'); a town does not.
    """
    key = lexicons.norm(text)
    if not key or lexicons.country_code(text) or key in _capitals() or key in lexicons.institutions():
        return False
    return any(c.kind in ("city", "region") for c in places.candidates(text))


def is_capital(text: str) -> bool:
    """Whether ``text`` is a country or a capital that stands for its government ('Pakistan', 'Kyiv', 'Moscow')."""
    return bool(lexicons.country_code(text)) or lexicons.norm(text) in _capitals()


def is_town(text: str, relabelled: bool) -> bool:
    """Whether a name read as a place is a town (no actor) rather than a country or a capital.

    ``relabelled``: the NER took it for a person or an organisation and its use says it is a place;
    then a name the gazetteer does not know ('in Valmora') is a town too.
    """
    key = lexicons.norm(text)
    if lexicons.country_code(text) or key in _capitals() or key in lexicons.institutions():
        return False
    return relabelled or is_place_name(text)


def known_place(text: str) -> bool:
    """Whether the gazetteer knows ``text`` as a place of any kind (town, region, capital or country)."""
    return bool(lexicons.norm(text)) and bool(places.candidates(text))


def colon_source(words: list[Token]) -> bool:
    """Whether the words before a headline's or paragraph's colon can be a source ('Starmer: ...', 'NATO: ...').

    Not a label ('EXPLAINER:', 'CURRENCIES:', 'DETAILS:', also with its date: 'Correction, May 16:'), a thing
    ('Operation Iron Pass:', 'Storm Bella:', 'Su-25:'), a town ('Sumy: four dead ...'), nor a word in capitals
    that the NER does not take for a name and no table knows ('MAPS:'): transcripts' speakers in capitals
    ('FALLIN:') are names to the NER.
    """
    text = " ".join(t.text for t in words if not t.is_punct or t.text == "-")
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma and is_label(" ".join(t.text for t in words[:comma])):
        return False  # 'Correction, May 16:', 'Update, 14:05:': a label and its date
    labels = {t.ent_type_ for t in words if t.ent_type_}
    label = next(iter(labels)) if len(labels) == 1 else None
    if not text or thing_kind(text, label) is not None:
        return False
    if label in ("GPE", "LOC", "FAC") and is_place_name(text):
        return False
    if all(t.is_upper or not t.is_alpha for t in words) and not (labels & {"PERSON", "ORG", "NORP", "GPE"}):
        known = lexicons.country_code(text) or lexicons.agency(text) or lexicons.norm(text) in lexicons.institutions()
        return bool(known)
    return True


def drop_nested_colons(parsed: Parsed, found: list[Found]) -> list[Found]:
    """Without colon attributions whose content is itself a statement with its own source and speech cue.

    'Valmora: Fire destroys depot, police say' is what the police say, not what Valmora says. A
    quotation after the colon stays ('Starmer: "Russia says it wants peace"' is Starmer's).
    """
    colons = [f for f in found if f.frame == "colon" and f.content and f.cue and parsed.doc[f.cue[0]].text == ":"]
    if not colons:
        return found
    drop: set[int] = set()
    for f in colons:
        lo, hi = f.content[0][0], f.content[-1][1]
        if parsed.text[lo:lo + 1] in "\"“‘'":
            continue
        for g in found:
            if g is f or g.source is None or not g.cue or g.cls != "speech" or not g.content:
                continue
            cue_at = parsed.token_start(g.cue[0])
            src_lo, src_hi = parsed.token_start(g.source[0]), parsed.token_end(g.source[1] - 1)
            if lo <= cue_at < hi and lo <= src_lo and src_hi <= hi:
                drop.add(id(f))
                break
    return [f for f in found if id(f) not in drop]
