"""Queries over the corpus store: statements, events, corpus actors and timelines.

Every function takes an open :class:`~reportedly.corpus.store.Store` and keyword filters, and returns
pydantic models (JSON-ready with ``.model_dump(mode="json")``, usable as FastAPI response
models). Only the current version of each document is searched. Every hit carries the document
(id, hash, title, outlet, date) and the character spans it points to, so it can be shown in the
original text.

Actor filters take a name as a user writes it ("Starmer", "Keir Starmer", "Russia",
"the Kremlin"); :func:`find_actors` says which corpus actors it means.

Statements have a class (speech, cognition, sentiment, volition, act, refusal, document:
:data:`~reportedly.model.StatementClass`);
the functions that list statements take ``statement_class`` (one class or several) and ``scope``
(``all``, the default, or ``speech``: :data:`~reportedly.model.SCOPES`), as ``extract --scope`` does.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import InputError
from ..events.gate import occurs_as
from ..model import SCOPES, Span, StatementClass
from ..text.read import parse_date
from .names import name_key, normalise
from .store import STATEMENT_CLASSES, Store

DEFAULT_LIMIT = 100


class DocRef(BaseModel):
    """The document a hit comes from."""

    id: str
    hash: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class ActorRef(BaseModel):
    """A corpus actor as referred to from a hit."""

    id: int
    name: str
    type: str
    country: str | None = None


class StatementHit(BaseModel):
    """One stored statement with its speakers (corpus actors) and spans."""

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)

    document: DocRef
    statement: str = Field(description="Statement id within its document.")
    date: str | None = Field(None, description="When it was said (resolved time), else the publication date.")
    speakers: list[ActorRef] = Field(default_factory=list)
    source: str
    inferred: bool = Field(False, description="The speaker was resolved from context: a quotation that no word "
                                              "introduces (its cue is empty).")
    cue: str = Field(description="The cue words; empty for a quotation that no word introduces.")
    cue_lemma: str
    cue_class: str | None = None
    statement_class: StatementClass = Field("speech", alias="class",
                                            description="speech, cognition, sentiment, volition, act, refusal or "
                                                        "document.")
    negated: bool = False
    content: str
    kind: str
    channel: str | None = None
    time: str | None = None
    confidence: float = 1.0
    spans: dict[str, list[Span]] = Field(default_factory=dict, description="source, cue and content spans.")

    @property
    def speaker(self) -> str:
        """Speaker names joined, else the source words."""
        return " & ".join(a.name for a in self.speakers) or self.source


class EventParty(BaseModel):
    """An actor or recipient of an event."""

    role: Literal["actor", "recipient"]
    text: str
    actor: ActorRef | None = None
    country: str | None = None


class EventClaim(BaseModel):
    """How a source holds an event (claimed, denied, ...)."""

    status: str
    by: list[ActorRef] = Field(default_factory=list)
    statement: str | None = None
    statement_class: StatementClass | None = Field(None, description="The class of that statement (a belief holds "
                                                                     "an event as claimed too).")


class EventHit(BaseModel):
    """One stored event."""

    document: DocRef
    event: str
    type: str
    mode: str | None = None
    date: str | None = Field(None, description="The day it happened, from its own time expression; null when the "
                                               "text does not date it.")
    reported: str | None = Field(None, description="The publication date of its report.")
    window: tuple[str, str] | None = Field(None, description="First and last day it can fall on: its own date's, "
                                                             "else a stretch before (planned: after) the report.")
    trigger: str
    place: str | None = None
    place_country: str | None = None
    parties: list[EventParty] = Field(default_factory=list)
    status: list[EventClaim] = Field(default_factory=list)
    confidence: float = 1.0
    spans: dict[str, list[Span]] = Field(default_factory=dict)
    happening: int | None = Field(None, description="The happening (several reports' versions of one real "
                                                    "happening) this event belongs to, if any.")


class CorpusActor(BaseModel):
    """An actor across the archive, with how often it speaks and in how many documents it appears."""

    id: int
    name: str
    type: str
    country: str | None = None
    statements: int = 0
    documents: int = 0
    names: list[str] = Field(default_factory=list, description="Name variants in the documents, most used first.")
    titles: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list, description="Every name and spelling it was seen under "
                                                                  "(all document versions), alphabetical.")


class LinkReason(BaseModel):
    """Why document actors were joined into this corpus actor: a rule, what matched, how often."""

    rule: str
    evidence: dict[str, Any]
    documents: int
    names: list[str]


class CorpusActorDetail(CorpusActor):
    """A corpus actor with the reasons of its merges."""

    links: list[LinkReason] = Field(default_factory=list)


class TimelineEntry(BaseModel):
    """A dated statement by, or event involving, an actor."""

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)

    date: str | None = Field(description="A statement's date; an event's own date, else (undated) its report's.")
    undated: bool = Field(False, description="An event the text does not date: ``date`` is its report's date.")
    kind: Literal["statement", "event"]
    statement_class: StatementClass | None = Field(None, alias="class",
                                                   description="The class of a statement; null for an event.")
    role: str = Field(description="speaker, actor, recipient, or the claim status the actor holds.")
    summary: str
    document: DocRef
    ref: str = Field(description="Statement or event id within the document.")
    spans: list[Span] = Field(default_factory=list)
    happening: int | None = Field(None, description="For an event: the happening it belongs to, if any.")


# --- helpers ------------------------------------------------------------------------------------

def _date(value: str | None, option: str) -> str | None:
    return parse_date(value, source=option) if value else None


def fts_query(words: str) -> str:
    """Words to an FTS5 query matching all of them (quoted, so that no FTS syntax leaks in)."""
    tokens = re.findall(r"\w+(?:['’-]\w+)*\*?", words)
    if not tokens:
        raise InputError("--text", f"'{words}' has no words to search for")
    return " ".join(f'"{t.rstrip("*")}"' + ("*" if t.endswith("*") else "") for t in tokens)


def _docref(r: sqlite3.Row) -> DocRef:
    return DocRef(id=r["doc_id"], hash=r["hash"], title=r["title"], outlet=r["outlet"], published=r["published"])


def _actor_ref(r: sqlite3.Row, prefix: str = "c_") -> ActorRef:
    return ActorRef(id=r[f"{prefix}id"], name=r[f"{prefix}name"], type=r[f"{prefix}type"],
                    country=r[f"{prefix}country"])


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def statement_classes(statement_class: str | Sequence[str] | None = None, scope: str = "all") -> list[str] | None:
    """The statement classes a query keeps (None: every class), from a class filter and a scope.

    ``scope`` is ``all`` or ``speech`` (:data:`~reportedly.model.SCOPES`); a class filter outside the
    scope (``--scope speech --class cognition``) is an error rather than an empty answer.
    """
    if scope not in SCOPES:
        raise InputError("--scope", f"'{scope}' is not a scope (use one of {', '.join(SCOPES)})")
    wanted = [statement_class] if isinstance(statement_class, str) else list(statement_class or [])
    for cls in wanted:
        if cls not in STATEMENT_CLASSES:
            raise InputError("--class", f"'{cls}' is not a statement class (use {', '.join(STATEMENT_CLASSES)})")
    if scope == "speech":
        if wanted and "speech" not in wanted:
            raise InputError("--class", f"{', '.join(wanted)} is outside --scope speech (use --scope all)")
        return ["speech"]
    return list(dict.fromkeys(wanted)) or None


def _class_where(where: list[str], params: list[Any], column: str, classes: list[str] | None) -> None:
    """Add '``column`` is one of ``classes``' to a WHERE list (nothing when ``classes`` is None)."""
    if classes is not None:
        where.append(f"{column} IN ({_marks(classes)})")
        params += classes


def find_actors(store: Store, name: str) -> list[int]:
    """Corpus actor ids a user means by ``name``: exact names and variants, a surname, a country, else a part.

    "Starmer" finds Keir Starmer (surname of a full-named person), "Russia" the country, "Kremlin" the
    organisation, "the British Prime Minister" whoever was linked from that description.
    """
    n = normalise(name)
    if not n:
        raise InputError("--actor", "empty actor name")
    db = store.db
    ids: set[int] = set()
    ids.update(r[0] for r in db.execute(
        "SELECT corpus_actor FROM corpus_actor_names WHERE kind = 'name' AND value = ?", (n,)))
    ids.update(r[0] for r in db.execute(
        "SELECT DISTINCT corpus_actor FROM actors WHERE norm = ? AND corpus_actor IS NOT NULL", (n,)))
    ids.update(r[0] for r in db.execute(  # another spelling of a stored name, or an alias as written
        "SELECT corpus_actor FROM corpus_actor_names WHERE (kind = 'fold' AND value = ?) OR (kind = 'alias' AND "
        "value = ?)", (name_key(name), name.strip())))
    if " " not in n:
        ids.update(r[0] for r in db.execute(
            "SELECT corpus_actor FROM corpus_actor_names WHERE kind IN ('surname', 'fsurname') AND value IN (?, ?)",
            (n, name_key(n))))
    from ..text.lexicons import country_code

    code = country_code(name)
    if code:
        ids.update(r[0] for r in db.execute("SELECT id FROM corpus_actors WHERE key = ?", (f"country:{code}",)))
    if not ids:
        like = f"%{name.strip().replace('%', '').replace('_', '')}%"
        ids.update(r[0] for r in db.execute("SELECT id FROM corpus_actors WHERE name LIKE ?", (like,)))
    return sorted(ids)


def _actor_filter(store: Store, actor: str | None, country: str | None = None) -> list[int] | None:
    """Corpus actor ids to filter on, or None for no actor filter (raises when nothing matches)."""
    ids: list[int] | None = None
    if actor:
        ids = find_actors(store, actor)
        if not ids:
            raise InputError("--actor", f"no actor called '{actor}' in the store")
    if country:
        code = country.upper()
        rows = [r[0] for r in store.db.execute("SELECT id FROM corpus_actors WHERE country = ?", (code,))]
        ids = rows if ids is None else [i for i in ids if i in set(rows)]
    return ids


# --- statements ---------------------------------------------------------------------------------

def statements(store: Store, *, actor: str | None = None, country: str | None = None, since: str | None = None,
               until: str | None = None, text: str | None = None, cue_class: str | None = None,
               document: str | None = None, limit: int | None = DEFAULT_LIMIT, offset: int = 0,
               statement_class: str | Sequence[str] | None = None, scope: str = "all") -> list[StatementHit]:
    """Statements matching all the filters given, oldest first.

    Args:
        actor: a speaker's name (see :func:`find_actors`); statements by any of the matches.
        country: ISO3 code of the speaker ('RUS').
        since, until: dates (YYYY-MM-DD), inclusive, on the statement's date.
        text: words that must all occur in the content or the source (full-text search).
        cue_class: class of the cue ('claim', 'denial', 'speech', ... as in data/cues.tsv).
        document: a document id or hash.
        limit, offset: paging (``limit=None`` for everything).
        statement_class: speech, cognition, sentiment, volition, act, refusal or document (or several):
            statements of these classes.
        scope: ``all`` (default) or ``speech`` (see :func:`statement_classes`).
    """
    where, params = ["d.current"], []
    _class_where(where, params, "s.statement_class", statement_classes(statement_class, scope))
    ids = _actor_filter(store, actor, country)
    if ids is not None:
        if not ids:
            return []
        where.append(f"""s.pk IN (SELECT ss.statement FROM statement_sources ss JOIN actors a ON a.pk = ss.actor
                         WHERE a.corpus_actor IN ({_marks(ids)}))""")
        params += ids
    _within(where, params, "s.date", _date(since, "--since"), _date(until, "--until"))
    if text:
        where.append("s.pk IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
        params.append(fts_query(text))
    if cue_class:
        where.append("s.cue_class = ?")
        params.append(cue_class)
    if document:
        where.append("(d.doc_id = ? OR d.hash = ?)")
        params += [document, document]
    sql = f"""SELECT s.*, d.doc_id, d.hash, d.title, d.outlet, d.published FROM statements s
              JOIN documents d ON d.pk = s.doc WHERE {' AND '.join(where)}
              ORDER BY s.date IS NULL, s.date, d.pk, s.pk"""
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return statement_hits(store, store.db.execute(sql, params).fetchall())


def _within(where: list[str], params: list[object], column: str, since: str | None, until: str | None) -> None:
    """Add '``column`` from ``since`` to ``until``' (either may be missing) to a WHERE list and its parameters."""
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until)


def event_within(where: list[str], params: list[object], since: str | None, until: str | None,
                 alias: str = "e") -> None:
    """Add 'the event's days overlap ``since`` to ``until``' to a WHERE list: its own date's days, or for an
    undated event the window of days it can fall on (an event with neither is left out by a date filter)."""
    if since:
        where.append(f"{alias}.win_end >= ?")
        params.append(since)
    if until:
        where.append(f"{alias}.win_start <= ?")
        params.append(until)


def matching_statements(store: Store, match: str, *, since: str | None = None,
                        until: str | None = None, scope: str = "all") -> list[sqlite3.Row]:
    """Current statements whose text matches an FTS5 query, between two (checked) dates, oldest first.

    Each row holds the statement's columns, its document's id, hash, title, outlet and date, and the
    ``context`` (its sentence) cut from the document text: what contradictions and stance read.
    ``scope='speech'`` keeps the statements of class speech only.
    """
    where = ["d.current", "s.pk IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"]
    params: list[object] = [match]
    _class_where(where, params, "s.statement_class", statement_classes(None, scope))
    _within(where, params, "s.date", since, until)
    return store.db.execute(
        f"""SELECT s.*, d.doc_id, d.hash, d.title, d.outlet, d.published,
                   substr(d.text, s.context_start + 1, s.context_end - s.context_start) AS context
            FROM statements s JOIN documents d ON d.pk = s.doc WHERE {' AND '.join(where)}
            ORDER BY s.date, d.pk, s.pk""", params).fetchall()


def statement_hits(store: Store, rows: Sequence[sqlite3.Row]) -> list[StatementHit]:
    """Hits for rows of ``statements`` joined with their document columns."""
    speakers: dict[int, list[ActorRef]] = {}
    pks = [r["pk"] for r in rows]
    for i in range(0, len(pks), 500):
        part = pks[i:i + 500]
        for r in store.db.execute(
                f"""SELECT ss.statement, c.id AS c_id, c.name AS c_name, c.type AS c_type, c.country AS c_country
                    FROM statement_sources ss JOIN actors a ON a.pk = ss.actor
                    JOIN corpus_actors c ON c.id = a.corpus_actor
                    WHERE ss.statement IN ({_marks(part)}) ORDER BY ss.statement, a.pk""", part):
            speakers.setdefault(r["statement"], []).append(_actor_ref(r))
    out = []
    for r in rows:
        data = json.loads(r["data"])
        out.append(StatementHit(
            document=_docref(r), statement=r["id"], date=r["date"], speakers=speakers.get(r["pk"], []),
            source=r["source_text"], cue=r["cue_text"], cue_lemma=r["cue_lemma"], cue_class=r["cue_class"],
            negated=bool(r["negated"]), content=r["content_text"], kind=r["kind"], channel=r["channel"],
            time=r["time_text"], confidence=r["confidence"], statement_class=r["statement_class"],
            inferred=bool(r["inferred"]),
            spans={"source": data["source"]["spans"], "cue": (data.get("cue") or {}).get("spans", []),
                   "content": data["content"]["spans"]}))
    return out


# --- events -------------------------------------------------------------------------------------

def events(store: Store, *, type: str | None = None, place: str | None = None, actor: str | None = None,
           status: str | None = None, since: str | None = None, until: str | None = None,
           document: str | None = None, limit: int | None = DEFAULT_LIMIT, offset: int = 0) -> list[EventHit]:
    """Events matching all the filters given, oldest first.

    Args:
        type: PLOVER type ('ASSAULT'), case-insensitive.
        place: a place name or part of it ('Kursk').
        actor: an actor or recipient of the event, or the source that claims/denies it.
        status: a claim status ('claimed', 'denied', ...).
        since, until: dates (YYYY-MM-DD), inclusive: events whose days overlap them (an undated event's days
            are its window, the week up to its report, see :mod:`reportedly.events.dates`).
        document, limit, offset: as in :func:`statements`.
    """
    where, params = ["d.current"], []
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if place:
        where.append("(e.place_name LIKE ? OR e.place_text LIKE ?)")
        params += [f"%{place}%"] * 2
    ids = _actor_filter(store, actor)
    if ids is not None:
        if not ids:
            return []
        m = _marks(ids)
        where.append(f"""(e.pk IN (SELECT ea.event FROM event_actors ea JOIN actors a ON a.pk = ea.actor
                            WHERE a.corpus_actor IN ({m}))
                          OR e.pk IN (SELECT sb.event FROM event_status_by sb JOIN actors a ON a.pk = sb.actor
                            WHERE a.corpus_actor IN ({m})))""")
        params += ids + ids
    if status:
        where.append("e.pk IN (SELECT event FROM event_status WHERE status = ?)")
        params.append(status)
    event_within(where, params, _date(since, "--since"), _date(until, "--until"))
    if document:
        where.append("(d.doc_id = ? OR d.hash = ?)")
        params += [document, document]
    sql = f"""SELECT e.*, d.doc_id, d.hash, d.title, d.outlet, d.published FROM events e
              JOIN documents d ON d.pk = e.doc WHERE {' AND '.join(where)}
              ORDER BY coalesce(e.date, e.reported) IS NULL, coalesce(e.date, e.reported), d.pk, e.pk"""
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return event_hits(store, store.db.execute(sql, params).fetchall())


def _corpus_refs(store: Store, actor_pks: Sequence[int]) -> dict[int, ActorRef]:
    out: dict[int, ActorRef] = {}
    pks = list(dict.fromkeys(actor_pks))
    for i in range(0, len(pks), 500):
        part = pks[i:i + 500]
        for r in store.db.execute(
                f"""SELECT a.pk, c.id AS c_id, c.name AS c_name, c.type AS c_type, c.country AS c_country
                    FROM actors a JOIN corpus_actors c ON c.id = a.corpus_actor WHERE a.pk IN ({_marks(part)})""",
                part):
            out[r["pk"]] = _actor_ref(r)
    return out


def event_hits(store: Store, rows: Sequence[sqlite3.Row]) -> list[EventHit]:
    """Hits for rows of ``events`` joined with their document columns."""
    pks = [r["pk"] for r in rows]
    parties: dict[int, list[tuple[sqlite3.Row]]] = {}
    claims: dict[int, list[tuple[sqlite3.Row, list[int]]]] = {}
    actor_pks: list[int] = []
    merged: dict[int, int] = {}
    for i in range(0, len(pks), 500):
        part = pks[i:i + 500]
        merged.update((r[0], r[1]) for r in store.db.execute(
            f"SELECT event, happening FROM happening_events WHERE event IN ({_marks(part)})", part))
        for r in store.db.execute(f"SELECT * FROM event_actors WHERE event IN ({_marks(part)}) "
                                  "ORDER BY event, role, position", part):
            parties.setdefault(r["event"], []).append(r)
            if r["actor"] is not None:
                actor_pks.append(r["actor"])
        by: dict[tuple[int, int], list[int]] = {}
        for r in store.db.execute(f"SELECT * FROM event_status_by WHERE event IN ({_marks(part)})", part):
            by.setdefault((r["event"], r["position"]), []).append(r["actor"])
            actor_pks.append(r["actor"])
        for r in store.db.execute(
                f"""SELECT es.*, s.id AS statement_id, s.statement_class
                    FROM event_status es LEFT JOIN statements s ON s.pk = es.statement
                    WHERE es.event IN ({_marks(part)}) ORDER BY es.event, es.position""", part):
            claims.setdefault(r["event"], []).append((r, by.get((r["event"], r["position"]), [])))
    refs = _corpus_refs(store, actor_pks)
    out = []
    for r in rows:
        data = json.loads(r["data"])
        spans = {"trigger": data["trigger"]["spans"]}
        if data.get("place"):
            spans["place"] = data["place"]["spans"]
        out.append(EventHit(
            document=_docref(r), event=r["id"], type=r["type"], mode=r["mode"], date=r["date"],
            reported=r["reported"], window=(r["win_start"], r["win_end"]) if r["win_start"] else None,
            trigger=r["trigger_text"], place=r["place_name"], place_country=r["place_country"],
            parties=[EventParty(role=p["role"], text=p["text"], actor=refs.get(p["actor"]), country=p["country"])
                     for p in parties.get(r["pk"], [])],
            status=[EventClaim(status=c["status"], by=[refs[a] for a in b if a in refs], statement=c["statement_id"],
                               statement_class=c["statement_class"]) for c, b in claims.get(r["pk"], [])],
            confidence=r["confidence"], spans=spans, happening=merged.get(r["pk"])))
    return out


# --- actors -------------------------------------------------------------------------------------

def actors(store: Store, *, name: str | None = None, type: str | None = None, country: str | None = None,
           min_statements: int = 0, sort: Literal["statements", "documents", "name"] = "statements",
           limit: int | None = DEFAULT_LIMIT, offset: int = 0, alias: str | None = None,
           include_generic: bool = False) -> list[CorpusActor]:
    """Corpus actors with their statement and document counts (current document versions).

    Generic nouns with no country ("statements", "officials") are not actors across reports and are
    left out, unless ``include_generic``.

    Args:
        name: only the actors this name means (see :func:`find_actors`).
        alias: only the actors seen under this name or spelling (case and accents ignored).
        type: person, organization, country, group or unknown.
        country: ISO3 code.
        min_statements: leave out actors with fewer statements.
        sort: most statements first (default), most documents first, or by name.
    """
    where, params = ["1"], []
    if not include_generic:
        where.append("substr(c.key, 1, 8) != 'generic:'")
    if name:
        ids = find_actors(store, name)
        if not ids:
            return []
        where.append(f"c.id IN ({_marks(ids)})")
        params += ids
    if alias:
        ids = alias_actors(store, alias)
        if not ids:
            return []
        where.append(f"c.id IN ({_marks(ids)})")
        params += ids
    if type:
        where.append("c.type = ?")
        params.append(type)
    if country:
        where.append("c.country = ?")
        params.append(country.upper())
    order = {"statements": "statements DESC, documents DESC, c.name", "documents": "documents DESC, statements DESC",
             "name": "c.name COLLATE NOCASE"}.get(sort)
    if order is None:
        raise InputError("--sort", f"'{sort}' is not a sort order (use statements, documents or name)")
    sql = f"""SELECT c.*,
                (SELECT COUNT(DISTINCT ss.statement) FROM actors a JOIN documents d ON d.pk = a.doc AND d.current
                   JOIN statement_sources ss ON ss.actor = a.pk WHERE a.corpus_actor = c.id) AS statements,
                (SELECT COUNT(DISTINCT a.doc) FROM actors a JOIN documents d ON d.pk = a.doc AND d.current
                   WHERE a.corpus_actor = c.id) AS documents
              FROM corpus_actors c WHERE {' AND '.join(where)}
              GROUP BY c.id HAVING documents > 0 AND statements >= ? ORDER BY {order}"""
    params.append(min_statements)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = store.db.execute(sql, params).fetchall()
    out = []
    for r in rows:
        names, titles = _variants(store, r["id"])
        aliases = sorted({a[0] for a in store.db.execute(
            "SELECT value FROM corpus_actor_names WHERE corpus_actor = ? AND kind = 'alias'", (r["id"],))}
            | set(names), key=lambda x: (normalise(x), x))
        out.append(CorpusActor(id=r["id"], name=r["name"], type=r["type"], country=r["country"],
                               statements=r["statements"], documents=r["documents"], names=names, titles=titles,
                               aliases=aliases))
    return out


def alias_actors(store: Store, alias: str) -> list[int]:
    """Corpus actor ids seen under the name ``alias`` (as written, or the same after :func:`normalise`)."""
    n = normalise(alias)
    ids = {r[0] for r in store.db.execute(
        "SELECT corpus_actor FROM corpus_actor_names WHERE kind = 'alias' AND value = ?", (alias.strip(),))}
    ids.update(r[0] for r in store.db.execute(
        "SELECT DISTINCT corpus_actor FROM actors WHERE norm = ? AND corpus_actor IS NOT NULL", (n,)))
    return sorted(ids)


def _variants(store: Store, cid: int) -> tuple[list[str], list[str]]:
    from .titles import is_title

    names: dict[str, int] = {}
    titles: dict[str, int] = {}
    for r in store.db.execute("SELECT name, titles FROM actors WHERE corpus_actor = ?", (cid,)):
        names[r["name"]] = names.get(r["name"], 0) + 1
        for t in json.loads(r["titles"]):
            if is_title(t):
                titles[t] = titles.get(t, 0) + 1
    def rank(d: dict[str, int]) -> list[str]:
        return [k for k, _ in sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))]
    return rank(names), rank(titles)


def actor(store: Store, ref: str | int) -> CorpusActorDetail:
    """One corpus actor (by id or name) with its variants and the reasons its document actors were joined."""
    if isinstance(ref, int) or str(ref).isdigit():
        ids = [int(ref)]
    else:
        ids = find_actors(store, str(ref))
    if not ids:
        raise InputError("--actor", f"no actor called '{ref}' in the store")
    found = actors(store, limit=None, include_generic=True)
    by_id = {a.id: a for a in found}
    base = next((by_id[i] for i in ids if i in by_id), None)
    if base is None:
        raise InputError("--actor", f"'{ref}' has no document in the current versions")
    links: dict[str, LinkReason] = {}
    for r in store.db.execute("SELECT name, doc, link FROM actors WHERE corpus_actor = ? ORDER BY pk", (base.id,)):
        ev = json.loads(r["link"] or "{}")
        k = json.dumps(ev, sort_keys=True)
        if k not in links:
            links[k] = LinkReason(rule=ev.get("rule", "?"), evidence=ev, documents=0, names=[])
        lr = links[k]
        lr.documents += 1
        if r["name"] not in lr.names:
            lr.names.append(r["name"])
    return CorpusActorDetail(**base.model_dump(), links=sorted(links.values(), key=lambda x: -x.documents))


# --- timeline -----------------------------------------------------------------------------------

def timeline(store: Store, *, actor: str, since: str | None = None, until: str | None = None,
             limit: int | None = None, statement_class: str | Sequence[str] | None = None,
             scope: str = "all") -> list[TimelineEntry]:
    """What an actor said, and the events it took part in or claimed/denied, in date order.

    Events that did not happen (negated, :func:`reportedly.events.gate.occurs_as`) and events that name no actor
    or recipient are left out.

    ``statement_class`` and ``scope`` narrow the statements (as in :func:`statements`); events are kept.
    """
    out: list[TimelineEntry] = []
    for h in statements(store, actor=actor, since=since, until=until, limit=None, statement_class=statement_class,
                        scope=scope):
        said = f"{h.speaker} {h.cue}: {h.content}" if h.cue else f"{h.speaker}: {h.content}"
        out.append(TimelineEntry(date=h.date, kind="statement", role="speaker", statement_class=h.statement_class,
                                 summary=said, document=h.document, ref=h.statement,
                                 spans=h.spans.get("content", [])))
    ids = set(find_actors(store, actor))
    for e in events(store, actor=actor, since=since, until=until, limit=None):
        if not occurs_as(e.type, [c.status for c in e.status]) or not any(p.text for p in e.parties):
            continue  # 'nobody was injured' did not happen; '? killed' names no one (events.gate)
        roles = [p.role for p in e.parties if p.actor and p.actor.id in ids]
        roles += [c.status for c in e.status if any(b.id in ids for b in c.by)]
        who = ", ".join(p.text for p in e.parties if p.role == "actor")
        whom = ", ".join(p.text for p in e.parties if p.role == "recipient")
        where = f" in {e.place}" if e.place else ""
        summary = f"{e.type}: {who or '?'} {e.trigger} {whom}{where}".replace("  ", " ")
        out.append(TimelineEntry(date=e.date or e.reported, undated=e.date is None, kind="event",
                                 role=", ".join(dict.fromkeys(roles)) or "mentioned",
                                 summary=summary, document=e.document, ref=e.event,
                                 spans=e.spans.get("trigger", []), happening=e.happening))
    out.sort(key=lambda t: (t.date is None, t.date or "", t.document.id, t.ref))
    return out[:limit] if limit is not None else out
