"""Page furniture of wire and broadcaster pages is removed and reported, and names in it are no actors or
speakers: credit lines ('X contributed reporting'), syndication notes, standards and sign-up lines, channel
prompts, 'Header image:' and 'Image caption,' captions. Text written for reportedly (a drone attack on a port)."""

from __future__ import annotations

from reportedly import extract

TEXT = (
    "Drones hit port overnight\n\n"
    "Image caption, Firefighters work at the grain terminal on Sunday\n\n"
    "ODESA, Ukraine (AP) — Russia launched 70 drones overnight, the regional governor said on Sunday.\n\n"
    "Governor Petro Marchenko said two warehouses had burned.\n\n"
    "Sign up here.\n\n"
    "Kateryna Volyk and Tomas Brandt contributed reporting.\n\n"
    "The Associated Press contributed to this report.\n\n"
    "___\n\n"
    "(Except for the headline, this story has not been edited by Delta News staff and is published from a "
    "syndicated feed.)\n\n"
    "Our Standards: The Harbour Wire Trust Principles., opens new tab\n\n"
    "Header image: Smoke over the terminal. — Reuters\n\n"
    "We have launched our Telegram channel. Subscribe to stay up to date.\n\n"
    "This article was originally published by Coastline Media.\n"
)


def test_wire_furniture_is_removed_and_reported() -> None:
    doc = extract(TEXT, id="x")
    removed = " ".join(r.text for r in doc.removed)
    for piece in ("Image caption,", "Sign up here.", "contributed reporting", "contributed to this report", "___",
                  "Except for the headline", "Our Standards", "Header image:", "Telegram channel",
                  "originally published by"):
        assert piece in removed, piece
    for r in doc.removed:
        (s, e), *_ = r.spans
        assert TEXT[s:e].startswith(r.text[:20])


def test_names_in_wire_furniture_are_no_actors() -> None:
    doc = extract(TEXT, id="x")
    names = {a.name for a in doc.actors}
    assert "Petro Marchenko" in names
    assert not names & {"Kateryna Volyk", "Tomas Brandt", "Associated Press", "Delta News", "Coastline Media",
                        "Our Standards", "Harbour Wire Trust Principles"}
    assert len(doc.statements) == 2


def test_a_dateline_with_a_slashed_agency_is_removed_and_credited() -> None:
    text = ("Drones downed overnight\n\nMOSCOW, May 4 /TASS/. The defence ministry said air defences had destroyed "
            "41 drones over three regions.")
    doc = extract(text, id="x")
    assert [r.text for r in doc.removed if r.kind == "dateline"] == ["MOSCOW, May 4 /TASS/."]
    assert (doc.meta.dateline, doc.meta.credit) == ("Moscow", "TASS")
    assert not any("TASS" in s.source.text for s in doc.statements)


def test_an_authors_appeal_is_removed_and_its_author_is_no_actor() -> None:
    text = ("Villages change hands\n\nThe army said it had pushed back an assault near the river.\n\nNote from the "
            "author:\n\nHi, this is Olena Marchuk, the author of this article. Please consider supporting our work "
            "by becoming a member.")
    doc = extract(text, id="x")
    assert "Olena Marchuk" not in {a.name for a in doc.actors}
    assert any("Note from the author" in r.text for r in doc.removed)


def test_a_headline_that_runs_a_region_into_a_capital_gives_the_capital() -> None:
    doc = extract("Russia claims capture of two villages in Donetsk Oblast, Kyiv denies\n\nThe ministry said "
                  "its troops had advanced.", id="x")
    names = {a.name for a in doc.actors}
    assert not any("," in n for n in names)
