"""The author of an embedded post whose header gives only a handle ('@MarisolFerreraC · 25 Nov 2026').

In: the speaker resolver, a handle without its '@', and the token the post starts at; out: (cluster, its last
mention before the post) of the one person or body named before the post whose name the handle spells (two words
of four letters or more of the name, or a one-word name of five letters or more at the handle's start), or None.
Used by :func:`reportedly.attribution.cueless.headed_posts`.
"""

from __future__ import annotations

from typing import Any

from ..text.lexicons import norm
from ..text.transliteration import strip_accents


def _letters(text: str) -> str:
    return "".join(c for c in strip_accents(text).lower() if c.isalpha())


def handle_author(resolver: Any, handle: str, before: int) -> tuple[int, tuple[int, int]] | None:
    """See the module docstring: '@MarisolFerreraC' is Ana Marisol Ferrera Cálix, '@KvarnholmAB' Kvarnholm; a
    handle that spells two people's names, or one word of a name only ('@Ferrera2026'), names no one."""
    h = _letters(handle)
    if len(h) < 5:
        return None
    found: list[tuple[int, tuple[int, int]]] = []
    for k, c in enumerate(resolver.clusters):
        if c.type not in ("person", "organization"):
            continue
        words = [_letters(w) for w in norm(c.name).split()]
        spelled = sum(1 for w in words if len(w) >= 4 and w in h)
        if not (spelled >= 2 or (len(words) == 1 and len(words[0]) >= 5 and h.startswith(words[0]))):
            continue
        mentions = [m for m in c.mentions if m[1] <= before]
        if mentions:
            found.append((k, max(mentions)))
    return found[0] if len(found) == 1 else None
