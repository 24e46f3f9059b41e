"""The same processing on a Dask distributed cluster, for archives beyond one machine.

:func:`run` has the shape of :func:`reportedly.corpus.workers.run`: it takes the same lazily-read stream
of documents and yields the same ``('ok', document JSON)`` / ``('error', message)`` results in
input order, so ingest writes them to the store exactly as it writes local results (same
transactions, same de-duplication, same crash safety). Chunks go to the cluster as Dask futures
with a bounded number in flight; Dask does the scheduling, retries on lost workers, and worker
management. Every worker needs reportedly installed (with the same pinned packages); each loads
the spaCy pipeline once, on its first chunk.

Without an address a :class:`distributed.LocalCluster` of ``workers`` single-threaded processes
is started for the run (and shut down after it).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from tqdm import tqdm

from ..errors import ReportedlyError
from ..pipeline import Options
from .workers import CHUNK, Item, Result, Work, _chunks, default_jobs, work

ENGINES = ("local", "dask")


class EngineError(ReportedlyError):
    """The cluster engine is missing, unreachable or failed."""

    exit_code = 3


def connect(address: str | None, workers: int | None = None) -> tuple[Any, Any]:
    """A ``(client, cluster)`` pair: a client of the scheduler at ``address``, or of a new local cluster.

    ``cluster`` is None when connecting to an existing scheduler (it is not ours to close).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:  # pragma: no cover - dask is a pinned dependency
        raise EngineError(f"dask: distributed is not installed ({err})") from None
    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny",
                 "distributed.core", "distributed.http.proxy"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if address:
        try:
            return Client(address), None  # waits distributed.comm.timeouts.connect (dask config)
        except (OSError, TimeoutError) as err:
            raise EngineError(f"dask: cannot reach the scheduler at {address} ({err})") from None
    cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run(docs: Iterable[Item], *, address: str | None = None, workers: int | None = None,
        options: Options = Options(), bar: tqdm | None = None, work: Work = work,
        chunk: int = CHUNK) -> Iterator[Result]:
    """Process documents on a Dask cluster, yielding results in input order (see module doc)."""
    parts = _chunks(docs, chunk)
    first = next(parts, None)
    if first is None:
        return  # nothing to process (e.g. a re-ingest): no cluster to start
    client, cluster = connect(address, workers)
    pending: deque[Any] = deque()
    try:
        slots = max(2, 4 * len(client.scheduler_info().get("workers", {})))
        more = True
        n = 0
        while more or pending:
            while more and len(pending) < slots:
                part, first = (first, None) if first is not None else (next(parts, None), None)
                if part is None:
                    more = False
                else:
                    n += 1
                    # pure=False: identical chunks are still separate tasks (results are not cached)
                    pending.append(client.submit(work, (part, options), pure=False, key=f"reportedly-{n}-{id(part)}"))
            if pending:
                future = pending.popleft()
                try:
                    results = future.result()
                except Exception as err:  # a task that failed on the cluster: report its documents
                    raise EngineError(f"dask: a processing task failed ({type(err).__name__}: {err})") from None
                finally:
                    future.release()
                for res in results:
                    if bar is not None:
                        bar.update(1)
                    yield res
    finally:
        for f in pending:
            f.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
