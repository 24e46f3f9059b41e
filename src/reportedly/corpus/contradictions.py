"""Where sources disagree: disputes, each one claim with who asserts it and who denies it, across reports.

In: a store whose documents have claims (:mod:`.claims`, written at ingest). Out: :class:`Dispute` records,
grouped by :mod:`.disputes`, best supported first: the claim in plain words, its kind (denial, counter,
correction), and two sides, each with its sources, its documents, its independent origins (a report that
reprints another's wire text is listed under that origin and counted once) and every piece of evidence
(the quotation, its sentence, the statement or event it comes from, with spans into the text).

A dispute needs two different sources, not two countries: a company and a regulator, a party and an
electoral commission, the police and witnesses. ``--actor``, ``--place`` and the dates narrow it.

**Why embeddings and words** (:mod:`.similarity`): claims are compared by ``0.25 x`` the idf-weighted
cosine of their stems plus ``0.75 x`` the cosine of their ``wordllama`` sentence embeddings (static
embeddings whose weights ship inside the wheel). Measured on the tune parts of the five story corpora
(28 gold disputes), the same grouping and thresholds, ``python bench/stories.py disputes --split tune
--lexical-weight W``:

======================  ======  ==========  ================
similarity (W)          recall  one to one  precision top 10
======================  ======  ==========  ================
words only (1.0)        0.714   0.714       0.605 (23/38)
half and half (0.5)     0.786   0.786       0.767 (23/30)
shipped (0.25)          0.821   0.821       0.800 (24/30)
embeddings only (0.0)   0.821   0.821       0.800 (24/30)
======================  ======  ==========  ================

Words alone split one dispute into several, which costs precision: 'Someone set this fire' and 'the fire was
arson' share only 'fire', while their embeddings are 0.59 alike (0.63 for 'the fire was set deliberately').
The shipped weight keeps a share for words (names, numbers' units) at no cost on the tune parts,
and two groups are merged only when they also share words (:data:`~.disputes.LEXICAL_FLOOR`). Candidates are
every claim of the store: a store of tens of thousands of claims would want them looked up through the
full-text index of claims (``claims_fts``), which the store keeps for that.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field

from ..errors import InputError
from ..model import Span
from ..text.places import candidates
from . import similarity
from .affiliation import affiliations
from .causes import blamed_pairs
from .claims import CLAIM_STATUSES, DENIAL_STATUSES, negation_led, polarity
from .disputes import Group, Row, group
from .fragments import join_fragments
from .frames import disputes, frames, judge
from .names import normalise
from .origins import sources
from .outcomes import notice_pairs, outcome_pairs
from .polarity import (
    agent,
    agent_pairs,
    blame_pairs,
    doer_pairs,
    main_clause,
    modal,
    nobody_pairs,
    polar_pairs,
    predicate_pairs,
    reply_pairs,
)
from .propositions import Quantity, Vocabulary, measures_named, participants
from .query import ActorRef, DocRef, EventHit, StatementHit, _actor_filter, _date, _marks, event_hits, statement_hits
from .sides import antecedents
from .similarity import Vec
from .store import Store
from .terms import anchors

__all__ = ["CLAIM_STATUSES", "DENIAL_STATUSES", "Dispute", "DisputeSide", "Evidence", "Origin", "contradictions",
           "disputes", "frames", "judge"]

Kind = Literal["denial", "counter", "correction"]


class Evidence(BaseModel):
    """One claim on one side of a dispute: who, in which report, in what words."""

    document: DocRef
    origin: str = Field(description="The id of the document whose text this report reprints, else its own id.")
    kind: Literal["assertion", "report", "denial", "counter", "correction"] = Field(
        description="assertion (a source says it), report (the report says it in its own voice), denial, counter or "
                    "correction.")
    source: str = Field(description="Who: the speakers' names, else the words the text uses.")
    speakers: list[ActorRef] = Field(default_factory=list)
    quote: str = Field(description="The words that assert or deny (the statement's content, or the clause).")
    sentence: str = Field(description="The sentence around them.")
    date: str | None = None
    terms: list[str] = Field(default_factory=list, description="The words that make it a denial, counter or "
                                                               "correction.")
    values: list[str] = Field(default_factory=list, description="The numbers it gives ('27 percent').")
    statement: StatementHit | None = None
    event: EventHit | None = None
    spans: dict[str, list[Span]] = Field(default_factory=dict, description="quote and sentence spans.")


class Origin(BaseModel):
    """An independent origin of a side: the report whose text it is, and the reports that reprint it."""

    document: str = Field(description="The id of the origin document (the wire text as first published).")
    credit: str | None = Field(None, description="The agency the text is credited to ('AFP'), if any.")
    reprints: list[str] = Field(default_factory=list, description="Ids of the documents that reprint it.")


class DisputeSide(BaseModel):
    """Who asserts (or denies) a dispute's claim, in which reports, with the evidence."""

    sources: list[str] = Field(description="Names of the sources, most evidence first.")
    actors: list[ActorRef] = Field(default_factory=list)
    documents: list[str] = Field(description="Ids of the documents on this side.")
    origins: list[Origin] = Field(description="Independent origins, each with the documents that reprint it.")
    independent: int = Field(description="How many independent origins: reprints counted once, and groups "
                                         "credited to one agency counted once.")
    evidence: list[Evidence]


class Dispute(BaseModel):
    """One claim that a source asserts and another denies, counters or corrects."""

    id: str = Field(description="Stable key: the same evidence gives the same id.")
    kind: Kind = Field(description="denial, counter (an incompatible value or account) or correction.")
    claim: str = Field(description="What is disputed, in the words of the reports.")
    asserted: DisputeSide
    denied: DisputeSide
    score: float = Field(description="Independent evidence on both sides (what the list is ranked by).")
    explanation: str
    happening: int | None = Field(None, description="The happening both sides are about, when their events are in "
                                                    "one.")


# --- loading --------------------------------------------------------------------------------------------


def _rows(store: Store, since: str | None, until: str | None,
          scope: str = "all") -> tuple[dict[int, Row], dict[int, sqlite3.Row]]:
    """Every claim of the current documents (between two dates; of statements of class speech only with
    ``scope='speech'``), as grouping rows and as stored rows."""
    where, params = ["d.current"], []
    if scope == "speech":
        where.append("(c.statement IS NULL OR c.statement IN (SELECT pk FROM statements WHERE "
                     "statement_class = 'speech'))")
    if since:
        where.append("(c.date IS NULL OR c.date >= ?)")
        params.append(since)
    if until:
        where.append("(c.date IS NULL OR c.date <= ?)")
        params.append(until)
    stored = store.db.execute(
        f"""SELECT c.*, d.doc_id, d.hash, d.title, d.outlet, d.published,
                   substr(d.text, 1, length(coalesce(d.title, '')) + 1) AS doc_text_start,
                   substr(d.text, c.sentence_start + 1, 80) AS lead,
                   (SELECT s.cue_lemma FROM statements s WHERE s.pk = c.statement) AS cue FROM claims c JOIN documents d
            ON d.pk = c.doc WHERE {' AND '.join(where)} ORDER BY c.doc, c.n""", params).fetchall()
    sources: dict[int, set[int]] = defaultdict(set)
    nation: dict[int, set[str]] = defaultdict(set)
    nationals: dict[int, set[str]] = defaultdict(set)
    pks = [r["pk"] for r in stored]
    for i in range(0, len(pks), 500):
        part = pks[i:i + 500]
        for r in store.db.execute(
                f"""SELECT cs.claim, a.corpus_actor, ca.type, ca.country FROM claim_sources cs
                    JOIN actors a ON a.pk = cs.actor JOIN corpus_actors ca ON ca.id = a.corpus_actor
                    WHERE cs.claim IN ({_marks(part)})""", part):
            sources[r[0]].add(r[1])
            if r[3]:
                (nation if r[2] == "country" else nationals)[r[0]].add(r[3])
    allies = _allies(store, sorted({r["doc"] for r in stored}))
    rows = {}
    for r in stored:
        rows[r["pk"]] = Row(
            pk=r["pk"], doc=r["doc"], n=r["n"], position=r["position"], kind=r["kind"], weak=bool(r["weak"]),
            sources=frozenset(sources.get(r["pk"], ())), source_text=r["source_text"],
            allies=frozenset(o for a in sources.get(r["pk"], ()) for o in allies.get(a, ())),
            nation=frozenset(nation.get(r["pk"], ())), nationals=frozenset(nationals.get(r["pk"], ())),
            own=bool(_OWN.search(r["proposition"] or "")), lead=r["lead"] or "", modal=modal(r["proposition"] or ""),
            self_led=bool(_SELF.match(r["proposition"] or "")),
            words=tuple(r["words"].split()), target=r["target"], hint=tuple(json.loads(r["hint"])),
            quantities=[Quantity.from_list(q) for q in json.loads(r["quantities"])],
            old_values=json.loads(r["old_values"]), date=r["date"], order=(r["date"] or "", r["doc"], r["n"]),
            span=(r["start"], r["end"]), sentence=(r["sentence_start"], r["sentence_end"]),
            frames=_frame_names(r["proposition"]), who=participants(r["proposition"] or ""),
            counts=measures_named(r["proposition"] or ""),
            anchors=frozenset(anchors(r["proposition"])), places=_places(r),
            negative=bool(r["proposition"]) and negation_led(r["proposition"]),
            polar=_polar(r["proposition"]),
            headline=r["start"] < len(r["title"] or "") and (r["doc_text_start"] or "").startswith(r["title"] or "\0"))
    _elided_people(rows)
    return rows, {r["pk"]: r for r in stored}


def _elided_people(rows: dict[int, Row]) -> None:
    """A figure that names no people ('the organisers say more than 80 were hurt') counts the people of the figure of
    the same measure just before it in its sentence ('the observatory counted 46 injured protesters; the organisers
    say more than 80 were hurt'): the groups are added to its ``whose`` in place."""
    by_sentence: dict[tuple[int, tuple[int, int]], list[Row]] = defaultdict(list)
    for r in rows.values():
        if r.quantities and r.sentence != (0, 0):
            by_sentence[(r.doc, r.sentence)].append(r)
    for found in by_sentence.values():
        if len(found) < 2:
            continue
        found.sort(key=lambda r: r.span)
        for i, r in enumerate(found):
            for j, q in enumerate(r.quantities):
                if not q.measure or any(w.isalpha() and w.islower() for w in q.whose):
                    continue
                before = [p for o in found[:i] if o.span[0] < r.span[0] for p in o.quantities
                          if p.measure == q.measure and any(w.isalpha() and w.islower() for w in p.whose)]
                if before:
                    people = {w for w in before[-1].whose if w.isalpha() and w.islower()}
                    r.quantities[j] = replace(q, whose=q.whose | people)


_SELF = re.compile(r"\W*(?:that\s+)?(?:it|we|they|he|she|our|its|their|his|her)\b", re.I)
"""A proposition that opens with its source itself ('it has not refused anyone')."""
_OWN = re.compile(r"\b(?:of\s+(?:its|our|their)|(?:our|its|their)\s+own)\s+[a-z]+", re.I)
"""'nine of its soldiers', 'our own staff': the source counts its own people."""


def _allies(store: Store, docs: list[int]) -> dict[int, set[int]]:
    """Person corpus actor -> the corpus actors of the organisations some report ties it to by a role
    (:func:`.affiliation.affiliations`: 'Sofia Malmberg, Kvarnholm's head of communications')."""
    out: dict[int, set[int]] = defaultdict(set)
    for i in range(0, len(docs), 200):
        part = docs[i:i + 200]
        texts = {r[0]: r[1] for r in store.db.execute(
            f"SELECT pk, text FROM documents WHERE pk IN ({_marks(part)})", part)}
        actors: dict[int, list[tuple[object, str, list[tuple[int, int]]]]] = defaultdict(list)
        corpus: dict[int, int] = {}
        for pk, doc, kind, mentions, ca in store.db.execute(
                f"""SELECT pk, doc, type, mentions, corpus_actor FROM actors WHERE doc IN ({_marks(part)})
                    AND corpus_actor IS NOT NULL AND type IN ('person', 'organization')""", part):
            actors[doc].append((pk, kind, [tuple(m) for m in json.loads(mentions)]))
            corpus[pk] = ca
        for doc, found in actors.items():
            for person, orgs in affiliations(texts[doc], found).items():
                out[corpus[person]] |= {corpus[o] for o in orgs if corpus[o] != corpus[person]}
    return out


def _polar(proposition: str) -> tuple[bool, frozenset[str]]:
    """A claim's polarity (:func:`.claims.polarity`: it says something was not done) and the stems of the words
    that say so."""
    return polarity(proposition) if proposition else (False, frozenset())


def _frame_names(text: str) -> frozenset[str]:
    """The conflict frames (``data/disputes.tsv``) a proposition's words belong to, either polarity."""
    return frozenset(m.label[:-1] for m in frames().find(text) if not m.label.startswith("refute")) if text else \
        frozenset()


def _places(r: sqlite3.Row) -> frozenset[str]:
    """The known places a claim names: place-like names of its proposition that the gazetteer knows, and the
    places of its events."""
    named = {a for a in anchors(r["proposition"]) if _known_place(a)}
    return frozenset(named | {normalise(p) for p in json.loads(r["places"])})


@lru_cache(maxsize=4096)
def _known_place(name: str) -> bool:
    return bool(candidates(name))


def _vocabulary(rows: dict[int, Row]) -> Vocabulary:
    return Vocabulary.of(r.words for r in rows.values())


# --- building -------------------------------------------------------------------------------------------


def contradictions(store: Store, *, actor: str | None = None, place: str | None = None, since: str | None = None,
                   until: str | None = None, across_documents: bool = False, limit: int | None = 100,
                   scope: str = "all") -> list[Dispute]:
    """Disputes of the store, best supported first (see the module doc).

    Args:
        actor: only disputes where this actor (see :func:`reportedly.corpus.query.find_actors`) is on a side.
        place: only disputes whose evidence names this place ('Gävle').
        since, until: dates of the claims (YYYY-MM-DD).
        across_documents: only disputes whose evidence comes from two documents or more.
        limit: at most this many (None: all).
        scope: ``all`` (every statement class: a source that believes a town has fallen holds it as much as
            one that says so) or ``speech`` (only what was said); claims of events a source claims or denies
            with no statement behind them are read either way.
    """
    if scope not in ("all", "speech"):
        raise InputError("--scope", f"'{scope}' is not a scope (use one of all, speech)")
    since, until = _date(since, "--since"), _date(until, "--until")
    wanted = set(_actor_filter(store, actor) or []) if actor else None
    rows, stored = _rows(store, since, until, scope)
    vocab = _vocabulary(rows)
    vectors = similarity.vectors({pk: r.words for pk, r in rows.items()},
                                 {pk: stored[pk]["proposition"] for pk in rows}, vocab)
    props = {pk: stored[pk]["proposition"] for pk in rows}
    polar, blames = polar_pairs(rows, props, vectors), blame_pairs(rows, props, vectors)
    acts = predicate_pairs(rows, props) + nobody_pairs(rows, props, vectors) + reply_pairs(rows, props, vectors)
    acts += outcome_pairs(rows, props)  # two readouts of one call: a deal reached against none
    paired = {pk for pair in polar + acts for pk in pair}  # a warning issued against none issued, told already
    acts += [p for p in notice_pairs(rows, props, vectors) if not paired & set(p)]  # a notice sent, none received
    officers = antecedents(rows)
    cues = {pk: (stored[pk]["cue"] or "").lower() for pk in rows}
    blames = list(dict.fromkeys(blames + agent_pairs(rows, props) + blamed_pairs(rows, cues, vectors, officers)))
    told = {pk for pair in blames + polar + acts for pk in pair}  # who did it, told already: no second dispute
    blames += [(a, b) for a, b in doer_pairs(rows, props) if a not in told and b not in told]
    doers = {pk: agent(main_clause(props[pk] or "")) for pair in blames for pk in pair}
    found = group(rows, vocab, vectors=vectors, counters=list(dict.fromkeys(polar + acts)), blames=blames,
                  officers=officers, doers=doers)
    found = join_fragments(found, rows, officers)
    out = [d for d in (_dispute(store, g, rows, stored, vocab, vectors) for g in found) if not _with_itself(d)]
    if wanted is not None:
        out = [d for d in out if wanted & {a.id for side in (d.asserted, d.denied) for a in side.actors}]
    if place:
        key = normalise(place)
        out = [d for d in out if any(key in normalise(e.sentence) for side in (d.asserted, d.denied)
                                     for e in side.evidence)]
    if across_documents:
        out = [d for d in out if len(set(d.asserted.documents) | set(d.denied.documents)) > 1]
    out.sort(key=lambda d: (-d.score, d.claim))
    out = out[:limit] if limit is not None else out
    _anchor_happenings(store, out)
    return out


def _dispute(store: Store, g: Group, rows: dict[int, Row], stored: dict[int, sqlite3.Row],
             vocab: Vocabulary, vectors: dict[int, Vec]) -> Dispute:
    seeds = [rows[s] for s in g.seeds]
    if g.correction:
        kind: Kind = "correction"
    elif g.measures or not any(s.kind == "denial" for s in seeds):
        kind = "counter"  # competing figures, or competing accounts
    else:
        kind = "denial"
    asserted = _side(store, sorted(g.asserting, key=lambda p: rows[p].order), stored)
    denied = _side(store, sorted(g.denying, key=lambda p: rows[p].order), stored)
    claim = _claim_words(g, rows, stored, vocab, vectors)
    strength = 0.5 if any(not rows[d].weak and rows[d].kind != "assertion" for d in g.denying) else 0.0
    a, d = asserted.independent, denied.independent
    score = round(min(a, d) + 0.5 * math.log2(1 + a + d) + strength, 3)
    key = "d" + hashlib.sha256(",".join(sorted(f"{stored[p]['hash']}:{stored[p]['n']}" for p in g.seeds))
                               .encode()).hexdigest()[:12]
    verb = {"denial": "deny", "counter": "counter", "correction": "correct"}[kind]
    explanation = (f"{_who(asserted)} assert{'s' if len(asserted.sources) == 1 else ''} it "
                   f"({a} independent report{'s' if a != 1 else ''}); {_who(denied)} "
                   f"{verb}{'s' if len(denied.sources) == 1 and verb != 'deny' else ''}"
                   f"{'ies' if len(denied.sources) == 1 and verb == 'deny' else ''} it "
                   f"({d} independent report{'s' if d != 1 else ''})").replace("denyies", "denies")
    return Dispute(id=key, kind=kind, claim=claim, asserted=asserted, denied=denied, score=score,
                   explanation=explanation)


SPELLING = 0.75
"""Two persons' names whose words are each at least this alike (``difflib`` ratio, case and accents aside) are one
person spelt two ways ('Zabihulla Saqeb', 'Zabihullah Saqib')."""


def _with_itself(d: Dispute) -> bool:
    """Whether a denial or counter-claim has one person on both sides under two spellings: every source of one side
    is a person of the other spelt another way ('Behrouz Husseini' against 'Behrouz Hosseini', 'Zabihulla Saqeb'
    against 'Zabihullah Saqib'), which two reports' transliterations make, not a dispute. A correction (a source
    revising itself) is kept."""
    if d.kind == "correction":
        return False
    mine, theirs = ([normalise(n) for n in side.sources] for side in (d.asserted, d.denied))
    persons = {normalise(a.name) for side in (d.asserted, d.denied) for a in side.actors if a.type == "person"}

    def alike(x: str, y: str) -> bool:
        return difflib.SequenceMatcher(None, x, y).ratio() >= SPELLING

    def spelt(a: str, b: str) -> bool:  # two persons' names, word by word ('Karim Hosseini', 'Maryam Hosseini': two)
        ta, tb = a.split(), b.split()
        return a in persons and b in persons and a != b and len(ta) == len(tb) >= 2 \
            and all(alike(x, y) for x, y in zip(ta, tb, strict=True))

    return bool(mine and theirs) and (all(any(spelt(a, b) for b in theirs) for a in mine)
                                       or all(any(spelt(a, b) for a in mine) for b in theirs))


def _who(side: DisputeSide) -> str:
    names = side.sources[:3]
    more = len(side.sources) - len(names)
    return ", ".join(names) + (f" and {more} more" if more > 0 else "") if names else "unnamed sources"


def _claim_words(g: Group, rows: dict[int, Row], stored: dict[int, sqlite3.Row], vocab: Vocabulary,
                 vectors: dict[int, Vec]) -> str:
    """The claim in plain words: the asserted proposition (one of three words or more) that most of the group's
    denials answer (a denial in its own words, the asserted proposition most like it; a denial of 'it', its
    target), then the one most like the group's centre (not a headline, short ones preferred); else a denied
    one. 'denied any assertion of encirclement' and 'rejected claims that its forces had been encircled' pick
    'its troops had encircled Ukrainian units', not a claim about the same town that one other denial answers."""
    def score(pk: int) -> float:
        prop = stored[pk]["proposition"].strip()
        n = len(prop.split())
        unnamed = not (rows[pk].sources or rows[pk].source_text.strip())
        return (Vocabulary.cosine(vocab.vector(rows[pk].words), g.vector.lex) - 0.01 * max(0, n - 12)
                - 0.3 * rows[pk].headline - 0.2 * unnamed - 0.2 * (rows[pk].kind == "report"))

    for pool in (g.asserting, g.seeds):
        found = [pk for pk in pool if len(stored[pk]["proposition"].split()) >= 3]
        if found:
            votes: Counter[int] = Counter()
            if pool is g.asserting:
                for s in g.seeds:
                    if rows[s].words and s in vectors:
                        votes[max(found, key=lambda pk: (vectors[s].cos(vectors[pk]) if pk in vectors else 0.0,
                                                         -pk))] += 1
                    elif rows[s].target in found:
                        votes[rows[s].target] += 1
            text = stored[max(found, key=lambda pk: (votes[pk], score(pk), -pk))]["proposition"]
            break
    else:
        text = "(a claim)"
    text = re.sub(r"^(?:that|whether)\s+", "", text, flags=re.I).strip(" “”\"'‘’,;:")
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = re.sub(r"[“”\"]", "", text)  # a quotation cut in two: no quotation marks at all
    if len(text) > 200:
        text = text[:199].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]


def _side(store: Store, pks: list[int], stored: dict[int, sqlite3.Row]) -> DisputeSide:
    rows = [stored[p] for p in pks]
    found = sources(store, sorted({r["doc"] for r in rows}))
    head = {d.id: g.origin.id for g in found.groups for d in g.documents}
    st_pks = sorted({r["statement"] for r in rows if r["statement"] is not None})
    ev_pks = sorted({r["event"] for r in rows if r["event"] is not None})
    statements: dict[int, StatementHit] = _hits(store, "statements", st_pks, statement_hits)
    events: dict[int, EventHit] = _hits(store, "events", ev_pks, event_hits)
    speakers = _speakers(store, pks)
    texts = {r[0]: r[1] for r in store.db.execute(
        f"SELECT pk, text FROM documents WHERE pk IN ({_marks(list({r['doc'] for r in rows}))})",
        list({r["doc"] for r in rows}))} if rows else {}
    evidence = []
    names: Counter[str] = Counter()
    actors: dict[int, ActorRef] = {}
    for r in rows:
        text = texts[r["doc"]]
        who = speakers.get(r["pk"], [])
        source = " & ".join(a.name for a in who) or r["source_text"] or "(unnamed)"
        names[source] += 1
        for a in who:
            actors[a.id] = a
        evidence.append(Evidence(
            document=DocRef(id=r["doc_id"], hash=r["hash"], title=r["title"], outlet=r["outlet"],
                            published=r["published"]),
            origin=head.get(r["doc_id"], r["doc_id"]), kind=r["kind"], source=source, speakers=who,
            quote=text[r["start"]:r["end"]].strip(), sentence=text[r["sentence_start"]:r["sentence_end"]].strip(),
            date=r["date"], terms=json.loads(r["terms"]), values=[q[2] for q in json.loads(r["quantities"])],
            statement=statements.get(r["statement"]), event=events.get(r["event"]),
            spans={"quote": [[r["start"], r["end"]]], "sentence": [[r["sentence_start"], r["sentence_end"]]]}))
    side_origins = [Origin(document=g.origin.id, credit=g.credit, reprints=[r.document.id for r in g.reprints])
                    for g in found.groups]
    return DisputeSide(sources=[n for n, _ in names.most_common()], actors=list(actors.values()),
                       documents=sorted({e.document.id for e in evidence}), origins=side_origins,
                       independent=found.independent, evidence=evidence)


def _speakers(store: Store, pks: list[int]) -> dict[int, list[ActorRef]]:
    out: dict[int, list[ActorRef]] = defaultdict(list)
    for i in range(0, len(pks), 500):
        part = pks[i:i + 500]
        for r in store.db.execute(
                f"""SELECT DISTINCT cs.claim, c.id, c.name, c.type, c.country FROM claim_sources cs
                    JOIN actors a ON a.pk = cs.actor JOIN corpus_actors c ON c.id = a.corpus_actor
                    WHERE cs.claim IN ({_marks(part)}) ORDER BY cs.claim, a.pk""", part):
            out[r[0]].append(ActorRef(id=r[1], name=r[2], type=r[3], country=r[4]))
    return out


def _hits(store: Store, table: str, pks: list[int], build: Any) -> dict[int, Any]:
    """``build(store, rows)`` for the rows of ``table`` (statements or events) with these pks, by pk."""
    if not pks:
        return {}
    rows = store.db.execute(
        f"""SELECT x.*, d.doc_id, d.hash, d.title, d.outlet, d.published FROM {table} x
            JOIN documents d ON d.pk = x.doc WHERE x.pk IN ({_marks(pks)})""", pks).fetchall()
    return dict(zip([r["pk"] for r in rows], build(store, rows), strict=True))


def _anchor_happenings(store: Store, found: list[Dispute]) -> None:
    """Give each dispute the happening that holds events of both sides (the sides' own events, or the events
    their statements claim or deny), when there is one: the one most of the evidence is about."""
    def happenings_of(side: DisputeSide) -> Counter[int]:
        out: Counter[int] = Counter()
        for e in side.evidence:
            found: set[int] = set()
            if e.event is not None and e.event.happening is not None:
                found.add(e.event.happening)
            if e.statement is not None:
                found.update(r[0] for r in store.db.execute(
                    """SELECT he.happening FROM documents d JOIN statements s ON s.doc = d.pk
                       JOIN event_status es ON es.statement = s.pk JOIN happening_events he ON he.event = es.event
                       WHERE d.hash = ? AND s.id = ?""", (e.document.hash, e.statement.statement)))
            out.update(found)
        return out

    for d in found:
        mine, theirs = happenings_of(d.asserted), happenings_of(d.denied)
        shared = set(mine) & set(theirs)
        if shared:  # the happening most of the evidence is about
            d.happening = max(sorted(shared), key=lambda h: mine[h] + theirs[h])
