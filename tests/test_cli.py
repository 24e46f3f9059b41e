"""The command line: every command has help, extract prints a table or JSON, eval agrees with the referee."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from reportedly.cli import main
from tests.conftest import shared_file


def test_cli_every_command_has_help() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in main.commands:
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output, name


def test_cli_extract_example_table_and_json() -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["extract", "--example", "--format", "table"])
    assert table.exit_code == 0, table.output
    assert "Aibek Dzhumabaev" in table.output and "consent_banner" in table.output
    out = runner.invoke(main, ["extract", "--example", "--format", "json"])
    doc = json.loads(out.output)
    assert doc["id"] == "example" and len(doc["statements"]) >= 15
    assert any(r["kind"] == "caption" for r in doc["removed"]) and doc["events"]
    quick = json.loads(runner.invoke(main, ["extract", "--example", "--format", "json", "--no-events"]).output)
    def pieces(d: dict) -> list:  # actor ids are numbered over all actors, events' ones included
        return [(s["cue"], s["content"], s["source"]["spans"]) for s in d["statements"]]

    assert quick["events"] == [] and pieces(quick) == pieces(doc)


def test_cli_extract_html_keeps_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(f"<p>Paragraph {i}: the harbour authority said on Monday that ferries would run again "
                   f"after the storm, and that inspections were complete.</p>" for i in range(4))
    page.write_text("<!DOCTYPE html><html><head><title>Ferries resume after storm</title>"
                    '<meta name="author" content="Jo Berg"><meta property="article:published_time" '
                    'content="2025-02-03"></head><body><nav><a href="/">Home</a></nav><article>'
                    f"<h1>Ferries resume after storm</h1>{body}</article>"
                    "<footer>Cookie settings</footer></body></html>", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(page), "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["meta"]["title"] == "Ferries resume after storm"
    assert doc["meta"]["published"] == "2025-02-03"
    assert doc["meta"]["format"] == "html"
    assert any(s["cue"]["text"] == "said" for s in doc["statements"])
    assert "Home" not in doc["text"]


def test_cli_schema_is_json_schema() -> None:
    res = CliRunner().invoke(main, ["schema"])
    schema = json.loads(res.output)
    assert schema["title"] == "Document" and "statements" in schema["properties"]


def test_cli_eval_agrees_with_referee_on_polnear_dev(tmp_path: Path) -> None:
    gold = shared_file("data", "polnear", "dev.jsonl")
    scorer = shared_file("eval", "attribution_score.py")
    pred = tmp_path / "pred.jsonl"
    ours = subprocess.run([sys.executable, "-m", "reportedly", "eval", str(gold), "--predictions", str(pred),
                           "--json"], capture_output=True, text=True, timeout=900)
    assert ours.returncode == 0, ours.stderr
    referee = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                             capture_output=True, text=True, timeout=300)
    assert referee.returncode == 0, referee.stderr
    a, b = json.loads(ours.stdout), json.loads(referee.stdout)
    assert a == b
    # the floor this project holds itself to on PolNeAR dev (rule-based extractor)
    assert a["attribution"]["f1"] >= 0.55
    assert a["source_accuracy_on_matches"] >= 0.85
    assert a["recall_by_kind"]["indirect"] >= 0.40


def test_cli_output_file_is_atomic_and_ordinary(tmp_path: Path) -> None:
    out = tmp_path / "doc.json"
    res = CliRunner().invoke(main, ["extract", "--example", "--format", "json", "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "example"
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # as any file the user writes, not mkstemp's 0600
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]  # no temporary file left behind
    missing = CliRunner().invoke(main, ["extract", "--example", "--output", str(tmp_path / "no" / "x.json")])
    assert missing.exit_code != 0 and "output folder does not exist" in missing.output


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # sets are iterated in hash order: any choice made from one must not change the output
    outs = []
    for seed in ("1", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "reportedly", "extract", "--example", "--format", "json"],
                              capture_output=True, text=True, timeout=300, env=env)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1]
