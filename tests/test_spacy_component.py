"""``nlp.add_pipe("reportedly")``: the spaCy component, found through the package's entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import reportedly
from reportedly.errors import InputError

TEXT = ("“We will not reopen the depot,” the transport minister said on Monday.\n\n"
        "Police arrested two men in Leeds after the protest, officials said.\n")


def test_blank_pipeline_gets_statements_and_events_as_extract_gives_them() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("reportedly")
    doc = nlp(TEXT)
    want = reportedly.extract(TEXT, id="doc1")
    assert [s.model_dump() for s in doc._.statements] == [s.model_dump() for s in want.statements]
    assert [e.model_dump() for e in doc._.events] == [e.model_dump() for e in want.events]
    assert doc._.reportedly.actors == want.actors
    first = doc._.statements[0]
    assert doc.char_span(*first.content.spans[0]).text == "“We will not reopen the depot,”"
    assert first.speaker and "minister" in first.speaker


def test_config_options_and_pipe() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("reportedly", config={"scope": "speech", "events": False, "published": "2025-03-19"})
    texts = [TEXT, "The council believes the bridge is safe. “It is safe,” the mayor said on Tuesday."]
    docs = list(nlp.pipe(texts))
    assert all(d._.events == [] for d in docs)
    assert {s.statement_class for d in docs for s in d._.statements} == {"speech"}
    said = docs[1]._.statements[0]
    assert said.time is not None and said.time.start == "2025-03-18"
    with pytest.raises(InputError):
        nlp("")


def test_bad_config_is_refused() -> None:
    with pytest.raises(InputError, match="scope"):
        spacy.blank("en").add_pipe("reportedly", config={"scope": "speeches"})


def test_entry_point_registers_the_factory_and_a_saved_pipeline_loads(tmp_path: Path) -> None:
    code = ("import sys, spacy; nlp = spacy.blank('en'); "
            "nlp.add_pipe('reportedly'); doc = nlp('The mayor said the bridge was safe.'); "
            "print(len(doc._.statements)); nlp.to_disk(sys.argv[1]); "
            "print(len(spacy.load(sys.argv[1])('The mayor said it was safe.')._.statements))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipe")], capture_output=True, text=True,
                         timeout=240, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "1"]
