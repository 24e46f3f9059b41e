"""spaCy's suffix search answered from the end of the string, with the same result in linear time.

spaCy's tokenizer splits a whitespace-free chunk by stripping one prefix and one suffix at a time,
and finds each suffix with ``re.search`` of a pattern whose alternatives all end in ``$``. The
search tries every start position of the chunk, so a chunk of n characters costs n tries per
suffix and n^2 in all: 13,500 opening and 13,500 closing brackets took 90 s to tokenize.

:class:`TailSuffixSearch` returns the match ``re.search`` returns (the leftmost one; spaCy uses
only its length), but looks only where a match can start. An alternative whose matches are at most
``w`` characters long can only match in the last ``w`` characters, and ``Pattern.search(string,
pos)`` still lets lookbehinds see the characters before ``pos``; an unbounded alternative that is a
run of one character ('\\.\\.+$') matches exactly the trailing run of that character. Anything it
cannot reason about (short chunks, a trailing newline, other unbounded alternatives) goes through
the original search.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

try:  # Python 3.11+: the regular-expression parser, to read the width of each alternative
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older layouts
    sre_constants = sre_parse = None  # type: ignore[assignment]

from . import lexicons

SHORT = 64
"""Chunks up to this length go through the original search (it is fast enough there)."""


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b(c|d)|[|]`` -> ``a``, ``b(c|d)``, ``[|]``)."""
    out: list[str] = []
    depth = 0
    start = 0
    k = 0
    in_class = False
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[k + 1:k + 2] == "^":
                k += 1
            if pattern[k + 1:k + 2] == "]":
                k += 1  # a ']' first in a class is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    out.append(pattern[start:])
    return out


class TailSuffixSearch:
    """A drop-in ``suffix_search`` for spaCy's tokenizer: same matches, linear time (see the module docstring)."""

    def __init__(self, search: Callable[[str], Any], bounded: re.Pattern[str] | None, width: int,
                 runs: list[tuple[str, int, re.Pattern[str]]], others: list[re.Pattern[str]]) -> None:
        self.search = search
        self.__self__ = getattr(search, "__self__", None)  # spaCy serialises ``suffix_search.__self__.pattern``
        self.bounded = bounded
        self.width = width
        self.runs = runs
        self.others = others

    @classmethod
    def wrap(cls, search: Callable[[str], Any] | None) -> Callable[[str], Any] | None:
        """The fast search for spaCy's ``suffix_search``, or ``search`` itself when its pattern is not understood."""
        pattern = getattr(search, "__self__", None)
        if search is None or not isinstance(pattern, re.Pattern) or sre_parse is None or \
                not isinstance(pattern.pattern, str) or pattern.flags & (re.MULTILINE | re.IGNORECASE | re.VERBOSE):
            return search
        try:
            pieces = split_alternatives(pattern.pattern)
            if "|".join(pieces) != pattern.pattern:
                return search
            bounded: list[str] = []
            width = 0
            runs: list[tuple[str, int, re.Pattern[str]]] = []
            others: list[re.Pattern[str]] = []
            for piece in pieces:
                parsed = sre_parse.parse(piece, pattern.flags)
                items = list(parsed)
                if not items or items[-1] != (sre_constants.AT, sre_constants.AT_END):
                    return search  # every alternative must be anchored at the end
                _, high = parsed.getwidth()
                if high < sre_constants.MAXREPEAT and high < 1000:
                    bounded.append(piece)
                    width = max(width, high)
                    continue
                run = _run_of(items[:-1])
                if run is not None:
                    runs.append((run[0], run[1], re.compile(piece, pattern.flags)))
                else:
                    others.append(re.compile(piece, pattern.flags))
            compiled = re.compile("|".join(bounded), pattern.flags) if bounded else None
        except (re.error, TypeError, ValueError, RecursionError):
            return search
        return cls(search, compiled, width, runs, others)

    def __call__(self, string: str) -> Any:
        n = len(string)
        if n <= SHORT or string.endswith("\n"):
            return self.search(string)
        best = self.bounded.search(string, n - self.width) if self.bounded is not None else None
        start = best.start() if best is not None else n + 1
        for char, least, regex in self.runs:
            k = n
            while k > 0 and string[k - 1] == char:
                k -= 1
            if n - k >= least and k < start:
                best, start = regex.search(string, k), k
        for regex in self.others:
            m = regex.search(string)
            if m is not None and m.start() < start:
                best, start = m, m.start()
        return best


def _run_of(items: list[Any]) -> tuple[str, int] | None:
    """(character, least length) when parsed items read 'c c ... c+' (a run of one character), else None."""
    char: int | None = None
    least = 0
    for k, (op, arg) in enumerate(items):
        if op == sre_constants.LITERAL and k < len(items) - 1 and char in (None, arg):
            char, least = arg, least + 1
        elif op == sre_constants.MAX_REPEAT and k == len(items) - 1:
            lo, hi, sub = arg
            sub = list(sub)
            if hi != sre_constants.MAXREPEAT or len(sub) != 1 or sub[0][0] != sre_constants.LITERAL or \
                    char not in (None, sub[0][1]):
                return None
            return chr(sub[0][1]), least + lo
        else:
            return None
    return None


LONG_RUN = 1000
"""Whitespace-free runs longer than this are tokenized this many characters at a time (:class:`ChunkedTokenizer`)."""
PUNCT_PIECE = 32
"""Inside such a run, a stretch of punctuation this long or longer becomes tokens of this many characters."""
_LONG_RUNS = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_PUNCT = re.compile(rf"[^\w\s]{{{PUNCT_PIECE},}}")


class ChunkedTokenizer:
    """spaCy's tokenizer, cutting whitespace-free runs of more than :data:`LONG_RUN` characters into pieces.

    spaCy strips a run's prefixes and suffixes one at a time, copying and hashing the rest of the run
    at each step: quadratic in the run's length whatever the regular expressions cost. No word, URL
    or number in news text is 1,000 characters long; a run that is ('((((…', '“‘“‘…', a base64 blob)
    is tokenized as separate pieces of at most :data:`LONG_RUN` characters, joined without spaces,
    so the Doc's text is still the input. Stretches of punctuation inside such a run (no letter,
    digit or space for :data:`PUNCT_PIECE` characters or more) become tokens of :data:`PUNCT_PIECE`
    characters: one token per bracket would give the parser five times the tokens of prose of the
    same length, for text that holds nothing to read. Texts without such a run are tokenized as before.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        return split_platform_stops(self._tokenize(text))

    def _tokenize(self, text: str) -> Any:
        if len(text) <= LONG_RUN:
            return self.tokenizer(text)
        pieces = _pieces(text)
        if len(pieces) == 1 and not pieces[0][2]:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        docs = []
        for a, b, punct in pieces:
            if not punct:
                docs.append(self.tokenizer(text[a:b]))
                continue
            # a single space after the stretch is its last token's whitespace, as spaCy would have it
            end = b - 1 if text[b - 1] == " " else b
            words = [text[k:min(k + PUNCT_PIECE, end)] for k in range(a, end, PUNCT_PIECE)]
            docs.append(Doc(self.tokenizer.vocab, words=words, spaces=[False] * (len(words) - 1) + [end < b]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def _pieces(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is a punctuation stretch) pieces covering ``text``, cut inside runs over :data:`LONG_RUN`."""
    cuts: list[int] = []
    stretches: dict[int, int] = {}  # start -> end (a following single space included)
    for m in _LONG_RUNS.finditer(text):  # found by the regex engine: no Python step per word
        pos = m.start()
        for p in _PUNCT.finditer(text, m.start(), m.end()):
            cuts.extend(range(pos + LONG_RUN, p.start(), LONG_RUN))
            end = p.end() + 1 if text[p.end():p.end() + 1] == " " else p.end()
            cuts.extend([p.start(), end])
            stretches[p.start()] = end
            pos = p.end()
        cuts.extend(range(pos + LONG_RUN, m.end(), LONG_RUN))
    bounds = sorted({0, *cuts, len(text)})
    return [(a, b, stretches.get(a) == b) for a, b in itertools.pairwise(bounds) if a < b]


_CHANNEL_PREPOSITIONS = frozenset({"on", "via"})


@lru_cache(maxsize=1)
def _platform_stops() -> frozenset[str]:
    """'X.': one-letter platforms of ``data/channels.tsv`` with a full stop, which spaCy keeps as one token."""
    return frozenset(f"{platform}." for word, (_, platform) in lexicons.channels().items()
                     if len(word) == 1 and platform)


def split_platform_stops(doc: Any) -> Any:
    """'wrote on X. Norrland Freight ...': the platform and the full stop that ends the sentence, as two tokens.

    spaCy's tokenizer keeps a capital letter and a full stop together as an initial ('X. Kvarnholm' would
    be a name); after 'on' or 'via', and before what can start a sentence, a one-letter platform is the
    platform, and its stop ends the sentence.
    """
    text = doc.text
    stops = [s for s in _platform_stops() if s in text]
    if not stops:
        return doc
    hits = [t for t in doc if t.text in stops and t.i > 0 and doc[t.i - 1].lower_ in _CHANNEL_PREPOSITIONS
            and (t.i + 1 == len(doc) or not doc[t.i + 1].text[:1].islower())]
    if hits:
        firsts = [t.i for t in hits]
        with doc.retokenize() as retokenizer:
            for t in hits:
                retokenizer.split(t, [t.text[:-1], "."], heads=[(t, 0), (t, 0)])
        for k, i in enumerate(firsts):
            nxt = i + k + 2  # each split before it added a token
            if nxt < len(doc):
                doc[nxt].is_sent_start = True  # the parser keeps a boundary set before it runs
    return doc
