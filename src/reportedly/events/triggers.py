"""Triggers of event mentions and their frames: which verbs and nouns report an event.

In: the :class:`~reportedly.events.view.DocumentView` of a document (its parse, the attribution
records and the lexicon lookups) and an :class:`~reportedly.events.arguments.ArgumentReader` on the
same view. Out: the document's candidate :class:`~reportedly.events.mention_types.Mention` list, in
text order (:meth:`TriggerReader.find`): verbs with the frames above them ('refused to lift'), light
verbs with their event noun ('held talks'), event nouns ('the blockade'), and the requests and
accusations that statements make ('X says Y must ...'), each with its arguments. Status, place, time
and features are added later by :class:`~reportedly.events.mentions.Finder`.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from functools import cached_property, partial

from spacy.tokens import Token

from ..attribution.cues import cue_lexicon
from ..attribution.found import Found
from .arguments import ArgumentReader
from .mention_types import Arg, Mention
from .view import DocumentView, ViewReader
from .words import (
    ABSTRACT_OBJECTS,
    ACCUSING,
    CRITICS,
    EXPRESSING,
    FUTURE_AUX,
    IDIOM_PREPS,
    MODAL_DEMANDS,
    PREVENTING,
    SELF_ANNOUNCING,
    STATE_VERBS,
    STATUS_ROLES,
    THING_NOUNS,
    VERBAL_EVENTS,
    VERDICT_VERBS,
    WILLING,
    Entry,
)


class TriggerReader(ViewReader):
    """Trigger words and their mentions in one document (see the module docstring)."""

    def __init__(self, view: DocumentView, arguments: ArgumentReader) -> None:
        super().__init__(view)
        self.arguments = arguments

    # -- trigger words ---------------------------------------------------------------------------

    def event_cue(self, v: Token, entry: Entry | None) -> bool:
        """Whether a verb that is an attribution cue is also an event.

        'accused X of', 'urged X to', 'condemned X' are events (ACCUSE, REQUEST); 'demonstrated that',
        'confirmed that' report a content and are not; 'denied that X', 'denied any report of X'
        give X the status denied rather than being an event of their own.
        """
        n = self.cue_of.get(v.i)
        if n is None:
            clause = any(c.dep_ == "ccomp" for c in self.children_of[v.i])
            if clause and (v.lemma_.lower(), "verb") in cue_lexicon():
                return entry is not None and entry.category in VERBAL_EVENTS  # 'has shown it is'
            return True
        f = self.found[n]
        lemma = v.lemma_.lower()
        if f.cls == "denial" and lemma in ("deny", "dismiss", "dispute", "refute", "rebut"):
            obj = next((c for c in self.children_of[v.i] if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() in ABSTRACT_OBJECTS:
                return True
            thing = obj is not None and obj.lemma_.lower() in THING_NOUNS
            if f.frame != "object" or obj is None or self.view.is_cue_noun(obj) or (
                    self.view.is_event_noun(obj) and not thing):
                return False
        if f.frame in ("clause", "quote", "parataxis", "colon", "according", "raising", "survey"):
            if lemma in ("warn", "caution") and not self._own_future(v):
                return False  # 'economists warned that prices rise' reports a view, not a threat
            return entry is not None and entry.category in VERBAL_EVENTS
        if f.cls in ("speech", "report", "belief", "evidential"):
            return entry is not None and entry.category is not None  # 'stressed the need for'
        return True

    def _own_future(self, v: Token) -> bool:
        """'warned it will retaliate': the clause says what the speaker will do."""
        clause = next((c for c in self.children_of[v.i] if c.dep_ == "ccomp"), None)
        if clause is None:
            return False
        subj = next((c for c in self.children_of[clause.i] if c.dep_ in ("nsubj", "nsubjpass")), None)
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in self.children_of[clause.i])
        return future and subj is not None and subj.lower_ in ("it", "we", "they", "he", "she", "i")

    def _in_channel(self, i: int) -> bool:
        return self._channel_tokens[i]

    @cached_property
    def _channel_tokens(self) -> list[bool]:
        """Whether each token is in a statement's channel ('in a statement'): asked for every verb and event noun."""
        depth = [0] * (len(self.tokens) + 1)
        for f in self.found:
            if f.channel is not None and f.channel[1] < f.channel[2]:
                depth[max(0, f.channel[1])] += 1
                depth[min(len(self.tokens), f.channel[2])] -= 1
        return [x > 0 for x in itertools.accumulate(depth[:-1])]

    @cached_property
    def _demand_verbs(self) -> list[int]:
        """Verbs with a modal of demand and no negation ('must reopen'), in text order (see :meth:`demand`)."""
        children = self.children_of
        return [t.i for t in self.tokens if t.pos_ in ("VERB", "AUX")
                and not any(c.dep_ == "neg" for c in children[t.i])
                and any(c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS for c in children[t.i])]

    @cached_property
    def _clause_heads(self) -> list[int]:
        """Verbs heading a sentence or a complement clause, in text order (see :meth:`blame`)."""
        return [t.i for t in self.tokens if t.dep_ in ("ccomp", "ROOT") and t.pos_ in ("VERB", "AUX")]

    # -- the main loop -----------------------------------------------------------------------------

    def find(self) -> list[Mention]:
        """Every trigger of the document with its frames and arguments, in text order (not yet finished)."""
        out: list[Mention] = []
        consumed: set[int] = set()
        tokens = self.tokens
        for first, end in self.ranges:
            for i in range(first, end):
                t = tokens[i]
                if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT" and t.lemma_ != "be") or \
                        self._verb_as_noun(t):
                    m = self.verb_mention(t, consumed)
                    if m is not None:
                        out.append(m)
        for first, end in self.ranges:
            for i in range(first, end):
                t = tokens[i]
                if i not in consumed and self.view.is_event_noun(t) and not self._in_channel(i):
                    m = self.noun_mention(t)
                    if self.noun_is_event(t, m):
                        out.append(m)
        self.share_recipients(out)
        taken = {m.head for m in out}
        for n, f in enumerate(self.found):
            m = self.demand(n, f) or self.blame(n, f)
            if m is not None and m.head not in taken:
                out.append(m)
        out.sort(key=lambda m: m.head)
        return out

    def _verb_as_noun(self, t: Token) -> bool:
        """A verb the tagger took for a noun heading its sentence, with a subject and an object ('Germany and UNICEF
        hand over 30 vehicles')."""
        if t.pos_ != "NOUN" or t.dep_ != "ROOT":
            return False
        deps = {c.dep_ for c in self.children_of[t.i]}
        return "nsubj" in deps and "dobj" in deps

    def demand(self, n: int, f: Found) -> Mention | None:
        """'Chile says Peru must reopen the pass', 'Osei: the rebels must lay down arms': a REQUEST.

        PLOVER codes a statement that someone else must or should act as a request by the speaker.
        """
        if f.cls not in ("speech", "claim", "report") or not f.source or not f.content or not f.cue:
            return None
        tokens = self.tokens
        s, e = f.content[0]
        # the first verb of the content with a modal of demand and no negation (looked up, not scanned for:
        # contents can be long and overlap)
        verbs = self._demand_verbs
        k = bisect.bisect_left(verbs, bisect.bisect_left(self.p.starts, s))
        if k < len(verbs) and self.p.starts[verbs[k]] < e:
            v = tokens[verbs[k]]
            modal = next(c for c in self.children_of[v.i] if c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS)
            subj = next((c for c in self.children_of[v.i] if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in ("i", "we", "you", "it", "this", "that", "there") or \
                    subj.i in range(*f.source):
                return None
            head = f.head
            m = Mention(head=head, tokens=sorted({head, modal.i}), kind="verb",
                        key=f"{tokens[head].lemma_.lower()} must", lex="REQUEST", frames=[])
            m.actors.append(Arg(f.source[0], f.source[1], f.source_head if f.source_head is not None else
                                f.source[1] - 1, "statement-source"))
            m.recipients.append(self.view.np(subj, "clause-subj"))
            m.add_scope(list(m.tokens))
            m.add_scope(partial(self.view.subtree, v))
            m.add_scope(range(f.source[0], f.source[1]))
            return m
        return None

    def blame(self, n: int, f: Found) -> Mention | None:
        """'The ministry said the gang was responsible', 'critics say she has misused ...': an ACCUSE.

        A statement whose content finds someone responsible, guilty, lying or acting illegally, or whose
        source is the subject's critics, is PLOVER's ACCUSE by the speaker against the content's subject.
        """
        children = self.children_of
        if f.cls not in ("speech", "claim", "report", "belief") or not f.source or not f.cue or f.frame not in (
                "clause", "quote", "parataxis"):
            return None
        tokens = self.tokens
        s, e = f.content[0]
        # the first clause head from the content's start on, if it is inside the content
        heads = self._clause_heads
        k = bisect.bisect_left(heads, bisect.bisect_left(self.p.starts, s))
        if k == len(heads) or self.p.starts[heads[k]] >= e:
            return None
        root = tokens[heads[k]]
        words = {root.lemma_.lower()} | {c.lemma_.lower() for c in children[root.i] if c.dep_ in ("acomp", "attr")}
        critics = tokens[f.source_head].lemma_.lower() in CRITICS if f.source_head is not None else False
        if not (words & ACCUSING or critics) or any(c.dep_ == "neg" for c in children[root.i]):
            return None
        subj = next((c for c in children[root.i] if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("i", "we", "it", "this", "that", "there") or subj.i in range(*f.source):
            return None
        m = Mention(head=f.head, tokens=[f.head], kind="verb", key=f"{tokens[f.head].lemma_.lower()} blame",
                    lex="ACCUSE", frames=[])
        m.actors.append(Arg(f.source[0], f.source[1], f.source_head if f.source_head is not None else
                            f.source[1] - 1, "statement-source"))
        m.recipients.append(self.view.np(subj, "clause-subj"))
        m.add_scope([f.head])
        m.add_scope(range(f.source[0], f.source[1]))
        m.add_scope(partial(self.view.subtree, root))
        return m

    # -- verbs --------------------------------------------------------------------------------------

    def chain(self, v: Token) -> list[tuple[Token, str]]:
        """Frames above ``v``: ('refused', 'frame') for 'refused to lift', nearest first."""
        out: list[tuple[Token, str]] = []
        t = v
        for _ in range(4):
            head = t.head
            if head.i == t.i:
                break
            if t.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX", "ADJ"):
                if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr") and head.head.pos_ in ("AUX", "VERB"):
                    pass  # 'is willing to send': the status comes from the adjective
            elif t.dep_ == "advcl" and t.tag_ == "VB" and head.pos_ == "VERB" and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in self.children_of[t.i]) and \
                    (self.view.verb_key(head)[1] or Entry(None, "")).role in STATUS_ROLES:
                pass  # 'has tried this month to retake'
            elif t.dep_ == "acl" and head.pos_ == "NOUN" and t.tag_ == "VB":
                pass  # 'willingness to deploy', 'efforts to form'
            elif t.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("at", "on") and \
                    head.head.pos_ in ("VERB", "NOUN"):
                head = head.head  # 'aimed at winning'
            elif t.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in PREVENTING:
                out.append((head.head, "hypothetical"))  # 'keeping the militia from crossing the river'
                break
            else:
                break
            if head.pos_ == "ADJ":
                role = "planned" if head.lower_ in WILLING else "aspect"
                if head.lower_ in ("unable", "unlikely"):
                    role = "negated" if head.lower_ == "unable" else "hypothetical"
                elif head.lower_ in ("likely", "about", "set", "due"):
                    role = "future" if head.lower_ in ("likely", "about") else "planned"
            elif head.pos_ == "NOUN":
                _, e = self.view.noun_key(head)
                role = e.role if e is not None and e.role in STATUS_ROLES else "hypothetical"
            else:
                _key, e = self.view.verb_key(head)
                if e is not None and (e.role in STATUS_ROLES or e.role == "frame"):
                    role = e.role
                elif head.i in self.cue_of:
                    role = "cue"
                elif e is not None and e.category is not None:
                    break  # 'help rebuild': both are events of their own
                else:
                    role = "aspect"
            out.append((head, role))
            t = head
        return out

    def verb_mention(self, v: Token, consumed: set[int]) -> Mention | None:
        """The mention a verb triggers, if any; the event noun of a light verb goes into ``consumed``."""
        if v.lemma_.lower() in VERDICT_VERBS and (found := self.verdict(v)) is not None:
            return found
        key, entry = self.view.verb_key(v)
        if entry is not None and entry.category is None and entry.role == "event" and \
                not any(role == "frame" for _, role in self.chain(v)):
            return None  # say, be, have (but 'ordered X to appear' is an event)
        if self.arguments.participle_of_event(v) or self._in_channel(v.i):
            return None
        if not self.event_cue(v, entry):
            return None
        if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in self.children_of[v.i]) and \
                (entry is None or entry.role != "event" or entry.category is None):
            return None  # a frame: the mention is made at the infinitive, unless this verb is an event of its own
        if v.tag_ == "VBN" and v.dep_ == "amod" and not any(c.dep_ == "agent" for c in self.children_of[v.i]):
            return None  # 'Turkish-built', 'EU-backed'
        frames = self.chain(v)
        m = Mention(head=v.i, tokens=[v.i], kind="verb", key=key, lex=entry.category if entry else None,
                    frames=[(f.i, role) for f, role in frames])
        for f, role in frames:
            if role == "frame":
                _fkey, fe = self.view.verb_key(f)
                m.tokens.insert(0, f.i)
                if fe is not None and fe.category:
                    m.lex = fe.category
        obj = next((c for c in self.children_of[v.i] if c.dep_ == "dobj"), None)
        light = (entry is not None and entry.role == "light") or key in ("take", "make", "hold", "launch")
        if obj is not None and light and self.view.is_event_noun(obj):
            okey, oe = self.view.noun_key(obj)
            m.kind, m.key = "light", f"{key} {okey}"
            m.tokens.append(obj.i)
            if oe is not None and oe.category and (m.lex is None or entry is None or entry.category is None
                                                   or entry.role == "light"):
                m.lex = oe.category
            consumed.add(obj.i)
        elif obj is not None and entry is not None and entry.role in STATUS_ROLES and self.view.is_event_noun(obj):
            return None  # 'planned an offensive': the noun is the event, with this verb as its frame
        elif obj is not None and light and entry is not None and entry.category is None and \
                key not in ("take", "make", "hold", "launch"):
            return None  # 'a team reached Valmora', 'lodged the papers': a light verb is an event only by its noun
        for c in self.children_of[v.i]:
            if c.dep_ == "prt":
                m.tokens.append(c.i)
        m.tokens.sort()
        if key in ("attend", "join", "participate", "take part"):
            target = obj
            if target is not None and target.lower_ in ("which", "that") and v.dep_ == "relcl":
                target = self.arguments.antecedent(v)
            if target is None:
                target = next((g for c in self.children_of[v.i] if c.dep_ == "prep" and c.lower_ == "in"
                               for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
            if target is not None and self.view.is_event_noun(target):
                m.joins = target.i
        self.arguments.verb_arguments(m, v, frames, obj if m.kind == "light" else None)
        return m

    def verdict(self, v: Token) -> Mention | None:
        """'the court found him guilty of', 'held the company responsible for': an ACCUSE of the one found."""
        comp = next((c for c in self.children_of[v.i] if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
                     and c.lemma_.lower() in ACCUSING), None)
        if comp is None or self._in_channel(v.i):
            return None
        who = next((c for c in self.children_of[comp.i] if c.dep_ in ("nsubj", "nsubjpass")), None) or \
            next((c for c in self.children_of[v.i] if c.dep_ == "dobj"), None)
        if who is None:
            return None
        frames = self.chain(v)
        m = Mention(head=v.i, tokens=[v.i, comp.i], kind="verb", key=f"{v.lemma_.lower()} {comp.lemma_.lower()}",
                    lex="ACCUSE", frames=[(f.i, role) for f, role in frames])
        self.arguments.verb_arguments(m, v, frames, None)
        m.recipients = [a for a in m.recipients if a.head != who.i] + [self.view.np(who, "clause-subj")]
        m.add_scope(range(*self.view.np_span(who)))
        return m

    # -- nouns --------------------------------------------------------------------------------------

    def noun_mention(self, n: Token) -> Mention:
        """The mention of an event noun, with its frames and arguments (:meth:`noun_is_event` decides)."""
        children = self.children_of
        key, entry = self.view.noun_key(n)
        m = Mention(head=n.i, tokens=[n.i], kind="noun", key=key, lex=entry.category if entry else None)
        m.definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                         for c in children[n.i])
        frames: list[tuple[int, str]] = []
        h = n
        # 'planned an offensive', 'Chile's role ... is not foreseen', 'efforts to form'
        if n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX"):
            _, e = self.view.verb_key(n.head)
            if e is not None and e.role in STATUS_ROLES:
                frames.append((n.head.i, e.role))
            elif n.head.i in self.cue_of:
                frames.append((n.head.i, "cue"))
            h = n.head
        if n.dep_ == "pobj" and n.head.lower_ == "on" and n.head.head.pos_ in ("VERB", "AUX") and \
                n.head.head.lemma_.lower() in STATE_VERBS:
            frames.append((n.head.head.i, "aspect"))  # 'remained on alert', 'went on strike', 'was put on alert'
        m.frames = frames
        self.arguments.noun_arguments(m, n, as_object=False)
        if frames and frames[-1][1] == "aspect" and not m.actors and n.head.lower_ == "on":
            v = self.tokens[frames[-1][0]]
            subj, _ = self.arguments.subject(v)
            if subj is not None:
                m.actors.append(self.view.np(subj, "subj", exclude=[v.i]))
            for c in children[v.i]:
                if c.dep_ in ("prep", "npadvmod") and c.i != n.head.i:
                    m.add_scope(partial(self.view.subtree, c))
        if n.dep_ == "dobj" and n.head.lemma_.lower() in EXPRESSING and not any(a.rel == "subj" for a in m.actors):
            subj, _ = self.arguments.subject(n.head)
            if subj is not None and subj.pos_ != "PRON":
                # 'the envoy restated Chile's support'
                m.actors.insert(0, self.view.np(subj, "subj", exclude=[n.head.i]))
        if n.dep_ == "dobj" and n.head.lemma_.lower() in SELF_ANNOUNCING:
            if not m.actors:
                subj, _ = self.arguments.subject(n.head)
                if subj is not None:
                    m.actors.append(self.view.np(subj, "subj", exclude=[n.head.i]))
            # 'declared a truce on Friday in X': the declaring verb's time and place are the event's
            m.tokens.insert(0, n.head.i)
            for c in children[n.head.i]:
                if c.dep_ in ("prep", "npadvmod") and c.i != n.i:
                    m.add_scope(partial(self.view.subtree, c))
        if not m.actors and h.i != n.i and n.dep_ == "dobj":
            subj, _ = self.arguments.subject(h)
            if subj is not None and frames and frames[0][1] in STATUS_ROLES:
                m.actors.append(self.view.np(subj, "subj", exclude=[h.i]))
        if not m.actors and n.dep_ == "conj" and self.view.is_event_noun(n.head):
            # 'its total rejection and strong condemnation of X': the first noun's actor acts in both
            m.actors = [replace(a) for a in self.noun_mention(n.head).actors]
        v = n.head.head
        if not m.actors and n.dep_ == "pobj" and n.head.lower_ in ("in", "during", "at") and v.pos_ == "VERB" and \
                n.head.head.i > n.i:
            # 'Reagan, in a meeting with Mulroney, agreed', 'During talks with X, Y signed': a phrase set before the
            # verb tells of its subject's own event
            subj, _ = self.arguments.subject(v)
            if subj is not None:
                m.actors.append(self.view.np(subj, "subj", exclude=[v.i]))
        m.add_scope(partial(self.view.outside_clauses, n))
        m.add_scope([f for f, _ in m.frames])
        for a in [*m.actors, *m.recipients, *m.obliques]:
            m.add_scope(range(a.start, a.end))
        return m

    def _dated_by_of(self, n: Token) -> bool:
        """'the ceasefire of May 7', 'the truce of 2019': a date as the noun's of-phrase makes it a real one."""
        for c in self.children_of[n.i]:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = next((g for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ == "DATE":
                    return True
        return False

    def share_recipients(self, out: list[Mention]) -> None:
        """Conjoined event nouns with one recipient phrase ('its rejection and condemnation of X'): it is the
        recipient of both."""
        nouns = {m.head: m for m in out if m.kind == "noun"}
        for m in list(nouns.values()):
            n = self.tokens[m.head]
            first = nouns.get(n.head.i) if n.dep_ == "conj" else None
            if first is None or bool(first.recipients) == bool(m.recipients):
                continue
            empty, full = (first, m) if m.recipients else (m, first)
            empty.recipients = [replace(a) for a in full.recipients]
            for a in empty.recipients:
                empty.add_scope(range(a.start, a.end))

    def noun_is_event(self, n: Token, m: Mention) -> bool:
        """Whether an event noun reports an event here: 'Chile's blockade', 'the summit', 'clashes erupted'.

        Nouns of things agreed, asked or given ('a ceasefire', 'support') count only with an actor of their
        own; any event noun used as a modifier ('the truce plan') does not count.
        """
        if n.dep_ in ("compound", "amod", "nmod") and n.head.pos_ in ("NOUN", "PROPN"):
            return False
        if n.dep_ == "dobj" and self.view.verb_key(n.head)[0].endswith(" " + n.lemma_.lower()):
            return False  # 'opened fire', 'took control': the verb's own key holds the noun
        if n.dep_ == "pobj" and n.head.lower_ in IDIOM_PREPS.get(n.lemma_.lower(), ()):
            return False  # 'came under fire from critics'
        thing = m.key in THING_NOUNS or n.lemma_.lower() in THING_NOUNS
        if not thing:
            return True
        if m.actors or self._dated_by_of(n):
            return True
        return n.dep_ == "nsubjpass" and self.view.verb_key(n.head)[1] is not None and \
            self.view.verb_key(n.head)[1].role == "light"  # 'pledges were made'
