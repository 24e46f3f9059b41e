"""War frames: the words with which a side claims ground or denies it (``data/disputes.tsv``).

An extra signal beside the claims of :mod:`.claims`: a statement takes a side on a *frame* (territory,
attack, casualties, violation) when its content uses a frame word: '+' words claim ('captured',
'encircled'), '-' words dispute ('holding their positions', 'repelled'); a denial cue, a negation before
the word or a word calling it false turns a claim into a denial. :func:`disputes` tells whether a
statement only disputes, which happenings read to say who denies an event.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from .query import StatementHit
from .terms import Lexicon, load


@lru_cache(maxsize=1)
def frames() -> Lexicon:
    """``data/disputes.tsv`` as a lexicon labelled 'frame+' / 'frame-' / 'refute!'."""
    return Lexicon((f"{frame}{pol}", term) for frame, pol, term in load("disputes.tsv"))


UNCONFIRMED = {"confirm", "verify", "corroborate", "substantiate"}
"""Cue lemmas that, negated, dispute what follows ('could not confirm that Sudzha had fallen')."""


def judge(content: str, cue_class: str | None, cue_negated: bool,
          cue_lemma: str | None = None) -> dict[str, tuple[str, list[str]]]:
    """The frames a statement takes a side on: frame -> ('claims' | 'denies', the words that decide).

    A claim word after a disputing phrase of the content ('found no evidence supporting Russian
    assertions of encirclement', 'dismissed reports that ...') is disputed, and so is everything
    after a negated cue of confirmation ('could not confirm that ...'); other negated cues ('did not
    say that ...') take no side.

    >>> judge("that its troops had captured two villages", "claim", False)
    {'territory': ('claims', ['captured'])}
    >>> judge("any assertion of encirclement of Ukrainian forces", "denial", False)
    {'territory': ('denies', ['denied', 'encirclement'])}
    >>> judge("no evidence supporting Russian assertions of encirclement", "speech", False)
    {'territory': ('denies', ['no evidence', 'encirclement'])}
    """
    unconfirmed = cue_negated and (cue_lemma or "").lower() in UNCONFIRMED
    if cue_negated and not unconfirmed:
        return {}  # 'did not say that ...' takes no side
    found = frames().find(content)
    refute = [m for m in found if m.label.endswith("!") and not m.negated]
    disputing = [m for m in found if m.label.endswith("?")]
    flip = cue_class == "denial" or bool(refute) or unconfirmed
    votes: dict[str, list[int]] = defaultdict(list)
    words: dict[str, list[str]] = defaultdict(list)
    for m in found:
        if m.label.startswith("refute"):
            continue
        frame = m.label[:-1]
        before = [content[d.start:d.end] for d in disputing if d.end <= m.start]
        if m.label.endswith("+") and not m.negated and not before:
            votes[frame].append(-1 if flip else 1)  # a claim word, unless denied or called false
        else:
            votes[frame].append(-1)  # a dispute word, a negated or a disputed claim word ('had not fallen')
        words[frame] += [*before[-1:], ("not " if m.negated else "") + content[m.start:m.end]]
    out: dict[str, tuple[str, list[str]]] = {}
    for frame, v in votes.items():
        if sum(v) == 0:
            continue
        why = list(dict.fromkeys(words[frame])) + [content[m.start:m.end] for m in refute]
        if unconfirmed:
            why = ["not confirmed", *why]
        elif cue_class == "denial":
            why = ["denied", *why]
        out[frame] = ("claims" if sum(v) > 0 else "denies", why)
    return out


def disputes(hit: StatementHit) -> bool:
    """Whether a statement only disputes (every frame it takes a side on, it denies): the status of an
    event it reports is then a denial, whatever the event stage read ('no evidence supporting ...')."""
    sides = judge(hit.content, hit.cue_class, hit.negated and hit.cue_class != "denial", hit.cue_lemma)
    return bool(sides) and all(position == "denies" for position, _ in sides.values())
