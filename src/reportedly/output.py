"""Writing results: files replaced atomically, and lists of records as a table, JSON or CSV.

A command describes its columns once, as (header, function of a row); JSON output is the full
records (``model_dump``), so nothing is lost there, while tables and CSV show the columns. Every
output file is written to a temporary file beside it and renamed only on success, so a failure
never leaves a partial file behind.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .errors import InputError

FORMATS = ("table", "json", "csv")


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it (with ordinary permissions) only on success."""
    target = Path(path)
    if not target.parent.exists():
        raise InputError(str(path), "output folder does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; outputs are ordinary files
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream: stdout for None or '-', else a file written through :func:`atomic_path`."""
    if path is None or path == "-":
        yield sys.stdout
        return
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
        yield fh

Column = tuple[str, Callable[[Any], Any]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def short(text: str, n: int = 160) -> str:
    """One line of at most ``n`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def write(rows: Sequence[BaseModel], columns: Sequence[Column], fmt: str, out: IO[str], *,
          title: str | None = None, wide: Sequence[str] = ()) -> None:
    """Write ``rows`` as ``fmt`` (table, json or csv) to ``out``."""
    if fmt == "json":
        out.write(json.dumps([r.model_dump(mode="json") for r in rows], ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow([h for h, _ in columns])
        for r in rows:
            w.writerow([_cell(f(r)) for _, f in columns])
        return
    console = Console(file=out, width=max(120, Console(file=out).width), highlight=False)
    table = Table(title=title, show_lines=False, expand=True)
    for h, _ in columns:
        table.add_column(h, ratio=4 if h in wide else 1, overflow="fold")
    for r in rows:
        table.add_row(*(escape(short(_cell(f(r)), 400)) for _, f in columns))
    console.print(table)
    if not rows:
        console.print("[dim](nothing found)[/dim]")
