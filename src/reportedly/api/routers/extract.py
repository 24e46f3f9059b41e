"""``POST /extract``: a report in, the document JSON out."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response

from ...model import Document
from ...text.read import parse_date
from ..dependencies import Extractor, Settings, error_responses, get_extractor, get_settings
from ..schemas import ExtractRequest
from ..work import Report, too_long_message

router = APIRouter(tags=["extract"])
log = logging.getLogger("reportedly.api")


def to_report(req: ExtractRequest, settings: Settings) -> Report:
    """The request as a :class:`Report` for the extraction process, after the checks that cost nothing.

    Raises HTTPException 413 for a text over the character limit, InputError (422) for a bad date.
    """
    given = req.meta.model_dump(exclude_none=True)
    if "published" in given:
        given["published"] = parse_date(given["published"], source="meta.published")
    if req.text is not None and len(req.text) > settings.max_chars:
        raise HTTPException(413, too_long_message("text", len(req.text), settings.max_chars))
    return Report(req.id, req.text, req.html, settings.max_chars, given, scope=req.scope)


@router.post("/extract", response_model=Document, responses=error_responses(400, 413, 422, 500, 503, 504),
             summary="Attributed statements, actors, events and removed debris of one report")
async def extract(req: ExtractRequest, settings: Settings = Depends(get_settings),
                  extractor: Extractor = Depends(get_extractor)) -> Response:
    """Process one report, given as plain ``text`` or as ``html``, with optional metadata.

    Every span in the answer is a ``[start, end)`` pair of character offsets into the answer's
    ``text`` (for HTML, the page's main text). Each statement has its ``class`` (speech, cognition,
    sentiment, volition, act, refusal, document); ``"scope": "speech"`` answers the speech ones only
    (default ``all``).
    Nothing in the request is read from or written to disk, and ``meta.url`` is never fetched.
    """
    kind, payload = await extractor.run(to_report(req, settings))
    if kind == "ok":
        return Response(payload, media_type="application/json")
    if kind == "too_long":
        raise HTTPException(413, payload)
    if kind == "error":
        raise HTTPException(422, payload)
    log.error("extraction of %s failed (%s): %s", req.id, kind, payload)
    if kind == "crash":
        raise HTTPException(500, "processing this report killed its worker process; the server goes on with a new one")
    raise HTTPException(500, "internal error while processing this report; the server log has the details")
