"""Commands on the corpus store: ``ingest`` and the queries (``statements``, ``events``, ``actors``,
``timeline``, ``contradictions``, ``stance``, ``export-store``, ``reprints``).

In: paths to ingest, or filters; out: a summary, or rows as a table, JSON or CSV
(:func:`reportedly.output.write`). The work is done by :mod:`reportedly.corpus`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, get_args

import click

from ..model import ClaimStatusKind, EventType, StatementClass
from ..pipeline import Options
from ..text.read import DEFAULT_MAX_CHARS, parse_date
from .app import doc_timeout_option, fail, main, min_confidence_option, scope_option


def _store_options(f: Any) -> Any:
    return click.option("--db", metavar="PATH", envvar="REPORTEDLY_DB", default="reportedly.db", show_default=True,
                        show_envvar=True, help="The corpus store (SQLite file).")(f)


def _open_store(db: str, *, readonly: bool = True) -> Any:
    from ..corpus.store import Store

    return Store(db, readonly=readonly)


def _format_option(f: Any) -> Any:
    f = click.option("--compact", is_flag=True, help="JSON on one line (default: indented, short lists on one "
                     "line).")(f)
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None,
                        help="table on a terminal, json otherwise.")(f)


def _paged(fetch: Any, limit: int, offset: int) -> list[Any]:
    """``fetch(limit, offset)`` for one page; when there is more than the page holds, say so on stderr
    ("showing 100 of 103; --limit 0 for all")."""
    if not limit:
        return fetch(None, offset)
    rows = fetch(limit + 1, offset)
    if len(rows) <= limit:
        return rows
    total = offset + len(fetch(None, offset))
    shown = f"{offset + 1}-{offset + limit}" if offset else f"{limit}"
    click.echo(f"reportedly: showing {shown} of {total}; --limit 0 for all", err=True)
    return rows[:limit]


def _page_options(f: Any) -> Any:
    f = click.option("--limit", type=click.IntRange(0), default=100, show_default=True,
                     help="At most this many (0: no limit).")(f)
    return click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many first.")(f)


def _period_options(f: Any) -> Any:
    f = click.option("--until", metavar="DATE", help="On or before this date (YYYY-MM-DD).")(f)
    return click.option("--since", metavar="DATE", help="On or after this date (YYYY-MM-DD).")(f)


def _class_option(f: Any) -> Any:
    return click.option("--class", "classes", multiple=True,
                        type=click.Choice(list(get_args(StatementClass))),
                        help="Only statements of this class (repeat for several): speech (said, wrote, claimed, "
                             "denied, quoted...), cognition (believe, expect), sentiment (fear, hope), volition "
                             "(want, plan), act (a communication verb with no message: released a model).")(f)


STATEMENTS_LEGEND = ("class: speech (said, claimed, denied, quoted) · cognition (believes, expects) · sentiment "
                     "(fears, hopes) · volition (wants, plans) · act (an act, no message).  (no cue): a quotation "
                     "no word introduces; (inferred): its speaker was resolved from the paragraphs before it.")


def _fmt(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "json")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_store_options
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="Worker processes, or Dask workers of a local cluster (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: processes on this machine; dask: a Dask distributed cluster.")
@click.option("--address", metavar="ADDRESS", help="Dask scheduler (tcp://host:8786); none starts a local cluster.")
@click.option("--published", metavar="DATE", help="Publication date of text/HTML files that give none (JSONL "
              "records carry their own).")
@click.option("--retry-failed", is_flag=True, help="Process again inputs that failed in earlier runs.")
@click.option("--max-chars", type=click.IntRange(1000), default=DEFAULT_MAX_CHARS, show_default=True,
              help="Refuse texts longer than this.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@scope_option
@min_confidence_option
@doc_timeout_option
def ingest(paths: tuple[str, ...], db: str, jobs: int | None, engine: str, address: str | None,
           published: str | None, retry_failed: bool, max_chars: int, as_json: bool, scope: str,
           min_confidence: float, doc_timeout: float) -> None:
    """Process PATHS (files, folders, JSONL corpora, HTML; '-' for JSONL on stdin) into the store, each once.

    Documents are identified by a content hash: re-ingesting is a no-op, a changed document is a
    new version. Killing the ingest loses nothing already committed; running it again finishes.
    """
    from ..corpus.ingestion import ingest as run_ingest

    if address and engine != "dask":
        fail("--address needs --engine dask")
    date = parse_date(published) if published else None
    with _open_store(db, readonly=False) as store:
        options = Options(max_chars=max_chars, scope=scope, min_confidence=min_confidence)
        summary = run_ingest(store, list(paths), jobs=jobs, engine=engine, address=address, options=options,
                             published=date,
                             retry_failed=retry_failed, doc_timeout=doc_timeout or None)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), indent=2))
    for line in summary.lines():
        click.echo(f"reportedly: {line}", err=True)
    sys.exit(1 if summary.failed else 0)


@main.command(name="statements")
@_store_options
@click.option("--actor", metavar="NAME", help="Said by this actor ('Starmer', 'Kremlin', 'Russia').")
@click.option("--country", metavar="ISO3", help="Said by an actor of this country.")
@_period_options
@click.option("--text", metavar="WORDS", help="Content or source contains all these words (a trailing * = prefix).")
@click.option("--cue-class", metavar="CLASS", help="Cue class: speech, claim, denial, belief, request, ...")
@click.option("--document", metavar="ID", help="In this document (id or hash).")
@_class_option
@scope_option
@_page_options
@_format_option
def statements_cmd(db: str, actor: str | None, country: str | None, since: str | None, until: str | None,
                   text: str | None, cue_class: str | None, document: str | None, classes: tuple[str, ...],
                   scope: str, limit: int, offset: int, fmt: str | None, compact: bool) -> None:
    """Statements in the store, oldest first."""
    from .. import output
    from ..corpus import query

    with _open_store(db) as store:
        rows = _paged(lambda lim, off: query.statements(
            store, actor=actor, country=country, since=since, until=until, text=text, cue_class=cue_class,
            document=document, limit=lim, offset=off, statement_class=classes, scope=scope), limit, offset)
    output.write(rows, [("date", lambda h: h.date), ("document", lambda h: h.document.id),
                        ("id", lambda h: h.statement), ("class", lambda h: h.statement_class),
                        ("speaker", lambda h: h.speaker + (" (inferred)" if h.inferred else "")),
                        ("cue", lambda h: h.cue or "(no cue)"),
                        ("content", lambda h: h.content)], _fmt(fmt), sys.stdout, wide=("content",),
                 legend=STATEMENTS_LEGEND, compact=compact,
                 table=[("date · class", lambda h: f"{h.date or '?'}\n{h.statement_class}"),
                        ("document · id", lambda h: f"{h.document.id}\n{h.statement}"),
                        ("speaker", lambda h: h.speaker + ("\n(inferred)" if h.inferred else "")),
                        ("cue", lambda h: h.cue or "(no cue)"), ("content", lambda h: h.content)])


@main.command(name="events")
@_store_options
@click.option("--type", "type_", type=click.Choice(list(get_args(EventType)), case_sensitive=False),
              help="PLOVER event type.")
@click.option("--place", metavar="NAME", help="At this place (or a part of its name).")
@click.option("--actor", metavar="NAME", help="With this actor as actor, recipient, or source of a claim.")
@click.option("--status", type=click.Choice(list(get_args(ClaimStatusKind))),
              help="Claim status: how the text holds the event.")
@click.option("--merged", is_flag=True, help="Happenings: the events of several reports that are one happening, "
              "with every report's version.")
@click.option("--recluster", is_flag=True, help="With --merged: recompute every happening first.")
@_period_options
@_page_options
@_format_option
def events_cmd(db: str, type_: str | None, place: str | None, actor: str | None, status: str | None, merged: bool,
               recluster: bool, since: str | None, until: str | None, limit: int, offset: int,
               fmt: str | None, compact: bool) -> None:
    """Events in the store, oldest first (--merged: happenings across reports, each with its date or window,
    place, who claims and who denies it, and its independent origins with their reprints).

    --since/--until keep events whose days overlap the period: an event's own date, or for an event its
    report does not date, the window of days it can fall on (the week up to the report).
    """
    from .. import output
    from ..corpus import query

    if merged or recluster:
        if recluster and not merged:
            fail("--recluster needs --merged")
        _merged(db, type_, place, actor, since, until, limit, offset, fmt, recluster)
        return
    with _open_store(db) as store:
        rows = _paged(lambda lim, off: query.events(store, type=type_, place=place, actor=actor, status=status,
                                                     since=since, until=until, limit=lim, offset=off), limit, offset)

    def parties(e: Any, role: str) -> str:
        return ", ".join(p.actor.name if p.actor else p.text for p in e.parties if p.role == role)

    def held(e: Any) -> list[str]:
        return [c.status + (" by " + " & ".join(a.name for a in c.by) if c.by else "") for c in e.status]

    output.write(rows, [("date", lambda e: e.date or _window(e.window)), ("document", lambda e: e.document.id),
                        ("type", lambda e: e.type),
                        ("actor", lambda e: parties(e, "actor")), ("trigger", lambda e: e.trigger),
                        ("recipient", lambda e: parties(e, "recipient")), ("place", lambda e: e.place),
                        ("status", held)], _fmt(fmt), sys.stdout, wide=("actor → recipient",),
                 table=[("date · document", lambda e: f"{e.date or _window(e.window) or '?'}\n{e.document.id}"),
                        ("event", lambda e: f"{e.type}\n{e.trigger}"),
                        ("actor → recipient", lambda e: f"{parties(e, 'actor') or '?'} → {parties(e, 'recipient')}"
                                                        + (f"\nin {e.place}" if e.place and e.place not in
                                                           parties(e, "recipient") + parties(e, "actor") else "")),
                        ("status", lambda e: "\n".join(held(e)))],
                 legend="status: asserted by the report itself, claimed or denied by a source, planned, "
                        "hypothetical, conditional, negated.", compact=compact)


def _window(window: tuple[str, str] | None) -> str:
    """An undated event's days, marked as a window ('2026-05-01 to 2026-05-08 (window)')."""
    return f"{window[0]} to {window[1]} (window)" if window else ""


def _merged(db: str, type_: str | None, place: str | None, actor: str | None, since: str | None, until: str | None,
            limit: int, offset: int, fmt: str | None, recluster: bool) -> None:
    """``events --merged``: happenings, one row each (JSON: every version)."""
    from .. import output
    from ..corpus import happenings

    with _open_store(db, readonly=not recluster) as store:
        if recluster:
            n = happenings.Clusterer(store).recluster()
            click.echo(f"reportedly: {n} happenings", err=True)
        rows = _paged(lambda lim, off: happenings.happenings(store, type=type_, place=place, actor=actor,
                                                             since=since, until=until, limit=lim, offset=off),
                      limit, offset)

    def names(actors: list[Any]) -> str:
        return ", ".join(a.name for a in actors)

    def origins(h: Any) -> list[str]:
        """Each independent origin with the reprints of its text: 'b02 (AFP) + b04, b06'."""
        out = []
        for g in h.origins.groups:
            head = g.origin.id + (f" ({g.credit})" if g.credit else "")
            out.append(head + (" + " + ", ".join(r.document.id for r in g.reprints) if g.reprints else ""))
        return out

    output.write(rows, [("id", lambda h: h.id), ("when", lambda h: h.when), ("type", lambda h: h.family),
                        ("place", lambda h: h.place), ("documents", lambda h: h.documents),
                        ("independent", lambda h: h.origins.independent), ("origins", origins),
                        ("claimed by", lambda h: names(h.claimed_by)), ("denied by", lambda h: names(h.denied_by)),
                        ("versions", lambda h: [f"{v.date or 'undated'} {v.document.id}: {v.position} {v.trigger}"
                                                for v in h.versions])],
                 _fmt(fmt), sys.stdout, wide=("versions", "origins"))


@main.command(name="actors")
@click.argument("name", required=False)
@_store_options
@click.option("--type", "type_", type=click.Choice(["person", "organization", "country", "group", "unknown"]),
              help="Only actors of this type.")
@click.option("--country", metavar="ISO3", help="Only actors of this country.")
@click.option("--min-statements", type=click.IntRange(0), default=0, help="Leave out actors with fewer statements.")
@click.option("--sort", type=click.Choice(["statements", "documents", "name"]), default="statements",
              show_default=True)
@click.option("--alias", metavar="NAME", help="Only actors seen under this name or spelling ('Zelenskiy', 'Sir Keir').")
@click.option("--explain", is_flag=True, help="With NAME: the name variants and why they were joined.")
@click.option("--relink", is_flag=True, help="Recompute every link between document and corpus actors first.")
@_page_options
@_format_option
def actors_cmd(name: str | None, db: str, type_: str | None, country: str | None, min_statements: int, sort: str,
               alias: str | None, explain: bool, relink: bool, limit: int, offset: int, fmt: str | None,
               compact: bool) -> None:
    """Actors across the store, with how many statements and documents each has (NAME: only those it means)."""
    from .. import output
    from ..corpus import query

    if explain and not name:
        fail("--explain needs an actor NAME")
    with _open_store(db, readonly=not relink) as store:
        if relink:
            from ..corpus.actors import Linker

            n = Linker(store).relink()
            click.echo(f"reportedly: {n} document actors linked again", err=True)
        if explain:
            detail = query.actor(store, name or "")
            if _fmt(fmt) == "table":
                _explain(detail)
                return
            output.write(detail.links, [("rule", lambda r: r.rule), ("documents", lambda r: r.documents),
                                        ("names", lambda r: r.names), ("evidence", lambda r: r.evidence)],
                         _fmt(fmt), sys.stdout, compact=compact)
            return
        rows = _paged(lambda lim, off: query.actors(store, name=name, type=type_, country=country,
                                                    min_statements=min_statements, sort=sort, limit=lim, offset=off,
                                                    alias=alias), limit, offset)

    def also(a: Any) -> list[str]:
        """Other names and spellings, the actor's own name left out, at most eight."""
        seen = {a.name.casefold()}
        out = []
        for n in [*a.names, *a.aliases]:
            if n.casefold() not in seen:
                seen.add(n.casefold())
                out.append(n)
        return out[:8]

    output.write(rows, [("id", lambda a: a.id), ("name", lambda a: a.name), ("type", lambda a: a.type),
                        ("country", lambda a: a.country), ("statements", lambda a: a.statements),
                        ("documents", lambda a: a.documents), ("titles", lambda a: a.titles[:4]),
                        ("also called", also)],
                 _fmt(fmt), sys.stdout, wide=("also called",), compact=compact,
                 table=[("id", lambda a: a.id), ("name", lambda a: a.name),
                        ("type", lambda a: f"{a.type}\n{a.country or ''}".strip()),
                        ("stmts", lambda a: a.statements), ("docs", lambda a: a.documents),
                        ("titles", lambda a: a.titles[:4]), ("also called", also)],
                 legend="stmts: statements by the actor; docs: reports it appears in; also called: the other names "
                        "and spellings it was seen under.")


def _explain(detail: Any) -> None:
    """``actors NAME --explain`` on a terminal: one paragraph per reason, in words."""
    import textwrap

    from ..output import terminal_width

    width = terminal_width(sys.stdout)
    click.echo(f"{detail.name} ({detail.type}, {detail.country or 'no country'}): {detail.statements} statements "
               f"in {detail.documents} documents")
    for link in detail.links:
        facts = []
        for key, value in link.evidence.items():
            if key == "rule":
                continue
            shown = ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
            facts.append(f"{key.replace('_', ' ')}: {shown or '-'}")
        docs = f"{link.documents} document{'s' if link.documents != 1 else ''}"
        line = f"- {', '.join(link.names)} ({docs}) joined by {link.rule}" + (f"; {'; '.join(facts)}" if facts else "")
        click.echo(textwrap.fill(line, width=width, subsequent_indent="    ", break_long_words=False,
                                 break_on_hyphens=False))


@main.command()
@_store_options
@click.option("--actor", metavar="NAME", required=True, help="Whose timeline.")
@_period_options
@click.option("--limit", type=click.IntRange(0), default=0, help="At most this many (0: all).")
@_class_option
@scope_option
@_format_option
def timeline(db: str, actor: str, since: str | None, until: str | None, limit: int, classes: tuple[str, ...],
             scope: str, fmt: str | None, compact: bool) -> None:
    """What an actor said and the events it took part in or claimed, in date order (--class, --scope: which
    statements; events are always listed)."""
    from .. import output
    from ..corpus import query

    with _open_store(db) as store:
        rows = _paged(lambda lim, off: query.timeline(store, actor=actor, since=since, until=until, limit=lim,
                                                      statement_class=classes, scope=scope), limit, 0)
    output.write(rows, [("date", lambda t: t.date), ("kind", lambda t: t.kind),
                        ("class", lambda t: t.statement_class), ("role", lambda t: t.role),
                        ("document", lambda t: t.document.id), ("summary", lambda t: t.summary)],
                 _fmt(fmt), sys.stdout, wide=("summary",), compact=compact,
                 table=[("date", lambda t: t.date), ("what", lambda t: " ".join(
                            x for x in (t.kind, t.statement_class and f"({t.statement_class})") if x) + f"\n{t.role}"),
                        ("document", lambda t: t.document.id), ("summary", lambda t: t.summary)])


@main.command()
@_store_options
@click.option("--actor", metavar="NAME", help="Only disputes where this actor is on a side.")
@click.option("--place", metavar="NAME", help="Only disputes whose evidence names this place.")
@_period_options
@click.option("--across-documents", is_flag=True, help="Only disputes with evidence from two documents or more.")
@click.option("--limit", type=click.IntRange(0), default=100, show_default=True, help="At most this many (0: all).")
@scope_option
@_format_option
def contradictions(db: str, actor: str | None, place: str | None, since: str | None, until: str | None,
                   across_documents: bool, limit: int, scope: str, fmt: str | None, compact: bool) -> None:
    """Disputes: a claim, who asserts it and who denies, counters or corrects it, with the evidence.

    Grouped by claim across reports and ranked by independent evidence on each side (a reprint of
    another report's wire text counts once, under its origin).
    """
    from .. import output
    from ..corpus.contradictions import contradictions as find

    with _open_store(db) as store:
        rows = find(store, actor=actor, place=place, since=since, until=until, across_documents=across_documents,
                    limit=None, scope=scope)
    shown = rows[:limit] if limit else rows
    if limit and len(rows) > limit:
        click.echo(f"reportedly: showing {limit} of {len(rows)} disputes; --limit 0 for all", err=True)

    def side(s: Any) -> str:
        origins = "; ".join(o.document + (f" (+{', '.join(o.reprints)})" if o.reprints else "") for o in s.origins)
        quotes = [f"{e.source} [{e.document.id}]: “{output.short(e.quote, 110)}”" for e in s.evidence[:3]]
        more = len(s.evidence) - len(quotes)
        return "\n".join([f"{', '.join(s.sources[:4])} — {s.independent} independent ({origins})", *quotes,
                          *([f"… {more} more"] if more > 0 else [])])

    output.write(shown, [("claim", lambda d: d.claim), ("kind", lambda d: d.kind),
                         ("asserted by", lambda d: side(d.asserted)), ("denied by", lambda d: side(d.denied)),
                         ("independent", lambda d: f"{d.asserted.independent} / {d.denied.independent}"),
                         ("id", lambda d: d.id)], _fmt(fmt), sys.stdout, wide=("asserted by", "denied by"),
                 table=[("claim", lambda d: f"{d.claim}\n{d.kind} · {d.id}"),
                        ("asserted by", lambda d: side(d.asserted)), ("denied by", lambda d: side(d.denied))],
                 compact=compact)


@main.command()
@_store_options
@click.option("--topic", metavar="WORDS", required=True, help="ceasefire, sanctions, peacekeeping, ... or any words.")
@click.option("--actor", metavar="NAME", help="Only this actor's position.")
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor", show_default=True,
              help="One position per actor, or per country (all its actors together).")
@_period_options
@scope_option
@_format_option
def stance(db: str, topic: str, actor: str | None, by: str, since: str | None, until: str | None, scope: str,
           fmt: str | None, compact: bool) -> None:
    """Each actor's position on a topic (supports, opposes, conditions, undecided) with its evidence."""
    from .. import output
    from ..corpus.stance import stance as positions

    with _open_store(db) as store:
        rows = positions(store, topic=topic, actor=actor, by=by, since=since, until=until, scope=scope)

    def evidence(s: Any) -> list[str]:
        def cls(e: Any) -> str:
            return "" if e.statement.statement_class == "speech" else f" ({e.statement.statement_class})"

        return [f"{e.position}{' (reported)' if e.reported else ''}{cls(e)}: {e.statement.speaker} "
                f"[{e.statement.document.id} {e.statement.date or ''}] {output.short(e.statement.content, 120)}"
                for e in s.evidence[:4]]

    output.write(rows, [("actor", lambda s: s.actor.name), ("country", lambda s: s.actor.country),
                        ("position", lambda s: s.position), ("basis", lambda s: s.basis),
                        ("counts", lambda s: ", ".join(f"{k} {v}" for k, v in s.counts.items() if v)),
                        ("evidence", evidence)], _fmt(fmt), sys.stdout, wide=("evidence",), compact=compact)


@main.command(name="export-store")
@click.argument("tables", nargs=-1, type=click.Choice(["documents", "actors", "actor_links", "statements", "events",
                                                       "happenings"]))
@_store_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--output", "-o", "folder", metavar="FOLDER", required=True,
              help="Write <table>.<format> files here (created when missing).")
def export_store(tables: tuple[str, ...], db: str, fmt: str, folder: str) -> None:
    """Export TABLES of the store (default: all) as JSONL, CSV or Parquet."""
    from ..corpus.export import TABLES, export

    with _open_store(db) as store:
        counts = export(store, folder, fmt=fmt, tables=tables or TABLES)
    for t, n in counts.items():
        click.echo(f"reportedly: {n} rows -> {Path(folder) / f'{t}.{fmt}'}", err=True)


@main.command()
@_store_options
@click.option("--all", "everything", is_flag=True, help="Also documents that share their text with no other.")
@_format_option
def reprints(db: str, everything: bool, fmt: str | None, compact: bool) -> None:
    """Documents that reuse one wire text, grouped under the first to publish it, with the agency credited."""
    from .. import output
    from ..corpus.origins import origin_groups

    with _open_store(db) as store:
        rows = origin_groups(store, min_documents=1 if everything else 2)
    output.write(rows, [("origin", lambda g: g.origin.id), ("outlet", lambda g: g.origin.outlet),
                        ("published", lambda g: g.origin.published), ("credit", lambda g: g.credit),
                        ("reprints", lambda g: [f"{r.document.id} ({r.document.outlet or '?'}, {r.reuse:.0%} "
                                                f"reused)" for r in g.reprints])],
                 _fmt(fmt), sys.stdout, wide=("reprints",), compact=compact)
