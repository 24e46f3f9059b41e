"""Word lists as patterns, negation, and place-like anchors: the small text tools of stance and contradictions.

A term is a word stem ending in ``*`` ('captur*') or an exact phrase ('holding their positions'),
matched case-insensitively on whole words. The same term also gives an FTS5 query, so that the
store finds candidate statements before the patterns look at them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..text import lexicons
from .names import normalise, strip_accents

NEGATORS = {"not", "no", "never", "n't", "without", "nor", "cannot", "neither", "nothing"}
_STOPS = (". ", "? ", "! ")


def sentence_start(text: str, pos: int) -> int:
    """Where the rough sentence around ``pos`` begins: the index of the line break or '. ', '? ', '! ' before it
    (-1 at the start of the text); the sentence is ``text[sentence_start(text, pos) + 1:...]``."""
    return max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) for p in _STOPS))


def sentence_end(text: str, pos: int) -> int:
    """Where the rough sentence around ``pos`` ends: the next line break or '. ', '? ', '! ' (else the text's end)."""
    return min([i for i in (text.find("\n", pos), *(text.find(p, pos) for p in _STOPS)) if i >= 0] or [len(text)])
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class Match:
    """A term found in a text: its class (or frame/polarity), the words, where, and whether negated."""

    label: str
    term: str
    start: int
    end: int
    negated: bool


def term_pattern(term: str) -> str:
    """The regex of one term: 'captur*' -> captur\\w*, 'hold off' -> hold\\s+off, on word boundaries."""
    stem = term.endswith("*")
    words = term.rstrip("*").split()
    body = r"\s+".join(re.escape(w).replace("\\-", r"[-\s]?") for w in words)
    tail = r"[\w-]*" if stem else ""
    return r"(?<![\w-])" + body + tail + r"(?![\w-])"


def fts_terms(terms: Iterable[str]) -> str:
    """An FTS5 query matching any of ``terms`` (prefix queries for stems, phrases otherwise)."""
    parts = []
    for t in terms:
        words = re.findall(r"\w+", t.rstrip("*"))
        if words:
            parts.append('"' + " ".join(words) + '"' + ("*" if t.endswith("*") else ""))
    return " OR ".join(dict.fromkeys(parts))


class Lexicon:
    """Labelled terms compiled into one regex; :meth:`find` returns non-overlapping matches, longest first."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self.entries = list(entries)
        by_len = sorted(range(len(self.entries)), key=lambda i: -len(self.entries[i][1]))
        self._order = by_len
        self._regex = re.compile("|".join(f"(?P<t{i}>{term_pattern(self.entries[i][1])})" for i in by_len),
                                 re.IGNORECASE)

    def terms(self) -> list[str]:
        """All the terms."""
        return [t for _, t in self.entries]

    def find(self, text: str) -> list[Match]:
        """Matches in ``text`` (longer terms win where two overlap), each with its negation."""
        out = []
        for m in self._regex.finditer(text.replace("’", "'")):
            i = int(m.lastgroup[1:]) if m.lastgroup else -1
            label, term = self.entries[i]
            out.append(Match(label, term, m.start(), m.end(), negated(text, m.start())))
        return out


def negated(text: str, start: int, window: int = 3) -> bool:
    """Whether one of the ``window`` words before ``start`` negates ('no threat of encirclement')."""
    words = _WORD.findall(text[max(0, start - 80):start].lower().replace("’", "'"))
    before = words[-window:]
    return any(w in NEGATORS or w.endswith("n't") for w in before)


@lru_cache(maxsize=8)
def load(name: str) -> list[list[str]]:
    """Rows of a data file (see :func:`reportedly.text.lexicons.rows`)."""
    return lexicons.rows(name)


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital city -> ISO code (``data/capitals.tsv``)."""
    return {normalise(r[0]): r[1] for r in load("capitals.tsv")}


def place_country(name: str) -> str | None:
    """The country a name stands for: a country, a demonym, a capital, or an institution ('Kremlin')."""
    code = lexicons.country_code(name)
    if code:
        return code
    n = normalise(name)
    if n in capitals():
        return capitals()[n]
    inst = lexicons.institutions().get(n)
    return inst[0] if inst else None


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    months = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    extra = {"mr", "mrs", "ms", "dr", "telegram", "x", "twitter", "facebook", "instagram", "youtube", "tiktok",
             "staff", "forces", "army", "ministry", "government", "office", "council", "armed", "general",
             "state", "states", "western", "eastern", "northern", "southern", "european", "union", "republic",
             "region", "oblast", "town", "city", "village", "villages", "front", "border", "kremlin", "north",
             "south", "east", "west", "central", "president", "minister", "prime", "chief", "commander"}
    country_parts = {w for c in lexicons.countries().values() for n in (c.name, *c.aliases, *c.demonyms)
                     if " " in n for w in normalise(n).split()}
    return frozenset(STOP_WORDS | months | extra | country_parts)


_CAPS = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*")


def anchors(text: str) -> set[str]:
    """Place-like names in ``text``: capitalised words that are not countries, capitals, people, roles or
    common words ('Kursk', 'Sudzha', 'Zaoleshenka'); normalised."""
    out = set()
    stop = _stopwords()
    people = lexicons.people()
    surnames = lexicons.people_by_surname()
    for m in _CAPS.finditer(text):
        if place_country(m.group(0)):
            continue
        for word in m.group(0).split():
            w = normalise(strip_accents(word)).rstrip("'’")
            if w.endswith("'s"):
                w = w[:-2]
            if (len(w) < 3 or w in stop or place_country(word) or w in surnames or w in people
                    or w in lexicons.first_names() or lexicons.roles().get(w) or not w.isalpha()):
                continue
            out.add(w)
    return out
