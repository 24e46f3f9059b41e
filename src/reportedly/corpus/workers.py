"""Processing many documents on all cores, in order, with a progress bar on stderr.

Workers are plain :mod:`multiprocessing` processes that each load the spaCy pipeline once and
process chunks of documents with :func:`reportedly.pipeline.process_many`; results come back in
input order as JSON lines, failures as one-line messages. The input is read lazily and only a
few chunks per worker are in flight, so a corpus of any length runs in constant memory.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm

from ..errors import InputError
from ..model import Document
from ..pipeline import Options, process_many
from ..text.read import RawDocument, iter_jsonl

CHUNK = 8
RECYCLE_AFTER = 250
"""Chunks a worker processes before it is replaced by a fresh one: spaCy's vocabulary grows with every
new word it sees, so a long-lived worker grows slowly with the corpus; a fresh worker (model loaded
again, about 1% of the work at this period) keeps memory flat however long the archive."""

Result = tuple[str, str]
"""('ok', document JSON) or ('error', message)."""


def _init_worker() -> None:
    from ..text.nlp import load_pipeline

    load_pipeline()


class Loader(Protocol):
    """An input read in the worker rather than the parent (e.g. HTML, whose extraction is costly)."""

    def load(self, max_chars: int) -> RawDocument:
        """The document; raises InputError."""
        ...


Item = RawDocument | InputError | Loader
"""What the runner takes: a document, a reading error to pass through, or a loader."""


def _ready(item: Item, options: Options) -> RawDocument | InputError:
    if isinstance(item, RawDocument | InputError):
        return item
    try:
        return item.load(options.max_chars)
    except InputError as err:
        return err


def work(args: tuple[list[Item], Options]) -> list[Result]:
    """Process one chunk (in a worker): the results in order, documents as JSON."""
    chunk, options = args
    out: list[Result] = []
    for r in process_many([_ready(x, options) for x in chunk], options):
        out.append(("error", str(r)) if isinstance(r, InputError) else ("ok", r.to_json()))
    return out


_work = work


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_jobs() -> int:
    """Worker processes to use by default: every core the process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


Work = Callable[[tuple[list[Item], Options]], list[Result]]


def run(docs: Iterable[Item], *, jobs: int | None = None, options: Options = Options(),
        total: int | None = None, desc: str = "documents", bar: tqdm | None = None,
        work: Work = work, chunk: int = CHUNK) -> Iterator[Result]:
    """Process documents, in parallel when ``jobs`` > 1, yielding results in input order.

    ``docs`` is read lazily, in this process, and at most ``4 * jobs`` chunks are in flight, so
    memory stays flat however long the stream is (and ``docs`` may consult the caller's state,
    e.g. skip what a store already holds). ``bar`` is a progress bar to update instead of a new
    one; ``work`` replaces the processing of a chunk (a module-level function, for tests and
    benchmarks).
    """
    jobs = jobs or default_jobs()
    own_bar = bar is None
    if bar is None:
        bar = tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, disable=None, leave=False)
    try:
        if jobs == 1:
            for part in _chunks(docs, chunk):
                for res in work((part, options)):
                    bar.update(1)
                    yield res
            return
        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with ctx.Pool(jobs, initializer=_init_worker, maxtasksperchild=RECYCLE_AFTER) as pool:
            pending: deque[AsyncResult[list[Result]]] = deque()
            parts = _chunks(docs, chunk)
            more = True
            while more or pending:
                while more and len(pending) < 4 * jobs:
                    part = next(parts, None)
                    if part is None:
                        more = False
                    else:
                        pending.append(pool.apply_async(work, ((part, options),)))
                if pending:
                    for res in pending.popleft().get():
                        bar.update(1)
                        yield res
    finally:
        if own_bar:
            bar.close()


def count_lines(path: str) -> int | None:
    """Non-empty lines of a file (for the progress bar), None for stdin."""
    if path == "-":
        return None
    with open(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())


def run_corpus(path: str, output: str | None, *, jobs: int | None = None, options: Options = Options()) -> int:
    """``extract --input``: one document JSON per line; failures reported on stderr. Returns failures."""
    from ..output import atomic_output

    docs = iter_jsonl(path, max_chars=options.max_chars)
    ok = failed = 0
    with atomic_output(output) as out:
        for status, payload in run(docs, jobs=jobs, options=options, total=count_lines(path)):
            if status == "ok":
                out.write(payload + "\n")
                ok += 1
            else:
                print(f"reportedly: {payload} (skipped)", file=sys.stderr)
                failed += 1
    print(f"reportedly: {ok} documents written, {failed} skipped", file=sys.stderr)
    return failed


def read_gold(path: str) -> dict[str, dict[str, Any]]:
    """A gold file (one {id, text, attributions} per line) keyed by id; raises InputError."""
    gold: dict[str, dict[str, Any]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise InputError(path, "not valid UTF-8") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{n}", f"not valid JSON ({err.msg})") from None
        if not isinstance(d, dict) or "id" not in d or not isinstance(d.get("text"), str):
            raise InputError(f"{path}:{n}", "a gold record needs 'id' and 'text'")
        gold[str(d["id"])] = d
    if not gold:
        raise InputError(path, "no gold documents")
    return gold


def run_eval(path: str, predictions: str | None = None, *, jobs: int | None = None,
             options: Options = Options()) -> dict[str, Any]:
    """Extract from every gold text and score against the gold attributions."""
    from ..evaluation.attributions import prediction, score
    from ..output import atomic_output

    gold = read_gold(path)
    docs = (RawDocument(k, g["text"]) for k, g in gold.items())
    pred: dict[str, dict[str, Any]] = {}
    for status, payload in run(docs, jobs=jobs, options=options, total=len(gold), desc="eval"):
        if status == "ok":
            doc = Document.model_validate_json(payload)
            pred[doc.id] = prediction(doc)
        else:
            print(f"reportedly: {payload} (scored as no predictions)", file=sys.stderr)
    if predictions:
        with atomic_output(predictions) as out:
            for p in pred.values():
                out.write(json.dumps(p) + "\n")
    return score(gold, pred)
