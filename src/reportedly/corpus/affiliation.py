"""Who speaks for whom: a person that the text ties to an organisation by a role ('Sofia Malmberg, Kvarnholm's head
of communications', 'Civic Front leader Irina Vasko', 'the inspectorate's director-general, Anna-Karin Lindqvist').

In: a report's text and its actors (key, type, mention spans). Out: person key -> the keys of the organisations
they speak for. :mod:`.contradictions` reads it at query time, so that a spokeswoman's claims count on her
organisation's side of a dispute (a company that denies an account and its spokeswoman who gives the company's
version are one side, not two).

A person speaks for an organisation when a mention of that organisation stands in the role phrase right before or
right after a mention of the person, and the phrase holds a role word (the titles of ``data/roles.tsv``:
'spokeswoman', 'head', 'chief', 'director', 'leader', 'chairman', 'secretary' ...). An organisation named next to
a person with no role word between ('the union accused Sandberg') is no tie. Only organisations: a person is not
taken for a country's side by nationality.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..text import lexicons

Mention = tuple[int, int]
_WORD = re.compile(r"[A-Za-z][\w-]*")
_EXTRA = {"head", "executive", "spokesman", "spokeswoman", "spokesperson", "officer", "manager", "deputy", "boss",
          "member", "representative", "lawyer", "engineer", "inspector"}


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Single words of the titles of ``data/roles.tsv`` (and a few heads of role phrases: 'head', 'executive')."""
    out = set(_EXTRA)
    for phrase, kind in lexicons.roles().items():
        if kind in ("title", "leader"):
            out.update(w for w in re.split(r"[\s-]+", phrase.lower()) if w.isalpha() and len(w) > 2)
    return frozenset(out - {"of", "the", "state", "government", "general"})


def _role_between(text: str) -> bool:
    """Whether the words between a person and an organisation are a role phrase (only lower-case words, one of
    them a role word, at most six, at most one comma)."""
    if text.count(",") > 1 or re.search(r"[.;:()\n\"“”]", text):
        return False
    ws = _WORD.findall(text.replace("’", "'"))
    ws = [w for w in ws if w.lower() not in ("s",)]
    if len(ws) > 6 or any(w[0].isupper() for w in ws):
        return False
    roles = role_words()
    return any(p in roles for w in ws for p in w.lower().split("-"))


def affiliations(text: str, actors: Iterable[tuple[object, str, list[Mention]]]) -> dict[object, set[object]]:
    """Person key -> keys of the organisations the text ties it to by a role (see the module doc)."""
    actors = list(actors)
    orgs = [(s, e, key) for key, kind, spans in actors if kind == "organization" for s, e in spans]
    out: dict[object, set[object]] = {}
    for key, kind, spans in actors:
        if kind != "person":
            continue
        for s, e in spans:
            for os_, oe, org in orgs:
                if org == key:
                    continue
                if oe <= s and s - oe <= 60 and _role_between(text[oe:s]):
                    out.setdefault(key, set()).add(org)  # 'Kvarnholm's head of communications, Sofia Malmberg'
                elif e <= os_ and os_ - e <= 40 and text[e:os_].lstrip().startswith(",") \
                        and _role_after(text, e, os_, oe):
                    out.setdefault(key, set()).add(org)  # 'Sofia Malmberg, Kvarnholm's head of communications'
    return out


def _role_after(text: str, end: int, org_start: int, org_end: int) -> bool:
    """After ', ': 'the inspectorate's director-general', 'chairman of the union', 'a spokeswoman for X': the role
    phrase around the organisation's mention, up to the next comma or full stop, holds a role word."""
    stop = re.search(r"[,.;:()\n]", text[org_end:org_end + 60])
    phrase = text[end:org_start].lstrip(" ,") + " " + text[org_end:org_end + (stop.start() if stop else 0)]
    return _role_between(phrase)
