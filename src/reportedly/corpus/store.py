"""The corpus store: processed documents in one SQLite file, safe to kill and to read while written.

Layout (see :data:`MIGRATIONS`): one row per document *version* in ``documents`` (identified by
the content hash of its input, so re-ingesting is a no-op), its actors, statements and events in
their own tables with the spans and full records kept as JSON, corpus actors that link document
actors across reports (decided by :mod:`reportedly.corpus.actors`, whose linker the ingest hands to
:meth:`Store.add_documents`), and an FTS5 index over statement contents.

Safety:

* WAL journal, ``synchronous=FULL``: readers see the last committed state while an ingest
  writes, and a committed transaction survives a killed process (and a power cut).
* A document is written with all its records inside one transaction (:meth:`Store.add_documents`
  takes a batch of whole documents), so a kill leaves either the whole document or none of it.
* Schema changes are named migrations applied in one transaction each and recorded in
  ``schema_version``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from ..errors import ReportedlyError
from ..model import Actor, Cue, Document, Event, Meta, Removed, Statement, actor_ids
from .names import normalise
from .rows import (  # noqa: F401  (re-exported: the store's row helpers live in rows.py)
    STATEMENT_CLASSES,
    cue_class,
    dated_event,
    event_dates_json,
    is_negated,
    sentence_bounds,
    sentence_ends,
    stored_class,
)

DB_ENV = "REPORTEDLY_DB"
DEFAULT_DB = "reportedly.db"
STATEMENT_CACHE = 512
"""Prepared statements a writing connection keeps (sqlite3's default is 128): an ingest runs about 230
distinct statements, and the dynamic ``IN (?, ...)`` ones pushed the hot inserts out of a smaller cache."""
PAGE_CACHE_KB = 16_384
"""SQLite's page cache of a writing connection in KiB (its default is 2 MiB): the indexes an ingest reads
and writes on every document (actor names, happening words and keys) stay in memory."""


class ActorLinker(Protocol):
    """What joins a new document's actors to corpus actors, called inside the transaction that writes it.

    The store does not decide identity across reports; :class:`reportedly.corpus.actors.Linker` does,
    and the ingest hands it to :meth:`Store.add_documents`.
    """

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Link the actors of the document stored as ``doc_pk`` (``actor_pk``: actor id -> row).

        A linker may also have ``revive(doc_pk)``, called when an older stored version becomes current again,
        and ``finish()``, called at the end of each batch of documents, in the same transaction.
        """


class StoreError(ReportedlyError):
    """The store file cannot be opened, is not a reportedly store, or is newer than this version."""

    exit_code = 2


def default_path() -> str:
    """``$REPORTEDLY_DB`` when set, else ``./reportedly.db``."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


# --- schema -------------------------------------------------------------------------------------

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("0001_initial", [
        """CREATE TABLE documents (
            pk INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,          -- sha256 of the input (text + metadata, or HTML bytes)
            key TEXT NOT NULL,                  -- where it comes from: a path, or path#id for a JSONL record
            doc_id TEXT NOT NULL,               -- the document's own id (JSONL id, file stem)
            version INTEGER NOT NULL,           -- 1, 2, ... per key: a changed document is a new version
            current INTEGER NOT NULL DEFAULT 1, -- 1 for the latest version of its key
            published TEXT, title TEXT, outlet TEXT, url TEXT, author TEXT, source TEXT, format TEXT,
            text TEXT NOT NULL,
            meta TEXT NOT NULL,
            removed TEXT NOT NULL,
            schema_version TEXT NOT NULL,
            n_statements INTEGER NOT NULL,
            n_events INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            UNIQUE (key, version))""",
        "CREATE INDEX documents_current ON documents (current, published)",
        "CREATE INDEX documents_doc_id ON documents (doc_id)",
        """CREATE TABLE corpus_actors (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,           -- 'person:keir starmer', 'country:RUS', 'person:smith@<doc>' ...
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            country TEXT)""",
        """CREATE TABLE corpus_actor_names (
            corpus_actor INTEGER NOT NULL REFERENCES corpus_actors (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,                 -- 'name' | 'surname' | 'title'
            value TEXT NOT NULL,
            PRIMARY KEY (kind, value, corpus_actor)) WITHOUT ROWID""",
        "CREATE INDEX corpus_actor_names_actor ON corpus_actor_names (corpus_actor)",
        """CREATE TABLE actors (
            pk INTEGER PRIMARY KEY,
            doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            norm TEXT NOT NULL,                 -- normalised name, for look-ups
            type TEXT NOT NULL,
            titles TEXT NOT NULL,               -- JSON list
            country TEXT,
            mentions TEXT NOT NULL,             -- JSON list of [start, end]
            corpus_actor INTEGER REFERENCES corpus_actors (id),
            link TEXT,                          -- JSON: why this actor is (or is not) joined to others
            waits_for TEXT,                     -- left alone: the name key whose arrival may join it later
            UNIQUE (doc, id))""",
        "CREATE INDEX actors_corpus_actor ON actors (corpus_actor)",
        "CREATE INDEX actors_waits_for ON actors (waits_for) WHERE waits_for IS NOT NULL",
        "CREATE INDEX actors_norm ON actors (norm)",
        """CREATE TABLE statements (
            pk INTEGER PRIMARY KEY,
            doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            id TEXT NOT NULL,
            source_text TEXT NOT NULL,
            cue_text TEXT NOT NULL,
            cue_lemma TEXT NOT NULL,
            cue_class TEXT,                     -- class of the cue in data/cues.tsv (claim, denial, ...)
            negated INTEGER NOT NULL,           -- the cue is negated ('did not confirm')
            content_text TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT, platform TEXT,
            time_text TEXT, time_start TEXT, time_end TEXT,
            date TEXT,                          -- time_start, else the publication date
            confidence REAL NOT NULL,
            context_start INTEGER NOT NULL,     -- the sentence(s) around cue and content
            context_end INTEGER NOT NULL,
            data TEXT NOT NULL,                 -- the Statement as JSON (spans)
            UNIQUE (doc, id))""",
        "CREATE INDEX statements_date ON statements (date)",
        "CREATE INDEX statements_cue_class ON statements (cue_class)",
        """CREATE TABLE statement_sources (
            statement INTEGER NOT NULL REFERENCES statements (pk) ON DELETE CASCADE,
            actor INTEGER NOT NULL REFERENCES actors (pk) ON DELETE CASCADE,
            PRIMARY KEY (statement, actor)) WITHOUT ROWID""",
        "CREATE INDEX statement_sources_actor ON statement_sources (actor)",
        """CREATE VIRTUAL TABLE statements_fts USING fts5 (
            content_text, source_text, content='statements', content_rowid='pk',
            tokenize='unicode61 remove_diacritics 2')""",
        """CREATE TABLE events (
            pk INTEGER PRIMARY KEY,
            doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            trigger_text TEXT NOT NULL,
            place_text TEXT, place_name TEXT, place_country TEXT, place_kind TEXT, lat REAL, lon REAL,
            time_text TEXT, time_start TEXT, time_end TEXT,
            date TEXT,                          -- 0005: its own date (null when undated)
            confidence REAL NOT NULL,
            data TEXT NOT NULL,                 -- the Event as JSON
            UNIQUE (doc, id))""",
        "CREATE INDEX events_type ON events (type, date)",
        "CREATE INDEX events_place ON events (place_name COLLATE NOCASE)",
        """CREATE TABLE event_actors (
            event INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
            role TEXT NOT NULL,                 -- 'actor' | 'recipient'
            position INTEGER NOT NULL,
            actor INTEGER REFERENCES actors (pk),
            text TEXT NOT NULL, country TEXT, sector TEXT,
            PRIMARY KEY (event, role, position))""",
        "CREATE INDEX event_actors_actor ON event_actors (actor)",
        """CREATE TABLE event_status (
            event INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            status TEXT NOT NULL,               -- asserted | claimed | denied | planned | ...
            statement INTEGER REFERENCES statements (pk),
            PRIMARY KEY (event, position))""",
        """CREATE TABLE event_status_by (
            event INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            actor INTEGER NOT NULL REFERENCES actors (pk),
            PRIMARY KEY (event, position, actor))""",
        "CREATE INDEX event_status_by_actor ON event_status_by (actor)",
        """CREATE TABLE failures (
            hash TEXT PRIMARY KEY,              -- input that failed processing: skipped until --retry-failed
            key TEXT NOT NULL, source TEXT NOT NULL, problem TEXT NOT NULL, at TEXT NOT NULL)""",
    ]),
    ("0002_statement_class", [
        # speech | cognition | sentiment | volition | act | refusal | document (Statement.statement_class, JSON "class")
        "ALTER TABLE statements ADD COLUMN statement_class TEXT NOT NULL DEFAULT 'speech'",
        # 1: a quotation no word introduces, its speaker resolved from context (Source.inferred)
        "ALTER TABLE statements ADD COLUMN inferred INTEGER NOT NULL DEFAULT 0",
        # rows written before: the class their JSON carries, else one derived from what is stored (see
        # stored_class); the JSON gets it too, so that a rebuilt Document says what the column says
        """UPDATE statements SET
             statement_class = reportedly_stored_class(cue_lemma, kind, json_extract(data, '$.class')),
             inferred = coalesce(json_extract(data, '$.source.inferred'), 0)""",
        "UPDATE statements SET data = json_set(data, '$.class', statement_class) "
        "WHERE json_extract(data, '$.class') IS NULL",
        "CREATE INDEX statements_class ON statements (statement_class, date)",
    ]),
    ("0003_happenings", [  # one record per real happening: events of several reports (corpus/happenings.py)
        """CREATE TABLE happening_keys (
            event INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
            doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            family TEXT NOT NULL,               -- event type, or its family in data/happenings.tsv ('fighting')
            place TEXT NOT NULL,                -- normalised place name ('sudzha')
            start TEXT NOT NULL, end TEXT NOT NULL,  -- days the event covers (ISO dates)
            PRIMARY KEY (family, place, start, event)) WITHOUT ROWID""",
        "CREATE UNIQUE INDEX happening_keys_event ON happening_keys (event)",
        """CREATE TABLE happenings (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,           -- 'h' + hash of the smallest member: the same for the same members
            first TEXT NOT NULL,                -- that smallest member: '<document hash>:<event id>'
            family TEXT NOT NULL, place TEXT NOT NULL,
            start TEXT NOT NULL, end TEXT NOT NULL,
            events INTEGER NOT NULL, documents INTEGER NOT NULL)""",
        "CREATE INDEX happenings_start ON happenings (start)",
        "CREATE INDEX happenings_place ON happenings (place, start)",
        """CREATE TABLE happening_events (
            event INTEGER PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
            happening INTEGER NOT NULL REFERENCES happenings (id) ON DELETE CASCADE)""",
        "CREATE INDEX happening_events_happening ON happening_events (happening)",
        "CREATE INDEX event_status_statement ON event_status (statement)",  # a statement's events (anchors)
        "CREATE TABLE happening_backfill (pending INTEGER NOT NULL)  -- events stored before happenings existed",
        "INSERT INTO happening_backfill SELECT 1 WHERE EXISTS (SELECT 1 FROM events)",
    ]),
    ("0004_origins", [  # which documents reuse one wire text, and the agency each credits (corpus/origins.py)
        """CREATE TABLE origin_keys (           -- MinHash LSH band keys of a document's passages
            key INTEGER NOT NULL, doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            PRIMARY KEY (key, doc)) WITHOUT ROWID""",
        """CREATE TABLE origin_links (          -- two documents that share wire text (a < b)
            a INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            cover_a REAL NOT NULL, cover_b REAL NOT NULL,  -- share of each one's text found in the other
            PRIMARY KEY (a, b)) WITHOUT ROWID""",
        "CREATE INDEX origin_links_b ON origin_links (b, a)",
        """CREATE TABLE origins (
            doc INTEGER PRIMARY KEY REFERENCES documents (pk) ON DELETE CASCADE,
            origin INTEGER NOT NULL,            -- the head of its origin group (itself when it shares no text)
            credit TEXT, how TEXT,              -- the agency its text is credited to, and where the credit stands
            reuse REAL NOT NULL DEFAULT 0,      -- share of its text found in the head's
            cited TEXT NOT NULL DEFAULT '[]')   -- JSON: agencies its body cites""",
        "CREATE INDEX origins_origin ON origins (origin)",
        "CREATE TABLE origin_backfill (pending INTEGER NOT NULL)  -- documents stored before origins existed",
        "INSERT INTO origin_backfill SELECT 1 WHERE EXISTS (SELECT 1 FROM documents)",
    ]),
    ("0005_event_dates", [  # an event's own date (null when the text gives none), its report's date, its window
        "ALTER TABLE events ADD COLUMN reported TEXT",  # the publication date of its report
        "ALTER TABLE events ADD COLUMN win_start TEXT",  # the days it can fall on (events/dates.py): its own
        "ALTER TABLE events ADD COLUMN win_end TEXT",  # date's, else a stretch before (or after) the report
        "UPDATE events SET reported = (SELECT published FROM documents d WHERE d.pk = events.doc)",
        """UPDATE events SET date = x ->> '$[0]', win_start = x ->> '$[1]', win_end = x ->> '$[2]'
           FROM (SELECT pk, reportedly_event_dates(data, reported) AS x FROM events) AS f WHERE f.pk = events.pk""",
        "CREATE INDEX events_window ON events (win_start, win_end)",
        # happenings: events linked by their family, places, days and the words of their sentences (identity.py)
        "DROP TABLE happening_keys",
        """CREATE TABLE happening_keys (
            event INTEGER PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
            doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            family TEXT NOT NULL, places TEXT NOT NULL,  -- family; JSON list of folded place names
            start TEXT NOT NULL, end TEXT NOT NULL,  -- its days: its own date's, else its window
            dated INTEGER NOT NULL,             -- 1 when the text dates it
            words TEXT NOT NULL)                -- JSON: weighted words of its sentence""",
        "CREATE INDEX happening_keys_doc ON happening_keys (doc)",
        """CREATE TABLE happening_words (        -- the heaviest words of each keyed event, to find whom to compare
            word TEXT NOT NULL, start TEXT NOT NULL, event INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
            PRIMARY KEY (word, start, event)) WITHOUT ROWID""",
        """CREATE TABLE happening_links (         -- two events of different documents that may be one happening
            a INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
            score REAL NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID""",
        "CREATE INDEX happening_links_b ON happening_links (b, a)",
        "ALTER TABLE happenings ADD COLUMN dated INTEGER NOT NULL DEFAULT 1",  # 0: start/end are a window
        "DELETE FROM happening_events",
        "DELETE FROM happenings",
        "INSERT INTO happening_backfill SELECT 1 WHERE EXISTS (SELECT 1 FROM events)",
    ]),
    ("0006_claims", [  # what each source asserts or denies, per document (corpus/claims.py)
        """CREATE TABLE claims (
            pk INTEGER PRIMARY KEY,
            doc INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
            n INTEGER NOT NULL,                 -- order in the document
            statement INTEGER REFERENCES statements (pk) ON DELETE CASCADE,
            event INTEGER REFERENCES events (pk) ON DELETE CASCADE,
            position TEXT NOT NULL,             -- asserts | denies
            kind TEXT NOT NULL,                 -- assertion | denial | counter | correction
            weak INTEGER NOT NULL,              -- a denial read only from a negation
            source_text TEXT NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL,  -- the evidence span
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            proposition TEXT NOT NULL,          -- what is asserted or denied ('' : its target's)
            words TEXT NOT NULL,                -- the proposition's stems (corpus/propositions.py)
            target INTEGER REFERENCES claims (pk),  -- the claim of the same document it denies
            about TEXT NOT NULL, hint TEXT NOT NULL,
            quantities TEXT NOT NULL, old_values TEXT NOT NULL,  -- JSON
            types TEXT NOT NULL, places TEXT NOT NULL, terms TEXT NOT NULL,  -- JSON lists
            date TEXT)""",
        "CREATE INDEX claims_doc ON claims (doc)",
        "CREATE INDEX claims_position ON claims (position, kind)",
        """CREATE TABLE claim_sources (
            claim INTEGER NOT NULL REFERENCES claims (pk) ON DELETE CASCADE,
            actor INTEGER NOT NULL REFERENCES actors (pk) ON DELETE CASCADE,
            PRIMARY KEY (claim, actor)) WITHOUT ROWID""",
        """CREATE VIRTUAL TABLE claims_fts USING fts5 (words, content='claims', content_rowid='pk',
            tokenize='unicode61 remove_diacritics 2')""",
        "CREATE TABLE claim_backfill (pending INTEGER NOT NULL)  -- documents stored before claims existed",
        "INSERT INTO claim_backfill SELECT 1 WHERE EXISTS (SELECT 1 FROM documents)",
    ]),
    ("0007_happenings_pending", [  # events whose happenings an ingest run will cluster again when it ends
        "CREATE TABLE happening_pending (event INTEGER PRIMARY KEY) WITHOUT ROWID",
    ]),
    ("0008_happening_profiles", [  # speech occasions are a family compared by speaker: key and cluster again
        "INSERT INTO happening_backfill SELECT 1 WHERE EXISTS (SELECT 1 FROM events)",
    ]),
]
"""Named migrations, applied in order, each in one transaction, recorded in ``schema_version``."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Incoming:
    """A processed document with where it came from, ready to be written."""

    document: Document
    hash: str
    key: str


@dataclass(frozen=True)
class Written:
    """What :meth:`Store.add_documents` did with one document."""

    key: str
    hash: str
    outcome: str
    """'new' | 'version' (a changed document) | 'duplicate' (same content already stored)."""
    version: int


class Store:
    """One SQLite corpus store. Use as a context manager, or call :meth:`close`.

    Args:
        path: the database file (created when missing), or ``":memory:"``.
        readonly: open for reading only (queries while another process ingests).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> None:
        self.path = str(path if path is not None else default_path())
        self.readonly = readonly
        self.rollbacks = 0
        """Transactions of :meth:`transaction` rolled back so far: what was cached from the store meanwhile may
        hold rows that are gone (the happening word index, :mod:`reportedly.corpus.wordindex`)."""
        try:
            if readonly:
                if self.path != ":memory:" and not Path(self.path).exists():
                    raise StoreError(f"{self.path}: no such store (run 'reportedly ingest' first)")
                uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                if self.path != ":memory:" and not Path(self.path).parent.exists():
                    raise StoreError(f"{self.path}: folder does not exist")
                self.db = sqlite3.connect(self.path, isolation_level=None, cached_statements=STATEMENT_CACHE)
            self.db.row_factory = sqlite3.Row
            self.db.create_function("reportedly_stored_class", 3, stored_class, deterministic=True)
            self.db.create_function("reportedly_event_dates", 2, event_dates_json, deterministic=True)
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = FULL")
                self.db.execute(f"PRAGMA cache_size = {-PAGE_CACHE_KB}")
                self.migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a reportedly store ({err})") from None

    # -- lifecycle -------------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (a WAL checkpoint happens when the last writer closes)."""
        self.db.close()

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied, each in its own transaction; return their names."""
        self.db.execute("""CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)""")
        applied = self.applied_migrations()
        known = [name for name, _ in MIGRATIONS]
        unknown = [n for n in applied if n not in known]
        if unknown:
            raise StoreError(f"{self.path}: written by a newer reportedly (migration {unknown[0]}); upgrade")
        done = []
        for index, (name, statements) in enumerate(MIGRATIONS, 1):
            number = int(name[:4]) if name[:4].isdigit() else index  # '0003_...' is version 3 in any list
            if name in applied:
                continue
            with self.transaction():
                if self.db.execute("SELECT 1 FROM schema_version WHERE name = ?", (name,)).fetchone():
                    continue  # another process applied it meanwhile
                for sql in statements:
                    self.db.execute(sql)
                self.db.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (number, name, _now()))
            done.append(name)
        return done

    def applied_migrations(self) -> list[str]:
        """Names of the migrations applied to this store, in order."""
        try:
            return [r[0] for r in self.db.execute("SELECT name FROM schema_version ORDER BY version")]
        except sqlite3.OperationalError:
            return []

    def _check_version(self) -> None:
        applied = self.applied_migrations()
        if not applied:
            raise StoreError(f"{self.path}: not a reportedly store (no schema_version table)")
        if any(n not in {m for m, _ in MIGRATIONS} for n in applied):
            raise StoreError(f"{self.path}: written by a newer reportedly; upgrade")
        if len(applied) < len(MIGRATIONS):
            raise StoreError(f"{self.path}: store needs migrating; run any writing command (e.g. ingest) first")

    class _Tx:
        def __init__(self, db: sqlite3.Connection, store: Store | None = None) -> None:
            self.db, self.store = db, store

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
            if exc_type is not None and self.store is not None:
                self.store.rollbacks += 1
            self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")

    def transaction(self) -> Store._Tx:
        """``with store.transaction():`` one write transaction (committed, or rolled back on error)."""
        return Store._Tx(self.db, self)

    # -- writing ---------------------------------------------------------------------------------

    def known_hashes(self, hashes: Sequence[str]) -> dict[str, tuple[str, int]]:
        """Which of ``hashes`` are stored: hash -> (key, current)."""
        out: dict[str, tuple[str, int]] = {}
        for i in range(0, len(hashes), 500):
            part = list(hashes[i:i + 500])
            marks = ",".join("?" * len(part))
            for r in self.db.execute(f"SELECT hash, key, current FROM documents WHERE hash IN ({marks})", part):
                out[r["hash"]] = (r["key"], r["current"])
        return out

    def failed_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Which of ``hashes`` failed processing in an earlier run."""
        out: set[str] = set()
        for i in range(0, len(hashes), 500):
            part = list(hashes[i:i + 500])
            marks = ",".join("?" * len(part))
            out.update(r[0] for r in self.db.execute(f"SELECT hash FROM failures WHERE hash IN ({marks})", part))
        return out

    def add_documents(self, items: Iterable[Incoming], *, linker: ActorLinker) -> list[Written]:
        """Write whole documents in ONE transaction: all of them are stored, or none.

        A document whose hash is already stored is a duplicate and is not written again (if it is
        an older version of its key coming back, it becomes the current version again). A new
        hash for a key already stored is that key's next version. ``linker`` joins each new
        document's actors to corpus actors inside the same transaction
        (:class:`reportedly.corpus.actors.Linker`).
        """
        out: list[Written] = []
        with self.transaction():
            for item in items:
                out.append(self._add(item, linker))
            finish = getattr(linker, "finish", None)
            if finish is not None:  # work the linker keeps for the end of the batch (clustering happenings)
                finish()
        return out

    def add_document(self, document: Document, *, hash: str, key: str, linker: ActorLinker) -> Written:
        """Write one document in its own transaction (see :meth:`add_documents`)."""
        return self.add_documents([Incoming(document, hash, key)], linker=linker)[0]

    def make_current(self, hash: str, linker: ActorLinker | None = None) -> bool:
        """Make the stored version with this hash the current one of its key again; False when unknown.

        ``linker.revive(pk)``, when the linker has one, follows in the same transaction (origin groups and
        happenings of the version that is back)."""
        with self.transaction():
            row = self.db.execute("SELECT pk, key, current FROM documents WHERE hash = ?", (hash,)).fetchone()
            if row is None:
                return False
            self.db.execute("UPDATE documents SET current = (pk = ?) WHERE key = ?", (row["pk"], row["key"]))
            revive = getattr(linker, "revive", None)
            if revive is not None and not row["current"]:
                revive(row["pk"])
            finish = getattr(linker, "finish", None)
            if finish is not None:
                finish()
        return True

    def record_failure(self, hash: str, key: str, source: str, problem: str) -> None:
        """Remember that this input failed, so that re-runs skip it until ``--retry-failed``."""
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?)",
                            (hash, key, source, problem, _now()))

    def _add(self, item: Incoming, linker: ActorLinker) -> Written:
        db, doc = self.db, item.document
        row = db.execute("SELECT key, version, current, pk FROM documents WHERE hash = ?", (item.hash,)).fetchone()
        if row is not None:
            if row["key"] == item.key and not row["current"]:
                db.execute("UPDATE documents SET current = (pk = ?) WHERE key = ?", (row["pk"], item.key))
                revive = getattr(linker, "revive", None)
                if revive is not None:  # an older version is current again: what links documents follows
                    revive(row["pk"])
            return Written(item.key, item.hash, "duplicate", row["version"])
        last = db.execute("SELECT MAX(version) FROM documents WHERE key = ?", (item.key,)).fetchone()[0]
        version = (last or 0) + 1
        if last:
            db.execute("UPDATE documents SET current = 0 WHERE key = ?", (item.key,))
        m = doc.meta
        cur = db.execute(
            """INSERT INTO documents (hash, key, doc_id, version, current, published, title, outlet, url, author,
               source, format, text, meta, removed, schema_version, n_statements, n_events, ingested_at)
               VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (item.hash, item.key, doc.id, version, m.published, m.title, m.outlet, m.url, m.author, m.source,
             m.format, doc.text, m.model_dump_json(), json.dumps([r.to_dict() for r in doc.removed]),
             doc.schema_version, len(doc.statements), len(doc.events), _now()))
        doc_pk = cur.lastrowid
        db.execute("DELETE FROM failures WHERE hash = ?", (item.hash,))
        actor_pk: dict[str, int] = {}
        for a in doc.actors:
            c = db.execute(
                "INSERT INTO actors (doc, id, name, norm, type, titles, country, mentions) VALUES (?,?,?,?,?,?,?,?)",
                (doc_pk, a.id, a.name, normalise(a.name), a.type, json.dumps(a.titles), a.country,
                 json.dumps(a.mentions)))
            actor_pk[a.id] = c.lastrowid
        st_pk: dict[str, int] = {}
        ends = sentence_ends(doc.text)
        for s in doc.statements:
            st_pk[s.id] = self._add_statement(doc_pk, doc, s, actor_pk, ends)
        for e in doc.events:
            self._add_event(doc_pk, doc, e, actor_pk, st_pk)
        linker.link_document(doc_pk, doc, actor_pk, item.hash)
        return Written(item.key, item.hash, "version" if last else "new", version)

    def _add_statement(self, doc_pk: int, doc: Document, s: Statement, actor_pk: dict[str, int],
                       ends: list[int] | None = None) -> int:
        cue = s.cue or Cue(text="", lemma="", spans=[])
        spans = [*cue.spans, *s.content.spans]
        lo = min(a for a, _ in spans) if spans else 0
        hi = max(b for _, b in spans) if spans else 0
        cue_start = cue.spans[0][0] if cue.spans else lo
        c_lo, c_hi = sentence_bounds(doc.text, cue_start, cue_start + 1, ends)
        t = s.time
        date = (t.start if t and t.start else None) or doc.meta.published
        cur = self.db.execute(
            """INSERT INTO statements (doc, id, source_text, cue_text, cue_lemma, cue_class, negated, content_text,
               kind, channel, platform, time_text, time_start, time_end, date, confidence, context_start,
               context_end, data, statement_class, inferred) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (doc_pk, s.id, s.source.text, cue.text, cue.lemma, cue_class(cue.lemma), int(is_negated(cue.text)),
             s.content.text, s.kind, s.channel.kind if s.channel else None,
             s.channel.platform if s.channel else None, t.text if t else None, t.start if t else None,
             t.end if t else None, date, s.confidence, min(lo, c_lo), max(hi, c_hi), s.model_dump_json(),
             s.statement_class, int(s.source.inferred)))
        pk = cur.lastrowid
        self.db.execute("INSERT INTO statements_fts (rowid, content_text, source_text) VALUES (?, ?, ?)",
                        (pk, s.content.text, s.source.text))
        for aid in dict.fromkeys(actor_ids(s.source.actor)):
            if aid in actor_pk:
                self.db.execute("INSERT INTO statement_sources VALUES (?, ?)", (pk, actor_pk[aid]))
        return pk

    def _add_event(self, doc_pk: int, doc: Document, e: Event, actor_pk: dict[str, int],
                   st_pk: dict[str, int]) -> None:
        p, t = e.place, e.time
        d = dated_event(e, doc.meta.published)  # the JSON keeps the event as given; the columns are dated
        w = d.window or (None, None)
        cur = self.db.execute(
            """INSERT INTO events (doc, id, type, mode, trigger_text, place_text, place_name, place_country,
               place_kind, lat, lon, time_text, time_start, time_end, date, confidence, data, reported, win_start,
               win_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (doc_pk, e.id, e.type, e.mode, e.trigger.text, p.text if p else None,
             (p.name or p.text) if p else None, p.country if p else None, p.kind if p else None,
             p.lat if p else None, p.lon if p else None, t.text if t else None, t.start if t else None,
             t.end if t else None, d.date, e.confidence, e.model_dump_json(), d.reported, w[0], w[1]))
        pk = cur.lastrowid
        for role, parts in (("actor", e.actors), ("recipient", e.recipients)):
            for n, ea in enumerate(parts):
                self.db.execute("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?)",
                                (pk, role, n, actor_pk.get(ea.actor or ""), ea.text, ea.country, ea.sector))
        for n, cs in enumerate(e.status):
            self.db.execute("INSERT INTO event_status VALUES (?, ?, ?, ?)",
                            (pk, n, cs.status, st_pk.get(cs.statement or "")))
            for aid in dict.fromkeys(actor_ids(cs.by)):
                if aid in actor_pk:
                    self.db.execute("INSERT INTO event_status_by VALUES (?, ?, ?)", (pk, n, actor_pk[aid]))

    # -- reading ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table (current document versions only for the document-level tables)."""
        q = self.db.execute
        return {
            "documents": q("SELECT COUNT(*) FROM documents WHERE current").fetchone()[0],
            "versions": q("SELECT COUNT(*) FROM documents").fetchone()[0],
            "statements": q("SELECT COUNT(*) FROM statements JOIN documents d ON d.pk = doc WHERE d.current"
                            ).fetchone()[0],
            "events": q("SELECT COUNT(*) FROM events JOIN documents d ON d.pk = doc WHERE d.current").fetchone()[0],
            "corpus_actors": q("SELECT COUNT(*) FROM corpus_actors").fetchone()[0],
            "failures": q("SELECT COUNT(*) FROM failures").fetchone()[0],
        }

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check``: 'ok' for a sound file."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def document(self, ref: str | int) -> Document:
        """A stored document rebuilt as a :class:`Document`: by row number, hash, or id (current version)."""
        if isinstance(ref, int):
            row = self.db.execute("SELECT * FROM documents WHERE pk = ?", (ref,)).fetchone()
        else:
            row = self.db.execute("SELECT * FROM documents WHERE hash = ? OR (doc_id = ? AND current) "
                                  "ORDER BY hash = ? DESC LIMIT 1", (ref, ref, ref)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no document '{ref}'")
        return self._document(row)

    def documents(self, *, all_versions: bool = False) -> Iterator[Document]:
        """Every stored document (current versions unless ``all_versions``), in ingest order."""
        sql = "SELECT * FROM documents" + ("" if all_versions else " WHERE current") + " ORDER BY pk"
        for row in self.db.execute(sql):
            yield self._document(row)

    def _document(self, row: sqlite3.Row) -> Document:
        pk = row["pk"]
        actors = [Actor(id=a["id"], name=a["name"], type=a["type"], titles=json.loads(a["titles"]),
                        country=a["country"], mentions=[tuple(m) for m in json.loads(a["mentions"])])
                  for a in self.db.execute("SELECT * FROM actors WHERE doc = ? ORDER BY pk", (pk,))]
        statements = [Statement.model_validate_json(r[0])
                      for r in self.db.execute("SELECT data FROM statements WHERE doc = ? ORDER BY pk", (pk,))]
        events = [Event.model_validate_json(r[0])
                  for r in self.db.execute("SELECT data FROM events WHERE doc = ? ORDER BY pk", (pk,))]
        return Document(schema_version=row["schema_version"], id=row["doc_id"], text=row["text"],
                        meta=Meta.model_validate_json(row["meta"]),
                        removed=[Removed.from_dict(r) for r in json.loads(row["removed"])],
                        actors=actors, statements=statements, events=events)


