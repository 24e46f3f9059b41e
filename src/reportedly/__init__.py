"""reportedly: who said what, who reportedly did what, with every record pointing into the text.

    >>> import reportedly
    >>> doc = reportedly.extract("“We are ready,” the minister said on Monday.", published="2025-03-17")
    >>> [(s.speaker, s.cue.text, s.content.text) for s in doc.statements]
    [('minister', 'said', '“We are ready,”')]

:func:`extract` is the one entry point for a text; ``nlp.add_pipe("reportedly")`` (:mod:`reportedly.spacy`)
is the same for spaCy users.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .about import __version__
from .model import Document, Statement

__all__ = ["Document", "Statement", "__version__", "extract"]


def extract(text: str, *, id: str = "doc", scope: str = "all", min_confidence: float = 0.0, method: str = "model",
            events: bool = True, meta: Mapping[str, Any] | None = None, title: str | None = None,
            published: str | None = None, outlet: str | None = None, url: str | None = None,
            author: str | None = None) -> Document:
    """Attributed statements, actors, events and removed debris of one text.

    Args:
        text: the report, as it is (every span in the result points into it).
        id: the document id to report.
        scope: ``"all"`` (every attribution, beliefs and wishes included: PolNeAR's notion, the default) or
            ``"speech"`` (only what was said, written, claimed, denied or quoted).
        min_confidence: leave out statements whose calibrated confidence is lower (0.5 keeps statements
            right about three times in four on PolNeAR dev).
        method: ``"model"`` (the trained attribution model, default) or ``"rules"``.
        events: code events (``False``: statements and actors only, faster).
        meta: document metadata as a mapping (the keys below, and any others, which are kept in ``meta``).
        title: the headline.
        published: the publication date (``"2025-03-16"``, or anything
            :func:`~reportedly.text.read.parse_date` reads); resolves "yesterday" and "on Monday".
        outlet: the outlet's name.
        url: where the report was published (kept as text, never fetched).
        author: the byline's name.

    A named metadata argument wins over the same key in ``meta``.

    Returns:
        The :class:`~reportedly.model.Document`.

    Raises:
        TypeError: an unknown keyword argument (Python's own check: there is no catch-all).
        reportedly.errors.InputError: the text is empty, binary or too long, or an option value is not
            one of its choices (``scope``, ``method``, ``min_confidence`` outside 0 to 1, a ``published`` that
            is not a date).
    """
    from .errors import InputError
    from .model import SCOPES, Meta
    from .pipeline import METHODS, Options, process
    from .text.read import RawDocument, parse_date

    if scope not in SCOPES:
        raise InputError("scope", f"'{scope}' is not a scope (use one of {', '.join(SCOPES)})")
    if method not in METHODS:
        raise InputError("method", f"'{method}' is not a method (use one of {', '.join(METHODS)})")
    if not isinstance(min_confidence, int | float) or not 0.0 <= min_confidence <= 1.0:
        raise InputError("min_confidence", f"{min_confidence!r} is not a number from 0 to 1")
    if meta is not None and not isinstance(meta, Mapping):
        raise TypeError(f"extract() meta= must be a mapping, not {type(meta).__name__}")
    fields = dict(meta or {})
    named = {"title": title, "published": published, "outlet": outlet, "url": url, "author": author}
    fields.update({k: v for k, v in named.items() if v is not None})
    if fields.get("published"):
        fields["published"] = parse_date(str(fields["published"]), source="published")
    options = Options(method=method, events=bool(events), scope=scope, min_confidence=float(min_confidence))
    return process(RawDocument(id, text, Meta(**fields)), options)
