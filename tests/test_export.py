"""Export of events as PLOVER JSONL and ACLED CSV, and the export command, on texts written here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from reportedly import extract
from reportedly.cli import main
from reportedly.events.export import ACLED_COLUMNS, acled_row, entity_code, plover, write_acled

TEXT = ("The defence ministry said on Saturday that its troops had captured two villages near the town of Sumy. "
        "The mayor of Sumy denied that the villages had been captured.\n"
        "The minister accused the rebels of shelling a school.\n")


def test_export_plover_record_keeps_claim_status_and_statements() -> None:
    doc = extract(TEXT, id="report-1", published="2025-03-16", title="Villages captured")
    records = list(plover([doc]))
    assert len(records) == len(doc.events)
    capture = next(r for r in records if "captured" in " ".join(r["event_text"]))
    assert capture["id"].startswith("report-1-e")
    assert capture["event"] == ["ASSAULT"] and capture["reportedly_type"] == "ASSAULT"
    assert {s["status"] for s in capture["claim_status"]} == {"claimed", "denied"}
    assert {s["cue"] for s in capture["statements"]} == {"said", "denied"}
    assert capture["event_loc"]["resolved_place"] == "Sumy" and capture["event_loc"]["country_code"] == "UKR"
    assert capture["cite_info"]["title"] == "Villages captured"
    assert capture["size"]["counts"][0]["value"] == 2.0
    for field in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "event_text",
                  "text_info", "cite_info", "size"):
        assert field in capture
    accuse = next(r for r in records if r["event"] == ["ACCUSE"])
    assert accuse["speech_act_of"] and accuse["recipient"][0]["entity_text"] == "the rebels"
    json.dumps(records)  # plain JSON


def test_export_plover_entity_codes_for_international_bodies() -> None:
    assert entity_code("ORG:UN") == "UNO" and entity_code("ORG:EU") == "EUR" and entity_code("ORG:NATO") == "IGO"
    assert entity_code("UKR") == "UKR" and entity_code(None) is None


def test_export_acled_rows_map_types_and_keep_our_fields() -> None:
    doc = extract("Russian drones struck Sumy overnight, killing two people, the regional governor said.",
                  published="2025-03-16")
    out = io.StringIO()
    n = write_acled([doc], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows) == len(doc.events)
    assert list(rows[0])[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    strike = next(r for r in rows if r["event_text"] == "struck")
    assert (strike["event_type"], strike["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert strike["location"] == "Sumy" and strike["iso"] == "UKR" and strike["geo_precision"] == "1"
    assert strike["claim_status"].startswith("claimed")
    killing = acled_row(doc, next(e for e in doc.events if "killing" in e.trigger.text))
    assert killing["fatalities"] == 2


def test_export_command_on_a_text_file_and_on_extracted_documents(tmp_path: Path) -> None:
    runner = CliRunner()
    text = tmp_path / "report.txt"
    text.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(main, ["export", str(text), "--format", "plover", "--published", "2025-03-16"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines()]
    assert lines and all(r["claim_status"] for r in lines)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "r1", "text": TEXT, "published": "2025-03-16"}) + "\n", encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    assert runner.invoke(main, ["extract", "--input", str(corpus), "--output", str(docs), "--jobs", "1"]).exit_code == 0
    out = tmp_path / "events.csv"
    res = runner.invoke(main, ["export", str(docs), "--format", "acled", "--output", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == len(lines) and rows[0]["reportedly_doc"] == "r1"
    sure = runner.invoke(main, ["export", str(docs), "--format", "plover", "--min-confidence", "0.9"])
    kept = [json.loads(x) for x in sure.output.splitlines()]
    assert len(kept) < len(lines) and all(r["confidence"] >= 0.9 for r in kept)


def test_export_command_bad_input_is_one_line(tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["export", str(tmp_path / "missing.txt"), "--format", "plover"])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "missing.txt" in res.output
    bad = tmp_path / "not-documents.jsonl"
    bad.write_text('{"hello": 1}\n', encoding="utf-8")
    res = runner.invoke(main, ["export", str(bad), "--format", "acled"])
    assert res.exit_code == 2 and "not a JSONL of extracted documents" in res.output
    assert "Traceback" not in res.output


def test_export_plover_and_acled_carry_the_class_of_the_statement_behind_a_claim_status() -> None:
    from tests.storehelp import event_doc

    doc = event_doc()  # e1: claimed by s1 ('said'), denied by s2 ('denied'), here made a belief
    doc.statements[1] = doc.statements[1].model_copy(update={"statement_class": "cognition"})
    record = next(plover([doc]))
    assert [(s["status"], s["statement"], s["statement_class"]) for s in record["claim_status"]] == [
        ("claimed", "s1", "speech"), ("denied", "s2", "cognition")]
    assert [(s["id"], s["class"]) for s in record["statements"]] == [("s1", "speech"), ("s2", "cognition")]
    row = acled_row(doc, doc.events[0])
    assert row["statements"] == "s1; s2" and row["statement_classes"] == "speech; cognition"
    out = io.StringIO()
    write_acled([doc], out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["statement_classes"] == "speech; cognition"
