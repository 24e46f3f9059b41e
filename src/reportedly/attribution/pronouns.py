"""Pronouns resolved by salience: he/she to a recent compatible person, they to a plural subject.

he/she go to the salient compatible person (last speaker first, then the last subject, then the
last mention), gender from honorifics, first names, known people and earlier pronouns; they/their
to the last coordinated or plural subject; it/its to the last organisation or country.
:class:`Pronouns` is one part of :class:`~.speakers.Resolver`; in goes a pronoun token, out come
the clusters it refers to.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from spacy.tokens import Token

from .clusters import _LOOKBACK_TOKENS, PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS, ResolverState


class Pronouns(ResolverState):
    """Resolves pronouns to clusters (a part of the resolver)."""

    def resolve_pronoun(self, t: Token) -> list[int]:
        """Clusters a pronoun refers to, by salience (see module docstring)."""
        low = t.lower_
        if low in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[low]
            k = self._salient(t.i, lambda c: c.type == "person" and c.gender in (None, gender))
            if k is not None:
                c = self.clusters[k]
                c.gender = c.gender or gender
                return [k]
            return []
        if low in PLURAL_PRONOUNS:
            plural = self._plural_subject(t.i)
            if plural:
                return plural
            k = self._salient(t.i, lambda c: c.type in ("group", "organization", "country"))
            return [k] if k is not None else []
        if low in THING_PRONOUNS:
            k = self._salient(t.i, lambda c: c.type in ("organization", "country"))
            return [k] if k is not None else []
        return []

    def _salient(self, pos: int, fits) -> int | None:
        """Best earlier cluster that ``fits``: the last speaker, then the last subject, then the last mention."""
        lo = max(0, pos - _LOOKBACK_TOKENS)
        speakers = self.speakers
        # speakers recorded in text order (the usual case): those at or after pos are bisected away
        n = bisect.bisect_left(self._speaker_starts, pos) if self._speakers_sorted else len(speakers)
        for j in range(n - 1, -1, -1):
            tok_i, ks = speakers[j]
            if tok_i < lo:
                break
            if tok_i < pos and len(ks) == 1 and fits(self.clusters[ks[0]]):
                if pos - tok_i < 150:
                    return ks[0]
                break
        # the best-scoring mention in [lo, pos) (the first cluster on a tie), from the index of all mentions
        best, best_score = None, -1.0
        doc = self.doc
        index = self._mention_starts
        for j in range(bisect.bisect_left(index, (lo, -1)), bisect.bisect_left(index, (pos, -1))):
            s, k = index[j]
            if not fits(self.clusters[k]):
                continue
            score = s + (60 if doc[s].dep_ in ("nsubj", "nsubjpass") or doc[s].head.dep_ in ("nsubj",) else 0)
            if score > best_score or (score == best_score and best is not None and k < best):
                best, best_score = k, score
        return best

    def _plural_subject(self, pos: int, countries_only: bool = False) -> list[int]:
        """The last coordinated subject ('Mr. Starmer and Mr. Macron ...') within two sentences."""
        sent = self.p.sentence(pos)
        sents = [sent]
        if sent.start > 0:
            prev = self.p.sentence(sent.start - 1)
            sents.insert(0, prev)
            if prev.start > 0:
                sents.insert(0, self.p.sentence(prev.start - 1))
        # the subjects from pos back to the first sentence's start that can answer (listed once per document)
        subjects = self._plural_subjects[1 if countries_only else 0]
        tokens = self.p.tokens
        for j in range(bisect.bisect_left(subjects, pos) - 1, -1, -1):
            t = tokens[subjects[j]]
            if t.i < sents[0].start:
                break
            if self.p.has_conjuncts(t.i):
                ks = self.resolve_phrase(t.left_edge.i, t.right_edge.i + 1, t.i)
                if countries_only:
                    ks = [k for k in ks if self.clusters[k].type == "country"]
                if len(ks) >= 2:
                    return ks
            if countries_only:
                continue
            if t.tag_ in ("NNS", "NNPS") and t.lower_ not in PLURAL_PRONOUNS:
                ks = self.resolve_phrase(t.left_edge.i, t.i + 1, t.i)
                if ks:
                    return ks
        for tok_i, ks in reversed(self._group_speakers):
            if tok_i < pos and len(ks) >= 2:
                return ks
        return []

    @cached_property
    def _plural_subjects(self) -> tuple[list[int], list[int]]:
        """Subjects :meth:`_plural_subject` may take: coordinated or plural nouns; coordinated ones (text order)."""
        subjects = [t for t in self.p.tokens if t.dep_ in ("nsubj", "nsubjpass")]
        coordinated = [t.i for t in subjects if self.p.has_conjuncts(t.i)]
        return [t.i for t in subjects if self.p.has_conjuncts(t.i) or (
            t.tag_ in ("NNS", "NNPS") and t.lower_ not in PLURAL_PRONOUNS)], coordinated
