"""Input formats as the docs give them: a sidecar ``NAME.meta.json`` gives each file of a folder its own metadata."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from reportedly.cli import main
from reportedly.corpus.ingestion import ingest, read_inputs
from reportedly.corpus.store import Store

REPORT = "The harbour master said on Monday that the pier would reopen in May, after repairs to the deck.\n"
PAGE = ("<html><head><title>Pier to reopen</title></head><body><article><h1>Pier to reopen</h1>"
        "<p>The harbour master said on Monday that the pier would reopen in May after repairs to the deck, "
        "which storms damaged in the winter. Fishermen welcomed the news.</p></article></body></html>")


def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    root.mkdir()
    (root / "monday.txt").write_text(REPORT, encoding="utf-8")
    (root / "monday.meta.json").write_text(json.dumps({"published": "2025-03-04", "outlet": "Harbour Post",
                                                       "title": "Pier", "id": "pier-1"}), encoding="utf-8")
    (root / "plain.txt").write_text(REPORT.replace("harbour master", "mayor"), encoding="utf-8")
    (root / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "page.meta.json").write_text(json.dumps({"date": "12 March 2025", "publisher": "Coast FM"}),
                                         encoding="utf-8")
    return root


def test_folder_ingest_reads_each_files_sidecar(tmp_path: Path) -> None:
    root = folder(tmp_path)
    with Store(tmp_path / "s.db") as store:
        summary = ingest(store, [root], jobs=1, published="2025-01-01", progress=False)
        assert summary.processed == 3 and not summary.failed  # sidecars are not documents
        docs = {d.id: d for d in store.documents()}
    assert set(docs) == {"pier-1", "plain", "page"}
    assert (docs["pier-1"].meta.published, docs["pier-1"].meta.outlet, docs["pier-1"].meta.title) == \
        ("2025-03-04", "Harbour Post", "Pier")
    said = docs["pier-1"].statements[0]
    assert said.time is not None and said.time.start == "2025-03-03"  # "on Monday" before Tuesday 4 March
    assert docs["plain"].meta.published == "2025-01-01"  # no sidecar: --published
    assert (docs["page"].meta.published, docs["page"].meta.outlet) == ("2025-03-12", "Coast FM")


def test_changing_a_sidecar_makes_a_new_version(tmp_path: Path) -> None:
    root = folder(tmp_path)
    first = {i.source: i.hash for i in read_inputs([root]) if hasattr(i, "hash")}
    (root / "monday.meta.json").write_text(json.dumps({"published": "2025-03-11"}), encoding="utf-8")
    (root / "page.meta.json").write_text(json.dumps({"published": "2025-03-13"}), encoding="utf-8")
    again = {i.source: i.hash for i in read_inputs([root]) if hasattr(i, "hash")}
    changed = {Path(s).name for s in first if first[s] != again[s]}
    assert changed == {"monday.txt", "page.html"}


def test_a_bad_sidecar_fails_its_file_with_one_line(tmp_path: Path) -> None:
    root = folder(tmp_path)
    (root / "monday.meta.json").write_text('{"published": "someday"}', encoding="utf-8")
    (root / "page.meta.json").write_text('{"publishd": "2025-03-01"}', encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(root), "--db", str(tmp_path / "s.db"), "-j", "1"])
    assert res.exit_code == 1
    assert "monday.meta.json: 'someday' is not a date" in res.stderr
    assert "page.meta.json: unknown key 'publishd'" in res.stderr
    assert "1 processed" in res.stderr and "Traceback" not in res.output


def test_extract_one_file_reads_its_sidecar(tmp_path: Path) -> None:
    root = folder(tmp_path)
    res = CliRunner().invoke(main, ["extract", str(root / "monday.txt"), "--format", "json"])
    doc = json.loads(res.stdout)
    assert (doc["id"], doc["meta"]["published"], doc["meta"]["outlet"]) == ("pier-1", "2025-03-04", "Harbour Post")
    over = json.loads(CliRunner().invoke(main, ["extract", str(root / "monday.txt"), "--format", "json",
                                                "--published", "2025-05-05"]).stdout)
    assert over["meta"]["published"] == "2025-05-05"  # the command line wins for one file


def test_the_docs_name_every_field_the_readers_take() -> None:
    from reportedly.text import read

    page = (Path(__file__).resolve().parents[1] / "docs" / "input.md").read_text(encoding="utf-8")
    for key in ["id", "text", *read._META_KEYS]:
        assert f"`{key}`" in page, key
    assert read.SIDECAR_SUFFIX in page and "--published" in page
    from reportedly.corpus.ingestion import TEXT_SUFFIXES

    for suffix in TEXT_SUFFIXES | read.HTML_SUFFIXES | read.JSONL_SUFFIXES:
        assert f"`{suffix}`" in page, suffix
