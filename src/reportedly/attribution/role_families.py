"""Generic role words and the titles they cover ('the monarch' is a king, a queen, an emir ...).

In: a role word of a description, lower case. Out: the titles it covers, from ``data/role_families.tsv``
(empty for a role that covers no others). :meth:`~.title_holders.TitleHolders._by_title` reads it, so that
'the monarch said' goes to the person named 'King Aba Odu' earlier in the report.
"""

from __future__ import annotations

from functools import lru_cache

from ..text import lexicons


@lru_cache(maxsize=1)
def _families() -> dict[str, tuple[str, ...]]:
    """``data/role_families.tsv``: generic role -> the titles it covers."""
    return {r[0].strip(): tuple(t.strip() for t in r[1].split(",") if t.strip())
            for r in lexicons.rows("role_families.tsv")}


def covered(role: str) -> tuple[str, ...]:
    """The titles a generic role word covers ('monarch' -> 'king', 'queen', ...), or () when it covers none."""
    return _families().get(role.lower(), ())
