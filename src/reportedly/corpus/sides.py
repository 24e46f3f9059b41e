"""Who is on one side of a dispute: a source and those who speak for it in a report.

In: the grouping rows of a store's claims (:class:`~.disputes.Row`: source actors, the organisations a person speaks
for, the countries of the sources). Out: :func:`same_side`, whether two claims' sources are one side, and
:func:`antecedents`, the claims whose source is named as an officer of the body named just before ('The department
rejected the account. Its deputy director, Qian Shumin, said ...').

Two claims are one side when their sources are the same (a spokeswoman counts for her organisation, read by
:mod:`.affiliation`), when one source is named as 'its' officer right after the other, or when one source is a
country and the other one of its state's bodies or officials (a source whose words hold a word of
``data/sides.tsv``: 'India' and 'External Affairs Ministry spokesperson X'). A country's opposition party, a company or
a charity of that country is not its side. Used at query time by :mod:`.disputes` (what a denial goes on to say)
and :mod:`.fragments` (one dispute in several pieces).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from ..text import lexicons
from .affiliation import role_words


class Row(Protocol):
    """What this module reads of a claim (:class:`.disputes.Row` has it)."""

    pk: int
    doc: int
    n: int
    source_text: str
    lead: str
    nation: frozenset[str]
    nationals: frozenset[str]

    def same_source(self, other: Row) -> bool:
        """Whether two claims have the same source."""
        ...

_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}


@lru_cache(maxsize=1)
def _state() -> re.Pattern[str]:
    """``data/sides.tsv``: words that make a source speak for its country's state."""
    alts = "|".join(re.escape(w.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if w.endswith("*") else "")
                    for (w, *_) in lexicons.rows("sides.tsv"))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


_LEAD = re.compile(r"\W*(?:its|their)\s+([a-z][a-z -]{0,40}?)\s*,", re.I)
_ITS = re.compile(r"(?:^|,\s*)(?:its|their)\s+([a-z][a-z -]{0,40}?)\s*(?:,|$)", re.I)


def _named(r: Row) -> bool:
    """Whether a claim's source is named (not a pronoun, not 'its director')."""
    text = r.source_text.strip()
    return text[:1].isupper() and text.lower() not in _PRONOUNS and not _ITS.search(text)


class Officers(dict[int, int]):
    """:func:`antecedents`: claim pk -> the claim of the body its source is named an officer of, with the rows, so
    that an officer speaks for whatever source that body is ('Thailand's air force dismissed it ... The Royal Thai Air
    Force said ... said its spokesman')."""

    rows: dict[int, Row]


def antecedents(rows: dict[int, Row]) -> dict[int, int]:
    """Claim pk -> the claim just before it in its report with a named source, for the claims whose source is
    named as an officer of 'its' ('Its deputy director, Qian Shumin'; 'Qian Shumin, its deputy director'), in its
    source's words or at the head of its sentence, or by a role alone ('spokesman Alexander Glebovich'); and those
    whose source is named as an officer of a body named just before ('The Ministry of Foreign Affairs rejected it
    ... the ministry's spokesman X said'; 'Helvexa rejected that ... Helvexa spokeswoman X said': :func:`_body_of`)."""
    by_doc: dict[int, list[Row]] = {}
    for r in sorted(rows.values(), key=lambda r: (r.doc, r.n)):
        by_doc.setdefault(r.doc, []).append(r)
    out = Officers()
    out.rows = rows
    for found in by_doc.values():
        last = None
        named: list[Row] = []
        for r in found:
            body = _body_of(r, named)
            if body is not None:
                out[r.pk] = body.pk
            m = _ITS.search(r.source_text.strip()) or _LEAD.match(r.lead)
            if m and m.re is _LEAD and r.source_text.strip() and not r.lead[m.end():].lstrip().startswith(
                    r.source_text.strip()[:20]):
                m = None  # 'Its spokeswoman, X, said', with X its source
            if m is None and body is None:  # 'spokesman Alexander Glebovich said', after the body: its officer
                m = _BARE_ROLE.match(r.source_text.strip())
            if m and last is not None and set(re.findall(r"[a-z]+", m.group(1).lower())) & role_words():
                out[r.pk] = last.pk
            if _named(r):
                last = r
                named.append(r)
    return out


_BARE_ROLE = re.compile(r"([a-z][a-z -]{0,40}?)\s+[A-Z]")
"""A source named by a role in lower case and a name, no body ('spokesman Alexander Glebovich')."""
_POSSESSIVES = {"its", "their", "his", "her", "our", "my", "your"}
BODY_BACK = 3
"""How many named sources back :func:`_body_of` looks for the body an officer is named for."""
_OFFICER = re.compile(r"^(?:[Tt]he\s+)?([A-Za-z][\w.&'’ -]{0,60}?)(?:['’]s)?\s+([a-z][a-z -]{0,40}?)\s+[A-Z]")


def _body_of(r: Row, named: list[Row]) -> Row | None:
    """The claim of the body whose officer a claim's source is named as ('the ministry's spokesman Aleksandr
    Glebovich', 'Helvexa spokeswoman Claudia Imhof'): the body's words stand before a role word and a name, and
    every one of them is in the source of one of the :data:`BODY_BACK` named sources just before it (the nearest
    first). None when there is none, or when the words are those of the claim's own source."""
    m = _OFFICER.match(r.source_text.strip())
    if m is None or not set(m.group(2).lower().split()) & role_words():
        return None
    body = set(re.findall(r"[a-z]+", m.group(1).lower())) - {"the", "s"}
    if body & _POSSESSIVES:
        return None  # 'Its chief executive X': :func:`antecedents` reads 'its'

    if not body or body & role_words():
        return None
    for b in reversed(named[-BODY_BACK:]):
        if body <= set(re.findall(r"[a-z]+", b.source_text.lower())) and not b.same_source(r):
            return b
    return None


def same_side(a: Row, b: Row, officers: dict[int, int] | None = None) -> bool:
    """Whether two claims' sources are one side of a dispute: the same source (a spokeswoman with her
    organisation), a source named as the officer of 'its' just after the other (``officers``, from
    :func:`antecedents`), or a country and one of its state's bodies or officials (``data/sides.tsv``: 'India' and
    'External Affairs Ministry spokesperson X')."""
    if a.same_source(b) or (officers and (officers.get(a.pk) == b.pk or officers.get(b.pk) == a.pk)):
        return True
    if isinstance(officers, Officers):  # an officer speaks for the body, and so for whoever that body's source is
        for x, y in ((a, b), (b, a)):
            body = officers.rows.get(officers.get(x.pk, -1))
            if body is not None and body.same_source(y):
                return True
    return bool((a.nation & b.nationals and _state().search(b.source_text))
                or (b.nation & a.nationals and _state().search(a.source_text)))
