"""PLV-style evaluation of event types, on gold sentences written for these tests (and PLV itself when present)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import main
from reportedly.errors import InputError
from reportedly.evaluation import events as ev
from reportedly.events import classify
from tests.conftest import shared_file

GOLD = [
    ("<s>Police</s> arrested <t>three journalists</t> in the capital on Monday.", "COERCE"),
    ("<s>The rebels</s> shelled <t>a hospital</t> in the north of the country.", "ASSAULT"),
    ("<s>The foreign minister</s> met <t>his Japanese counterpart</t> in Tokyo.", "CONSULT"),
    ("<s>The opposition</s> rejected <t>the government's budget plan</t> on Tuesday.", "REJECT"),
    ("<s>The prime minister</s> condemned <t>the militants</t> for the bombing.", "ACCUSE"),
    ("<s>The army</s> released <t>twelve detained fishermen</t> after a week.", "YIELD"),
    ("<s>The European Union</s> imposed sanctions on <t>five oil companies</t>.", "SANCTION"),
    ("<s>The union</s> urged <t>the ministry</t> to raise teachers' salaries.", "REQUEST"),
    ("<s>Germany</s> sent medical supplies to <t>the flooded region</t>.", "AID"),
    ("<s>The president</s> praised <t>the mediators</t> for their patience.", "SUPPORT"),
    ("<s>The militia</s> threatened to attack <t>the port</t> if the talks failed.", "THREATEN"),
    ("<s>Thousands of farmers</s> protested against <t>the new tax</t> outside parliament.", "PROTEST"),
]


def write_gold(path: Path, rows: list[tuple[str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for n, (marked, label) in enumerate(rows, 1):
            plain = marked.replace("<s>", "").replace("</s>", "").replace("<t>", "").replace("</t>", "")
            fh.write(json.dumps({"sentence_id": str(n), "sentence": plain, "marked_sentence": marked,
                                 "gold_root": label}) + "\n")
    return path


def test_eval_events_unmark_gives_spans_in_the_plain_sentence() -> None:
    text, source, target = ev.unmark("<s>The army</s> released <t>twelve fishermen </t>.")
    assert text == "The army released twelve fishermen ."
    assert [text[s:e] for s, e in source] == ["The army"] and [text[s:e] for s, e in target] == ["twelve fishermen"]
    text, source, target = ev.unmark("<s>Kenya</s> closed its border with <t>Somalia</t> and <t>Somalia</t>'s ports.")
    assert len(target) == 2 and all(text[s:e] == "Somalia" for s, e in target)


def test_eval_events_shipped_model_on_own_sentences(tmp_path: Path) -> None:
    items = ev.read_plv(write_gold(tmp_path / "gold.jsonl", GOLD))
    res = ev.score_model(ev.prepare(items), classify.shipped())
    assert res["items"] == len(GOLD)
    assert res["accuracy"] >= 0.75  # clear cases; a regression in linking or typing shows here
    assert res["no_event"] <= 0.1


def test_eval_events_cross_validation_trains_only_on_other_folds(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    items = ev.read_plv(write_gold(tmp_path / "gold.jsonl", GOLD * 2))
    fold_of = ev.folds(len(items), 2)
    assert sorted(set(fold_of)) == [0, 1] and abs(fold_of.count(0) - fold_of.count(1)) <= 1
    res = ev.cross_validate(ev.prepare(items), k=2)
    assert res["folds"] == 2 and 0.0 <= res["accuracy"] <= 1.0 and res["items"] == len(items)


def test_eval_events_bad_gold_lines_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"marked_sentence": "<s>A</s> hit <t>B</t>.", "gold_root": "ASSAULT"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2: not valid JSON"):
        ev.read_plv(bad)
    bad.write_text('{"marked_sentence": "<s>A</s> hit <t>B</t>.", "gold_root": "DANCE"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown gold_root 'DANCE'"):
        ev.read_plv(bad)
    res = CliRunner().invoke(main, ["eval-events", str(bad), "--shipped"])
    assert res.exit_code == 2 and res.output.count("\n") == 1


def test_eval_events_command_reports_accuracy_and_macro_f1(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl", GOLD)
    res = CliRunner().invoke(main, ["eval-events", str(gold), "--shipped", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert set(data) >= {"accuracy", "macro_f1", "per_class", "no_event"}


def test_eval_events_plv_cross_validation_gate() -> None:
    """5-fold cross-validation on the shared PLV training set stays above a pinned floor (about a minute)."""
    pytest.importorskip("sklearn")
    items = ev.read_plv(shared_file("data", "plover", "plv_train.jsonl"))
    res = ev.cross_validate(ev.prepare(items))
    assert res["accuracy"] >= 0.69 and res["macro_f1"] >= 0.65, ev.format_report(res)
