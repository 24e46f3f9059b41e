"""The trained attribution model: the rule extractor's candidates, scored by three linear models.

The rules in :mod:`reportedly.attribution.rules` decide with a hand-written lexicon which words are cues
and which content frame each takes. This module keeps their candidate generation (quotations,
clauses, objects, infinitives, 'according to', colons, prepositional objects, ...) and replaces the
decisions with logistic-regression scores learned from PolNeAR train:

* ``cue``: is this word the cue of an attribution whose content we can find?
* ``content``: which of the cue's candidate contents is the attributed one?
* ``source``: which candidate phrase (subject, agent, possessor, relative pronoun, 'according
  to' object, headline name, or nothing) is the source?

Weights ship as ``data/attribution_model.json`` (feature -> weight); inference is dictionary
look-ups and sums in plain Python, so neither scikit-learn nor a GPU is needed at run time.
``train/train_attribution.py`` reproduces the file. No existing attribution tool does this offline
on whole documents with its sources linked, hence our own model.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

from spacy.tokens import Token

from ..errors import ModelError
from ..text import lexicons
from ..text.nlp import Parsed
from .found import Found
from .passives import passive_object
from .quotes import QUOTE_TOKENS
from .reader import SUBJECTS
from .rules import Extractor

MODEL_FILE = "data/attribution_model.json"
_LOOSE = ("conj", "relcl", "advcl", "acl", "appos", "parataxis")
"""Labels of what hangs loosely on a content (a feature of content options)."""
NO_SOURCE = "none"


@dataclass
class Option:
    """A candidate content or source for one cue."""

    kind: str
    spans: list[tuple[int, int]]
    """Content: character spans. Source: one (start, end) token range, or empty for no source."""
    head: int | None = None


class Candidates(Extractor):
    """Candidate cues, contents and sources of a parsed document, with their features."""

    def __init__(self, parsed: Parsed, *, skip_blocks: set[int] | frozenset[int] = frozenset()) -> None:
        super().__init__(parsed, skip_blocks=skip_blocks)
        # sentence number of every token and whether each sentence holds a quotation mark, computed once
        # (spaCy's Token.sent searches for the boundaries on every call)
        self._sent_of: list[int] = []
        self._sent_quotes: list[bool] = []
        for n, sent in enumerate(self.doc.sents):
            self._sent_of.extend([n] * len(sent))
            self._sent_quotes.append(any(x.text in QUOTE_TOKENS for x in sent))
        self._heads_of: dict[int, tuple[list[Token], list[int]]] = {}
        self._quote_marks = [m.start() for m in re.finditer(r'["“”]', self.text)]
        """Offsets of the double quotation marks (counted in a content's features)."""
        self._loose_at: dict[str, list[int]] = {d: [] for d in sorted(_LOOSE)}
        """Tokens that attach a loose clause or phrase to what comes before them, by label, in text order."""
        for x in self.p.tokens:
            if x.dep_ in _LOOSE and x.head.i < x.i and (x.pos_ in ("VERB", "AUX") or x.dep_ in ("relcl", "appos")):
                self._loose_at[x.dep_].append(x.i)

    # -- cue candidates ------------------------------------------------------------------------

    def cue_candidates(self) -> Iterator[Token]:
        """Words that could be attribution cues: verbs, reporting nouns, 'according', colons, 'in'."""
        for t in self.tokens():
            if t.pos_ in ("VERB", "AUX"):
                if t.dep_ in ("aux", "auxpass") or (t.lemma_ == "be" and not any(
                        c.dep_ in ("ccomp", "xcomp") for c in self.kids(t))):
                    continue
            elif t.pos_ == "NOUN":
                if not any(c.dep_ in ("acl", "ccomp", "prep", "poss", "relcl", "appos") for c in self.kids(t)):
                    continue
            elif t.pos_ == "ADJ":
                if not any(c.dep_ in ("xcomp", "ccomp", "prep") for c in self.kids(t)):
                    continue  # 'willing to', 'critical of', 'concerned that'
            elif not (t.lower_ == "according" or t.text == ":" or (t.lower_ == "in" and t.dep_ == "prep")):
                continue
            if self.quote_around(*self.p.token_span(t)):
                continue
            yield t

    # -- content options -------------------------------------------------------------------------

    def content_options(self, t: Token) -> list[Option]:
        """Every content the cue ``t`` could take, one option per distinct span list."""
        opts: list[Option] = []
        seen: set[tuple[tuple[int, int], ...]] = set()

        def add(kind: str, spans: list[tuple[int, int]] | None) -> None:
            if spans and tuple(spans) not in seen:
                seen.add(tuple(spans))
                opts.append(Option(kind, list(spans)))

        if t.lower_ == "according":
            f = self.according_to(t)
            add("according", f.content if f else None)
            return opts
        if t.text == ":":
            f = self.colon_cue(t)
            add("colon_np", f.content if f else None)
            return opts
        if t.pos_ == "ADP":
            pobj = next((c for c in self.kids(t) if c.dep_ == "pobj"), None)
            if pobj is not None:
                add("survey", self.around_phrase(t, t.i, pobj.right_edge.i + 1))
            return opts
        if t.pos_ == "ADJ":
            for c in self.kids(t):
                if c.i > t.i and c.dep_ in ("xcomp", "ccomp"):
                    add(f"adj_{c.dep_}", self.content_spans(c.left_edge.i, c.right_edge.i + 1))
                elif c.i > t.i and c.dep_ == "prep":
                    pobj = next((g for g in self.kids(c) if g.dep_ in ("pobj", "pcomp")), None)
                    if pobj is not None:
                        add("adj_prep", self.content_spans(pobj.left_edge.i, pobj.right_edge.i + 1))
            return opts
        if t.pos_ == "NOUN":
            for c in self.kids(t):
                if c.i > t.i and c.dep_ in ("acl", "ccomp", "appos", "relcl"):
                    add(f"noun_{c.dep_}", self.content_spans(c.left_edge.i, c.right_edge.i + 1))
                elif c.i > t.i and c.dep_ == "prep":
                    pobj = next((g for g in self.kids(c) if g.dep_ in ("pobj", "pcomp")), None)
                    if pobj is not None:
                        add(f"noun_prep_{c.lower_}", self.content_spans(pobj.left_edge.i, pobj.right_edge.i + 1))
            return opts
        # verbs
        extent = self.clause_extent(t)
        add("quote", self.adjacent_quote(t, extent))
        for c in self.kids(t):
            if c.dep_ == "ccomp":
                spans = self.clause_content(t, c)
                add("clause" if c.i > t.i else "clause_left", spans + self.quote_after_colon(t, spans))
        that = self.that_clause(t)
        if that is not None:
            add("that", self.clause_content(t, that))
        if self.has_subject(t) and (t.dep_ == "parataxis" or (t.dep_ == "ccomp" and t.head.i < t.i)
                                    or (t.dep_ == "ccomp" and t.head.i > t.i)):
            add("parataxis", self.inverted_content(t))
        if self.ends_with_colon(t):
            add("colon", self.after_colon(t))
        xcomp = next((c for c in self.kids(t) if c.dep_ == "xcomp" and c.i > t.i), None)
        if xcomp is not None:
            obj = next((c for c in self.kids(t) if c.dep_ == "dobj" and c.i < xcomp.i), None)
            add("xcomp", self.content_spans((obj or xcomp).left_edge.i, xcomp.right_edge.i + 1))
            subj = next((c for c in self.kids(t) if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
            if subj is not None and subj.lower_ not in ("it", "there"):
                add("raising", self.content_spans(subj.left_edge.i, subj.right_edge.i + 1)
                    + self.content_spans(xcomp.left_edge.i, xcomp.right_edge.i + 1))
        add("object", self.object_content(t))
        # core variants: the same contents without trailing conjoined clauses and loose modifiers
        for c in self.kids(t):
            if c.i > t.i and c.dep_ in ("ccomp", "xcomp", "dobj"):
                start = c.left_edge.i
                if c.dep_ == "xcomp":
                    obj = next((o for o in self.kids(t) if o.dep_ == "dobj" and o.i < c.i), None)
                    start = obj.left_edge.i if obj is not None else start
                end = self.core_end(c, c.right_edge.i + 1)
                if end < c.right_edge.i + 1:
                    add(f"{c.dep_}_core", self.content_spans(start, end))
        sent = self.p.sentence(t.i)
        lo, hi = extent
        add("after", self.content_spans(max(hi, t.i + 1), sent.end))
        if lo > sent.start:
            add("before", self.content_spans(sent.start, lo))
        right = t.right_edge.i + 1
        first_right = next((c for c in self.kids(t) if c.i > t.i and c.dep_ in ("ccomp", "xcomp", "dobj", "conj")),
                           None)
        if first_right is not None and right > first_right.right_edge.i + 1:
            add("right_all", self.content_spans(first_right.left_edge.i, min(right, sent.end)))
        if t.dep_ in ("relcl", "acl", "amod") and t.head.pos_ in ("NOUN", "PROPN"):
            h = t.head
            add("head_np", self.content_spans(h.left_edge.i if h.left_edge.i < t.i else h.i, h.i + 1)
                if t.i > h.i else self.content_spans(h.i, h.i + 1))
        start_char = self.p.token_start(extent[0])
        before = self.quote_ending_before(start_char)
        if before is not None and not self.quote_around(start_char, self.p.token_end(extent[1] - 1)):
            add("quote_only", list(before.spans))
            add("quote_cont", list(before.spans) + self.continuation(extent[1]))
        for c in self.kids(t):
            if c.dep_ == "prep" and c.i > t.i:
                pobj = next((g for g in self.kids(c) if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    add(f"prep_{c.lower_}", self.content_spans(pobj.left_edge.i, pobj.right_edge.i + 1))
            elif c.dep_ in ("nsubjpass", "csubjpass") and c.pos_ in ("NOUN", "PROPN", "VERB"):
                add("passive_subject", self.content_spans(c.left_edge.i, c.right_edge.i + 1))
            elif c.dep_ == "advcl" and c.i > t.i and any(g.dep_ == "mark" and g.lower_ in ("if", "whether")
                                                         for g in self.kids(c)):
                add("whether", self.content_spans(c.left_edge.i, c.right_edge.i + 1))
        return opts

    def core_end(self, head: Token, end: int) -> int:
        """End of a content without what hangs loosely after its head.

        Cuts at a conjoined verb ('... and warned that ...'), and at a participle, relative
        clause, apposition or adverbial clause set off by a comma (', which forced ...',
        ', focusing on ...'), or an adjunct 'during/in/at ...' after an object.
        """
        doc = self.doc
        cut = end
        for c in self.kids(head):
            if c.i <= head.i or c.left_edge.i >= cut:
                continue
            comma = doc[c.left_edge.i - 1].text in (",", "—", "–", ";") if c.left_edge.i > 0 else False
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                cut = min(cut, c.left_edge.i)
            elif c.dep_ == "cc" and any(x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") for x in self.kids(head)):
                cut = min(cut, c.i)
            elif comma and c.dep_ in ("advcl", "acl", "relcl", "appos", "npadvmod", "prep"):
                cut = min(cut, c.left_edge.i)
            elif head.pos_ in ("NOUN", "PROPN") and c.dep_ == "prep" and c.lower_ in ("during", "in", "at", "on"):
                cut = min(cut, c.left_edge.i)
        while cut > head.i + 1 and ((doc[cut - 1].is_punct and doc[cut - 1].text not in QUOTE_TOKENS)
                                    or doc[cut - 1].dep_ == "cc"):
            cut -= 1
        return cut

    # -- source options ------------------------------------------------------------------------------

    def source_options(self, t: Token) -> list[Option]:
        """Every phrase that could be the source of cue ``t``, plus the option of no source."""
        opts = [Option(NO_SOURCE, [])]
        seen: set[tuple[int, int]] = set()

        def add(kind: str, rng: tuple[int, int] | None, head: int | None) -> None:
            if rng and rng[1] > rng[0] and rng not in seen:
                seen.add(rng)
                opts.append(Option(kind, [rng], head))

        if t.lower_ == "according" or t.pos_ == "ADP":
            to = self.doc[t.i + 1] if t.lower_ == "according" and t.i + 1 < len(self.doc) else t
            pobj = next((c for c in self.kids(to) if c.dep_ == "pobj"), None) or next(
                (c for c in self.kids(t) if c.dep_ == "pobj"), None)
            if pobj is not None:
                add("pobj", self.np_range(pobj), pobj.i)
            return opts
        if t.text == ":":
            f = self.colon_cue(t)
            if f is not None and f.source:
                add("colon_np", f.source, f.source_head)
            return opts
        if t.pos_ == "ADJ":
            self._nearby_sources(t, add)
            verb = t.head if t.head.pos_ in ("AUX", "VERB") else t
            subj = self.subject_of(verb)[0]
            if subj is not None:
                add("subject", self.np_range(subj, exclude=t), subj.i)
            return opts
        if t.pos_ == "NOUN":
            for c in self.kids(t):
                if c.dep_ == "poss":
                    add("poss", self.np_range(c, exclude=t), c.i)
                elif c.dep_ in ("amod", "compound") and c.i < t.i and c.text[:1].isupper() and \
                        lexicons.country_code(c.text):
                    add("poss", (c.i, c.i + 1), c.i)  # 'Afghan claims that ...' are Afghanistan's, as 'Kabul's claims'
                elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of"):
                    pobj = next((g for g in self.kids(c) if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        add(f"noun_{c.lower_}", self.np_range(pobj), pobj.i)
            verb = self.governing_verb(t)
            if verb is not None:
                subj = self.subject_of(verb)[0]
                if subj is not None:
                    add("verb_subject", self.np_range(subj, exclude=t), subj.i)
            return opts
        subj, passive = self.subject_of(t)
        if subj is not None and subj.dep_ == "pobj" and subj.head.i == self.given_name_at(t):
            # 'Per Olof Sandberg, who was appointed by Ortega, said': the name the parser put after a 'preposition'
            # is the subject; no other phrase of the sentence is (the model has never seen this parse)
            return [Option("subject", [(subj.head.i, self.np_range(subj, exclude=t)[1])], subj.i)]
        self._nearby_sources(t, add)
        rel = self.relative_subject(t)
        if rel is not None:
            add("relative", (rel.i, rel.i + 1), rel.head.head.i)
        if subj is not None and subj.pos_ != "VERB":
            add("passive_subject" if passive else "subject", self.np_range(subj, exclude=t), subj.i)
        for c in self.kids(t):
            if c.dep_ == "agent":
                pobj = next((g for g in self.kids(c) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    add("agent", self.np_range(pobj), pobj.i)
            elif c.dep_ in ("dobj", "dative") and t.lemma_ in ("ask", "tell", "quote", "cite"):
                add("object", self.np_range(c), c.i)
        return opts

    def decide(self, t: Token, content: Option, source: Option, score: float) -> Found:
        """The finding of cue ``t`` with its chosen content and source option, finished like a rule finding.

        A subject source gives way to the controller of the cue ('urged Russia to stop making
        claims': Russia's claims); 'according to' is one cue of two words.
        """
        if source.kind in ("subject", "verb_subject") and source.head is not None:
            ctrl = self.controller(t)
            if ctrl is not None:
                source = Option(source.kind, [self.np_range(ctrl, exclude=t)], ctrl.i)
        f = Found(cue=self.cue_tokens(t) if t.pos_ in ("VERB", "AUX") else [t.i], content=content.spans,
                  frame=content.kind, score=score)
        if t.lower_ == "according" and t.i + 1 < len(self.doc):
            f.cue.append(t.i + 1)
        entry = self.lexicon.get((t.lemma_.lower(), "verb" if t.pos_ in ("VERB", "AUX") else "noun"))
        f.cls = entry.cls if entry else ("report" if t.pos_ == "ADP" or t.lower_ == "according" else "other")
        if source.spans:
            f.source, f.source_head = source.spans[0], source.head
        return self.finish(f)

    # -- checks made when extracting (not in training, so that the shipped weights stay reproducible) --

    def plausible_content(self, t: Token, opt: Option) -> bool:
        """Whether an option can be what cue ``t`` reports: not a lone person pronoun ('who opposes him'),
        and for a cue in a relative clause whose pronoun is its subject, nothing outside that clause."""
        if len(opt.spans) == 1 and self.p.text[opt.spans[0][0]:opt.spans[0][1]].lower() in PERSON_OBJECTS:
            return False
        if t.dep_ in ("relcl", "acl") and any(c.dep_ in SUBJECTS and c.tag_ in ("WP", "WDT") for c in self.kids(t)):
            lo, hi = self.p.token_start(t.left_edge.i), self.p.token_end(t.right_edge.i)
            return all(lo <= s and e <= hi for s, e in opt.spans)
        end = opt.spans[-1][1]
        if end <= self.p.token_start(t.i):
            # 'X says A; Kabul calls it aggression': a clause before a semicolon is not what the cue after it reports
            first = bisect.bisect_left(self.p.starts, end)
            if any(w.text == ";" and not self.quote_around(*self.p.token_span(w)) for w in self.p.doc[first:t.i]):
                return False
        return True

    def plausible_source(self, t: Token, opt: Option) -> bool:
        """Whether an option can be the source of ``t``: not the subject of a verb that disputes the
        nominal cue ('Kyiv denied any assertion of ...': the assertion is not Kyiv's)."""
        verb = self.governing_verb(t) if t.pos_ == "NOUN" else None
        if verb is None or opt.head is None or not self.disputes(verb):
            return True
        subj = self.subject_of(verb)[0]
        return subj is None or opt.head != subj.i

    def _nearby_sources(self, t: Token, add) -> None:
        """Noun phrases and names of the cue's sentence, the nearest ones on each side."""
        heads, at = self._sentence_heads(self.p.sentence_of[t.i])
        k = bisect.bisect_left(at, t.i)
        left = heads[max(0, k - 3):k]
        k = bisect.bisect_right(at, t.i)
        right = heads[k:k + 2]
        for x in left + right:
            side = "left" if x.i < t.i else "right"
            add(f"near_{side}_{x.dep_}", self.np_range(x, exclude=t), x.i)

    def _sentence_heads(self, n: int) -> tuple[list[Token], list[int]]:
        """The noun phrase heads :meth:`_nearby_sources` looks at in sentence ``n``, and their indices
        (worked out once per sentence, not once per cue)."""
        hit = self._heads_of.get(n)
        if hit is None:
            start, end = self.p.sentences[n]
            heads = [x for x in self.p.tokens[start:end] if x.pos_ in ("PROPN", "NOUN", "PRON") and x.dep_ in
                     ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "poss", "dative", "conj", "ROOT")
                     and x.lower_ not in ("it", "there")]
            hit = self._heads_of[n] = (heads, [x.i for x in heads])
        return hit

    # -- features ----------------------------------------------------------------------------------

    def cue_features(self, t: Token) -> list[str]:
        """Sparse binary features of a cue candidate."""
        lem = t.lemma_.lower()
        deps = sorted({c.dep_ for c in self.kids(t)})
        entry = self.lexicon.get((lem, "verb" if t.pos_ in ("VERB", "AUX") else "noun"))
        subj, passive = self.subject_of(t) if t.pos_ in ("VERB", "AUX") else (None, False)
        prev_t = self.doc[t.i - 1] if t.i > 0 else None
        next_t = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
        f = [
            "bias", f"l={lem}", f"w={t.lower_}", f"pos={t.pos_}", f"tag={t.tag_}", f"dep={t.dep_}",
            f"l|tag={lem}|{t.tag_}", f"l|dep={lem}|{t.dep_}", f"hl={t.head.lemma_.lower()}",
            f"dep|hpos={t.dep_}|{t.head.pos_}", f"prev={prev_t.lower_ if prev_t is not None else '<s>'}",
            f"next={next_t.lower_ if next_t is not None else '</s>'}",
            f"l|next={lem}|{next_t.lower_ if next_t is not None else ''}",
            f"lex={entry.cls if entry else 'none'}", f"passive={passive}",
            f"subj={self._np_kind(subj)}", f"l|subj={lem}|{self._np_kind(subj)}",
            f"sent_start={t.i == 0 or self._sent_of[t.i - 1] != self._sent_of[t.i]}",
            f"quotes_in_sent={self._sent_quotes[self._sent_of[t.i]]}",
        ]
        f += [f"cd={d}" for d in deps] + [f"l|cd={lem}|{d}" for d in deps]
        if entry:
            f += [f"frame={fr}" for fr in entry.frames]
        pos = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "ADJ": "adj"}.get(t.pos_, "")
        subj_kind = self._np_kind(subj)
        for cls in lexicons.predicate_classes().get((lem, pos), ("none",)):
            f += [f"sem={cls}", f"sem|subj={cls}|{subj_kind}", f"sem|tag={cls}|{t.tag_}", f"sem|dep={cls}|{t.dep_}"]
            f += [f"sem|cd={cls}|{d}" for d in deps]
        return f

    def cue_vector(self, t: Token) -> Any:
        """The parser's contextual vector of the cue word (spaCy's tok2vec output, already computed)."""
        tensor = self.doc.tensor
        return tensor[t.i] if tensor is not None and len(tensor) > t.i else None

    def _np_kind(self, t: Token | None) -> str:
        if t is None:
            return "none"
        if t.ent_type_:
            return t.ent_type_
        if t.pos_ == "PRON":
            return f"pron_{t.lower_}"
        return t.pos_

    def content_features(self, t: Token, opt: Option, n_opts: int) -> list[str]:
        """Features of one content option of cue ``t``."""
        lem = t.lemma_.lower()
        s, e = opt.spans[0][0], opt.spans[-1][1]
        length = sum(b - a for a, b in opt.spans)
        before = e <= self.p.token_start(t.i)
        # counts and labels inside [s, e) from per-document indexes: a content can be as long as the document
        marks = self._quote_marks
        n_quotes = max(0, bisect.bisect_left(marks, e) - bisect.bisect_left(marks, s))
        first = self.text[s:min(e, s + 1)]
        bucket = min(int(math.log2(length + 1)), 12)
        k = opt.kind
        lo, hi = self.token_at(s), self.token_at(e - 1) + 1
        loose = [d for d, at in self._loose_at.items() if (j := bisect.bisect_left(at, lo)) < len(at) and at[j] < hi]
        last = self.doc[hi - 1]
        last = self.doc[hi - 2] if last.is_punct and hi - 2 >= lo else last
        f = [
            f"k={k}", f"k|l={k}|{lem}", f"k|pos={k}|{t.pos_}", f"k|tag={k}|{t.tag_}", f"k|len={k}|{bucket}",
            f"k|before={k}|{before}", f"k|pieces={k}|{min(len(opt.spans), 3)}", f"k|nopts={k}|{min(n_opts, 4)}",
            f"k|quotes={k}|{min(n_quotes, 3)}", f"k|first_quote={k}|{first in QUOTE_TOKENS or first == chr(8220)}",
            f"k|that={k}|{self.text[s:min(e, s + 5)].lower() == 'that '}", f"k|dep={k}|{t.dep_}",
            f"k|l|len={k}|{lem}|{bucket}", f"k|lastdep={k}|{last.dep_}", f"k|lastpos={k}|{last.pos_}",
            f"k|sents={k}|{min(self._sent_of[hi - 1] - self._sent_of[lo] + 1 if hi > lo else 0, 3)}",
        ]
        f += [f"k|loose={k}|{d}" for d in loose] + [f"loose={d}" for d in loose]
        return f

    def source_features(self, t: Token, opt: Option) -> list[str]:
        """Features of one source option of cue ``t``."""
        lem = t.lemma_.lower()
        k = opt.kind
        if not opt.spans:
            return [f"k={k}", f"k|l={k}|{lem}", f"k|tag={k}|{t.tag_}", f"k|dep={k}|{t.dep_}"]
        head = self.doc[opt.head] if opt.head is not None else self.doc[opt.spans[0][0]]
        kind = self._np_kind(head)
        dist = min(int(math.log2(abs(head.i - t.i) + 1)), 6)
        return [f"k={k}", f"k|l={k}|{lem}", f"k|tag={k}|{t.tag_}", f"k|dep={k}|{t.dep_}", f"k|np={k}|{kind}",
                f"k|np|l={k}|{kind}|{lem}", f"k|hl={k}|{head.lemma_.lower()}", f"k|dist={k}|{dist}",
                f"k|hdep={k}|{head.dep_}", f"k|hdep|l={k}|{head.dep_}|{lem}", f"np={kind}",
                f"hhead_is_cue={head.head.i == t.i}", f"hhead_is_cue|hdep={head.head.i == t.i}|{head.dep_}"]


# -- weights and scoring ------------------------------------------------------------------------------


@dataclass
class Linear:
    """A logistic-regression model: weights of binary features, plus weights of a dense vector."""

    bias: float
    weights: dict[str, float]
    dense: list[float] | None = None

    def score(self, features: list[str], vector: Any = None) -> float:
        total = self.bias + sum(map(self.weights.get, features, repeat(0.0)))
        if self.dense is not None and vector is not None:
            total += float(vector @ self._dense_array())
        return total

    def prob(self, features: list[str], vector: Any = None) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.score(features, vector)))))

    def _dense_array(self) -> Any:
        if not hasattr(self, "_array"):
            import numpy as np

            self._array = np.asarray(self.dense, dtype="float32")
        return self._array


@dataclass
class AttributionModel:
    """The three scorers and the decision threshold."""

    cue: Linear
    content: Linear
    source: Linear
    threshold: float
    meta: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AttributionModel:
        return cls(*(Linear(data[k]["bias"], data[k]["weights"], data[k].get("dense"))
                     for k in ("cue", "content", "source")),
                   threshold=data["threshold"], meta=data.get("meta", {}))


@lru_cache(maxsize=1)
def load_model() -> AttributionModel:
    """The shipped model (``data/attribution_model.json``)."""
    try:
        raw = resources.files("reportedly").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"{MODEL_FILE} is missing from the package: run 'make train' to build it") from None
    return AttributionModel.from_dict(json.loads(raw))


def extract(parsed: Parsed, *, skip_blocks: set[int] | frozenset[int] = frozenset(),
            model: AttributionModel | None = None) -> list[Found]:
    """Attributions of a parsed document, decided by the trained model."""
    model = model or load_model()
    cands = Candidates(parsed, skip_blocks=skip_blocks)
    found: list[Found] = []
    for t in cands.cue_candidates():
        p_cue = model.cue.prob(cands.cue_features(t), cands.cue_vector(t))
        if p_cue < model.threshold:
            continue
        options = cands.content_options(t)
        contents = [o for o in options if cands.plausible_content(t, o)]
        if not contents:
            continue
        best = max(contents, key=lambda o: model.content.score(cands.content_features(t, o, len(options))))
        sources = [o for o in cands.source_options(t) if cands.plausible_source(t, o)]
        src = max(sources, key=lambda o: model.source.score(cands.source_features(t, o)))
        found.append(cands.decide(t, best, src, p_cue))
    heads = {f.head for f in found}
    found.extend(rescue(parsed, cands, model, heads))
    return sorted(found, key=lambda f: (f.content[0][0], f.head))


PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you"})

RESCUE_CLASSES = {"speech", "claim", "denial", "report", "commitment", "refusal", "agreement", "evaluation"}
RESCUE_THRESHOLD = 0.1
"""Lexicon statements the model doubts but does not reject outright are kept (see :func:`rescue`)."""


def rescue(parsed: Parsed, cands: Candidates, model: AttributionModel, taken: set[int]) -> Iterator[Found]:
    """Rule findings the model scored below its threshold but not near zero, for speech-act cues.

    PolNeAR's annotation style decides the model's threshold; the lexicon names the speech acts an
    analyst must not lose (claims, denials, commitments, reports). A rule finding for such a cue is
    kept when the model gives it at least ``RESCUE_THRESHOLD``; headline colons ('Starmer: ...') and
    nominal claims with their own clause ('Russia's claim that ...') and a speech verb next to a quotation
    ('A later post read: "..."', '"...," she crowed'), and a quotation a verb names as its object or what
    something was called ('an account the ministry called "a lie"'), and what a passive cue with an agent was
    said of ('claims ... were disputed by the agency'), and 'saying' of 'X was quoted as saying' are always kept.
    On PolNeAR dev the rescue changes attribution F1 by less than 0.01 (0.6392 without it, 0.6371 with the
    speech acts only, 0.6395 with the nominal claims as well): it is there for the analyst, not the score.
    """
    for f in cands.run(exclude=taken):  # the rule extractor, on the candidates' own quotations and parse
        if f.cls not in RESCUE_CLASSES:
            continue
        t = parsed.doc[f.head]
        quoted_as = t.dep_ == "pcomp" and t.head.lower_ == "as" and t.head.head.lemma_.lower() == "quote"
        always = quoted_as or f.frame in ("colon", "nominal") or (f.frame == "quote" and f.cls == "speech") or (
            f.frame == "object" and f.kind == "direct") or (  # 'an account the ministry called "a lie"'
            f.frame == "object" and f.source is not None  # 'claims ... were disputed by the agency'
            and passive_object(parsed.doc, lambda x: parsed.children[x.i], t) is not None)
        if always or model.cue.prob(cands.cue_features(t), cands.cue_vector(t)) >= RESCUE_THRESHOLD:
            f.score = min(f.score, model.threshold)
            yield f
