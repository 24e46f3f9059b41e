"""The records an event mention is made of: :class:`Arg`, :class:`PlaceRef` and :class:`Mention`.

In: nothing but the model's :class:`~reportedly.model.Place`, :class:`~reportedly.model.Quantity` and
:class:`~reportedly.model.TimeRef`. Out: the three dataclasses the readers of
:mod:`reportedly.events.mentions` fill in, and :class:`MentionReader`, what a mention keeps of the
reader that found it (``m.finder.describe(m)``, ``m.finder.complete(m)``). Import them from
:mod:`reportedly.events.mentions`, which re-exports them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol, TypeAlias

from ..model import Place, Quantity, TimeRef

# --------------------------------------------------------------------------------------------------
# mentions: a trigger with its arguments, before typing

ScopePart: TypeAlias = "range | list[int] | Callable[[], Iterable[int]]"
"""Tokens added to a mention's scope: a range or list of token indices, or a function that gives them."""


@dataclass
class Arg:
    """An argument phrase: token range ``[start, end)`` and its head token."""

    start: int
    end: int
    head: int
    rel: str
    fallback: Arg | None = None
    """For a pronoun inside a statement ('Norway says it will not ...'): the statement's source, used when
    the pronoun cannot be resolved."""
    shared: tuple[int, int] | None = None
    """For the first side of a phrase split in two ('Russian' of 'Russian and North Korean forces'): the tokens of
    the other side, whose head noun both share (the side's sector is read from it)."""


@dataclass
class PlaceRef:
    """A place phrase found for a mention, with its resolution."""

    place: Place
    rank: int
    """0 country, 1 region, 2 city, 3 village: higher is more specific (-1: a place word with no name)."""
    admin1: str | None = None
    direct: bool = True
    """Whether the phrase hangs on the trigger or an argument head (not deeper inside an argument)."""


@dataclass
class Mention:
    """One event mention: trigger, frames and arguments, with its features for the classifier."""

    head: int
    tokens: list[int]
    kind: str
    """'verb', 'noun' or 'light' (a light verb with an event noun as object)."""
    key: str
    lex: str | None
    """Category the lexicon gives the trigger (or its event-bearing frame, or its object noun)."""
    frames: list[tuple[int, str]] = field(default_factory=list)
    """(token, role) of the verbs or nouns above the trigger ('plan' in 'plan to attack')."""
    actors: list[Arg] = field(default_factory=list)
    recipients: list[Arg] = field(default_factory=list)
    obliques: list[Arg] = field(default_factory=list)
    passive: bool = False
    scope_parts: list[ScopePart] = field(default_factory=list, repr=False, compare=False)
    """What :attr:`scope` is made of, until it is first read (:meth:`add_scope`)."""
    features: list[str] = field(default_factory=list)
    status: list[tuple[str, int | None]] = field(default_factory=list)
    """(status kind, index of the statement) pairs."""
    speech_act: int | None = None
    places: list[PlaceRef] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    time: TimeRef | None = None
    time_tokens: tuple[int, int] | None = None
    type: str | None = None
    confidence: float = 0.0
    actor_clusters: list[list[int]] = field(default_factory=list)
    recipient_clusters: list[list[int]] = field(default_factory=list)
    sentence: int = 0
    definite: bool = False
    joins: int | None = None
    """Head of the event noun this mention takes part in ('the summit, which he joined')."""
    finder: MentionReader | None = field(default=None, repr=False, compare=False)
    described: bool = False
    completed: bool = False

    _scope: set[int] = field(default_factory=set, repr=False, compare=False)

    @property
    def in_lexicon(self) -> bool:
        return self.lex is not None

    @property
    def scope(self) -> set[int]:
        """Tokens of the mention's own phrases (trigger, frames, arguments): quantities and places come from here.

        Worked out when first read: most mentions are dropped before anything reads their scope, and the
        phrases of nested mentions (a chain of 'according to', of event nouns) overlap, so that building
        every scope at once took O(n^2).
        """
        if self.scope_parts:
            for part in self.scope_parts:
                self._scope.update(part() if callable(part) else part)
            self.scope_parts.clear()
        return self._scope

    def add_scope(self, part: ScopePart) -> None:
        """Add tokens to the scope: a range or list of token indices, or a function that gives them (called
        when the scope is first read; it must depend on the parse only, not on the mention)."""
        self.scope_parts.append(part)


class MentionReader(Protocol):
    """The later steps of the reader that found a mention (:class:`~reportedly.events.mentions.Finder`)."""

    def describe(self, m: Mention) -> None:
        """Add status and classifier features to ``m``."""

    def complete(self, m: Mention) -> None:
        """Add place, time and quantities to ``m``."""
