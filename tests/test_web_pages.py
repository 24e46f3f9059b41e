"""The pages as a new user meets them (issue 22), in real headless Chromium at 1280 and 800 px:
the form folds away after Analyse, the "Selected" panel never covers the lists beside it, the timeline
pages and filters (type, actor, dates) and hides uncertain events, /docs links back, headings speak words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from reportedly.api import Settings, create_app
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.store import Store
from tests.browserhelp import chromium, expect, needs_chromium, served, watched_page
from tests.test_web_browser import png_pixels

pytestmark = needs_chromium

WEEK = Path(__file__).parent / "data" / "week" / "reports.jsonl"
WIDTHS = [1280, 800]
PLAIN = {"agreement", "talks", "support", "concession", "cooperation", "aid", "retreat", "request", "accusation",
         "rejection", "threat", "protest", "sanction", "mobilisation", "coercion", "attack or fighting", "other event"}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("week-corpus") / "week.db"
    with Store(db) as store:
        assert not ingest(store, [WEEK], jobs=1, progress=False).failed
    with served(create_app(Settings(max_chars=20_000, max_body_bytes=200_000, store=str(db)))) as url:
        yield url


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as ctx:
        yield ctx


@pytest.fixture
def page(context, base_url: str) -> Iterator[object]:
    yield from watched_page(context, base_url)


def ready(page, url: str, width: int = 1280) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(url)
    page.wait_for_selector("body[data-ready='true']")


def analyse_example(page, base_url: str, width: int) -> None:
    ready(page, base_url, width)
    page.click("#load-example")
    expect(page.locator("#status")).to_contain_text("press Analyse")
    page.click("#analyse")
    expect(page.locator("#status")).to_contain_text("statements")


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_form_folds_away_after_analyse_and_comes_back(page, base_url: str, width: int, tmp_path: Path) -> None:
    ready(page, base_url, width)
    assert box(page, "#report-text")["height"] > 150
    analyse_example(page, base_url, width)
    expect(page.locator("#report-form")).to_be_hidden()
    expect(page.locator("#input-summary")).to_be_visible()
    assert "Border truce holds" in page.text_content("#input-gist")
    # the marked report starts in the upper part of the first screen, not halfway down
    assert page.evaluate("window.scrollY") == 0
    assert box(page, "#results-h")["y"] < 400
    assert box(page, "#doc-text")["y"] < 700
    shot = page.screenshot(path=str(tmp_path / f"analysed-{width}.png"))
    w, h, pixels = png_pixels(shot)
    assert (w, h) == (width, 900) and len(set(pixels[300 * w:700 * w])) > 20  # the marked text drawn there
    page.click("#edit-report")
    expect(page.locator("#report-form")).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "report-text"
    assert page.input_value("#report-text").startswith("Border truce holds")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_selected_panel_never_covers_the_actor_list(page, base_url: str, width: int, tmp_path: Path) -> None:
    analyse_example(page, base_url, width)
    page.click("#statements button >> nth=2")  # something selected: the panel holds a record
    for scroll in (0, 600, 1200, 2000, 3000):
        page.evaluate(f"window.scrollTo(0, {scroll})")
        page.wait_for_timeout(100)
        selected = box(page, "aside .panel.selected")
        covered = page.evaluate("""() => {
          const out = [];
          const area = (document.querySelector('aside .lists') || document.querySelector('aside'))
            .getBoundingClientRect();  // the area the lists scroll in
          for (const b of document.querySelectorAll('#actors button, #statements button')) {
            const r = b.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + Math.min(r.height / 2, 8);
            if (y < Math.max(0, area.top) || y > Math.min(innerHeight, area.bottom)) continue;  // not on show
            if (x < 0 || x > innerWidth) continue;
            const top = document.elementFromPoint(x, y);
            if (top && !b.contains(top)) out.push(b.textContent.trim().slice(0, 30));
          }
          return out;
        }""")
        assert covered == [], f"scrolled to {scroll}: buttons covered by something else: {covered}"
        actors = box(page, "#actors")
        if actors["y"] < selected["y"] + selected["height"] and selected["y"] < actors["y"] + actors["height"]:
            # they may share rows only when the lists are scrolled inside their own area (clipped, not covered)
            assert page.evaluate("getComputedStyle(document.querySelector('aside .lists') || document.body)"
                                 ".overflowY") == "auto"
    page.screenshot(path=str(tmp_path / f"scrolled-{width}.png"))


def test_the_timeline_pages_through_everything(page, base_url: str) -> None:
    ready(page, base_url + "timeline")
    status = page.text_content("#status")
    m = re.match(r"entries 1–50 of (\d+)", status)
    assert m, status
    total = int(m[1])
    assert total > 50 and page.locator("#timeline li.entry").count() == 50
    dates = page.locator("#timeline .date-group h3").all_text_contents()
    page.click("#pager-bottom .next")
    expect(page.locator("#status")).to_contain_text(f"entries 51–{min(100, total)} of {total}")
    later = page.locator("#timeline .date-group h3").all_text_contents()
    assert later[-1] >= dates[-1] and "page 2 of" in page.text_content("#pager-top")
    page.click("#pager-top .prev")
    expect(page.locator("#status")).to_contain_text(f"entries 1–50 of {total}")


def test_the_timeline_hides_uncertain_events_unless_asked(page, base_url: str) -> None:
    events = httpx.get(base_url + "events", params={"limit": 500}).json()["items"]
    sure = [e for e in events if e["confidence"] >= 0.5]
    assert 0 < len(sure) < len(events)
    ready(page, base_url + "timeline")
    page.select_option("#f-type", "events")

    def count(n: int) -> str:
        return f"of {n}" if n > 50 else f"{n} entries"

    expect(page.locator("#status")).to_contain_text(f"{count(len(sure))} ({len(events) - len(sure)} uncertain "
                                                    "events hidden)")
    page.check("#f-uncertain")
    expect(page.locator("#status")).to_contain_text(f"{count(len(events))}.")


def test_the_timeline_filters_by_type_actor_and_date(page, base_url: str) -> None:
    ready(page, base_url + "timeline")
    page.select_option("#f-type", "ASSAULT")
    expect(page.locator("#timeline li.entry.statement")).to_have_count(0)
    types = page.locator("#timeline li.entry").evaluate_all("els => els.map(e => e.dataset.type || e.className)")
    assert types and set(types) == {"ASSAULT"}
    assert set(page.locator("#timeline li.entry .badge").all_text_contents()) == {"attack or fighting"}
    hits = httpx.get(base_url + "statements", params={"actor": "Peskov", "scope": "speech"}).json()["items"]
    day = max(h["date"] for h in hits)
    page.select_option("#f-type", "statements")
    page.fill("#f-actor", "Peskov")
    page.fill("#f-since", day)
    page.fill("#f-until", day)
    page.click("#timeline-form button[type=submit]")
    expect(page.locator("#status")).to_contain_text("for Dmitry Peskov")
    said = page.locator("#timeline li.entry.statement").all_text_contents()
    assert len(said) == sum(h["date"] == day for h in hits) and all("Dmitry Peskov" in s for s in said)
    assert page.locator("#timeline li.entry.event").count() == 0
    assert page.locator("#timeline .date-group h3").all_text_contents() == [day]


@pytest.mark.parametrize("width", WIDTHS)
def test_headings_and_labels_speak_plain_words(page, base_url: str, width: int) -> None:
    ready(page, base_url + "timeline", width)
    page.check("#f-uncertain")
    expect(page.locator("#status")).not_to_contain_text("hidden")
    badges = set(page.locator("#timeline li.entry.event .badge").all_text_contents())
    assert badges and badges <= PLAIN
    text = page.text_content("#timeline")
    assert not re.search(r"\b[A-Z]{5,}\b:", text), "an event code where words belong"
    assert "? " not in text
    analyse_example(page, base_url, width)
    assert set(page.locator("#events .badge").all_text_contents()) <= PLAIN
    headings = page.locator("h1, h2, h3, h4").all_text_contents()
    assert not [x for x in headings if re.search(r"\b[A-Z]{5,}\b|[a-z]+:[A-Z]", x)], headings


@pytest.mark.parametrize("width", WIDTHS)
def test_the_api_docs_link_back_to_the_app(page, base_url: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(base_url + "docs")
    page.wait_for_selector(".swagger-ui .opblock-summary-path")
    back = page.locator("header.docs-back a", has_text="back to the app")
    expect(back).to_be_visible()
    assert box(page, "header.docs-back")["y"] < 50
    back.click()
    page.wait_for_selector("body[data-ready='true']")
    assert page.text_content("h1") == "Who said what in a report"
