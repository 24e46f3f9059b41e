"""A body's name in another language read in English words: 'Ambassade de France à Lomé' is France's embassy.

In: an organisation's name as a report writes it; out: the same name in English words, for comparison with the name
other reports give the body in English ("Konsulat RI di Tawau" / "Indonesian consulate in Tawau", "Forces Armées
Togolaises" / "Togolese Armed Forces"). A name is read only when it has nothing else:

* it opens with a body's words of ``data/org_words.tsv`` kind 'local' (the longest first: 'forces armées',
  'konsulat jenderal', 'ministère de la défense'), whose English words the row gives;
* then, if at all, its country: after 'de', 'du', 'des', 'del', 'da', 'do' a country's name ('de France'), a
  country's short name of the language ('RI'), or an adjective of nationality in the language's forms
  ('togolaises', 'sénégalais', 'maliennes', 'guinéenne': the endings read as English '-ese', '-ian', '-ean', '-an');
* then, if at all, where the body is: 'à', 'a', 'di', 'en', 'em', 'in' and a capitalised name ('à Lomé', 'di Tawau'),
  left out as the recogniser leaves it out of English names ('the Indonesian consulate' of 'the Indonesian
  consulate in Tawau').

An article first ('Les Forces Armées Maliennes') is left out; any other word left over and the name is returned as
it is written. The result names the country by its possessive ("France's embassy"), which
:func:`~.titles.org_body` reads as the country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import lexicons
from ..text.transliteration import strip_accents

__all__ = ["in_english", "read_local"]

_OF = frozenset({"de", "du", "des", "del", "da", "do", "d'"})
_AT = frozenset({"à", "a", "di", "en", "em", "in"})
_ENDINGS = (("aises", "ese"), ("aise", "ese"), ("ais", "ese"), ("iennes", "ian"), ("ienne", "ian"), ("iens", "ian"),
            ("ien", "ian"), ("éennes", "ean"), ("éenne", "ean"), ("éens", "ean"), ("éen", "ean"), ("aines", "an"),
            ("aine", "an"), ("ains", "an"), ("ain", "an"), ("es", ""), ("e", ""), ("s", ""))
"""French, Spanish and Portuguese endings of adjectives of nationality and their English ones ('togolaises' ->
'togolese', 'maliennes' -> 'malian', 'guinéenne' -> 'guinean', 'marocaine' -> 'marocan')."""


@lru_cache(maxsize=1)
def _local() -> dict[tuple[str, ...], str]:
    """``data/org_words.tsv`` kind 'local': the words of another language (folded) -> their English words."""
    return {tuple(_fold(row[0]).split()): row[2].strip() for row in lexicons.rows("org_words.tsv")
            if len(row) > 2 and row[1].strip() == "local"}


def _fold(text: str) -> str:
    return strip_accents(text.lower().replace("’", "'")).replace("l' ", "l'")


def _country(words: list[str]) -> str | None:
    """The ISO code of the country written by these words (a country's name, a short name of kind 'local', or an
    adjective of nationality in another language's forms), or None."""
    text = " ".join(words)
    local = _local().get(tuple(_fold(text).split()), "")
    if local.startswith("country:"):
        return local.removeprefix("country:")
    for key in (lexicons.norm(text), lexicons.norm(strip_accents(text))):  # 'Sénégal'
        if text[:1].isupper() and lexicons.country_names().get(key):
            return lexicons.country_names()[key]
    if len(words) != 1:
        return None
    word = words[0].lower()
    for end, english in _ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = strip_accents(word[: -len(end)] + english)
            if stem in lexicons.demonyms():
                return lexicons.demonyms()[stem]
    return None


def in_english(name: str) -> str:
    """A body's name in another language in English words ('Ambassade de France à Lomé' -> "France's embassy"), or
    the name as it is (see the module doc)."""
    return read_local(name)[0]


def read_local(name: str) -> tuple[str, str | None]:
    """:func:`in_english` and the ISO code of the country the name in another language names (None when it names
    none, or is no such name): ('Ambassade de France à Lomé' -> ("France's embassy", 'FRA'))."""
    words = re.sub(r"(?i)^(?:the|les|la|le|los|las|el|os|as)\s+", "", name.strip()).replace("’", "'").split()
    folded = [_fold(w) for w in words]
    table = _local()
    head = next((n for n in range(min(5, len(words)), 0, -1) if tuple(folded[:n]) in table
                 and not table[tuple(folded[:n])].startswith("country:")), 0)
    if not head:
        return name, None
    english, rest, code = table[tuple(folded[:head])], words[head:], None
    if rest and rest[0].lower() in _AT and len(rest) > 1:
        at = 0
    else:
        at = next((i for i, w in enumerate(rest) if w.lower() in _AT and i + 1 < len(rest)), len(rest))
    country_words, where = rest[:at], rest[at + 1:]
    if country_words:
        if country_words[0].lower() in _OF:
            country_words = country_words[1:]
            if country_words and country_words[0].lower() in ("la", "l'", "los", "las", "le", "les"):
                country_words = country_words[1:]
        code = _country(country_words) if country_words else None
        if code is None or code not in lexicons.countries():
            return name, None
    if where and not all(w[:1].isupper() or w.lower() in _OF for w in where):
        return name, None
    owner = f"{lexicons.countries()[code].name}'s " if code else ""
    return f"{owner}{english}", code
