"""reportedly: who said what, who reportedly did what, with every record pointing into the text.

    >>> import reportedly
    >>> doc = reportedly.extract("“We are ready,” the minister said on Monday.", published="2025-03-17")
    >>> [(s.cue.text, s.content.text) for s in doc.statements]
    [('said', '“We are ready,”')]
"""

from __future__ import annotations

from typing import Any

from .about import __version__
from .model import Document

__all__ = ["Document", "__version__", "extract"]


def extract(text: str, *, id: str = "doc", method: str = "model", **meta: Any) -> Document:
    """Attributed statements, actors and removed debris of one text.

    Args:
        text: the report, as it is (spans in the result point into it).
        id: the document id to report.
        method: ``"model"`` (the trained attribution model, default) or ``"rules"``.
        **meta: document metadata: ``title``, ``published`` (a date; resolves "yesterday" & co.),
            ``outlet``, ``url``, ``author``; other keys are kept in ``meta``.

    Returns:
        The :class:`~reportedly.model.Document`.

    Raises:
        reportedly.errors.InputError: the text is empty, binary or too long.
    """
    from .model import Meta
    from .pipeline import Options, process
    from .text.read import RawDocument, parse_date

    if meta.get("published"):
        meta["published"] = parse_date(str(meta["published"]))
    return process(RawDocument(id, text, Meta(**meta)), Options(method=method))
