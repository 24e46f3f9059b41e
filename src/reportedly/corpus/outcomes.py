"""Two accounts of one exchange worded unlike each other: one source says the parties reached an agreement, another
that none was reached; one says a notice or warning was sent, another that none was received.

In: the grouping rows of a store's claims (:class:`~.disputes.Row`) and their propositions. Out: (earlier, later)
pairs of claim pks, each a counter-claim that :mod:`.disputes` seeds as it does :func:`.polarity.polar_pairs`.
Readouts of one call are worded unlike each other ('the ministers had agreed to release the cargoes' against 'no
agreement was reached', 'We have a deal' against 'there was none'), so their words and embeddings are too far
apart for the polarity pairs; what they share is the outcome they give: a ``deal_noun`` of ``data/claims.tsv``
(agreement, deal, accord) or the verb 'agree', reached or not.

A claim **says there was an outcome** when it has 'reached/struck/signed/have a deal', 'a deal was reached',
'there was a deal' or 'agreed to/on/in principle', with no negation or intention ('would agree') in that clause;
it **says there was none** with 'no agreement', 'nothing was agreed', 'without an agreement', or with a bare 'there
was none' right after a claim of the same report that there was one: an outcome with no object, which answers any
claim of an agreement. 'had not agreed to any halt' and 'denied that he had agreed to a pause' deny one thing agreed
(not the prisoner exchange agreed in the same call): the polarity pairs and denials take those. Two such claims make
a pair when their sources differ, they are dated at most :data:`DAYS` apart (the readouts of one meeting come out
together) and they are not one report's headline.

A claim **says a notice was given** ('the notice was sent on 3 June', 'a written warning went to the ministry', 'the
authorities were informed in good time', 'had notified the union in writing', 'wrote to the company') or **that none
was** ('never received one', 'had not been notified', 'There was no notice', 'nothing arrived', and an explicit
denial of receiving one: 'denied receiving any warning'), a ``notice_noun`` of ``data/claims.tsv`` or a verb of
notifying. The sender's claim and the receiver's denial are told days apart (the denial comes first, the letter's date
later), so such pairs may be dated up to :data:`NOTICE_DAYS` apart, and their propositions must be somewhat alike
(:data:`NOTICE_ALIKE`).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .disputes import Row
from .polarity import _days_apart, modal
from .similarity import Vec
from .terms import load

DAYS = 1
"""How many days apart two readouts of one meeting may be dated."""
NOTICE_DAYS = 7
"""How many days apart a claim that a notice was sent and a denial that it was received may be dated."""
NOTICE_ALIKE = 0.2
"""The least similarity (:meth:`~.similarity.Vec.cos`) of a claim that a notice was sent and a denial of it."""


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
        r"|\bnothing\s+(?:was|has\s+been|had\s+been|is)\s+agreed\b", re.I)
    bare = re.compile(r"^\W*there\s+(?:was|is|had\s+been)\s+none\W*$", re.I)
    return yes, no, bare


@lru_cache(maxsize=1)
def _notice_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a notice was given, none was)."""
    terms = sorted({t.lower() for cls, t in load("claims.tsv") if cls == "notice_noun"}, key=len, reverse=True)
    n = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms) or "notice"
    yes = re.compile(
        rf"\b(?:sent|issued|delivered|handed\s+over|gave|given|(?P<got>received|receiving|receive))\s+"
        r"(?:an?\s+|the\s+|its\s+|their\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}(?:{n})s?\b"
        rf"|\b(?:{n})s?\s+(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+)?(?:sent|issued|delivered|went|reached)\b"
        r"|\b(?:was|were|had\s+been|has\s+been)\s+(?:duly\s+|properly\s+|formally\s+)?(?:informed|notified|warned)\b"
        r"|\b(?:had|has|have)\s+(?:\w+\s+)?(?:notified|informed|warned|alerted)\s+(?:the|its|their|[A-Z])"
        r"|\b(?:wrote|had\s+written|has\s+written)\s+to\b", re.I)
    no = re.compile(
        rf"\bno\s+(?:[\w-]+\s+){{0,2}}(?:{n})s?\b"
        r"|\b(?:never|not|n['’]t)\s+(?:\w+\s+){0,2}(?:received|receive|notified|informed|warned|alerted|contacted)\b"
        r"|\bnothing\s+(?:\w+\s+)?(?:arrived|came|reached)\b", re.I)
    return yes, no


def notice(proposition: str, denied: bool = False) -> bool | None:
    """True when ``proposition`` says a notice or warning was given, False when it says none was (or when it says
    one was and ``denied``: the claim denies it, 'denied receiving any warning'), None when it says neither.

    >>> notice("the notice was sent on 3 June"), notice("it never received one"), notice("receiving a warning", True)
    (True, False, False)
    """
    yes, no = _notice_patterns()
    if no.search(proposition):
        return None if denied else False
    m = yes.search(proposition)
    if m is None or modal(proposition) or (m.group("got") and not denied):
        return None  # 'the ministry had received a warning' tells what its receiver did, which a retraction may undo
    return not denied


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


def notice_pairs(rows: dict[int, Row], propositions: dict[int, str], vectors: dict[int, Vec]) -> list[tuple[int, int]]:
    """(sent, none) pairs of claims of different sources, one saying a notice was given and the other that none
    was (the second answers the first, whichever is told first), dated at most :data:`NOTICE_DAYS` apart and at
    least :data:`NOTICE_ALIKE` alike (see the module doc)."""
    said: dict[int, bool] = {}
    for r in rows.values():
        if r.headline or r.kind in ("report", "correction"):
            continue
        got = notice(propositions.get(r.pk) or "", denied=r.position == "denies" and not r.weak)
        if got is not None:
            said[r.pk] = got
    out = []
    for a, b in itertools.combinations([rows[pk] for pk in said], 2):
        if said[a.pk] == said[b.pk] or a.same_source(b) or _days_apart(a, b) > NOTICE_DAYS \
                or vectors[a.pk].cos(vectors[b.pk]) < NOTICE_ALIKE:
            continue
        sent, none = (a, b) if said[a.pk] else (b, a)
        out.append((sent.pk, none.pk))  # whichever is told first, the denial answers the claim it was sent
    return list(dict.fromkeys(out))


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
            got = None if r.headline or r.kind in ("report", "correction") or (
                r.position == "denies" and not r.weak) else outcome(text)  # 'denied he had agreed to X': X's own
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

