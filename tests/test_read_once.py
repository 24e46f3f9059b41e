"""What is read once per report or per name gives the answers it gave when it was read each time (invented reports):
the claim-term pre-check of the report's own sentences (:meth:`reportedly.corpus.wording._Words.could_find`), the
other actors :func:`reportedly.corpus.listing._inside_a_name` reads, and the entities of
:func:`reportedly.attribution.entity_kinds.entity_labels`."""

from __future__ import annotations

import pytest

from reportedly.corpus import claims, listing, wording
from reportedly.corpus.wording import claim_words
from reportedly.model import Actor, Document, Meta

CORRECTING = claims._CORRECTING


def _doc(text: str, actors: list[Actor] | None = None, doc_id: str = "d") -> Document:
    return Document(id=doc_id, text=text, meta=Meta(published="2031-06-02", outlet="Varnholt Mercury"),
                    actors=actors or [])


@pytest.mark.parametrize("sentence", [
    "The Ostrevo port authority later revised the toll to 12 dead.",
    "The harbour board said its earlier figure of 40 ships WAS WRONG.",
    "Officials at the Brelloch mine said the count of 17 workers was a typo.",
    "The Kessing council’s statement, which it withdrew on Monday, gave 300 homes.",
    "The agency said the 9 barges had been counted twice in its tally.",
])
def test_read_once_precheck_lets_through_every_sentence_with_a_correction_term(sentence: str) -> None:
    assert claim_words().could_find(sentence, CORRECTING)
    assert any(m.label in CORRECTING for m in claim_words().find(sentence))


def test_read_once_precheck_rules_out_only_sentences_with_no_correction_term() -> None:
    plain = ["Rescuers pulled 14 miners from the flooded Brelloch quarry on Tuesday.",
             "A ferry carrying 212 passengers docked at Tarnmouth after a six-hour delay.",
             "The Ostrevo council denied it had closed the market."]  # a denial, no correction: ruled out
    for sentence in plain:
        assert not claim_words().could_find(sentence, CORRECTING)
        assert not [m for m in claim_words().find(sentence) if m.label in CORRECTING]
    assert not claim_words().could_find("", CORRECTING)
    assert not claim_words().could_find("revised", frozenset({"no such label"}))


def test_read_once_narrative_claims_are_those_of_the_full_matcher(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Rescuers pulled 14 miners from the flooded Brelloch quarry on Tuesday, the fire service said.\n"
            "The Ostrevo port authority later revised the toll to 12 dead.\n"
            "The harbour board said its earlier figure of 40 ships was wrong.\n"
            "The landslide killed at least 21 people in Brelloch.\n"
            "Nobody said the count of 17 workers was not a mistake at the Kessing yard.\n")
    doc = _doc(text, [Actor(id="a1", name="Ostrevo port authority", type="organization",
                            mentions=[(text.index("Ostrevo"), text.index("Ostrevo") + 22)])])
    fast = claims.claims_of(doc)
    monkeypatch.setattr(wording._Words, "could_find", lambda self, text, labels: True)
    assert claims.claims_of(doc) == fast
    kinds = [c.kind for c in fast]
    assert kinds.count("correction") == 2 and "report" in kinds  # both corrections, and the figures told


def _org(actor_id: str, name: str, text: str, kind: str = "organization") -> Actor:
    s = text.index(name)
    return Actor(id=actor_id, name=name, type=kind, mentions=[(s, s + len(name))])


def test_read_once_inside_a_name_reads_each_report_apart() -> None:
    text = "The Harbour Ministry of Varnholt said the ferries would sail."
    inner, outer = _org("a1", "Harbour Ministry", text), _org("a2", "Harbour Ministry of Varnholt", text)
    first = _doc(text, [inner, outer], "first")
    assert listing._inside_a_name(inner, first)  # inside the longer name of another body
    # the same ids in another report where the longer name is a person's: nothing of the first report is kept
    second = _doc(text, [inner, _org("a2", "Harbour Ministry of Varnholt", text, "person")], "second")
    alone = _doc(text, [inner], "alone")
    for doc in (second, first, alone, first):
        want = doc is first
        assert listing._inside_a_name(inner, doc) is want, doc.id
    assert not listing._inside_a_name(outer, first)  # the longer name is inside nothing


def test_read_once_bare_words_are_a_new_list_each_time() -> None:
    words = listing._bare("the Kessing Ferry Company")
    assert words == ["Kessing", "Ferry", "Company"]
    words.append("changed")
    assert listing._bare("the Kessing Ferry Company") == ["Kessing", "Ferry", "Company"]
    assert listing._bare("An Tarnmouth Bank") == ["Tarnmouth", "Bank"] and listing._bare("  ") == []


def test_read_once_entity_labels_are_the_same_when_read_again() -> None:
    from reportedly.attribution.entity_kinds import entity_labels
    from reportedly.text import nlp

    parsed = nlp.parse("Torvalen Shipping said on Monday that its tanker had left Ostrevo. Ilse Vantorre, the "
                       "company's spokeswoman, said Torvalen would pay for the clean-up. Vantorre told the "
                       "Tarnmouth Herald the spill was small.")
    first = entity_labels(parsed)
    assert entity_labels(parsed) == first
    spans = {parsed.doc[s:e].text: label for (s, e), label in first.items()}
    by_text = {e.text: spans.get(e.text, e.label_) for e in parsed.doc.ents}
    assert by_text.get("Torvalen") != "GPE"  # the short name of the company named in full is no place
    assert by_text.get("Ilse Vantorre", "PERSON") == "PERSON"
