"""Event mentions: triggers, their frames and arguments, found in the dependency parse.

A :class:`Mention` is one trigger (a verb, an event noun, or a light verb with its event noun) with
its actor and recipient phrases, the statuses the text gives it (claimed, denied, planned, negated
...), its place, time and quantities, and the features the classifier types it by. The
:class:`Finder` reads them off one parsed document; :mod:`reportedly.events.coding` types, merges and
records them. The rules are described in the docstring of :mod:`reportedly.events.coding`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import date

from spacy.tokens import Token

from ..attribution.rules import Found
from ..attribution.speakers import Resolver
from ..model import Place, Quantity, TimeRef
from ..text import lexicons, places, timex
from ..text.lexicons import OBJECT_CONTROL
from ..text.nlp import Parsed
from .features import FeatureReader
from .mention_types import Arg, Mention, PlaceRef
from .status import StatusReader
from .view import DocumentView
from .words import (
    ABSTRACT_OBJECTS,
    ACCUSING,
    APPROX,
    CRITICS,
    DIRECTIONS,
    DOCUMENTS,
    EXPRESSING,
    FUTURE_AUX,
    GIVING,
    LOCATIVE_PREPS,
    MODAL_DEMANDS,
    MULTIPLIERS,
    NAMED_ONLY,
    NUMBER_WORDS,
    PLACE_NOUNS,
    PREVENTING,
    RECEIVING,
    RECIPIENT_PREPS,
    RESTRICTIONS,
    SELF_ANNOUNCING,
    STATUS_ROLES,
    SUBJECTIVE_OF,
    THEME_ACTORS,
    THING_NOUNS,
    TIME_UNITS,
    VERBAL_EVENTS,
    WILLING,
    Entry,
    number_value,
    phrase_sector,
)

__all__ = ["Arg", "Finder", "Mention", "PlaceRef"]


class Finder(DocumentView):
    """Finds event mentions in one parsed document (see the module docstring)."""

    def __init__(self, parsed: Parsed, found: Sequence[Found], resolver: Resolver | None,
                 skip_blocks: Iterable[int] = (), published: date | None = None) -> None:
        super().__init__(parsed, found, skip_blocks)
        self.resolver = resolver
        self.published = published
        self.context = places.Context.empty()
        self._admin1: dict[int, str] = {}
        self.statuses = StatusReader(self)
        self.featurizer = FeatureReader(parsed)

    # -- trigger words ---------------------------------------------------------------------------

    def event_cue(self, v: Token, entry: Entry | None) -> bool:
        """Whether a verb that is an attribution cue is also an event.

        'accused X of', 'urged X to', 'condemned X' are events (ACCUSE, REQUEST); 'demonstrated that',
        'confirmed that' report a content and are not; 'denied that X', 'denied any report of X'
        give X the status denied rather than being an event of their own.
        """
        n = self.cue_of.get(v.i)
        if n is None:
            from ..attribution.rules import cue_lexicon

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
            if f.frame != "object" or obj is None or self.is_cue_noun(obj) or (self.is_event_noun(obj) and not thing):
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
        return any(f.channel is not None and f.channel[1] <= i < f.channel[2] for f in self.found)

    # -- the main loop -----------------------------------------------------------------------------

    def run(self) -> list[Mention]:
        """All mentions of the document, in text order."""
        out: list[Mention] = []
        consumed: set[int] = set()
        tokens = self.tokens
        for first, end in self.ranges:
            for i in range(first, end):
                t = tokens[i]
                if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT" and t.lemma_ != "be"):
                    m = self.verb_mention(t, consumed)
                    if m is not None:
                        out.append(m)
        for first, end in self.ranges:
            for i in range(first, end):
                t = tokens[i]
                if i not in consumed and self.is_event_noun(t) and not self._in_channel(i):
                    m = self.noun_mention(t)
                    if self.noun_is_event(t, m):
                        out.append(m)
        taken = {m.head for m in out}
        for n, f in enumerate(self.found):
            m = self.demand(n, f) or self.blame(n, f)
            if m is not None and m.head not in taken:
                out.append(m)
        out.sort(key=lambda m: m.head)
        self.document_context(out)
        for m in out:
            self.finish(m)
        return out

    def demand(self, n: int, f: Found) -> Mention | None:
        """'Chile says Peru must reopen the pass', 'Osei: the rebels must lay down arms': a REQUEST.

        PLOVER codes a statement that someone else must or should act as a request by the speaker.
        """
        if f.cls not in ("speech", "claim", "report") or not f.source or not f.content:
            return None
        doc = self.doc
        tokens = self.tokens
        s, e = f.content[0]
        for i in range(bisect.bisect_left(self.p.starts, s), len(doc)):
            if self.p.starts[i] >= e:
                break
            v = tokens[i]
            modal = next((c for c in self.children_of[v.i] if c.dep_ == "aux" and c.lower_ in MODAL_DEMANDS), None)
            if v.pos_ not in ("VERB", "AUX") or modal is None or any(c.dep_ == "neg" for c in self.children_of[v.i]):
                continue
            subj = next((c for c in self.children_of[v.i] if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in ("i", "we", "you", "it", "this", "that", "there") or \
                    subj.i in range(*f.source):
                return None
            head = f.head
            m = Mention(head=head, tokens=sorted({head, modal.i}), kind="verb",
                        key=f"{tokens[head].lemma_.lower()} must", lex="REQUEST", frames=[])
            m.actors.append(Arg(f.source[0], f.source[1], f.source_head if f.source_head is not None else
                                f.source[1] - 1, "statement-source"))
            m.recipients.append(self.np(subj, "clause-subj"))
            m.scope.update(m.tokens)
            m.scope.update(t.i for t in v.subtree)
            m.scope.update(range(f.source[0], f.source[1]))
            return m
        return None

    def blame(self, n: int, f: Found) -> Mention | None:
        """'The ministry said the gang was responsible', 'critics say she has misused ...': an ACCUSE.

        A statement whose content finds someone responsible, guilty, lying or acting illegally, or whose
        source is the subject's critics, is PLOVER's ACCUSE by the speaker against the content's subject.
        """
        children = self.children_of
        if f.cls not in ("speech", "claim", "report", "belief") or not f.source or not f.content or f.frame not in (
                "clause", "quote", "parataxis"):
            return None
        doc = self.doc
        tokens = self.tokens
        s, e = f.content[0]
        first = bisect.bisect_left(self.p.starts, s)
        root = next((t for t in doc[first:] if t.dep_ in ("ccomp", "ROOT") and t.i > first - 1
                     and self.p.starts[t.i] < e and t.pos_ in ("VERB", "AUX")), None)
        if root is None:
            return None
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
        m.recipients.append(self.np(subj, "clause-subj"))
        m.scope.update([f.head, *range(f.source[0], f.source[1])])
        m.scope.update(t.i for t in root.subtree)
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
                    (self.verb_key(head)[1] or Entry(None, "")).role in STATUS_ROLES:
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
                _, e = self.noun_key(head)
                role = e.role if e is not None and e.role in STATUS_ROLES else "hypothetical"
            else:
                _key, e = self.verb_key(head)
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

    def participle_of_event(self, v: Token) -> bool:
        """'the summit hosted by Ghana', 'the offer made by the union': part of the noun's event."""
        if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBG") or not self.is_event_noun(v.head):
            return False
        key, entry = self.verb_key(v)
        has_agent = any(c.dep_ == "agent" for c in self.children_of[v.i])
        return has_agent and (entry is None or entry.role == "light" or key in ("host", "propose", "make", "hold",
                                                                                  "organize", "organise", "lead"))

    def verb_mention(self, v: Token, consumed: set[int]) -> Mention | None:
        key, entry = self.verb_key(v)
        if entry is not None and entry.category is None and entry.role == "event" and \
                not any(role == "frame" for _, role in self.chain(v)):
            return None  # say, be, have (but 'ordered X to appear' is an event)
        if self.participle_of_event(v) or self._in_channel(v.i):
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
                _fkey, fe = self.verb_key(f)
                m.tokens.insert(0, f.i)
                if fe is not None and fe.category:
                    m.lex = fe.category
        obj = next((c for c in self.children_of[v.i] if c.dep_ == "dobj"), None)
        light = (entry is not None and entry.role == "light") or key in ("take", "make", "hold", "launch")
        if obj is not None and light and self.is_event_noun(obj):
            okey, oe = self.noun_key(obj)
            m.kind, m.key = "light", f"{key} {okey}"
            m.tokens.append(obj.i)
            if oe is not None and oe.category and (m.lex is None or entry is None or entry.category is None
                                                   or entry.role == "light"):
                m.lex = oe.category
            consumed.add(obj.i)
        elif obj is not None and entry is not None and entry.role in STATUS_ROLES and self.is_event_noun(obj):
            return None  # 'planned an offensive': the noun is the event, with this verb as its frame
        for c in self.children_of[v.i]:
            if c.dep_ == "prt":
                m.tokens.append(c.i)
        m.tokens.sort()
        if key in ("attend", "join", "participate", "take part"):
            target = obj
            if target is not None and target.lower_ in ("which", "that") and v.dep_ == "relcl":
                target = self.antecedent(v)
            if target is None:
                target = next((g for c in self.children_of[v.i] if c.dep_ == "prep" and c.lower_ == "in"
                               for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
            if target is not None and self.is_event_noun(target):
                m.joins = target.i
        self.verb_arguments(m, v, frames, obj if m.kind == "light" else None)
        return m

    def subject(self, v: Token, depth: int = 0) -> tuple[Token | None, bool]:
        """The subject of ``v`` (following chains upwards) and whether ``v`` is passive."""
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in self.children_of[v.i])
        for c in self.children_of[v.i]:
            if c.dep_ in ("nsubj", "csubj", "expl"):
                if c.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                    return self.antecedent(v), passive
                if self.in_dateline(c.i):
                    return self.past_dateline(v), passive
                return c, passive
            if c.dep_ == "nsubjpass":
                return (c, True)
        if depth > 4 or v.head.i == v.i:
            return None, passive
        head = v.head
        if v.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr") and \
                any(c.dep_ == "nsubj" and c.lower_ == "it" for c in self.children_of[head.head.i]):
            return None, passive  # 'it is vital to keep talking': no one in particular
        if v.dep_ == "xcomp":
            obj = next((c for c in self.children_of[head.i] if c.dep_ in ("dobj", "dative") and c.i < v.i), None)
            if obj is not None and head.lemma_.lower() in OBJECT_CONTROL:
                return obj, passive
            return self.subject(head, depth + 1)[0], passive
        if v.dep_ == "acl" and v.tag_ == "VBG" and head.lemma_.lower() in DOCUMENTS and head.head.pos_ == "VERB":
            return self.subject(head.head, depth + 1)[0], passive  # 'adopted a motion condemning X'
        if v.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            return self.subject(head, depth + 1)[0], passive
        if v.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            return self.subject(head, depth + 1)[0], passive
        if v.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.pos_ in ("NOUN", "PROPN", "PRON") and (
                head.head.pos_ != "NOUN" or head.head.ent_type_ or phrase_sector([head.head])):
            return head.head, passive  # 'accused the rebels of shelling a school' (not 'the value of trying')
        if v.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.pos_ == "VERB":
            obj = next((c for c in self.children_of[head.head.i] if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj, passive
        if v.dep_ in ("advcl", "pcomp") or (v.dep_ == "acl" and head.pos_ == "NOUN" and v.tag_ == "VB"):
            target = head.head if v.dep_ == "pcomp" else head
            if v.dep_ == "acl":
                # 'willingness to deploy': the owner of the noun, or the subject of its verb
                poss = next((c for c in self.children_of[head.i] if c.dep_ == "poss"), None)
                if poss is not None:
                    return poss, passive
                target = head.head
            while target.pos_ not in ("VERB", "AUX") and target.head.i != target.i:
                target = target.head
            if target.pos_ in ("VERB", "AUX"):
                return self.subject(target, depth + 1)[0], passive
        if v.dep_ == "relcl":
            return self.antecedent(v), passive
        if v.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return (None, True) if v.tag_ == "VBN" else (head, passive)
        return None, passive

    def antecedent(self, v: Token) -> Token:
        """The noun a relative clause is about ('Tilburg, which the rebels took': Tilburg)."""
        head = v.head
        rel = next((c for c in self.children_of[v.i] if c.lower_ in ("which", "who", "that", "whom")), None)
        if head.lower_ in DIRECTIONS or head.pos_ not in ("NOUN", "PROPN", "PRON"):
            k = (rel.i if rel is not None else v.i) - 1
            while k > max(0, v.i - 6) and (self.tokens[k].is_punct or self.tokens[k].pos_ not in ("NOUN", "PROPN")):
                k -= 1
            if self.tokens[k].pos_ in ("NOUN", "PROPN"):
                return self.tokens[k]
        return head

    def verb_arguments(self, m: Mention, v: Token, frames: list[tuple[Token, str]], obj_noun: Token | None) -> None:
        children = self.children_of
        tokens = self.tokens
        event_frames = [f for f, role in frames if role == "frame"]
        subj, passive = self.subject(event_frames[-1] if event_frames else v)
        m.passive = passive
        agent = next((g for c in children[v.i] if c.dep_ == "agent" for g in children[c.i] if g.dep_ == "pobj"), None)
        if passive:
            if agent is not None:
                m.actors.append(self.np(agent, "agent"))
            if subj is not None and subj.dep_ == "nsubjpass":
                if agent is None and v.lemma_.lower() in THEME_ACTORS and \
                        phrase_sector(self.tokens[subj.left_edge.i:subj.i + 1]) in ("MIL", "COP", "PRM"):
                    m.actors.append(self.np(subj, "nsubjpass"))
                else:
                    m.recipients.append(self.np(subj, "nsubjpass"))
            elif v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                m.recipients.append(self.np(v.head, "acl", exclude=[v.i]))
        elif subj is not None and subj.pos_ != "VERB":
            if subj.lower_ in ("who", "which", "that"):
                subj = self.antecedent(subj.head)
            m.actors.append(self.np(subj, "subj", exclude=[v.i]))
        lemma = v.lemma_.lower()
        heads = [v] + [f for f, role in frames if role == "frame"]
        fused = next((c for c in children[v.i] if c.dep_ == "dobj" and m.kind == "verb"
                      and m.key == f"{lemma} {c.lemma_.lower()}"), None)
        if fused is not None:
            m.tokens.append(fused.i)
            m.tokens.sort()
            for c in children[fused.i]:
                pobj = next((g for g in children[c.i] if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                if pobj is not None and c.lower_ in ("of", "over"):
                    m.recipients.append(self.np(pobj, f"prep:{c.lower_}"))
                elif c.dep_ == "prep":
                    self.prep_argument(m, c, lemma)
        for h in heads:
            for c in children[h.i]:
                if c.i == (fused.i if fused is not None else -1):
                    continue
                if c.dep_ in ("dobj", "dative", "attr", "oprd") and c.i != (obj_noun.i if obj_noun else -1):
                    if c.pos_ == "PRON" and c.lower_ in ("which", "that", "whom", "who") and v.dep_ == "relcl":
                        target = self.antecedent(v)
                        m.recipients.append(self.np(target, "dobj", exclude=[v.i]))
                    elif c.dep_ != "attr" or c.pos_ in ("PROPN", "NOUN"):
                        m.recipients.append(self.np(c, c.dep_))
                        if c.lemma_.lower() in ABSTRACT_OBJECTS or self.is_event_noun(c):
                            for g in children[c.i]:  # 'granted access to the inspectors', 'refused entry to X'
                                pobj = next((x for x in children[g.i] if x.dep_ == "pobj"), None)
                                if g.dep_ == "prep" and g.lower_ in ("of", "to", "for") and pobj is not None:
                                    m.recipients.append(self.np(pobj, f"prep:{g.lower_}"))
                elif c.dep_ == "prep":
                    self.prep_argument(m, c, lemma)
                elif c.dep_ in ("ccomp", "xcomp") and c.i != v.i and not any(x.dep_ == "dobj" for x in children[h.i]):
                    inner = next((g for g in children[c.i] if g.dep_ in ("nsubj", "nsubjpass")
                                  and g.lower_ not in ("it", "this", "that", "there", "which", "who")), None)
                    if inner is not None and self._clause_object(h):
                        m.recipients.append(self.np(inner, "clause-subj"))
        if obj_noun is not None:
            self.noun_arguments(m, obj_noun, as_object=True)
        for c in children[v.i]:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("until", "unless", "till")
                                         for g in children[c.i]):
                inner = next((g for g in children[c.i] if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"), None)
                if inner is not None:
                    m.recipients.append(self.np(inner, "condition-subj"))
        if lemma in GIVING:
            obj = next((c for c in children[v.i] if c.dep_ == "dobj"), None)
            for t in obj.subtree if obj is not None else ():
                pobj = next((g for g in children[t.i] if g.dep_ == "pobj"), None) if t.dep_ == "prep" else None
                if pobj is not None and t.lower_ in ("to", "for") and t.head.i != obj.i and \
                        not self.is_time_token(pobj) and not any(a.head == pobj.i for a in m.recipients):
                    m.recipients.append(self.np(pobj, f"prep:{t.lower_}"))
        # 'ease the ban imposed on Chile': whom the restriction targets
        for a in list(m.recipients):
            h = tokens[a.head]
            if h.lemma_.lower() in RESTRICTIONS:
                for c in [*children[h.i], *(g for x in children[h.i] if x.dep_ == "acl" for g in children[x.i])]:
                    pobj = next((g for g in children[c.i] if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                    if pobj is not None and c.lower_ in ("on", "against", "with"):
                        m.recipients.append(self.np(pobj, f"prep:{c.lower_}"))
        if lemma in RECEIVING and (m.obliques or m.recipients):
            giver = next((a for a in [*m.obliques, *m.recipients] if a.rel == "prep:from"), None)
            if giver is not None:
                # 'X received support from Y': Y gives, X receives
                m.recipients = m.actors + [a for a in m.recipients if a.rel != "dobj" and a is not giver]
                m.actors = [giver]
                if giver in m.obliques:
                    m.obliques.remove(giver)
        m.scope.update(m.tokens)
        m.scope.update(f for f, _ in m.frames)
        for a in [*m.actors, *m.recipients, *m.obliques]:
            m.scope.update(range(a.start, a.end))
        for c in children[v.i]:
            if c.dep_ in ("npadvmod", "advmod", "tmod", "prep", "dobj", "prt", "dative", "oprd", "acomp") and \
                    not self.opens_clause(c):
                m.scope.update(self.outside_clauses(c))
        if tokens[v.i].dep_ == "acl" and passive:
            m.scope.update(range(*self.np_span(v.head)))

    def _clause_object(self, v: Token) -> bool:
        """Verbs whose clausal complement's subject is who they act on ('urged that X', 'supported X going')."""
        n = self.cue_of.get(v.i)
        if n is not None and self.found[n].cls in ("speech", "report", "belief", "claim", "evidential", "agreement"):
            return False  # 'said that X ...': X is not the recipient of saying
        _key, e = self.verb_key(v)
        return e is not None and e.category is not None

    def prep_argument(self, m: Mention, prep: Token, lemma: str) -> None:
        pobj = next((g for g in self.children_of[prep.i] if g.dep_ in ("pobj", "pcomp")), None)
        if pobj is None or pobj.pos_ in ("VERB", "AUX"):
            return
        p = prep.lower_
        if p in ("by",) and prep.dep_ == "agent":
            return
        arg = self.np(pobj, f"prep:{p}")
        own = self.verb_key(prep.head)[1] if prep.head.pos_ == "VERB" else None
        cats = {m.lex, own.category if own is not None else None}
        leaving = p in ("from", "out") and bool(cats & {"RETREAT", "SANCTION", "COERCE"})  # 'resign from the board'
        if (p in ("with", "against", "on", "upon", "to", "toward", "towards", "into", "onto", "at", "for", "of",
                  "between", "among") or leaving) and not self.is_time_token(pobj) and not self.is_place_like(pobj):
            m.recipients.append(arg)
        else:
            m.obliques.append(arg)

    # -- nouns --------------------------------------------------------------------------------------

    def noun_mention(self, n: Token) -> Mention:
        children = self.children_of
        key, entry = self.noun_key(n)
        m = Mention(head=n.i, tokens=[n.i], kind="noun", key=key, lex=entry.category if entry else None)
        m.definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                         for c in children[n.i])
        frames: list[tuple[int, str]] = []
        h = n
        # 'planned an offensive', 'Chile's role ... is not foreseen', 'efforts to form'
        if n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX"):
            _, e = self.verb_key(n.head)
            if e is not None and e.role in STATUS_ROLES:
                frames.append((n.head.i, e.role))
            elif n.head.i in self.cue_of:
                frames.append((n.head.i, "cue"))
            h = n.head
        m.frames = frames
        self.noun_arguments(m, n, as_object=False)
        if n.dep_ == "dobj" and n.head.lemma_.lower() in EXPRESSING and not any(a.rel == "subj" for a in m.actors):
            subj, _ = self.subject(n.head)
            if subj is not None and subj.pos_ != "PRON":
                m.actors.insert(0, self.np(subj, "subj", exclude=[n.head.i]))  # 'the envoy restated Chile's support'
        if n.dep_ == "dobj" and n.head.lemma_.lower() in SELF_ANNOUNCING:
            if not m.actors:
                subj, _ = self.subject(n.head)
                if subj is not None:
                    m.actors.append(self.np(subj, "subj", exclude=[n.head.i]))
            # 'declared a truce on Friday in X': the declaring verb's time and place are the event's
            m.tokens.insert(0, n.head.i)
            for c in children[n.head.i]:
                if c.dep_ in ("prep", "npadvmod") and c.i != n.i:
                    m.scope.update(t.i for t in c.subtree)
        if not m.actors and h.i != n.i and n.dep_ == "dobj":
            subj, _ = self.subject(h)
            if subj is not None and frames and frames[0][1] in STATUS_ROLES:
                m.actors.append(self.np(subj, "subj", exclude=[h.i]))
        m.scope.update(self.outside_clauses(n))
        m.scope.update(f for f, _ in m.frames)
        for a in [*m.actors, *m.recipients, *m.obliques]:
            m.scope.update(range(a.start, a.end))
        return m

    def noun_is_event(self, n: Token, m: Mention) -> bool:
        """Whether an event noun reports an event here: 'Chile's blockade', 'the summit', 'clashes erupted'.

        Nouns of things agreed, asked or given ('a ceasefire', 'support') count only with an actor of their
        own; any event noun used as a modifier ('the truce plan') does not count.
        """
        if n.dep_ in ("compound", "amod", "nmod") and n.head.pos_ in ("NOUN", "PROPN"):
            return False
        thing = m.key in THING_NOUNS or n.lemma_.lower() in THING_NOUNS
        if not thing:
            return True
        if m.actors:
            return True
        return n.dep_ == "nsubjpass" and self.verb_key(n.head)[1] is not None and \
            self.verb_key(n.head)[1].role == "light"  # 'pledges were made'

    def noun_arguments(self, m: Mention, n: Token, *, as_object: bool) -> None:
        """Actor and recipients of an event noun: 'Chile's blockade of the port', 'talks with Peru'."""
        has_actor = bool(m.actors)
        for c in self.children_of[n.i]:
            if c.dep_ == "poss" and not as_object:
                m.actors.append(self.np(c, "poss"))
                has_actor = True
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < n.i and not as_object and \
                    (lexicons.country_code(c.text) or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")):
                m.actors.append(Arg(c.i, c.i + 1, c.i, "mod"))
                has_actor = True
            elif c.dep_ in ("amod", "compound") and c.lower_ in ("led", "backed", "launched", "sponsored") and \
                    not as_object:
                who = next((g for g in self.children_of[c.i] if g.dep_ in ("npadvmod", "compound", "nmod") and
                            (g.pos_ == "PROPN" or lexicons.country_code(g.text))), None)
                if who is not None:
                    m.actors.append(Arg(who.i, who.i + 1, who.i, "mod"))
                    has_actor = True
            elif c.dep_ == "acl" and c.pos_ == "VERB" and self.participle_of_event(c):
                self.merge_participle(m, c)
                has_actor = has_actor or bool(m.actors)
        for c in self.children_of[n.i]:
            if c.dep_ != "prep":
                continue
            pobj = next((g for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            p = c.lower_
            if p in ("by", "from") and not has_actor and (p == "by" or pobj.ent_type_ or pobj.pos_ == "PROPN"):
                m.actors.append(self.np(pobj, "agent"))  # 'praise from the council', 'an offer by the union'
                has_actor = True
                if p == "from" and n.dep_ == "dobj" and n.head.lemma_.lower() in RECEIVING:
                    subj, _ = self.subject(n.head)
                    if subj is not None:
                        m.recipients.append(self.np(subj, "subj", exclude=[n.head.i]))
            elif p == "between":
                m.actors.append(self.np(pobj, "prep:between"))
                has_actor = True
            elif p == "of" and not has_actor and n.lemma_.lower() in SUBJECTIVE_OF and \
                    (pobj.ent_type_ or pobj.pos_ == "PROPN" or lexicons.country_code(pobj.text)):
                m.actors.append(self.np(pobj, "prep:of"))
                has_actor = True
            elif p in RECIPIENT_PREPS and not self.is_time_token(pobj) and not self.is_place_like(pobj):
                m.recipients.append(self.np(pobj, f"prep:{p}"))
            else:
                m.obliques.append(self.np(pobj, f"prep:{p}"))

    def merge_participle(self, m: Mention, v: Token) -> None:
        """'the summit hosted by Ghana', 'the offer made by the union': the participle's agent."""
        children = self.children_of
        agent = next((g for c in children[v.i] if c.dep_ == "agent" for g in children[c.i] if g.dep_ == "pobj"), None)
        lemma = v.lemma_.lower()
        if agent is not None:
            if lemma == "host":
                m.recipients.append(self.np(agent, "host"))
            else:
                m.actors.append(self.np(agent, "agent"))
        for c in children[v.i]:
            if c.dep_ == "prep" and c.lower_ in ("with", "between", "among"):
                pobj = next((g for g in children[c.i] if g.dep_ == "pobj"), None)
                if pobj is not None:
                    (m.actors if lemma == "host" else m.recipients).append(self.np(pobj, f"prep:{c.lower_}"))
        m.tokens.append(v.i)
        m.scope.update(t.i for t in v.subtree)

    # -- finishing: status, place, time, quantities, features -------------------------------------------

    def finish(self, m: Mention) -> None:
        children = self.children_of
        for attr in ("actors", "recipients", "obliques"):
            seen: set[tuple[int, int]] = set()
            uniq = []
            for a in getattr(m, attr):
                if (a.start, a.end) not in seen:
                    seen.add((a.start, a.end))
                    uniq.append(a)
            setattr(m, attr, uniq)
        m.sentence = self.p.sentence_of[m.head]
        for a in list(m.recipients):
            h = self.tokens[a.head]
            if self.is_cue_noun(h) or self.is_event_noun(h):
                clause = next((c for c in children[h.i] if c.dep_ in ("acl", "ccomp") and
                               any(g.dep_ == "mark" for g in children[c.i])), None)
                inner = next((g for g in children[clause.i] if g.dep_ in ("nsubj", "nsubjpass")),
                             None) if clause else None
                if inner is not None and inner.pos_ != "PRON":
                    m.recipients.append(self.np(inner, "claim-subj"))
        head = self.tokens[m.head]
        if m.kind == "noun":
            clause = next((c for c in children[head.i] if c.dep_ in ("acl", "ccomp") and
                           any(g.dep_ == "mark" and g.lower_ == "that" for g in children[c.i])), None)
            inner = next((g for g in children[clause.i] if g.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
            if inner is not None and inner.pos_ != "PRON" and not m.recipients:
                m.recipients.append(self.np(inner, "claim-subj"))
        if m.kind == "noun" and head.dep_ == "dobj":
            subj, _ = self.subject(head.head)
            for a in m.actors:
                if a.rel == "poss" and self.tokens[a.head].pos_ == "PRON" and subj is not None and subj.pos_ != "PRON":
                    a.fallback = self.np(subj, "subj", exclude=[head.head.i])
        m.finder = self

    def describe(self, m: Mention) -> None:
        """Status and classifier features of a mention (done only for the mentions that may become events)."""
        if m.described:
            return
        m.described = True
        m.status = self.statuses.claim_status(m)
        n = next((k for kind, k in m.status if kind in ("claimed", "denied") and k is not None), None)
        if n is not None and self.found[n].source:
            src = self.found[n].source
            for a in m.actors:
                if a.end - a.start == 1 and self.tokens[a.head].lower_ in ("it", "they", "he", "she", "we"):
                    a.fallback = Arg(src[0], src[1], self.found[n].source_head or src[1] - 1, "statement-source")
        m.features = self.featurizer.features(m)

    def complete(self, m: Mention) -> None:
        """Place, time and quantities of a mention (done only for the mentions that become events)."""
        if m.completed:
            return
        m.completed = True
        m.places = self.find_places(m)
        m.time = self.find_time(m)
        m.quantities = self.find_quantities(m)

    # -- places ---------------------------------------------------------------------------------------

    def document_context(self, mentions: list[Mention]) -> None:
        """Countries of the document's actors and of the places it names without ambiguity."""
        ctx = self.context
        if self.resolver is not None:
            for c in self.resolver.clusters:
                if c.country and not (c.type == "country" and places.ambiguous(c.name)):
                    ctx.add_country(c.country, min(len(c.mentions), 3) or 1)
        for ent in {id(e): e for e in self.ent_at.values()}.values():
            if ent.label_ in ("GPE", "LOC", "NORP"):
                found = places.candidates(ent.text)
                if places.ambiguous(ent.text):
                    continue  # 'Georgia' cannot vote for itself
                code = lexicons.country_code(ent.text)
                if code:
                    ctx.add_country(code, 0.5)
                    continue
                if found and found[0].country:
                    ctx.add_country(found[0].country, 0.5)
                    top = max(found, key=lambda c: c.population)
                    if top.admin1:
                        ctx.admin1[top.admin1] += 1

    def find_places(self, m: Mention) -> list[PlaceRef]:
        """Places of the mention's own phrases: locative phrases and place-like arguments."""
        tokens = self.tokens
        out: list[PlaceRef] = []
        seen: set[int] = set()
        anchors = set(m.tokens) | {f for f, _ in m.frames} | {a.head for a in [*m.actors, *m.recipients, *m.obliques]}
        for i in sorted(m.scope):
            t = tokens[i]
            if t.dep_ != "prep" or t.lower_ not in LOCATIVE_PREPS:
                continue
            direct = t.head.i in anchors
            if not direct and not any(a.start <= i < a.end for a in m.recipients):
                continue  # a place deeper in the trigger's own phrase ('a summit aimed at ... peace in X')
            pobj = next((g for g in self.children_of[t.i] if g.dep_ == "pobj"), None)
            if pobj is None or pobj.i in seen or self.is_time_token(pobj):
                continue
            if t.lower_ in ("to", "from", "of", "on", "at") and not self.is_place_like(pobj) and \
                    not self._place_name(pobj):
                continue
            ref = self.place_phrase(pobj, m)
            if ref is not None:
                ref.direct = direct
                seen.add(pobj.i)
                out.append(ref)
        for a in m.recipients:
            h = tokens[a.head]
            if h.i not in seen and (self.is_place_like(h) or self.is_town(h)):
                ref = self.place_phrase(h, m)
                if ref is not None and ref.rank >= 1:
                    seen.add(h.i)
                    out.append(ref)
        return out

    def is_town(self, t: Token) -> bool:
        """A name the gazetteer knows only as a city or region, never as a country ('Sudzha', 'Crimea')."""
        if t.pos_ != "PROPN" or lexicons.country_code(t.text):
            return False
        found = places.candidates(self.doc[self.name_range(t)[0]:t.i + 1].text)
        return bool(found) and all(c.kind != "country" for c in found) and not self._person_name(t) and \
            t.ent_type_ != "ORG"

    def _person_name(self, t: Token) -> bool:
        """Whether a capitalised word reads as a person's name, not only as the NER's guess ('Sumy' is a city)."""
        if t.ent_type_ != "PERSON":
            return False
        ent = self.ent_at.get(t.i)
        words = [w for w in (ent or [t]) if w.is_alpha]
        before = self.tokens[ent.start - 1] if ent is not None and ent.start > 0 else None
        titled = before is not None and before.lower_ in lexicons.roles()
        return len(words) > 1 or titled or t.lower_ in lexicons.first_names()

    def _place_name(self, t: Token) -> bool:
        """A capitalised name that the gazetteer knows or the NER calls a place."""
        if not (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC")):
            return False
        if self._person_name(t):
            return False  # 'Grace Lincoln', though there are towns called Lincoln
        name = self.doc[self.name_range(t)[0]:t.i + 1].text
        return not (t.ent_type_ in ("PERSON", "ORG", "NORP") and not places.candidates(name))

    def place_phrase(self, t: Token, m: Mention) -> PlaceRef | None:
        """A place from a phrase head: 'the town of Sumy in Ukraine', 'its Kursk frontier region', 'the UK'."""
        doc = self.doc
        low = t.lemma_.lower()
        kind_hint = PLACE_NOUNS.get(low) or PLACE_NOUNS.get(t.lower_)
        if low == "state" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in self.children_of[t.i]):
            kind_hint = None  # 'the Chilean state' is a government, 'the state of Georgia' a place
        names: list[tuple[int, int]] = []
        if kind_hint is not None:
            of = next((g for c in self.children_of[t.i] if c.dep_ == "prep" and c.lower_ == "of"
                       for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
            comp = [c for c in self.children_of[t.i] if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i and
                    (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC"))]
            if of is not None and of.pos_ == "PROPN":
                names.append(self.name_range(of))
                names.extend(self.name_range(c) for c in of.conjuncts)
            elif comp:
                names.append(self.name_range(comp[0]))
        elif self._place_name(t):
            names.append(self.name_range(t))
        else:
            return None
        container = self.container(t)
        span_start, span_end = self.np(t, "place").start, self.np(t, "place").end
        if kind_hint is not None and not names:
            if low in NAMED_ONLY and not any(c.pos_ == "PROPN" for c in t.lefts):
                return None
            # 'to the area', 'outside the French embassy': a place the text does not name
            span = self.p.char_span(span_start, span_end)
            rank = 1 if kind_hint == "other" else -1
            return PlaceRef(Place(text=self.p.text[span[0]:span[1]], spans=[span],
                                  kind="other" if kind_hint == "other" else None), rank)
        refs = []
        for s, e in names:
            name = doc[s:e].text
            if lexicons.country_code(name) and not places.candidates(name):
                continue  # 'Russian' in 'Russian territory'
            resolved = places.resolve(name, self.context, container=container, admin1=self._admin1.get(e - 1),
                                      kind_hint=kind_hint)
            refs.append((s, e, name, resolved))
        if not refs:
            return None
        s, e, name, resolved = refs[0]
        kind = kind_hint or (resolved.kind if resolved else None)
        if kind == "city" and resolved is not None and resolved.kind == "country":
            kind = "country"
        text_span = self.p.char_span(span_start, span_end) if kind_hint else self.p.char_span(s, e)
        text = self.p.text[text_span[0]:text_span[1]]
        if resolved is None:
            place = Place(text=text, spans=[text_span], kind=kind if kind in ("region", "city", "village") else None)
            if container:
                place.country = container
            near = self.nearby_place(t, m)
            if near is not None:
                place.within = near.place
                if container is None and near.rank <= 1 and near.place.country:
                    place.country = near.place.country
            rank = {"village": 3, "city": 2, "region": 1}.get(kind or "", 2)
            return PlaceRef(place, rank)
        pkind = "region" if kind == "region" and resolved.kind != "country" else resolved.kind
        lat, lon = (resolved.lat, resolved.lon)
        place = Place(text=text, spans=[text_span], name=resolved.name, country=resolved.country, lat=lat, lon=lon,
                      kind=pkind if pkind in ("country", "region", "city", "village") else "other")
        rank = {"country": 0, "region": 1, "city": 2, "village": 3}.get(kind_hint or pkind, 1)
        return PlaceRef(place, rank, resolved.admin1)

    def name_range(self, t: Token) -> tuple[int, int]:
        """Token range of a (possibly multi-word) name headed by ``t``: 'North Korea', 'San Marino'."""
        start = t.i
        tokens = self.tokens
        while start > 0 and tokens[start - 1].dep_ == "compound" and tokens[start - 1].head.i in (t.i, start) \
                and tokens[start - 1].pos_ == "PROPN":
            start -= 1
        if t.ent_iob_ in ("B", "I"):
            ent = self.ent_at.get(t.i)
            if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
                s = ent.start + (1 if self.tokens[ent.start].lower_ == "the" else 0)
                return min(s, start), max(ent.end, t.i + 1)
        return start, t.i + 1

    def container(self, t: Token) -> str | None:
        """A country the text puts a place in: 'Sumy in Ukraine', 'its Kursk region', 'Ukraine's Sumy region'."""
        children = self.children_of
        for c in children[t.i]:
            if c.dep_ == "prep" and c.lower_ == "in":
                pobj = next((g for g in children[c.i] if g.dep_ == "pobj"), None)
                if pobj is not None:
                    code = lexicons.country_code(pobj.text) or lexicons.country_code(
                        self.doc[self.name_range(pobj)[0]:pobj.i + 1].text)
                    if code:
                        return code
            if c.dep_ in ("appos", "npadvmod", "conj") and c.i > t.i:
                pair = self._state_of(t, c)
                if pair is not None:
                    return pair
                code = lexicons.country_code(c.text)
                if code:
                    return code
            if c.dep_ == "poss":
                code = lexicons.country_code(c.text)
                if code:
                    return code
                if c.pos_ == "PRON" and self.resolver is not None:
                    for k in self.resolver.resolve_pronoun(c):
                        cl = self.resolver.clusters[k]
                        if cl.type == "country" and cl.country:
                            return cl.country
            if c.dep_ in ("amod", "compound") and lexicons.demonyms().get(lexicons.norm(c.text)) and \
                    not places.candidates(c.text):
                return lexicons.demonyms()[lexicons.norm(c.text)]
        of = next((g for c in children[t.i] if c.dep_ == "prep" and c.lower_ == "of" for g in children[c.i]
                   if g.dep_ == "pobj"), None)
        if of is not None and of.i != t.i and of.pos_ == "PROPN":
            return self.container(of)
        return None

    def _state_of(self, t: Token, c: Token) -> str | None:
        """'Athens, Georgia': when the second name is a region holding a place of the first name, its country.

        The region is remembered in ``self._admin1`` so that :meth:`place_phrase` picks that place.
        """
        outer = [x for x in places.candidates(self.doc[self.name_range(c)[0]:c.i + 1].text)
                 if x.kind == "region" and x.admin1]
        inner = places.candidates(self.doc[self.name_range(t)[0]:t.i + 1].text)
        for region in outer:
            if any(x.admin1 == region.admin1 for x in inner):
                self._admin1[t.i] = region.admin1 or ""
                return region.country
        return None

    def nearby_place(self, t: Token, m: Mention) -> PlaceRef | None:
        """'hamlets ..., lying south of the town of Sumy': a resolved place near an unknown one."""
        sent_end = self.p.sentences[self.p.sentence_of[t.i]][1]
        for i in range(t.i + 1, min(sent_end, t.i + 16)):
            w = self.tokens[i]
            if w.dep_ == "pobj" and w.head.lower_ in ("of", "near", "outside", "in") and w.i != t.i:
                low = w.lemma_.lower()
                if low in PLACE_NOUNS or self._place_name(w):
                    ref = self.place_phrase(w, m)
                    if ref is not None and ref.place.name:
                        return ref
        return None

    # -- time and quantities -----------------------------------------------------------------------------

    def find_time(self, m: Mention) -> TimeRef | None:
        doc = self.doc
        tokens = self.tokens
        heads = [tokens[i] for i in m.tokens] + [tokens[f] for f, _ in m.frames]
        head = tokens[m.head]
        if m.kind == "noun" and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            heads.append(head.head)  # 'clashes resumed at dawn'
        for h in heads:
            for c in self.children_of[h.i]:
                if c.dep_ not in ("prep", "npadvmod", "advmod", "tmod", "pobj"):
                    continue
                lo, hi = c.left_edge.i, c.right_edge.i + 1
                if c.dep_ in ("advmod", "npadvmod") and any(g.dep_ == "prep" for g in self.children_of[c.i]):
                    lo, hi = min([c.i] + [g.i for g in c.lefts]), c.i + 1  # 'overnight' in 'overnight over ...'
                if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS - {"on", "in", "at"}:
                    continue
                if hi - lo > 6:
                    continue
                phrase = doc[lo:hi].text
                if not timex.is_time_phrase(phrase) or phrase.lower() in ("earlier", "later", "now"):
                    continue
                if c.dep_ == "prep" and c.lower_ in ("since", "after", "before", "until", "following"):
                    continue
                span = self.p.char_span(lo, hi)
                text = self.p.text[span[0]:span[1]]
                future = self._future(m)
                r = timex.resolve(text, self.published, "future" if future else "past")
                m.time_tokens = (lo, hi)
                return TimeRef(text=text, spans=[span], start=r.start.isoformat() if r else None,
                               end=r.end.isoformat() if r else None, grain=r.grain if r else "unknown")
        anchors = set(m.tokens) | {f for f, _ in m.frames}
        for i in sorted(m.scope):
            t = tokens[i]
            if t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B" and t.head.head.i in anchors:
                ent = self.ent_at.get(i)
                if ent is None or len(ent) > 6 or not timex.is_time_phrase(ent.text):
                    continue
                span = self.p.char_span(ent.start, ent.end)
                text = self.p.text[span[0]:span[1]]
                future = self._future(m)
                r = timex.resolve(text, self.published, "future" if future else "past")
                m.time_tokens = (ent.start, ent.end)
                return TimeRef(text=text, spans=[span], start=r.start.isoformat() if r else None,
                               end=r.end.isoformat() if r else None, grain=r.grain if r else "unknown")
        return None

    def _future(self, m: Mention) -> bool:
        """Whether a mention is in the future: its status, or the verb of an event noun ('the talks ... will')."""
        if any(s in ("planned", "future") for s, _ in m.status):
            return True
        head = self.tokens[m.head]
        return m.kind == "noun" and head.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in self.children_of[head.head.i])

    def find_quantities(self, m: Mention) -> list[Quantity]:
        tokens = self.tokens
        out: list[Quantity] = []
        used: set[int] = set()
        for i in sorted(m.scope):
            t = tokens[i]
            if i in used or not (t.like_num or (t.lower_ in NUMBER_WORDS and t.dep_ == "nummod")) or t.pos_ == "PROPN":
                continue
            if t.lower_ in ("a", "an", "one", "half") and t.dep_ != "nummod":
                continue
            if t.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT") and not self._adjectival_unit(t):
                continue
            if m.time_tokens and m.time_tokens[0] <= i < m.time_tokens[1]:
                continue
            q = self.quantity(t, used)
            if q is not None:
                out.append(q)
        return out

    def _adjectival_unit(self, t: Token) -> bool:
        """'a 72-hour truce': a number + time unit used as a modifier counts as a quantity."""
        unit = t.head
        if unit.lower_ in TIME_UNITS and unit.dep_ == "pobj" and unit.head.lower_ in ("by", "for"):
            return True  # 'extend the ceasefire by 14 days'
        return unit.lower_ in TIME_UNITS and unit.dep_ in ("nmod", "amod", "compound") and \
            unit.i > 0 and self.tokens[unit.i - 1].text in ("-", "–")

    def quantity(self, t: Token, used: set[int]) -> Quantity | None:
        tokens = self.tokens
        start = t.i
        end = t.i + 1
        while start > 0 and (tokens[start - 1].like_num or tokens[start - 1].lower_ in MULTIPLIERS) and \
                tokens[start - 1].head.i in (t.i, t.head.i):
            start -= 1
        while end < len(tokens) and (tokens[end].like_num or tokens[end].lower_ in MULTIPLIERS) and \
                tokens[end].i != t.head.i:
            end += 1
        approx = False
        k = start - 1
        while k >= 0 and tokens[k].lower_ in APPROX and (start <= tokens[k].head.i <= end or
                                                          tokens[k].head.i == t.head.i):
            approx = True
            start = k
            k -= 1
        if k >= 0 and tokens[k].lower_ in ("than", "least") and k - 1 >= 0 and tokens[k - 1].lower_ in ("more", "at",
                                                                                                   "less", "fewer"):
            approx, start = True, k - 1
        unit_tok = t.head if t.head.i > t.i and t.dep_ in ("nummod", "quantmod", "compound", "amod") else None
        value = number_value([tokens[j].text for j in range(start, end) if tokens[j].lower_ not in APPROX])
        if unit_tok is None:
            if value is None:
                return None
            span = self.p.char_span(start, end)
            used.update(range(start, end))
            return Quantity(text=self.p.text[span[0]:span[1]], spans=[span], value=value, unit=None,
                            approximate=approx)
        unit = unit_tok.text.lower()
        if unit in TIME_UNITS and not self._adjectival_unit(t):
            return None  # 'three years', 'two weeks': durations are times, not counts
        used.update(range(start, unit_tok.i + 1))
        span = self.p.char_span(start, unit_tok.i + 1)
        return Quantity(text=self.p.text[span[0]:span[1]], spans=[span], value=value, unit=unit, approximate=approx)
