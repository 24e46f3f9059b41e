"""Happenings, read: one record per real happening, joining the events that different reports give of it.

News reports one happening many times: the Russian recapture of Sudzha is "recaptured" in one report,
"taken control of" in another, and "troops withdrew from Sudzha" in a Ukrainian account. Event
datasets built from news (GDELT, ICEWS, POLECAT) keep such reports as unrelated events, and count a
wire story reprinted by twenty outlets twenty times; here they are one happening, which keeps every
report's version with who claims or denies it, and says how many independent origins report it, with
the reprints under their origin (:mod:`reportedly.corpus.origins`).

Which events are one happening is decided as documents are written (:mod:`reportedly.corpus.identity`:
the family, places, days and sentences of the events, clustered around a core so that chains do not
form); this module reads them: :func:`happenings` (``events --merged``, ``GET /happenings``) and
:func:`happening` (one, by id or key). A happening's days are its dated members' own dates, or when no
report dates it, the window of days it can fall on (``dated`` false, shown as a window); its place is
the one most of its events name, as the gazetteer names it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Literal

from pydantic import BaseModel, Field

from ..errors import InputError
from ..model import Span
from .identity import Clusterer, Linkers
from .origins import Sources, sources
from .profiles import family, place_key
from .query import (
    DEFAULT_LIMIT,
    ActorRef,
    DocRef,
    EventClaim,
    EventParty,
    StatementHit,
    _actor_filter,
    _date,
    _marks,
    event_hits,
    statement_hits,
)
from .store import Store, sentence_bounds

__all__ = ["Clusterer", "Happening", "HappeningVersion", "Linkers", "event_happenings", "family", "happening",
           "happenings"]


class HappeningVersion(BaseModel):
    """One report's version of a happening: its event, who claims or denies it there, and the sentence."""

    document: DocRef
    event: str = Field(description="Event id within its document.")
    type: str
    trigger: str
    date: str | None = Field(None, description="The event's own date in this report; null when it gives none.")
    reported: str | None = Field(None, description="The report's publication date.")
    window: tuple[str, str] | None = Field(None, description="The days the event can fall on (its own date's, "
                                                             "else a stretch before the report).")
    place: str | None = None
    position: Literal["claims", "denies", "disputed", "reports"] = Field(
        description="claims: its sources claim it; denies: they deny or dispute it; disputed: both; reports: "
                    "the outlet reports it with no source.")
    claimed_by: list[ActorRef] = Field(default_factory=list)
    denied_by: list[ActorRef] = Field(default_factory=list)
    status: list[EventClaim] = Field(default_factory=list)
    parties: list[EventParty] = Field(default_factory=list)
    sentence: str = Field("", description="The sentence of the event in its document (the text evidence).")
    statements: list[StatementHit] = Field(default_factory=list, description="The statements that claim or deny "
                                                                             "it, with their spans.")
    spans: dict[str, list[Span]] = Field(default_factory=dict, description="trigger, place and sentence spans.")


class Happening(BaseModel):
    """Events of several reports that are one real happening, with every report's version."""

    id: int
    key: str = Field(description="Stable key: the same members give the same key, whatever the ingest order.")
    family: str = Field(description="The event type, or its family ('fighting': ASSAULT, withdrawals, ...).")
    types: list[str]
    place: str = Field(description="Where, as the gazetteer (or the reports) name it; empty when no report says.")
    start: str = Field(description="First day: of its own dates, or of its window when no report dates it.")
    end: str
    dated: bool = Field(True, description="Whether start and end are dates the reports give (false: a window of "
                                          "days the undated happening can fall on).")
    when: str = Field("", description="The date, or the window marked as such ('2026-05-01 to 2026-05-08 "
                                      "(window)').")
    documents: int
    events: int
    outlets: list[str] = Field(default_factory=list)
    claimed_by: list[ActorRef] = Field(default_factory=list)
    denied_by: list[ActorRef] = Field(default_factory=list)
    origins: Sources = Field(default_factory=lambda: Sources(independent=0),
                             description="Independent origins of its reports, each with the reprints of its text.")
    summary: str = ""
    versions: list[HappeningVersion] = Field(default_factory=list)


def when(start: str, end: str, dated: bool) -> str:
    """A happening's days as shown: '2026-05-07', '2026-05-07 to 2026-05-08', or a window marked as such."""
    span = start if start == end else f"{start} to {end}"
    return span if dated else f"{span} (window)"


def happenings(store: Store, *, type: str | None = None, place: str | None = None, actor: str | None = None,
               since: str | None = None, until: str | None = None, min_documents: int = 2,
               limit: int | None = DEFAULT_LIMIT, offset: int = 0) -> list[Happening]:
    """Happenings (``events --merged``), oldest first, each with all its versions.

    Args:
        type: one of its events has this PLOVER type (or the family, 'fighting').
        place: about this place ('Sudzha').
        actor: one of its events has this actor as party or as the source that claims/denies it.
        since, until: its days (its dates, or its window when undated) overlap these (YYYY-MM-DD).
        min_documents: reported by at least this many documents.
        limit, offset: paging.
    """
    where, params = ["h.documents >= ?"], [min_documents]
    if type:
        where.append("(h.family = ? OR h.id IN (SELECT he.happening FROM events e JOIN happening_events he "
                     "ON he.event = e.pk WHERE e.type = ?))")
        params += [type if type.islower() else type.upper(), type.upper()]
    if place:
        where.append("h.place = ?")
        params.append(place_key(place))
    if actor:
        ids = _actor_filter(store, actor) or []
        m = _marks(ids) or "NULL"
        where.append(f"""h.id IN (SELECT he.happening FROM happening_events he WHERE he.event IN (
                           SELECT ea.event FROM event_actors ea JOIN actors a ON a.pk = ea.actor
                           WHERE a.corpus_actor IN ({m})
                           UNION SELECT sb.event FROM event_status_by sb JOIN actors a ON a.pk = sb.actor
                           WHERE a.corpus_actor IN ({m})))""")
        params += ids + ids
    since, until = _date(since, "--since"), _date(until, "--until")
    if since:
        where.append("h.end >= ?")
        params.append(since)
    if until:
        where.append("h.start <= ?")
        params.append(until)
    sql = f"SELECT h.* FROM happenings h WHERE {' AND '.join(where)} ORDER BY h.start, h.id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return _assemble(store, store.db.execute(sql, params).fetchall())


def happening(store: Store, ref: int | str) -> Happening:
    """One happening by id or key, with all its versions (InputError when there is none)."""
    row = store.db.execute("SELECT * FROM happenings WHERE id = ? OR key = ?",
                           (int(ref) if str(ref).isdigit() else -1, str(ref))).fetchone()
    if row is None:
        raise InputError("--happening", f"no such happening '{ref}' in the store")
    return _assemble(store, [row])[0]


def event_happenings(store: Store, event_pks: list[int]) -> dict[int, int]:
    """Event row -> happening id, for the events that belong to one."""
    out: dict[int, int] = {}
    for i in range(0, len(event_pks), 500):
        part = event_pks[i:i + 500]
        out.update((r[0], r[1]) for r in store.db.execute(
            f"SELECT event, happening FROM happening_events WHERE event IN ({_marks(part)})", part))
    return out


def _assemble(store: Store, rows: list[sqlite3.Row]) -> list[Happening]:
    from .contradictions import CLAIM_STATUSES, DENIAL_STATUSES, disputes

    if not rows:
        return []
    hids = [r["id"] for r in rows]
    members = store.db.execute(
        f"""SELECT e.*, d.doc_id, d.hash, d.title, d.outlet, d.published, he.happening FROM happening_events he
            JOIN events e ON e.pk = he.event JOIN documents d ON d.pk = e.doc
            WHERE he.happening IN ({_marks(hids)}) AND d.current
            ORDER BY coalesce(e.date, e.reported), d.published, d.pk, e.pk""",
        hids).fetchall()
    hits = event_hits(store, members)
    st_rows = store.db.execute(
        f"""SELECT s.*, d.doc_id, d.hash, d.title, d.outlet, d.published FROM event_status es
            JOIN statements s ON s.pk = es.statement JOIN documents d ON d.pk = s.doc
            WHERE es.event IN ({_marks(members) or 'NULL'}) ORDER BY s.pk""", [m["pk"] for m in members]).fetchall()
    said = {(h.document.hash, h.statement): h for h in statement_hits(store, st_rows)}
    docs = sorted({m["doc"] for m in members})
    texts = {r[0]: r[1] for r in store.db.execute(f"SELECT pk, text FROM documents WHERE pk IN ({_marks(docs)})",
                                                  docs)} if docs else {}
    by_h: dict[int, list[HappeningVersion]] = {}
    for m, hit in zip(members, hits, strict=True):
        claimed: dict[int, ActorRef] = {}
        denied: dict[int, ActorRef] = {}
        statements: list[StatementHit] = []
        for c in hit.status:
            st = said.get((hit.document.hash, c.statement or ""))
            if st is not None and st not in statements:
                statements.append(st)
            if c.status in CLAIM_STATUSES and not (st is not None and disputes(st)):
                claimed.update((a.id, a) for a in c.by)
            elif c.status in DENIAL_STATUSES or c.status in CLAIM_STATUSES:
                denied.update((a.id, a) for a in c.by)
        position = ("disputed" if claimed and denied else "claims" if claimed else "denies" if denied
                    else "reports")
        text = texts.get(m["doc"], "")
        trigger = hit.spans.get("trigger") or [(0, 0)]
        lo, hi = sentence_bounds(text, min(s for s, _ in trigger), max(e for _, e in trigger))
        by_h.setdefault(m["happening"], []).append(HappeningVersion(
            document=hit.document, event=hit.event, type=hit.type, trigger=hit.trigger, date=hit.date,
            reported=hit.reported, window=hit.window, place=hit.place, position=position,
            claimed_by=list(claimed.values()), denied_by=list(denied.values()),
            status=hit.status, parties=hit.parties, sentence=text[lo:hi].strip(), statements=statements,
            spans={**hit.spans, "sentence": [(lo, hi)]}))
    doc_pks: dict[int, set[int]] = {}
    for m in members:
        doc_pks.setdefault(m["happening"], set()).add(m["doc"])
    out = []
    for r in rows:
        versions = by_h.get(r["id"], [])
        claimed = {a.id: a for v in versions for a in v.claimed_by}
        denied = {a.id: a for v in versions for a in v.denied_by}
        outlets = list(dict.fromkeys(v.document.outlet or v.document.id for v in versions))
        types = list(dict.fromkeys(v.type for v in versions))
        where = _place_name(r["place"], versions)
        dated = bool(r["dated"])
        days = when(r["start"], r["end"], dated)
        found = sources(store, doc_pks.get(r["id"], set()))
        summary = (f"{r['family']}{f' at {where}' if where else ''}, {days}: {r['documents']} reports "
                   f"({found.independent} independent), {r['events']} events")
        out.append(Happening(id=r["id"], key=r["key"], family=r["family"], types=types, place=where,
                             start=r["start"], end=r["end"], dated=dated, when=days, documents=r["documents"],
                             events=r["events"], outlets=outlets, claimed_by=list(claimed.values()),
                             denied_by=list(denied.values()), origins=found, summary=summary, versions=versions))
    return out


def _place_name(key: str, versions: list[HappeningVersion]) -> str:
    """The happening's place as its versions name it (the gazetteer's name when resolved), else the key."""
    if not key:
        return ""
    names = Counter(v.place for v in versions if v.place and place_key(v.place) == key)
    return sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if names else key.title()
