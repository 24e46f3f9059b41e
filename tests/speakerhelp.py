"""For the speaker tests: the statement whose content holds some words, and the name of who says it."""

from __future__ import annotations

from reportedly.model import Document, Statement


def statement_with(doc: Document, words: str) -> Statement:
    """The shortest statement of ``doc`` whose content holds ``words`` (a nested one over the one around it)."""
    return min((s for s in doc.statements if words in s.content.text), key=lambda s: len(s.content.text))


def speaker_of(doc: Document, words: str) -> str | None:
    """The name of the actor that says ``words`` (see :func:`statement_with`), or None when no actor does."""
    s = statement_with(doc, words)
    names = {a.id: a.name for a in doc.actors}
    return names.get(s.source.actor) if isinstance(s.source.actor, str) else None
