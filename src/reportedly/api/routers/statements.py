"""``/statements``: stored statements with filters, oldest first."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from ...corpus import query
from ...corpus.store import Store
from ...model import StatementClass
from ..dependencies import Paging, class_query, error_responses, get_store, scope_query, store_errors
from ..schemas import Page

router = APIRouter(tags=["corpus"], responses=error_responses(404, 422, 503))



def date_query(what: str) -> Any:
    """A fresh ``since``/``until`` query parameter (FastAPI needs one object per parameter)."""
    return Query(None, max_length=40, description=f"{what} this date (YYYY-MM-DD).")


@router.get("/statements", response_model=Page[query.StatementHit], summary="Stored statements, oldest first")
def statements(actor: str | None = Query(None, max_length=200, description="Said by this actor ('Dzhumabaev', "
                                                                            "'Tajikistan')."),
               country: str | None = Query(None, max_length=20, description="Said by an actor of this country "
                                                                            "(ISO 3166 alpha-3)."),
               since: str | None = date_query("On or after"), until: str | None = date_query("On or before"),
               text: str | None = Query(None, max_length=500, description="Content or source contains all these "
                                                                          "words (a trailing * matches a prefix)."),
               cue_class: str | None = Query(None, max_length=40, description="speech, claim, denial, belief, "
                                                                              "request, ..."),
               document: str | None = Query(None, max_length=200, description="In this document (id or hash)."),
               statement_class: list[StatementClass] | None = class_query(),
               scope: Literal["all", "speech"] = scope_query(),
               paging: Paging = Depends(), store: Store = Depends(get_store)) -> dict:
    """Statements in the current document versions, each with its document, speakers, spans and class.

    ``class`` and ``scope`` together: a class outside the scope (``scope=speech&class=cognition``) is 422.
    """
    with store_errors():
        hits = query.statements(store, actor=actor, country=country, since=since, until=until, text=text,
                                cue_class=cue_class, document=document, limit=paging.limit + 1, offset=paging.offset,
                                statement_class=statement_class, scope=scope)
    return paging.page(hits)
