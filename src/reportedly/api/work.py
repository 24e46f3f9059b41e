"""What the server's extraction process does with a report: read it, run the pipeline, answer one result.

In: :class:`Report` records (the request's text or HTML and metadata, checked for size and date in
the server). Out: one :data:`~reportedly.corpus.pool.Result` per report: ``('ok', document JSON)``,
``('too_long', message)`` when an HTML page's main text is over the limit, or ``('error', message)``
for a report the pipeline refuses. It runs in a supervised worker process (see
:class:`~reportedly.api.dependencies.Extractor`), so that a report that runs past the time limit is
really stopped: the process is killed, not left parsing in the background.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..corpus.pool import Result
from ..errors import InputError
from ..model import Meta
from ..pipeline import Options, process
from ..text.read import RawDocument, check_text, html_to_document


class TooLong(InputError):
    """The main text of an HTML page is longer than the server's limit (413)."""


def too_long_message(field_name: str, n: int, limit: int) -> str:
    """The one line of a 413 for a text over the server's character limit."""
    return (f"{field_name}: {n:,} characters, more than this server's limit of {limit:,} "
            "(split the report, or start the server with a larger --max-chars)")


@dataclass
class Report:
    """One request's report, as the extraction process receives it."""

    id: str
    text: str | None
    html: str | None
    max_chars: int
    meta: dict[str, Any] = field(default_factory=dict)
    """The request's metadata (``published`` already checked); it wins over what an HTML page says."""
    scope: str = "all"
    """The statements to answer (:data:`~reportedly.model.SCOPES`), kept by the pipeline (``Options.scope``)."""


def to_raw(report: Report) -> RawDocument:
    """The report as a :class:`RawDocument`; raises :class:`TooLong`, or InputError (422).

    HTML goes through trafilatura like ``reportedly extract page.html``; metadata given in the
    request wins over what the page says about itself.
    """
    if report.html is not None:
        raw = html_to_document(report.html, "html", report.id)
        if len(raw.text) > report.max_chars:
            raise TooLong("html", too_long_message("html (main text)", len(raw.text), report.max_chars))
        meta = raw.meta.model_dump(exclude_none=True)
        meta.update(report.meta, source="request", format="html")
        raw.meta = Meta(**meta)
        return raw
    text = report.text or ""
    check_text(text, "text", max_chars=report.max_chars)
    return RawDocument(report.id, text, Meta(**report.meta, source="request", format="text"))


def extract_reports(args: tuple[list[Report], Options]) -> Iterator[Result]:
    """Process reports (in the extraction process), one result each."""
    reports, options = args
    for report in reports:
        try:
            doc = process(to_raw(report), Options(max_chars=report.max_chars, method=options.method,
                                                  events=options.events, scope=report.scope))
        except TooLong as err:
            yield "too_long", err.problem
        except InputError as err:
            yield "error", str(err)
        else:
            yield "ok", doc.model_dump_json()
