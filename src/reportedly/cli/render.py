"""Readable terminal output of a document (rich tables)."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..model import Actor, Document, EventActor, Statement


def _actors(doc: Document) -> dict[str, Actor]:
    """The document's actors by id (the first of each id, as ``Document.actor`` finds it), looked up once:
    ``Document.actor`` scans the list, for every statement and event actor."""
    out: dict[str, Actor] = {}
    for a in doc.actors:
        out.setdefault(a.id, a)
    return out


def _speaker(actors: dict[str, Actor], st: Statement) -> str:
    ref = st.source.actor
    names = [a.name for i in ([ref] if isinstance(ref, str) else list(ref or [])) if (a := actors.get(i)) is not None]
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
                  f"{len(doc.statements)} statements · {len(doc.events)} events · {len(doc.actors)} actors · "
                  f"{len(doc.removed)} removed[/dim]")
    table = Table(show_lines=True, expand=True)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("speaker", ratio=2, min_width=14)
    table.add_column("cue", ratio=1, min_width=10)
    table.add_column("kind", no_wrap=True, min_width=8)
    table.add_column("content", ratio=5)
    table.add_column("channel / time", ratio=2, min_width=14)
    by_id = _actors(doc)
    for st in doc.statements:
        extra = []
        if st.channel:
            extra.append(f"{st.channel.kind}: {escape(st.channel.text)}")
        if st.time:
            when = st.time.start if st.time.start == st.time.end else f"{st.time.start}..{st.time.end}"
            extra.append(escape(f"{st.time.text} → {when}" if st.time.start else st.time.text))
        cue = escape(st.cue.text) if st.cue else "(no cue)"
        table.add_row(st.id, _speaker(by_id, st), cue, f"{st.kind}, {st.statement_class}", _short(st.content.text),
                      "\n".join(extra))
    console.print(table)
    actors = Table(title="actors", expand=True)
    for col in ("id", "name", "type", "country", "titles", "mentions"):
        actors.add_column(col)
    for a in doc.actors:
        actors.add_row(a.id, escape(a.name), a.type, a.country or "", escape("; ".join(a.titles)), str(len(a.mentions)))
    console.print(actors)
    if doc.events:
        console.print(events_table(doc))
    if doc.removed:
        removed = Table(title="removed debris", expand=True)
        removed.add_column("kind", no_wrap=True)
        removed.add_column("span", no_wrap=True)
        removed.add_column("text")
        for r in doc.removed:
            removed.add_row(r.kind, f"{r.spans[0][0]}-{r.spans[-1][1]}", _short(r.text, 120))
        console.print(removed)


def _who(actors: dict[str, Actor], parts: list[EventActor]) -> str:
    out = []
    for a in parts:
        linked = actors.get(a.actor) if a.actor else None
        name = linked.name if linked else a.text
        code = "/".join(x for x in (a.country, a.sector) if x)
        out.append(f"{name} ({code})" if code else name)
    return escape("; ".join(out))


def events_table(doc: Document) -> Table:
    """Events: type and mode, trigger, who did what to whom, where/when/how many, and the claim status."""
    table = Table(title="events", show_lines=True, expand=True)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("trigger", ratio=2)
    table.add_column("actor → recipient", ratio=4)
    table.add_column("where · when · how many", ratio=4)
    table.add_column("status", ratio=3)
    by_id = _actors(doc)
    for e in doc.events:
        where = []
        if e.place:
            near = f" (near {e.place.within.name})" if e.place.within and e.place.within.name else ""
            where.append(f"{e.place.name or e.place.text}{near}" + (f", {e.place.country}" if e.place.country else ""))
        if e.time:
            where.append(f"{e.time.text} → {e.time.start}" if e.time.start else e.time.text)
        where.extend(q.text for q in e.quantities)
        status = []
        for st in e.status:
            ids = [st.by] if isinstance(st.by, str) else list(st.by or [])
            who = " & ".join(a.name for i in ids if (a := by_id.get(i)) is not None)
            status.append(st.status + (f" by {who}" if who else "") + (f" ({st.statement})" if st.statement else ""))
        kind = e.type + (f"/{e.mode}" if e.mode else "")
        table.add_row(e.id, kind, _short(e.trigger.text, 60), f"{_who(by_id, e.actors)} → {_who(by_id, e.recipients)}",
                      escape(" · ".join(where)), escape("; ".join(status)) + f"\n[dim]{e.confidence:.2f}[/dim]")
    return table
