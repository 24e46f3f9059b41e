"""``/documents``: the stored documents, listed and one by one (with their text and records)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path
from fastapi.responses import Response

from ...corpus.store import Store, StoreError
from ...model import Document
from ..dependencies import Paging, error_responses, get_store
from ..schemas import CorpusCounts, DocumentSummary, Page

router = APIRouter(tags=["corpus"], responses=error_responses(404, 422, 503))


@router.get("/stats", response_model=CorpusCounts, summary="What the served corpus store holds")
def corpus(store: Store = Depends(get_store)) -> CorpusCounts:
    """Documents (current versions), statements, events and corpus actors in the store."""
    counts = store.counts()
    return CorpusCounts(documents=counts["documents"], statements=counts["statements"], events=counts["events"],
                        actors=counts["corpus_actors"])


@router.get("/documents", response_model=Page[DocumentSummary], summary="Stored documents, newest first")
def documents(paging: Paging = Depends(), store: Store = Depends(get_store)) -> dict:
    """The current version of every stored document: id, content hash, title, outlet, date and counts."""
    rows = store.db.execute(
        "SELECT doc_id, hash, title, outlet, published, n_statements, n_events FROM documents WHERE current "
        "ORDER BY published IS NULL, published DESC, pk DESC LIMIT ? OFFSET ?",
        (paging.limit + 1, paging.offset)).fetchall()
    return paging.page([DocumentSummary(id=r[0], hash=r[1], title=r[2], outlet=r[3], published=r[4],
                                        statements=r[5], events=r[6]) for r in rows])


@router.get("/documents/{ref}", response_model=Document, summary="One stored document, as /extract returns it")
def document(ref: str = Path(max_length=200, description="Document id (current version) or content hash."),
             store: Store = Depends(get_store)) -> Response:
    """The stored document with its text, actors, statements, events and removed debris."""
    try:
        doc = store.document(ref)
    except StoreError:
        raise HTTPException(404, f"document: no document '{ref}' in the store") from None
    return Response(doc.model_dump_json(), media_type="application/json")
