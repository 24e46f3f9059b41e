"""Writing results: files replaced atomically, and lists of records as a table, JSON or CSV.

A command describes its columns once, as (header, function of a row); JSON output is the full
records (``model_dump``), so nothing is lost there, while tables and CSV show the columns. Every
output file is written to a temporary file beside it and renamed only on success, so a failure
never leaves a partial file behind.

Tables fit the terminal: :func:`fitted_table` gives each column at least its longest word, so text
wraps between words and never inside one. JSON is indented with short lists on one line
(:func:`dumps`: a ``[start, end]`` span is one line, not four).
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
from rich.text import Text

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
    """One line of at most ``n`` characters, cut between words ("… ending here …")."""
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n - 1)
    return (text[:cut] if cut > n // 2 else text[: n - 1]) + " …"


def dumps(value: Any, *, compact: bool = False, indent: int = 2, width: int = 100) -> str:
    """JSON text of ``value``: one line when ``compact``, else indented, with every list of plain values (or of
    lists of them) that fits in ``width`` characters on one line: ``"spans": [[30, 63]]``."""
    if compact:
        return json.dumps(value, ensure_ascii=False)
    return _dumps(value, indent, 0, width)


def _flat(value: Any, depth: int = 0) -> bool:
    if isinstance(value, dict):
        return False
    if isinstance(value, list | tuple):
        return depth < 2 and all(_flat(v, depth + 1) for v in value)
    return True


def _dumps(value: Any, indent: int, level: int, width: int) -> str:
    if isinstance(value, list | tuple) and _flat(value):
        one = json.dumps(value, ensure_ascii=False)
        if len(one) + indent * level <= width:
            return one
    pad = " " * (indent * (level + 1))
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{json.dumps(str(k), ensure_ascii=False)}: {_dumps(v, indent, level + 1, width)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * (indent * level) + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = [pad + _dumps(v, indent, level + 1, width) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * (indent * level) + "]"
    return json.dumps(value, ensure_ascii=False)


def terminal_width(out: IO[str], minimum: int = 60) -> int:
    """The width of the terminal ``out`` writes to (``$COLUMNS``, else 80 when it is no terminal)."""
    return max(minimum, Console(file=out).width)


def column_widths(cells: Sequence[Sequence[str]], width: int, *, weights: Sequence[float], cap: int = 30,
                  short: int = 16) -> list[int]:
    """Widths of the columns of a boxed table ``width`` characters wide (borders and padding counted).

    ``cells[j]`` are the plain texts of column ``j`` (header included). A column whose lines are all
    at most ``short`` characters gets its longest line; every other column at least its longest word
    (at most ``cap``), and the room left is shared by ``weights``, no column beyond its longest line.
    """
    n = len(cells)
    room = width - 3 * n - 1
    longest_line = [max((len(x) for c in col for x in (c.splitlines() or [""])), default=1) or 1 for col in cells]
    longest_word = [max((len(w) for c in col for w in c.split()), default=1) or 1 for col in cells]
    fixed = [longest_line[j] <= short for j in range(n)]
    widths = [longest_line[j] if fixed[j] else min(longest_word[j], cap) for j in range(n)]
    over = sum(widths) - room
    while over > 0:  # too narrow even for whole words: shrink the widest flexible column (words will fold)
        j = max(range(n), key=lambda k: (not fixed[k], widths[k]))
        if widths[j] <= 4:
            break
        widths[j] -= 1
        over -= 1
    free = room - sum(widths)
    while free > 0:
        grow = [j for j in range(n) if not fixed[j] and widths[j] < longest_line[j]]
        if not grow:
            break
        total = sum(weights[j] for j in grow)
        given = 0
        for j in grow:
            add = min(max(1, int(free * weights[j] / total)), longest_line[j] - widths[j], free - given)
            widths[j] += add
            given += add
            if given >= free:
                break
        free -= given
        if not given:
            break
    return widths


def fitted_table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, *, wide: Sequence[str] = (),
                 title: str | None = None, show_lines: bool = False, weights: dict[str, float] | None = None,
                 styles: dict[str, str] | None = None) -> Table:
    """A rich table of ``rows`` (cells in rich markup) whose columns fit ``width`` and wrap between words."""
    plain = [[h, *(Text.from_markup(r[j]).plain for r in rows)] for j, h in enumerate(headers)]
    given = weights or {}
    w = column_widths(plain, width, weights=[given.get(h, 4.0 if h in wide else 1.0) for h in headers])
    table = Table(title=title, show_lines=show_lines, expand=False)
    for h, cw in zip(headers, w, strict=True):
        table.add_column(h, width=cw, overflow="fold", style=(styles or {}).get(h))
    for r in rows:
        table.add_row(*r)
    return table


def write(rows: Sequence[BaseModel], columns: Sequence[Column], fmt: str, out: IO[str], *,
          title: str | None = None, wide: Sequence[str] = (), legend: str | None = None,
          compact: bool = False, table: Sequence[Column] | None = None) -> None:
    """Write ``rows`` as ``fmt`` (table, json or csv) to ``out``.

    A table shows ``table`` (columns that stack several fields, to fit a terminal) when given, else
    ``columns``, and ends with ``legend``, when given; CSV has one column per field.
    """
    if fmt == "json":
        out.write(dumps([r.model_dump(mode="json") for r in rows], compact=compact) + "\n")
        return
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow([h for h, _ in columns])
        for r in rows:
            w.writerow([_cell(f(r)) for _, f in columns])
        return
    width = terminal_width(out)
    console = Console(file=out, width=width, highlight=False)
    shown = table or columns
    cells = [["\n".join(escape(short(line, 400)) for line in _cell(f(r)).split("\n")) for _, f in shown]
             for r in rows]
    console.print(fitted_table([h for h, _ in shown], cells, width, wide=wide, title=title))
    if not rows:
        console.print("[dim](nothing found)[/dim]")
    elif legend:
        console.print(f"[dim]{escape(legend)}[/dim]")
