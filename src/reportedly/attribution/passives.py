"""What a passive reporting verb with an agent was said of: 'Swedish claims ... were disputed by the agency'.

In: a parsed report, the parse reader's children look-up and a cue verb; out: the subject of the passive (the
thing disputed, denied, rejected), when the verb has a 'by' agent that names who did it, else None. The agent is
the source (:mod:`.sources`); the subject is the content, as the object is in the active 'the agency disputed
Swedish claims ...'. A passive with no agent ('the claims were disputed') has no source and is left alone.
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
