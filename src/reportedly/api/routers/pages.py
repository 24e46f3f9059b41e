"""The web pages (``/`` and the corpus views), and the built-in example (``/example``).

The pages are files of ``reportedly/web``; each one fetches its data from the JSON API. A page file
holds only its ``<main>``: :func:`framed` puts it in ``layout.html`` (head, skip link, site header and
navigation, the page's own title and script) and puts ``report-view.html`` (the marked report with its
side panels) where the page says ``<!-- report-view -->``.
"""

from __future__ import annotations

from importlib import resources
from string import Template

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from ...text.read import EXAMPLE_PUBLISHED, example_text
from ..schemas import Example, RequestMeta

router = APIRouter()

PAGES = {
    "index": ("reportedly — who said what", "app.js"),
    "corpus": ("Corpus — reportedly", "corpus.js"),
    "actor": ("Actor — reportedly", "actor.js"),
    "timeline": ("Timeline — reportedly", "timeline.js"),
    "disputes": ("Disputes — reportedly", "disputes.js"),
    "document": ("A stored report — reportedly", "document.js"),
    "happening": ("Happenings — reportedly", "happening.js"),
}
"""Each page: its title and its script."""
NAVIGATION = ("index", "corpus", "timeline", "disputes", "happening")
"""The pages of the site navigation (marked as current when shown)."""


def web_file(name: str) -> str:
    """A file shipped in ``reportedly/web`` (a fixed name, never one taken from the request)."""
    return resources.files("reportedly").joinpath("web", name).read_text(encoding="utf-8")


def page(name: str) -> HTMLResponse:
    """A whole page shipped in ``reportedly/web``, as it is."""
    return HTMLResponse(web_file(name), headers={"Cache-Control": "no-cache"})


def framed(name: str) -> HTMLResponse:
    """Page ``name`` of :data:`PAGES` in the site's frame."""
    title, script = PAGES[name]
    main = web_file(f"{name}.html").replace("<!-- report-view -->\n", web_file("report-view.html"))
    current = {f"current_{k}": ' aria-current="page"' if k == name else "" for k in NAVIGATION}
    html = Template(web_file("layout.html")).substitute(title=title, script=script, main=main, **current)
    return HTMLResponse(html, headers={"Cache-Control": "no-cache"})


@router.get("/", include_in_schema=False)
def index() -> HTMLResponse:
    """Paste or upload a report and see who said what."""
    return framed("index")


@router.get("/corpus", include_in_schema=False)
def corpus_page() -> HTMLResponse:
    """The corpus: its actors (searchable) and its reports."""
    return framed("corpus")


@router.get("/actor", include_in_schema=False)
def actor_page() -> HTMLResponse:
    """One actor across the corpus and its statements over time (``?id=`` or ``?name=``)."""
    return framed("actor")


@router.get("/timeline", include_in_schema=False)
def timeline_page() -> HTMLResponse:
    """Everything said and done in the corpus by date, or one actor's."""
    return framed("timeline")


@router.get("/disputes", include_in_schema=False)
def disputes_page() -> HTMLResponse:
    """The disputes list."""
    return framed("disputes")


@router.get("/happening", include_in_schema=False)
def happening_page() -> HTMLResponse:
    """Happenings across reports; one happening with its versions side by side (``?id=``)."""
    return framed("happening")


@router.get("/document", include_in_schema=False)
def document_page() -> HTMLResponse:
    """One stored report, marked (``?id=``, optionally ``&stmt=`` or ``&event=``)."""
    return framed("document")


@router.get("/example", response_model=Example, tags=["extract"], summary="The built-in example report")
def example() -> Example:
    """The example article shipped with reportedly and its publication date, ready for ``POST /extract``."""
    return Example(text=example_text(), meta=RequestMeta(published=EXAMPLE_PUBLISHED))
