"""``/docs`` (Swagger UI) and ``/redoc`` (ReDoc), both served from files in installed packages.

FastAPI's own docs pages load their scripts from a CDN and start them with an inline script;
these load the copies shipped in the ``fastapi_offline`` package and start Swagger UI from
``reportedly/web/docs.js``, so they work offline and under a strict Content-Security-Policy.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from .pages import page

router = APIRouter(include_in_schema=False)

DOCS_ASSETS = "/static/docs-assets"
"""Where ``main`` mounts ``fastapi_offline/static`` (Swagger UI and ReDoc bundles)."""


@router.get("/docs")
def swagger() -> HTMLResponse:
    """Interactive API documentation (Swagger UI)."""
    return page("docs.html")


@router.get("/redoc")
def redoc() -> HTMLResponse:
    """Readable API reference (ReDoc)."""
    return page("redoc.html")
