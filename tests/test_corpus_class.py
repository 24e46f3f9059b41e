"""Statement classes in the corpus store: the 0002 migration, the columns, the query filters, scope, exports, CLI."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from reportedly import extract
from reportedly.cli import main
from reportedly.corpus import query
from reportedly.corpus.actors import Linker
from reportedly.corpus.claims import ClaimWriter
from reportedly.corpus.contradictions import contradictions
from reportedly.corpus.export import export
from reportedly.corpus.happenings import Linkers
from reportedly.corpus.stance import stance
from reportedly.corpus.store import MIGRATIONS, Store, stored_class
from reportedly.errors import InputError
from reportedly.model import Content, Cue, Document, Meta, Source, Statement
from tests.classhelp import CLASSES, FERRY, ferry_doc, ferry_store
from tests.storehelp import event_doc


def _old_statement_json(doc_text: str, sid: str, lemma: str, cue: str, kind: str, content: str) -> str:
    """A statement as reportedly wrote it before schema 1.1: no 'class', no 'source.inferred'."""
    start = doc_text.index(content)
    cue_at = doc_text.index(cue) if cue else 0
    return json.dumps({"id": sid, "source": {"actor": None, "text": "", "spans": []},
                       "cue": {"text": cue, "lemma": lemma, "spans": [[cue_at, cue_at + len(cue)]]},
                       "content": {"text": content, "spans": [[start, start + len(content)]]},
                       "kind": kind, "channel": None, "time": None, "confidence": 1.0})


OLD_TEXT = ("Officials said the bridge was closed. Analysts believe it will reopen. Traders fear the worst. "
            "The mayor wants a new bridge. “It is a disgrace,” a resident zorbled. Engineers zorbled it was safe. "
            "According to the police, nobody was hurt.")
OLD_ROWS = [  # id, lemma, cue, kind, content, expected class
    ("s1", "say", "said", "indirect", "the bridge was closed", "speech"),
    ("s2", "believe", "believe", "indirect", "it will reopen", "cognition"),
    ("s3", "fear", "fear", "indirect", "the worst", "sentiment"),
    ("s4", "want", "wants", "indirect", "a new bridge", "volition"),
    ("s5", "zorble", "zorbled", "direct", "“It is a disgrace,”", "speech"),  # unknown cue, a quotation
    ("s6", "zorble", "zorbled", "indirect", "it was safe", "cognition"),  # unknown cue, no quotation
    ("s7", "according to", "According to", "indirect", "nobody was hurt", "speech"),
]


def _store_at_0001(db: Path) -> None:
    """A store as reportedly wrote it before 0002: only the first migration, one document, old statement rows."""
    name, statements = MIGRATIONS[0]
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                "applied_at TEXT NOT NULL)")
    for sql in statements:
        con.execute(sql)
    con.execute("INSERT INTO schema_version VALUES (1, ?, '2025-01-01T00:00:00+00:00')", (name,))
    con.execute("""INSERT INTO documents (hash, key, doc_id, version, current, published, text, meta, removed,
                   schema_version, n_statements, n_events, ingested_at)
                   VALUES ('h-old', 'old.txt', 'old', 1, 1, '2025-02-01', ?, '{}', '[]', '1.0', ?, 0, 'x')""",
                (OLD_TEXT, len(OLD_ROWS) + 1))
    rows = [(sid, lemma, cue, kind, content, _old_statement_json(OLD_TEXT, sid, lemma, cue, kind, content))
            for sid, lemma, cue, kind, content, _ in OLD_ROWS]
    # a row written by a reportedly that already put 'class' and 'source.inferred' in the JSON (schema 1.1)
    newer = json.loads(_old_statement_json(OLD_TEXT, "s8", "zorble", "zorbled", "indirect", "it was safe"))
    newer["class"], newer["source"]["inferred"] = "volition", True
    rows.append(("s8", "zorble", "zorbled", "indirect", "it was safe", json.dumps(newer)))
    for n, (sid, lemma, cue, kind, content, data) in enumerate(rows, 1):
        con.execute("""INSERT INTO statements (pk, doc, id, source_text, cue_text, cue_lemma, negated, content_text,
                       kind, date, confidence, context_start, context_end, data)
                       VALUES (?, 1, ?, '', ?, ?, 0, ?, ?, '2025-02-01', 1.0, 0, 10, ?)""",
                    (n, sid, cue, lemma, content, kind, data))
        con.execute("INSERT INTO statements_fts (rowid, content_text, source_text) VALUES (?, ?, '')", (n, content))
    con.commit()
    con.close()


def test_store_migration_0002_backfills_class_and_inferred_of_a_0001_store(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _store_at_0001(db)
    with pytest.raises(Exception, match="needs migrating"):
        Store(db, readonly=True)
    with Store(db) as store:  # a writing open migrates
        assert store.applied_migrations()[:2] == ["0001_initial", "0002_statement_class"]
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
        rows = {r["id"]: (r["statement_class"], r["inferred"])
                for r in store.db.execute("SELECT id, statement_class, inferred FROM statements")}
        assert rows == {**{sid: (cls, 0) for sid, _, _, _, _, cls in OLD_ROWS}, "s8": ("volition", 1)}
        index = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'statements_class'").fetchone()
        assert "statement_class" in index[0]
        assert store.integrity_check() == "ok"
        # the stored JSON now says what the column says, so the rebuilt document agrees
        doc = store.document("old")
        assert [s.statement_class for s in doc.statements] == [cls for *_, cls in OLD_ROWS] + ["volition"]
        assert doc.statements[-1].source.inferred is True
    with Store(db, readonly=True) as store:
        assert len(query.statements(store)) == 8  # user defaults: every class
        assert [h.statement for h in query.statements(store, statement_class="cognition")] == ["s2", "s6"]
        assert [h.statement for h in query.statements(store, scope="speech")] == ["s1", "s5", "s7"]
        assert [h.statement for h in query.statements(store, text="bridge")] == ["s1", "s4"]
    with Store(db) as store:
        assert store.migrate() == []


def test_store_stored_class_derives_the_class_as_the_extractor_does() -> None:
    doc = extract(FERRY, published="2025-05-06")
    assert {s.statement_class for s in doc.statements} == {"speech", "cognition", "sentiment", "volition"}
    for st in doc.statements:
        assert stored_class(st.cue.lemma if st.cue else "", st.kind) == st.statement_class, st
    assert stored_class("", "direct") == "speech"  # a quotation with no cue
    assert stored_class("say", "indirect", "sentiment") == "sentiment"  # the JSON's class wins
    assert stored_class(None, None) == "speech"  # no cue at all
    assert stored_class("zorble", None) == "cognition"


def test_store_writes_class_and_inferred_and_keeps_cue_less_statements(tmp_path: Path) -> None:
    doc = ferry_doc()
    with Store(tmp_path / "r.db") as store:
        store.add_document(doc, hash="h1", key="ferry.txt", linker=Linker(store))
        rows = store.db.execute("SELECT id, statement_class, inferred, cue_text FROM statements ORDER BY pk").fetchall()
        assert [(r[0], r[1]) for r in rows] == list(CLASSES.items())
        assert [r[0] for r in rows if r[2]] == ["s6"] and rows[-1][3] == ""
        assert store.document("ferry") == doc


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ferry_store(tmp_path_factory.mktemp("ferry"))


def test_query_statements_filter_by_class_and_scope(ferry_db: Path) -> None:
    with Store(ferry_db, readonly=True) as store:
        every = query.statements(store)  # user defaults: scope all, every class
        assert [(h.statement, h.statement_class) for h in every] == list(CLASSES.items())
        assert [h.statement for h in query.statements(store, statement_class="sentiment")] == ["s3"]
        assert [h.statement for h in query.statements(store, statement_class=["cognition", "volition"])] == ["s2",
                                                                                                               "s4"]
        speech = query.statements(store, scope="speech")
        assert [h.statement for h in speech] == ["s1", "s5", "s6"]
        assert query.statements(store, scope="speech", statement_class="speech") == speech
        assert [h.statement for h in query.statements(store, actor="Okafor", scope="all")] == ["s1", "s3", "s5", "s6"]
        with pytest.raises(InputError, match="outside --scope speech"):
            query.statements(store, scope="speech", statement_class="cognition")
        with pytest.raises(InputError, match="not a statement class"):
            query.statements(store, statement_class="belief")
        with pytest.raises(InputError, match="not a scope"):
            query.statements(store, scope="most")
    cueless = every[-1]
    assert cueless.inferred and cueless.cue == "" and cueless.spans["cue"] == []
    assert not any(h.inferred for h in every[:-1])
    data = cueless.model_dump(mode="json")
    assert data["class"] == "speech" and data["inferred"] is True and "statement_class" not in data


def test_query_timeline_narrows_statements_by_class_and_keeps_their_class(ferry_db: Path) -> None:
    with Store(ferry_db, readonly=True) as store:
        every = query.timeline(store, actor="Okafor")  # user defaults
        assert [(t.ref, t.statement_class) for t in every] == [("s1", "speech"), ("s3", "sentiment"),
                                                                ("s5", "speech"), ("s6", "speech")]
        assert [t.ref for t in query.timeline(store, actor="Okafor", scope="speech")] == ["s1", "s5", "s6"]
        assert [t.ref for t in query.timeline(store, actor="Okafor", statement_class="sentiment")] == ["s3"]
    assert every[-1].summary == "Ines Okafor: “Nobody will wait more than an hour.”"  # no cue, no empty cue word
    assert every[0].model_dump(mode="json")["class"] == "speech"


def _ceasefire_docs() -> list[Document]:
    from tests.storehelp import person

    said = "Defence Minister Ilse Marek said Southland would not accept a ceasefire."
    hopes = "General Anton Werner hopes Southland will accept a ceasefire."
    docs = []
    for doc_id, text, name, lemma, cue, cls in (("said", said, "Ilse Marek", "say", "said", "speech"),
                                                ("hopes", hopes, "Anton Werner", "hope", "hopes", "sentiment")):
        a = person("a1", name, text)
        content = text[text.index(cue) + len(cue) + 1:-1]
        c0 = text.index(content)
        st = Statement(id="s1", source=Source(actor="a1", text=name, spans=a.mentions[:1]),
                       cue=Cue(text=cue, lemma=lemma, spans=[(text.index(cue), text.index(cue) + len(cue))]),
                       content=Content(text=content, spans=[(c0, c0 + len(content))]), kind="indirect",
                       statement_class=cls)
        docs.append(Document(id=doc_id, text=text, meta=Meta(published="2025-04-10"), actors=[a], statements=[st]))
    return docs


def test_stance_reads_every_class_unless_scope_is_speech(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        linker = Linker(store)
        for n, doc in enumerate(_ceasefire_docs()):
            store.add_document(doc, hash=f"h{n}", key=doc.id, linker=linker)
        every = stance(store, topic="ceasefire")  # user defaults
        assert {s.actor.name: s.position for s in every} == {"Ilse Marek": "opposes", "Anton Werner": "supports"}
        werner = next(s for s in every if s.actor.name == "Anton Werner")
        assert werner.evidence[0].statement.statement_class == "sentiment"
        speech = stance(store, topic="ceasefire", scope="speech")
        assert [s.actor.name for s in speech] == ["Ilse Marek"]


def test_contradictions_read_every_class_unless_scope_is_speech(tmp_path: Path) -> None:
    doc = event_doc()  # s1 claims Sudzha was captured, s2 denies it; e1 claimed by s1, denied by s2
    doc.statements[1] = doc.statements[1].model_copy(update={"statement_class": "cognition"})
    with Store(tmp_path / "c.db") as store:
        store.add_document(doc, hash="h1", key="sudzha", linker=Linkers(Linker(store), ClaimWriter(store)))
        [every] = contradictions(store)  # user defaults: a belief holds a side as much as a statement
        [denial] = every.denied.evidence
        assert denial.statement.statement_class == "cognition" and denial.statement.statement == "s2"
        assert every.asserted.evidence[0].statement.statement_class == "speech"
        [event] = query.events(store)
        assert [(c.status, c.statement, c.statement_class) for c in event.status] == [
            ("claimed", "s1", "speech"), ("denied", "s2", "cognition")]
        assert contradictions(store, scope="speech") == []  # what was said: the claim alone, nobody denies it


def test_store_export_statements_carry_class_and_inferred(ferry_db: Path, tmp_path: Path) -> None:
    with Store(ferry_db, readonly=True) as store:
        for fmt in ("jsonl", "csv", "parquet"):
            export(store, tmp_path / fmt, fmt=fmt, tables=("statements",))  # user defaults otherwise
    jsonl = [json.loads(line) for line in (tmp_path / "jsonl" / "statements.jsonl").read_text().splitlines()]
    assert [(r["statement"], r["class"], r["inferred"]) for r in jsonl] == [
        (sid, cls, sid == "s6") for sid, cls in CLASSES.items()]
    assert jsonl[-1]["cue"] == "" and jsonl[-1]["cue_spans"] == []
    with (tmp_path / "csv" / "statements.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["class"] for r in rows] == list(CLASSES.values()) and rows[-1]["inferred"] == "True"
    table = pq.read_table(tmp_path / "parquet" / "statements.parquet").to_pylist()
    assert [r["class"] for r in table] == list(CLASSES.values()) and table[-1]["inferred"] is True


def test_cli_statements_by_class_and_scope(ferry_db: Path) -> None:
    run = CliRunner().invoke
    every = run(main, ["statements", "--db", str(ferry_db), "--format", "json"])  # user defaults: all
    assert every.exit_code == 0, every.output
    assert [r["class"] for r in json.loads(every.output)] == list(CLASSES.values())
    speech = run(main, ["statements", "--db", str(ferry_db), "--scope", "speech", "--format", "json"])
    assert [r["statement"] for r in json.loads(speech.output)] == ["s1", "s5", "s6"]
    two = run(main, ["statements", "--db", str(ferry_db), "--class", "cognition", "--class", "volition",
                     "--format", "csv"])
    lines = list(csv.DictReader(two.output.splitlines()))
    assert [(r["id"], r["class"]) for r in lines] == [("s2", "cognition"), ("s4", "volition")]
    table = run(main, ["statements", "--db", str(ferry_db), "--format", "table"], env={"COLUMNS": "240"})
    assert "sentiment" in table.output and "(no cue)" in table.output and "(inferred)" in table.output
    bad = run(main, ["statements", "--db", str(ferry_db), "--scope", "speech", "--class", "cognition"])
    assert bad.exit_code == 2 and bad.output.count("\n") == 1 and "outside --scope speech" in bad.output
    timeline = run(main, ["timeline", "--db", str(ferry_db), "--actor", "Okafor", "--scope", "speech",
                          "--format", "json"])
    assert [r["ref"] for r in json.loads(timeline.output)] == ["s1", "s5", "s6"]
    timeline = run(main, ["timeline", "--db", str(ferry_db), "--actor", "Okafor", "--format", "csv"])
    assert [r["class"] for r in csv.DictReader(timeline.output.splitlines())] == ["speech", "sentiment", "speech",
                                                                                    "speech"]
