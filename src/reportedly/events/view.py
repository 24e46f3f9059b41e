"""What every event rule reads of one document: the parse, the statements, and cached word lookups.

In: a :class:`~reportedly.text.nlp.Parsed` document, the attribution records
(:class:`~reportedly.attribution.rules.Found`) and the blocks to skip (captions). Out: a
:class:`DocumentView` holding that per-document state (tokens, children, entities, which
token is a statement's cue) and the lookups the other parts of :class:`~reportedly.events.mentions.Finder`
share: the lexicon key of a verb or noun, word classes (event noun, cue noun, time word, place word)
and noun phrases (:meth:`DocumentView.np`). Lookups asked for many times are worked out once per token
and kept here, so one view serves all the parts of a finder.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property

from spacy.tokens import Token

from ..attribution.cues import cue_lexicon
from ..attribution.found import Found
from ..text import timex
from ..text.nlp import Parsed
from .mention_types import Arg
from .words import DIRECTIONS, LABOUR_STRIKE_VERBS, PLACE_NOUNS, Entry, lookup


class DocumentView:
    """One parsed document with its statements, as the event rules see it (see the module docstring)."""

    def __init__(self, parsed: Parsed, found: Sequence[Found], skip_blocks: Iterable[int] = ()) -> None:
        self.p = parsed
        self.doc = parsed.doc
        self.found = list(found)
        skip = set(skip_blocks)
        self.ranges = [(f, e) for b, (f, e, _) in enumerate(parsed.blocks) if b not in skip]
        """(first, end) tokens of the blocks to read."""
        self.cue_of = {i: n for n, f in enumerate(self.found) for i in f.cue}
        """Index of the statement each cue token belongs to."""
        self.tokens = parsed.tokens
        self.children_of = parsed.children
        self.ent_at = {i: e for e in parsed.doc.ents for i in range(e.start, e.end)}
        """Entity of each token (``doc.ents`` builds new spans at every call)."""
        self._verb_keys: dict[int, tuple[str, Entry | None]] = {}
        self._noun_keys: dict[int, tuple[str, Entry | None]] = {}
        self._opens_clause_at: dict[int, bool] = {}
        self._np_bounds_of: dict[int, tuple[int, int]] = {}

    # -- trigger words ---------------------------------------------------------------------------

    def verb_key(self, v: Token) -> tuple[str, Entry | None]:
        """The lexicon key of a verb: 'shoot down', 'call for', 'take control', or the lemma."""
        hit = self._verb_keys.get(v.i)
        if hit is None:
            hit = self._verb_keys[v.i] = self._verb_key(v)
        return hit

    def _verb_key(self, v: Token) -> tuple[str, Entry | None]:
        lemma = v.lemma_.lower()
        for c in self.children_of[v.i]:
            if c.dep_ == "prt" or c.i == v.i + 1:
                e = lookup(f"{lemma} {c.lower_}", "verb")
                if e is not None:
                    return f"{lemma} {c.lower_}", e  # 'shoot down', 'call for', 'let free'
            if c.dep_ == "prep":
                pobj = next((g for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
                if pobj is not None:
                    key = f"{lemma} {c.lower_} {pobj.lemma_.lower()}"
                    e = lookup(key, "verb")
                    if e is not None:
                        return key, e
            if c.dep_ == "dobj":
                e = lookup(f"{lemma} {c.lemma_.lower()}", "verb")
                if e is not None:
                    return f"{lemma} {c.lemma_.lower()}", e
                if lemma in ("call", "phone", "telephone") and c.ent_type_ in ("PERSON", "ORG", "GPE") and \
                        not any(g.dep_ in ("oprd", "attr", "xcomp") and g.pos_ in ("NOUN", "ADJ", "PROPN")
                                for g in self.children_of[v.i]):
                    return "call party", lookup("call party", "verb")  # 'called the Chilean president'
        return lemma, lookup(lemma, "verb")

    def noun_key(self, n: Token) -> tuple[str, Entry | None]:
        """The lexicon key of a noun: 'air strike', 'hunger strike', 'state of emergency', or the lemma."""
        hit = self._noun_keys.get(n.i)
        if hit is None:
            hit = self._noun_keys[n.i] = self._noun_key(n)
        return hit

    def _noun_key(self, n: Token) -> tuple[str, Entry | None]:
        lemma = n.lemma_.lower()
        if lemma == "strike" and not any(c.dep_ in ("compound", "amod") for c in self.children_of[n.i]) and (
                n.head.lower_ == "on" or n.head.lemma_.lower() in LABOUR_STRIKE_VERBS or
                any(c.dep_ == "prep" and c.lower_ in ("by", "at", "for") for c in self.children_of[n.i])):
            return "labor strike", lookup("labor strike", "noun")  # 'on strike', 'end the strike', 'strike for wages'
        for c in self.children_of[n.i]:
            if c.dep_ in ("compound", "amod") and c.i == n.i - 1:
                e = lookup(f"{c.lemma_.lower()} {lemma}", "noun")
                if e is not None:
                    return f"{c.lemma_.lower()} {lemma}", e
            if c.dep_ in ("compound", "amod") and c.i == n.i - 2 and self.tokens[n.i - 1].text == "-":
                e = lookup(f"{c.lemma_.lower()}{lemma}", "noun")  # 'cease-fire' is 'ceasefire'
                if e is not None:
                    return f"{c.lemma_.lower()}{lemma}", e
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = next((g for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
                if pobj is not None:
                    e = lookup(f"{lemma} of {pobj.lemma_.lower()}", "noun")
                    if e is not None:
                        return f"{lemma} of {pobj.lemma_.lower()}", e
        return lemma, lookup(lemma, "noun")

    def is_event_noun(self, n: Token) -> bool:
        """A common noun the lexicon lists as an event or a frame ('blockade', 'talks', 'plan')."""
        if n.pos_ not in ("NOUN", "PROPN", "ADJ") or (n.pos_ == "PROPN" and n.ent_type_) or (
                n.pos_ == "ADJ" and n.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")):
            return False  # (an adjective the tagger gave a noun's place: 'a regime offensive on X has displaced')
        _, e = self.noun_key(n)
        return e is not None and e.category is not None and e.role in ("event", "frame")

    def is_cue_noun(self, t: Token) -> bool:
        """Whether a noun is an attribution cue ('claim', 'report', 'denial')."""
        return (t.lemma_.lower(), "noun") in cue_lexicon()

    # -- word classes ----------------------------------------------------------------------------

    def is_time_token(self, t: Token) -> bool:
        """A date or time word ('Friday', 'March', 'yesterday')."""
        return t.ent_type_ in ("DATE", "TIME") or timex.is_time_phrase(t.text) or \
            t.lower_ in timex.WEEKDAYS or t.lower_ in timex.MONTHS

    def is_place_like(self, t: Token) -> bool:
        """A place word that is not a political actor ('the area', 'the town of Sumy', 'the Kursk region')."""
        low = t.lemma_.lower()
        if t.pos_ == "PROPN":
            return False  # a proper name goes through the gazetteer, not the list of place words
        if low == "state":
            return any(c.dep_ == "prep" and c.lower_ == "of" for c in self.children_of[t.i])
        return bool(low in PLACE_NOUNS or low in DIRECTIONS or low in ("ground", "battlefield", "front", "frontline"))

    # -- phrases ---------------------------------------------------------------------------------

    def np(self, head: Token, rel: str, exclude: Iterable[int] = ()) -> Arg:
        """The noun phrase of ``head`` without relative clauses, participles and trailing punctuation."""
        start, end = self._np_bounds(head)
        for c in self.children_of[head.i] if rel == "subj" else ():
            if c.dep_ == "prep" and c.i > head.i and c.lower_ in ("on", "in", "at") and any(
                    g.dep_ == "pobj" and self.is_time_token(g) for g in self.children_of[c.i]):
                end = min(end, c.i)  # 'the president on Sunday launched': the time goes with the verb
        for x in exclude:
            if start <= x < end:
                if x > head.i:
                    end = x
                elif x < head.i:
                    start = x + 1
        tokens = self.tokens
        while end > start + 1 and (tokens[end - 1].is_punct or tokens[end - 1].dep_ in ("cc", "case", "prep")):
            end -= 1
        while start < end - 1 and (tokens[start].is_punct or tokens[start].dep_ in ("cc", "prep")):
            start += 1
        return Arg(start, end, head.i, rel)

    def _np_bounds(self, head: Token) -> tuple[int, int]:
        """The subtree of ``head`` up to its first relative clause or participle (worked out once per head)."""
        hit = self._np_bounds_of.get(head.i)
        if hit is None:
            start, end = head.left_edge.i, head.right_edge.i + 1
            if self.p.crosses(head.i):
                for t in head.subtree:
                    if t.i > head.i and (t.dep_ in ("relcl", "advcl") or
                                         (t.dep_ in ("acl", "appos") and t.head.i == head.i)):
                        end = min(end, t.left_edge.i)
                    if t.dep_ == "pcomp" and t.head.head.i == head.i and t.tag_ == "VBG":
                        end = min(end, t.head.i)  # 'the rebels' in 'the rebels of shelling a school'
            else:
                # the same minimum without walking the subtree (O(n) per head in a long chain of phrases): the
                # tokens after the head are its right children's subtrees, whose clause starts are tabled
                children = self.children_of
                for c in children[head.i]:
                    if c.i > head.i:
                        end = min(end, self._clause_start_below[c.i])
                        if c.dep_ in ("acl", "appos"):
                            end = min(end, c.left_edge.i)
                    for t in children[c.i] if c.i != head.i else ():
                        if t.dep_ == "pcomp" and t.tag_ == "VBG":
                            end = min(end, c.i)
                    if head.head.i == head.i and c.dep_ == "pcomp" and c.tag_ == "VBG":
                        end = min(end, head.i)  # a root is its own head: its own pcomp children count too
            hit = self._np_bounds_of[head.i] = (start, end)
        return hit

    @cached_property
    def _clause_start_below(self) -> list[int]:
        """For each token, the least ``left_edge`` of a relative or adverbial clause in its subtree (or its end)."""
        tokens, children = self.tokens, self.children_of
        out = [len(tokens)] * len(tokens)
        for i in sorted(range(len(tokens)), key=self.p.depth.__getitem__, reverse=True):  # children before heads
            t = tokens[i]
            own = t.left_edge.i if t.dep_ in ("relcl", "advcl") else len(tokens)
            out[i] = min([own, *(out[c.i] for c in children[i])])
        return out

    def np_span(self, head: Token) -> tuple[int, int]:
        """Token range ``[start, end)`` of :meth:`np` for ``head``."""
        a = self.np(head, "x")
        return a.start, a.end

    def subtree(self, top: Token) -> range | list[int]:
        """The tokens of ``top.subtree``, by index."""
        if self.p.projective[top.i]:
            return range(top.left_edge.i, top.right_edge.i + 1)
        return [t.i for t in top.subtree]

    def outside_clauses(self, top: Token) -> list[int]:
        """The tokens of ``top``'s subtree that do not sit in a clause of their own below ``top``.

        A token is left out when it, or one of its heads up to (not including) ``top``, opens a clause
        (:meth:`opens_clause`): the subtree is walked from the top, and a clause is skipped whole.
        """
        out = [top.i]
        stack = list(self.children_of[top.i])
        while stack:
            t = stack.pop()
            if not self.opens_clause(t):
                out.append(t.i)
                stack.extend(self.children_of[t.i])
        return out

    def opens_clause(self, t: Token) -> bool:
        """Whether ``t`` heads a clause of its own (a relative clause, a complement; not a bare participle)."""
        hit = self._opens_clause_at.get(t.i)
        if hit is None:
            reduced = t.dep_ == "acl" and t.tag_ == "VBN" and not any(
                c.dep_ in ("agent", "nsubj", "nsubjpass") for c in self.children_of[t.i])
            hit = self._opens_clause_at[t.i] = (
                t.dep_ in ("relcl", "ccomp", "advcl", "acl", "conj", "parataxis") and t.pos_ in ("VERB", "AUX")
                and not reduced)
        return hit


class ViewReader:
    """A part of the finder that reads one :class:`DocumentView`: the view's parse, statements and
    per-token indexes as its own attributes (read in the hot loops, so bound once here)."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.p = view.p
        self.doc = view.doc
        self.found = view.found
        self.tokens = view.tokens
        self.children_of = view.children_of
        self.cue_of = view.cue_of
        self.ranges = view.ranges
        self.ent_at = view.ent_at
