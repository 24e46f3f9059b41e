"""The sides of a dispute: which claims assert a group's proposition and which deny it.

In: the groups :func:`.disputes.group` has merged (their seeds, what each seed answers and goes on to say), the
claims (:class:`~.dispute_model.Row`), their vectors and a look-up of alike claims. Out: the same groups with
``asserting`` and ``denying`` filled (step 4 of :mod:`.disputes`), those with both sides.
"""

from __future__ import annotations

from collections.abc import Callable

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
    _kind,
    _whose,
    compatible_kinds,
    core_people,
)
from .propositions import Vocabulary, conflicting
from .sides import same_side

TOLLS = True
"""A denial with no figure that something happened to some people ('no evidence of a single civilian casualty', 'no
civilians died') is asserted by the claims of another side that give a figure of it ('the civilian toll at 17')
(:func:`_toll_of`), when they are :data:`~.dispute_model.WEAK` alike."""


def _follow(rows: dict[int, Row], by_doc: dict[int, list[Row]], seed: Row, block: set[int],
            officers: dict[int, int] | None = None, denials: bool = False) -> set[int]:
    """What a denial or counter that only points at a claim goes on to say ('Kyrgyz officials tell a different
    story. The agreement was reached by the two border services, X said'; 'The ministry rejected the account. Its
    spokeswoman said no gun had fired'): the next claims of its report, of its own side (:func:`.sides.same_side`:
    its officer named next; of any source but the one it answers, after a counter), up to :data:`NEAR` claims on; and
    the denials of its own side there, weak ones too ('no gun had fired across the border'). With ``denials``, only
    those denials (what a denial in words of its own goes on to deny)."""
    answered = [rows[b] for b in block]
    out = set()
    for r in by_doc[seed.doc]:
        if seed.n < r.n <= seed.n + NEAR and not any(same_side(r, a, officers) for a in answered) \
                and ((r.position == "asserts" and not r.weak and not denials
                      and (same_side(r, seed, officers) or seed.kind == "counter"))
                     or (r.position == "denies" and r.kind == "denial" and r.words and same_side(r, seed, officers))):
            out.add(r.pk)
    return out


def build_sides(groups: list[Group], rows: dict[int, Row], answers: dict[int, set[int]],
                follows: dict[int, set[int]], orphans: list[Row], vectors: dict[int, Vector],
                alike: Callable[[Vector], list[tuple[int, float]]], officers: dict[int, int]) -> list[Group]:
    """Fill each group's sides (step 4 of :mod:`.disputes`): what its seeds answer asserts, the seeds and what
    they go on to say deny, then every alike claim takes the side its words, figures or polarity say; a denial that
    only points at a claim and found none joins the group its source already denies. The groups with both sides."""
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
        toll = _toll_of(g, rows, answers)
        for pk, sim in [] if g.apart else alike(g.vector):
            r = rows.get(pk)
            if r is None or pk in g.denying or pk in g.asserting:
                continue
            if r.frames & g.frames and r.anchors & g.anchors:
                sim += FRAME
            if len(r.words) < 2 and not r.quantities:
                continue  # 'the count', 'not to be named': nothing to assert
            if toll and r.position == "asserts" and r.kind == "assertion" and sim >= WEAK \
                    and _counts(r, toll) and not any(same_side(r, d, officers) for d in deniers):
                g.asserting.add(pk)  # 'put the civilian toll at 17', when what is denied is that civilians died
                continue
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


def _toll_of(g: Group, rows: dict[int, Row], answers: dict[int, set[int]]) -> tuple[frozenset[str], frozenset[str]]:
    """What a denial with no figure denies happened to whom (:data:`TOLLS`), when it is that: the measures its seeds'
    words name ('had killed civilians', 'no civilians died': the dead) and the people most of them name
    (:func:`~.dispute_model.core_people`: civilians). Empty for a group over figures, a correction, or when either is
    missing."""
    if not TOLLS or g.measures or g.correction or g.apart:
        return frozenset(), frozenset()
    people = core_people(g.seeds, rows, answers)
    counts = frozenset().union(*(rows[s].counts for s in g.seeds if rows[s].words))
    return (counts, people) if counts and people else (frozenset(), frozenset())


def _counts(r: Row, toll: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether a claim gives a figure above zero of one of a toll's measures for one of its people ('put the civilian
    toll at 17, later 19')."""
    measures, people = toll
    return any(q.measure in measures and q.value > 0 and (q.whose | r.who) & people for q in r.quantities)


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
    None when it gives none of them. The figure an explicit denial names is the one it denies, so an asserted one."""
    mine = {q.value for q in r.quantities if q.measure in g.measures
            and (not FIGURE_KINDS or compatible_kinds(g.kinds, frozenset({_kind(_whose(r, q))})))}
    if not mine:
        return None
    theirs = {q.value for d in g.denying if not _names_denied(rows[d]) for q in rows[d].quantities
              if q.measure in g.measures}
    ours = {q.value for a in g.asserting for q in rows[a].quantities if q.measure in g.measures} | {
        q.value for d in g.denying if _names_denied(rows[d]) for q in rows[d].quantities
        if q.measure in g.measures}  # 'rejected the claim that six jets were downed': six is the asserted value
    if mine & theirs and not mine & ours:
        return "denies"
    if mine & ours and not mine & theirs:
        return "asserts"
    if not ours and not mine & theirs and any(conflicting(q, p) for q in r.quantities for d in g.denying
                                              for p in rows[d].quantities if q.measure in g.measures):
        return "asserts"  # a counter whose report gives no figure it answers ('its own tally gave no more than forty')
    return None


def _names_denied(d: Row) -> bool:
    """Whether the figures of a claim on the denying side are the ones it denies, not its own: an explicit denial
    ('rejected the claim that six jets were downed'), not one read only from a negation or a counter-figure."""
    return d.kind == "denial" and not d.weak


def _off_value(r: Row, g: Group, rows: dict[int, Row]) -> bool:
    """Whether a claim's numbers side with the deniers of a counter-claim group (it then counters, too)."""
    mine = [q for q in r.quantities if q.measure]
    if not mine or r.kind == "report":
        return False
    theirs = [q for d in g.denying if not _names_denied(rows[d]) for q in rows[d].quantities if q.measure]
    return any(q.value == p.value and q.measure == p.measure for q in mine for p in theirs)
