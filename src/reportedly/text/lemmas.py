"""spaCy's rule lemmatizer, run a document at a time with one look-up per token: the same lemmas, faster.

In: the loaded English pipeline. Out: its ``lemmatizer`` component gets a ``pipe`` of its own
(:class:`MemoLemmas`), which ``nlp.pipe`` uses instead of calling the component on each token.

spaCy's :class:`~spacy.pipeline.Lemmatizer` works token by token in Python: it builds the token's
morphology object to make its cache key, and it caches only the lemmas its rules computed (not those of
base forms, about half the tokens). The English rule lemma of a token is a function of its text, its
part of speech and its morphology alone (:meth:`~spacy.lang.en.lemmatizer.EnglishLemmatizer.is_base_form`
and :meth:`~spacy.pipeline.Lemmatizer.rule_lemmatize` read nothing else), so :class:`MemoLemmas` reads
those three as numbers for the whole document (``Doc.to_array``), asks the component once per new
combination, and writes the lemmas back in one ``Doc.from_array``. Tokens that already have a lemma
(from the attribute ruler) keep it, as spaCy does unless the component overwrites. A new combination is
lemmatized by :meth:`MemoLemmas.rule_lemma`, spaCy's rules with the word index of a part of speech as a
set: spaCy keeps it as a list of thousands of words and looks each candidate form up in it, ~90 µs per
new word. Together this was about 5% of a corpus worker's time.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors, Warnings
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

MAX_MEMO = 200_000
"""Combinations remembered before the memo starts again (a worker sees a few thousand per hundred documents)."""


class MemoLemmas:
    """The ``pipe`` of a rule lemmatizer component: the same lemmas as its ``__call__``, one look-up a token."""

    def __init__(self, component: Any) -> None:
        self.component = component
        self.memo: dict[tuple[int, int, int], int] = {}
        """(orth, pos, morphology key) -> hash of the lemma."""
        self._index: dict[str, frozenset[str]] = {}

    def rule_lemma(self, token: Any) -> str:
        """The lemma spaCy's ``rule_lemmatize`` gives ``token`` (the first of its forms), the same steps with the
        word index of the part of speech as a set."""
        lem = self.component
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return str(string.lower())
        if lem.is_base_form(token):
            return str(string.lower())
        index_table = lem.lookups.get_table("lemma_index", {})
        exc_table = lem.lookups.get_table("lemma_exc", {})
        rules_table = lem.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return str(string) if univ_pos == "propn" else str(string.lower())
        index = self._index.get(univ_pos)
        if index is None:
            index = self._index[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return str(forms[0])

    def lemma(self, token: Any) -> str:
        """The lemma the component gives ``token``: :meth:`rule_lemma` for spaCy's own rules, else its
        ``lemmatize``."""
        lem = self.component
        if getattr(lem.lemmatize, "__func__", None) is Lemmatizer.rule_lemmatize:
            return self.rule_lemma(token)
        return str(lem.lemmatize(token)[0])

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemmas of one document (what the component's ``__call__`` sets)."""
        lem = self.component
        if not lem._validated:
            lem._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        memo, strings, overwrite = self.memo, doc.vocab.strings, lem.overwrite
        if len(memo) > MAX_MEMO:
            memo.clear()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    lemma = memo[key] = strings.add(self.lemma(doc[i]))
            lemmas.append(lemma)
        doc.from_array([LEMMA], np.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """What ``Pipe.pipe`` does (errors go to the component's error handler), with :meth:`__call__`."""
        lem = self.component
        error_handler = lem.get_error_handler()
        for doc in stream:
            try:
                yield self(doc)
            except Exception as e:
                error_handler(lem.name, lem, [doc], e)


def install(nlp: Language) -> bool:
    """Give the pipeline's ``lemmatizer`` a :class:`MemoLemmas` pipe when it is spaCy's English rule lemmatizer;
    returns whether it did (any other lemmatizer is left as it is)."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return False
    lem = nlp.get_pipe("lemmatizer")
    if type(lem) is not EnglishLemmatizer or getattr(lem, "mode", None) != "rule":
        return False
    lem.pipe = MemoLemmas(lem).pipe
    return True
