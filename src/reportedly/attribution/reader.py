"""One parsed document as the attribution rules read it: the paragraphs kept, their quotations, the lexicon.

In: a :class:`~reportedly.text.nlp.Parsed` document and the paragraphs to skip (captions). Out:
:class:`ParseReader`, the base of the rule extractor's parts (:mod:`.sources`, :mod:`.contents`,
:mod:`.rules`), with the state they share and the helpers on characters and tokens they all use:
character spans of token ranges trimmed of edge punctuation, quotation look-ups by character
(:class:`~.quotes.QuoteIndex`), the tokens to read, whether a verb has a subject.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Token

from ..model import Span
from ..text.nlp import Parsed
from .cues import cue_lexicon
from .quotes import QUOTE_TOKENS, Quote, QuoteIndex, find_quotes

SUBJECTS = {"nsubj", "csubj"}
"""Dependency labels of an active subject."""
CLAUSAL = {"ccomp", "csubj"}
"""Dependency labels of a clause that is a complement or subject."""


class ParseReader:
    """A parsed document with its quotations and the cue lexicon, and helpers on characters and tokens."""

    def __init__(self, parsed: Parsed, *, skip_blocks: set[int] | frozenset[int] = frozenset()) -> None:
        self.p = parsed
        self.doc = parsed.doc
        self.text = parsed.text
        self.lexicon = cue_lexicon()
        self.skip = skip_blocks
        kept = [(b, s) for b, s in enumerate(self._block_spans()) if b not in skip_blocks]
        self.block_spans = [s for _, s in kept]
        self.quote_index = QuoteIndex(self.text, find_quotes(self.text, self.block_spans))

    def _block_spans(self) -> list[Span]:
        out = []
        for first, end, _ in self.p.blocks:
            out.append(self.p.char_span(first, end) if end > first else (0, 0))
        return out

    def kids(self, t: Token) -> list[Token]:
        """The children of ``t`` in text order, as ``t.children`` gives them (which scans all of ``t``'s subtree
        span at every call: O(n) for a head high in a long sentence)."""
        return self.p.children[t.i]

    def tokens(self) -> Iterator[Token]:
        """The tokens of the paragraphs that are not skipped (captions), in order."""
        tokens = self.p.tokens
        for b, (first, end, _) in enumerate(self.p.blocks):
            if b not in self.skip:
                yield from tokens[first:end]

    # -- helpers on characters and tokens ----------------------------------------------------

    def span_of(self, start: int, end: int) -> Span:
        """Character span of the tokens ``[start, end)``."""
        return self.p.char_span(start, end)

    def token_at(self, char: int) -> int:
        """Index of the token that starts at or before ``char``."""
        return max(0, bisect.bisect_right(self.p.starts, char) - 1)

    def quote_around(self, start: int, end: int) -> Quote | None:
        """The quotation that contains the characters ``[start, end)``, if any."""
        return self.quote_index.around(start, end)

    def quote_ending_before(self, char: int) -> Quote | None:
        """A quotation that closes right before ``char`` (only spaces and , . — between)."""
        return self.quote_index.ending_before(char)

    def quote_starting_after(self, char: int) -> Quote | None:
        """A quotation that opens right after ``char`` (only spaces and , : between)."""
        return self.quote_index.starting_after(char)

    def content_spans(self, start: int, end: int) -> list[Span]:
        """Character span of tokens ``[start, end)``, trimmed of edge punctuation outside quotes."""
        doc = self.doc
        while start < end and doc[start].is_punct and doc[start].text not in QUOTE_TOKENS and doc[start].text != "(":
            start += 1
        while end > start and doc[end - 1].is_punct and (doc[end - 1].text not in QUOTE_TOKENS | {")", "?", "!"}
                                                         or self._opens_quote(end - 1)):
            end -= 1  # edge punctuation, and a quotation's opening mark (the quotation is not in the range)
        if end <= start:
            return []
        return [self.span_of(start, end)]

    def _opens_quote(self, i: int) -> bool:
        at = self.p.token_start(i)
        q = self.quote_index.around(at, at + 1)
        return q is not None and q.start == at and q.end > self.p.token_end(i)

    def has_subject(self, v: Token) -> bool:
        """Whether ``v`` has a subject of its own (active or passive)."""
        return any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in self.kids(v))
