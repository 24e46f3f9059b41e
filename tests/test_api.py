"""HTTP API: POST /extract, health, limits (413/422/503/504), error shape, static files and docs."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

import psutil
import pytest
from fastapi.testclient import TestClient

from reportedly.api import Settings, create_app
from reportedly.model import Document
from tests.webhelp import stand_in_work

REPORT = ("Rivermouth council approved the new ferry timetable on Tuesday, the harbour office said.\n"
          "“We will run twelve crossings a day from June,” harbour master Ines Okafor told reporters.\n")

PAGE = """<!doctype html><html><head><title>Ferry plans</title>
<meta name="author" content="Tom Reyes"><script>window.tracked = true;</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry plans</h1>
<p>Rivermouth council approved the new ferry timetable on Tuesday, the harbour office said in a statement
issued after the meeting in the town hall.</p>
<p>“We will run twelve crossings a day from June,” harbour master Ines Okafor told reporters, adding that two
new boats would arrive in May.</p></article>
<footer>© Rivermouth Gazette</footer></body></html>"""


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(max_body_bytes=50_000, max_chars=5_000))) as c:
        yield c


def assert_problem(response, status: int, *needles: str) -> str:
    """The response has ``status`` and a one-line JSON detail containing every needle."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"detail"}
    detail = body["detail"]
    assert isinstance(detail, str) and "\n" not in detail and "Traceback" not in detail
    for needle in needles:
        assert needle in detail, detail
    return detail


def test_api_extract_text_returns_document_with_offsets(client: TestClient) -> None:
    r = client.post("/extract", json={"text": REPORT, "id": "ferry", "meta": {"published": "2025-05-06",
                                                                             "outlet": "Rivermouth Gazette"}})
    assert r.status_code == 200, r.text
    doc = Document.model_validate(r.json())
    assert doc.id == "ferry" and doc.text == REPORT
    assert doc.meta.published == "2025-05-06" and doc.meta.outlet == "Rivermouth Gazette"
    assert doc.meta.format == "text" and doc.meta.source == "request"
    quote = next(s for s in doc.statements if "twelve crossings" in s.content.text)
    assert "Ines Okafor" in doc.speaker_names(quote)
    for s, e in quote.content.spans + quote.cue.spans + quote.source.spans:
        assert 0 <= s < e <= len(REPORT)
    assert REPORT[quote.cue.spans[0][0]:quote.cue.spans[0][1]] == "told"


def test_api_extract_html_reads_main_text_and_keeps_given_meta(client: TestClient) -> None:
    r = client.post("/extract", json={"html": PAGE, "meta": {"outlet": "Rivermouth Gazette"}})
    assert r.status_code == 200, r.text
    doc = Document.model_validate(r.json())
    assert "twelve crossings" in doc.text and "window.tracked" not in doc.text and "Home" not in doc.text
    assert doc.meta.format == "html" and doc.meta.title == "Ferry plans" and doc.meta.outlet == "Rivermouth Gazette"
    assert any("twelve crossings" in s.content.text for s in doc.statements)


@pytest.mark.parametrize(("body", "needle"), [
    ({}, "exactly one of 'text' or 'html'"),
    ({"text": REPORT, "html": PAGE}, "exactly one of 'text' or 'html'"),
    ({"text": " \n\t "}, "text: empty input"),
    ({"text": "\x00\x01\x02\x03" * 50}, "binary"),
    ({"html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}, "no article text"),
    ({"text": REPORT, "meta": {"published": "next spring"}}, "meta.published: 'next spring' is not a date"),
    ({"text": REPORT, "path": "/etc/passwd"}, "path: Extra inputs are not permitted"),
    ({"text": REPORT, "meta": {"source": "/etc/passwd"}}, "meta.source: Extra inputs are not permitted"),
    ({"text": 42}, "text: Input should be a valid string"),
    ({"text": REPORT, "id": ""}, "id: String should have at least 1 character"),
])
def test_api_extract_bad_input_is_422_with_one_line(client: TestClient, body: dict, needle: str) -> None:
    assert_problem(client.post("/extract", json=body), 422, needle)


def test_api_extract_malformed_json_is_422(client: TestClient) -> None:
    r = client.post("/extract", content=b'{"text": "unfinished', headers={"content-type": "application/json"})
    assert_problem(r, 422, "not valid JSON")


def test_api_body_that_is_not_utf8_is_400(client: TestClient) -> None:
    r = client.post("/extract", content=b'{"text": "caf\xe9 said"}', headers={"content-type": "application/json"})
    assert_problem(r, 400, "cannot be read as JSON text")


def test_api_text_over_char_limit_is_413(client: TestClient) -> None:
    assert_problem(client.post("/extract", json={"text": "word " * 1_200}), 413, "6,000 characters",
                   "limit of 5,000", "--max-chars")


def test_api_body_over_byte_limit_is_413_before_parsing(client: TestClient) -> None:
    r = client.post("/extract", json={"text": "x" * 60_000})
    assert_problem(r, 413, "larger than this server's limit of 50,000 bytes", "--max-body")


def test_api_chunked_body_over_limit_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"y" * 5_000
        yield b'"}'

    r = client.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in r.request.headers
    assert_problem(r, 413, "limit of 50,000 bytes")


def test_api_processing_over_time_limit_is_504_and_really_stopped() -> None:
    with TestClient(create_app(Settings(timeout=1.5), work=stand_in_work)) as c:
        extractor = c.app.state.extractor
        first = extractor._process().workers[0].proc.pid
        started = time.monotonic()
        assert_problem(c.post("/extract", json={"text": "SLEEP 30"}), 504, "longer than 1.5 s", "--timeout")
        assert time.monotonic() - started < 10
        assert not psutil.pid_exists(first) or psutil.Process(first).status() == psutil.STATUS_ZOMBIE
        assert c.post("/extract", json={"text": REPORT}).status_code == 200  # a new process took over


def test_api_doc_timeout_stops_a_report_that_waited_little() -> None:
    with TestClient(create_app(Settings(timeout=30, doc_timeout=1), work=stand_in_work)) as c:
        assert_problem(c.post("/extract", json={"text": "SLEEP 30"}), 504)


def test_api_full_queue_is_503_with_retry_after() -> None:
    app = create_app(Settings(max_pending=1, timeout=20), work=stand_in_work)
    with TestClient(app) as c:
        first: dict = {}
        worker = threading.Thread(target=lambda: first.update(r=c.post("/extract", json={"text": "SLEEP 2"})))
        worker.start()
        deadline = time.monotonic() + 20
        while app.state.extractor.pending < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        r = c.post("/extract", json={"text": REPORT})
        assert_problem(r, 503, "already waiting")
        assert r.headers["retry-after"] == "5"
        worker.join(30)
        assert first["r"].status_code == 200


def test_api_waiting_reports_go_shortest_first() -> None:
    app = create_app(Settings(timeout=30), work=stand_in_work)
    done: list[str] = []
    with TestClient(app) as c:
        def post(text: str) -> None:
            c.post("/extract", json={"text": text})
            done.append(text)

        hold = threading.Thread(target=post, args=("SLEEP 1.5",))
        hold.start()
        while app.state.extractor.pending < 1:
            time.sleep(0.01)
        long_one = threading.Thread(target=post, args=("SLEEP 0.1 " + "x" * 3000,))
        long_one.start()
        while app.state.extractor.pending < 2:
            time.sleep(0.01)
        short_one = threading.Thread(target=post, args=("short",))
        short_one.start()
        for t in (hold, long_one, short_one):
            t.join(30)
    assert done.index("short") < done.index("SLEEP 0.1 " + "x" * 3000)


def test_api_unexpected_error_is_500_one_line() -> None:
    with TestClient(create_app(work=stand_in_work), raise_server_exceptions=False) as c:
        detail = assert_problem(c.post("/extract", json={"text": "RAISE"}), 500, "internal error")
        assert "something" not in detail
        assert c.post("/extract", json={"text": REPORT}).status_code == 200  # the process goes on


def test_api_health_reports_pipeline_and_limits(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and "core_web_sm" in body["pipeline"]
    assert body["limits"] == {"max_body_bytes": 50_000, "max_chars": 5_000, "timeout_seconds": 30.0,
                              "doc_timeout_seconds": 60.0, "max_pending": 64}


def test_api_example_round_trips_through_extract(client: TestClient) -> None:
    ex = client.get("/example").json()
    assert ex["text"].startswith("Border truce holds") and ex["meta"]["published"] == "2025-03-16"
    with TestClient(create_app()) as big:
        doc = big.post("/extract", json=ex).json()
    assert doc["meta"]["published"] == "2025-03-16" and len(doc["statements"]) >= 10


def test_api_every_response_carries_security_headers(client: TestClient) -> None:
    for r in (client.get("/"), client.get("/health"), client.post("/extract", json={}),
              client.post("/extract", json={"text": "x" * 60_000})):
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
        assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/static/../pyproject.toml", "/static/%2e%2e/cli.py", "/static/..%2fcli.py",
                                  "/static//etc/passwd", "/static/docs-assets/../../api/main.py"])
def test_api_static_files_never_leave_the_package(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert "import" not in r.text and "root:" not in r.text


def test_api_pages_and_docs_load_only_local_assets(client: TestClient) -> None:
    for path in ("/", "/docs"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        refs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
        assert refs, path
        for ref in refs:
            assert "://" not in ref and not ref.startswith("//"), (path, ref)
            if not ref.startswith("#") and ref not in ("./", "docs"):
                assert client.get("/" + ref.lstrip("/")).status_code == 200, ref
    assert "<script>" not in client.get("/docs").text  # started from docs.js, not an inline script


def test_api_openapi_documents_extract_and_its_errors(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/extract"]["post"]
    assert set(op["responses"]) >= {"200", "400", "413", "422", "503", "504"}
    assert op["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/Problem")
    assert "Document" in spec["components"]["schemas"]
    assert "/health" in spec["paths"] and "/example" in spec["paths"]


@pytest.mark.parametrize(("path", "title", "script", "current"), [
    ("/", "reportedly — who said what", "app.js", "./"),
    ("/corpus", "Corpus — reportedly", "corpus.js", "corpus"),
    ("/actor", "Actor — reportedly", "actor.js", None),
    ("/timeline", "Timeline — reportedly", "timeline.js", "timeline"),
    ("/disputes", "Disputes — reportedly", "disputes.js", "disputes"),
    ("/document", "A stored report — reportedly", "document.js", None),
])
def test_pages_are_whole_documents_in_the_shared_frame(client: TestClient, path: str, title: str, script: str,
                                                       current: str | None) -> None:
    html = client.get(path).text
    assert html.startswith("<!doctype html>\n") and html.endswith("</main>\n</body>\n</html>\n")
    assert f"<title>{title}</title>" in html and f'<script type="module" src="static/{script}"></script>' in html
    marked = re.findall(r'<a href="([^"]*)" aria-current="page">', html)
    assert marked == ([current] if current else [])
    assert "$" not in html and "<!--" not in html  # every placeholder and include filled in
    assert html.count('<main id="main">') == 1 and html.count('<nav aria-label="Main">') == 1
    if path in ("/", "/document"):
        assert html.count('<article id="doc-text"') == 1 and '<ol id="statements"' in html
