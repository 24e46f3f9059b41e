"""Happenings: one record per real happening, joining the events that different reports give of it.

News reports one happening many times: the Russian recapture of Sudzha is "recaptured" in one report,
"taken control of" in another, and "troops withdrew from Sudzha" in a Ukrainian account. Event
datasets built from news (GDELT, ICEWS, POLECAT) keep such reports as unrelated events; here they
are clustered, and the happening keeps every version with who claims or denies it.

**Pair rule** (symmetric, and it reads only the events themselves, so no ingest order changes it):
two events are versions of one happening when they come from different documents, are of the same
*family* (their PLOVER type, or a family of ``data/happenings.tsv``: ASSAULT, COERCE and triggers
such as "withdrew", "captured", "encircled" are all 'fighting'), name the same *place* (the
event's resolved place, else the one place-like name among its recipients: "a hospital in Sumy"),
and their dates (the event's resolved time, else the publication date) are at most
:data:`WINDOW_DAYS` apart. A **happening** is a connected component of that rule with two events or
more; its stable ``key`` is taken from its smallest member (document hash and event id), so the same
members give the same key whatever the order they came in.

**Incremental**: each event of a new document gets its key row (``happening_keys``: family, place,
dates; indexed), its neighbours are looked up through that index, and it joins (or merges) their
happenings, inside the transaction that writes the document, as the actor links are. Events of a
document version that stops being current leave their happenings, which are rebuilt from the rest.
:meth:`Clusterer.recluster` recomputes everything (a store written before happenings existed is
filled in by its next ingest).

Limits: an older version of a document that comes back as the current one (the same file ingested
again as it was before) does not re-cluster: its happenings show only current versions, with counts
from before, until :meth:`Clusterer.recluster`. Places with a happening every day (strikes on one
city, daily for weeks) chain into one long happening, because single linkage joins events a few days
apart step by step; events with no place are never clustered.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from ..errors import InputError
from ..model import Document, Event, Span
from ..text import lexicons
from .names import normalise
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
from .terms import Lexicon, anchors

WINDOW_DAYS = 3
"""Two versions of one happening are dated at most this many days apart."""
MAX_SPAN_DAYS = 7
"""A resolved time longer than this ('this month') dates an event by its first day only."""


@dataclass(frozen=True)
class Key:
    """Where and when an event happened, as the pair rule compares it."""

    family: str
    place: str
    start: str
    end: str


@lru_cache(maxsize=1)
def _families() -> tuple[dict[str, str], Lexicon]:
    types: dict[str, str] = {}
    triggers = []
    for family, what, value in lexicons.rows("happenings.tsv"):
        if what == "type":
            types[value] = family
        else:
            triggers.append((family, value))
    return types, Lexicon(triggers)


def family(event: Event) -> str:
    """The event's family: from its trigger words, else its type (``data/happenings.tsv``), else the type."""
    types, triggers = _families()
    found = triggers.find(event.trigger.text)
    if found:
        return found[0].label
    return types.get(event.type, event.type)


def place(event: Event) -> str | None:
    """The place an event is about, normalised: its resolved place (not a whole country), else the one
    place-like name of its recipients ('a hospital in Sumy' -> 'sumy'), else None."""
    p = event.place
    if p is not None and p.kind != "country":
        name = p.name or ""
        if name and not lexicons.country_code(name):
            return normalise(name)
        found = anchors(p.text)
        if len(found) == 1:
            return next(iter(found))
    found = set().union(*(anchors(r.text) for r in event.recipients)) if event.recipients else set()
    found = {f for f in found if not lexicons.country_code(f)}
    return next(iter(found)) if len(found) == 1 else None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def when(event: Event, published: str | None) -> tuple[str, str] | None:
    """The days an event covers: its resolved time, else the publication date (None without either)."""
    t = event.time
    start = _day(t.start if t else None) or _day(published)
    if start is None:
        return None
    end = _day(t.end if t and t.start else None) or start
    if end < start or (end - start).days > MAX_SPAN_DAYS:
        end = start
    return start.isoformat(), end.isoformat()


def event_key(event: Event, published: str | None) -> Key | None:
    """The :class:`Key` of an event, or None when it has no place or no date (it is never clustered)."""
    where, days = place(event), when(event, published)
    if where is None or days is None:
        return None
    return Key(family(event), where, *days)


def _key(first: str) -> str:
    """The stable key of a happening whose smallest member is ``first`` ('<document hash>:<event id>')."""
    return "h" + hashlib.sha1(first.encode()).hexdigest()[:12]


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


class Clusterer:
    """Keeps the ``happenings`` of a store up to date as documents are written (see the module doc).

    It has the ``link_document`` of :class:`reportedly.corpus.store.ActorLinker`, so the ingest hands
    it to :meth:`~reportedly.corpus.store.Store.add_documents` beside the actor linker.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self) -> sqlite3.Connection:
        return self.store.db

    # -- writing ---------------------------------------------------------------------------------

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Key the events of a document being written and join them to their happenings (in the caller's
        transaction); events of its earlier versions leave theirs."""
        pks = {r[1]: r[0] for r in self.db.execute("SELECT pk, id FROM events WHERE doc = ?", (doc_pk,))}
        keyed = []
        for e in doc.events:
            k = event_key(e, doc.meta.published)
            if k is not None and e.id in pks:
                self._put_key(pks[e.id], doc_pk, k)
                keyed.append(pks[e.id])
        gone = [r[0] for r in self.db.execute(
            """SELECT he.event FROM documents d JOIN events e ON e.doc = d.pk JOIN happening_events he
               ON he.event = e.pk WHERE d.key = (SELECT key FROM documents WHERE pk = ?) AND d.pk != ?""",
            (doc_pk, doc_pk))]
        if gone:
            self._rebuild(gone)
        for pk in keyed:
            self.join(pk)

    def _put_key(self, event_pk: int, doc_pk: int, k: Key) -> None:
        """Write (or replace) the key row of one event."""
        self.db.execute("INSERT OR REPLACE INTO happening_keys VALUES (?, ?, ?, ?, ?, ?)",
                        (event_pk, doc_pk, k.family, k.place, k.start, k.end))

    def neighbours(self, event_pk: int) -> list[int]:
        """Events of other current documents that the pair rule joins to ``event_pk`` (an indexed look-up)."""
        k = self.db.execute("SELECT * FROM happening_keys WHERE event = ?", (event_pk,)).fetchone()
        if k is None:
            return []
        return [r[0] for r in self.db.execute(
            """SELECT n.event FROM happening_keys n JOIN documents d ON d.pk = n.doc
               WHERE n.family = ? AND n.place = ? AND n.start <= ? AND n.end >= ? AND n.doc != ? AND d.current""",
            (k["family"], k["place"], _shift(k["end"], WINDOW_DAYS), _shift(k["start"], -WINDOW_DAYS), k["doc"]))]

    def join(self, event_pk: int) -> int | None:
        """Put ``event_pk`` in one happening with its neighbours (merging theirs); returns the happening id."""
        members = {event_pk, *self.neighbours(event_pk)}
        if len(members) < 2:
            return None
        marks = ",".join("?" * len(members))
        held = {r[0]: r[1] for r in self.db.execute(
            f"SELECT event, happening FROM happening_events WHERE event IN ({marks})", sorted(members))}
        found = sorted(set(held.values()))
        if len(found) == 1:  # the common case: new events join one happening, which grows
            self._grow(found[0], sorted(m for m in members if m not in held))
            return found[0]
        if found:
            hid = found[0]
            for other in found[1:]:
                self.db.execute("UPDATE happening_events SET happening = ? WHERE happening = ?", (hid, other))
                self.db.execute("DELETE FROM happenings WHERE id = ?", (other,))
        else:
            hid = self.db.execute("INSERT INTO happenings (key, first, family, place, start, end, events, documents) "
                                  "VALUES (?, '', '', '', '', '', 0, 0)", (f"new:{event_pk}",)).lastrowid
        self.db.executemany("INSERT OR IGNORE INTO happening_events (event, happening) VALUES (?, ?)",
                            [(m, hid) for m in sorted(members)])
        self._refresh(hid)
        return hid

    def _grow(self, hid: int, new: list[int]) -> None:
        """Add events to a happening, updating its dates, counts and key without reading all its members."""
        h = self.db.execute("SELECT * FROM happenings WHERE id = ?", (hid,)).fetchone()
        first, start, end, events, documents = h["first"], h["start"], h["end"], h["events"], h["documents"]
        for pk in new:
            r = self.db.execute("""SELECT k.start, k.end, k.doc, d.hash || ':' || e.id FROM happening_keys k
                                   JOIN events e ON e.pk = k.event JOIN documents d ON d.pk = e.doc
                                   WHERE k.event = ?""", (pk,)).fetchone()
            seen = self.db.execute("SELECT 1 FROM events e CROSS JOIN happening_events he ON he.event = e.pk "
                                   "WHERE e.doc = ? AND he.happening = ? LIMIT 1", (r[2], hid)).fetchone()
            self.db.execute("INSERT INTO happening_events (event, happening) VALUES (?, ?)", (pk, hid))
            first, start, end = min(first, r[3]), min(start, r[0]), max(end, r[1])
            events, documents = events + 1, documents + (seen is None)
        self.db.execute("UPDATE happenings SET key = ?, first = ?, start = ?, end = ?, events = ?, documents = ? "
                        "WHERE id = ?", (_key(first), first, start, end, events, documents, hid))

    def _refresh(self, hid: int) -> None:
        r = self.db.execute(
            """SELECT MIN(k.start), MAX(k.end), COUNT(*), COUNT(DISTINCT k.doc), MIN(d.hash || ':' || e.id),
                      MIN(k.family), MIN(k.place)
               FROM happening_events he JOIN happening_keys k ON k.event = he.event
               JOIN events e ON e.pk = he.event JOIN documents d ON d.pk = e.doc WHERE he.happening = ?""",
            (hid,)).fetchone()
        self.db.execute("UPDATE happenings SET key = ?, first = ?, start = ?, end = ?, events = ?, documents = ?, "
                        "family = ?, place = ? WHERE id = ?", (_key(r[4]), r[4], r[0], r[1], r[2], r[3], r[5], r[6],
                                                               hid))

    def _rebuild(self, leaving: list[int]) -> None:
        """Happenings that ``leaving`` events belonged to, rebuilt from their other (current) members."""
        marks = ",".join("?" * len(leaving))
        hids = [r[0] for r in self.db.execute(
            f"SELECT DISTINCT happening FROM happening_events WHERE event IN ({marks})", leaving)]
        rest: list[int] = []
        for hid in hids:
            rest += [r[0] for r in self.db.execute(
                """SELECT he.event FROM happening_events he JOIN events e ON e.pk = he.event
                   JOIN documents d ON d.pk = e.doc WHERE he.happening = ? AND d.current""", (hid,))]
            self.db.execute("DELETE FROM happenings WHERE id = ?", (hid,))
        for pk in sorted(set(rest)):
            self.join(pk)

    def pending(self) -> bool:
        """Whether the store's events were written before happenings existed (see :meth:`recluster`)."""
        return self.db.execute("SELECT 1 FROM happening_backfill LIMIT 1").fetchone() is not None

    def recluster(self) -> int:
        """Recompute every key and happening from the stored events; returns the number of happenings."""
        with self.store.transaction():
            self.db.execute("DELETE FROM happenings")
            self.db.execute("DELETE FROM happening_keys")
            self.db.execute("DELETE FROM happening_backfill")
            for r in self.db.execute(
                    "SELECT e.pk, e.doc, e.data, d.published FROM events e JOIN documents d ON d.pk = e.doc"
            ).fetchall():
                k = event_key(Event.model_validate_json(r["data"]), r["published"])
                if k is not None:
                    self._put_key(r["pk"], r["doc"], k)
            for (pk,) in self.db.execute(
                    "SELECT k.event FROM happening_keys k JOIN documents d ON d.pk = k.doc WHERE d.current "
                    "ORDER BY k.event").fetchall():
                self.join(pk)
            return int(self.db.execute("SELECT COUNT(*) FROM happenings").fetchone()[0])


class Linkers:
    """Several linkers called in turn for each document written (actors, then happenings)."""

    def __init__(self, *linkers: object) -> None:
        self.linkers = linkers

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Each linker's ``link_document``, in order."""
        for linker in self.linkers:
            linker.link_document(doc_pk, doc, actor_pk, doc_hash)  # type: ignore[attr-defined]

    def revive(self, doc_pk: int) -> None:
        """Each linker's ``revive`` (an older version of a document is current again), where it has one."""
        for linker in self.linkers:
            revive = getattr(linker, "revive", None)
            if revive is not None:
                revive(doc_pk)


# --- reading ------------------------------------------------------------------------------------

class HappeningVersion(BaseModel):
    """One report's version of a happening: its event, who claims or denies it there, and the sentence."""

    document: DocRef
    event: str = Field(description="Event id within its document.")
    type: str
    trigger: str
    date: str | None = None
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
    place: str
    start: str
    end: str
    documents: int
    events: int
    outlets: list[str] = Field(default_factory=list)
    claimed_by: list[ActorRef] = Field(default_factory=list)
    denied_by: list[ActorRef] = Field(default_factory=list)
    summary: str = ""
    versions: list[HappeningVersion] = Field(default_factory=list)


def happenings(store: Store, *, type: str | None = None, place: str | None = None, actor: str | None = None,
               since: str | None = None, until: str | None = None, min_documents: int = 2,
               limit: int | None = DEFAULT_LIMIT, offset: int = 0) -> list[Happening]:
    """Happenings (``events --merged``), oldest first, each with all its versions.

    Args:
        type: one of its events has this PLOVER type (or the family, 'fighting').
        place: about this place ('Sudzha').
        actor: one of its events has this actor as party or as the source that claims/denies it.
        since, until: it overlaps these dates (YYYY-MM-DD).
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
        params.append(normalise(place))
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
            WHERE he.happening IN ({_marks(hids)}) AND d.current ORDER BY e.date, d.published, d.pk, e.pk""",
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
            place=hit.place, position=position, claimed_by=list(claimed.values()), denied_by=list(denied.values()),
            status=hit.status, parties=hit.parties, sentence=text[lo:hi].strip(), statements=statements,
            spans={**hit.spans, "sentence": [(lo, hi)]}))
    out = []
    for r in rows:
        versions = by_h.get(r["id"], [])
        claimed = {a.id: a for v in versions for a in v.claimed_by}
        denied = {a.id: a for v in versions for a in v.denied_by}
        outlets = list(dict.fromkeys(v.document.outlet or v.document.id for v in versions))
        types = list(dict.fromkeys(v.type for v in versions))
        span = r["start"] if r["start"] == r["end"] else f"{r['start']} to {r['end']}"
        summary = (f"{r['family']} at {versions[0].place if versions and versions[0].place else r['place']}, "
                   f"{span}: {r['documents']} reports, {r['events']} events")
        out.append(Happening(id=r["id"], key=r["key"], family=r["family"], types=types, place=r["place"],
                             start=r["start"], end=r["end"], documents=r["documents"], events=r["events"],
                             outlets=outlets, claimed_by=list(claimed.values()), denied_by=list(denied.values()),
                             summary=summary, versions=versions))
    return out
