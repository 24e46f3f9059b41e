"""Who is attributed: the source phrase of a cue, read from the dependency parse.

In: a cue token (a reporting verb, or a reporting noun) of a :class:`~.reader.ParseReader`
document. Out: the token that heads its source and the token range of the source's noun phrase,
set on a :class:`~.found.Found` by :meth:`SourceFinder.attach_source`. The source is the
grammatical subject (followed through coordination, participles and relative clauses), the
object of an object-control verb ('urged Moscow to stop claiming'), the agent of a passive, or
the noun a relative pronoun stands for; a verb that disputes a nominal cue ('denied any claim')
is not that claim's source.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..text import lexicons
from ..text.lexicons import OBJECT_CONTROL
from .cues import DISPUTING
from .found import Found
from .reader import SUBJECTS, ParseReader

_RELATIVE = {"who", "that", "which", "whom"}


class SourceFinder(ParseReader):
    """Source look-ups on the parse: subjects, controllers, agents, relative pronouns, noun-phrase ranges."""

    def subject_of(self, v: Token) -> tuple[Token | None, bool]:
        """The subject of ``v`` and whether it is passive, following conj/xcomp/advcl/relcl upwards."""
        for _ in range(6):
            for c in self.kids(v):
                if c.dep_ in SUBJECTS:
                    if c.lower_ in _RELATIVE and v.dep_ == "relcl":
                        return v.head, False
                    return c, False
                if c.dep_ == "nsubjpass":
                    return c, True
            if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
                between = self.after_quote(v)
                if between is not None:
                    return between, False
                v = v.head
                continue
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head, False
            if v.dep_ == "relcl":
                return v.head, False
            break
        at = self.given_name_at(v)
        return (next(g for g in self.kids(self.doc[at]) if g.dep_ == "pobj") if at >= 0 else None), False

    def after_quote(self, v: Token) -> Token | None:
        """'"... That is what an honest commission does," the NEC chief, Judge X, told reporters': a verb the parser
        joined to a verb inside the quotation that closes just before it takes no subject from there; its subject
        is the noun phrase between the quotation and the verb (the first noun there that the parser attached
        outside it). None when the verb's head is not in such a quotation or nothing stands between."""
        head = v.head
        q = self.quote_around(self.p.token_start(head.i), self.p.token_end(head.i))
        if q is None or q.end > self.p.token_start(v.i) or q.start > self.p.token_start(head.i):
            return None
        first = self.token_at(q.end)
        if not 0 < v.i - first <= 14:
            return None
        for i in range(first, v.i):
            w = self.doc[i]
            if w.pos_ in ("NOUN", "PROPN") and not first <= w.head.i < v.i:
                return w
        return None

    def given_name_at(self, v: Token) -> int:
        """'Per Olof Sandberg, who runs the firm, said ...': the token of a given name (``data/first_names.tsv``)
        that opens the clause of a verb with no subject and that the parser took for a preposition, before a
        person's name; -1 when there is none."""
        for c in self.kids(v):
            if c.i > v.i:
                break
            if c.dep_ == "prep" and c.is_title and c.lower_ in lexicons.first_names() and c.i + 1 < len(self.doc) \
                    and self.doc[c.i + 1].is_title and not any(x.dep_ in SUBJECTS or x.dep_ == "nsubjpass"
                                                               for x in self.kids(v)):
                pobj = next((g for g in self.kids(c) if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ == "PERSON":
                    return c.i
        return -1

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
            if any(c.dep_ in SUBJECTS | {"nsubjpass"} for c in self.kids(v)):
                return None
            if v.dep_ == "xcomp" and v.head.lemma_.lower() in OBJECT_CONTROL:
                obj = next((c for c in self.kids(v.head) if c.dep_ in ("dobj", "dative") and c.i < v.i), None)
                if obj is not None:
                    return obj
            if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
                return None
            v = v.head
        return None

    def attach_source(self, f: Found, v: Token) -> None:
        """Set the source of the finding ``f`` of cue verb ``v``: its relative pronoun, controller,
        agent or subject (none for 'it seems', or a clausal subject)."""
        rel = self.relative_subject(v)
        if rel is not None:
            # 'Rubio, who said ...': the relative pronoun is the source phrase, its noun the speaker.
            f.source, f.source_head = (rel.i, rel.i + 1), rel.head.head.i
            return
        subj, passive = self.subject_of(v)
        subj = self.controller(v) or subj
        if passive:
            agent = next((g for c in self.kids(v) if c.dep_ == "agent" for g in self.kids(c) if g.dep_ == "pobj"), None)
            subj = agent
        if subj is None or subj.pos_ == "VERB" or (subj.lower_ == "it" and v.lemma_ in ("seem", "appear")):
            return
        f.source = self.np_range(subj, exclude=v)
        if subj.dep_ == "pobj" and subj.head.i == self.given_name_at(v):
            f.source = (subj.head.i, f.source[1])  # 'Per Olof Sandberg'
        f.source_head = subj.i

    def relative_subject(self, v: Token) -> Token | None:
        """The relative pronoun subject of ``v`` (or of the verb it is coordinated with), if any."""
        for _ in range(3):
            rel = next((c for c in self.kids(v) if c.dep_ in SUBJECTS and c.lower_ in _RELATIVE), None)
            if rel is not None:
                return rel if v.dep_ == "relcl" else None
            if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in self.kids(v)) or v.dep_ != "conj":
                return None
            v = v.head
        return None

    def np_range(self, head: Token, exclude: Token | None = None) -> tuple[int, int]:
        """Token range of the noun phrase headed by ``head``, without relative clauses or the cue."""
        start, end = head.left_edge.i, head.right_edge.i + 1
        for c in self.kids(head):
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
        opened = sum(1 for i in range(start, end) if doc[i].text == "(") - sum(1 for i in range(start, end)
                                                                              if doc[i].text == ")")
        if opened > 0 and end < len(doc) and doc[end].text == ")":
            end += 1  # 'the South African Police Service (SAPS)': the parser leaves the closing bracket out
        return start, end
