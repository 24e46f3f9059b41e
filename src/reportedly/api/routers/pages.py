"""The web pages (``/`` and the corpus views), and the built-in example (``/example``).

The pages are static files of ``reportedly/web``; each one fetches its data from the JSON API.
"""

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


@router.get("/corpus", include_in_schema=False)
def corpus_page() -> HTMLResponse:
    """The corpus: its actors (searchable) and its reports."""
    return page("corpus.html")


@router.get("/actor", include_in_schema=False)
def actor_page() -> HTMLResponse:
    """One actor across the corpus and its statements over time (``?id=`` or ``?name=``)."""
    return page("actor.html")


@router.get("/timeline", include_in_schema=False)
def timeline_page() -> HTMLResponse:
    """Everything said and done in the corpus by date, or one actor's."""
    return page("timeline.html")


@router.get("/disputes", include_in_schema=False)
def disputes_page() -> HTMLResponse:
    """The contradictions list."""
    return page("disputes.html")


@router.get("/document", include_in_schema=False)
def document_page() -> HTMLResponse:
    """One stored report, marked (``?id=``, optionally ``&stmt=`` or ``&event=``)."""
    return page("document.html")


@router.get("/example", response_model=Example, tags=["extract"], summary="The built-in example report")
def example() -> Example:
    """The example article shipped with reportedly and its publication date, ready for ``POST /extract``."""
    return Example(text=example_text(), meta=RequestMeta(published=EXAMPLE_PUBLISHED))
