"""Reports that name one happening with different words ('outage' / 'blackout', 'walkout' / 'strike', 'held
talks' / 'the meeting') compare them as one word ('word' rows of data/happenings.tsv); an outage and the
blackout of another town a week later, in the same words, stay apart. Reports written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from reportedly.corpus.happenings import happenings
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.profiles import sentence_words, similarity
from reportedly.corpus.store import Store


def test_words_of_one_kind_of_happening_count_as_one() -> None:
    a = sentence_words("The outage left Dravenport without power.")
    b = sentence_words("The blackout left Dravenport without power.")
    assert a == b
    assert "meet" in sentence_words("The two ministers held talks in Ostrava.")
    assert "meet" in sentence_words("The meeting in Ostrava lasted three hours.")
    assert sentence_words("Dockers staged a walkout.").keys() & sentence_words("The dockers' strike ended.").keys()
    # words of other happenings keep their own: a fire is no blackout
    assert similarity(sentence_words("A fire hit the depot."), sentence_words("A blackout hit the depot.")) < 1


REPORTS = [
    ("o1", "2026-03-10", "Harbour Post", "Hackers hit Tessel Power grid",
     "VARNOSTA, March 10 - Hackers attacked the Tessel Power grid on Monday night and caused an outage across "
     "Dravenport, the operator said."),
    ("o2", "2026-03-11", "Plains Ledger", "Hospitals ran on generators",
     "Two hospitals in Dravenport ran on diesel generators during Monday night's blackout, their director Ilsa "
     "Marrow said on Tuesday."),
    ("o3", "2026-03-11", "Coastal Wire", "Engineers restore power",
     "Engineers restored power to Dravenport on Tuesday morning, nine hours after Monday night's blackout began, "
     "Tessel Power said."),
    ("o4", "2026-03-18", "Coastal Wire", "Storm cuts power in Lindholt",
     "A storm brought down lines near Lindholt on Tuesday and caused an outage for 4,000 homes in the town, "
     "Tessel Power said."),
    ("o5", "2026-03-18", "Harbour Post", "Lindholt dark after storm",
     "Some 4,000 homes in Lindholt were left in a blackout on Tuesday when a storm hit, Tessel Power said."),
]


def test_an_outage_told_as_blackout_is_one_happening(tmp_path: Path) -> None:
    corpus = tmp_path / "grid.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "published": p, "outlet": o, "title": t, "text": f"{t}\n\n{x}"})
                              + "\n" for i, p, o, t, x in REPORTS), encoding="utf-8")
    with Store(tmp_path / "g.db") as s:
        assert ingest(s, [corpus], jobs=1, progress=False).processed == len(REPORTS)
        groups = [{v.document.id for v in h.versions} for h in happenings(s, limit=None)]
    assert any({"o1", "o2", "o3"} <= g for g in groups)
    assert any({"o4", "o5"} <= g for g in groups)
    assert not any(g & {"o1", "o2", "o3"} and g & {"o4", "o5"} for g in groups)
