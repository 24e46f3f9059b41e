"""A headline names its people by a role before the report names them: 'DG ISPR: ...', 'Korean minister says ...'.

In: the resolver's state and a token position; out: how far a role description at that position may look for its
holder. A description in the body looks back (the holder was named before it); one in the headline, the first
paragraph of at most :data:`HEADLINE_TOKENS` tokens, looks at the whole report, since the report names below whom
its headline describes. :class:`Headlines` is one part of :class:`~.speakers.Resolver`; the description rules
(:mod:`.descriptions`) ask it.
"""

from __future__ import annotations

from .clusters import ResolverState

HEADLINE_TOKENS = 25
"""A first paragraph of at most this many tokens is a headline."""


class Headlines(ResolverState):
    """Where a description's holder may be named (a part of the resolver)."""

    def _reach(self, pos: int) -> int:
        """The token before which a description at ``pos`` looks for its holder: ``pos`` itself, or the end of the
        report for a description in a headline."""
        blocks = self.p.blocks
        if blocks and pos < blocks[0][1] <= HEADLINE_TOKENS and blocks[0][1] < len(self.doc):
            return len(self.doc)
        return pos
