"""For the dispute tests on small corpora of our own: ingest one into a fresh store and list every dispute."""

from __future__ import annotations

from pathlib import Path

from reportedly.corpus.contradictions import Dispute, contradictions
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store


def disputes_of(corpus: Path, reports: int, db: Path, jobs: int | None) -> list[Dispute]:
    """Ingest ``corpus`` into a new store at ``db`` with ``jobs`` workers (None: the default, all cores), check
    that all ``reports`` were processed and none failed, and return every dispute of the store."""
    with Store(db) as s:
        summary = ingest(s, [corpus], jobs=jobs, progress=False)
        assert summary.processed == reports and not summary.failed
    with Store(db, readonly=True) as s:
        return contradictions(s, limit=None)
