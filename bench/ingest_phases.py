"""Wall time of one ``reportedly ingest`` run, in phases: start-up, the part overlapped with the workers, the tail.

    python bench/ingest_phases.py CORPUS.jsonl              # all cores, the real extraction
    python bench/ingest_phases.py CORPUS.jsonl --jobs 1

Runs what ``reportedly ingest CORPUS.jsonl --db (temporary) --jobs N`` runs, in this process, and prints
one JSON object: the interpreter's start and the imports the CLI makes, the pool's start until the first
worker result (the workers load their models), first to last result (extraction overlapped with the
ingest process's writing and linking), and the serial tail after the last result (the last transaction,
the happenings clustered at the end and the actor revisit), plus the CPU seconds of this process and of
the workers. Run with ``PYTHONPATH`` pointing at another checkout's ``src`` to measure that code (parts it
does not have are 0). With ``REPORTEDLY_SHARED`` unset, make the corpus with ``bench/store.py``'s
``make_corpus``.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import psutil  # noqa: E402

BOOT = time.time() - psutil.Process().create_time()  # the interpreter's start, until this module ran

import reportedly.cli  # noqa: E402,F401  (what the CLI imports before it runs an ingest)
from reportedly.corpus import identity, ingestion, workers  # noqa: E402
from reportedly.corpus.store import Store  # noqa: E402

T_IMPORTS = time.perf_counter()
marks: dict[str, float] = {}


def _run(real: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    def run(*a: Any, **k: Any) -> Iterator[Any]:
        marks["pool_start"] = time.perf_counter()
        for r in real(*a, **k):
            marks.setdefault("first_result", time.perf_counter())
            marks["last_result"] = time.perf_counter()
            yield r
    return run


def _timed(cls: type, name: str) -> None:
    inner = getattr(cls, name, None)
    if inner is None:
        return

    def wrapper(self: Any, *a: Any, **k: Any) -> Any:
        t = time.perf_counter()
        try:
            return inner(self, *a, **k)
        finally:
            marks[name] = marks.get(name, 0.0) + time.perf_counter() - t
    setattr(cls, name, wrapper)


def r2(x: float) -> float:
    return round(x, 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    args = ap.parse_args()
    ingestion.workers.run = _run(workers.run)  # type: ignore[assignment]
    for name in ("settle", "_plan", "_apply"):
        _timed(identity.Clusterer, name)
    _timed(ingestion.Linker, "revisit")
    with tempfile.TemporaryDirectory(prefix="reportedly-phases-") as tmp, Store(Path(tmp) / "x.db") as store:
        t_run = time.perf_counter()
        summary = ingestion.ingest(store, [args.corpus], jobs=args.jobs, progress=False)
        t_end = time.perf_counter()
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "processed": summary.processed, "failed": len(summary.failed), "workers": summary.workers,
        "load_at_end": r2(os.getloadavg()[0]),
        "start_up": {"interpreter_s": r2(BOOT), "imports_s": r2(T_IMPORTS - T0),
                     "pool_start_to_first_result_s": r2(marks["first_result"] - marks["pool_start"])},
        "overlapped": {"first_to_last_result_s": r2(marks["last_result"] - marks["first_result"])},
        "tail": {"after_last_result_s": r2(t_end - marks["last_result"]),
                 "settle_s": r2(marks.get("settle", 0.0)), "plan_s": r2(marks.get("_plan", 0.0)),
                 "apply_s": r2(marks.get("_apply", 0.0)), "revisit_s": r2(marks.get("revisit", 0.0))},
        "ingest_s": r2(t_end - t_run), "total_wall_s": r2(BOOT + time.perf_counter() - T0),
        "cpu_s": {"ingest_process": r2(own.ru_utime + own.ru_stime), "workers": r2(kids.ru_utime + kids.ru_stime)},
    }))


if __name__ == "__main__":
    main()
