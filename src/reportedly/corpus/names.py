"""Names for comparison across reports: case, accents, dots, possessives and honorifics taken away,
and a spelling key that folds transliteration variants.

In: a name as a document gives it ("Mr. Keir Starmer", "Emmanuel Macrón", "Volodymyr Zelenskyy");
out: the key that look-ups and the corpus actor linker compare ("keir starmer", "emmanuel macron"),
a person's name without ranks (:func:`person_name`: "rustam nazarov" for "Lt-Gen. Rustam Nazarov")
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
typo join (:func:`one_edit`) is only allowed by the linker when title and country agree. The word
rules live in the text stage (:mod:`reportedly.text.transliteration`, with the broader rules of
``data/transliteration.tsv``) and names are taken apart there (:mod:`reportedly.text.person_names`:
ranks, initials, optional given names, name order), so that a document's own name clusters use them too.
"""

from __future__ import annotations

from functools import lru_cache

from ..text import lexicons
from ..text.person_names import HONORIFICS, NAME_SUFFIXES, parse
from ..text.transliteration import FOLDS, fold_word, one_edit, strip_accents
from ..text.transliteration import steps as _steps

__all__ = ["FIRST_NAME_HONORIFICS", "FOLDS", "HONORIFICS", "NAME_SUFFIXES", "deletions", "fold_word", "folds_between",
           "gendered", "honorific", "name_key", "normalise", "one_edit", "person_name", "strip_accents"]

FIRST_NAME_HONORIFICS = {"sir", "dame"}
"""Honorifics followed by a first name in British usage ('Sir Keir' is Keir Starmer)."""


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """A name for comparison: lower case, no accents, dots, possessive, leading 'the' or honorific."""
    words = lexicons.norm(strip_accents(name)).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=65536)
def person_name(name: str) -> str:
    """A person's name for comparison: :func:`normalise` without ranks and titles in front
    ('Lt-Gen. Rustam Nazarov' -> 'rustam nazarov', 'Air Marshal A.K. Bharti' -> 'a k bharti')."""
    parts = parse(name)
    return " ".join(parts.words) or normalise(name)


def honorific(name: str) -> str | None:
    """The leading honorific of a name as written ('Sir Keir' -> 'sir'), or None."""
    words = lexicons.norm(strip_accents(name)).split()
    return words[0] if len(words) > 1 and words[0] in HONORIFICS else None


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
