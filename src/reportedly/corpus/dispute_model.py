"""What the dispute grouping reads and builds: a claim as a row, a dispute in the making, what figures count.

In: nothing of a store (the rows are made by :mod:`.contradictions` from the ``claims`` table). Out: :class:`Row` (one
claim), :class:`Group` (a set of asserting and of denying claims), the figure kinds of a seed (:func:`figure_kinds`)
and whether two sets of them can be one dispute (:func:`compatible_kinds`), and the thresholds that
:mod:`.disputes` (seeds and grouping) and :mod:`.dispute_sides` (sides) share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .propositions import Quantity, conflicting
from .similarity import Vec, centroid

ASSERT = 0.45
"""A claim at least this alike to a group's proposition asserts it (when its source does not deny it)."""
WEAK = 0.3
"""A weak denial at least this alike to a group's proposition denies it."""
NEAR = 2
"""Claims at most this many apart in one report are side by side."""
FRAME = 0.25
"""Added to the similarity of two claims (or groups) of one conflict frame about one place ('captured the
village of Brenholt' and 'denied that Brenholt had fallen'): the war frames as an extra signal."""
FIGURE_KINDS = True
"""Groups over figures are kept apart when what they count differs (:func:`compatible_kinds`): the dead among one
army's soldiers, among the other's and among civilians are three disputes, however alike their words."""
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
    who: frozenset[str] = frozenset()
    """The groups of people its proposition names (:func:`~.propositions.participants`: civilians, soldiers)."""
    counts: frozenset[str] = frozenset()
    """The measures its proposition's words name, with or without a number (:func:`~.propositions.measures_named`:
    'had killed civilians' -> dead)."""
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

    def take_in(self, g: Group) -> None:
        """:meth:`absorb` another group and add its asserting and denying claims to this one's sides."""
        self.absorb(g)
        self.asserting |= g.asserting
        self.denying |= g.denying

    def absorb(self, g: Group) -> None:
        """Take in another group of the same dispute: its seeds, what they count and where, and its proposition."""
        self.seeds += g.seeds
        self.measures |= g.measures
        self.kinds |= g.kinds
        self.frames |= g.frames
        self.anchors |= g.anchors
        self.places |= g.places
        self.vector = centroid([self.vector, g.vector])



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




def seed_people(pk: int, rows: dict[int, Row], answers: dict[int, set[int]]) -> frozenset[str]:
    """The groups of people a seed names: in its own words, else in the claims it answers."""
    r = rows[pk]
    return r.who if r.words else frozenset().union(*(rows[a].who for a in answers.get(pk, ())))


def core_people(seeds: list[int], rows: dict[int, Row], answers: dict[int, set[int]]) -> frozenset[str]:
    """The groups of people at least half of a group's seeds name (:func:`seed_people`): what it is about."""
    counts = Counter(w for s in seeds for w in seed_people(s, rows, answers))
    return frozenset(w for w, n in counts.items() if 2 * n >= len(seeds))
