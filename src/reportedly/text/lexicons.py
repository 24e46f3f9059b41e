"""Loading the word lists and gazetteers shipped in ``reportedly/data`` (read once, cached).

Each data file is a UTF-8 TSV with ``#`` comment lines saying where its entries come from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The non-comment rows of ``data/<name>``, split on tabs."""
    raw = resources.files("reportedly").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.rstrip("\n").split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower-cased name without a leading 'the', a possessive, dots or extra spaces."""
    t = text.strip().lower().replace("’", "'")
    if t.startswith("the "):
        t = t[4:]
    for suffix in ("'s", "'"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    return " ".join(t.replace(".", "").split())


@dataclass(frozen=True)
class Country:
    """A country (or international organisation) with the names that point to it."""

    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """``data/countries.tsv`` by code (ISO 3166 alpha-3, or ``ORG:XX`` for organisations)."""
    out = {}
    for code, name, aliases, demonyms in rows("countries.tsv"):
        out[code] = Country(code, name, tuple(a for a in aliases.split("|") if a),
                            tuple(d for d in demonyms.split("|") if d))
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Normalised country name or alias -> code."""
    out: dict[str, str] = {}
    for c in countries().values():
        for n in (c.name, *c.aliases):
            out.setdefault(norm(n), c.code)
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Normalised demonym/adjective ('British', 'Ukrainian', 'U.S.') -> code."""
    out: dict[str, str] = {}
    for c in countries().values():
        for d in c.demonyms:
            out.setdefault(norm(d), c.code)
    return out


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """Normalised names that are acronyms ('us', 'who'): they count only when written in capitals."""
    out = set()
    for c in countries().values():
        for n in (c.name, *c.aliases, *c.demonyms):
            letters = n.replace(".", "")
            if letters.isupper() and len(letters) <= 5:
                out.add(norm(n))
    return frozenset(out)


def country_code(text: str) -> str | None:
    """The code of a country named or qualified by ``text`` ('UK', 'Britain', 'British'), or None.

    Acronyms match only in capitals, so that 'us' and 'who' stay pronouns.
    """
    key = norm(text)
    if key in _acronyms() and not text.replace(".", "").replace("’s", "").replace("'s", "").isupper():
        return None
    return country_names().get(key) or demonyms().get(key)


@dataclass(frozen=True)
class Person:
    """A well-known person: country and gender when the text does not give them."""

    name: str
    country: str
    gender: str
    roles: tuple[str, ...]


@lru_cache(maxsize=1)
def people() -> dict[str, Person]:
    """``data/people.tsv`` keyed by normalised full name."""
    return {norm(r[0]): Person(r[0], r[1], r[2], tuple(r[3].split("|")) if len(r) > 3 else ())
            for r in rows("people.tsv")}


@lru_cache(maxsize=1)
def people_by_surname() -> dict[str, list[Person]]:
    """Well-known people keyed by normalised last name."""
    out: dict[str, list[Person]] = {}
    for p in people().values():
        out.setdefault(norm(p.name.split()[-1]), []).append(p)
    return out


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name (lower case) -> 'm' or 'f'."""
    return {r[0].lower(): r[1] for r in rows("first_names.tsv")}


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    """``data/roles.tsv``: title/role/institution word -> kind."""
    return {r[0]: r[1] for r in rows("roles.tsv")}


@lru_cache(maxsize=1)
def institutions() -> dict[str, tuple[str, str]]:
    """Metonyms ('Kremlin', 'Downing Street') -> (code, what they stand for)."""
    return {norm(r[0]): (r[1], r[2]) for r in rows("institutions.tsv")}


@lru_cache(maxsize=1)
def channels() -> dict[str, tuple[str, str | None]]:
    """``data/channels.tsv``: phrase -> (channel kind, platform or None)."""
    return {r[0]: (r[1], r[2] if len(r) > 2 and r[2] else None) for r in rows("channels.tsv")}


@dataclass(frozen=True)
class Agency:
    """A news agency: the name to report and its home country."""

    name: str
    country: str


@lru_cache(maxsize=1)
def agencies() -> dict[str, Agency]:
    """``data/agencies.tsv``: normalised name or alias -> agency (see :func:`agency` for the case rule)."""
    out: dict[str, Agency] = {}
    for r in rows("agencies.tsv"):
        a = Agency(r[0], r[1])
        for n in (r[0], *(x for x in (r[2].split("|") if len(r) > 2 else ()) if x)):
            out.setdefault(norm(n), a)
    return out


@lru_cache(maxsize=1)
def _agency_acronyms() -> frozenset[str]:
    """Agency names listed only in capitals, of up to five letters: they match only in capitals."""
    capitals: set[str] = set()
    other: set[str] = set()
    for r in rows("agencies.tsv"):
        for n in (r[0], *(r[2].split("|") if len(r) > 2 else ())):
            letters = n.replace(".", "").replace("-", "")
            (capitals if letters.isupper() and len(letters) <= 5 else other).add(norm(n))
    return frozenset(capitals - other)  # 'dpa' and 'Tass' are listed as written, so those match in any case


def agency(text: str) -> Agency | None:
    """The news agency ``text`` names ('Reuters', 'AFP', 'A.P.', 'Press Trust of India'), or None.

    Short acronyms match only in capitals ('TT', 'AP', 'WAM'), so that ordinary words stay words.
    """
    key = norm(text)
    if key in _agency_acronyms() and not text.replace(".", "").replace("-", "").isupper():
        return None
    return agencies().get(key)


@lru_cache(maxsize=1)
def labels() -> dict[str, str]:
    """``data/labels.tsv``: headline and section labels ('explainer', 'update', 'currencies') -> kind."""
    return {r[0]: r[1] for r in rows("labels.tsv")}


@lru_cache(maxsize=1)
def people_nouns() -> dict[str, str]:
    """``data/people_nouns.tsv``: lemma of a noun of people or of a body of people -> its kind ('person', 'body',
    'building', 'speaking')."""
    return {r[0]: r[1] for r in rows("people_nouns.tsv")}


@lru_cache(maxsize=1)
def name_nouns() -> frozenset[str]:
    """``data/name_nouns.tsv``: nouns of a name ('surname', 'name'): 'who gave only his surname, Yang'."""
    return frozenset(r[0].strip() for r in rows("name_nouns.tsv"))


@lru_cache(maxsize=1)
def role_verbs() -> dict[str, str]:
    """``data/role_verbs.tsv``: verb of holding a role -> the role noun ('command' -> 'commander'): 'who commands
    the task force' makes 'task force commander'."""
    return {r[0].strip(): r[1].strip() for r in rows("role_verbs.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def noun_genders() -> dict[str, str]:
    """``data/people_nouns.tsv``: lemma of a noun that gives a person's gender ('wife', 'spokesman') -> 'f' or 'm'."""
    return {r[0]: r[2] for r in rows("people_nouns.tsv") if len(r) > 2 and r[2]}


@lru_cache(maxsize=1)
def org_endings() -> dict[str, str]:
    """``data/org_endings.tsv``: a word that ends an organisation's name ('Shipping', 'Holdings', 'Ltd') -> kind."""
    return {r[0]: r[1] for r in rows("org_endings.tsv")}


@lru_cache(maxsize=8)
def context_words(kind: str) -> frozenset[str]:
    """``data/context_words.tsv``: the words of one kind ('city-body', 'title-before', 'site-after', 'speaking')."""
    return frozenset(r[0] for r in rows("context_words.tsv") if r[1] == kind)


@lru_cache(maxsize=1)
def predicate_classes() -> dict[tuple[str, str], tuple[str, ...]]:
    """``data/predicate_classes.tsv``: (lemma, 'verb'|'noun'|'adj') -> semantic classes."""
    return {(r[0], r[1]): tuple(r[2].split("|")) for r in rows("predicate_classes.tsv")}


# Words that qualify a count ("about 40", "more than 40", "at least 40", "dozens"): a closed class of English
# that attribution (a group's name without its count) and events (a quantity's value) both read, each with a few
# words of its own.
APPROXIMATORS = frozenset({"about", "around", "some", "nearly", "almost", "over", "more", "than", "fewer", "less",
                           "at", "least", "up", "roughly", "approximately", "estimated", "few", "dozens", "hundreds",
                           "thousands"})

# Verbs whose object does what the infinitive says ("urged Russia to stop"): a closed class of English
# grammar that attribution (whose claim is it) and events (who acts) both read.
OBJECT_CONTROL = {"urge", "ask", "call", "order", "press", "push", "force", "persuade", "encourage", "invite",
                   "instruct", "implore", "tell", "allow", "help", "require", "compel", "pressure", "warn",
                   "deter", "prevent"}
