"""Where a statement's content starts and ends, and one statement per content: corrections after extraction.

A content runs to the closing quotation mark or to the end of its clause. The extractors read it from
the parse, and the parse errs in known ways; this module corrects the findings in place:

* a trailing participle that reports speech of its own ('said the offer was too low, adding that ...',
  '..., noting that ...') ends the content before it, and the participle's statement takes the speaker
  of the cue it hangs on (not the nearest noun: 'the offer');
* the addressee of 'told', 'assured', 'warned' ... is not part of what was said ('told Reuters the plan
  would go ahead', 'told the meeting: "..."');
* a content the parse runs from inside a quotation over its own source ('"... does," the IEC chief, Judge X,
  told reporters') is the quotation, and so is a content the parse took from the last sentence of a quotation
  that closes right before its source or cue ('"A. B," Sandberg wrote': A and B);
* a content that opens a quotation runs to its closing mark ('told the meeting: "We are not closing. We
  are trying ..."' is cut at the first full stop by the sentence splitter);
* a content that runs over a contrasting clause with a speaker and a cue of its own ('said it downed three
  drones, while Sylvania denied any role') ends before the comma: the second clause is the other statement;
* the day a statement was made, between the cue and what was said ('said on Friday it had towed ...', AP's
  'said Thursday its tests were clean'), is not part of the content, unless it is the reported clause's subject
  ('said Thursday was the deadline');
* 'TASS quoted Peskov as saying that ...', 'Peskov was quoted (by TASS) as saying ...': one statement, Peskov's,
  with the words after 'saying' (or the quotation before) as its content and the agency as its channel;
* 'The landlord is said to have ignored ...': with no agent, the subject is part of what is said;
* 'X said Y, according to state broadcaster SRT' (or 'a statement', 'a transcript'): the medium relays X's
  statement and says nothing of its own; it becomes that statement's channel;
* one statement per content: a second finding with the same content, a claim nested as the object of
  the cue that disputes it ('denied reports that ...': the reports are not a second statement), and an
  infinitive cue inside its governing cue ('declined to say how ...') are dropped.

In: a :class:`~reportedly.text.nlp.Parsed` document and the :class:`~.found.Found` records of an
extractor, in text order. Out: the same records, corrected (:func:`correct`).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ..model import Span
from ..text.nlp import Parsed
from .details import channel_of
from .found import Found, cue_spans
from .quotes import QuoteIndex, find_quotes

ADDRESSING = frozenset({"tell", "inform", "assure", "reassure", "remind", "brief", "notify"})
"""Cue verbs whose first object is the person or body addressed ('told Reuters ...', 'assured fans ...')."""
REPORTER_REACH = 200
"""Tokens either side of a cue within which the cue of the one reporting it is looked for (``reporter_inside``)."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CONNECTORS = frozenset({",", ";", "—", "–", "-", "and", "but", "while"})
_DAY = re.compile(
    r"(?:(?:late|early|earlier|later) )?(?:on )?(?:(?:last|this|next) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|tonight)(?: (?:morning|afternoon|evening|night))?,? (?=\S)")
"""The day a statement was made, written right after its cue ('said on Friday', 'said late Tuesday')."""
_QUOTED_SAYING = frozenset({"say", "tell", "state", "add", "warn", "claim", "insist", "describe"})
"""The verbs of 'quoted X as saying ...'."""
_CONTRAST = frozenset({"while", "whereas", "but", "although", "though", "yet"})


def correct(parsed: Parsed, found: list[Found], skip_blocks: set[int] | frozenset[int] = frozenset()) -> list[Found]:
    """``found`` with the corrections of the module docstring (the records are changed in place; some are dropped)."""
    if not found:
        return found
    fixer = _Fixer(parsed, found, skip_blocks)
    found = fixer.quoted_as_saying()
    fixer.participles()
    for f in found:
        fixer.addressee(f)
        fixer.passive_subject(f)
        fixer.to_quote_end(f)
        fixer.source_after_quote(f)
        fixer.whole_quote(f)
        fixer.whole_clause(f)
        fixer.own_modifiers(f)
        fixer.reporter_inside(f)
    for f in found:
        fixer.before_other_speaker(f)
        fixer.day_of_saying(f)
    found = fixer.relayed()
    taken = sorted((s, e) for f in found for s, e in f.content)
    for f in found:
        fixer.quote_goes_on(f, taken)
    return one_per_content(parsed, found)


class _Fixer:
    def __init__(self, p: Parsed, found: list[Found], skip_blocks: set[int] | frozenset[int]) -> None:
        self.p = p
        self.found = found
        self.by_head = {f.head: f for f in found if f.cue}
        self.cue_heads = sorted((f.head, k) for k, f in enumerate(found) if f.cue)
        blocks = [p.char_span(first, end) for b, (first, end, _) in enumerate(p.blocks)
                  if b not in skip_blocks and end > first]
        self.quotes = QuoteIndex(p.text, find_quotes(p.text, blocks))

    def tokens_of(self, spans: list[Span]) -> tuple[int, int]:
        """Token range ``[first, end)`` covered by character spans."""
        starts = self.p.starts
        return bisect.bisect_left(starts, spans[0][0]), bisect.bisect_left(starts, spans[-1][1])

    def quoted_as_saying(self) -> list[Found]:
        """'TASS quoted Peskov as saying that X' and 'Peskov was quoted by TASS as saying X': the one quoted is the
        source of X, the one quoting is the channel, and the finding on 'quoted' goes."""
        doc, kids = self.p.doc, self.p.children
        drop: list[Found] = []
        verbs: dict[int, Found] = {}
        for f in self.found:  # the finding on 'quoted', else the one on 'saying'
            t = doc[f.head] if f.cue else None
            if t is not None and t.dep_ == "pcomp" and t.head.lower_ == "as":
                t = t.head.head
            if t is not None and t.pos_ == "VERB" and t.lemma_.lower() == "quote" and (
                    t.i == f.head or t.i not in verbs):
                verbs[t.i] = f
        for vi, f in verbs.items():
            v = doc[vi]
            as_ = next((c for c in kids[v.i] if c.dep_ == "prep" and c.lower_ == "as"), None)
            say = next((g for g in kids[as_.i] if g.dep_ == "pcomp" and g.lemma_.lower() in _QUOTED_SAYING),
                       None) if as_ is not None else None
            passive = any(c.dep_ == "auxpass" for c in kids[v.i])
            who = next((c for c in kids[v.i] if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
            if say is None or who is None:
                continue
            medium = next((c for c in kids[v.i] if c.dep_ == "nsubj"), None) if not passive else next(
                (g for c in [*kids[v.i], *kids[say.i]] if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                 for g in kids[c.i] if g.dep_ == "pobj"), None)
            said = next((g for g in self.found if g.cue and g.head == say.i), None)
            if said is f:
                said = None
            target = said or f
            if said is None:
                what = next((c for c in kids[say.i] if c.dep_ in ("ccomp", "xcomp")), None) or next(
                    (c for c in kids[v.i] if c.dep_ == "ccomp" and c.i < who.i), None)
                if what is None:
                    continue
                span = (self.p.token_start(what.left_edge.i), self.p.token_end(what.right_edge.i))
                quote = self.quotes.around(span[0], span[1]) if what.i < v.i else None
                f.content = list(quote.spans) if quote is not None else [span]
            else:
                drop.append(f)
            target.source, target.source_head = (who.left_edge.i, who.right_edge.i + 1), who.i
            target.cue = [say.i, v.i, as_.i]
            target.cue_spans = cue_spans(self.p, target.cue)
            target.kind = self.quotes.kind_of(target.content)
            if medium is not None:
                target.channel = ("media", medium.left_edge.i, medium.right_edge.i + 1, None)
        self.found = [f for f in self.found if not any(f is d for d in drop)]
        self.by_head = {f.head: f for f in self.found if f.cue}
        self.cue_heads = sorted((f.head, k) for k, f in enumerate(self.found) if f.cue)
        return self.found

    def participles(self) -> None:
        """'said X, adding that Y': X ends before ', adding', and 'adding' speaks for the subject of 'said'."""
        doc, kids = self.p.doc, self.p.children
        for v_head, f in self.by_head.items():
            v = doc[v_head]
            if v.pos_ not in ("VERB", "AUX") or not (v.dep_ == "conj" or (v.dep_ == "advcl" and v.tag_ == "VBG")) or \
                    any(c.dep_ in _SUBJECTS for c in kids[v.i]):
                continue
            g = self._governing(v)
            if g is None or g is f:
                continue
            if g.source is not None and (f.source is None or not _same_clause_subject(doc, f, v)):
                f.source, f.source_head = g.source, g.source_head
            if g.kind == "direct":
                continue
            cut = v.left_edge.i
            while cut > 0 and (doc[cut - 1].text in _CONNECTORS or doc[cut - 1].is_space):
                cut -= 1
            at = self.p.token_end(cut - 1) if cut > 0 else 0
            s, e = g.content[-1]
            if s < at < e and not self.quotes.around(at - 1, at + 1) and self.p.token_start(v.i) < e:
                g.content = [*g.content[:-1], (s, at)]
            self._cut_nested(g, f, at)

    def _cut_nested(self, g: Found, f: Found, at: int) -> None:
        """'rejected Ethiopian claims that civilians were killed, calling them baseless': the participle is the
        rejecter's, so a claim reported inside ``g``'s content that runs past ``at`` ends there too."""
        lo, hi = g.content[0][0], g.content[-1][1]
        for h in self.found:
            if h is g or h is f or not h.cue or not h.content or h.kind == "direct":
                continue
            hs, he = h.content[-1]
            if lo <= self.p.token_start(h.head) < hi and hs < at < he and not self.quotes.around(at - 1, at + 1):
                h.content = [*h.content[:-1], (hs, at)]

    def _governing(self, v: Token) -> Found | None:
        """The finding whose cue ``v`` hangs on, directly or inside that finding's content."""
        h = v.head
        if h.i in self.by_head:
            return self.by_head[h.i]
        at = self.p.token_start(h.i)
        for g in self.found:
            if g.cue and g.content[0][0] <= at < g.content[-1][1] and g.head < v.i:
                return g
        return None

    def addressee(self, f: Found) -> None:
        """'told Reuters the plan would go ahead': the content starts after the addressee."""
        if not f.cue or f.kind == "direct":
            return
        v = self.p.doc[f.head]
        if v.lemma_.lower() not in ADDRESSING:
            return
        s, e = f.content[0]
        obj = next((c for c in self.p.children[v.i] if c.dep_ in ("dobj", "dative", "iobj") and c.i > v.i), None)
        if obj is None or self.p.token_start(obj.left_edge.i) != s:
            return
        nxt = obj.right_edge.i + 1
        doc = self.p.doc
        for c in self.p.children[obj.i]:
            # 'told a weekly briefing that no civilian had been harmed': the parse reads a relative clause, but one
            # with a subject of its own after 'that' is what was told
            if c.dep_ == "relcl" and c.i > obj.i and c.left_edge.lower_ == "that" and any(
                    g.dep_ in _SUBJECTS and g.lower_ != "that" for g in self.p.children[c.i]):
                nxt = c.left_edge.i
                break
        while nxt < len(doc) and doc[nxt].text in (":", ",", "—"):
            nxt += 1
        if nxt >= len(doc):
            return
        start = self.p.token_start(nxt)
        rest = next((c for c in self.p.children[v.i] if c.i > obj.i and c.dep_ in ("ccomp", "parataxis")), None)
        opens = doc[nxt].lower_ == "that" or (rest is not None and rest.left_edge.i == nxt) or \
            self.quotes.around(start, start + 1) is not None
        if opens and start < e and len(self.p.text[start:e].split()) >= 2:
            f.content = [(start, e), *f.content[1:]]
            f.kind = self.quotes.kind_of(f.content)

    def whole_clause(self, f: Found) -> None:
        """'said his client was ashamed and had sought help', 'said it respected the result but it intended to
        appeal', 'told reporters 30 homes had been destroyed, though crews had not reached ...': a content cut
        inside its reported clause runs on to the clause's end (not into another statement or a new speaker's)."""
        if not f.cue or f.kind == "direct" or self.p.doc[f.head].pos_ not in ("VERB", "AUX"):
            return
        p, doc = self.p, self.p.doc
        s, e = f.content[-1]
        root = next((c for c in p.children[f.head] if c.dep_ == "ccomp" and c.i > f.head
                     and s <= p.token_start(c.i) < e), None)
        if root is None:
            return
        sent_end = p.sentences[p.sentence_of[f.head]][1]
        last = min(root.right_edge.i, sent_end - 1)
        while last > root.i and doc[last].is_punct and doc[last].text not in ("”", '"', "’"):
            last -= 1
        end = p.token_end(last)
        if end <= e:
            return
        first = bisect.bisect_left(p.starts, e)
        gap = doc[first:last + 1]
        lead = next((t for t in gap if not t.is_punct), None)
        if lead is None or lead.lower_ not in ("and", "but", "though", "although", "while", "because", "yet"):
            return
        others = {g.head for g in self.found if g is not f and g.cue}
        if any(t.i in others for t in gap) or any(t.dep_ == "conj" and t.head.i == root.i and any(
                c.dep_ in _SUBJECTS and c.lower_ not in ("it", "he", "she", "they", "we", "i") for c in p.children[t.i])
                for t in gap):
            return  # another statement, or a new speaker's clause
        f.content = [*f.content[:-1], (s, end)]
        f.kind = self.quotes.kind_of(f.content)

    def own_modifiers(self, f: Found) -> None:
        """'announced he would enter the draft, ending a college career ...': what hangs on the cue itself after
        a comma is the writer's, not what was said; so is a participle closing the clause of a claim noun
        ("rejected Pakistan's claim that X, calling it propaganda": India's words, not Pakistan's)."""
        noun = self.p.doc[f.head].pos_ == "NOUN"  # "rejected Pakistan's claim that X, calling it propaganda"
        if not f.cue or f.kind == "direct" or not f.content or (self.p.doc[f.head].pos_ not in ("VERB", "AUX")
                                                                 and not noun):
            return
        doc = self.p.doc
        s, e = f.content[-1]
        kids = self.p.children
        clause = [c for c in kids[f.head] if c.dep_ in (("acl", "ccomp") if noun else ("ccomp",)) and c.i > f.head]
        # and a bare participle closing the reported clause ('..., ending a college career'): the writer's too
        hanging = [c for r in clause for c in kids[r.i] if c.tag_ == "VBG" and c.i > r.i and not any(
            g.dep_ in _SUBJECTS or g.dep_ == "mark" for g in kids[c.i])]
        for c in [*([] if noun else kids[f.head]), *hanging]:
            start = c.left_edge.i
            if c.dep_ != "advcl" or c.i < f.head or start < 1 or doc[start - 1].text != ",":
                continue
            at = self.p.token_end(start - 2) if start >= 2 else 0
            if s < at < e and not self.quotes.around(at - 1, at + 1):
                f.content = [*f.content[:-1], (s, at)]
                return

    def relayed(self) -> list[Found]:
        """The findings without 'according to M' whose content holds another statement's source and cue, when M is
        a medium or a document (``data/channels.tsv``: 'state broadcaster SRT', 'a statement', 'TASS'); M becomes
        that statement's channel."""
        p, out = self.p, []
        for f in self.found:
            inner = None
            if f.frame == "according" and f.source is not None and f.content:
                s, e = f.content[0][0], f.content[-1][1]
                inner = next((g for g in self.found if g is not f and g.cue and g.source is not None
                              and s <= p.token_start(g.head) < e and s <= p.token_start(g.source[0]) < e), None)
            hit = channel_of(p.doc[f.source[0]:f.source[1]]) if inner is not None and f.source is not None else None
            if inner is not None and hit is not None and f.source is not None:
                if inner.channel is None:
                    inner.channel = (hit[0], f.source[0], f.source[1], hit[1])
                continue
            out.append(f)
        self.found = out
        return out

    def day_of_saying(self, f: Found) -> None:
        """'said on Friday it had towed the trawler': the day opening an indirect content is when it was said, when
        a subject follows it (not a verb: 'said Thursday was the deadline')."""
        if not f.cue or f.kind == "direct" or not f.content:
            return
        s, e = f.content[0]
        m = _DAY.match(self.p.text, s, e)
        if m is None or m.end() >= e:
            return
        nxt = bisect.bisect_left(self.p.starts, m.end())
        if nxt >= len(self.p.doc) or self.p.doc[nxt].pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ"):
            return
        if self.p.token_start(f.head) > s:
            return  # the cue comes after its content: the day is the content's ('On Friday the talks failed, he said')
        f.content = [(m.end(), e), *f.content[1:]]

    def before_other_speaker(self, f: Found) -> None:
        """'said it downed three drones near the border, while Sylvania denied any role': when the content takes in
        another statement's source and cue after a comma and a word of contrast, or a comma and 'according to', it
        ends before the comma."""
        if not f.cue or f.kind == "direct" or not f.content:
            return
        doc, p = self.p.doc, self.p
        s, e = f.content[-1]
        for g in self.found:
            if g is f or not g.cue or g.source is None or g.kind == "direct":
                continue
            first = g.source[0]
            at = p.token_start(first)
            if not (s < at < e and g.head > first and p.token_start(g.head) < e) or first < 2:
                continue
            lead, comma = doc[first - 1], doc[first - 2]
            if lead.lower_ in _CONTRAST and comma.text in (",", ";") and not self.quotes.around(at - 1, at + 1):
                f.content = [*f.content[:-1], (s, p.token_end(first - 3))]
                f.kind = self.quotes.kind_of(f.content)
                return
        for g in self.found:  # 'said it shot down three drones, according to a statement'
            at = p.token_start(g.head)
            if g is not f and g.frame == "according" and s < at < e and g.head >= 2 and doc[g.head - 1].text == ",":
                f.content = [*f.content[:-1], (s, p.token_end(g.head - 2))]
                f.kind = self.quotes.kind_of(f.content)
                return

    def reporter_inside(self, f: Found) -> None:
        """'A customer called 911, Police Chief Dana Whitlow said': the content stops before the one who reports it."""
        if not f.cue or not f.content:
            return
        s, e = f.content[-1]
        # The reporter's cue lies close to the reported one; looking only that far keeps a text of
        # chained reports ('He said that she said that ...') linear.
        lo = bisect.bisect_left(self.cue_heads, (f.head - REPORTER_REACH, -1))
        hi = bisect.bisect_left(self.cue_heads, (f.head + REPORTER_REACH, -1))
        for k in sorted(k for _, k in self.cue_heads[lo:hi]):
            g = self.found[k]
            if g is f or not g.cue or g.source is None:
                continue
            if any(c.lower_ == "which" for c in self.p.children[g.head]):
                continue  # '..., which the ministry denied': a relative clause answers the report, it does not make it
            g_at = self.p.token_start(g.head)
            src_at = self.p.token_start(g.source[0])
            f_at = self.p.token_start(f.head)
            if s < src_at and g_at < e and any(gs <= f_at < ge for gs, ge in g.content):
                cut = g.source[0]
                while cut > 0 and (self.p.doc[cut - 1].is_punct or self.p.doc[cut - 1].is_space):
                    cut -= 1
                at = self.p.token_end(cut - 1) if cut > 0 else s
                if s < at < e:
                    f.content = [*f.content[:-1], (s, at)]
                return

    def passive_subject(self, f: Found) -> None:
        """'The landlord is said to have ignored ...': the subject is part of the content (no agent names a source)."""
        if not f.cue or f.source is not None or len(f.content) != 1:
            return
        v = self.p.doc[f.head]
        kids = self.p.children[v.i]
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        x = next((c for c in kids if c.dep_ == "xcomp" and c.i > v.i), None)
        if subj is None or x is None or subj.lower_ in ("it", "there") or any(c.dep_ == "agent" for c in kids):
            return
        s, e = f.content[0]
        if self.p.token_start(x.left_edge.i) != s or subj.i > v.i:
            return
        f.content = [self.p.char_span(subj.left_edge.i, subj.right_edge.i + 1), (s, e)]

    def to_quote_end(self, f: Found) -> None:
        """A content that opens a quotation ends where the quotation closes."""
        s, e = f.content[-1]
        q = self.quotes.around(max(s, e - 1), e)
        if q is None or q.end <= e or not s <= q.start < e:
            return
        if self.p.token_start(f.head) >= q.start and f.cue:
            return  # the cue is inside the quotation
        f.content = [*f.content[:-1], (s, q.spans[0][1]), *q.spans[1:]]
        f.kind = self.quotes.kind_of(f.content)


    def source_after_quote(self, f: Found) -> None:
        """'"A. B," the IEC chief, Judge X, told reporters': when the parse runs the content from inside the
        quotation over its own source, the content is the quotation that closes right before the source."""
        if f.source is None or not f.content:
            return
        s, e = f.content[-1]
        src_at = self.p.token_start(f.source[0])
        v = self.p.doc[f.head] if f.cue else None
        if v is not None and v.lemma_ in ADDRESSING and src_at < self.p.token_start(v.i) < s and any(
                c.dep_ in ("dobj", "dative") and self.p.token_start(c.left_edge.i) == f.content[0][0]
                for c in self.p.children[v.i]):
            q = self.quotes.ending_before(src_at)  # '"...," the NEC chief, X, told reporters at ...': not the
            if q is not None:                       # addressees, the quotation before the source was said
                f.content = list(q.spans)
                f.kind = self.quotes.kind_of(f.content)
            return
        if not s < src_at < e:
            return
        q = self.quotes.ending_before(src_at)
        if q is None or not (q.start <= s < q.end):
            return
        f.content = [*f.content[:-1], *q.spans] if f.content[:-1] and f.content[-2][1] <= q.start else list(q.spans)
        f.kind = self.quotes.kind_of(f.content)

    def whole_quote(self, f: Found) -> None:
        """'"Three findings, not forty. Every page will be published," Sandberg wrote': a content inside one
        quotation that closes right before its source or cue (the parse gave only the last sentence) is the
        whole quotation."""
        if not f.cue or not f.content:
            return
        s, e = f.content[0][0], f.content[-1][1]
        q = self.quotes.around(s, s + 1)
        if q is None or len(q.spans) != 1 or (e > q.end and self.p.text[q.end:e].strip(" ,")) or (
                s <= q.start + 1 and e >= q.end - 2):
            return
        after = self.p.token_start(f.source[0]) if f.source is not None else self.p.token_start(f.head)
        after = min(after, self.p.token_start(f.head))
        if after < q.end or self.quotes.ending_before(after) is not q:
            return
        f.content = list(q.spans)
        f.kind = self.quotes.kind_of(f.content)

    def quote_goes_on(self, f: Found, taken: list[Span]) -> None:
        """'"A," Brouwer said after the finish, wrapped in a blanket. "B."': a quotation that opens the next
        sentence of the paragraph goes on with the same speaker (unless another statement has it)."""
        if not f.cue or f.kind == "indirect":
            return
        p = self.p
        q = self.quotes.around(*f.content[-1])
        cue_at = p.token_start(f.head)
        if q is None or q.end > cue_at:
            return
        end = p.sentences[p.sentence_of[f.head]][1]
        b = p.block_of(f.head)
        limit = p.token_end(p.blocks[b][1] - 1)
        more = self.quotes.run_from(p.token_end(end - 1), limit)
        if not more or any(ts < more[-1][1] and more[0][0] < te for ts, te in taken):
            return
        f.content = [*f.content, *more]
        f.kind = self.quotes.kind_of(f.content)


def _same_clause_subject(doc, f: Found, v: Token) -> bool:
    """Whether ``f``'s source is the subject the parse gives ``v`` itself (then it stays)."""
    return f.source_head is not None and doc[f.source_head].head.i == v.i


def one_per_content(parsed: Parsed, found: list[Found]) -> list[Found]:
    """``found`` without second readings of one statement (see the module docstring), in the same order."""
    by_head = {f.head: f for f in found if f.cue}
    seen: set[tuple[Span, ...]] = set()
    out: list[Found] = []
    for f in found:
        key = tuple(f.content)
        if key in seen or (f.cue and _outer(parsed, f, by_head) is not None) or _borrowed(parsed, f, found):
            continue
        seen.add(key)
        out.append(f)
    return out


def _borrowed(parsed: Parsed, f: Found, found: list[Found]) -> bool:
    """Whether ``f``'s content is a piece of another statement's content in an earlier sentence than ``f``'s cue
    ('Misra said the strikes had been "measured". Two officers briefed reporters alongside him.': the briefing
    says nothing of its own; the quotation is Misra's)."""
    if not f.cue or not f.content:
        return False
    cue_sentence = parsed.sentence_of[f.head]
    last = max(0, bisect.bisect_left(parsed.starts, f.content[-1][1]) - 1)  # the content's last token
    if parsed.sentence_of[last] >= cue_sentence:
        return False
    return any(g is not f and g.content and g.content[0][0] <= f.content[0][0] and f.content[-1][1] <= g.content[-1][1]
               for g in found)


def _outer(parsed: Parsed, f: Found, by_head: dict[int, Found]) -> Found | None:
    """The finding ``f`` is a second reading of: the cue it is the object or infinitive of, when its content
    lies inside that cue's content ('denied reports that X', 'declined to say how X'); a claim with a source
    of its own ('denied Russia's claim that X') is a statement of its own."""
    t = parsed.doc[f.head]
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj"):
        verb = t.head if t.dep_ == "dobj" else t.head.head
    elif t.pos_ in ("VERB", "AUX") and t.dep_ == "xcomp":
        verb = t.head
    else:
        return None
    g = by_head.get(verb.i)
    if g is None or g is f or (t.pos_ == "NOUN" and f.source is not None and not _shares(g, f)):
        return None
    lo, hi = g.content[0][0], g.content[-1][1]
    return g if all(lo <= s and e <= hi for s, e in f.content) else None


def _shares(a: Found, b: Found) -> bool:
    return a.source is not None and b.source is not None and a.source[0] < b.source[1] and b.source[0] < a.source[1]
