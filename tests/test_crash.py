"""Crash safety: ingest killed with SIGKILL at random moments, then run again.

Each trial forks a child that ingests a small corpus (with the fast stand-in processing of
``storehelp.quick_work``, so that a trial takes a fraction of a second) and kills it with SIGKILL
at a random moment of its run; the test then runs the ingest again to the end and checks that
every document is stored exactly once, whole (its actors, statements and search rows all there),
and that SQLite's integrity and foreign-key checks pass. One more trial kills the real
``reportedly ingest`` command (spaCy pipeline, two worker processes) the same way.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportedly.corpus.ingestion import Input, ingest, read_inputs
from reportedly.corpus.store import Store
from tests.storehelp import quick_document, quick_work

TRIALS = 24
NAMES = ["Anna Berg", "Tom Hale", "Lena Ortiz", "Sam Okafor", "Ida Novak", "Piet Claes"]
PLACES = ["the bridge", "the north road", "the grain port", "the rail depot", "the old mill", "the river ferry"]
STATES = ["was closed", "had reopened", "was under repair", "was flooded", "was guarded", "had been shelled"]


def write_corpus(path: Path, n: int = 70) -> tuple[int, int]:
    """A JSONL corpus of ``n`` reports of our own, plus 4 duplicate lines, 2 that fail, 1 bad line.

    Returns (documents that should be stored, documents that should fail).
    """
    rng = random.Random(7)
    lines = []
    for i in range(n):
        sents = [f"{rng.choice(NAMES)} said {rng.choice(PLACES)} {rng.choice(STATES)} on day {i}."
                 for _ in range(rng.randint(1, 4))]
        lines.append({"id": f"r{i}", "published": "2025-03-17", "text": " ".join(sents)})
    dupes = [{**lines[k], "id": f"dup{k}"} for k in (3, 10, 20, 30)]
    fails = [{"id": f"bad{k}", "text": f"Report {k}: FAIL this one, said nobody."} for k in range(2)]
    with path.open("w", encoding="utf-8") as fh:
        for rec in lines[:35] + dupes + fails + lines[35:]:
            fh.write(json.dumps(rec) + "\n")
        fh.write("{not json\n")
    return n, len(fails)


def _child(db: str, corpus: str, jobs: int, own_group: bool) -> None:
    if own_group:
        os.setsid()  # so that the kill reaches the pool workers too
    with Store(db) as store:
        ingest(store, [corpus], jobs=jobs, work=quick_work, commit_every=3, commit_seconds=0.05, progress=False)


def _run_child(db: Path, corpus: Path, jobs: int, kill_after: float | None) -> float:
    ctx = mp.get_context("fork")
    own_group = jobs > 1
    p = ctx.Process(target=_child, args=(str(db), str(corpus), jobs, own_group))
    started = time.perf_counter()
    p.start()
    if kill_after is not None:
        p.join(kill_after)
        if p.is_alive():
            if own_group:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(p.pid, signal.SIGKILL)
            else:
                os.kill(p.pid, signal.SIGKILL)
    p.join(60)
    assert not p.is_alive()
    return time.perf_counter() - started


def check_store(db: Path, corpus: Path, stored: int, failing: int) -> None:
    """Every document once and whole; integrity and foreign keys sound."""
    expected = {x.hash: x for x in read_inputs([corpus]) if isinstance(x, Input)}
    with Store(db) as s:
        assert s.integrity_check() == "ok"
        assert s.db.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = s.db.execute("SELECT pk, hash, doc_id, n_statements FROM documents").fetchall()
        hashes = [r["hash"] for r in rows]
        assert len(hashes) == len(set(hashes)) == stored
        assert set(hashes) | {h for h, x in expected.items() if "FAIL" in x.item.text} == set(expected)
        for r in rows:
            doc = quick_document(expected[r["hash"]].item)
            n_st = s.db.execute("SELECT COUNT(*) FROM statements WHERE doc = ?", (r["pk"],)).fetchone()[0]
            n_ac = s.db.execute("SELECT COUNT(*) FROM actors WHERE doc = ?", (r["pk"],)).fetchone()[0]
            assert (n_st, n_ac) == (len(doc.statements), len(doc.actors)) == (r["n_statements"], n_ac)
        n_fts = s.db.execute("SELECT COUNT(*) FROM statements_fts").fetchone()[0]
        assert n_fts == s.db.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
        assert s.db.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == failing
        assert s.db.execute("SELECT COUNT(*) FROM actors WHERE corpus_actor IS NULL").fetchone()[0] == 0


def test_crash_sigkill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    stored, failing = write_corpus(corpus)
    os.environ["QUICK_WORK_DELAY"] = "0.004"
    try:
        full = _run_child(tmp_path / "reference.db", corpus, 1, None)
        check_store(tmp_path / "reference.db", corpus, stored, failing)
        rng = random.Random(20251126)
        killed_mid_run = 0
        for trial in range(TRIALS):
            db = tmp_path / f"trial{trial}.db"
            jobs = 2 if trial % 6 == 5 else 1
            took = _run_child(db, corpus, jobs, kill_after=rng.uniform(0.0, full))
            killed_mid_run += took < full
            with Store(db) as s:  # the re-run finishes what the killed run left
                before = s.counts()["documents"]
                summary = ingest(s, [corpus], jobs=1, work=quick_work, progress=False)
                assert summary.processed + before == stored
                assert summary.duplicates == before + 4  # the stored ones and the four duplicate lines
            check_store(db, corpus, stored, failing)
        assert killed_mid_run >= TRIALS // 2  # most kills landed during the run, not after it
    finally:
        os.environ.pop("QUICK_WORK_DELAY", None)


def test_crash_sigkill_of_the_real_cli_then_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "real.jsonl"
    rng = random.Random(3)
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(40):
            who, place, state = rng.choice(NAMES), rng.choice(PLACES), rng.choice(STATES)
            text = (f"{who} said on Monday that {place} {state}. “We will know more tomorrow,” {who.split()[0]} "
                    f"added. Officials said the situation around {place} on day {i} remained unclear.")
            fh.write(json.dumps({"id": f"n{i}", "published": "2025-03-17", "text": text}) + "\n")
    db = tmp_path / "real.db"
    cmd = [sys.executable, "-m", "reportedly", "ingest", str(corpus), "--db", str(db), "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:  # wait until some documents are committed
        if db.exists():
            try:
                with Store(db, readonly=True) as s:
                    if s.counts()["documents"] >= 5:
                        break
            except Exception:  # the store may be mid-creation: try again
                pass
        time.sleep(0.05)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)
    with Store(db, readonly=True) as s:
        first = s.counts()["documents"]
    if first == 40:
        pytest.skip("the ingest finished before it could be killed")
    rerun = subprocess.run([*cmd, "--json"], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["processed"] == 40 - first and summary["duplicates"] == first
    with Store(db) as s:
        assert s.integrity_check() == "ok"
        assert s.counts()["documents"] == 40
        assert len({r[0] for r in s.db.execute("SELECT hash FROM documents")}) == 40


def test_crash_a_failure_inside_processing_fails_only_its_document(tmp_path: Path) -> None:
    from tests.storehelp import crashing_work

    corpus = tmp_path / "c.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(20):
            fh.write(json.dumps({"id": f"r{i}", "text": f"Anna Berg said report {i} was filed."}) + "\n")
        fh.write(json.dumps({"id": "boom", "text": "Tom Hale said CRASH."}) + "\n")
    with Store(tmp_path / "c.db") as s:
        summary = ingest(s, [corpus], jobs=1, work=crashing_work, commit_every=1000, commit_seconds=1000,
                         progress=False)
        assert summary.processed == 20 and s.counts()["documents"] == 20
        assert summary.failed == [(f"{corpus}:21", "processing failed (RuntimeError: worker lost)")]
        rest = ingest(s, [corpus], jobs=1, work=quick_work, progress=False)
        assert (rest.processed, rest.duplicates, rest.skipped_failed) == (0, 20, 1)
