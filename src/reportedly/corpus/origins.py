"""Independent origins: which reports reuse one wire text, so that twenty outlets printing one AFP story
count as one source, not twenty.

**Passages.** A document's text is cut into passages: its paragraphs (lines), and the sentences of a
paragraph longer than :data:`LONG_PARAGRAPH` words (a text with no line breaks). Passages of fewer than
:data:`MIN_WORDS` words (headlines, bylines, "READ MORE" lines) and passages that are mostly removed
debris (captions, subheads) are left out. A passage is the set of its word 3-grams (lower-cased).

**Reuse.** Two documents share wire text when at least :data:`MIN_PASSAGES` passages of one have a
near-duplicate in the other (Jaccard of their 3-gram sets at least :data:`PASSAGE_MATCH`) and those
passages hold at least :data:`COVERAGE` of the words of the shorter side (the larger of the two
coverages). So a reprint with a new headline, a paragraph cut or a local paragraph added is found (on
our story corpora the reprints cover 0.59 to 0.97 of each other), and two reports of one event that
quote the same official (one passage alike, a small share of either) are not.

**Why MinHash, and the thresholds.** Finding near-duplicate passages among every stored document
cannot compare each new passage with all others. Each passage gets a MinHash of its 3-grams
(datasketch's ``affine32`` scheme, computed with numpy by :func:`minhashes`; :data:`NUM_PERM`
permutations, fixed seed and scheme, so that stored keys stay comparable between runs) cut into
:data:`BANDS` bands of :data:`ROWS` rows: the band parameters that ``datasketch.MinHashLSH`` chooses
for threshold 0.5. Each band is a 32-bit key in ``origin_keys`` (indexed), so the documents sharing a
band with a new passage are found by one indexed look-up. A passage pair with Jaccard 0.8 shares a band
with probability 0.99, at 0.6 with 0.67, at 0.3 with 0.06;
a reprint shares several passages, so missing a reprinted document is unlikely (reprinted passages in
our corpora have Jaccard 0.46 to 1.0, most of them 1.0). A document becomes a candidate when two of
its passages hit (one when the new document has only one), and the candidate is then checked exactly
(3-gram Jaccard of every passage pair), so LSH false positives cost time, never a wrong join.

Figures on the tune parts of the five story corpora (``python bench/stories.py reprints --split tune
--passages``): the 3,628 passages of documents that are not reprints of each other have at most Jaccard
0.31 with any passage of the other document (one above 0.2); the 15 document pairs of the 11 gold
reprint groups cover 0.58 to 0.97 of each other (the larger side) through 5 to 8 passages. Exact
matching of passages (Jaccard 1.0) would find 11 of the 15 pairs: reprints edit sentences (a changed
tense, a name spelt another way, a sentence cut), which drops four pairs to a coverage of 0.07-0.48.
Sentence embeddings would join two reports of one event that are not one text.

**Origin groups.** The documents that share text form components; within one component the documents
are taken in order (publication date, a dateline credit first, then hash) and each joins the group of
the first earlier group head it shares text with, else heads a group of its own. A roundup that pastes
an AFP story and a Reuters story shares text with both, but the two wires stay two groups. The result
depends only on which documents are current, never on the order they came in: each new document
recomputes the groups of its component (and a new version recomputes the component its old version
was in). Every current document has a row in ``origins``: its group's head document (itself when it
shares text with nothing), its credit (:mod:`reportedly.corpus.credits`) and how much of its text
the head holds.

**Independent origins.** Among some documents (those reporting one happening, or one side of a
dispute), the independent origins are their origin groups, where groups whose text is credited to the
same agency count once (two AFP stories are one source). :func:`sources` gives them, each group with
its head and its reprints::

    from reportedly.corpus.origins import sources
    found = sources(store, [12, 15, 19])        # document row numbers (documents.pk)
    found.independent                           # 2
    [(g.origin.id, [r.document.id for r in g.reprints]) for g in found.groups]

The stored table ``origins (doc, origin, credit, how, reuse, cited)`` is there for SQL.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, Field

from ..model import Document, Removed
from .credits import credits
from .query import DocRef, _docref, _marks
from .store import Store, sentence_ends

NUM_PERM = 32
"""MinHash permutations per passage."""
SEED = 1
"""MinHash seed: stored band keys are only comparable with the same seed, scheme and permutations."""
BANDS, ROWS = 8, 4
"""LSH bands and rows per band: ``datasketch.MinHashLSH(threshold=0.5, num_perm=32)`` chooses these."""
SHINGLE = 3
"""Words per shingle."""
MIN_WORDS = 8
"""Shorter passages (headlines, bylines, credit lines) are left out."""
LONG_PARAGRAPH = 80
"""A paragraph longer than this many words is cut into its sentences."""
PASSAGE_MATCH = 0.5
"""Two passages are near-duplicates at this Jaccard of their shingles or more."""
COVERAGE = 0.5
"""Two documents share wire text when near-duplicate passages hold this share of the shorter one's words."""
MIN_PASSAGES = 2
"""... and at least this many of its passages (one quotation alike is not a shared text)."""


@dataclass(frozen=True)
class Passage:
    """One paragraph or sentence of a document, as compared for reuse."""

    start: int
    end: int
    words: int
    shingles: frozenset[str]


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.casefold())
    if s.isascii():  # no combining mark to drop (most English copy): the string as it is
        return s
    return "".join(c for c in s if not unicodedata.combining(c))


def _shingles(words: list[str]) -> frozenset[str]:
    return frozenset(" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)))


def passages(text: str, removed: Iterable[Removed] = (), title: str | None = None) -> list[Passage]:
    """The passages of a text (see the module doc), debris spans and the headline (a first line that is the
    ``title``: reprints write their own) left out."""
    debris = sorted(s for r in removed if r.kind != "dateline" for s in r.spans)
    out: list[Passage] = []
    ends: list[int] | None = None
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.span()
        if title and a == text.find(title) == 0 and b <= len(title) + 1:
            continue
        covered = sum(max(0, min(b, e) - max(a, s)) for s, e in debris)
        if covered * 2 >= b - a:
            continue
        words = re.findall(r"\w+", _fold(m.group(0)))
        if len(words) < MIN_WORDS:
            continue
        if len(words) <= LONG_PARAGRAPH:
            out.append(Passage(a, b, len(words), _shingles(words)))
            continue
        ends = sentence_ends(text) if ends is None else ends
        cuts = [a] + [e for e in ends if a < e < b] + [b]
        for s, e in itertools.pairwise(cuts):
            w = re.findall(r"\w+", _fold(text[s:e]))
            if len(w) >= MIN_WORDS:
                out.append(Passage(s, e, len(w), _shingles(w)))
    return out


@lru_cache(maxsize=1)
def _permutations() -> tuple[Any, Any]:
    """The affine permutations ``h -> a * h + b (mod 2**32)`` of datasketch's ``affine32`` scheme for
    :data:`NUM_PERM` and :data:`SEED`: drawn from ``numpy.random.RandomState(SEED)`` as datasketch 2.0 draws
    them (``a`` odd)."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv: Any) -> Any:
    """The MurmurHash3 32-bit finalizer (a bijection of uint32), which the ``affine32`` scheme applies to each
    input hash once before the permutations."""
    import numpy as np

    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def minhashes(shingle_sets: list[frozenset[str]]) -> Any:
    """MinHash signatures (uint32, one row of :data:`NUM_PERM` values per non-empty set): bit for bit what
    ``datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")`` gives after ``update_batch`` of
    the UTF-8 shingles (the input hash is the first 4 bytes of SHA-1, little-endian).

    Computed here with numpy rather than with datasketch: importing datasketch imports its LSH classes and
    with them scipy, about a second of CPU at the first document an ingest writes (the stored band keys stay
    the same; ``tests/test_corpus_origins.py`` checks both against datasketch and against fixed values)."""
    import numpy as np

    a, b = _permutations()
    out = np.full((len(shingle_sets), NUM_PERM), 0xFFFFFFFF, dtype=np.uint32)  # an empty set's signature
    sizes = [len(s) for s in shingle_sets]
    filled = [i for i, n in enumerate(sizes) if n]
    if filled:
        flat = b"".join(hashlib.sha1(x.encode()).digest()[:4] for shingles in shingle_sets for x in shingles)
        hv = np.frombuffer(flat, dtype="<u4").astype(np.uint32)
        phv = _fmix32(hv)[:, None] * a + b
        starts = np.cumsum([0, *sizes[:-1]])[filled]
        out[filled] = np.minimum.reduceat(phv, starts, axis=0)
    return out


def band_keys(found: list[Passage]) -> list[set[int]]:
    """For each passage, its LSH band keys (32-bit, band number included)."""
    if not found:
        return []
    out = []
    width = 4 * ROWS  # the bytes of one band's values
    for values in minhashes([p.shingles for p in found]).astype("<u4"):
        row = values.tobytes()  # the band's bytes are the same sliced from the row as from the array
        keys = set()
        for band in range(BANDS):
            digest = hashlib.blake2b(bytes([band]) + row[band * width:(band + 1) * width], digest_size=4).digest()
            keys.add(int.from_bytes(digest, "little", signed=True))
        out.append(keys)
    return out


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a or b else 0.0


@dataclass(frozen=True)
class Overlap:
    """How much of two documents is the same text."""

    coverage_a: float
    """Share of the first document's passage words in passages that the second holds."""
    coverage_b: float
    passages_a: int
    passages_b: int

    @property
    def shared(self) -> bool:
        """Whether the two documents share wire text (see the module doc)."""
        if self.coverage_a >= self.coverage_b:
            return self.coverage_a >= COVERAGE and self.passages_a >= MIN_PASSAGES
        return self.coverage_b >= COVERAGE and self.passages_b >= MIN_PASSAGES


def overlap(a: list[Passage], b: list[Passage]) -> Overlap:
    """The exact overlap of two documents' passages."""
    hit_a: set[int] = set()
    hit_b: set[int] = set()
    for i, p in enumerate(a):
        for j, q in enumerate(b):
            small, large = sorted((len(p.shingles), len(q.shingles)))
            if small < PASSAGE_MATCH * large:
                continue  # Jaccard cannot reach the threshold
            if jaccard(p.shingles, q.shingles) >= PASSAGE_MATCH:
                hit_a.add(i)
                hit_b.add(j)

    def cov(found: list[Passage], hit: set[int]) -> float:
        total = sum(p.words for p in found)
        return sum(found[i].words for i in hit) / total if total else 0.0

    return Overlap(cov(a, hit_a), cov(b, hit_b), len(hit_a), len(hit_b))


# --- writing ------------------------------------------------------------------------------------

class Origins:
    """Keeps ``origins`` (and the keys and links behind it) up to date as documents are written.

    It has the ``link_document`` of :class:`reportedly.corpus.store.ActorLinker`: the ingest calls it,
    with the actor linker and the happenings, inside the transaction that writes each document.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self) -> sqlite3.Connection:
        return self.store.db

    def link_document(self, doc_pk: int, doc: Document, actor_pk: dict[str, int], doc_hash: str) -> None:
        """Key the passages of a document being written, link it to the stored documents it shares text
        with, and recompute the origin groups it and its earlier versions touch (caller's transaction)."""
        self._write(doc_pk, doc, passages(doc.text, doc.removed, doc.meta.title))
        old = [r[0] for r in self.db.execute(
            "SELECT pk FROM documents WHERE key = (SELECT key FROM documents WHERE pk = ?) AND pk != ?",
            (doc_pk, doc_pk))]
        touched = {doc_pk, *self._linked(old)}
        self._regroup(touched)

    def revive(self, doc_pk: int) -> None:
        """A stored version became the current one again: recompute the groups around it and its siblings."""
        pks = [r[0] for r in self.db.execute(
            "SELECT pk FROM documents WHERE key = (SELECT key FROM documents WHERE pk = ?)", (doc_pk,))]
        self._regroup({doc_pk, *self._linked(pks)})

    def _write(self, doc_pk: int, doc: Document, found: list[Passage]) -> None:
        keys = band_keys(found)
        self.db.executemany("INSERT OR IGNORE INTO origin_keys (key, doc) VALUES (?, ?)",
                            sorted({(k, doc_pk) for ks in keys for k in ks}))
        c = credits(doc)
        self.db.execute(
            "INSERT OR REPLACE INTO origins (doc, origin, credit, how, reuse, cited) VALUES (?, ?, ?, ?, 0, ?)",
            (doc_pk, doc_pk, c.credit, c.how, json.dumps(sorted({x.agency for x in c.cited}))))
        for other in self._candidates(doc_pk, keys):
            o = overlap(found, self._passages(other))
            if o.shared:
                a, b = sorted((doc_pk, other))
                cov_a, cov_b = (o.coverage_a, o.coverage_b) if a == doc_pk else (o.coverage_b, o.coverage_a)
                self.db.execute("INSERT OR REPLACE INTO origin_links (a, b, cover_a, cover_b) VALUES (?, ?, ?, ?)",
                                (a, b, round(cov_a, 3), round(cov_b, 3)))

    def _candidates(self, doc_pk: int, keys: list[set[int]]) -> list[int]:
        """Current documents (other sources than this one) that share a band with two of its passages."""
        by_key: dict[int, set[int]] = {}
        for n, ks in enumerate(keys):
            for k in ks:
                by_key.setdefault(k, set()).add(n)
        hits: dict[int, set[int]] = {}
        flat = sorted(by_key)
        for i in range(0, len(flat), 500):
            part = flat[i:i + 500]
            for key, doc in self.db.execute(
                    f"""SELECT k.key, k.doc FROM origin_keys k JOIN documents d ON d.pk = k.doc
                        WHERE k.key IN ({_marks(part)}) AND k.doc != ? AND d.current
                        AND d.key != (SELECT key FROM documents WHERE pk = ?)""", [*part, doc_pk, doc_pk]):
                hits.setdefault(doc, set()).update(by_key[key])
        need = min(MIN_PASSAGES, len(keys))
        return sorted(d for d, found in hits.items() if len(found) >= need)

    def _passages(self, doc_pk: int) -> list[Passage]:
        r = self.db.execute("SELECT text, removed, title FROM documents WHERE pk = ?", (doc_pk,)).fetchone()
        return passages(r[0], [Removed.from_dict(x) for x in json.loads(r[1])], r[2])

    def _linked(self, pks: Iterable[int]) -> set[int]:
        out: set[int] = set()
        for pk in pks:
            out.update(r[0] for r in self.db.execute(
                "SELECT b FROM origin_links WHERE a = ? UNION SELECT a FROM origin_links WHERE b = ?", (pk, pk)))
        return out

    def _component(self, start: int) -> set[int]:
        """Current documents reachable from ``start`` through links between current documents."""
        seen, todo = {start}, [start]
        while todo:
            pk = todo.pop()
            for (n,) in self.db.execute(
                    """SELECT l.b FROM origin_links l JOIN documents d ON d.pk = l.b WHERE l.a = ? AND d.current UNION
                       SELECT l.a FROM origin_links l JOIN documents d ON d.pk = l.a WHERE l.b = ? AND d.current""",
                    (pk, pk)):
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        return seen

    def _regroup(self, pks: set[int]) -> None:
        done: set[int] = set()
        current = {r[0] for r in self.db.execute(
            f"SELECT pk FROM documents WHERE pk IN ({_marks(sorted(pks))}) AND current", sorted(pks))}
        for pk in sorted(current):
            if pk not in done:
                members = self._component(pk)
                done |= members
                self._assign(members)

    def _assign(self, members: set[int]) -> None:
        """Origin groups of one component (see the module doc), written to ``origins``."""
        m = sorted(members)
        rows = {r["pk"]: r for r in self.db.execute(
            f"""SELECT d.pk, d.published, d.hash, o.how FROM documents d LEFT JOIN origins o ON o.doc = d.pk
                WHERE d.pk IN ({_marks(m)})""", m)}
        links: dict[tuple[int, int], tuple[float, float]] = {}
        for r in self.db.execute(f"SELECT * FROM origin_links WHERE a IN ({_marks(m)}) AND b IN ({_marks(m)})",
                                 m + m):
            links[(r["a"], r["b"])] = (r["cover_a"], r["cover_b"])
        order = sorted(m, key=lambda pk: (rows[pk]["published"] or "9999", rows[pk]["how"] != "dateline",
                                          rows[pk]["hash"]))
        heads: list[int] = []
        for pk in order:
            head = next((h for h in heads if (min(h, pk), max(h, pk)) in links), None)
            if head is None:
                heads.append(pk)
                self.db.execute("UPDATE origins SET origin = ?, reuse = 0 WHERE doc = ?", (pk, pk))
            else:
                cover = links[(min(head, pk), max(head, pk))]
                self.db.execute("UPDATE origins SET origin = ?, reuse = ? WHERE doc = ?",
                                (head, cover[0] if pk < head else cover[1], pk))

    def pending(self) -> bool:
        """Whether the store has documents written before origins existed (see :meth:`rebuild`)."""
        return self.db.execute("SELECT 1 FROM origin_backfill LIMIT 1").fetchone() is not None

    def rebuild(self) -> int:
        """Recompute every key, link and origin group from the stored documents; returns the number of groups
        of two documents or more."""
        with self.store.transaction():
            for table in ("origin_keys", "origin_links", "origins", "origin_backfill"):
                self.db.execute(f"DELETE FROM {table}")
            for r in self.db.execute("SELECT pk FROM documents ORDER BY pk").fetchall():
                doc = self.store.document(int(r[0]))
                self._write(int(r[0]), doc, passages(doc.text, doc.removed, doc.meta.title))
            self._regroup({r[0] for r in self.db.execute("SELECT pk FROM documents WHERE current")})
            return int(self.db.execute(
                """SELECT COUNT(*) FROM (SELECT o.origin FROM origins o JOIN documents d ON d.pk = o.doc
                   WHERE d.current GROUP BY o.origin HAVING COUNT(*) > 1)""").fetchone()[0])


# --- reading ------------------------------------------------------------------------------------

class Reprint(BaseModel):
    """A document that reuses its group head's text."""

    document: DocRef
    credit: str | None = None
    reuse: float = Field(0.0, description="Share of this document's text found in the head's (0 to 1).")


class OriginGroup(BaseModel):
    """One origin: a document and the documents that reprint its text."""

    origin: DocRef = Field(description="The group's first document: the wire text as first published.")
    credit: str | None = Field(None, description="The agency the group's text is credited to ('AFP'), if any.")
    source: str = Field(description="What counts as one independent origin: 'agency:AFP', or 'document:<hash>'.")
    reprints: list[Reprint] = Field(default_factory=list)

    @property
    def documents(self) -> list[DocRef]:
        """The head and its reprints."""
        return [self.origin, *(r.document for r in self.reprints)]


class Sources(BaseModel):
    """The origins of some documents: how many are independent, and each group with its reprints."""

    independent: int = Field(description="Independent origins: groups, those credited to one agency counted once.")
    groups: list[OriginGroup] = Field(default_factory=list)


def sources(store: Store, doc_pks: Iterable[int]) -> Sources:
    """The origin groups of the given documents (row numbers, ``documents.pk``), restricted to them.

    Each group is headed by its origin document when it is among them (else by the earliest of them in the
    group); groups come in order of their head. A document the store has no origin for (written before
    migration 0004 and not yet backfilled) is its own origin.
    """
    pks = sorted(set(doc_pks))
    if not pks:
        return Sources(independent=0)
    rows = []
    for i in range(0, len(pks), 500):
        part = pks[i:i + 500]
        rows += store.db.execute(
            f"""SELECT d.pk, d.doc_id, d.hash, d.title, d.outlet, d.published, o.origin, o.credit, o.how, o.reuse
                FROM documents d LEFT JOIN origins o ON o.doc = d.pk WHERE d.pk IN ({_marks(part)})""",
            part).fetchall()
    by_origin: dict[int, list[sqlite3.Row]] = {}
    for r in rows:
        by_origin.setdefault(r["origin"] if r["origin"] is not None else r["pk"], []).append(r)
    groups: list[tuple[tuple[str, bool, str], OriginGroup]] = []
    for origin, members in by_origin.items():
        members.sort(key=lambda r: (r["pk"] != origin, r["published"] or "9999", r["how"] != "dateline", r["hash"]))
        head = members[0]
        credit = next((r["credit"] for r in members if r["credit"]), None)
        source = f"agency:{credit}" if credit else f"document:{head['hash']}"
        g = OriginGroup(origin=_docref(head), credit=credit, source=source,
                        reprints=[Reprint(document=_docref(r), credit=r["credit"], reuse=r["reuse"] or 0.0)
                                  for r in members[1:]])
        groups.append(((head["published"] or "9999", head["how"] != "dateline", head["hash"]), g))
    ordered = [g for _, g in sorted(groups, key=lambda x: x[0])]
    return Sources(independent=len({g.source for g in ordered}), groups=ordered)


def origin_groups(store: Store, *, min_documents: int = 2) -> list[OriginGroup]:
    """Every origin group of the current documents with at least ``min_documents`` documents, oldest first."""
    rows = store.db.execute(
        """SELECT o.origin FROM origins o JOIN documents d ON d.pk = o.doc WHERE d.current
           GROUP BY o.origin HAVING COUNT(*) >= ?""", (min_documents,)).fetchall()
    out: list[OriginGroup] = []
    for (origin,) in rows:
        pks = [r[0] for r in store.db.execute(
            "SELECT o.doc FROM origins o JOIN documents d ON d.pk = o.doc WHERE o.origin = ? AND d.current",
            (origin,))]
        out += sources(store, pks).groups
    return sorted(out, key=lambda g: (g.origin.published or "9999", g.origin.hash))


def doc_pks(store: Store, refs: Iterable[str]) -> list[int]:
    """Document row numbers of document ids or hashes (current versions for ids)."""
    out = []
    for ref in refs:
        r = store.db.execute("SELECT pk FROM documents WHERE hash = ? OR (doc_id = ? AND current) "
                             "ORDER BY hash = ? DESC LIMIT 1", (ref, ref, ref)).fetchone()
        if r is not None:
            out.append(int(r[0]))
    return out
