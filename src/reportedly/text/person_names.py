"""Personal names taken apart: ranks, given names, initials, family name, and whether two names are one person's.

In: a person's name as a document writes it ("Air Marshal A.K. Bharti", "Muhammad Tariq Aziz", "Hamid
al-Ubaidi", "Wang Jianguo", "Javier Ortega Salinas"); out: :class:`NameParts` (the ranks taken off and kept,
the words, and one or more readings of given names and family name), and for two names :func:`compare`: a
:class:`NameMatch` with the reasons that make them one name ("initials", "middle name left out", "name order",
"Arabic article al-/el-", "second surname", transliteration rules), or None.

The rules, each from a data file we wrote:

* ranks and titles before a name (``data/ranks.tsv``: "Lt Gen", "Lt-Gen", "Lieutenant General", "Air Chief
  Marshal", "Brig", "Col", "Shri") are taken off and kept; honorifics ("Mr", "Dr", "Sir") likewise;
* initials ("R K", "RK", "R.K.") stand for given names with those first letters;
* optional given names (``data/name_words.tsv``: "Muhammad", "Syed") and middle names may be left out, but the
  first given name that is not optional must agree ("Tariq Aziz" is "Muhammad Tariq Aziz"; "Muhammad Aziz" is
  not, and "John Smith" is not "Jane Smith");
* the Arabic article ("al-Ubaidi", "el-Ubaidi", "Al Ubaidi", "Ubaidi") is not part of the family name's key;
* a name starting with a family name that Chinese, Korean or Vietnamese names put first ("Wang Jianguo", "Kim
  Min-jun") is also read in that order, so that "Jianguo Wang" and "Min-jun Kim" are the same name; given
  names written apart, together or with a hyphen are one ("Min-jun", "Minjun", "Min Jun");
* a name of three or more words whose second-to-last word is no given name is also read with that word as the
  family name ("Javier Ortega Salinas" is "Javier Ortega", and "Ortega" as a surname);
* Malay patronymics ("Ahmad Fauzi bin Hashim", "Nor Azlina binti Abdul Karim"; bin, binti, bte, bt): the person is
  named by the given names before the particle, with or without the father's name ("Ahmad Fauzi"); the father's
  name is never a family name on its own, and two people with one father's name stay apart by their own names;
* Malay honorifics and Indonesian terms of address ("Dato' Seri", "Tan Sri", "Datuk", "Haji", "Pak", "Ibu") are
  ranks of ``data/ranks.tsv`` (kind 'address'); those that are names elsewhere ("Pak", "Tuan") are kept before a
  hyphenated given name or a family-first family name ("Pak Se-ri", "Tuan Nguyen");
* words are compared by :func:`~reportedly.text.transliteration.compare_words` (Ahmed / Ahmad, Mohammed /
  Muhammad, Hussein / Husain, Yusuf / Yousef / Yusup, Jassim / Jasim, Tashiev / Tashiyev).

Used by the document's name clusters (:mod:`reportedly.attribution.names`) and by the corpus linker
(:mod:`reportedly.corpus.persons`), so both join the same names for the same reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicons
from .transliteration import WordMatch, compare_words, fold_word, skeleton, skeletons, strip_accents

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_RETIRED = {"retd", "retired", "rtd"}
"""'(retd)' after a rank: the officer has left the service (not '(R)': 'General R K Mehra' has an initial R)."""
FIRST_NAME_COUNTRIES = frozenset(row[0] for row in lexicons.rows("given_name_countries.tsv"))
"""Countries whose people are often called by the first word of their name alone ('Rizal' for 'Rizal Hadi Kusumo',
'Tesfaye' for 'Tesfaye Gebremariam'): ``data/given_name_countries.tsv``."""
_STANDALONE_ARTICLES = {"al", "el"}
"""Articles also written as a word of their own ("Al Ubaidi"); the others only joined ("as-Saadi")."""
_MAX_RANK_WORDS = 4


@lru_cache(maxsize=1)
def ranks() -> dict[str, tuple[str, str]]:
    """``data/ranks.tsv``: form ('lt gen') -> (canonical title, kind)."""
    return {r[0].strip(): (r[1].strip(), r[2].strip()) for r in lexicons.rows("ranks.tsv")}


@lru_cache(maxsize=1)
def name_words() -> dict[str, frozenset[str]]:
    """``data/name_words.tsv``: word -> its kinds ('optional', 'article', 'particle', 'family')."""
    out: dict[str, set[str]] = {}
    for word, kind in lexicons.rows("name_words.tsv"):
        out.setdefault(word.strip(), set()).add(kind.strip())
    return {k: frozenset(v) for k, v in out.items()}


def _kind(word: str, kind: str) -> bool:
    return kind in name_words().get(word, ())


def is_given_address(word: str) -> bool:
    """Whether a word (lower case, accents stripped) is a term of address written before a given name ('don',
    'dona', 'khun', 'sir'; ``data/name_words.tsv`` kind 'address')."""
    return _kind(strip_accents(word).lower().strip("."), "address")


@lru_cache(maxsize=1)
def _nickname_cue() -> re.Pattern[str]:
    cues = sorted((w for w, kinds in name_words().items() if "nickname" in kinds), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+(?:[^.!?\"“”]*\s+)?") for c in cues)
                      + r")\s*$", re.IGNORECASE)


def nickname_before(text: str) -> bool:
    """Whether the text before an opening quote ends with words that give a nickname ('known since his days in
    Congress as', 'whom supporters call', 'nicknamed'; ``data/name_words.tsv`` kind 'nickname')."""
    return bool(_nickname_cue().search(text))


def is_patronymic(word: str) -> bool:
    """Whether a word (lower case) is 'bin', 'binti' or another spelling of them (``data/name_words.tsv``)."""
    return _kind(word, "patronymic")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(n.lower() for n in lexicons.first_names())


def _rank_form(tokens: list[str]) -> str:
    text = " ".join(tokens).lower().replace(".", "").replace("’", "").replace("'", "")  # 'Dato' Seri' is 'dato seri'
    return " ".join(re.split(r"[\s\-]+", text)).strip()


_MODIFIERS = {"former", "acting", "deputy", "interim", "outgoing", "incoming", "vice", "senior", "chief", "top",
              "then", "foreign", "defence", "defense", "prime", "state", "first", "head"}


@lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words of the titles and offices of ``roles.tsv`` ('mayor', 'minister'), and those words with modifiers."""
    roles = {w for phrase, kind in lexicons.roles().items() if kind in ("title", "leader")
             for w in phrase.replace(".", "").replace("-", " ").split()}
    return frozenset(roles), frozenset(roles | _MODIFIERS)


def _title_words(word: str) -> tuple[bool, bool]:
    """(whether a word as written is all title words, whether it holds a role) ('Vice-Mayor' -> (True, True))."""
    roles, allowed = _role_words()
    parts = word.lower().replace(".", "").split("-")
    return all(p in allowed for p in parts), any(p in roles for p in parts)


def strip_ranks(words: list[str]) -> tuple[list[str], list[str]]:
    """(canonical ranks, honorifics and titles taken off the front, the rest) of a name's words as written; at
    least one word is left ('Lt Gen Rustam Nazarov' -> (['lieutenant general'], ['Rustam', 'Nazarov']);
    'Vice-Mayor Zhou Weiping' -> (['vice-mayor'], ['Zhou', 'Weiping']))."""
    out: list[str] = []
    i = 0
    table = ranks()
    while i < len(words) - 1:
        for n in range(min(_MAX_RANK_WORDS, len(words) - 1 - i), 0, -1):
            form = _rank_form(words[i:i + n])
            if form in table and table[form][1] == ALSO_A_NAME and name_after_name_word(words[i + n:]):
                continue  # 'Pak Se-ri', 'Tuan Nguyen': a name, not 'Pak Bambang Suryadi'
            if form in table or (n == 1 and form in HONORIFICS):
                out.append(table[form][0] if form in table else form)
                i += n
                break
        else:
            j = i
            while j < len(words) - 1 and _title_words(words[j])[0]:
                j += 1
            if j > i and any(_title_words(w)[1] for w in words[i:j]):
                out.append(" ".join(words[i:j]).lower())  # 'Vice-Mayor', 'Prime Minister'
                i = j
                continue
            break
    return out, words[i:]


ALSO_A_NAME = "address:also a name"
"""The kind of a term of address that is also a name elsewhere ('Pak', 'Tuan'): see :func:`name_after_name_word`."""


def rank_kind(text: str) -> str | None:
    """The kind of a rank of ``data/ranks.tsv`` as written ('Lt-Gen.' -> 'military', 'Pak' -> ALSO_A_NAME)."""
    found = ranks().get(_rank_form(text.split()))
    return found[1] if found else None


def name_after_name_word(rest: list[str]) -> bool:
    """Whether the words after a term of address that is also a name ('Pak', 'Bu', 'Tuan', 'Tun') make it a word
    of a name: a given name written with a hyphen ('Pak Se-ri', Korean) or a family name that Chinese, Korean and
    Vietnamese names put first ('Tuan Nguyen'); not 'Pak Bambang Suryadi' or 'Bu Sri'."""
    return bool(rest) and ((len(rest) == 1 and "-" in rest[0].strip("-")) or _kind(_clean(rest[0]), "family"))


def is_rank(text: str) -> bool:
    """Whether a title is a rank of ``data/ranks.tsv`` as written ('Air Marshal', 'Lt-Gen.', 'Brig')."""
    return _rank_form(text.split()) in ranks()


def rank_title(text: str) -> str:
    """The canonical title of a rank as written ('Maj Gen' -> 'major general'), or '' when it is no rank."""
    return ranks().get(_rank_form(text.split()), ("", ""))[0]


def rank_words(words: list[str]) -> int:
    """How many of the first words of a name as written are ranks or honorifics ('Air Marshal A K Bharti' -> 2)."""
    return len(words) - len(strip_ranks(words)[1])


@dataclass(frozen=True)
class Reading:
    """One way to read a name: its given names (single letters are initials) and its family name, lower case."""

    given: tuple[str, ...]
    family: str
    order: str = "given first"
    """'given first', 'family first', 'english name first' ('Vincent Ho Ka-ming') or 'second surname'."""
    article: bool = False
    """The family name was written with the Arabic article ('al-Ubaidi')."""
    words: int = 0
    """How many name words the reading was made from (a 'second surname' reading only meets a shorter name)."""

    @property
    def significant(self) -> tuple[str, ...]:
        """Given names without the optional ones ('muhammad', 'syed')."""
        return tuple(g for g in self.given if not _kind(g, "optional") and g not in _STANDALONE_ARTICLES)


@dataclass(frozen=True)
class NameParts:
    """A person's name taken apart (see :func:`parse`)."""

    text: str
    """The name without ranks and honorifics, as written."""
    ranks: tuple[str, ...]
    words: tuple[str, ...]
    """Lower-case words of the name without ranks, accents, dots or a possessive."""
    readings: tuple[Reading, ...] = field(default=())

    @property
    def bare(self) -> bool:
        """Only a family name ('Mehra', 'al-Ubaidi', 'Gen. Nazarov')."""
        return all(not r.given for r in self.readings)

    @property
    def weak(self) -> bool:
        """No given name that tells people apart: a family name, or given names that are all optional
        ('Muhammad Aziz', 'Al Ubaidi')."""
        return all(not r.significant for r in self.readings)

    @property
    def families(self) -> list[str]:
        """The family name of each reading (most likely first), without duplicates."""
        return list(dict.fromkeys(r.family for r in self.readings))

    def family_keys(self) -> set[str]:
        """Index keys of the family names (:func:`~reportedly.text.transliteration.skeleton`), and of the last two
        words written together ('Pun Magar' and 'Pun-Magar' meet)."""
        out = {k for f in self.families if f for k in skeletons(f)}
        out |= {k for f in self.families if "-" in f for part in f.split("-") if len(part) > 2 for k in skeletons(part)}
        if len(self.words) >= 3:
            out.add(skeleton("".join(self.words[-2:])))
        out |= {skeleton(r.family[3:]) for r in self.readings if r.order == "with father's name" and r.family[3:]}
        return out


_SPLIT_INITIALS = re.compile(r"^(?:[A-Za-z]\.){2,}[A-Za-z]?\.?$")


def _tokens(name: str) -> list[str]:
    """Words of a name as written: possessive and brackets off, 'R.K.' as 'R.' 'K.'."""
    text = strip_accents(name).replace("’", "'").strip()
    text = re.sub(r"'s?$", "", text)
    out: list[str] = []
    for t in text.split():
        t = t.strip(",;:()[]\"")
        if not t:
            continue
        if _SPLIT_INITIALS.match(t):
            out += [c + "." for c in t if c.isalpha()]
        else:
            out.append(t)
    return out


_COMPOUND_PREFIXES = ("abdul", "abdel", "abdol", "abdal")


def last_was_initial(initials: list[bool]) -> bool:
    return bool(initials) and initials[-1]


def _clean(word: str) -> str:
    return word.lower().replace(".", "").strip("'-")


@lru_cache(maxsize=65536)
def parse(name: str) -> NameParts:
    """A person's name taken apart into ranks, words and readings (see the module doc)."""
    raw = _tokens(name)
    if raw and raw[0].lower() == "the":
        raw = raw[1:]
    taken, rest = strip_ranks(raw)
    while taken and len(rest) > 1 and _clean(rest[0]) in _RETIRED:
        rest = rest[1:]  # 'Brigadier (retd) Hamid Niazi'
    while len(rest) > 1 and _clean(rest[-1]) in NAME_SUFFIXES:
        rest = rest[:-1]
    mixed = any(c.islower() for c in "".join(rest))
    words: list[str] = []
    initials: list[bool] = []
    article_at: set[int] = set()
    for k, t in enumerate(rest):
        low = _clean(t)
        if not low:
            continue
        last = k == len(rest) - 1
        if not last and mixed and t.isupper() and t.isalpha() and 2 <= len(t) <= 3:
            words += list(low)  # 'RK Mehra'
            initials += [True] * len(low)
            continue
        prefix, dash, body = low.partition("-")
        if dash and body and _kind(prefix, "article"):
            article_at.add(len(words))
            low = body
        elif low in _STANDALONE_ARTICLES and not last and words:
            article_at.add(len(words))  # 'Hamid Al Ubaidi': the article belongs to the next word
            continue
        if words and _kind(words[-1], "compound") and not last_was_initial(initials):
            words[-1] = "abd" + low  # 'Abd al-Karim', 'Abdul Karim', 'Abdel Karim' -> one given name
            continue
        for prefix in _COMPOUND_PREFIXES:
            if low.startswith(prefix) and len(low) - len(prefix) >= 4 and low != prefix:
                low = "abd" + low[len(prefix):]  # 'Abdulkarim'
                break
        words.append(low)
        initials.append(len(low) == 1)
    readings: list[Reading] = []
    n = len(words)
    pat = next((k for k, w in enumerate(words[:-1]) if _kind(w, "patronymic") and not initials[k]), None)
    if pat is not None:
        return NameParts(" ".join(rest), tuple(taken), *_patronymic(words, pat, article_at))
    if n:
        given = tuple(w for w in words[:-1] if not _kind(w, "particle") or len(w) == 1)
        readings.append(Reading(given, words[-1], article=n - 1 in article_at, words=n))
        if 2 <= n <= 3 and _kind(words[0], "family") and not initials[0] and not initials[-1]:
            readings.append(Reading(("".join(words[1:]),), words[0], "family first", words=n))
        elif 3 <= n <= 4 and _kind(words[1], "family") and not any(initials):
            # 'Vincent Ho Ka-ming': an English given name before a name written family name first
            readings.append(Reading(("".join(words[2:]),), words[1], "english name first", words=n))
        if n >= 3 and not any(initials[-2:]) and not _kind(words[-2], "particle") \
                and not _kind(words[-2], "optional") and words[-2] not in _given_names():
            g = tuple(w for w in words[:-2] if not _kind(w, "particle") or len(w) == 1)
            if any(not _kind(w, "optional") for w in g):
                readings.append(Reading(g, words[-2], "second surname", article=n - 2 in article_at, words=n))
    return NameParts(" ".join(rest), tuple(taken), tuple(words), tuple(readings))


def _patronymic(words: list[str], pat: int, article_at: set[int]) -> tuple[tuple[str, ...], tuple[Reading, ...]]:
    """Words and readings of a name with 'bin' / 'binti' (any spelling) at ``pat``: the person's given names
    before it, and the father's name after it kept with the particle as one family key ('Ahmad Fauzi bin Hashim':
    given 'ahmad', 'fauzi', family 'binhashim'), so that a bare 'Hashim' is never this person's surname and two men
    whose fathers share a name stay apart by their own names. A second reading leaves the father's name out and
    reads the given names as a name of their own ('Ahmad Fauzi')."""
    words = [*words[:pat], "bin", *words[pat + 1:]]  # 'binti', 'bte', 'bt': one spelling
    own = tuple(w for w in words[:pat] if not _kind(w, "particle") or len(w) == 1)
    family = "bin" + "".join(words[pat + 1:])
    n = len(words)
    readings = [Reading(own, family, "with father's name", article=n - 1 in article_at, words=n)]
    if own:
        readings.append(Reading(own[:-1], own[-1], "father's name left out", article=pat - 1 in article_at,
                                words=pat))
    return tuple(words), tuple(readings)


@dataclass(frozen=True)
class NameMatch:
    """Why two names can be one person's: the rules used, and what makes the join weaker."""

    rules: tuple[str, ...]
    family_one_letter: bool = False
    """The family names are one letter apart by a vowel ('Scholz' / 'Schulz'): needs the support a typo needs."""
    partial: bool = False
    """Initials or left-out given names: another person may fit as well."""

    @property
    def exact(self) -> bool:
        return not self.rules


@lru_cache(maxsize=1)
def _given_forms() -> dict[str, int]:
    """``data/given_name_forms.tsv``: each form of a given name (folded) -> the number of its row."""
    return {fold_word(form.strip()): n for n, row in enumerate(lexicons.rows("given_name_forms.tsv"))
            for form in row if form.strip()}


def _given_match(a: str, b: str) -> tuple[str, ...] | None:
    """Rules that make two given names (or initials) one; None when they differ."""
    if len(a) == 1 or len(b) == 1:
        return ("initials",) if fold_word(a)[:1] == fold_word(b)[:1] or a[0] == b[0] else None
    m = compare_words(a, b)
    if m is not None:
        return m.rules
    forms = _given_forms()
    row = forms.get(fold_word(a))
    if row is not None and row == forms.get(fold_word(b)):
        return ("given name in another language",)  # 'Oleksandr' / 'Alexander', 'Dmytro' / 'Dmitry'
    return None


def _givens(ga: tuple[str, ...], gb: tuple[str, ...]) -> tuple[list[str], bool] | None:
    """Rules that make two lists of given names one person's (and whether some were left out), or None."""
    if len(ga) != len(gb) and min(len(ga), len(gb)) >= 1:
        ja, jb = "".join(ga), "".join(gb)
        if min(len(ja), len(jb)) > 2 * max(len(ga), len(gb)) and compare_words(ja, jb) is not None:
            return ["given names written together"], False  # 'Min-jun' / 'Min Jun' / 'Minjun'
    if len(ga) > len(gb):
        ga, gb = gb, ga
    rules: list[str] = []
    first = _given_match(ga[0], gb[0])
    j = 1
    if first is None and len(gb) > len(ga) and min(len(ga[0]), len(gb[0]), len(gb[1])) > 1 \
            and (first := _given_match(ga[0], gb[1])) is not None:
        # 'Olof Sandberg' for 'Per Olof Sandberg'; 'Marisol Ferrera' for 'Ana Marisol Ferrera Calix', where the
        # left-out name is one that opens compound given names (``name_words.tsv`` kind 'leading')
        rules.append("leading given name left out" if _kind(gb[0], "leading") else "first given name left out")
        j = 2
    if first is None:
        return None
    skipped = j == 2
    rules += first
    for g in ga[1:]:
        while j < len(gb) and _given_match(g, gb[j]) is None:
            j += 1
        if j == len(gb):
            return None
        rules += _given_match(g, gb[j]) or ()
        j += 1
    left_out = len(gb) > len(ga)
    if len(gb) - len(ga) > skipped:
        rules.append("middle name left out")
    return rules, left_out or "initials" in rules


_LEFT_OUT = "father's name left out"


def _barrel_part(x: str, y: str) -> WordMatch | None:
    """'okafor' and 'thompson-okafor': a family name that is one part of the other's double-barrelled one (a
    married or a maiden name written alone), as a word match; None otherwise."""
    for long, short in ((x, y), (y, x)):
        if "-" in long and "-" not in short:
            for part in long.split("-"):
                if len(part) > 2 and (m := compare_words(part, short)) is not None and not m.one_letter:
                    return m
    return None


_WITH_FATHER = "with father's name"


def _bin_left_out(a: Reading, b: Reading) -> NameMatch | None:
    """'Mohamad Faizal Hashim' for 'Mohamad Faizal bin Hashim': the father's name written straight after the given
    names, without 'bin'. Every given name must be there on both sides; a bare 'Hashim' is still no surname."""
    pat, other = (a, b) if a.order == _WITH_FATHER else (b, a)
    if other.order != "given first" or len(pat.given) != len(other.given) or not pat.given:
        return None
    fam = compare_words(pat.family[3:], other.family)
    given = _givens(pat.given, other.given)
    if fam is None or fam.one_letter or given is None or given[1]:
        return None
    return NameMatch(tuple(dict.fromkeys(["'bin' left out", *fam.rules, *given[0]])))


def _readings(a: Reading, b: Reading) -> NameMatch | None:
    if (a.order == _WITH_FATHER) != (b.order == _WITH_FATHER):
        return _bin_left_out(a, b)
    if _LEFT_OUT in (a.order, b.order) and {a.order, b.order} != {_LEFT_OUT, "given first"}:
        return None  # 'Ahmad Fauzi' meets 'Ahmad Fauzi bin Hashim', but 'bin Hashim' never meets 'bin Yusof'
    if "second surname" in (a.order, b.order):
        other = b if a.order == "second surname" else a
        if other.order != "given first" or other.words >= (a.words if other is b else b.words):
            return None
    fam = compare_words(a.family, b.family)
    barrelled = fam is None and (fam := _barrel_part(a.family, b.family)) is not None
    if fam is None:
        return None
    sa, sb = a.significant, b.significant
    weak = False
    if (not sa or not sb) and a.given and b.given:
        # 'Mohamed Salah' / 'Mohammed Salah'; 'Mohammed al-Daraji' / 'Mohammed Hussein al-Daraji': when one name
        # has only optional given names, they are compared as they are (the other's middle names left out)
        sa, sb = a.given, b.given
        weak = bool(a.significant or b.significant)
    if not sa or not sb:
        return None
    given = _givens(sa, sb)
    if given is None:
        return None
    if weak or _LEFT_OUT in (a.order, b.order):
        given = (given[0], True)
    rules = list(fam.rules) + given[0] + (["part of a double-barrelled family name"] if barrelled else [])
    if barrelled:
        given = (given[0], True)
    if a.article != b.article:
        rules.append("Arabic article al-/el-")
    if a.order != b.order:
        orders = {a.order, b.order}
        rules.append("second surname" if "second surname" in orders else "English given name left out"
                     if "english name first" in orders else _LEFT_OUT if _LEFT_OUT in orders else "name order")
    optional_a = [g for g in a.given if g not in a.significant]
    optional_b = [g for g in b.given if g not in b.significant]
    if bool(optional_a) != bool(optional_b):
        rules.append("optional given name left out")
    return NameMatch(tuple(dict.fromkeys(rules)), fam.one_letter, given[1])


def _whole(a: NameParts, b: NameParts) -> NameMatch | None:
    """Names that are the same letters written together or apart ('Pun-Magar' / 'Pun Magar'), or a family name
    of two words written alone ('Khatri Chhetri' for 'Dil Bahadur Khatri Chhetri', 'Ortega Salcedo' for 'Javier
    Ortega Salcedo': the shorter does not start with a given name)."""
    if "".join(fold_word(w) for w in a.words) == "".join(fold_word(w) for w in b.words) and a.words != b.words:
        return NameMatch(("written together or apart",))
    if len(a.words) != len(b.words) and (m := compare_words("".join(a.words), "".join(b.words))) is not None \
            and not m.vowels and not m.one_letter:  # 'Mohamad Reza Ghasemi' / 'Mohammadreza Qasemi'
        return NameMatch(("written together or apart", *m.rules))

    short, long = sorted((a.words, b.words), key=len)
    if 2 <= len(short) < len(long) and short[0] not in _given_names() and len(short[0]) > 1 \
            and not _kind(short[0], "optional") and not _kind(short[0], "family"):
        found = [compare_words(x, y) for x, y in zip(short, long[-len(short):], strict=True)]
        if all(m is not None and not m.one_letter for m in found):
            rules = tuple(r for m in found if m is not None for r in m.rules)
            return NameMatch(("family name of two words", *rules), partial=True)
    return None


def _reversed(a: NameParts, b: NameParts) -> NameMatch | None:
    """Two words written in the other order ('Chhum Sopheap' / 'Sopheap Chhum': a family name written first, then
    reversed), when no reading of the names says so already."""
    if len(a.words) == len(b.words) == 2 and a.words != b.words and min(map(len, a.words + b.words)) > 1:
        found = [compare_words(x, y) for x, y in zip(a.words, reversed(b.words), strict=True)]
        if all(m is not None and not m.one_letter for m in found):
            return NameMatch(("name order reversed",))
    return None


def compare(a: NameParts | str, b: NameParts | str) -> NameMatch | None:
    """Whether two full names (each with a given name or initial) can be one person's, and why; None when not.

    Bare family names are not compared here (a surname alone is weaker evidence; see the callers). Of the
    readings that fit, the one with the fewest rules is given.
    """
    pa = parse(a) if isinstance(a, str) else a
    pb = parse(b) if isinstance(b, str) else b
    if pa.bare or pb.bare:
        return None
    whole = _whole(pa, pb)
    if whole is not None:
        return whole
    best: NameMatch | None = None
    for ra in pa.readings:
        for rb in pb.readings:
            m = _readings(ra, rb)
            if m is not None and (best is None or (m.family_one_letter, m.partial, len(m.rules))
                                  < (best.family_one_letter, best.partial, len(best.rules))):
                best = m
    return best or _reversed(pa, pb)


def same_family(parts: NameParts, surname: str) -> tuple[str, ...] | None:
    """Rules that make a bare surname ('Ubaidi', 'Ortega', 'Wang') the family name of ``parts``, or None.

    A one-letter vowel difference ('Schulz' for 'Scholz') is not enough; it needs more than a surname.
    """
    bare = parse(surname)
    if not bare.readings:
        return None
    word = bare.readings[0].family
    best: tuple[str, ...] | None = None
    for r in parts.readings:
        m = compare_words(word, r.family)
        if m is None or m.one_letter:
            continue
        rules = list(m.rules) + (["Arabic article al-/el-"] if r.article != bare.readings[0].article else []) \
            + ([r.order] if r.order != "given first" else [])
        if best is None or len(rules) < len(best):
            best = tuple(rules)
    return best
