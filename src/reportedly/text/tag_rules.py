"""spaCy's attribute ruler, with its one-token rules found by look-up instead of by the matcher: the same matches.

In: the loaded English pipeline. Out: its ``attribute_ruler`` gets a ``match`` of its own (:class:`TagRules`).

The attribute ruler of ``en_core_web_sm`` holds 179 rules; 164 of them are one pattern of one token that
requires a fine-grained tag, a lower-case form or a dependency label, or several of them, each one value
or one of a list (``[{"TAG": "NNS"}]``, the tag map that sets the part of speech and morphology;
``[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]``). spaCy's :class:`~spacy.matcher.Matcher` checks every
rule at every token, about 1.7 ms per report, most of the ruler's time. A rule of that form matches
exactly the tokens with those values, so :class:`TagRules` finds them by look-up in the values read as
one array (``Doc.to_array``) and leaves only the other rules (sets to avoid, patterns, several tokens) to
a matcher of their own. Which rules match where does not change, nor the order in which the ruler applies
them (it sorts the matches), so every token gets the same attributes.
"""

from __future__ import annotations

import itertools
from typing import Any

from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

EXACT = ("TAG", "LOWER", "DEP")
"""The token attributes a rule may require by plain equality to be found by look-up."""


def _exact(patterns: list[list[dict[str, Any]]]) -> tuple[tuple[str, ...], list[tuple[str, ...]]] | None:
    """(attributes, the value combinations it accepts) of a rule that is one pattern of one token whose every
    constraint is one of :data:`EXACT` equal to a text or ``IN`` a list of texts (``[[{"TAG": "DT", "LOWER": "a"}]]``,
    ``[[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]]``), attributes in the order of :data:`EXACT`; else None."""
    if len(patterns) != 1 or len(patterns[0]) != 1 or not isinstance(patterns[0][0], dict) or not patterns[0][0]:
        return None
    spec = patterns[0][0]
    choices: dict[str, list[str]] = {}
    for k, v in spec.items():
        if isinstance(v, dict) and list(v) == ["IN"] and isinstance(v["IN"], list):
            v = v["IN"]
        elif isinstance(v, str):
            v = [v]
        else:
            return None
        if k not in EXACT or not v or not all(isinstance(x, str) and x for x in v):
            return None
        choices[k] = list(dict.fromkeys(v))
    names = tuple(k for k in EXACT if k in choices)
    return names, list(itertools.product(*(choices[k] for k in names)))


class TagRules:
    """The ``match`` of an attribute ruler: one-token rules of plain values by look-up, the others by a matcher of
    their own."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self._size = -1
        self._exact: dict[tuple[int, ...], dict[tuple[int, ...], list[int]]] = {}
        """Columns of the attributes of :data:`EXACT` a group of rules requires -> their values -> match ids."""
        self._rest: Matcher | None = None

    def _index(self) -> None:
        """Sort the ruler's rules into those found by look-up (:func:`_exact`) and the rest (read again when rules
        were added)."""
        ruler = self.ruler
        strings = ruler.vocab.strings
        exact: dict[tuple[int, ...], dict[tuple[int, ...], list[int]]] = {}
        rest = Matcher(ruler.vocab)
        for n in range(len(ruler.attrs)):
            key = str(n)
            _, patterns = ruler.matcher.get(key)
            found = _exact(patterns)
            if found is None:
                rest.add(key, patterns)
            else:
                columns = tuple(EXACT.index(name) for name in found[0])
                for combination in found[1]:  # a token has one value of each: it matches one combination at most
                    values = tuple(strings.add(v) for v in combination)
                    exact.setdefault(columns, {}).setdefault(values, []).append(strings.add(key))
        self._exact, self._rest, self._size = exact, rest if len(rest) else None, len(ruler.attrs)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule number, match id, start, end), sorted."""
        ruler = self.ruler
        if self._size != len(ruler.attrs) or len(ruler.matcher) != len(ruler.attrs):
            self._index()
        found: list[tuple[int, int, int]] = []
        if len(doc):
            values = doc.to_array([TAG, LOWER, DEP]).T.tolist()
            for columns, rules in self._exact.items():
                keys = zip(*(values[c] for c in columns), strict=True)
                found += [(m_id, i, i + 1) for i, k in enumerate(keys) if k in rules for m_id in rules[k]]
        if self._rest is not None:
            found += self._rest(doc, allow_missing=True, as_spans=False)
        strings = ruler.vocab.strings
        matches = [(int(strings[m_id]), m_id, s, e) for m_id, s, e in found]
        matches.sort()
        return matches


def install(nlp: Language) -> bool:
    """Give the pipeline's ``attribute_ruler`` a :class:`TagRules` match; returns whether it did (False when the
    pipeline has none, or its rules are not numbered as spaCy's ``AttributeRuler`` numbers them)."""
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is not AttributeRuler or len(ruler.matcher) != len(ruler.attrs) \
            or any(str(n) not in ruler.matcher for n in range(len(ruler.attrs))):
        return False
    ruler.match = TagRules(ruler).match
    return True
