"""The Python API as a Python user reads it: keyword options that act, unknown ones refused, ``speaker``."""

from __future__ import annotations

import pytest

import reportedly
from reportedly.errors import InputError
from reportedly.model import Document

MIXED = ("The harbour master believes the pier will reopen in May. “We will fix it before summer,” "
         "she told the council on Tuesday.\n\n“Nobody will lose a season,” she added.\n")
CUELESS = ("Coach Dana Whitfield was blunt after the defeat. “We were not good enough,” Whitfield said.\n\n"
           "“The second half was the worst we have played all year.”\n")


def test_scope_speech_filters_and_all_keeps_beliefs() -> None:
    every = reportedly.extract(MIXED)
    speech = reportedly.extract(MIXED, scope="speech")
    assert {s.statement_class for s in every.statements} >= {"speech", "cognition"}
    assert speech.statements and {s.statement_class for s in speech.statements} == {"speech"}
    assert len(speech.statements) < len(every.statements)
    assert "scope" not in speech.meta.model_dump()


def test_unknown_keyword_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="bogus"):
        reportedly.extract(MIXED, bogus=1)  # type: ignore[call-arg]


@pytest.mark.parametrize(("kwargs", "word"), [({"scope": "speeches"}, "scope"), ({"method": "neural"}, "method"),
                                              ({"min_confidence": 2}, "min_confidence"),
                                              ({"published": "last Tuesday-ish"}, "published")])
def test_bad_option_values_are_refused_with_the_choices(kwargs: dict, word: str) -> None:
    with pytest.raises(InputError, match=word):
        reportedly.extract(MIXED, **kwargs)


def test_min_confidence_method_and_events_act() -> None:
    every = reportedly.extract(MIXED)
    high = reportedly.extract(MIXED, min_confidence=0.99)
    assert len(high.statements) < len(every.statements)
    assert all(s.confidence >= 0.99 for s in high.statements)
    assert reportedly.extract(MIXED, method="rules").statements
    assert reportedly.extract("Police arrested two men in Leeds on Monday.", events=False).events == []


def test_metadata_named_or_in_meta() -> None:
    named = reportedly.extract(MIXED, published="2025-03-19", outlet="Harbour Post", title="Pier")
    assert (named.meta.published, named.meta.outlet, named.meta.title) == ("2025-03-19", "Harbour Post", "Pier")
    told = next(s for s in named.statements if s.time)
    assert told.time.start == "2025-03-18"  # "on Tuesday" before a Wednesday
    given = reportedly.extract(MIXED, meta={"published": "19 March 2025", "desk": "local"}, url="https://x.invalid/1")
    assert given.meta.published == "2025-03-19" and given.meta.url == "https://x.invalid/1"
    assert given.meta.model_dump()["desk"] == "local"
    assert reportedly.extract(MIXED, meta={"outlet": "A"}, outlet="B").meta.outlet == "B"


def test_speaker_is_the_actor_name_else_the_source_words_and_cueless_quotes_work() -> None:
    doc = reportedly.extract(CUELESS)
    quotes = [s for s in doc.statements if s.cue is None]
    assert quotes, "the quotation alone in its paragraph is attributed"
    for st in doc.statements:  # the README's loop, on a quotation with no cue
        cue = st.cue.text if st.cue else "(no cue)"
        assert st.speaker and isinstance(cue, str)
    assert quotes[0].speaker == "Dana Whitfield"
    assert doc.speaker_names(quotes[0]) == ["Dana Whitfield"]


def test_speaker_falls_back_to_the_source_words() -> None:
    doc = Document.model_validate({"id": "d", "text": "A resident said it was loud.", "statements": [
        {"id": "s1", "source": {"text": "A resident", "spans": [[0, 10]]}, "cue": None,
         "content": {"text": "it was loud", "spans": [[16, 27]]}, "kind": "indirect"},
        {"id": "s2", "source": {"actor": ["a1", "a2"], "text": "They", "spans": [[0, 10]]}, "cue": None,
         "content": {"text": "it was loud", "spans": [[16, 27]]}, "kind": "indirect"},
        {"id": "s3", "source": {}, "cue": None, "content": {"text": "it was loud", "spans": [[16, 27]]},
         "kind": "indirect"}],
        "actors": [{"id": "a1", "name": "Ann Lee", "type": "person"},
                   {"id": "a2", "name": "Bo Kim", "type": "person"}]})
    assert [s.speaker for s in doc.statements] == ["A resident", "Ann Lee and Bo Kim", None]
    assert "speaker" not in doc.to_json()
