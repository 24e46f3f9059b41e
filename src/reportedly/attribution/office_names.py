"""A person named right after an office's "of" phrase, where the recogniser tagged no name.

In: a parsed document and the end of a title the parser took for the speaker ("Inspector General" of
"Inspector General of Police Tariq Mehmood Qureshi said ..."); out: the span of the name after the office's body
("Tariq Mehmood Qureshi"), or None. Without it the bare title ("General") went to another general of the report.
Read by :mod:`reportedly.attribution.descriptions`.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..text import lexicons

_BODY_WORDS = 3
"""Most capitalised words of the office's body ('of Police', 'of the Frontier Corps Police')."""


def _capital(doc: Doc, i: int) -> bool:
    w = doc[i]
    return w.is_alpha and w.is_title and w.pos_ == "PROPN"


def name_after_office(doc: Doc, end: int) -> SpacySpan | None:
    """The name of 2-4 capitalised words after 'of [the] <Body>' that follows a title ending at ``end``, when the
    body ends in a body noun (police, army, ministry ...) and the name is followed by a word in lower case or a
    punctuation mark; else None ('Inspector General of Police Tariq Mehmood Qureshi said', not 'Inspector General
    of Police said', not 'the chief of Ward Seven Development Committee')."""
    i = end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    body_end = None
    for j in range(i, min(i + _BODY_WORDS, len(doc))):
        if not (doc[j].is_alpha and doc[j].is_title):
            break
        if lexicons.people_nouns().get(doc[j].lower_) == "body":
            body_end = j + 1
    if body_end is None:
        return None
    stop = body_end
    while stop < len(doc) and stop - body_end < 5 and _capital(doc, stop):
        stop += 1
    if not 2 <= stop - body_end <= 4 or (stop < len(doc) and doc[stop].is_title and not doc[stop].is_punct):
        return None
    if doc[stop - 1].lower_ in lexicons.org_endings() or any(
            lexicons.people_nouns().get(doc[j].lower_) == "body" for j in range(body_end, stop)):
        return None  # a longer body name ('of Police Training College'), not a person
    return doc[body_end:stop]
