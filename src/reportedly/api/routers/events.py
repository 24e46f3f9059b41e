"""``/events``: stored events with filters, oldest first."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from ...corpus import query
from ...corpus.store import Store
from ..dependencies import Paging, error_responses, get_store, store_errors
from ..schemas import Page

router = APIRouter(tags=["corpus"], responses=error_responses(404, 422, 503))



def date_query(what: str) -> Any:
    """A fresh ``since``/``until`` query parameter (FastAPI needs one object per parameter)."""
    return Query(None, max_length=40, description=f"{what} this date (YYYY-MM-DD).")


@router.get("/events", response_model=Page[query.EventHit], summary="Stored events, oldest first")
def events(type: str | None = Query(None, max_length=40, description="PLOVER type (ASSAULT, ACCUSE, ...)."),
           place: str | None = Query(None, max_length=200, description="At this place (or a part of its name)."),
           actor: str | None = Query(None, max_length=200, description="With this actor as actor, recipient or "
                                                                        "source of a claim."),
           status: str | None = Query(None, max_length=40, description="Claim status: asserted, claimed, denied, "
                                                                        "..."),
           since: str | None = date_query("On or after"), until: str | None = date_query("On or before"),
           document: str | None = Query(None, max_length=200, description="In this document (id or hash)."),
           paging: Paging = Depends(), store: Store = Depends(get_store)) -> dict:
    """Events in the current document versions, with their parties, claim status and spans."""
    with store_errors():
        hits = query.events(store, type=type, place=place, actor=actor, status=status, since=since, until=until,
                            document=document, limit=paging.limit + 1, offset=paging.offset)
    return paging.page(hits)
