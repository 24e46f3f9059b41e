"""Command line: a thin click layer over the library.

Every failure the user can cause ends as one line on stderr naming the input and the problem, and
a non-zero exit code; no traceback reaches the terminal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..errors import InputError, ReportedlyError
from ..model import Document, json_schema
from ..output import atomic_output
from ..pipeline import METHODS, Options
from ..text.read import DEFAULT_MAX_CHARS, RawDocument, parse_date, read_file


def fail(message: str, code: int = 2) -> None:
    """Print one line to stderr and exit."""
    click.echo(f"reportedly: {message}", err=True)
    sys.exit(code)


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
@click.option("--events/--no-events", default=True, show_default=True,
              help="Code events (--no-events: statements and actors only, faster).")
def extract(file: str | None, input_: str | None, output: str | None, fmt: str | None, input_format: str,
            published: str | None, example: bool, jobs: int | None, max_chars: int, method: str,
            events: bool) -> None:
    """Attributed statements of FILE (text or HTML; '-' for stdin), or of every document of --input."""
    options = Options(max_chars=max_chars, method=method, events=events)
    if sum(x is not None and x is not False for x in (file, input_, example or None)) != 1:
        fail("give one of FILE, --input CORPUS.jsonl or --example")
    if input_ is not None:
        if published:
            fail("--published applies to a single file; give 'published' per line in the corpus")
        from ..corpus.workers import run_corpus

        failed = run_corpus(input_, output, jobs=jobs, options=options)
        sys.exit(1 if failed else 0)
    if example:
        raw = RawDocument("example", example_text())
        raw.meta.published, raw.meta.source, raw.meta.format = EXAMPLE_PUBLISHED, "example", "text"
    else:
        raw = read_file(file, fmt=input_format, max_chars=max_chars)
    if published:
        raw.meta.published = parse_date(published)
    from ..pipeline import process

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
    from ..corpus.workers import run_eval

    res = run_eval(gold, predictions, jobs=jobs, options=Options(method=method))
    from ..attribution.evaluate import format_report

    click.echo(json.dumps(res, indent=2) if as_json else format_report(res))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output document."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


# --- event commands (export, eval-events) ---------------------------------------------------------


def documents_for_export(file: str, published: str | None, input_format: str) -> list[Document]:
    """Documents from ``extract --input ... --output`` JSONL, or the extraction of one text or HTML file."""
    path = Path(file)
    if file != "-" and not path.is_file():
        raise InputError(file, "no such file" if not path.exists() else "not a file")
    if file != "-" and path.suffix.lower() in (".jsonl", ".ndjson"):
        with open(path, encoding="utf-8", errors="replace") as fh:
            head = fh.readline()
        if head.lstrip().startswith("{") and '"schema_version"' in head:
            if published:
                fail("--published applies to a text or HTML file, not to extracted documents")
            return list(load_documents(file))
        raise InputError(file, "not a JSONL of extracted documents (write one with 'reportedly extract --input "
                               "CORPUS.jsonl --output DOCS.jsonl')")
    raw = read_file(file, fmt=input_format)
    if published:
        raw.meta.published = parse_date(published)
    from ..pipeline import process

    return [process(raw)]


@main.command()
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["plover", "acled"]), required=True,
              help="plover: PLOVER JSONL, one event per line; acled: ACLED-style CSV.")
@click.option("--output", "-o", metavar="PATH", help="Write here instead of stdout.")
@click.option("--published", metavar="DATE", help="Publication date (YYYY-MM-DD) when FILE is a text.")
@click.option("--input-format", type=click.Choice(["auto", "text", "html"]), default="auto",
              help="How to read FILE when it is a text or HTML file.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out events the coder is less sure of (events from verbs outside the trigger lexicon "
                   "carry the classifier's probability, often below 0.5).")
def export(file: str, fmt: str, output: str | None, published: str | None, input_format: str,
           min_confidence: float) -> None:
    """Events of FILE as PLOVER JSONL or ACLED CSV, with claim status and statement links.

    FILE is a JSONL of documents written by 'extract --input ... --output ...', or a text/HTML file
    (extracted first; '-' for stdin).
    """
    from ..events.export import plover, write_acled

    docs = documents_for_export(file, published, input_format)
    if min_confidence:
        docs = [d.model_copy(update={"events": [e for e in d.events if e.confidence >= min_confidence]}) for d in docs]
    with atomic_output(output) as out:
        if fmt == "plover":
            for record in plover(docs):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            write_acled(docs, out)


@main.command(name="eval-events")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--folds", type=click.IntRange(2, 20), default=5, show_default=True,
              help="Cross-validation folds (train on the others, score each held-out fold).")
@click.option("--seed", type=int, default=None, help="Seed of the fold shuffle and of training.")
@click.option("--shipped", is_flag=True, help="Score the shipped model instead (no training; only for data it has "
                                              "not been trained on).")
@click.option("--model", "model_path", metavar="MODEL.json", help="Score this model file instead (no training).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_events(gold: str, folds: int, seed: int | None, shipped: bool, model_path: str | None,
                as_json: bool) -> None:
    """Event-type accuracy and macro-F1 on PLV-style gold (marked source and target, gold_root).

    By default by cross-validation: the classifier is trained on all folds but one and scores the
    held-out one, end to end from the plain sentence (needs 'reportedly[train]').
    """
    from ..events import classify
    from ..events import evaluate as ev

    items = ev.read_plv(gold)
    prepared = ev.prepare(items)
    if shipped or model_path:
        model = classify.load(model_path) if model_path else classify.shipped()
        res = ev.score_model(prepared, model)
    else:
        res = ev.cross_validate(prepared, k=folds, seed=classify.SEED if seed is None else seed)
    click.echo(json.dumps(res, indent=2) if as_json else ev.format_report(res))


@main.command(name="train-events")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--gsr", metavar="GSR.jsonl", help="Also train on PLOVER gold records (gsr_records.jsonl).")
@click.option("--output", "-o", metavar="MODEL.json", required=True, help="Where to write the model.")
def train_events(gold: tuple[str, ...], gsr: str | None, output: str) -> None:
    """Train the event-type classifier on PLV-style gold files (needs 'reportedly[train]')."""
    from ..events import classify
    from ..events import evaluate as ev

    items = [it for g in gold for it in ev.read_plv(g)]
    examples = ev.training_examples(ev.prepare(items))
    if gsr:
        examples += ev.gsr_examples(gsr)
    sources = ", ".join(Path(g).name for g in gold) + (f" + {Path(gsr).name}" if gsr else "")
    provenance = (f"Trained by 'reportedly train-events' (scikit-learn logistic regression, seed {classify.SEED}) "
                  f"on {len(items)} gold sentences ({sources}); {len(examples)} training mentions. Weights only: "
                  "no training text is stored. See the README model card.")
    model = classify.train(examples, provenance=provenance)
    with atomic_output(output) as out:
        out.write(model.to_json() + "\n")
    click.echo(f"reportedly: {len(model.index)} features, {len(model.classes)} classes -> {output}", err=True)

# --- corpus commands (ingest, statements, events, actors, timeline, contradictions, stance) --------

def _store_options(f: Any) -> Any:
    return click.option("--db", metavar="PATH", envvar="REPORTEDLY_DB", default="reportedly.db", show_default=True,
                        show_envvar=True, help="The corpus store (SQLite file).")(f)


def _open_store(db: str, *, readonly: bool = True) -> Any:
    from ..corpus.store import Store

    return Store(db, readonly=readonly)


def _format_option(f: Any) -> Any:
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None,
                        help="table on a terminal, json otherwise.")(f)


def _page_options(f: Any) -> Any:
    f = click.option("--limit", type=click.IntRange(0), default=100, show_default=True,
                     help="At most this many (0: no limit).")(f)
    return click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many first.")(f)


def _period_options(f: Any) -> Any:
    f = click.option("--until", metavar="DATE", help="On or before this date (YYYY-MM-DD).")(f)
    return click.option("--since", metavar="DATE", help="On or after this date (YYYY-MM-DD).")(f)


def _fmt(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "json")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_store_options
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="Worker processes, or Dask workers of a local cluster (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: processes on this machine; dask: a Dask distributed cluster.")
@click.option("--address", metavar="ADDRESS", help="Dask scheduler (tcp://host:8786); none starts a local cluster.")
@click.option("--published", metavar="DATE", help="Publication date of text/HTML files that give none (JSONL "
              "records carry their own).")
@click.option("--retry-failed", is_flag=True, help="Process again inputs that failed in earlier runs.")
@click.option("--max-chars", type=click.IntRange(1000), default=DEFAULT_MAX_CHARS, show_default=True,
              help="Refuse texts longer than this.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
def ingest(paths: tuple[str, ...], db: str, jobs: int | None, engine: str, address: str | None,
           published: str | None, retry_failed: bool, max_chars: int, as_json: bool) -> None:
    """Process PATHS (files, folders, JSONL corpora, HTML; '-' for JSONL on stdin) into the store, each once.

    Documents are identified by a content hash: re-ingesting is a no-op, a changed document is a
    new version. Killing the ingest loses nothing already committed; running it again finishes.
    """
    from ..corpus.ingestion import ingest as run_ingest

    if address and engine != "dask":
        fail("--address needs --engine dask")
    date = parse_date(published) if published else None
    with _open_store(db, readonly=False) as store:
        summary = run_ingest(store, list(paths), jobs=jobs, engine=engine, address=address,
                             options=Options(max_chars=max_chars), published=date, retry_failed=retry_failed)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), indent=2))
    for line in summary.lines():
        click.echo(f"reportedly: {line}", err=True)
    sys.exit(1 if summary.failed else 0)


@main.command(name="statements")
@_store_options
@click.option("--actor", metavar="NAME", help="Said by this actor ('Starmer', 'Kremlin', 'Russia').")
@click.option("--country", metavar="ISO3", help="Said by an actor of this country.")
@_period_options
@click.option("--text", metavar="WORDS", help="Content or source contains all these words (a trailing * = prefix).")
@click.option("--cue-class", metavar="CLASS", help="Cue class: speech, claim, denial, belief, request, ...")
@click.option("--document", metavar="ID", help="In this document (id or hash).")
@_page_options
@_format_option
def statements_cmd(db: str, actor: str | None, country: str | None, since: str | None, until: str | None,
                   text: str | None, cue_class: str | None, document: str | None, limit: int, offset: int,
                   fmt: str | None) -> None:
    """Statements in the store, oldest first."""
    from .. import output
    from ..corpus import query

    with _open_store(db) as store:
        rows = query.statements(store, actor=actor, country=country, since=since, until=until, text=text,
                                cue_class=cue_class, document=document, limit=limit or None, offset=offset)
    output.write(rows, [("date", lambda h: h.date), ("document", lambda h: h.document.id),
                        ("id", lambda h: h.statement), ("speaker", lambda h: h.speaker), ("cue", lambda h: h.cue),
                        ("content", lambda h: h.content)], _fmt(fmt), sys.stdout, wide=("content",))


@main.command(name="events")
@_store_options
@click.option("--type", "type_", metavar="TYPE", help="PLOVER event type (ASSAULT, ACCUSE, ...).")
@click.option("--place", metavar="NAME", help="At this place (or a part of its name).")
@click.option("--actor", metavar="NAME", help="With this actor as actor, recipient, or source of a claim.")
@click.option("--status", metavar="STATUS", help="Claim status: asserted, claimed, denied, planned, ...")
@_period_options
@_page_options
@_format_option
def events_cmd(db: str, type_: str | None, place: str | None, actor: str | None, status: str | None,
               since: str | None, until: str | None, limit: int, offset: int, fmt: str | None) -> None:
    """Events in the store, oldest first."""
    from .. import output
    from ..corpus import query

    with _open_store(db) as store:
        rows = query.events(store, type=type_, place=place, actor=actor, status=status, since=since, until=until,
                            limit=limit or None, offset=offset)

    def parties(e: Any, role: str) -> str:
        return ", ".join(p.actor.name if p.actor else p.text for p in e.parties if p.role == role)

    output.write(rows, [("date", lambda e: e.date), ("document", lambda e: e.document.id), ("type", lambda e: e.type),
                        ("actor", lambda e: parties(e, "actor")), ("trigger", lambda e: e.trigger),
                        ("recipient", lambda e: parties(e, "recipient")), ("place", lambda e: e.place),
                        ("status", lambda e: [c.status + (" by " + " & ".join(a.name for a in c.by) if c.by else "")
                                              for c in e.status])], _fmt(fmt), sys.stdout, wide=("trigger",))


@main.command(name="actors")
@click.argument("name", required=False)
@_store_options
@click.option("--type", "type_", type=click.Choice(["person", "organization", "country", "group", "unknown"]),
              help="Only actors of this type.")
@click.option("--country", metavar="ISO3", help="Only actors of this country.")
@click.option("--min-statements", type=click.IntRange(0), default=0, help="Leave out actors with fewer statements.")
@click.option("--sort", type=click.Choice(["statements", "documents", "name"]), default="statements",
              show_default=True)
@click.option("--explain", is_flag=True, help="With NAME: the name variants and why they were joined.")
@click.option("--relink", is_flag=True, help="Recompute every link between document and corpus actors first.")
@_page_options
@_format_option
def actors_cmd(name: str | None, db: str, type_: str | None, country: str | None, min_statements: int, sort: str,
               explain: bool, relink: bool, limit: int, offset: int, fmt: str | None) -> None:
    """Actors across the store, with how many statements and documents each has (NAME: only those it means)."""
    from .. import output
    from ..corpus import query

    if explain and not name:
        fail("--explain needs an actor NAME")
    with _open_store(db, readonly=not relink) as store:
        if relink:
            n = store.linker.relink()
            click.echo(f"reportedly: {n} document actors linked again", err=True)
        if explain:
            detail = query.actor(store, name or "")
            output.write(detail.links, [("rule", lambda r: r.rule), ("documents", lambda r: r.documents),
                                        ("names", lambda r: r.names), ("evidence", lambda r: r.evidence)],
                         _fmt(fmt), sys.stdout, title=f"{detail.name} ({detail.type}, {detail.country or '?'}): "
                                                      f"{detail.statements} statements in {detail.documents} "
                                                      f"documents", wide=("evidence",))
            return
        rows = query.actors(store, name=name, type=type_, country=country, min_statements=min_statements, sort=sort,
                            limit=limit or None, offset=offset)
    output.write(rows, [("id", lambda a: a.id), ("name", lambda a: a.name), ("type", lambda a: a.type),
                        ("country", lambda a: a.country), ("statements", lambda a: a.statements),
                        ("documents", lambda a: a.documents), ("names", lambda a: a.names[:6]),
                        ("titles", lambda a: a.titles[:4])], _fmt(fmt), sys.stdout)


@main.command()
@_store_options
@click.option("--actor", metavar="NAME", required=True, help="Whose timeline.")
@_period_options
@click.option("--limit", type=click.IntRange(0), default=0, help="At most this many (0: all).")
@_format_option
def timeline(db: str, actor: str, since: str | None, until: str | None, limit: int, fmt: str | None) -> None:
    """What an actor said and the events it took part in or claimed, in date order."""
    from .. import output
    from ..corpus import query

    with _open_store(db) as store:
        rows = query.timeline(store, actor=actor, since=since, until=until, limit=limit or None)
    output.write(rows, [("date", lambda t: t.date), ("kind", lambda t: t.kind), ("role", lambda t: t.role),
                        ("document", lambda t: t.document.id), ("summary", lambda t: t.summary)],
                 _fmt(fmt), sys.stdout, wide=("summary",))


@main.command()
@_store_options
@click.option("--actor", metavar="NAME", help="Only disputes where this actor is one side.")
@click.option("--place", metavar="NAME", help="Only disputes about this place.")
@_period_options
@click.option("--same-side", is_flag=True, help="Also pairs whose sources are of the same country.")
@click.option("--across-documents", is_flag=True, help="Only pairs from two different documents.")
@click.option("--limit", type=click.IntRange(0), default=100, show_default=True, help="At most this many (0: all).")
@_format_option
def contradictions(db: str, actor: str | None, place: str | None, since: str | None, until: str | None,
                   same_side: bool, across_documents: bool, limit: int, fmt: str | None) -> None:
    """Pairs where one source claims what another denies or disputes, with both pieces of evidence."""
    from .. import output
    from ..corpus.contradictions import contradictions as find

    with _open_store(db) as store:
        rows = find(store, actor=actor, place=place, since=since, until=until, same_side=same_side,
                    across_documents=across_documents, limit=limit or None)

    def side(s: Any) -> str:
        ref = s.statement or s.event
        doc = ref.document
        return f"{s.who} [{doc.id} {ref.date or ''}]: {s.text}"

    output.write(rows, [("about", lambda c: f"{c.frame}: {', '.join(c.anchors)}"),
                        ("claim", lambda c: side(c.claim)), ("denial", lambda c: side(c.denial)),
                        ("why", lambda c: c.explanation)], _fmt(fmt), sys.stdout, wide=("claim", "denial", "why"))


@main.command()
@_store_options
@click.option("--topic", metavar="WORDS", required=True, help="ceasefire, sanctions, peacekeeping, ... or any words.")
@click.option("--actor", metavar="NAME", help="Only this actor's position.")
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor", show_default=True,
              help="One position per actor, or per country (all its actors together).")
@_period_options
@_format_option
def stance(db: str, topic: str, actor: str | None, by: str, since: str | None, until: str | None,
           fmt: str | None) -> None:
    """Each actor's position on a topic (supports, opposes, conditions, undecided) with its evidence."""
    from .. import output
    from ..corpus.stance import stance as positions

    with _open_store(db) as store:
        rows = positions(store, topic=topic, actor=actor, by=by, since=since, until=until)

    def evidence(s: Any) -> list[str]:
        return [f"{e.position}{' (reported)' if e.reported else ''}: {e.statement.speaker} "
                f"[{e.statement.document.id} {e.statement.date or ''}] {output.short(e.statement.content, 120)}"
                for e in s.evidence[:4]]

    output.write(rows, [("actor", lambda s: s.actor.name), ("country", lambda s: s.actor.country),
                        ("position", lambda s: s.position), ("basis", lambda s: s.basis),
                        ("counts", lambda s: ", ".join(f"{k} {v}" for k, v in s.counts.items() if v)),
                        ("evidence", evidence)], _fmt(fmt), sys.stdout, wide=("evidence",))


@main.command(name="export-store")
@click.argument("tables", nargs=-1, type=click.Choice(["documents", "actors", "actor_links", "statements", "events"]))
@_store_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--output", "-o", "folder", metavar="FOLDER", required=True,
              help="Write <table>.<format> files here (created when missing).")
def export_store(tables: tuple[str, ...], db: str, fmt: str, folder: str) -> None:
    """Export TABLES of the store (default: all) as JSONL, CSV or Parquet."""
    from ..corpus.export import TABLES, export

    with _open_store(db) as store:
        counts = export(store, folder, fmt=fmt, tables=tables or TABLES)
    for t, n in counts.items():
        click.echo(f"reportedly: {n} rows -> {Path(folder) / f'{t}.{fmt}'}", err=True)


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
@click.option("--db", metavar="PATH", envvar="REPORTEDLY_DB", default="reportedly.db", show_default=True,
              show_envvar=True, help="The corpus store to browse and query (read-only); without one, only "
                                     "/extract and the analyse page work.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, workers: int, max_body: int, max_chars: int, timeout: float,
          max_pending: int, db: str) -> None:
    """Serve the HTTP API, its docs (/docs), the web page (/) and the corpus views with uvicorn."""
    import os

    import uvicorn

    from ..api import Settings
    from ..api.main import SETTINGS_ENV
    from ..corpus.store import Store

    store: str | None = str(Path(db).resolve())
    if not Path(db).exists():
        if ctx.get_parameter_source("db") != click.core.ParameterSource.DEFAULT:
            raise InputError(db, "no such store (run 'reportedly ingest' first)")
        click.echo(f"reportedly: no corpus store at {db}: serving /extract and the analyse page only", err=True)
        store = None
    else:
        Store(db, readonly=True).close()  # a file that is not a store fails here, not on every request
    settings = Settings(max_body_bytes=max_body, max_chars=max_chars, timeout=timeout, max_pending=max_pending,
                        store=store)
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

