"""For the corpus actor tests: the actors a store lists after storing some reports of our own, in order."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.actors import Linker
from reportedly.corpus.query import CorpusActor, actors
from reportedly.corpus.store import Store
from reportedly.model import Actor, Document


def listed_actors(*texts: str, month: str = "2026-05") -> list[CorpusActor]:
    """The actors listed after storing the reports in this order, published on days 1, 2, ... of ``month`` (one
    ingest: waiting actors looked at after)."""
    with Store(":memory:") as s:
        linker = Linker(s)
        for n, text in enumerate(texts):
            s.add_document(extract(text, id=f"d{n}", published=f"{month}-0{n + 1}"), hash=f"h{n}", key=f"k{n}",
                           linker=linker)
        linker.revisit()
        return actors(s, limit=None)


def listed_names(*texts: str) -> set[str]:
    """Every name and alias of the actors listed after storing the reports (see :func:`listed_actors`)."""
    return {n for a in listed_actors(*texts) for n in (a.name, *a.aliases)}


def actor_in(text: str, name: str, type_: str, published: str) -> tuple[Actor, Document]:
    """A document of ``text`` and an actor of it named ``name`` at every place the text writes it."""
    doc = extract(text, id="x", published=published)
    spans, start = [], text.find(name)
    while start >= 0:
        spans.append((start, start + len(name)))
        start = text.find(name, start + 1)
    return Actor(id="z1", name=name, type=type_, mentions=spans), doc


def holders(found: list[CorpusActor], name: str) -> set[int]:
    """Ids of the listed actors that go by ``name``."""
    return {a.id for a in found if name in a.aliases}


def together(found: list[CorpusActor], *names: str) -> bool:
    """Whether one listed actor goes by every one of ``names`` (and each is listed)."""
    held = [holders(found, n) for n in names]
    return all(held) and len(set().union(*held)) == 1


def apart(found: list[CorpusActor], a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are both listed, by different actors."""
    return bool(holders(found, a)) and bool(holders(found, b)) and not holders(found, a) & holders(found, b)
