"""Which head nouns a word that describes a body may stand for in a definite description.

'the agency said' after 'the Maritime Industry Authority grounded the fleet': 'agency' and 'regulator' are words
for a body by what it does, and a report often names the body with another head noun ('Authority',
'Administration', 'Commission'). ``data/org_words.tsv`` lists them (kind ``describes``: 'regulator' ->
inspectorate, authority, agency ...). In: a head noun's lemma (lower case). Out: the head nouns it may stand for
(empty for a word that describes no body, and for the words that stand for any body: 'group', 'organisation').
Read by ``descriptions.Descriptions._body_named`` only when no body of the report has the word itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..text.lexicons import norm
from ..text.org_names import org_words


@lru_cache(maxsize=256)
def stands_for(head: str) -> frozenset[str]:
    """The head nouns ``head`` may stand for in 'the <head> said' (see the module docstring)."""
    return frozenset(h for word, heads in org_words().describes if word == head and heads != ("*",) for h in heads)


def described_bodies(res: Any, head: str, start: int) -> list[tuple[int, int]]:
    """(last mention before ``start``, cluster index) of each named organisation of resolver ``res`` named before
    ``start`` whose name ends in a head noun that ``head`` may stand for ('Maritime Industry Authority' for 'the
    agency')."""
    heads = stands_for(head)
    out: list[tuple[int, int]] = []
    if not heads:
        return out
    for k, c in enumerate(res.clusters):
        words = norm(c.name).split() if c.type == "organization" and c.named else []
        if words and words[-1] in heads and (last := res._last_before(k, start)) >= 0:
            out.append((last, k))
    return out
