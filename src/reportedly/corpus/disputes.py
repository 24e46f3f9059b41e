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
4. **Sides.** A group's asserting side is what its seeds answer, and every other claim as alike as
   :data:`ASSERT` to the group's proposition whose source is not a denier (over figures: the claims that
   give one of the asserted figures; the others' figures go to the denying side); a correction's asserting
   side is the earlier figure. The denying side is the seeds, what a seed that only points at a claim goes on
   to say, and the weak denials ('nobody fired from our side') that are :data:`WEAK` alike. A dispute over
   figures with an explicit denial is turned the way the denial says (:func:`_orient`). A denial that
   only points at a claim and found none in its report joins the group its source already denies.

Similarity is :meth:`.similarity.Vec.cos`: a quarter the idf-weighted cosine of the propositions' stems, three
quarters the cosine of their sentence embeddings (see :mod:`.contradictions` for why, with the figures). Claims
about figures are compared by their numbers first (a dispute over a toll takes the claims that give one of its
tolls); claims of one conflict frame about one place ('captured the village', 'the village had fallen') are
:data:`FRAME` more alike. Nothing requires two countries, a frame or a place: two sources are enough.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from .propositions import Quantity, Vocabulary, conflicting, words
from .sides import antecedents, same_side
from .similarity import Vec, centroid
from .wording import FIGURES

MERGE = 0.25
"""Two groups of seeds at least this alike (cosine of their centroids) are one dispute."""
ASSERT = 0.45
"""A claim at least this alike to a group's proposition asserts it (when its source does not deny it)."""
WEAK = 0.3
"""A weak denial at least this alike to a group's proposition denies it."""
BLOCK = 3
"""How many claims before a seed's target, by the same source, the target's block takes in."""
NEAR = 2
"""Claims at most this many apart in one report are side by side."""
FRAME = 0.25
"""Added to the similarity of two claims (or groups) of one conflict frame about one place ('captured the
village of Brenholt' and 'denied that Brenholt had fallen'): the war frames as an extra signal."""
LINK = 0.5
"""Two groups with a seed each at least this alike are merged (single link), whatever their centroids."""
FIGURE_ALIKE = 0.25
"""Two claims of different reports, dated at most :data:`FIGURE_DAYS` apart, that give conflicting numbers of one
measure for one country or place are a counter-claim when they are this alike (else :data:`ASSERT`): the measure,
the place and the time already say they are about one thing, however differently they are worded ('Brightwater had
discharged sewage into the Ebb on 14 occasions' against 'there had been three overflows at its Ebb plant')."""
FIGURE_DAYS = 3
SPLIT_FIGURES = True
"""A group over figures ('how many were wounded') and a group of denials of what happened that tell and answer no
figure ('the village was shelled', 'rejected the account') are not merged by similarity: they are two disputes, even
told in one report about one place."""
FIGURE_KINDS = True
"""Groups over figures are kept apart when what they count differs (:func:`compatible_kinds`): the dead among one
army's soldiers, among the other's and among civilians are three disputes, however alike their words."""
WEAK_TARGET = True
"""A weak denial in which its source says it did not do something ('Iran says it has not refused anyone'), answering
a claim of another side before it in its report that shares its words (its target), starts a dispute, as an explicit
denial does (:func:`_self_denial`)."""
LEXICAL_FLOOR = 0.15
"""Two groups share at least this much of their words (lexical cosine) to be merged, and a weak denial with a
group to deny it."""

Vector = Vec
"""A claim's or a group's vector (:class:`~.similarity.Vec`)."""


@dataclass
class Row:
    """One claim as the grouping reads it."""

    pk: int
    doc: int
    n: int
    position: str
    kind: str
    weak: bool
    sources: frozenset[int]
    """Corpus actor ids of its source (empty when the source is not linked)."""
    source_text: str
    words: tuple[str, ...]
    target: int | None
    hint: tuple[str, ...]
    quantities: list[Quantity]
    old_values: list[float]
    date: str | None
    order: tuple[str, int, int]
    """Date (or ''), document and place in it: what comes first."""
    span: tuple[int, int] = (0, 0)
    """The evidence's offsets in its document."""
    frames: frozenset[str] = frozenset()
    """Conflict frames its proposition takes (``data/disputes.tsv``: 'territory' for captured, fallen)."""
    anchors: frozenset[str] = frozenset()
    """Place-like names of its proposition ('brenholt')."""
    negative: bool = False
    """Its proposition says that something did not happen ('it had no say in safety')."""
    headline: bool = False
    """It stands in its report's headline, which sums up the text below it: it joins disputes, starts none."""
    places: frozenset[str] = frozenset()
    """Those of its place-like names that are known places, and its events' places: claims about other places
    ('a bridge near Sumy', 'the village of Orsk') are not one claim."""
    sentence: tuple[int, int] = (0, 0)
    """The offsets of its sentence in its document."""
    polar: tuple[bool, frozenset[str]] = (False, frozenset())
    """Whether it says something was not done ('refused to meet', 'no warning was issued'), and the stems of the
    words that say so ('refus'): a claim of the other polarity alike to it counters it (:mod:`.polarity`)."""

    allies: frozenset[int] = frozenset()
    """Corpus actors of the organisations its source speaks for (:mod:`.affiliation`: a spokeswoman's company)."""
    nation: frozenset[str] = frozenset()
    """The countries its source is ('India' -> IND), for the side pairs of :mod:`.fragments`."""
    nationals: frozenset[str] = frozenset()
    """The countries of its other sources (a ministry's, an official's), for :mod:`.fragments`."""
    lead: str = ""
    """The first words of its sentence ('Its spokeswoman, Carla Menacho, said'), for :mod:`.sides`."""
    own: bool = False
    """Its proposition counts the source's own people ('nine of its soldiers', 'our officers')."""
    self_led: bool = False
    """Its proposition opens with its source itself ('it has not refused anyone', 'we never fired')."""
    modal: bool = False
    """Its main clause tells a position or an intention ('would not accept', 'will be held to account'), not what
    happened."""

    def same_source(self, other: Row) -> bool:
        """Whether two claims have the same source (a corpus actor in common, counting the organisations a person
        speaks for, else the same words)."""
        if self.sources and other.sources:
            return bool((self.sources | self.allies) & (other.sources | other.allies))
        return " ".join(self.source_text.lower().split()) == " ".join(other.source_text.lower().split())


@dataclass
class Group:
    """A dispute in the making: the seeds, the claims that assert and those that deny."""

    seeds: list[int]
    asserting: set[int] = field(default_factory=set)
    denying: set[int] = field(default_factory=set)
    vector: Vector = field(default_factory=Vec)
    correction: bool = False
    measures: frozenset[str] = frozenset()
    """What its numbers count, when it is about numbers (a counter-claim or a correction)."""
    frames: frozenset[str] = frozenset()
    anchors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    kinds: frozenset[tuple[str, frozenset[str]]] = frozenset()
    """What its figures count, each a measure with whose (:func:`figure_kinds`: the dead among Thai soldiers, the
    dead among civilians): two groups over figures merge only when some kind of each is compatible."""
    apart: bool = False
    """Its seeds say who started something (``blames`` of :func:`group`): it merges only with another such group."""
    negative: bool = False
    """What its seeds deny is itself put in the negative ('rejected claims that it had no say'): a weak denial
    alike to it asserts it."""

    def absorb(self, g: Group) -> None:
        """Take in another group of the same dispute: its seeds, what they count and where, and its proposition."""
        self.seeds += g.seeds
        self.measures |= g.measures
        self.kinds |= g.kinds
        self.frames |= g.frames
        self.anchors |= g.anchors
        self.places |= g.places
        self.vector = centroid([self.vector, g.vector])


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
    what it answers), nor a position or intention ('will be held to account'). Empty when there is none."""
    if seed.kind != "denial" or not seed.words or seed.pk not in vectors:
        return set()
    others = [r for r in by_doc[seed.doc] if r.position == "asserts" and not r.weak and r.kind != "report"
              and not r.headline and not r.modal and len(r.words) >= 2 and not same_side(r, seed, officers)]
    same = [r for r in others if r.sentence == seed.sentence]
    if same:  # '..., which the ministry denied': what it answers is in its own sentence, before it or in its words
        after = [r for r in same if r.span[0] >= seed.span[1]]
        return {after[0].pk} if after else set()
    before = [r for r in others if seed.n - NEAREST <= r.n < seed.n and r.sentence != seed.sentence
              and r.pk in vectors and vectors[r.pk].cos(vectors[seed.pk]) >= NEAREST_ALIKE]
    return {before[-1].pk} if before else set()


def _self_denial(r: Row, rows: dict[int, Row], officers: dict[int, int] | None) -> bool:
    """Whether a weak denial starts a dispute (:data:`WEAK_TARGET`): its words open with the source itself ('it', 'we',
    'they', 'he', 'she', 'our', 'its') and it answers a claim of another side, not the report's own voice ('Iran says
    it has not refused anyone', after 'rescue teams offered by Turkey had been refused by Iranian officials'). 'Two
    fires do not start by themselves' says nothing of its source and starts none."""
    if not WEAK_TARGET or r.target not in rows or not r.lead:
        return False
    t = rows[r.target]
    return t.kind == "assertion" and not same_side(t, r, officers) and r.self_led and not r.modal


def _quantity_seeds(rows: dict[int, Row], vectors: dict[int, Vector]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of asserting claims of different sources with conflicting numbers of one
    measure: side by side in one report (at most :data:`NEAR` claims apart), or in two reports, much alike
    (:data:`ASSERT`) and of one country or place. The later counters the earlier."""
    by_measure: dict[str, list[tuple[Row, Quantity]]] = {}
    for r in rows.values():
        if r.position == "asserts" and r.kind == "assertion":
            for q in r.quantities:
                if q.measure:
                    by_measure.setdefault(q.measure, []).append((r, _whose(r, q)))
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
            if not near and (sim < floor or not {w for w in qa.whose & qb.whose if w.isupper() or w[0] == "@"}):
                continue
            first, later = sorted((a, b), key=lambda r: r.order)
            out.append((first.pk, later.pk))
    return list(dict.fromkeys(out))


def _whose(r: Row, q: Quantity) -> Quantity:
    """A number's groups, with its source's countries when its words name none ('nine of its soldiers had been
    wounded', said by Paraguay's army: Paraguayan soldiers)."""
    if not r.own or any(w.isupper() for w in q.whose) or not (r.nation | r.nationals):
        return q
    return replace(q, whose=q.whose | r.nation | r.nationals)


def _kind(q: Quantity, *more: Quantity) -> tuple[str, frozenset[str]]:
    return q.measure, frozenset().union(q.whose, *(p.whose for p in more))


def _apart(x: tuple[str, frozenset[str]], y: tuple[str, frozenset[str]]) -> bool:
    """Whether two figure kinds count the same measure of groups that something sets apart."""
    return x[0] == y[0] and any(mine and theirs and not mine & theirs for mine, theirs in (
        ({w for w in x[1] if test(w)}, {w for w in y[1] if test(w)}) for test in _WHOSE_CLASSES))


def compatible_kinds(a: frozenset[tuple[str, frozenset[str]]], b: frozenset[tuple[str, frozenset[str]]]) -> bool:
    """Whether two sets of figure kinds can be one dispute: some kind of one, of a measure the other counts, is set
    apart from none of the other's kinds (Thai and Cambodian soldiers, soldiers and civilians, two places are set
    apart; a kind that says no group, 'twelve bodies', sets nothing apart). A claim that gives two sides' tolls fits
    the dispute over either."""
    shared = {m for m, _ in a} & {m for m, _ in b}
    if not shared:
        return True
    return any(x[0] in shared and not any(_apart(x, y) for y in b) for x in a) \
        or any(y[0] in shared and not any(_apart(x, y) for x in a) for y in b)


_WHOSE_CLASSES: tuple[Callable[[str], bool], ...] = (
    str.isupper, lambda w: w.startswith("@"), lambda w: w.isalpha() and w.islower())
"""Countries ('THA'), places ('@sisaket') and groups ('soldiers') in a number's whose, as :func:`.conflicting` reads
them."""


def figure_kinds(seed: Row, answered: list[Row]) -> frozenset[tuple[str, frozenset[str]]]:
    """What a seed's figures count: for each number of it that conflicts with a number of a claim it answers, the
    measure and the groups of both ('nine civilians were killed' against 'twelve bodies': the dead, civilians);
    else its own numbers' measures and groups. Empty when it gives no number (a denial that only points at figures
    goes with the claim it answers, whatever that counts)."""
    out = set()
    for q in seed.quantities:
        if not q.measure:
            continue
        q = _whose(seed, q)
        pairs = [_kind(q, _whose(a, p)) for a in answered for p in a.quantities if conflicting(q, _whose(a, p))]
        out |= set(pairs) if pairs else {_kind(q)}
    return frozenset(out)


def _days_apart(a: Row, b: Row) -> int:
    """How many days apart two claims are dated (a large number when either has no date)."""
    try:
        return abs((date.fromisoformat(a.date or "") - date.fromisoformat(b.date or "")).days)
    except ValueError:
        return 10 ** 6


def _follow(rows: dict[int, Row], by_doc: dict[int, list[Row]], seed: Row, block: set[int],
            officers: dict[int, int] | None = None) -> set[int]:
    """What a denial or counter that only points at a claim goes on to say ('Kyrgyz officials tell a different
    story. The agreement was reached by the two border services, X said'; 'The ministry rejected the account. Its
    spokeswoman said no gun had fired'): the next claims of its report, of its own side (:func:`.sides.same_side`:
    its officer named next; of any source but the one it answers, after a counter), up to :data:`NEAR` claims on; and
    the denials of its own side there, weak ones too ('no gun had fired across the border')."""
    answered = [rows[b] for b in block]
    out = set()
    for r in by_doc[seed.doc]:
        if seed.n < r.n <= seed.n + NEAR and not any(same_side(r, a, officers) for a in answered) \
                and ((r.position == "asserts" and not r.weak
                      and (same_side(r, seed, officers) or seed.kind == "counter"))
                     or (r.position == "denies" and r.kind == "denial" and r.words and same_side(r, seed, officers))):
            out.add(r.pk)
    return out


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
          blames: list[tuple[int, int]] | None = None, officers: dict[int, int] | None = None) -> list[Group]:
    """The disputes of a set of claims (see the module doc).

    ``similar(row, vector)`` returns (claim pk, similarity) of the claims alike a proposition; by default
    every row is compared (a store hands a look-up through its full-text index instead). ``counters`` are more
    (earlier, later) pairs of claims where the later counters the earlier (:func:`.polarity.polar_pairs`: 'no
    warning was issued' against 'a warning was issued'); the later is a seed, as with competing figures.
    ``blames`` are such pairs of claims that say who started something (:func:`.polarity.blame_pairs`): their
    groups stay apart from the others and take no alike claims (such a claim often tells more than who started).
    ``officers``: :func:`.sides.antecedents` of ``rows``, when the caller has it.
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
        if r.position != "denies" or r.headline or (r.weak and not _self_denial(r, rows, officers)):
            continue  # a weak denial seeds only when it says its source did not do what a claim before says
        block = _block(rows, by_doc, r, officers) or _nearest(by_doc, r, vectors, officers)
        if _off_figure(r, block, rows, vocab):
            continue
        answers[r.pk] = block
        own = vectors[r.pk] if r.words and not (r.kind == "counter" and not r.quantities) else Vec()
        if not r.words:
            follows[r.pk] = _follow(rows, by_doc, r, block, officers)
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
        for i, j in itertools.combinations(range(len(groups)), 2):
            a, b = groups[i], groups[j]
            if a.correction != b.correction or (a.measures and b.measures and not a.measures & b.measures) \
                    or a.apart != b.apart or (FIGURE_KINDS and not compatible_kinds(a.kinds, b.kinds)) \
                    or (SPLIT_FIGURES and ((a.measures and not figured(b))
                                                                  or (b.measures and not figured(a)))):
                continue  # a correction is not another's denial; a toll is not a turnout
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
    # 4. sides
    for g in groups:
        g.negative = any(rows[s].negative and rows[s].words for s in g.seeds)
        g.denying = set(g.seeds)
        for s in g.seeds:
            g.asserting |= answers.get(s, set())
            g.denying |= follows.get(s, set())
        if g.correction:
            g.asserting |= _corrected(rows, g)
        deniers = [rows[d] for d in g.denying]
        polarities = {rows[a].polar[0] for a in g.asserting if rows[a].words}
        for pk, sim in [] if g.apart else alike(g.vector):
            r = rows.get(pk)
            if r is None or pk in g.denying or pk in g.asserting:
                continue
            if r.frames & g.frames and r.anchors & g.anchors:
                sim += FRAME
            if len(r.words) < 2 and not r.quantities:
                continue  # 'the count', 'not to be named': nothing to assert
            if r.weak and g.negative and sim >= ASSERT and not any(r.same_source(d) for d in deniers):
                g.asserting.add(pk)  # 'it had no say in safety', when what is denied is that it had no say
                continue
            if r.position == "asserts" and g.measures and sim >= ASSERT and not g.correction:
                side = _figure_side(r, g, rows)  # a dispute over figures takes claims that give one of them
                if side == "asserts" and not any(r.same_source(d) for d in deniers):
                    g.asserting.add(pk)
                elif side == "denies" and not any(r.same_source(rows[a]) for a in g.asserting):
                    g.denying.add(pk)
            elif r.position == "asserts" and sim >= ASSERT and not g.correction and r.kind != "report" \
                    and polarities == {not r.polar[0]}:  # 'no warning was issued', when 'a warning was': it denies
                if not any(r.same_source(rows[a]) for a in g.asserting):
                    g.denying.add(pk)
            elif r.position == "asserts" and sim >= ASSERT and not any(r.same_source(d) for d in deniers) \
                    and not g.correction and r.kind != "report":  # the report's own figures side only with figures
                if not _off_value(r, g, rows):
                    g.asserting.add(pk)
                elif not any(r.same_source(rows[a]) for a in g.asserting):
                    g.denying.add(pk)  # the deniers' own figure, in another report
            elif r.position == "denies" and r.weak and sim >= WEAK \
                    and Vocabulary.cosine(vectors[pk].lex, g.vector.lex) >= LEXICAL_FLOOR \
                    and not any(r.same_source(rows[a]) for a in g.asserting):
                g.denying.add(pk)
    for g in groups:  # a claim on both sides: a seed denies, what a seed answers asserts
        for pk in g.asserting & g.denying:
            (g.asserting if pk in g.seeds else g.denying).discard(pk)
        if FIGURE_KINDS and g.measures and not g.correction:
            _orient(g, rows, answers, officers)
    for r in orphans:
        home = [g for g in groups if not g.correction and any(r.same_source(rows[d]) for d in g.denying)]
        if r.hint:
            home = [g for g in home if any(g.vector.lex.get(h, 0) > 0 for h in r.hint)] or home
        if len(home) > 1:  # its source's own denial seeds one of them; in the others it only follows a denial
            home = [g for g in home if any(r.same_source(rows[s]) for s in g.seeds)] or home
        if len(home) == 1:
            home[0].denying.add(r.pk)
    return [g for g in groups if g.asserting and g.denying]


def _orient(g: Group, rows: dict[int, Row], answers: dict[int, set[int]], officers: dict[int, int]) -> None:
    """Turn a dispute over figures the way its explicit denials say: a source that denies the other's figure
    ('dismissed as propaganda a claim that dozens of its soldiers had died') is on the denying side with its own
    figures, and the source whose claim it denies asserts, whichever figure came first."""
    deniers = [rows[s] for s in g.seeds if rows[s].kind == "denial" and not rows[s].weak]
    denied = [rows[a] for d in deniers for a in answers.get(d.pk, ()) if not same_side(rows[a], d, officers)]
    if not deniers or not denied:
        return
    for pk in list(g.asserting):
        if any(same_side(rows[pk], d, officers) for d in deniers) \
                and not any(same_side(rows[pk], a, officers) for a in denied):
            g.asserting.discard(pk)
            g.denying.add(pk)
    for pk in list(g.denying):
        if (pk not in g.seeds or rows[pk].kind == "assertion") \
                and any(same_side(rows[pk], a, officers) for a in denied) \
                and not any(same_side(rows[pk], d, officers) for d in deniers):
            g.denying.discard(pk)
            g.asserting.add(pk)


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


def _corrected(rows: dict[int, Row], g: Group) -> set[int]:
    """The claims a correction group corrects: numbers of the same measure with a value its corrections
    name as the earlier one ('an earlier figure of 14', 'the figure of 31 he gave'), and alike words."""
    seeds = [rows[s] for s in g.seeds]
    old = {v for s in seeds for v in s.old_values}
    new = [q for s in seeds for q in s.quantities if q.measure]
    measures = {q.measure for q in new}
    out = set()
    for r in rows.values():
        if r.position != "asserts" or r.pk in g.seeds:
            continue
        if any(q.value in old and (not measures or q.measure in measures) for q in r.quantities):
            out.add(r.pk)  # the figure the correction names as the earlier one
        elif any((r.n < s.n if r.doc == s.doc else r.same_source(s) and r.order < s.order) for s in seeds) \
                and any(conflicting(q, p) for q in r.quantities for p in new):
            out.add(r.pk)  # the same source's earlier, other figure, or the one its report gave before
    return out


def _figure_side(r: Row, g: Group, rows: dict[int, Row]) -> str | None:
    """Which side of a dispute over figures a claim takes: 'asserts' when it gives one of the asserted values (or,
    when no value is asserted yet, one the deniers' values conflict with), 'denies' when it gives one of the others,
    None when it gives none of them."""
    mine = {q.value for q in r.quantities if q.measure in g.measures
            and (not FIGURE_KINDS or compatible_kinds(g.kinds, frozenset({_kind(_whose(r, q))})))}
    if not mine:
        return None
    theirs = {q.value for d in g.denying for q in rows[d].quantities if q.measure in g.measures}
    ours = {q.value for a in g.asserting for q in rows[a].quantities if q.measure in g.measures}
    if mine & theirs and not mine & ours:
        return "denies"
    if mine & ours and not mine & theirs:
        return "asserts"
    if not ours and not mine & theirs and any(conflicting(q, p) for q in r.quantities for d in g.denying
                                              for p in rows[d].quantities if q.measure in g.measures):
        return "asserts"  # a counter whose report gives no figure it answers ('its own tally gave no more than forty')
    return None


def _off_value(r: Row, g: Group, rows: dict[int, Row]) -> bool:
    """Whether a claim's numbers side with the deniers of a counter-claim group (it then counters, too)."""
    mine = [q for q in r.quantities if q.measure]
    if not mine or r.kind == "report":
        return False
    theirs = [q for d in g.denying for q in rows[d].quantities if q.measure]
    return any(q.value == p.value and q.measure == p.measure for q in mine for p in theirs)
