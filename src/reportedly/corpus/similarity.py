"""How alike two claims are: the words they share (idf-weighted) and what their sentences mean (embeddings).

In: claims' word stems (:func:`~.propositions.words`) and proposition texts. Out: :class:`Vec`, a claim's
(or a group's) two vectors, and :meth:`Vec.cos`, their similarity in [0, 1]:
``LEXICAL * lexical cosine + (1 - LEXICAL) * embedding cosine`` (0.25 and 0.75).

* The **lexical** part is the cosine of idf-weighted stems (:class:`~.propositions.Vocabulary`): exact
  names, numbers' units and rare words ('Bayraktar', 'arson', 'turnout').
* The **embedding** part is the cosine of static word embeddings averaged over the sentence, from
  ``wordllama`` (0.4.0.post1), whose weights (16 MB) and tokenizer ship inside its wheel: nothing is
  downloaded. It finds what words alone miss: 'the fire was set deliberately' and 'the fire was arson' are
  0.63 alike. It is no paraphrase model: 'had been surrounded' and 'had been encircled in the region' are
  only 0.27 alike.

Why both, with the figures (words alone, half and half, the shipped 0.25, embeddings alone, on the tune parts
of the five story corpora): see the module doc of :mod:`.contradictions`.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .propositions import Vocabulary

LEXICAL = float(os.environ.get("REPORTEDLY_LEXICAL_WEIGHT", "0.25"))
"""The weight of the lexical cosine (the embedding cosine has the rest). ``REPORTEDLY_LEXICAL_WEIGHT`` sets it,
for measurements only: 1 is words alone, 0 embeddings alone (``bench/stories.py disputes --lexical-weight``)."""


@dataclass
class Vec:
    """A claim's (or a group's) lexical vector (stem -> weight, unit length) and embedding (unit length)."""

    lex: dict[str, float] = field(default_factory=dict)
    dense: np.ndarray | None = None

    def __bool__(self) -> bool:
        return bool(self.lex) or self.dense is not None

    def cos(self, other: Vec) -> float:
        """The similarity of two vectors (see the module doc); the lexical cosine alone when either has no
        embedding."""
        lexical = Vocabulary.cosine(self.lex, other.lex)
        if self.dense is None or other.dense is None:
            return lexical
        if not self.lex or not other.lex:  # no words of its own (only 'it'): what it means is all there is
            return max(0.0, float(self.dense @ other.dense))
        return LEXICAL * lexical + (1 - LEXICAL) * max(0.0, float(self.dense @ other.dense))


def centroid(vectors: list[Vec]) -> Vec:
    """The unit-length sum of vectors, each part apart."""
    lex: dict[str, float] = {}
    for v in vectors:
        for w, x in v.lex.items():
            lex[w] = lex.get(w, 0.0) + x
    norm = sum(x * x for x in lex.values()) ** 0.5
    dense = [v.dense for v in vectors if v.dense is not None]
    total = np.sum(dense, axis=0) if dense else None
    if total is not None:
        n = float(np.linalg.norm(total))
        total = total / n if n else None
    return Vec({w: x / norm for w, x in lex.items()} if norm else {}, total)


@lru_cache(maxsize=1)
def _model() -> Any:
    """The wordllama model, read from the files inside its wheel (None when it is not installed)."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:  # pragma: no cover - a pinned dependency
        return None
    logging.getLogger("wordllama").setLevel(logging.ERROR)
    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embed(texts: list[str]) -> np.ndarray | None:
    """Unit-length embeddings of ``texts`` (one row each), or None without the model."""
    model = _model()
    if model is None or not texts:
        return None
    return np.asarray(model.embed([t or "-" for t in texts], norm=True), dtype=np.float32)


def vectors(words: dict[int, tuple[str, ...]], texts: dict[int, str], vocab: Vocabulary) -> dict[int, Vec]:
    """The vector of each claim: its stems' idf vector, and the embedding of its text when it has words."""
    keys = [k for k in words if words[k]]
    dense = embed([texts[k] for k in keys]) if LEXICAL < 1 else None
    out = {k: Vec(vocab.vector(words[k])) for k in words}
    if dense is not None:
        for i, k in enumerate(keys):
            out[k].dense = dense[i]
    return out
