"""For the web tests: a small corpus store of our own four reports, and stand-ins for the extraction process."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

from reportedly.model import Document

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


def stand_in_work(args: tuple[list, object]) -> Iterator[tuple[str, str]]:
    """Stand-in for :func:`reportedly.api.work.extract_reports` (module level: it runs in the extraction
    process): a report with 'SLEEP n' sleeps n seconds, one with 'RAISE' raises, others come back as a
    document with no records, at once."""
    reports, _ = args
    for report in reports:
        text = report.text or ""
        if m := re.search(r"SLEEP (\d+(?:\.\d+)?)", text):
            time.sleep(float(m.group(1)))
        if "RAISE" in text:
            raise RuntimeError("something\ninternal")
        yield "ok", Document(id=report.id, text=text).model_dump_json()
