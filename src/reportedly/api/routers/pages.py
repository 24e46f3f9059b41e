"""The web page (``/``), its static assets (``/static``) and the built-in example (``/example``)."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from ...cli import EXAMPLE_PUBLISHED, example_text
from ..schemas import Example, RequestMeta

router = APIRouter()


def page(name: str) -> HTMLResponse:
    """A page shipped in ``reportedly/web`` (a fixed name, never one taken from the request)."""
    html = resources.files("reportedly").joinpath("web", name).read_text(encoding="utf-8")
    return HTMLResponse(html, headers={"Cache-Control": "no-cache"})


@router.get("/", include_in_schema=False)
def index() -> HTMLResponse:
    """Paste or upload a report and see who said what."""
    return page("index.html")


@router.get("/example", response_model=Example, tags=["extract"], summary="The built-in example report")
def example() -> Example:
    """The example article shipped with reportedly and its publication date, ready for ``POST /extract``."""
    return Example(text=example_text(), meta=RequestMeta(published=EXAMPLE_PUBLISHED))
