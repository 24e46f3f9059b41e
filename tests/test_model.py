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


def test_model_schema_shows_class_inferred_and_a_nullable_cue() -> None:
    from click.testing import CliRunner

    from reportedly.cli import main

    out = CliRunner().invoke(main, ["schema"])
    assert out.exit_code == 0, out.output
    defs = json.loads(out.output)["$defs"]
    statement = defs["Statement"]["properties"]
    assert statement["class"]["enum"] == ["speech", "cognition", "sentiment", "volition", "act", "refusal", "document"]
    assert statement["class"]["default"] == "speech" and "speech" in statement["class"]["description"]
    assert "statement_class" not in statement
    assert {"type": "null"} in statement["cue"]["anyOf"] and {"$ref": "#/$defs/Cue"} in statement["cue"]["anyOf"]
    assert defs["Source"]["properties"]["inferred"]["type"] == "boolean"
    # a cue-less, inferred statement is valid against it
    from tests.classhelp import ferry_doc

    data = json.loads(ferry_doc().to_json())
    assert data["statements"][-1]["cue"] is None and data["statements"][-1]["source"]["inferred"] is True
    jsonschema.validate(data, json_schema())
