"""Only those who can speak are speakers: labels, operations, storms and weapons before a colon are not
sources, and a platform after 'on' ends the sentence instead of opening a name."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.text import nlp


def _sources(text: str) -> list[str]:
    return [s.source.text for s in extract(text).statements]


@pytest.mark.parametrize("headline", [
    "Operation Granite Gate: Army says 9 fighters killed",
    "CURRENCIES: Rupee slips as traders bet on a rate cut",
    "EXPLAINER: What the tribunal ruling means for the dam",
    "Cyclone Hamid: Thousands moved from coastal villages",
    "J-10C: The jet at the centre of the dispute",
    "Valmora: Fire destroys depot, police say",
])
def test_things_and_labels_before_a_colon_do_not_speak(headline: str) -> None:
    text = headline + "\n\nThe ministry said on Monday that it would publish figures."
    first = headline.split(":")[0]
    assert first not in _sources(text)
    if first != "Valmora":  # an unknown word may stay a name; it never speaks for the police
        assert first not in [a.name for a in extract(text).actors]


def test_people_and_bodies_before_a_colon_still_speak() -> None:
    assert "Okafor" in _sources("Okafor: Lagos will not raise fares\n\nThe governor spoke on Monday.")
    assert "NATO" in _sources("NATO: Allies will double air patrols over the Baltic\n\nThe alliance met.")


def test_platform_ends_the_sentence() -> None:
    text = ("“We accept the ruling,” Ingrid Solberg wrote on X. Brekke Logistics chief executive Tor Aas "
            "said the fine was fair.")
    parsed = nlp.parse(text)
    assert len(parsed.sentences) == 2
    doc = extract(text)
    said = next(s for s in doc.statements if s.cue.text == "said")
    assert said.source.text.startswith("Brekke Logistics")
    assert not any(a.name.startswith("X") for a in doc.actors)
    wrote = next(s for s in doc.statements if s.cue.text == "wrote")
    assert wrote.channel is not None and wrote.channel.platform == "X"


def test_initial_x_elsewhere_stays_an_initial() -> None:
    parsed = nlp.parse("Malcolm X. Dlamini said the union would strike.")
    assert [t.text for t in parsed.doc][:3] == ["Malcolm", "X.", "Dlamini"]
