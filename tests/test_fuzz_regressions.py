"""Regression tests for the bugs the fuzz tests (``tests/test_fuzz.py``, ``make fuzz``) found, on minimized inputs."""

from __future__ import annotations

import pytest

import reportedly
from reportedly.errors import InputError
from reportedly.text.read import html_to_document, parse_jsonl_record

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
