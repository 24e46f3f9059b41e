"""The happening word index held in memory for one ingest: the candidates of :meth:`Clusterer._link` without a query.

:meth:`reportedly.corpus.identity.Clusterer._link` finds the events to compare with a new one through the
table ``happening_words`` (the heaviest words of every keyed event, with its first day) joined to
``happening_keys`` (its document, last day and family). That query costs about a quarter of a millisecond
per event; a long ingest runs it for every event it writes. :class:`WordIndex` holds the same two tables in
memory (a sorted list of ``(start, event)`` per word, and ``event -> (doc, end, family)``), is kept up to
date by the clusterer's own writes, and answers :meth:`WordIndex.candidates` with the rows the query gives,
in its order.

It is only a cache of the store: the clusterer drops it when another connection committed to the store
(SQLite's ``PRAGMA data_version``) or when a transaction of this store was rolled back
(:attr:`reportedly.corpus.store.Store.rollbacks`), and reads it again when needed. It is built only once an
ingest has linked enough events to repay reading the tables (:func:`worth_building`), and not at all for a
store with more than :data:`MAX_ROWS` indexed words (there the query stays), so memory stays bounded.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable

MAX_ROWS = 1_000_000
"""Stores with more indexed words than this keep the query (about 100 MB of memory at this size)."""
AFTER_LINKS = 200
"""Events an ingest links through the query before it reads the index (a few documents need no index)."""
ROWS_PER_LINK = 100
"""Reading the index costs about as much as this many word rows per event queried: it is read once the
events queried so far are at least the store's rows over this."""


def worth_building(linked: int, rows: int) -> bool:
    """Whether an ingest that has linked ``linked`` events through the query should read an index of ``rows`` rows."""
    return rows <= MAX_ROWS and linked >= max(AFTER_LINKS, rows // ROWS_PER_LINK)


class WordIndex:
    """``happening_words`` and the columns of ``happening_keys`` that select candidates, in memory (see the module
    doc). ``version`` and ``rollbacks`` are the store's ``data_version`` and rollback count when it was read."""

    def __init__(self, db: sqlite3.Connection, version: int, rollbacks: int) -> None:
        self.version, self.rollbacks = version, rollbacks
        self._days: dict[str, str] = {}
        self._words: dict[str, tuple[list[str], list[int]]] = {}
        """Per word, the starts and the events of its rows, in parallel, sorted by (start, event)."""
        self._keys: dict[int, tuple[int, str, str]] = {}
        self.rows = 0
        day = self._day
        rows: dict[str, list[tuple[str, int]]] = {}
        for word, start, event in db.execute("SELECT word, start, event FROM happening_words"):
            rows.setdefault(word, []).append((day(start), event))
            self.rows += 1
        for word, posting in rows.items():
            posting.sort()
            self._words[word] = ([s for s, _ in posting], [e for _, e in posting])
        for event, doc, end, family in db.execute("SELECT event, doc, end, family FROM happening_keys"):
            self._keys[event] = (doc, day(end), family)

    def _day(self, day: str) -> str:
        return self._days.setdefault(day, day)

    def put(self, event: int, doc: int, family: str, start: str, end: str, words: Iterable[str]) -> None:
        """What :meth:`Clusterer._put_key` writes: the key of an event replaced, its words added (a row already
        there is kept once, as ``INSERT OR IGNORE`` does)."""
        self._keys[event] = (doc, self._day(end), family)
        start = self._day(start)
        for word in words:
            starts, events = self._words.setdefault(word, ([], []))
            j = bisect_right(starts, start)
            i = bisect_left(events, event, bisect_left(starts, start, 0, j), j)  # among the rows of this start
            if i < j and events[i] == event:
                continue
            starts.insert(i, start)
            events.insert(i, event)
            self.rows += 1

    def candidates(self, words: list[str], lo: str, hi: str, doc: int, end_from: str, shared: int,
                   family: str) -> list[int]:
        """The events the query of :meth:`Clusterer._link` returns, in its order (by event): those with a word of
        ``words`` indexed at a start in ``[lo, hi]``, of another document than ``doc``, ending on ``end_from`` or
        later, that share ``shared`` such words or are of ``family``."""
        count: Counter[int] = Counter()
        get = self._words.get
        for word in set(words):
            found = get(word)
            if found:
                starts, events = found
                count.update(events[bisect_left(starts, lo):bisect_right(starts, hi)])
        # only the events kept are sorted (most of those counted end too early or share one word of another family)
        kept = self._keys.get
        out = [event for event, n in count.items()
               if (key := kept(event)) is not None and key[1] >= end_from and key[0] != doc
               and (n >= shared or key[2] == family)]
        out.sort()
        return out
