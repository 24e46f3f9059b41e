"""Organisation names: the acronyms a name may have, and the acronyms a report defines.

In: an organisation's name ("Joint Press Directorate", "Ministry of Defence") or a report's text; out: the
acronyms of the name (:func:`initials`: {'jpd'}; {'md', 'mod'}), whether a name is written as an acronym
(:func:`is_acronym`), and the acronyms a text defines in brackets (:func:`defined_acronyms`:
{'JPD': 'Joint Press Directorate'} for "the Joint Press Directorate (JPD) said"), and the kinds of words in
organisation names (:func:`org_words`, ``data/org_words.tsv``: aliases, head nouns, company forms). Used by
the document's clusters (:mod:`reportedly.attribution.names`: "JPD" is the directorate the report named)
and by the corpus linker (:mod:`reportedly.corpus.organisations`: "JPD" in another report is the same body).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons
from .transliteration import strip_accents

_ORG_FILLERS = {"the", "of", "and", "for"}
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


@dataclass(frozen=True)
class OrgWords:
    """``data/org_words.tsv``: aliases of bodies and the kinds of words in organisation names."""

    aliases: dict[str, str]
    heads: frozenset[str]
    suffixes: frozenset[str]
    prefixes: frozenset[str]
    qualifiers: frozenset[str]
    national: frozenset[str] = frozenset()
    standing: frozenset[str] = frozenset()
    stake: frozenset[str] = frozenset()
    """Words that describe a company by its tie to another ('partner', 'unit', 'subsidiary')."""
    """Words that say where a body stands, not what it does ('main', 'opposition', 'ruling')."""
    """Words that make a body a country's own ('national', 'federal', 'union')."""
    describes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Words that describe a body by what it does, with the head nouns of the bodies they may stand for
    (('regulator', ('inspectorate', 'authority', ...)), ...)."""


@lru_cache(maxsize=1)
def org_words() -> OrgWords:
    """``data/org_words.tsv`` read: aliases ('mod' -> 'defence ministry'), head nouns ('ministry'), company suffixes
    ('ab', 'ltd') and prefixes ('grupo'), qualifiers ('municipal'), national words ('federal') and descriptions
    ('regulator' -> inspectorate, authority ...)."""
    aliases: dict[str, str] = {}
    describes: list[tuple[str, tuple[str, ...]]] = []
    kinds: dict[str, set[str]] = {"head": set(), "suffix": set(), "prefix": set(), "qualifier": set(),
                                  "national": set(), "standing": set(), "stake": set()}
    for row in lexicons.rows("org_words.tsv"):
        if row[1].strip() == "alias":
            aliases[row[0].strip()] = row[2].strip()
        elif row[1].strip() == "describes":
            describes.append((row[0].strip(), tuple(h.strip() for h in row[2].split("|") if h.strip())))
        else:
            kinds[row[1].strip()].add(row[0].strip())
    return OrgWords(aliases, *(frozenset(kinds[k]) for k in ("head", "suffix", "prefix", "qualifier", "national")),
                    frozenset(kinds["standing"]), frozenset(kinds["stake"]), tuple(describes))


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    """Head nouns of bodies: the institution words of ``roles.tsv`` and the heads of ``org_words.tsv``."""
    return frozenset({w for w, kind in lexicons.roles().items() if kind == "institution"} | org_words().heads
                     | {"staff", "forces"})


_ACRONYM_WORDS = re.compile(r"[A-Za-z][\w'’]*")


def initials(name: str) -> set[str]:
    """Acronyms an organisation's name may have, lower case: of all its words, of its content words, and of
    those without country words ('Joint Press Directorate' -> {'jpd'}; 'Ministry of Defence' -> {'md', 'mod'};
    'Inter-Services Public Relations' -> {'ispr'}; 'Election Commission of India' -> {'ecoi', 'eci', 'ec'})."""
    words = [w for w in _ACRONYM_WORDS.findall(strip_accents(name).replace("-", " ")) if w.lower() != "the"]
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).lower()
    content = "".join(w[0] for w in words if w.lower() not in _ORG_FILLERS).lower()
    own = "".join(w[0] for w in words if w.lower() not in _ORG_FILLERS and not lexicons.country_code(w)).lower()
    return {x for x in (every, content, own) if len(x) >= 2}


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines in brackets after a name whose initials they are: {'JPD': 'Joint Press
    Directorate'} for "the Joint Press Directorate (JPD) said"."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        if sum(c.isupper() for c in acr) < 2:
            continue
        before = text[max(0, m.start() - 120):m.start()].rstrip()
        words = re.findall(r"[A-Za-z][\w'’\-]*", before)
        for n in range(2, min(len(words), 10) + 1):
            long = words[-n:]
            if long[0][0].islower():
                continue
            if acr.lower() in initials(" ".join(long)):
                out.setdefault(acr, " ".join(long))
                break
    return out


def is_acronym(name: str) -> bool:
    """Whether a name is written as an acronym ('JPD', 'MoD', 'IHEC'; not 'Nato' or 'Sweden')."""
    n = name.strip().removeprefix("the ").strip()
    return 2 <= len(n) <= 8 and n.isalpha() and sum(c.isupper() for c in n) >= 2 and n[0].isupper()
