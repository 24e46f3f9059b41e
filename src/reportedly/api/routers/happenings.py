"""``/happenings``: events of several reports that are one real happening, each with every report's version."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query

from ...corpus import happenings as merged
from ...corpus.store import Store
from ..dependencies import Paging, error_responses, get_store, store_errors
from ..schemas import Page

router = APIRouter(tags=["corpus"], responses=error_responses(404, 422, 503))


def date_query(what: str) -> Any:
    """A fresh ``since``/``until`` query parameter (FastAPI needs one object per parameter)."""
    return Query(None, max_length=40, description=f"{what} this date (YYYY-MM-DD).")


@router.get("/happenings", response_model=Page[merged.Happening],
            summary="Happenings: one record per real happening, with every report's version, oldest first")
def happenings(type: str | None = Query(None, max_length=40, description="PLOVER type (ASSAULT, ...) or family "
                                                                          "('fighting')."),
               place: str | None = Query(None, max_length=200, description="About this place ('Sudzha')."),
               actor: str | None = Query(None, max_length=200, description="With this actor as party, or as the "
                                                                            "source that claims or denies it."),
               since: str | None = date_query("Overlapping or after"),
               until: str | None = date_query("Overlapping or before"),
               min_documents: int = Query(2, ge=2, le=1_000_000, description="Reported by at least this many "
                                                                               "documents."),
               paging: Paging = Depends(), store: Store = Depends(get_store)) -> dict:
    """Events of the same type (or family) about the same place within a few days, from different reports,
    clustered into one happening: each version with its document, outlet, date, claim status, who claims
    or denies it, and the sentence."""
    with store_errors():
        found = merged.happenings(store, type=type, place=place, actor=actor, since=since, until=until,
                                  min_documents=min_documents, limit=paging.limit + 1, offset=paging.offset)
    return paging.page(found)


@router.get("/happenings/{happening_id}", response_model=merged.Happening, summary="One happening")
def happening(happening_id: int = Path(ge=1, le=2**62, description="Happening id (as listed by /happenings)."),
              store: Store = Depends(get_store)) -> merged.Happening:
    """The happening and all its versions, side by side."""
    with store_errors(missing=True):
        return merged.happening(store, happening_id)
