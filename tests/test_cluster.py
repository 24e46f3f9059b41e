"""Scale-out: the same ingest on a Dask distributed LocalCluster with two worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import dask
import pytest

from reportedly.corpus.ingestion import ingest
from reportedly.corpus.pool import EngineError
from reportedly.corpus.store import Store

REPORTS = [
    "The port authority said on Monday that two cranes had been repaired. “We are back to full speed,” "
    "harbour master Ines Vidal said.",
    "Farmers' union leader Paul Meyer said grain prices had fallen for a third week. Traders said "
    "demand from mills remained weak.",
    "The regional governor, Olga Petrenko, said the ferry would run again on Friday. "
    "Engineers said the landing stage had been rebuilt.",
    "Police said the road to the airport was closed after a crash. A spokesman said it would reopen by noon.",
    "“The repairs are finished,” said Ines Vidal, adding that the cranes had been tested overnight.",
]


def test_cluster_dask_ingest_matches_local_ingest(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(REPORTS):
            fh.write(json.dumps({"id": f"d{i}", "published": "2025-03-17", "text": text}) + "\n")
        fh.write(json.dumps({"id": "empty", "text": "   "}) + "\n")
    with Store(tmp_path / "dask.db") as s:
        summary = ingest(s, [corpus], engine="dask", jobs=2, progress=False)
        assert (summary.processed, len(summary.failed), summary.engine) == (5, 1, "dask")
        dask_docs = {d.id: d for d in s.documents()}
        assert ingest(s, [corpus], engine="dask", jobs=2, progress=False).processed == 0
    with Store(tmp_path / "local.db") as s:
        ingest(s, [corpus], jobs=1, progress=False)
        local_docs = {d.id: d for d in s.documents()}
    assert dask_docs == local_docs
    assert sum(len(d.statements) for d in dask_docs.values()) >= 8


def test_cluster_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": REPORTS[0]}) + "\n", encoding="utf-8")
    with (dask.config.set({"distributed.comm.timeouts.connect": "1s"}), Store(tmp_path / "x.db") as s,
          pytest.raises(EngineError, match="cannot reach the scheduler")):
        ingest(s, [corpus], engine="dask", address="tcp://127.0.0.1:9", progress=False)


def test_cluster_ingest_through_a_running_scheduler(tmp_path: Path) -> None:
    from distributed import LocalCluster

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(REPORTS[:2])),
                      encoding="utf-8")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Store(tmp_path / "x.db") as s:
        summary = ingest(s, [corpus], engine="dask", address=cluster.scheduler_address, progress=False)
        assert summary.processed == 2
        assert len(cluster.scheduler_info["workers"]) == 1  # the cluster is still there: not ours to close
        assert {d.id for d in s.documents()} == {"d0", "d1"}
