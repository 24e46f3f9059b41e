"""Reading inputs: plain text, HTML, JSONL corpora and stdin, each checked before any parsing.

Every reader turns bytes into :class:`RawDocument` objects or raises/yields an
:class:`~reportedly.errors.InputError` whose message names the input and the problem.
HTML goes through trafilatura, which removes navigation, consent blocks and captions and reads
title, author and date; the document text is then trafilatura's main text.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import Meta

DEFAULT_MAX_CHARS = 1_000_000
"""Largest text accepted by default (spaCy's own limit for one parse)."""

MIN_ARTICLE_WORDS = 12
"""Fewer words than this in trafilatura's main text means the page holds no article."""
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FORMATS = ("auto", "text", "html", "jsonl")

# JSONL keys read into Meta, with the aliases other corpora use.
_META_KEYS = {"title": "title", "published": "published", "date": "published", "outlet": "outlet",
              "publisher": "outlet", "url": "url", "author": "author"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class RawDocument:
    """A text ready for processing, with its id and metadata."""

    id: str
    text: str
    meta: Meta = field(default_factory=Meta)


EXAMPLE_PUBLISHED = "2025-03-16"
"""Publication date of the built-in example article."""


def example_text() -> str:
    """The built-in example article (``data/example.txt``, a fictional report written for this project)."""
    return resources.files("reportedly").joinpath("data/example.txt").read_text(encoding="utf-8")


def example_document() -> RawDocument:
    """The built-in example as a document (id ``example``, published :data:`EXAMPLE_PUBLISHED`)."""
    return RawDocument("example", example_text(), Meta(published=EXAMPLE_PUBLISHED, source="example", format="text"))


def parse_date(value: str, *, source: str = "--published") -> str:
    """Normalise a publication date to ISO ``YYYY-MM-DD``; raise InputError when it is not a date."""
    raw = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", raw)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        from dateutil import parser as dparser

        return dparser.parse(raw, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError):
        raise InputError(source, f"'{value}' is not a date (use YYYY-MM-DD)") from None


def decode(data: bytes, source: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Bytes to text, refusing empty, binary, non-UTF-8 and oversized input."""
    if not data.strip():
        raise InputError(source, "empty input, no text to process")
    if b"\x00" in data[:65536]:
        raise InputError(source, "binary data (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(source, f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                                 "convert the file to UTF-8") from None
    check_text(text, source, max_chars=max_chars)
    return text


def check_text(text: str, source: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """Raise InputError when ``text`` is empty, too long, mostly control characters or holds a lone surrogate."""
    if not text.strip():
        raise InputError(source, "empty input, no text to process")
    if len(text) > max_chars:
        raise InputError(source, f"text has {len(text):,} characters, more than the limit of {max_chars:,} "
                                 "(split it, or raise --max-chars)")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise InputError(source, "binary data (control characters), not a text file")
    check_surrogates(text, source)


def check_surrogates(text: str, source: str) -> None:
    """Raise InputError when ``text`` holds a lone surrogate.

    A lone surrogate (U+D800-U+DFFF unpaired, e.g. from a bad JSON escape) can be in a Python string
    but has no UTF-8 encoding: neither the parser nor the JSON output can handle it.
    """
    m = _SURROGATE.search(text)
    if m:
        raise InputError(source, f"lone surrogate U+{ord(m.group()):04X} at character {m.start():,}: not valid "
                                 "Unicode text (a JSON \\u escape without its pair?)")


def detect_format(name: str, head: bytes) -> str:
    """'jsonl', 'html' or 'text', from the file suffix first and the first bytes second."""
    suffix = Path(name).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    start = head.lstrip()[:512].lower()
    if start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<") and b"<body" in head.lower()):
        return "html"
    return "text"


def html_to_document(html: str, source: str, doc_id: str) -> RawDocument:
    """Main text and metadata of an HTML page, through trafilatura."""
    import trafilatura

    check_surrogates(html, source)
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    text = getattr(result, "text", None) if result is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(source, "no article text found in the HTML")
    meta = Meta(title=getattr(result, "title", None), author=getattr(result, "author", None),
                url=getattr(result, "url", None), outlet=getattr(result, "sitename", None),
                source=source, format="html")
    raw_date = getattr(result, "date", None)
    if raw_date:
        try:
            meta.published = parse_date(raw_date, source=source)
        except InputError:
            meta.published = None
    return RawDocument(doc_id, text, meta)


def read_single(data: bytes, source: str, *, doc_id: str, fmt: str = "auto",
                max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """One plain-text or HTML document from bytes; raises InputError."""
    if fmt == "auto":
        fmt = detect_format(source, data[:4096])
    if fmt == "jsonl":
        raise InputError(source, "is a JSONL corpus; read it with --input (one document per line)")
    text = decode(data, source, max_chars=max_chars * 20 if fmt == "html" else max_chars)
    if fmt == "html":
        doc = html_to_document(text, source, doc_id)
        check_text(doc.text, source, max_chars=max_chars)
        return doc
    return RawDocument(doc_id, text, Meta(source=source, format="text"))


def read_file(path: str | Path, *, fmt: str = "auto", max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """One document from a text or HTML file (``-`` reads stdin), with the metadata of its sidecar file
    (:func:`sidecar_meta`) when there is one; raises InputError."""
    name = str(path)
    if name == "-":
        return read_single(sys.stdin.buffer.read(), "stdin", doc_id="stdin", fmt=fmt, max_chars=max_chars)
    data = _read_bytes(Path(path))
    extra = sidecar_meta(Path(path))
    raw = read_single(data, name, doc_id=extra.pop("id", None) or Path(path).stem, fmt=fmt, max_chars=max_chars)
    for key, value in extra.items():
        setattr(raw.meta, key, value)
    return raw


SIDECAR_SUFFIX = ".meta.json"
"""``report.txt`` (or ``report.html``) takes its metadata from ``report.meta.json`` beside it."""


def sidecar_path(path: Path) -> Path:
    """Where the sidecar of a text or HTML file is: ``report.txt`` -> ``report.meta.json``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def sidecar_meta(path: Path) -> dict[str, str]:
    """The metadata of a text or HTML file's sidecar (:func:`sidecar_path`), or ``{}`` when it has none.

    The sidecar is a JSON object with any of the keys of a JSONL record but ``text``: ``id``,
    ``title``, ``published`` (or ``date``), ``outlet`` (or ``publisher``), ``url``, ``author``. Its
    values win over what an HTML page says and over ``--published``. Raises InputError (naming the
    sidecar) when it is not a JSON object, or its date is not a date.
    """
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    where = str(side)
    try:
        record = json.loads(side.read_bytes())
    except UnicodeDecodeError:
        raise InputError(where, "sidecar is not valid UTF-8") from None
    except json.JSONDecodeError as err:
        raise InputError(where, json_problem(err)) from None
    except OSError as err:
        raise InputError(where, f"cannot be read ({err.strerror or err})") from None
    if not isinstance(record, dict):
        raise InputError(where, "sidecar is not a JSON object")
    unknown = sorted(set(record) - set(_META_KEYS) - {"id"})
    if unknown:
        raise InputError(where, f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} "
                                f"(use id, {', '.join(_META_KEYS)})")
    meta: dict[str, str] = {}
    if isinstance(record.get("id"), str | int) and str(record["id"]).strip():
        meta["id"] = str(record["id"]).strip()
    for key, target in _META_KEYS.items():
        value = record.get(key)
        if isinstance(value, str) and value.strip() and target not in meta:
            meta[target] = value.strip()
    if "published" in meta:
        meta["published"] = parse_date(meta["published"], source=where)
    return meta


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(str(path), "no such file")
    if path.is_dir():
        raise InputError(str(path), "is a directory, not a file")


def _read_bytes(path: Path) -> bytes:
    name = str(path)
    _check_file(path)
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(name, f"cannot be read ({err.strerror or err})") from None


def iter_jsonl(path: str | Path, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[RawDocument | InputError]:
    """Documents of a JSONL corpus, one per line; a bad line yields an InputError and reading goes on.

    Each line is an object with ``id`` and ``text``, optionally ``title``, ``published`` (or
    ``date``), ``outlet`` (or ``publisher``), ``url`` and ``author``. Raises InputError at once
    (not when iterated) when the file itself cannot be read.
    """
    name = str(path)
    stream = sys.stdin.buffer if name == "-" else None
    if stream is None:
        _check_file(Path(path))
        try:
            stream = Path(path).open("rb")  # noqa: SIM115 - closed by _records when exhausted
        except OSError as err:
            raise InputError(name, f"cannot be read ({err.strerror or err})") from None
    return _records(stream, name, max_chars)


def _records(stream: BinaryIO, name: str, max_chars: int) -> Iterator[RawDocument | InputError]:
    seen: set[str] = set()
    try:
        for lineno, line in enumerate(stream, 1):
            where = f"{'stdin' if name == '-' else name}:{lineno}"
            if not line.strip():
                continue
            try:
                yield parse_jsonl_record(line, where, seen, max_chars=max_chars)
            except InputError as err:
                yield err
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def json_problem(err: json.JSONDecodeError) -> str:
    """'not valid JSON (<what> at column <n>)' for a decoding error of one line."""
    return f"not valid JSON ({err.msg.removesuffix(' at')} at column {err.colno})"


def parse_jsonl_record(line: bytes, where: str, seen: set[str] | None = None, *,
                       max_chars: int = DEFAULT_MAX_CHARS) -> RawDocument:
    """One JSONL line to a RawDocument; raises InputError naming ``where``."""
    try:
        record: Any = json.loads(line)
    except UnicodeDecodeError:
        raise InputError(where, "line is not valid UTF-8") from None
    except json.JSONDecodeError as err:
        raise InputError(where, json_problem(err)) from None
    if not isinstance(record, dict):
        raise InputError(where, "not a JSON object")
    doc_id = record.get("id")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()) or not isinstance(doc_id, (str, int)):
        raise InputError(where, "record has no 'id' (a non-empty string or integer)")
    doc_id = str(doc_id)
    if seen is not None:
        if doc_id in seen:
            raise InputError(where, f"duplicate id '{doc_id}'")
        seen.add(doc_id)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, f"record '{doc_id}' has no 'text' string")
    check_text(text, f"{where} (id '{doc_id}')", max_chars=max_chars)
    meta: dict[str, Any] = {"source": where, "format": "jsonl"}
    for key, target in _META_KEYS.items():
        value = record.get(key)
        if isinstance(value, str) and value.strip() and target not in meta:
            meta[target] = value.strip()
    if "published" in meta:
        try:
            meta["published"] = parse_date(meta["published"], source=f"{where} (id '{doc_id}')")
        except InputError:
            meta["published"] = None
    return RawDocument(doc_id, text, Meta(**meta))
