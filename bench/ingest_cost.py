"""Ingest process cost per document: what the main process of ``reportedly ingest`` spends on each document.

    python bench/ingest_cost.py CORPUS.jsonl DOCS.jsonl            # ms per document, by stage
    python bench/ingest_cost.py CORPUS.jsonl DOCS.jsonl --profile  # and the top of a cProfile

``DOCS.jsonl`` is ``reportedly extract --input CORPUS.jsonl -o DOCS.jsonl`` made once beforehand: the
worker here hands back those documents instead of extracting them again, so what is measured is the
ingest process alone (reading and hashing the input, decoding the results, writing them, the linkers),
without the noise of the extraction sharing the cores. Linker times are CPU (process) time, from wrapping
each linker's ``link_document``. Run with ``PYTHONPATH`` pointing at another checkout's ``src`` to measure
that code (its linkers are found by the same names).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_DOCS: dict[str, str] = {}


def cached_work(args: tuple[list[Any], Any]) -> Iterator[tuple[str, str]]:
    """A worker's chunk: the documents extracted beforehand, by id (read in the parent, inherited by fork)."""
    chunk, _options = args
    for item in chunk:
        yield ("ok", _DOCS[item.id]) if getattr(item, "id", None) in _DOCS else ("error", f"{item}: not cached")


def _timed(obj: Any, name: str, totals: dict[str, float]) -> None:
    inner = getattr(obj, name)

    def wrapper(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        try:
            return inner(*a, **k)
        finally:
            totals[f"{type(obj).__name__}.{name}"] += time.process_time() - t

    setattr(obj, name, wrapper)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("docs", type=Path, help="reportedly extract --input CORPUS -o DOCS")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile of the ingest process")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--db", type=Path, help="keep the store here (default: a temporary one)")
    args = ap.parse_args()
    for line in args.docs.open(encoding="utf-8"):
        if line.strip():
            _DOCS[json.loads(line)["id"]] = line.rstrip("\n")

    from reportedly.corpus import ingestion
    from reportedly.corpus.store import Store

    totals: dict[str, float] = defaultdict(float)
    real_linkers = getattr(ingestion, "Linkers", None)  # older checkouts: one actor linker, no Linkers
    if real_linkers is not None:
        class TimedLinkers(real_linkers):  # type: ignore[misc,valid-type]
            def __init__(self, *linkers: object) -> None:
                super().__init__(*linkers)
                for linker in linkers:
                    _timed(linker, "link_document", totals)
                    if hasattr(linker, "finish"):
                        _timed(linker, "finish", totals)

        ingestion.Linkers = TimedLinkers  # type: ignore[misc]
    with tempfile.TemporaryDirectory(prefix="reportedly-cost-") as tmp:
        db = args.db or Path(tmp) / "cost.db"
        with Store(db) as store:
            _timed(store, "add_documents", totals)
            real_linker = ingestion.Linker

            class TimedLinker(real_linker):  # type: ignore[misc,valid-type]
                def __init__(self, store: Store) -> None:
                    super().__init__(store)
                    _timed(self, "revisit", totals)
                    if real_linkers is None:
                        _timed(self, "link_document", totals)

            ingestion.Linker = TimedLinker  # type: ignore[misc]
            prof = cProfile.Profile() if args.profile else None
            cpu0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
            if prof:
                prof.enable()
            summary = ingestion.ingest(store, [args.corpus], jobs=args.jobs, work=cached_work, progress=False)
            if prof:
                prof.disable()
            cpu1, wall = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter() - t0
    n = summary.processed or 1
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    out = {"processed": summary.processed, "failed": len(summary.failed), "wall_s": round(wall, 2),
           "ingest_process_cpu_ms_per_doc": round(1000 * cpu / n, 2),
           "ms_per_doc": {k: round(1000 * v / n, 2) for k, v in sorted(totals.items())}}
    print(json.dumps(out, indent=2))
    if prof:
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(args.top)
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
