"""Helpers for the actor identity tests: two one-speaker reports of our own, ingested in either order.

A :class:`Side` is one report's speaker (its name as the report writes it, type, country, titles) and what the
report says around it (``before`` the name, a country it also names, a sentence ``after``); :func:`same_actor`
stores two such reports in a fresh store and says whether their speakers became one corpus actor.
"""

from __future__ import annotations

from typing import NamedTuple

from reportedly.corpus.actors import Linker, generic_head
from reportedly.corpus.store import Store
from reportedly.model import Actor, Document
from reportedly.text import lexicons
from tests.storehelp import doc_with_actors, person


class Side(NamedTuple):
    """One report's speaker: the name as the document gives it, its country and titles, and the text
    before it ('Sir ') and a country the report also names (the document's support)."""

    name: str
    country: str | None = None
    titles: tuple[str, ...] = ()
    before: str = ""
    support: str | None = None
    type: str | None = None
    after: str = ""
    """A sentence after the speaker's (an acronym's definition, another body of the report)."""
    others: tuple[tuple[str, str], ...] = ()
    """Other actors of the report, (name, type), with their mentions in ``after``."""


def side_doc(n: int, side: Side) -> Document:
    """The report of one side: "<before><name> said the talks would go on. [<support> sent a delegation.]"."""
    text = f"{side.before}{side.name} said the talks would go on."
    if side.support:
        text += f" {side.support} sent a delegation."
    if side.after:
        text += f" {side.after}"
    kind = side.type or ("group" if generic_head(side.name) or side.name.endswith("officials") else "person")
    actors = [person("a1", side.name, text, country=side.country, titles=list(side.titles), type=kind)]
    actors[0] = actors[0].model_copy(update={"mentions": actors[0].mentions[:1]})
    if side.support:
        start = text.index(side.support)
        actors.append(Actor(id="a2", name=side.support, type="country", country=lexicons.country_code(side.support),
                            mentions=[(start, start + len(side.support))]))
    for k, (name, kind) in enumerate(side.others, 3):
        start = text.index(name, len(text) - len(side.after))
        actors.append(Actor(id=f"a{k}", name=name, type=kind, mentions=[(start, start + len(name))]))
    return doc_with_actors(f"d{n}", text, actors)


def same_actor(first: Side, second: Side) -> bool:
    """Whether the speakers of the two reports become one corpus actor (the reports stored in this order)."""
    with Store(":memory:") as s:
        linker = Linker(s)
        for n, side in enumerate((first, second)):
            s.add_document(side_doc(n, side), hash=f"h{n}", key=f"k{n}", linker=linker)
        linker.revisit()
        a, b = (r[0] for r in s.db.execute("SELECT corpus_actor FROM actors WHERE id = 'a1' ORDER BY doc"))
        return a == b
