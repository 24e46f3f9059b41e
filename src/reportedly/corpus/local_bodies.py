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
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Actor, Document
from ..text import lexicons

__all__ = ["local_body"]

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
