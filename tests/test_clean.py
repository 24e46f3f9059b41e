"""Debris in scraped plain text is found, reported with spans into the original, and never parsed."""

from __future__ import annotations

from reportedly import extract
from reportedly.text.debris import split_debris

TEXT = (
    "Ministers meet again as talks on the grain corridor resume\n"
    "By Tomas Eriksen and Ana Duarte\n"
    "This website uses cookies to personalise content. By continuing to use this site you agree to our use "
    "of cookies. Accept all\n"
    "The transport minister said on Tuesday that ships would be inspected at two ports.\n"
    "Cargo ships queue outside the port of Constanta.\n"
    "Inspections first\n"
    "“We will not open the corridor before the inspections are agreed,” the minister said.\n"
    "Advertisement\n"
    "Port officials said the queue had grown to 40 ships.\n"
)


def test_clean_reports_each_kind_with_original_spans() -> None:
    removed, kept = split_debris(TEXT)
    kinds = {r.kind: r for r in removed}
    assert set(kinds) == {"byline", "consent_banner", "subheading", "boilerplate"}
    for r in removed:
        (s, e), = r.spans
        assert TEXT[s:e] == r.text
    assert kinds["consent_banner"].text.startswith("This website uses cookies")
    assert kinds["consent_banner"].text.endswith("Accept all")
    assert kinds["subheading"].text == "Inspections first"
    # the headline is kept, and no kept piece overlaps a removed one
    assert TEXT[kept[0][0]:kept[0][1]].startswith("Ministers meet again")
    removed_chars = {i for r in removed for s, e in r.spans for i in range(s, e)}
    assert not any(i in removed_chars for s, e in kept for i in range(s, e))


def test_clean_caption_found_after_parse_and_gives_no_statement() -> None:
    doc = extract(TEXT)
    captions = [r for r in doc.removed if r.kind == "caption"]
    assert [c.text for c in captions] == ["Cargo ships queue outside the port of Constanta."]
    cap_start, cap_end = captions[0].spans[0]
    for st in doc.statements:
        for s, e in st.content.spans + st.cue.spans:
            assert e <= cap_start or s >= cap_end
    assert doc.text == TEXT


def test_clean_banner_glued_inside_a_paragraph() -> None:
    text = ("The mayor said the bridge would reopen. We need your consent to load this video-player content. "
            "Manage Preferences\nResidents said they had waited two years.\n")
    removed, kept = split_debris(text)
    assert [r.kind for r in removed] == ["consent_banner"]
    assert removed[0].text == "We need your consent to load this video-player content. Manage Preferences"
    assert text[kept[0][0]:kept[0][1]] == "The mayor said the bridge would reopen."


def test_a_byline_with_its_update_time_is_debris_and_no_actor() -> None:
    text = ("Flood barrier fails in the north\n\n"
            "By Harbour Gazette staff | Last updated 4 March 2026, 18:05\n\n"
            "The barrier gave way on Tuesday, the water board said.\n\n"
            "By Lina Okoro, Updated 9:40 AM, March 4, 2026\n\n"
            "By Tuesday, updated figures showed 40 homes flooded.\n")
    removed, _kept = split_debris(text)
    assert [r.text for r in removed if r.kind == "byline"] == [
        "By Harbour Gazette staff | Last updated 4 March 2026, 18:05", "By Lina Okoro, Updated 9:40 AM, March 4, 2026"]
    doc = extract(text, published="2026-03-04")
    assert not any("Harbour" in a.name for a in doc.actors)


def test_a_note_on_the_author_at_the_end_is_a_byline_and_no_actor() -> None:
    text = ("Dam operator says spillway is safe\n\n"
            "KESTRAL (Reuters) - The operator of the Orvan dam said on Monday its spillway was safe, "
            "the regional water board said.\n\n"
            "Mirela Dancu is a reporter who covered the 2024 floods for the board's own newsletter, "
            "the water board said.\n\n"
            "Reporting by Ivo Marek; Editing by Ana Pell\n\n"
            "Ivo Marek is Reuters' senior correspondent in Kestral, covering energy and the environment.\n\n"
            "Follow Ivo Marek on X\n")
    removed, _kept = split_debris(text)
    bylines = [r.text for r in removed if r.kind == "byline"]
    assert "Ivo Marek is Reuters' senior correspondent in Kestral, covering energy and the environment." in bylines
    assert "Follow Ivo Marek on X" in bylines
    # a journalist who is part of the story ('who covered ...') stays text, and so does a bio-like line high up
    assert not any(b.startswith("Mirela") for b in bylines)
    doc = extract(text, published="2026-03-02")
    assert not any("Ivo Marek" in a.name or "correspondent" in a.name for a in doc.actors)
    high = "Ivo Marek is a reporter in Kestral.\n\n" + "The board said the dam was safe.\n\n" * 5
    assert not any(r.kind == "byline" for r in split_debris("Dam safe\n\n" + high)[0])


def test_a_wire_desk_label_opening_a_line_is_debris_and_the_rest_stays() -> None:
    text = ("EXCLUSIVE-Veska seeks fishing quota in exchange for shoal deal, sources say\n\n"
            "UPDATE 2-The port authority said on Monday the berths would reopen.\n\n"
            "Exclusive rights to the shoal were granted in 2019, the ministry said.\n")
    removed, kept = split_debris(text)
    assert [r.text for r in removed] == ["EXCLUSIVE-", "UPDATE 2-"]
    assert text[kept[0][0]:kept[0][1]].startswith("Veska seeks")
    doc = extract(text, published="2026-03-02")
    assert not any(a.name.startswith(("EXCLUSIVE", "UPDATE")) for a in doc.actors)
    assert any(a.name == "Veska" for a in doc.actors)
