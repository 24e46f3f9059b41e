"""The acronyms a report defines in brackets, also after a name written with one word of the full name left out.

In: a report's text; out: {acronym: the name before it}. :func:`reportedly.text.org_names.defined_acronyms` takes a
name whose initials are the acronym ("Joint Press Directorate (JPD)"); news often shortens the name it spells out
and keeps the acronym of the full one: "the United Nations mission in Afghanistan (UNAMA)" (the Assistance Mission),
"the Border Guard Service (BGSU)". :func:`report_acronyms` also takes a capitalised name whose initials are the
acronym's letters with one letter missing, the first and last in place (three initials or more; an acronym in
capitals only), and a name in capitals whose words' first letters spell a longer acronym ("Maritime Industry Authority
(MARINA)": :func:`_syllabic`). Used by the document's clusters (:mod:`reportedly.attribution.names`) and the corpus
linker (:mod:`reportedly.corpus.organisations`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .org_names import defined_acronyms, initials

_BRACKETED = re.compile(r"\(([A-Z]{3,8})(?:\)|(?=,\s)|(?=\s+(?:said|says|told)\b))")
_WORDS = re.compile(r"[A-Za-z][\w'’\-]*")


def _one_left_out(acronym: str, name_initials: str) -> bool:
    """Whether a name's initials are an acronym with one letter left out, first and last letters kept ('unma' of
    'UNAMA')."""
    a = acronym.lower()
    if len(name_initials) < 3 or len(a) != len(name_initials) + 1 or a[0] != name_initials[0] \
            or a[-1] != name_initials[-1]:
        return False
    return any(a[:k] + a[k + 1:] == name_initials for k in range(1, len(a) - 1))


def _syllabic(acronym: str, words: list[str]) -> bool:
    """Whether an acronym is the first one to four letters of each of the name's words in order ('MARINA' of
    'Maritime Industry Authority', 'BASARNAS' of 'Badan SAR Nasional'), every word giving some."""
    a = acronym.lower()
    if not words:
        return not a
    w = words[0].lower()
    return any(a.startswith(w[:n]) and _syllabic(a[n:], words[1:]) for n in range(1, min(4, len(w)) + 1))


@lru_cache(maxsize=256)
def report_acronyms(text: str) -> dict[str, str]:
    """:func:`defined_acronyms` of a text, and acronyms in capitals after a capitalised name of one word fewer
    ({'UNAMA': 'United Nations mission in Afghanistan'}); the shortest such name before the bracket."""
    out = defined_acronyms(text) if "(" in text else {}
    for m in _BRACKETED.finditer(text):
        acr = m.group(1)
        if acr in out:
            continue
        words = _WORDS.findall(text[max(0, m.start() - 120):m.start()].rstrip())
        for n in range(2, min(len(words), 10) + 1):
            long = words[-n:]
            if long[0][0].isupper() and (any(_one_left_out(acr, x) for x in initials(" ".join(long))) or (
                    len(acr) >= 5 and all(w[0].isupper() for w in long) and _syllabic(acr, long))):
                out[acr] = " ".join(long)
                break
    return out
