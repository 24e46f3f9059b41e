"""Each actor's position on a topic (supports / opposes / conditions / undecided), with the statements that show it.

1. **Topic.** Statements whose cue or content mentions the topic (``data/topics.tsv``: 'ceasefire'
   also finds 'truce', 'cease-fire'; a topic not listed is matched by its own words).
2. **Whose position.** The speaker's, unless the content is about a third party's stance
   ("Moscow had refused a ceasefire", "Russia's demands on the truce"): then it is that party's
   position *as reported* by the speaker. A first-person subject, the speaker's own country
   ("Ukraine remained ready"), a demand ("Russia must show it is willing") and a request cue
   ("urged Russia to accept") keep the speaker as the holder.
3. **Which position** (``data/stance.tsv``): words of support, opposition, conditions and
   indecision, with negation ('would not accept' opposes, 'without preconditions' is no
   condition), in the cue and content; after a cue of agreement or commitment, condition words
   also in the rest of the sentence ("did not commit to the ceasefire, instead outlining a series
   of demands"). Conditions win over the rest;
   opposition and support together are conditions; indecision ('cautiously optimistic') wins over
   support.
4. **Accusations.** Saying that someone else delays or stalls ('dragging his feet on a ceasefire',
   'a delaying tactic') shows that the speaker supports the topic, and is a reported 'conditions'
   (delaying) for the one accused.

An actor's position is the most frequent one among the statements it made itself (ties: conditions,
opposes, undecided, supports); only when it made none is its reported position used. Generic nouns
with no country ("statements", "officials", ``data/generic_nouns.tsv``) are no one in particular and
get no row.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from ..errors import InputError
from ..text.lexicons import countries
from .names import normalise
from .query import ActorRef, StatementHit, _actor_filter, _date, matching_statements, statement_hits
from .store import Store
from .terms import Lexicon, fts_terms, load, place_country

Position = Literal["supports", "opposes", "conditions", "undecided"]
POSITIONS: tuple[Position, ...] = ("supports", "opposes", "conditions", "undecided")
_TIE_ORDER = {"conditions": 0, "opposes": 1, "undecided": 2, "supports": 3}
_FIRST_PERSON = {"we", "i", "our", "us", "my", "he", "she", "his", "her", "they", "their"}
_MODAL = re.compile(r"\b(must|should|needs?\s+to|need|has\s+to|have\s+to|ought\s+to)\b", re.I)
_LEAD = re.compile(r"^\W*(?:(?:that|while|although|though|as|because|if|when|but|and)\b\W*)*", re.I)
_CAPS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


class StanceEvidence(BaseModel):
    """A statement that shows a position, and why."""

    position: Position
    reported: bool = Field(description="True when the speaker reports someone else's position.")
    reported_by: list[ActorRef] = Field(default_factory=list)
    terms: list[str] = Field(default_factory=list, description="The words that decided.")
    reason: str
    statement: StatementHit


class ActorStance(BaseModel):
    """One actor's (or country's) position on a topic, with the evidence."""

    actor: ActorRef
    position: Position
    basis: Literal["own statements", "reported by others"]
    counts: dict[str, int]
    evidence: list[StanceEvidence]


@lru_cache(maxsize=1)
def stance_words() -> Lexicon:
    """``data/stance.tsv`` as a lexicon labelled by class."""
    return Lexicon((cls, term) for cls, term in load("stance.tsv"))


@lru_cache(maxsize=1)
def topics() -> dict[str, list[str]]:
    """``data/topics.tsv``: topic -> its terms."""
    return {r[0]: r[1].split("|") for r in load("topics.tsv")}


def topic_terms(topic: str) -> list[str]:
    """The terms of a known topic, else the topic's own words as stems."""
    key = topic.strip().lower()
    if key in topics():
        return topics()[key]
    words = re.findall(r"\w+", key)
    if not words:
        raise InputError("--topic", f"'{topic}' has no words")
    return [" ".join([*words[:-1], words[-1] + "*"])] if len(words) > 1 else [words[0] + "*"]


@dataclass
class Reading:
    """What one statement says about the topic: a position (or None), obstruction, and the words."""

    position: Position | None
    obstruction: bool
    terms: list[str]


def read_position(cue_text: str, cue_class: str | None, content: str, rest: str = "") -> Reading:
    """The position words of one statement say (see the module docstring, step 3).

    >>> read_position("said", "speech", "Russia would agree to a ceasefire only if Kyiv stopped mobilising").position
    'conditions'
    >>> read_position("said", "speech", "Russia would not accept a ceasefire").position
    'opposes'
    """
    found = stance_words().find(f"{cue_text} {content}")
    classes: set[str] = set()
    terms: list[str] = []
    obstruction = False
    text = f"{cue_text} {content}"
    for m in found:
        word = text[m.start:m.end]
        if m.label == "obstruction":
            if not m.negated:
                obstruction = True
                terms.append(word)
            continue
        if m.label == "supports":
            classes.add("opposes" if m.negated else "supports")
        elif m.label == "opposes":
            classes.add("undecided" if m.negated else "opposes")
        elif not m.negated:
            classes.add(m.label)
        terms.append(("not " if m.negated else "") + word)
    if cue_class in ("agreement", "commitment", "refusal"):
        negated_cue = bool(re.search(r"\b(not|never|no)\b|n't", cue_text.replace("’", "'"), re.I))
        positive = (cue_class != "refusal") != negated_cue
        classes.add("supports" if positive else "opposes")
        terms.append(cue_text)
    for m in stance_words().find(rest if cue_class in ("agreement", "commitment", "refusal") else ""):
        if m.label == "conditions" and not m.negated:
            classes.add("conditions")
            terms.append(rest[m.start:m.end])
    position: Position | None
    if "conditions" in classes or {"supports", "opposes"} <= classes:
        position = "conditions"
    elif "opposes" in classes:
        position = "opposes"
    elif "undecided" in classes:
        position = "undecided"
    elif "supports" in classes:
        position = "supports"
    else:
        position = None
    return Reading(position, obstruction, list(dict.fromkeys(terms)))


@dataclass
class _DocActors:
    """Mentions of a document's actors, to find the subject of a content."""

    mentions: list[tuple[int, int, int]]  # start, end, actor pk
    corpus: dict[int, ActorRef]


def _doc_actors(store: Store, doc_pk: int, cache: dict[int, _DocActors]) -> _DocActors:
    if doc_pk not in cache:
        mentions, corpus = [], {}
        for r in store.db.execute(
                """SELECT a.pk, a.mentions, c.id, c.name, c.type, c.country FROM actors a
                   JOIN corpus_actors c ON c.id = a.corpus_actor WHERE a.doc = ?""", (doc_pk,)):
            corpus[r[0]] = ActorRef(id=r[2], name=r[3], type=r[4], country=r[5])
            mentions += [(s, e, r[0]) for s, e in json.loads(r[1])]
        cache[doc_pk] = _DocActors(sorted(mentions), corpus)
    return cache[doc_pk]


def _country_actor(store: Store, code: str) -> ActorRef | None:
    r = store.db.execute("SELECT id, name, type, country FROM corpus_actors WHERE key = ?",
                         (f"country:{code}",)).fetchone()
    if r is not None:
        return ActorRef(id=r[0], name=r[1], type=r[2], country=r[3])
    c = countries().get(code)
    return ActorRef(id=-1, name=c.name if c else code, type="country", country=code)


def holder(store: Store, row: sqlite3.Row, hit: StatementHit, cache: dict[int, _DocActors]) -> ActorRef | None:
    """The third party whose position a statement reports, or None when it is the speaker's own (step 2)."""
    if row["cue_class"] == "request":
        return None
    content = row["content_text"]
    lead = _LEAD.match(content)
    head = content[lead.end() if lead else 0:]
    first = re.match(r"[\w’'-]+", head)
    if first is None or first.group(0).lower() in _FIRST_PERSON:
        return None
    words = head.split()
    subject_zone = " ".join(words[:3])
    found: ActorRef | None = None
    spans = json.loads(row["data"])["content"]["spans"]
    if spans:
        offset = spans[0][0] + (lead.end() if lead else 0)
        limit = offset + len(subject_zone)
        doc = _doc_actors(store, row["doc"], cache)
        for s, _e, pk in doc.mentions:
            if offset <= s < limit and pk in doc.corpus:
                found = doc.corpus[pk]
                break
    if found is None:
        m = _CAPS.match(head)
        if m is not None:
            name = re.sub(r"[’']s$", "", m.group(0))
            code = place_country(name)
            if code:
                found = _country_actor(store, code)
    if found is None:
        return None
    speakers = {a.id for a in hit.speakers}
    countries_ = {a.country for a in hit.speakers if a.country}
    if found.id in speakers or (found.country and found.country in countries_):
        return None
    if _MODAL.search(" ".join(words[:8])):
        return None  # 'Russia must demonstrate it is willing ...': what the speaker demands
    return found


def stance(store: Store, *, topic: str, actor: str | None = None, since: str | None = None,
           until: str | None = None, by: Literal["actor", "country"] = "actor",
           include_reported: bool = True, scope: str = "all") -> list[ActorStance]:
    """Positions on ``topic`` per actor (or per country), each with its evidence, most evidence first.

    Every statement class is read by default: a belief, a fear or a wish is a position too ("Kyiv
    wants an unconditional ceasefire", "Moscow fears a truce would let Ukraine rearm"), and each piece
    of evidence carries its statement's class; ``scope='speech'`` keeps only what was said.

    Args:
        topic: 'ceasefire', 'sanctions', ... (``data/topics.tsv``) or any words.
        actor: only this actor's position (see :func:`reportedly.corpus.query.find_actors`).
        since, until: statement dates (YYYY-MM-DD).
        by: 'actor' (corpus actors) or 'country' (all actors of a country together).
        include_reported: also list actors known only from others' reports of their position.
        scope: ``all`` (default) or ``speech``.
    """
    if by not in ("actor", "country"):
        raise InputError("--by", f"'{by}' is not a grouping (use actor or country)")
    terms = topic_terms(topic)
    topic_lex = Lexicon(("topic", t) for t in terms)
    rows = matching_statements(store, fts_terms(terms), since=_date(since, "--since"), until=_date(until, "--until"),
                               scope=scope)
    rows = [r for r in rows if topic_lex.find(f"{r['cue_text']} {r['content_text']}")]
    hits = statement_hits(store, rows)
    cache: dict[int, _DocActors] = {}
    own: dict[int, list[StanceEvidence]] = defaultdict(list)
    reported: dict[int, list[StanceEvidence]] = defaultdict(list)
    refs: dict[int, ActorRef] = {}
    for row, hit in zip(rows, hits, strict=True):
        context = row["context"] or ""
        rest = context.replace(row["content_text"], " ") if row["content_text"] in context else ""
        reading = read_position(row["cue_text"], row["cue_class"], row["content_text"], rest)
        third = holder(store, row, hit, cache)
        if third is None:
            pos = reading.position or ("supports" if reading.obstruction else None)
            if pos is None:
                continue
            reason = ("accuses others of delaying or blocking it" if pos == "supports" and reading.obstruction
                      and reading.position is None else f"says so ({', '.join(reading.terms)})")
            for a in hit.speakers:
                refs[a.id] = a
                own[a.id].append(StanceEvidence(position=pos, reported=False, terms=reading.terms, reason=reason,
                                                statement=hit))
            continue
        if reading.obstruction:
            for a in hit.speakers:
                refs[a.id] = a
                own[a.id].append(StanceEvidence(
                    position="supports", reported=False, terms=reading.terms, statement=hit,
                    reason=f"accuses {third.name} of delaying or blocking it"))
        pos = reading.position if reading.position in ("opposes", "conditions", "supports", "undecided") else None
        if reading.obstruction and pos in (None, "supports"):
            pos = "conditions"
        if pos is not None and include_reported:
            refs[third.id] = third
            reported[third.id].append(StanceEvidence(
                position=pos, reported=True, reported_by=hit.speakers, terms=reading.terms, statement=hit,
                reason=f"{hit.speaker} says so of {third.name}"
                       + (" (accused of delaying)" if reading.obstruction else "")))
    wanted = set(_actor_filter(store, actor) or []) if actor else None
    if by == "country":
        own, reported, refs = _by_country(store, own, reported, refs)
        if wanted is not None:
            codes = {refs_c.country for i in wanted if (refs_c := _ref(store, i)) is not None and refs_c.country}
            wanted = {k for k, r in refs.items() if r.country in codes}
    generic = {r[0] for r in store.db.execute(  # 'statements', 'officials': no one in particular
        "SELECT id FROM corpus_actors WHERE key >= 'generic:' AND key < 'generic;'")}
    out = []
    for key in set(own) | set(reported):
        if (wanted is not None and key not in wanted) or key in generic:
            continue
        ev_own, ev_rep = own.get(key, []), reported.get(key, [])
        basis_ev = ev_own or ev_rep
        counts = Counter(e.position for e in basis_ev)
        position = min(counts, key=lambda p: (-counts[p], _TIE_ORDER[p]))
        out.append(ActorStance(actor=refs[key], position=position,
                               basis="own statements" if ev_own else "reported by others",
                               counts={p: counts.get(p, 0) for p in POSITIONS},
                               evidence=ev_own + ev_rep))
    out.sort(key=lambda s: (s.basis != "own statements", -sum(s.counts.values()), normalise(s.actor.name)))
    return out


def _ref(store: Store, cid: int) -> ActorRef | None:
    r = store.db.execute("SELECT id, name, type, country FROM corpus_actors WHERE id = ?", (cid,)).fetchone()
    return ActorRef(id=r[0], name=r[1], type=r[2], country=r[3]) if r else None


def _by_country(store: Store, own: dict[int, list[StanceEvidence]], reported: dict[int, list[StanceEvidence]],
                refs: dict[int, ActorRef]) -> tuple[dict[int, list[StanceEvidence]], dict[int, list[StanceEvidence]],
                                                    dict[int, ActorRef]]:
    """Regroup per country: each country's actors' evidence under the country."""
    c_own: dict[int, list[StanceEvidence]] = defaultdict(list)
    c_rep: dict[int, list[StanceEvidence]] = defaultdict(list)
    c_refs: dict[int, ActorRef] = {}
    codes: dict[str, int] = {}

    def key(a: ActorRef) -> int | None:
        if not a.country:
            return None
        if a.country not in codes:
            ref = _country_actor(store, a.country)
            if ref is None:
                return None
            k = ref.id if ref.id >= 0 else -(len(codes) + 1)
            codes[a.country] = k
            c_refs[k] = ref
        return codes[a.country]

    for source, target in ((own, c_own), (reported, c_rep)):
        for aid, evs in source.items():
            k = key(refs[aid])
            if k is not None:
                target[k] += evs
    return c_own, c_rep, c_refs
