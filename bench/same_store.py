"""Do two corpus stores hold the same thing? For ingest changes that must not change what is stored.

    python bench/same_store.py A.db B.db        # one line per table that differs; exit 1 if any
    python bench/same_store.py A.db B.db -v     # every table, with its row count and digest

Every row of every table is compared (full-text index tables and timestamp columns aside), so two ingests of
the same inputs in the same order, by two checkouts, should give identical stores: documents, actors and
their links, corpus actors and names, statements, events, happenings and their links, claims, origins
(reprints). Disputes are computed from these at query time. A row that differs is named by table and
primary key (the first five). Ingest both stores under one ``PYTHONHASHSEED``: set iteration order follows
it, and code that picks "the first" of a set writes seed-dependent evidence.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from typing import Any

SKIPPED_COLUMNS = frozenset({"ingested_at", "at", "created_at", "updated_at", "applied_at", "failed_at"})
"""Columns that hold when something was written, not what."""


def tables(db: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (sorted), without :data:`SKIPPED_COLUMNS` and without full-text index tables."""
    out = {}
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")]
    for t in names:
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({t})") if r[1] not in SKIPPED_COLUMNS]
        if cols:
            out[t] = sorted(db.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall(), key=repr)
    return out


def digest(rows: list[tuple[Any, ...]]) -> str:
    """A short digest of rows."""
    return hashlib.sha1(repr(rows).encode()).hexdigest()[:12]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every table")
    args = ap.parse_args()
    a, b = tables(sqlite3.connect(args.a)), tables(sqlite3.connect(args.b))
    differing = 0
    for t in sorted(set(a) | set(b)):
        ra, rb = a.get(t, []), b.get(t, [])
        if ra == rb:
            if args.verbose:
                print(f"same {t}: {len(ra)} rows {digest(ra)}")
            continue
        differing += 1
        only_a, only_b = set(ra) - set(rb), set(rb) - set(ra)
        keys = sorted({repr(r[0]) for r in only_a | only_b})[:5]
        print(f"DIFF {t}: {len(ra)} vs {len(rb)} rows; {len(only_a)} only in A, {len(only_b)} only in B "
              f"(first column: {', '.join(keys)})")
    print(f"{len(set(a) | set(b))} tables, {differing} differing")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
