"""``reportedly serve``: the HTTP API, its docs, the web page and the corpus views, with uvicorn."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputError
from .app import main

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The API has no authentication: keep it on loopback unless a proxy "
                   "in front of it restricts access.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; each runs one extraction process that parses one report at a time.")
@click.option("--max-body", type=click.IntRange(1000), default=2_000_000, show_default=True,
              help="Largest request body in bytes (larger: 413).")
@click.option("--max-chars", type=click.IntRange(1000), default=200_000, show_default=True,
              help="Longest report text in characters (longer: 413).")
@click.option("--timeout", type=click.FloatRange(0.1), default=30.0, show_default=True,
              help="Seconds a report may wait for and spend in extraction (longer: 504; the extraction is stopped).")
@click.option("--doc-timeout", type=click.FloatRange(0.1), default=60.0, show_default=True, metavar="SECONDS",
              help="Seconds one report may spend in extraction however long it waited; the extraction is "
                   "stopped (its process killed and replaced) at this limit or at --timeout, whichever comes first.")
@click.option("--max-pending", type=click.IntRange(1), default=64, show_default=True,
              help="Reports queued per process before new ones get 503.")
@click.option("--db", metavar="PATH", envvar="REPORTEDLY_DB", default="reportedly.db", show_default=True,
              show_envvar=True, help="The corpus store to browse and query (read-only); without one, only "
                                     "/extract and the analyse page work.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, workers: int, max_body: int, max_chars: int, timeout: float,
          doc_timeout: float, max_pending: int, db: str) -> None:
    """Serve the HTTP API, its docs (/docs), the web page (/) and the corpus views with uvicorn."""
    import os

    import uvicorn

    from ..api import Settings
    from ..api.main import SETTINGS_ENV
    from ..corpus.store import Store

    store: str | None = str(Path(db).resolve())
    if not Path(db).exists():
        if ctx.get_parameter_source("db") != click.core.ParameterSource.DEFAULT:
            raise InputError(db, "no such store (run 'reportedly ingest' first)")
        click.echo(f"reportedly: no corpus store at {db}: serving /extract and the analyse page only", err=True)
        store = None
    else:
        Store(db, readonly=True).close()  # a file that is not a store fails here, not on every request
    settings = Settings(max_body_bytes=max_body, max_chars=max_chars, timeout=timeout, doc_timeout=doc_timeout,
                        max_pending=max_pending,
                        store=store)
    if host not in LOOPBACK:
        click.echo(f"reportedly: listening on {host}: anyone who can reach it can use the API "
                   "(there is no authentication)", err=True)
    os.environ[SETTINGS_ENV] = settings.to_json()
    uvicorn.run("reportedly.api.main:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", timeout_graceful_shutdown=5)
