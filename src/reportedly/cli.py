"""Command line: a thin click layer over the library.

Every failure the user can cause ends as one line on stderr naming the input and the problem, and
a non-zero exit code; no traceback reaches the terminal.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import IO, Any

import click

from . import __version__
from .errors import InputError, ReportedlyError
from .ingest import DEFAULT_MAX_CHARS, RawDocument, parse_date, read_file
from .model import Document, json_schema
from .pipeline import METHODS, Options


def fail(message: str, code: int = 2) -> None:
    """Print one line to stderr and exit."""
    click.echo(f"reportedly: {message}", err=True)
    sys.exit(code)


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Write to stdout, or to ``path`` through a temporary file that replaces it only on success."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    if target.parent and not target.parent.exists():
        raise InputError(path, "output folder does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Group(click.Group):
    """Turns library errors into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ReportedlyError as err:
            fail(str(err), err.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            sys.exit(0)
        except OSError as err:
            fail(f"{err.filename or 'output'}: {err.strerror or err}", 1)


@click.group(cls=Group)
@click.version_option(__version__, prog_name="reportedly")
def main() -> None:
    """reportedly: who said what in news reports, with every record pointing into the text."""


def example_text() -> str:
    """The built-in example article (written for this project)."""
    return resources.files("reportedly").joinpath("data/example.txt").read_text(encoding="utf-8")


EXAMPLE_PUBLISHED = "2025-03-16"


@main.command()
@click.argument("file", required=False)
@click.option("--input", "input_", metavar="CORPUS.jsonl", help="A JSONL corpus: one {id, text, ...} per line.")
@click.option("--output", "-o", metavar="PATH", help="Write here instead of stdout (JSONL for a corpus).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default=None,
              help="table on a terminal, json otherwise (one object per line for a corpus).")
@click.option("--input-format", type=click.Choice(["auto", "text", "html"]), default="auto",
              help="How to read FILE: by its suffix and content (auto), as plain text or as HTML.")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) to resolve 'yesterday' & co.")
@click.option("--example", is_flag=True, help="Run on the built-in example article.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None, help="Worker processes (default: all cores).")
@click.option("--max-chars", type=click.IntRange(1000), default=DEFAULT_MAX_CHARS, show_default=True,
              help="Refuse texts longer than this.")
@click.option("--method", type=click.Choice(METHODS), default="model", show_default=True,
              help="Attribution extractor: the trained model or the hand-written rules.")
def extract(file: str | None, input_: str | None, output: str | None, fmt: str | None, input_format: str,
            published: str | None, example: bool, jobs: int | None, max_chars: int, method: str) -> None:
    """Attributed statements of FILE (text or HTML; '-' for stdin), or of every document of --input."""
    options = Options(max_chars=max_chars, method=method)
    if sum(x is not None and x is not False for x in (file, input_, example or None)) != 1:
        fail("give one of FILE, --input CORPUS.jsonl or --example")
    if input_ is not None:
        if published:
            fail("--published applies to a single file; give 'published' per line in the corpus")
        from .batch import run_corpus

        failed = run_corpus(input_, output, jobs=jobs, options=options)
        sys.exit(1 if failed else 0)
    if example:
        raw = RawDocument("example", example_text())
        raw.meta.published, raw.meta.source, raw.meta.format = EXAMPLE_PUBLISHED, "example", "text"
    else:
        raw = read_file(file, fmt=input_format, max_chars=max_chars)
    if published:
        raw.meta.published = parse_date(published)
    from .pipeline import process

    doc = process(raw, options)
    fmt = fmt or ("table" if sys.stdout.isatty() and output is None else "json")
    with atomic_output(output) as out:
        if fmt == "table":
            from .render import print_table

            print_table(doc, out)
        else:
            out.write(doc.to_json(indent=2 if fmt == "json" else None) + "\n")


@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--predictions", "-p", metavar="PATH", help="Also write the predictions (scorer format) here.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None, help="Worker processes (default: all cores).")
@click.option("--method", type=click.Choice(METHODS), default="model", show_default=True,
              help="Attribution extractor: the trained model or the hand-written rules.")
def eval_(gold: str, predictions: str | None, as_json: bool, jobs: int | None, method: str) -> None:
    """Score extraction against a gold JSONL file (PolNeAR format) with the referee's definitions."""
    from .batch import run_eval

    res = run_eval(gold, predictions, jobs=jobs, options=Options(method=method))
    from .evaluate import format_report

    click.echo(json.dumps(res, indent=2) if as_json else format_report(res))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output document."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


# --- event commands (export, eval-events) ---------------------------------------------------------

# --- corpus commands (ingest, statements, events, actors, timeline, contradictions, stance) --------

# --- web (serve) ---------------------------------------------------------------------------------

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The API has no authentication: keep it on loopback unless a proxy "
                   "in front of it restricts access.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; each loads the language pipeline and parses one report at a time.")
@click.option("--max-body", type=click.IntRange(1000), default=2_000_000, show_default=True,
              help="Largest request body in bytes (larger: 413).")
@click.option("--max-chars", type=click.IntRange(1000), default=200_000, show_default=True,
              help="Longest report text in characters (longer: 413).")
@click.option("--timeout", type=click.FloatRange(0.1), default=30.0, show_default=True,
              help="Seconds a report may wait for and spend in extraction (longer: 504).")
@click.option("--max-pending", type=click.IntRange(1), default=64, show_default=True,
              help="Reports queued per process before new ones get 503.")
def serve(host: str, port: int, workers: int, max_body: int, max_chars: int, timeout: float,
          max_pending: int) -> None:
    """Serve the HTTP API, its docs (/docs) and the web page (/) with uvicorn."""
    import uvicorn

    from .api import Settings
    from .api.main import SETTINGS_ENV

    settings = Settings(max_body_bytes=max_body, max_chars=max_chars, timeout=timeout, max_pending=max_pending)
    if host not in LOOPBACK:
        click.echo(f"reportedly: listening on {host}: anyone who can reach it can use the API "
                   "(there is no authentication)", err=True)
    os.environ[SETTINGS_ENV] = settings.to_json()
    uvicorn.run("reportedly.api.main:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", timeout_graceful_shutdown=5)


def load_documents(path: str) -> Iterator[Document]:
    """Documents from a JSONL file written by ``extract --input``."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield Document.model_validate_json(line)
                except ValueError as err:
                    raise InputError(f"{path}:{n}", f"not a reportedly document ({str(err).splitlines()[0]})") from None


if __name__ == "__main__":  # pragma: no cover
    main()

