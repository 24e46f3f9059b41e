"""The cue lexicon: which words report speech or thought, and which content frames they take.

In: ``data/cues.tsv`` (lemma, part of speech, frames, class). Out: :func:`cue_lexicon`, a table
of :class:`CueEntry` keyed by (lemma, 'verb'|'noun'), read once; and :data:`DISPUTING`, the verbs
that dispute a claim without being in the lexicon's denial class.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.lexicons import rows

DISPUTING = frozenset({"refute", "rebut", "debunk", "contradict", "question", "challenge", "doubt", "ridicule",
                       "mock", "deride", "counter"})
"""Verbs that dispute a claim without being in the lexicon's denial class."""


@dataclass(frozen=True)
class CueEntry:
    """One lexicon entry: which content frames a cue word takes, and its class."""

    lemma: str
    pos: str
    frames: frozenset[str]
    cls: str
    preps: frozenset[str] = frozenset()
    """Prepositions whose object is the content ('refer to X'), from a 'prep=to|about' frame."""


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[tuple[str, str], CueEntry]:
    """``data/cues.tsv`` keyed by (lemma, 'verb'|'noun')."""
    out: dict[tuple[str, str], CueEntry] = {}
    for lemma, pos, frames, cls in rows("cues.tsv"):
        names = frames.split(",")
        preps = frozenset(p for f in names if f.startswith("prep=") for p in f[5:].split("|"))
        out[(lemma, pos)] = CueEntry(lemma, pos, frozenset(names), cls, preps)
    return out
