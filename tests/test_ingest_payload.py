"""What an ingest worker sends back for each report (:func:`reportedly.corpus.workers.work_to_store`): the compact
JSON of the document, which reads back as the same document as the JSON ``extract`` prints (:func:`~.workers.work`),
with errors in their place; and an ingest with it stores what one with :func:`~.workers.work` stores (real pipeline,
invented reports)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly.corpus import workers
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store
from reportedly.errors import InputError
from reportedly.model import Document, Meta
from reportedly.pipeline import Options
from reportedly.text.read import RawDocument

REPORTS = [
    {"id": "quarry", "published": "2026-02-11", "outlet": "Tarnmouth Courier",
     "text": "Rescuers pulled 14 miners from the flooded Brelloch quarry on Tuesday, the regional fire service said. "
             "“The water rose 2.5 metres in an hour,” said Ilse Vantorre, the service’s spokeswoman. Prefect Òscar "
             "Duménil said an inquiry would open on Friday.\n"},
    {"id": "ferry", "published": "2026-02-12",
     "text": "The Kessing ferry company denied reports that its vessel had been overloaded. Harbour master Tomas "
             "Quillfeather said 212 passengers were aboard, not 300 as the union claimed.\n"},
]


def test_ingest_payload_reads_back_as_the_document_extract_prints() -> None:
    chunk: list[workers.Item] = [RawDocument(r["id"], r["text"], Meta(published=r["published"])) for r in REPORTS]
    chunk.insert(1, InputError("bad.jsonl:2", "is not JSON"))
    printed = list(workers.work((chunk, Options())))
    stored = list(workers.work_to_store((chunk, Options())))
    assert [s for s, _ in stored] == [s for s, _ in printed] == ["ok", "error", "ok"]
    assert stored[1] == printed[1]
    for (_, compact), (_, full) in zip(stored[::2], printed[::2], strict=True):
        assert len(compact) < len(full)  # no spaces after separators
        a, b = Document.model_validate_json(compact), Document.model_validate_json(full)
        assert a == b and a.model_dump() == b.model_dump()
        assert [s.speaker for s in a.statements] == [s.speaker for s in b.statements]
    # the document itself, not only its reading: accents, curly quotes and a decimal figure come back as written
    doc = Document.model_validate_json(stored[0][1])
    assert "Òscar Duménil" in doc.text and "“The water rose 2.5 metres" in doc.text


def _corpus(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(REPORTS[0]) + "\n")
        fh.write("{not json at all\n")
        fh.write(json.dumps(REPORTS[1]) + "\n")
    return path


def _stored(db: Path) -> list[dict]:
    with Store(db) as store:
        return [d.model_dump() for d in store.documents()]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [None, 1])
def test_ingest_payload_stores_what_the_printed_json_stores(tmp_path: Path, jobs: int | None) -> None:
    corpus = _corpus(tmp_path / "c.jsonl")
    runs = {}
    for name, work in (("default", None), ("printed", workers.work)):
        db = tmp_path / f"{name}.db"
        with Store(db) as store:
            extra = {} if work is None else {"work": work}
            summary = ingest(store, [corpus], jobs=jobs, progress=False, **extra)
        assert summary.new == 2 and len(summary.failed) == 1  # the malformed line is reported, the rest stored
        assert summary.failed[0][0].endswith("c.jsonl:2"), summary.failed
        runs[name] = _stored(db)
    assert runs["default"] == runs["printed"]
    assert sorted(d["id"] for d in runs["default"]) == ["ferry", "quarry"]
