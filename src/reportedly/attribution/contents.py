"""What is attributed: where the content of a cue lies, read from the parse and the quotations.

In: a cue token of a :class:`~.reader.ParseReader` document (mostly a reporting verb). Out:
character spans of candidate contents, one finder per frame: a clausal complement
(:meth:`ContentFinder.clause_content`, :meth:`~ContentFinder.that_clause`), a quotation next to the
cue's clause and the quotations that carry it on (:meth:`~ContentFinder.adjacent_quote`,
:meth:`~ContentFinder.continuation`), the head clause of an inserted 'he said'
(:meth:`~ContentFinder.inverted_content`), what follows a colon, an object or prepositional
object, and the clause an adverbial phrase ('according to X', 'in a poll') comments on. Which
frame a cue takes is decided by the rules (:mod:`.rules`) or the trained model (:mod:`.learned`).
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from spacy.tokens import Token

from ..model import Span
from ..text.nlp import Parsed
from .cues import cue_lexicon
from .details import channel_of
from .found import Found
from .passives import called_object, passive_object
from .quotes import QUOTE_TOKENS, Quote
from .reader import CLAUSAL, ParseReader

# Labels a 'that'-clause may hang below between it and its cue ('declared on X, formerly Twitter, that ...').
_THAT_PATH = frozenset({"pobj", "prep", "appos", "npadvmod", "advmod", "conj"})
_NOT_OPENING = re.compile(r"[^ “\"‘'`]")
# Prepositions that continue an object content ('lambasted X as Y', 'expressed openness to Y').
_OBJECT_PREPS = {"as", "of", "for", "over", "to", "about", "on", "against"}


class ContentFinder(ParseReader):
    """Content finders on the parse: each returns the character spans of one kind of content, or nothing."""

    def clause_extent(self, v: Token) -> tuple[int, int]:
        """Token range of the cue's own clause: the verb and its subject, adverbs and auxiliaries."""
        lo = hi = v.i
        for c in self.kids(v):
            if c.dep_ in CLAUSAL or c.dep_ in ("xcomp", "dobj", "conj", "cc", "advcl", "parataxis"):
                continue
            if c.is_punct:
                continue
            lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
        return lo, hi + 1

    def that_clause(self, v: Token) -> Token | None:
        """A 'that'-clause the parser hung below a channel phrase ('declared on X, formerly Twitter, that ...').

        The first 'that' (a mark) after ``v`` in ``v.subtree`` decides: its clause counts when the heads
        from the clause up to ``v`` are all prepositions, their objects, appositions or conjuncts. Both
        are looked up in tables made once per document (walking the subtree and the heads for every
        verb took O(n^2) in a long sentence); a subtree whose left or right part crosses ``v`` (a
        non-projective parse) is walked as before.
        """
        if self.p.crosses(v.i):
            return self._that_clause_walk(v)
        kids = self.p.children[v.i]
        # projective: the tokens after v in v.subtree are the subtrees of its right children, in order
        first = next((f for c in kids if c.i > v.i and (f := self._first_that[c.i]) >= 0), -1)
        if first < 0:
            return None
        clause = self.p.tokens[first].head
        if clause.i == v.i:
            return None
        depth = self.p.depth
        return clause if depth[self._that_path_stop[clause.head.i]] <= depth[v.i] else None

    def _that_clause_walk(self, v: Token) -> Token | None:
        for t in v.subtree:
            if t.i <= v.i or t.dep_ != "mark" or t.lower_ != "that":
                continue
            clause = t.head
            path = clause.head
            while path.i != v.i and path.dep_ in _THAT_PATH:
                path = path.head
            return clause if path.i == v.i and clause.i != v.i else None
        return None

    @cached_property
    def _first_that(self) -> list[int]:
        """For each token, the first 'that' mark of its subtree in ``Token.subtree`` order (-1: none)."""
        tokens, children, depth = self.p.tokens, self.p.children, self.p.depth
        first = [-1] * len(tokens)
        for i in sorted(range(len(tokens)), key=depth.__getitem__, reverse=True):  # children before heads
            t = tokens[i]
            own = i if t.dep_ == "mark" and t.lower_ == "that" else -1
            found = next((f for c in children[i] if c.i < i and (f := first[c.i]) >= 0), -1)
            if found < 0:
                found = own if own >= 0 else next((f for c in children[i] if c.i > i and (f := first[c.i]) >= 0), -1)
            first[i] = found
        return first

    @cached_property
    def _that_path_stop(self) -> list[int]:
        """For each token, the first token at or above it whose label ends a walk of :meth:`that_clause`."""
        tokens, heads = self.p.tokens, self.p.heads
        stop = [-1] * len(tokens)
        for i in sorted(range(len(tokens)), key=self.p.depth.__getitem__):  # heads before children
            stop[i] = stop[heads[i]] if heads[i] != i and tokens[i].dep_ in _THAT_PATH else i
        return stop

    def _starts_quote(self, clause: Token) -> bool:
        """Whether a clause begins at (or right after) a quotation mark."""
        start = clause.left_edge.i
        return self.doc[start].text in QUOTE_TOKENS or (start > 0 and self.doc[start - 1].text in QUOTE_TOKENS)

    def adjacent_quote(self, v: Token, extent: tuple[int, int]) -> list[Span] | None:
        """A quotation right before or after the cue's clause, not containing the cue."""
        start_char = self.p.token_start(extent[0])
        end_char = self.p.token_end(extent[1] - 1)
        if self.quote_around(start_char, end_char):
            return None
        sent = self.p.sentence(v.i)
        before = self.quote_ending_before(start_char)
        if before is not None and not self._same_statement(before, extent[0], sent.start):
            before = None
        after = self.quote_starting_after(end_char)
        clause_ends_sentence = v.right_edge.i >= sent.end - 2 and not any(
            c.i > v.i and c.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis") for c in self.kids(v))
        if before is not None:
            sent_start = self.p.token_start(sent.start)
            if before.start > self._words_from(sent_start):
                # 'Clinton would have to "go more to center," Cuban said': the clause is the content.
                spans = [(sent_start, before.end)]
            else:
                spans = list(before.spans)
            # "A," he said, "B." -- an interrupted quotation continues after the clause.
            if after is not None and self.text[end_char:after.start].strip() == "," and \
                    after.start < self.p.token_end(sent.end - 1) + 2:
                return spans + list(after.spans) + self.continuation(self.token_at(after.end - 1) + 1)
            return spans + (self.continuation(sent.end) if clause_ends_sentence else [])
        if after is not None and self.p.token_start(sent.start) <= start_char and \
                (v.tag_ in ("VBD", "VBZ", "VBP") or v.dep_ == "ROOT"):
            gap = self.text[end_char:after.start]
            if ":" in gap or "," in gap or v.i + 1 >= sent.end - 1 or self.doc[v.i + 1].text in QUOTE_TOKENS:
                return list(after.spans) + self.continuation(self.token_at(after.end - 1) + 1)
        return None

    def _words_from(self, char: int) -> int:
        """Offset of the first character at or after ``char`` that is not a space or an opening quotation
        mark (the length of the text when there is none), remembered: every cue of a sentence asks."""
        hit = self._words_at.get(char)
        if hit is None:
            m = _NOT_OPENING.search(self.text, char)
            hit = self._words_at[char] = m.start() if m else len(self.text)
        return hit

    @cached_property
    def _words_at(self) -> dict[int, int]:
        return {}

    def _same_statement(self, quote: Quote, clause_start: int, sent_start: int) -> bool:
        """Whether a quotation just before a cue clause is that clause's content.

        'He said no. "We won." Smith said ...' -- a quotation closed by a full stop (inside its marks or right
        after them: 'signed "in the dark".') before a new sentence that opens with a capitalised name belongs to
        the previous sentence.
        """
        if clause_start > sent_start:
            return True
        end = quote.end  # the quotation's last character before closing marks and spaces
        while end > quote.start and self.text[end - 1] in " \"”’'`":
            end -= 1
        closed = self.text[quote.end:quote.end + 1] == "."  # 'signed "in the dark". Choi rejected ...'
        if end == quote.start or (self.text[end - 1] != "." and not closed):
            return True
        first = self.doc[clause_start]
        return first.is_lower or first.lower_ in ("said", "says", "told", "added", "wrote")

    def continuation(self, i: int) -> list[Span]:
        """Quotations that carry on the same speaker's words after the cue's sentence.

        '"A," he said. "B. C."' -- quotations that follow in the same paragraph with nothing but
        spaces and sentence punctuation before them belong to the same statement. ``i`` is the
        first token after the cue's sentence (or clause).
        """
        if i <= 0 or i > len(self.doc):
            return []
        block = self.p.block_of(i - 1)
        block_end_char = self.p.token_end(self.p.blocks[block][1] - 1)
        return self.quote_index.run_from(self.p.token_end(i - 1), block_end_char)

    def clause_content(self, v: Token, ccomp: Token) -> list[Span]:
        """The subtree of a clausal complement; a quotation wrapping it wins when it is larger."""
        start, end = ccomp.left_edge.i, ccomp.right_edge.i + 1
        if start < v.i < end:  # the parser hung the cue inside its own complement
            start = v.i + 1
        spans = self.content_spans(start, end)
        if not spans:
            return []
        q = self.quote_around(*spans[0])
        if q is not None and len(q.spans) > 1:
            return list(q.spans)
        return spans

    def inverted_content(self, v: Token) -> list[Span]:
        """'The talks, he said, will go on': the head clause minus the cue's own subtree."""
        head = v.head
        sent = self.p.sentence(v.i)
        start, end = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
        cut_start, cut_end = v.left_edge.i, v.right_edge.i + 1
        spans = self.content_spans(start, cut_start) if cut_start > start else []
        if cut_end < end:
            spans += self.content_spans(cut_end, end)
        if spans and len(spans) == 1:
            q = self.quote_around(*spans[0])
            if q is not None:
                return list(q.spans)
        return spans

    def quote_after_colon(self, v: Token, content: list[Span]) -> list[Span]:
        """'X said the strike would go on:' followed by a quotation: the quotation belongs to it too."""
        sent = self.p.sentence(v.i)
        last = sent.end - 1
        if not content or self.doc[last].text != ":" or self.p.token_start(last) < content[-1][1]:
            return []
        q = self.quote_starting_after(self.p.token_end(last))
        return list(q.spans) if q is not None else []

    def ends_with_colon(self, v: Token) -> bool:
        """Whether the cue's clause, or the cue itself, is followed by a colon ('X said:')."""
        nxt = v.right_edge.i + 1
        return (nxt < len(self.doc) and self.doc[nxt].text == ":") or (
            v.i + 1 < len(self.doc) and self.doc[v.i + 1].text == ":")

    def after_colon(self, v: Token) -> list[Span]:
        """Content after 'X said:' -- the rest of the sentence, or the next paragraph."""
        colon = v.i + 1 if self.doc[v.i + 1].text == ":" else v.right_edge.i + 1
        sent = self.p.sentence(v.i)
        if colon + 1 < sent.end - 1:
            q = self.quote_starting_after(self.p.token_end(colon))
            if q is not None:
                return list(q.spans)
            return self.content_spans(colon + 1, sent.end)
        b = self.p.block_of(v.i)
        if b + 1 < len(self.p.blocks) and b + 1 not in self.skip and self.p.blocks[b][1] - 1 <= colon + 1:
            first, end, _ = self.p.blocks[b + 1]
            q = self.quote_starting_after(self.p.token_start(first))
            return list(q.spans) if q is not None else self.content_spans(first, end)
        return []

    def object_content(self, v: Token) -> list[Span]:
        """'denied any assertion of encirclement', 'lambasted X as Y', 'accused X of Y', 'called for X'."""
        obj = next((c for c in self.kids(v) if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None and v.dep_ == "relcl":
            # 'an account the ministry called "a lie"': the object is the noun the clause hangs on,
            # what it was called (the predicate after the verb) is what was said
            oprd = next((c for c in self.kids(v) if c.dep_ == "oprd" and c.i > v.i), None)
            named = oprd is not None and all(w.is_title or not w.is_alpha or w.lower_ in ("of", "de", "la", "el", "the")
                                             for w in self.doc[oprd.left_edge.i:oprd.right_edge.i + 1])
            if oprd is not None and not named:  # not 'whom supporters call "La Doctora"': a name, not a word said
                spans = self.content_spans(oprd.left_edge.i, oprd.right_edge.i + 1)
                q = self.quote_starting_after(self.p.token_start(v.i) + len(v.text))
                if spans and q is not None and q.start <= spans[0][0] and q.end >= spans[-1][1]:
                    return list(q.spans)  # the whole quotation, with the mark the parse hung elsewhere
                return spans
        if obj is None and (oprd := called_object(self.doc, self.kids, v)) is not None:
            return self.content_spans(oprd.left_edge.i, oprd.right_edge.i + 1)  # 'called X "propaganda ..."'
        if obj is None and (subj := passive_object(self.doc, self.kids, v)) is not None:
            return self.content_spans(subj.left_edge.i, subj.right_edge.i + 1)  # 'claims ... were disputed by X'
        if obj is None:
            prep = next((c for c in self.kids(v) if c.dep_ == "prep" and c.lower_ in ("for", "on", "of") and c.i > v.i
                         and any(g.dep_ == "pobj" for g in self.kids(c))), None)
            if prep is None:
                return []
            pobj = next(g for g in self.kids(prep) if g.dep_ == "pobj")
            return self.content_spans(pobj.left_edge.i, pobj.right_edge.i + 1)
        end = obj.right_edge.i + 1
        for c in self.kids(obj):
            # 'confirmed the agreement in a statement': the channel is not part of the content
            if c.dep_ == "prep" and c.i > obj.i and channel_of(self.doc[c.left_edge.i:c.right_edge.i + 1]):
                end = min(end, c.left_edge.i)
        for c in self.kids(v):
            if c.i > obj.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)
                                or c.dep_ == "xcomp"):
                end = max(end, c.right_edge.i + 1)
        if end - obj.left_edge.i < 2 and obj.pos_ == "PRON":
            return []
        return self.content_spans(obj.left_edge.i, end)

    def prep_content(self, v: Token, preps: frozenset[str]) -> list[Span]:
        """'referring to X', 'talked about X': the object of the cue's preposition."""
        for c in self.kids(v):
            if c.dep_ == "prep" and c.lower_ in preps and c.i > v.i:
                pobj = next((g for g in self.kids(c) if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    return self.content_spans(pobj.left_edge.i, pobj.right_edge.i + 1)
        return []

    def around_phrase(self, tok: Token, phrase_start: int, phrase_end: int) -> list[Span]:
        """The clause an adverbial phrase ('according to X', 'in a poll') comments on."""
        sent = self.p.sentence(tok.i)
        doc = self.doc
        if all(t.is_punct for t in doc[sent.start:phrase_start]):
            return self.content_spans(phrase_end, sent.end)
        if all(t.is_punct for t in doc[phrase_end:sent.end]):
            return self.content_spans(sent.start, phrase_start)
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        start = max(head.left_edge.i, sent.start)
        end = min(head.right_edge.i + 1, sent.end)
        if not start <= phrase_start < end:
            return self.content_spans(start, end)
        before = self.content_spans(start, phrase_start)
        if phrase_start - start >= 3:
            return before
        return before + self.content_spans(phrase_end, end)


_PRONOUNS = {"it", "he", "she", "they", "we", "i", "you"}


def cut_at_conjoined_cues(parsed: Parsed, found: list[Found]) -> None:
    """End each content before a coordinated reporting verb that starts a statement of its own (in place).

    'The union said it was shocked by the cuts and urged the company to redeploy staff': 'urged' shares
    the union as subject and reports its own content; 'The embassy denied it, and the ministry promised a
    response': 'promised' has a new speaker. A conjunct whose subject is a pronoun stays inside ('said it
    respected the result but it intended to appeal' reports both). A semicolon before another speaker's report ends
    the content too ('Tashkent says posts retaken; Dushanbe denies losing ground'). Quotations are never cut.
    """
    lexicon = cue_lexicon()
    tokens = parsed.tokens
    for f in found:
        if not f.content or not f.cue or f.kind == "direct":
            continue
        s, e = f.content[-1]
        first = bisect.bisect_left(parsed.starts, s)
        end = bisect.bisect_left(parsed.starts, e)
        semi = _semicolon_report(parsed, first, end, lexicon)
        if semi is not None and not _open_quote(parsed.text[s:parsed.token_start(semi)]):
            f.content = [*f.content[:-1], (s, parsed.token_start(semi))]
            continue
        for t in tokens[first:end]:
            if t.dep_ != "conj" or t.pos_ != "VERB" or (t.lemma_.lower(), "verb") not in lexicon or t.i in f.cue:
                continue
            subj = next((c for c in parsed.children[t.i] if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in _PRONOUNS:
                continue
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in parsed.children[t.i]):
                continue  # 'said it had offered a rise and that the union had refused ...': one report
            stop = t.left_edge.i if subj is None else min(t.left_edge.i, subj.left_edge.i)
            while stop > first and (tokens[stop - 1].dep_ in ("cc", "punct") or tokens[stop - 1].is_space):
                stop -= 1
            if stop <= first or parsed.token_end(stop - 1) <= s:
                break
            cut = parsed.token_end(stop - 1)
            if _open_quote(parsed.text[s:cut]):
                break  # a quotation runs on past the cut: leave the content whole
            f.content = [*f.content[:-1], (s, cut)]
            break


def _semicolon_report(parsed: Parsed, first: int, end: int, lexicon) -> int | None:
    """The first ';' in tokens ``[first, end)`` that a report of another speaker follows ('Tashkent says posts
    retaken; Dushanbe denies losing ground', '...; the commission rejected the charge'): the next clause's subject
    is no pronoun and its verb reports speech. The parse often hangs that verb above the first clause, so the
    clause is found by its words, not by its dependency."""
    tokens = parsed.tokens
    for t in tokens[first:end - 2]:
        if t.text != ";":
            continue
        subj = next((w for w in tokens[t.i + 1:min(end, t.i + 8)] if w.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.left_edge.i != t.i + 1 or subj.lower_ in _PRONOUNS:
            continue
        v = subj.head
        if v.i > subj.i and v.i < end and v.pos_ == "VERB" and (v.lemma_.lower(), "verb") in lexicon:
            return t.i
    return None


def _open_quote(text: str) -> bool:
    """Whether a double quotation opened in ``text`` is still open at its end."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
