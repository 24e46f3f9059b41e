"""Disputes and stance: claims read from sentences of our own, disputes of four kinds of story (with reprints),
a story corpus, and the week of reports around the seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reportedly.cli import main
from reportedly.corpus.actors import Linker
from reportedly.corpus.claims import ClaimWriter, claims_of
from reportedly.corpus.contradictions import contradictions, judge
from reportedly.corpus.happenings import Linkers
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.propositions import conflicting, quantities
from reportedly.corpus.stance import read_position, stance, topic_terms
from reportedly.corpus.store import Store
from reportedly.corpus.terms import anchors
from reportedly.model import Actor, ClaimStatus, Content, Cue, Document, Event, EventActor, Meta, Source, Statement
from tests.conftest import shared_file
from tests.storehelp import event_doc

DATA = Path(__file__).parent / "data"
WEEK = DATA / "week" / "reports.jsonl"
OWN = DATA / "disputes" / "reports.jsonl"
STORIES = DATA / "stories"


def doc_of(text: str, said: list[tuple[str, str, str, str]], doc_id: str = "t") -> Document:
    """A document of ``text`` whose statements are (source, cue, cue lemma, content), found in order."""
    actors: dict[str, Actor] = {}
    statements = []
    at = 0
    for n, (src, cue, lemma, content) in enumerate(said, 1):
        s0 = text.index(src, at)
        c0 = text.index(cue, s0)
        t0 = text.index(content, c0)
        at = s0
        if src not in actors:
            actors[src] = Actor(id=f"a{len(actors) + 1}", name=src, type="organization", mentions=[(s0, s0 + len(src))])
        statements.append(Statement(
            id=f"s{n}", source=Source(actor=actors[src].id, text=src, spans=[(s0, s0 + len(src))]),
            cue=Cue(text=cue, lemma=lemma, spans=[(c0, c0 + len(cue))]),
            content=Content(text=content, spans=[(t0, t0 + len(content))]), kind="indirect"))
    return Document(id=doc_id, text=text, meta=Meta(published="2026-05-01", outlet="Test Wire"),
                    actors=list(actors.values()), statements=statements)


# --- claims of one report ------------------------------------------------------------------------------


def test_claims_a_denial_of_it_answers_the_claim_before() -> None:
    found = claims_of(doc_of("The port authority said the fire was started deliberately. Kvarnholm denied it.",
                             [("The port authority", "said", "say", "the fire was started deliberately"),
                              ("Kvarnholm", "denied", "deny", "it")]))
    assert [(c.position, c.kind, c.proposition) for c in found] == [
        ("asserts", "assertion", "the fire was started deliberately"), ("denies", "denial", "")]
    assert found[1].target == 0 and found[1].anaphoric


def test_claims_a_relative_clause_and_a_word_calling_it_false_deny_the_claim() -> None:
    rel = claims_of(doc_of("Organisers said police used tear gas, which the police denied.",
                           [("Organisers", "said", "say", "police used tear gas, which the police denied")]))
    assert [(c.position, c.source_text, c.target) for c in rel] == [("asserts", "Organisers", None),
                                                                      ("denies", "the police", 0)]
    assert rel[0].proposition == "police used tear gas"  # the assertion stops before the denial
    called = claims_of(doc_of("The alliance said ballot boxes had been stuffed. The commission called the claims "
                              "baseless.", [("The alliance", "said", "say", "ballot boxes had been stuffed"),
                                            ("The commission", "called", "call", "the claims baseless")]))
    assert (called[1].kind, called[1].terms, called[1].target) == ("denial", ["baseless"], 0)


def test_claims_an_institute_finding_no_evidence_denies_and_claims_nothing() -> None:
    [c] = claims_of(doc_of("The institute said it had found no evidence supporting assertions that the garrison "
                           "was encircled.", [("The institute", "said", "say", "it had found no evidence supporting "
                                               "assertions that the garrison was encircled")]))
    assert (c.position, c.kind, c.proposition, c.terms) == ("denies", "denial", "the garrison was encircled",
                                                            ["no evidence"])


@pytest.mark.parametrize(("text", "said"), [
    ("The ministry rejected the proposal.", [("The ministry", "rejected", "reject", "the proposal")]),
    ("The ministry did not say whether the village had fallen.",
     [("The ministry", "did not say", "say", "whether the village had fallen")]),
    ("The two countries have disputed the border for decades.",
     [("The two countries", "disputed", "dispute", "the border for decades")]),
])
def test_claims_refusals_and_negated_cues_are_no_claim(text: str, said: list[tuple[str, str, str, str]]) -> None:
    assert claims_of(doc_of(text, said)) == []


def test_claims_figures_counters_and_corrections() -> None:
    crowd = claims_of(doc_of("The police command put the crowd at about 5,000. Organisers said more than 20,000 "
                             "people had taken part.", [("Organisers", "said", "say", "more than 20,000 people had "
                                                                                       "taken part")]))
    assert [(c.source_text, [(q.value, q.measure) for q in c.quantities]) for c in crowd] == [
        ("The police command", [(5000.0, "crowd")]), ("Organisers", [(20000.0, "crowd")])]
    army = claims_of(doc_of("The district said the death toll stood at 23. The Army puts it at 27.",
                            [("The district", "said", "say", "the death toll stood at 23")]))
    assert (army[1].kind, army[1].target, [(q.value, q.measure) for q in army[1].quantities]) == (
        "counter", 0, [(27.0, "dead")])
    [fix] = claims_of(doc_of("The ministry said on Thursday that 11 people were killed, having lowered an earlier "
                             "figure of 14.", [("The ministry", "said", "say", "11 people were killed, having "
                                                                                "lowered an earlier figure of 14")]))
    assert (fix.kind, fix.old_values, [q.value for q in fix.quantities]) == ("correction", [14.0], [11.0])


def test_propositions_numbers_of_one_measure_conflict_unless_bounds_or_groups_reconcile_them() -> None:
    [more] = quantities("more than 20 Tajik servicemen had been killed")
    assert (more.value, more.measure, more.bound, "TJK" in more.whose) == (20.0, "dead", "more than", True)
    assert quantities("a Bayraktar TB2 drone, 31 hours later, on 4 September 2026") == []
    three = quantities("three servicemen were killed")[0]
    assert conflicting(more, three)
    assert not conflicting(more, quantities("25 soldiers were killed")[0])  # more than 20: 25 fits
    assert not conflicting(quantities("14 Kyrgyz people were killed")[0], quantities("4 Tajik people died")[0])
    assert not conflicting(quantities("40 safety violations")[0], quantities("a turnout of 27 percent")[0])


# --- disputes of four kinds of story, each with a reprint ----------------------------------------------

OWN_DISPUTES = [  # (kind, words on the asserting side, words on the denying side)
    ("counter", "killed 25 Highland soldiers", "only four of its soldiers had died"),
    ("denial", "Lowland artillery had shelled two Highland villages", "which Lowland's defence ministry denied"),
    ("denial", "had found listeria at the Brightwell Dairies plant", "rejected the findings as baseless"),
    ("correction", "fined Brightwell Dairies 2.1 million pounds", "the correct fine was 1.2 million pounds"),
    ("counter", "61 percent of registered voters", "counted a turnout of 48 percent"),
    ("denial", "ballot papers had been destroyed", "dismissed the claims as false"),
    ("counter", "14 people had died", "at least 30 people were dead"),
    ("denial", "opened the spillway without any warning", "Northgate Power, which runs the dam, denied that"),
]


def texts(side: Any) -> list[str]:
    """What a side's evidence offers to be found by: quotations, sentences, statement contents."""
    return [t for e in side.evidence for t in (e.quote, e.sentence, e.statement.content if e.statement else "")]


def finds(dispute: Any, asserts: str, denies: str) -> bool:
    return any(asserts in t for t in texts(dispute.asserted)) and any(denies in t for t in texts(dispute.denied))


@pytest.fixture(scope="module")
def own_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("own") / "own.db"
    with Store(db) as s:
        summary = ingest(s, [OWN], progress=False)  # the user's defaults: all cores
        assert summary.processed == 12 and not summary.failed
    return db


def test_disputes_of_four_kinds_are_all_found_each_once(own_store: Path) -> None:
    with Store(own_store, readonly=True) as s:
        found = contradictions(s, limit=None)
    for kind, asserts, denies in OWN_DISPUTES:
        hits = [d for d in found if finds(d, asserts, denies)]
        assert len(hits) == 1, (asserts, [d.claim for d in found])
        assert hits[0].kind == kind, (asserts, hits[0].kind)
    assert len(found) == len(OWN_DISPUTES)  # no other dispute: not the border both countries 'have disputed'
    for d in found:  # every piece of evidence points into its report
        for side in (d.asserted, d.denied):
            assert side.documents == sorted({e.document.id for e in side.evidence})
            for e in side.evidence:
                [(a, b)] = e.spans["quote"]
                assert e.quote == s_text(own_store, e.document.id)[a:b].strip()


def s_text(db: Path, doc_id: str) -> str:
    with Store(db, readonly=True) as s:
        return s.document(doc_id).text


def test_disputes_count_a_reprint_once_under_its_origin(own_store: Path) -> None:
    with Store(own_store, readonly=True) as s:
        [toll] = [d for d in contradictions(s, limit=None) if finds(d, *OWN_DISPUTES[0][1:])]
        [listeria] = [d for d in contradictions(s, limit=None) if finds(d, *OWN_DISPUTES[2][1:])]
    assert {o.document: o.reprints for o in toll.asserted.origins}["border-1"] == ["border-2"]
    assert toll.asserted.independent == 1 and toll.denied.independent == 2  # border-1 (+ border-2); and border-3
    assert listeria.asserted.documents == ["dairy-1", "dairy-2"] and listeria.asserted.independent == 1
    assert "Brightwell Dairies" in listeria.denied.sources and listeria.kind == "denial"
    assert all(e.origin == "dairy-1" for e in listeria.denied.evidence)


def test_disputes_filters_by_actor_place_and_date(own_store: Path) -> None:
    with Store(own_store, readonly=True) as s:
        northgate = contradictions(s, actor="Northgate Power", limit=None)
        assert [d.kind for d in northgate] == ["denial"] and "spillway" in northgate[0].claim
        tarn = contradictions(s, place="Tarn Pass", limit=None)
        assert tarn and all(any("Tarn Pass" in e.sentence for e in d.asserted.evidence + d.denied.evidence)
                            for d in tarn)
        september = contradictions(s, since="2026-09-01", until="2026-09-30", limit=None)
        assert sorted(d.kind for d in september) == ["counter", "denial"]
        assert all(e.document.id.startswith("vote-") for d in september for e in d.asserted.evidence)
        assert len(contradictions(s, limit=3)) == 3


def test_disputes_cli_table_json_csv_and_truncation(own_store: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["contradictions", "--db", str(own_store), "--format", "json", "--limit", "3"])
    assert res.exit_code == 0, res.output
    assert "showing 3 of 8 disputes; --limit 0 for all" in res.stderr
    rows = json.loads(res.stdout)
    assert len(rows) == 3 and all(r["asserted"]["documents"] and r["denied"]["documents"] for r in rows)
    assert rows[0]["asserted"]["independent"] >= 1 and rows[0]["asserted"]["origins"][0]["document"]
    res = runner.invoke(main, ["contradictions", "--db", str(own_store), "--format", "csv", "--limit", "0"])
    assert res.exit_code == 0 and res.stderr == ""
    assert res.stdout.splitlines()[0] == "claim,kind,asserted by,denied by,independent,id"
    res = runner.invoke(main, ["contradictions", "--db", str(own_store), "--format", "table", "--actor", "Unity"])
    assert res.exit_code == 0 and "Unity Party" in res.stdout and "National Electoral Board" in res.stdout
    bad = runner.invoke(main, ["contradictions", "--db", str(own_store), "--since", "yesterday"])
    assert bad.exit_code != 0 and "Traceback" not in bad.output


# --- a story corpus: every dispute written into its tune part ------------------------------------------


def test_disputes_of_the_election_story_tune_part_are_all_found(tmp_path: Path) -> None:
    gold = json.loads((STORIES / "election" / "gold.json").read_text(encoding="utf-8"))
    tune = STORIES / "election" / "tune.jsonl"
    ids = {json.loads(line)["id"] for line in tune.read_text(encoding="utf-8").splitlines() if line.strip()}
    with Store(tmp_path / "election.db") as s:
        assert ingest(s, [tune], jobs=1, progress=False).processed == len(ids)
        found = contradictions(s, limit=None)
    wanted = [d for d in gold["disputes"] if {e["doc"] for e in d["evidence"]} <= ids]
    assert len(wanted) == 6
    for g in wanted:
        asserts = [e["text"] for e in g["evidence"] if e["side"] == "asserts"]
        denies = [e["text"] for e in g["evidence"] if e["side"] == "denies"]
        assert any(any(any(a in t for t in texts(d.asserted)) for a in asserts)
                   and any(any(x in t for t in texts(d.denied)) for x in denies) for d in found), g["claim"]


# --- the war frames stay as an extra signal, and stance --------------------------------------------------


@pytest.mark.parametrize(("content", "cue_class", "expected"), [
    ("that its troops had captured two villages near Sudzha", "claim", ("claims", ["captured"])),
    ("any assertion of encirclement of Ukrainian forces", "denial", ("denies", ["denied", "encirclement"])),
    ("“There is no threat of encirclement of our units,”", "speech", ("denies", ["not encirclement"])),
    ("its units were holding their positions near the town", "speech", ("denies", ["holding their positions"])),
])
def test_frames_judge_claims_and_denials(content: str, cue_class: str, expected: tuple) -> None:
    assert judge(content, cue_class, False)["territory"] == expected
    assert judge("that the village had been captured", "report", True) == {}


def test_disputes_anchors_are_place_like_names() -> None:
    assert anchors("Our soldiers continue to hold off Russian and North Korean forces in the Kursk area") == {"kursk"}


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


def test_disputes_keep_the_seeds_encirclement_dispute(week_store: Path) -> None:
    with Store(week_store, readonly=True) as s:
        found = contradictions(s, limit=None)
        [encircled] = [d for d in found if "encircl" in d.claim.lower()]
        assert found[0] == encircled and encircled.kind == "denial"
        asserting = {a.country for a in encircled.asserted.actors}
        denying = {a.country for a in encircled.denied.actors}
        assert "RUS" in asserting and denying == {"UKR"}
        assert any("captured" in e.quote for e in encircled.asserted.evidence)
        assert {"seed", "general-staff-kursk"} <= set(encircled.denied.documents)
        assert "Volodymyr Zelensky" in encircled.denied.sources
        assert encircled.asserted.independent >= 2 and encircled.denied.independent >= 2
        for side in (encircled.asserted, encircled.denied):
            for e in side.evidence:
                [(a, b)] = e.spans["sentence"]
                assert s.document(e.document.hash).text[a:b].strip() == e.sentence
        assert [d.id for d in contradictions(s, actor="Zelensky", limit=None)] == [encircled.id]
        assert contradictions(s, place="Kursk", limit=None)[0].id == encircled.id


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
        by_country = {a.actor.country: a for a in stance(s, topic="ceasefire", by="country")}
        assert by_country["UKR"].position == "supports"
        assert by_country["RUS"].position == "conditions"
        only = stance(s, topic="truce", actor="Peskov")
        assert [a.actor.name for a in only] == ["Dmitry Peskov"]
    res = CliRunner().invoke(main, ["stance", "--db", str(week_store), "--topic", "ceasefire", "--by", "country",
                                    "--format", "csv"])
    assert res.exit_code == 0 and "Russia,RUS,conditions" in res.output


# --- events claimed and denied with no statement behind them --------------------------------------------


def _bare_event_doc(doc_id: str, status: str, who: str, recipient: str, act: str = "troops took") -> Document:
    """An event held by a source with no statement behind it (so only the event can make the claim)."""
    text = f"{who} reports: {act} {recipient}."
    a = Actor(id="a1", name=who, type="organization", mentions=[(0, len(who))])
    verb = act.split()[-1]
    r0, t0 = text.index(recipient), text.index(verb)
    e = Event(id="e1", type="ASSAULT", trigger=Content(text=verb, spans=[(t0, t0 + len(verb))]),
              recipients=[EventActor(text=recipient, spans=[(r0, r0 + len(recipient))])],
              status=[ClaimStatus(status=status, by="a1")])
    return Document(id=doc_id, text=text, meta=Meta(published="2025-03-18"), actors=[a], events=[e])


def test_disputes_from_events_a_source_claims_and_another_denies(tmp_path: Path) -> None:
    with Store(tmp_path / "e.db") as s:
        links = Linkers(Linker(s), ClaimWriter(s))
        s.add_document(_bare_event_doc("north", "claimed", "Northern ministry", "the hill village of Orsk"),
                       hash="1", key="1", linker=links)
        s.add_document(_bare_event_doc("south", "denied", "Southern staff", "the hill village of Orsk"),
                       hash="2", key="2", linker=links)
        s.add_document(_bare_event_doc("other", "denied", "Western desk", "a bridge near Sumy", "rebels shelled"),
                       hash="3", key="3", linker=links)
        [d] = contradictions(s, limit=None)
        assert (d.asserted.sources, d.denied.sources) == (["Northern ministry"], ["Southern staff"])
        assert d.asserted.evidence[0].event.event == "e1" and d.asserted.evidence[0].statement is None
        assert contradictions(s, across_documents=True, limit=None)


def test_disputes_of_a_store_written_before_claims_are_read_at_its_next_ingest(tmp_path: Path) -> None:
    with Store(tmp_path / "old.db") as s:
        s.add_document(event_doc(), hash="h", key="k", linker=Linker(s))  # no claims written
        s.db.execute("INSERT INTO claim_backfill VALUES (1)")
        assert contradictions(s, limit=None) == []
        assert ClaimWriter(s).pending() and ClaimWriter(s).backfill() == 1
        assert not ClaimWriter(s).pending()
        [d] = contradictions(s, limit=None)
        assert d.asserted.evidence[0].statement.statement == "s1" and d.denied.evidence[0].statement.statement == "s2"
