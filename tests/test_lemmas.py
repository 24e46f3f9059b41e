"""text.lemmas: the memo pipe of the rule lemmatizer sets the lemmas spaCy's component sets."""

from __future__ import annotations

from reportedly.text import lemmas
from reportedly.text.nlp import load_pipeline

TEXTS = ["The ministers said they'd been meeting since Tuesday; the talks were broken off.",
         "Rescuers are searching the flooded villages, officials told reporters, and 12 bodies were found.",
         "She's leading better-organised teams than the agencies' best, he argued, citing worse figures.",
         "", "Mr. O'Neill's ferries sank. Ferries sink! Was it sinking?"]


def test_same_lemmas_as_the_component() -> None:
    nlp = load_pipeline()
    assert isinstance(getattr(nlp.get_pipe("lemmatizer").pipe, "__self__", None), lemmas.MemoLemmas)
    component = nlp.get_pipe("lemmatizer")
    before = list(nlp.pipe(TEXTS * 2, disable=["lemmatizer", "ner"]))
    plain = [component(d.copy()) for d in before]
    memo = lemmas.MemoLemmas(component)
    fast = [memo(d.copy()) for d in before]
    assert [[t.lemma_ for t in d] for d in fast] == [[t.lemma_ for t in d] for d in plain]
    assert [t.lemma_ for t in fast[0]][:4] == ["the", "minister", "say", "they"]
    assert len(memo.memo) > 10
    assert [[t.lemma_ for t in d] for d in nlp.pipe(TEXTS)] == [[t.lemma_ for t in d] for d in plain[:len(TEXTS)]]


def test_other_lemmatizers_are_left_alone() -> None:
    import spacy

    blank = spacy.blank("en")
    assert not lemmas.install(blank)
