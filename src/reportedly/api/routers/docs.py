"""``/docs``: Swagger UI served from files in installed packages.

FastAPI's own docs page loads its scripts from a CDN and starts them with an inline script;
this one loads the copy shipped in the ``fastapi_offline`` package and starts Swagger UI from
``reportedly/web/docs.js``, so it works offline and under a strict Content-Security-Policy.
ReDoc is left out: its bundle always loads a logo from its maker's CDN.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from .pages import page

router = APIRouter(include_in_schema=False)

DOCS_ASSETS = "/static/docs-assets"
"""Where ``main`` mounts ``fastapi_offline/static`` (the Swagger UI bundle)."""


@router.get("/docs")
def swagger() -> HTMLResponse:
    """Interactive API documentation (Swagger UI)."""
    return page("docs.html")
