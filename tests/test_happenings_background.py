"""A background relative clause that every report of a story repeats does not join a report to a happening it
does not tell. Four short reports written for this test, ingested through the real pipeline (all cores and one
worker)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly.corpus.happenings import happenings
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store

BACKGROUND = ("The Lakeside Farmers' League, which campaigned against the Orrin dam for a decade and took the "
              "water board to court in 2024, has some 9,000 members.")
REPORTS = [
    ("d1", "2026-06-02", "Valley Courier", "Farmers block dam road",
     "Hundreds of farmers blocked the access road to the Orrin dam site near Castlemere on Monday, halting "
     f"construction traffic for six hours.\n\n{BACKGROUND}"),
    ("d2", "2026-06-02", "Lake Herald", "Dam road blockade",
     "Farmers blocked the road to the Orrin dam building site outside Castlemere on Monday, stopping lorries for "
     f"six hours, police said.\n\n{BACKGROUND}"),
    ("d3", "2026-06-05", "Valley Courier", "Water board fines contractor",
     "The regional water board fined the dam's main contractor 400,000 euros on Thursday over a diesel spill "
     f"into the Orrin river.\n\n{BACKGROUND}"),
    ("d4", "2026-06-06", "Lake Herald", "Contractor fined over diesel spill",
     "The water board on Thursday fined the contractor building the Orrin dam 400,000 euros for a diesel spill "
     f"into the river.\n\n{BACKGROUND}"),
]


@pytest.mark.parametrize("jobs", [None, 1])
def test_a_shared_background_clause_joins_no_two_happenings(tmp_path: Path, jobs: int | None) -> None:
    corpus = tmp_path / "dam.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "published": p, "outlet": o, "title": t, "text": f"{t}\n\n{x}"})
                              + "\n" for i, p, o, t, x in REPORTS), encoding="utf-8")
    with Store(tmp_path / "d.db") as s:
        assert ingest(s, [corpus], jobs=jobs, progress=False).processed == len(REPORTS)
        groups = sorted(sorted({v.document.id for v in h.versions}) for h in happenings(s, limit=None))
    assert ["d1", "d2"] in groups
    assert ["d3", "d4"] in groups
    assert not any({"d1", "d3"} <= set(g) or {"d2", "d4"} <= set(g) for g in groups)
