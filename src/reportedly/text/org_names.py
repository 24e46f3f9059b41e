"""Organisation names: the acronyms a name may have, and the acronyms a report defines.

In: an organisation's name ("Joint Press Directorate", "Ministry of Defence") or a report's text; out: the
acronyms of the name (:func:`initials`: {'jpd'}; {'md', 'mod'}), whether a name is written as an acronym
(:func:`is_acronym`), and the acronyms a text defines in brackets (:func:`defined_acronyms`:
{'JPD': 'Joint Press Directorate'} for "the Joint Press Directorate (JPD) said"). Used by the document's
clusters (:mod:`reportedly.attribution.names`: "JPD" is the directorate the report named) and by the corpus
linker (:mod:`reportedly.corpus.organisations`: "JPD" in another report is the same body).
"""

from __future__ import annotations

import re

from . import lexicons
from .transliteration import strip_accents

_ORG_FILLERS = {"the", "of", "and", "for"}
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


_ACRONYM_WORDS = re.compile(r"[A-Za-z][\w'’]*")


def initials(name: str) -> set[str]:
    """Acronyms an organisation's name may have, lower case: of all its words, of its content words, and of
    those without country words ('Joint Press Directorate' -> {'jpd'}; 'Ministry of Defence' -> {'md', 'mod'};
    'Inter-Services Public Relations' -> {'ispr'}; 'Election Commission of India' -> {'ecoi', 'eci', 'ec'})."""
    words = [w for w in _ACRONYM_WORDS.findall(strip_accents(name).replace("-", " ")) if w.lower() != "the"]
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).lower()
    content = "".join(w[0] for w in words if w.lower() not in _ORG_FILLERS).lower()
    own = "".join(w[0] for w in words if w.lower() not in _ORG_FILLERS and not lexicons.country_code(w)).lower()
    return {x for x in (every, content, own) if len(x) >= 2}


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines in brackets after a name whose initials they are: {'JPD': 'Joint Press
    Directorate'} for "the Joint Press Directorate (JPD) said"."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        if sum(c.isupper() for c in acr) < 2:
            continue
        before = text[max(0, m.start() - 120):m.start()].rstrip()
        words = re.findall(r"[A-Za-z][\w'’\-]*", before)
        for n in range(2, min(len(words), 10) + 1):
            long = words[-n:]
            if long[0][0].islower():
                continue
            if acr.lower() in initials(" ".join(long)):
                out.setdefault(acr, " ".join(long))
                break
    return out


def is_acronym(name: str) -> bool:
    """Whether a name is written as an acronym ('JPD', 'MoD', 'IHEC'; not 'Nato' or 'Sweden')."""
    n = name.strip().removeprefix("the ").strip()
    return 2 <= len(n) <= 8 and n.isalpha() and sum(c.isupper() for c in n) >= 2 and n[0].isupper()
