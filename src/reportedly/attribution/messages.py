"""Does an attribution report a message? The class a reader gives it, read from the parse around its cue.

A reporting verb does not always report speech. 'The mayor praised the city's support' and 'Analysts
talked about the budget' name no message; 'Harlow reported a profit', 'is appealing his conviction' and
'the judge ruled' are acts; 'declined to comment' is a refusal; 'Emails reveal that ...' is what a
document shows; 'Reporters asked if ...' and the writer's own 'as I said' are no one's statement in the
story. The word tables (:mod:`.classes`) give a cue word's class; this module reads what the cue governs
in the dependency parse and who its source is:

* the complement gate: a speech cue needs a message, a clause, a quotation or a noun phrase that carries
  one ('denied the reports', 'rejected the claims', 'called it a disaster'; ``data/statement_objects.tsv``);
  a noun or topic object alone makes it an ``act``, or ``sentiment`` when the cue praises or blames;
* a refusal to say something ('declined to comment', 'would not say whether') is a ``refusal``;
* a document or data as source is a ``document``; the writer, a reporter or a generic 'you' as source,
  and a question with no asker ('Asked whether ...'), are an ``act`` (``data/statement_sources.tsv``).

In: a :class:`~reportedly.text.nlp.Parsed` document, one :class:`~.found.Found` with a cue, and the class
its cue word gives (:func:`.classes.statement_class`). Out: a :data:`~reportedly.model.StatementClass`.
Quote extractors of the field find speech by its verbs and quotation marks only, so no library draws this
line; the tables say where reportedly draws it.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import numpy as np
from spacy.tokens import Token

from ..model import StatementClass
from ..text import lexicons
from ..text.nlp import Parsed
from .classes import cue_class, is_message_noun, object_reading
from .cues import cue_lexicon
from .found import Found

_FEELING = frozenset({"evaluation_pos", "evaluation_neg", "emotion"})
"""Semantic classes of a cue that praises, blames or feels: with no message it reports a sentiment."""
_REFUSING = frozenset({"decline", "refuse"})
_WH = frozenset({"whether", "if", "when", "why", "how", "what", "where", "who", "which", "whom"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "parataxis", "csubj", "conj", "ROOT", "acl", "relcl", "pcomp"})
"""Labels of a verb that heads a reported clause (a clause that modifies the cue, 'advcl', reports nothing)."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_MODALS = frozenset({"must", "should", "could", "might", "may", "can", "ought"})


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    return {lemma: reading for lemma, reading in lexicons.rows("statement_sources.tsv")}


def source_reading(head: Token) -> str | None:
    """What a source's head word is when it is not someone speaking: ``document`` or ``writer`` (or None)."""
    table = _sources()
    return table.get(head.lower_) or table.get(head.lemma_.lower())


def _semantic(lemma: str, pos: str) -> frozenset[str]:
    return frozenset(lexicons.predicate_classes().get((lemma, pos), ()))


class Complement:
    """What a cue's content is in the parse: its shape and the word heading it.

    ``shape`` is ``quote`` (a quotation), ``clause`` (a reported clause, also 'X is said to Y'),
    ``infinitive`` ('urged X to Y', 'declined to comment'), ``object`` (a noun phrase object),
    ``prep`` (the object of a preposition: 'talked about X') or ``other`` (nothing a message could be:
    an adverbial clause, a lone adverb).
    """

    def __init__(self, p: Parsed, f: Found) -> None:
        self.head: Token | None = None
        self.shape = self._read(p, f)

    def _read(self, p: Parsed, f: Found) -> str:
        if f.kind != "indirect":
            return "quote"
        doc = p.doc
        cue = doc[f.head]
        ranges = [(bisect.bisect_left(p.starts, s), bisect.bisect_left(p.starts, e)) for s, e in f.content]
        ranges = [(a, b) for a, b in ranges if b > a]
        if not ranges:
            return "other"

        def within(i: int) -> bool:
            return any(a <= i < b for a, b in ranges)

        if within(cue.head.i) and cue.head.i != cue.i:
            return "clause"  # 'The talks, he said, will go on': the cue hangs inside what it reports
        roots = [doc[i] for i in _tops(p, ranges)
                 if not doc[i].is_punct and doc[i].dep_ not in ("cc", "mark", "aux", "neg", "advmod")
                 and not (doc[i].dep_ == "conj" and doc[i].head.i == cue.i)]  # the cue's own second predicate
        if not roots:
            return "other"
        verbs = [r for r in roots if r.pos_ in ("VERB", "AUX")]
        nouns = [r for r in roots if r.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "X")]
        for v in verbs:
            marks = {c.lower_ for c in p.children[v.i] if c.dep_ in ("mark", "advmod")}
            if v.dep_ == "advcl" and not marks & _WH:
                continue  # 'reported a profit ... as sales doubled'
            if any(c.dep_ in _SUBJECTS for c in p.children[v.i]) or v.dep_ in ("ccomp", "parataxis", "csubj") \
                    or marks & _WH or v.dep_ not in _COMPLEMENTS:
                self.head = v
                return "clause"
            if any(n.dep_ == "nsubjpass" for n in nouns):
                self.head = v
                return "clause"  # 'The landlord is said to have ignored ...': the subject is reported too
            self.head = v
            return "infinitive"
        if not nouns:
            return "other"
        n = nouns[0]
        self.head = n
        if any(c.dep_ == "xcomp" and within(c.i) for c in p.children[cue.i]):
            return "infinitive"  # 'urged Russia to embrace ...'
        if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.i == cue.i:
            return "prep"
        if sum(b - a for a, b in ranges) == 1 and n.pos_ == "PRON":
            return "other"  # 'said it', 'denied that': a pronoun is no message of its own
        entry = cue_lexicon().get((cue.lemma_.lower(), "verb"))
        if entry is not None and "clause" in entry.frames and "object" not in entry.frames and any(
                doc[i].dep_ == "acl" and doc[i].pos_ in ("VERB", "AUX") for a, b in ranges for i in range(a, b)):
            return "clause"  # 'said the variety of flowers meant ...': a clause the parser read as an object
        return "object"

    def said_to_be(self, p: Parsed, cue: Token) -> bool:
        """Whether the cue says what its object is: 'called the plan a disaster', 'described it as reckless'."""
        return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in p.children[cue.i])


def _tops(p: Parsed, ranges: list[tuple[int, int]]) -> list[int]:
    """Tokens of the token ranges whose head lies outside them (or who are their own head), in order.

    Vectorised: a content can be as long as the text ('He said that she said that ...'), and a Python
    loop over every content's tokens made extraction quadratic in such texts.
    """
    heads = p.head_array
    out: list[int] = []
    for a, b in ranges:
        h = heads[a:b]
        inside = np.zeros(b - a, dtype=bool)
        for c, d in ranges:
            inside |= (h >= c) & (h < d)
        own = h == np.arange(a, b)
        out.extend((np.nonzero(~inside | own)[0] + a).tolist())
    return sorted(set(out))


def reading(p: Parsed, f: Found, cls: StatementClass, *, nested: bool = False) -> StatementClass:
    """The class a reader gives attribution ``f`` whose cue word gives ``cls`` (see the module docstring).

    ``nested`` says the cue lies inside another statement's content (a transcript's 'I said' is then the
    speaker's words, not the writer's).
    """
    doc = p.doc
    cue = doc[f.head]
    if f.source is not None:
        head = doc[f.source_head] if f.source_head is not None else doc[f.source[1] - 1]
        who = source_reading(head)
        if who == "document":
            return "document"
        if who == "writer" and cls == "speech" and not nested:
            return "act"
    if cls != "speech" or f.frame in ("according", "colon", "colon_np", "survey"):
        return cls
    lemma = cue.lemma_.lower()
    if cue.pos_ == "NOUN" and f.kind == "indirect":
        comp = Complement(p, f)
        if comp.shape == "infinitive" and comp.head is not None and comp.head.tag_ in ("VBN", "VBG"):
            return "act"  # 'making statements intended to delay the process': no message is reported
        return cls
    if cue.pos_ not in ("VERB", "AUX"):
        return cls
    kids = p.children[cue.i]
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids):
        return "act"  # 'a mediator must declare talks deadlocked': a rule or a possibility, not a report
    if cue.tag_ == "VB" and cue.head.pos_ == "ADJ" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return "refusal"  # 'it was too early to say whether ...', 'unable to say'

    if lemma == "ask" and (f.source is None or _opens_with_wh(p, f) or (cue.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") or c.dep_ in _SUBJECTS for c in p.children[cue.i]))):
        return "act"  # 'Asked whether he would stand again, ...', 'councillors asked whether ...': a question
    if lemma in _REFUSING or (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _REFUSING):
        return _refusal(p, cue)
    if f.source is None and object_reading(lemma, "sourceless_xcomp") == "act" and \
            any(c.dep_ == "xcomp" for c in p.children[cue.i]):
        return "act"  # 'residents have been told to leave': an instruction, not a report of speech
    comp = Complement(p, f)
    negated = any(c.dep_ == "neg" for c in p.children[cue.i])
    if negated and (comp.shape in ("prep", "object", "other") or _opens_with_wh(p, f)):
        return "refusal"  # 'did not say when ...', 'would not comment on the case'
    if comp.shape in ("quote", "clause"):
        if cue.tag_ == "VBG" and "evidence" in _semantic(lemma, "verb") and \
                any(c.dep_ == "aux" and c.lemma_ == "be" for c in p.children[cue.i]):
            return "cognition"  # 'the bank is signalling that ...': a stance read from acts, not a statement
        return cls
    if comp.shape == "infinitive":
        return "act" if object_reading(lemma, "xcomp") == "act" else cls
    return _no_clause(p, cue, comp, lemma)


def _no_clause(p: Parsed, cue: Token, comp: Complement, lemma: str) -> StatementClass:
    """The complement gate for a speech cue whose content is a noun phrase, a prepositional object or nothing."""
    if comp.shape in ("object", "prep"):
        listed = object_reading(lemma, comp.shape)
        if listed == "message" or comp.said_to_be(p, cue):
            return "speech"
        head = comp.head
        if comp.shape == "object" and listed != "act" and head is not None and is_message_noun(head.lemma_.lower()):
            return "speech"  # 'rejected the claims', 'released a statement'
        noun = _semantic(head.lemma_.lower(), "noun") if head is not None and listed == "attitude" else frozenset()
        if "emotion" in noun:
            return "sentiment"  # 'expressed concern'
        if "volition" in noun:
            return "volition"  # 'expressed their willingness to deploy troops'
    if _semantic(lemma, "verb") & _FEELING:
        return "sentiment"  # 'praised the city's support', 'thanked the volunteers'
    return "act"


def _refusal(p: Parsed, cue: Token) -> StatementClass:
    """'declined to comment', 'refused to say': a refusal; 'refused to resign': an act."""
    x = cue if cue.lemma_.lower() not in _REFUSING else next(
        (c for c in p.children[cue.i] if c.dep_ == "xcomp"), None)
    if x is None:
        return "act"
    return "refusal" if cue_class(x.lemma_.lower(), "verb") == "speech" else "act"


def _opens_with_wh(p: Parsed, f: Found) -> bool:
    s, e = f.content[0]
    first = p.text[s:e].split(maxsplit=1)
    return bool(first) and first[0].lower() in _WH
