"""One dispute, one entry: who-did-it disputes oriented and joined by their doers, pieces of one dispute joined, claims
kept to their source's side, and groups whose sides hold no claim of one proposition left out.

In: the groups :func:`.dispute_sides.build_sides` has filled (both sides), the claims (:class:`~.dispute_model.Row`),
their vectors, and the doer each who-did-it claim names (``doers``: claim pk -> :func:`.polarity.agent` of its main
clause, 'the union had cancelled the talks' -> 'union', 'it was the union that pulled out' -> 'union'). Out: the same
groups, with

* **sides by doer** (:func:`orient_by_doer`): a group of who-did-it claims (``Group.apart``, made of pairs where
  each side names another doer) asserts what its earliest claim says: the claims that name the same doer assert, those
  that name another doer deny, whatever pair brought them in. Pairs chained into one group ('the army says the rebels
  fired first', 'the rebels say the army did', 'the army repeats it a day later') otherwise leave one source on both
  sides;
* **pieces joined** (:func:`join_by_doer`): two such groups that name the same two doers, with a source in common,
  dated at most :data:`DOER_DAYS` apart, are one dispute told twice ('the operator cancelled the meeting' against 'the
  union withdrew', and a day later 'it was the union that pulled out' against 'the operator withdrew'): one entry,
  its sides by doer;
* **no proposition in common** (:func:`holds_one`): a group whose seeds all say something in their own words, none
  of them at least :data:`CROSS` alike (:meth:`~.similarity.Vec.cos`) to any claim of its asserting side, is not a
  dispute: the two sides say two different things ('58 people have died in the state since the rains began' against
  'its soldiers recovered 27 bodies at the site'; 'nobody has a list' against 'her own count was higher'). Groups
  whose seeds only point at a claim ('rejected the account'), corrections and who-did-it groups are kept: their
  sides are tied by what the seed answers, not by their words;
* **one side a source** (:func:`one_side`): a claim whose source is only on the other side (:func:`.sides.same_side`)
  is taken off the side its words put it on;
* **contained pieces joined** (:func:`join_contained`): a group whose whole asserting side a bigger group asserts is a
  second denial of the same claim and joins it;
* **counters the right way round** (:func:`orient_counter`): a counter over figures whose seeds only repeat a figure
  their source gave on an earlier day is turned round, the earlier figure asserting.

Nothing here knows a story: doers are the words the claims name, sources are corpus actors.
"""

from __future__ import annotations

from datetime import date

from .dispute_model import Group, Row, Vector, core_people
from .sides import same_side

CROSS = 0.15
"""A group whose seeds, in their own words, are all less alike than this to every claim it says they answer or that
asserts with them is left out (:func:`holds_one`)."""
DOER_DAYS = 3
"""Two who-did-it groups over the same two doers are joined when their claims are dated at most this many days
apart."""


def _dates(g: Group, rows: dict[int, Row], doers: dict[int, str | None]) -> set[str]:
    """The dates of a group's claims that name a doer."""
    return {d for pk in g.asserting | g.denying if doers.get(pk) and (d := rows[pk].date)}


def _days(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 10 ** 6


def orient_by_doer(g: Group, rows: dict[int, Row], doers: dict[int, str | None],
                   officers: dict[int, int] | None = None) -> None:
    """Turn a who-did-it group's claims to the side their doer says (see the module doc): the earliest asserting
    claim that names a doer sets what is asserted; a claim naming that doer asserts, one naming another denies, one
    naming none stays where it is unless its source is the first claim's (it then asserts)."""
    members = sorted(g.asserting | g.denying, key=lambda pk: rows[pk].order)
    first = next((pk for pk in members if pk in g.asserting and doers.get(pk)), None)
    if first is None:
        return
    doer = doers[first]
    for pk in members:
        mine = doers.get(pk)
        if mine == doer or (mine is None and same_side(rows[pk], rows[first], officers)):
            g.denying.discard(pk)
            g.asserting.add(pk)
        elif mine is not None:
            g.asserting.discard(pk)
            g.denying.add(pk)


def join_by_doer(groups: list[Group], rows: dict[int, Row], doers: dict[int, str | None],
                 officers: dict[int, int] | None = None) -> list[Group]:
    """Join the who-did-it groups that tell one dispute twice (see the module doc) and orient each by its doers; the
    other groups as they are, in their order."""
    out: list[Group] = []
    for g in groups:
        if not g.apart:
            out.append(g)
            continue
        named = {doers.get(pk) for pk in g.asserting | g.denying} - {None}
        home = None
        for o in out:
            if not o.apart:
                continue
            theirs = {doers.get(pk) for pk in o.asserting | o.denying} - {None}
            close = any(_days(x, y) <= DOER_DAYS for x in _dates(g, rows, doers) for y in _dates(o, rows, doers))
            shared = any(same_side(rows[x], rows[y], officers)
                         for x in g.asserting | g.denying for y in o.asserting | o.denying)
            if len(named & theirs) >= 2 and close and shared:
                home = o
                break
        if home is None:
            out.append(g)
            continue
        home.take_in(g)
    for g in out:
        if g.apart:
            orient_by_doer(g, rows, doers, officers)
    return [g for g in out if g.asserting and g.denying]


def holds_one(g: Group, rows: dict[int, Row], vectors: dict[int, Vector]) -> bool:
    """Whether a group's two sides hold a claim of one proposition (see the module doc): some seed in its own words
    at least :data:`CROSS` alike to some asserting claim or a figure of the same measure and people, or a seed that
    only points at a claim, a correction, a who-did-it group."""
    if g.correction or g.apart:
        return True
    seeds = [s for s in g.seeds if s in vectors]
    if not seeds or any(not rows[s].words for s in seeds):
        return True
    claims = [a for a in g.asserting if rows[a].words and a in vectors]
    return not claims or any(vectors[s].cos(vectors[a]) >= CROSS or _same_people_figure(rows[s], rows[a])
                             for s in seeds for a in claims)


def _same_people_figure(a: Row, b: Row) -> bool:
    """Two figures of one measure of the same people in other words ('31 residents had died' against 'the hospital
    counted 18 bodies, six of them children'), or of no group of people named on either side ('about 112,000
    customers lost power' against 'about 240,000 households were left without electricity', :data:`UNNAMED_PEOPLE`):
    one proposition whatever the words."""
    for p in a.quantities:
        for q in b.quantities:
            if not p.measure or p.measure != q.measure:
                continue
            mine, theirs = _people(p.whose), _people(q.whose)
            if mine & theirs or (UNNAMED_PEOPLE and not mine and not theirs and p.measure not in TALLIES):
                return True
    return False


UNNAMED_PEOPLE = True
"""Two figures of one measure, neither of a named group of people, hold one proposition (:func:`_same_people_figure`),
unless they count casualties (:data:`TALLIES`)."""
TALLIES = frozenset({"dead", "wounded", "missing"})
"""Casualty counts, which reports give side by side as running totals and parts of one another ('its soldiers have
recovered 27 bodies' from one landslide, '58 people have died in the state since July 6'): two of them hold one
proposition only when they name the same people."""


def _people(whose: frozenset[str]) -> set[str]:
    """The groups of people of a figure's ``whose`` (soldiers, civilians; not countries, not '@place' anchors)."""
    return {w for w in whose if w.isalpha() and w.islower()}


def orient_counter(g: Group, rows: dict[int, Row]) -> None:
    """Turn a counter-claim over figures with no explicit denial round when its seeds only repeat a figure their
    source gave, on an earlier day, before any figure of the other side: the seed counters the claim next to it in its
    report ('the aid group counts 40,000; the governor has put the number at 23,500'), but the governor's 23,500,
    given days before, is what the later 40,000 counters."""
    if not g.measures or g.correction or g.apart or any(
            rows[s].kind == "denial" and not rows[s].weak for s in g.seeds):
        return
    figured = [pk for pk in g.asserting | g.denying if any(q.measure in g.measures for q in rows[pk].quantities)]
    if not figured or not any(pk in g.asserting for pk in figured):
        return
    first = min(figured, key=lambda pk: rows[pk].order)
    values = {(q.measure, q.value) for q in rows[first].quantities if q.measure in g.measures}
    figures = [s for s in g.seeds if any(q.measure in g.measures for q in rows[s].quantities)]
    if first in g.denying and first not in g.seeds and figures and all(
            rows[s].same_source(rows[first]) and values & {(q.measure, q.value) for q in rows[s].quantities}
            and (rows[first].date or "") < (rows[s].date or "") for s in figures):
        g.asserting, g.denying = g.denying, g.asserting


def one_side(g: Group, rows: dict[int, Row], answers: dict[int, set[int]],
             officers: dict[int, int] | None = None) -> None:
    """Take off each side the claims whose source is on the other side only (:func:`.sides.same_side`): an alike claim
    of a denier's own side does not assert what it denies, and one of the asserting source's side does not deny it.
    Not for corrections (a source revising itself is on both sides) or who-did-it groups (sides by doer)."""
    if g.correction or g.apart:
        return
    seeds = [rows[s] for s in g.seeds]
    answered = [rows[a] for s in g.seeds for a in answers.get(s, ())]
    for pk in list(g.asserting):
        r = rows[pk]
        if any(same_side(r, s, officers) for s in seeds) and not any(same_side(r, a, officers) for a in answered):
            g.asserting.discard(pk)
    for pk in list(g.denying):
        r = rows[pk]
        if pk not in g.seeds and any(same_side(r, a, officers) for a in answered) \
                and not any(same_side(r, s, officers) for s in seeds):
            g.denying.discard(pk)


def join_contained(groups: list[Group], rows: dict[int, Row], answers: dict[int, set[int]] | None = None,
                   officers: dict[int, int] | None = None) -> list[Group]:
    """Join a group into another whose asserting side holds all of its own (a second denial of a claim the other group
    already sets against its deniers: 'it met community leaders twice as a story for the newspapers' against 'Deltamar
    never came', when the company's meetings are asserted and denied in a bigger group), when no denier of either is
    on the other's asserting side, neither is a correction or a who-did-it group, and they are not over two different
    measures or about two different groups of people (:func:`~.dispute_model.core_people` of their seeds and what
    they answer). The others as they are, in their order."""
    answers = answers or {}
    out: list[Group] = []
    for g in sorted(groups, key=lambda g: len(g.asserting), reverse=True):
        home = next((o for o in out if _contains(o, g, rows, answers, officers)), None)
        if home is None:
            out.append(g)
            continue
        home.absorb(g)
        home.asserting |= g.asserting
        home.denying |= g.denying - home.asserting
    keep = {id(g) for g in out}
    return [g for g in groups if id(g) in keep]


def _contains(home: Group, g: Group, rows: dict[int, Row], answers: dict[int, set[int]],
              officers: dict[int, int] | None) -> bool:
    if home.correction or g.correction or home.apart or g.apart or not g.asserting <= home.asserting:
        return False
    if (home.measures or g.measures) and not home.measures & g.measures:
        return False
    mine, theirs = core_people(g.seeds, rows, answers), core_people(home.seeds, rows, answers)
    if mine and theirs and not mine & theirs:
        return False
    return not any(same_side(rows[a], rows[d], officers) for a in home.asserting for d in g.denying) \
        and not any(same_side(rows[a], rows[d], officers) for a in g.asserting for d in home.denying)
