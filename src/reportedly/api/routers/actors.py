"""``/actors``: actors across the corpus, one actor with why its names were joined, and its timeline."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from ...corpus import query
from ...corpus.store import Store
from ...model import StatementClass
from ..dependencies import Paging, class_query, error_responses, get_store, scope_query, store_errors
from ..schemas import Page

router = APIRouter(tags=["corpus"], responses=error_responses(404, 422, 503))



def date_query(what: str) -> Any:
    """A fresh ``since``/``until`` query parameter (FastAPI needs one object per parameter)."""
    return Query(None, max_length=40, description=f"{what} this date (YYYY-MM-DD).")
ActorId = Path(ge=1, le=2**62, description="Corpus actor id (as listed by /actors).")


@router.get("/actors", response_model=Page[query.CorpusActor], summary="Actors across the corpus")
def actors(name: str | None = Query(None, max_length=200, description="Only the actors this name means."),
           type: Literal["person", "organization", "country", "group", "unknown"] | None = None,
           country: str | None = Query(None, max_length=20, description="ISO 3166 alpha-3."),
           min_statements: int = Query(0, ge=0, le=1_000_000),
           sort: Literal["statements", "documents", "name"] = "statements",
           alias: str | None = Query(None, max_length=200, description="Only actors seen under this name or "
                                                                        "spelling."),
           paging: Paging = Depends(), store: Store = Depends(get_store)) -> dict:
    """Corpus actors (document actors joined across reports) with their statement and document counts.

    ``name`` also matches other spellings of a stored name and every alias an actor was seen under."""
    with store_errors():
        found = query.actors(store, name=name, type=type, country=country, min_statements=min_statements, sort=sort,
                             limit=paging.limit + 1, offset=paging.offset, alias=alias)
    return paging.page(found)


@router.get("/actors/{actor_id}", response_model=query.CorpusActorDetail, summary="One corpus actor")
def actor(actor_id: int = ActorId, store: Store = Depends(get_store)) -> query.CorpusActorDetail:
    """The actor, its name variants and titles, and which rule joined which document actors into it."""
    with store_errors(missing=True):
        return query.actor(store, actor_id)


@router.get("/actors/{actor_id}/timeline", response_model=list[query.TimelineEntry],
            summary="What one actor said, and the events it took part in, in date order")
def actor_timeline(actor_id: int = ActorId, since: str | None = date_query("On or after"),
                   until: str | None = date_query("On or before"),
                   statement_class: list[StatementClass] | None = class_query(),
                   scope: Literal["all", "speech"] = scope_query(),
                   store: Store = Depends(get_store)) -> list[query.TimelineEntry]:
    """The actor's statements and the events it acted in, was the target of, or claimed, oldest first.

    ``class`` and ``scope`` narrow the statements (events are all kept).

    Entries come from the store's timeline of the actor's name, kept only when they are this
    actor's own (another actor sharing the name is left out).
    """
    with store_errors(missing=True):
        name = query.actor(store, actor_id).name
    with store_errors():
        own = {(h.document.hash, h.statement)
               for h in query.statements(store, actor=name, since=since, until=until, limit=None)
               if any(s.id == actor_id for s in h.speakers)}
        own |= {(e.document.hash, e.event)
                for e in query.events(store, actor=name, since=since, until=until, limit=None)
                if any(p.actor is not None and p.actor.id == actor_id for p in e.parties)
                or any(b.id == actor_id for c in e.status for b in c.by)}
        entries = query.timeline(store, actor=name, since=since, until=until, statement_class=statement_class,
                                 scope=scope)
    return [t for t in entries if (t.document.hash, t.ref) in own]
