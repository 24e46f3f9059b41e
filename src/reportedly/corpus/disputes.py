"""Grouping claims into disputes: one claim, who asserts it and who denies it, across reports.

In: the claims of a store (:class:`Row`, read by :mod:`.contradictions` from the ``claims`` table that
:mod:`.claims` fills), a :class:`~.propositions.Vocabulary` and a similarity. Out: :class:`Group`, each a
set of asserting claims and a set of denying claims.

1. **Seeds.** Every denial, counter-claim and correction is a seed. Its proposition is its own (the
   words of 'denied that the fire was arson'), or, when it only points at a claim ('denied it', 'called
   the claims baseless'), the words of the claim it answers in its report (its target, with what the
   same source said just before it).
2. **Counter-claims by numbers.** Two claims of different sources whose numbers are incompatible values
   of one measure (:func:`~.propositions.conflicting`: 43.6 percent against 27 percent of turnout), side by
   side in one report or alike in two (only a little alike, :data:`FIGURE_ALIKE`, when dated at most
   :data:`FIGURE_DAYS` apart), are a seed too: the later one counters the earlier one.
3. **Same proposition.** Seeds that answer the same claim are one group; groups over the same figures
   (a measure and a value in common) or corrections of one measure in one report are merged; then groups
   are merged while the most alike two are at least :data:`MERGE` alike (cosine of their centroids, or a
   seed of each at least :data:`LINK` alike) and share words (:data:`LEXICAL_FLOOR`). Corrections are kept
   apart from the rest (a source revising itself is not another's denial), a toll from a turnout, and figures
   of different kinds from each other (:func:`compatible_kinds`: one army's dead, the other's, civilians).
   Merging by similarity also needs the same people (:data:`PARTICIPANTS`: groups whose seeds name civilians and
   groups whose seeds name soldiers stay apart) and sides the same way round (:data:`SIDES_APART`: two groups of
   denials, each by the source of what the other denies, stay apart).
4. **Sides** (:mod:`.dispute_sides`). A group's asserting side is what its seeds answer, and every other
   claim as alike as :data:`ASSERT` to the group's proposition whose source is not a denier (over figures: the
   claims that give one of the asserted figures; the others' figures go to the denying side); a correction's
   asserting side is the earlier figure. The denying side is the seeds, what a seed that only points at a claim
   goes on to say, and the weak denials ('nobody fired from our side') that are :data:`WEAK` alike. A dispute
   over figures with an explicit denial is turned the way the denial says (:func:`.dispute_sides._orient`). A
   denial that only points at a claim and found none in its report joins the group its source already denies.
5. **One dispute, one entry** (:mod:`.dispute_pieces`): a claim whose source is only on the other side leaves the
   side its words put it on (:data:`ONE_SIDE`); who-did-it groups take their sides by the doer each claim names and
   join when they name the same two doers; a group whose seeds in their own words are like none of its asserting
   claims is left out; a group whose whole asserting side a bigger group asserts joins it; a counter whose seeds only
   repeat their source's earlier figure is turned round.

Similarity is :meth:`.similarity.Vec.cos`: a quarter the idf-weighted cosine of the propositions' stems, three
quarters the cosine of their sentence embeddings (see :mod:`.contradictions` for why, with the figures). Claims
about figures are compared by their numbers first (a dispute over a toll takes the claims that give one of its
tolls); claims of one conflict frame about one place ('captured the village', 'the village had fallen') are
:data:`FRAME` more alike. Nothing requires two countries, a frame or a place: two sources are enough.

The claim rows, the groups and what figures count are in :mod:`.dispute_model`; this module makes the seeds and
groups them (steps 1-3).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from .dispute_model import (
    ASSERT,
    FIGURE_KINDS,
    FRAME,
    LEXICAL_FLOOR,
    NEAR,
    WEAK,
    Group,
    Row,
    Vector,
    _apart,
    _whose,
    compatible_kinds,
    core_people,
    figure_kinds,
)
from .dispute_pieces import holds_one, join_by_doer, join_contained, one_side, orient_counter
from .dispute_sides import _follow, build_sides
from .propositions import Quantity, Vocabulary, conflicting, words
from .sides import antecedents, same_side
from .similarity import Vec, centroid
from .terms import load
from .wording import FIGURES

__all__ = ["ASSERT", "FIGURE_KINDS", "FRAME", "LEXICAL_FLOOR", "NEAR", "WEAK", "Group", "Row", "Vector",
           "compatible_kinds", "figure_kinds", "group"]

MERGE = 0.25
"""Two groups of seeds at least this alike (cosine of their centroids) are one dispute."""
BLOCK = 3
"""How many claims before a seed's target, by the same source, the target's block takes in."""
LINK = 0.5
"""Two groups with a seed each at least this alike are merged (single link), whatever their centroids."""
FIGURE_ALIKE = 0.25
"""Two claims of different reports, dated at most :data:`FIGURE_DAYS` apart, that give conflicting numbers of one
measure for one country or place are a counter-claim when they are this alike (else :data:`ASSERT`): the measure,
the place and the time already say they are about one thing, however differently they are worded ('Brightwater had
discharged sewage into the Ebb on 14 occasions' against 'there had been three overflows at its Ebb plant')."""
FIGURE_DAYS = 3
UNTIED_ALIKE = 0.5
"""Two such claims whose figures name no country or place at all ('58,000 tonnes are waiting at the port' against
'more than 60,000 tonnes were waiting', 'the strike would cost 4.5 billion pesos a week' against 'the cost of the
strike at 1.1 billion pesos a week') are a counter-claim when they are at least this alike: nothing ties them to one
place, but nothing sets them apart either, and their words say they are about one thing. Only for figures of
things (:data:`UNTIED_MEASURES`): a toll or a count of people grows from one report to the next ('Nineteen people
remain missing' after 'twenty-three were missing'), an amount of money or goods is one estimate against another."""
UNTIED_MEASURES = frozenset({"money", "volume"})
SPLIT_FIGURES = True
"""A group over figures ('how many were wounded') and a group of denials of what happened that tell and answer no
figure ('the village was shelled', 'rejected the account') are not merged by similarity: they are two disputes, even
told in one report about one place."""
SIDES_APART = True
"""Two groups of explicit denials with their sides the other way round (:func:`_reversed`: one's denier is the source of
what the other denies) are not merged by similarity: each side denying the other's account is two disputes."""
PARTICIPANTS = True
"""Two groups whose seeds name different groups of people (:func:`~.dispute_model.core_people`, named by at least half
of each group's seeds: civilians, soldiers) are not merged by similarity, however alike their words: they are two
propositions."""
ONE_SIDE = True
"""A claim whose source is only on a group's other side is taken off the side it was put on
(:func:`~.dispute_pieces.one_side`)."""
WEAK_TARGET = True
"""A weak denial in which its source says it did not do something ('Iran says it has not refused anyone'), answering
a claim of another side before it in its report that shares its words (its target), starts a dispute, as an explicit
denial does (:func:`_self_denial`)."""

FOLLOW_DENIALS = True
"""A denial in words of its own takes the denials its own side goes on to make right after it (:func:`_follow`: 'The
ministry rejected as groundless suggestions that Belarus was involved. "Belarus has nothing to do with it," the
ministry's spokesman said'), as a denial that only points at a claim takes all it goes on to say."""


def _block(rows: dict[int, Row], by_doc: dict[int, list[Row]], seed: Row,
           officers: dict[int, int] | None = None) -> set[int]:
    """The claim a seed answers in its report, with what the same source said just before it (not when the seed
    answers a claim of its own sentence: '..., which the ministry denied' denies that clause, not what the
    speaker said a paragraph before). A claim of the seed's own side (its body, named just before 'said its
    spokesman, X') is not what it answers: the claim before those is."""
    if seed.target is None or seed.target not in rows:
        return set()
    t = rows[seed.target]
    if same_side(t, seed, officers) and seed.kind != "correction":  # its own side's words: the claim before those
        before = [r for r in by_doc[seed.doc] if r.position == "asserts" and r.n < t.n
                  and not same_side(r, seed, officers)
                  and len(r.words) >= 2 and not r.headline and t.n - r.n <= BLOCK]
        if not before:
            return set()
        t = before[-1]
    if t.doc == seed.doc and t.sentence == seed.sentence and t.sentence != (0, 0):
        return {t.pk}
    return {r.pk for r in by_doc[t.doc] if r.position == "asserts" and t.n - BLOCK <= r.n <= max(t.n, seed.n - 1)
            and r.same_source(t) and not r.weak} | {t.pk}


NEAREST = 2
"""How many claims before a denial in words of its own the claim it answers may be, when its report names none."""
QUOTED_AFTER = True
"""A denial in words of its own with no claim before it answers the claim of another side its report quotes right after
it ('Côte d'Ivoire rejected as baseless accusations that a neighbouring country had backed the mutiny. Capt. Zongo had
said the mutineers were armed from a neighbouring country'), as alike as :data:`NEAREST_ALIKE`."""
NEAREST_ALIKE = 0.2
"""How alike (:meth:`~.similarity.Vec.cos`) such a denial and the claim before it must be."""


def _nearest(by_doc: dict[int, list[Row]], seed: Row, vectors: dict[int, Vector],
             officers: dict[int, int] | None = None) -> set[int]:
    """The claim a denial in words of its own answers when it has no target: a claim of another side that its own
    sentence goes on to give ('denied losing any aircraft, contradicting statements that two of its fighters had
    been shot down'), else the last claim of another side at most :data:`NEAREST` claims before it and
    :data:`NEAREST_ALIKE` alike ('The army said it had recaptured the town. The militia said its fighters remained
    in full control of it and called the announcement propaganda'). Not a claim inside the denial's own words or
    before it in its sentence ('Marsh said the village was shelled, which the ministry denied': its proposition holds
    what it answers), nor a position or intention ('will be held to account'); but a claim its words name with
    another source ("rejected Pakistan's claim that X") is the one it answers. Empty when there is none."""
    if seed.kind != "denial" or not seed.words or seed.pk not in vectors:
        return set()
    others = [r for r in by_doc[seed.doc] if r.position == "asserts" and not r.weak and r.kind != "report"
              and not r.headline and not r.modal and len(r.words) >= 2 and not same_side(r, seed, officers)]
    same = [r for r in others if r.sentence == seed.sentence]
    if same:  # '..., which the ministry denied': what it answers is in its own sentence, before it or in its words
        after = [r for r in same if r.span[0] >= seed.span[1]]
        named = [r for r in same if seed.span[0] <= r.span[0] and r.span[1] <= seed.span[1] and r.sources
                 and not r.sources & seed.sources]  # "rejected Pakistan's claim that X": X, Pakistan's own claim
        return {after[0].pk} if after else {named[0].pk} if named else set()
    before = [r for r in others if seed.n - NEAREST <= r.n < seed.n and r.sentence != seed.sentence
              and r.pk in vectors and vectors[r.pk].cos(vectors[seed.pk]) >= NEAREST_ALIKE]
    if before:
        return {before[-1].pk}
    after = [r for r in others if seed.n < r.n <= seed.n + NEAREST and r.sentence != seed.sentence and r.sources
             and len(r.words) >= 3 and not _speaks_for(r, seed)
             and r.pk in vectors and vectors[r.pk].cos(vectors[seed.pk]) >= NEAREST_ALIKE] if QUOTED_AFTER else []
    return {after[0].pk} if after else set()


def _speaks_for(r: Row, seed: Row) -> bool:
    """Whether a claim's source and a denial's share two words in a row ('Lieutenant General X, commander of the border
    troops' after 'Tajikistan's border troops denied ...'): an officer of the denier, not its accuser."""
    def pairs(text: str) -> set[tuple[str, str]]:
        return set(itertools.pairwise(words(text)))

    return bool(pairs(seed.source_text) & pairs(r.source_text))


def _self_denial(r: Row, rows: dict[int, Row], officers: dict[int, int] | None) -> bool:
    """Whether a weak denial starts a dispute (:data:`WEAK_TARGET`): its words open with the source itself ('it', 'we',
    'they', 'he', 'she', 'our', 'its') and it answers a claim of another side, not the report's own voice ('Iran says
    it has not refused anyone', after 'rescue teams offered by Turkey had been refused by Iranian officials'). 'Two
    fires do not start by themselves' says nothing of its source and starts none."""
    if not WEAK_TARGET or r.target not in rows or not r.lead:
        return False
    t = rows[r.target]
    return t.kind == "assertion" and not same_side(t, r, officers) and r.self_led and not r.modal


TOLD_OF = True
"""A weak denial whose subject is the source of the claim just before it, of another side, denies that claim
(:func:`_told_of`)."""


def _told_of(r: Row, by_doc: dict[int, list[Row]], officers: dict[int, int] | None) -> int | None:
    """The claim a weak denial answers when it opens with the name of that claim's source, said just before it by
    another side ('ECOWAS said its envoy had facilitated a peaceful outcome. "ECOWAS played no role whatsoever," the
    government spokesman said'): the claim of the :data:`~.dispute_model.NEAR` before it whose source's name holds
    the denial's first word, else None."""
    if not TOLD_OF or not r.words or r.modal:
        return None
    for c in reversed([c for c in by_doc[r.doc] if r.n - NEAR <= c.n < r.n]):
        if c.position == "asserts" and not c.weak and c.kind == "assertion" and len(c.words) >= 2 \
                and not same_side(c, r, officers) and r.words[0] in _name_words(c.source_text):
            return c.pk
    return None


ACCUSED = True
"""A denial of a share in something ('denied any responsibility for the infections') that answers no claim in its
report answers the claims of other reports, of another side, that name its source (:func:`_accusers`)."""


@lru_cache(maxsize=1)
def _share_words() -> frozenset[str]:
    """The stems of the ``share`` nouns of ``data/claims.tsv`` ('responsibility', 'role', 'involvement')."""
    return frozenset(w for cls, term in load("claims.tsv") if cls == "share" for w in words(term))


def _accusers(r: Row, rows: dict[int, Row], officers: dict[int, int] | None) -> set[int]:
    """The claims a denial of a share in something answers when its report gives none: the asserting claims of other
    reports, of another side, at most :data:`FIGURE_DAYS` apart, that name its source ('Hydrovane denied any
    responsibility for the infections' answers 'the hospital blamed a faulty filter supplied by Hydrovane'): every
    capitalised word of its source's name is in the claim."""
    if not ACCUSED or r.kind != "denial" or r.weak or not set(r.words) & _share_words():
        return set()
    names = _name_words(r.source_text)
    if not names:
        return set()
    return {c.pk for c in rows.values() if c.doc != r.doc and c.position == "asserts" and c.kind == "assertion"
            and not c.weak and not c.headline and len(c.words) >= 2 and names <= set(c.words)
            and _days_apart(c, r) <= FIGURE_DAYS and not same_side(c, r, officers)}


def _name_words(text: str) -> set[str]:
    """The stems of the capitalised words of a source's name ('ECOWAS' -> ecowa; not 'the', 'spokesman')."""
    return {w for t in text.split() if t[:1].isupper() for w in words(t)}


def _quantity_seeds(rows: dict[int, Row], vectors: dict[int, Vector]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of asserting claims of different sources with conflicting numbers of one
    measure: side by side in one report (at most :data:`NEAR` claims apart), in two reports, much alike
    (:data:`ASSERT`) and of one country or place, or two values some claim gives together (:data:`TOLD_TOGETHER`).
    The later counters the earlier."""
    by_measure: dict[str, list[tuple[Row, Quantity]]] = {}
    for r in rows.values():
        if r.position == "asserts" and r.kind == "assertion":
            for q in r.quantities:
                if q.measure:
                    by_measure.setdefault(q.measure, []).append((r, _whose(r, q)))
    together = _told_together(rows) if TOLD_TOGETHER else {}
    out = []
    for items in by_measure.values():
        for (a, qa), (b, qb) in itertools.combinations(items, 2):
            if a.pk == b.pk or a.same_source(b) or not conflicting(qa, qb):
                continue
            if a.doc == b.doc and a.span[0] < b.span[1] and b.span[0] < a.span[1]:
                continue  # one inside the other: 'X said 11 of its people died, while Y has reported four deaths'
            sim = vectors[a.pk].cos(vectors[b.pk])
            near = a.doc == b.doc and abs(a.n - b.n) <= NEAR
            floor = FIGURE_ALIKE if _days_apart(a, b) <= FIGURE_DAYS else ASSERT
            told = bool(together.get((qa.measure, qa.value, qb.value), set()) - {a.pk, b.pk}) \
                and _days_apart(a, b) <= FIGURE_DAYS
            untied = qa.measure in UNTIED_MEASURES and sim >= UNTIED_ALIKE \
                and not {w for w in qa.whose | qb.whose if w.isupper() or w[0] == "@"} \
                and _days_apart(a, b) <= FIGURE_DAYS
            if not near and not told and not untied and (
                    sim < floor or not {w for w in qa.whose & qb.whose if w.isupper() or w[0] == "@"}):
                continue
            first, later = sorted((a, b), key=lambda r: r.order)
            out.append((first.pk, later.pk))
    return list(dict.fromkeys(out))


TOLD_TOGETHER = True
"""Two conflicting figures of one measure in two reports are a counter-claim, however they are worded and whether or
not they name a place, when a report gives both values of that measure in its own voice ('The prosecutor counts 31
arrests; the league counts 74 detainees'): the report has set them against each other (:func:`_told_together`)."""


def _told_together(rows: dict[int, Row]) -> dict[tuple[str, float, float], set[int]]:
    """(measure, value, other value) -> the claims in a report's own voice (kind ``report``) that give both values of
    that measure (either order); only another claim than the two figures' own says they are set against each other."""
    out: dict[tuple[str, float, float], set[int]] = {}
    for r in rows.values():
        if r.kind != "report":
            continue  # a source's own 'twelve bodies, three of them patients' sets nothing against anything
        for p, q in itertools.permutations([q for q in r.quantities if q.measure], 2):
            if p.measure == q.measure and p.value != q.value:
                out.setdefault((p.measure, p.value, q.value), set()).add(r.pk)
    return out


def _days_apart(a: Row, b: Row) -> int:
    """How many days apart two claims are dated (a large number when either has no date)."""
    try:
        return abs((date.fromisoformat(a.date or "") - date.fromisoformat(b.date or "")).days)
    except ValueError:
        return 10 ** 6


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[str]:
    return frozenset(words(" ".join(FIGURES)))


def _off_figure(seed: Row, block: set[int], rows: dict[int, Row], vocab: Vocabulary) -> bool:
    """Whether a counter-claim with no number answers a claim with numbers it shares no word with ('he had asked
    the directorate to begin its own investigation' after 'eight people had died'): it counters no figure, and a
    claim that tells no figure and says nothing of the same thing starts no dispute."""
    if seed.kind != "counter" or seed.quantities or not seed.words or not block \
            or not all(rows[b].quantities for b in block) or set(seed.words) & _figure_words():
        return False
    mine = vocab.vector(seed.words)
    return all(Vocabulary.cosine(mine, vocab.vector(rows[b].words)) < LEXICAL_FLOOR for b in block)


def group(rows: dict[int, Row], vocab: Vocabulary,
          similar: Callable[[Row, Vector], list[tuple[int, float]]] | None = None,
          vectors: dict[int, Vector] | None = None, counters: list[tuple[int, int]] | None = None,
          blames: list[tuple[int, int]] | None = None, officers: dict[int, int] | None = None,
          doers: dict[int, str | None] | None = None) -> list[Group]:
    """The disputes of a set of claims (see the module doc).

    ``similar(row, vector)`` returns (claim pk, similarity) of the claims alike a proposition; by default
    every row is compared (a store hands a look-up through its full-text index instead). ``counters`` are more
    (earlier, later) pairs of claims where the later counters the earlier (:func:`.polarity.polar_pairs`: 'no
    warning was issued' against 'a warning was issued'); the later is a seed, as with competing figures.
    ``blames`` are such pairs of claims that say who started something (:func:`.polarity.blame_pairs`): their
    groups stay apart from the others and take no alike claims (such a claim often tells more than who started).
    ``officers``: :func:`.sides.antecedents` of ``rows``, when the caller has it. ``doers``: the doer each claim of
    ``blames`` names (:func:`.polarity.agent`), by which who-did-it groups are oriented and joined
    (:mod:`.dispute_pieces`).
    """
    by_doc: dict[int, list[Row]] = {}
    for r in sorted(rows.values(), key=lambda r: (r.doc, r.n)):
        by_doc.setdefault(r.doc, []).append(r)
    if vectors is None:
        vectors = {pk: Vec(vocab.vector(r.words)) for pk, r in rows.items()}

    def alike(vec: Vector) -> list[tuple[int, float]]:
        if similar is not None:
            return similar(Row(0, 0, 0, "", "", False, frozenset(), "", (), None, (), [], [], None, ("", 0, 0)), vec)
        return [(pk, vec.cos(v)) for pk, v in vectors.items()]

    # 1-2. seeds, with what each answers and what it goes on to say
    officers = antecedents(rows) if officers is None else officers
    answers: dict[int, set[int]] = {}
    follows: dict[int, set[int]] = {}
    props: dict[int, Vector] = {}
    orphans: list[Row] = []
    for r in rows.values():
        told = _told_of(r, by_doc, officers) if r.weak and r.position == "denies" and not r.headline else None
        if r.position != "denies" or r.headline or (r.weak and told is None and not _self_denial(r, rows, officers)):
            continue  # a weak denial seeds only when it says its source did not do what a claim before says
        block = {told} if told is not None else (_block(rows, by_doc, r, officers)
                                                   or _nearest(by_doc, r, vectors, officers)
                                                   or _accusers(r, rows, officers))
        if _off_figure(r, block, rows, vocab):
            continue
        answers[r.pk] = block
        own = vectors[r.pk] if r.words and not (r.kind == "counter" and not r.quantities) else Vec()
        if not r.words:
            follows[r.pk] = _follow(rows, by_doc, r, block, officers)
        elif FOLLOW_DENIALS and r.kind == "denial":  # '... rejected suggestions that X. "We have nothing to do
            follows[r.pk] = _follow(rows, by_doc, r, block, officers, denials=True)  # with it," its spokesman said'

        vec = centroid([v for v in (own, centroid([vectors[b] for b in block])) if v])
        if not vec:
            orphans.append(r)
            continue
        props[r.pk] = vec
    quantity_seeds = set()
    for first, later in _quantity_seeds(rows, vectors):
        quantity_seeds.add(later)
        answers.setdefault(later, set()).add(first)
        props.setdefault(later, vectors[later])
    paired = set()
    for first, later in counters or []:
        if first in rows and later in rows:
            answers.setdefault(later, set()).add(first)
            props.setdefault(later, vectors[later])
            paired.add(later)
    blamed = set()
    for first, later in blames or []:
        if first in rows and later in rows and later not in props:
            answers.setdefault(later, set()).add(first)
            props[later] = vectors[later]
            blamed.add(later)
    # 3. merge seeds: those answering the same claim, then by similarity (average linkage)
    groups: list[Group] = []
    by_answer: dict[int, list[Group]] = {}
    kinds = {pk: figure_kinds(rows[pk], [rows[a] for a in answers.get(pk, ())]) for pk in props}
    for pk in sorted(props, key=lambda p: rows[p].order):
        correction = rows[pk].kind == "correction"
        g = next((h for a in sorted(answers.get(pk, ())) for h in by_answer.get(a, ())
                  if h.correction == correction and h.apart == (pk in blamed)
                  and (not FIGURE_KINDS or compatible_kinds(h.kinds, kinds[pk]))), None)
        if g is None:
            g = Group([], correction=correction, apart=pk in blamed)
            groups.append(g)
        g.seeds.append(pk)
        g.kinds |= {k for k in kinds[pk] if not any(_apart(k, h) for h in g.kinds)}
        for a in answers.get(pk, ()):
            if g not in by_answer.setdefault(a, []):
                by_answer[a].append(g)
        if pk in paired:  # a counter of a pair is what the other claims of its pairs answer, too
            by_answer.setdefault(pk, [g])
    for g in groups:
        g.vector = centroid([props[s] for s in g.seeds])
        g.frames, g.anchors, g.places = _frames(g, rows, answers)
        g.measures = frozenset(q.measure for s in g.seeds for q in rows[s].quantities
                               if q.measure and (rows[s].kind in ("counter", "correction") or s in quantity_seeds))
    groups = _same_figures(groups, rows, answers)

    def figured(g: Group) -> bool:  # about figures: it has a measure, a counter, or answers a claim with numbers
        return bool(g.measures) or any(rows[s].kind != "denial" or rows[s].quantities or any(
            rows[a].quantities for a in answers.get(s, ())) for s in g.seeds)

    while True:
        best, pair = MERGE, None
        people = [core_people(g.seeds, rows, answers) for g in groups] if PARTICIPANTS else []
        for i, j in itertools.combinations(range(len(groups)), 2):
            a, b = groups[i], groups[j]
            if a.correction != b.correction or (a.measures and b.measures and not a.measures & b.measures) \
                    or a.apart != b.apart or (FIGURE_KINDS and not compatible_kinds(a.kinds, b.kinds)) \
                    or (SPLIT_FIGURES and ((a.measures and not figured(b))
                                                                  or (b.measures and not figured(a)))):
                continue  # a correction is not another's denial; a toll is not a turnout
            if SIDES_APART and (_reversed(a, b, rows, answers, officers) or _reversed(b, a, rows, answers, officers)):
                continue  # one's deniers assert what the other denies: two disputes, not one
            if PARTICIPANTS and people[i] and people[j] and not people[i] & people[j]:
                continue  # the dead among civilians, the soldiers killed: two propositions
            if Vocabulary.cosine(a.vector.lex, b.vector.lex) < LEXICAL_FLOOR:
                continue  # nothing said in common: a meaning alone does not make one dispute
            s = a.vector.cos(b.vector) + (FRAME if a.frames & b.frames and a.anchors & b.anchors else 0.0)
            if LINK < 1.0:  # two seeds much alike join their groups, however different the rest
                s = max(s, MERGE + (max(props[x].cos(props[y]) for x in a.seeds for y in b.seeds) - LINK))
            if s >= best:
                best, pair = s, (i, j)
        if pair is None:
            break
        i, j = pair
        groups[i].seeds += groups[j].seeds
        groups[i].measures |= groups[j].measures
        groups[i].kinds |= groups[j].kinds
        groups[i].frames |= groups[j].frames
        groups[i].anchors |= groups[j].anchors
        groups[i].places |= groups[j].places
        groups[i].vector = centroid([props[s] for s in groups[i].seeds])
        del groups[j]
    # 4. sides; 5. one entry a dispute, both sides about one proposition
    found = build_sides(groups, rows, answers, follows, orphans, vectors, alike, officers)
    if ONE_SIDE:
        for g in found:
            one_side(g, rows, answers, officers)
        found = [g for g in found if g.asserting and g.denying]
    found = [g for g in join_by_doer(found, rows, doers or {}, officers) if holds_one(g, rows, vectors)]
    found = join_contained(found, rows, answers, officers)
    for g in found:
        orient_counter(g, rows)
    return found


def _reversed(a: Group, b: Group, rows: dict[int, Row], answers: dict[int, set[int]],
              officers: dict[int, int]) -> bool:
    """Whether two groups of explicit denials have their sides the other way round: a seed of ``a`` is on the side of a
    claim that a seed of ``b`` answers (Kabul's denial of Islamabad's account, Islamabad's denial of Kabul's)."""
    if not all(rows[s].kind == "denial" for s in a.seeds + b.seeds):
        return False
    answered = [rows[x] for s in b.seeds for x in answers.get(s, ())]
    return any(same_side(rows[s], x, officers) for s in a.seeds for x in answered)


def _values(g: Group, rows: dict[int, Row], answers: dict[int, set[int]]) -> set[tuple[str, float]]:
    """The figures a group's seeds and the claims they answer give (measure, value), and the earlier figures its
    corrections name."""
    out = set()
    for s in g.seeds:
        for p in (s, *answers.get(s, ())):
            out |= {(q.measure, q.value) for q in rows[p].quantities if q.measure in g.measures}
        out |= {(m, v) for v in rows[s].old_values for m in g.measures}
    return out


def _same_figures(groups: list[Group], rows: dict[int, Row], answers: dict[int, set[int]]) -> list[Group]:
    """Merge groups over the same figures: two corrections of one toll, two counters that give the same
    competing values (a group of figures shares a measure and a value with the other), corrections of one
    measure in one report."""
    out: list[Group] = []
    for g in groups:
        mine = _values(g, rows, answers) if g.measures else set()
        docs = {rows[x].doc for x in g.seeds}
        home = next((o for o in out if o.measures and mine and o.correction == g.correction
                     and (not FIGURE_KINDS or compatible_kinds(o.kinds, g.kinds))
                     and (mine & _values(o, rows, answers) or (
                         g.correction and o.measures & g.measures and docs & {rows[x].doc for x in o.seeds}))),
                    None)
        if home is None:
            out.append(g)
            continue
        home.absorb(g)
    return out


def _frames(g: Group, rows: dict[int, Row],
            answers: dict[int, set[int]]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The frames, place-like names and places of a group's seeds and of the claims they answer."""
    members = [rows[p] for s in g.seeds for p in (s, *answers.get(s, ()))]
    return (frozenset(f for r in members for f in r.frames), frozenset(a for r in members for a in r.anchors),
            frozenset(p for r in members for p in r.places))


