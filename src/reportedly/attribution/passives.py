"""What a reporting verb was said of where it has no object in the parse: a passive with an agent, 'called X Y'.

In: a parsed report, the parse reader's children look-up and a cue verb; out: the subject of the passive (the
thing disputed, denied, rejected), when the verb has a 'by' agent that names who did it, else None. The agent is
the source (:mod:`.sources`); the subject is the content, as the object is in the active 'the agency disputed
Swedish claims ...'. A passive with no agent ('the claims were disputed') has no source and is left alone.
And 'called the claims "propaganda"' where the parser hung the claims under what they were called
(:func:`called_object`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token


def passive_object(doc: Doc, kids: Callable[[Token], Sequence[Token]], v: Token) -> Token | None:
    """The passive subject of ``v`` when ``v`` has an auxiliary of the passive and a 'by' agent with its noun,
    the subject standing before the verb; else None."""
    children = kids(v)
    if not any(c.dep_ == "auxpass" for c in children):
        return None
    agent = next((c for c in children if c.dep_ == "agent" and c.lower_ == "by"), None)
    if agent is None or not any(g.dep_ == "pobj" for g in kids(agent)):
        return None
    return next((c for c in children if c.dep_ == "nsubjpass" and c.i < v.i), None)


def called_object(doc: Doc, kids: Callable[[Token], Sequence[Token]], v: Token) -> Token | None:
    """'She called the opposition's claims "propaganda for the foreign press"', where the parser hung the thing
    called under what it was called (no object, a predicate after the verb that holds it): the predicate, when it
    is not a name in capitals ('call him "El Profe"'), else None."""
    oprd = next((c for c in kids(v) if c.dep_ == "oprd" and c.i > v.i), None)
    if oprd is None or not any(c.dep_ in ("nmod", "npadvmod", "compound", "poss") and c.i < oprd.i
                               for c in kids(oprd)):
        return None
    words = doc[oprd.left_edge.i:oprd.right_edge.i + 1]
    named = all(w.is_title or not w.is_alpha or w.lower_ in ("of", "de", "la", "el", "the") for w in words)
    return None if named else oprd
