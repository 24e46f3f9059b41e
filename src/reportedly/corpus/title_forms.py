"""Titles of one person as different outlets write them: a role word for either gender.

In: sets of title keys (:func:`reportedly.corpus.titles.title_key`: 'coast guard spokesperson|'); out: whether they
conflict (:func:`titles_conflict`) and which agree (:func:`shared_titles`), as the functions of :mod:`.titles` of the
same names decide, except that a role word for either gender ('spokesperson', 'chairperson') agrees with the word for
a man or a woman ('spokesman', 'spokeswoman'); 'spokesman' and 'spokeswoman' still do not agree; and a role written
before what it is of ('spokesman for the Afghan defence ministry') is also compared with the role last ('defence
ministry spokesman'). (A rank beside an
office is still a conflict: 'Captain' is a ship's master as often as an officer, and a captain is not the mayor.)

Used by the corpus person rules (:mod:`.persons`).
"""

from __future__ import annotations

from ..text import lexicons
from .titles import shared_titles as _shared_titles
from .titles import titles_conflict as _titles_conflict

_EITHER = "person"
"""The ending of a role word for either gender ('spokesperson'), for which 'man' and 'woman' stand too."""


def _either_gender(keys: set[str]) -> set[str]:
    """The keys, and for a role word for either gender the same key with the man's and the woman's word."""
    out = set(keys)
    for k in keys:
        role, sep, country = k.partition("|")
        words = role.split()
        for i, w in enumerate(words):
            if w.endswith(_EITHER) and len(w) > len(_EITHER) + 2:
                for g in ("man", "woman"):
                    out.add(" ".join([*words[:i], w[:-len(_EITHER)] + g, *words[i + 1:]]) + sep + country)
    return out


def _role_last(keys: set[str]) -> set[str]:
    """The keys, and for a role written before what it is of ('spokesman defence ministry' of 'spokesman for the
    Afghan defence ministry') the same key with the role last ('defence ministry spokesman')."""
    out = set(keys)
    for k in keys:
        role, sep, country = k.partition("|")
        words = role.split()
        if len(words) > 1 and lexicons.roles().get(words[0], "") in ("title", "leader"):
            out.add(" ".join([*words[1:], words[0]]) + sep + country)
    return out


def titles_conflict(ours: set[str], theirs: set[str], *, rank_beside_office: bool = False) -> bool:
    """Whether two people's titles say they are two people (see the module docstring)."""
    return _titles_conflict(_role_last(_either_gender(ours)), _role_last(_either_gender(theirs)),
                            rank_beside_office=rank_beside_office)


def shared_titles(ours: set[str], theirs: set[str]) -> list[str]:
    """Title keys that agree (:func:`.titles.shared_titles`), a role word for either gender with the man's or the
    woman's."""
    return _shared_titles(_role_last(_either_gender(ours)), _role_last(_either_gender(theirs)))
