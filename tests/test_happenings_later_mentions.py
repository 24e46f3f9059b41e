"""A disaster's later mentions join its dated happening; an aftershock on another day and in another town stays
apart. Five short reports written for this test, ingested through the real pipeline (all cores and one worker)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly.corpus.happenings import happenings
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store

REPORTS = [
    ("q1", "2026-04-05", "Harbour Times", "Earthquake flattens homes in Tabriz",
     "A magnitude 6.4 earthquake struck Tabriz before dawn on Sunday, flattening dozens of homes and killing at least "
     "40 people, officials said.\n\nRescuers searched the rubble through the day."),
    ("q2", "2026-04-06", "Valley Post", "Tabriz quake toll rises",
     "The death toll from the earthquake that struck Tabriz on Sunday rose to 52, the provincial governor said on "
     "Monday.\n\nHundreds of families spent the night in tents."),
    # four days on, the quake is "Sunday's earthquake": before, it took the week before the report and stayed out
    ("q3", "2026-04-09", "Evening Ledger", "Builders held over collapsed flats",
     "Police arrested six builders over the collapse of apartment blocks in Sunday's earthquake, the prosecutor said "
     "on Thursday.\n\nThe prosecutor said the blocks had been built without permits."),
    ("q4", "2026-04-09", "Northern Wire", "Aftershock kills two in Marand",
     "A strong aftershock struck Marand on Wednesday evening, killing two people and injuring 15, the Red Crescent "
     "said.\n\nSchools in Marand were closed."),
    ("q5", "2026-04-10", "Harbour Times", "Marand aftershock: schools shut",
     "Two people died when an aftershock hit Marand on Wednesday, the Red Crescent said on Friday.\n\nSchools in the "
     "town stay closed."),
]


@pytest.mark.parametrize("jobs", [None, 1])
def test_a_later_report_of_sundays_earthquake_joins_it_and_the_aftershock_stays_apart(tmp_path: Path,
                                                                                     jobs: int | None) -> None:
    corpus = tmp_path / "quake.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "published": p, "outlet": o, "title": t, "text": f"{t}\n\n{x}"})
                              + "\n" for i, p, o, t, x in REPORTS), encoding="utf-8")
    with Store(tmp_path / "q.db") as s:
        assert ingest(s, [corpus], jobs=jobs, progress=False).processed == len(REPORTS)
        groups = sorted(sorted({v.document.id for v in h.versions}) for h in happenings(s, limit=None))
    assert ["q1", "q2", "q3"] in groups
    assert ["q4", "q5"] in groups
    assert not any({"q1", "q4"} <= set(g) or {"q3", "q5"} <= set(g) for g in groups)
