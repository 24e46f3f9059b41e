"""Names for comparison across reports: case, accents, dots, possessives and honorifics taken away.

In: a name as a document gives it ("Mr. Keir Starmer", "Emmanuel Macrón"); out: the key that
look-ups and the corpus actor linker compare ("keir starmer", "emmanuel macron"). The store,
the linker and the queries all read names through these functions, so they agree.
"""

from __future__ import annotations

import unicodedata

from ..text import lexicons

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def strip_accents(text: str) -> str:
    """'Zelenskyy' stays, 'Macrón' -> 'Macron'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise(name: str) -> str:
    """A name for comparison: lower case, no accents, dots, possessive, leading 'the' or honorific."""
    words = lexicons.norm(strip_accents(name)).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return " ".join(words)
