"""The happenings page in real headless Chromium: one happening's versions side by side, reached from the list.

A real uvicorn server on a free loopback port serves a store of our own Sudzha reports
(tests/data/week/sudzha.jsonl); the page may talk to that server only.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportedly.api import Settings, create_app
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REPORTS = Path(__file__).parent / "data" / "week" / "sudzha.jsonl"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                "(apt-get install -y chromium; .ci/run does this)")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("happenings") / "h.db"
    with Store(db) as store:
        assert ingest(store, [REPORTS], progress=False).processed == 11
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(Settings(store=str(db)))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(600):
        if server.started:
            break
        thread.join(0.1)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(30)
    sock.close()


@pytest.fixture
def page(tmp_path: Path, base_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=str(CHROMIUM),
                                                   headless=True, args=FLAGS, viewport={"width": 1280, "height": 900})
        pg = ctx.new_page()
        outside: list[str] = []
        problems: list[str] = []
        pg.on("request", lambda r: None if r.url.startswith(base_url) or r.url.startswith("data:")
              else outside.append(r.url))
        pg.on("pageerror", lambda e: problems.append(str(e)))
        pg.on("console", lambda m: problems.append(m.text) if m.type == "error" and not m.text.startswith(
            "Failed to load resource: the server responded with a status of 4") else None)
        pg.set_default_timeout(60_000)
        try:
            yield pg
        finally:
            ctx.close()
        assert outside == [], f"the page reached outside the server: {outside}"
        assert problems == [], f"errors in the page: {problems}"


def test_web_happening_versions_side_by_side(page, base_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.goto(base_url + "happening")
    page.wait_for_selector("body[data-ready='true']")
    expect(page.locator("nav a[aria-current='page']")).to_have_text("Happenings")
    link = page.locator("#happenings a", has_text="Sudzha")
    expect(link).to_have_count(1)
    link.click()
    page.wait_for_selector("body[data-ready='true']")
    expect(page.locator("#happening-title")).to_contain_text("Sudzha")
    versions = page.locator("#versions article.version")
    assert versions.count() >= 5
    outlets = versions.locator("h3").all_text_contents()
    assert "Volga Courier (fictional)" in outlets and "Dnipro Evening Post (fictional)" in outlets
    expect(page.locator("#versions article.claims").first).to_be_visible()
    expect(page.locator("#versions article.denies").first).to_contain_text("Denied by")
    boxes = [versions.nth(i).bounding_box() for i in range(2)]
    assert boxes[0]["y"] == boxes[1]["y"] and boxes[0]["x"] < boxes[1]["x"]  # side by side
    assert not page.locator("#happenings-form").is_visible()
    page.screenshot(path=str(tmp_path / "happening.png"), full_page=True)
    versions.first.locator(".where a").click()  # each version opens its report at the event
    page.wait_for_url("**/document?**")
    assert "event=" in page.url
    page.goto(base_url + "happening?id=999999")
    expect(page.locator("#status")).to_have_text("No such happening in the corpus.")
