"""text.tag_rules: the attribute ruler's one-token rules found by look-up give the matches of spaCy's matcher."""

from __future__ import annotations

from reportedly.text import tag_rules
from reportedly.text.nlp import load_pipeline

TEXTS = ["It's the ministers who've said they ain't gonna sign; y'all know that it is n't so.",
         "There were 12 bodies, and the rescuers didn't stop: “Let's go,” she said, nothin' else.",
         "Does he have it? I gave it to you and him, but it got worse.\n\nA  second  paragraph.", "", " "]


def test_same_matches_as_the_matcher() -> None:
    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(getattr(ruler.match, "__self__", None), tag_rules.TagRules)
    fast = tag_rules.TagRules(ruler)
    for doc in nlp.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]):
        plain = sorted((int(ruler.vocab.strings[m]), m, s, e)
                       for m, s, e in ruler.matcher(doc, allow_missing=True, as_spans=False))
        assert fast.match(doc) == plain
        assert len(plain) >= len(doc)  # the tag map matches every token
    assert fast._rest is not None and len(fast._rest) < 30 < sum(len(v) for v in fast._exact.values())


def test_exact_rules() -> None:
    assert tag_rules._exact([[{"TAG": "DT", "LOWER": "a"}]]) == (("TAG", "LOWER"), [("DT", "a")])
    assert tag_rules._exact([[{"LOWER": {"IN": ["is", "'s"]}, "TAG": "VBZ"}]]) == \
        (("TAG", "LOWER"), [("VBZ", "is"), ("VBZ", "'s")])
    assert tag_rules._exact([[{"TAG": {"NOT_IN": ["TO"]}}]]) is None
    assert tag_rules._exact([[{"LOWER": "gon"}, {"LOWER": "na"}]]) is None
    assert tag_rules._exact([[{"IS_SPACE": True}]]) is None
    assert tag_rules._exact([[{"TAG": ""}]]) is None


def test_rules_added_later() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ministers"}]], {"LEMMA": "minister"})
    assert tag_rules.install(nlp)
    doc = nlp("The ministers met.")
    assert doc[1].lemma_ == "minister"
    ruler.add([[{"LOWER": "met"}]], {"LEMMA": "meet"})
    ruler.add([[{"LOWER": {"REGEX": "^th"}}]], {"LEMMA": "THE"})
    doc = nlp("The ministers met.")
    assert [t.lemma_ for t in doc][:3] == ["THE", "minister", "meet"]
