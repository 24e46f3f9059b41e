"""Happenings, written: which events of different reports are one real-world happening.

**Links.** Every event gets a :class:`~reportedly.corpus.profiles.Profile` (family, places, days, words of its
sentence; ``happening_keys``). Two events of different documents are *linked* when they may be one
happening (:func:`~reportedly.corpus.profiles.compatible`: days that meet, places that agree or are unknown)
and their :func:`~reportedly.corpus.profiles.score` (sentence similarity, plus a bonus for one family) is at
least :data:`LINK`. Links are a function of the two events alone; the store finds the events to compare
through an index of their heaviest words and days (``happening_words``), and keeps the links
(``happening_links``).

**Cores, not chains.** The links of the current documents form components. Within a component, events
are taken in a fixed order (the most linked first, then by document hash and event id, never by the
order of ingest) and each joins the happening whose *core* it fits best: the mean, over the other
documents of the happening, of its best score with that document's events must be at least :data:`FIT`,
and it must be compatible with every member (one date that is a week from the others' keeps it out).
So a new report joins a happening only when it is like most of the reports already in it, not merely
one of them, and distinct incidents of one type on other days or at other places stay apart. A
happening is a group of two documents or more; its stable ``key`` comes from its smallest member
(document hash and event id).

**Incremental and order-independent.** Each new document links its events (inside the transaction
that writes it) and the components it touches are clustered again from their members; a document
version that stops being current (a new version, or an old one back) re-clusters the components its
events were in. The result depends only on the current documents: ingesting them in another order
gives the same happenings (tested). :meth:`Clusterer.recluster` recomputes everything (a store from
before migration ``0005_event_dates`` is filled in by its next ingest).

Figures (tune parts of the story corpora, ``python bench/stories.py happenings --split tune``) are in
the README of the docs; the thresholds were chosen there.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable

from ..events.dates import UNDATED_FUTURE_DAYS, UNDATED_PAST_DAYS
from ..model import Document, Event
from .profiles import MAX_SPAN_DAYS, SLACK_DAYS, Profile, compatible, document_profiles, keywords, score, shift
from .query import _marks
from .rows import dated_event
from .store import Store

LINK = 0.3
"""Two compatible events of different documents are linked at this score or more."""
FIT = 0.25
"""An event joins a happening when its mean best score with the happening's other documents is at least this."""


CORE_BONUS = 0.15
"""Two groups whose cores are one family at one place merge at this much less likeness of their sentences."""
MAX_COMPONENT = 400
"""A component of more linked events than this is clustered, as a report arrives, only around its events."""
LONGEST = max(MAX_SPAN_DAYS, UNDATED_PAST_DAYS, UNDATED_FUTURE_DAYS)
"""The most days an event's profile covers (a planned event's window): how far back to look for a start."""


def _key(first: str) -> str:
    """The stable key of a happening whose smallest member is ``first`` ('<document hash>:<event id>')."""
    return "h" + hashlib.sha1(first.encode()).hexdigest()[:12]


def _dumps(p: Profile) -> tuple[str, str]:
    return json.dumps(sorted(p.places)), json.dumps(p.words, sort_keys=True)


def _loads(r: sqlite3.Row) -> Profile:
    return Profile(r["family"], frozenset(json.loads(r["places"])), r["start"], r["end"], bool(r["dated"]),
                   json.loads(r["words"]))


class Clusterer:
    """Keeps the happenings of a store up to date as documents are written (see the module doc).

    It has the ``link_document`` (and ``revive``) of :class:`reportedly.corpus.store.ActorLinker`, so the
    ingest hands it to :meth:`~reportedly.corpus.store.Store.add_documents` beside the actor linker.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._profiles: dict[int, Profile] = {}

    @property
    def db(self) -> sqlite3.Connection:
        return self.store.db

    # -- writing ---------------------------------------------------------------------------------

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Key and link the events of a document being written, and cluster the components they and the
        events of its earlier versions touch (in the caller's transaction)."""
        pks = {r[1]: r[0] for r in self.db.execute("SELECT pk, id FROM events WHERE doc = ?", (doc_pk,))}
        for eid, p in document_profiles(doc.events, doc.text, doc.meta.published).items():
            if eid in pks:
                self._put_key(pks[eid], doc_pk, p)
        keyed = [r[0] for r in self.db.execute("SELECT event FROM happening_keys WHERE doc = ?", (doc_pk,))]
        for pk in keyed:
            self._link(pk)
        old = [r[0] for r in self.db.execute(
            """SELECT e.pk FROM documents d JOIN events e ON e.doc = d.pk
               WHERE d.key = (SELECT key FROM documents WHERE pk = ?) AND d.pk != ?""", (doc_pk, doc_pk))]
        self._recluster_around(keyed + self._neighbours(old) + old)

    def revive(self, doc_pk: int) -> None:
        """An older stored version became current again: cluster again around its events and its siblings'."""
        pks = [r[0] for r in self.db.execute(
            """SELECT e.pk FROM documents d JOIN events e ON e.doc = d.pk
               WHERE d.key = (SELECT key FROM documents WHERE pk = ?)""", (doc_pk,))]
        self._recluster_around(pks + self._neighbours(pks))

    def _put_key(self, event_pk: int, doc_pk: int, p: Profile) -> None:
        """Write (or replace) the profile of one event and its indexed words."""
        places, words = _dumps(p)
        self.db.execute("INSERT OR REPLACE INTO happening_keys VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (event_pk, doc_pk, p.family, places, p.start, p.end, int(p.dated), words))
        self.db.executemany("INSERT OR IGNORE INTO happening_words (word, start, event) VALUES (?, ?, ?)",
                            [(w, p.start, event_pk) for w in keywords(p)])

    def _link(self, event_pk: int) -> None:
        """Link one keyed event to the events of other documents it may be one happening with."""
        r = self.db.execute("SELECT * FROM happening_keys WHERE event = ?", (event_pk,)).fetchone()
        if r is None:
            return
        me = self._profile(r)
        words = keywords(me)
        if not words:
            return
        lo, hi = shift(me.start, -(LONGEST + SLACK_DAYS)), shift(me.end, SLACK_DAYS)
        rows = self.db.execute(
            f"""SELECT k.* FROM happening_keys k WHERE k.event IN (
                    SELECT w.event FROM happening_words w WHERE w.word IN ({_marks(words)})
                    AND w.start BETWEEN ? AND ?) AND k.doc != ? AND k.end >= ?""",
            [*words, lo, hi, r["doc"], shift(me.start, -SLACK_DAYS)]).fetchall()
        found = []
        for other in rows:
            them = self._profile(other)
            if compatible(me, them) and not me.keys.isdisjoint(them.keys):
                s = score(me, them)
                if s >= LINK:
                    a, b = sorted((event_pk, other["event"]))
                    found.append((a, b, round(s, 4)))
        self.db.executemany("INSERT OR REPLACE INTO happening_links (a, b, score) VALUES (?, ?, ?)", found)

    def _profile(self, r: sqlite3.Row) -> Profile:
        """The profile of a ``happening_keys`` row, parsed once per event (a profile never changes)."""
        p = self._profiles.get(r["event"])
        if p is None:
            if len(self._profiles) > 50_000:
                self._profiles.clear()
            p = self._profiles[r["event"]] = _loads(r)
        return p

    def _neighbours(self, pks: Iterable[int]) -> list[int]:
        out: set[int] = set()
        for pk in pks:
            out.update(r[0] for r in self.db.execute(
                "SELECT b FROM happening_links WHERE a = ? UNION SELECT a FROM happening_links WHERE b = ?", (pk, pk)))
        return sorted(out)

    def _component(self, start: int, limit: int | None = None) -> set[int]:
        """Events of current documents reachable from ``start`` through links between such events (at most
        ``limit`` of them, when given: the search stops there)."""
        seen, todo = {start}, [start]
        while todo and (limit is None or len(seen) <= limit):
            pk = todo.pop()
            for (n,) in self.db.execute(
                    """SELECT l.b FROM happening_links l JOIN events e ON e.pk = l.b JOIN documents d ON d.pk = e.doc
                       WHERE l.a = ? AND d.current UNION
                       SELECT l.a FROM happening_links l JOIN events e ON e.pk = l.a JOIN documents d ON d.pk = e.doc
                       WHERE l.b = ? AND d.current""", (pk, pk)):
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        return seen

    def _neighbourhood(self, pks: set[int]) -> set[int]:
        """These events, the current events linked to them, and the members of those events' happenings."""
        around = set(pks) | set(self._neighbours(pks))
        hids = {r[0] for pk in sorted(around) for r in self.db.execute(
            "SELECT happening FROM happening_events WHERE event = ?", (pk,))}
        for hid in sorted(hids):
            around.update(r[0] for r in self.db.execute("SELECT event FROM happening_events WHERE happening = ?",
                                                        (hid,)))
        return {r[0] for pk in sorted(around) for r in self.db.execute(
            "SELECT e.pk FROM events e JOIN documents d ON d.pk = e.doc WHERE e.pk = ? AND d.current", (pk,))}

    def _recluster_around(self, pks: Iterable[int], whole: bool = False) -> None:
        """Cluster again the components of these events (their old happenings first leave); ``whole``: however
        large a component is (else one over :data:`MAX_COMPONENT` events is clustered around them only)."""
        wanted = sorted(set(pks))
        if not wanted:
            return
        current: set[int] = set()
        for i in range(0, len(wanted), 500):
            part = wanted[i:i + 500]
            current.update(r[0] for r in self.db.execute(
                f"""SELECT e.pk FROM events e JOIN documents d ON d.pk = e.doc
                    WHERE e.pk IN ({_marks(part)}) AND d.current""", part))
        done: set[int] = set()
        components = []
        for pk in sorted(current):
            if pk not in done:
                members = self._component(pk, None if whole else MAX_COMPONENT)
                if len(members) > MAX_COMPONENT:
                    members = self._neighbourhood(current)  # a very large component: only around these events
                done |= members
                components.append(members)
        old_hids: set[int] = set()
        everyone = sorted(done | set(wanted))
        for i in range(0, len(everyone), 500):
            part = everyone[i:i + 500]
            old_hids.update(r[0] for r in self.db.execute(
                f"SELECT DISTINCT happening FROM happening_events WHERE event IN ({_marks(part)})", part))
        reuse = {r[0]: r[1] for r in self.db.execute(
            f"SELECT key, id FROM happenings WHERE id IN ({_marks(sorted(old_hids))})", sorted(old_hids))}
        # members of those happenings that are not in a component any more (a version that left) go too
        for hid in sorted(old_hids):
            self.db.execute("DELETE FROM happening_events WHERE happening = ?", (hid,))
        kept: set[int] = set()
        for members in components:
            for group in self._cluster(members):
                kept.add(self._write_happening(group, reuse))
        for hid in sorted(old_hids - kept):
            self.db.execute("DELETE FROM happenings WHERE id = ?", (hid,))

    def _cluster(self, members: set[int]) -> list[list[int]]:
        """Happenings of one component (see the module doc): groups of events of two documents or more."""
        m = sorted(members)
        info: dict[int, sqlite3.Row] = {}
        for i in range(0, len(m), 500):
            part = m[i:i + 500]
            for r in self.db.execute(
                    f"""SELECT k.*, d.hash, e.id FROM happening_keys k JOIN events e ON e.pk = k.event
                        JOIN documents d ON d.pk = k.doc WHERE k.event IN ({_marks(part)})""", part):
                info[r["event"]] = r
        prof = {pk: self._profile(r) for pk, r in info.items()}
        links: dict[tuple[int, int], float] = {}
        for i in range(0, len(m), 500):
            part = m[i:i + 500]
            for a, b, s in self.db.execute(
                    f"SELECT a, b, score FROM happening_links WHERE a IN ({_marks(part)})", part):
                if b in members:
                    links[(a, b)] = links[(b, a)] = s
        linked_docs: dict[int, set[int]] = {pk: set() for pk in prof}
        for a, b in links:
            if a in linked_docs and b in info:
                linked_docs[a].add(info[b]["doc"])
        def evidence(pk: int) -> int:
            return int(prof[pk].dated) + int(bool(prof[pk].places))

        def fit(xs: list[int], g: list[int]) -> float:
            """Mean, over the documents of ``g`` (but one that holds all of ``xs``), of their best link with ``xs``
            (events of one document are never linked)."""
            mine = {info[x]["doc"] for x in xs}
            per_doc: dict[int, float] = {}
            for y in g:
                d = info[y]["doc"]
                if mine != {d}:
                    per_doc[d] = max(per_doc.get(d, 0.0), max(links.get((x, y), 0.0) for x in xs))
            return sum(per_doc.values()) / len(per_doc) if per_doc else 0.0

        # events with the most evidence (own date, place) and the most linked documents seed the happenings
        order = sorted(prof, key=lambda pk: (-evidence(pk), -len(linked_docs[pk]), info[pk]["hash"], info[pk]["id"]))
        groups: list[list[int]] = []
        for x in order:
            best, best_fit = None, 0.0
            for g in groups:
                if all(compatible(prof[x], prof[y]) for y in g) and (f := fit([x], g)) > best_fit:
                    best, best_fit = g, f
            if best is not None and best_fit >= FIT:
                best.append(x)
            else:
                groups.append([x])
        # then groups that fit each other's cores merge (the best pair first), so that a seed taken early
        # does not leave one happening in two
        def core(g: list[int]) -> tuple[str, str]:
            """The family and the place most of a group's events have."""
            fams = Counter(prof[x].family for x in g)
            places = Counter(p for x in g for p in prof[x].places)
            return (max(fams.items(), key=lambda kv: (kv[1], kv[0]))[0],
                    max(places.items(), key=lambda kv: (kv[1], kv[0]))[0] if places else "")

        def merge_score(a: list[int], b: list[int]) -> float:
            f = min(fit(a, b), fit(b, a))
            ca, cb = core(a), core(b)
            return f + CORE_BONUS if ca == cb and ca[1] else f

        while True:
            pairs = [(merge_score(a, b), -i, -j) for i, a in enumerate(groups) for j, b in enumerate(groups)
                     if i < j and all(compatible(prof[x], prof[y]) for x in a for y in b)]
            best_pair = max(pairs, default=None)
            if best_pair is None or best_pair[0] < FIT:
                break
            i, j = -best_pair[1], -best_pair[2]
            groups[i] = groups[i] + groups[j]
            del groups[j]
        return [g for g in groups if len({info[y]["doc"] for y in g}) >= 2]

    def _write_happening(self, group: list[int], reuse: dict[str, int]) -> int:
        """Write one happening (reusing the row of the same key), with its core family, place and days."""
        rows = self.db.execute(
            f"""SELECT k.*, d.hash || ':' || e.id AS ref FROM happening_keys k JOIN events e ON e.pk = k.event
                JOIN documents d ON d.pk = k.doc WHERE k.event IN ({_marks(group)})""", group).fetchall()
        first = min(r["ref"] for r in rows)
        family = sorted(Counter(r["family"] for r in rows).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        places = Counter(p for r in rows for p in json.loads(r["places"]))
        place = sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if places else ""
        dated = [r for r in rows if r["dated"]]
        if dated:
            start, end = min(r["start"] for r in dated), max(r["end"] for r in dated)
        else:
            start, end = max(r["start"] for r in rows), min(r["end"] for r in rows)
            if start > end:
                start, end = min(r["start"] for r in rows), max(r["end"] for r in rows)
        docs = len({r["doc"] for r in rows})
        key = _key(first)
        values = (key, first, family, place, start, end, len(rows), docs, int(bool(dated)))
        hid = reuse.get(key)
        if hid is not None and self.db.execute("SELECT 1 FROM happenings WHERE id = ?", (hid,)).fetchone():
            self.db.execute("""UPDATE happenings SET key = ?, first = ?, family = ?, place = ?, start = ?, end = ?,
                               events = ?, documents = ?, dated = ? WHERE id = ?""", (*values, hid))
        else:
            self.db.execute("DELETE FROM happenings WHERE key = ?", (key,))
            hid = int(self.db.execute(
                """INSERT INTO happenings (key, first, family, place, start, end, events, documents, dated)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", values).lastrowid or 0)
        self.db.executemany("INSERT OR REPLACE INTO happening_events (event, happening) VALUES (?, ?)",
                            [(pk, hid) for pk in group])
        return hid

    def pending(self) -> bool:
        """Whether the store's events were keyed before the current happenings existed (see :meth:`recluster`)."""
        return self.db.execute("SELECT 1 FROM happening_backfill LIMIT 1").fetchone() is not None

    def recluster(self) -> int:
        """Recompute every key, link and happening from the stored events; returns the number of happenings."""
        self._profiles.clear()
        with self.store.transaction():
            for table in ("happening_events", "happenings", "happening_links", "happening_words", "happening_keys",
                          "happening_backfill"):
                self.db.execute(f"DELETE FROM {table}")
            for d in self.db.execute("SELECT pk, text, published FROM documents ORDER BY pk").fetchall():
                rows = self.db.execute("SELECT pk, id, data FROM events WHERE doc = ? ORDER BY pk", (d["pk"],))
                pks, events = {}, []
                for r in rows:
                    pks[r["id"]] = r["pk"]
                    events.append(dated_event(Event.model_validate_json(r["data"]), d["published"]))
                for eid, p in document_profiles(events, d["text"], d["published"]).items():
                    self._put_key(pks[eid], d["pk"], p)
            keyed = [r[0] for r in self.db.execute("SELECT event FROM happening_keys ORDER BY event").fetchall()]
            for pk in keyed:
                self._link(pk)
            self._recluster_around(keyed, whole=True)
            return int(self.db.execute("SELECT COUNT(*) FROM happenings").fetchone()[0])


class Linkers:
    """Several linkers called in turn for each document written (actors, origins, then happenings)."""

    def __init__(self, *linkers: object) -> None:
        self.linkers = linkers

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Each linker's ``link_document``, in order."""
        for linker in self.linkers:
            linker.link_document(doc_pk, doc, actor_pk, doc_hash)  # type: ignore[attr-defined]

    def revive(self, doc_pk: int) -> None:
        """Each linker's ``revive`` (an older version of a document is current again), where it has one."""
        for linker in self.linkers:
            revive = getattr(linker, "revive", None)
            if revive is not None:
                revive(doc_pk)
