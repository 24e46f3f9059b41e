"""Who or what two sources blame for one thing: 'The union blamed the outbreak on staff cuts. The hospital blamed a
faulty filter supplied by its contractor.'

In: the grouping rows of a store's claims (:class:`~.dispute_model.Row`), their propositions, the lemma of the cue of
the statement behind each (``blame``, ``attribute``: a ``blame_verb`` of ``data/claims.tsv``) and their vectors.
Out: (earlier, later) pairs of claims that :mod:`.contradictions` hands to :func:`.disputes.group` with the other
who-did-it pairs of :mod:`.polarity`: each pair is a counter-claim over who or what is to blame.

What such a statement's content holds is the thing blamed, not the verb ('the outbreak on cuts to the cleaning staff',
'a faulty filter'): two of them by sources of different sides, side by side in one report or alike across reports,
that blame different things (their words little alike) disagree about the cause.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from .dispute_model import NEAR, Row
from .propositions import Vocabulary
from .sides import same_side
from .similarity import Vec
from .terms import load

BLAMED_ALIKE = 0.3
"""How alike (:meth:`~.similarity.Vec.cos`) two blame statements of different reports must be to be about one thing."""
SAME_BLAME = 0.5
"""Two blame statements whose words are at least this alike (lexical cosine) blame the same thing: no dispute."""


@lru_cache(maxsize=1)
def blame_verbs() -> frozenset[str]:
    """The cue lemmas of ``blame_verb`` in ``data/claims.tsv`` ('blame', 'attribute')."""
    return frozenset(term.lower() for cls, term in load("claims.tsv") if cls == "blame_verb")


def blamed_pairs(rows: dict[int, Row], cues: dict[int, str], vectors: dict[int, Vec],
                 officers: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """(earlier, later) pairs of claims whose statements blame (``cues``: claim pk -> cue lemma) different things, by
    sources of different sides: at most :data:`NEAR` claims apart in one report, or :data:`BLAMED_ALIKE` alike in
    two reports; not when their words say the same thing (:data:`SAME_BLAME`)."""
    verbs = blame_verbs()
    cands = [r for r in rows.values() if cues.get(r.pk, "") in verbs and r.position == "asserts"
             and r.kind == "assertion" and not r.headline and len(r.words) >= 2 and r.pk in vectors]
    out = []
    for a, b in itertools.combinations(cands, 2):
        if a.same_source(b) or same_side(a, b, officers):
            continue
        near = a.doc == b.doc and abs(a.n - b.n) <= NEAR
        if not near and vectors[a.pk].cos(vectors[b.pk]) < BLAMED_ALIKE:
            continue
        if Vocabulary.cosine(vectors[a.pk].lex, vectors[b.pk].lex) >= SAME_BLAME:
            continue  # both blame the same thing
        first, later = sorted((a, b), key=lambda r: r.order)
        out.append((first.pk, later.pk))
    return out
