"""Finding attributions (source, cue, content) in a parsed document, by rules over the parse.

Peers (textacy's ``direct_quotations``, the GenderGapTracker extractor) look for quotation marks
and a handful of verbs; most of what news attributes is indirect speech, claims and denials
without quotation marks. This module reads the dependency parse instead:

* quotations are paired at the character level, across sentences and paragraphs
  (:mod:`.quotes`);
* a cue is a reporting verb or noun of ``data/cues.tsv`` (:mod:`.cues`; or "according to", or a
  headline colon) whose content is a clause, a quotation next to it, an object or an infinitive,
  as the lexicon allows for that word (the content finders are in :mod:`.contents`);
* the source is the grammatical subject (followed through coordination, participles and
  relative clauses), the agent of a passive, the object of "according to", or the possessor of a
  nominal cue (:mod:`.sources`).

In: a :class:`~reportedly.text.nlp.Parsed` document and the paragraphs to skip. Out: a list of
:class:`~.found.Found` records holding token ranges and character spans, with channel, time and
tense (:mod:`.details`); speaker resolution (pronouns, titles, name variants) happens in
:mod:`reportedly.attribution.speakers`. :class:`Extractor` here decides, for each kind of cue
word, which content and source finders apply, and runs over the document.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Span
from ..text.nlp import Parsed
from .agents import colon_source
from .contents import ContentFinder
from .cues import CueEntry
from .details import fill_details
from .found import Found, cue_spans
from .reader import CLAUSAL, SUBJECTS
from .sources import SourceFinder

_MODALS = {"must", "should", "could", "might", "may", "can", "ought"}
_SURVEYS = {"poll", "survey", "study", "report", "analysis", "research", "count", "tally", "census", "data"}
# Words that open a paragraph with a colon without being a speaker ('Update: ...').
_NOT_SPEAKERS = {"update", "note", "editor", "correction", "related", "watch", "read", "see", "photo", "video",
                 "warning", "breaking", "exclusive", "analysis", "opinion", "transcript", "source", "sources",
                 "abstract", "summary", "background", "context", "full", "text", "here", "why", "what", "how"}


class Extractor(SourceFinder, ContentFinder):
    """Rule-based attribution finder over one :class:`~reportedly.text.nlp.Parsed` document.

    The cue recognisers (:meth:`verb_cue`, :meth:`noun_cue`, :meth:`according_to`,
    :meth:`in_survey`, :meth:`colon_cue`) combine the content finders of :class:`ContentFinder`
    with the source finders of :class:`SourceFinder`; :meth:`run` applies them to every token.
    """

    # -- the main loop ---------------------------------------------------------------------------

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
        """Fill in a finding's cue spans, its kind (direct, mixed, indirect) and, for a verb cue, its details."""
        f.cue_spans = cue_spans(self.p, f.cue)
        f.kind = self.quote_index.kind_of(f.content)
        head = self.doc[f.head]
        if head.pos_ in ("VERB", "AUX"):
            fill_details(self.p, f, head)
        return f

    def _dedupe(self, found: list[Found]) -> list[Found]:
        """One attribution per cue head; drop a content that merely repeats its cue's clause."""
        seen: dict[int, Found] = {}
        for f in found:
            if f.head not in seen:
                seen[f.head] = f
        return sorted(seen.values(), key=lambda f: (f.content[0][0], f.head))

    # -- cue words -------------------------------------------------------------------------------

    def cue_tokens(self, v: Token) -> list[int]:
        """The cue head with its auxiliaries, negation and particles."""
        out = [v.i]
        for c in self.kids(v):
            if c.dep_ in ("aux", "auxpass", "neg", "prt") and abs(c.i - v.i) <= 4:
                out.append(c.i)
        return out

    def verb_cue(self, v: Token, entry: CueEntry) -> Found | None:
        """A reporting verb: find its content by the frames the lexicon allows, then its source."""
        frames = entry.frames
        content: list[Span] = []
        frame = ""
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in self.kids(v)):
            return None  # 'Russia must demonstrate ...' is a demand on someone, not a report of speech
        clause_tokens = self.clause_extent(v)
        if "clause" in frames:
            ccomp = next((c for c in self.kids(v) if c.dep_ == "ccomp" and c.i > v.i), None) or self.that_clause(v)
            quote = self.adjacent_quote(v, clause_tokens)
            if ccomp is not None and (quote is None or not self._starts_quote(ccomp)):
                content, frame = self.clause_content(v, ccomp), "clause"
            elif quote is not None:
                content, frame = quote, "quote"
            else:
                ccomp = next((c for c in self.kids(v) if c.dep_ == "ccomp"), None)
                if ccomp is not None:
                    content, frame = self.clause_content(v, ccomp), "clause"
                elif self.has_subject(v) and (v.dep_ == "parataxis" or (v.dep_ == "ccomp" and v.head.i < v.i)):
                    content, frame = self.inverted_content(v), "parataxis"
                elif self.ends_with_colon(v):
                    content, frame = self.after_colon(v), "colon"
        if frame == "clause":
            content = content + self.quote_after_colon(v, content)
        if not content and "xcomp" in frames:
            xcomp = next((c for c in self.kids(v) if c.dep_ == "xcomp" and c.i > v.i), None)
            if xcomp is not None and xcomp.pos_ in ("VERB", "AUX") and \
                    any(c.dep_ == "auxpass" for c in self.kids(v)) and self.has_subject(v):
                # 'X is expected to lead': a passive with no agent is sourceless, X belongs to the content
                return self.raising(v, entry, subject_deps={"nsubjpass"})
            if xcomp is not None and xcomp.pos_ in ("VERB", "AUX"):
                obj = next((c for c in self.kids(v) if c.dep_ == "dobj" and c.i < xcomp.i), None)
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
            f.cue += [c.i for c in self.kids(v) if c.dep_ == "prep" and c.lower_ in entry.preps][:1]
        if not (v.tag_ == "VBN" and v.dep_ in ("advcl", "acl", "ROOT") and not self.has_subject(v)):
            self.attach_source(f, v)  # 'Asked about it, ...': a bare participle names no source
        return f

    def raising(self, v: Token, entry: CueEntry, subject_deps: set[str] = SUBJECTS) -> Found | None:
        """'X appeared to show callousness': an evidential with no source; content is X + the infinitive."""
        xcomp = next((c for c in self.kids(v) if c.dep_ == "xcomp" and c.i > v.i), None)
        subj = next((c for c in self.kids(v) if c.dep_ in subject_deps), None)
        if xcomp is None or subj is None or subj.lower_ in ("it", "there"):
            return None
        content = self.content_spans(subj.left_edge.i, subj.right_edge.i + 1) + \
            self.content_spans(xcomp.left_edge.i, xcomp.right_edge.i + 1)
        if len(content) < 2:
            return None
        return Found(cue=self.cue_tokens(v), content=content, frame="raising", cls=entry.cls)

    def noun_cue(self, n: Token, entry: CueEntry) -> Found | None:
        """'Russia's claim that ...', 'the assertion that ...': a reporting noun with a clause."""
        clause = next((c for c in self.kids(n) if c.dep_ in ("acl", "ccomp", "appos") and c.i > n.i
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in self.kids(c))), None)
        if clause is None:
            clause = next((c for c in self.kids(n) if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VBG"
                           and self.lexicon.get((c.lemma_.lower(), "verb")) is not None), None)
            if clause is None:
                return None
            inner = next((c for c in self.kids(clause) if c.dep_ in CLAUSAL), None)
            if inner is None:
                return None
            clause = inner
        content = self.content_spans(clause.left_edge.i, clause.right_edge.i + 1)
        if not content:
            return None
        f = Found(cue=[n.i], content=content, frame="nominal", cls=entry.cls)
        poss = next((c for c in self.kids(n) if c.dep_ == "poss"), None)
        by = next((g for c in self.kids(n) if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                   for g in self.kids(c) if g.dep_ == "pobj"), None)
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
        pobj = next((c for c in self.kids(to) if c.dep_ == "pobj"), None) or next(
            (c for c in self.kids(tok) if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        content = self.around_phrase(tok, tok.i, max(pobj.right_edge.i, to.i) + 1)
        if not content:
            return None
        f = Found(cue=[tok.i, to.i], content=content, frame="according", cls="report")
        f.source = self.np_range(pobj)
        f.source_head = pobj.i
        return f

    def in_survey(self, prep: Token) -> Found | None:
        """'Clinton leads by 8 points in the latest poll': the poll is the source, 'in' the cue."""
        pobj = next((c for c in self.kids(prep) if c.dep_ == "pobj"), None)
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
        if any(t.lower_ in _NOT_SPEAKERS for t in before) or not colon_source(list(before)):
            return None  # 'Update: ...', 'EXPLAINER: ...', 'Operation Iron Pass: ...'
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


def extract(parsed: Parsed, *, skip_blocks: set[int] | frozenset[int] = frozenset()) -> list[Found]:
    """Rule-based attributions of a parsed document (see :class:`Extractor`)."""
    return Extractor(parsed, skip_blocks=skip_blocks).run()
