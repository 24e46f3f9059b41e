"""Faster forms of case-insensitive word-list patterns, with the same matches.

Python's ``re`` tries the words of an alternation one after the other at every position, and under
``re.IGNORECASE`` it enters each word before it compares its first letter; a list of a hundred names
scanned over a whole report costs a millisecond. The forms here let ``re`` drop a word (or a group of
words) on its first letter, which it checks without entering, when that letter is written as a class
of its cases:

* :func:`cased`: a text as a pattern of case classes ('Rs' -> ``[rR][sSſ]``);
* :func:`alternatives`: a word list as a tree of their letters (the longer of two words that start alike
  first);
* :func:`by_first_letter`: a list of patterns grouped by their first letter, in their order within
  each group.

In: word lists (data files, lower case). Out: pattern source text to compile (without ``re.IGNORECASE``).
"""

from __future__ import annotations

import re

CASES = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}
"""The characters a case-insensitive pattern letter matches besides its two cases (Python's ``re``: dotted and
dotless i, the Kelvin sign, the long s)."""


def cased(text: str) -> str:
    """``text`` as a pattern that matches it as ``re.IGNORECASE`` does, each ASCII letter a class of its cases
    ('Rs' -> '[rR][sSſ]'); other characters as ``re.escape`` writes them (for letters outside ASCII, only where
    case does not matter)."""
    return "".join(f"[{CASES.get(c, c + c.upper())}]" if c.isascii() and c.isalpha() else re.escape(c)
                   for c in text.lower())


def alternatives(words: list[str]) -> str:
    """An alternation of ``words`` written as a tree of their letters, each a class of its cases: it matches what
    ``(?i:w1|w2|...)`` matches when, of two words that start alike, the longer comes first (a list sorted longest
    first), and it is much faster. Words of ASCII letters, digits and punctuation.

    >>> alternatives(["ten", "two"])
    '[tT](?:[eE][nN]|[wW][oO])'
    """
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for c in w.lower():
            node = node.setdefault(c, {})
        node[""] = {}

    def written(node: dict[str, dict]) -> str:
        kids = [cased(c) + written(sub) for c, sub in sorted(node.items()) if c]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        if "" in node:  # a word ends here: the longer ones first, as a greedy option
            return f"(?:{body})?" if len(kids) == 1 else body + "?"
        return body
    return written(tree)


def by_first_letter(words: list[str], pattern: dict[str, str]) -> str | None:
    """The alternation ``(?i:p1|p2|...)`` of the patterns of ``words`` (in that order; ``pattern[w]`` is the pattern
    of the rest of word ``w`` after its first character) grouped by first character: ``[aA](?i:...)|[bB](?i:...)``,
    each group in the order of ``words``. Two groups never match one character, so the first word that matches
    is the same. None when that cannot be promised: a first character other than an ASCII letter that matches
    another group's under ``re.IGNORECASE`` (the Kelvin sign is a k), or an empty word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        if not w:
            return None
        first = w[0].lower() if w[0].isascii() and w[0].isalpha() else w[0]
        groups.setdefault(first, []).append(pattern[w])
    for c in groups:
        if not (c.isascii() and c.isalpha()):
            folds = re.compile(re.escape(c), re.IGNORECASE)
            if any(folds.fullmatch(x) for x in [*map(chr, range(128)), *groups] if x != c):
                return None
    out = []
    for first, rests in groups.items():
        head = cased(first) if first.isascii() and first.isalpha() else f"(?i:{re.escape(first)})"
        out.append(f"{head}(?i:{'|'.join(rests)})")
    return "|".join(out)
