"""Processing many documents on all cores, in order, with a progress bar on stderr.

In: a lazily read stream of documents (or reading errors, or loaders such as HTML pages). Out:
``('ok', document JSON)`` or a failure ``(kind, one-line message)`` per document, in input order.
The work runs in supervised worker processes (:mod:`reportedly.corpus.pool`) that each load the
spaCy pipeline once and process chunks with :func:`reportedly.pipeline.process_many`; a document
that kills its worker or runs past the time limit is reported and the run goes on. Only a few
chunks per worker are in flight, so a corpus of any length runs in constant memory.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm

from ..errors import InputError
from ..model import Document
from ..pipeline import Options, load_models, process_many
from ..text.read import RawDocument, iter_jsonl, json_problem
from .pool import DEFAULT_DOC_TIMEOUT, Pool, Result, Work

CHUNK = 8

__all__ = ["CHUNK", "DEFAULT_DOC_TIMEOUT", "Item", "Loader", "Result", "Work", "default_jobs", "run", "work",
           "work_to_store"]


class Loader(Protocol):
    """An input read in the worker rather than the parent (e.g. HTML, whose extraction is costly)."""

    def load(self, max_chars: int) -> RawDocument:
        """The document; raises InputError."""
        ...


Item = RawDocument | InputError | Loader
"""What the runner takes: a document, a reading error to pass through, or a loader."""


def ready(item: Item, options: Options) -> RawDocument | InputError:
    """The document of an item: loaders are loaded (in the worker), errors pass through."""
    if isinstance(item, RawDocument | InputError):
        return item
    try:
        return item.load(options.max_chars)
    except InputError as err:
        return err


def work(args: tuple[list[Item], Options]) -> Iterator[Result]:
    """Process one chunk (in a worker): each document's result as soon as it is done, documents as JSON (as
    :meth:`~reportedly.model.Document.to_json` writes it: what ``extract`` prints)."""
    chunk, options = args
    for r in process_many([ready(x, options) for x in chunk], options):
        yield ("error", str(r)) if isinstance(r, InputError) else ("ok", r.to_json())


def work_to_store(args: tuple[list[Item], Options]) -> Iterator[Result]:
    """:func:`work` for ``ingest``, whose caller only reads each document back: documents as the compact JSON of
    ``Document.model_dump_json``. It reads back as the same document as :func:`work`'s (the same serializer, in JSON
    mode, numbers to the last bit) and is made directly, without the Python dict and ``json.dumps`` of
    ``to_json``: about 0.07 instead of 0.6 ms of a worker's CPU per report."""
    chunk, options = args
    for r in process_many([ready(x, options) for x in chunk], options):
        yield ("error", str(r)) if isinstance(r, InputError) else ("ok", r.model_dump_json())


MALLOC_MMAP_THRESHOLD = 32 * 2**20
"""Bytes from which a worker's C allocator maps memory of its own for one allocation (glibc's ``mallopt``)."""
MALLOC_TRIM_THRESHOLD = 64 * 2**20
"""Free bytes a worker's heap keeps at its top before it gives them back to the system."""


def keep_freed_memory() -> bool:
    """Let this process's C allocator keep the memory a document freed for the next one (Linux with glibc).

    The parse of each chunk allocates and frees buffers of a few megabytes; by default glibc gave many of
    them back to the system and asked for them again, page by page: about 450 page faults per document and
    ~5% of a worker's time, a third of it in the kernel. With these thresholds (glibc's own upper bound for
    the first) the memory is reused, for about 20 MB more per worker. What is extracted does not change.
    Returns whether the thresholds were set (False elsewhere, or without ``mallopt``).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    m_trim_threshold, m_mmap_threshold = -1, -3  # glibc's malloc.h
    return bool(mallopt(m_mmap_threshold, MALLOC_MMAP_THRESHOLD)) and bool(mallopt(m_trim_threshold,
                                                                                  MALLOC_TRIM_THRESHOLD))


def start_worker() -> None:
    """A corpus worker's start: :func:`keep_freed_memory`, then every model, once
    (:func:`reportedly.pipeline.load_models`)."""
    keep_freed_memory()
    load_models()


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_jobs() -> int:
    """Worker processes to use by default: every core the process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def run(docs: Iterable[Item], *, jobs: int | None = None, options: Options = Options(),
        total: int | None = None, desc: str = "documents", bar: tqdm | None = None,
        work: Work = work, chunk: int = CHUNK, doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> Iterator[Result]:
    """Process documents in ``jobs`` worker processes (default: all cores), yielding results in input order.

    ``docs`` is read lazily, in this process, a few chunks per worker ahead of the results, so
    memory stays flat however long the stream is (and ``docs`` may consult the caller's state,
    e.g. skip what a store already holds). A document that takes longer than ``doc_timeout``
    seconds, or kills its worker, comes back as ``('timeout' | 'crash', message)`` and its worker
    is replaced. ``bar`` is a progress bar to update instead of a new one; ``work`` replaces the
    processing of a chunk (a module-level function, for tests and benchmarks).
    """
    jobs = jobs or default_jobs()
    own_bar = bar is None
    if bar is None:
        bar = tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, disable=None, leave=False)
    initializer = start_worker if work is globals()["work"] else None  # a worker's start: every model, once
    try:
        with Pool(jobs, work, options=options, initializer=initializer, doc_timeout=doc_timeout,
                  ahead=4 * jobs * chunk) as pool:
            yield from pool.map(chunks(docs, chunk), on_result=lambda: bar.update(1))
    finally:
        if own_bar:
            bar.close()


def count_lines(path: str) -> int | None:
    """Non-empty lines of a file (for the progress bar), None for stdin."""
    if path == "-":
        return None
    with open(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())


def run_corpus(path: str, output: str | None, *, jobs: int | None = None, options: Options = Options(),
               doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> int:
    """``extract --input``: one document JSON per line; failures reported on stderr. Returns failures."""
    from ..output import atomic_output

    docs = iter_jsonl(path, max_chars=options.max_chars)
    ok = failed = 0
    with atomic_output(output) as out:
        for status, payload in run(docs, jobs=jobs, options=options, total=count_lines(path),
                                   doc_timeout=doc_timeout):
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
            raise InputError(f"{path}:{n}", json_problem(err)) from None
        if not isinstance(d, dict) or "id" not in d or not isinstance(d.get("text"), str):
            raise InputError(f"{path}:{n}", "a gold record needs 'id' and 'text'")
        gold[str(d["id"])] = d
    if not gold:
        raise InputError(path, "no gold documents")
    return gold


def run_eval(path: str, predictions: str | None = None, *, jobs: int | None = None,
             options: Options = Options(), doc_timeout: float | None = DEFAULT_DOC_TIMEOUT) -> dict[str, Any]:
    """Extract from every gold text and score against the gold attributions."""
    from ..evaluation.attributions import in_scope, prediction, score
    from ..output import atomic_output

    gold = in_scope(read_gold(path), options.scope)
    docs = (RawDocument(k, g["text"]) for k, g in gold.items())
    pred: dict[str, dict[str, Any]] = {}
    for status, payload in run(docs, jobs=jobs, options=options, total=len(gold), desc="eval", doc_timeout=doc_timeout):
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
