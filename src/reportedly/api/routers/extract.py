"""``POST /extract``: a report in, the document JSON out."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response

from ...model import Document, Meta
from ...pipeline import Options, process
from ...text.read import RawDocument, check_text, html_to_document, parse_date
from ..dependencies import Extractor, Settings, error_responses, get_extractor, get_settings
from ..schemas import ExtractRequest

router = APIRouter(tags=["extract"])


def too_long(field: str, n: int, limit: int) -> HTTPException:
    """The 413 for a text over the server's character limit."""
    return HTTPException(413, f"{field}: {n:,} characters, more than this server's limit of {limit:,} "
                              "(split the report, or start the server with a larger --max-chars)")


def to_raw(req: ExtractRequest, settings: Settings) -> RawDocument:
    """The request as a :class:`RawDocument`; raises InputError (422) or HTTPException (413).

    HTML goes through trafilatura like ``reportedly extract page.html``; metadata given in the
    request wins over what the page says about itself.
    """
    given = req.meta.model_dump(exclude_none=True)
    if "published" in given:
        given["published"] = parse_date(given["published"], source="meta.published")
    if req.html is not None:
        raw = html_to_document(req.html, "html", req.id)
        if len(raw.text) > settings.max_chars:
            raise too_long("html (main text)", len(raw.text), settings.max_chars)
        meta = raw.meta.model_dump(exclude_none=True)
        meta.update(given, source="request", format="html")
        raw.meta = Meta(**meta)
        return raw
    text = req.text or ""
    if len(text) > settings.max_chars:
        raise too_long("text", len(text), settings.max_chars)
    check_text(text, "text", max_chars=settings.max_chars)
    return RawDocument(req.id, text, Meta(**given, source="request", format="text"))


def run_extraction(req: ExtractRequest, settings: Settings) -> Document:
    """Everything a request costs, run on the worker thread: HTML extraction and the pipeline."""
    return process(to_raw(req, settings), Options(max_chars=settings.max_chars))


@router.post("/extract", response_model=Document, responses=error_responses(400, 413, 422, 503, 504),
             summary="Attributed statements, actors, events and removed debris of one report")
async def extract(req: ExtractRequest, settings: Settings = Depends(get_settings),
                  extractor: Extractor = Depends(get_extractor)) -> Response:
    """Process one report, given as plain ``text`` or as ``html``, with optional metadata.

    Every span in the answer is a ``[start, end)`` pair of character offsets into the answer's
    ``text`` (for HTML, the page's main text). Nothing in the request is read from or written to
    disk, and ``meta.url`` is never fetched.
    """
    doc = await extractor.run(run_extraction, req, settings)
    return Response(doc.model_dump_json(), media_type="application/json")
