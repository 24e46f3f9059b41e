"""reportedly as a spaCy pipeline component: ``nlp.add_pipe("reportedly")``.

In: a spaCy ``Doc`` (from any English pipeline, a blank one included); out: the same ``Doc`` with

- ``doc._.statements``: the :class:`~reportedly.model.Statement` records (who said what),
- ``doc._.events``: the :class:`~reportedly.model.Event` records (who did what to whom),
- ``doc._.reportedly``: the whole :class:`~reportedly.model.Document` (actors, removed debris, meta too).

The component is registered under the name ``reportedly`` through the ``spacy_factories`` entry point
of the package, so ``spacy.blank("en").add_pipe("reportedly")`` works without importing reportedly
first. It reads ``doc.text`` with reportedly's own pipeline (the shipped ``en_core_web_sm``,
paragraph by paragraph, debris left out), loaded once per process, whatever the pipeline it sits in
has parsed: a blank pipeline needs no parser of its own, and the records are the same as
:func:`reportedly.extract` gives. Every span is a ``[start, end)`` pair of character offsets into
``doc.text``; ``doc.char_span(start, end)`` turns one into a spaCy ``Span``.

(No ``from __future__ import annotations`` here: spaCy's config system reads the factory's annotations.)

Config (``nlp.add_pipe("reportedly", config={...})``): ``scope`` (``all`` or ``speech``),
``min_confidence``, ``method`` (``model`` or ``rules``), ``events`` (``false``: statements only),
``published`` (the publication date of every text, for "yesterday"; ``doc.user_data["published"]``
wins for one text).
"""


from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError
from .model import SCOPES, Document
from .pipeline import METHODS, Options, process_many
from .text.read import RawDocument, parse_date

NAME = "reportedly"
EXTENSIONS = ("statements", "events", "reportedly")


def _extensions() -> None:
    for ext in EXTENSIONS:
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)


class ReportedlyComponent:
    """The component: sets ``doc._.statements``, ``doc._.events`` and ``doc._.reportedly``."""

    def __init__(self, nlp: Language, name: str = NAME, *, scope: str = "all", min_confidence: float = 0.0,
                 method: str = "model", events: bool = True, published: str | None = None) -> None:
        if scope not in SCOPES:
            raise InputError("scope", f"'{scope}' is not a scope (use one of {', '.join(SCOPES)})")
        if method not in METHODS:
            raise InputError("method", f"'{method}' is not a method (use one of {', '.join(METHODS)})")
        if not 0.0 <= min_confidence <= 1.0:
            raise InputError("min_confidence", f"{min_confidence!r} is not a number from 0 to 1")
        self.name = name
        self.options = Options(scope=scope, min_confidence=min_confidence, method=method, events=events)
        self.published = parse_date(published, source="published") if published else None
        _extensions()

    def _raw(self, doc: Doc, n: int) -> RawDocument:
        from .model import Meta

        published = doc.user_data.get("published") if isinstance(doc.user_data, dict) else None
        published = parse_date(str(published), source="published") if published else self.published
        return RawDocument(f"doc{n}", doc.text, Meta(published=published))

    def __call__(self, doc: Doc) -> Doc:
        """One ``Doc``: raises :class:`~reportedly.errors.InputError` when its text cannot be read
        (empty, binary, too long)."""
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Many ``Doc`` objects, parsed in batches (what ``nlp.pipe`` calls)."""
        docs = list(stream)
        options = Options(**{**self.options.__dict__, "batch_size": batch_size})
        for doc, result in zip(docs, process_many((self._raw(d, n) for n, d in enumerate(docs, 1)), options),
                               strict=True):
            if isinstance(result, InputError):
                raise result
            _set(doc, result)
            yield doc


def _set(doc: Doc, result: Document) -> None:
    doc._.reportedly = result
    doc._.statements = result.statements
    doc._.events = result.events


@Language.factory(NAME, default_config={"scope": "all", "min_confidence": 0.0, "method": "model", "events": True,
                                        "published": None})
def make_reportedly(nlp: Language, name: str, scope: str, min_confidence: float, method: str, events: bool,
                    published: str | None) -> ReportedlyComponent:
    """The factory spaCy calls for ``nlp.add_pipe("reportedly", config=...)``."""
    return ReportedlyComponent(nlp, name, scope=scope, min_confidence=min_confidence, method=method, events=events,
                               published=published)
