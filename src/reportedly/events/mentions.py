"""Event mentions: triggers, their frames and arguments, found in the dependency parse.

A :class:`Mention` is one trigger (a verb, an event noun, or a light verb with its event noun) with
its actor and recipient phrases, the statuses the text gives it (claimed, denied, planned, negated
...), its place, time and quantities, and the features the classifier types it by. The
:class:`Finder` reads them off one parsed document; :mod:`reportedly.events.coding` types, merges and
records them. The rules are described in the docstring of :mod:`reportedly.events.coding`.

In: a :class:`~reportedly.text.nlp.Parsed` document, its attribution records
(:class:`~reportedly.attribution.rules.Found`), the actor resolver, the blocks to skip and the
publication date. Out: the document's mentions (:meth:`Finder.run`), to which ``m.finder.describe(m)``
adds status and features and ``m.finder.complete(m)`` place, time and quantities.

The :class:`Finder` puts together readers that share one
:class:`~reportedly.events.view.DocumentView` (the per-document state and cached lookups):

- :mod:`reportedly.events.triggers`: trigger words, frames, the mentions themselves;
- :mod:`reportedly.events.arguments`: actors, recipients, obliques and the mention's scope;
- :mod:`reportedly.events.status`: claim status (claimed, denied, planned, conditional ...);
- :mod:`reportedly.events.details`: places, time and quantities;
- :mod:`reportedly.events.features`: the classifier's features.

:class:`Arg`, :class:`PlaceRef` and :class:`Mention` are defined in
:mod:`reportedly.events.mention_types` and importable from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from ..attribution.found import Found
from ..attribution.speakers import Resolver
from ..text.nlp import Parsed
from .arguments import ArgumentReader
from .details import DetailReader
from .features import FeatureReader
from .mention_types import Arg, Mention, PlaceRef
from .status import StatusReader
from .triggers import TriggerReader
from .view import DocumentView
from .words import STATE_NOUNS

__all__ = ["Arg", "Finder", "Mention", "PlaceRef"]


class Finder:
    """Finds event mentions in one parsed document (see the module docstring)."""

    def __init__(self, parsed: Parsed, found: Sequence[Found], resolver: Resolver | None,
                 skip_blocks: Iterable[int] = (), published: date | None = None) -> None:
        self.view = DocumentView(parsed, found, skip_blocks)
        self.arguments = ArgumentReader(self.view)
        self.triggers = TriggerReader(self.view, self.arguments)
        self.statuses = StatusReader(self.view)
        self.details = DetailReader(self.view, resolver, published)
        self.featurizer = FeatureReader(parsed)

    def run(self) -> list[Mention]:
        """All mentions of the document, in text order."""
        out = self.triggers.find()
        self.details.document_context(out)
        for m in out:
            self.finish(m)
        return out

    # -- finishing: status, place, time, quantities, features -------------------------------------------

    def finish(self, m: Mention) -> None:
        """Tidy a mention just found: each argument once, subjects of claim clauses, fallbacks for pronouns.

        Also sets ``m.sentence`` and ``m.finder`` (for the later :meth:`describe` and :meth:`complete`).
        """
        view = self.view
        children = view.children_of
        tokens = view.tokens
        for attr in ("actors", "recipients", "obliques"):
            seen: set[tuple[int, int]] = set()
            uniq = []
            for a in getattr(m, attr):
                if (a.start, a.end) not in seen:
                    seen.add((a.start, a.end))
                    uniq.append(a)
            setattr(m, attr, uniq)
        m.sentence = view.p.sentence_of[m.head]
        for a in list(m.recipients):
            h = tokens[a.head]
            if view.is_cue_noun(h) or view.is_event_noun(h):
                clause = next((c for c in children[h.i] if c.dep_ in ("acl", "ccomp") and
                               any(g.dep_ == "mark" for g in children[c.i])), None)
                inner = next((g for g in children[clause.i] if g.dep_ in ("nsubj", "nsubjpass")),
                             None) if clause else None
                if inner is not None and inner.pos_ != "PRON":
                    m.recipients.append(view.np(inner, "claim-subj"))
        head = tokens[m.head]
        if m.kind == "noun":
            clause = next((c for c in children[head.i] if c.dep_ in ("acl", "ccomp") and
                           any(g.dep_ == "mark" and g.lower_ == "that" for g in children[c.i])), None)
            inner = next((g for g in children[clause.i] if g.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
            if inner is not None and inner.pos_ != "PRON" and not m.recipients:
                m.recipients.append(view.np(inner, "claim-subj"))
        if m.kind == "noun" and head.dep_ == "dobj":
            subj, _ = self.arguments.subject(head.head)
            for a in m.actors:
                if a.rel == "poss" and tokens[a.head].pos_ == "PRON" and subj is not None and subj.pos_ != "PRON":
                    a.fallback = view.np(subj, "subj", exclude=[head.head.i])
        m.finder = self

    def describe(self, m: Mention) -> None:
        """Status and classifier features of a mention (done only for the mentions that may become events)."""
        if m.described:
            return
        m.described = True
        m.status = self.statuses.claim_status(m)
        found, tokens = self.view.found, self.view.tokens
        n = next((k for kind, k in m.status if kind in ("claimed", "denied") and k is not None), None)
        if n is not None and found[n].source:
            src = found[n].source
            for a in m.actors:
                own = a.end - a.start == 2 and tokens[a.start].lower_ in ("his", "her", "our", "my") and \
                    tokens[a.head].lemma_.lower() in STATE_NOUNS  # 'said his country will'
                if (a.end - a.start == 1 and tokens[a.head].lower_ in ("it", "they", "he", "she", "we")) or own:
                    a.fallback = Arg(src[0], src[1], found[n].source_head or src[1] - 1, "statement-source")
        m.features = self.featurizer.features(m)

    def complete(self, m: Mention) -> None:
        """Place, time and quantities of a mention (done only for the mentions that become events)."""
        if m.completed:
            return
        m.completed = True
        m.places = self.details.find_places(m)
        m.time = self.details.find_time(m)
        m.quantities = self.details.find_quantities(m)
