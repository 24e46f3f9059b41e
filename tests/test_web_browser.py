"""The web page in real headless Chromium (Debian's package, driven by Playwright).

A real uvicorn server runs the app on a free loopback port for the module, with a small corpus
store of our own reports; each test opens a fresh page, and every page may talk to that server
only (anything else fails the test).
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from reportedly.api import Settings, create_app
from reportedly.model import ClaimStatus, Content, Event, EventActor
from tests.browserhelp import chromium, expect, needs_chromium, served, watched_page
from tests.webhelp import build_store

pytestmark = needs_chromium

EXAMPLE = resources.files("reportedly").joinpath("data/example.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_store(tmp_path_factory.mktemp("web-corpus"))
    with served(create_app(Settings(max_chars=20_000, max_body_bytes=200_000, store=str(db)))) as url:
        yield url


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as ctx:
        yield ctx


@pytest.fixture
def page(context, base_url: str) -> Iterator[object]:
    yield from watched_page(context, base_url)


def analyse(page, base_url: str, text: str, published: str | None = None, **meta: str) -> None:
    """Open the page, paste ``text`` (and details), press Analyse and wait for the answer."""
    page.goto(base_url)
    page.wait_for_selector("body[data-ready='true']")
    page.fill("#report-text", text)
    if published or meta:
        page.click("details summary")
    if published:
        page.fill("#meta-published", published)
    for key, value in meta.items():
        page.fill(f"#meta-{key}", value)
    page.click("#analyse")
    expect(page.locator("#status")).to_contain_text(re.compile("statement|Could not"))


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) bytes of an 8-bit, non-interlaced PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, [bytes(r[i:i + 3]) for r in rows for i in range(0, stride, bpp)]


def test_web_paste_example_marks_statements_and_opens_an_actor(page, base_url: str, tmp_path: Path) -> None:
    analyse(page, base_url, EXAMPLE, published="2025-03-16")
    assert "statements" in page.text_content("#status")
    # every statement has its cue marked in the text, speakers and contents too
    n_statements = page.locator("#statements li").count()
    assert n_statements >= 15
    assert page.locator("#doc-text .st-cue").count() >= n_statements
    speakers = page.locator("#doc-text .st-source").all_text_contents()
    assert any("Aibek Dzhumabaev" in s for s in speakers)
    # (a content can be cut into several pieces by other marks inside it, such as an event's trigger)
    assert "We have stopped the shooting" in "".join(page.locator("#doc-text .st-content").all_text_contents())
    # debris is shown, greyed and labelled, not hidden
    banner = page.locator("#doc-text .removed", has_text="We use cookies")
    assert banner.count() == 1
    assert banner.evaluate("e => getComputedStyle(e).color") == "rgb(89, 89, 89)"
    # one colour per speaker: two different speakers, two different tints
    tint = "e => getComputedStyle(e).backgroundColor"
    dzhumabaev = page.locator("#doc-text .st-source", has_text="Aibek Dzhumabaev").first.evaluate(tint)
    nazarova = page.locator("#doc-text .st-source", has_text="Farida Nazarova").first.evaluate(tint)
    assert dzhumabaev != nazarova and "rgba(0, 0, 0, 0)" not in (dzhumabaev, nazarova)

    # open an actor: its card, its statements, its mentions marked in the text
    page.click("#actors button:has-text('Farida Nazarova')")
    assert page.text_content("#details h4") == "Farida Nazarova"
    assert "deputy defence minister" in page.text_content("#details")
    said = page.locator("#details .actor-statements li")
    assert said.count() >= 2
    assert page.locator("#doc-text .mention-on").count() >= 2
    assert page.get_attribute("#actors button:has-text('Farida Nazarova')", "aria-pressed") == "true"
    # and from there, one of her statements with its fields
    said.first.locator("button").click()
    details = page.text_content("#details")
    assert details.startswith("Statement s") and "Farida Nazarova" in details and "accused" in details
    assert page.locator("#doc-text .sel").count() >= 2

    shot = tmp_path / "example.png"
    page.screenshot(path=str(shot), full_page=True)
    width, height, pixels = png_pixels(shot.read_bytes())
    assert width >= 1000 and height >= 900
    colours = set(pixels)
    assert len(colours) > 200, "screenshot looks blank"
    white = pixels.count(b"\xff\xff\xff")
    assert white < 0.97 * len(pixels), "screenshot is almost all white"
    for tint_rgb in ((0xdb, 0xea, 0xfe), (0xfe, 0xe2, 0xe2), (0xdc, 0xfc, 0xe7)):  # the first speaker colours
        assert bytes(tint_rgb) in colours, f"no {tint_rgb} highlight in the screenshot"


def test_web_statements_open_from_the_keyboard(page, base_url: str) -> None:
    analyse(page, base_url, EXAMPLE, published="2025-03-16")
    anchors = page.locator("#doc-text [role='button'][tabindex='0']")
    assert anchors.count() >= 15
    ids = [anchors.nth(i).get_attribute("data-stmt") for i in range(3)]
    anchors.first.focus()
    page.keyboard.press("Enter")
    assert page.text_content("#details h4") == f"Statement {ids[0]}"
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.dataset.stmt") == ids[1]
    page.keyboard.press(" ")
    assert page.text_content("#details h4") == f"Statement {ids[1]}"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')").startswith(f"Statement {ids[1]}:")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.dataset.stmt") == ids[1]
    # the side panels are real buttons: Tab reaches them and Enter opens an actor
    page.focus("#actors button >> nth=0")
    page.keyboard.press("Enter")
    assert page.text_content("#details h4") == page.locator("#actors button").first.evaluate(
        "b => b.childNodes[1].textContent")


def test_web_markup_in_a_report_renders_as_text(page, base_url: str) -> None:
    hostile = ("The harbour master said the notice “<script>window.__pwned = 'script'</script>” was a prank.\n"
               "Residents said the sign read <img src=x onerror=\"window.__pwned='img'\"> and nothing more.\n"
               "<b>Bold</b> claims, the mayor said, are not <a href='javascript:alert(1)'>links</a>.\n")
    analyse(page, base_url, hostile, published="2025-03-16", title="<img src=y onerror=\"window.__pwned='title'\">",
            outlet="<script>window.__pwned='outlet'</script>", url="javascript:window.__pwned='url'")
    page.wait_for_selector("#doc-text .st-cue")
    text = page.text_content("#doc-text")
    assert "<script>window.__pwned = 'script'</script>" in text
    assert "<img src=x onerror=\"window.__pwned='img'\">" in text and "<b>Bold</b>" in text
    assert page.locator("#results script, #results img, #results b, #results a").count() == 0
    meta = page.text_content("#doc-meta")
    assert "<img src=y onerror=" in meta and "<script>window.__pwned='outlet'</script>" in meta
    statement = page.locator("#statements button", has_text="<script>").first
    statement.click()
    assert "the notice “<script>window.__pwned = 'script'</script" in page.text_content("#details")
    page.wait_for_timeout(200)  # give any injected handler its chance to run
    assert page.evaluate("window.__pwned === undefined")


def test_web_uploaded_html_page_is_read_as_html(page, base_url: str, tmp_path: Path) -> None:
    page_file = tmp_path / "ferry.html"
    page_file.write_text(
        "<!doctype html><html><head><title>Ferry plans</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<p>Rivermouth council approved the new ferry timetable on Tuesday, the harbour office said in a statement "
        "issued after the meeting.</p><p>“We will run twelve crossings a day from June,” harbour master Ines Okafor "
        "told reporters.</p></article></body></html>", encoding="utf-8")
    page.goto(base_url)
    page.wait_for_selector("body[data-ready='true']")
    page.set_input_files("#report-file", str(page_file))
    expect(page.locator("#status")).to_contain_text("HTML page")
    page.click("#analyse")
    page.wait_for_selector("#doc-text .st-cue")
    assert "Home" not in page.text_content("#doc-text")
    assert "Ferry plans" in page.text_content("#doc-meta")
    assert page.locator("#actors button", has_text="Ines Okafor").count() == 1


def test_web_server_errors_are_shown_in_one_line(page, base_url: str) -> None:
    analyse(page, base_url, "word " * 5_000)
    status = page.text_content("#status")
    assert status.startswith("Could not process the report: 413:") and "limit of 20,000" in status
    assert page.get_attribute("#status", "data-kind") == "error"
    page.select_option("#report-format", "html")
    page.click("#analyse")
    expect(page.locator("#status")).to_contain_text("422: html: no article text found")


def test_web_events_show_their_claim_status(page, base_url: str) -> None:
    """The events panel, fed a document whose event the page must show (events come from the events stage)."""
    import httpx

    text = ("Officials said on Monday that rebels shelled the depot. A rebel spokesman denied that his men had fired "
            "at the depot.\n")
    doc = httpx.post(base_url + "extract", json={"text": text}).json()
    claim = next(s for s in doc["statements"] if s["cue"]["text"] == "said")
    denial = next(s for s in doc["statements"] if s["cue"]["text"] == "denied")
    start = text.index("shelled")
    event = Event(id="e1", type="ASSAULT", trigger=Content(text="shelled", spans=[(start, start + 7)]),
                  actors=[EventActor(text="rebels", spans=[(start - 7, start - 1)])],
                  recipients=[EventActor(text="the depot", spans=[(start + 8, start + 17)])],
                  status=[ClaimStatus(status="claimed", statement=claim["id"], by=claim["source"]["actor"]),
                          ClaimStatus(status="denied", statement=denial["id"], by=denial["source"]["actor"])])
    doc["events"] = [event.to_dict()]
    page.route("**/extract", lambda route: route.fulfill(status=200, content_type="application/json",
                                                          body=json.dumps(doc)))
    analyse(page, base_url, text)
    item = page.locator("#events button").first
    label = item.text_content()
    assert "attack or fighting" in label and "shelled" in label and "claimed by" in label and "denied by" in label
    item.click()
    details = page.text_content("#details")
    assert "Event e1: attack or fighting" in details and "PLOVER ASSAULT" in details
    assert "the depot" in details and "denied" in details
    assert page.locator("#doc-text .trigger-on").text_content() == "shelled"
    page.click(f"#details button[data-stmt='{denial['id']}']")
    assert page.text_content("#details h4") == f"Statement {denial['id']}"


def test_web_api_docs_work_offline(page, base_url: str) -> None:
    page.goto(base_url + "docs")
    page.wait_for_selector(".swagger-ui .opblock-summary-path")
    paths = page.locator(".opblock-summary-path").all_text_contents()
    assert any("/extract" in p for p in paths) and any("/health" in p for p in paths)
    page.click(".opblock-summary-path:has-text('/health')")
    page.click("button:has-text('Try it out')")
    page.click("button:has-text('Execute')")
    expect(page.locator(".live-responses-table tbody td.response-col_status").first).to_have_text("200")
    assert page.locator("#swagger-ui").get_by_text('"status": "ok"').count() >= 1


def open_page(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='true']")


def test_web_corpus_page_opens_an_actor_and_its_statements_over_time(page, base_url: str) -> None:
    open_page(page, base_url + "corpus")
    expect(page.locator("#counts")).to_contain_text("4 reports")
    rows = page.locator("#actors-table tbody tr")
    assert rows.first.locator("th").text_content() in ("Anton Werner", "Ilse Marek")
    page.click("#actors-table a:text-is('Ilse Marek')")
    page.wait_for_selector("body[data-ready='true']")
    assert page.text_content("h1") == "Ilse Marek"
    assert "Defence Minister" in page.text_content("#actor-card")
    per_date = page.locator("#per-date tbody tr")
    assert [per_date.nth(i).locator("th").text_content() for i in range(per_date.count())] == ["2025-04-08",
                                                                                                 "2025-04-10"]
    # two statements, and the press conference she gave them at (an occasion of speech, events/speech.py)
    assert per_date.first.locator("td").all_text_contents()[:2] == ["2", "1"]
    said = page.locator("#timeline li.entry.statement")
    assert said.count() == 3 and all("Ilse Marek" in t for t in said.all_text_contents())
    assert page.locator("#timeline li.entry.event[data-type='AGREE']", has_text="agreement").count() == 1
    # a date range narrows it
    page.fill("#f-since", "2025-04-09")
    page.click("#range-form button")
    expect(page.locator("#timeline li.entry.statement")).to_have_count(1)
    # and each entry opens its report at the statement
    page.click("#timeline li.entry.statement a")
    page.wait_for_selector("body[data-ready='true']")
    assert page.text_content("h1") == "Both sides talk of talks"
    details = page.text_content("#details")
    assert details.startswith("Statement s") and "Ilse Marek" in details and "ceasefire" in details
    assert page.locator("#doc-text .sel").count() >= 1


def test_web_corpus_actor_search(page, base_url: str) -> None:
    open_page(page, base_url + "corpus")
    page.fill("#f-name", "Werner")
    page.click("#actor-form button")
    expect(page.locator("#actors-table tbody tr")).to_have_count(1)
    assert page.locator("#actors-table tbody th").text_content() == "Anton Werner"
    page.fill("#f-name", "")
    page.select_option("#f-type", "organization")
    page.click("#actor-form button")
    expect(page.locator("#actors-table tbody tr td:nth-child(2)").first).to_have_text("organization")
    assert set(page.locator("#actors-table tbody td:nth-child(2)").all_text_contents()) == {"organization"}
    page.fill("#f-name", "Nobody Atall")
    page.click("#actor-form button")
    expect(page.locator("#actors-table tbody")).to_have_text("No actor matches.")


def test_web_timeline_of_everyone_and_of_one_actor(page, base_url: str) -> None:
    open_page(page, base_url + "timeline")
    dates = page.locator("#timeline .date-group h3").all_text_contents()
    assert dates == sorted(dates) and {"2025-04-07", "2025-04-08", "2025-04-10", "2025-04-11"} <= set(dates)
    assert page.locator("#timeline li.entry.statement").count() >= 10
    assert page.locator("#timeline li.entry.event[data-type='ASSAULT']", has_text="attack").count() >= 1
    page.fill("#f-actor", "Werner")
    page.click("#timeline-form button")
    expect(page.locator("#status")).to_contain_text("for Anton Werner")
    texts = page.locator("#timeline li.entry.statement").all_text_contents()
    assert len(texts) == 3 and all("Anton Werner" in t for t in texts)


def test_web_disputes_group_by_claim_with_both_sides_quoted(page, base_url: str) -> None:
    open_page(page, base_url + "disputes")
    first = page.locator("li.dispute").first
    assert "Brenholt" in first.locator("h2").text_content()
    assert not re.search(r"event:|territory|ASSAULT", first.locator("h2").text_content())  # no internal codes
    assert first.locator(".kind").text_content() == "denial"
    asserted = first.locator(".side.claims")
    assert asserted.locator("h3").text_content().startswith("Asserted by")
    assert "Northland's defence ministry" in asserted.text_content()
    assert "independent report" in asserted.locator(".origins").text_content()
    denial = first.locator(".side.denies")
    assert denial.locator("h3").text_content().startswith("Denied by")
    assert "Southland's General Staff" in denial.text_content()
    box_a, box_d = asserted.bounding_box(), denial.bounding_box()
    assert box_a["x"] + box_a["width"] <= box_d["x"] + 1 and abs(box_a["y"] - box_d["y"]) < 2  # side by side
    quoted = denial.locator("blockquote").first.text_content()
    assert "Brenholt had fallen" in quoted
    expect(page.locator("#status")).to_have_text("1 dispute.")
    denial.locator(".where a").first.click()
    page.wait_for_selector("body[data-ready='true']")
    assert page.text_content("h1") == "Southland denies losing Brenholt"
    assert "Brenholt had fallen" in page.text_content("#details")
    page.goto(base_url + "disputes")
    page.wait_for_selector("body[data-ready='true']")
    page.fill("#f-actor", "Clara Voss")
    page.click("#disputes-form button")
    expect(page.locator("#status")).to_have_text("No disputes found.")


def test_web_corpus_views_show_stored_markup_as_text(page, base_url: str) -> None:
    open_page(page, base_url + "corpus")
    link = page.locator("#docs-table a", has_text="Market reopens")
    assert link.text_content() == "<script>window.__pwned = 'title'</script> Market reopens"
    assert page.locator("#docs-table td", has_text="<b>Kessel</b> Courier").count() == 1
    link.click()
    page.wait_for_selector("body[data-ready='true']")
    assert page.text_content("h1").startswith("<script>")
    assert "<img src=x onerror=\"window.__pwned='text'\">" in page.text_content("#doc-text")
    assert page.locator("main script, main img, main b").count() == 0
    page.wait_for_timeout(200)  # give any injected handler its chance to run
    assert page.evaluate("window.__pwned === undefined")


def test_web_corpus_pages_say_when_there_is_no_corpus(page, base_url: str) -> None:
    def no_corpus(route) -> None:
        health = route.fetch().json()
        route.fulfill(status=200, content_type="application/json", body=json.dumps({**health, "corpus": False}))

    page.route("**/health", no_corpus)
    for name in ("corpus", "timeline", "disputes"):
        page.goto(base_url + name)
        expect(page.locator(".problem")).to_contain_text("No corpus store is served")


# ---- statement classes: speech by default, a switch to every attribution -----------------------------

BELIEF = ("Harbour master Ines Okafor said on Tuesday that the ferry would run twelve crossings a day.\n"
          "Residents believe the timetable is too ambitious.\n")


def test_web_class_switch_hides_and_shows_non_speech_statements(page, base_url: str) -> None:
    analyse(page, base_url, BELIEF, published="2025-05-06")
    # speech by default: the belief is neither listed nor marked
    expect(page.locator("#statements li")).to_have_count(1)
    assert page.locator("#statements li .cls").all_text_contents() == ["speech"]
    assert page.locator("#doc-text .st-cue").all_text_contents() == ["said"]
    expect(page.locator("#class-filter [data-note]")).to_have_text("1 of 2 statements shown; 1 hidden by this "
                                                                   "filter.")
    switch = page.get_by_label("All attributions: beliefs, feelings and wishes too")
    assert switch.get_attribute("type") == "checkbox" and not switch.is_checked()
    # the keyboard reaches the switch right after the form, and Space turns it on
    page.focus("#load-example")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "show-all"
    page.keyboard.press(" ")
    expect(page.locator("#statements li")).to_have_count(2)
    assert page.locator("#statements li .cls").all_text_contents() == ["speech", "cognition"]
    assert sorted(page.locator("#doc-text .st-cue").all_text_contents()) == ["believe", "said"]
    page.click("#statements li[data-class='cognition'] button")
    assert "cognition" in page.text_content("#details") and "believe (believe)" in page.text_content("#details")
    # then one checkbox per class narrows it, from the keyboard too
    page.focus("#show-all")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "show-speech"
    page.keyboard.press("Tab")
    page.keyboard.press(" ")  # untick cognition
    expect(page.locator("#statements li")).to_have_count(1)
    page.click("label[for='show-all']")  # and back to speech only
    expect(page.locator("#statements li")).to_have_count(1)
    assert page.locator(".class-choices").is_hidden()


def test_web_cue_less_quote_shows_no_cue_and_the_inferred_speaker(page, base_url: str) -> None:
    from tests.classhelp import ferry_doc

    doc = ferry_doc()
    page.route("**/extract", lambda route: route.fulfill(status=200, content_type="application/json",
                                                          body=doc.to_json()))
    analyse(page, base_url, doc.text)
    expect(page.locator("#statements li")).to_have_count(3)  # s1, s5, s6: the speech ones
    assert page.locator("#doc-text .st-cue").all_text_contents() == ["said", "told"]  # no cue box for s6
    item = page.locator("#statements button[data-stmt='s6']")
    assert "(no cue)" in item.text_content()
    item.click()
    details = page.text_content("#details")
    assert "no cue — speaker inferred" in details and "Ines Okafor (inferred speaker)" in details
    assert page.get_attribute("#doc-text [data-stmt='s6'][tabindex='0']", "aria-label") == (
        "Statement s6: Ines Okafor, (no cue) (speech)")
    page.check("#show-all")
    expect(page.locator("#statements li")).to_have_count(6)
    assert page.locator("#statements .cls").all_text_contents() == ["speech", "cognition", "sentiment", "volition",
                                                                    "speech", "speech"]


@pytest.fixture(scope="module")
def ferry_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A second server, over a store holding the hand-built ferry report (every class, a cue-less quote)."""
    from tests.classhelp import ferry_store

    with served(create_app(Settings(store=str(ferry_store(tmp_path_factory.mktemp("ferry-web")))))) as url:
        yield url


@pytest.fixture
def ferry_page(context, ferry_url: str) -> Iterator[object]:
    yield from watched_page(context, ferry_url)


def test_web_corpus_views_show_speech_by_default_and_filter_by_class(ferry_page, ferry_url: str) -> None:
    page = ferry_page
    open_page(page, ferry_url + "timeline")
    said = page.locator("#timeline li.entry.statement")
    expect(said).to_have_count(3)
    assert said.locator(".cls").all_text_contents() == ["speech"] * 3
    assert any("Ines Okafor: “Nobody will wait" in t for t in said.all_text_contents())  # the cue-less quote
    page.focus("#timeline-form button")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "tl-all"
    page.keyboard.press(" ")
    expect(said).to_have_count(6)
    assert sorted(said.locator(".cls").all_text_contents()) == ["cognition", "sentiment", "speech", "speech",
                                                                "speech", "volition"]
    page.uncheck("#tl-sentiment")
    expect(said).to_have_count(5)
    # one actor's timeline follows the same filter
    page.fill("#f-actor", "Okafor")
    page.click("#timeline-form button")
    expect(page.locator("#status")).to_contain_text("for Ines Okafor")
    expect(said).to_have_count(3)
    page.check("#tl-sentiment")
    expect(said).to_have_count(4)

    # the actor page: speech by default, the switch shows the fear too
    open_page(page, ferry_url + "actor?name=Okafor")
    expect(page.locator("#timeline li.entry.statement")).to_have_count(3)
    page.check("#at-all")
    expect(page.locator("#timeline li.entry.statement")).to_have_count(4)
    assert page.locator("#timeline .cls-sentiment").count() == 1

    # a link to a statement the default hides opens it, the filter switched to show it
    open_page(page, ferry_url + "document?id=ferry&stmt=s3")
    assert page.text_content("#details h4") == "Statement s3"
    assert page.is_checked("#show-all") and "sentiment" in page.text_content("#details")
    assert page.locator("#doc-text .sel").count() >= 1
