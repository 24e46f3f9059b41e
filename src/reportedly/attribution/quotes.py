"""Quotation marks paired into quotations, and quotations looked up by character offset.

In: a document's text and the character spans of the paragraphs to read. Out: :class:`Quote`
records from :func:`find_quotes` (one span per paragraph a quotation runs over, marks included),
and a :class:`QuoteIndex` over them that answers which quotation holds, closes right before or opens
right after a character, which quotations carry on after a sentence, and whether a content is a
direct quotation. Pure functions of the text: nothing here needs the parse.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Span, StatementKind

QUOTE_TOKENS = {'"', "“", "”", "‘", "’", "'", "``", "''"}
"""Token texts that are quotation marks."""


@dataclass
class Quote:
    """A quotation: one span per paragraph it runs over, each including its quotation marks."""

    spans: list[Span]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


_MARKS = re.compile(r"''|``|[“”\"‘’]")
_NOT_BETWEEN_QUOTES = re.compile(r"[^ .,;\n\t]")
"""A character that stops a run of quotations (:meth:`QuoteIndex.run_from`)."""


def find_quotes(text: str, blocks: list[Span]) -> list[Quote]:
    """Pair quotation marks inside the given paragraphs.

    Curly double quotes pair as opened and closed; straight double quotes and the doubled
    apostrophes of some wire styles ('' and ``) toggle; single curly quotes count only where they
    cannot be apostrophes (an opening mark after a space or bracket, a closing one not followed by
    a letter). A quotation left open at the end of a paragraph continues into the next paragraph
    when that one opens with a quotation mark (the news convention for multi-paragraph quotes).
    """
    quotes: list[Quote] = []
    carry: list[Span] = []  # pieces of a quotation still open from earlier paragraphs
    for bs, be in blocks:
        open_at: int | None = None
        style = ""
        marks = [(m.start(), m.group()) for m in _MARKS.finditer(text, bs, be)]
        if carry:
            if marks and not text[bs:marks[0][0]].strip() and marks[0][1] != "’" and marks[0][1] != "”":
                open_at, style = marks[0][0], _style(marks[0][1])
                marks = marks[1:]
            else:
                quotes.append(Quote(carry))
                carry = []
        for pos, mark in marks:
            kind = _style(mark)
            if open_at is None:
                if mark in ("“", '"', "''", "``") or (mark == "‘" and _opens_single(text, pos, bs)):
                    open_at, style = pos, kind
            elif kind == style and (mark != "’" or _closes_single(text, pos, be)) and mark not in ("‘", "``"):
                quotes.append(Quote([*carry, (open_at, pos + len(mark))]))
                carry, open_at = [], None
        if open_at is not None:
            carry = [*carry, (open_at, be)]
        elif carry:
            quotes.append(Quote(carry))
            carry = []
    if carry:
        quotes.append(Quote(carry))
    return quotes


def _style(mark: str) -> str:
    return "single" if mark in ("‘", "’") else "double"


def _opens_single(text: str, i: int, start: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-“\"") and not after.isspace()


def _closes_single(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    return not after.isalnum()


class QuoteIndex:
    """The quotations of a text in text order, looked up by character offset."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text
        self.quotes = quotes
        self.starts = [q.start for q in quotes]
        self._runs: dict[tuple[int, int], list[Span]] = {}

    def around(self, start: int, end: int) -> Quote | None:
        """The quotation that contains the characters ``[start, end)``, if any."""
        k = bisect.bisect_right(self.starts, start) - 1
        if k >= 0 and self.quotes[k].start <= start and end <= self.quotes[k].end:
            return self.quotes[k]
        return None

    def ending_before(self, char: int) -> Quote | None:
        """A quotation that closes right before ``char`` (only spaces and , . — between, in the same paragraph:
        a quotation that ends one paragraph is not the content of 'Dev Patel wrote ...' opening the next)."""
        k = bisect.bisect_right(self.starts, char) - 1
        while k >= 0:
            q = self.quotes[k]
            if q.end <= char:
                if char - q.end > 4:  # (checked before the gap is sliced: it may be long)
                    return None
                return None if self.text[q.end:char].strip(" ,.—–-") else q
            k -= 1
        return None

    def starting_after(self, char: int) -> Quote | None:
        """A quotation that opens right after ``char`` (only spaces and , : between)."""
        k = bisect.bisect_left(self.starts, char)
        if k < len(self.quotes):
            q = self.quotes[k]
            if q.start - char <= 4 and not self.text[char:q.start].strip(" ,:—–-\n"):
                return q
        return None

    def run_from(self, pos: int, limit: int) -> list[Span]:
        """The spans of the quotations that follow ``pos`` one after another, opening before ``limit``,
        with nothing but spaces and sentence punctuation (. , ;) before each."""
        key = (pos, limit)
        hit = self._runs.get(key)
        if hit is None:
            hit = []
            k = bisect.bisect_left(self.starts, pos)
            while k < len(self.quotes):
                q = self.quotes[k]
                if q.start >= limit or _NOT_BETWEEN_QUOTES.search(self.text, pos, q.start):
                    break
                hit.extend(q.spans)
                pos = q.end
                k += 1
            self._runs[key] = hit
        return list(hit)

    def kind_of(self, content: list[Span]) -> StatementKind:
        """direct when the content is one quotation, mixed when it holds one, indirect otherwise."""
        s, e = content[0][0], content[-1][1]
        # the quotations inside [s, e): in text order and disjoint, so those from the first one starting at s
        k = bisect.bisect_left(self.starts, s)
        if k == len(self.quotes) or self.quotes[k].end > e:
            return "indirect"
        q = self.quotes[k]
        alone = k + 1 == len(self.quotes) or self.quotes[k + 1].end > e
        if alone and q.start - s <= 1 and e - q.end <= 2 and \
                len(self.text[s:e].strip(" ,.;:")) <= q.end - q.start + 2:
            return "direct"
        if all(self.around(a, b) for a, b in content):
            return "direct"
        return "mixed"
