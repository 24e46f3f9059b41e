"""Claim status: whether the text asserts a mention, reports, denies or plans it, or puts it in an 'if'.

In: the :class:`~reportedly.events.view.DocumentView` of a document (its parse and the attribution
records) and a :class:`~reportedly.events.mention_types.Mention` with its trigger and frames. Out: the
mention's statuses, as (kind, index of the statement) pairs: 'asserted', 'claimed', 'denied',
'negated', 'planned', 'future', 'hypothetical', 'conditional'; and ``m.speech_act``, the statement whose
cue the trigger is.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ..text import timex
from .mention_types import Mention
from .view import DocumentView, ViewReader
from .words import (
    CONDITION_MARKS,
    FUTURE_ADJ,
    FUTURE_AUX,
    HYPOTHETICAL_ADJ,
    HYPOTHETICAL_AUX,
    NEGATIONS,
    NOBODY,
    PLAN_ADJ,
)


class StatusReader(ViewReader):
    """Statuses of the mentions of one document (see the module docstring)."""

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._content = sorted(((s, e, n) for n, f in enumerate(self.found) for s, e in f.content),
                               key=lambda x: x[0])
        """(start, end, statement) character ranges of the statements' contents, by start."""
        self._content_starts = [c[0] for c in self._content]
        self._ends = _Above([c[1] for c in self._content])

    def statement_around(self, m: Mention) -> int | None:
        """Index of the innermost statement whose content holds the trigger.

        For a speech act with its content ('urged X to release'), the position is that of the cue.
        """
        # 'announced the downing of 130 drones': the noun is what the announcement reports, not its own act
        reported_noun = m.kind == "noun" and m.head not in self.cue_of
        speech = any(i in self.cue_of for i in m.tokens) and not reported_noun
        at = self.p.token_start(min(m.tokens) if speech else m.head)
        k = bisect.bisect_right(self._content_starts, at) - 1
        best, best_len = None, None
        ends = self._ends.values
        while k >= 0:
            # the contents that start before ``at`` and end after it, from the last one back: a run of contents
            # that end before it is jumped over (they were skipped one by one: O(statements) per mention)
            if ends[k] <= at:
                k = self._ends.last(k, at)
                if k < 0:
                    break
            s, e, n = self._content[k]
            if s <= at < e and (reported_noun or not set(m.tokens) & set(self.found[n].cue)) and (
                    best_len is None or e - s < best_len or (e - s == best_len and self.found[n].cls == "denial")):
                best, best_len = n, e - s
            k -= 1
        if best is not None and self.found[best].cue and self.tokens[self.found[best].head].pos_ == "NOUN":
            # 'denied any assertion of X': a claim noun inside a denial is what is denied
            at = self.p.token_start(self.found[best].head)
            last = bisect.bisect_right(self._content_starts, at) - 1
            k = self._ends.first(0, last, at)
            while k >= 0:
                s, e, n = self._content[k]
                if s <= at < e and n != best and self.found[n].cls == "denial":
                    return n
                k = self._ends.first(k + 1, last, at)
        return best

    def claim_status(self, m: Mention) -> list[tuple[str, int | None]]:
        """The statuses of a mention, each with the statement it comes from; sets ``m.speech_act``."""
        tokens = self.tokens
        out: list[tuple[str, int | None]] = []
        n = self.statement_around(m)
        m.speech_act = next((self.cue_of[i] for i in m.tokens if i in self.cue_of), None)
        if n is not None and self.found[n].frame in ("object", "prep") and self.found[n].cls in (
                "request", "commitment", "refusal", "agreement"):
            n = None  # 'did not agree to the plan put forward by Peru': the plan itself is reported
        if n is None:
            out.append(("asserted", None))
        else:
            cls = self.found[n].cls
            if cls == "denial":
                out.append(("denied", n))
            elif cls == "refusal":
                out.append(("claimed", n))
                out.append(("negated", n))
            else:
                out.append(("claimed", n))
                if cls == "request":
                    out.append(("hypothetical", n))
                elif cls == "commitment":
                    out.append(("planned", n))
        link = n
        words = [tokens[i] for i in m.tokens] + [tokens[f] for f, _ in m.frames]
        negated_frames = set()
        for f, role in m.frames:
            if role in ("planned", "future", "hypothetical", "negated"):
                if any(c.dep_ == "neg" for c in self.children_of[f]):
                    negated_frames.add(f)  # 'is not foreseen', 'did not try to'
                    out.append(("negated", link))
                else:
                    out.append((role, link))
        aux = [c for w in words for c in self.children_of[w.i] if c.dep_ in ("aux", "auxpass", "neg", "advmod", "det")
               and w.i not in negated_frames]
        lows = {c.lower_ for c in aux}
        if lows & NEGATIONS or any(c.dep_ == "det" and c.lower_ == "no" for c in aux) or self._no_one(m):
            out.append(("negated", link))
        head = tokens[m.head]
        if lows & FUTURE_AUX or (head.tag_ == "VB" and any(c.lower_ == "going" for c in aux)):
            out.append(("planned" if self._has_future_time(m) else "future", link))
        if lows & HYPOTHETICAL_AUX:
            reported = n is not None and lows & {"would", "'d", "’d"} and not lows & (HYPOTHETICAL_AUX - {"would"})
            out.append(("future" if reported else "hypothetical", link))  # 'said it would withdraw'
        if m.kind in ("noun", "light"):
            noun = tokens[m.head] if m.kind == "noun" else tokens[m.tokens[-1]]
            for c in self.children_of[noun.i]:
                low = c.lower_
                if c.dep_ in ("amod", "det") and low in HYPOTHETICAL_ADJ:
                    out.append(("hypothetical", link))
                elif c.dep_ == "amod" and low in FUTURE_ADJ:
                    out.append(("future", link))
                elif c.dep_ == "amod" and low in PLAN_ADJ:
                    out.append(("planned", link))
            if noun.dep_ == "pobj" and noun.head.lower_ in ("before", "until", "without"):
                out.append(("hypothetical", link))
        if self._conditional(head):
            out.append(("conditional", link))
        if head.dep_ == "pcomp" and head.head.lower_ in ("how", "whether"):
            out.append(("hypothetical", link))
        if any(c.dep_ == "advmod" and c.lower_ == "how" for c in self.children_of[head.i]) and head.tag_ == "VB":
            out.append(("hypothetical", link))
        seen: set[tuple[str, int | None]] = set()
        uniq = []
        for s in out:
            if s not in seen:
                seen.add(s)
                uniq.append(s)
        return uniq

    def _no_one(self, m: Mention) -> bool:
        """Whether a mention's actor or recipient is no one: 'nobody was injured', 'no soldiers were killed',
        'killed no one', 'none of the protesters was arrested', 'neither side fired'."""
        children = self.children_of
        for a in [*m.actors, *m.recipients]:
            if a.rel in ("claim-subj", "clause-subj", "condition-subj", "statement-source"):
                continue
            h = self.tokens[a.head]
            if h.lower_ in NOBODY:
                return True
            if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "neither") for c in children[h.i]):
                return True
        return False

    def _has_future_time(self, m: Mention) -> bool:
        head = self.tokens[m.head]
        for c in self.children_of[head.i]:
            if c.dep_ in ("prep", "npadvmod", "tmod", "advmod") and timex.is_time_phrase(
                    self.doc[c.left_edge.i:c.right_edge.i + 1].text):
                return True
        return False

    def _conditional(self, t: Token) -> bool:
        """Whether ``t`` is in an if/unless clause, or governs one."""
        children = self.children_of
        cur = t
        for _ in range(6):
            if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children[cur.i]):
                return True
            if cur.i != t.i and any(
                    c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in children[c.i])
                    for c in children[cur.i]):
                return True  # 'if the talks fail, the army will resume shelling': the frame governs the if-clause
            if cur.dep_ in ("ROOT",) or cur.head.i == cur.i:
                break
            if cur.dep_ in ("ccomp",):
                break
            cur = cur.head
        return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in children[c.i])
                   for c in children[t.i])


class _Above:
    """A fixed list of numbers, searched for the nearest index whose value exceeds a bound (a max segment tree,
    walked without recursion)."""

    def __init__(self, values: list[int]) -> None:
        self.values = values
        size = 1
        while size < len(values):
            size *= 2
        self.size = size
        self.tree = [-1] * (2 * size)
        self.tree[size:size + len(values)] = values
        for i in range(size - 1, 0, -1):
            self.tree[i] = max(self.tree[2 * i], self.tree[2 * i + 1])

    def last(self, k: int, bound: int) -> int:
        """The largest index ``j <= k`` whose value is greater than ``bound`` (-1: none)."""
        k = min(k, len(self.values) - 1)
        if k < 0:
            return -1
        tree = self.tree
        i = k + self.size
        if tree[i] > bound:
            return k
        while True:  # up to the nearest subtree on the left that holds a greater value
            while not i & 1:
                i >>= 1
            if i == 1:
                return -1
            i -= 1
            if tree[i] > bound:
                break
        while i < self.size:  # down to its last such leaf
            i = 2 * i + 1 if tree[2 * i + 1] > bound else 2 * i
        return i - self.size

    def first(self, k: int, last: int, bound: int) -> int:
        """The smallest index ``j`` with ``k <= j <= last`` whose value is greater than ``bound`` (-1: none)."""
        if k > last or k >= len(self.values):
            return -1
        tree = self.tree
        i = k + self.size
        if tree[i] <= bound:
            while True:  # up to the nearest subtree on the right that holds a greater value
                while i & 1:
                    i >>= 1
                if i == 0:
                    return -1
                i += 1
                if tree[i] > bound:
                    break
            while i < self.size:  # down to its first such leaf
                i = 2 * i if tree[2 * i] > bound else 2 * i + 1
        j = i - self.size
        return j if j <= last else -1
