"""Statement classes over HTTP: POST /extract with scope, class and scope filters on the read endpoints, OpenAPI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from reportedly.api import Settings, create_app
from reportedly.api.work import Report, extract_reports
from reportedly.model import Document
from reportedly.pipeline import Options
from tests.classhelp import CLASSES, FERRY, ferry_store
from tests.test_api import assert_problem


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = ferry_store(tmp_path_factory.mktemp("ferry-api"))
    with TestClient(create_app(Settings(max_chars=5_000, store=str(db)))) as c:
        yield c


def test_api_extract_scope_all_by_default_and_speech_on_request(client: TestClient) -> None:
    every = client.post("/extract", json={"text": FERRY, "meta": {"published": "2025-05-06"}})  # user defaults
    assert every.status_code == 200, every.text
    classes = [s["class"] for s in every.json()["statements"]]
    assert {"speech", "cognition", "sentiment", "volition"} <= set(classes)
    speech = client.post("/extract", json={"text": FERRY, "scope": "speech", "meta": {"published": "2025-05-06"}})
    assert speech.status_code == 200, speech.text
    doc = Document.model_validate(speech.json())
    assert doc.statements and {s.statement_class for s in doc.statements} == {"speech"}
    assert len(doc.statements) == classes.count("speech")
    assert len(doc.attributions) == len(doc.statements)
    assert_problem(client.post("/extract", json={"text": FERRY, "scope": "most"}), 422, "scope")


def test_api_extract_reports_applies_the_report_scope() -> None:
    report = Report("r1", FERRY, None, 5_000, {"published": "2025-05-06"}, scope="speech")
    [(kind, payload)] = list(extract_reports(([report], Options())))
    assert kind == "ok"
    assert {s.statement_class for s in Document.model_validate_json(payload).statements} == {"speech"}


def test_api_statements_by_class_and_scope(client: TestClient) -> None:
    every = client.get("/statements").json()["items"]  # user defaults: every class
    assert [(h["statement"], h["class"]) for h in every] == list(CLASSES.items())
    assert every[-1]["inferred"] is True and every[-1]["cue"] == "" and every[-1]["spans"]["cue"] == []
    one = client.get("/statements", params={"class": "cognition"}).json()["items"]
    assert [h["statement"] for h in one] == ["s2"]
    two = client.get("/statements", params=[("class", "sentiment"), ("class", "volition")]).json()["items"]
    assert [h["statement"] for h in two] == ["s3", "s4"]
    speech = client.get("/statements", params={"scope": "speech"}).json()["items"]
    assert [h["statement"] for h in speech] == ["s1", "s5", "s6"]
    assert_problem(client.get("/statements", params={"scope": "speech", "class": "cognition"}), 422,
                   "class: cognition is outside --scope speech")
    assert_problem(client.get("/statements", params={"class": "belief"}), 422, "class")
    assert_problem(client.get("/statements", params={"scope": "most"}), 422, "scope")


def test_api_actor_timeline_and_contradictions_take_scope(client: TestClient) -> None:
    [okafor] = client.get("/actors", params={"name": "Okafor"}).json()["items"]
    every = client.get(f"/actors/{okafor['id']}/timeline").json()  # user defaults
    assert [(t["ref"], t["class"]) for t in every] == [("s1", "speech"), ("s3", "sentiment"), ("s5", "speech"),
                                                       ("s6", "speech")]
    speech = client.get(f"/actors/{okafor['id']}/timeline", params={"scope": "speech"}).json()
    assert [t["ref"] for t in speech] == ["s1", "s5", "s6"]
    feelings = client.get(f"/actors/{okafor['id']}/timeline", params={"class": "sentiment"}).json()
    assert [t["ref"] for t in feelings] == ["s3"]
    assert client.get("/contradictions", params={"scope": "speech"}).json()["items"] == []
    assert client.get("/contradictions").status_code == 200


def test_api_stored_document_keeps_class_and_the_cue_less_quote(client: TestClient) -> None:
    doc = client.get("/documents/ferry").json()
    assert [s["class"] for s in doc["statements"]] == list(CLASSES.values())
    assert doc["statements"][-1]["cue"] is None and doc["statements"][-1]["source"]["inferred"] is True


def test_api_openapi_documents_class_and_scope(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/statements"]["get"]["parameters"]}
    assert {"class", "scope"} <= set(params)
    assert "cognition" in str(params["class"]["schema"]) and params["scope"]["schema"]["default"] == "all"
    timeline = {p["name"] for p in spec["paths"]["/actors/{actor_id}/timeline"]["get"]["parameters"]}
    assert {"class", "scope"} <= timeline
    schemas = spec["components"]["schemas"]
    assert schemas["ExtractRequest"]["properties"]["scope"]["enum"] == ["all", "speech"]
    hit = schemas["StatementHit"]["properties"]
    assert hit["class"]["enum"] == ["speech", "cognition", "sentiment", "volition", "act", "refusal", "document"]
    assert "inferred" in hit
    assert "class" in schemas["Statement"]["properties"]

