"""Read endpoints over a corpus store: documents, actors, timelines, statements, events, contradictions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from reportedly.api import Settings, create_app
from reportedly.model import Document
from tests.test_api import assert_problem
from tests.webhelp import REPORTS, build_store

TEXTS = {r["id"]: r for r in map(json.loads, REPORTS.read_text(encoding="utf-8").splitlines())}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = build_store(tmp_path_factory.mktemp("corpus"))
    with TestClient(create_app(Settings(store=str(db)))) as c:
        yield c


def actor_id(client: TestClient, name: str) -> int:
    items = client.get("/actors", params={"name": name}).json()["items"]
    assert len(items) == 1, items
    return items[0]["id"]


def test_api_corpus_counts_and_health(client: TestClient) -> None:
    assert client.get("/stats").json()["documents"] == 4
    assert client.get("/health").json()["corpus"] is True


def test_api_corpus_documents_page_newest_first(client: TestClient) -> None:
    first = client.get("/documents", params={"limit": 3}).json()
    assert [d["id"] for d in first["items"]] == ["market", "talks", "brenholt-denied"]
    assert first["more"] is True and first["limit"] == 3 and first["offset"] == 0
    rest = client.get("/documents", params={"limit": 3, "offset": 3}).json()
    assert [d["id"] for d in rest["items"]] == ["brenholt-taken"] and rest["more"] is False
    assert rest["items"][0]["published"] == "2025-04-07" and rest["items"][0]["statements"] >= 2


def test_api_corpus_document_by_id_and_by_hash(client: TestClient) -> None:
    doc = Document.model_validate(client.get("/documents/talks").json())
    assert doc.text == TEXTS["talks"]["text"] and doc.meta.outlet == "Valley Herald" and doc.statements
    digest = client.get("/documents", params={"limit": 1}).json()["items"][0]["hash"]
    assert client.get(f"/documents/{digest}").json()["id"] == "market"
    assert_problem(client.get("/documents/nowhere"), 404, "no document 'nowhere'")


def test_api_corpus_actors_sorted_filtered_and_explained(client: TestClient) -> None:
    top = client.get("/actors", params={"limit": 2}).json()["items"]
    assert {a["name"] for a in top} == {"Anton Werner", "Ilse Marek"} and all(a["statements"] == 3 for a in top)
    people = client.get("/actors", params={"type": "person", "sort": "name", "limit": 500}).json()["items"]
    names = [a["name"] for a in people]
    assert names == sorted(names, key=str.casefold) and all(a["type"] == "person" for a in people)
    marek = actor_id(client, "Marek")
    detail = client.get(f"/actors/{marek}").json()
    assert detail["name"] == "Ilse Marek" and detail["documents"] == 2 and detail["links"]
    assert_problem(client.get("/actors/999999"), 404, "actor: '999999'")
    assert_problem(client.get("/actors/0"), 422, "actor_id")


def test_api_corpus_actor_timeline_is_its_own_statements_and_events_in_date_order(client: TestClient) -> None:
    entries = client.get(f"/actors/{actor_id(client, 'Ilse Marek')}/timeline").json()
    dates = [e["date"] for e in entries]
    assert dates == sorted(dates)
    said = [e for e in entries if e["kind"] == "statement"]
    assert [e["date"] for e in said] == ["2025-04-08", "2025-04-08", "2025-04-10"]
    assert all(e["summary"].startswith("Ilse Marek") for e in said)
    # the ceasefire talks she announced are an event she claims
    events = [e for e in entries if e["kind"] == "event"]
    assert any(e["summary"].startswith("AGREE") and "claimed" in e["role"] for e in events)
    assert {e["document"]["id"] for e in entries} == {"brenholt-denied", "talks"}
    later = client.get(f"/actors/{actor_id(client, 'Ilse Marek')}/timeline", params={"since": "2025-04-09"}).json()
    assert {e["document"]["id"] for e in later} == {"talks"} and len(later) == 2  # her statement, her event


def test_api_corpus_statements_filters_and_spans(client: TestClient) -> None:
    werner = client.get("/statements", params={"actor": "Werner"}).json()["items"]
    assert len(werner) == 3 and all(h["speakers"][0]["name"] == "Anton Werner" for h in werner)
    for hit in werner:
        text = TEXTS[hit["document"]["id"]]["text"]
        (s, e), = hit["spans"]["content"]
        assert text[s:e] == hit["content"]
    brenholt = client.get("/statements", params={"text": "Brenholt"}).json()["items"]
    assert {h["document"]["id"] for h in brenholt} == {"brenholt-taken", "brenholt-denied"}
    late = client.get("/statements", params={"since": "2025-04-10", "limit": 500}).json()["items"]
    assert {h["document"]["id"] for h in late} == {"talks", "market"}
    page = client.get("/statements", params={"limit": 2, "offset": 1}).json()
    assert len(page["items"]) == 2 and page["more"] is True


@pytest.mark.parametrize(("path", "params", "status", "needle"), [
    ("/statements", {"actor": "Nobody Atall"}, 404, "actor: no actor called 'Nobody Atall'"),
    ("/statements", {"since": "the day before"}, 422, "since: 'the day before' is not a date"),
    ("/statements", {"text": "***"}, 422, "text:"),
    ("/statements", {"limit": 0}, 422, "limit"),
    ("/events", {"until": "31/31/2025"}, 422, "until:"),
    ("/actors", {"type": "planet"}, 422, "type"),
])
def test_api_corpus_bad_filters_are_one_line_errors(client: TestClient, path: str, params: dict, status: int,
                                                    needle: str) -> None:
    assert_problem(client.get(path, params=params), status, needle)


def test_api_corpus_events_page(client: TestClient) -> None:
    page = client.get("/events").json()
    assert set(page) == {"items", "limit", "offset", "more"} and page["offset"] == 0


def test_api_corpus_contradictions_group_each_dispute_with_both_sides(client: TestClient) -> None:
    page = client.get("/contradictions").json()
    assert set(page) == {"items", "limit", "offset", "more", "total"} and page["total"] == len(page["items"]) >= 1
    top = page["items"][0]
    assert "Brenholt" in top["claim"] and top["kind"] == "denial"
    assert "brenholt-taken" in top["asserted"]["documents"] and top["denied"]["documents"] == ["brenholt-denied"]
    assert "Southland's General Staff" in top["denied"]["sources"] and top["denied"]["independent"] == 1
    for side in ("asserted", "denied"):
        for e in top[side]["evidence"]:
            text = TEXTS[e["document"]["id"]]["text"]
            [(a, b)] = e["spans"]["quote"]
            assert text[a:b].strip() == e["quote"]
            if e["statement"]:
                assert [text[s:t] for s, t in e["statement"]["spans"]["content"]] == [e["statement"]["content"]]
    assert client.get(f"/contradictions/{top['id']}").json() == top
    assert client.get("/contradictions/d0000").status_code == 404
    assert client.get("/contradictions/not-an-id").status_code == 422
    staff = client.get("/contradictions", params={"actor": "Southland's General Staff"}).json()["items"]
    assert staff and all(any(a["name"] == "Southland's General Staff" for a in d["denied"]["actors"]) for d in staff)
    assert client.get("/contradictions", params={"actor": "Clara Voss"}).json()["items"] == []
    assert client.get("/contradictions", params={"limit": 1, "offset": 1}).json()["offset"] == 1
    assert client.get("/contradictions", params={"since": "tomorrow"}).status_code == 422


def test_api_corpus_without_store_says_so() -> None:
    with TestClient(create_app(Settings())) as c:
        assert c.get("/health").json()["corpus"] is False
        for path in ("/stats", "/documents", "/documents/x", "/actors", "/actors/1", "/actors/1/timeline",
                     "/statements", "/events", "/contradictions"):
            assert_problem(c.get(path), 404, "no corpus store is served", "--db")


def test_api_corpus_unreadable_store_is_503(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-store.db"
    bad.write_bytes(b"this is not SQLite at all" * 100)
    with TestClient(create_app(Settings(store=str(bad)))) as c:
        detail = assert_problem(c.get("/actors"), 503, "corpus store cannot be read")
        assert str(tmp_path) not in detail
