"""``reportedly serve``: a real uvicorn process on loopback, with the limits given on the command line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_runs_on_loopback_with_the_given_limits() -> None:
    port = free_port()
    exe = Path(sys.executable).with_name("reportedly")
    proc = subprocess.Popen([str(exe), "serve", "--port", str(port), "--max-chars", "1500", "--max-body", "4000",
                             "--timeout", "12"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        health = None
        for _ in range(240):  # up to about 2 minutes for the pipeline to load on a busy machine
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                health = httpx.get(base + "health", timeout=5).json()
                break
            except httpx.HTTPError:
                time.sleep(0.5)
        assert health is not None, "server did not answer"
        assert health["limits"] == {"max_body_bytes": 4000, "max_chars": 1500, "timeout_seconds": 12.0,
                                    "doc_timeout_seconds": 60.0, "max_pending": 64}
        r = httpx.post(base + "extract", json={"text": "The mayor said the bridge would reopen on Friday. " * 40})
        assert r.status_code == 413 and "limit of 1,500" in r.json()["detail"]
        r = httpx.post(base + "extract", json={"text": "The mayor said the bridge would reopen on Friday."})
        assert r.status_code == 200 and r.json()["statements"][0]["cue"]["text"] == "said"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    log = err.decode()
    assert f"Uvicorn running on http://127.0.0.1:{port}" in log
    assert "no authentication" not in log  # the warning is only for non-loopback addresses


def test_serve_refuses_a_missing_or_foreign_store(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from reportedly.cli import main

    runner = CliRunner()
    missing = runner.invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such store" in missing.output and "Traceback" not in missing.output
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"plain text, not SQLite " * 50)
    res = runner.invoke(main, ["serve", "--db", str(foreign)])
    assert res.exit_code == 2 and "not a reportedly store" in res.output
    assert len([line for line in res.output.splitlines() if line.strip()]) == 1


def _start(*args: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    exe = Path(sys.executable).with_name("reportedly")
    proc = subprocess.Popen([str(exe), "serve", "--port", str(port), *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    for _ in range(240):
        assert proc.poll() is None, "the server ended"
        try:
            httpx.get(base + "health", timeout=5)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.5)
    raise AssertionError("server did not answer")


def _load_bench():
    """bench/hostile_api.py, whose CPU watch of the server's process tree this file shares."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / "hostile_api.py"
    spec = importlib.util.spec_from_file_location("hostile_api_bench", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


PROSE = ("The mayor of Lindholm said on Monday that the ferry would run again. “We are ready,” the harbour master "
         "told reporters, adding that two cranes had been repaired overnight. ")
HOSTILE = [PROSE * 700, 'He said "' * 16000 + PROSE * 50, "Officials: said " * 9000, PROSE.replace(" ", "\n") * 600]
"""Reports of about 150,000 characters that take far longer to process than the server's --doc-timeout."""


def test_serve_hostile_requests_do_not_starve_ordinary_ones_and_stop_in_time() -> None:
    from concurrent.futures import ThreadPoolExecutor

    proc, base = _start("--timeout", "20", "--doc-timeout", "3")
    try:
        ordinary = [f"The mayor of Lindholm said on Monday that ferry {i} would run again. “We are ready,” the "
                    f"harbour master told reporters." for i in range(20)]
        hostile = [HOSTILE[i % len(HOSTILE)] + f" {i}" for i in range(20)]

        def post(text: str) -> tuple[str, int]:
            return text, httpx.post(base + "extract", json={"text": text}, timeout=60).status_code

        with ThreadPoolExecutor(40) as pool:
            futures = [pool.submit(post, t) for pair in zip(hostile, ordinary, strict=True) for t in pair]
            codes = dict(f.result() for f in futures)
        assert all(codes[t] == 200 for t in ordinary), [codes[t] for t in ordinary]
        assert all(codes[t] in (200, 504) for t in hostile)
        # Nothing goes on parsing after its request ended: the tree falls idle once the replacement extraction
        # process has loaded its pipeline, and uses far less CPU than one of the hostile reports would.
        idle_after, cpu = _load_bench().watch_idle(proc.pid, 20.0, quiet=0.2)
        assert idle_after is not None and cpu < 6.0, (idle_after, cpu)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
