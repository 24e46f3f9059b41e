"""Finding attributions (source, cue, content) in a parsed document, by rules over the parse.

Peers (textacy's ``direct_quotations``, the GenderGapTracker extractor) look for quotation marks
and a handful of verbs; most of what news attributes is indirect speech, claims and denials
without quotation marks. This module reads the dependency parse instead:

* quotations are paired at the character level, across sentences and paragraphs;
* a cue is a reporting verb or noun of ``data/cues.tsv`` (or "according to", or a headline
  colon) whose content is a clause, a quotation next to it, an object or an infinitive, as the
  lexicon allows for that word;
* the source is the grammatical subject (followed through coordination, participles and
  relative clauses), the agent of a passive, the object of "according to", or the possessor of a
  nominal cue.

The result is a list of :class:`Found` records holding token ranges and character spans; speaker
resolution (pronouns, titles, name variants) happens in :mod:`reportedly.attribution.speakers`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Token

from ..model import Span, StatementKind
from ..text.lexicons import OBJECT_CONTROL
from ..text.nlp import Parsed
from .cues import DISPUTING, CueEntry, cue_lexicon
from .details import channel_of, fill_details
from .found import Found
from .quotes import QUOTE_TOKENS, Quote, QuoteIndex, find_quotes

_SUBJECTS = {"nsubj", "csubj"}
_CLAUSAL = {"ccomp", "csubj"}
_RELATIVE = {"who", "that", "which", "whom"}
_MODALS = {"must", "should", "could", "might", "may", "can", "ought"}
# Prepositions that continue an object content ('lambasted X as Y', 'expressed openness to Y').
_OBJECT_PREPS = {"as", "of", "for", "over", "to", "about", "on", "against"}
_SURVEYS = {"poll", "survey", "study", "report", "analysis", "research", "count", "tally", "census", "data"}
# Words that open a paragraph with a colon without being a speaker ('Update: ...').
_NOT_SPEAKERS = {"update", "note", "editor", "correction", "related", "watch", "read", "see", "photo", "video",
                 "warning", "breaking", "exclusive", "analysis", "opinion", "transcript", "source", "sources",
                 "abstract", "summary", "background", "context", "full", "text", "here", "why", "what", "how"}


# ---------------------------------------------------------------------------------------------
# the extractor


class Extractor:
    """Rule-based attribution finder over one :class:`~reportedly.text.nlp.Parsed` document."""

    def __init__(self, parsed: Parsed, *, skip_blocks: set[int] | frozenset[int] = frozenset()) -> None:
        self.p = parsed
        self.doc = parsed.doc
        self.text = parsed.text
        self.lexicon = cue_lexicon()
        self.skip = skip_blocks
        kept = [(b, s) for b, s in enumerate(self._block_spans()) if b not in skip_blocks]
        self.block_spans = [s for _, s in kept]
        self.quote_index = QuoteIndex(self.text, find_quotes(self.text, self.block_spans))

    def _block_spans(self) -> list[Span]:
        out = []
        for first, end, _ in self.p.blocks:
            out.append(self.p.char_span(first, end) if end > first else (0, 0))
        return out

    # -- helpers on characters and tokens ----------------------------------------------------

    def span_of(self, start: int, end: int) -> Span:
        return self.p.char_span(start, end)

    def token_at(self, char: int) -> int:
        """Index of the token that starts at or before ``char``."""
        return max(0, bisect.bisect_right(self.p.starts, char) - 1)

    def quote_around(self, start: int, end: int) -> Quote | None:
        """The quotation that contains the characters ``[start, end)``, if any."""
        return self.quote_index.around(start, end)

    def quote_ending_before(self, char: int) -> Quote | None:
        """A quotation that closes right before ``char`` (only spaces and , . — between)."""
        return self.quote_index.ending_before(char)

    def quote_starting_after(self, char: int) -> Quote | None:
        """A quotation that opens right after ``char`` (only spaces and , : between)."""
        return self.quote_index.starting_after(char)

    def content_spans(self, start: int, end: int) -> list[Span]:
        """Character span of tokens ``[start, end)``, trimmed of edge punctuation outside quotes."""
        doc = self.doc
        while start < end and doc[start].is_punct and doc[start].text not in QUOTE_TOKENS and doc[start].text != "(":
            start += 1
        while end > start and doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_TOKENS | {")", "?", "!"}:
            end -= 1
        if end <= start:
            return []
        return [self.span_of(start, end)]

    # -- the main loop ---------------------------------------------------------------------------

    def tokens(self) -> Iterator[Token]:
        """The tokens of the paragraphs that are not skipped (captions), in order."""
        doc = self.doc
        for b, (first, end, _) in enumerate(self.p.blocks):
            if b not in self.skip:
                yield from doc[first:end]

    def run(self, exclude: set[int] | frozenset[int] = frozenset()) -> list[Found]:
        """All attributions in the document, in text order (none whose cue head is in ``exclude``)."""
        found: list[Found] = []
        doc = self.doc
        for tok in self.tokens():
            i = tok.i
            if i in exclude:
                continue
            f = None
            if tok.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
                f = self.according_to(tok)
            elif tok.pos_ in ("VERB", "AUX"):
                entry = self.lexicon.get((tok.lemma_.lower(), "verb"))
                if entry is not None:
                    f = self.verb_cue(tok, entry)
            elif tok.pos_ == "NOUN":
                entry = self.lexicon.get((tok.lemma_.lower(), "noun"))
                if entry is not None:
                    f = self.noun_cue(tok, entry)
            elif tok.text == ":":
                f = self.colon_cue(tok)
            elif tok.lower_ == "in" and tok.dep_ == "prep":
                f = self.in_survey(tok)
            if f is not None and f.content and not self.quote_around(*self.p.token_span(tok)):
                # Words inside a quotation are the speaker's, not the outlet's attributions.
                found.append(self.finish(f))
        return self._dedupe(found)

    def finish(self, f: Found) -> Found:
        f.cue_spans = self._merge([self.span_of(i, i + 1) for i in sorted(f.cue)])
        f.kind = self.kind_of(f.content)
        head = self.doc[f.head]
        if head.pos_ in ("VERB", "AUX"):
            fill_details(self.p, f, head)
        return f

    def _merge(self, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s, e in spans:
            if out and not self.text[out[-1][1]:s].strip():
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        return out

    def _dedupe(self, found: list[Found]) -> list[Found]:
        """One attribution per cue head; drop a content that merely repeats its cue's clause."""
        seen: dict[int, Found] = {}
        for f in found:
            if f.head not in seen:
                seen[f.head] = f
        return sorted(seen.values(), key=lambda f: (f.content[0][0], f.head))

    def kind_of(self, content: list[Span]) -> StatementKind:
        """direct when the content is one quotation, mixed when it holds one, indirect otherwise."""
        return self.quote_index.kind_of(content)

    # -- cue words -------------------------------------------------------------------------------

    def cue_tokens(self, v: Token) -> list[int]:
        """The cue head with its auxiliaries, negation and particles."""
        out = [v.i]
        for c in v.children:
            if c.dep_ in ("aux", "auxpass", "neg", "prt") and abs(c.i - v.i) <= 4:
                out.append(c.i)
        return out

    def verb_cue(self, v: Token, entry: CueEntry) -> Found | None:
        """A reporting verb: find its content by the frames the lexicon allows, then its source."""
        frames = entry.frames
        content: list[Span] = []
        frame = ""
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
            return None  # 'Russia must demonstrate ...' is a demand on someone, not a report of speech
        clause_tokens = self.clause_extent(v)
        if "clause" in frames:
            ccomp = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None) or self.that_clause(v)
            quote = self.adjacent_quote(v, clause_tokens)
            if ccomp is not None and (quote is None or not self._starts_quote(ccomp)):
                content, frame = self.clause_content(v, ccomp), "clause"
            elif quote is not None:
                content, frame = quote, "quote"
            else:
                ccomp = next((c for c in v.children if c.dep_ == "ccomp"), None)
                if ccomp is not None:
                    content, frame = self.clause_content(v, ccomp), "clause"
                elif self.has_subject(v) and (v.dep_ == "parataxis" or (v.dep_ == "ccomp" and v.head.i < v.i)):
                    content, frame = self.inverted_content(v), "parataxis"
                elif self.ends_with_colon(v):
                    content, frame = self.after_colon(v), "colon"
        if frame == "clause":
            content = content + self.quote_after_colon(v, content)
        if not content and "xcomp" in frames:
            xcomp = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i), None)
            if xcomp is not None and xcomp.pos_ in ("VERB", "AUX") and \
                    any(c.dep_ == "auxpass" for c in v.children) and self.has_subject(v):
                # 'X is expected to lead': a passive with no agent is sourceless, X belongs to the content
                return self.raising(v, entry, subject_deps={"nsubjpass"})
            if xcomp is not None and xcomp.pos_ in ("VERB", "AUX"):
                obj = next((c for c in v.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
                start = (obj or xcomp).left_edge.i
                content, frame = self.content_spans(start, xcomp.right_edge.i + 1), "xcomp"
        if not content and "object" in frames:
            content, frame = self.object_content(v), "object"
        if not content and entry.preps:
            content, frame = self.prep_content(v, entry.preps), "prep"
        if not content and "raising" in frames:
            return self.raising(v, entry)
        if not content:
            return None
        f = Found(cue=self.cue_tokens(v), content=content, frame=frame, cls=entry.cls)
        if frame == "prep":
            f.cue += [c.i for c in v.children if c.dep_ == "prep" and c.lower_ in entry.preps][:1]
        if not (v.tag_ == "VBN" and v.dep_ in ("advcl", "acl", "ROOT") and not self.has_subject(v)):
            self.attach_source(f, v)  # 'Asked about it, ...': a bare participle names no source
        return f

    def prep_content(self, v: Token, preps: frozenset[str]) -> list[Span]:
        """'referring to X', 'talked about X': the object of the cue's preposition."""
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > v.i:
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    return self.content_spans(pobj.left_edge.i, pobj.right_edge.i + 1)
        return []

    def raising(self, v: Token, entry: CueEntry, subject_deps: set[str] = _SUBJECTS) -> Found | None:
        """'X appeared to show callousness': an evidential with no source; content is X + the infinitive."""
        xcomp = next((c for c in v.children if c.dep_ == "xcomp" and c.i > v.i), None)
        subj = next((c for c in v.children if c.dep_ in subject_deps), None)
        if xcomp is None or subj is None or subj.lower_ in ("it", "there"):
            return None
        content = self.content_spans(subj.left_edge.i, subj.right_edge.i + 1) + \
            self.content_spans(xcomp.left_edge.i, xcomp.right_edge.i + 1)
        if len(content) < 2:
            return None
        return Found(cue=self.cue_tokens(v), content=content, frame="raising", cls=entry.cls)

    def _starts_quote(self, clause: Token) -> bool:
        """Whether a clause begins at (or right after) a quotation mark."""
        start = clause.left_edge.i
        return self.doc[start].text in QUOTE_TOKENS or (start > 0 and self.doc[start - 1].text in QUOTE_TOKENS)

    def that_clause(self, v: Token) -> Token | None:
        """A 'that'-clause the parser hung below a channel phrase ('declared on X, formerly Twitter, that ...')."""
        for t in v.subtree:
            if t.i <= v.i or t.dep_ != "mark" or t.lower_ != "that":
                continue
            clause = t.head
            path = clause.head
            while path.i != v.i and path.dep_ in ("pobj", "prep", "appos", "npadvmod", "advmod", "conj"):
                path = path.head
            return clause if path.i == v.i and clause.i != v.i else None
        return None

    def has_subject(self, v: Token) -> bool:
        return any(c.dep_ in _SUBJECTS or c.dep_ == "nsubjpass" for c in v.children)

    def clause_extent(self, v: Token) -> tuple[int, int]:
        """Token range of the cue's own clause: the verb and its subject, adverbs and auxiliaries."""
        lo = hi = v.i
        for c in v.children:
            if c.dep_ in _CLAUSAL or c.dep_ in ("xcomp", "dobj", "conj", "cc", "advcl", "parataxis"):
                continue
            if c.is_punct:
                continue
            lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
        return lo, hi + 1

    def adjacent_quote(self, v: Token, extent: tuple[int, int]) -> list[Span] | None:
        """A quotation right before or after the cue's clause, not containing the cue."""
        start_char = self.p.token_start(extent[0])
        end_char = self.p.token_end(extent[1] - 1)
        if self.quote_around(start_char, end_char):
            return None
        sent = v.sent
        before = self.quote_ending_before(start_char)
        if before is not None and not self._same_statement(before, extent[0], sent.start):
            before = None
        after = self.quote_starting_after(end_char)
        clause_ends_sentence = v.right_edge.i >= sent.end - 2 and not any(
            c.i > v.i and c.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis") for c in v.children)
        if before is not None:
            sent_start = self.p.token_start(sent.start)
            if before.start > sent_start and self.text[sent_start:before.start].strip(" “\"‘'`"):
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

    def _same_statement(self, quote: Quote, clause_start: int, sent_start: int) -> bool:
        """Whether a quotation just before a cue clause is that clause's content.

        'He said no. "We won." Smith said ...' -- a quotation closed by a full stop before a new
        sentence that opens with a capitalised name belongs to the previous sentence.
        """
        inner = self.text[quote.start:quote.end].rstrip(" \"”’'`")
        if clause_start > sent_start or not inner.endswith("."):
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
        sent = v.sent
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
        sent = v.sent
        last = sent.end - 1
        if not content or self.doc[last].text != ":" or self.p.token_start(last) < content[-1][1]:
            return []
        q = self.quote_starting_after(self.p.token_end(last))
        return list(q.spans) if q is not None else []

    def ends_with_colon(self, v: Token) -> bool:
        nxt = v.right_edge.i + 1
        return (nxt < len(self.doc) and self.doc[nxt].text == ":") or (
            v.i + 1 < len(self.doc) and self.doc[v.i + 1].text == ":")

    def after_colon(self, v: Token) -> list[Span]:
        """Content after 'X said:' -- the rest of the sentence, or the next paragraph."""
        colon = v.i + 1 if self.doc[v.i + 1].text == ":" else v.right_edge.i + 1
        sent = v.sent
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
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None:
            prep = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "of") and c.i > v.i
                         and any(g.dep_ == "pobj" for g in c.children)), None)
            if prep is None:
                return []
            pobj = next(g for g in prep.children if g.dep_ == "pobj")
            return self.content_spans(pobj.left_edge.i, pobj.right_edge.i + 1)
        end = obj.right_edge.i + 1
        for c in obj.children:
            # 'confirmed the agreement in a statement': the channel is not part of the content
            if c.dep_ == "prep" and c.i > obj.i and channel_of(self.doc[c.left_edge.i:c.right_edge.i + 1]):
                end = min(end, c.left_edge.i)
        for c in v.children:
            if c.i > obj.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)
                                or c.dep_ == "xcomp"):
                end = max(end, c.right_edge.i + 1)
        if end - obj.left_edge.i < 2 and obj.pos_ == "PRON":
            return []
        return self.content_spans(obj.left_edge.i, end)

    def noun_cue(self, n: Token, entry: CueEntry) -> Found | None:
        """'Russia's claim that ...', 'the assertion that ...': a reporting noun with a clause."""
        clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp", "appos") and c.i > n.i
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None:
            clause = next((c for c in n.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VBG"
                           and self.lexicon.get((c.lemma_.lower(), "verb")) is not None), None)
            if clause is None:
                return None
            inner = next((c for c in clause.children if c.dep_ in _CLAUSAL), None)
            if inner is None:
                return None
            clause = inner
        content = self.content_spans(clause.left_edge.i, clause.right_edge.i + 1)
        if not content:
            return None
        f = Found(cue=[n.i], content=content, frame="nominal", cls=entry.cls)
        poss = next((c for c in n.children if c.dep_ == "poss"), None)
        by = next((g for c in n.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                   for g in c.children if g.dep_ == "pobj"), None)
        owner = poss or by
        verb = self.governing_verb(n)
        if owner is None and verb is not None and not self.disputes(verb):  # not 'X denied the claim that ...'
            owner = self.controller(n) or self.subject_of(verb)[0]
        if owner is not None:
            f.source = self.np_range(owner, exclude=n)
            f.source_head = owner.i
        return f

    def according_to(self, tok: Token) -> Found | None:
        """'according to X': X is the source, the clause it hangs on is the content."""
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) or next(
            (c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        content = self.around_phrase(tok, tok.i, max(pobj.right_edge.i, to.i) + 1)
        if not content:
            return None
        f = Found(cue=[tok.i, to.i], content=content, frame="according", cls="report")
        f.source = self.np_range(pobj)
        f.source_head = pobj.i
        return f

    def around_phrase(self, tok: Token, phrase_start: int, phrase_end: int) -> list[Span]:
        """The clause an adverbial phrase ('according to X', 'in a poll') comments on."""
        sent = tok.sent
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

    def in_survey(self, prep: Token) -> Found | None:
        """'Clinton leads by 8 points in the latest poll': the poll is the source, 'in' the cue."""
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in _SURVEYS:
            return None
        verb = prep.head
        if verb.pos_ in ("VERB", "AUX") and self.lexicon.get((verb.lemma_.lower(), "verb")) is not None:
            return None  # 'said in a statement': the verb is the cue, the phrase its channel
        content = self.around_phrase(prep, prep.i, pobj.right_edge.i + 1)
        if not content:
            return None
        f = Found(cue=[prep.i], content=content, frame="survey", cls="report")
        f.source = self.np_range(pobj)
        f.source_head = pobj.i
        return f

    def colon_cue(self, colon: Token) -> Found | None:
        """'Starmer: Putin must come to the table', 'Q: ...', 'FALLIN: Well, I think ...'.

        A paragraph that opens with a short name (or a transcript label) and a colon: the name is
        the source, the rest of the paragraph the content.
        """
        first, end, _ = self.p.blocks[self.p.block_of(colon.i)]
        before = self.doc[first:colon.i]
        if not (1 <= len(before) <= 5) or end - colon.i < 4:
            return None
        if not all(t.pos_ == "PROPN" or t.text in (".", "’s", "'s") or ((t.is_title or t.is_upper) and t.is_alpha)
                   for t in before):
            return None
        if any(t.lower_ in _NOT_SPEAKERS for t in before):
            return None
        content = self.content_spans(colon.i + 1, end)
        if not content:
            return None
        q = self.quote_starting_after(self.p.token_end(colon.i))
        if q is not None and q.end >= content[-1][1] - 1:
            content = list(q.spans)
        f = Found(cue=[colon.i], content=content, frame="colon", cls="speech")
        f.source = (before.start, before.end)
        f.source_head = before[-1].i
        return f

    # -- sources -----------------------------------------------------------------------------------

    def subject_of(self, v: Token) -> tuple[Token | None, bool]:
        """The subject of ``v`` and whether it is passive, following conj/xcomp/advcl/relcl upwards."""
        for _ in range(6):
            for c in v.children:
                if c.dep_ in _SUBJECTS:
                    if c.lower_ in _RELATIVE and v.dep_ == "relcl":
                        return v.head, False
                    return c, False
                if c.dep_ == "nsubjpass":
                    return c, True
            if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
                v = v.head
                continue
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head, False
            if v.dep_ == "relcl":
                return v.head, False
            break
        return None, False

    @staticmethod
    def governing_verb(n: Token) -> Token | None:
        """The verb a nominal cue is the object of ('made the claim', 'denied any assertion of'), if any."""
        if n.dep_ not in ("dobj", "pobj"):
            return None
        verb = n.head if n.dep_ == "dobj" else n.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def disputes(self, verb: Token) -> bool:
        """Whether ``verb`` disputes its object ('denied any claim of ...'): the claim is then not its subject's."""
        entry = self.lexicon.get((verb.lemma_.lower(), "verb"))
        return (entry is not None and entry.cls == "denial") or verb.lemma_.lower() in DISPUTING

    def controller(self, t: Token) -> Token | None:
        """The object that does what cue ``t`` (or the verb governing a nominal cue) says, when the
        subject reached is that of an object-control verb: 'Paris urged Moscow to stop claiming ...'."""
        v: Token | None = self.governing_verb(t) if t.pos_ == "NOUN" else t
        if v is None:
            return None
        for _ in range(6):
            if any(c.dep_ in _SUBJECTS | {"nsubjpass"} for c in v.children):
                return None
            if v.dep_ == "xcomp" and v.head.lemma_.lower() in OBJECT_CONTROL:
                obj = next((c for c in v.head.children if c.dep_ in ("dobj", "dative") and c.i < v.i), None)
                if obj is not None:
                    return obj
            if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
                return None
            v = v.head
        return None

    def attach_source(self, f: Found, v: Token) -> None:
        rel = self.relative_subject(v)
        if rel is not None:
            # 'Rubio, who said ...': the relative pronoun is the source phrase, its noun the speaker.
            f.source, f.source_head = (rel.i, rel.i + 1), rel.head.head.i
            return
        subj, passive = self.subject_of(v)
        subj = self.controller(v) or subj
        if passive:
            agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            subj = agent
        if subj is None or subj.pos_ == "VERB" or (subj.lower_ == "it" and v.lemma_ in ("seem", "appear")):
            return
        f.source = self.np_range(subj, exclude=v)
        f.source_head = subj.i

    def relative_subject(self, v: Token) -> Token | None:
        """The relative pronoun subject of ``v`` (or of the verb it is coordinated with), if any."""
        for _ in range(3):
            rel = next((c for c in v.children if c.dep_ in _SUBJECTS and c.lower_ in _RELATIVE), None)
            if rel is not None:
                return rel if v.dep_ == "relcl" else None
            if any(c.dep_ in _SUBJECTS or c.dep_ == "nsubjpass" for c in v.children) or v.dep_ != "conj":
                return None
            v = v.head
        return None

    def np_range(self, head: Token, exclude: Token | None = None) -> tuple[int, int]:
        """Token range of the noun phrase headed by ``head``, without relative clauses or the cue."""
        start, end = head.left_edge.i, head.right_edge.i + 1
        for c in head.children:
            if c.dep_ in ("relcl", "acl") and c.i > head.i:
                end = min(end, c.left_edge.i)
        if exclude is not None and start <= exclude.i < end:
            if exclude.i > head.i:
                end = exclude.i
            else:
                start = exclude.i + 1
        doc = self.doc
        while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "case")):
            end -= 1
        while start < end - 1 and doc[start].is_punct:
            start += 1
        return start, end


def extract(parsed: Parsed, *, skip_blocks: set[int] | frozenset[int] = frozenset()) -> list[Found]:
    """Rule-based attributions of a parsed document (see :class:`Extractor`)."""
    return Extractor(parsed, skip_blocks=skip_blocks).run()
