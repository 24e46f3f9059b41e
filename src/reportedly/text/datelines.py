"""Datelines at the start of a paragraph: 'NEW DELHI, July 14 (PTI) -', 'VALMORA —', 'Pune:'.

A dateline names where (and sometimes when, and through which agency) a report was filed. It is
not part of the first sentence: left in, the parser reads 'VALMORA — Norrland Freight was fined'
with the town as part of the subject, and the town becomes a speaker or an actor. So
:func:`find_dateline` finds one at the start of a paragraph, before the parse, and
:func:`~reportedly.text.debris.split_debris` reports it as removed debris (kind ``dateline``);
:func:`dateline_meta` gives the place and the agency for ``meta.dateline`` and ``meta.credit``.

In: the original text and the span of one paragraph. Out: a :class:`Dateline` (its span into the
original text, the place as a reader writes it, the agency) or None. Shapes read:

* ``CITY —``, ``CITY:`` (the place in capitals, or a place the gazetteer knows), ``CITY/CITY, Month Day
  (Agency) -`` (filed from two places),
* ``CITY (Agency) -``, ``CITY, Month Day (Agency) –``, ``City, Country —``,
  ``New Delhi, July 14 (PTI) -``, ``Lagos, June 3, NAN -``, ``(Reuters) -``, ``MOSCOW, March 18 /TASS/.``.

What is not a dateline: 'Mr Starmer:' (not a place), 'Update:' and 'EXPLAINER:' (labels,
``data/labels.tsv``), 'He said:' (not capitalised), 'NATO —' (an organisation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Removed
from . import lexicons, places

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’\-](?=[^\W\d_]))*\.?"
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?: {_WORD}){{0,3}}?(?:/{_WORD}(?: {_WORD}){{0,3}}?)*)"
    rf"(?:, (?P<region>{_WORD}(?: {_WORD}){{0,2}}?))?"
    rf"(?:,? (?P<date>{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?)?"
    r"(?:,? ?\((?P<credit>[^()\n]{1,40})\)|,? /(?P<slashed>[A-Za-z][\w\- ]{0,20})/|"
    r", (?P<bare>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3}))?"
    r"(?P<sep>\s*(?:--|—|–)|\s+-(?=\s)|:(?=\s)|(?<=/)\.?(?=\s))")
_CREDIT_ONLY = re.compile(r"\((?P<credit>[^()\n]{1,40})\)(?P<sep>\s*(?:--|—|–|-|:))(?=\s)")
_MONTHS = re.compile(rf"{_MONTH}$")
# a live blog's entry time: '18:40 -', '9.15am:', '14:05 GMT —', '10 a.m. ET |', 'Updated 16:20 -'
_TIMESTAMP = re.compile(
    r"(?:(?:Updated|Update|Posted)\s+(?:at\s+)?)?"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)(?:\s(?-i:[A-Z]{2,4}))?"
    r"(?P<sep>\s*(?:--|—|–|\|)|\s+-(?=\s)|:(?=\s))", re.IGNORECASE)


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a paragraph."""

    span: tuple[int, int]
    """[start, end) of the dateline with its dash or colon, into the original text."""
    place: str | None
    """The place as a reader writes it ('New Delhi', 'Gothenburg, Sweden'), or None ('(Reuters) -')."""
    credit: str | None
    """The agency it credits ('PTI', 'Reuters'), under the name it signs with when ``data/agencies.tsv`` knows it."""


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", text) if w]


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_label(text: str) -> bool:
    return " ".join(text.lower().split()) in lexicons.labels()


def _known_place(text: str) -> bool:
    """Every place of 'KYIV/MOSCOW' (a report filed from two places) is one the gazetteer knows."""
    return all(places.candidates(p.title() if _is_caps(p) else p) for p in text.split("/"))


def _is_person(place: str) -> bool:
    """A name ``data/people.tsv`` or ``data/first_names.tsv`` knows as a person's and the gazetteer not as a place."""
    key = lexicons.norm(place)
    words = key.split()
    person = key in lexicons.people() or key in lexicons.people_by_surname() or (
        len(words) >= 2 and words[0] in lexicons.first_names())
    return person and not (len(words) == 1 and _known_place(place) and key not in lexicons.people_by_surname())


def _credit(raw: str | None, *, bracketed: bool) -> str | None:
    """The agency a credit names: a known agency's signing name; in brackets, any capitalised name of an outlet."""
    if not raw:
        return None
    raw = raw.strip()
    known = lexicons.agency(raw)
    if known is not None:
        return known.name
    words = raw.split()
    if bracketed and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return raw
    return None


def _reader_form(place: str) -> str:
    """'NEW DELHI' -> 'New Delhi' (the gazetteer's spelling when it knows the place); others as written."""
    if "/" in place:
        return "/".join(_reader_form(p) for p in place.split("/"))  # 'YEREVAN/BAKU' -> 'Yerevan/Baku'
    if not _is_caps(place):
        return place
    titled = " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in place.split())
    for c in places.candidates(titled):
        if places.fold(c.name) == places.fold(titled):
            return c.name
    return titled


def find_dateline(text: str, start: int, end: int, *, first: bool = False) -> Dateline | None:
    """The dateline opening the paragraph ``text[start:end]``, or None.

    ``first`` says the paragraph is the first line of the text (often a headline, where 'Kyiv: ...'
    is a topic, not a dateline): there a place only counts in capitals or with a date or an agency.
    """
    head = text[start:min(end, start + 120)]
    m = _CREDIT_ONLY.match(head)
    if m is not None:
        credit = _credit(m.group("credit"), bracketed=True)
        if credit is None or lexicons.agency(m.group("credit").strip()) is None:
            return None
        return Dateline((start, start + m.end("sep")), None, credit)
    m = _DATELINE.match(head)
    if m is None or start + m.end("sep") >= end:
        return None  # a paragraph that is nothing but 'CITY:' is a heading, not a dateline
    place, region, sep = m.group("place"), m.group("region"), m.group("sep").strip()
    words = place.split()
    if any(not w[:1].isupper() for w in words) or (region and not region[:1].isupper()):
        return None  # 'He said:'
    if region and _MONTHS.match(region):
        return None
    bracketed = m.group("credit") or m.group("slashed")  # '(Reuters)', '/TASS/'
    credit = _credit(bracketed, bracketed=True) if bracketed else _credit(m.group("bare"), bracketed=False)
    if (bracketed or m.group("bare")) and credit is None:
        return None
    if _is_label(place) or _is_label(" ".join(words[:2])):
        return None  # 'EXPLAINER:', 'UPDATE —', 'Breaking News:'
    low = words[0].lower().rstrip(".")
    if low in lexicons.roles() or lexicons.agency(place) is not None:
        return None  # 'Mr Starmer:', 'President Aliyev —', 'AFP —'
    if _is_person(place):
        return None  # 'TRUMP:' or 'ANNIKA LINDQVIST:' in a transcript
    code = lexicons.country_code(place)
    if code is not None and code.startswith("ORG:"):
        return None  # 'NATO —', 'UN:'
    caps, dated = _is_caps(place), bool(m.group("date"))
    if not (caps or dated or credit or region):
        if first or not _known_place(place):
            return None  # 'Valmora —' in title case: a name the gazetteer does not know is not read as a place
    elif region and not (caps or dated or credit) and not _known_place(place):
        return None  # 'Smith, Jones —'
    elif caps and len(words) >= 2 and not (dated or credit or region or _known_place(place)) and not any(
            _known_place(w) or places.is_region_word(w) for w in words):
        return None  # 'QUESTIONABLE MEDICAL CLAIMS —': a lead-in in capitals, not a place
    if caps and sep == ":" and not (dated or credit or region) and len(_words(place)) == 1 and len(place) < 3:
        return None
    rest = text[start + m.end("sep"):end].lstrip()
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'("):
        return None  # a dateline is followed by a sentence
    full = _reader_form(place) + (f", {_reader_form(region)}" if region else "")
    return Dateline((start, start + m.end("sep")), full, credit)


def find_timestamp(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The live-blog entry time opening the paragraph ``text[start:end]`` ('18:40 - Ambulances are ...',
    '9.15am: Police say ...'), as a [start, end) span with its separator, or None.

    Left in, the time sticks to the first word and '18:40 - Ambulances' becomes an actor. Only a time
    followed by a separator and a sentence counts: '10.30 was the hour' and '2:1 in the final' stay text.
    """
    m = _TIMESTAMP.match(text, start, min(end, start + 40))
    if m is None:
        return None
    rest = text[m.end("sep"):end].lstrip()
    if not rest or not (rest[0].isupper() or rest[0] in "\"“‘'("):
        return None
    return start, m.end("sep")


def dateline_meta(text: str, removed: Iterable[Removed]) -> tuple[str | None, str | None]:
    """``meta.dateline`` and ``meta.credit`` from a report's removed datelines: the first place, the first agency."""
    place = credit = None
    for r in removed:
        if r.kind != "dateline" or (place and credit):
            continue
        s = r.spans[0][0]
        stop = text.find("\n", s)
        d = find_dateline(text, s, len(text) if stop < 0 else stop)
        if d is not None:
            place, credit = place or d.place, credit or d.credit
    return place, credit
