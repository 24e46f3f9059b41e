"""Datelines at a paragraph's start are removed debris: never a speaker, an actor or part of a content."""

from __future__ import annotations

import pytest

from reportedly import extract
from reportedly.text.datelines import find_dateline

REPORT = (
    "Harbour operator fined after depot fire\n\n"
    "VALMORA — Brekke Logistics was fined 3 million kronor on Wednesday over a fire at its depot, the work "
    "safety authority said.\n\n"
    "“We accept the decision,” chief executive Sigrid Holm said.\n\n"
    "TROMSØ, Norway, April 9 (NTB) - Holm told reporters that the sprinklers had been replaced.\n"
)


@pytest.mark.parametrize("opening, dateline, place, credit", [
    ("VALMORA — The port reopened.", "VALMORA —", "Valmora", None),
    ("ISLAMABAD: The cabinet met on Monday.", "ISLAMABAD:", "Islamabad", None),
    ("Pune: Police said two people were hurt.", "Pune:", "Pune", None),
    ("GOTHENBURG, Sweden (Reuters) - A fire broke out.", "GOTHENBURG, Sweden (Reuters) -", "Gothenburg, Sweden",
     "Reuters"),
    ("BISHKEK, May 8 (AFP) – Officials said.", "BISHKEK, May 8 (AFP) –", "Bishkek", "AFP"),
    ("New Delhi, July 14 (PTI) - The minister said.", "New Delhi, July 14 (PTI) -", "New Delhi", "PTI"),
    ("Lagos, June 3, NAN - The governor said.", "Lagos, June 3, NAN -", "Lagos", "NAN"),
    ("Karachi, Pakistan — The army said.", "Karachi, Pakistan —", "Karachi, Pakistan", None),
    ("(Reuters) - The company said.", "(Reuters) -", None, "Reuters"),
    ("DHAKA, March 2 (Agence France-Presse) -- Floods rose.", "DHAKA, March 2 (Agence France-Presse) --", "Dhaka",
     "AFP"),
])
def test_dateline_shapes(opening: str, dateline: str, place: str | None, credit: str | None) -> None:
    d = find_dateline(opening, 0, len(opening))
    assert d is not None
    assert opening[d.span[0]:d.span[1]] == dateline
    assert (d.place, d.credit) == (place, credit)


@pytest.mark.parametrize("opening", [
    "Mr Starmer: We will not give up.",         # a person before a colon
    "Update: The count resumed on Friday.",     # a label in title case
    "EXPLAINER: What the ruling means",         # a label in capitals
    "CURRENCIES: Dollar slips as yields fall",  # a market label
    "He said: “We are ready.”",                 # a quotation's colon
    "NATO — The alliance said on Monday.",      # an organisation
    "Valmora — The town is small.",             # title case and unknown to the gazetteer
    "QUESTIONABLE CLAIMS — For years he sold pills.",  # a lead-in in capitals
    "ANNIKA BERG: Thank you.",                  # a transcript's speaker
])
def test_not_datelines(opening: str) -> None:
    assert find_dateline(opening, 0, len(opening)) is None


def test_dateline_in_a_headline_needs_capitals_a_date_or_an_agency() -> None:
    assert find_dateline("Kyiv: talks resume", 0, 19, first=True) is None
    assert find_dateline("Kyiv: Talks resumed.", 0, 20) is not None


def test_dateline_is_removed_and_goes_to_meta() -> None:
    doc = extract(REPORT)
    datelines = [r for r in doc.removed if r.kind == "dateline"]
    assert [r.text for r in datelines] == ["VALMORA —", "TROMSØ, Norway, April 9 (NTB) -"]
    for r in datelines:
        (s, e), = r.spans
        assert REPORT[s:e] == r.text  # offsets into the original text
    assert doc.meta.dateline == "Valmora"  # the first dateline's place
    assert doc.meta.credit == "NTB"        # the first agency any dateline credits


def test_dateline_is_never_speaker_actor_or_content() -> None:
    doc = extract(REPORT)
    names = " ".join(a.name for a in doc.actors).lower()
    assert "valmora" not in names and "tromsø" not in names and "ntb" not in names
    for s in doc.statements:
        assert "VALMORA" not in s.content.text and "TROMSØ" not in s.content.text
        assert "VALMORA" not in (s.source.text or "") and "NTB" not in (s.source.text or "")
    first = next(s for s in doc.statements if "fined" in s.content.text)
    assert first.content.text.startswith("Brekke Logistics was fined")
    told = next(s for s in doc.statements if s.cue.text == "told")
    assert told.source.text == "Holm"


def test_meta_given_by_the_caller_is_kept() -> None:
    doc = extract(REPORT, meta={"dateline": "Valmora, Norway", "credit": "Nordic Wire"})
    assert (doc.meta.dateline, doc.meta.credit) == ("Valmora, Norway", "Nordic Wire")


LIVE_BLOG = (
    "LIVE: Storm Odile reaches the coast\n\n"
    "09:12 - The harbour master in Brestigny says the ferries will not sail today.\n\n"
    "10.45am: Ambulances are leaving for the district hospital, a regional health official said.\n\n"
    "14:05 GMT — BRESTIGNY (AFP) - Firefighters said two warehouses had collapsed.\n\n"
    "By 18:30 the wind had dropped. The score was 2:1 at half-time.\n"
)


@pytest.mark.parametrize("paragraph, stamp", [
    ("09:12 - The harbour master says.", "09:12 -"),
    ("10.45am: Ambulances are leaving.", "10.45am:"),
    ("14:05 GMT — Firefighters said.", "14:05 GMT —"),
    ("9 p.m. | The mayor spoke.", "9 p.m. |"),
    ("Updated 16:20 - Police say.", "Updated 16:20 -"),
])
def test_live_blog_times_are_found(paragraph: str, stamp: str) -> None:
    from reportedly.text.datelines import find_timestamp

    assert find_timestamp(paragraph, 0, len(paragraph)) == (0, len(stamp))


@pytest.mark.parametrize("paragraph", ["10.30 was the hour set for the talks.", "2:1 in the final - a rout.",
                                       "12:03 - and then silence.", "1966: the year the dam was built."])
def test_not_live_blog_times(paragraph: str) -> None:
    from reportedly.text.datelines import find_timestamp

    assert find_timestamp(paragraph, 0, len(paragraph)) is None


def test_live_blog_times_are_removed_and_never_part_of_an_actor_or_content() -> None:
    doc = extract(LIVE_BLOG)
    stamps = [r for r in doc.removed if r.kind == "timestamp"]
    assert [r.text for r in stamps] == ["09:12 -", "10.45am:", "14:05 GMT —"]
    assert all(LIVE_BLOG[r.spans[0][0]:r.spans[0][1]] == r.text for r in stamps)
    assert any(r.kind == "dateline" and r.text == "BRESTIGNY (AFP) -" for r in doc.removed)
    words = [a.name for a in doc.actors] + [s.content.text for s in doc.statements if s.content]
    assert words and not any(t in w for w in words for t in ("09:12", "10.45", "14:05")), words
