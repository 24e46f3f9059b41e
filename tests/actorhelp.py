"""For the corpus actor tests: the actors a store lists after storing some reports of our own, in order."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.actors import Linker
from reportedly.corpus.query import CorpusActor, actors
from reportedly.corpus.store import Store


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
