"""``reportedly ingest``: files, folders, JSONL corpora and HTML into the corpus store, each document once.

Every input gets a content hash before any processing: the SHA-256 of its text and the metadata
that changes the output (title, publication date, outlet, url, author), or of the raw bytes of an
HTML page. A hash already in the store is skipped (re-ingesting is a no-op); a new hash for an
input already stored under the same key (the same file, or the same id in the same JSONL file)
becomes that document's next version. Inputs that failed before are skipped until
``retry_failed``.

Processing runs on all cores through :func:`reportedly.corpus.workers.run` (or on a Dask cluster through
:func:`reportedly.corpus.cluster.run`); results come back in input order and are written in
transactions of whole documents (:meth:`reportedly.corpus.store.Store.add_documents`), so killing the
ingest at any moment loses nothing committed and the next run finishes the rest.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from tqdm import tqdm

from ..errors import InputError
from ..model import Document, Meta
from ..pipeline import Options
from ..text.read import (
    DEFAULT_MAX_CHARS,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    RawDocument,
    _read_bytes,
    check_text,
    decode,
    detect_format,
    html_to_document,
    iter_jsonl,
    sidecar_meta,
)
from . import workers
from .actors import Linker
from .claims import ClaimWriter
from .identity import Clusterer, Linkers
from .origins import Origins
from .store import Incoming, Store

TEXT_SUFFIXES = {".txt", ".text", ".md"}
"""Suffixes taken from folders (with the HTML and JSONL ones); files named explicitly may have any."""
_HASHED_META = ("title", "published", "outlet", "url", "author")


def content_hash(raw: RawDocument) -> str:
    """SHA-256 of a document's text and the metadata that changes what is extracted from it."""
    payload = {"text": raw.text, **{k: getattr(raw.meta, k) for k in _HASHED_META}}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass
class HtmlPage:
    """An HTML file read as bytes; its article text is extracted in the worker (trafilatura is costly)."""

    id: str
    source: str
    data: bytes
    published: str | None = None
    """Publication date to use when the page itself gives none."""
    meta: dict[str, str] = field(default_factory=dict)
    """Metadata of the page's sidecar file: wins over what the page says."""

    def load(self, max_chars: int) -> RawDocument:
        """The article of the page; raises InputError."""
        text = decode(self.data, self.source, max_chars=max_chars * 20)
        raw = html_to_document(text, self.source, self.id)
        check_text(raw.text, self.source, max_chars=max_chars)
        raw.meta.published = raw.meta.published or self.published
        for key, value in self.meta.items():
            setattr(raw.meta, key, value)
        return raw


@dataclass
class Input:
    """One document to ingest, before processing."""

    key: str
    hash: str
    source: str
    item: RawDocument | HtmlPage


def discover(paths: Sequence[str | Path]) -> Iterator[Path | InputError]:
    """Files named, and the text, HTML and JSONL files under folders named (sorted, hidden ones skipped)."""
    wanted = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            yield path
        elif path.is_dir():
            found = False
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path).parts
                if f.is_file() and f.suffix.lower() in wanted and not any(x.startswith(".") for x in rel):
                    found = True
                    yield f
            if not found:
                yield InputError(str(path), "folder holds no .txt, .html or .jsonl files")
        elif not path.exists():
            yield InputError(str(path), "no such file or folder")
        else:
            yield path


def read_inputs(paths: Sequence[str | Path], *, max_chars: int = DEFAULT_MAX_CHARS,
                published: str | None = None) -> Iterator[Input | InputError]:
    """Every document of ``paths`` with its key and content hash, or an InputError naming what failed.

    ``published`` is the publication date of text and HTML files that give none themselves
    (JSONL records carry their own).
    """
    for path in discover(paths):
        if isinstance(path, InputError):
            yield path
            continue
        name = str(path)
        if name == "-":
            yield from _jsonl(name, "stdin", max_chars)
            continue
        key = str(path.resolve())
        try:
            data = _read_bytes(path)
        except InputError as err:
            yield err
            continue
        fmt = detect_format(name, data[:4096])
        if fmt == "jsonl":
            yield from _jsonl(name, key, max_chars)
            continue
        try:
            extra = sidecar_meta(path)  # report.meta.json beside report.txt / report.html
        except InputError as err:
            yield err
            continue
        doc_id = extra.pop("id", None) or path.stem
        if fmt == "html":
            side = json.dumps(extra, sort_keys=True) if extra else ""
            digest = hashlib.sha256(data + (published or "").encode() + side.encode()).hexdigest()
            yield Input(key, digest, name, HtmlPage(doc_id, name, data, published, extra))
        else:
            try:
                text = decode(data, name, max_chars=max_chars)
            except InputError as err:
                yield err
                continue
            raw = RawDocument(doc_id, text, Meta(**{"source": name, "format": "text", "published": published,
                                                    **extra}))
            yield Input(key, content_hash(raw), name, raw)


def _jsonl(name: str, key: str, max_chars: int) -> Iterator[Input | InputError]:
    try:
        records = iter_jsonl(name, max_chars=max_chars)
    except InputError as err:
        yield err
        return
    for r in records:
        if isinstance(r, InputError):
            yield r
        else:
            yield Input(f"{key}#{r.id}", content_hash(r), r.meta.source or name, r)


@dataclass
class Summary:
    """What an ingest did."""

    processed: int = 0
    """Documents processed and stored (new documents plus new versions)."""
    new: int = 0
    versions: int = 0
    duplicates: int = 0
    """Inputs skipped because their content is already stored."""
    skipped_failed: int = 0
    """Inputs skipped because they failed in an earlier run."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(input, problem) of every input that could not be read or processed."""
    joined: int = 0
    """Actors left alone by earlier runs that this run's reports joined to others."""
    seconds: float = 0.0
    engine: str = "local"
    workers: int = 1

    @property
    def docs_per_second(self) -> float:
        """Documents processed per second of wall time."""
        return self.processed / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {"processed": self.processed, "new": self.new, "versions": self.versions,
                "duplicates": self.duplicates, "skipped_failed": self.skipped_failed, "failed": len(self.failed),
                "failures": [{"input": s, "problem": p} for s, p in self.failed], "joined_actors": self.joined,
                "seconds": round(self.seconds, 3), "docs_per_second": round(self.docs_per_second, 3),
                "engine": self.engine, "workers": self.workers}

    def lines(self, *, max_failures: int = 20) -> list[str]:
        """The summary as lines for a terminal: counts, then the failures with their reasons."""
        head = (f"{self.processed} processed ({self.new} new, {self.versions} new versions), "
                f"{self.duplicates} skipped as duplicates, {len(self.failed)} failed")
        if self.skipped_failed:
            head += f", {self.skipped_failed} skipped as failed before (--retry-failed to retry)"
        head += f" in {self.seconds:.1f} s"
        if self.processed:
            head += f" ({self.docs_per_second:.1f} docs/s, {self.engine}, {self.workers} workers)"
        out = [head]
        for source, problem in self.failed[:max_failures]:
            out.append(f"failed: {source}: {problem}")
        if len(self.failed) > max_failures:
            out.append(f"... and {len(self.failed) - max_failures} more failures")
        return out


def _split_error(message: str, fallback: str) -> tuple[str, str]:
    source, sep, problem = message.partition(": ")
    return (source, problem) if sep else (fallback, message)


GC_THRESHOLD = (10_000, 10, 10)
"""The garbage collector's thresholds while an ingest runs (Python's default is (700, 10, 10)): each document
read allocates tens of thousands of objects that plain reference counting frees, and the default made
hundreds of young-generation passes over them per hundred documents."""

_F = TypeVar("_F", bound=Callable[..., Any])


def quiet_collector(fn: _F) -> _F:
    """Run ``fn`` with the objects that exist when it starts (modules, lexicons, models) out of the garbage
    collector's sight (:func:`gc.freeze`) and with :data:`GC_THRESHOLD`; both are undone when it returns. The
    freeze is undone only when nothing was frozen before it or during ``fn``: :func:`gc.unfreeze` releases every
    frozen object, and the models :func:`reportedly.pipeline.load_models` froze must stay frozen.

    What an ingest stores does not depend on it: objects are freed as before, the collector only walks
    fewer of them less often (full passes over the imported modules took ~0.4 ms per document)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
        gc.freeze()
        frozen = gc.get_freeze_count()
        gc.set_threshold(*GC_THRESHOLD)
        try:
            return fn(*args, **kwargs)
        finally:
            gc.set_threshold(*before)
            if not frozen_before and gc.get_freeze_count() == frozen:
                gc.unfreeze()

    return wrapper  # type: ignore[return-value]


@quiet_collector
def ingest(store: Store, paths: Sequence[str | Path], *, jobs: int | None = None, engine: str = "local",
           address: str | None = None, options: Options = Options(), published: str | None = None,
           retry_failed: bool = False,
           commit_every: int = 16, commit_seconds: float = 2.0, progress: bool | None = None,
           work: workers.Work = workers.work_to_store,
           doc_timeout: float | None = workers.DEFAULT_DOC_TIMEOUT) -> Summary:
    """Ingest ``paths`` into ``store``; see the module docstring. Returns the :class:`Summary`.

    Args:
        store: an open, writable store.
        paths: files, folders, JSONL corpora, HTML pages; ``-`` reads a JSONL corpus from stdin.
        jobs: worker processes (local) or Dask workers for a local cluster; default all cores.
        engine: ``local`` (multiprocessing) or ``dask``.
        address: the Dask scheduler (``tcp://host:8786``); none starts a local cluster.
        published: publication date (YYYY-MM-DD) of text and HTML files that give none.
        commit_every: documents per transaction at most (a transaction also ends every
            ``commit_seconds``).
        progress: show a progress bar (default: when stderr is a terminal).
        work: processing of one chunk (default the full pipeline, :func:`~.workers.work_to_store`; tests pass fast
            stand-ins).
        doc_timeout: seconds one document may take before it is reported as failed and its worker
            replaced (None: no limit).
    """
    if engine not in ("local", "dask"):
        raise InputError("--engine", f"'{engine}' is not an engine (use local or dask)")
    jobs = jobs or workers.default_jobs()
    workers.keep_freed_memory()  # this process reads and links a document at a time too (and forks the workers)
    summary = Summary(engine=engine, workers=jobs)
    started = time.perf_counter()
    bar = tqdm(desc="ingest", unit="doc", file=sys.stderr, disable=None if progress is None else not progress,
               leave=False)
    in_flight: deque[Input] = deque()
    in_flight_hashes: Counter[str] = Counter()

    def todo() -> Iterator[workers.Item]:
        stream = read_inputs(paths, max_chars=options.max_chars, published=published)
        while window := list(islice(stream, 64)):
            found = [x for x in window if isinstance(x, Input)]
            hashes = [x.hash for x in found]
            known = store.known_hashes(hashes)
            failed_before = set() if retry_failed else store.failed_hashes(hashes)
            for x in window:
                if isinstance(x, InputError):
                    summary.failed.append((x.source, x.problem))
                    bar.update(1)
                elif x.hash in known or x.hash in in_flight_hashes:
                    if x.hash in known and known[x.hash] == (x.key, 0):
                        store.make_current(x.hash, links)  # an older version of this input is back: no processing
                    summary.duplicates += 1
                    bar.update(1)
                elif x.hash in failed_before:
                    summary.skipped_failed += 1
                    bar.update(1)
                else:
                    in_flight.append(x)
                    in_flight_hashes[x.hash] += 1
                    yield x.item

    buffer: list[Incoming] = []
    linker = Linker(store)
    clusterer = Clusterer(store)
    if clusterer.pending():  # a store whose events were written before happenings existed
        clusterer.recluster()
    if clusterer.unsettled():  # an earlier run was interrupted before it clustered its happenings
        clusterer.settle()
    clusterer.deferred = True  # happenings are clustered once, when this run ends (see Clusterer.deferred)
    origins = Origins(store)
    if origins.pending():  # a store whose documents were written before origins existed
        origins.rebuild()
    claims = ClaimWriter(store)
    if claims.pending():  # a store whose documents were written before claims existed
        claims.backfill()
    links = Linkers(linker, origins, clusterer, claims)
    last_commit = time.monotonic()

    def done(h: str) -> None:
        in_flight_hashes[h] -= 1
        if in_flight_hashes[h] <= 0:
            del in_flight_hashes[h]

    def flush() -> None:
        nonlocal last_commit
        if buffer:
            for w in store.add_documents(buffer, linker=links):
                if w.outcome == "new":
                    summary.new += 1
                elif w.outcome == "version":
                    summary.versions += 1
                else:  # stored meanwhile by another ingest
                    summary.duplicates += 1
                done(w.hash)
            buffer.clear()
        last_commit = time.monotonic()

    if engine == "dask":
        from . import cluster

        results = cluster.run(todo(), address=address, workers=jobs, options=options, bar=bar, work=work,
                              doc_timeout=doc_timeout)
    else:
        results = workers.run(todo(), jobs=jobs, options=options, bar=bar, work=work, doc_timeout=doc_timeout)
    try:
        for status, payload in results:
            x = in_flight.popleft()
            if status == "ok":
                doc = Document.model_validate_json(payload)
                buffer.append(Incoming(doc, x.hash, x.key))
            else:
                source, problem = _split_error(payload, x.source)
                summary.failed.append((source, problem))
                store.record_failure(x.hash, x.key, source, problem)
                done(x.hash)
            if len(buffer) >= commit_every or time.monotonic() - last_commit >= commit_seconds:
                flush()
        flush()
    except BaseException:
        with contextlib.suppress(Exception):
            flush()  # interrupted, or the engine failed: keep what is done; the next run finishes the rest
        results.close()
        with contextlib.suppress(Exception):
            clusterer.settle()
        raise
    finally:
        results.close()  # stops the workers or the cluster now, also on an error
        bar.close()
        summary.processed = summary.new + summary.versions
    # the happenings left pending are clustered on a second core while the actor revisit runs here (they
    # touch different tables), then written; with one worker (or one core) one after the other
    with clusterer.settling(aside=jobs > 1 and workers.default_jobs() > 1):
        summary.joined = linker.revisit()
    summary.seconds = time.perf_counter() - started
    return summary
