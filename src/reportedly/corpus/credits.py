"""Credits: which news agency a report says its text comes from, and which agencies it cites.

In: a :class:`~reportedly.model.Document` (its text, its removed debris and ``meta.credit``, which the
dateline reader fills). Out: :class:`Credits`: the agency the document's text is credited to (or None)
with how the credit is given, and every agency the body cites, each with its span into the text.

A report credits its text to an agency in a few set places, read here in this order:

* the dateline, ``DUSHANBE, May 5 (AFP) -`` (``meta.credit``, from :mod:`reportedly.text.datelines`),
  and the ``BISHKEK, May 6. /TASS/.`` form at the top;
* a ``Source: Xinhua`` line above the text;
* the last lines: ``- Reuters``, ``(Yonhap)``, ``(With inputs from PTI)``, ``(with dpa)``, an agency's
  desk codes (``PTI DK RS``);
* a citation in the lead paragraph when there is no other credit (``..., according to Xinhua news
  agency.``, ``AFP reported``): a rewrite of the wire story.

Everywhere else, ``according to TASS``, a paragraph that ends in ``(AKIpress)``, ``AFP reported``,
``told Reuters``, ``quoted by Anadolu``, ``Reuters said`` are citations (``cited``): the report takes one
fact or quotation from the agency. Photo credits (``Image: AFP``, ``(Xinhua/Li Ran)``, captions) are
neither. Agency names come from
``data/agencies.tsv`` through :func:`reportedly.text.lexicons.agency` (short acronyms only in capitals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from ..model import Document, Span
from ..text import lexicons
from .patterns import by_first_letter

How = Literal["dateline", "top", "closing", "lead"]


@dataclass(frozen=True)
class Cited:
    """One agency named as a source in the body."""

    agency: str
    span: Span


@dataclass(frozen=True)
class Credits:
    """The agency a document's text is credited to, and the agencies its body cites."""

    credit: str | None = None
    how: How | None = None
    """Where the credit stands: dateline, top (/TASS/, 'Source:'), closing lines, or a citation in the lead."""
    span: Span | None = None
    cited: list[Cited] = field(default_factory=list)


_CLOSING_LINES = 3
_WITH = re.compile(r"^\(?\s*(?:with\s+(?:inputs?|input|reporting|additional reporting)\s+(?:from|by)\s+|with\s+|"
                   r"inputs?\s+from\s+|source\s*:\s*|agencies\s*:\s*)(?P<who>[^()]{2,80}?)\s*\)?\.?$", re.I)
_DASH = re.compile(r"^[-—–]+\s*(?P<who>[^\s].{0,40}?)\s*$")
_BRACKET = re.compile(r"^\((?P<who>[^()/\n]{2,40})\)\.?$")
_DESK = re.compile(r"^(?P<who>[A-Z][A-Za-z]{1,8})(?: [A-Z]{2,4}){1,4}$")
_SLASHED = re.compile(r"(?<![\w/])/(?P<who>[A-Za-z][\w\- ]{1,30})/(?![\w/])")
_SOURCE_LINE = re.compile(r"^(?:source|agency)\s*:\s*(?P<who>[^|\n]{2,60}?)\s*(?:\||$)", re.I)
_CITE_BEFORE = re.compile(r"(?:according to|told|quoted by|cited by|citing|reported by|said to|reports? by|"
                          r"quoting|reports? from|told the)\s+(?:the\s+)?$", re.I)
_CITE_AFTER = re.compile(r"^(?:'s)?\s*(?:news agency\s*)?,?\s*(?:reported|reports|said|says|quoted|cited|wrote|"
                         r"added|news agency reported|agency reported|agency said)\b", re.I)
_PHOTO = re.compile(r"^\s*\(?\s*(?:image|photo|photograph|picture|pictures|video|file photo|credit)s?\s*[:|]", re.I)
_PARAS = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str]:
    """Every name and alias of ``data/agencies.tsv`` as one pattern (longest first, case-insensitive)."""
    names = sorted({n for n in lexicons.agencies()}, key=len, reverse=True)
    grouped = by_first_letter(names, {n: re.escape(n[1:]).replace(r"\ ", r"[\s.]+") for n in names})
    if grouped is not None:  # the same matches, dropping the names of other first letters at once (~1 ms a report)
        return re.compile(rf"(?<![\w-])(?P<name>{grouped})(?![\w-])")
    alts = "|".join(re.escape(n).replace(r"\ ", r"[\s.]+") for n in names)
    return re.compile(rf"(?<![\w-])(?P<name>{alts})(?![\w-])", re.I)


def agency_in(text: str) -> str | None:
    """The agency a short credit text names ('Reuters', 'inputs from PTI' -> 'PTI'; 'PTI and AFP' -> 'PTI')."""
    t = text.strip().strip(".").strip()
    found = lexicons.agency(t)
    if found:
        return found.name
    for part in re.split(r"\s*(?:,|&|\band\b|/|;)\s*", t):
        found = lexicons.agency(part.strip().strip("."))
        if found:
            return found.name
    return None


def _removed(doc: Document, kinds: tuple[str, ...]) -> list[Span]:
    return [s for r in doc.removed if r.kind in kinds for s in r.spans]


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def credits(doc: Document) -> Credits:
    """The credit and the citations of one document (see the module doc)."""
    text = doc.text
    paras = [(m.start(), m.end()) for m in _PARAS.finditer(text) if m.group(0).strip()]
    captions = _removed(doc, ("caption",))
    cited = _citations(text, captions)
    credit: tuple[str, How, Span | None] | None = None
    if doc.meta.credit:
        name = agency_in(doc.meta.credit) or doc.meta.credit
        credit = (name, "dateline", None)
    if credit is None:
        for a, b in paras[:4]:
            m = _SOURCE_LINE.match(text[a:b].strip()) or _SLASHED.search(text, a, min(b, a + 80))
            who = agency_in(m.group("who")) if m else None
            if who:
                credit = (who, "top", (a, b))
                break
    if credit is None:
        for a, b in reversed(paras[-_CLOSING_LINES:]):
            line = text[a:b].strip()
            if _PHOTO.match(line) or _inside((a, b), captions):
                continue
            who = None
            for pattern in (_WITH, _BRACKET, _DASH, _DESK):
                m = pattern.match(line)
                if m and (who := agency_in(m.group("who"))):
                    break
            if who:
                credit = (who, "closing", (a, b))
                break
    if credit is None and cited:
        lead = next(((a, b) for a, b in paras[1:] if len(text[a:b].split()) >= 12), None)
        first = next((c for c in cited if lead and lead[0] <= c.span[0] < lead[1]), None)
        if first is not None:
            credit = (first.agency, "lead", first.span)
    if credit is None:
        return Credits(cited=cited)
    return Credits(credit=credit[0], how=credit[1], span=credit[2], cited=cited)


def _citations(text: str, captions: list[Span]) -> list[Cited]:
    """Agencies the body names as a source: 'according to X', 'told X', 'X reported', 'X news agency said'."""
    out: list[Cited] = []
    for m in _names().finditer(text):
        span = (m.start(), m.end())
        found = lexicons.agency(m.group(0))
        if found is None or _inside(span, captions):
            continue
        line_start = text.rfind("\n", 0, span[0]) + 1
        before = text[max(line_start, span[0] - 40):span[0]]
        after = text[span[1]:span[1] + 40]
        if _PHOTO.match(text[line_start:span[0]]) or after.startswith("/"):
            continue  # 'Image: AFP', '(Xinhua/Li Ran)'
        closing = before.endswith("(") and re.match(r"\)\.?\s*(?:\n|$)", after) is not None  # '... (AKIpress)'
        if closing or _CITE_BEFORE.search(before) or _CITE_AFTER.match(after):
            out.append(Cited(found.name, span))
    return out
