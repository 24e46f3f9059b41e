"""A person named as one of a body's people: "Mrs Ada Obi and other NAPSRA officials".

In: a parsed document and the token span of a person's name; out: the title the list gives the person ("NAPSRA
official"), or ''. The title ties later descriptions by the body ("the NAPSRA spokeswoman") to that person.
Read by :mod:`reportedly.attribution.descriptions` (the person's facts).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..text import lexicons

_BODY_WORDS = 4
"""Most words of the body between 'other' and the plural noun ('other Ministry of Works officials')."""


def member_title(doc: Doc, span: SpacySpan) -> str:
    """'NAPSRA official' for 'Funmilayo Adeyemi' in 'Funmilayo Adeyemi and other NAPSRA officials': the name, 'and
    other', one to four capitalised words (the body) and a plural noun of people ('officials', 'members', 'staff');
    '' otherwise ('Ada Obi and other residents', 'Ada Obi and other officials': no body)."""
    i = span.end
    if i + 3 >= len(doc) or doc[i].lower_ != "and" or doc[i + 1].lower_ != "other":
        return ""
    j = i + 2
    body = []
    while j < len(doc) and len(body) < _BODY_WORDS and (doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha \
            and doc[j].tag_ not in ("NNS", "NNPS"):
        body.append(doc[j])
        j += 1
    if not body or j >= len(doc) or doc[j].tag_ not in ("NNS", "NNPS") or \
            lexicons.people_nouns().get(doc[j].lemma_.lower()) != "person":
        return ""
    return f"{' '.join(w.text for w in body)} {doc[j].lemma_.lower()}"


def apposed_gender(span: SpacySpan) -> str | None:
    """The gender of a noun the name is in apposition to ('m' for 'Nonoy' in 'Her husband, Nonoy, a welder'), or
    None: the pronoun 'she' after it is not that person."""
    t = span.root
    if t.dep_ != "appos" or t.head.i == t.i or t.head.pos_ != "NOUN":
        return None
    return lexicons.noun_genders().get(t.head.lemma_.lower()) or lexicons.noun_genders().get(t.head.lower_)
