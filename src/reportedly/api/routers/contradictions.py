"""``/contradictions``: one source claims what another denies, with both pieces of evidence."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from ...corpus.contradictions import Contradiction
from ...corpus.contradictions import contradictions as find
from ...corpus.store import Store
from ..dependencies import Paging, error_responses, get_store, scope_query, store_errors
from ..schemas import Page

router = APIRouter(tags=["corpus"], responses=error_responses(404, 422, 503))



def date_query(what: str) -> Any:
    """A fresh ``since``/``until`` query parameter (FastAPI needs one object per parameter)."""
    return Query(None, max_length=40, description=f"{what} this date (YYYY-MM-DD).")


@router.get("/contradictions", response_model=Page[Contradiction],
            summary="Claims and denials of the same thing by different sources, best supported first")
def contradictions(actor: str | None = Query(None, max_length=200, description="Only where this actor is a side."),
                   place: str | None = Query(None, max_length=200, description="Only about this place."),
                   since: str | None = date_query("On or after"), until: str | None = date_query("On or before"),
                   same_side: bool = Query(False, description="Also pairs whose sources are of the same country."),
                   across_documents: bool = Query(False, description="Only pairs from two different documents."),
                   scope: Literal["all", "speech"] = scope_query(),
                   paging: Paging = Depends(), store: Store = Depends(get_store)) -> dict:
    """Each pair: what it is about, the claim and the denial (statement or event, with document and
    spans), whether they come from different documents, a score and a one-line explanation."""
    with store_errors():
        found = find(store, actor=actor, place=place, since=since, until=until, same_side=same_side,
                     across_documents=across_documents, limit=paging.offset + paging.limit + 1, scope=scope)
    return paging.page(found[paging.offset:])
