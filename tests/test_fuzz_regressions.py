"""Regression tests for the bugs the fuzz tests (``tests/test_fuzz.py``, ``make fuzz``) found, on minimized inputs."""

from __future__ import annotations

from datetime import date

import pytest

import reportedly
from reportedly.errors import InputError
from reportedly.model import Document
from reportedly.text import timex
from reportedly.text.read import html_to_document, parse_jsonl_record


def spans_of(doc: Document) -> list[tuple[int, int]]:
    """Every span of the document: statements, actors' mentions, events and their parts, removed debris."""
    out: list[tuple[int, int]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("spans", "mentions"):
                    out.extend(tuple(s) for s in value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc.model_dump())
    return out


# Lone surrogates: spaCy's string store raised UnicodeEncodeError; trafilatura found "no article text".

def test_lone_surrogate_in_text_is_refused_with_input_error() -> None:
    with pytest.raises(InputError, match=r"lone surrogate U\+D800 at character 4"):
        reportedly.extract("abc \ud800 def said Tom.")


def test_lone_surrogate_in_jsonl_escape_is_refused() -> None:
    with pytest.raises(InputError, match="lone surrogate U\\+DC00"):
        parse_jsonl_record(b'{"id": "a", "text": "Tom said \\udc00 it."}', "corpus.jsonl:1")


def test_lone_surrogate_in_html_string_is_refused() -> None:
    page = "<html><body><article><p>The minister said \ud83d on Monday that the ceasefire would hold.</p></article>"
    with pytest.raises(InputError, match="lone surrogate U\\+D83D"):
        html_to_document(page, "page.html", "page")


def test_paired_surrogates_written_as_one_character_are_fine() -> None:
    doc = reportedly.extract("“We are ready \U0001f600,” the minister said.")
    assert [s.cue.text for s in doc.statements] == ["said"]


# Dates outside datetime's years 1-9999: "in March 0000", or "next year" published on 9999-12-31, made
# timex raise ValueError/OverflowError, which the pipeline turned into InputError("processing failed").

@pytest.mark.parametrize(("text", "published"), [
    ("“We are ready,” the minister said in March 0000.", None),
    ("Rebels attacked a convoy in May 0000, police said.", None),
    ("The minister said next year that the talks had failed.", "9999-12-31"),
    ("The minister said last week that the talks had failed.", "0001-01-01"),
])
def test_time_expressions_beyond_the_calendar_stay_unresolved(text: str, published: str | None) -> None:
    doc = reportedly.extract(text, published=published)
    times = [s.time for s in doc.statements if s.time] + [e.time for e in doc.events if e.time]
    assert times and all(t.start is None and t.end is None for t in times)


def test_resolve_returns_none_outside_the_calendar() -> None:
    assert timex.resolve("in March 0000", None) is None
    assert timex.resolve("next year", date(9999, 12, 31)) is None
    assert timex.resolve("tomorrow", date.max) is None
    assert timex.resolve("yesterday", date.min) is None
    assert timex.resolve("yesterday", date(2025, 3, 17)) == timex.Resolved(date(2025, 3, 16), date(2025, 3, 16), "day")


# A quotation mark parsed as the head of a coordinated object ('」 and Moscow'): the noun phrase was trimmed
# past its head, and splitting the coordination gave the head a reversed span such as (45, 40).

@pytest.mark.parametrize("method", ["model", "rules"])
@pytest.mark.parametrize("text", [
    "He said 「around 30 delegates walked out」 and Moscow rejected the accusation",
    "They warned 「Washington will impose sanctions on Iran」 and Moscow rejected the accusation",
])
def test_coordinated_object_after_a_quote_mark_has_forward_spans(text: str, method: str) -> None:
    doc = reportedly.extract(text, method=method)
    assert all(0 <= s < e <= len(text) for s, e in spans_of(doc))
    recipients = [r.text for e in doc.events for r in e.recipients]
    assert "Moscow" in recipients and "" not in recipients


def test_api_refuses_a_lone_surrogate_with_422_not_500() -> None:
    # Before the fix the JSON escape \ud800 in "text" reached the parser and the API answered 500.
    from fastapi.testclient import TestClient

    from reportedly.api import Settings, create_app

    client = TestClient(create_app(Settings()))
    answer = client.post("/extract", content=b'{"text": "Tom said \\ud800 hello there."}',
                         headers={"content-type": "application/json"})
    assert answer.status_code == 422
    assert "lone surrogate U+D800" in answer.json()["detail"]
