"""The happenings page in real headless Chromium: one happening's versions side by side, reached from the list.

A real uvicorn server on a free loopback port serves a store of our own Sudzha reports
(tests/data/week/sudzha.jsonl); the page may talk to that server only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportedly.api import Settings, create_app
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store
from tests.browserhelp import chromium, needs_chromium, served, watched_page

REPORTS = Path(__file__).parent / "data" / "week" / "sudzha.jsonl"

pytestmark = needs_chromium


def _reprint(folder: Path) -> Path:
    """Our Sudzha reports plus a reprint of the first one: a new headline and a local paragraph added."""
    rows = [json.loads(x) for x in REPORTS.read_text(encoding="utf-8").splitlines() if x.strip()]
    first = rows[0]
    body = first["text"].split("\n", 1)[1]
    title = "Moscow claims Sudzha retaken"
    text = (f"{title}\n{body}\nIn Kursk city, residents said they had heard no fighting for two days and that "
            "the trains to the border districts were running again.")
    rows.append({**first, "id": "sudzha-reprint", "outlet": "Reprint Weekly (fictional)", "title": title,
                 "published": "2025-03-14", "text": text})
    path = folder / "sudzha-and-reprint.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("happenings")
    db = folder / "h.db"
    with Store(db) as store:
        assert ingest(store, [_reprint(folder)], progress=False).processed == 12
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
    for text in page.locator("#happenings li").all_text_contents():  # nobody claims or denies: nothing said
        assert "—;" not in text and "by —" not in text
    expect(page.locator("#happenings li", has_text="Sudzha")).to_contain_text("claimed by")
    link.click()
    page.wait_for_selector("body[data-ready='true']")
    expect(page.locator("#happening-title")).to_contain_text("Sudzha")
    card = page.locator("#happening-card")
    expect(card.locator("dd.when")).to_have_text("2025-03-13")  # the reports' own date, not a publication date
    expect(card.locator("dd.place")).to_have_text("Sudzha")  # as the gazetteer names it, not folded
    origin = card.locator("ul.origins > li.origin", has_text="Volga Courier (fictional)")
    expect(origin.locator("ul.reprints li")).to_contain_text("Reprint Weekly (fictional)")  # the reprint, under it
    independent = int(card.locator("dd.independent").inner_text().split()[0])
    assert independent == card.locator("ul.origins > li.origin").count() >= 5
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
