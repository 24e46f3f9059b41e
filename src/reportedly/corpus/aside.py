"""Work aside: a pure computation run in a forked process while this process does something else.

At the end of an ingest two pieces of work remain that touch different tables: clustering the
happenings the run left pending (:meth:`reportedly.corpus.identity.Clusterer.settling`) and the actor
revisit (:meth:`reportedly.corpus.actors.Linker.revisit`). Run one after the other they leave a core
idle. :func:`start` computes ``fn(*args)`` for each of ``calls`` in a child process made with
``fork`` on Linux, as :mod:`reportedly.corpus.pool` makes its workers (it inherits the arguments;
only the results, pickled, come back through a pipe) and returns at once; :meth:`Aside.get` waits
for the results. The child never touches the store (it inherits the store's connection and leaves
it alone, ending with ``os._exit``), so what is computed is exactly what the same calls give here.
Elsewhere, or when the child fails or dies, :meth:`Aside.get` computes the results in this process
instead (an exception of ``fn`` is then raised here, as it would have been without the child).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Any


class Aside:
    """The results of ``fn`` over ``calls``, being computed in a child process (see the module doc)."""

    def __init__(self, fn: Callable[..., Any], calls: Sequence[tuple[Any, ...]], pid: int | None = None,
                 fd: int | None = None) -> None:
        self.fn, self.calls, self.pid, self.fd = fn, calls, pid, fd

    def _here(self) -> list[Any]:
        return [self.fn(*args) for args in self.calls]

    def get(self) -> list[Any]:
        """``[fn(*args) for args in calls]``: the child's results, or computed here when it had none."""
        if self.pid is None or self.fd is None:
            return self._here()
        with os.fdopen(self.fd, "rb") as fh:
            data = fh.read()
        self.fd = None
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if status == 0 and data:
            with contextlib.suppress(Exception):
                return list(pickle.loads(data))
        return self._here()

    def cancel(self) -> None:
        """Stop the child (the results are no longer wanted)."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            self.pid = None


def start(fn: Callable[..., Any], calls: Sequence[tuple[Any, ...]]) -> Aside:
    """Begin ``[fn(*args) for args in calls]`` in a forked child; :meth:`Aside.get` gives the results."""
    if not sys.platform.startswith("linux"):  # pragma: no cover - fork is unsafe on macOS, missing on Windows
        return Aside(fn, calls)
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return Aside(fn, calls)
    if pid == 0:  # the child: compute, hand the results back, and leave without running any cleanup
        code = 1
        try:
            os.close(read)
            data = pickle.dumps([fn(*args) for args in calls], protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as fh:
                fh.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    return Aside(fn, calls, pid, read)
