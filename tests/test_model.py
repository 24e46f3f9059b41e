"""The data model: JSON Schema generated from it, round trips, standoff spans."""

from __future__ import annotations

import json

import jsonschema

from reportedly import extract
from reportedly.model import SCHEMA_VERSION, Document, json_schema

TEXT = "The foreign minister said on Monday that the border would stay closed. “No exceptions,” she added.\n"


def test_model_document_validates_against_generated_schema() -> None:
    doc = extract(TEXT, published="2025-05-05")
    data = json.loads(doc.to_json())
    jsonschema.validate(data, json_schema())
    assert data["schema_version"] == SCHEMA_VERSION


def test_model_round_trip_is_lossless() -> None:
    doc = extract(TEXT, published="2025-05-05")
    again = Document.from_dict(json.loads(doc.to_json()))
    assert again == doc


def test_model_every_span_points_into_the_original_text() -> None:
    doc = extract(TEXT, published="2025-05-05")
    assert doc.statements
    for st in doc.statements:
        for part in (st.source, st.cue, st.content):
            for s, e in part.spans:
                assert 0 <= s < e <= len(TEXT)
        assert st.cue.text == " … ".join(TEXT[s:e] for s, e in st.cue.spans)
    for actor in doc.actors:
        for s, e in actor.mentions:
            assert 0 <= s < e <= len(TEXT)
