"""Events: who reportedly did what to whom, where, when and how many, and how the text holds it.

Event coders of the field (PETRARCH2 with CAMEO dictionaries, the POLECAT/NGEC classifiers behind
PLOVER) code the sentence and drop its attribution: a village "captured" according to one side and
an encirclement "denied" by the other come out as the same plain fact. None of them installs and
runs offline from PyPI, and none reports claim status, so this stage is the project's own:

1. **Triggers** (:func:`find_mentions`): every verb of the parse and the event nouns of
   ``data/event_triggers.tsv`` ('summit', 'invasion', 'downing'). Verb chains are read as one
   trigger with frames: 'refused to lift' (the frame is the event), 'plan to attack' (the frame is
   a status), 'held talks' and 'carried out strikes' (light verb + event noun).
2. **Arguments** from the dependency parse: the actor is the subject (followed through
   coordination, control and relative clauses) or the agent of a passive or the possessor of a
   noun; recipients are objects and the objects of 'with', 'to', 'against', 'on' ...; the place is
   a locative phrase resolved with :mod:`reportedly.text.places`; the time a time phrase resolved with
   :mod:`reportedly.text.timex`; quantities are the numbers inside the event's own phrases.
3. **Type** (:mod:`reportedly.events.classify`): a linear classifier over the trigger, its frames,
   arguments and clause words decides the PLOVER category. A mention becomes an event when its
   trigger, frame or object noun is an event word of the lexicon, or when it links two named
   actors and the classifier is confident.
4. **Claim status** from the attributions: inside a statement's content an event is *claimed* by
   that statement's source (*denied* when the cue is a denial, *hypothetical* when it is a request,
   *planned* when it is a commitment); negation, modality (will, plan to, could, possible) and
   conditions (if, unless) add *negated*, *planned*, *future*, *hypothetical*, *conditional*.
   Events outside any statement are *asserted* by the outlet.
5. **Mentions of one event** ('three hamlets' said to be seized in one paragraph, 'the hamlets of
   X and Y' confirmed taken in the next; 'a video summit' and 'the conference call') are merged into
   one event with several trigger spans and every status.

The category in :attr:`Event.type` is what the text says happens, its status says how it is held:
a meeting "planned for Thursday" is CONSULT + planned. PLOVER codes such future cooperation as
AGREE; :func:`plover_category` applies those conventions for export and PLOVER evaluation.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

from ..attribution.found import Found
from ..attribution.speakers import Resolver
from ..model import ClaimStatus, Content, Event, EventActor, Place, Quantity, Span, span_text
from ..text import lexicons, places
from ..text.nlp import Parsed
from .background import BACKGROUND, in_relative_clause, recap
from .gate import DomainGate, generic_claimer, plover_category
from .mentions import Arg, Finder, Mention, PlaceRef
from .parties import add_actor
from .words import (
    GENERIC_OBJECTS,
    VERBAL_EVENTS,
    context_table,
    lookup,
    mode_table,
    phrase_sector,
)

__all__ = ["Arg", "Draft", "Mention", "candidate", "classify", "find_mentions", "merge", "plover_category", "records",
           "resolve_arguments", "type_mentions", "unfold_label", "used_clusters"]

# --------------------------------------------------------------------------------------------------
# from mentions to events


@dataclass
class Draft:
    """An event before actor ids are assigned: merged mentions with cluster indices."""

    mentions: list[Mention]
    type: str
    mode: str | None
    context: list[str]
    confidence: float
    # What same_event and refers_back ask about all the mentions so far, folded in as mentions are appended
    # (asking every mention again for each later one was O(n^2) for an event mentioned n times).
    _plain: int = field(default=0, repr=False, compare=False)
    _parsed: int = field(default=0, repr=False, compare=False)
    _lexes: set[str | None] = field(default_factory=set, repr=False, compare=False)
    _future: bool = field(default=False, repr=False, compare=False)
    _with_actors: bool = field(default=False, repr=False, compare=False)
    _objects: set[str] = field(default_factory=set, repr=False, compare=False)
    _countries: dict[str, set[str]] = field(default_factory=lambda: {"actors": set(), "recipients": set()},
                                             repr=False, compare=False)

    def _fold(self) -> None:
        """Fold the mentions appended since the last call into the lexicon categories, future and actors."""
        for m in self.mentions[self._plain:]:
            self._lexes.add(m.lex)
            self._future = self._future or any(s in ("planned", "future") for s, _ in m.status)
            self._with_actors = self._with_actors or bool(m.actors)
        self._plain = len(self.mentions)

    def _fold_parsed(self, parsed: Parsed) -> None:
        """Fold the new mentions into the recipient nouns and the countries of actors and recipients."""
        doc = parsed.doc
        for m in self.mentions[self._parsed:]:
            self._objects.update(doc[r.head].lemma_.lower() for r in m.recipients)
            for role in ("actors", "recipients"):
                self._countries[role].update(_arg_countries(getattr(m, role), parsed))
        self._parsed = len(self.mentions)


def find_mentions(parsed: Parsed, found: Sequence[Found], resolver: Resolver | None = None, *,
                  skip_blocks: Iterable[int] = (), published: date | None = None) -> list[Mention]:
    """Every candidate event mention of a document, not yet typed.

    Status and features are added by ``m.finder.describe(m)`` (:func:`type_mentions` does it for the mentions
    that may become events), place, time and quantities by ``m.finder.complete(m)``.
    """
    return Finder(parsed, found, resolver, skip_blocks, published).run()


def resolve_arguments(mentions: Iterable[Mention], resolver: Resolver) -> None:
    """Link the actor and recipient phrases of (kept) mentions to the resolver's clusters.

    A role with a name in apposition stands for the person named ('his Iranian counterpart, Mostafa
    Najjar'). Coordinated phrases are split into their members ('Ms. Varga and Mr. Osei'); phrases that
    name no one ('forty rockets', 'three hamlets') stay unlinked; a thing owned by someone ('the mayor's
    response') stands for its owner.
    """
    for m in mentions:
        for attr, clusters in (("actors", "actor_clusters"), ("recipients", "recipient_clusters")):
            args: list[Arg] = []
            links: list[list[int]] = []
            for whole in getattr(m, attr):
                sides = _split_modifiers(resolver.p, whole)
                for side in sides:
                    for part, ks in _link(resolver, side):
                        args.append(part)
                        links.append(ks if len(sides) == 1 else _own_clusters(resolver, part, whole, ks))
            for k, a in enumerate(args):
                if a.rel == "partner":  # a caption's second person is not the first, whom the resolver joined it to
                    links[k] = [x for x in links[k] if not any(x in ks for j, ks in enumerate(links) if j != k)]
            setattr(m, attr, args)
            setattr(m, clusters, links)


def _link(resolver: Resolver, a: Arg) -> list[tuple[Arg, list[int]]]:
    """The members of one argument phrase with their clusters (see :func:`resolve_arguments`)."""
    doc = resolver.doc
    named = _apposed(resolver, a)
    if named:
        return [(a, named)]
    if not _linkable(doc, a):
        owner = next((c for c in doc[a.head].children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None or not _linkable(doc, Arg(owner.i, owner.i + 1, owner.i, "poss")):
            if a.fallback is not None:  # 'his country' in what he says: the speaker's
                return [(a.fallback, resolver.resolve_phrase(a.fallback.start, a.fallback.end, a.fallback.head))]
            return [(a, [])]
        a = Arg(owner.left_edge.i, owner.i + 1, owner.i, a.rel)
    out = []
    for part in _split(resolver.p, a):
        ks = resolver.resolve_phrase(part.start, part.end, part.head)
        if not ks and part.fallback is not None:
            part = part.fallback
            ks = resolver.resolve_phrase(part.start, part.end, part.head)
        out.append((part, ks))
    return out


def _own_clusters(resolver: Resolver, part: Arg, whole: Arg, ks: list[int]) -> list[int]:
    """The clusters of one side of a phrase split by :func:`_split_modifiers`: not a cluster of the whole phrase
    (a statement's source 'UK and EU negotiators' is one group to the attribution), else one named exactly so."""
    own = [k for k in ks if not any(s <= whole.start and e >= whole.end for s, e in resolver.clusters[k].mentions)]
    if own or not ks:
        return own
    return [k for k, c in enumerate(resolver.clusters) if (part.start, part.end) in c.mentions]


def _apposed(resolver: Resolver, a: Arg) -> list[int]:
    """The clusters of a name in apposition to a role or title ('his Iranian counterpart, Mostafa Najjar'): the
    person the phrase names (the phrase itself stops before the apposition)."""
    h = resolver.p.tokens[a.head]
    if h.pos_ != "NOUN":
        return []
    name = next((c for c in resolver.p.children[h.i] if c.dep_ == "appos" and c.i > h.i and
                 (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))), None)
    if name is None:
        return []
    return resolver.resolve_phrase(name.left_edge.i, name.i + 1, name.i)


_NOT_LINKABLE_PRONOUNS = {"which", "that", "what", "this", "these", "those", "who", "whom", "something",
                          "anything", "nothing", "everything"}


def _linkable(doc: Any, a: Arg) -> bool:
    """Whether a phrase may name an actor: a name, a pronoun, a person or organisation noun."""
    h = doc[a.head]
    if h.pos_ == "PRON":
        return h.lower_ not in _NOT_LINKABLE_PRONOUNS
    if h.pos_ == "PROPN" or h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
        name = doc[a.start:h.i + 1].text
        if lexicons.institutions().get(lexicons.norm(name)) or lexicons.country_code(name):
            return True
        found = places.candidates(name)
        person = h.ent_type_ == "PERSON" and (len(name.split()) > 1 or h.lower_ in lexicons.first_names())
        return not (found and all(c.kind != "country" for c in found) and not person and h.ent_type_ != "ORG")
    low = h.lemma_.lower()
    return low in lexicons.roles() or phrase_sector(doc[a.start:a.end]) is not None


def _split(parsed: Parsed, a: Arg) -> list[Arg]:
    """The members of a coordinated phrase, each with its own token range.

    Only tokens inside the phrase are members: its head is not when the phrase was trimmed past it
    (a quotation mark parsed as the head of '” and Moscow').
    """
    doc = parsed.doc
    h = doc[a.head]
    conj = parsed.conjuncts_in(h.i, a.start, a.end)
    if not conj:
        return [a]
    members = sorted([t for t in [h, *conj] if a.start <= t.i < a.end], key=lambda t: t.i)
    out = []
    for k, mem in enumerate(members):
        lo = a.start if k == 0 else mem.left_edge.i
        stops = [c.left_edge.i for c in parsed.children[mem.i] if c.dep_ in ("cc", "conj", "punct") and c.i > mem.i]
        hi = min([mem.right_edge.i + 1, a.end, *stops])
        while lo < hi - 1 and (doc[lo].dep_ in ("cc", "preconj", "punct") or doc[lo].lower_ in ("both", "either")):
            lo += 1
        out.append(Arg(max(lo, a.start), hi, mem.i, a.rel))
    return out


def _party_word(t: Any) -> bool:
    """A country, nationality or organisation word ('UK', 'British', 'Senate')."""
    return t.ent_type_ in ("GPE", "NORP", "ORG") or bool(lexicons.country_code(t.text))


def _split_modifiers(parsed: Parsed, a: Arg) -> list[Arg]:
    """Two parties coordinated in the modifiers of one head: 'UK and EU negotiators', 'Nigerian and British armed
    forces', 'Russia and Turkey's foreign ministers', 'the armies of Brazil and Argentina' (each side is an actor of
    its own, as PLOVER codes them). A name with 'and' in it ('Bosnia and Herzegovina', an organisation's name) is
    one party."""
    doc = parsed.doc
    h = doc[a.head]
    for c in parsed.children[h.i]:
        if not a.start <= c.i < a.end:
            continue
        if c.i < h.i and c.dep_ in ("nmod", "compound", "amod", "poss"):
            first = c
        elif c.i > h.i and c.dep_ == "prep" and c.lower_ == "of":
            first = next((g for g in parsed.children[c.i] if g.dep_ == "pobj"), None)
            if first is None or first.ent_type_ not in ("GPE", "NORP"):
                continue
        else:
            continue
        cc = next((g for g in parsed.children[first.i] if g.dep_ == "cc" and g.i == first.i + 1 and
                   g.lower_ in ("and", "&")), None)
        if cc is None or cc.i + 1 >= a.end or cc.ent_type_ or not _party_word(first):
            continue
        second = doc[cc.i + 1]
        if not _party_word(second) or lexicons.country_code(doc[first.left_edge.i:second.i + 1].text):
            continue
        if c.i < h.i:
            return [Arg(a.start, cc.i, first.i, a.rel, shared=(cc.i + 1, a.end)), Arg(cc.i + 1, a.end, h.i, a.rel)]
        return [Arg(a.start, cc.i, h.i, a.rel), Arg(cc.i + 1, a.end, second.i, a.rel)]
    return [a]


def _is_entity(parsed: Parsed, arg: Arg, clusters: list[int]) -> bool:
    h = parsed.doc[arg.head]
    return bool(clusters) or h.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or h.pos_ == "PROPN" or \
        phrase_sector(parsed.tokens[arg.start:arg.end]) is not None


KEEP_PROBABILITY = 0.2
"""Least classifier probability for a mention whose trigger is not an event word of the lexicon."""


UNSEEN_PROBABILITY = 0.5
"""Least classifier probability, in a report about a disaster, business or sport, for a mention whose trigger is
neither a lexicon event word nor one the classifier was trained on: its type is guessed from the other words
alone ('interviewed the workers', 'held up photographs')."""


def keep(m: Mention, parsed: Parsed, probability: float, typer: Any = None, gate: DomainGate | None = None) -> bool:
    """Whether a typed mention is an event: a lexicon event word, or an actor acting on a recipient with
    a type the classifier gives at least :data:`KEEP_PROBABILITY` (the event's confidence says how sure).

    In a report about business or sport (``gate``'s :meth:`~reportedly.events.gate.DomainGate.report_kind`), such
    a mention also needs someone acted on ('cut 900 jobs' is no event) and, when ``typer`` never saw its trigger in
    training, :data:`UNSEEN_PROBABILITY` (not in a disaster report, whose happenings are told in such words).
    (Cross-validated on PLV, single sentences, asking this of every mention cost 1 to 2.5 points of accuracy.)"""
    if m.in_lexicon:
        return True
    if not (m.actors and m.recipients and probability >= KEEP_PROBABILITY):
        return False
    if gate is None or gate.report_kind() in (None, "mishap"):
        return True
    index = getattr(typer, "index", None)
    if index is not None and f"t={m.key}" not in index and probability < UNSEEN_PROBABILITY:
        return False
    return any(gate.is_agent(a) for a in m.recipients)


def choose_type(m: Mention, label: str, probability: float) -> str:
    """The PLOVER category of a mention from the classifier's label ('YIELD' is split into CONCEDE/RETREAT)."""
    if label != "YIELD":
        return label
    for key in (m.key, m.key.split()[-1]):
        e = lookup(key, "noun" if m.kind == "noun" else "verb") or lookup(key, "noun")
        if e is not None and e.category in ("CONCEDE", "RETREAT"):
            return e.category
    if m.lex in ("CONCEDE", "RETREAT"):
        return m.lex
    future = any(s in ("planned", "future", "hypothetical") for s, _ in m.status)
    return "CONCEDE" if future or m.kind == "noun" else "RETREAT"


def unfold_label(label: str, m: Mention) -> str:
    """The category to train on: the inverse of :func:`plover_category` where the trigger says what happens.

    A gold AGREE that the text reports as a planned meeting ('will meet') is CONSULT + planned; a gold
    THREATEN reported as a conditional strike is ASSAULT + conditional; a gold REJECT reported as a refused
    acceptance is AGREE + negated.
    """
    own = lookup(m.key, "noun" if m.kind == "noun" else "verb") or lookup(m.key.split()[-1], "noun")
    cat = own.category if own is not None else None
    if cat is None:
        return label
    yielding = "YIELD" if cat in ("CONCEDE", "RETREAT") else cat
    if plover_category(cat, [s for s, _ in m.status]) in (label, "CONCEDE" if label == "YIELD" else label) and \
            yielding != label:
        return yielding
    return label


def event_mode(m: Mention, event_type: str, parsed: Parsed) -> str | None:
    """The PLOVER mode of a mention from ``data/event_modes.tsv`` (CONSULT multilateral by its participants)."""
    doc = parsed.doc
    lemmas = [doc[i].lemma_.lower() for i in sorted(m.scope)]
    trig = [doc[i].lemma_.lower() for i in m.tokens]
    if event_type == "CONSULT":
        participants = len(m.actors) + len(m.recipients)
        many = any((q.value or 0) > 2 and q.unit for q in m.quantities) or participants > 2 or \
            any(w in ("summit", "coalition", "alliance", "group", "multilateral", "leaders", "nations", "countries")
                for w in lemmas + [doc[i].lower_ for i in m.scope])
        if many:
            return "multilateral"
    for words in (trig, lemmas):
        pairs = {f"{a} {b}" for a, b in itertools.pairwise(words)}
        for cat, mode, cue in mode_table():
            if cat == event_type and (cue & set(words) or cue & pairs):
                return mode
    return None


def event_context(m: Mention, parsed: Parsed) -> list[str]:
    """PLOVER contexts signalled by the words of the event's sentence."""
    start, end = parsed.sentences[parsed.sentence_of[m.head]]
    return list(_contexts_of(tuple(parsed.lemmas[start:end])))


@lru_cache(maxsize=256)
def _contexts_of(words: tuple[str, ...]) -> tuple[str, ...]:
    bag = set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}
    return tuple(ctx for ctx, cue in context_table() if cue & bag)


def same_event(a: Draft, b: Mention, b_type: str, parsed: Parsed) -> bool:
    """Whether a later mention refers back to an earlier event (see :func:`merge`).

    Both must be of one category: the classifier's, or the lexicon's for both triggers ('captured' and
    'taken control' are both ASSAULT words even when the classifier hesitates on one); they must share a
    specific recipient noun ('villages'), agree on the countries of their arguments and on the future.
    """
    a._fold()
    if a.type != b_type and not (b.lex and a._lexes == {b.lex} and b.lex == a.type):
        return False
    last = a.mentions[-1]
    if b.sentence == last.sentence or b.sentence - last.sentence > 6:
        return False
    doc = parsed.doc
    futures_a = a._future
    futures_b = any(s in ("planned", "future") for s, _ in b.status)
    if futures_a != futures_b:
        return False
    a._fold_parsed(parsed)
    objects_a = a._objects
    objects_b = {doc[r.head].lemma_.lower() for r in b.recipients}
    shared = {w for w in objects_a & objects_b if w not in GENERIC_OBJECTS and len(w) > 2}
    if not shared or not any(doc[r.head].pos_ == "NOUN" and doc[r.head].tag_ == "NNS" for r in b.recipients):
        return False
    for role in ("actors", "recipients"):
        countries_a = a._countries[role]
        countries_b = set(_arg_countries(getattr(b, role), parsed))
        if countries_a and countries_b and not countries_a & countries_b:
            return False
    return True


def refers_back(a: Draft, b: Mention, b_type: str) -> bool:
    """'the conference call', 'the talks' after 'a video summit': a definite CONSULT noun.

    The earlier event must be a past CONSULT and the two may not both name their actors.
    """
    if not (b_type == "CONSULT" == a.type and b.kind == "noun" and b.definite):
        return False
    a._fold()
    if b.sentence <= a.mentions[0].sentence or a._future:
        return False
    if b.time is not None or any(s in ("planned", "future") for s, _ in b.status):
        return False  # 'the talks in Almaty on Thursday' are talks of their own
    return not (b.actors and a._with_actors)


def _arg_countries(args: list[Arg], parsed: Parsed) -> list[str]:
    out = []
    for a in args:
        code = next((c for t in parsed.doc[a.start:a.end] if (c := lexicons.country_code(t.text))), None)
        if code:
            out.append(code)
    return out


LEXICON_WEIGHT = 2.0
"""Log-odds added to the lexicon's category for event nouns and for event-bearing frames ('urged X to').

The classifier learns from PLV sentences, where triggers are mostly verbs; for nouns and for the verbal
acts PLOVER defines by their verb (urge = REQUEST, refuse = REJECT) the lexicon is the safer guide.
Cross-validated on PLV this changes accuracy by less than half a point either way."""


def classify(m: Mention, typer: Any) -> tuple[str, float]:
    """The classifier's label and probability for a mention, with :data:`LEXICON_WEIGHT` where it applies."""
    lex = "YIELD" if m.lex in ("CONCEDE", "RETREAT") else m.lex
    frame = any(role == "frame" for _, role in m.frames) and m.lex in VERBAL_EVENTS
    probabilities = getattr(typer, "probabilities", None)
    if lex is None or probabilities is None or not (frame or m.kind == "noun") or lex not in typer.classes:
        return typer.predict(m.features)
    p = probabilities(m.features)
    p = p * np.exp(LEXICON_WEIGHT * (np.arange(len(p)) == typer.classes.index(lex)))
    p = p / p.sum()
    k = int(p.argmax())
    return typer.classes[k], float(p[k])


def candidate(m: Mention, parsed: Parsed) -> bool:
    """Whether a mention is worth typing: a lexicon event word, or an actor acting on a recipient (anything
    else is no event whatever the classifier says, see :func:`keep`)."""
    return m.in_lexicon or bool(m.actors and m.recipients)


def type_mentions(mentions: list[Mention], parsed: Parsed, typer: Any) -> list[Mention]:
    """Type every mention with ``typer`` and keep the events (see :func:`candidate` and :func:`keep`)."""
    out = []
    gate = DomainGate(parsed)
    for m in mentions:
        if not candidate(m, parsed):
            continue
        if m.finder is not None:
            m.finder.describe(m)
        label, prob = classify(m, typer)
        if not keep(m, parsed, prob, typer, gate):
            continue
        kind = choose_type(m, label, prob)
        verdict = gate.verdict(m, kind)
        if verdict == "none":
            continue  # business or sport news, nothing named acted on (events.gate)
        if verdict == "other":
            kind = "OTHER"  # a fire, a storm, a crash: no PLOVER event, but what the reports tell (events.gate)
        if m.finder is not None:
            m.finder.complete(m)
        m.type = kind
        m.confidence = prob
        out.append(m)
    return out


def merge(mentions: list[Mention], parsed: Parsed) -> list[Draft]:
    """Group mentions of the same event; each draft keeps its mentions in text order."""
    drafts: list[Draft] = []
    # Mentions come in text order, so a draft whose last mention is more than 6 sentences back (or in the
    # mention's own sentence) is no same_event; drafts are looked up by the sentence of their last mention,
    # the draft holding a head by the head, and refers_back only considers definite CONSULT nouns, instead
    # of trying every draft for every mention (O(n^2) in a long document).
    by_last: dict[int, list[int]] = {}
    by_head: dict[int, int] = {}
    consult: list[int] = []
    for m in mentions:
        assert m.type is not None
        near = sorted((k for s in range(m.sentence - 6, m.sentence) for k in by_last.get(s, ())), reverse=True)
        target = next((drafts[k] for k in near if same_event(drafts[k], m, m.type, parsed)), None)
        if target is None and m.joins is not None:
            target = drafts[by_head[m.joins]] if m.joins in by_head else None
            if target is not None:
                m.recipients, m.recipient_clusters = [], []
        if target is None:
            back = [drafts[k] for k in reversed(consult) if refers_back(drafts[k], m, m.type)] if (
                m.type == "CONSULT" and m.kind == "noun" and m.definite) else []
            same_word = [d for d in back if any(x.key == m.key for x in d.mentions)]
            target = (same_word or back or [None])[0]
        if target is not None:
            k = next(j for j in by_last[target.mentions[-1].sentence] if drafts[j] is target)
            by_last[target.mentions[-1].sentence].remove(k)
            bisect.insort(by_last.setdefault(m.sentence, []), k)
            by_head[m.head] = k
            target.mentions.append(m)
            target.confidence = max(target.confidence, m.confidence)
            if target.mode is None:
                target.mode = event_mode(m, m.type, parsed)
            target.context = sorted(set(target.context) | set(event_context(m, parsed)))
            continue
        drafts.append(Draft([m], m.type, event_mode(m, m.type, parsed), event_context(m, parsed), m.confidence))
        by_last.setdefault(m.sentence, []).append(len(drafts) - 1)
        by_head[m.head] = len(drafts) - 1
        if m.type == "CONSULT":
            consult.append(len(drafts) - 1)
    return drafts


def used_clusters(drafts: Iterable[Draft]) -> list[int]:
    """Cluster indices the events refer to (so that they become document actors)."""
    return [k for d in drafts for m in d.mentions for ks in (*m.actor_clusters, *m.recipient_clusters) for k in ks]


def records(drafts: list[Draft], parsed: Parsed, resolver: Resolver | None, ids: dict[int, str],
            statement_ids: Sequence[str], statement_clusters: Sequence[list[int]]) -> list[Event]:
    """:class:`Event` records for the drafts.

    Args:
        drafts: merged, typed mentions (:func:`merge`).
        parsed: the document's parse.
        resolver: the document's actor resolver (None: no actor links).
        ids: actor id of each resolver cluster.
        statement_ids: id of each statement, by attribution index.
        statement_clusters: clusters of each statement's source, by attribution index.

    A status is held ``by`` the actors of its statement's source, except generic words that name no one
    (:func:`reportedly.events.gate.generic_claimer`: 'Statements said ...' claims, but by no one named).
    """
    clusters = resolver.clusters if resolver is not None else []
    statement_actors = [[ids[k] for k in ks if k in ids and not (
        k < len(clusters) and generic_claimer(clusters[k].name, clusters[k].country))] for ks in statement_clusters]
    events = []
    for n, d in enumerate(drafts, 1):
        events.append(_record(f"e{n}", d, parsed, resolver, ids, statement_ids, statement_clusters, statement_actors))
    return events


def _speaker_countries(n: int | None, resolver: Resolver | None, statement_clusters: Sequence[list[int]]) -> list[str]:
    if n is None or resolver is None:
        return []
    return [c for k in statement_clusters[n] if (c := resolver.clusters[k].country)]


def _record(event_id: str, d: Draft, parsed: Parsed, resolver: Resolver | None, ids: dict[int, str],
            statement_ids: Sequence[str], statement_clusters: Sequence[list[int]],
            statement_actors: Sequence[list[str]]) -> Event:
    text = parsed.text
    spans: list[Span] = []
    for m in d.mentions:
        spans.extend(_merge_spans([parsed.char_span(i, i + 1) for i in sorted(m.tokens)], text))
    trigger = Content(text=span_text(text, spans), spans=spans)
    actors: list[EventActor] = []
    recipients: list[EventActor] = []
    # (what is already in each list, in sets: testing the lists grew with every mention of a merged event)
    seen_actors: tuple[set[str | None], set[Span]] = (set(), set())
    seen_recipients: tuple[set[str | None], set[Span]] = (set(), set())
    for m in d.mentions:
        speaker = next((n for kind, n in m.status if kind in ("claimed", "denied") and n is not None), None)
        countries = _speaker_countries(speaker, resolver, statement_clusters)
        for a, ks in zip(m.actors, m.actor_clusters or [[]] * len(m.actors), strict=False):
            add_actor(actors, a, ks, m, parsed, resolver, ids, countries, seen_actors)
        for a, ks in zip(m.recipients, m.recipient_clusters or [[]] * len(m.recipients), strict=False):
            add_actor(recipients, a, ks, m, parsed, resolver, ids, countries, seen_recipients)
    status: list[ClaimStatus] = []
    listed: set[tuple[str, str | None, str | tuple[str, ...] | None]] = set()
    for m in d.mentions:
        for kind, n in m.status:
            st = ClaimStatus(status=kind, statement=statement_ids[n] if n is not None else None,
                             by=_by(statement_actors[n]) if n is not None and kind != "asserted" else None)
            key = (st.status, st.statement, tuple(st.by) if isinstance(st.by, list) else st.by)
            if key not in listed:
                listed.add(key)
                status.append(st)
    refs = [r for m in d.mentions for r in m.places]
    if d.type in VERBAL_EVENTS:
        refs = [r for r in refs if r.direct]  # 'condemned the raid in Mosul': Mosul is not where condemning happened
    place = _best_place(refs)
    time = next((m.time for m in d.mentions if m.time is not None), None)
    quantities: list[Quantity] = []
    counted: set[tuple[Any, ...]] = set()
    for m in d.mentions:
        for q in m.quantities:
            key = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in q.__dict__.items())  # what == compares
            if key not in counted:
                counted.add(key)
                quantities.append(q)
    speech = next((m.speech_act for m in d.mentions if m.speech_act is not None), None)
    context = d.context
    if all(in_relative_clause(parsed.doc[m.head]) or recap(parsed.doc[m.head]) for m in d.mentions):
        context = [*context, BACKGROUND]
    return Event(id=event_id, type=d.type, mode=d.mode, context=context, trigger=trigger, actors=actors,
                 recipients=recipients, place=place, time=time, quantities=quantities, status=status,
                 confidence=round(d.confidence, 3),
                 statement=statement_ids[speech] if speech is not None else None)


def _by(actor_ids: list[str]) -> str | list[str] | None:
    if not actor_ids:
        return None
    return actor_ids[0] if len(actor_ids) == 1 else list(actor_ids)


def _merge_spans(spans: list[Span], text: str) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and not text[out[-1][1]:s].strip(" -"):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _best_place(refs: list[PlaceRef]) -> Place | None:
    """The most specific place; a resolved region or city of the same admin area nests the others."""
    if not refs:
        return None
    refs = sorted(refs, key=lambda r: (r.rank, r.place.name is not None), reverse=True)
    best = refs[0]
    place = best.place.model_copy(deep=True)
    if place.within is not None and place.within.within is None:
        outer = next((r for r in refs if r.rank == 1 and r.place.name and r.place.country == place.within.country),
                     None)
        if outer is not None and outer.place.name != place.within.name:
            place.within.within = outer.place.model_copy()
    if place.country is None and place.within is not None and place.within.within is not None and \
            place.within.within.kind == "region":
        place.country = place.within.within.country
    return place
