"""Names for comparison across reports: case, accents, dots, possessives and honorifics taken away,
and a spelling key that folds transliteration variants.

In: a name as a document gives it ("Mr. Keir Starmer", "Emmanuel Macrón", "Volodymyr Zelenskyy");
out: the key that look-ups and the corpus actor linker compare ("keir starmer", "emmanuel macron"),
and the spelling key (:func:`name_key`: "volodymyr zelenski" for Zelensky, Zelenskyy, Zelenskiy and
Zelenskii). The store, the linker and the queries all read names through these functions, so they agree.

Why our own folding and not a library: the variants of one person's name in English-language news
are transliterations (Cyrillic, Arabic ... into Latin letters by different systems: y/i/iy/yy
endings, ie/ye, kh/h, x/ks, doubled letters) and typing slips. Offline string libraries (edit
distance, phonetic codes such as Soundex or Metaphone, transliteration tables) either miss these
(a Soundex code keeps the first letter and drops vowels, so it joins Zelensky with Zelenska, his
wife) or, as plain edit distance does, join different people ("Kir Starmer" is one edit from
"Keir Starmer", and so is "Ivan Petrov" from "Ivan Petrova"). So the fold here is a short list of
named rules whose use is recorded in the link reason (:func:`folds_between`), and the one-edit
typo join (:func:`one_edit`) is only allowed by the linker when title and country agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..text import lexicons

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
FIRST_NAME_HONORIFICS = {"sir", "dame"}
"""Honorifics followed by a first name in British usage ('Sir Keir' is Keir Starmer)."""


def strip_accents(text: str) -> str:
    """'Zelenskyy' stays, 'Macrón' -> 'Macron'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """A name for comparison: lower case, no accents, dots, possessive, leading 'the' or honorific."""
    words = lexicons.norm(strip_accents(name)).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def honorific(name: str) -> str | None:
    """The leading honorific of a name as written ('Sir Keir' -> 'sir'), or None."""
    words = lexicons.norm(strip_accents(name)).split()
    return words[0] if len(words) > 1 and words[0] in HONORIFICS else None


FOLDS: tuple[tuple[str, str, str], ...] = (
    ("x/ks", "x", "ks"),
    ("kh/h", "kh", "h"),
    ("w/v", "w", "v"),
    ("j/y", "j", "y"),
    ("y/i (y, i, iy, yy, ii endings)", "y", "i"),
)
"""Named letter rules of the spelling key, applied in order (then doubled letters, then ie/ye)."""
_DOUBLE = re.compile(r"(.)\1+")


def _steps(word: str) -> list[tuple[str, str]]:
    """(rule, word after it) for each folding step of a lower-case word."""
    w = "".join(c for c in word if c.isalpha())
    out = []
    for name, old, new in FOLDS:
        w = w.replace(old, new)
        out.append((name, w))
    w = _DOUBLE.sub(r"\1", w)
    out.append(("doubled letters", w))
    out.append(("ie/ye", w.replace("ie", "e")))
    return out


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The spelling key of one word: 'Zelenskyy', 'Zelenskiy', 'Zelenskii', 'Zelensky' -> 'zelenski'."""
    return _steps(strip_accents(word).lower())[-1][1]


def name_key(name: str) -> str:
    """The spelling key of a name: :func:`normalise`, then :func:`fold_word` on every word."""
    return " ".join(fold_word(w) for w in normalise(name).split())


def folds_between(a: str, b: str) -> list[str]:
    """The folding rules that made two spellings of a name one key (for the link reason).

    >>> folds_between("Volodymyr Zelenskyy", "Volodymyr Zelensky")
    ['y/i (y, i, iy, yy, ii endings)', 'doubled letters']
    >>> folds_between("Alexei Navalny", "Aleksei Navalny")
    ['x/ks']
    """
    out: list[str] = []
    for x, y in zip(normalise(a).split(), normalise(b).split(), strict=False):
        before = (x, y)
        for (rule, fx), (_, fy) in zip(_steps(x), _steps(y), strict=True):
            if before[0] != before[1] and (fx, fy) != before:
                out.append(rule)
            before = (fx, fy)
    return list(dict.fromkeys(out))


def gendered(a: str, b: str) -> bool:
    """Whether two keys differ only by a feminine '-a' ending ('ivan petrov' / 'ivan petrova',
    'zelenski' / 'zelenska'): two people of one family, not a typo."""
    for x, y in zip(a.split(), b.split(), strict=False):
        if x != y:
            return x + "a" == y or y + "a" == x or (x[:-1] == y[:-1] and "a" in (x[-1:], y[-1:]))
    return False


def deletions(key: str) -> set[str]:
    """``key`` and every string with one character of it deleted: two keys one edit apart share one."""
    return {key, *(key[:i] + key[i + 1:] for i in range(len(key)))}


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]
