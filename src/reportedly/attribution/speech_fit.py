"""How well what is said fits each of two people who could have said it.

When a pronoun or a description ('he', 'the spokesman') could be either of two people just named,
a reader looks at what was said: a spokesman speaks for his own body ('The spokesman said the
coalition was certain ...' is the coalition's spokesman, not the alliance's), and nobody speaks of
himself by his title or surname ('He said the sheikh's men would stay' is not the sheikh).

In: a candidate's :class:`~.clusters.Cluster` (its name and titles) and the words of the statement's
content. Out: a score (+1 the content names a body of the candidate's titles, -1 it names the
candidate, 0 neither) and, from a list of candidates, the one the content prefers, if exactly one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import lexicons
from ..text.lexicons import norm
from ..text.person_names import rank_words
from .clusters import _DETERMINERS, _TITLE_MODIFIERS, Cluster

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL = {"of", "for", "and", "in", "at", "on", "to", "by", "with", "who", "which", "whose", "from", "over", "under",
          "since", "has", "have", "had", "was", "is", "are", "been", "its", "his", "her", "their"}


def content_words(text: str) -> set[str]:
    """The words of a content, lower case, possessive endings dropped ("the sheikh's men" -> sheikh, men)."""
    return {re.sub(r"['’]s$", "", w.lower()).rstrip("'’-") for w in _WORD.findall(text)}


def _body_words(c: Cluster, roles: dict[str, str]) -> set[str]:
    """Words of a person's titles that name the body or place they serve ('Central Command' of 'the Central
    Command chief', 'district' of 'district magistrate', 'coalition'): not titles of people, ranks, countries,
    small words or the person's own name."""
    own = set(norm(c.name).split())
    out = set()
    for title in c.titles:
        words = title.split()
        words = words[rank_words(words):]
        for w in words:
            low = re.sub(r"['’]s$", "", w.strip(",.;:()'’\"").lower())
            if len(low) < 3 or roles.get(low, "institution") != "institution" or low in _DETERMINERS \
                    or low in _TITLE_MODIFIERS or low in _SMALL or low in own or norm(low) in own \
                    or lexicons.country_code(low) or lexicons.country_code(w):
                continue
            out.add(low)
    return out


_THE_ROLE = re.compile(r"\bthe\s+([^\W\d_]+)(?:['’]s)?\b(?!\s+of\b)", re.IGNORECASE)
"""'the sheikh's men', 'the governor': a role that the content speaks of as one known person (not 'the
president of the United States', which is an office)."""


def _role_words(c: Cluster, roles: dict[str, str]) -> set[str]:
    """The role words of a person's titles ('sheikh', 'judge', 'governor')."""
    out = set()
    for title in c.titles:
        for w in title.lower().replace(",", " ").split():
            w = re.sub(r"['’]s$", "", w.strip(".;:()'’\""))
            if roles.get(w) in ("title", "leader"):
                out.add(w)
    return out


_ACCUSED = re.compile(r"^\W*(?:the\s+)?((?:[^\W\d_][\w'’-]*\s+){1,4})(?:of|for)\s+[^\W\d_]+ing\b", re.IGNORECASE)
"""A content that opens with whom an accusation is about ('accused | the police of firing first', 'blamed | the port
authority for ignoring warnings'): the words before 'of'/'for' name the accused."""


def fit(c: Cluster, content: str, roles: dict[str, str]) -> int:
    """+1 when the content names a body of the person's titles, -1 when it names the person (a word of the name,
    'Hillary' of 'Hillary Clinton', or 'the <role>' of the titles, 'the sheikh's men') or accuses the body ('the
    police of firing first': nobody accuses their own), else 0."""
    words = content_words(content)
    named = {w for w in norm(c.name).split() if len(w) > 2 and w not in _SMALL}
    spoken_roles = {m.group(1).lower() for m in _THE_ROLE.finditer(content)}
    if named & words or _role_words(c, roles) & spoken_roles:
        return -1
    body = _body_words(c, roles)
    if (accused := _ACCUSED.match(content)) and body & content_words(accused.group(1)):
        return -1
    return 1 if body & words else 0


def preferred(candidates: Sequence[tuple[int, Cluster]], content: str, roles: dict[str, str]) -> int | None:
    """The one candidate (index) whose fit to the content is strictly the best, or None (no content, a tie)."""
    if not content or len(candidates) < 2:
        return None
    scored = sorted(((fit(c, content, roles), k) for k, c in candidates), reverse=True)
    if scored[0][0] > scored[1][0]:
        return scored[0][1]
    return None
