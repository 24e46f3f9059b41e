"""The record of one attribution found in a parse, shared by both extractors and their consumers.

In: nothing (a data type). Out: :class:`Found`, which the rule extractor (:mod:`.rules`) and the
trained model (:mod:`.learned`) produce, and speaker resolution, event coding and the pipeline read:
token ranges for the cue and source, character spans for the content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Span, StatementKind
from ..text.nlp import Parsed


@dataclass
class Found:
    """An attribution found in the parse, before its source is resolved to an actor."""

    cue: list[int]
    """Token indices of the cue words (the head plus auxiliaries, negation, particles)."""
    content: list[Span]
    """Character spans of the content in the original text."""
    source: tuple[int, int] | None = None
    """Token range ``[start, end)`` of the source phrase, None for a sourceless attribution."""
    source_head: int | None = None
    frame: str = "clause"
    """How the content was found: clause, quote, parataxis, object, xcomp, according, colon, nominal."""
    cls: str = "speech"
    kind: StatementKind = "indirect"
    cue_spans: list[Span] = field(default_factory=list)
    score: float = 1.0
    channel: tuple[str, int, int, str | None] | None = None
    """(kind, first token, end token, platform) of the channel phrase, when stated."""
    time: tuple[int, int] | None = None
    """Token range of a time expression attached to the cue."""
    tense: str = "past"

    @property
    def head(self) -> int:
        return self.cue[0]


def cue_spans(parsed: Parsed, tokens: list[int]) -> list[Span]:
    """Character spans of ``tokens`` in text order, those only whitespace apart joined into one ('was quoted',
    'quoted … as saying'): a finding's ``cue_spans``."""
    out: list[Span] = []
    for i in sorted(tokens):
        s, e = parsed.char_span(i, i + 1)
        if out and not parsed.text[out[-1][1]:s].strip():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
