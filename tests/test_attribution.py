"""The rule extractor on texts written for these tests: every kind of attribution PolNeAR annotates."""

from __future__ import annotations

from functools import partial

import reportedly
from reportedly.attribution.quotes import find_quotes
from reportedly.model import Document, Statement

extract = partial(reportedly.extract, method="rules")  # these tests pin down the rule extractor


def by_cue(doc: Document, cue: str) -> Statement:
    found = [s for s in doc.statements if s.cue.text == cue or s.cue.lemma == cue]
    assert found, f"no statement with cue {cue!r}: {[s.cue.text for s in doc.statements]}"
    return found[0]


def test_attribution_direct_quote_speaker_after() -> None:
    doc = extract("“The harbour will reopen next week,” the port director said.")
    st = by_cue(doc, "said")
    assert st.kind == "direct"
    assert st.content.text == "“The harbour will reopen next week,”"
    assert st.source.text == "the port director"


def test_attribution_speaker_inside_interrupted_quote() -> None:
    doc = extract("“We have waited long enough,” Ms. Varga said, “and we will not wait another winter.”")
    st = by_cue(doc, "said")
    assert st.kind == "direct"
    assert [doc.text[s:e] for s, e in st.content.spans] == [
        "“We have waited long enough,”", "“and we will not wait another winter.”"]
    assert doc.speaker_names(st) == ["Varga"]


def test_attribution_quote_continues_over_sentences_and_paragraphs() -> None:
    text = ("The union leader Petra Lind said the strike would go on:\n"
            "“Nobody has offered us anything. We have been patient for a year.\n"
            "“Now the patience is over.”\n"
            "Talks are set to resume on Friday.\n")
    doc = extract(text)
    st = by_cue(doc, "said")
    assert doc.speaker_names(st) == ["Petra Lind"]
    # 'said the strike would go on' is the indirect content; the colon introduces the quotation
    contents = [s.content.text for s in doc.statements]
    assert any("Nobody has offered us anything" in c and "Now the patience is over" in c for c in contents)


def test_attribution_quote_then_more_quoted_sentences() -> None:
    doc = extract("“The shelling stopped at midnight,” the mayor told reporters. “It started again at six.”")
    st = by_cue(doc, "told")
    assert st.content.text.endswith("“It started again at six.”")
    assert st.channel is not None and st.channel.kind == "media"


def test_attribution_mixed_and_indirect() -> None:
    doc = extract("The minister said the deal was “dead on arrival” and warned that fuel prices would rise.")
    said, warned = by_cue(doc, "said"), by_cue(doc, "warned")
    assert said.kind == "mixed" and said.content.text == "the deal was “dead on arrival”"
    assert warned.kind == "indirect" and warned.content.text == "that fuel prices would rise"
    assert said.source.actor == warned.source.actor


def test_attribution_denial_and_claim_with_organisation_sources() -> None:
    doc = extract("The defence ministry claimed to have shot down four drones. "
                  "The army denied any losses near the river.")
    claim, denial = by_cue(doc, "claim"), by_cue(doc, "deny")
    assert claim.content.text == "to have shot down four drones"
    assert denial.content.text == "any losses near the river"
    names = {a.id: a for a in doc.actors}
    assert names[claim.source.actor].type == "organization"  # type: ignore[index]


def test_attribution_according_to_front_and_back() -> None:
    doc = extract("According to the health agency, 40 people were treated. "
                  "Two clinics closed on Sunday, according to local officials.")
    first, second = [s for s in doc.statements if s.cue.lemma == "according to"]
    assert first.content.text == "40 people were treated" and first.source.text == "the health agency"
    assert second.content.text == "Two clinics closed on Sunday" and second.source.text == "local officials"


def test_attribution_nominal_cue_and_channel() -> None:
    doc = extract("Oslo rejected Moscow’s claim that the vessel had entered its waters. "
                  "The coast guard said in a statement that the ship had turned back.")
    claim = by_cue(doc, "claim")
    assert claim.content.text == "that the vessel had entered its waters"
    assert claim.source.text == "Moscow"
    said = by_cue(doc, "said")
    assert said.channel is not None and said.channel.kind == "statement"
    assert said.content.text == "that the ship had turned back"


def test_attribution_headline_colon_and_no_source() -> None:
    doc = extract("Lindqvist: The budget will be balanced by 2027\n"
                  "Asked whether taxes would rise, the finance minister Eva Lindqvist said no decision had been "
                  "made.\n")
    colon = by_cue(doc, ":")
    assert colon.content.text == "The budget will be balanced by 2027"
    asked = by_cue(doc, "Asked")
    assert asked.source.actor is None and asked.source.spans == []
    said = by_cue(doc, "said")
    assert doc.speaker_names(said) == doc.speaker_names(colon) == ["Eva Lindqvist"]


def test_attribution_nothing_inside_a_quote_is_attributed_again() -> None:
    doc = extract("“I think they say many things they do not mean,” the senator said.")
    assert [s.cue.text for s in doc.statements] == ["said"]


def test_attribution_quotes_pair_across_styles() -> None:
    text = "He said ''we are done'' and ‘final’. It’s the union’s call, she said, \"not ours\"."
    quotes = [text[q.start:q.end] for q in find_quotes(text, [(0, len(text))])]
    assert quotes == ["''we are done''", "‘final’", '"not ours"']
