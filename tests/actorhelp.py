"""For the corpus actor tests: the actors a store lists after storing some reports of our own, in order."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.actors import Linker
from reportedly.corpus.query import CorpusActor, actors
from reportedly.corpus.store import Store


def listed_actors(*texts: str) -> list[CorpusActor]:
    """The actors listed after storing the reports in this order (one ingest: waiting actors looked at after)."""
    with Store(":memory:") as s:
        linker = Linker(s)
        for n, text in enumerate(texts):
            s.add_document(extract(text, id=f"d{n}", published="2026-05-0" + str(n + 1)), hash=f"h{n}", key=f"k{n}",
                           linker=linker)
        linker.revisit()
        return actors(s, limit=None)
