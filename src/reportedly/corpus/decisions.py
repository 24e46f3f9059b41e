"""What the corpus linker decides for one document actor, and the look-up entries a person brings.

In: a document actor; out: its title keys (titles written in the document, and ranks taken off its name:
"Lt Gen Rustam Nazarov" has 'lieutenant general|'), and the (kind, value) entries a person adds to its
corpus actor so that later reports find it: its name, surname and family names (every reading:
'jianguo' and 'wang' for "Wang Jianguo"), spelling keys, an index key of each family name that ignores
vowels (``fam``), one-letter deletions (typos) and titles. Shared by :mod:`.actors`, :mod:`.persons` and
:mod:`.organisations`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Actor
from ..text.person_names import parse
from .names import deletions, fold_word, name_key
from .titles import is_title, title_key


@dataclass
class Decision:
    """Where a document actor goes: a corpus actor key (created when missing) and the reason."""

    key: str
    name: str
    type: str
    country: str | None
    evidence: dict[str, Any]
    names: list[tuple[str, str]] = field(default_factory=list)
    """(kind, value) look-up entries this actor adds to its corpus actor: 'name', 'surname', 'title' ..."""
    alone: bool = False
    waits_for: str | None = None
    """For an actor left alone: the 'kind:value' name key whose arrival may give the evidence to join it."""


def title_keys(a: Actor) -> set[str]:
    """The title keys of an actor's titles that are titles (see :func:`is_title`), and of the ranks taken off a
    person's name ('Air Marshal A K Bharti' -> 'air marshal|IND' when the actor is of India)."""
    out = {tk for t in a.titles if is_title(t) and (tk := title_key(t, a.country))}
    if a.type == "person":
        out.update(tk for r in parse(a.name).ranks if (tk := title_key(r, a.country)))
    return out


def person_names(a: Actor, full: str) -> list[tuple[str, str]]:
    """Look-up entries of a person with the normalised full name ``full`` (see the module doc)."""
    key = name_key(full)
    parts = parse(a.name) if " ".join(parse(a.name).words) == full else parse(full)
    names = [("name", full), ("fold", key), ("first", key.split()[0])]
    if not any(r.order == "with father's name" for r in parts.readings):  # 'bin Hashim': the father, no surname
        names[1:1] = [("surname", full.split()[-1])]
        names[3:3] = [("fsurname", key.split()[-1])]
    for family in parts.families:
        names += [("surname", family), ("fsurname", fold_word(family))]
    names += [("fam", k) for k in sorted(parts.family_keys())]
    names += [("del", d) for d in sorted(deletions(key))]
    names += [("title", tk) for tk in sorted(title_keys(a))]
    return list(dict.fromkeys(names))
