"""What the routers share: the server settings, the extraction process and the error responses."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

from fastapi import Depends, HTTPException, Query, Request

from ..corpus.pool import DEFAULT_DOC_TIMEOUT, Pool, Work
from ..corpus.store import Store
from ..corpus.workers import start_worker
from ..errors import InputError, ReportedlyError
from .schemas import Problem
from .work import Report, Result, extract_reports


@dataclass(frozen=True)
class Settings:
    """Limits and resources of one server. Every limit answers with a clear HTTP error when exceeded."""

    max_body_bytes: int = 2_000_000
    """Largest request body accepted (413 above)."""
    max_chars: int = 200_000
    """Longest report text accepted, after HTML extraction (413 above)."""
    timeout: float = 30.0
    """Seconds a request may wait for and spend in extraction (504 after; the extraction is stopped)."""
    doc_timeout: float = DEFAULT_DOC_TIMEOUT
    """Seconds one report may spend in extraction, however long it waited (504 after; it is stopped)."""
    max_pending: int = 64
    """Extractions queued or running at once (503 above)."""
    store: str | None = None
    """Path of the corpus store to serve (set by the operator, never by a request)."""

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_chars", "max_pending"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if not self.timeout > 0 or not self.doc_timeout > 0:
            raise ValueError("timeout and doc_timeout must be positive")

    def to_json(self) -> str:
        """The settings as JSON (how ``reportedly serve`` hands them to its worker processes)."""
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, data: str) -> Settings:
        """Settings from :meth:`to_json`."""
        return cls(**json.loads(data))

    def limits(self) -> dict[str, float]:
        """The limits as reported by ``/health``."""
        d = asdict(self)
        return {"max_body_bytes": d["max_body_bytes"], "max_chars": d["max_chars"],
                "timeout_seconds": d["timeout"], "doc_timeout_seconds": d["doc_timeout"],
                "max_pending": d["max_pending"]}


ERRORS: dict[int, str] = {
    400: "The request body cannot be read (not UTF-8 JSON text).",
    404: "No such record in the corpus store, or no corpus store is served.",
    413: "The request body or the report text is larger than the server's limit.",
    422: "The request is not valid: missing or malformed field, empty or binary text, no article in the HTML.",
    500: "Processing failed on this report (its process died, or a bug); the server goes on.",
    503: "Too many reports are waiting to be processed, or the corpus store cannot be read; retry later.",
    504: "Processing took longer than the server's time limit.",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the given error codes, all with the :class:`Problem` body."""
    return {code: {"model": Problem, "description": ERRORS[code]} for code in codes}


class Extractor:
    """Runs extractions in a supervised worker process, one at a time, shortest report first.

    The event loop stays free to answer other requests while a report is parsed. Reports wait in
    order of length, so a few huge or hostile ones cannot hold up the ordinary ones behind them. A
    request that runs out of time while waiting is dropped before it starts; one that runs out of time
    while being processed is stopped: its process is killed (and replaced, loading the pipeline
    again), so no parse outlives its request.
    """

    def __init__(self, settings: Settings, work: Work = extract_reports) -> None:
        self.settings = settings
        self.work = work
        self._pool: Pool | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._busy = False
        self._seq = itertools.count()
        self._pending = 0

    @property
    def pending(self) -> int:
        """Extractions waiting or running now."""
        return self._pending

    async def run(self, report: Report) -> Result:
        """The result of ``report`` (see :mod:`.work`); raises HTTPException 503 (queue full) or 504 (time limit)."""
        if self._pending >= self.settings.max_pending:
            raise HTTPException(503, f"{self._pending} reports are already waiting; retry in a few seconds",
                                headers={"Retry-After": "5"})
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.timeout
        turn: asyncio.Future[None] = loop.create_future()
        ticket = (len(report.text or report.html or ""), next(self._seq), turn)
        self._pending += 1
        heapq.heappush(self._waiting, ticket)
        try:
            self._next()
            try:
                await asyncio.wait_for(asyncio.shield(turn), max(0.0, deadline - loop.time()))
            except TimeoutError:
                if not turn.done():
                    self._waiting.remove(ticket)
                    heapq.heapify(self._waiting)
                    raise self._late() from None
            try:
                limit = min(self.settings.doc_timeout, deadline - loop.time())
                if limit <= 0:
                    raise self._late()
                result = await loop.run_in_executor(self._executor(), self._extract, report, limit)
            finally:
                self._busy = False
                self._next()
        finally:
            self._pending -= 1
        if result[0] == "timeout":
            raise self._late()
        return result

    def _next(self) -> None:
        """Give the worker to the shortest waiting report, when it is free."""
        while not self._busy and self._waiting:
            _, _, turn = heapq.heappop(self._waiting)
            if not turn.done():
                self._busy = True
                turn.set_result(None)

    def _late(self) -> HTTPException:
        return HTTPException(504, f"processing took longer than {self.settings.timeout:g} s "
                                  "(send a shorter text, or start the server with a larger --timeout)")

    def _extract(self, report: Report, limit: float) -> Result:
        """On the server's extraction thread: the report through the worker process, within ``limit`` s."""
        return next(iter(self._process().map([[report]], doc_timeout=limit)))

    def _process(self) -> Pool:
        if self._pool is None:
            # spawn: the server runs threads, and forking a threaded process is unsafe
            self._pool = Pool(1, self.work, start_method="spawn", doc_timeout=None,
                              initializer=start_worker if self.work is extract_reports else None)
        return self._pool

    def _executor(self) -> ThreadPoolExecutor:
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reportedly-extract")
        return self._thread

    def warm_up(self) -> None:
        """Start the extraction process and load its language pipeline now rather than on the first request."""
        self._executor().submit(lambda: self._process().start()).result()

    def close(self) -> None:
        """Stop the extraction process and the thread (a later request starts new ones)."""
        if self._thread is not None:
            self._thread.submit(lambda: self._pool.close() if self._pool is not None else None).result()
            self._thread.shutdown(wait=True, cancel_futures=True)
            self._thread, self._pool = None, None


def get_settings(request: Request) -> Settings:
    """The settings of the app serving this request."""
    return request.app.state.settings


def get_extractor(request: Request) -> Extractor:
    """The extraction worker of the app serving this request."""
    return request.app.state.extractor


NO_STORE = "no corpus store is served (start the server with --db PATH, after 'reportedly ingest')"


def get_store(settings: Settings = Depends(get_settings)) -> Iterator[Store]:
    """The served corpus store, opened read-only for this request (404 when the server has none)."""
    if settings.store is None:
        raise HTTPException(404, NO_STORE)
    try:
        store = Store(settings.store, readonly=True)
    except ReportedlyError as err:
        raise HTTPException(503, f"the corpus store cannot be read ({type(err).__name__})") from None
    try:
        yield store
    finally:
        store.close()


@contextmanager
def store_errors(*, missing: bool = False) -> Iterator[None]:
    """Turn the store's InputErrors (unknown actor, bad date, ...) into HTTP errors naming the parameter.

    The store names parameters as the CLI does (``--actor``); here they are query parameters
    (``actor``). Something asked for that is not there is 404 (every error when ``missing``: the
    path names one record), a malformed value 422.
    """
    try:
        yield
    except InputError as err:
        name = err.source.lstrip("-").replace("-", "_")
        status = 404 if missing or err.problem.startswith(("no actor", "no document", "no such")) else 422
        raise HTTPException(status, f"{name}: {err.problem}") from None


def scope_query() -> Any:
    """A fresh ``scope`` query parameter: which statements to read (every class, or speech only)."""
    return Query("all", description="all: every attribution, beliefs (cognition), feelings (sentiment) and "
                                    "wishes (volition) included; speech: only what was said, written or quoted.")


def class_query() -> Any:
    """A fresh ``class`` query parameter: statements of these classes only (repeat it for several)."""
    return Query(None, alias="class", description="Only statements of this class (repeat for several): speech, "
                                                  "cognition, sentiment, volition, act, refusal or document.")


class Paging:
    """``limit`` and ``offset`` query parameters of every list endpoint."""

    def __init__(self, limit: int = Query(50, ge=1, le=500, description="At most this many items."),
                 offset: int = Query(0, ge=0, le=10_000_000, description="Skip this many first.")) -> None:
        self.limit = limit
        self.offset = offset

    def page(self, items: list[Any]) -> dict[str, Any]:
        """A :class:`~.schemas.Page` from up to ``limit + 1`` items fetched at ``offset`` (the extra one says
        whether more follow)."""
        return {"items": items[:self.limit], "limit": self.limit, "offset": self.offset,
                "more": len(items) > self.limit}
