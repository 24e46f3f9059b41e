"""``/contradictions``: disputes, each one claim with who asserts it and who denies, counters or corrects it."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from pydantic import Field

from ...corpus.contradictions import Dispute
from ...corpus.contradictions import contradictions as find
from ...corpus.store import Store
from ..dependencies import Paging, error_responses, get_store, scope_query, store_errors
from ..schemas import Page

router = APIRouter(tags=["corpus"], responses=error_responses(404, 422, 503))


class DisputePage(Page[Dispute]):
    """One page of disputes, and how many there are in all."""

    total: int = Field(description="How many disputes match the filters (all pages).")


def date_query(what: str) -> Any:
    """A fresh ``since``/``until`` query parameter (FastAPI needs one object per parameter)."""
    return Query(None, max_length=40, description=f"{what} this date (YYYY-MM-DD).")


@router.get("/contradictions", response_model=DisputePage,
            summary="Disputes grouped by claim, ranked by independent evidence on each side")
def contradictions(actor: str | None = Query(None, max_length=200, description="Only where this actor is on a side."),
                   place: str | None = Query(None, max_length=200, description="Only where the evidence names "
                                                                                "this place."),
                   since: str | None = date_query("On or after"), until: str | None = date_query("On or before"),
                   across_documents: bool = Query(False, description="Only disputes with evidence from two "
                                                                     "documents or more."),
                   scope: Literal["all", "speech"] = scope_query(),
                   paging: Paging = Depends(), store: Store = Depends(get_store)) -> dict:
    """Each dispute: the claim in plain words, its kind (denial, counter, correction), and its two sides, each
    with its sources, document ids, independent origins (reprints listed under their origin) and every
    piece of evidence (quotation, sentence, statement or event, with spans into the text)."""
    with store_errors():
        found = find(store, actor=actor, place=place, since=since, until=until, across_documents=across_documents,
                     limit=None, scope=scope)
    return {**paging.page(found[paging.offset:paging.offset + paging.limit + 1]), "total": len(found)}


@router.get("/contradictions/{dispute_id}", response_model=Dispute, summary="One dispute")
def dispute(dispute_id: str = Path(min_length=2, max_length=40, pattern=r"^d[0-9a-f]+$",
                                   description="Dispute id (as listed by /contradictions)."),
            store: Store = Depends(get_store)) -> Dispute:
    """The dispute with this id, with all its evidence."""
    with store_errors():
        found = find(store, limit=None)
    for d in found:
        if d.id == dispute_id:
            return d
    raise HTTPException(status_code=404, detail=f"no dispute '{dispute_id}'")
