"""One dispute in several pieces: join the fragments of a dispute into the dispute, with more evidence.

In: the groups :func:`.disputes.group` builds (sides filled), the claims they are made of (:class:`~.disputes.Row`).
Out: the same groups, those that are a fragment of another merged into it.

A report often tells one dispute as several claims and several denials: the workers say the checks were skipped
and the alarms were switched off, the department 'rejected the workers' account' and said there was 'no basis'
for the claims. Each denial answers its own claim, and claims that share few words make groups too unlike to
merge by similarity; a reader counts one dispute. A group is a **fragment** of a bigger one when

* **the same side pair**: each of its seeds (its denials and counters) has, in the same report, a denial or
  counter of the bigger group by the same side (:func:`same_side`: a spokeswoman counts for her organisation, 'its
  deputy director' for the body named just before, a ministry's spokesperson for the country); none of its
  asserting sources is on the side of those denials (the sides are not reversed);
* **the same proposition**: its seeds only point at a claim ('rejected the workers' account', 'denied that'),
  or, both over figures or both not, the two share a place-like name and name no known places apart, or they
  share words (:data:`~.disputes.LEXICAL_FLOOR`);
* neither is a correction (a source revising itself) nor a who-started-it group, and they are not over two
  different measures (a toll is not a turnout).

Nothing here knows a story: two sources and one report are enough. Corrections, blame groups and the seeds of
other reports are never joined this way, so two different disputes told in two reports stay two.
"""

from __future__ import annotations

from .disputes import LEXICAL_FLOOR, Group, Row
from .propositions import Vocabulary
from .sides import antecedents, same_side


def _size(g: Group) -> int:
    return len(g.asserting) + len(g.denying)


def fragment_of(g: Group, home: Group, rows: dict[int, Row], officers: dict[int, int] | None = None) -> bool:
    """Whether group ``g`` is a fragment of group ``home`` (see the module doc)."""
    if g.correction or home.correction or g.apart or home.apart:
        return False
    if g.measures and home.measures and not g.measures & home.measures:
        return False
    mine = [rows[s] for s in g.seeds]
    theirs = [rows[d] for d in home.denying if d in home.seeds or (rows[d].position == "denies" and not rows[d].weak)]
    if not mine or not all(any(s.doc == t.doc and same_side(s, t, officers) for t in theirs) for s in mine):
        return False  # not the same denier in the same report
    if any(same_side(rows[a], t, officers) for a in g.asserting for t in theirs):
        return False  # the sides reversed: one source's claim against the other's, told both ways
    if all(not s.words for s in mine):
        return True  # it only points at a claim: what its report's other denial by the same source answers
    if bool(g.measures) != bool(home.measures):
        return False  # a dispute over figures ('how many were wounded') is not one over what happened
    if g.anchors & home.anchors and not (g.places and home.places and not g.places & home.places):
        return True
    return Vocabulary.cosine(g.vector.lex, home.vector.lex) >= LEXICAL_FLOOR


def join_fragments(groups: list[Group], rows: dict[int, Row], officers: dict[int, int] | None = None) -> list[Group]:
    """The groups with each fragment merged into the biggest group it is a fragment of, or that is a fragment of it
    (see the module doc); the order of the others is kept. ``officers``: :func:`.sides.antecedents` of ``rows``,
    when the caller has it."""
    out: list[Group] = []
    officers = antecedents(rows) if officers is None else officers
    for g in sorted(groups, key=_size, reverse=True):
        home = next((o for o in out if fragment_of(g, o, rows, officers) or fragment_of(o, g, rows, officers)), None)
        if home is None:
            out.append(g)
            continue
        home.take_in(g)
        home.negative = home.negative or g.negative
        for pk in home.asserting & home.denying:  # a seed denies; what a seed answers asserts
            (home.asserting if pk in home.seeds else home.denying).discard(pk)
    keep = {id(g) for g in out}
    return [g for g in groups if id(g) in keep]
