"""An unnamed official of a body the report just named speaks for that body: 'an embassy official said'.

In: the resolver's state (clusters, the parse) and a source phrase that is an indefinite description of a person
by a body's noun and a person's noun ('an embassy official', 'a ministry spokesman', 'a coast guard source');
out: the one organisation named in this sentence or the two before whose name holds the body's noun ('the Indian
Embassy in Bishkek'), or None (then the description stays its own actor, as before). :class:`Officials` is one part
of :class:`~.speakers.Resolver`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..text import lexicons
from ..text.org_names import institution_heads
from .clusters import ResolverState

_BACK = 2
"""Sentences before the source's in which the body may be named."""


class Officials(ResolverState):
    """Unnamed officials of a named body (a part of the resolver)."""

    def _official_of_body(self, h: Token, start: int, end: int) -> int | None:
        """See the module docstring; ``h`` is the phrase's head, ``start``/``end`` its tokens."""
        doc = self.doc
        if not self._speaking or doc[start].lower_ not in ("a", "an") or h.i + 1 != end \
                or lexicons.people_nouns().get(h.lemma_.lower()) != "person" or h.i - start not in (2, 3):
            return None
        body = doc[h.i - 1]
        if body.lower_ not in institution_heads() and lexicons.people_nouns().get(body.lower_) not in (
                "body", "speaking", "building"):
            return None  # 'a senior official', 'a local official'
        si = self.p.sentence_of[start]
        lo = self.p.sentences[max(0, si - _BACK)][0]
        found = {k for k, c in enumerate(self.clusters) if c.type == "organization"
                 and (c.named or len(c.name.split()) > 1)  # or described with its country: 'the Pakistani consulate'
                 and body.lower_ in c.name.lower().split() and any(lo <= s < start for s, _ in c.mentions)}
        return found.pop() if len(found) == 1 else None


def place_after(doc: Doc, end: int) -> str:
    """' in Dubai' when the words at token ``end`` are 'in' and a place the recogniser tagged, else ''. The caller
    adds it to a body described by its country ('the Pakistani consulate in Dubai'): where a country's body abroad
    is tells it from the same body elsewhere."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in" or doc[end + 1].ent_type_ != "GPE" \
            or doc[end + 1].ent_iob_ != "B":
        return ""
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return " " + doc[end:stop].text
