"""Commands on documents: ``extract``, ``eval``, ``schema``, ``export``, ``eval-events``, ``train-events``.

In: a text or HTML file, stdin, the built-in example or a JSONL corpus; out: the extracted documents
as JSON (or a table), scores, or event exports. Each command is a thin layer over the library.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from ..errors import InputError
from ..model import Document, json_schema
from ..output import atomic_output, dumps
from ..pipeline import METHODS, Options
from ..text.read import DEFAULT_MAX_CHARS, example_document, parse_date, read_file
from .app import doc_timeout_option, fail, main, min_confidence_option, scope_option


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
@click.option("--compact", is_flag=True, help="JSON on one line per document (default for one document: indented, "
              "each [start, end] span on one line).")
@scope_option
@min_confidence_option
@doc_timeout_option
def extract(file: str | None, input_: str | None, output: str | None, fmt: str | None, input_format: str,
            published: str | None, example: bool, jobs: int | None, max_chars: int, method: str,
            events: bool, compact: bool, scope: str, min_confidence: float, doc_timeout: float) -> None:
    """Attributed statements of FILE (text or HTML; '-' for stdin), or of every document of --input."""
    options = Options(max_chars=max_chars, method=method, events=events, scope=scope, min_confidence=min_confidence)
    if sum(x is not None and x is not False for x in (file, input_, example or None)) != 1:
        fail("give one of FILE, --input CORPUS.jsonl or --example")
    if input_ is not None:
        if published:
            fail("--published applies to a single file; give 'published' per line in the corpus")
        from ..corpus.workers import run_corpus

        failed = run_corpus(input_, output, jobs=jobs, options=options, doc_timeout=doc_timeout or None)
        sys.exit(1 if failed else 0)
    if example:
        raw = example_document()
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
            out.write(dumps(doc.to_dict(), compact=compact or fmt == "jsonl") + "\n")


@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--predictions", "-p", metavar="PATH", help="Also write the predictions (scorer format) here.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None, help="Worker processes (default: all cores).")
@click.option("--method", type=click.Choice(METHODS), default="model", show_default=True,
              help="Attribution extractor: the trained model or the hand-written rules.")
@scope_option
@min_confidence_option
@doc_timeout_option
def eval_(gold: str, predictions: str | None, as_json: bool, jobs: int | None, method: str, scope: str,
          min_confidence: float, doc_timeout: float) -> None:
    """Score extraction against a gold JSONL file (PolNeAR format) with the referee's definitions."""
    from ..corpus.workers import run_eval

    res = run_eval(gold, predictions, jobs=jobs, options=Options(method=method, scope=scope,
                                                                  min_confidence=min_confidence),
                   doc_timeout=doc_timeout or None)
    from ..evaluation.attributions import format_report

    click.echo(dumps(res) if as_json else format_report(res))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output document."""
    click.echo(dumps(json_schema()))


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
    from ..evaluation import events as ev
    from ..events import classify

    items = ev.read_plv(gold)
    prepared = ev.prepare(items)
    if shipped or model_path:
        model = classify.load(model_path) if model_path else classify.shipped()
        res = ev.score_model(prepared, model)
    else:
        res = ev.cross_validate(prepared, k=folds, seed=classify.SEED if seed is None else seed)
    click.echo(dumps(res) if as_json else ev.format_report(res))


@main.command(name="train-events")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--gsr", metavar="GSR.jsonl", help="Also train on PLOVER gold records (gsr_records.jsonl).")
@click.option("--output", "-o", metavar="MODEL.json", required=True, help="Where to write the model.")
def train_events(gold: tuple[str, ...], gsr: str | None, output: str) -> None:
    """Train the event-type classifier on PLV-style gold files (needs 'reportedly[train]')."""
    from ..evaluation import events as ev
    from ..events import classify

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



def load_documents(path: str) -> Iterator[Document]:
    """Documents from a JSONL file written by ``extract --input``."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield Document.model_validate_json(line)
                except ValueError as err:
                    raise InputError(f"{path}:{n}", f"not a reportedly document ({str(err).splitlines()[0]})") from None
