"""The store: migrations, whole-document transactions, versions, readers during writes, round trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reportedly.corpus.actors import Linker
from reportedly.corpus.store import MIGRATIONS, Store, StoreError, sentence_bounds
from tests.storehelp import event_doc, said_doc


def test_store_migrations_are_named_recorded_and_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    with Store(db) as s:
        assert s.applied_migrations() == [name for name, _ in MIGRATIONS]
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as s:
        assert s.migrate() == []
        rows = s.db.execute("SELECT version, name FROM schema_version").fetchall()
        assert [tuple(r) for r in rows] == [(int(n[:4]), n) for n, _ in MIGRATIONS]  # version = number in the name


def test_store_refuses_a_newer_or_foreign_file(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    with Store(db) as s:
        s.db.execute("INSERT INTO schema_version VALUES (99, '0099_future', 'x')")
    with pytest.raises(StoreError, match="newer reportedly"):
        Store(db)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all, just bytes" * 100)
    with pytest.raises(StoreError, match="not a reportedly store"):
        Store(junk)
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.db", readonly=True)
    with pytest.raises(StoreError, match="folder does not exist"):
        Store(tmp_path / "no" / "such" / "dir.db")


def test_store_round_trip_keeps_documents_with_events(tmp_path: Path) -> None:
    doc = event_doc()
    with Store(tmp_path / "r.db") as s:
        linker = Linker(s)
        w = s.add_document(doc, hash="h1", key="k1", linker=linker)
        assert (w.outcome, w.version) == ("new", 1)
        back = s.document("sudzha")
        assert back == doc
        assert s.document("h1") == doc
        assert s.integrity_check() == "ok"
        row = s.db.execute("SELECT type, place_name, date, reported, win_start, win_end FROM events").fetchone()
        # undated in its text: no date of its own, the report's date, and the week up to the report as window
        assert tuple(row) == ("ASSAULT", "Sudzha", None, "2025-03-19", "2025-03-12", "2025-03-19")
        statuses = s.db.execute("""SELECT es.status, s.id, a.name FROM event_status es
                                   JOIN statements s ON s.pk = es.statement
                                   JOIN event_status_by b ON b.event = es.event AND b.position = es.position
                                   JOIN actors a ON a.pk = b.actor ORDER BY es.position""").fetchall()
        assert [tuple(r) for r in statuses] == [("claimed", "s1", "Russian defence ministry"),
                                                ("denied", "s2", "Ukraine's General Staff")]
        st = s.db.execute("SELECT date, cue_class FROM statements ORDER BY pk").fetchall()
        assert [tuple(r) for r in st] == [("2025-03-18", "speech"), ("2025-03-19", "denial")]


def test_store_duplicates_versions_and_old_versions_coming_back(tmp_path: Path) -> None:
    v1 = said_doc("memo", "Anna Berg said the bridge was closed.")
    v2 = said_doc("memo", "Anna Berg said the bridge was open again.")
    with Store(tmp_path / "r.db") as s:
        linker = Linker(s)
        assert s.add_document(v1, hash="h1", key="memo.txt", linker=linker).outcome == "new"
        assert s.add_document(v1, hash="h1", key="memo.txt", linker=linker).outcome == "duplicate"
        assert s.add_document(v1, hash="h1", key="copy.txt", linker=linker).outcome == "duplicate"
        w = s.add_document(v2, hash="h2", key="memo.txt", linker=linker)
        assert (w.outcome, w.version) == ("version", 2)
        assert s.counts()["documents"] == 1 and s.counts()["versions"] == 2
        assert "open again" in s.document("memo").text
        assert s.make_current("h1")
        assert "closed" in s.document("memo").text
        assert [d.text for d in s.documents(all_versions=True)] == [v1.text, v2.text]


def test_store_batch_is_all_or_nothing(tmp_path: Path) -> None:
    good = said_doc("good", "Anna Berg said the bridge was closed.")
    bad = said_doc("bad", "Tom Hale said nothing new.")
    with Store(tmp_path / "r.db") as s:
        linker = Linker(s)
        original = s._add_statement

        def explode(doc_pk: int, doc, st, actor_pk, ends=None):  # the second document fails half-way through
            if doc.id == "bad":
                raise sqlite3.IntegrityError("simulated failure half-way through a document")
            return original(doc_pk, doc, st, actor_pk, ends)

        s._add_statement = explode
        with pytest.raises(sqlite3.IntegrityError):
            s.add_documents([_incoming(good, "g"), _incoming(bad, "b")], linker=linker)
        assert s.counts()["documents"] == 0
        assert s.db.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == 0
        assert s.integrity_check() == "ok"


def _incoming(doc, h):
    from reportedly.corpus.store import Incoming

    return Incoming(doc, h, f"{h}.txt")


def test_store_readers_see_committed_state_while_a_write_is_open(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    writer = Store(db)
    linker = Linker(writer)
    writer.add_document(said_doc("one", "Anna Berg said the bridge was closed."), hash="h1", key="one", linker=linker)
    reader = Store(db, readonly=True)
    with writer.transaction():
        writer._add(_incoming(said_doc("two", "Tom Hale said the road was open."), "h2"), linker)
        # the write transaction is open: the reader is not blocked and sees the last commit
        assert reader.counts()["documents"] == 1
    assert reader.counts()["documents"] == 2
    with pytest.raises(sqlite3.OperationalError):
        reader.db.execute("DELETE FROM documents")
    reader.close()
    writer.close()


def test_store_sentence_bounds() -> None:
    text = "First one. Mr. Hale said “it is open.” Then more!\nNew line here"
    cue = text.index("said")
    lo, hi = sentence_bounds(text, cue, cue + 4)
    assert text[lo:hi] == "Mr. Hale said “it is open.”"
    lo, hi = sentence_bounds(text, text.index("line"), text.index("line") + 1)
    assert text[lo:hi] == "New line here"
