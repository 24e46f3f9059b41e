"""Governments of a part of a country described in lower case: 'the state government', 'the regional administration'.

In: a document actor and its document; out: the body of the report it stands for, or why it is no actor across
reports. A country has many states, provinces and districts, so 'state government' with the report's country is no
one body across reports ('the state government' of a report on Karnataka is not that of a report on Andhra
Pradesh). The description is:

* the one body of its report whose name ends with the same words in capitals ('regional government' of a report that
  names the 'Kurdistan Regional Government', 'provincial government' beside the 'Cebu Provincial Government'): it is
  read as that body;
* otherwise a source of its report only ('local body'): the corpus linker (:mod:`.actors`) gives it a ``generic:``
  key, like 'officials' with no country.

The words are those of ``data/not_actors.tsv`` kind 'local'.

A body the recogniser named by a place alone ('Amaravati said it would move the Supreme Court', 'Andhra Pradesh
accused Karnataka', :func:`place_body`) is the seat of a government or a region written for its government: a
country's capital that speaks or acts ('Putrajaya said') is read as that country's government; any other city of
100,000 people or more, or a region, that the gazetteer knows is a place ('place': no one body across reports, since
the report does not say which of the place's bodies speaks).

A body's acronym written after or before a place the gazetteer knows ('Sabah MMEA', 'MMEA Sabah', :func:`branch_of`)
is that body's office there, which the recogniser may call a person: it is read as the body the acronym names. A
body's name in another language that the recogniser calls a person ('Ambassade de France à Lomé') is a body.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Actor, Document
from ..text import lexicons, places
from ..text.org_names import is_acronym
from .local_names import in_english
from .not_actors import speakers_and_agents
from .terms import capitals

__all__ = ["branch_of", "local_body", "place_body"]

_CITY = 100_000
"""The population from which a city's name alone, as a body, is read as the city (smaller towns share their names
with bodies and families more often)."""

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "this", "that"})


@lru_cache(maxsize=1)
def _local() -> frozenset[str]:
    """``data/not_actors.tsv`` kind 'local': descriptions of the government of a part of a country."""
    return frozenset(w for w, kind in lexicons.rows("not_actors.tsv") if kind == "local")


def _described(name: str) -> str | None:
    """The description of a name in lower case without its article ('the state government' -> 'state government'),
    when it is one of the 'local' kind; else None."""
    words = name.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or any(w[:1].isupper() for w in words):
        return None  # 'Karnataka state government', 'Kurdistan Regional Government': named
    text = " ".join(words).lower()
    return text if text in _local() else None


def local_body(a: Actor, doc: Document) -> Actor | str | None:
    """For a body described as the government of a part of a country ('the state government'): the one other actor
    of ``doc`` whose name ends with the same words in capitals, as ``a`` with that name; else the reason 'local body';
    None for any other actor (see the module doc)."""
    if a.type not in ("organization", "group", "unknown"):
        return None
    described = _described(a.name)
    if described is None:
        return None
    size = len(described.split())
    named = {o.name for o in doc.actors if o.id != a.id and o.type in ("organization", "unknown")
             and len(o.name.split()) > size and " ".join(o.name.split()[-size:]).lower() == described
             and all(w[:1].isupper() for w in o.name.split()[-size:])}
    if len(named) == 1:
        return a.model_copy(update={"name": named.pop()})
    return "local body"


def place_body(a: Actor, doc: Document) -> Actor | str | None:
    """For a body (organisation or unknown) named by a place alone: a country's capital that speaks or acts as that
    country's government ('Putrajaya said' -> "Malaysia's government"), any other region or city of 100,000 people
    or more that the gazetteer knows as 'place'; a person with no title named by a region alone ('Andhra Pradesh' of
    a headline) as 'place'; None for any other name or type (see the module doc)."""
    if a.type not in ("organization", "unknown", "person") or (a.type == "person" and a.titles):
        return None
    name = a.name.strip()
    name = name[4:] if name.lower().startswith("the ") else name
    words = name.split()
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words) or name.isupper():
        return None  # 'ISMD', 'the state government'
    key = lexicons.norm(name)
    if key in lexicons.country_names() or key in lexicons.first_names() or key in lexicons.people() \
            or lexicons.agency(name) is not None or key in lexicons.institutions():
        return None
    found = places.candidates(name)
    if a.type == "person":  # 'Andhra Pradesh' as a person: a region only (cities share names with families)
        return "place" if found and all(c.kind == "region" for c in found) else None
    code = capitals().get(key) or places.capital_country(name)
    if code and code in lexicons.countries() and a.id in speakers_and_agents(doc):
        return a.model_copy(update={"name": f"{lexicons.countries()[code].name}'s government", "country": code})
    if any(c.kind == "region" or (c.kind == "city" and c.population >= _CITY) for c in found):
        return "place"
    return None


def branch_of(a: Actor) -> Actor | None:
    """For a person or unknown actor named by a place the gazetteer knows and a body's acronym ('Sabah MMEA', 'MMEA
    Sabah'): ``a`` as an organisation named by the acronym; for one named by a body's name in another language
    ('Ambassade de France à Lomé', :func:`~.local_names.in_english`): ``a`` as an organisation; else None (see the
    module doc)."""
    if a.type not in ("person", "unknown") or a.titles:
        return None
    if in_english(a.name) != a.name:  # 'Ambassade de France à Lomé' as a person
        return a.model_copy(update={"type": "organization"})
    words = a.name.split()
    acronyms = [w for w in words if is_acronym(w) and len(w) >= 3]
    if not 2 <= len(words) <= 4 or len(acronyms) != 1 or (words[0] not in acronyms and words[-1] not in acronyms):
        return None
    place = " ".join(w for w in words if w not in acronyms)
    if not all(w[:1].isupper() and not w.isupper() for w in place.split()) or not places.candidates(place):
        return None
    return a.model_copy(update={"name": acronyms[0], "type": "organization"})
