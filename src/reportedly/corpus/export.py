"""Exports of the corpus store: documents, actors, actor links, statements and events as JSONL, CSV or Parquet.

Rows are read from the store in pages and written as they come (Parquet in row groups through
pyarrow), so exporting a large store needs little memory. Each file is written to a temporary
name and renamed at the end, so a failed export never leaves a half-written file under the real
name. Only current document versions are exported.

Tables (one file each, ``<table>.<format>``):

* ``documents``: one row per document (JSONL: the full reportedly Document, as ``extract``
  writes it, plus ``hash`` and ``version``);
* ``actors``: corpus actors with statement and document counts, name variants and titles;
* ``actor_links``: every document actor, the corpus actor it was joined to, and why;
* ``statements`` and ``events``: one row each, with the speaker/actor names, corpus actor ids and
  the spans into the document text; a statement row also has its ``class`` (speech, cognition,
  sentiment, volition, act, refusal, document) and ``inferred`` (a quotation no word introduces, its
  speaker resolved from context; its cue is empty); an event carries its own ``date`` (empty when the text
  does not date it), the ``reported`` date of its report, its ``window`` of days and the id of its
  ``happening`` (if any);
* ``happenings``: one row per happening (events of several reports that are one real happening)
  with its key, dates, place, reports, outlets and who claims or denies it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError
from ..output import atomic_path
from .query import actors as query_actors
from .query import event_hits, statement_hits
from .store import Store

TABLES = ("documents", "actors", "actor_links", "statements", "events", "happenings")
FORMATS = ("jsonl", "csv", "parquet")
PAGE = 500

_SPANS = pa.list_(pa.list_(pa.int64()))
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([("id", pa.string()), ("hash", pa.string()), ("key", pa.string()),
                            ("version", pa.int64()), ("title", pa.string()), ("published", pa.string()),
                            ("outlet", pa.string()), ("url", pa.string()), ("author", pa.string()),
                            ("source", pa.string()), ("format", pa.string()), ("statements", pa.int64()),
                            ("events", pa.int64()), ("ingested_at", pa.string()), ("text", pa.string())]),
    "actors": pa.schema([("id", pa.int64()), ("name", pa.string()), ("type", pa.string()),
                         ("country", pa.string()), ("statements", pa.int64()), ("documents", pa.int64()),
                         ("names", pa.list_(pa.string())), ("titles", pa.list_(pa.string())),
                         ("aliases", pa.list_(pa.string()))]),
    "actor_links": pa.schema([("document", pa.string()), ("hash", pa.string()), ("actor", pa.string()),
                              ("name", pa.string()), ("type", pa.string()), ("country", pa.string()),
                              ("titles", pa.list_(pa.string())), ("mentions", _SPANS),
                              ("corpus_actor", pa.int64()), ("rule", pa.string()), ("evidence", pa.string())]),
    "statements": pa.schema([("document", pa.string()), ("hash", pa.string()), ("statement", pa.string()),
                             ("date", pa.string()), ("speakers", pa.list_(pa.string())),
                             ("speaker_ids", pa.list_(pa.int64())), ("source", pa.string()), ("cue", pa.string()),
                             ("cue_lemma", pa.string()), ("cue_class", pa.string()), ("negated", pa.bool_()),
                             ("content", pa.string()), ("kind", pa.string()), ("class", pa.string()),
                             ("inferred", pa.bool_()), ("channel", pa.string()),
                             ("time", pa.string()), ("confidence", pa.float64()), ("source_spans", _SPANS),
                             ("cue_spans", _SPANS), ("content_spans", _SPANS)]),
    "events": pa.schema([("document", pa.string()), ("hash", pa.string()), ("event", pa.string()),
                         ("type", pa.string()), ("mode", pa.string()), ("date", pa.string()),
                         ("reported", pa.string()), ("window_start", pa.string()), ("window_end", pa.string()),
                         ("trigger", pa.string()), ("place", pa.string()), ("place_country", pa.string()),
                         ("actors", pa.list_(pa.string())), ("recipients", pa.list_(pa.string())),
                         ("status", pa.list_(pa.string())), ("confidence", pa.float64()),
                         ("trigger_spans", _SPANS), ("happening", pa.int64())]),
    "happenings": pa.schema([("id", pa.int64()), ("key", pa.string()), ("family", pa.string()),
                             ("types", pa.list_(pa.string())), ("place", pa.string()), ("start", pa.string()),
                             ("end", pa.string()), ("documents", pa.int64()), ("events", pa.int64()),
                             ("outlets", pa.list_(pa.string())), ("claimed_by", pa.list_(pa.string())),
                             ("denied_by", pa.list_(pa.string())),
                             ("versions", pa.list_(pa.string())), ("summary", pa.string())]),
}


def _pages(store: Store, sql: str) -> Iterator[list[Any]]:
    """Rows of ``sql`` (which selects ``pk`` first) in pages, by keyset so no cursor stays open."""
    last = -1
    while True:
        rows = store.db.execute(f"{sql} AND x.pk > ? ORDER BY x.pk LIMIT {PAGE}", (last,)).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1]["pk"]


def documents(store: Store, *, full: bool = False) -> Iterator[dict[str, Any]]:
    """Document rows; with ``full`` the whole Document (actors, statements, events) as in ``extract``."""
    for rows in _pages(store, "SELECT x.* FROM documents x WHERE x.current"):
        for r in rows:
            if full:
                doc = store.document(int(r["pk"])).to_dict()
                yield {**doc, "hash": r["hash"], "version": r["version"]}
            else:
                yield {"id": r["doc_id"], "hash": r["hash"], "key": r["key"], "version": r["version"],
                       "title": r["title"], "published": r["published"], "outlet": r["outlet"], "url": r["url"],
                       "author": r["author"], "source": r["source"], "format": r["format"],
                       "statements": r["n_statements"], "events": r["n_events"], "ingested_at": r["ingested_at"],
                       "text": r["text"]}


def actors(store: Store) -> Iterator[dict[str, Any]]:
    """Corpus actor rows (with counts over current documents)."""
    for a in query_actors(store, limit=None):
        yield a.model_dump(mode="json")


def actor_links(store: Store) -> Iterator[dict[str, Any]]:
    """Document actor rows with the corpus actor each joined and the rule and evidence of the join."""
    sql = """SELECT x.*, d.doc_id, d.hash FROM actors x JOIN documents d ON d.pk = x.doc WHERE d.current"""
    for rows in _pages(store, sql):
        for r in rows:
            ev = json.loads(r["link"] or "{}")
            yield {"document": r["doc_id"], "hash": r["hash"], "actor": r["id"], "name": r["name"],
                   "type": r["type"], "country": r["country"], "titles": json.loads(r["titles"]),
                   "mentions": json.loads(r["mentions"]), "corpus_actor": r["corpus_actor"],
                   "rule": ev.get("rule"), "evidence": json.dumps(ev, ensure_ascii=False)}


def statements(store: Store) -> Iterator[dict[str, Any]]:
    """Statement rows."""
    sql = """SELECT x.*, d.doc_id, d.hash, d.title, d.outlet, d.published FROM statements x
             JOIN documents d ON d.pk = x.doc WHERE d.current"""
    for rows in _pages(store, sql):
        for h in statement_hits(store, rows):
            yield {"document": h.document.id, "hash": h.document.hash, "statement": h.statement, "date": h.date,
                   "speakers": [a.name for a in h.speakers], "speaker_ids": [a.id for a in h.speakers],
                   "source": h.source, "cue": h.cue, "cue_lemma": h.cue_lemma, "cue_class": h.cue_class,
                   "negated": h.negated, "content": h.content, "kind": h.kind, "class": h.statement_class,
                   "inferred": h.inferred, "channel": h.channel,
                   "time": h.time, "confidence": h.confidence,
                   "source_spans": [list(s) for s in h.spans.get("source", [])],
                   "cue_spans": [list(s) for s in h.spans.get("cue", [])],
                   "content_spans": [list(s) for s in h.spans.get("content", [])]}


def events(store: Store) -> Iterator[dict[str, Any]]:
    """Event rows."""
    sql = """SELECT x.*, d.doc_id, d.hash, d.title, d.outlet, d.published FROM events x
             JOIN documents d ON d.pk = x.doc WHERE d.current"""
    for rows in _pages(store, sql):
        for e in event_hits(store, rows):
            yield {"document": e.document.id, "hash": e.document.hash, "event": e.event, "type": e.type,
                   "mode": e.mode, "date": e.date, "reported": e.reported,
                   "window_start": e.window[0] if e.window else None, "window_end": e.window[1] if e.window else None,
                   "trigger": e.trigger, "place": e.place,
                   "place_country": e.place_country,
                   "actors": [p.actor.name if p.actor else p.text for p in e.parties if p.role == "actor"],
                   "recipients": [p.actor.name if p.actor else p.text for p in e.parties if p.role == "recipient"],
                   "status": [c.status + (" by " + " & ".join(a.name for a in c.by) if c.by else "")
                              for c in e.status],
                   "confidence": e.confidence, "trigger_spans": [list(s) for s in e.spans.get("trigger", [])],
                   "happening": e.happening}


def happenings(store: Store) -> Iterator[dict[str, Any]]:
    """Happening rows (versions as 'document/event' references; JSONL: the full records)."""
    from .happenings import happenings as query_happenings

    offset = 0
    while page := query_happenings(store, limit=PAGE, offset=offset):
        for h in page:
            yield {"id": h.id, "key": h.key, "family": h.family, "types": h.types, "place": h.place,
                   "start": h.start, "end": h.end, "documents": h.documents, "events": h.events,
                   "outlets": h.outlets, "claimed_by": [a.name for a in h.claimed_by],
                   "denied_by": [a.name for a in h.denied_by],
                   "versions": [f"{v.document.id}/{v.event}" for v in h.versions], "summary": h.summary}
        offset += PAGE


ROWS: dict[str, Callable[[Store], Iterator[dict[str, Any]]]] = {
    "documents": documents, "actors": actors, "actor_links": actor_links, "statements": statements, "events": events,
    "happenings": happenings}


def _csv_cell(v: Any) -> Any:
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False) if v and isinstance(v[0], list) else "; ".join(map(str, v))
    return "" if v is None else v


def write_table(store: Store, table: str, fmt: str, path: str | Path) -> int:
    """Write one table to ``path`` in ``fmt``; returns the number of rows."""
    if table not in ROWS:
        raise InputError(table, f"not a table (use {', '.join(TABLES)})")
    if fmt not in FORMATS:
        raise InputError("--format", f"'{fmt}' is not an export format (use {', '.join(FORMATS)})")
    n = 0
    with atomic_path(path) as tmp:
        rows = documents(store, full=True) if (table == "documents" and fmt == "jsonl") else ROWS[table](store)
        if fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
        elif fmt == "csv":
            schema = SCHEMAS[table]
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(schema.names)
                for row in rows:
                    w.writerow([_csv_cell(row.get(k)) for k in schema.names])
                    n += 1
        else:
            schema = SCHEMAS[table]
            with pq.ParquetWriter(tmp, schema) as writer:
                batch: list[dict[str, Any]] = []
                for row in rows:
                    batch.append(row)
                    n += 1
                    if len(batch) >= PAGE:
                        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                        batch = []
                if batch or n == 0:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n


def export(store: Store, folder: str | Path, *, fmt: str = "jsonl", tables: tuple[str, ...] = TABLES
           ) -> dict[str, int]:
    """Write ``tables`` to ``folder/<table>.<fmt>`` (the folder is created); returns rows per table."""
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    return {t: write_table(store, t, fmt, out / f"{t}.{fmt}") for t in tables}
