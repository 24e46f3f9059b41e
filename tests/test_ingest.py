"""Bad input: one clear line naming the input and the problem, a non-zero exit, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportedly.errors import InputError
from reportedly.text.read import detect_format, iter_jsonl, parse_date, read_file

GOOD = "The minister said on Tuesday that the talks would resume. “We are ready,” she added.\n"


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reportedly", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, timeout=300)


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0]
    assert proc.stdout == ""


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b"  \n\n \t\n", "empty input"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("latin1.txt", "Le ministre a déclaré que la trêve tiendrait.".encode("latin-1"), "not valid UTF-8"),
    ("nothing.html", b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
     "no article text"),
])
def test_ingest_bad_file_is_one_line_error(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_file(path)
    assert str(path) in str(err.value) and problem in str(err.value)
    assert_one_line_error(run_cli("extract", str(path)), str(path), problem)


def test_ingest_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert_one_line_error(run_cli("extract", str(missing)), str(missing), "no such file")


def test_ingest_too_large_text(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GOOD * (5_000_000 // len(GOOD) + 1), encoding="utf-8")
    assert path.stat().st_size > 5_000_000
    assert_one_line_error(run_cli("extract", str(path)), str(path), "more than the limit")


def test_ingest_directory_is_refused(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("extract", str(tmp_path)), str(tmp_path), "directory")


def test_ingest_bad_published_date(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert_one_line_error(run_cli("extract", str(path), "--published", "last Tuesday-ish"), "--published",
                          "not a date")


def test_ingest_corpus_skips_bad_lines_and_writes_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD, "published": "2025-03-11"}),
        "{not json",
        json.dumps({"text": "A record without an id, said the tester."}),
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": "a", "text": GOOD}),
        json.dumps({"id": 7, "text": "Officials said the border crossing reopened."}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_cli("extract", "--input", str(corpus), "--output", str(out), "--jobs", "1")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["a", "7"]
    assert docs[0]["meta"]["published"] == "2025-03-11"
    errors = [line for line in proc.stderr.splitlines() if "skipped" in line and ":" in line]
    assert any(f"{corpus}:2" in e and "not valid JSON" in e for e in errors)
    assert any(f"{corpus}:3" in e and "no 'id'" in e for e in errors)
    assert any(f"{corpus}:4" in e and "empty" in e for e in errors)
    assert any(f"{corpus}:5" in e and "duplicate id" in e for e in errors)


def test_ingest_corpus_missing_leaves_no_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run_cli("extract", "--input", str(tmp_path / "missing.jsonl"), "--output", str(out))
    assert_one_line_error(proc, "missing.jsonl", "no such file")
    assert not out.exists()


def test_ingest_stdin_text() -> None:
    proc = run_cli("extract", "-", "--format", "json", stdin=GOOD.encode())
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["id"] == "stdin" and doc["statements"]


def test_ingest_iter_jsonl_reads_meta_aliases(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": GOOD, "date": "March 3, 2025", "publisher": "Example Post"})
                      + "\n", encoding="utf-8")
    (doc,) = list(iter_jsonl(corpus))
    assert not isinstance(doc, InputError)
    assert doc.meta.published == "2025-03-03" and doc.meta.outlet == "Example Post"


def test_ingest_detect_format_and_dates() -> None:
    assert detect_format("a.jsonl", b"{}") == "jsonl"
    assert detect_format("page", b"<!DOCTYPE html><html>") == "html"
    assert detect_format("notes.txt", b"Plain words.") == "text"
    assert parse_date("2025-03-16") == "2025-03-16"
    assert parse_date("16 March 2025") == "2025-03-16"
