"""Whether a title given to a "person" says it is a person, and the short name of a company.

The recogniser often types a company's short name as a person, and the apposition that follows it gives it a
"title": "fined Deltamar, the local subsidiary of energy major Norvane, 2.5 billion naira" makes a person
*Deltamar* with the title 'local subsidiary of energy major Norvane' and a person *Norvane* with the rank
'major'. Such a title describes a body, not a person, so it must not keep the name from joining the stored body
of that name (``OrganisationRules._person_as_organisation``).

- :func:`personal_title`: a title (str) -> whether it shows a person: a role word or a rank (``is_title``), and
  neither a description of a body (its head noun, before any 'of', is a body noun of ``data/people_nouns.tsv``,
  a head noun of ``data/org_words.tsv``, or a word of a company's tie to another, 'unit', 'subsidiary') nor a
  rank word written in lower case (a rank before a name is capitalised: 'Major Dlamini'; 'energy major X' is a
  big company).
- :func:`company_stem`: a body's name (lower case, as ``org_body`` gives it) -> the name without the run of
  company, civic or media words that ends it (``data/org_endings.tsv``), when two words or more are left
  ('visayan star' of 'visayan star shipping lines', 'kgolo platinum' of 'kgolo platinum mines'), else ''.
"""

from __future__ import annotations

import re

from ..text import lexicons, person_names
from ..text.org_names import org_words
from .titles import is_title

_STEM_ENDINGS = ("company", "civic", "media")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _body_head(title: str) -> bool:
    """Whether the head noun of ``title`` (its last word before any 'of') names a body or a company's tie."""
    head = re.split(r"\s+of\s+", title.strip(), maxsplit=1)[0]
    words = [w.lower().strip("'’") for w in _WORD.findall(head)]
    if not words:
        return False
    last = words[-1]
    table = org_words()
    return (lexicons.people_nouns().get(last) == "body" or last in table.heads or last in table.stake
            or last in table.suffixes)


def personal_title(title: str) -> bool:
    """Whether ``title`` shows its holder is a person (see the module docstring)."""
    if not is_title(title) or _body_head(title):
        return False
    plain = title.strip()
    return not (plain.islower() and " " not in plain and person_names.is_rank(plain))


def company_stem(body: str) -> str:
    """``body`` without the company, civic or media words that end it, two words or more left; else ''."""
    words = body.split()
    n = len(words)
    while n >= 3 and lexicons.org_endings().get(words[n - 1]) in _STEM_ENDINGS:
        n -= 1
    return " ".join(words[:n]) if n < len(words) else ""
