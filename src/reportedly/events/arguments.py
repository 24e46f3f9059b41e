"""Arguments of an event mention: who acts (actors), on whom (recipients), and the other phrases.

In: the :class:`~reportedly.events.view.DocumentView` of a document and a
:class:`~reportedly.events.mention_types.Mention` with its trigger (a verb with its frames, or an event
noun). Out: the mention's ``actors``, ``recipients`` and ``obliques``
(:class:`~reportedly.events.mention_types.Arg` phrases), ``passive`` and the tokens of its own phrases
(``scope``), filled in place; and :meth:`ArgumentReader.subject`, the subject of a verb followed up
through control verbs, conjunctions and relative clauses.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Token

from ..text import lexicons
from ..text.lexicons import OBJECT_CONTROL
from .mention_types import Arg, Mention
from .view import DocumentView, ViewReader
from .words import (
    ABSTRACT_OBJECTS,
    DIRECTIONS,
    DOCUMENTS,
    GIVING,
    RECEIVING,
    RECIPIENT_PREPS,
    RESTRICTIONS,
    STATE_ACTS,
    SUBJECTIVE_OF,
    THEME_ACTORS,
    THING_NOUNS,
    phrase_sector,
)

GERUND_TARGET_PREPS = {"on", "upon", "against", "at"}
"""Prepositions whose gerund clause's subject is the target ('an attack on the government calling it ...')."""


class ArgumentReader(ViewReader):
    """Arguments of the mentions of one document (see the module docstring)."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)

    def subject(self, v: Token, depth: int = 0) -> tuple[Token | None, bool]:
        """The subject of ``v`` (following chains upwards) and whether ``v`` is passive."""
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in self.children_of[v.i])
        for c in self.children_of[v.i]:
            if c.dep_ in ("nsubj", "csubj", "expl") and not self.dateline_subject(c, v):
                if c.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                    ant = self.antecedent(v)
                    if ant.lemma_.lower() in DOCUMENTS and ant.dep_ == "dobj" and ant.head.pos_ == "VERB" and depth < 4:
                        # 'introduced a bill that would sanction X': the bill's author acts through it
                        return self.subject(ant.head, depth + 1)[0] or ant, passive
                    return ant, passive
                return c, passive
            if c.dep_ == "nsubjpass":
                return (c, True)
        acronym = next((c for c in self.children_of[v.i] if c.dep_ == "advmod" and c.i < v.i and len(c.text) > 1 and
                        c.text.isupper() and c.is_alpha), None)
        if acronym is not None:
            return acronym, passive  # 'USAID provided': a name the tagger took for an adverb
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
            if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.dep_ == "dobj" and \
                    head.head.head.pos_ == "VERB" and not any(c.dep_ == "agent" for c in self.children_of[head.i]):
                # 'launched an effort designed to help X': who launched it
                return self.subject(head.head.head, depth + 1)[0], passive
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
        if v.dep_ == "advcl" and v.tag_ in ("VBD", "VBZ", "VBP"):
            return None, passive  # a finite clause has a subject of its own ('after a fire at the plant killed three')
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

    def caption_partner(self, subj: Token) -> Token | None:
        """The second person of a photo caption's subject, which the parser hangs on the first as an apposition:
        'President X, second left, and Prime Minister Y, left, attended'."""
        for c in self.children_of[subj.i]:
            if c.dep_ == "appos" and c.i > subj.i and c.ent_type_ == "PERSON" and \
                    any(t.dep_ == "cc" and t.lower_ == "and" for t in self.tokens[max(subj.i, c.left_edge.i - 2):
                                                                                   c.left_edge.i]):
                return c
        return None

    def dateline_subject(self, c: Token, v: Token) -> bool:
        """A dateline the parser took for a second subject ('UNITED NATIONS -- The Security Council has adopted',
        'WASHINGTON (AP) " President X granted'): a place in capitals opening the sentence, before another subject."""
        first = c.left_edge
        if first.i != self.view.p.sentences[self.view.p.sentence_of[c.i]][0] or not c.text.isupper() or \
                len(c.text) < 3 or not all(t.text.isupper() or t.is_punct for t in self.tokens[first.i:c.i + 1]):
            return False
        return any(g.dep_ == "nsubj" and g.i > c.i for g in self.children_of[v.i])

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
        """Actors, recipients and obliques of verb ``v`` (and its event frames), and the mention's scope.

        ``obj_noun`` is the event noun of a light verb ('held talks with X'), whose own arguments are added.
        """
        children = self.children_of
        tokens = self.tokens
        event_frames = [f for f, role in frames if role == "frame"]
        subj, passive = self.subject(event_frames[-1] if event_frames else v)
        m.passive = passive
        agent = next((g for c in children[v.i] if c.dep_ == "agent" for g in children[c.i] if g.dep_ == "pobj"), None)
        if passive:
            if agent is not None:
                m.actors.append(self.view.np(agent, "agent"))
            if subj is not None and subj.dep_ == "nsubjpass":
                if agent is None and v.lemma_.lower() in THEME_ACTORS and \
                        phrase_sector(self.tokens[subj.left_edge.i:subj.i + 1]) in ("MIL", "COP", "PRM"):
                    m.actors.append(self.view.np(subj, "nsubjpass"))
                else:
                    m.recipients.append(self.view.np(subj, "nsubjpass"))
            elif v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                m.recipients.append(self.view.np(v.head, "acl", exclude=[v.i]))

        elif subj is not None and subj.pos_ != "VERB":
            if subj.lower_ in ("who", "which", "that"):
                subj = self.antecedent(subj.head)
            m.actors.append(self.view.np(subj, "subj", exclude=[v.i]))
            partner = self.caption_partner(subj)
            if partner is not None:
                m.actors.append(self.view.np(partner, "partner", exclude=[v.i]))
        lemma = v.lemma_.lower()
        heads = [v] + [f for f, role in frames if role == "frame"]
        heads += [c for c in children[v.i] if c.i == v.i + 1 and c.pos_ == "VERB" and m.key == f"{lemma} {c.lower_}"]
        fused = next((c for c in children[v.i] if c.dep_ == "dobj" and m.kind == "verb"
                      and m.key == f"{lemma} {c.lemma_.lower()}"), None)
        if fused is not None:
            m.tokens.append(fused.i)
            m.tokens.sort()
            for c in children[fused.i]:
                pobj = next((g for g in children[c.i] if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                if pobj is not None and c.lower_ in ("of", "over"):
                    m.recipients.append(self.view.np(pobj, f"prep:{c.lower_}"))
                elif c.dep_ == "prep":
                    self.prep_argument(m, c, lemma)
        for h in heads:
            for c in children[h.i]:
                if c.i == (fused.i if fused is not None else -1):
                    continue
                if c.dep_ in ("dobj", "dative", "attr", "oprd") and c.i != (obj_noun.i if obj_noun else -1):
                    if c.pos_ == "PRON" and c.lower_ in ("which", "that", "whom", "who") and v.dep_ == "relcl":
                        target = self.antecedent(v)
                        m.recipients.append(self.view.np(target, "dobj", exclude=[v.i]))
                    elif c.dep_ != "attr" or c.pos_ in ("PROPN", "NOUN"):
                        m.recipients.append(self.view.np(c, c.dep_))
                        if c.lemma_.lower() in ABSTRACT_OBJECTS or self.view.is_event_noun(c):
                            for g in children[c.i]:  # 'granted access to the inspectors', 'refused entry to X'
                                pobj = next((x for x in children[g.i] if x.dep_ == "pobj"), None)
                                if g.dep_ == "prep" and g.lower_ in ("of", "to", "for") and pobj is not None:
                                    m.recipients.append(self.view.np(pobj, f"prep:{g.lower_}"))
                elif c.dep_ == "prep":
                    self.prep_argument(m, c, lemma)
                elif c.dep_ in ("ccomp", "xcomp") and c.i != v.i and not any(x.dep_ == "dobj" for x in children[h.i]):
                    inner = next((g for g in children[c.i] if g.dep_ in ("nsubj", "nsubjpass")
                                  and g.lower_ not in ("it", "this", "that", "there", "which", "who")), None)
                    if inner is not None and self._clause_object(h):
                        m.recipients.append(self.view.np(inner, "clause-subj"))
        if obj_noun is not None:
            self.noun_arguments(m, obj_noun, as_object=True)
        for c in children[v.i]:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("until", "unless", "till")
                                         for g in children[c.i]):
                for inner in self.condition_parties(c):
                    m.recipients.append(self.view.np(inner, "condition-subj"))
        for a in list(m.recipients):
            if a.rel == "dobj" and (by := self.author(tokens[a.head])) is not None:
                m.recipients.append(self.view.np(by, "author"))
        if any(c.dep_ == "dobj" and c.lemma_.lower() in ABSTRACT_OBJECTS for c in children[v.i]):
            # 'gave approval for the UN to deliver aid', 'granted permission for X to land'
            m.recipients += [self.view.np(g, "clause-subj") for c in children[v.i] if c.pos_ == "VERB" and
                             c.dep_ in ("advcl", "xcomp", "ccomp") and
                             any(x.dep_ == "mark" and x.lower_ == "for" for x in children[c.i])
                             for g in children[c.i] if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
        if lemma in GIVING:
            obj = next((c for c in children[v.i] if c.dep_ == "dobj"), None)
            # 'supplied most of the equipment Armenia obtained': who received it
            m.recipients += [self.view.np(g, "receiver") for x in (obj.subtree if obj is not None else ())
                             if x.dep_ == "relcl" and x.lemma_.lower() in RECEIVING
                             for g in children[x.i] if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
            for t in obj.subtree if obj is not None else ():
                pobj = next((g for g in children[t.i] if g.dep_ == "pobj"), None) if t.dep_ == "prep" else None
                if pobj is not None and t.lower_ in ("to", "for") and t.head.i != obj.i and \
                        not self.view.is_time_token(pobj) and not any(a.head == pobj.i for a in m.recipients):
                    m.recipients.append(self.view.np(pobj, f"prep:{t.lower_}"))
        if lemma == "return" or any(c.dep_ == "prt" and c.lower_ == "back" for c in children[v.i]):
            # 'will return the bases it seized from the government': a thing goes back to whom it was taken from
            obj = next((c for c in children[v.i] if c.dep_ == "dobj"), None)
            for o in [obj, *self.view.p.conjuncts(obj.i)] if obj is not None else ():
                for c in children[o.i]:
                    if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB":
                        m.recipients += [self.view.np(g, "prep:from") for x in children[c.i]
                                         if x.dep_ == "prep" and x.lower_ == "from"
                                         for g in children[x.i] if g.dep_ == "pobj"]
        # 'ease the ban imposed on Chile': whom the restriction targets
        for a in list(m.recipients):
            h = tokens[a.head]
            if h.lemma_.lower() in RESTRICTIONS:
                for c in [*children[h.i], *(g for x in children[h.i] if x.dep_ == "acl" for g in children[x.i])]:
                    pobj = next((g for g in children[c.i] if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                    if pobj is not None and c.lower_ in ("on", "against", "with"):
                        m.recipients.append(self.view.np(pobj, f"prep:{c.lower_}"))
        if lemma in RECEIVING and (m.obliques or m.recipients):
            giver = next((a for a in [*m.obliques, *m.recipients] if a.rel == "prep:from"), None)
            if giver is not None:
                # 'X received support from Y': Y gives, X receives
                m.recipients = m.actors + [a for a in m.recipients if a.rel != "dobj" and a is not giver]
                m.actors = [giver]
                if giver in m.obliques:
                    m.obliques.remove(giver)
        if passive and agent is None and lemma in STATE_ACTS and (state := self.state_of(v)) is not None:
            m.actors.append(self.view.np(state, "state"))
            m.recipients = [a for a in m.recipients if a.head != state.i]
            m.obliques = [a for a in m.obliques if a.head != state.i]
        m.add_scope(list(m.tokens))
        m.add_scope([f for f, _ in m.frames])
        for a in [*m.actors, *m.recipients, *m.obliques]:
            m.add_scope(range(a.start, a.end))
        for c in children[v.i]:
            if c.dep_ in ("npadvmod", "advmod", "tmod", "prep", "dobj", "prt", "dative", "oprd", "acomp") and \
                    not self.view.opens_clause(c):
                m.add_scope(partial(self.view.outside_clauses, c))
        if tokens[v.i].dep_ == "acl" and passive:
            m.add_scope(range(*self.view.np_span(v.head)))

    def condition_parties(self, c: Token) -> list[Token]:
        """Who must act for a condition ('until their demands are met by the authorities', 'unless Chile
        withdraws', 'until he is satisfied Peru is doing all it can'): the clause's agent and named subject, or
        the subject of the clause it holds."""
        children = self.children_of
        out = [g for x in children[c.i] if x.dep_ == "agent" for g in children[x.i] if g.dep_ == "pobj"]
        out += [g for g in children[c.i] if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"]
        if not out:
            inner = [g for x in children[c.i] if x.dep_ in ("acomp", "ccomp")
                     for g in (x, *children[x.i]) if g.dep_ == "ccomp"]
            out = [g for x in inner[:1] for g in children[x.i] if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"]
        return out

    def author(self, obj: Token) -> Token | None:
        """Whose request, document or act an object is, when a participle names them: 'rejected an appeal filed by
        X', 'granted an order sought by X', 'accepted the proposal submitted by X' (acting on it is acting on X)."""
        low = obj.lemma_.lower()
        if not (low in THING_NOUNS or low in DOCUMENTS or low in ABSTRACT_OBJECTS or self.view.is_event_noun(obj) or
                self.view.is_cue_noun(obj)):
            return None
        for c in self.children_of[obj.i]:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                return next((g for x in self.children_of[c.i] if x.dep_ == "agent"
                             for g in self.children_of[x.i] if g.dep_ == "pobj"), None)
        return None

    def state_of(self, v: Token) -> Token | None:
        """The country whose authorities did what only a state does, in an agentless passive: 'was arrested in
        Niger', 'were expelled from North Korea' (PLOVER codes the state as the actor; a town is not one)."""
        preps = [c for c in self.children_of[v.i] if c.dep_ == "prep"]
        preps += [g for c in self.children_of[v.i] if c.ent_type_ in ("DATE", "TIME")  # 'on Monday in Niger'
                  for x in self.children_of[c.i] for g in (x, *self.children_of[x.i]) if g.dep_ == "prep"]
        for c in preps:
            if c.lower_ in ("in", "from"):
                pobj = next((g for g in self.children_of[c.i] if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "PROPN" and lexicons.country_code(
                        self.view.doc[pobj.left_edge.i:pobj.i + 1].text.removeprefix("the ")):
                    return pobj
        return None

    def _clause_object(self, v: Token) -> bool:
        """Verbs whose clausal complement's subject is who they act on ('urged that X', 'supported X going')."""
        n = self.cue_of.get(v.i)
        if n is not None and self.found[n].cls in ("speech", "report", "belief", "claim", "evidential", "agreement"):
            return False  # 'said that X ...': X is not the recipient of saying
        _key, e = self.view.verb_key(v)
        return e is not None and e.category is not None

    def prep_argument(self, m: Mention, prep: Token, lemma: str) -> None:
        """The object of a preposition on the trigger, as a recipient ('talks with Peru') or an oblique."""
        pobj = next((g for g in self.children_of[prep.i] if g.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and pobj.pos_ in ("VERB", "AUX"):
            pobj = self.gerund_subject(pobj) if prep.lower_ in GERUND_TARGET_PREPS else None
        if pobj is None:
            return
        p = prep.lower_
        if p in ("by",) and prep.dep_ == "agent":
            return
        arg = self.view.np(pobj, f"prep:{p}")
        own = self.view.verb_key(prep.head)[1] if prep.head.pos_ == "VERB" else None
        cats = {m.lex, own.category if own is not None else None}
        leaving = p in ("from", "out") and bool(cats & {"RETREAT", "SANCTION", "COERCE"})  # 'resign from the board'
        if (p in ("with", "against", "on", "upon", "to", "toward", "towards", "into", "onto", "at", "for", "of",
                  "between", "among") or leaving) and not self.view.is_time_token(pobj) and \
                not self.view.is_place_like(pobj):
            m.recipients.append(arg)
        else:
            m.obliques.append(arg)

    def gerund_subject(self, v: Token) -> Token | None:
        """The named subject of a gerund clause after a preposition of a target (:data:`GERUND_TARGET_PREPS`): 'an
        attack on the government calling it ...' (the parser's reading of a participle on the noun), 'insisted on
        the army leaving'; not 'with Russia claiming ...', which only goes with the clause."""
        if v.tag_ != "VBG":
            return None
        return next((g for g in self.children_of[v.i] if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)

    def participle_of_event(self, v: Token) -> bool:
        """'the summit hosted by Ghana', 'the offer made by the union': part of the noun's event."""
        if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBG") or not self.view.is_event_noun(v.head):
            return False
        key, entry = self.view.verb_key(v)
        has_agent = any(c.dep_ == "agent" for c in self.children_of[v.i])
        return has_agent and (entry is None or entry.role == "light" or key in ("host", "propose", "make", "hold",
                                                                                  "organize", "organise", "lead"))

    def noun_arguments(self, m: Mention, n: Token, *, as_object: bool) -> None:
        """Actor and recipients of an event noun: 'Chile's blockade of the port', 'talks with Peru'."""
        has_actor = bool(m.actors)
        for c in self.children_of[n.i]:
            if c.dep_ == "poss" and not as_object and not self.view.is_time_token(c):  # not 'Saturday's talks'
                m.actors.append(self.view.np(c, "poss"))
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
            elif c.dep_ == "relcl" and any(x.dep_ == "prep" and x.lower_ in ("in", "during") and
                                           any(g.lower_ == "which" for g in self.children_of[x.i])
                                           for x in self.children_of[c.i]):
                # 'an attack in which gunmen stormed the mosque': what the attack was done to
                m.recipients += [self.view.np(g, "dobj") for g in self.children_of[c.i] if g.dep_ == "dobj"]
        for c in self.children_of[n.i]:
            if c.dep_ != "prep":
                continue
            pobj = next((g for g in self.children_of[c.i] if g.dep_ == "pobj"), None) or \
                next((self.gerund_subject(g) for g in self.children_of[c.i]
                      if g.dep_ == "pcomp" and c.lower_ in GERUND_TARGET_PREPS), None)
            if pobj is None:
                continue
            p = c.lower_
            if p in ("by", "from") and not has_actor and (p == "by" or pobj.ent_type_ or pobj.pos_ == "PROPN"):
                m.actors.append(self.view.np(pobj, "agent"))  # 'praise from the council', 'an offer by the union'
                has_actor = True
                if p == "from" and n.dep_ == "dobj" and n.head.lemma_.lower() in RECEIVING:
                    subj, _ = self.subject(n.head)
                    if subj is not None:
                        m.recipients.append(self.view.np(subj, "subj", exclude=[n.head.i]))
            elif p == "between":
                m.actors.append(self.view.np(pobj, "prep:between"))
                has_actor = True
            elif p == "of" and not has_actor and n.lemma_.lower() in SUBJECTIVE_OF and \
                    (pobj.ent_type_ or pobj.pos_ == "PROPN" or lexicons.country_code(pobj.text)):
                m.actors.append(self.view.np(pobj, "prep:of"))
                has_actor = True
            elif p in RECIPIENT_PREPS and not self.view.is_time_token(pobj) and not self.view.is_place_like(pobj):
                m.recipients.append(self.view.np(pobj, f"prep:{p}"))
            else:
                m.obliques.append(self.view.np(pobj, f"prep:{p}"))

    def merge_participle(self, m: Mention, v: Token) -> None:
        """'the summit hosted by Ghana', 'the offer made by the union': the participle's agent."""
        children = self.children_of
        agent = next((g for c in children[v.i] if c.dep_ == "agent" for g in children[c.i] if g.dep_ == "pobj"), None)
        lemma = v.lemma_.lower()
        if agent is not None:
            if lemma == "host":
                m.recipients.append(self.view.np(agent, "host"))
            else:
                m.actors.append(self.view.np(agent, "agent"))
        for c in children[v.i]:
            if c.dep_ == "prep" and c.lower_ in ("with", "between", "among"):
                pobj = next((g for g in children[c.i] if g.dep_ == "pobj"), None)
                if pobj is not None:
                    (m.actors if lemma == "host" else m.recipients).append(self.view.np(pobj, f"prep:{c.lower_}"))
        m.tokens.append(v.i)
        m.add_scope(partial(self.view.subtree, v))
