"""A small corpus store for the web tests: our own four reports, ingested with the real pipeline."""

from __future__ import annotations

from pathlib import Path

REPORTS = Path(__file__).parent / "data" / "web" / "reports.jsonl"
"""Four short reports written for these tests: a village claimed and denied, talks, a market
(whose title and text carry markup that must show as text)."""


def build_store(folder: Path) -> Path:
    """Ingest :data:`REPORTS` into ``folder/web.db`` (one worker) and return the path."""
    from reportedly.corpus.ingestion import ingest
    from reportedly.corpus.store import Store

    db = folder / "web.db"
    with Store(db) as store:
        summary = ingest(store, [REPORTS], jobs=1, progress=False)
    assert summary.processed == 4 and not summary.failed, summary.lines()
    return db
