"""What a claim says, as something to compare: its words, its numbers, and how alike two claims are.

In: the text of a claim's proposition ('that 43.6 percent of registered voters had cast ballots').
Out:

* :func:`words`: its content words, lower-cased and lightly stemmed ('regist', 'voter', 'cast', 'ballot'),
  what the store's full-text index of claims holds and what similarity reads;
* :func:`quantities`: its numbers with what they count (``data/measures.tsv``): value 43.6, measure
  'turnout', whose ('RUS', 'soldiers'), and whether it is a bound ('more than 20');
* :func:`conflicting`: whether two numbers are incompatible values of one measure (a counter-claim);
* :class:`Vocabulary`: idf weights over the claims of a store, and :meth:`Vocabulary.similarity`, the
  idf-weighted cosine of two claims' words.

Nothing here knows a story: the word lists are data files, and the tools work on any text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..events.words import NUMBER_WORDS, number_value
from ..text import lexicons
from .patterns import alternatives, cased

REPORTING = {"say", "said", "says", "saying", "tell", "told", "tells", "add", "added", "state", "stated", "claim",
             "claimed", "claims", "according", "report", "reported", "accord", "insist", "insisted", "deny",
             "denied", "denies", "statement", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
             "mr", "mrs", "ms", "dr", "also", "would", "could", "should", "may", "might", "will", "shall", "must"}
_WORD = re.compile(r"[^\W_][\w'’-]*")
_NUM_WORD = "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
_BOUND = r"(?:no more than|not more than|no fewer than|not less than|no less than|at most|" \
         r"more than|over|at least|as many as|up to|fewer than|less than|under|nearly|almost|about|around|" \
         r"approximately|roughly|some|close to|closer to|only|just)"
_NUM_WORDS = alternatives(_NUM_WORD.split("|"))
_HALF = rf"{cased('half')}\s+an?(?=\s+(?i:million|billion|thousand|hundred)\b)"
"""'half a million': one figure with its multiplier (:func:`_value`), not a half and a million."""
_NUMBER = re.compile(  # the same matches as with re.IGNORECASE and the words as plain alternations, ~2.5x faster
    rf"(?<![\w.-])(?:(?P<bound>{alternatives(_BOUND[3:-1].split('|'))})\s+)?"
    rf"(?P<cur>(?:{'|'.join(cased(c) for c in ('SEK', 'USD', 'EUR'))}|{cased('Rs')}\.?|\$|€|£)\s?)?"
    rf"(?P<num>{_HALF}|\d[\d,]*(?:\.\d+)?|{_NUM_WORDS}(?:[- ]{_NUM_WORDS})*(?![\w'’]))(?![\d:])"  # not 'Sevenoaks'
    r"(?i:\s*(?P<mult>million|billion|thousand|hundred|bn)\b)?(?i:\s*(?P<pct>percent|per cent|%))?")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}
_TIME_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|pm\b|am\b|hours? (?:after|before|later|earlier)|o'clock|"
                         r"(?:local )?time|gmt|ist|utc)", re.I)
_NOT_COUNTS = re.compile(r"[-\s]*(?:year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|"
                         r"second|seconds|km|kilomet\w*|mile\w*|met(?:re|er)s?|-(?:lit(?:re|er)|tonnes?|tons?)|kg|"
                         r"hectares?|acres?|per\b|times\b|th\b|st\b|nd\b|rd\b)(?![\w])", re.I)
_TOTAL = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?[\w'’ -]{0,25}$", re.I)
_SHARE = re.compile(r"\s+(?:in|out\s+of)\s+(?P<den>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                    r"a\s+hundred|hundred)(?![\w-])", re.I)
"""'nine in ten drivers', 'one in three', 'four out of ten': a share, read as a percentage (no count of ten)."""
_RANGE = re.compile(r"\s*(?:-|–|—|to)\s*$", re.I)
"""Between two numbers, what makes them one range ('30 to 35', '40-60'; 'between 40 and 60' is read apart)."""
_BETWEEN = re.compile(r"between\s+$", re.I)
_ELLIPSIS = re.compile(r"(?:\bat|\bput\s+(?:it|the\s+\w+)\s+at|\bputs\s+(?:it|the\s+\w+)\s+at)\s+$", re.I)
"""Before a number with no unit of its own, what says it gives another value of the measure just named ('Deltamar
puts it at 340 barrels, the regulator at 1,800'): the number takes that measure."""
_CLAUSE_END = re.compile(r"[,;.](?!\d)")
_LOWER_BOUNDS = {"more than", "over", "at least", "as many as", "no fewer than", "not less than", "no less than"}
_UPPER_BOUNDS = {"fewer than", "less than", "under", "up to", "only", "just", "no more than", "not more than",
                 "at most"}


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset({w.lower() for w in STOP_WORDS} | REPORTING)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: lower case, no accents or possessive, common English endings cut ('encircled' and
    'encirclement' -> 'encircl', 'violations' -> 'violat')."""
    w = lexicons.norm(word).replace("'", "")
    for suffix, keep in (("ements", 4), ("ement", 4), ("ments", 4), ("ment", 4), ("ations", 4), ("ation", 4),
                         ("ings", 4), ("ing", 4), ("ies", 3), ("ied", 3), ("edly", 4), ("ed", 4), ("es", 4),
                         ("s", 3)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            return w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return w


def words(text: str) -> list[str]:
    """The stems of the content words of ``text``, in order (stop words, reporting words and bare
    numbers left out: numbers are compared as :func:`quantities`)."""
    stop = _stop()
    out = []
    for m in _WORD.finditer(text.replace("’", "'")):
        w = m.group(0).lower().strip("'-")
        if len(w) < 2 or w in stop or w.isdigit() or w in NUMBER_WORDS:
            continue
        out.append(stem(w))
    return out


@dataclass(frozen=True)
class Quantity:
    """A number in a claim and what it counts."""

    value: float
    measure: str
    text: str
    bound: str = ""
    """'more than', 'at least', 'about' ... as written before the number (lower case), else empty."""
    whose: frozenset[str] = field(default_factory=frozenset)
    """Countries and groups the number is of ('KGZ', 'soldiers'), from the words around it."""

    def to_list(self) -> list[object]:
        """JSON form: [value, measure, text, bound, [whose...]]."""
        return [self.value, self.measure, self.text, self.bound, sorted(self.whose)]

    @classmethod
    def from_list(cls, v: list[object]) -> Quantity:
        """Back from :meth:`to_list`."""
        return cls(float(v[0]), str(v[1]), str(v[2]), str(v[3]), frozenset(str(x) for x in v[4]))  # type: ignore[arg-type]


_CRAFT = (r"(?!\s+(?:jets?|planes?|aircraft|bombers?|helicopters?|drones?|ships?|vessels?|boats?|carriers?|"
          r"vehicles?|trucks?)\b)")
"""After a word of people, a vehicle's noun makes it a kind of vehicle ('fighter jets', 'troop carriers')."""


@lru_cache(maxsize=1)
def _measures() -> tuple[list[tuple[str, re.Pattern[str]]], list[tuple[str, re.Pattern[str]]]]:
    """``data/measures.tsv``: (measure, pattern) pairs, and the 'who:' groups apart."""
    measures, groups = [], []
    for name, stems in lexicons.rows("measures.tsv"):
        alts = "|".join(re.escape(s.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if s.endswith("*") else "")
                        for s in stems.split("|"))
        craft = _CRAFT if name.startswith("who:") else ""  # 'fighter jets', 'troop carriers': no people
        pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-]){craft}", re.I)
        (groups if name.startswith("who:") else measures).append((name.removeprefix("who:"), pattern))
    return measures, groups


_PART = re.compile(r"\s+(?:of|among)\s+(?:them\b|(?:the|those)\s+(\w+))", re.I)
"""'two of the dead', 'nine of them', 'three among those killed': right after a number, what follows says it is a part
of a figure given before (when the word after 'the' is a measure's: dead, victims, injured), not a figure of its
own."""
_AMONG = re.compile(r"[^.;,]{0,40},\s*(?:including|among\s+them|[\w-]+\s+of\s+(?:them|whom))\s+([^,.;]{1,30})", re.I)
"""', eleven of them children', ', including six children' after a number's noun: the people of a part of the figure,
which say whose it is when its own words name none."""
_ASIDE = re.compile(r"([^,;.]{0,30}),\s*not\s+[\w-]+\s*,")
"""', not four,' right after a number's noun: what follows still says what the number counts."""


@lru_cache(maxsize=1)
def _body() -> re.Pattern[str]:
    """A state body or official right after a country's name ('the Thai army puts it at nine', 'Nepal's home
    ministry'): the country says whose the source is, not whose the number is (``data/sides.tsv``)."""
    alts = "|".join(re.escape(w.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if w.endswith("*") else "")
                    for (w, *_) in lexicons.rows("sides.tsv"))
    return re.compile(rf"(?:['’]s)?\s+(?:{alts})(?![\w-])", re.I)


def _value(m: re.Match[str]) -> float | None:
    """The value of a number of :data:`_NUMBER`, its multiplier included: 'half a million' is one figure, 500,000."""
    raw, mult = m.group("num"), m.group("mult")
    if raw.lower().startswith("half"):
        whole = number_value([mult]) if mult else None
        return whole / 2 if whole else None
    return number_value([raw] + ([mult] if mult else []))


def _is_date_or_time(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 12):m.start()].lower().split()
    after = text[m.end():m.end() + 14].lower().split()
    if (before and before[-1].strip(",.") in _MONTHS) or (after and after[0].strip(",.") in _MONTHS):
        return True
    if _TIME_AFTER.match(text, m.end()) or _NOT_COUNTS.match(text, m.end()) \
            or text[max(0, m.start() - 1):m.start()] == ":":
        return True
    raw = m.group("num").replace(",", "")
    return bool(raw.isdigit() and 1900 <= int(raw) <= 2100 and not m.group("pct"))


def quantities(text: str) -> list[Quantity]:
    """The numbers of ``text`` that count something a measure of ``data/measures.tsv`` knows.

    The measure is read from the words after the number ('40 safety violations'), else from the clause
    around it ('31 people had died', 'a turnout of 27 percent'), the part after the number first; dates, times and
    years are skipped. A share ('nine in ten drivers') is a percentage; the two ends of a range ('30 to 35',
    'between 40 and 60') are bounds ('at least', 'up to'); a number with no unit in a list of figures ('puts it at
    340 barrels, the regulator at 1,800') takes the measure just named.

    >>> [(q.value, q.measure, q.bound) for q in quantities("more than 20 Tajik servicemen had been killed")]
    [(20.0, 'dead', 'more than')]
    """
    measures, groups = _measures()
    out: list[Quantity] = []
    last = -1
    found = list(_NUMBER.finditer(text))
    skip: set[int] = set()
    ranged: dict[int, str] = {}
    prev_end = 0
    for i, m in enumerate(found):
        if i in skip:
            continue
        if last >= 0 and _TOTAL.match(text[last:m.start()]):
            continue  # '69 of parliament's 329 seats': a total, not a count of its own
        last = m.end()
        raw = m.group("num")
        share = _SHARE.match(text, m.end()) if not m.group("pct") and not m.group("mult") else None
        if share and i + 1 < len(found) and found[i + 1].start() <= share.start("den") < found[i + 1].end():
            skip.add(i + 1)  # 'nine in ten': the ten is the share's, no count of its own
        if raw.lower() in ("one", "an") and not m.group("bound") and not share:
            continue  # 'no one', 'one of them': not a count
        if _is_date_or_time(text, m):
            continue
        value = _value(m)
        if value is None:
            continue
        if share:
            den = number_value([share.group("den")])
            if not den or value > den:
                share = None
            else:
                value = round(100.0 * value / den, 1)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and not m.group("bound") and not share and not nxt.group("bound") and (
                _RANGE.match(text[m.end():nxt.start()]) or (
                    _BETWEEN.search(text[max(0, m.start() - 8):m.start()])
                    and text[m.end():nxt.start()].strip().lower() == "and")):
            ranged[i], ranged[i + 1] = "at least", "up to"  # '30 to 35 dead': neither end alone is the figure
        after = text[m.end():min(m.end() + 60, found[i + 1].start() if i + 1 < len(found) else len(text))]
        unit = " ".join(after.split()[:5])  # up to the next number: 'three soldiers and twelve civilians'
        aside = _ASIDE.match(text, m.end(), m.end() + 60)
        if aside and not any(p.search(unit) for _, p in measures):  # 'three soldiers, not four, had been killed'
            unit = " ".join((aside.group(1) + text[aside.end():m.end() + 60]).split()[:5])
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",;.") + 1
        stop = _CLAUSE_END.search(text, m.end())  # not the comma of '1,250'
        clause = text[clause_start:stop.start() if stop else len(text)]
        part = _PART.match(text, m.end())
        if part and (part.group(1) is None or any(p.fullmatch(part.group(1)) for _, p in measures)):
            continue  # 'two of the dead were brothers', 'nine of them children': a part of a toll, not a toll
        measure = next((name for name, p in measures if p.search(unit)), None)
        if measure is None and out and _ELLIPSIS.search(text[max(0, m.start() - 30):m.start()]) \
                and "." not in text[prev_end:m.start()]:
            measure = out[-1].measure  # 'puts it at 340 barrels, the regulator at 1,800': the measure just named
        if measure is None and (m.group("pct") or share):
            measure = next((name for name, p in measures if p.search(clause)), "percent")
        if measure is None and m.group("cur"):
            measure = "money"
        if measure is None:  # the clause after the number first ('310 of its 1,250 services had been cancelled'),
            end = clause_start + len(clause)  # up to the next number ('14 patients were infected and two died')
            rest = text[m.end():end]
            own = text[m.end():nxt.start()] if nxt is not None and nxt.start() < end else ""
            measure = next((name for name, p in measures if own and p.search(own)), None) \
                or next((name for name, p in measures if p.search(rest)), None) \
                or next((name for name, p in measures if p.search(clause)), None)
        if measure is None:
            continue
        whose = {name for name, p in groups if p.search(clause if name == "all" else unit)}
        among = _AMONG.match(text, m.end())
        if among and not whose:  # '19 bodies, eleven of them children': the people of a part say whose
            whose |= {name for name, p in groups if name != "all" and p.search(among.group(1))}
        for w in _WORD.finditer(clause):
            if w.group(0)[:1].isupper() and not _body().match(clause, w.end()):
                code = lexicons.country_code(w.group(0))
                if code:
                    whose.add(code)
        whose |= {f"@{a}" for a in _places(clause) if a not in NUMBER_WORDS}  # 'Nineteen workers ...': no place
        bound = (m.group("bound") or "").lower() or ranged.get(i, "")
        shown = text[m.start():share.end()] if share else m.group(0)
        out.append(Quantity(value, measure, shown.strip(), bound, frozenset(whose)))
        prev_end = m.end()
    return out


def participants(text: str) -> frozenset[str]:
    """The groups of people a proposition names (the 'who:' rows of ``data/measures.tsv`` but 'all'), with or without
    a number: 'the strikes had killed civilians' -> {'civilians'}, 'three soldiers were martyred' -> {'soldiers'}."""
    return frozenset(name for name, p in _measures()[1] if name != "all" and p.search(text))


def measures_named(text: str) -> frozenset[str]:
    """The measures of ``data/measures.tsv`` whose words a proposition uses, with or without a number ('the strikes
    had killed civilians' -> {'dead'}): what a denial with no figure is about."""
    return frozenset(name for name, p in _measures()[0] if p.search(text))


def numbers(text: str) -> list[float]:
    """Every number of ``text`` that is no date, time or year, whatever it counts ('its own count is three')."""
    out = []
    for m in _NUMBER.finditer(text):
        if m.group("num").lower() in ("one", "an") or _is_date_or_time(text, m):
            continue
        value = _value(m)
        if value is not None:
            out.append(value)
    return out


def _places(text: str) -> set[str]:
    from .terms import anchors

    return anchors(text)


def conflicting(a: Quantity, b: Quantity) -> bool:
    """Whether two numbers are incompatible values of the same measure: the same measure, nothing that
    says they are of different groups (Kyrgyz and Tajik soldiers), and values that bounds do not reconcile
    ('more than 20' and 'three' conflict; 'at least 40' and '45' do not).

    >>> conflicting(quantities("killed 14 people")[0], quantities("11 people were killed")[0])
    True
    """
    if a.measure != b.measure:
        return False
    for kind in (str.isupper, lambda w: w.startswith("@"), lambda w: w.isalpha() and w.islower()):
        mine = {w for w in a.whose if kind(w)}
        theirs = {w for w in b.whose if kind(w)}
        if mine and theirs and not mine & theirs:
            return False  # Kyrgyz and Tajik soldiers, Galati and Sobla, soldiers and civilians
    lo, hi = sorted((a, b), key=lambda q: q.value)
    if abs(hi.value - lo.value) <= 0.02 * hi.value:
        return False
    if lo.bound in _LOWER_BOUNDS:  # 'more than 20' is no conflict with 25
        return False
    return hi.bound not in _UPPER_BOUNDS


class Vocabulary:
    """Inverse document frequencies of claim words over a collection, and the similarity they give.

    Args:
        frequencies: word -> in how many claims it occurs.
        total: how many claims there are.
    """

    def __init__(self, frequencies: dict[str, int], total: int) -> None:
        self.frequencies = frequencies
        self.total = max(total, 1)

    @classmethod
    def of(cls, texts: Iterable[Iterable[str]]) -> Vocabulary:
        """The vocabulary of word lists."""
        counts: Counter[str] = Counter()
        n = 0
        for ws in texts:
            counts.update(set(ws))
            n += 1
        return cls(dict(counts), n)

    def idf(self, word: str) -> float:
        """log((N + 1) / (df + 1)) + 1: rare words weigh more, unknown ones most."""
        return math.log((self.total + 1) / (self.frequencies.get(word, 0) + 1)) + 1.0

    def vector(self, ws: Iterable[str]) -> dict[str, float]:
        """The idf-weighted, length-normalised vector of a word list."""
        counts = Counter(ws)
        vec = {w: c * self.idf(w) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {w: v / norm for w, v in vec.items()} if norm else {}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        """The cosine of two vectors from :meth:`vector`."""
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(w, 0.0) for w, v in a.items())

    def similarity(self, a: Iterable[str], b: Iterable[str]) -> float:
        """The idf-weighted cosine of two word lists, in [0, 1]."""
        return self.cosine(self.vector(a), self.vector(b))
