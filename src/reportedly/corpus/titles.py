"""Titles, offices and organisation names as keys the corpus actor linker compares.

In: a title or organisation name as a document gives it ("UK Prime Minister", "Russia's Defense
Ministry"); out: keys ("prime minister|GBR", "defence ministry|RUS"), whether two sets of titles
agree or conflict, and who held an office in a year according to ``data/people.tsv``. Read by
:mod:`reportedly.corpus.actors` (and the queries, to show only real titles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text import lexicons, person_names, places
from ..text.org_names import (  # noqa: F401  (re-exported)
    OrgWords,
    initials,
    institution_heads,
    one_portfolio,
    org_words,
    plain_force,
)
from .local_names import read_local
from .names import HONORIFICS, normalise, strip_accents

_SPELLING = {"defense": "defence", "organization": "organisation", "center": "centre", "programme": "program",
             "labor": "labour", "harbor": "harbour"}
_TITLE_FILLERS = {"the", "of", "for", "and", "a", "an", "'s", "s"}
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in lexicons.countries().values():
        for n in (c.name, *c.aliases, *c.demonyms):
            out.setdefault(normalise(n), c.code)
    return out


@lru_cache(maxsize=1)
def _longest_country() -> int:
    """How many words the longest country name, alias or demonym has."""
    return max(len(k.split()) for k in _country_words())


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    words = set()
    for phrase, kind in lexicons.roles().items():
        if kind in ("title", "leader"):
            words.update(_WORD.findall(phrase.replace(".", "")))
    words.update({"former", "acting", "deputy", "interim", "outgoing", "incoming", "vice", "senior", "chief", "top",
                  "foreign", "defence", "defense", "prime", "state", "first", "head", "government", "spokesperson"})
    words.update(w for canonical, kind in person_names.ranks().values() if kind == "civil" for w in canonical.split())
    return frozenset(words)


_UNTIED = {"former", "acting", "interim", "outgoing", "incoming", "senior", "top", "deputy", "vice"}


@lru_cache(maxsize=4096)
def office_titles(p: lexicons.Person) -> frozenset[str]:
    """Title keys of the offices a ``people.tsv`` person held ('prime minister|GBR')."""
    out = set()
    for role in p.roles:
        m = _YEARS.search(role)
        key = title_key(role[:m.start()] if m else role, p.country if not p.country.startswith("ORG:") else None)
        if key:
            out.add(key)
    return frozenset(out)


@lru_cache(maxsize=65536)
def is_title(title: str) -> bool:
    """Whether a title holds a role word ('British Prime Minister'; not 'Sudzha Sir', a parse slip) or is a rank
    ('Air Marshal', 'Lt-Gen')."""
    words, _ = words_and_country(title)
    return any(w in _role_words() and w not in HONORIFICS for w in words) or person_names.is_rank(title)


def _rank_kind(key: str) -> str:
    """The kind of rank a title key is ('military' for 'vice admiral|', 'address' for 'datuk|'), or ''."""
    return (person_names.rank_kind(key.partition("|")[0]) or "").partition(":")[0]


def service_rank(key: str) -> bool:
    """Whether a title key is a military or police rank ('vice admiral|', 'major general|IND'), which a person
    holds beside an office."""
    return _rank_kind(key) in ("military", "police")


def titles_conflict(ours: set[str], theirs: set[str], *, rank_beside_office: bool = False) -> bool:
    """Both sides have titles, none agree, and their role words share nothing ('President' / 'official').
    Honorifics ('Datuk', 'Tan Sri') are left out. ``rank_beside_office`` (for two full names that agree): a
    military or police rank is compared only with ranks, as a 'Vice Admiral' can be the agency's
    'director-general' (not for a surname alone: 'Mayor Abellana' is not 'Captain Abellana')."""
    ours, theirs = {k for k in ours if _rank_kind(k) != "address"}, {k for k in theirs if _rank_kind(k) != "address"}
    if not ours or not theirs or shared_titles(ours, theirs):
        return False  # an honorific ('Datuk', 'Tan Sri') says nothing of the office
    ranks_ours, ranks_theirs = {k for k in ours if service_rank(k)}, {k for k in theirs if service_rank(k)}
    if rank_beside_office and bool(ranks_ours) != bool(ranks_theirs):
        ours, theirs = ours - ranks_ours, theirs - ranks_theirs  # a rank on one side only: compare the offices
        if not ours or not theirs:
            return False
    def roles(keys: set[str]) -> set[str]:  # singular: 'Cabinet of Ministers' shares 'minister'
        return {w[:-1] if len(w) > 4 and w.endswith("s") else w for k in keys for w in k.partition("|")[0].split()
                } - _UNTIED
    return not (roles(ours) & roles(theirs))


def words_and_country(text: str) -> tuple[list[str], str | None]:
    """Words of a title or organisation name with country names/demonyms taken out (and the code)."""
    words, code = _words_and_country_cached(text)
    return list(words), code


@lru_cache(maxsize=65536)
def _words_and_country_cached(text: str) -> tuple[tuple[str, ...], str | None]:
    words = [_SPELLING.get(w, w) for w in _WORD.findall(strip_accents(text).lower().replace("’", "'")
                                                        .replace(".", ""))]
    owners = {i for i, w in enumerate(words) if w.endswith("'s")}
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    table = _country_words()
    out: list[str] = []
    code = None
    i = 0
    while i < len(words):
        if i in owners and not lexicons.context_words("city-body").intersection(words[i + 1:]) and (
                capital := places.capital_country(words[i])):
            code = code or capital  # "Kyiv's General Staff": the capital's country
            i += 1
            continue
        for n in range(_longest_country(), 0, -1):  # 'democratic republic of the congo' before 'republic of ...'
            phrase = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n and phrase in table:
                code = code or table[phrase]
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out), code


@lru_cache(maxsize=65536)
def title_key(title: str, country: str | None = None) -> str | None:
    """A title as 'role|COUNTRY' ('UK Prime Minister', 'British Prime Minister' -> 'prime minister|GBR').

    The country comes from the title itself, else from ``country`` (the actor's). None for a title
    that is only a country word.
    """
    words, code = words_and_country(title)
    role = " ".join(_canonical_roles([p for w in words if w not in _TITLE_FILLERS for p in w.split("-")]))
    if not role:
        return None
    return f"{role}|{code or country or ''}"


def _canonical_roles(words: list[str]) -> list[str]:
    """Ranks and roles in their canonical form ('lt gen' -> 'lieutenant general', 'spokesman' -> 'spokesperson')."""
    table = person_names.ranks()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            form = " ".join(words[i:i + n])
            if i + n <= len(words) and form in table:
                out += table[form][0].split()
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


_BRACKETED = re.compile(r"\s*\([A-Za-z]{2,8}\)?\s*$")
_ORG_FILLERS = {"the", "of", "and", "for"}


@lru_cache(maxsize=65536)
def org_body(name: str) -> tuple[str, str | None]:
    """An organisation's name as (body, country code): country words out, 'Ministry of X' as 'X ministry', and
    the aliases of ``data/org_words.tsv`` ("Sylvania's Ministry of Defence", "the Sylvanian Defence Ministry",
    "the Sylvanian MoD" -> ('defence ministry', code); "General Staff of the Armed Forces of Freedonia" ->
    ('general staff', code))."""
    name, local = read_local(_BRACKETED.sub("", name))  # 'National Progress Coalition (NPC'; 'Ambassade de France'
    words, code = words_and_country(name)
    if local:  # the body's words only, the country by its code ('Democratic Republic of the Congo's armed forces')
        words, code = words_and_country(name.partition("'s ")[2] or name)[0], local
    table = org_words()
    if len(words) > 1 and words[0] in ("country", "nation") and re.match(r"(?i)(the\s+)?(country|nation)['’]s", name):
        words = words[1:]  # "the country's electoral commission": the report's country, not a name
    words = [w for w in words if w != "the" and w not in table.qualifiers] or words
    while (words and words[-1] == "of") or (len(words) > 1 and words[-1] in table.suffixes):
        words = words[:-1]  # 'Ministry of Defence of <country>'; 'Brovik Trä AB'; '... Company of Nigeria Limited'
    while len(words) > 1 and words[0] in table.prefixes:  # 'Grupo Ribalta'
        words = words[1:]
    written = " ".join(words)
    if "of" in words:
        k = words.index("of")
        head, rest = words[:k], [w for w in words[k + 1:] if w != "of"]
        n = 2 if " ".join(head[-2:]) in institution_heads() else 1 if head and head[-1] in institution_heads() else 0
        if n and rest:  # 'Shandong Department of Emergency Management' -> 'shandong emergency management department'
            words = head[:-n] + rest + head[-n:]
    body = one_portfolio(" ".join(words))  # 'Ministry of Foreign Affairs and International Cooperation'
    if code:
        body = plain_force(body)  # 'Royal Thai Army' is the Thai army
    body = table.aliases.get(written, table.aliases.get(body, body))
    return _tail_alias(body) or normalise(name), code


@lru_cache(maxsize=1)
def _tail_aliases() -> tuple[tuple[str, str], ...]:
    """The aliases of two words or more, longest first: they also stand for the end of a longer name."""
    return tuple(sorted(((k, v) for k, v in org_words().aliases.items() if " " in k),
                        key=lambda kv: -len(kv[0])))


def _tail_alias(body: str) -> str:
    """A body whose last words are an alias, with those words replaced ('zibo public security bureau' ->
    'zibo police'); else the body."""
    for k, v in _tail_aliases():
        if body.endswith(" " + k):
            return body[:-len(k)] + v
    return body


def org_key(name: str, country: str | None = None) -> str:
    """An organisation or collective name for comparison: 'Russia's Defense Ministry' -> 'defence ministry|RUS'."""
    body, code = org_body(name)
    return f"{body}|{code or country or ''}"


def is_head(body: str) -> bool:
    """Whether an organisation's body is only a head noun that says what kind of body ('ministry', 'directorate')."""
    return body in org_words().heads




@lru_cache(maxsize=1)
def _short_ranks() -> frozenset[str]:
    """Ranks that news also writes for the ranks ending in them ('Gen.' for a major general)."""
    return frozenset(r for r, _ in person_names.ranks().values() if " " not in r)


_SUBORDINATE = {"deputy", "vice", "assistant", "under", "acting", "former", "junior"}


def _same_role(a: str, b: str) -> bool:
    """Whether two roles are one: equal, a short rank for a longer one ('general' / 'major general'), or the same
    role with words that say where ('chief executive' / 'kvarnholm chief executive'), but not another role that
    ends the same way ('minister' / 'prime minister', 'defence minister') or a deputy's."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short in _short_ranks() and long.endswith(" " + short):
        return True
    sw, lw = short.split(), long.split()
    if not sw or sw[-1] != lw[-1] or not set(sw) < set(lw) or set(lw) & _SUBORDINATE:
        return False
    pair = " ".join(lw[-2:])
    return not (pair != short and lexicons.roles().get(pair, "") in ("title", "leader"))


def shared_titles(ours: set[str], theirs: set[str]) -> list[str]:
    """Title keys that agree: the same role (or 'general' for 'major general'), and the same country or a
    country on one side only."""
    out = []
    for a in ours:
        role_a, _, country_a = a.partition("|")
        for b in theirs:
            role_b, _, country_b = b.partition("|")
            if _same_role(role_a, role_b) and (country_a == country_b or not country_a or not country_b):
                out.append(b)
    return sorted(set(out))


@lru_cache(maxsize=65536)
def is_description(name: str) -> bool:
    """Whether a person 'name' is only a description ('the British Prime Minister', 'Russian leader')."""
    words, _ = words_and_country(name)
    lead = [w for w in words[:words.index("of")] if w != "the"] if "of" in words else []
    if lead and all(w in _role_words() for w in lead) and (name[:1].islower() or name.lower().startswith("the ")):
        return True  # 'mayor of the eastern Chinese city of Zibo', "head of the city's emergency management bureau"
    words = [w for w in words if w not in _TITLE_FILLERS]
    if words and person_names.is_rank(" ".join(words)):
        return True  # 'the chief inspector', 'the brigadier'
    written = name.split()
    if len(written) >= 2 and words and words[-1] in _role_words() and all(
            w.isupper() and w.isalpha() for w in written[:-1]):
        return True  # 'IEC chief', 'NDRF commander': an acronym's role
    if len(written) >= 3 and written[-1][:1].islower() and words and words[-1] in _role_words():
        return True  # 'Second Army Region commander': a body's role (no name ends in a word in lower case)
    return not words or all(w in _role_words() for w in words) or (words[-1] in _role_words() and (
        not any(c.isupper() for c in name)  # 'port chief': no name is lower case
        or bool(re.search(r"['’]s\s+(?:[a-z]+\s+)*[a-z]+$", name))))  # "Zibo's mayor", "the city's mayor"


@dataclass(frozen=True)
class Office:
    """An office from ``people.tsv`` roles: who held it, when."""

    person: lexicons.Person
    start: int | None
    end: int | None


_YEARS = re.compile(r"\s*(\d{4})\s*-\s*(\d{4})?\s*$")


@lru_cache(maxsize=1)
def _offices() -> dict[str, list[Office]]:
    """title_key -> holders with their years, from the roles column of ``data/people.tsv``."""
    out: dict[str, list[Office]] = {}
    for p in lexicons.people().values():
        for role in p.roles:
            m = _YEARS.search(role)
            if not m:
                continue
            key = title_key(role[:m.start()], p.country if not p.country.startswith("ORG:") else None)
            if key:
                out.setdefault(key, []).append(Office(p, int(m[1]), int(m[2]) if m[2] else None))
    return out


def office_holder(key: str, year: int | None) -> lexicons.Person | None:
    """The one person holding the office ``key`` in ``year`` according to ``people.tsv``, or None."""
    if year is None:
        return None
    holders = {o.person.name: o.person for o in _offices().get(key, [])
               if o.start is not None and o.start <= year and (o.end is None or year <= o.end)}
    return next(iter(holders.values())) if len(holders) == 1 else None
