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
that writes it), and at the end of the batch the components the batch touched are clustered again
from their members (:meth:`Clusterer.finish`, in the same transaction); a document
version that stops being current (a new version, or an old one back) re-clusters the components its
events were in. The result depends only on the current documents: ingesting them in another order
gives the same happenings (tested). :meth:`Clusterer.recluster` recomputes everything (a store from
before migration ``0005_event_dates`` is filled in by its next ingest).

**Thresholds** (:data:`LINK`, :data:`FIT`, the bonuses of :func:`~reportedly.corpus.profiles.score`) were
chosen on the tune parts of the story corpora only (``python bench/stories.py happenings --split tune``:
document-pair F1 border 0.86, regulator 0.97, flood 0.74, election 0.63, blast 0.86), with the week of
``tests/data/week`` kept right (one Sudzha happening; two strikes on Sumy a week apart stay two). An event
with neither a place nor a date of its own ('drones keep hitting cities') joins a happening one other report
holds only at :data:`LONE_FIT`, and a group of such events merges into a happening that has a place or a day
only when one of its reports already tells it (after the events stage typed more background mentions as
attacks: F1 border 0.83, regulator 0.90, flood 0.75, election 0.70, blast 0.79). Lower
thresholds join unrelated background mentions (election precision falls first); higher ones split the
big happenings into their headline and body versions.

**Cost.** A component larger than :data:`MAX_COMPONENT` events (a long war told by thousands of
reports) is clustered, as reports arrive, only around the new events and the happenings they touch;
there a different ingest order may give slightly different happenings, and ``events --merged
--recluster`` gives the canonical ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..events.dates import UNDATED_FUTURE_DAYS, UNDATED_PAST_DAYS
from ..model import Document, Event
from . import aside as _aside
from . import wordindex
from .profiles import MAX_SPAN_DAYS, SLACK_DAYS, Profile, document_profiles, keywords, links, shift
from .query import _marks
from .rows import dated_event
from .store import Store

LINK = 0.3
"""Two compatible events of different documents are linked at this score or more."""
FIT = 0.25
"""An event joins a happening when its mean best score with the happening's other documents is at least this."""
LONE_FIT = 0.4
"""The fit an event with neither a place nor a date of its own needs to join a happening that only one other
report holds so far: it has only its words, and a background mention ('its drones keep hitting cities') is
about as alike to any one report of a strike that week."""


SHARED_KEYWORDS = 2
"""Two events are compared when they share this many of their indexed words, or one and their family (one
common name alone is not enough)."""
PLACE_SHARE = 3
"""A happening's place is one that at least a third of its reports name."""
CORE_BONUS = 0.15
"""Two groups whose cores are one family at one place merge at this much less likeness of their sentences."""
MAX_COMPONENT = 400
"""A component of more linked events than this is clustered, as a report arrives, only around its events."""
LONGEST = max(MAX_SPAN_DAYS, UNDATED_PAST_DAYS, UNDATED_FUTURE_DAYS)
"""The most days an event's profile covers (a planned event's window): how far back to look for a start."""
ASIDE_EVENTS = 300
""":meth:`Clusterer.settling` clusters in a process of its own only when the components hold this many events
(fewer take less time than starting the process)."""


def _key(first: str) -> str:
    """The stable key of a happening whose smallest member is ``first`` ('<document hash>:<event id>')."""
    return "h" + hashlib.sha1(first.encode()).hexdigest()[:12]


def _dumps(p: Profile) -> tuple[str, str]:
    return json.dumps(sorted(p.places)), json.dumps(p.words, sort_keys=True)


def _loads(r: sqlite3.Row) -> Profile:
    return Profile(r["family"], frozenset(json.loads(r["places"])), r["start"], r["end"], bool(r["dated"]),
                   json.loads(r["words"]))


@dataclass
class _Plan:
    """What clustering some components again reads from the store (:meth:`Clusterer._plan`)."""

    old_hids: set[int]
    """The happenings their events were in."""
    before: dict[frozenset[int], int]
    """Those happenings' members."""
    reuse: dict[str, int]
    """Their row ids by key."""
    inputs: list[tuple[dict[int, tuple[int, tuple[str, str], Profile]], dict[int, dict[int, float]]]]
    """The arguments of :func:`cluster_events`, one per component of two events or more."""


class Clusterer:
    """Keeps the happenings of a store up to date as documents are written (see the module doc).

    It has the ``link_document`` (and ``revive``) of :class:`reportedly.corpus.store.ActorLinker`, so the
    ingest hands it to :meth:`~reportedly.corpus.store.Store.add_documents` beside the actor linker.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._profiles: dict[int, Profile] = {}
        self._dirty: set[int] = set()
        self._index: wordindex.WordIndex | None = None
        self._queried = 0
        self._check_at = wordindex.AFTER_LINKS
        self.deferred = False
        """Set by an ingest run: :meth:`finish` only records the events to cluster again (in the table
        ``happening_pending``, so that an interrupted run leaves them for the next one) and :meth:`settle`
        clusters them once, when the run ends. Nothing written during the run reads happenings, and the
        clustering of a component does not depend on when it runs, so the store ends the same."""

    @property
    def db(self) -> sqlite3.Connection:
        return self.store.db

    # -- writing ---------------------------------------------------------------------------------

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Key and link the events of a document being written, and cluster the components they and the
        events of its earlier versions touch (in the caller's transaction)."""
        pks = {r[1]: r[0] for r in self.db.execute("SELECT pk, id FROM events WHERE doc = ?", (doc_pk,))}
        keyed = []
        for eid, p in document_profiles(doc.events, doc.text, doc.meta.published).items():
            if eid in pks:
                self._put_key(pks[eid], doc_pk, p)
                keyed.append(pks[eid])
        for pk in keyed:
            self._link(pk, doc_pk, self._profiles[pk])
        old = [r[0] for r in self.db.execute(
            """SELECT e.pk FROM documents d JOIN events e ON e.doc = d.pk
               WHERE d.key = (SELECT key FROM documents WHERE pk = ?) AND d.pk != ?""", (doc_pk, doc_pk))]
        self._dirty.update(keyed + self._neighbours(old) + old)

    def revive(self, doc_pk: int) -> None:
        """An older stored version became current again: cluster again around its events and its siblings'."""
        pks = [r[0] for r in self.db.execute(
            """SELECT e.pk FROM documents d JOIN events e ON e.doc = d.pk
               WHERE d.key = (SELECT key FROM documents WHERE pk = ?)""", (doc_pk,))]
        self._dirty.update(pks + self._neighbours(pks))

    def finish(self) -> None:
        """Cluster again the components that the documents written since the last call touched (the store calls
        it at the end of each batch, inside its transaction: one clustering per component and batch); when
        ``deferred``, record them for :meth:`settle` instead."""
        dirty, self._dirty = self._dirty, set()
        if self.deferred:
            self.db.executemany("INSERT OR IGNORE INTO happening_pending VALUES (?)", [(pk,) for pk in dirty])
            return
        self._recluster_around(dirty)

    def unsettled(self) -> bool:
        """Whether events wait to be clustered again (a deferred run was interrupted)."""
        return self.db.execute("SELECT 1 FROM happening_pending LIMIT 1").fetchone() is not None

    def settle(self) -> int:
        """Cluster again, in one transaction, the components of every event a deferred run recorded; returns
        how many events were recorded."""
        with self.store.transaction():
            pending = self._pending()
            self._recluster_around(pending)
            self.db.execute("DELETE FROM happening_pending")
        return len(pending)

    @contextlib.contextmanager
    def settling(self, aside: bool = True) -> Iterator[None]:
        """:meth:`settle` around a block of other work on the store that reads and writes no happening table
        (the actor revisit at the end of an ingest), using a second core: the components to cluster are read
        here, clustered in a forked process (:mod:`reportedly.corpus.aside`) while the block runs, and written
        when it ends. The store ends as with :meth:`settle` before the block; if another connection wrote to
        the store meanwhile, the clustering is done again here, in the writing transaction. Without ``aside``
        (one core), or with few events to cluster, they are clustered here before the block. When the block
        fails, the events stay recorded for the next run."""
        version = self._data_version()
        pending = self._pending()
        plan = self._plan(pending) if pending else None
        if plan is None or not aside or sum(len(events) for events, _ in plan.inputs) < ASIDE_EVENTS:
            self._write(plan, None, version)
            yield
            return
        work = _aside.start(cluster_events, plan.inputs)
        try:
            yield
        except BaseException:
            work.cancel()
            raise
        self._write(plan, [g for groups in work.get() for g in groups], version)

    def _write(self, plan: _Plan | None, groups: list[list[int]] | None, version: int) -> None:
        """Write, in one transaction, the happenings of ``plan`` (``groups``, or clustered here when None) and
        forget the pending events; with no plan, or if another connection wrote to the store since ``version``
        (what was read may be out of date), the pending events are read and clustered here instead, as
        :meth:`settle` does."""
        with self.store.transaction():
            if plan is not None and self._data_version() == version:
                self._apply(plan, groups if groups is not None else
                            [g for args in plan.inputs for g in cluster_events(*args)])
            else:  # nothing was read, or another ingest wrote meanwhile: read again here
                self._recluster_around(self._pending())
            self.db.execute("DELETE FROM happening_pending")

    def _pending(self) -> list[int]:
        """The events a deferred run recorded for clustering again."""
        return [r[0] for r in self.db.execute("SELECT event FROM happening_pending")]

    def _data_version(self) -> int:
        """Changes when another connection commits to the store (SQLite's ``PRAGMA data_version``)."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _put_key(self, event_pk: int, doc_pk: int, p: Profile) -> None:
        """Write (or replace) the profile of one event and its indexed words."""
        places, words = _dumps(p)
        self.db.execute("INSERT OR REPLACE INTO happening_keys VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (event_pk, doc_pk, p.family, places, p.start, p.end, int(p.dated), words))
        self._remember(event_pk, p)
        words = keywords(p)
        self.db.executemany("INSERT OR IGNORE INTO happening_words (word, start, event) VALUES (?, ?, ?)",
                            [(w, p.start, event_pk) for w in words])
        if self._index is not None:
            self._index.put(event_pk, doc_pk, p.family, p.start, p.end, words)

    def _link(self, event_pk: int, doc_pk: int, me: Profile) -> None:
        """Link one keyed event to the events of other documents it may be one happening with."""
        words = keywords(me)
        if not words:
            return
        lo, hi = shift(me.start, -(LONGEST + SLACK_DAYS)), shift(me.end, SLACK_DAYS)
        index = self._word_index()
        if index is not None:
            others = index.candidates(words, lo, hi, doc_pk, shift(me.start, -SLACK_DAYS), SHARED_KEYWORDS,
                                      me.family)
        else:
            others = [r[0] for r in self.db.execute(
                f"""SELECT w.event, COUNT(*) AS shared FROM happening_words w JOIN happening_keys k ON k.event = w.event
                    WHERE w.word IN ({_marks(words)}) AND w.start BETWEEN ? AND ? AND k.doc != ? AND k.end >= ?
                    GROUP BY w.event HAVING shared >= ? OR k.family = ?""",
                [*words, lo, hi, doc_pk, shift(me.start, -SLACK_DAYS), SHARED_KEYWORDS, me.family]).fetchall()]
            self._queried += 1
        self.db.executemany("INSERT OR REPLACE INTO happening_links (a, b, score) VALUES (?, ?, ?)",
                            links(me, event_pk, self._profiles_of(others), LINK))  # compatible, scored >= LINK

    def _word_index(self) -> wordindex.WordIndex | None:
        """The word index in memory when it is up to date with the store (else dropped), or read now when this
        clusterer has queried enough events to repay it (:func:`reportedly.corpus.wordindex.worth_building`)."""
        index = self._index
        if index is not None:
            if index.rollbacks == self.store.rollbacks and index.version == self._data_version() \
                    and index.rows <= 2 * wordindex.MAX_ROWS:
                return index
            self._index, self._queried, self._check_at = None, 0, wordindex.AFTER_LINKS  # another writer, undone, big
        if self._queried < self._check_at:
            return None
        rows = self.db.execute("SELECT COUNT(*) FROM happening_words").fetchone()[0]
        if not wordindex.worth_building(self._queried, rows):
            self._check_at = 2 * self._queried
            return None
        self._index = wordindex.WordIndex(self.db, self._data_version(), self.store.rollbacks)
        return self._index

    def _remember(self, event_pk: int, p: Profile) -> None:
        if len(self._profiles) > 100_000:
            self._profiles.clear()
        self._profiles[event_pk] = p

    def _profiles_of(self, pks: list[int]) -> dict[int, Profile]:
        """Profiles of keyed events, parsed once per event (a profile never changes), in the order given."""
        missing = [pk for pk in pks if pk not in self._profiles]
        for i in range(0, len(missing), 500):
            part = missing[i:i + 500]
            for r in self.db.execute(f"SELECT * FROM happening_keys WHERE event IN ({_marks(part)})", part):
                self._remember(r["event"], _loads(r))
        return {pk: self._profiles[pk] for pk in pks if pk in self._profiles}

    def _neighbours(self, pks: Iterable[int]) -> list[int]:
        """Events linked to any of these."""
        out: set[int] = set()
        wanted = sorted(set(pks))
        for i in range(0, len(wanted), 400):
            part = wanted[i:i + 400]
            m = _marks(part)
            out.update(r[0] for r in self.db.execute(
                f"SELECT b FROM happening_links WHERE a IN ({m}) UNION SELECT a FROM happening_links WHERE b IN ({m})",
                part + part))
        return sorted(out)

    def _component(self, start: int, limit: int | None = None) -> set[int]:
        """Events of current documents reachable from ``start`` through links between such events (at most
        ``limit`` of them, when given: the search stops there)."""
        seen, frontier = {start}, [start]
        while frontier and (limit is None or len(seen) <= limit):
            found: set[int] = set()
            for i in range(0, len(frontier), 400):
                part = frontier[i:i + 400]
                m = _marks(part)
                found.update(r[0] for r in self.db.execute(
                    f"""SELECT l.b FROM happening_links l JOIN events e ON e.pk = l.b JOIN documents d ON d.pk = e.doc
                        WHERE l.a IN ({m}) AND d.current UNION
                        SELECT l.a FROM happening_links l JOIN events e ON e.pk = l.a JOIN documents d ON d.pk = e.doc
                        WHERE l.b IN ({m}) AND d.current""", part + part))
            frontier = sorted(found - seen)
            seen |= found
        return seen

    def _neighbourhood(self, pks: set[int]) -> set[int]:
        """These events, the current events linked to them, and the members of those events' happenings."""
        around = sorted(set(pks) | set(self._neighbours(pks)))
        out: set[int] = set()
        for i in range(0, len(around), 400):
            part = around[i:i + 400]
            m = _marks(part)
            out.update(r[0] for r in self.db.execute(
                f"""SELECT e.pk FROM events e JOIN documents d ON d.pk = e.doc WHERE d.current AND (e.pk IN ({m})
                    OR e.pk IN (SELECT he.event FROM happening_events he WHERE he.happening IN (
                        SELECT happening FROM happening_events WHERE event IN ({m}))))""", part + part))
        return out

    def _recluster_around(self, pks: Iterable[int], whole: bool = False) -> None:
        """Cluster again the components of these events (their old happenings first leave); ``whole``: however
        large a component is (else one over :data:`MAX_COMPONENT` events is clustered around them only)."""
        plan = self._plan(pks, whole)
        if plan is not None:
            self._apply(plan, [g for args in plan.inputs for g in cluster_events(*args)])

    def _plan(self, pks: Iterable[int], whole: bool = False) -> _Plan | None:
        """What :meth:`_recluster_around` reads from the store (None: no event to cluster)."""
        wanted = sorted(set(pks))
        if not wanted:
            return None
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
        before: dict[frozenset[int], int] = {}
        for hid in sorted(old_hids):
            members = frozenset(r[0] for r in self.db.execute(
                "SELECT event FROM happening_events WHERE happening = ?", (hid,)))
            before[members] = hid
        reuse = {r[0]: r[1] for r in self.db.execute(
            f"SELECT key, id FROM happenings WHERE id IN ({_marks(sorted(old_hids))})", sorted(old_hids))}
        inputs = [self._cluster_inputs(members) for members in components if len(members) >= 2]
        return _Plan(old_hids, before, reuse, inputs)

    def _apply(self, plan: _Plan, groups: list[list[int]]) -> None:
        """Write the happenings ``groups`` of the components of ``plan`` (their old happenings first leave)."""
        old_hids, before = plan.old_hids, plan.before
        unchanged = {before[frozenset(g)] for g in groups if frozenset(g) in before}
        # members of the happenings that change (or go: a version that left) leave them first
        for hid in sorted(old_hids - unchanged):
            self.db.execute("DELETE FROM happening_events WHERE happening = ?", (hid,))
        kept = set(unchanged)
        for g in groups:
            if frozenset(g) not in before:
                kept.add(self._write_happening(g, plan.reuse))
        for hid in sorted(old_hids - kept):
            self.db.execute("DELETE FROM happenings WHERE id = ?", (hid,))

    def _cluster(self, members: set[int]) -> list[list[int]]:
        """Happenings of one component (see the module doc): groups of events of two documents or more."""
        return cluster_events(*self._cluster_inputs(members))

    def _cluster_inputs(self, members: set[int]) -> tuple[dict[int, tuple[int, tuple[str, str], Profile]],
                                                          dict[int, dict[int, float]]]:
        """The arguments of :func:`cluster_events` for one component, read from the store."""
        m = sorted(members)
        info: dict[int, sqlite3.Row] = {}
        for i in range(0, len(m), 500):
            part = m[i:i + 500]
            for r in self.db.execute(
                    f"""SELECT e.pk AS event, e.doc, d.hash, e.id FROM events e JOIN documents d ON d.pk = e.doc
                        WHERE e.pk IN ({_marks(part)})""", part):
                info[r["event"]] = r
        prof = self._profiles_of(m)
        info = {pk: r for pk, r in info.items() if pk in prof}
        neighbours: dict[int, dict[int, float]] = {pk: {} for pk in prof}
        for i in range(0, len(m), 500):
            part = m[i:i + 500]
            for a, b, s in self.db.execute(
                    f"SELECT a, b, score FROM happening_links WHERE a IN ({_marks(part)})", part):
                if b in members and a in neighbours and b in neighbours:
                    neighbours[a][b] = neighbours[b][a] = s
        events = {pk: (info[pk]["doc"], (info[pk]["hash"], info[pk]["id"]), prof[pk]) for pk in prof}
        return events, neighbours


    def _write_happening(self, group: list[int], reuse: dict[str, int]) -> int:
        """Write one happening (reusing the row of the same key), with its core family, place and days."""
        rows = self.db.execute(
            f"""SELECT k.*, d.hash || ':' || e.id AS ref FROM happening_keys k JOIN events e ON e.pk = k.event
                JOIN documents d ON d.pk = k.doc WHERE k.event IN ({_marks(group)})""", group).fetchall()
        first = min(r["ref"] for r in rows)
        family = sorted(Counter(r["family"] for r in rows).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        by_doc = {(r["doc"], p) for r in rows for p in json.loads(r["places"])}
        places = Counter(p for _, p in by_doc)
        docs = len({r["doc"] for r in rows})
        # the place most of its reports name: one report's place does not make a five-report happening's place
        named = [(n, p) for p, n in places.items() if n * PLACE_SHARE >= docs]
        place = max(named)[1] if named else ""
        dated = [r for r in rows if r["dated"]]
        if dated:
            start, end = min(r["start"] for r in dated), max(r["end"] for r in dated)
        else:
            start, end = max(r["start"] for r in rows), min(r["end"] for r in rows)
            if start > end:
                start, end = min(r["start"] for r in rows), max(r["end"] for r in rows)
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
        self._index = None
        with self.store.transaction():
            for table in ("happening_events", "happenings", "happening_links", "happening_words", "happening_keys",
                          "happening_backfill", "happening_pending"):
                self.db.execute(f"DELETE FROM {table}")
            for d in self.db.execute("SELECT pk, text, published FROM documents ORDER BY pk").fetchall():
                rows = self.db.execute("SELECT pk, id, data FROM events WHERE doc = ? ORDER BY pk", (d["pk"],))
                pks, events = {}, []
                for r in rows:
                    pks[r["id"]] = r["pk"]
                    events.append(dated_event(Event.model_validate_json(r["data"]), d["published"]))
                for eid, p in document_profiles(events, d["text"], d["published"]).items():
                    self._put_key(pks[eid], d["pk"], p)
            keyed = [(r[0], r[1]) for r in self.db.execute(
                "SELECT event, doc FROM happening_keys ORDER BY event").fetchall()]
            for pk, doc in keyed:
                self._link(pk, doc, self._profiles_of([pk])[pk])
            keyed = [pk for pk, _ in keyed]
            self._recluster_around(keyed, whole=True)
            return int(self.db.execute("SELECT COUNT(*) FROM happenings").fetchone()[0])


class _Group:
    """A happening being built: its members and what every new member must agree with."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.members: list[int] = []
        self.docs: Counter[int] = Counter()
        self.latest_start = -(10**9)
        self.earliest_end = 10**9
        self.places: set[frozenset[str]] = set()
        self.families: Counter[str] = Counter()
        self.where: Counter[str] = Counter()
        self._core: tuple[str, str] | None = None

    def add(self, pk: int, doc: int, p: Profile) -> None:
        self._core = None
        self.members.append(pk)
        self.docs[doc] += 1
        self.latest_start = max(self.latest_start, p.days[0])
        self.earliest_end = min(self.earliest_end, p.days[1])
        if p.places:
            self.places.add(p.places)
        self.families[p.family] += 1
        self.where.update(p.places)

    def admits(self, p: Profile) -> bool:
        """Whether ``p`` is compatible with every member (:func:`~reportedly.corpus.profiles.compatible`)."""
        if p.days[0] > self.earliest_end + SLACK_DAYS or p.days[1] < self.latest_start - SLACK_DAYS:
            return False
        return not p.places or all(not p.places.isdisjoint(q) for q in self.places)

    def admits_group(self, other: _Group) -> bool:
        if other.latest_start > self.earliest_end + SLACK_DAYS or self.latest_start > other.earliest_end + SLACK_DAYS:
            return False
        return all(not a.isdisjoint(b) for a in self.places for b in other.places)

    def core(self) -> tuple[str, str]:
        """The family and the place most of its events have (kept until the next :meth:`add`)."""
        if self._core is None:
            fam = max(self.families.items(), key=lambda kv: (kv[1], kv[0]))[0]
            self._core = fam, (max(self.where.items(), key=lambda kv: (kv[1], kv[0]))[0] if self.where else "")
        return self._core


def cluster_events(events: dict[int, tuple[int, tuple[str, str], Profile]],
                   neighbours: dict[int, dict[int, float]]) -> list[list[int]]:
    """Happenings of one component: ``events`` (event -> document, order key, profile) and their links
    (event -> linked event -> score). Returns groups of events of two documents or more (see the module doc).

    The result depends only on the events and links given, not on any order of arrival: events are taken
    by evidence (an own date, a place), then by how many documents they link to, then by their order key
    (document hash, event id).
    """
    def best_links(xs: list[int], only: _Group | None = None) -> dict[_Group, dict[int, float]]:
        """For each group that ``xs`` link to (or ``only`` that one), the best link of ``xs`` with each of its
        documents."""
        out: dict[_Group, dict[int, float]] = {}
        for x in xs:
            for y, sc in neighbours[x].items():
                g = group_of.get(y)
                if g is not None and (only is None or g is only):
                    per_doc = out.setdefault(g, {})
                    if sc > per_doc.get(events[y][0], 0.0):
                        per_doc[events[y][0]] = sc
        return out

    def mean_fit(per_doc: dict[int, float], g: _Group, mine: set[int]) -> float:
        """Mean, over the documents of ``g`` (but one that is all of ``mine``), of their best link."""
        others = [d for d in g.docs if mine != {d}]
        return sum(per_doc.get(d, 0.0) for d in others) / len(others) if others else 0.0

    def fit(xs: list[int], g: _Group) -> float:
        """Mean, over the documents of ``g`` (but one that holds all of ``xs``), of their best link with ``xs``."""
        return mean_fit(best_links(xs, g).get(g, {}), g, {events[x][0] for x in xs})

    def evidence(pk: int) -> int:
        p = events[pk][2]
        return int(p.dated) + int(bool(p.places))

    order = sorted(events, key=lambda pk: (-evidence(pk), -len({events[y][0] for y in neighbours[pk]}),
                                           events[pk][1]))
    groups: list[_Group] = []
    group_of: dict[int, _Group] = {}
    for x in order:
        best, best_fit = None, 0.0
        # fit([x], g) of every group g that x links to, from one pass over its links
        fits = {g: mean_fit(per_doc, g, {events[x][0]}) for g, per_doc in best_links([x]).items()}
        for g in sorted(fits, key=lambda g: g.n):
            if g.admits(events[x][2]) and (f := fits[g]) > best_fit:
                if f < LONE_FIT and not evidence(x) and len(set(g.docs) - {events[x][0]}) < 2:
                    continue
                best, best_fit = g, f
        if best is None or best_fit < FIT:
            best = _Group(len(groups))
            groups.append(best)
        best.add(x, events[x][0], events[x][2])
        group_of[x] = best

    # then groups that fit each other's cores merge, the best pair first, so that a seed taken early does not
    # leave one happening in two
    def merge_score(a: _Group, b: _Group) -> float:
        f = min(fit(a.members, b), fit(b.members, a))
        ca = a.core()
        return f + CORE_BONUS if ca == b.core() and ca[1] else f

    def pairs_of(g: _Group) -> set[tuple[int, int]]:
        """Linked groups of one core family whose core places agree (or one has none): those a seed taken
        early may have split (a headline's version and the body's)."""
        out = set()
        family, place = g.core()
        for x in g.members:
            for y in neighbours[x]:
                h = group_of.get(y)
                if h is None or h is g:
                    continue
                other = h.core()
                if other[0] == family and (other[1] == place or not other[1] or not place):
                    out.add((min(g.n, h.n), max(g.n, h.n)))
        return out

    def pair_score(a: _Group, b: _Group) -> float:
        """:func:`merge_score` of two compatible groups, else -1: a group of events that have only their words
        joins a happening that has a place or a day only when one of its reports already tells that happening
        (its reports' other events anchor it), not through words alone ('drones were striking the roads')."""
        if not a.admits_group(b):
            return -1.0
        if any(map(evidence, a.members)) != any(map(evidence, b.members)) and not set(a.docs) & set(b.docs):
            return -1.0
        return merge_score(a, b)

    alive = {g.n: g for g in groups}
    scores: dict[tuple[int, int], float] = {}
    pairs_with: dict[int, set[tuple[int, int]]] = {}  # group -> its pairs in scores
    best: list[tuple[float, int, int]] = []  # heap of (-score, i, j): the best pair first; stale entries skipped

    def put(k: tuple[int, int], sc: float) -> None:
        scores[k] = sc
        pairs_with.setdefault(k[0], set()).add(k)
        pairs_with.setdefault(k[1], set()).add(k)
        heapq.heappush(best, (-sc, k[0], k[1]))

    for g in groups:
        for i, j in pairs_of(g):
            if (i, j) not in scores:
                put((i, j), pair_score(alive[i], alive[j]))
    while best:
        neg, i, j = heapq.heappop(best)
        if scores.get((i, j)) != -neg:
            continue  # a pair that merged away, or whose score changed since
        if -neg < FIT:
            break
        a, b = alive[i], alive.pop(j)
        for pk in b.members:
            a.add(pk, events[pk][0], events[pk][2])
            group_of[pk] = a
        for k in pairs_with.pop(i, set()) | pairs_with.pop(j, set()):
            scores.pop(k, None)
            for n in k:
                pairs_with.get(n, set()).discard(k)
        for k in pairs_of(a):
            other = alive[k[0] if k[1] == i else k[1]]
            put(k, pair_score(a, other))
    return [g.members for g in sorted(alive.values(), key=lambda g: g.n) if len(g.docs) >= 2]


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

    def finish(self) -> None:
        """Each linker's ``finish`` (the end of a batch of documents), where it has one."""
        for linker in self.linkers:
            finish = getattr(linker, "finish", None)
            if finish is not None:
                finish()
