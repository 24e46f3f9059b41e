"""Shared fixtures: the shared evaluation folder (optional) and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTEDLY_SHARED", ROOT.parent / "shared"))


def shared_file(*parts: str) -> Path:
    """A file of ../shared, or skip the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_file("data", "seed", "ceasefire-summit.txt").read_text(encoding="utf-8")


# Marks by file, so that `make test-fast` (-m "not browser and not fuzz and not slow") leaves them out:
# browser tests drive Chromium, fuzz tests run Hypothesis over generated inputs, slow ones ingest with real
# extraction in worker pools, kill workers, serve the app under load, start Dask or read ../shared.
MARKS_BY_FILE = {
    "test_web_browser.py": "browser", "test_web_pages.py": "browser", "test_web_happening.py": "browser",
    "test_fuzz.py": "fuzz",
    "test_crash.py": "slow", "test_faults.py": "slow", "test_serve.py": "slow", "test_api_schema.py": "slow",
    "test_cluster.py": "slow", "test_eval_events.py": "slow", "test_seed.py": "slow", "test_seed_events.py": "slow",
    "test_adversarial.py": "slow", "test_ingest.py": "slow",
}
SLOW_TESTS = {
    # tests that read ../shared (PolNeAR, the seed article) or ingest a corpus with real extraction
    "test_cli.py::test_cli_eval_agrees_with_referee_on_polnear_dev",
    "test_corpus_ingest.py::test_corpus_ingest_polnear_dev_then_reingest_processes_nothing",
    "test_corpus_ingest.py::test_corpus_cli_errors_are_one_line",
    "test_corpus_ingest.py::test_corpus_cli_ingest_summary_and_queries",
    # the extraction process killed, replaced, queued
    "test_api.py::test_api_processing_over_time_limit_is_504_and_really_stopped",
    "test_api.py::test_api_waiting_reports_go_shortest_first",
    "test_api.py::test_api_full_queue_is_503_with_retry_after",
    "test_api.py::test_api_unexpected_error_is_500_one_line",
    "test_cli_output.py::test_long_runs_show_a_progress_bar_on_a_terminal_only",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of :data:`MARKS_BY_FILE` and :data:`SLOW_TESTS`."""
    for item in items:
        mark = MARKS_BY_FILE.get(item.path.name)
        if mark:
            item.add_marker(getattr(pytest.mark, mark))
        if f"{item.path.name}::{item.name.split('[')[0]}" in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
