"""Where a report writes a name, in any case: the spans of ``not_actors._uses`` without compiling a pattern per name.

:func:`written_spans` gives exactly the spans of
``re.finditer(rf"(?i)(?<![\\w'’\\-]){written}(?![\\w\\-])", text)``, where ``written`` is the name escaped with each
space standing for ``[\\s\\-]+`` ('Ak Sai' finds 'Ak-Sai' and 'AK  SAI'). Compiling that pattern costs more than
searching with it, and an ingest compiles one for almost every actor of every report (the names differ too much
for the regex cache). For the common case, a name of ASCII letters, digits and ``.'&-`` in words parted by single
spaces, in a text without the few characters that match an ASCII letter only under regex case folding ('ſ', 'ı',
'İ'), it searches the lower-cased text directly; anything else goes to the regex, as before.
"""

from __future__ import annotations

import re

_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.'&-")
_FOLDED = frozenset("ſıİ")
"""Characters that match an ASCII letter under ``re.IGNORECASE`` but do not lower-case to it one for one."""
_last: tuple[str, str | None] = ("", None)


def _lowered(text: str) -> str | None:
    """``text.lower()``, one character for one, or None when the text holds a character of :data:`_FOLDED`."""
    global _last
    if _last[0] is not text:
        _last = (text, None if any(c in text for c in _FOLDED) else text.lower())
    return _last[1]


def _regex(name: str, text: str) -> list[tuple[int, int]]:
    written = re.escape(name).replace(r"\ ", r"[\s\-]+")
    return [m.span() for m in re.finditer(rf"(?i)(?<![\w'’\-]){written}(?![\w\-])", text)]


def _word(c: str) -> bool:
    """``\\w`` of a ``str`` pattern (the regex tests the lower-cased character under ``re.IGNORECASE``)."""
    return c.isalnum() or c == "_"


def written_spans(name: str, text: str) -> list[tuple[int, int]]:
    """The spans where ``name`` is written in ``text`` in any case, its spaces as runs of spaces or hyphens, not
    inside a longer word (see the module doc); ``name`` is not empty."""
    parts = name.split(" ")
    lowered = _lowered(text)
    if lowered is None or not all(p and p[0] != "-" and p[-1] != "-" and _PLAIN.issuperset(p) for p in parts):
        return _regex(name, text)
    parts = [p.lower() for p in parts]
    first, rest = parts[0], parts[1:]
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = lowered.find(first)
    while pos >= 0:
        end = pos + len(first)
        ok = pos == 0 or not (_word(lowered[pos - 1]) or lowered[pos - 1] in "'’-")
        for part in rest if ok else ():
            gap = end
            while gap < n and (lowered[gap].isspace() or lowered[gap] == "-"):
                gap += 1
            if gap == end or not lowered.startswith(part, gap):
                ok = False
                break
            end = gap + len(part)
        if ok and end < n and (_word(lowered[end]) or lowered[end] == "-"):
            ok = False
        if ok:
            out.append((pos, end))
            pos = lowered.find(first, end)
        else:
            pos = lowered.find(first, pos + 1)
    return out
