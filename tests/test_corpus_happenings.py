"""Happenings: events of several reports joined into one record per real happening, and the acceptance points
of issue #13 on our own week of reports (tests/data/week/: the Sudzha recapture told by many outlets, spelling
variants, generic subjects, two strikes on Sumy a week apart)."""

from __future__ import annotations

import json
import os
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from reportedly.api import Settings, create_app
from reportedly.cli import main
from reportedly.corpus import aside, identity, query
from reportedly.corpus.actors import Linker, generic_head
from reportedly.corpus.contradictions import contradictions
from reportedly.corpus.happenings import Clusterer, Linkers, family, happening, happenings
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.profiles import event_places, profile, sentence_words
from reportedly.corpus.stance import stance
from reportedly.corpus.store import Store
from reportedly.model import ClaimStatus, Content, Document, Event, EventActor, Meta, Place, TimeRef

WEEK = Path(__file__).parent / "data" / "week"
REPORTS = [WEEK / "reports.jsonl", WEEK / "sudzha.jsonl"]


# --- profiles and links on hand-built events ---------------------------------------------------------

def _event(eid: str, type_: str, trigger: str, where: str | None = None, recipient: str | None = None,
           day: str | None = None, status: list[ClaimStatus] | None = None, at: int = 0,
           kind: str = "city", resolved: bool = True) -> Event:
    return Event(id=eid, type=type_, trigger=Content(text=trigger, spans=[(at, at + len(trigger))]),
                 place=Place(text=where, spans=[], name=where if resolved else None, kind=kind) if where else None,
                 recipients=[EventActor(text=recipient, spans=[])] if recipient else [],
                 time=TimeRef(text=day, spans=[], start=day, end=day, grain="day") if day else None,
                 status=status or [])


def _doc(doc_id: str, published: str, *items: tuple[str, Event]) -> Document:
    """A document of the given sentences, each with its event (the trigger found in its sentence)."""
    text, events = "", []
    for sentence, e in items:
        at = len(text) + sentence.index(e.trigger.text)
        events.append(e.model_copy(update={"trigger": Content(text=e.trigger.text,
                                                               spans=[(at, at + len(e.trigger.text))])}))
        text += sentence + "\n\n"
    return Document(id=doc_id, text=text, meta=Meta(published=published, outlet=doc_id), events=events)


STRIKE = "A Russian missile {verb} a hospital in Sumy, killing four people and wounding eleven, officials said."


def test_corpus_happenings_family_places_and_days() -> None:
    assert family(_event("e1", "ASSAULT", "struck")) == "fighting"
    assert family(_event("e1", "SANCTION", "withdrawn")) == "fighting"  # Ukraine's account of the same fighting
    assert family(_event("e1", "CONSULT", "talks")) == "CONSULT"
    assert event_places(_event("e1", "ASSAULT", "struck", where="Sumy")) == {"sumy"}
    assert event_places(_event("e1", "ASSAULT", "struck", recipient="a hospital in Sumy")) == {"sumy"}
    assert event_places(_event("e1", "ASSAULT", "struck", where="Ukraine", kind="country")) == set()
    # a named place the gazetteer does not know, read by the parser as a village: kept, folded
    assert event_places(_event("e1", "ASSAULT", "shelled", where="Kok-Tash village", kind="village",
                               resolved=False)) == {"kok tash"}
    # capitalised words that are neither gazetteer nor parser places are no places
    assert event_places(_event("e1", "ASSAULT", "shot down", recipient="three Rafale jets")) == set()
    assert event_places(_event("e1", "AGREE", "agreed", recipient="a CEASEFIRE")) == set()
    dated = profile(_event("e1", "ASSAULT", "struck", day="2026-05-07"), "It struck on 7 May.", "2026-06-02")
    assert (dated.start, dated.end, dated.dated) == ("2026-05-07", "2026-05-07", True)
    undated = profile(_event("e1", "AGREE", "ceasefire"), "The ceasefire holds.", "2026-06-02")
    assert (undated.start, undated.end, undated.dated) == ("2026-05-26", "2026-06-02", False)  # a window, not June 2
    assert "sumy" in sentence_words(STRIKE.format(verb="struck")) and "officials" not in sentence_words(STRIKE)


def _members(store: Store) -> set[frozenset[tuple[str, str]]]:
    rows = store.db.execute("""SELECT he.happening, d.doc_id, e.id FROM happening_events he
                               JOIN events e ON e.pk = he.event JOIN documents d ON d.pk = e.doc""").fetchall()
    out: dict[int, set[tuple[str, str]]] = {}
    for hid, doc, ev in rows:
        out.setdefault(hid, set()).add((doc, ev))
    return {frozenset(v) for v in out.values()}


def _write(store: Store, docs: list[Document]) -> None:
    links = Linkers(Linker(store), Clusterer(store))
    for d in docs:
        store.add_document(d, hash=d.id, key=d.meta.outlet or d.id, linker=links)


def _strikes() -> list[Document]:
    return [
        _doc("wire", "2025-03-10", (STRIKE.format(verb="struck") + " It happened on Monday.",
                                    _event("e1", "ASSAULT", "struck", where="Sumy", day="2025-03-10"))),
        _doc("daily", "2025-03-10", ("A hospital in Sumy was hit by a Russian missile, killing four people.",
                                     _event("e1", "ASSAULT", "hit", recipient="a hospital in Sumy"))),
        _doc("weekly", "2025-03-12", ("Four people were killed when Russia attacked a hospital in Sumy on Monday.",
                                      _event("e2", "ASSAULT", "attacked", where="Sumy", day="2025-03-10"))),
        _doc("later", "2025-03-17", ("Russian drones struck a bus depot in Sumy overnight, setting it on fire.",
                                     _event("e1", "ASSAULT", "struck", where="Sumy", day="2025-03-16"))),
        _doc("later2", "2025-03-18", ("A drone strike set a bus depot in Sumy on fire on Sunday night.",
                                      _event("e1", "ASSAULT", "drone strike", where="Sumy", day="2025-03-16"))),
        _doc("talks", "2025-03-10", ("Officials held talks in Sumy about repairing the power grid after winter.",
                                     _event("e1", "CONSULT", "talks", where="Sumy"))),
        _doc("elsewhere", "2025-03-10", (STRIKE.format(verb="struck").replace("Sumy", "Kharkiv"),
                                         _event("e1", "ASSAULT", "struck", where="Kharkiv", day="2025-03-10"))),
        # no place at all, undated: it clusters by its days (window) and words
        _doc("noplace1", "2025-03-11", ("Floodwater cut the main railway line and stranded two trains of pilgrims.",
                                        _event("e1", "AID", "stranded"))),
        _doc("noplace2", "2025-03-12", ("Two trains of pilgrims were stranded after floodwater cut the railway line.",
                                        _event("e1", "AID", "stranded"))),
    ]


def test_corpus_happenings_one_strike_three_ways_joins_and_other_days_and_places_stay_apart() -> None:
    with Store(":memory:") as s:
        _write(s, _strikes())
        assert _members(s) == {frozenset({("wire", "e1"), ("daily", "e1"), ("weekly", "e2")}),
                               frozenset({("later", "e1"), ("later2", "e1")}),
                               frozenset({("noplace1", "e1"), ("noplace2", "e1")})}
        first = happenings(s, place="Sumy")[0]
        assert (first.documents, first.start, first.end, first.family, first.dated) == (
            3, "2025-03-10", "2025-03-10", "fighting", True)
        assert first.place == "Sumy" and first.when == "2025-03-10"
        assert happening(s, first.key).id == first.id
        hits = query.events(s, document="wire")
        assert hits[0].happening == first.id and query.events(s, document="talks")[0].happening is None
        flood = next(h for h in happenings(s) if h.family == "AID")
        assert not flood.dated and flood.when.endswith("(window)") and flood.place == ""


def test_corpus_happenings_deferred_to_the_end_of_a_run_are_the_same_and_survive_an_interruption() -> None:
    with Store(":memory:") as every_batch:
        _write(every_batch, _strikes())
        expected = _members(every_batch)
    with Store(":memory:") as s:
        clusterer = Clusterer(s)
        clusterer.deferred = True  # what an ingest run does
        links = Linkers(Linker(s), clusterer)
        for d in _strikes():
            s.add_document(d, hash=d.id, key=d.meta.outlet or d.id, linker=links)
        assert _members(s) == set() and clusterer.unsettled()  # recorded, not yet clustered
        # the run is interrupted here: the next one (a new clusterer) settles what it left
        assert Clusterer(s).settle() > 0
        assert _members(s) == expected and not Clusterer(s).unsettled()


def _deferred(s: Store) -> Clusterer:
    """A store holding the strikes as an ingest run leaves them before it ends: happenings recorded, not clustered."""
    clusterer = Clusterer(s)
    clusterer.deferred = True
    links = Linkers(Linker(s), clusterer)
    for d in _strikes():
        s.add_document(d, hash=d.id, key=d.meta.outlet or d.id, linker=links)
    return clusterer


def test_corpus_happenings_settled_aside_while_other_work_runs_are_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(":memory:") as every_batch:
        _write(every_batch, _strikes())
        expected = _members(every_batch)
    monkeypatch.setattr(identity, "ASIDE_EVENTS", 0)
    children = []
    real_start = aside.start
    monkeypatch.setattr(aside, "start", lambda fn, calls: children.append(real_start(fn, calls)) or children[-1])
    with Store(tmp_path / "a.db") as s:
        clusterer = _deferred(s)
        with clusterer.settling():
            assert _members(s) == set()  # clustered in the child while this block runs, written after it
        assert children and children[0].pid is None  # a child ran, and was waited for
        assert _members(s) == expected and not clusterer.unsettled()
    # another connection writes to the store meanwhile: what was read may be stale, so it is clustered again here
    plans = []
    real_plan = Clusterer._plan
    monkeypatch.setattr(Clusterer, "_plan", lambda self, *a: plans.append(1) or real_plan(self, *a))
    with Store(tmp_path / "b.db") as s:
        clusterer = _deferred(s)
        with clusterer.settling(), Store(tmp_path / "b.db") as other, other.transaction():
            other.db.execute("UPDATE documents SET current = current")
        assert len(plans) == 2  # read again in the writing transaction
        assert _members(s) == expected and not clusterer.unsettled()
    # the other work fails: nothing is written, the events stay recorded for the next run
    with Store(tmp_path / "c.db") as s:
        clusterer = _deferred(s)
        with pytest.raises(KeyError), clusterer.settling():
            raise KeyError("interrupted")
        assert _members(s) == set() and clusterer.unsettled()
        assert Clusterer(s).settle() > 0 and _members(s) == expected
    # one core: settled here, before the block
    with Store(":memory:") as s:
        clusterer = _deferred(s)
        with clusterer.settling(aside=False):
            assert _members(s) == expected


def test_corpus_happenings_work_aside_falls_back_to_this_process() -> None:
    parent = os.getpid()
    assert aside.start(pow, [(2, 3), (3, 2)]).get() == [8, 9]
    # a child that dies without results: the work is done here instead
    assert aside.start(lambda x: os._exit(3) if os.getpid() != parent else x + 1, [(1,), (2,)]).get() == [2, 3]
    with pytest.raises(ZeroDivisionError):  # an error of the work itself is raised here, as without a child
        aside.start(lambda x: 1 / x, [(0,)]).get()
    slow = aside.start(time.sleep, [(60,)])
    started = time.monotonic()
    slow.cancel()
    assert slow.pid is None and time.monotonic() - started < 5


def test_corpus_happenings_any_ingest_order_gives_the_same_happenings() -> None:
    docs = _strikes()
    orders = [docs, list(reversed(docs)), docs[3:] + docs[:3], [docs[i] for i in (4, 0, 7, 2, 8, 1, 6, 3, 5)]]
    results = []
    for order in orders:
        with Store(":memory:") as s:
            _write(s, order)
            results.append((_members(s), {h.key for h in happenings(s, limit=None)}))
    assert all(r == results[0] for r in results[1:])


def test_corpus_happenings_do_not_chain_day_after_day() -> None:
    """Strikes on one town every day: each joins the reports of its own day, not the whole month (single linkage
    chained them into one)."""
    docs = [_doc(f"d{n}", f"2025-04-{n:02d}", (f"Russian drones struck the port of Odesa on day {n}, officials said.",
                                               _event("e1", "ASSAULT", "struck", where="Odesa",
                                                      day=f"2025-04-{n:02d}")))
            for n in range(1, 11)]
    with Store(":memory:") as s:
        _write(s, docs)
        for h in happenings(s, limit=None):
            assert h.start >= "2025-04-01" and (date.fromisoformat(h.end) - date.fromisoformat(h.start)).days <= 1


def test_corpus_happenings_same_document_only_is_no_happening_and_a_new_version_leaves() -> None:
    with Store(":memory:") as s:
        _write(s, [_doc("one", "2025-03-10", (STRIKE.format(verb="struck"), _event("e1", "ASSAULT", "struck",
                                                                                   where="Sumy")),
                        (STRIKE.format(verb="hit"), _event("e2", "ASSAULT", "hit", where="Sumy")))])
        assert _members(s) == set()
        _write(s, [_doc("two", "2025-03-11", (STRIKE.format(verb="shelled"),
                                              _event("e1", "ASSAULT", "shelled", where="Sumy")))])
        assert ("two", "e1") in set().union(*_members(s)) and len(_members(s)) == 1
        changed = _doc("two", "2025-03-11", ("Talks on grain exports opened in Odesa on Tuesday.",
                                             _event("e1", "CONSULT", "Talks", where="Odesa")))
        links = Linkers(Linker(s), Clusterer(s))
        s.add_document(changed, hash="two-v2", key="two", linker=links)  # the same key: a new version
        assert _members(s) == set()
        assert s.make_current("two", links)  # the first version back: its happening too
        assert ("two", "e1") in set().union(*_members(s))
        assert Clusterer(s).recluster() == 1


def test_corpus_happenings_lookups_use_indexes() -> None:
    with Store(":memory:") as s:
        _write(s, _strikes()[:3])
        plans = {
            "candidates": ("""SELECT k.* FROM happening_keys k WHERE k.event IN (
                                SELECT w.event FROM happening_words w WHERE w.word IN (?, ?)
                                AND w.start BETWEEN ? AND ?) AND k.doc != ? AND k.end >= ?""",
                           ("sumy", "hospital", "2025-02-01", "2025-03-11", 1, "2025-03-09")),
            "key of an event": ("SELECT * FROM happening_keys WHERE event = ?", (1,)),
            "keys of a document": ("SELECT event FROM happening_keys WHERE doc = ?", (1,)),
            "links": ("SELECT b FROM happening_links WHERE a = ? UNION SELECT a FROM happening_links WHERE b = ?",
                      (1, 1)),
            "happening of events": ("SELECT event, happening FROM happening_events WHERE event IN (?, ?)", (1, 2)),
            "members": ("""SELECT e.*, he.happening FROM happening_events he JOIN events e ON e.pk = he.event
                           JOIN documents d ON d.pk = e.doc WHERE he.happening IN (?) AND d.current""", (1,)),
            "by place": ("SELECT h.* FROM happenings h WHERE h.documents >= ? AND h.place = ? ORDER BY h.start, h.id",
                         (2, "sumy")),
            "by date": ("SELECT h.* FROM happenings h WHERE h.documents >= ? AND h.end >= ? AND h.start <= ? "
                        "ORDER BY h.start, h.id", (2, "2025-03-01", "2025-03-31")),
            "one": ("SELECT * FROM happenings WHERE id = ? OR key = ?", (1, "h")),
            "statement's events": ("SELECT event FROM event_status WHERE statement = ?", (1,)),
            "events by days": ("SELECT pk FROM events e WHERE e.win_end >= ? AND e.win_start <= ?",
                               ("2025-03-01", "2025-03-31")),
        }
        for what, (sql, params) in plans.items():
            plan = " | ".join(r[3] for r in s.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            for step in plan.split(" | "):
                assert not step.startswith("SCAN") or "USING" in step, (what, plan)


# --- our own week of reports, through the real pipeline -------------------------------------------

def _store(path: Path, reports: list[Path], jobs: int | None) -> Path:
    with Store(path) as s:
        summary = ingest(s, reports, jobs=jobs, progress=False)
        assert not summary.failed and summary.processed == 15, summary.lines()
    return path


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our own week of reports, ingested with the defaults a user gets (all cores); the happenings are clustered at
    the end in a process of their own (beside the actor revisit), as on a large run."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(identity, "ASIDE_EVENTS", 0)
        return _store(tmp_path_factory.mktemp("week") / "week.db", REPORTS, None)


def _actors(db: Path) -> set[tuple[str, frozenset[tuple[str, str]]]]:
    with Store(db, readonly=True) as s:
        rows = s.db.execute("""SELECT c.name, c.key, d.doc_id, a.id FROM actors a JOIN corpus_actors c
                               ON c.id = a.corpus_actor JOIN documents d ON d.pk = a.doc""").fetchall()
    out: dict[str, set[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    for name, key, doc, aid in rows:
        out.setdefault(key, set()).add((doc, aid))
        names[key] = name
    return {(names[k], frozenset(v)) for k, v in out.items()}


def test_corpus_happenings_another_ingest_order_gives_the_same_actors_and_happenings(
        week: Path, tmp_path: Path) -> None:
    backwards = tmp_path / "backwards.jsonl"
    lines = [line for f in REPORTS for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    backwards.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    other = _store(tmp_path / "other.db", [backwards], 1)
    assert _actors(other) == _actors(week)
    with Store(week, readonly=True) as a, Store(other, readonly=True) as b:
        assert _members(a) == _members(b) and len(_members(a)) >= 3
        assert {h.key for h in happenings(a, limit=None)} == {h.key for h in happenings(b, limit=None)}


def test_corpus_happenings_acceptance_one_actor_per_person_and_no_generic_actor(week: Path) -> None:
    with Store(week, readonly=True) as s:
        for name, full in (("Zelensky", "Volodymyr Zelensky"), ("Starmer", "Keir Starmer"),
                           ("Putin", "Vladimir Putin"), ("Peskov", "Dmitry Peskov"), ("Trump", "Donald Trump")):
            found = [a for a in query.actors(s, name=name, limit=None) if a.type == "person"]
            assert [a.name for a in found] == [full], (name, [(a.name, a.names) for a in found])
        zelensky = query.actors(s, name="Zelenskiy")[0]
        assert {"Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskii"} <= set(zelensky.aliases)
        assert {"Keir", "Kir Starmer"} <= set(query.actors(s, name="Starmer")[0].aliases)
        listed = query.actors(s, limit=None)
        assert not [a.name for a in listed if generic_head(a.name) and not a.country]
        assert not [a.name for a in listed if a.name.lower() in ("statements", "reports", "leaders", "monitors")]
        assert "White House official" not in query.actors(s, name="Zelensky")[0].titles
        rows = stance(s, topic="ceasefire")
        assert not [r.actor.name for r in rows if generic_head(r.actor.name) and not r.actor.country]


def test_corpus_happenings_acceptance_the_sudzha_recapture_is_one_happening(week: Path) -> None:
    with Store(week, readonly=True) as s:
        sudzha = happenings(s, place="Sudzha")
        assert len(sudzha) == 1
        h = sudzha[0]
        assert h.documents >= 5 and h.family == "fighting"
        assert {v.document.id for v in h.versions} >= {"sudzha-mod-claim", "sudzha-staff-withdrawal",
                                                        "sudzha-syrskyi-dispute", "sudzha-roundup"}
        russian = [v for v in h.versions if v.position == "claims" and any(a.country == "RUS" for a in v.claimed_by)]
        ukrainian = [v for v in h.versions if any(a.country == "UKR" for a in v.claimed_by + v.denied_by)]
        assert russian and ukrainian
        assert any(v.position == "denies" for v in ukrainian)
        for v in h.versions:  # every version points into its text
            text = s.document(v.document.hash).text
            lo, hi = v.spans["sentence"][0]
            assert text[lo:hi].strip() == v.sentence and v.trigger.split(" … ")[0] in v.sentence
        sumy = happenings(s, place="Sumy")
        assert sorted(x.documents for x in sumy) == [2, 3]  # two strikes a week apart stay apart
        found = contradictions(s, place="Sudzha", across_documents=True, limit=None)
        assert any(d.happening == h.id for d in found)
        assert any("Kestrel Institute" in d.denied.sources for d in found)  # 'no evidence supporting ...'
        assert not any("Kestrel Institute" in d.asserted.sources for d in contradictions(s, limit=None))


def test_corpus_happenings_cli_export_and_api(week: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["events", "--merged", "--db", str(week), "--format", "json", "--place", "Sudzha"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert len(data) == 1 and data[0]["versions"] and data[0]["versions"][0]["document"]["outlet"]
    every = json.loads(runner.invoke(main, ["events", "--merged", "--db", str(week), "--format", "json",
                                            "--limit", "0"]).output)
    cut = runner.invoke(main, ["events", "--merged", "--db", str(week), "--format", "json", "--limit", "1"])
    assert len(every) > 1 and len(json.loads(cut.stdout)) == 1
    assert f"showing 1 of {len(every)}; --limit 0 for all" in cut.stderr  # a cut listing says so
    csv_out = runner.invoke(main, ["events", "--merged", "--db", str(week), "--format", "csv"])
    header = "id,when,type,place,documents,independent,origins,claimed by,denied by,versions"
    assert csv_out.output.splitlines()[0] == header
    table = runner.invoke(main, ["events", "--merged", "--db", str(week), "--format", "table", "--place", "Sudzha"],
                          env={"COLUMNS": "400"}).output
    assert "Sudzha" in table and "2025-03-13" in table
    done = runner.invoke(main, ["export-store", "events", "happenings", "--db", str(week), "-o", str(tmp_path)])
    assert done.exit_code == 0, done.output
    events = [json.loads(x) for x in (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [json.loads(x) for x in (tmp_path / "happenings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["happening"] for e in events if e["happening"]} == {r["id"] for r in rows}
    with TestClient(create_app(Settings(store=str(week)))) as client:
        page = client.get("/happenings", params={"place": "Sudzha"}).json()
        assert len(page["items"]) == 1 and page["items"][0]["id"] == data[0]["id"]
        one = client.get(f"/happenings/{data[0]['id']}").json()
        assert one["key"] == data[0]["key"] and len(one["versions"]) == len(data[0]["versions"])
        assert client.get("/happenings/999999").status_code == 404
        assert client.get("/happenings", params={"since": "not a date"}).status_code == 422
        events = client.get("/events", params={"place": "Sudzha", "limit": 500}).json()["items"]
        assert any(e["happening"] == data[0]["id"] for e in events)


def test_corpus_happenings_with_the_seed_article(tmp_path: Path) -> None:
    """The seed article (read from ../shared when present, never copied) joins our week's actors and happening."""
    from tests.conftest import shared_file

    seed = shared_file("data", "seed", "ceasefire-summit.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "seed.jsonl"
    corpus.write_text(json.dumps({"id": "seed", "published": "2025-03-16", "text": seed}) + "\n", encoding="utf-8")
    with Store(tmp_path / "seed.db") as s:
        assert ingest(s, [corpus, *REPORTS], jobs=1, progress=False).processed == 16
        for name in ("Zelensky", "Starmer", "Putin", "Peskov", "Trump"):
            assert len([a for a in query.actors(s, name=name, limit=None) if a.type == "person"]) == 1, name
        sudzha = happenings(s, place="Sudzha")
        # the recapture of the town is one happening, and the seed's "which Russia recaptured this week" is in it;
        # the seed's overnight capture of two villages near the town is a happening of its own (another day)
        recapture = [h for h in sudzha if any(v.trigger.startswith(("recapture", "retake")) for v in h.versions)]
        assert len(recapture) == 1, [h.summary for h in sudzha]
        assert {"seed", "sudzha-mod-claim", "kremlin-call-readout"} <= {v.document.id for v in recapture[0].versions}


def test_corpus_happenings_a_store_keyed_by_older_profiles_is_keyed_again_on_upgrade(tmp_path: Path) -> None:
    """Migration 0008: a store whose happenings were keyed before speech occasions were a family of their own says
    so (``pending``), and the next ingest keys and clusters it again, giving what a new store gives."""
    path = tmp_path / "old.db"
    with Store(path) as s:
        _write(s, _strikes())
        fresh = _members(s)
        s.db.execute("DELETE FROM schema_version WHERE name = '0008_happening_profiles'")
        s.db.execute("DELETE FROM happening_events")  # as if an older rule had grouped nothing
        s.db.commit()
    with Store(path) as s:
        clusterer = Clusterer(s)
        assert clusterer.pending()
        clusterer.recluster()
        assert not clusterer.pending() and _members(s) == fresh
