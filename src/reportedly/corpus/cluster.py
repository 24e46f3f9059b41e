"""The same processing on a Dask distributed cluster, for archives beyond one machine.

:func:`run` has the shape of :func:`reportedly.corpus.workers.run`: it takes the same lazily-read stream
of documents and yields the same ``('ok', document JSON)`` / ``('error', message)`` results in
input order, so ingest writes them to the store exactly as it writes local results (same
transactions, same de-duplication, same crash safety). Chunks go to the cluster as Dask futures
with a bounded number in flight; Dask does the scheduling, retries on lost workers, and worker
management. Every worker needs reportedly installed (with the same pinned packages); each runs
its chunks in one supervised process of its own (:func:`process_chunk`), which loads the spaCy
pipeline once and is replaced when a document kills it or runs past the time limit, exactly as
on the local engine. A chunk whose Dask workers die until Dask gives up (``KilledWorker``) is
reported document by document; the run goes on.

Without an address a :class:`distributed.LocalCluster` of ``workers`` single-threaded processes
is started for the run (and shut down after it).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from tqdm import tqdm

from ..pipeline import Options
from .pool import DEFAULT_DOC_TIMEOUT, EngineError, Pool, Result, Work, item_name
from .workers import CHUNK, Item, chunks, default_jobs, start_worker
from .workers import work as default_work

ENGINES = ("local", "dask")


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


_POOLS: dict[tuple[Work, Options], Pool] = {}
"""The supervised worker process of this Dask worker, per work function and options (kept loaded)."""


def process_chunk(work: Work, items: list[Item], options: Options, doc_timeout: float | None) -> list[Result]:
    """A Dask task: one chunk through this Dask worker's own supervised process (see the module doc).

    The process is the same :class:`~reportedly.corpus.pool.Pool` the local engine uses, so a document
    that kills it or runs out of time is reported with the same message, and the Dask worker lives on.
    It is started with ``spawn``: a Dask worker runs threads, and forking a threaded process is unsafe.
    """
    key = (work, options)
    pool = _POOLS.get(key)
    if pool is None:
        import multiprocessing as mp

        # Dask runs its workers as daemonic processes, which multiprocessing forbids to have children (they
        # would be orphaned when the daemon is killed); ours watch their parent and leave when it dies.
        mp.current_process().daemon = False
        pool = _POOLS[key] = Pool(1, work, options=options, start_method="spawn",
                                  initializer=start_worker if work is default_work else None)
    return list(pool.map([items], doc_timeout=doc_timeout))


def run(docs: Iterable[Item], *, address: str | None = None, workers: int | None = None,
        options: Options = Options(), bar: tqdm | None = None, work: Work = default_work,
        chunk: int = CHUNK, doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> Iterator[Result]:
    """Process documents on a Dask cluster, yielding results in input order (see module doc)."""
    from distributed import KilledWorker

    parts = chunks(docs, chunk)
    first = next(parts, None)
    if first is None:
        return  # nothing to process (e.g. a re-ingest): no cluster to start
    client, cluster = connect(address, workers)
    pending: deque[tuple[Any, list[Item]]] = deque()
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
                    pending.append((client.submit(process_chunk, work, part, options, doc_timeout, pure=False,
                                                  key=f"reportedly-{n}-{id(part)}"), part))
            if pending:
                future, part = pending.popleft()
                try:
                    results = future.result()
                except KilledWorker as err:  # Dask gave up after its workers died on this chunk
                    results = [("crash", f"{item_name(x)}: its worker process died (dask: {err})") for x in part]
                except Exception as err:
                    raise EngineError(f"dask: a processing task failed ({type(err).__name__}: {err})") from None
                finally:
                    future.release()
                for res in results:
                    if bar is not None:
                        bar.update(1)
                    yield res
    finally:
        for f, _ in pending:
            f.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
