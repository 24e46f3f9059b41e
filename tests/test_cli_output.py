"""What the commands print, as a new user reads it: tables that fit the terminal and wrap between words,
full cues and a legend, readable --explain, choices checked, truncation said, compact JSON, progress bars."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import main
from reportedly.cli.render import EVENT_LEGEND, LEGEND
from reportedly.cli.store import STATEMENTS_LEGEND
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "tests" / "data" / "web" / "reports.jsonl"
WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]")


def run(args: list[str], columns: int = 100) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, args, env={"COLUMNS": str(columns)})
    return res.exit_code, res.stdout, res.stderr


def words(text: str) -> set[str]:
    return set(WORD.findall(text))


def assert_fits_and_whole_words(printed: str, source: str, width: int) -> None:
    """Every line fits ``width``; every word printed is a whole word of ``source`` (no 'investigat ors')."""
    assert max(len(line) for line in printed.splitlines()) <= width
    broken = words(printed) - words(source)
    assert not broken, f"words cut in two at {width} columns: {sorted(broken)[:10]}"
    assert not re.search(r"\w…", printed.replace(" …", "")), "a word cut short with '…'"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = tmp_path_factory.mktemp("cli-output") / "web.db"
    with Store(db) as s:
        assert not ingest(s, [str(WEB)], jobs=1, progress=False).failed
    return str(db)


@pytest.mark.parametrize("width", [80, 95, 110])
def test_extract_table_fits_the_terminal_wraps_between_words_and_shows_full_cues(width: int) -> None:
    code, out, _ = run(["extract", "--example", "--format", "table"], width)
    assert code == 0
    doc = json.loads(run(["extract", "--example", "--format", "json", "--compact"])[1])
    headers = ("speaker cue kind content channel time actors id name type country titles mentions events event "
               "trigger actor recipient where when how many status removed debris span text statements date "
               "unknown no")
    assert_fits_and_whole_words(out, json.dumps(doc, ensure_ascii=False) + LEGEND + EVENT_LEGEND + headers, width)
    for st in doc["statements"]:
        if st["cue"]:
            assert words(st["cue"]["text"]) <= words(out), st["cue"]["text"]
    assert "accused" in out and "accus…" not in out
    assert "direct = a quotation" in " ".join(out.split())


@pytest.mark.parametrize("width", [80, 110])
@pytest.mark.parametrize("command", [["statements"], ["events"], ["actors"], ["timeline", "--actor", "Anton Werner"]])
def test_store_tables_fit_and_wrap_between_words(store: str, command: list[str], width: int) -> None:
    code, out, _ = run([*command, "--db", store, "--format", "table"], width)
    assert code == 0, out
    code, full, _ = run([*command, "--db", store, "--format", "json", "--compact", "--limit", "0"])
    headers = ("date class document id speaker cue content event actor recipient status name type stmts docs titles "
               "also called what summary statement inferred no in by nothing found")
    legends = STATEMENTS_LEGEND + ("status: asserted by the report itself, claimed or denied by a source, planned, "
                                   "hypothetical, conditional, negated. stmts: statements by the actor; docs: reports "
                                   "it appears in; also called: the other names and spellings it was seen under.")
    assert_fits_and_whole_words(out, full + headers + legends, width)


def test_statements_table_has_a_legend(store: str) -> None:
    out = run(["statements", "--db", store, "--format", "table"])[1]
    assert "(no cue): a quotation no word introduces" in " ".join(out.split())


def test_actors_table_does_not_repeat_names_under_names_and_aliases(store: str) -> None:
    rows = json.loads(run(["actors", "--db", store, "--format", "json"])[1])
    assert rows
    out = run(["actors", "--db", store, "--format", "csv"])[1].splitlines()
    header = out[0].split(",")
    assert "names" not in header and "also called" in header and "aliases" not in header
    for line, row in zip(out[1:], rows, strict=True):
        also = line.split(",")[header.index("also called")]
        assert row["name"] not in also.split("; "), line


def test_explain_prints_readable_lines_not_json(store: str) -> None:
    name = json.loads(run(["actors", "--db", store, "--format", "json"])[1])[0]["name"]
    code, out, _ = run(["actors", name, "--explain", "--db", store, "--format", "table"], 90)
    assert code == 0
    assert "{" not in out and '"' not in out
    lines = out.splitlines()
    assert lines[0].startswith(name) and "statements in" in lines[0]
    assert any(line.startswith("- ") and "joined by" in line for line in lines[1:])
    assert max(map(len, lines)) <= 90


@pytest.mark.parametrize(("args", "valid"), [(["events", "--type", "FOO"], "ASSAULT"),
                                             (["events", "--status", "rumoured"], "denied"),
                                             (["statements", "--class", "gossip"], "cognition")])
def test_unknown_choice_values_fail_with_the_valid_ones(store: str, args: list[str], valid: str) -> None:
    res = CliRunner().invoke(main, [*args, "--db", store])
    assert res.exit_code == 2
    assert "is not one of" in res.output and valid.lower() in res.output.lower()


def test_type_is_case_insensitive(store: str) -> None:
    upper = json.loads(run(["events", "--type", "ASSAULT", "--db", store, "--format", "json"])[1])
    lower = json.loads(run(["events", "--type", "assault", "--db", store, "--format", "json"])[1])
    assert upper and upper == lower


@pytest.mark.parametrize("command", [["statements"], ["events"], ["actors"], ["timeline", "--actor", "Anton Werner"]])
def test_truncated_listing_says_so(store: str, command: list[str]) -> None:
    every = json.loads(run([*command, "--db", store, "--format", "json", "--limit", "0"])[1])
    assert len(every) > 2
    code, out, err = run([*command, "--db", store, "--format", "json", "--limit", "2"])
    assert code == 0 and len(json.loads(out)) == 2
    assert f"showing 2 of {len(every)}; --limit 0 for all" in err
    assert "showing" not in run([*command, "--db", store, "--format", "json", "--limit", str(len(every))])[2]


def test_json_writes_each_span_on_one_line_or_compact_one_line_per_document() -> None:
    out = run(["extract", "--example", "--format", "json"])[1]
    assert not re.search(r"\[\s*\n\s*\d+,\s*\n", out), "a [start, end] pair over several lines"
    assert re.search(r'"spans": \[\[\d+, \d+\]\]', out)
    compact = run(["extract", "--example", "--format", "json", "--compact"])[1]
    assert compact.count("\n") == 1
    assert json.loads(out) == json.loads(compact)
    assert len(out.splitlines()) < 2500  # 3,909 lines with every pair over four


def test_json_keeps_text_that_looks_like_a_pair_as_it_is() -> None:
    from reportedly.output import dumps

    value = {"text": "[1,\n 2]  [3,  4]", "spans": [[0, 5], [6, 9]], "nested": [{"a": [1, 2]}]}
    assert json.loads(dumps(value)) == value
    assert '"spans": [[0, 5], [6, 9]]' in dumps(value)


def _stderr_on_a_terminal(args: list[str], cwd: Path) -> str:
    """Run reportedly with stderr on a pseudo-terminal (stdout a pipe); what the terminal showed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal of 24 x 100
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    proc = subprocess.Popen([sys.executable, "-m", "reportedly", *args], stdout=subprocess.PIPE, stderr=follower,
                            cwd=cwd, env=env)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    proc.wait(timeout=300)
    os.close(leader)
    return shown.decode("utf-8", "replace")


def test_long_runs_show_a_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    shown = _stderr_on_a_terminal(["ingest", str(WEB), "--db", str(tmp_path / "a.db"), "-j", "1"], tmp_path)
    assert re.search(r"ingest: .*\d+doc", shown), shown
    piped = subprocess.run([sys.executable, "-m", "reportedly", "ingest", str(WEB), "--db", str(tmp_path / "b.db"),
                            "-j", "1"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert piped.returncode == 0
    assert piped.stderr.splitlines() == [line for line in piped.stderr.splitlines() if line.startswith("reportedly:")]
    assert "doc/s]" not in piped.stderr and "\r" not in piped.stderr
    shown = _stderr_on_a_terminal(["extract", "--input", str(WEB), "-o", str(tmp_path / "o.jsonl"), "-j", "1"],
                                  tmp_path)
    assert re.search(r"documents: .*\d+/4", shown), shown
