"""Store exports (export-store): JSONL, CSV and Parquet of documents, actors, actor links, statements, events."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from reportedly.cli import main
from reportedly.corpus.actors import Linker
from reportedly.corpus.export import TABLES, export
from reportedly.corpus.store import Store
from reportedly.model import Document
from tests.storehelp import event_doc, said_doc


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "x.db")
    linker = Linker(s)
    s.add_document(event_doc(), hash="e", key="e", linker=linker)
    s.add_document(said_doc("m", "Anna Berg said the ferry was late. Tom Hale said it was not."),
                   hash="m", key="m", linker=linker)
    s.add_document(said_doc("m", "Anna Berg said the ferry was on time."),  # a newer version
                   hash="m2", key="m", linker=linker)
    return s


def test_export_jsonl_documents_are_reportedly_documents(store: Store, tmp_path: Path) -> None:
    counts = export(store, tmp_path / "out", fmt="jsonl")
    # Tom Hale speaks only in the older version of "m": current versions only
    assert counts == {"documents": 2, "actors": 3, "actor_links": 3, "statements": 3, "events": 1, "happenings": 0}
    docs = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text().splitlines()]
    rebuilt = [Document.from_dict({k: v for k, v in d.items() if k not in ("hash", "version")}) for d in docs]
    assert rebuilt[0] == event_doc()
    assert [d["version"] for d in docs] == [1, 2] and "on time" in rebuilt[1].text
    links = [json.loads(line) for line in (tmp_path / "out" / "actor_links.jsonl").read_text().splitlines()]
    assert {lk["rule"] for lk in links} == {"organisation", "full name"}


def test_export_csv_and_parquet_hold_the_same_rows(store: Store, tmp_path: Path) -> None:
    export(store, tmp_path / "csv", fmt="csv")
    export(store, tmp_path / "pq", fmt="parquet")
    for table in TABLES:
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        pt = pq.read_table(tmp_path / "pq" / f"{table}.parquet")
        assert pt.num_rows == len(rows), table
    st = pq.read_table(tmp_path / "pq" / "statements.parquet").to_pylist()
    doc = event_doc()
    first = next(r for r in st if r["document"] == "sudzha" and r["statement"] == "s1")
    (a, b), = first["content_spans"]
    assert doc.text[a:b] == first["content"] == "its troops had captured Sudzha"
    assert first["speakers"] == ["Russian defence ministry"] and first["date"] == "2025-03-18"
    ev = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()[0]
    assert ev["status"] == ["claimed by Russian defence ministry", "denied by Ukraine's General Staff"]
    with (tmp_path / "csv" / "statements.csv").open(encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert json.loads(row["content_spans"]) == [list(s) for s in doc.statements[0].content.spans]


def test_export_empty_tables_still_have_their_columns(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as s:
        export(s, tmp_path / "pq", fmt="parquet", tables=("events",))
    assert pq.read_table(tmp_path / "pq" / "events.parquet").column_names[:3] == ["document", "hash", "event"]


def test_export_cli(store: Store, tmp_path: Path) -> None:
    db = store.path
    store.close()
    res = CliRunner().invoke(main, ["export-store", "statements", "events", "--db", db, "--format", "parquet",
                                    "-o", str(tmp_path / "cli")])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (tmp_path / "cli").iterdir()) == ["events.parquet", "statements.parquet"]
    res = CliRunner().invoke(main, ["export-store", "--db", db, "-o", str(tmp_path / "cli" / "events.parquet")])
    assert res.exit_code == 2 and "is not a folder" in res.output
