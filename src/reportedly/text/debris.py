"""Finding scraping debris in plain text: consent banners, captions, subheadings, bylines, datelines.

Bylines of names and places without 'By' are found by :mod:`.author_lines`; a closing note on the author by
:func:`author_note`.

Nothing is deleted: debris is reported as :class:`~reportedly.model.Removed` records with spans
into the original text, and only the remaining pieces of each paragraph are handed to the parser.
Two passes: :func:`split_debris` works on the raw lines with the patterns of ``data/debris.tsv``,
the shape of subheadings and the datelines that open paragraphs (:mod:`.datelines`);
:func:`find_captions` runs after the parse and recognises photo captions by their grammar (a
verbless or participle-only sentence standing alone). HTML input is cleaned by trafilatura before
it gets here; these passes catch what survives in scraped text.
No library does this for text that is already flattened, hence our own rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Removed, Span
from .author_lines import place_byline
from .datelines import find_dateline, find_timestamp
from .lexicons import agency, rows
from .nlp import Parsed

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_TERMINAL = re.compile(r"[.!?:;…][\"”’)]*\s*$|[\"”’]\s*[.!?,]\s*$")
_QUOTE_CHARS = "\"“”"
_TRAILING_CREDIT = re.compile(
    r"\s\((?:[Ww]ith (?:inputs? from )?)?([A-Z][\w&. -]{0,30}?)(?:/([A-Z][\w.' -]{1,40}))?\)\.?$")
"""'... eight officers. (AKIpress)', '... Shandong Province, March 18. (Xinhua/Li Ran)': an agency's credit
at a line's end."""
_DASH_CREDIT = re.compile(r"(?:^|\s)(?:—|–|--?)\s?([A-Z][\w&.' -]{0,30}?)\.?$")
"""'... organisers said. — Bernama', '-- AFP': an agency signing a wire story with a dash."""


AUTHOR_BIO_LINES = 4
"""How many of a report's last lines may be a note on its author ('X is a correspondent ...'); higher up,
such a line is news about a journalist."""


@lru_cache(maxsize=1)
def debris_patterns() -> dict[str, list[re.Pattern[str]]]:
    """Compiled patterns of ``data/debris.tsv`` by kind."""
    table: dict[str, list[re.Pattern[str]]] = {}
    for kind, pattern in rows("debris.tsv"):
        table.setdefault(kind, []).append(re.compile(pattern, re.IGNORECASE))
    return table


def lines(text: str) -> list[Span]:
    """Non-blank lines of ``text`` as spans, stripped of surrounding whitespace."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        piece = m.group()
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        if e > s:
            out.append((s, e))
    return out


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Rough sentence spans inside ``text[start:end]`` (good enough for banner detection)."""
    out, pos = [], start
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if e > s]


def _matches(kind: str, piece: str) -> bool:
    return any(p.search(piece) for p in debris_patterns()[kind])


def author_note(line: str, near_end: bool) -> bool:
    """Whether a line, one of the last :data:`AUTHOR_BIO_LINES` of its report (``near_end``), is one sentence on
    who wrote it ('Henrique Sampaio covers agribusiness for Mercado Aberto.', 'X is Reuters' bureau chief in Y,
    covering ...', 'Follow X on X'; ``author_bio`` rows of ``data/debris.tsv``); not 'The port authority covers
    13 km of quay.'"""
    line = line.strip()
    return near_end and len(line.split()) <= 30 and line.count(". ") == 0 and _matches("author_bio", line)


def is_subheading(piece: str, *, first: bool) -> bool:
    """A short line with no sentence punctuation that is not the headline."""
    words = piece.split()
    if first or not words or len(words) > 9 or _TERMINAL.search(piece):
        return False
    if piece.count("“") != piece.count("”"):
        return False
    return piece[0].isupper() or piece[0] in "‘“'\""


def split_debris(text: str) -> tuple[list[Removed], list[Span]]:
    """Debris found line by line, and the spans left to parse (one per kept paragraph piece)."""
    removed: list[Removed] = []
    kept: list[Span] = []
    links = False  # inside a list of other articles' headlines under 'Related Stories'
    spans = lines(text)
    tail = len(spans) - AUTHOR_BIO_LINES
    for n, (s, e) in enumerate(spans):
        slug = next((m for p in debris_patterns()["slug"] if (m := p.match(text[s:e]))), None)
        if slug is not None and s + slug.end() < e:  # 'EXCLUSIVE-Russia seeks ...': the desk's label goes
            removed.append(Removed(kind="boilerplate", spans=[(s, s + slug.end())], text=slug.group()))
            s += slug.end()
        piece = text[s:e]
        if _matches("links_header", piece) or (links and _is_link(piece)):
            links = True
            removed.append(Removed(kind="boilerplate", spans=[(s, e)], text=piece))
            continue
        links = False
        kinds = ("byline", "caption", "boilerplate", "consent_banner") if len(sentences(text, s, e)) == 1 else (
            "byline", "caption")
        line_kind = next((k for k in kinds if _matches(k, piece)), None)
        dateline = find_dateline(text, s, e, first=n == 0) if line_kind is None else None
        if line_kind is None and dateline is None and n > 0 and (
                place_byline(piece) or author_note(piece, near_end=n >= tail)):
            line_kind = "byline"  # 'Tom Ashdown in London and ...'; 'Henrique Sampaio covers agribusiness for ...'
        if line_kind is None and dateline is None and is_subheading(piece, first=n == 0):
            line_kind = "subheading"
        credit = trailing_credit(piece) if line_kind is None else None
        if credit is not None and credit[2]:
            line_kind = "caption"  # a photo's credit: 'Firefighters work at the site ... (Xinhua/Li Ran)'
        if line_kind:
            removed.append(Removed(kind=line_kind, spans=[(s, e)], text=piece))
            continue
        if credit is not None:
            cs = s + credit[0]
            removed.append(Removed(kind="byline", spans=[(cs, e)], text=text[cs:e]))
            e = cs
        pos = s
        stamp = find_timestamp(text, s, e) if line_kind is None else None
        if stamp is not None:
            removed.append(Removed(kind="timestamp", spans=[stamp], text=text[stamp[0]:stamp[1]]))
            pos = stamp[1]
            if dateline is None:
                dateline = find_dateline(text, _strip(text, pos, e)[0], e)  # '14:05 - KYIV (Reuters) - ...'
        if dateline is not None:
            ds, de = dateline.span
            removed.append(Removed(kind="dateline", spans=[(ds, de)], text=text[ds:de]))
            pos = de
        for run_kind, (rs, re_) in _sentence_runs(text, s, e):
            removed.append(Removed(kind=run_kind, spans=[(rs, re_)], text=text[rs:re_]))
            if text[pos:rs].strip():
                kept.append(_strip(text, pos, rs))
            pos = re_
        if text[pos:e].strip():
            kept.append(_strip(text, pos, e))
    return removed, kept


def _is_link(piece: str) -> bool:
    """A headline in a list of links: at most 16 words and no sentence punctuation at its end."""
    return len(piece.split()) <= 16 and not _TERMINAL.search(piece)


def trailing_credit(line: str) -> tuple[int, str, str] | None:
    """A news agency's credit in brackets that ends a line, after a sentence: (where it starts in ``line``,
    the agency, the photographer or ''), or None.

    '... a joint monitoring group of eight officers. (AKIpress)', '(With inputs from PTI)' and '... said. —
    Bernama' credit the agency; '... March 18, 2026. (Xinhua/Li Ran)' a photograph. Only agencies of
    ``data/agencies.tsv`` count, so that an acronym a report defines at a paragraph's end ('... the Joint Press
    Directorate (JPD)') stays text.
    """
    m = _TRAILING_CREDIT.search(line)
    if m is None or agency(m.group(1).strip()) is None or not line[:m.start()].rstrip().endswith((".", "”", '"')):
        m = _DASH_CREDIT.search(line)  # '... organisers said. — Bernama'; a line that is only '-- AFP'
        if m is None or agency(m.group(1).strip()) is None or (
                m.start() > 0 and not line[:m.start()].rstrip().endswith((".", "”", '"'))):
            return None
        return m.start() + (m.group(0)[0].isspace()), m.group(1).strip(), ""
    return m.start() + 1, m.group(1).strip(), (m.group(2) or "").strip()


def _sentence_runs(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """Runs of consecutive banner or boilerplate sentences inside one line."""
    runs: list[tuple[str, Span]] = []
    for s, e in sentences(text, start, end):
        piece = text[s:e].strip()
        kind = next((k for k in ("consent_banner", "boilerplate") if _matches(k, piece)), None)
        if kind is None:
            continue
        if runs and runs[-1][0] == kind and not text[runs[-1][1][1]:s].strip():
            runs[-1] = (kind, (runs[-1][1][0], e))
        else:
            runs.append((kind, (s, e)))
    return runs


def _strip(text: str, s: int, e: int) -> Span:
    piece = text[s:e]
    return (s + len(piece) - len(piece.lstrip()), s + len(piece.rstrip()))


_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_CAPTION_VERBS = {"see", "picture", "photograph", "show", "pose", "gesture", "arrive", "speak", "leave", "attend"}


def find_captions(parsed: Parsed) -> list[int]:
    """Indices of parsed paragraphs that read as photo captions.

    A caption stands alone as one sentence, carries no quotation, ends with a full stop and has no
    finite verb: either a noun phrase ("An armoured vehicle destroyed by shelling near ...") or a
    bare participle ("Mr. Zelensky seen with ...").
    """
    found = []
    doc = parsed.doc
    for b, (first, end, _) in enumerate(parsed.blocks):
        if b == 0 or end - first > 35 or end - first < 3:
            continue
        span = doc[first:end]
        if any(t.text in _QUOTE_CHARS for t in span) or span[-1].text != ".":
            continue
        roots = [t for t in span if t.dep_ == "ROOT"]
        if len(roots) != 1:
            continue
        root = roots[0]
        if any(t.tag_ in _FINITE for t in span):
            continue
        if root.pos_ in {"NOUN", "PROPN"} or (
            root.tag_ in {"VBN", "VBG"} and root.lemma_ in _CAPTION_VERBS
            and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
        ):
            found.append(b)
    return found
