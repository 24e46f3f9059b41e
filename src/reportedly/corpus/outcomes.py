"""Two readouts of one meeting or call: one source says the parties reached an agreement, another that none was
reached.

In: the grouping rows of a store's claims (:class:`~.disputes.Row`) and their propositions. Out: (earlier, later)
pairs of claim pks, each a counter-claim that :mod:`.disputes` seeds as it does :func:`.polarity.polar_pairs`.
Readouts of one call are worded unlike each other ('the ministers had agreed to release the cargoes' against 'no
agreement was reached', 'We have a deal' against 'there was none'), so their words and embeddings are too far
apart for the polarity pairs; what they share is the outcome they give: a ``deal_noun`` of ``data/claims.tsv``
(agreement, deal, accord) or the verb 'agree', reached or not.

A claim **says there was an outcome** when it has 'reached/struck/signed/have a deal', 'a deal was reached',
'there was a deal' or 'agreed to/on/in principle', with no negation or intention ('would agree') in that clause;
it **says there was none** with 'no agreement', 'nothing was agreed', 'did not agree', 'without an agreement', or
with a bare 'there was none' right after a claim of the same report that there was one. Two such claims make a pair
when their sources differ, they are dated at most :data:`DAYS` apart (the readouts of one meeting come out
together) and they are not one report's headline.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .disputes import Row
from .polarity import _days_apart, modal
from .terms import load

DAYS = 1
"""How many days apart two readouts of one meeting may be dated."""


@lru_cache(maxsize=1)
def _nouns() -> str:
    """The ``deal_noun`` words of ``data/claims.tsv`` as one alternation."""
    terms = sorted({term.lower() for cls, term in load("claims.tsv") if cls == "deal_noun"}, key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms) or "agreement"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(there was one, there was none, a bare 'there was none')."""
    n = _nouns()
    yes = re.compile(
        rf"\b(?:reached|struck|sealed|clinched|signed|have|has|had|got)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:{n})\b"
        rf"|\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:{n})\s+(?:had\s+been|has\s+been|was|is)\s+(?:reached|struck|agreed|"
        rf"sealed|signed)\b|\b(?:{n})\s+reached\b"
        rf"|\bthere\s+(?:was|is|had\s+been)\s+(?:an?\s+)(?:{n})\b"
        r"|\b(?:agreed|agree)\s+(?:to|on|in\s+principle|that)\b", re.I)
    no = re.compile(
        rf"\bno\s+(?:[\w-]+\s+)?(?:{n})\b|\bwithout\s+(?:an?\s+|any\s+)?(?:{n})\b"
        r"|\bnothing\s+(?:was|has\s+been|had\s+been|is)\s+agreed\b"
        r"|\b(?:did|do|does|had|has|have)\s+not\s+(?:yet\s+)?(?:agree|agreed|reach)\b|\bdidn['’]t\s+agree\b", re.I)
    bare = re.compile(r"^\W*there\s+(?:was|is|had\s+been)\s+none\W*$", re.I)
    return yes, no, bare


def outcome(proposition: str) -> bool | None:
    """True when ``proposition`` says an agreement was reached, False when it says none was, None when it says
    neither (or speaks of an intention: 'would agree to talks').

    >>> outcome("the two ministers had reached an agreement on inspections"), outcome("no agreement was reached")
    (True, False)
    """
    yes, no, _ = _patterns()
    if no.search(proposition):
        return False
    m = yes.search(proposition)
    if m is None:
        return None
    before = proposition[max(0, m.start() - 30):m.start()].lower()
    clause = re.split(r"[.;!?,]", proposition[m.start():], maxsplit=1)[0]
    if re.search(r"\b(?:not|never|no)\s+(?:\w+\s+)?$", before) or modal(clause) \
            or re.search(r"\b(?:would|will|could|might|may|ready|willing|wants?|hopes?|expects?)\s+(?:to\s+)?$",
                         before):
        return None
    return True


def outcome_pairs(rows: dict[int, Row], propositions: dict[int, str]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of claims of different sources, one saying an agreement was reached and the other that
    none was, dated at most :data:`DAYS` apart (see the module doc)."""
    _, _, bare = _patterns()
    said: dict[int, bool] = {}
    by_doc: dict[int, list[Row]] = {}
    for r in sorted(rows.values(), key=lambda r: (r.doc, r.n)):
        by_doc.setdefault(r.doc, []).append(r)
    for claims in by_doc.values():
        last: Row | None = None
        for r in claims:
            text = propositions.get(r.pk) or ""
            got = None if r.headline or r.kind in ("report", "correction") else outcome(text)
            if got is None and last is not None and bare.match(text) and not r.same_source(last):
                got = False  # 'Brazil says there was a deal; China said there was none'
            if got is not None:
                said[r.pk] = got
            last = r if got else None
    out = []
    for a, b in itertools.combinations([rows[pk] for pk in said], 2):
        if said[a.pk] == said[b.pk] or a.same_source(b) or _days_apart(a, b) > DAYS:
            continue
        first, later = sorted((a, b), key=lambda r: r.order)
        out.append((first.pk, later.pk))
    return list(dict.fromkeys(out))

