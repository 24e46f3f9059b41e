"""Statement classes: is an attribution speech, a belief, a feeling or a wish?

In: the cue word of an attribution (lemma and part of speech, or the frame for cues that are not a
word: 'according to', a colon, no cue at all) and whether its content quotes. Out: one of
:data:`~reportedly.model.StatementClass`. The decision is a look-up in ``data/statement_classes.tsv``
(cue words, then the semantic classes of ``data/predicate_classes.tsv`` in order of precedence);
quote extractors of the field look for speech only and the attribution corpora annotate everything,
so no library draws this line, and the table says where reportedly draws it.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import StatementClass
from ..text import lexicons

SPEECH_FRAMES = frozenset({"according", "colon", "cueless"})
"""Frames that only speech takes: 'according to', a colon before a quotation, a quotation with no cue."""


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, str], str], list[tuple[str, str, str]]]:
    words: dict[tuple[str, str], str] = {}
    order: list[tuple[str, str, str]] = []
    for key, pos, cls in lexicons.rows("statement_classes.tsv"):
        if key.startswith("@"):
            order.append((key[1:], pos, cls))
        else:
            words[(key, pos)] = cls
    return words, order


@lru_cache(maxsize=8192)
def cue_class(lemma: str, pos: str) -> StatementClass | None:
    """The class of a cue word (``pos``: verb, noun or adj), or None when the tables do not know it."""
    words, order = _table()
    found = words.get((lemma, pos)) or words.get((lemma, "*"))
    if found:
        return found  # type: ignore[return-value]
    semantic = lexicons.predicate_classes().get((lemma, pos), ())
    for sem, p, cls in order:
        if sem in semantic and p in ("*", pos):
            return cls  # type: ignore[return-value]
    return None


def statement_class(lemma: str, pos: str, frame: str, quoted: bool) -> StatementClass:
    """The class of an attribution: its cue word's, else speech for a quotation, else cognition."""
    if frame in SPEECH_FRAMES:
        return "speech"
    return cue_class(lemma, pos) or ("speech" if quoted else "cognition")
