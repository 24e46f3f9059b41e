"""Checks on what a name the recogniser found can be, from its own letters and the words around it.

In: spaCy spans and tokens of a parsed report; out: yes or no. Used by :mod:`.names` when it makes actor
clusters of the recogniser's names.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from ..text import lexicons, person_names
from .agents import known_place


def acronym_person(span: SpacySpan) -> bool:
    """Whether a 'person' the recogniser found is an acronym of a body: one word of three to six capitals ('ISPR'
    of 'DG ISPR: ...', 'the DG ISPR said') in a line that is not written all in capitals ('BIDEN SAYS ...'), and
    no given name ('ANA', 'OMAR')."""
    if len(span) != 1:
        return False
    text = span.text
    if not (text.isalpha() and text.isupper() and 3 <= len(text) <= 6) or text.lower() in lexicons.first_names():
        return False
    doc = span.doc
    lo, hi = span.start, span.end  # the words of its line ('(DG ISPR)' may end a sentence the parser cut short)
    while lo > 0 and "\n" not in doc[lo - 1].text and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    while hi < len(doc) and "\n" not in doc[hi].text and "\n" not in doc[hi - 1].whitespace_:
        hi += 1
    return any(t.is_alpha and t.is_lower for t in doc[lo:hi])


def name_after_role(span: SpacySpan, roles: dict[str, str]) -> SpacySpan | None:
    """A two-word name right after a person's role and a comma ("Deltamar's spokesman, Emeka Okoro, said") of
    which the recogniser tagged only the last word, as a place or a body: the name with the capitalised word before
    it (no entity's, no role, no country), when a comma or a verb follows; else None."""
    doc = span.doc
    k = span.start - 1
    if len(span) != 1 or k < 2 or span.end >= len(doc):
        return None
    given, last, after = doc[k], span[0], doc[span.end]
    if doc[k - 1].text != "," or not (after.text in (",", ".") or after.pos_ in ("VERB", "AUX")):
        return None
    low = doc[k - 2].lower_
    if roles.get(low, "") not in ("title", "leader") and lexicons.people_nouns().get(low) != "person":
        return None
    for t in (given, last):
        if not (t.is_title and t.is_alpha and len(t) >= 3) or t.lower_ in roles or lexicons.country_code(t.text) \
                or t.lower_ in lexicons.people_nouns() or t.lower_ in lexicons.org_endings():
            return None
    return doc[k:span.end] if not given.ent_type_ else None


def company_as_place(span: SpacySpan) -> bool:
    """Whether a name the recogniser took for a place is a company's: two words or more, the last a company ending
    of ``data/org_endings.tsv`` ('Santa Clara Sea Lines', 'Ndoni Petroleum'), and no place the gazetteer knows
    ('West Bank')."""
    return len(span) >= 2 and span[-1].is_title and lexicons.org_endings().get(span[-1].lower_) == "company" \
        and not known_place(" ".join(t.text for t in span if t.lower_ != "the"))


def abbreviates(word: str, title_words: set[str], capitals: str) -> bool:
    """Whether a word in capitals stands for a person's title words: in the initials of the capitalised ones
    (``capitals``: 'NDRF' of 'National Disaster Response Force director general'), or a rank or title form of
    ``data/ranks.tsv`` whose canonical words are all among them, lower case (``title_words``: 'DG' for 'director
    general of the Inter-Services Media Directorate')."""
    if word.isupper() and len(word) >= 2 and word in capitals:
        return True
    found = person_names.ranks().get(word.lower().strip("."))
    return found is not None and all(w in title_words for w in found[0].split())


def no_body_name(span: SpacySpan, label: str) -> bool:
    """Whether a name the recogniser read as a person or (``label`` ORG) a body is none: the rest of a title after
    'Director' ('Air Operations' of 'Director General Air Operations' read as 'Director General' + a body), a list
    of places ('Lahore, Sialkot'), or the name of a site ('Nur Khan' of 'the Nur Khan air base')."""
    doc = span.doc
    title_before = lexicons.context_words("title-before")
    if label == "ORG" and span.start > 0 and doc[span.start - 1].lower_ in title_before and \
            not span.text.startswith("General "):
        return True  # ('the Directors General of Military Operations' is read whole, as a role, elsewhere)
    parts = [p.strip() for p in span.text.split(",")]
    if len(parts) > 1 and all(p and known_place(p) for p in parts):
        return True
    after = [t.lower_ for t in doc[span.end:span.end + 2]]
    sites = lexicons.context_words("site-after")
    return bool(after) and (after[0] in sites or " ".join(after[:2]) in sites)
