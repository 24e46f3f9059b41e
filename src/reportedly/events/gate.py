"""Which typed mentions are political events, and which events are occurrences.

PLOVER codes what actors do to each other. A fire that 'destroys' a warehouse, a storm that 'injures'
residents, a crash that 'kills' passengers or a company that 'hits' its target is no ASSAULT, and the
manual leaves such happenings uncoded (its 'mudslides destroyed dozens of houses'). The words that tell
them apart are in ``data/event_domains.tsv``.

In: a typed :class:`~reportedly.events.mention_types.Mention` and the document's
:class:`~reportedly.text.nlp.Parsed`. Out: :meth:`DomainGate.political`, whether the mention may stand
as an event of its type: a natural force, an accident or a failure is no actor of any event; an
ASSAULT needs an armed actor, a weapon in its sentence, or (when nobody is named as acting) a sentence
and report that are not about a disaster or an accident; a business is no actor of an ASSAULT unless
an armed actor acts with it.

In: an :class:`~reportedly.model.Event`. Out: :func:`occurs`, whether the event is reported as having
happened (or as planned): a negated event ('nobody was injured', 'did not attack') is kept in the
document with status ``negated`` (a denial that disputes can read) but is no occurrence for the
timeline, the happenings or the exports, except where PLOVER codes the refusal itself ('did not sign'
is REJECT, see :func:`reportedly.events.coding.plover_category`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from ..model import Event
from ..text import lexicons
from ..text.nlp import Parsed
from .mention_types import Arg, Mention
from .words import phrase_sector

ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "COP", "SPY"})
"""PLOVER sectors of actors that carry arms."""
REFUSALS = frozenset({"REJECT"})
"""PLOVER categories a negated event is folded into: the refusal is what happened."""


@lru_cache(maxsize=1)
def domain_words() -> dict[str, frozenset[str]]:
    """``data/event_domains.tsv``: kind (force, armed, weapon, mishap, trade) -> lemmas and lemma pairs."""
    return {kind: frozenset(words.split("|")) for kind, words in lexicons.rows("event_domains.tsv")}


def _bag(lemmas: Iterable[str]) -> set[str]:
    words = list(lemmas)
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


class DomainGate:
    """The domain gate for the mentions of one document (see the module docstring)."""

    def __init__(self, parsed: Parsed) -> None:
        self.p = parsed
        self.words = domain_words()
        self._sentence_bags: dict[int, set[str]] = {}
        self._mishap_report: bool | None = None

    def _sentence_bag(self, k: int) -> set[str]:
        bag = self._sentence_bags.get(k)
        if bag is None:
            start, end = self.p.sentences[k]
            bag = self._sentence_bags[k] = _bag(self.p.lemmas[start:end])
        return bag

    def mishap_report(self) -> bool:
        """Whether the report is about a disaster or an accident: more sentences speak of one than of arms."""
        if self._mishap_report is None:
            mishap = weapon = 0
            for k in range(len(self.p.sentences)):
                bag = self._sentence_bag(k)
                mishap += bool(bag & self.words["mishap"])
                weapon += bool(bag & self.words["weapon"])
            self._mishap_report = mishap > 0 and mishap > weapon
        return self._mishap_report

    def _head_lemmas(self, a: Arg) -> set[str]:
        """The lemma of an argument's head, with its compound ('the warehouse fire': fire, 'gas leak': gas leak)."""
        h = self.p.tokens[a.head]
        low = self.p.lemmas[a.head]
        out = {low}
        mods = [c for c in self.p.children[h.i] if c.dep_ == "compound" and c.i == h.i - 1]
        if mods:
            out.add(f"{self.p.lemmas[mods[0].i]} {low}")
        return out

    def _is_force(self, a: Arg) -> bool:
        h: Token = self.p.tokens[a.head]
        if h.pos_ != "NOUN" or h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (h.is_upper and len(h) > 1):
            return False  # 'ICE returned the paintings' is an agency
        return bool(self._head_lemmas(a) & self.words["force"])

    def _is_armed(self, a: Arg) -> bool:
        tokens = self.p.tokens[a.start:a.end]
        if phrase_sector(tokens) in ARMED_SECTORS:
            return True
        if self._head_lemmas(a) & self.words["armed"]:
            return True
        h = self.p.tokens[a.head]
        return h.ent_type_ in ("GPE", "NORP") and bool(lexicons.country_code(h.text))  # a state's forces

    def _is_trade(self, a: Arg) -> bool:
        return phrase_sector(self.p.tokens[a.start:a.end]) == "BUS" or bool(self._head_lemmas(a) & self.words["trade"])

    def political(self, m: Mention, event_type: str) -> bool:
        """Whether mention ``m`` typed ``event_type`` may stand as that event (see the module docstring)."""
        if any(self._is_armed(a) for a in m.actors):
            return True
        weapon = bool(self._sentence_bag(m.sentence) & self.words["weapon"])
        if m.actors and all(self._is_force(a) for a in m.actors):
            return weapon and event_type == "ASSAULT"  # 'an explosion killed three soldiers' may be an attack
        if m.recipients and all(self._is_force(a) for a in m.recipients) and not weapon:
            return False  # 'firefighters fought the blaze', 'brought the fire under control'
        if event_type != "ASSAULT":
            return True
        if m.actors and all(self._is_trade(a) for a in m.actors):
            return False  # 'the carmaker hit its target', 'the bank slashed 300 jobs'
        if not m.actors and not weapon:
            return not (self._sentence_bag(m.sentence) & self.words["mishap"] or self.mishap_report())
        return True


def occurs(event: Event) -> bool:
    """Whether an event is reported as an occurrence: not negated, unless its negation is a refusal
    (see the module docstring)."""
    statuses = [s.status for s in event.status]
    if "negated" not in statuses:
        return True
    from .coding import plover_category  # (coding imports this module)

    return plover_category(event.type, statuses) in REFUSALS
