"""A country's body described in lower case by what it is: "Malaysia's maritime agency", 'the Malaysian agency'.

In: a document actor that the organisation rules (:mod:`.organisations`) gave a body of its own, named by the
description ('maritime agency|MYS'), and the store; out: the one stored body it describes, or None. A description
is a country (a possessive or an adjective) and words in lower case that end with a head noun of an agency-like body
(``data/org_words.tsv`` kind 'describes', the heads that 'agency' may stand for, and 'agency' and 'service'). It is
the one stored body of that country whose name ends with the same head (or one the description's head may stand
for) and holds every other word of the description ('maritime' in 'Malaysian Maritime Enforcement Agency'). With
none or several, it stays the body it was given. Governments, ministries and armed services are not described so
(a country has one government, compared by :func:`~.titles.org_body` already).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Actor
from ..text import lexicons
from ..text.org_names import org_words
from .decisions import Decision
from .titles import org_body

if TYPE_CHECKING:
    import sqlite3

__all__ = ["described_body"]


def _heads() -> dict[str, frozenset[str]]:
    """Head nouns of agency-like bodies -> the heads of stored bodies each may stand for (itself among them)."""
    out: dict[str, set[str]] = {}
    for word, heads in org_words().describes:
        if heads != ("*",):
            out.setdefault(word, set()).update(heads)
            out[word].add(word)
    agency = out.get("agency", set())
    for head in {*agency, "agency", "service"}:
        out.setdefault(head, set()).add(head)
    return {k: frozenset(v) for k, v in out.items()}


def described_body(db: sqlite3.Connection, a: Actor, d: Decision) -> Decision | None:
    """For an organisation of the report given a body of its own named by a description in lower case with a
    country ("Malaysia's maritime agency"): the one stored body of that country it describes (see the module doc);
    else None."""
    if a.type not in ("organization", "unknown") or d.alone or not d.key.startswith("organization:"):
        return None
    written = [w for w in a.name.split() if w.lower() != "the"
               and not lexicons.country_code(w.removesuffix("'s").removesuffix("’s"))]
    body, code = org_body(a.name)
    code = code or a.country
    words = body.split()
    if not code or not written or any(w[:1].isupper() for w in written) or not words or len(words) > 3:
        return None
    heads = _heads().get(words[-1])
    if heads is None:
        return None
    found = {}
    for r in db.execute("SELECT id, key, name, country FROM corpus_actors WHERE type = 'organization' AND country = ?"
                        " AND instr(key, '@') = 0 AND key != ?", (code, d.key)):
        other = r[1].removeprefix("organization:").partition("|")[0].split()
        if len(other) > len(words) and other[-1] in heads and all(w in other[:-1] for w in words[:-1]):
            found[r[0]] = r
    if len(found) != 1:
        return None
    _, key, name, country = next(iter(found.values()))
    return Decision(key, name, "organization", country,
                    {"rule": "organisation", "described": f"{body}|{code}", "same body": name,
                     "why": "the one stored body of that country whose name ends with that head and holds those "
                     "words (see corpus/described_bodies.py)"}, d.names)
