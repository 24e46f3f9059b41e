"""Statement classes, the speech scope, and quotations that no word introduces, on reports written for these tests."""

from __future__ import annotations

import reportedly
from reportedly.attribution.classes import cue_class, statement_class
from reportedly.pipeline import Options, in_scope, process
from reportedly.text.read import RawDocument

MIXED = ("Mayor Lena Fisk said the harbour bridge would reopen on Friday. Residents fear a repeat of last "
         "year's floods. The council wants a second bridge. Engineers believe the repairs will hold.")


def by_content(doc: reportedly.Document) -> dict[str, str]:
    return {st.content.text: st.statement_class for st in doc.statements}


def test_statement_classes_of_speech_belief_feeling_and_wish() -> None:
    doc = reportedly.extract(MIXED)
    classes = by_content(doc)
    assert classes["the harbour bridge would reopen on Friday"] == "speech"
    assert "sentiment" in classes.values() and "volition" in classes.values() and "cognition" in classes.values()


def test_statement_classes_lexicon() -> None:
    assert cue_class("say", "verb") == "speech"
    assert cue_class("deny", "verb") == "speech"
    assert cue_class("believe", "verb") == "cognition"
    assert cue_class("fear", "verb") == "sentiment"
    assert cue_class("welcome", "verb") == "sentiment"
    assert cue_class("intend", "verb") == "volition"
    assert statement_class("", "", "according", False) == "speech"
    assert statement_class("grumble", "verb", "quote", True) == "speech"  # unknown cue with a quotation


def test_statement_classes_acts_are_not_speech() -> None:
    # a communication verb whose content is a thing or an ordered act reports no message
    assert statement_class("release", "verb", "object", False, ("model", "NOUN")) == "act"
    assert statement_class("address", "verb", "object", False, ("crowd", "NOUN")) == "act"
    assert statement_class("emphasize", "verb", "object", False, ("importance", "NOUN")) == "speech"
    assert statement_class("order", "verb", "xcomp", False, ("pay", "VERB")) == "act"
    assert statement_class("tell", "verb", "xcomp", False, ("leave", "VERB"), sourceless=True) == "act"
    # ... but a message noun, a verb that makes its object known, or an urging stay speech
    assert statement_class("deny", "verb", "object", False, ("allegation", "NOUN")) == "speech"
    assert statement_class("confirm", "verb", "object", False, ("closure", "NOUN")) == "speech"
    assert statement_class("announce", "verb", "object", False, ("upgrade", "NOUN")) == "act"
    assert statement_class("release", "verb", "object", False, ("statement", "NOUN")) == "speech"
    assert statement_class("urge", "verb", "xcomp", False, ("redeploy", "VERB")) == "speech"


def test_statement_classes_speech_scope_keeps_only_speech() -> None:
    raw = RawDocument("m", MIXED)
    everything = process(raw, Options(scope="all"))
    speech = process(raw, Options(scope="speech"))
    assert len(everything.statements) > len(speech.statements) >= 1
    assert {s.statement_class for s in speech.statements} == {"speech"}
    assert in_scope(everything, "speech").statements == speech.statements
    ids = {s.id for s in speech.statements}
    for e in speech.events:  # no event points to a statement the document does not carry
        assert all(c.statement is None or c.statement in ids for c in e.status)


QUOTES = """Ferry strike ends after pay deal

Union organiser Maria Kowalczyk said the crews had accepted an offer of 6% over two years.

“It is not everything we asked for. But it is a fair deal, and our members voted for it.”

“We will be back at work on Monday morning.”

The operator's chief executive, Tom Brandt, welcomed the vote.

“Passengers have waited long enough. I am sorry for the disruption.”

Brandt was blunt: “Nobody won this dispute.”

“Ferries are a lifeline, not a luxury.” — Councillor Ada Moss
"""


def quote_statement(doc: reportedly.Document, words: str) -> reportedly.model.Statement:
    return next(s for s in doc.statements if words in s.content.text)


def test_statement_classes_quotes_without_a_cue_go_to_the_current_speaker() -> None:
    doc = reportedly.extract(QUOTES)
    first = quote_statement(doc, "It is not everything we asked for")
    assert first.cue is None and first.source.inferred and first.statement_class == "speech"
    assert first.kind == "direct"
    assert doc.speaker_names(first) == ["Maria Kowalczyk"]
    s, e = first.source.spans[0]
    assert "Maria Kowalczyk" in QUOTES[s:e]  # the mention it was resolved from
    second = quote_statement(doc, "We will be back at work")  # quotation paragraphs in a row keep their speaker
    assert doc.speaker_names(second) == ["Maria Kowalczyk"]
    third = quote_statement(doc, "Passengers have waited")  # someone new was introduced in between
    assert doc.speaker_names(third) == ["Tom Brandt"] and third.source.inferred


def test_statement_classes_colon_and_dash_introductions() -> None:
    doc = reportedly.extract(QUOTES)
    colon = quote_statement(doc, "Nobody won this dispute")
    assert colon.cue is None and not colon.source.inferred and doc.speaker_names(colon) == ["Tom Brandt"]
    dash = quote_statement(doc, "Ferries are a lifeline")
    s, e = dash.source.spans[0]
    assert dash.cue is None and QUOTES[s:e] == "Councillor Ada Moss"


def test_statement_classes_no_cueless_quote_without_a_speaker() -> None:
    text = "Storm closes coast road\n\nHeavy rain closed the coast road on Sunday.\n\n“Stay at home if you can.”\n"
    doc = reportedly.extract(text)
    assert doc.statements == []  # no speaker before it: nobody to give the quotation to
    scare = "Harbour reopens\n\nThe harbour master said the “new normal” would last.\n\n“Soon”\n"
    assert all(s.cue is not None for s in reportedly.extract(scare).statements)  # a one-word quotation is no speech


def test_statement_classes_referee_format_carries_every_statement() -> None:
    doc = reportedly.extract(QUOTES)
    assert len(doc.attributions) == len(doc.statements)
    for a, st in zip(doc.attributions, doc.statements, strict=True):
        assert a["content"] == list(st.content.spans)
        assert a["cue"] == (list(st.cue.spans) if st.cue else [])


def test_statement_classes_cli_scope_and_min_confidence(tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from reportedly.cli import main

    report = tmp_path / "r.txt"
    report.write_text(MIXED, encoding="utf-8")
    runner = CliRunner()
    every = json.loads(runner.invoke(main, ["extract", str(report), "--format", "json"]).output)
    speech = json.loads(runner.invoke(main, ["extract", str(report), "--format", "json", "--scope", "speech"]).output)
    sure = json.loads(runner.invoke(main, ["extract", str(report), "--format", "json",
                                           "--min-confidence", "0.99"]).output)
    assert {s["class"] for s in speech["statements"]} == {"speech"}
    assert len(speech["statements"]) < len(every["statements"])
    assert all(s["confidence"] >= 0.99 for s in sure["statements"])
    assert len(sure["statements"]) < len(every["statements"])
    assert len(every["attributions"]) == len(every["statements"])


def test_statement_classes_times_and_abstractions_cannot_speak() -> None:
    from reportedly.attribution.classes import can_speak
    from reportedly.text.nlp import load_pipeline

    doc = load_pipeline()("Sunday proved it. A particular satisfaction is the library. The mayor said so. He said so.")
    heads = {t.text: t for t in doc}
    assert not can_speak(heads["Sunday"]) and not can_speak(heads["satisfaction"])
    assert can_speak(heads["mayor"]) and can_speak(heads["He"])


def test_statement_classes_content_ends_before_a_coordinated_cue() -> None:
    doc = reportedly.extract("The dockers' union said it was shocked by the scale of the cuts and urged the company "
                             "to redeploy staff to its remaining sites.")
    said = next(s for s in doc.statements if s.cue and s.cue.text == "said")
    assert said.content.text == "it was shocked by the scale of the cuts"
    other = reportedly.extract("The embassy denied that its staff had done anything improper, and the foreign "
                               "ministry promised a proportionate response.")
    denied = next(s for s in other.statements if s.cue and s.cue.text == "denied")
    assert "ministry" not in denied.content.text  # a new speaker's statement is its own
