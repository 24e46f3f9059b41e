"""Where a person's name starts and ends in the parse, when the NER cut it wrong.

In: a spaCy ``Doc``; out: token ranges. :func:`ranked_names` finds names after a rank of
``data/ranks.tsv`` ("Air Marshal A K Bharti", "Lt-Gen. R.K. Mehra", "Maj Gen Ahmed Sharif Chaudhry",
"Brig Anil Thapa"), which the NER often splits ("Gen Rajesh" + "Kumar Mehra") or takes for an
organisation ("Air Marshal"); :func:`extend_left` carries a person entity over initials and the first
half of a hyphenated given name ("Min-jun Kim", "A K Bharti") that the NER left out. Read by
:mod:`.names`, which strips the rank from the name and keeps it as a title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..text import lexicons
from ..text.org_names import institution_heads, org_words
from ..text.person_names import ALSO_A_NAME, is_rank, name_after_name_word, name_words, rank_kind, ranks
from .clusters import _NAME_PARTICLES

_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")
_PARTICLES = _NAME_PARTICLES - {"ben"}
"""Name particles a name span runs over; not 'ben', which before a capital is usually the given name Ben."""
_MAX_RANK_TOKENS = 6
_MAX_NAME_TOKENS = 8


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of the rank forms ('lt', 'air', 'maj', 'brigadier' ...)."""
    return frozenset(f.split()[0] for f in ranks())


def _is_initial(text: str) -> bool:
    return bool(_INITIALS.match(text))


def rank_end(doc: Doc, i: int) -> int:
    """The token after the longest rank starting at token ``i`` ('Lt', '-', 'Gen.' -> i + 3), or ``i``."""
    first = doc[i].lower_.replace(".", "").split("-")[0]
    if first not in _first_words() or not (doc[i].is_title or doc[i].is_upper):
        return i
    for n in range(min(_MAX_RANK_TOKENS, len(doc) - i), 0, -1):
        last = doc[i + n - 1]
        if last.text == "-" or "\n" in doc[i:i + n].text:
            continue
        if is_rank(doc[i:i + n].text.replace("-", " ")):
            return i + n
    return i


@lru_cache(maxsize=1)
def _retired_marks() -> frozenset[str]:
    return frozenset(r[0].strip() for r in lexicons.rows("retired_marks.tsv") if r and r[0].strip())


def retired_end(doc: Doc, i: int) -> int:
    """The token after a bracketed retirement mark starting at token ``i`` ('(retd)', '(R)', '(Retired)' of
    ``data/retired_marks.tsv``), or ``i``: in 'Brigadier (retd) Amir Khan' the name starts after it."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].lower_.rstrip(".") in _retired_marks():
        k = i + 2 if doc[i + 2].text == ")" else i + 3 if doc[i + 2].text == "." and i + 3 < len(doc) else None
        if k is not None and doc[k].text == ")":
            return k + 1
    return i


def name_end(doc: Doc, j: int) -> int:
    """The token after a name starting at ``j``: title-case words, initials, particles before a name word,
    hyphenated parts ('Min-jun', 'al-Ubaidi'); ``j`` when there is none."""
    k = j
    while k < len(doc) and k - j < _MAX_NAME_TOKENS:
        t = doc[k]
        glued = k > j and not doc[k - 1].whitespace_
        if t.text == "-" and glued and k + 1 < len(doc) and not t.whitespace_:
            k += 1
            continue
        if glued and doc[k - 1].text == "-" and t.is_alpha:
            k += 1
            continue
        if t.is_punct or "\n" in t.text:
            break
        if (t.is_title and t.is_alpha) or _is_initial(t.text) or (t.is_upper and t.is_alpha and len(t) <= 3):
            k += 1
            continue
        if t.lower_ in _PARTICLES and k + 1 < len(doc) and (doc[k + 1].is_title or doc[k + 1].text == "-"):
            k += 1
            continue
        break
    while k > j and (doc[k - 1].text == "-" or doc[k - 1].lower_ in _PARTICLES):
        k -= 1
    return k


def ranked_names(doc: Doc) -> list[tuple[int, int, int]]:
    """(rank start, name start, name end) of each name written after a rank.

    A single plain rank word ("General", "Major", "Justice") counts only before a name the NER calls a person,
    that has initials or that opens with a given name of ``data/first_names.tsv`` and has two words or more
    ('Bishop Pascal Rugamba Mugisha of Butembo', one organisation to the NER), so "General Motors", "Major
    League" and "the Justice Department" are not people; a rank the NER joined with the next words into one
    organisation is not one either.
    """
    out: list[tuple[int, int, int]] = []
    ent_of = {}
    for e in doc.ents:
        for t in range(e.start, e.end):
            ent_of[t] = e
    i = 0
    while i < len(doc):
        end = rank_end(doc, i)
        if end == i:
            i += 1
            continue
        end = retired_end(doc, end)  # 'Brigadier (retd) Amir Khan'
        stop = name_end(doc, end)
        names = doc[end:stop]
        if stop == end or not any(t.is_title and len(t) >= 2 and not _is_initial(t.text) for t in names):
            i = end
            continue
        other = ent_of.get(end - 1)
        if other is not None and other.label_ != "PERSON" and other.end > end and (
                stop - end < 2 or org_like(doc[end:stop])):
            i = stop  # 'General Motors': one organisation ('Major Farhod Yusufov' is a person)
            continue
        if names[-1].lower_ in org_words().domains or (
                len(names) == 1 and names[0].is_upper and len(names[0]) >= 3
                and any(t.is_lower and t.is_alpha for t in doc[max(0, i - 15):stop + 15])):
            i = stop  # 'Director General Air Operations', 'DG ISPR': the title's field or body, not a name
            continue
        if rank_kind(doc[i:end].text) == ALSO_A_NAME and name_after_name_word(names.text.split()):
            i = stop  # 'Pak Se-ri', 'Tuan Nguyen': the word is a name here
            continue
        plain = end - i == 1 and doc[i].is_alpha and doc[i].lower_ in ranks() and ranks()[doc[i].lower_][0] == \
            doc[i].lower_
        person = any(ent_of.get(t.i) is not None and ent_of[t.i].label_ == "PERSON" for t in names)
        given = len(names) >= 2 and names[0].lower_ in lexicons.first_names()  # 'Bishop Faustin Ngabo Bahati'
        if plain and not person and not given and not any(_is_initial(t.text) for t in names):
            i = stop
            continue
        out.append((i, end, stop))
        i = stop
    return out


def extend_left(doc: Doc, start: int, limit: int = 4) -> int:
    """The start of a person entity carried left over initials ('A K' Bharti) and the first half of a hyphenated
    given name ('Min-' jun Kim) and a leading given name written short ('Ma.' Luisa Cabahug)."""
    s = start
    while s > 0 and start - s < limit:
        prev = doc[s - 1]
        if _is_initial(prev.text) and prev.whitespace_:
            s -= 1
            continue
        if s >= 2 and prev.text == "." and prev.whitespace_ and not doc[s - 2].whitespace_ and doc[s - 2].is_title \
                and "leading" in name_words().get(doc[s - 2].lower_, ()):
            s -= 2  # 'Ma.' Luisa Cabahug: a leading given name written short
            continue
        if s >= 3 and prev.is_alpha and prev.whitespace_ and doc[s - 2].text == "-" and not doc[s - 2].whitespace_ \
                and not doc[s - 3].whitespace_ and doc[s - 3].is_title:
            s -= 3
            continue
        break
    return s


def org_like(span: Span) -> bool:
    """Whether a name the NER calls a person is an organisation's: it ends in a company form or the head noun of a
    body ('Zibo Rongda-Cheongun Fine Chemicals Co.', 'Joint Press Directorate'), or a noun of bodies after an
    acronym or a country word ('UN Assistance Mission')."""
    table = org_words()
    last = span[-1].lower_.rstrip(".") if len(span) else ""
    if len(span) >= 2 and lexicons.people_nouns().get(last) in ("body", "speaking") and any(
            (t.is_upper and len(t) >= 2 and t.is_alpha) or lexicons.country_code(t.text) for t in span[:-1]):
        return True  # 'UN Assistance Mission', 'EU Border Mission': a body's noun after an acronym or a country
    return len(span) >= 2 and (last in table.suffixes or last in institution_heads() or last in table.heads)


def initials_name(span: Span) -> bool:
    """Whether a name is initials and a family name ('K S Martolia', 'R.K. Mehra'), whatever the NER called it."""
    words = [t for t in span if t.text != "."]
    return len(words) >= 2 and all(_is_initial(t.text) for t in words[:-1]) and words[-1].is_title \
        and len(words[-1]) > 2
