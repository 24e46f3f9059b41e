"""Readable terminal output of a document (rich tables)."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .model import Document, Statement


def _speaker(doc: Document, st: Statement) -> str:
    names = doc.speaker_names(st)
    if names:
        shown = escape(" & ".join(names))
        return shown if st.source.text in shown else f"{shown}\n[dim]({escape(st.source.text)})[/dim]"
    return escape(st.source.text) if st.source.text else "[dim]— (no source)[/dim]"


def _short(text: str, n: int = 220) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) <= n else text[: n - 1] + "…")


def print_table(doc: Document, out: IO[str]) -> None:
    """Statements, actors and removed debris of ``doc`` as tables."""
    console = Console(file=out, width=max(110, Console(file=out).width), highlight=False)
    title = doc.meta.title or doc.id
    console.print(f"[bold]{escape(title)}[/bold]  [dim]{doc.meta.published or 'date unknown'} · "
                  f"{len(doc.statements)} statements · {len(doc.actors)} actors · {len(doc.removed)} removed[/dim]")
    table = Table(show_lines=True, expand=True)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("speaker", ratio=2, min_width=14)
    table.add_column("cue", ratio=1, min_width=10)
    table.add_column("kind", no_wrap=True, min_width=8)
    table.add_column("content", ratio=5)
    table.add_column("channel / time", ratio=2, min_width=14)
    for st in doc.statements:
        extra = []
        if st.channel:
            extra.append(f"{st.channel.kind}: {escape(st.channel.text)}")
        if st.time:
            when = st.time.start if st.time.start == st.time.end else f"{st.time.start}..{st.time.end}"
            extra.append(escape(f"{st.time.text} → {when}" if st.time.start else st.time.text))
        table.add_row(st.id, _speaker(doc, st), escape(st.cue.text), st.kind, _short(st.content.text), "\n".join(extra))
    console.print(table)
    actors = Table(title="actors", expand=True)
    for col in ("id", "name", "type", "country", "titles", "mentions"):
        actors.add_column(col)
    for a in doc.actors:
        actors.add_row(a.id, escape(a.name), a.type, a.country or "", escape("; ".join(a.titles)), str(len(a.mentions)))
    console.print(actors)
    if doc.removed:
        removed = Table(title="removed debris", expand=True)
        removed.add_column("kind", no_wrap=True)
        removed.add_column("span", no_wrap=True)
        removed.add_column("text")
        for r in doc.removed:
            removed.add_row(r.kind, f"{r.spans[0][0]}-{r.spans[-1][1]}", _short(r.text, 120))
        console.print(removed)
