"""Where sources disagree: one source claims what another denies or disputes, with both pieces of evidence.

From statements (``data/disputes.tsv``):

1. a statement takes a side on a *frame* (territory, attack, casualties, violation) when its content
   uses a frame word: '+' words claim ('captured', 'encircled', 'taken control'), '-' words dispute
   ('holding their positions', 'repelled');
2. a denial cue ('denied', 'rejected', 'disputed'), a negation before the word ('no threat of
   encirclement', 'had not fallen') or a word calling it false ('fake', 'baseless') turns a claim
   into a denial;
3. what the statement is about is given by its *anchors*: place-like names in the content (else in
   its sentence, else in the document title): 'Kursk', 'Sudzha';
4. a contradiction is a claim and a denial on the same frame sharing an anchor, made by different
   corpus actors, by default of different countries (``same_side=True`` keeps disputes within a
   side, which are mostly extraction slips).

From events (their claim ``status``): an event claimed by one source and an event of the same
PLOVER type (or the same event) denied by another, sharing an anchor (the event's place, else
place-like names in its trigger, actors and recipients: "three hamlets near the Kursk
frontier"), under the same side rules. When the statements behind the two statuses already form a
pair, the events join that pair's evidence instead of making a second one.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from .names import normalise
from .query import (
    EventHit,
    StatementHit,
    _actor_filter,
    _date,
    event_hits,
    event_within,
    matching_statements,
    statement_hits,
)
from .store import Store
from .terms import Lexicon, anchors, fts_terms, load

CLAIM_STATUSES = {"claimed", "asserted"}
DENIAL_STATUSES = {"denied", "negated"}
_ANCHOR_WEIGHT = {"content": 1.0, "sentence": 0.8, "title": 0.5, "place": 1.0}


class Side(BaseModel):
    """One side of a contradiction: the statement or event, and what makes it a claim or a denial."""

    kind: Literal["statement", "event"]
    position: Literal["claims", "denies"]
    terms: list[str] = Field(default_factory=list, description="The words that carry the claim or the denial.")
    anchors: list[str] = Field(default_factory=list)
    anchors_from: str = Field("content", description="content, sentence, title (statements) or place (events).")
    statement: StatementHit | None = None
    event: EventHit | None = None

    @property
    def who(self) -> str:
        """Names of the source(s)."""
        if self.statement is not None:
            return self.statement.speaker
        if self.event is not None:
            for c in self.event.status:
                if (c.status in CLAIM_STATUSES) == (self.position == "claims") and c.by:
                    return " & ".join(a.name for a in c.by)
        return "?"

    @property
    def text(self) -> str:
        """The content or event trigger."""
        if self.statement is not None:
            return self.statement.content
        return self.event.trigger if self.event is not None else ""


class Contradiction(BaseModel):
    """A claim and a denial of the same thing by different sources."""

    frame: str = Field(description="territory, attack, casualties, violation, or event:<PLOVER type>.")
    anchors: list[str] = Field(description="What both are about (shared place-like names).")
    claim: Side
    denial: Side
    across_documents: bool
    score: float
    explanation: str
    happening: int | None = Field(None, description="The happening both sides are versions of, when their events "
                                                    "(or the events their statements hold) are in one.")


@lru_cache(maxsize=1)
def frames() -> Lexicon:
    """``data/disputes.tsv`` as a lexicon labelled 'frame+' / 'frame-' / 'refute!'."""
    return Lexicon((f"{frame}{pol}", term) for frame, pol, term in load("disputes.tsv"))


@dataclass
class _Item:
    row: sqlite3.Row
    frame: str
    position: str
    terms: list[str]
    anchors: set[str]
    anchors_from: str
    speakers: frozenset[int]
    countries: frozenset[str]
    hit: StatementHit | None
    event: EventHit | None = None
    statement_pk: int | None = None


UNCONFIRMED = {"confirm", "verify", "corroborate", "substantiate"}
"""Cue lemmas that, negated, dispute what follows ('could not confirm that Sudzha had fallen')."""


def judge(content: str, cue_class: str | None, cue_negated: bool,
          cue_lemma: str | None = None) -> dict[str, tuple[str, list[str]]]:
    """The frames a statement takes a side on: frame -> ('claims' | 'denies', the words that decide).

    A claim word after a disputing phrase of the content ('found no evidence supporting Russian
    assertions of encirclement', 'dismissed reports that ...') is disputed, and so is everything
    after a negated cue of confirmation ('could not confirm that ...'); other negated cues ('did not
    say that ...') take no side.

    >>> judge("that its troops had captured two villages", "claim", False)
    {'territory': ('claims', ['captured'])}
    >>> judge("any assertion of encirclement of Ukrainian forces", "denial", False)
    {'territory': ('denies', ['denied', 'encirclement'])}
    >>> judge("no evidence supporting Russian assertions of encirclement", "speech", False)
    {'territory': ('denies', ['no evidence', 'encirclement'])}
    """
    unconfirmed = cue_negated and (cue_lemma or "").lower() in UNCONFIRMED
    if cue_negated and not unconfirmed:
        return {}  # 'did not say that ...' takes no side
    found = frames().find(content)
    refute = [m for m in found if m.label.endswith("!") and not m.negated]
    disputing = [m for m in found if m.label.endswith("?")]
    flip = cue_class == "denial" or bool(refute) or unconfirmed
    votes: dict[str, list[int]] = defaultdict(list)
    words: dict[str, list[str]] = defaultdict(list)
    for m in found:
        if m.label.startswith("refute"):
            continue
        frame = m.label[:-1]
        before = [content[d.start:d.end] for d in disputing if d.end <= m.start]
        if m.label.endswith("+") and not m.negated and not before:
            votes[frame].append(-1 if flip else 1)  # a claim word, unless denied or called false
        else:
            votes[frame].append(-1)  # a dispute word, a negated or a disputed claim word ('had not fallen')
        words[frame] += [*before[-1:], ("not " if m.negated else "") + content[m.start:m.end]]
    out: dict[str, tuple[str, list[str]]] = {}
    for frame, v in votes.items():
        if sum(v) == 0:
            continue
        why = list(dict.fromkeys(words[frame])) + [content[m.start:m.end] for m in refute]
        if unconfirmed:
            why = ["not confirmed", *why]
        elif cue_class == "denial":
            why = ["denied", *why]
        out[frame] = ("claims" if sum(v) > 0 else "denies", why)
    return out


def disputes(hit: StatementHit) -> bool:
    """Whether a statement only disputes (every frame it takes a side on, it denies): the status of an
    event it reports is then a denial, whatever the event stage read ('no evidence supporting ...')."""
    sides = judge(hit.content, hit.cue_class, hit.negated and hit.cue_class != "denial", hit.cue_lemma)
    return bool(sides) and all(position == "denies" for position, _ in sides.values())


def _statement_items(store: Store, *, since: str | None, until: str | None, scope: str) -> list[_Item]:
    rows = matching_statements(store, fts_terms(frames().terms()), since=since, until=until, scope=scope)
    hits = statement_hits(store, rows)
    out = []
    for row, hit in zip(rows, hits, strict=True):
        if not hit.speakers:
            continue
        sides = judge(row["content_text"], row["cue_class"], bool(row["negated"]) and row["cue_class"] != "denial",
                      row["cue_lemma"])
        if not sides:
            continue
        found, where_from = anchors(row["content_text"]), "content"
        if not found:
            found, where_from = anchors(row["context"] or ""), "sentence"
        if not found:
            found, where_from = anchors(row["title"] or ""), "title"
        if not found:
            continue
        speakers = frozenset(a.id for a in hit.speakers)
        countries = frozenset(a.country for a in hit.speakers if a.country)
        for frame, (position, terms) in sides.items():
            out.append(_Item(row, frame, position, terms, found, where_from, speakers, countries, hit))
    return out


def _explain(frame: str, claim: Side, denial: Side, shared: list[str]) -> str:
    return (f"{claim.who} claims ({', '.join(claim.terms)}) and {denial.who} denies "
            f"({', '.join(denial.terms)}) on {frame} in/around {', '.join(shared)}")


def contradictions(store: Store, *, actor: str | None = None, place: str | None = None, since: str | None = None,
                   until: str | None = None, same_side: bool = False, across_documents: bool = False,
                   limit: int | None = 100, scope: str = "all") -> list[Contradiction]:
    """Claims and denials of the same thing by different sources, best supported first.

    Every statement class is read by default: a source that believes or fears a town has fallen
    holds it as much as one that says so, and a side's statement carries its class, so the reader
    sees which it was. ``scope='speech'`` keeps only what was said; event claim statuses are kept
    either way (as ``extract --scope speech`` keeps them), but a side only shows a statement of the scope.

    Args:
        actor: only pairs where this actor (see :func:`reportedly.corpus.query.find_actors`) is one side.
        place: only pairs about this place ('Kursk').
        since, until: dates of the statements/events (YYYY-MM-DD).
        same_side: also pairs whose sources are of the same country.
        across_documents: only pairs whose two sides come from different documents.
        limit: at most this many (None: all).
        scope: ``all`` (default) or ``speech``.
    """
    since, until = _date(since, "--since"), _date(until, "--until")
    wanted = set(_actor_filter(store, actor) or []) if actor else None
    place_key = normalise(place) if place else None
    pairs: dict[tuple[object, object], Contradiction] = {}
    items = _statement_items(store, since=since, until=until, scope=scope)
    for c, d, shared in _pairs(items, same_side=same_side, across_documents=across_documents, wanted=wanted,
                               place=place_key):
        key = (c.row["pk"], d.row["pk"])
        if key in pairs:
            continue
        claim = Side(kind="statement", position="claims", terms=c.terms, anchors=sorted(c.anchors),
                     anchors_from=c.anchors_from, statement=c.hit)
        denial = Side(kind="statement", position="denies", terms=d.terms, anchors=sorted(d.anchors),
                      anchors_from=d.anchors_from, statement=d.hit)
        across = c.row["doc"] != d.row["doc"]
        weight = min(_ANCHOR_WEIGHT[c.anchors_from], _ANCHOR_WEIGHT[d.anchors_from])
        pairs[key] = Contradiction(frame=c.frame, anchors=shared, claim=claim, denial=denial, across_documents=across,
                                   score=round(len(shared) * weight + (0.5 if across else 0.0), 3),
                                   explanation=_explain(c.frame, claim, denial, shared))
    events = _event_items(store, since=since, until=until, scope=scope)
    for c, d, shared in _pairs(events, same_side=same_side, across_documents=across_documents, wanted=wanted,
                               place=place_key):
        key = (c.statement_pk or ("event", c.row["pk"], c.position),
               d.statement_pk or ("event", d.row["pk"], d.position))
        known = pairs.get(key)
        if known is not None:  # the statements already dispute it: add the events to their evidence
            known.claim.event, known.denial.event = known.claim.event or c.event, known.denial.event or d.event
            known.frame = f"{known.frame}, event:{c.frame}" if "event:" not in known.frame else known.frame
            known.anchors = sorted(set(known.anchors) | set(shared))
            continue
        claim = Side(kind="event", position="claims", terms=c.terms, anchors=sorted(c.anchors),
                     anchors_from=c.anchors_from, event=c.event, statement=c.hit)
        denial = Side(kind="event", position="denies", terms=d.terms, anchors=sorted(d.anchors),
                      anchors_from=d.anchors_from, event=d.event, statement=d.hit)
        across = c.row["doc"] != d.row["doc"]
        pairs[key] = Contradiction(frame=f"event:{c.frame}", anchors=shared, claim=claim, denial=denial,
                                   across_documents=across, score=round(len(shared) + (0.5 if across else 0.0), 3),
                                   explanation=_explain(f"a {c.frame} event", claim, denial, shared))
    out = sorted(pairs.values(), key=lambda x: (-x.score, _when(x.claim), _doc(x.claim)))
    out = out[:limit] if limit is not None else out
    _anchor_happenings(store, out)
    return out


def _anchor_happenings(store: Store, found: list[Contradiction]) -> None:
    """Give each pair the happening that holds an event of both sides (a side's own event, or the events
    its statement claims or denies), when there is one."""
    def refs(side: Side) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        events = {(side.event.document.hash, side.event.event)} if side.event is not None else set()
        said = {(side.statement.document.hash, side.statement.statement)} if side.statement is not None else set()
        return events, said

    def happenings_of(side: Side) -> set[int]:
        events, said = refs(side)
        out: set[int] = set()
        for h, ref in events:
            out.update(r[0] for r in store.db.execute(
                """SELECT he.happening FROM documents d JOIN events e ON e.doc = d.pk
                   JOIN happening_events he ON he.event = e.pk WHERE d.hash = ? AND e.id = ?""", (h, ref)))
        for h, ref in said:
            out.update(r[0] for r in store.db.execute(
                """SELECT he.happening FROM documents d JOIN statements s ON s.doc = d.pk
                   JOIN event_status es ON es.statement = s.pk JOIN happening_events he ON he.event = es.event
                   WHERE d.hash = ? AND s.id = ?""", (h, ref)))
        return out

    for c in found:
        shared = happenings_of(c.claim) & happenings_of(c.denial)
        if shared:
            c.happening = min(shared)


def _when(side: Side) -> str:
    ref = side.statement or side.event
    return (ref.date or getattr(ref, "reported", None) if ref is not None else None) or ""


def _doc(side: Side) -> str:
    ref = side.statement or side.event
    return ref.document.id if ref is not None else ""


def _pairs(items: list[_Item], *, same_side: bool, across_documents: bool, wanted: set[int] | None,
           place: str | None) -> list[tuple[_Item, _Item, list[str]]]:
    """Claim/denial pairs on the same frame sharing an anchor, by different sources (see the module doc)."""
    denials: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for it in items:
        if it.position == "denies":
            for a in it.anchors:
                denials[(it.frame, a)].append(it)
    out = []
    seen: set[tuple[int, int]] = set()
    for c in items:
        if c.position != "claims":
            continue
        for a in sorted(c.anchors):
            for d in denials.get((c.frame, a), []):
                if (id(c), id(d)) in seen:
                    continue
                seen.add((id(c), id(d)))
                if c.speakers & d.speakers:
                    continue
                if not same_side and c.countries and d.countries and c.countries & d.countries:
                    continue
                if across_documents and c.row["doc"] == d.row["doc"]:
                    continue
                if wanted is not None and not (wanted & (c.speakers | d.speakers)):
                    continue
                shared = sorted(c.anchors & d.anchors)
                if place and place not in shared:
                    continue
                out.append((c, d, shared))
    return out


def _event_items(store: Store, *, since: str | None, until: str | None, scope: str = "all") -> list[_Item]:
    """One item per (event, claim status held by named sources): claimed/asserted claims, denied/negated denies.

    Anchors are the event's place, else place-like names in its trigger, actors and recipients
    ('three hamlets near the Kursk frontier').
    """
    where: list[str] = ["d.current", "e.pk IN (SELECT event FROM event_status_by)"]
    params: list[object] = []
    event_within(where, params, since, until)
    rows = store.db.execute(f"""SELECT e.*, d.doc_id, d.hash, d.title, d.outlet, d.published FROM events e
                                JOIN documents d ON d.pk = e.doc WHERE {' AND '.join(where)}
                                ORDER BY coalesce(e.date, e.reported), d.pk, e.pk""", params).fetchall()
    hits = {h.event + "@" + h.document.hash: h for h in event_hits(store, rows)}
    status_rows = store.db.execute(
        f"""SELECT es.event, es.position, es.status, es.statement FROM event_status es
            WHERE es.event IN ({','.join(str(r['pk']) for r in rows) or 'NULL'})""").fetchall()
    by_event: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for r in status_rows:
        by_event[r["event"]].append(r)
    st_pks = sorted({r["statement"] for r in status_rows if r["statement"] is not None})
    st_rows = []
    for i in range(0, len(st_pks), 500):
        part = st_pks[i:i + 500]
        st_rows += store.db.execute(
            f"""SELECT s.*, d.doc_id, d.hash, d.title, d.outlet, d.published FROM statements s
                JOIN documents d ON d.pk = s.doc WHERE s.pk IN ({','.join('?' * len(part))})""", part).fetchall()
    if scope == "speech":
        st_rows = [r for r in st_rows if r["statement_class"] == "speech"]
    st_hits = dict(zip([r["pk"] for r in st_rows], statement_hits(store, st_rows), strict=True))
    out = []
    for row in rows:
        hit = hits[row["id"] + "@" + row["hash"]]
        if hit.place:
            found, where_from = {normalise(hit.place)}, "place"
        else:
            text = " ; ".join([hit.trigger, *(p.text for p in hit.parties)])
            found, where_from = anchors(text), "content"
        if not found:
            continue
        ordered = sorted(by_event[row["pk"]], key=lambda r: r["position"])
        for claim_status, sr in zip(hit.status, ordered, strict=True):
            if claim_status.status in CLAIM_STATUSES:
                side = "claims"
            elif claim_status.status in DENIAL_STATUSES:
                side = "denies"
            else:
                continue
            if not claim_status.by:
                continue
            said = st_hits.get(sr["statement"])
            if side == "claims" and said is not None and disputes(said):
                side = "denies"  # 'found no evidence supporting assertions of encirclement'
            item = _Item(row, hit.type, side, [hit.trigger, claim_status.status], found, where_from,
                         frozenset(a.id for a in claim_status.by),
                         frozenset(a.country for a in claim_status.by if a.country),
                         st_hits.get(sr["statement"]))
            item.event = hit
            item.statement_pk = sr["statement"] if sr["statement"] in st_hits else None
            out.append(item)
    return out
