"""Names in wire copy that are no actors: the rest of a title, a list of towns, a site's name, a handle, a wire
slug; and what must still be an actor beside them. Reports written for this test (invented people)."""

from __future__ import annotations

import pytest

from reportedly import extract

PUBLISHED = "2026-03-11"


@pytest.mark.parametrize("sentence, actors", [
    ("Director General Air Operations Air Marshal K L Varma said all pilots were back.", [("K L Varma", "person")]),
    ("The Directors General of Military Operations spoke by hotline on Saturday, the army said.",
     [("army", "organization")]),
    ("Jets struck targets in Lahore, Sialkot and Bahawalpur, Pakistan said.", [("Pakistan", "country")]),
    ("A missile hit the Nur Khan air base near Rawalpindi, the military said.", [("military", "organization")]),
    ("The Indian Army @adgpi_in said on X that the strikes were measured.", [("Indian Army", "organization")]),
    ("Sen. Ida Vossberg (@idavossberg) wrote on X that the bill was dead.", [("Ida Vossberg", "person")]),
    ("Director Paul Ekwueme said the bureau would investigate.", [("Paul Ekwueme", "person")]),
])
def test_wire_names_that_are_no_actors(sentence: str, actors: list[tuple[str, str]]) -> None:
    doc = extract(sentence, published=PUBLISHED)
    assert [(a.name, a.type) for a in doc.actors] == actors


def test_a_wire_slug_ending_the_last_paragraph_is_debris() -> None:
    doc = extract("By 1 am the firing had stopped, army officials said. PTI RAS ANB", published=PUBLISHED)
    assert [(r.kind, r.text) for r in doc.removed] == [("boilerplate", "PTI RAS ANB")]


def test_a_wire_slug_after_the_copy_is_debris() -> None:
    doc = extract("Pakistan said it had downed five jets.\n\nPTI RAS ANB\n\nReuters and AP reported the strikes.",
                  published=PUBLISHED)
    assert [r.kind for r in doc.removed] == ["byline"]
    assert "Reuters and AP" in doc.text and all("Reuters and AP" not in doc.text[s:e] for r in doc.removed
                                                 for s, e in r.spans)
