"""Contradictions and stance: unit rules on sentences of our own, and the week of reports around the seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import main
from reportedly.corpus.actors import Linker
from reportedly.corpus.contradictions import contradictions, judge
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.stance import read_position, stance, topic_terms
from reportedly.corpus.store import Store
from reportedly.corpus.terms import anchors
from reportedly.model import Actor, ClaimStatus, Content, Document, Event, EventActor, Meta
from tests.conftest import shared_file
from tests.storehelp import event_doc

WEEK = Path(__file__).parent / "data" / "week" / "reports.jsonl"


@pytest.mark.parametrize(("content", "cue_class", "expected"), [
    ("that its troops had captured two villages near Sudzha", "claim", ("claims", ["captured"])),
    ("any assertion of encirclement of Ukrainian forces", "denial", ("denies", ["denied", "encirclement"])),
    ("“There is no threat of encirclement of our units,”", "speech", ("denies", ["not encirclement"])),
    ("its units were holding their positions near the town", "speech", ("denies", ["holding their positions"])),
    ("reports that the town had been seized were fake", "speech", ("denies", ["seized", "fake"])),
    ("that Sudzha had fallen, saying fighting was continuing", "denial",
     ("denies", ["denied", "fallen", "fighting was continuing"])),
])
def test_disputes_judge_claims_and_denials(content: str, cue_class: str, expected: tuple) -> None:
    assert judge(content, cue_class, False)["territory"] == expected


@pytest.mark.parametrize(("content", "cue_class", "negated", "lemma", "why"), [
    ("it had found no evidence supporting Moscow’s assertions that the garrison was encircled", "speech", False,
     "say", ["no evidence", "encircled"]),
    ("the general dismissed reports that the bridgehead had been captured", "speech", False, "say",
     ["dismissed reports", "captured"]),
    ("the ministry rejected claims of an encirclement near the river crossing", "speech", False, "say",
     ["rejected claims", "encirclement"]),
    ("the talk of a breakthrough at the river crossing propaganda", "speech", False, "call",
     ["breakthrough", "propaganda"]),
    ("that the village had been seized", "report", True, "confirm", ["not confirmed", "seized"]),
])
def test_disputes_judge_reads_evidence_words_as_disputes(content: str, cue_class: str, negated: bool, lemma: str,
                                                         why: list[str]) -> None:
    """'no evidence supporting X's assertions', 'dismissed reports that', 'rejected claims of', 'called ...
    propaganda' and 'could not confirm' dispute what follows (sentences of our own)."""
    assert judge(content, cue_class, negated, lemma) == {"territory": ("denies", why)}
    assert judge("that the village had been seized", "report", True, "say") == {}  # 'did not say': no side


def test_disputes_judge_ignores_negated_cues_and_unrelated_words() -> None:
    assert judge("that the village had been captured", "report", True) == {}
    assert judge("that the talks would resume next week", "speech", False) == {}


def test_disputes_anchors_are_place_like_names() -> None:
    assert anchors("Our soldiers continue to hold off Russian and North Korean forces in the Kursk area") == {"kursk"}
    assert anchors("Mr. Putin said Moscow and Kyiv would talk in March about Zaporizhzhia") == {"zaporizhzhia"}


@pytest.mark.parametrize(("cue", "cue_class", "content", "rest", "expected"), [
    ("said", "speech", "Russia would agree to a ceasefire only if Kyiv stopped mobilising", "", "conditions"),
    ("said", "speech", "we support the idea of a truce, but there are nuances", "", "conditions"),
    ("said", "speech", "Moscow would not accept a ceasefire", "", "opposes"),
    ("urged", "request", "Russia to accept the truce without preconditions", "", "supports"),
    ("said", "speech", "he was “cautiously optimistic” about a truce", "", "undecided"),
    ("did not commit to", "commitment", "the ceasefire proposal", "instead outlining a list of demands", "conditions"),
    ("welcomed", "evaluation", "the ceasefire plan", "and called the conditions absurd", "supports"),
])
def test_stance_reading_of_one_statement(cue: str, cue_class: str, content: str, rest: str, expected: str) -> None:
    assert read_position(cue, cue_class, content, rest).position == expected


def test_stance_accusation_of_delay_is_obstruction() -> None:
    r = read_position("told", "speech", "Putin is dragging his feet on a ceasefire")
    assert r.position is None and r.obstruction and r.terms == ["dragging"]
    assert topic_terms("ceasefire")[:2] == ["ceasefire*", "cease-fire*"]
    assert topic_terms("grain exports") == ["grain exports*"]


@pytest.fixture(scope="module")
def week_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article (read from ../shared, never copied) plus our own reports of the same week."""
    seed = shared_file("data", "seed", "ceasefire-summit.txt").read_text(encoding="utf-8")
    root = tmp_path_factory.mktemp("week")
    corpus = root / "seed.jsonl"
    corpus.write_text(json.dumps({"id": "seed", "published": "2025-03-16", "text": seed}) + "\n", encoding="utf-8")
    db = root / "week.db"
    with Store(db) as s:
        summary = ingest(s, [corpus, WEEK], jobs=1, progress=False)
        assert summary.processed == 5 and not summary.failed
    return db


def test_contradictions_surface_the_capture_vs_encirclement_dispute(week_store: Path) -> None:
    with Store(week_store, readonly=True) as s:
        found = contradictions(s, limit=None)
        assert found, "no contradiction found"
        for c in found:  # every pair has both pieces of evidence, pointing into the texts
            for side in (c.claim, c.denial):
                assert side.statement is not None or side.event is not None
                if side.statement is not None:
                    assert side.statement.spans["content"] and side.statement.speakers
                if side.event is not None:
                    assert side.event.spans["trigger"]
            assert c.claim.position == "claims" and c.denial.position == "denies"
            assert set(c.anchors) <= set(c.claim.anchors) & set(c.denial.anchors)
        dispute = [c for c in found if c.frame.startswith("territory") and "kursk" in c.anchors
                   and any(t.startswith("captur") for t in c.claim.terms)
                   and any("encircl" in t for t in c.denial.terms)]
        assert dispute, [c.explanation for c in found]
        claim_countries = {a.country for c in dispute for a in c.claim.statement.speakers}
        denial_countries = {a.country for c in dispute for a in c.denial.statement.speakers}
        assert claim_countries == {"RUS"} and denial_countries == {"UKR"}
        # the seed's own pair (Russia claims captures, Zelensky denies encirclement) ...
        assert any(not c.across_documents and c.claim.statement.document.id == "seed"
                   and c.denial.who == "Volodymyr Zelensky" for c in dispute)
        # ... and the same dispute across reports, ranked first
        assert found[0].across_documents and "kursk" in found[0].anchors + found[0].claim.anchors
        across = contradictions(s, across_documents=True, place="Sudzha", limit=None)
        assert across and all(c.across_documents and "sudzha" in c.anchors for c in across)
        assert {c.denial.who for c in across} >= {"Oleksandr Syrskyi", "Ukraine’s General Staff"}
        assert contradictions(s, actor="Syrskyi", limit=None)
        assert all("Oleksandr Syrskyi" in (c.claim.who, c.denial.who)
                   for c in contradictions(s, actor="Syrskyi", limit=None))


def test_stance_on_the_ceasefire_week(week_store: Path) -> None:
    with Store(week_store, readonly=True) as s:
        by_actor = {a.actor.name: a for a in stance(s, topic="ceasefire")}
        for leader in ("Keir Starmer", "Emmanuel Macron", "Ursula von der Leyen", "Volodymyr Zelensky"):
            assert by_actor[leader].position == "supports", (leader, by_actor[leader].counts)
            assert by_actor[leader].basis == "own statements" and by_actor[leader].evidence
        for russian in ("Vladimir Putin", "Dmitry Peskov", "Kremlin"):
            assert by_actor[russian].position == "conditions", (russian, by_actor[russian].counts)
        putin = by_actor["Vladimir Putin"]
        assert any("only if" in e.terms for e in putin.evidence if not e.reported)
        assert any(e.reported and "Starmer" in e.statement.speaker for e in putin.evidence)
        for e in putin.evidence:  # every piece of evidence points into its document
            text = s.document(e.statement.document.hash).text
            for a, b in e.statement.spans["content"]:
                assert text[a:b] in e.statement.content
        by_country = {a.actor.country: a for a in stance(s, topic="ceasefire", by="country")}
        assert by_country["UKR"].position == "supports"
        assert by_country["RUS"].position == "conditions"
        assert all(by_country[c].position == "supports" for c in ("GBR", "FRA", "DEU", "ORG:EU"))
        only = stance(s, topic="truce", actor="Peskov")
        assert [a.actor.name for a in only] == ["Dmitry Peskov"]


def test_disputes_cli_on_the_week(week_store: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["contradictions", "--db", str(week_store), "--format", "json", "--limit", "3"])
    assert res.exit_code == 0
    rows = json.loads(res.output)
    assert len(rows) == 3 and all(r["claim"]["statement"] or r["claim"]["event"] for r in rows)
    res = runner.invoke(main, ["stance", "--db", str(week_store), "--topic", "ceasefire", "--by", "country",
                               "--format", "csv"])
    assert res.exit_code == 0 and "Russia,RUS,conditions" in res.output


def test_contradictions_from_event_claim_status(tmp_path: Path) -> None:
    with Store(tmp_path / "e.db") as s:
        linker = Linker(s)
        s.add_document(event_doc(), hash="e", key="e", linker=linker)
        found = contradictions(s, limit=None)
        # the claim and denial statements of the event already dispute it: one pair, with the event
        assert len(found) == 1
        c = found[0]
        assert c.frame == "territory, event:ASSAULT" and c.anchors == ["sudzha"] and not c.across_documents
        assert c.claim.statement.statement == "s1" and c.claim.event.event == "e1"
        assert c.denial.statement.statement == "s2" and c.denial.event.event == "e1"


def _bare_event_doc(doc_id: str, status: str, who: str, country: str, recipient: str) -> Document:
    """An event held by a source with no statement behind it (so only the event can make the pair)."""
    text = f"{who} reports: troops took {recipient}."
    a = Actor(id="a1", name=who, type="organization", country=country, mentions=[(0, len(who))])
    r0, t0 = text.index(recipient), text.index("took")
    e = Event(id="e1", type="ASSAULT", trigger=Content(text="took", spans=[(t0, t0 + 4)]),
              recipients=[EventActor(text=recipient, spans=[(r0, r0 + len(recipient))])],
              status=[ClaimStatus(status=status, by="a1")])
    return Document(id=doc_id, text=text, meta=Meta(published="2025-03-18"), actors=[a], events=[e])


def test_contradictions_between_events_of_two_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "e.db") as s:
        linker = Linker(s)
        s.add_document(_bare_event_doc("ru", "claimed", "Northern ministry", "RUS",
                                       "two villages in the Kursk border region"), hash="1", key="1", linker=linker)
        s.add_document(_bare_event_doc("ua", "denied", "Southern staff", "UKR", "any village near Kursk"),
                       hash="2", key="2", linker=linker)
        s.add_document(_bare_event_doc("other", "denied", "Western desk", "POL", "a hill near Sumy"),
                       hash="3", key="3", linker=linker)
        found = contradictions(s, limit=None)
        assert len(found) == 1
        c = found[0]
        assert c.frame == "event:ASSAULT" and c.anchors == ["kursk"] and c.across_documents
        assert (c.claim.who, c.denial.who) == ("Northern ministry", "Southern staff")
        assert c.claim.statement is None and c.claim.event.document.id == "ru"
