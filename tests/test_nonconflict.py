"""Events on reports of fires, storms, crashes, trials and company results (tests/data/nonconflict, written here).

No natural force, accident, company or sports team is coded as ASSAULT or as ACLED political violence, and a
negated happening ('nobody was injured') is no occurrence in the exports.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reportedly import extract
from reportedly.events.export import plover, write_acled
from reportedly.events.gate import occurs
from reportedly.model import Document

REPORTS = Path(__file__).parent / "data" / "nonconflict" / "reports.jsonl"
VIOLENCE = {"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"}


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    rows = [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 30
    return [extract(r["text"], id=r["id"], published=r["published"], outlet=r["outlet"]) for r in rows]


def test_nonconflict_no_assault_without_an_armed_actor(docs: list[Document]) -> None:
    assaults = [(d.id, e.trigger.text) for d in docs for e in d.events if e.type == "ASSAULT"]
    # the only violence in these reports is a stabbing in a criminal case (n21): an ASSAULT with context crime
    assert {doc for doc, _ in assaults} <= {"n21"}, assaults
    fire = next(d for d in docs if d.id == "n01")
    assert not any(e.type == "ASSAULT" for e in fire.events)
    # the fire itself is kept as OTHER (happenings group its reports), never exported as a PLOVER event
    assert any(e.type == "OTHER" and "destroy" in e.trigger.text for e in fire.events)
    assert not [r for r in plover(docs) if r["reportedly_type"] == "OTHER"]


def test_nonconflict_acled_export_codes_no_political_violence(docs: list[Document]) -> None:
    out = io.StringIO()
    write_acled(docs, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows, "the arrests, protests and agreements in these reports are still exported"
    assert not [(r["event_id_cnty"], r["event_text"]) for r in rows if r["event_type"] in VIOLENCE]
    assert any(r["event_type"] == "Protests" for r in rows)  # the workers' protest after the factory fire (n32)


def test_nonconflict_negated_happenings_are_no_occurrences(docs: list[Document]) -> None:
    negated = [e for d in docs for e in d.events if any(s.status == "negated" for s in e.status)]
    for e in negated:
        assert not occurs(e) or e.type in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT")
    records = list(plover(docs))
    assert all(r["event"] != ["ASSAULT"] or r["cite_info"]["corpus"] == "n21" for r in records)
    for r in records:
        statuses = {s["status"] for s in r["claim_status"]}
        assert "negated" not in statuses or r["event"] == ["REJECT"], r["event_text"]
    out = io.StringIO()
    write_acled(docs, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert all("negated" not in r["tags"] or r["plover_event"] == "REJECT" for r in rows)


def test_nonconflict_negation_reads_nobody_and_no_one() -> None:
    doc = extract("Police did not attack the marchers. The rebels killed no one. Nobody was injured in the raid, "
                  "the army said. None of the protesters was arrested.", id="neg", published="2026-03-05")
    for word in ("attack", "killed", "injured", "arrested"):
        e = next(e for e in doc.events if word in e.trigger.text)
        assert "negated" in {s.status for s in e.status} and not occurs(e), word
    assert [r["event_text"] for r in plover([doc])] == [["raid"]]  # the raid itself did happen


def test_nonconflict_timeline_leaves_out_what_did_not_happen_and_events_naming_no_one(tmp_path: Path) -> None:
    from reportedly.corpus import query
    from reportedly.corpus.actors import Linker
    from reportedly.corpus.store import Store

    text = ("Police arrested two men in Dunmore on Tuesday, the county police said. Police did not attack the "
            "marchers, a spokeswoman for the police said. Three people were killed in the blaze.")
    doc = extract(text, id="police", published="2026-03-05")
    assert any(e.trigger.text == "attack" and not occurs(e) for e in doc.events)
    with Store(tmp_path / "t.db") as store:
        store.add_document(doc, hash="police-1", key="police.txt", linker=Linker(store))
        lines = [t.summary for t in query.timeline(store, actor="Police") if t.kind == "event"]
    assert any("arrested" in s for s in lines)
    assert not any("attack" in s or s.split(":", 1)[1].startswith(" ?") for s in lines), lines


def test_nonconflict_generic_sources_claim_for_no_one() -> None:
    doc = extract("Statements from both sides said the rebels attacked the town of Kasese.", id="g",
                  published="2026-05-20")
    attack = next(e for e in doc.events if e.type == "ASSAULT")
    assert [(s.status, s.by) for s in attack.status] == [("claimed", None)]
