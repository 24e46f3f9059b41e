"""The happenings page in real headless Chromium: one happening's versions side by side, reached from the list.

A real uvicorn server on a free loopback port serves a store of our own Sudzha reports
(tests/data/week/sudzha.jsonl); the page may talk to that server only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reportedly.api import Settings, create_app
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store
from tests.browserhelp import chromium, needs_chromium, served, watched_page

REPORTS = Path(__file__).parent / "data" / "week" / "sudzha.jsonl"

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("happenings") / "h.db"
    with Store(db) as store:
        assert ingest(store, [REPORTS], progress=False).processed == 11
    with served(create_app(Settings(store=str(db)))) as url:
        yield url


@pytest.fixture
def page(tmp_path: Path, base_url: str) -> Iterator[object]:
    with chromium(tmp_path / "profile") as ctx:
        yield from watched_page(ctx, base_url)


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
