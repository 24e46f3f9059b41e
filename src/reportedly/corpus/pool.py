"""Supervised worker processes: chunks of documents in, one result per document out, in input order.

In: chunks of items (documents, reading errors, loaders) and a ``work`` function that turns a chunk
into one result per item, ``('ok', payload)`` or ``('error', message)``. Out: those results in input
order, whatever a document does to the process that handles it. A worker that dies (a segfault,
SIGKILL, the out-of-memory killer) or spends more than ``doc_timeout`` seconds on one document is
replaced, and that document is reported as ``('crash', message)`` or ``('timeout', message)``
naming it; the rest of the run goes on. An exception that escapes ``work`` fails only its document
(``('failed', message)``), and the worker goes on.

Why not :class:`multiprocessing.pool.Pool` or :class:`concurrent.futures.ProcessPoolExecutor`:
``Pool`` waits forever for the result of a worker that died and cannot stop a task that runs too
long; ``ProcessPoolExecutor`` notices a death but fails every pending task without saying which one
killed its worker. Here each worker has its own pipe and reports every document as it finishes, so
the parent always knows which document a worker was on. When a failure hits a chunk before its
first result (the chunk is parsed as one batch, so any of its documents may be the cause), the
chunk's documents are retried one by one, each with its own time limit, and only the one that
fails alone is reported.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from ..errors import InputError, ReportedlyError
from ..pipeline import Options
from ..text.read import RawDocument

DEFAULT_DOC_TIMEOUT = 60.0
"""Seconds one document may take in a worker before the worker is replaced and the document reported."""
RECYCLE_AFTER = 250
"""Chunks a worker processes before it is replaced by a fresh one: spaCy's vocabulary grows with every
new word it sees, so a long-lived worker grows slowly with the corpus; a fresh worker (model loaded
again, about 1% of the work at this period) keeps memory flat however long the archive."""
START_ATTEMPTS = 3
"""Workers in a row that may die before saying they are ready, before the run gives up."""

Result = tuple[str, str]
"""``('ok', payload)``, or a failure and one line naming the document: ``'error'`` (what ``work`` reports,
e.g. an input error), ``'failed'`` (an exception escaped ``work``), ``'timeout'``, ``'crash'``."""
Chunk = tuple[list[Any], Options]
Work = Callable[[Chunk], Iterable[Result]]
"""Processes one chunk in a worker: one result per item, in order (a generator reports each as it is done)."""


class EngineError(ReportedlyError):
    """The workers cannot start, or the cluster engine is missing, unreachable or failed."""

    exit_code = 3


def item_name(item: Any) -> str:
    """How messages name an item: its source (path, ``file.jsonl:3 (id 'x')``) or id."""
    if isinstance(item, RawDocument):
        return item.meta.source or item.id
    if isinstance(item, InputError):
        return item.source
    return str(getattr(item, "source", None) or getattr(item, "id", None) or "document")


def death_reason(exitcode: int | None) -> str:
    """'killed by SIGKILL', 'exit code 3': how a worker process ended."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def _serve(conn: Connection, work: Work, initializer: Callable[[], Any] | None,
           inherited: list[Connection]) -> None:
    """A worker's life: get ready, then process chunks until told to stop or orphaned (runs in the child)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops the workers
    for c in inherited:  # the parent's ends of pipes, copied by fork: holding them would hide the parent's death
        c.close()
    parent = os.getppid()
    try:
        if initializer is not None:
            initializer()
    except Exception as err:
        conn.send(("broken", str(err) if isinstance(err, ReportedlyError) else f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready",))
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return  # the parent was killed: nobody will read what this worker does
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        try:
            for res in work(msg):
                conn.send(("result", res))
        except Exception as err:
            conn.send(("raised", f"processing failed ({type(err).__name__}: {err})"))
            continue
        conn.send(("done",))


@dataclass
class _Task:
    first: int
    """Position of ``items[0]`` in the whole run."""
    items: list[Any]
    done: int = 0
    """Results received so far."""


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    ready: bool = False
    task: _Task | None = None
    next: _Task | None = None
    """The chunk sent after ``task``, waiting in the pipe: the worker starts it while this process is busy."""
    deadline: float | None = None
    chunks: int = 0
    started: float = field(default_factory=time.monotonic)


class Pool:
    """``jobs`` supervised worker processes running ``work`` (see the module docstring).

    Use as a context manager; :meth:`map` may be called several times (the workers stay loaded).
    ``initializer`` runs once in each new worker (e.g. loading the language pipeline); it may
    raise a :class:`ReportedlyError`, whose message :meth:`map` raises as an :class:`EngineError`.
    """

    def __init__(self, jobs: int, work: Work, *, options: Options = Options(),
                 initializer: Callable[[], Any] | None = None, doc_timeout: float | None = DEFAULT_DOC_TIMEOUT,
                 recycle_after: int = RECYCLE_AFTER, start_method: str | None = None,
                 ahead: int | None = None) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.jobs = jobs
        self.work = work
        self.options = options
        self.initializer = initializer
        self.doc_timeout = doc_timeout
        self.recycle_after = recycle_after
        self.ahead = ahead or 32 * jobs
        """Items read ahead of the results given out (bounds memory however long the input)."""
        method = start_method or ("fork" if sys.platform.startswith("linux") else "spawn")
        self.ctx = mp.get_context(method)
        self.workers: list[_Worker] = []
        self._start_failures = 0

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- workers ---------------------------------------------------------------------------------

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        inherited = [parent, *(w.conn for w in self.workers)] if self.ctx.get_start_method() == "fork" else []
        proc = self.ctx.Process(target=_serve, args=(child, self.work, self.initializer, inherited), daemon=True,
                                name="reportedly-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        self.workers.append(w)
        return w

    def _stop(self, w: _Worker, *, kill: bool) -> None:
        self.workers.remove(w)
        if kill:
            w.proc.kill()
        else:
            try:
                w.conn.send(None)
            except OSError:
                w.proc.kill()
        w.proc.join(5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join()
        w.conn.close()

    def start(self, timeout: float = 300.0) -> None:
        """Start the workers and wait until each has loaded (raises EngineError when they cannot start)."""
        while len(self.workers) < self.jobs:
            self._start()
        end = time.monotonic() + timeout
        while not all(w.ready for w in self.workers) and time.monotonic() < end:
            wait([x for w in self.workers if not w.ready for x in (w.conn, w.proc.sentinel)], 1.0)
            for w in list(self.workers):
                if not w.ready and not self._drain(w, deque(), {}, None):
                    self._stop(w, kill=True)
                    self._died_on_start(w)
                    self._start()

    def _died_on_start(self, w: _Worker) -> None:
        """Count a worker that died before it was ready; give up after :data:`START_ATTEMPTS` in a row."""
        self._start_failures += 1
        if self._start_failures >= START_ATTEMPTS:
            raise EngineError(f"worker processes die on start ({death_reason(w.proc.exitcode)})")

    def close(self) -> None:
        """Stop every worker (idle ones are asked to exit, busy ones are killed)."""
        for w in list(self.workers):
            self._stop(w, kill=w.task is not None or not w.ready)

    # -- running ---------------------------------------------------------------------------------

    def map(self, chunks: Iterable[list[Any]], *, doc_timeout: float | None = None,
            on_result: Callable[[], Any] | None = None) -> Iterator[Result]:
        """One result per item of ``chunks``, in order (read lazily, at most ``ahead`` items in flight).

        ``doc_timeout`` overrides the pool's limit for this call.
        """
        limit = self.doc_timeout if doc_timeout is None else doc_timeout
        source = iter(chunks)
        queue: deque[_Task] = deque()
        results: dict[int, Result] = {}
        read = given = 0
        more = True
        try:
            while True:
                while more and read - given < self.ahead:
                    part = next(source, None)
                    if part is None:
                        more = False
                    elif part:
                        queue.append(_Task(read, list(part)))
                        read += len(part)
                while len(self.workers) < self.jobs:
                    self._start()
                for w in self.workers:
                    if w.ready and w.task is None and queue:
                        self._send(w, queue.popleft(), limit)
                    if w.ready and w.task is not None and w.next is None and queue and \
                            w.chunks + 1 < self.recycle_after:
                        w.next = queue.popleft()  # the worker goes on while the caller stores what came back
                        with contextlib.suppress(OSError):
                            w.conn.send((w.next.items, self.options))
                while given in results:
                    yield results.pop(given)
                    given += 1
                    if on_result is not None:
                        on_result()
                if not more and given == read:
                    return
                self._step(queue, results, limit)
        finally:
            for w in list(self.workers):
                if w.task is not None and not self._settle(w):
                    self._stop(w, kill=True)  # abandoned mid-chunk (the caller stopped early, or an error)

    def _settle(self, w: _Worker) -> bool:
        """Wait for the 'done' of a worker whose every result is in; False if it is still working."""
        if w.next is not None:
            return False  # a chunk nobody will read is waiting in its pipe
        if w.task is None or w.task.done < len(w.task.items):
            return w.task is None
        try:
            while w.conn.poll(5):
                if w.conn.recv()[0] == "done":
                    w.task, w.deadline = None, None
                    w.chunks += 1
                    return True
        except (EOFError, OSError):
            pass
        return False

    def _send(self, w: _Worker, task: _Task, limit: float | None) -> None:
        w.task = task
        w.deadline = time.monotonic() + limit if limit else None
        with contextlib.suppress(OSError):  # it died: its sentinel says so on the next step
            w.conn.send((task.items, self.options))

    def _step(self, queue: deque[_Task], results: dict[int, Result], limit: float | None) -> None:
        """Wait for a message, a death or a deadline, and act on it."""
        deadlines = [w.deadline for w in self.workers if w.task is not None and w.deadline is not None]
        wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        wait([x for w in self.workers for x in (w.conn, w.proc.sentinel)], wait_for)
        for w in list(self.workers):
            if not self._drain(w, queue, results, limit):
                self._fail(w, queue, results, f"its worker process died ({death_reason(w.proc.exitcode)})",
                           "crash")
                if not w.ready:
                    self._died_on_start(w)
                self._stop(w, kill=True)
        now = time.monotonic()
        for w in list(self.workers):
            if w.task is not None and w.deadline is not None and now >= w.deadline:
                self._fail(w, queue, results, f"took longer than {limit:g} s", "timeout")
                self._stop(w, kill=True)
        while len(self.workers) < self.jobs:  # replace the dead and the stopped now, so they load meanwhile
            self._start()

    def _drain(self, w: _Worker, queue: deque[_Task], results: dict[int, Result], limit: float | None) -> bool:
        """Read every message the worker has sent; False when it is dead."""
        while True:
            try:
                if not w.conn.poll():
                    return w.proc.is_alive()
                msg = w.conn.recv()
            except (EOFError, OSError):
                w.proc.join(1)
                return False
            kind = msg[0]
            if kind == "ready":
                w.ready = True
                self._start_failures = 0
            elif kind == "broken":
                raise EngineError(f"a worker process cannot start: {msg[1]}")
            elif kind == "result" and w.task is not None:
                t = w.task
                results[t.first + t.done] = msg[1]
                t.done += 1
                w.deadline = time.monotonic() + limit if limit else None
            elif kind == "raised":
                self._fail(w, queue, results, msg[1], "failed", limit)
            elif kind == "done":
                w.task, w.next = w.next, None
                w.deadline = time.monotonic() + limit if limit and w.task is not None else None
                w.chunks += 1
                if w.chunks >= self.recycle_after:
                    self._stop(w, kill=False)
                    return True

    def _fail(self, w: _Worker, queue: deque[_Task], results: dict[int, Result], reason: str, kind: str,
              limit: float | None = None) -> None:
        """The worker's current document failed: report it, or retry its chunk's documents one by one
        (``limit``: the run's seconds per document, for the chunk a surviving worker starts next)."""
        t, w.task, w.deadline = w.task, None, None
        if w.next is not None:
            if kind == "failed":  # the worker lives on and starts the chunk already sent to it
                w.task, w.next = w.next, None
                w.deadline = time.monotonic() + limit if limit else None
            else:  # it is stopped: the chunk sent after this one goes back to the queue
                queue.appendleft(w.next)
                w.next = None
        if t is None:
            return
        rest = t.items[t.done:]
        first = t.first + t.done
        if t.done == 0 and len(rest) > 1:
            # before the first result of a chunk any of its documents may be the cause: try each alone
            for k in reversed(range(len(rest))):
                queue.appendleft(_Task(first + k, [rest[k]]))
            return
        results[first] = (kind, f"{item_name(rest[0])}: {reason}")
        if len(rest) > 1:
            queue.appendleft(_Task(first + 1, rest[1:]))
