"""Wiring only: the app, its middleware, error handlers, routers and static files."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..about import __version__
from ..corpus.pool import Work
from . import errors
from .dependencies import Extractor, Settings
from .middleware import BodyLimit, SecurityHeaders
from .routers import actors, contradictions, docs, documents, events, extract, happenings, health, pages, statements
from .work import extract_reports

SETTINGS_ENV = "REPORTEDLY_SERVE_SETTINGS"
"""Environment variable through which ``reportedly serve`` passes the settings to each worker process."""

DESCRIPTION = """Who said what in news reports: attributed statements, actors and events, every record
pointing to `[start, end)` character offsets in the text. Errors are a status code and
`{"detail": "one line"}`."""


def create_app(settings: Settings | None = None, *, work: Work = extract_reports) -> FastAPI:
    """The reportedly web application with the given limits (defaults when ``None``).

    ``work`` is what the extraction process does with a report (a module-level function; tests pass
    stand-ins that sleep or fail).
    """
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.extractor.warm_up()
        yield
        app.state.extractor.close()

    app = FastAPI(title="reportedly", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None, lifespan=lifespan)
    app.state.settings = settings
    app.state.extractor = Extractor(settings, work)
    errors.install(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    for module in (health, extract, documents, actors, statements, events, contradictions, pages, docs, happenings):
        app.include_router(module.router)
    app.mount(docs.DOCS_ASSETS, StaticFiles(packages=[("fastapi_offline", "static")]), name="docs-assets")
    app.mount("/static", StaticFiles(packages=[("reportedly", "web")]), name="static")
    return app


def app_from_env() -> FastAPI:
    """The app with the settings ``reportedly serve`` put in the environment (uvicorn factory)."""
    raw = os.environ.get(SETTINGS_ENV)
    return create_app(Settings.from_json(raw) if raw else None)
