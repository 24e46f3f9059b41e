"""Speech happenings: a news conference or a post that several reports tell is one happening, by one speaker.

The reports are written for this test: a port strike in an invented country, told by three outlets; the union
leader's news conference on Tuesday and the port company's post on X the same day are two occasions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportedly import extract
from reportedly.corpus.happenings import happenings
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.profiles import family
from reportedly.corpus.store import Store

PUBLISHED = "2026-05-14"  # a Thursday

REPORTS = [
    ("p1", "Harbour Post", "Dockers extend strike at Velmar port",
     "VELMAR, May 13 (Harbour Post) - Dock workers at Velmar extended their strike on Wednesday.\n\n"
     "Union leader Tarik Osei told a news conference on Tuesday that the walkout would last "
     "\"as long as it takes\".\n\n"
     "The port company, Velmar Terminals, said in a post on X on Tuesday that it had offered a 6 percent raise."),
    ("p2", "Coastal Times", "Velmar strike: union vows to hold out",
     "Striking dockers in Velmar will not return to work, Tarik Osei said at a news conference on Tuesday.\n\n"
     "Osei told the news conference that 2,400 workers had joined the strike."),
    ("p3", "Daily Ledger", "Port operator says raise offer stands",
     "Velmar Terminals wrote in a post on X on Tuesday that its offer of a 6 percent raise still stood.\n\n"
     "The company did not say when talks would resume."),
]


def test_speech_a_news_conference_and_a_post_are_dated_occasions_of_their_speakers() -> None:
    doc = extract(REPORTS[0][3], published=PUBLISHED)
    speech = [e for e in doc.events if family(e) == "speech"]
    assert sorted(e.trigger.text.split(" on Tuesday")[0] for e in speech) == ["a news conference", "in a post on X"]
    assert all(e.type == "OTHER" and e.date == "2026-05-12" and e.statement for e in speech)
    speakers = {a.name for e in speech if e.actors[0].actor and (a := doc.actor(e.actors[0].actor))}
    assert speakers == {"Tarik Osei", "Velmar Terminals"}


def test_speech_two_quotes_from_one_news_conference_are_one_event() -> None:
    doc = extract(REPORTS[1][3], published=PUBLISHED)
    assert len([e for e in doc.events if family(e) == "speech"]) == 1


def test_speech_a_written_statement_is_no_occasion() -> None:
    doc = extract("The ministry said in a statement on Tuesday that the port would reopen.", published=PUBLISHED)
    assert not [e for e in doc.events if family(e) == "speech"]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [None, 1])
def test_speech_happenings_join_one_speaker_across_reports(tmp_path: Path, jobs: int | None) -> None:
    corpus = tmp_path / "port.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "published": PUBLISHED, "outlet": o, "title": t, "text": x}) + "\n"
                              for i, o, t, x in REPORTS), encoding="utf-8")
    with Store(tmp_path / "s.db") as s:
        assert ingest(s, [corpus], jobs=jobs, progress=False).processed == 3
        speech = [h for h in happenings(s, limit=None) if h.family == "speech"]
    docs = sorted(sorted({v.document.id for v in h.versions}) for h in speech)
    assert docs == [["p1", "p2"], ["p1", "p3"]]  # the union leader's conference; the company's post


def test_speech_the_occasion_of_a_participle_before_the_cue_is_the_channel() -> None:
    doc = extract("Speaking at a news conference in Velmar on Tuesday, Tarik Osei said the strike would go on. "
                  "Speaking to reporters, the port's director said talks would resume.", published=PUBLISHED)
    first, second = doc.statements
    assert first.channel is not None and first.channel.kind == "press_conference"
    assert first.time is not None and first.time.start == "2026-05-12"
    assert second.channel is not None and second.channel.kind == "media"  # reporters: no occasion of its own
    assert [e.date for e in doc.events if family(e) == "speech"] == ["2026-05-12"]


def test_speech_one_occasion_told_twice_keeps_both_spans_and_their_text() -> None:
    doc = extract("Tarik Osei wrote on X on Tuesday that the strike would go on. Later, Osei wrote on X that talks "
                  "had failed.", published=PUBLISHED)
    speech = [e for e in doc.events if family(e) == "speech"]
    assert len(speech) == 1 and len(speech[0].trigger.spans) == 2
    assert speech[0].trigger.text == " … ".join(doc.text[s:e] for s, e in speech[0].trigger.spans)
