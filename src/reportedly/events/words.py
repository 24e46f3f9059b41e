"""Word lists of the event coder: the lexicons in ``data/`` and the small closed classes the rules use.

The data files (``event_triggers.tsv``, ``event_modes.tsv``, ``event_contexts.tsv``, ``sectors.tsv``)
hold the open vocabularies, each with a header saying where its entries come from; the sets here
are closed classes of English grammar (auxiliaries, prepositions, number words) and the few word
groups the rules of :mod:`reportedly.events.mentions` (and the readers it puts together) refer to by name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..text import lexicons

# lexicons


@dataclass(frozen=True)
class Entry:
    """A lexicon entry: the category a word expresses ('-' for none) and its role in a chain."""

    category: str | None
    role: str


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], Entry]:
    """``data/event_triggers.tsv`` keyed by (lemma or lemma phrase, 'verb'|'noun')."""
    out: dict[tuple[str, str], Entry] = {}
    for lemma, pos, category, role in lexicons.rows("event_triggers.tsv"):
        out[(lemma, pos)] = Entry(None if category == "-" else category, role)
    return out


@lru_cache(maxsize=1)
def mode_table() -> list[tuple[str, str, frozenset[str]]]:
    """``data/event_modes.tsv``: (category, mode, words) in file order."""
    return [(cat, mode, frozenset(words.split("|"))) for cat, mode, words in lexicons.rows("event_modes.tsv")]


@lru_cache(maxsize=1)
def context_table() -> list[tuple[str, frozenset[str]]]:
    """``data/event_contexts.tsv``: (PLOVER context, signal words)."""
    return [(ctx, frozenset(words.split("|"))) for ctx, words in lexicons.rows("event_contexts.tsv")]


@lru_cache(maxsize=1)
def sector_words() -> dict[str, str]:
    """``data/sectors.tsv``: word or two-word phrase -> PLOVER sector code."""
    return {w: code for w, code in lexicons.rows("sectors.tsv")}


def lookup(key: str, pos: str) -> Entry | None:
    """The lexicon entry of a lemma (or lemma phrase) as a 'verb' or 'noun'."""
    return triggers().get((key, pos))


# --------------------------------------------------------------------------------------------------
# word classes used by the rules

IDIOM_PREPS = {"fire": ("under",)}
"""Event nouns that are no event after these prepositions ('came under fire from critics')."""
STATUS_ROLES = {"planned", "future", "hypothetical", "negated", "aspect"}
FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "can", "should", "must", "ought", "'d", "’d"}
PLANNED_ADJ = {"planned", "proposed", "scheduled", "upcoming", "forthcoming", "intended", "expected", "next",
                "future", "prospective", "new", "possible", "potential", "likely", "eventual", "hypothetical"}
HYPOTHETICAL_ADJ = {"possible", "potential", "likely", "eventual", "hypothetical", "any", "proposed"}
FUTURE_ADJ = {"upcoming", "forthcoming", "next", "future", "expected"}
PLAN_ADJ = {"planned", "scheduled", "intended", "prospective"}
WILLING = {"willing", "ready", "prepared", "poised", "keen", "eager", "set", "due", "determined", "likely",
            "unlikely", "able", "unable", "about"}
CONDITION_MARKS = {"if", "unless", "provided", "providing", "whether"}
NEGATIONS = {"not", "n't", "never", "no"}
# Pronouns that name no one: an event done by or to them did not happen ('nobody was injured').
NOBODY = {"nobody", "none", "nothing", "neither", "noone", "no-one"}
RECIPIENT_PREPS = {"with", "to", "against", "on", "at", "into", "upon", "toward", "towards", "for", "from", "of",
                    "onto", "between", "among", "over"}
LOCATIVE_PREPS = {"in", "near", "at", "over", "across", "around", "outside", "inside", "into", "along", "throughout",
                   "within", "off", "on", "from", "to", "toward", "towards", "through", "beyond", "of"}
PLACE_NOUNS = {"region": "region", "oblast": "region", "province": "region", "district": "region",
                "state": "region", "area": "region", "territory": "region", "governorate": "region",
                "county": "region", "border region": "region", "town": "city", "city": "city", "capital": "city",
                "port": "city", "village": "village", "hamlet": "village", "settlement": "village",
                "villages": "village", "towns": "city", "cities": "city", "embassy": "other", "consulate": "other",
                "airport": "other", "base": "other", "mine": "other", "camp": "other", "prison": "other",
                "checkpoint": "other", "crossing": "other", "corridor": "other", "square": "other",
                "street": "other", "streets": "other", "compound": "other", "palace": "other", "hospital": "other",
                "harbour": "other", "harbor": "other", "plant": "other", "refinery": "other", "bridge": "other",
                "waters": "other", "airspace": "other", "border": "other", "frontier": "other"}
NAMED_ONLY = {"state", "mine", "plant", "base", "compound", "square", "bridge"}
SUBJECTIVE_OF = {"participation", "visit", "meeting", "summit", "protest", "resignation", "withdrawal", "support",
                  "cooperation", "arrival", "release", "retreat", "invasion", "attack", "offensive"}
PARTS_OF_DAY = {"dawn", "daybreak", "sunrise", "noon", "midday", "dusk", "sunset", "nightfall",
                "midnight", "dark"}
HYPHENS = {"-", "‐", "‑"}
TIME_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
               "minutes", "decade", "decades"}
APPROX = lexicons.APPROXIMATORS | {"close", "under"}
NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
                 "dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
                 "trillion": 10**12, "half": 0.5}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
                "trillion": 10**12, "k": 1000, "m": 10**6, "bn": 10**9}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
               "southern", "eastern", "western", "central", "outskirts", "edge", "part", "parts"}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
LABOUR_STRIKE_VERBS = {"end", "call", "stage", "hold", "begin", "start", "continue", "join", "suspend", "launch",
                        "declare", "go", "stop", "halt", "extend", "threaten", "announce"}
RESTRICTIONS = {"sanction", "embargo", "ban", "restriction", "tariff", "curfew", "blockade", "boycott", "measure"}
ABSTRACT_OBJECTS = {"access", "permission", "entry", "visa", "freedom", "right", "license", "licence", "asylum",
                     "passage", "clearance", "approval", "authorization", "authorisation"}
MODAL_DEMANDS = {"must", "should"}
EXPRESSING = {"reiterate", "express", "voice", "convey", "reaffirm", "repeat", "restate", "extend", "offer", "pledge"}
# Predicates that make a statement about someone an accusation ('said the gang was responsible').
ACCUSING = {"responsible", "guilty", "lie", "liar", "illegal", "unlawful", "criminal", "corrupt", "violate", "rig",
            "fraudulent", "culpable", "complicit", "blame"}
CRITICS = {"critic", "opponent", "detractor"}
# Verbs that find someone guilty or responsible ('the court found him guilty of fraud'): an ACCUSE.
VERDICT_VERBS = {"find", "declare", "rule", "judge", "hold", "deem", "pronounce"}
# Verbs of giving whose receiver is a 'to'/'for' phrase, wherever the parser hangs it.
GIVING = {"return", "send", "hand", "give", "deliver", "provide", "supply", "extradite", "deport", "transfer", "ship",
          "donate", "grant", "pay", "sell", "lend", "repatriate", "offer"}
PREVENTING = {"deter", "prevent", "stop", "bar", "ban", "keep", "dissuade", "discourage", "block", "prohibit"}
RECEIVING = {"receive", "get", "obtain", "accept", "win", "face", "suffer", "draw", "attract", "earn"}
# Verbs of being in a state named by an event noun after 'on': its subject is the noun's actor ('remained on alert',
# 'went on strike', 'was put on high alert').
STATE_VERBS = {"be", "remain", "stay", "go", "put", "place", "keep", "stand", "come", "continue"}
# Acts only a state's authorities do: in an agentless passive, the country where it was done acts ('was arrested in
# Niger').
STATE_ACTS = {"arrest", "detain", "jail", "imprison", "expel", "deport", "extradite", "sentence", "convict", "execute",
              "indict", "prosecute", "outlaw"}
# Nouns of a state: 'his country', 'our government' in what someone says is the speaker's state.
STATE_NOUNS = {"country", "nation", "government", "state", "administration", "kingdom", "republic"}
# Verbs whose passive subject is the force that moves ('300 police officers were sent'): it acts.
THEME_ACTORS = {"deploy", "station", "send", "dispatch", "move", "mobilize", "mobilise", "position", "redeploy"}
# Documents whose author acts through them ('a motion condemning X').
DOCUMENTS = {"resolution", "statement", "letter", "report", "declaration", "decision", "motion", "communique",
              "note", "law", "bill", "decree", "order", "ruling", "verdict", "petition", "lawsuit", "complaint",
              "suit", "indictment"}
# Verbs whose subject is the actor of the event noun they announce ('announced the handover of', 'declared a truce').
SELF_ANNOUNCING = {"announce", "declare", "unveil", "proclaim", "order", "authorize", "authorise", "approve"}
VERBAL_EVENTS = {"ACCUSE", "THREATEN", "REQUEST", "AGREE", "REJECT", "SUPPORT", "CONCEDE"}
# Nouns that name a thing agreed, asked or given rather than a happening: events only with an actor of their own.
THING_NOUNS = {"ceasefire", "truce", "armistice", "agreement", "deal", "accord", "pledge", "promise", "offer",
                "commitment", "proposal", "suggestion", "request", "demand", "appeal", "plea", "support", "backing",
                "aid", "assistance", "help", "guarantee", "sanction", "embargo", "tariff", "ban", "loan", "grant",
                "funding", "alliance", "partnership", "invitation", "threat", "warning", "ultimatum", "relief",
                "asylum", "solidarity", "recognition", "approval", "endorsement", "praise", "concession", "amnesty",
                "pardon", "cooperation", "collaboration", "opposition", "violence", "exercise", "alert", "patrol",
                "mediation", "dialogue", "drill", "session", "conference", "curfew", "blockade", "martial law",
                "state of emergency", "contribution", "delivery", "shipment", "donation", "trip"}
# Generic recipient words that do not make two mentions the same event.
GENERIC_OBJECTS = {"force", "troop", "soldier", "people", "civilian", "person", "area", "region", "territory",
                    "country", "member", "official", "leader", "side", "part", "group", "government"}


def phrase_sector(tokens: Sequence[Token]) -> str | None:
    """PLOVER sector from a phrase's words, read from its head backwards ('its air force' -> MIL)."""
    words = sector_words()
    lemmas = [t.lemma_.lower() for t in tokens if t.is_alpha]
    for k in range(len(lemmas) - 1, -1, -1):
        if k > 0 and f"{lemmas[k - 1]} {lemmas[k]}" in words:
            return words[f"{lemmas[k - 1]} {lemmas[k]}"]
        if lemmas[k] in words:
            if lemmas[k] == "officer" and "police" in lemmas:
                return "COP"
            return words[lemmas[k]]
    return None


def number_value(words: list[str]) -> float | None:
    """The value of a written number: '130', '1,086', 'two', 'twenty-six', '1.5 million', 'a dozen'."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        for w in raw.lower().replace("-", " ").split():
            w = w.replace(",", "")
            if re.fullmatch(r"\d+(\.\d+)?", w):
                current += float(w)
                seen = True
            elif w in MULTIPLIERS:
                current = (current or 1) * MULTIPLIERS[w]
                if MULTIPLIERS[w] >= 1000:
                    total += current
                    current = 0
                seen = True
            elif w in NUMBER_WORDS:
                current += NUMBER_WORDS[w]
                seen = True
            elif w in ("and",):
                continue
            else:
                return None
    if not seen:
        return None
    value = total + current
    return float(value)

