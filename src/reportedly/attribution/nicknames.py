"""A nickname in quotation marks inside a person's name: 'Mayor Jesus "Jessie" Abellana', 'Rogelio "Bong" Cruz'.

In: a parsed document and the token after a given name; out: where the quoted nickname and the family name after
it are, or None. The recogniser cuts such a name in two ('Jesus' and 'Jessie" Abellana of Pilar'), so the family
name's later mentions ('Abellana said') went to another person of that name. :mod:`.names` makes the words one
person and keeps the nickname as a given name after the first ('Jesus Jessie Abellana'), so that another report's
'Mayor Jessie Abellana' (a given name left out, with a title in common) and 'Mayor Jesus Abellana' both join it.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

_OPEN = {'"', "“", "'", "‘", "``"}
_CLOSE = {'"', "”", "'", "’", "''"}
_NICK_WORDS = 2
_FAMILY_WORDS = 3


class Nickname(NamedTuple):
    """Token positions: the opening quotation mark, the first word of the family name, the end of the name."""

    start: int
    family: int
    stop: int


def _word(doc: Doc, i: int) -> bool:
    return doc[i].is_alpha and doc[i].is_title


def nickname_after(doc: Doc, i: int) -> Nickname | None:
    """The quoted nickname of one or two capitalised words at token ``i`` (right after a given name, no space
    missing) and the one to three capitalised words of the family name after it; None when the words after the
    closing mark are not a name ('Jesus "Jessie"' at the end of a sentence, 'the "Lion" said')."""
    if i + 3 >= len(doc) or doc[i].text not in _OPEN or i == 0 or not _word(doc, i - 1):
        return None
    j = i + 1
    while j < len(doc) and j - i - 1 < _NICK_WORDS and _word(doc, j):
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].text not in _CLOSE:
        return None
    family = j + 1
    stop = family
    while stop < len(doc) and stop - family < _FAMILY_WORDS and _word(doc, stop) and doc[stop].pos_ == "PROPN":
        stop += 1
    if stop == family:
        return None
    return Nickname(i, family, stop)
