"""Document actors while they are built: the cluster record, the word sets and small name helpers.

What comes in: nothing of its own; :mod:`.names`, :mod:`.descriptions`, :mod:`.pronouns` and
:mod:`.speakers` build :class:`Cluster` records (one per document actor) and share the state
declared in :class:`ResolverState`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..model import ActorType
from ..text.lexicons import norm
from ..text.nlp import Parsed

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
THING_PRONOUNS = {"it", "its"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
RELATIVE = {"who", "that", "which", "whom", "whose"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "both", "each", "its", "their"}
_TITLE_MODIFIERS = {"former", "acting", "deputy", "then", "then-", "interim", "outgoing", "incoming", "vice",
                    "senior", "chief", "top", "foreign", "defence", "defense", "prime", "state"}
_LOOKBACK_TOKENS = 400
_HONORIFIC_NAME_WORDS = 10  # most words of a name after 'Mr.' (PolNeAR: 2; 'Mr. Mr. Mr. ...' was O(n^2))
_PAIR_NOUNS = {"countries", "nations", "states", "sides", "governments", "parties", "leaders", "men", "women"}
_NAME_PARTICLES = {"von", "der", "van", "den", "de", "da", "di", "du", "dos", "del", "la", "le", "bin", "ibn", "al",
                   "el", "ben", "binti", "binte", "bte", "bt", "bint"}
# Description heads that fit anyone with some title ('the Tajik official').
_GENERIC_TITLES = {"official", "minister", "diplomat", "politician", "lawmaker", "leader"}


def _strip_title(tokens: Sequence[Token], start: int, end: int, limit: int) -> list[Token]:
    """``tokens[start:end]`` without determiners and punctuation at the edges; nothing if over ``limit`` words."""
    while start < end and (tokens[start].lower_ in _DETERMINERS or tokens[start].is_punct):
        start += 1
    if start < end and tokens[start].like_num:  # 'a 52-year-old former mayor': an age is no title
        old = next((j for j in range(start + 1, min(end, start + 5)) if tokens[j].lower_ == "old"), None)
        if old is not None and all(t.lower_ in ("-", "year", "years") for t in tokens[start + 1:old]):
            start = old + 1
    while end > start and tokens[end - 1].is_punct:
        end -= 1
    return list(tokens[start:end]) if end - start <= limit else []


def _first(name: str) -> str:
    words = norm(name).split()
    return words[0] if words else ""


def _last(name: str) -> str:
    words = norm(name).split()
    return words[-1] if words else ""


@dataclass
class Cluster:
    """One document actor while it is being built."""

    name: str
    type: ActorType
    key: str
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None
    leaning: str | None = None
    """The gender a doubtful he/she gave it: a hint that another pronoun's antecedent weighs, no fact."""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    """Token ranges of all mentions."""
    named: bool = True
    last: int = -1
    # the start tokens of the mentions, sorted; the resolver's index of mentions, told of each new one; a set of them
    starts: list[int] = field(default_factory=list, repr=False, compare=False)
    on_add: Callable[[int, int], None] | None = field(default=None, repr=False, compare=False)
    _seen: set[tuple[int, int]] = field(default_factory=set, repr=False, compare=False)

    def add(self, start: int, end: int) -> None:
        if (start, end) not in self._seen:  # a set: the list grows with every mention of a much-named actor
            self._seen.add((start, end))
            self.mentions.append((start, end))
            bisect.insort(self.starts, start)
            if self.on_add is not None:
                self.on_add(start, end)
        self.last = max(self.last, start)

    def add_title(self, title: str) -> None:
        t = " ".join(title.split()).strip(" ,")
        if t and t.lower() not in (x.lower() for x in self.titles):
            self.titles.append(t)


class ResolverState:
    """The state the resolver's parts share (set in :class:`~.speakers.Resolver`'s ``__init__``)."""

    p: Parsed
    doc: Doc
    roles: dict[str, str]
    clusters: list[Cluster]
    speakers: list[tuple[int, list[int]]]
    _by_key: dict[str, int]
    _by_key_last: dict[str, list[int]]
    _by_surname: dict[str, list[int]]
    _mention_starts: list[tuple[int, int]]
    _token_cluster: dict[int, int]
    _title_tokens: set[int]
    _skipped: list[tuple[int, int]]
    _headline: int
    _speaker_starts: list[int]
    _speakers_sorted: bool
    _group_speakers: list[tuple[int, list[int]]]
    pronoun_doubt: dict[int, bool]
    """Resolved he/she tokens -> whether another recent person fits as well (the resolution is doubtful)."""
    _sentence_start: int
    """First token of the sentence of the pronoun being resolved."""
    _not_actors: set[int]
    """Tokens of names that are no actor: things, events, labels, towns used as places."""
    _speaking: bool
    """Whether the phrase being resolved is a statement's source (it speaks, so it is someone)."""
    _content: str
    """What the source being resolved said (its content's text), or ''."""
    title_doubt: dict[int, bool]
    """Head tokens of descriptions resolved to a person ('the spokesman') -> whether another recent person
    holds the same role (the resolution is doubtful)."""
