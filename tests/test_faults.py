"""Faults and hostile input on the paths users run: every run finishes, says what failed and why, loses nothing.

The corpus commands are run as a user runs them (``reportedly extract --input``, ``reportedly ingest``)
with the default number of workers (all cores) as well as ``--jobs 1`` and ``--jobs 2``, and ingest
also on Dask; the worker pool is driven directly with documents that kill their worker or hang.
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from reportedly.corpus.pool import EngineError, Pool
from reportedly.corpus.store import StoreError
from reportedly.errors import InputError, ModelError, ReportedlyError
from reportedly.text.read import RawDocument
from tests.storehelp import hostile_work

GOOD = [
    "The harbour master, Ines Vidal, said on Monday that both cranes had been repaired.",
    "Police said the coast road was closed after a lorry overturned near the ferry terminal.",
    "“We expect the water to fall by Friday,” the mayor of Lindholm told reporters.",
]


def bad_corpus(path: Path) -> list[str]:
    """A JSONL corpus with good records and malformed, id-less, empty and oversized ones; the good ids."""
    lines = [json.dumps({"id": f"g{i}", "text": t}) for i, t in enumerate(GOOD)]
    lines.insert(1, '{"id": "broken", "text": "The minister said')  # malformed JSON
    lines.insert(2, json.dumps({"text": "Nobody knows who said this."}))  # no id
    lines.insert(3, json.dumps({"id": "empty", "text": "   "}))
    lines.append(json.dumps({"id": "huge", "text": "The council said the budget was tight. " * 200}))  # > --max-chars
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [f"g{i}" for i in range(len(GOOD))]


def cli(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reportedly", *args], capture_output=True, text=True,
                          timeout=timeout)


def assert_bad_records_reported(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert ":2: not valid JSON (Invalid control character at column 44)" in stderr
    assert ":3: record has no 'id'" in stderr
    assert "(id 'empty'): empty input" in stderr
    assert "(id 'huge')" in stderr and "more than the limit" in stderr


# --- errors cross process boundaries ---------------------------------------------------------------

def error_classes() -> list[type[ReportedlyError]]:
    out, todo = [], [ReportedlyError]
    while todo:
        cls = todo.pop()
        out.append(cls)
        todo.extend(cls.__subclasses__())
    return out


def test_faults_every_error_type_unpickles_to_the_same_message() -> None:
    classes = error_classes()
    assert {InputError, ModelError, StoreError, EngineError} <= set(classes)
    for cls in classes:
        err = cls("corpus.jsonl:7", "not valid JSON") if issubclass(cls, InputError) else cls("corpus.db: locked")
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is cls and str(back) == str(err) and back.args == err.args


# --- the pool: a worker that dies or hangs ----------------------------------------------------------

@pytest.mark.parametrize("jobs", [1, 2])
def test_faults_pool_reports_the_document_that_killed_or_hung_its_worker(jobs: int) -> None:
    texts = [f"Anna Berg said report {i} was filed." for i in range(10)]
    texts[3] = "Tom Hale said KILL now."
    texts[7] = "Tom Hale said SLOW please."
    docs = [RawDocument(f"d{i}", t) for i, t in enumerate(texts)]
    started = time.monotonic()
    with Pool(jobs, hostile_work, doc_timeout=1.5) as pool:
        chunks = [docs[i:i + 4] for i in range(0, len(docs), 4)]
        results = list(pool.map(chunks))
        assert len(pool.workers) == jobs  # the dead and the hung workers were replaced
    assert time.monotonic() - started < 30
    assert [k for k, _ in results] == ["ok"] * 3 + ["crash"] + ["ok"] * 3 + ["timeout"] + ["ok"] * 2
    assert results[3][1] == "d3: its worker process died (killed by SIGKILL)"
    assert results[7][1] == "d7: took longer than 1.5 s"
    ids = [json.loads(p)["id"] for k, p in results if k == "ok"]
    assert ids == [f"d{i}" for i in range(10) if i not in (3, 7)]


def test_faults_pool_raises_one_clear_error_when_workers_cannot_start() -> None:
    with pytest.raises(EngineError, match="cannot start: no language model here"), \
            Pool(2, hostile_work, initializer=_no_model) as pool:
        list(pool.map([[RawDocument("d", "text")]]))


def _no_model() -> None:
    raise ModelError("no language model here")


# --- the real commands, default jobs and others --------------------------------------------------------

@pytest.mark.parametrize("jobs", [None, "1", "2"])
def test_faults_extract_input_skips_bad_records_at_every_jobs_value(tmp_path: Path, jobs: str | None) -> None:
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    good = bad_corpus(corpus)
    started = time.monotonic()
    proc = cli("extract", "--input", str(corpus), "--output", str(out), "--max-chars", "2000",
               *(["--jobs", jobs] if jobs else []))
    assert time.monotonic() - started < 120
    assert proc.returncode == 1, proc.stderr
    assert_bad_records_reported(proc.stderr)
    assert "3 documents written, 4 skipped" in proc.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == good


@pytest.mark.parametrize("args", [[], ["--jobs", "2"], ["--engine", "dask"], ["--engine", "dask", "--jobs", "2"]],
                         ids=["default", "jobs2", "dask-default", "dask-jobs2"])
def test_faults_ingest_skips_bad_records_on_every_engine(tmp_path: Path, args: list[str]) -> None:
    corpus, db = tmp_path / "c.jsonl", tmp_path / "c.db"
    bad_corpus(corpus)
    proc = cli("ingest", str(corpus), "--db", str(db), "--max-chars", "2000", "--json", *args)
    assert proc.returncode == 1, proc.stderr
    assert_bad_records_reported(proc.stderr)
    summary = json.loads(proc.stdout)
    assert (summary["processed"], summary["failed"]) == (3, 4)


def test_faults_sigkill_of_a_worker_mid_run_loses_and_repeats_nothing(tmp_path: Path) -> None:
    corpus, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    n = 120
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(f"Officials in Lindholm said on day {i + k} that the ferry would run again. “The "
                            "landing stage is repaired,” harbour master Ines Vidal said. Engineers said the cranes "
                            "were tested." for k in range(8))
            fh.write(json.dumps({"id": f"n{i}", "text": text}) + "\n")
    proc = subprocess.Popen([sys.executable, "-m", "reportedly", "extract", "--input", str(corpus),
                             "--output", str(out)], stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and time.monotonic() < deadline and proc.poll() is None:
        busy = [c for c in parent.children() if c.cpu_times().user > 2.0]  # loaded its model, now working
        if busy:
            killed = busy[0].pid
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.02)
    _, stderr = proc.communicate(timeout=240)
    assert killed is not None, "no worker was seen working"
    assert "Traceback" not in stderr
    written = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    failed = [line for line in stderr.splitlines() if "its worker process died (killed by SIGKILL)" in line]
    assert len(written) == len(set(written))
    assert len(written) + len(failed) == n
    assert proc.returncode == (1 if failed else 0)


@pytest.mark.parametrize("jobs", [1, 2])
def test_faults_pool_sends_a_worker_its_next_chunk_while_the_caller_is_busy(jobs: int) -> None:
    """A worker finishing a chunk while the caller stores results starts the next one at once (it is in
    its pipe already), and the results still come in input order. Eight chunks for at most two workers, so that
    chunks are still waiting when the first result comes back however busy the machine is (with four, a loaded
    machine let each worker finish its first chunk and take its queued one before the caller looked)."""
    docs = [RawDocument(f"d{i}", f"Anna Berg said report {i} was filed.") for i in range(24)]
    with Pool(jobs, hostile_work) as pool:
        it = pool.map([docs[i:i + 3] for i in range(0, len(docs), 3)])
        first = next(it)
        assert any(w.next is not None for w in pool.workers)  # queued behind the chunk it works on
        results = [first, *it]
    assert [json.loads(p)["id"] for _, p in results] == [f"d{i}" for i in range(24)]
