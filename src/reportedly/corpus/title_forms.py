"""Titles of one person as different outlets write them: a rank beside a role, a word for either gender.

In: sets of title keys (:func:`reportedly.corpus.titles.title_key`: 'coast guard spokesperson|', 'rear admiral|');
out: whether they conflict (:func:`titles_conflict`) and which agree (:func:`shared_titles`), as the functions of
:mod:`.titles` of the same names decide, with two differences that news writing needs:

* a military, police or religious rank ('Rear Admiral', 'Commodore') says nothing against an office ('coast guard
  spokesperson'): one report gives a man's rank, another his post. Ranks are compared with ranks, offices with
  offices;
* a role word for either gender ('spokesperson', 'chairperson') agrees with the word for a man or a woman
  ('spokesman', 'spokeswoman'); 'spokesman' and 'spokeswoman' still do not agree.

Used by the corpus person rules (:mod:`.persons`).
"""

from __future__ import annotations

from functools import lru_cache

from ..text import person_names
from .titles import shared_titles as _shared_titles
from .titles import titles_conflict as _titles_conflict

_EITHER = "person"
"""The ending of a role word for either gender ('spokesperson'), for which 'man' and 'woman' stand too."""


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    """Canonical ranks of ``data/ranks.tsv`` that are no office: military, police, religious, terms of address."""
    return frozenset(canon for canon, kind in person_names.ranks().values() if kind.split(":")[0] != "civil")


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


def _split(keys: set[str]) -> tuple[set[str], set[str]]:
    """(ranks, offices) of some title keys."""
    ranks = {k for k in keys if k.partition("|")[0] in _ranks()}
    return ranks, keys - ranks


def titles_conflict(ours: set[str], theirs: set[str]) -> bool:
    """Whether two people's titles say they are two people (see the module docstring)."""
    if shared_titles(ours, theirs):
        return False
    (r1, o1), (r2, o2) = _split(ours), _split(theirs)
    return _titles_conflict(_either_gender(o1), _either_gender(o2)) or _titles_conflict(r1, r2)


def shared_titles(ours: set[str], theirs: set[str]) -> list[str]:
    """Title keys that agree (:func:`.titles.shared_titles`), a role word for either gender with the man's or the
    woman's."""
    return _shared_titles(_either_gender(ours), _either_gender(theirs))
