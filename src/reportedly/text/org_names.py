"""Organisation names: the acronyms a name may have, and the acronyms a report defines.

In: an organisation's name ("Joint Press Directorate", "Ministry of Defence") or a report's text; out: the
acronyms of the name (:func:`initials`: {'jpd'}; {'md', 'mod'}), whether a name is written as an acronym
(:func:`is_acronym`), and the acronyms a text defines in brackets (:func:`defined_acronyms`:
{'JPD': 'Joint Press Directorate'} for "the Joint Press Directorate (JPD) said"; also with the initials in another
order, as the name's own language orders them: "the National Electoral Council (CNE)"), and the kinds of words in
organisation names (:func:`org_words`, ``data/org_words.tsv``: aliases, head nouns, company forms, armed services
and their optional words ("Royal Thai Army" is the Thai army: :func:`plain_force`), ministries of two portfolios
(:func:`one_portfolio`)). Used by
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
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})(?:\)|(?=,\s)|(?=\s+(?:said|says|told)\b))")
"""An acronym in brackets, also a bracket left open before a comma or 'said' ('the Kudat Fishermen's Welfare
Association (KFWA said')."""


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
    forces: tuple[tuple[str, str], ...] = ()
    """A country's armed services, with the service each may stand for when the country has none of its name
    (('army', 'armed forces'), ('navy', ''), ...)."""
    ceremonial: frozenset[str] = frozenset()
    """Words a country's armed service may have in its name or not ('royal', 'national', "people's")."""
    fillers: frozenset[str] = frozenset()
    """Small words of other languages' body names left out of their initials ('de', 'la', 'y')."""
    portfolios: frozenset[str] = frozenset()
    """Ministries that a ministry of two portfolios is, when it names one of these first ('foreign affairs')."""
    domains: frozenset[str] = frozenset()
    """Words that end the name of an office's field ('operations', 'relations': 'Director General Air Operations');
    a name after a title that ends in one is part of the title, not a person."""


@lru_cache(maxsize=1)
def org_words() -> OrgWords:
    """``data/org_words.tsv`` read: aliases ('mod' -> 'defence ministry'), head nouns ('ministry'), company suffixes
    ('ab', 'ltd') and prefixes ('grupo'), qualifiers ('municipal'), national words ('federal') and descriptions
    ('regulator' -> inspectorate, authority ...)."""
    aliases: dict[str, str] = {}
    describes: list[tuple[str, tuple[str, ...]]] = []
    forces: list[tuple[str, str]] = []
    kinds: dict[str, set[str]] = {"head": set(), "suffix": set(), "prefix": set(), "qualifier": set(),
                                  "national": set(), "standing": set(), "stake": set(), "ceremonial": set(),
                                  "filler": set(), "portfolio": set(), "domain": set(),
                                  "local": set()}  # (kind 'local' is read by corpus/local_names.py)
    for row in lexicons.rows("org_words.tsv"):
        if row[1].strip() == "alias":
            aliases[row[0].strip()] = row[2].strip()
        elif row[1].strip() == "describes":
            describes.append((row[0].strip(), tuple(h.strip() for h in row[2].split("|") if h.strip())))
        elif row[1].strip() == "force":
            forces.append((row[0].strip(), row[2].strip() if len(row) > 2 else ""))
        else:
            kinds[row[1].strip()].add(row[0].strip())
    return OrgWords(aliases, *(frozenset(kinds[k]) for k in ("head", "suffix", "prefix", "qualifier", "national")),
                    frozenset(kinds["standing"]), frozenset(kinds["stake"]), tuple(describes), tuple(forces),
                    *(frozenset(kinds[k]) for k in ("ceremonial", "filler", "portfolio", "domain")))


def plain_force(body: str) -> str:
    """A country's armed service without the words it may have or not ('royal army' -> 'army', 'royal armed
    forces' -> 'armed forces', "people's navy" -> 'navy'; ``data/org_words.tsv`` kinds 'force', 'ceremonial'); any
    other body as it is. For a name that holds its country ('Royal Thai Army')."""
    table = org_words()
    words = body.split()
    rest = " ".join(w for w in words if w not in table.ceremonial)
    return rest if rest != body and any(rest == f for f, _ in table.forces) else body


def force_stands_for(body: str) -> str:
    """The armed service a service may stand for when its country has none of its own name ('army' -> 'armed
    forces'), or ''."""
    return next((other for f, other in org_words().forces if f == body), "")


def one_portfolio(body: str) -> str:
    """A ministry of two portfolios as the ministry of the first, when that is one of ``data/org_words.tsv``'s
    portfolios ('foreign affairs and international cooperation ministry' -> 'foreign affairs ministry'); any other
    body as it is."""
    first, sep, _ = body.partition(" and ")
    if sep and body.endswith(" ministry") and first in org_words().portfolios:
        return f"{first} ministry"
    return body


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
    fillers = _ORG_FILLERS | org_words().fillers
    every = "".join(w[0] for w in words).lower()
    content = "".join(w[0] for w in words if w.lower() not in fillers).lower()
    own = "".join(w[0] for w in words if w.lower() not in fillers and not lexicons.country_code(w)).lower()
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
            if acr.lower() in initials(" ".join(long)) or (len(acr) >= 3 and letters(acr) in {
                    letters(x) for x in initials(" ".join(long))}):  # 'National Electoral Council (CNE)'
                out.setdefault(acr, " ".join(long))
                break
    return out


def letters(acronym: str) -> str:
    """An acronym's letters in alphabetical order, lower case: the initials of a name in any order of its words
    ('CNE' and 'National Electoral Council' -> 'cen'; 'MRN' and 'National Renewal Movement' -> 'mnr'), as another
    language orders them ('Consejo Nacional Electoral')."""
    return "".join(sorted(acronym.lower()))


def is_acronym(name: str) -> bool:
    """Whether a name is written as an acronym ('JPD', 'MoD', 'IHEC'; not 'Nato' or 'Sweden')."""
    n = name.strip().removeprefix("the ").strip()
    return 2 <= len(n) <= 8 and n.isalpha() and sum(c.isupper() for c in n) >= 2 and n[0].isupper()
