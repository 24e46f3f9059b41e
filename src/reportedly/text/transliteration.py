"""Spelling keys of name words romanised from other scripts, and whether two spellings are one word.

In: one word of a name as a document writes it ("Zelenskyy", "Muhammad", "Husain"); out: its strict spelling
key (:func:`fold_word`: "zelenski" for Zelensky, Zelenskyy, Zelenskiy and Zelenskii), its loose key
(:func:`loose_word`, with the equivalences of ``data/transliteration.tsv``: "husain" for Hussein and Husain),
an index key that ignores vowels (:func:`skeleton`), and for two words the rules that make them one
(:func:`compare_words`: Ahmed / Ahmad -> one vowel written for another).

The strict key is a short list of named rules (x/ks, kh/h, w/v, j/y, y/i, doubled letters, ie/ye) that join
spellings of one word without joining other words; the loose rules and the vowel rule are broader, so the
comparison counts what it needed, and the callers (the corpus linker, the document's name clusters) ask for more
support when a family name differs by one vowel, as for a typo: "Scholz" / "Schulz" is not a transliteration.
Read by :mod:`reportedly.text.person_names` and (through it) by the attribution and corpus stages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import lexicons

FOLDS: tuple[tuple[str, str, str], ...] = (
    ("x/ks", "x", "ks"),
    ("kh/h", "kh", "h"),
    ("w/v", "w", "v"),
    ("j/y", "j", "y"),
    ("y/i (y, i, iy, yy, ii endings)", "y", "i"),
)
"""Named letter rules of the strict spelling key, applied in order (then doubled letters, then ie/ye)."""
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = frozenset("aeiou")
VOWEL_WORD = 5
"""Shortest word in which a vowel may stand for another ('Ahmed' / 'Ahmad'; not 'Dan' / 'Don', 'Jane' / 'June')."""


def strip_accents(text: str) -> str:
    """'Zelenskyy' stays, 'Macrón' -> 'Macron'."""
    if text.isascii():  # nothing to decompose (most words): the same string, without the per-character pass
        return text
    decomposed = unicodedata.normalize("NFKD", text).translate(_UNDECOMPOSED)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_UNDECOMPOSED = str.maketrans("ıłŁøØđĐħĦ", "ilLoOdDhH")
"""Letters with a stroke or without a dot that Unicode does not decompose ('Aydınlı' -> 'Aydinli')."""


def steps(word: str) -> list[tuple[str, str]]:
    """(rule, word after it) for each step of the strict key of a lower-case word."""
    w = "".join(c for c in word if c.isalpha())
    out = []
    for name, old, new in FOLDS:
        w = w.replace(old, new)
        out.append((name, w))
    w = _DOUBLE.sub(r"\1", w)
    out.append(("doubled letters", w))
    out.append(("ie/ye", w.replace("ie", "e")))
    return out


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The strict spelling key of one word: 'Zelenskyy', 'Zelenskiy', 'Zelenskii', 'Zelensky' -> 'zelenski'."""
    return steps(strip_accents(word).lower())[-1][1]


@dataclass(frozen=True)
class _Rule:
    name: str
    old: str
    new: str
    end: bool
    shortest: int = 0


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[_Rule, ...], dict[str, frozenset[str]], dict[str, str]]:
    """The letter rules, the vowels each vowel may stand for, and the vowel rules' names (``transliteration.tsv``)."""
    return _all_rules()[:3]


@lru_cache(maxsize=1)
def _alternatives() -> tuple[_Rule, ...]:
    """Rows of kind ``alt``: a second reading of some letters, tried when the first reading does not make two words
    one ('gh' is 'g' in 'Ghani' / 'Gani' and the letter 'q' in 'Ghasemi' / 'Qasemi')."""
    return _all_rules()[3]


@lru_cache(maxsize=1)
def _all_rules() -> tuple[tuple[_Rule, ...], dict[str, frozenset[str]], dict[str, str], tuple[_Rule, ...]]:
    letters: list[_Rule] = []
    alternatives: list[_Rule] = []
    vowels: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for row in lexicons.rows("transliteration.tsv"):
        old, new, where, name = (c.strip() for c in row[:4])
        shortest = int(row[4]) if len(row) > 4 and row[4].strip() else 0
        if where == "vowel":
            for v in new.split():
                vowels.setdefault(old, set()).add(v)
                vowels.setdefault(v, set()).add(old)
                names[old + v] = names[v + old] = name
        elif where == "alt":
            alternatives.append(_Rule(name, old, new, False, shortest))
        else:
            letters.append(_Rule(name, old, new, where == "end", shortest))
    return tuple(letters), {k: frozenset(v) for k, v in vowels.items()}, names, tuple(alternatives)


def _apply(rule: _Rule, w: str) -> str:
    if len(w) < rule.shortest:
        return w
    if rule.end:
        return w[: -len(rule.old)] + rule.new if w.endswith(rule.old) and len(w) > len(rule.old) else w
    return w.replace(rule.old, rule.new)


@lru_cache(maxsize=65536)
def loose_word(word: str) -> str:
    """The strict key with the letter rules of ``transliteration.tsv``: 'Hussein', 'Husain' -> 'husain'."""
    w = fold_word(word)
    for rule in _rules()[0]:
        w = _apply(rule, w)
    return _DOUBLE.sub(r"\1", w)


_GROUPS = re.compile(r"[aeiou]+|[^aeiou]+")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """An index key: the loose key with every run of vowels as '-' ('Ahmed', 'Ahmad' -> '-hm-d')."""
    return "".join("-" if g[0] in _VOWELS else g for g in _GROUPS.findall(loose_word(word)))


def skeletons(word: str) -> frozenset[str]:
    """:func:`skeleton` of the word and of each second reading of its letters (rows ``alt`` of
    ``transliteration.tsv``): 'Ghasemi' -> {'g-s-m-', 'k-s-m-'}, so that it meets 'Qasemi' and 'Gasemi'."""
    out = {skeleton(word)}
    low = strip_accents(word).lower()
    for rule in _alternatives():
        if rule.old in low and len(low) >= rule.shortest:
            out.add(skeleton(low.replace(rule.old, rule.new)))
    return frozenset(out)


@dataclass(frozen=True)
class WordMatch:
    """How two spellings of a word are one: the named rules used and how many vowels stand for others."""

    rules: tuple[str, ...]
    vowels: int = 0
    one_letter: bool = False
    """A vowel rule was needed and the strict keys are one letter apart ('Scholz' / 'Schulz', 'Ahmed' / 'Ahmad'):
    as weak as a typo."""

    @property
    def exact(self) -> bool:
        return not self.rules


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _changed(before: tuple[str, str], after: tuple[str, str]) -> bool:
    """Whether a rule did different things to the two sides (so it helped make them one)."""
    return before[0] != before[1] and (after[0] != before[0]) + (after[1] != before[1]) > 0 and (
        len(before[0]) - len(after[0]) != len(before[1]) - len(after[1]) or after[0] == after[1]
        or (after[0] != before[0]) != (after[1] != before[1]))


def _strict_rules(a: str, b: str) -> list[str]:
    out: list[str] = []
    before = ("".join(c for c in a if c.isalpha()), "".join(c for c in b if c.isalpha()))
    for (rule, fa), (_, fb) in zip(steps(a), steps(b), strict=True):
        if _changed(before, (fa, fb)):
            out.append(rule)
        before = (fa, fb)
    return out


@lru_cache(maxsize=65536)
def compare_words(a: str, b: str) -> WordMatch | None:
    """Whether two spellings are one word, and by which rules ('Mohammed' / 'Muhammad': o/u, e for a short
    vowel, doubled letters); None when they are different words. Case and accents never count. When the first
    reading of the letters does not make them one, each second reading (rows ``alt`` of ``transliteration.tsv``,
    'gh' as the letter 'q': 'Ghasemi' / 'Qasemi') is tried on both words, and its name is among the rules."""
    found = _compare(a, b)
    if found is not None:
        return found
    la, lb = strip_accents(a).lower(), strip_accents(b).lower()
    for rule in _alternatives():
        if (rule.old in la or rule.old in lb) and min(len(la), len(lb)) >= rule.shortest:
            m = _compare(la.replace(rule.old, rule.new), lb.replace(rule.old, rule.new))
            if m is not None:
                return WordMatch(tuple(dict.fromkeys((rule.name, *m.rules))), m.vowels, m.one_letter)
    return None


def _compare(a: str, b: str) -> WordMatch | None:
    la, lb = strip_accents(a).lower(), strip_accents(b).lower()
    if la == lb or "".join(c for c in la if c.isalpha()) == "".join(c for c in lb if c.isalpha()):
        return WordMatch(())
    fa, fb = fold_word(la), fold_word(lb)
    rules = _strict_rules(la, lb)
    if fa == fb:
        return WordMatch(tuple(dict.fromkeys(rules)))
    letters, vowels, vowel_names = _rules()
    wa, wb = fa, fb
    for rule in letters:
        na, nb = _apply(rule, wa), _apply(rule, wb)
        if _changed((wa, wb), (na, nb)):
            rules.append(rule.name)
        wa, wb = na, nb
    wa, wb = _DOUBLE.sub(r"\1", wa), _DOUBLE.sub(r"\1", wb)
    if wa == wb:
        return WordMatch(tuple(dict.fromkeys(rules)))
    if min(len(fa), len(fb)) < VOWEL_WORD:
        return None
    ga, gb = _GROUPS.findall(wa), _GROUPS.findall(wb)
    if len(ga) != len(gb):
        return None
    n = 0
    for x, y in zip(ga, gb, strict=True):
        if x == y:
            continue
        if x[0] not in _VOWELS or y[0] not in _VOWELS or len(x) != 1 or len(y) != 1 or y not in vowels.get(x, ()):
            return None
        n += 1
        rules.append(vowel_names[x + y])
    return WordMatch(tuple(dict.fromkeys(rules)), n, one_edit(fa, fb))
