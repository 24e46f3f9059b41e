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
from .words import COOPERATIVE, PLACE_NOUNS, phrase_sector

ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "COP", "SPY"})
"""PLOVER sectors of actors that carry arms."""
REFUSALS = frozenset({"REJECT"})
"""PLOVER categories a negated event is folded into: the refusal is what happened."""
MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT"})
"""Categories of material acts on someone, which a disaster, an accident or business news has many words for."""
VAGUE = frozenset({"it", "its", "this", "that", "which", "what", "something", "anything", "everything"})
"""Pronouns that may stand for a thing as well as for someone."""


CONFLICT = {"ASSAULT", "COERCE", "SANCTION"}
GIVING = COOPERATIVE | {"AGREE", "CONCEDE", "RETREAT"}


def plover_category(event_type: str, statuses: Iterable[str]) -> str:
    """PLOVER's own coding of an event that carries a status (the manual's 'single category' rule).

    PLOVER has no status field, so it folds some statuses into the category: cooperation announced
    for the future is AGREE, a future RETREAT is CONCEDE, force announced or conditional is
    THREATEN, and a cooperative act refused ('will not sign', 'did not grant access') is REJECT.
    """
    st = set(statuses)
    future = bool(st & {"planned", "future"})
    if "negated" in st and event_type in GIVING:
        return "REJECT"
    if future and event_type in COOPERATIVE:
        return "AGREE"
    if future and event_type == "RETREAT":
        return "CONCEDE"
    if event_type in CONFLICT and (future or st & {"hypothetical", "conditional"}) and not st & {"denied", "negated"}:
        return "THREATEN"
    return event_type


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
        self._report_kind: str | None = None
        self._why_not = "none"

    def _sentence_bag(self, k: int) -> set[str]:
        bag = self._sentence_bags.get(k)
        if bag is None:
            start, end = self.p.sentences[k]
            bag = self._sentence_bags[k] = _bag(self.p.lemmas[start:end])
        return bag

    def report_kind(self) -> str | None:
        """What the report is about when it is not arms: 'mishap' (a disaster or an accident), 'trade' (business)
        or 'play' (sport), whichever at least two sentences and more than speak of arms do; None otherwise."""
        if self._report_kind is None:
            counts = dict.fromkeys(("mishap", "trade", "play", "weapon"), 0)
            for k in range(len(self.p.sentences)):
                bag = self._sentence_bag(k)
                for kind in counts:
                    counts[kind] += bool(bag & self.words[kind])
            weapon = counts.pop("weapon")
            kind, n = max(counts.items(), key=lambda kv: kv[1])
            self._report_kind = kind if n >= 2 and n > weapon else ""
        return self._report_kind or None

    def _head_lemmas(self, a: Arg) -> set[str]:
        """The lemma of an argument's head, with its compound ('the warehouse fire': fire, 'gas leak': gas leak)."""
        h = self.p.tokens[a.head]
        low = self.p.lemmas[a.head]
        out = {low}
        mods = [c for c in self.p.children[h.i] if c.dep_ == "compound" and c.i == h.i - 1]
        if mods:
            out.add(f"{self.p.lemmas[mods[0].i]} {low}")
        return out

    def _common(self, a: Arg) -> bool:
        """Whether an argument's head is a common noun (a headline's 'Wildfire' too, not 'ICE' or a name)."""
        h: Token = self.p.tokens[a.head]
        if h.is_upper and len(h) > 1:
            return False
        if h.is_sent_start and h.is_title and a.end - a.start == 1:
            return True  # a headline's first word, which the parser often takes for a name
        if h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return False
        return h.pos_ == "NOUN" or (h.pos_ == "PROPN" and not h.ent_type_)

    def _is_force(self, a: Arg) -> bool:
        return self._common(a) and bool(self._head_lemmas(a) & self.words["force"])

    def _is_thing(self, a: Arg) -> bool:
        return self._common(a) and bool(self._head_lemmas(a) & self.words["thing"]) and not self._is_armed(a)

    def _is_armed(self, a: Arg) -> bool:
        tokens = self.p.tokens[a.start:a.end]
        if phrase_sector(tokens) in ARMED_SECTORS:
            return True
        if self._head_lemmas(a) & self.words["armed"]:
            return True
        h = self.p.tokens[a.head]
        return h.ent_type_ in ("GPE", "NORP") and bool(lexicons.country_code(h.text))  # a state's forces

    def is_agent(self, a: Arg) -> bool:
        """Whether an argument names someone who can act: a name, a person or group pronoun, a role, a sector."""
        h = self.p.tokens[a.head]
        if h.pos_ == "PRON":
            return h.lower_ not in VAGUE
        if h.is_upper and len(h) > 1:
            return True  # 'ICE', 'AQAP'
        if self._is_force(a) or self._is_thing(a):
            return False
        if h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or h.pos_ == "PROPN":
            return True
        low = self.p.lemmas[a.head]
        return low in lexicons.roles() or phrase_sector(self.p.tokens[a.start:a.end]) is not None or \
            low in self.words["armed"] or low in self.words["agent"]

    def _is_trade(self, a: Arg) -> bool:
        return phrase_sector(self.p.tokens[a.start:a.end]) == "BUS" or bool(self._head_lemmas(a) & self.words["trade"])

    def verdict(self, m: Mention, event_type: str) -> str:
        """What mention ``m`` typed ``event_type`` stands as: 'event' (that event), 'other' (a disaster or an
        accident: type OTHER) or 'none' (no event: business or sport news, nothing named acted on)."""
        return "event" if self.political(m, event_type) else self._why_not

    def political(self, m: Mention, event_type: str) -> bool:
        """Whether mention ``m`` typed ``event_type`` may stand as that event (see the module docstring); when
        not, ``_why_not`` says whether it is a disaster or an accident ('other') or nothing ('none')."""
        self._why_not = "none"
        actors = [a for a in m.actors if self.p.tokens[a.head].lower_ not in VAGUE]
        if any(self._is_armed(a) for a in actors):
            return True
        sentence = self._sentence_bag(m.sentence)
        weapon = bool(sentence & self.words["weapon"])
        report = self.report_kind()
        if actors and all(self._is_force(a) or self._is_thing(a) for a in actors):
            # 'an explosion killed three soldiers' may be an attack; 'the storm cut power', 'the bus left the road' not
            self._why_not = "other" if report != "play" else "none"
            return weapon and event_type == "ASSAULT" and report != "play"
        if actors and not weapon and report is not None and not any(self.is_agent(a) for a in actors):
            self._why_not = "other" if report == "mishap" else "none"
            return False  # 'bad loans hit its results', 'part of the bridge injured five'
        if m.recipients and all(self._is_force(a) for a in m.recipients) and not weapon:
            self._why_not = "other"
            return False  # 'firefighters fought the blaze', 'brought the fire under control'
        agent_recipient = any(self.is_agent(a) for a in m.recipients)
        if not actors and not agent_recipient and not weapon and (
                sentence & self.words["mishap"] or report == "mishap"):
            self._why_not = "other"
            return False  # 'the storm ... cuts power to thousands': no one the text names acts or is acted on
        if actors and all(self._is_trade(a) for a in actors) and event_type in ("ASSAULT", "COERCE", "SANCTION") \
                and not agent_recipient:
            return False  # 'the carmaker hit its target', 'the bank cut 1,500 jobs', 'closed two plants'
        if report in ("mishap", "trade") and event_type in MATERIAL and not agent_recipient:
            self._why_not = "other" if report == "mishap" else "none"
            return False  # 'passengers left the plane', 'crews reopened a lane', 'it would cut 900 jobs'
        if event_type != "ASSAULT":
            return True
        if report == "play" or (report == "trade" and not weapon):
            return False  # 'United beat City', 'Northline beat forecasts'
        if not actors and not weapon:
            if m.recipients and not agent_recipient and not any(self._placed(a) for a in m.recipients):
                return False  # 'it would fight the case': no one named fights anyone
            self._why_not = "other"
            return not (sentence & self.words["mishap"] or report == "mishap")
        return True

    def _placed(self, a: Arg) -> bool:
        """Whether an argument is a place ('the town', 'a hospital in Sumy'), which an attack may have as target."""
        return any(t.ent_type_ in ("GPE", "LOC", "FAC") or self.p.lemmas[t.i] in PLACE_NOUNS
                   for t in self.p.tokens[a.start:a.end])


def occurs(event: Event) -> bool:
    """Whether an event is reported as an occurrence: not negated, unless its negation is a refusal
    (see the module docstring)."""
    return occurs_as(event.type, [s.status for s in event.status])


def occurs_as(event_type: str, statuses: Iterable[str]) -> bool:
    """:func:`occurs` for an event of this type and these claim statuses (as the corpus store keeps them)."""
    statuses = list(statuses)
    if "negated" not in statuses:
        return True
    return plover_category(event_type, statuses) in REFUSALS


@lru_cache(maxsize=1)
def _generic_nouns() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicons.rows("generic_nouns.tsv")}


def generic_claimer(name: str, country: str | None) -> bool:
    """Whether an actor's name names no one who could claim anything: a word for what was said ('Statements',
    'reports', from ``data/generic_nouns.tsv``), or unnamed people with no country ('officials', 'analysts')."""
    words = lexicons.norm(name).split()
    for head in (" ".join(words[-2:]), words[-1] if words else ""):
        kind = _generic_nouns().get(head)
        if kind is not None:
            return kind == "speech" or not country
    return False
