"""Background mentions: events a report tells in passing, not as its news.

A report recalls what a party did before ('The Green Alliance, which campaigned against corruption, said
...'), who someone is ('the engineer who led the inquiry') or what a thing is ('the dam, which was built in
1970'). Such a mention is usually shared by every report of a story, whatever happening each one tells of,
so it is weak evidence that two reports tell one happening (:mod:`reportedly.corpus.profiles` weighs it).

In: the head token of a mention (in its spaCy parse). Out: :func:`in_relative_clause`, whether the mention
sits in a wh-relative clause on a noun (the verb of the clause, or a word of that clause below its verb)
before any clause of its own: a sentence's main verb, a complement clause or a clause of reported speech
ends the climb; :func:`recap`, whether it is the past perfect main verb of a sentence in the outlet's own
voice ('The alliance had won 40 seats in 2019'). The events stage gives an event whose every mention is
one or the other the context :data:`BACKGROUND`.
"""

from __future__ import annotations

from spacy.tokens import Token

BACKGROUND = "background"
"""The value in :attr:`~reportedly.model.Event.context` of an event told only in background clauses (not a PLOVER
context: the PLOVER export leaves it out)."""
RELATIVE_WORDS = frozenset({"which", "who", "whom"})
"""Relative pronouns that open a clause about a noun (not 'that', which also opens complement clauses)."""
_STOP = frozenset({"ROOT", "ccomp", "parataxis"})
_CLIMB = 6


def _relative(v: Token) -> bool:
    """A verb heading a relative clause that a wh-word opens ('which campaigned', 'who led', 'whose ... fled')."""
    if v.dep_ != "relcl" or v.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    for c in v.children:
        if c.lower_ in RELATIVE_WORDS:
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "prep") and any(
                g.lower_ in RELATIVE_WORDS for g in c.children):
            return True  # 'whose members fled', 'in which'
    return False


def recap(head: Token) -> bool:
    """A verb in the past perfect heading its sentence, in the outlet's own voice ('The party had won 40 seats in
    2019'): what had happened before the news."""
    v = head if head.pos_ in ("VERB", "AUX") else head.head
    for _ in range(3):
        if v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
            v = v.head
    if v.dep_ != "ROOT":
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in v.children)


def in_relative_clause(head: Token) -> bool:
    """Whether the mention headed by ``head`` is told in a wh-relative clause (see the module doc)."""
    t = head
    for _ in range(_CLIMB):
        if t.dep_ == "relcl":
            return _relative(t)
        if t.dep_ in _STOP or t.head.i == t.i:
            return False
        t = t.head
    return False
