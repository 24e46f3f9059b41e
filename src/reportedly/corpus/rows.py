"""How records become rows of the store: cue classes, statement classes of rows written before classes
existed, negated cues, event dates, and sentence bounds (the context a statement or event is shown in).

In: words, stored JSON and texts; out: the values the store writes. :mod:`reportedly.corpus.store` uses
them (and re-exports them); queries and happenings read the sentence bounds.
"""

from __future__ import annotations

import bisect
import json
import re
from datetime import date
from functools import lru_cache
from typing import get_args

from ..model import Event, StatementClass


@lru_cache(maxsize=1)
def _cue_classes() -> dict[str, str]:
    from ..attribution.cues import cue_lexicon

    out: dict[str, str] = {"according to": "report", ":": "speech"}
    for (lemma, _pos), entry in sorted(cue_lexicon().items(), key=lambda kv: kv[0][1] != "verb"):
        out.setdefault(lemma, entry.cls)
    return out


def cue_class(lemma: str) -> str | None:
    """The class of a cue lemma in ``data/cues.tsv`` (speech, claim, denial, ...), or None."""
    return _cue_classes().get(lemma.lower())


STATEMENT_CLASSES: tuple[str, ...] = get_args(StatementClass)
"""The values of ``statements.statement_class`` (:data:`reportedly.model.StatementClass`)."""
_FRAMES_BY_LEMMA = {"according to": "according", ":": "colon", "": "cueless"}


def stored_class(lemma: str | None, kind: str | None, stored: str | None = None) -> str:
    """The class of a statement row written before statements had one (migration ``0002_statement_class``).

    ``stored`` (the class in the row's JSON) wins when there is one. Otherwise it is derived as the
    extractor does (:func:`reportedly.attribution.classes.statement_class`) from what the row keeps:
    the cue lemma and the kind. The row keeps neither the part of speech of the cue word nor the
    extractor's frame, so the frame is read from the lemma ('according to', ':', no cue: speech) and
    the cue word is looked up as a verb, then a noun, then an adjective; a word the tables do not know
    gives speech to a quotation (kind direct or mixed) and cognition to other content. Where the
    extractor saw a colon after a verb ('believes: ...', speech), this says the verb's class.
    """
    if stored in STATEMENT_CLASSES:
        return str(stored)
    from ..attribution.classes import cue_class as word_class
    from ..attribution.classes import statement_class

    lemma = (lemma or "").strip().lower()
    quoted = kind in ("direct", "mixed")
    frame = _FRAMES_BY_LEMMA.get(lemma)
    if frame is not None:
        return statement_class(lemma, "verb", frame, quoted)
    for pos in ("verb", "noun", "adj"):
        found = word_class(lemma, pos)
        if found:
            return found
    return "speech" if quoted else "cognition"


def dated_event(event: Event, published: str | None) -> Event:
    """``event`` with its own date, report date and window (:func:`reportedly.events.dates.dated`), unless it
    carries them already (documents from the pipeline do; hand-built ones and rows from before 1.2 may not)."""
    if event.window is not None or event.reported is not None:
        return event
    from ..events.dates import dated

    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        day = None
    return dated(event, day)


def event_dates_json(data: str, published: str | None) -> str:
    """``[date, window start, window end]`` of a stored event as JSON (migration ``0005_event_dates``)."""
    e = dated_event(Event.model_validate_json(data), published)
    return json.dumps([e.date, *(e.window or (None, None))])


_NEGATION = re.compile(r"\b(not|never|no|n't|neither|nor)\b|n't\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s)|\n")


def is_negated(cue_text: str) -> bool:
    """Whether cue words carry a negation ('did not confirm', "wouldn't say")."""
    return bool(_NEGATION.search(cue_text.replace("’", "'")))


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj",
                  "prof", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "aug", "sept",
                  "oct", "nov", "dec"}


def _is_sentence_end(text: str, m: re.Match[str]) -> bool:
    if m.group(0) == "\n" or text[m.start()] != ".":
        return True
    word = re.search(r"([\w.]+)$", text[max(0, m.start() - 12):m.start()])
    w = word.group(1).lower() if word else ""
    return not (w in _ABBREVIATIONS or len(w.replace(".", "")) <= 1 or "." in w)


_last_ends: tuple[str, list[int]] = ("", [])
"""The text :func:`sentence_ends` read last and its ends: the store, the claims, the happenings and the origins
each ask for those of the document being written."""


def sentence_ends(text: str) -> list[int]:
    """Offsets where sentences end (after the punctuation or line break), in order."""
    global _last_ends
    last = _last_ends
    if last[0] is text:
        return list(last[1])
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if _is_sentence_end(text, m)]
    _last_ends = (text, ends)
    return list(ends)


def sentence_bounds(text: str, start: int, end: int, ends: list[int] | None = None) -> tuple[int, int]:
    """The sentence(s) of ``text`` covering ``[start, end)``, by punctuation and line breaks.

    ``ends`` is :func:`sentence_ends` of the text, when the caller has it already.
    """
    ends = sentence_ends(text) if ends is None else ends
    i = bisect.bisect_right(ends, start)
    lo = ends[i - 1] if i else 0
    j = bisect.bisect_right(ends, max(end - 1, start))
    hi = ends[j] if j < len(ends) else len(text)
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, max(hi, end)
