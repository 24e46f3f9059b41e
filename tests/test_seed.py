"""The seed report from ../shared (skipped when absent): every statement by a named actor is found and resolved."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.model import Document

# (cue as written, speakers) for every statement in the seed report made by a named person, government,
# country or ministry
EXPECTED = [
    ("stated", ["Keir Starmer"]),
    ("asserting", ["Keir Starmer"]),
    ("emphasized", ["Keir Starmer"]),
    ("remarked", ["Keir Starmer"]),
    ("noted", ["Keir Starmer"]),
    ("added", ["Keir Starmer"]),
    ("cautioned", ["Volodymyr Zelensky"]),
    ("did not commit to", ["Vladimir Putin"]),
    ("declared", ["Ursula von der Leyen"]),
    ("conveyed", ["Dick Schoof"]),
    ("claiming", ["Russia"]),
    ("denied", ["Volodymyr Zelensky"]),
    ("confirmed", ["Russian defense ministry"]),
    ("reported", ["Ukraine"]),
    ("commented", ["Keir Starmer"]),
    ("argue", ["Keir Starmer", "Emmanuel Macron"]),
    ("urged", ["Emmanuel Macron"]),
    ("lambasted", ["Germany"]),
    ("acknowledged", ["Marco Rubio"]),
    ("reiterated", ["Giorgia Meloni"]),
    ("indicated", ["Mikhail Kasyanov"]),
    ("announced", ["Russia", "Ukraine"]),
]


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    return extract(seed_text, id="seed", published="2025-03-16")


def test_seed_named_speakers_are_found_and_resolved(seed_doc: Document) -> None:
    got = [(s.cue.text, seed_doc.speaker_names(s)) for s in seed_doc.statements]
    missing = [e for e in EXPECTED if e not in got]
    assert not missing, f"missing {missing}; got {got}"
    # both quotes by Zelensky, the one after "asserted" included
    zelensky = [s for s in seed_doc.statements if seed_doc.speaker_names(s) == ["Volodymyr Zelensky"]]
    assert sum(s.kind == "direct" for s in zelensky) >= 2


def test_seed_debris_is_removed_and_silent(seed_doc: Document) -> None:
    kinds = [r.kind for r in seed_doc.removed]
    assert kinds.count("consent_banner") == 1
    assert kinds.count("caption") >= 2
    assert kinds.count("subheading") == 3
    removed = {i for r in seed_doc.removed for s, e in r.spans for i in range(s, e)}
    for st in seed_doc.statements:
        for part in (st.source, st.cue, st.content):
            assert not any(i in removed for s, e in part.spans for i in range(s, e)), st
    banner = next(r for r in seed_doc.removed if r.kind == "consent_banner")
    assert banner.text.startswith("We need your consent") and banner.text.endswith("Manage Preferences")


def test_seed_actors_titles_and_channels(seed_doc: Document) -> None:
    by_name = {a.name: a for a in seed_doc.actors}
    starmer = by_name["Keir Starmer"]
    assert starmer.country == "GBR" and "UK Prime Minister" in starmer.titles
    assert by_name["Volodymyr Zelensky"].country == "UKR"
    assert by_name["Germany"].type == "country"
    channels = {s.channel.kind for s in seed_doc.statements if s.channel}
    assert {"social_media", "press_conference"} <= channels
    yesterday = [s for s in seed_doc.statements if s.time and s.time.text == "yesterday"]
    assert yesterday and all(s.time.start == "2025-03-15" for s in yesterday if s.time)
