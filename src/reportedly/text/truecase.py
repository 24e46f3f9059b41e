"""Title-case headlines read as a sentence: 'India Rejects Trump's Mediation Claim, Says Truce Agreed'.

Many outlets capitalise every word of a headline. The parser then reads each capitalised word as a name ('India
Rejects Trump' became a speaker) and finds no verb ('Pakistan Claims It Shot Down Five Jets' gave no statement).
Before parsing, the words of such a headline that are not names are lowered; the text keeps its length, so every
offset stays an offset into the original, and only the parser sees the lowered words. A word stays capitalised
when the report writes it capitalised inside a sentence ('Trump', 'Rafale'; a name in a headline is nearly always
named again below it), when it is a country or its adjective, a given name or an acronym; every other word is
lowered, and so are stop words and the lexicon's cues ('Says', 'Rejects') unless the report writes them as names.

In: a report's text and its first paragraph span. Out: the text the parser reads (:func:`reading_text`).
Truecasing models need training data and downloads; this needs only the report itself, hence our own rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from . import lexicons

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_INSIDE = re.compile(r"(?<=[a-z,;] )([A-Z][A-Za-z'’-]*)")
MIN_TITLE_WORDS = 3
"""A headline is title case when at least this many of its words after the first, of four letters or more, ..."""
TITLE_SHARE = 0.7
"""... and this share of them, start with a capital (and it is not all capitals)."""


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The lemmas of ``data/cues.tsv`` (read here, not through attribution, the later stage)."""
    return frozenset(r[0] for r in lexicons.rows("cues.tsv"))


def _bare(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")


def is_title_case(headline: str) -> bool:
    """Whether most longer words of ``headline`` after the first start with a capital, and not all are capitals."""
    words = [m.group() for m in _WORD.finditer(headline)][1:]
    long = [w for w in words if len(w) >= 4]
    if headline.isupper() or len(long) < MIN_TITLE_WORDS:
        return False
    return sum(w[0].isupper() for w in long) >= TITLE_SHARE * len(long)


def reading_text(text: str, headline: tuple[int, int]) -> str:
    """``text`` with the non-name words of a title-case headline at ``headline`` lowered (same length), else
    ``text`` itself."""
    s, e = headline
    if not is_title_case(text[s:e]):
        return text
    body = text[e:]
    inside = {_bare(w) for w in _INSIDE.findall(body)}
    cues = _cue_words()
    first = lexicons.first_names()
    out = list(text)
    for n, m in enumerate(_WORD.finditer(text, s, e)):
        word = m.group()
        bare = _bare(word)
        if n == 0 or word.isupper() or not word[0].isupper():
            continue
        stem = bare.removesuffix("s") if not bare.endswith("ss") else bare
        cue = bare in cues or stem in cues or bare.removesuffix("es") in cues
        name = bare in inside or lexicons.country_code(word) is not None or lexicons.norm(word) in first
        lowered = bare in STOP_WORDS or (cue and bare not in inside) or not name
        new = word[0].lower() + word[1:]
        if lowered and len(new) == len(word):
            out[m.start()] = new[0]
    return "".join(out)
