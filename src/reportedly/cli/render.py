"""Readable terminal output of a document (rich tables that fit the terminal and wrap between words)."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..model import Actor, Document, EventActor, Statement, actor_ids
from ..output import fitted_table, short, terminal_width

LEGEND = ("kind: direct = a quotation · mixed = holds a quotation · indirect = reported speech.  class: speech "
          "(said, claimed, denied, quoted) · cognition (believes, expects) · sentiment (fears, hopes) · volition "
          "(wants, plans) · act (an act, no message).  speaker (the words of the text) when they differ from the "
          "actor's name; (no cue): a quotation no word introduces; a date after → is what a time phrase resolves to.")
EVENT_LEGEND = ("type/mode: PLOVER category and mode · actor (country/sector) → recipient · status: asserted by "
                "the report, claimed or denied by a source (its statement), planned, hypothetical, negated · the "
                "number under it is the classifier's confidence (1.00: a word of the event lexicon).")


def _actors(doc: Document) -> dict[str, Actor]:
    """The document's actors by id (the first of each id, as ``Document.actor`` finds it), looked up once:
    ``Document.actor`` scans the list, for every statement and event actor."""
    out: dict[str, Actor] = {}
    for a in doc.actors:
        out.setdefault(a.id, a)
    return out


def _speaker(actors: dict[str, Actor], st: Statement) -> str:
    names = [a.name for i in actor_ids(st.source.actor) if (a := actors.get(i)) is not None]
    if names:
        shown = escape(" & ".join(names))
        return shown if st.source.text in shown else f"{shown}\n[dim]({escape(st.source.text)})[/dim]"
    return escape(st.source.text) if st.source.text else "[dim]— (no source)[/dim]"


def _short(text: str, n: int = 220) -> str:
    return escape(short(text, n))


def print_table(doc: Document, out: IO[str]) -> None:
    """Statements, actors, events and removed debris of ``doc`` as tables as wide as the terminal, with a legend."""
    width = terminal_width(out)
    console = Console(file=out, width=width, highlight=False)
    title = doc.meta.title or doc.id
    console.print(f"[bold]{escape(title)}[/bold]  [dim]{doc.meta.published or 'date unknown'} · "
                  f"{len(doc.statements)} statements · {len(doc.events)} events · {len(doc.actors)} actors · "
                  f"{len(doc.removed)} removed[/dim]")
    narrow = width < 100
    by_id = _actors(doc)
    rows = []
    for st in doc.statements:
        extra = []
        if st.channel:
            extra.append(f"{st.channel.kind}: {escape(st.channel.text)}")
        if st.time:
            when = st.time.start if st.time.start == st.time.end else f"{st.time.start}..{st.time.end}"
            extra.append(escape(f"{st.time.text} → {when}" if st.time.start else st.time.text))
        cue = escape(st.cue.text) if st.cue else "[dim](no cue)[/dim]"
        content = _short(st.content.text)
        if narrow and extra:
            content += "\n[dim]" + "; ".join(extra) + "[/dim]"
        row = [st.id, _speaker(by_id, st), cue, f"{st.kind}\n{st.statement_class}", content]
        rows.append(row if narrow else [*row, "\n".join(extra)])
    headers = ["#", "speaker", "cue", "kind", "content"] + ([] if narrow else ["channel / time"])
    console.print(fitted_table(headers, rows, width, show_lines=True, styles={"#": "dim"},
                               weights={"speaker": 2, "cue": 1, "content": 5, "channel / time": 2}))
    console.print(f"[dim]{escape(LEGEND)}[/dim]")
    arows = [[a.id, escape(a.name), a.type, a.country or "", escape("; ".join(a.titles)), str(len(a.mentions))]
             for a in doc.actors]
    console.print(fitted_table(["id", "name", "type", "country", "titles", "mentions"], arows, width,
                               title="actors", weights={"name": 2, "titles": 3}))
    if doc.events:
        console.print(events_table(doc, width))
        console.print(f"[dim]{escape(EVENT_LEGEND)}[/dim]")
    if doc.removed:
        rrows = [[r.kind, f"{r.spans[0][0]}-{r.spans[-1][1]}", _short(r.text, 120)] for r in doc.removed]
        console.print(fitted_table(["kind", "span", "text"], rrows, width, title="removed debris"))


def _who(actors: dict[str, Actor], parts: list[EventActor]) -> str:
    out = []
    for a in parts:
        linked = actors.get(a.actor) if a.actor else None
        name = linked.name if linked else a.text
        code = "/".join(x for x in (a.country, a.sector) if x)
        out.append(f"{name} ({code})" if code else name)
    return escape("; ".join(out))


def events_table(doc: Document, width: int = 110) -> Table:
    """Events: type and mode, trigger, who did what to whom, where/when/how many, and the claim status."""
    by_id = _actors(doc)
    rows = []
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
            ids = actor_ids(st.by)
            who = " & ".join(a.name for i in ids if (a := by_id.get(i)) is not None)
            status.append(st.status + (f" by {who}" if who else "") + (f" ({st.statement})" if st.statement else ""))
        kind = e.type + (f"/{e.mode}" if e.mode else "")
        who = f"{_who(by_id, e.actors)} → {_who(by_id, e.recipients)}"
        held = escape("; ".join(status)) + f"\n[dim]{e.confidence:.2f}[/dim]"
        if width < 100:  # four columns: the event with its trigger, the parties with where and when, the status
            rows.append([e.id, f"{kind}\n{_short(e.trigger.text, 60)}",
                         who + (f"\n[dim]{escape(' · '.join(where))}[/dim]" if where else ""), held])
        else:
            rows.append([e.id, kind, _short(e.trigger.text, 60), who, escape(" · ".join(where)), held])
    if width < 100:
        return fitted_table(["#", "event", "actor → recipient · where · when", "status"], rows, width, title="events",
                            show_lines=True, styles={"#": "dim"},
                            weights={"event": 2, "actor → recipient · where · when": 5, "status": 3})
    return fitted_table(["#", "type", "trigger", "actor → recipient", "where · when · how many", "status"], rows,
                        width, title="events", show_lines=True, styles={"#": "dim"},
                        weights={"trigger": 2, "actor → recipient": 4, "where · when · how many": 4, "status": 3})
