"""Static checks of the shipped web assets: colour contrast and no HTML-parsing DOM calls in the scripts."""

from __future__ import annotations

import re
from importlib import resources

import pytest

WEB = resources.files("reportedly").joinpath("web")
CSS = WEB.joinpath("style.css").read_text(encoding="utf-8")
SCRIPTS = {name: WEB.joinpath(name).read_text(encoding="utf-8") for name in ("app.js", "render.js", "docs.js",
                                                                             "classes.js")}


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of '#rrggbb'."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_web_contrast_helper_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def speaker_colours() -> dict[str, tuple[str, str]]:
    found = re.findall(r"\.(c\d|cx) \{ --tint: (#[0-9a-f]{6}); --strong: (#[0-9a-f]{6}); \}", CSS)
    return {name: (tint, strong) for name, tint, strong in found}


def test_web_speaker_colours_keep_text_readable() -> None:
    colours = speaker_colours()
    assert len(colours) == 11  # c0..c9 and cx for statements without a resolved speaker
    ink = re.search(r"--ink: (#[0-9a-f]{6})", CSS)[1]
    paper = re.search(r"--paper: (#[0-9a-f]{6})", CSS)[1]
    tints = set()
    for name, (tint, strong) in colours.items():
        assert contrast(ink, tint) >= 7.0, f"{name}: text on its tint"  # WCAG AAA for body text
        assert contrast(strong, paper) >= 4.5, f"{name}: underline/box colour against the page"
        assert contrast(strong, tint) >= 3.0, f"{name}: underline/box colour against its own tint"
        tints.add(tint)
    assert len(tints) == len(colours), "two speakers share a colour"


@pytest.mark.parametrize(("selector", "background"), [(".removed", "#ffffff"), (".removed-tag", "#ffffff"),
                                                      (".hint", "#ffffff"), ("a", "#ffffff"), (".cls", "#ffffff")])
def test_web_secondary_text_is_readable(selector: str, background: str) -> None:
    rule = re.search(re.escape(selector) + r" \{[^}]*?color: (#[0-9a-f]{6}|var\(--[a-z]+\))", CSS)
    assert rule, selector
    colour = rule[1]
    if colour.startswith("var("):
        colour = re.search(re.escape(colour[4:-1]) + r": (#[0-9a-f]{6})", CSS)[1]
    assert contrast(colour, background) >= 4.5, selector


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_web_scripts_never_parse_data_as_html(name: str) -> None:
    code = re.sub(r"//[^\n]*", "", SCRIPTS[name])  # comments may name what is forbidden
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                      "setAttribute(\"on", "setAttribute('on", ".onclick"):
        assert forbidden not in code, f"{name} uses {forbidden}"
