"""What the routers share: the server settings, the extraction worker and the error responses."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from fastapi import Depends, HTTPException, Query, Request

from ..corpus.store import Store
from ..errors import InputError, ReportedlyError
from .schemas import Problem

T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    """Limits and resources of one server. Every limit answers with a clear HTTP error when exceeded."""

    max_body_bytes: int = 2_000_000
    """Largest request body accepted (413 above)."""
    max_chars: int = 200_000
    """Longest report text accepted, after HTML extraction (413 above)."""
    timeout: float = 30.0
    """Seconds a request may wait for and spend in extraction (504 after)."""
    max_pending: int = 64
    """Extractions queued or running at once (503 above)."""
    store: str | None = None
    """Path of the corpus store to serve (set by the operator, never by a request)."""

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_chars", "max_pending"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if not self.timeout > 0:
            raise ValueError("timeout must be positive")

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
                "timeout_seconds": d["timeout"], "max_pending": d["max_pending"]}


ERRORS: dict[int, str] = {
    400: "The request body cannot be read (not UTF-8 JSON text).",
    404: "No such record in the corpus store, or no corpus store is served.",
    413: "The request body or the report text is larger than the server's limit.",
    422: "The request is not valid: missing or malformed field, empty or binary text, no article in the HTML.",
    503: "Too many reports are waiting to be processed, or the corpus store cannot be read; retry later.",
    504: "Processing took longer than the server's time limit.",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for the given error codes, all with the :class:`Problem` body."""
    return {code: {"model": Problem, "description": ERRORS[code]} for code in codes}


class Extractor:
    """Runs extractions one at a time on a worker thread, with a queue bound and a time limit.

    The event loop stays free to answer other requests while a report is parsed. A request that
    runs out of time while still queued is dropped before it starts; one already being parsed
    finishes in the background (the parse cannot be interrupted) and its result is discarded.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool: ThreadPoolExecutor | None = None
        self._pending = 0
        self._lock = threading.Lock()

    @property
    def pending(self) -> int:
        """Extractions queued or running now."""
        return self._pending

    async def run(self, work: Callable[..., T], *args: Any) -> T:
        """``work(*args)`` on the worker thread; raises HTTPException 503 (queue full) or 504 (time limit)."""
        with self._lock:
            if self._pending >= self.settings.max_pending:
                raise HTTPException(503, f"{self._pending} reports are already waiting; retry in a few seconds",
                                    headers={"Retry-After": "5"})
            self._pending += 1
        try:
            future = self._worker().submit(work, *args)
            return await asyncio.wait_for(asyncio.wrap_future(future), self.settings.timeout)
        except TimeoutError:
            raise HTTPException(504, f"processing took longer than {self.settings.timeout:g} s "
                                     "(send a shorter text, or start the server with a larger --timeout)") from None
        finally:
            with self._lock:
                self._pending -= 1

    def _worker(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reportedly-extract")
        return self._pool

    def warm_up(self) -> None:
        """Load the language pipeline on the worker thread now rather than on the first request."""
        from ..text.nlp import load_pipeline

        self._worker().submit(load_pipeline).result()

    def close(self) -> None:
        """Drop queued work and let the worker thread end (a later request starts a new one)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


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
