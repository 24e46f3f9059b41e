"""Checks on what a name the recogniser found can be, from its own letters and the words around it.

In: spaCy spans and tokens of a parsed report; out: yes or no. Used by :mod:`.names` when it makes actor
clusters of the recogniser's names.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from ..text import lexicons


def acronym_person(span: SpacySpan) -> bool:
    """Whether a 'person' the recogniser found is an acronym of a body: one word of three to six capitals ('ISPR'
    of 'DG ISPR: ...', 'the DG ISPR said') in a sentence that is not written all in capitals ('BIDEN SAYS ...'), and
    no given name ('ANA', 'OMAR')."""
    if len(span) != 1:
        return False
    text = span.text
    if not (text.isalpha() and text.isupper() and 3 <= len(text) <= 6) or text.lower() in lexicons.first_names():
        return False
    return any(t.is_alpha and t.is_lower for t in span.sent)
