"""propositions.alternatives: the letter tree of a word list matches what the case-insensitive alternation matches,
and the number pattern built with it finds the same numbers as the plain one."""

from __future__ import annotations

import random
import re

from reportedly.corpus import propositions as P
from reportedly.corpus.patterns import alternatives
from reportedly.corpus.propositions import quantities

PLAIN = re.compile(
    rf"(?<![\w.-])(?:(?P<bound>{P._BOUND})\s+)?(?P<cur>(?:SEK|USD|EUR|Rs\.?|\$|€|£)\s?)?"
    rf"(?P<num>\d[\d,]*(?:\.\d+)?|(?:{P._NUM_WORD})(?:[- ](?:{P._NUM_WORD}))*(?![\w'’]))(?![\d:])"
    r"(?:\s*(?P<mult>million|billion|thousand|hundred|bn)\b)?(?:\s*(?P<pct>percent|per cent|%))?",
    re.IGNORECASE)
"""The number pattern written as plain alternations under ``re.IGNORECASE``."""


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_longer_word_first_and_cases() -> None:
    tree = re.compile(alternatives(["seven", "seventeen", "seventy", "six"]))
    assert tree.match("Seventeen").group(0) == "Seventeen"
    assert tree.match("SEVENTY-two").group(0) == "SEVENTY"
    assert tree.match("seven days").group(0) == "seven"
    assert tree.match("ſix").group(0) == "ſix"  # the long s is an s to re.IGNORECASE too
    assert tree.match("sox") is None


def test_letters_that_fold_to_ascii() -> None:
    for word in ("kilo", "six", "nine"):
        tree = re.compile(alternatives([word]) + "$")
        plain = re.compile(f"(?:{word})$", re.IGNORECASE)
        for c in map(chr, range(0x250)):
            for text in (c + word[1:], word[:1] + c + word[2:]):
                assert bool(tree.match(text)) == bool(plain.match(text)), text
        assert bool(tree.match("\u212aILO")) == bool(plain.match("\u212aILO"))


def test_same_numbers_as_the_plain_pattern() -> None:
    texts = ["More than 20 Kelvish soldiers and twelve civilians died, not fifteen, officials said on 3 May.",
             "At least two-hundred people, about SEK 4.5 million and Rs. 300 percent of it were lost at 4:30.",
             "Only one of the NINETY-NINE boats, and some ſeventy hundred bn, came in 2024 around €12,000.",
             "The often-written tense tone: someone told ten-year-olds that up to half a dozen had fled."]
    for text in texts:
        assert _found(P._NUMBER, text) == _found(PLAIN, text)
    rng = random.Random(3)
    pieces = [*P._NUM_WORD.split("|"), *P._BOUND[3:-1].split("|"), "ſeven", "İN", "\u212aILO", "12", "3.5", "1,200",
              "$", "SEK", "rs.", "percent", "%", "million", "-", ":", "x", "tense", "people", "2024"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-", "  "]) for _ in range(rng.randint(1, 7)))
        text = text.upper() if rng.random() < 0.2 else text
        assert _found(P._NUMBER, text) == _found(PLAIN, text), text
    assert [(q.value, q.measure, q.bound) for q in quantities("more than 20 Tajik servicemen had been killed")] == \
        [(20.0, "dead", "more than")]


def test_agency_names_grouped_by_first_letter() -> None:
    from reportedly.corpus.credits import _names
    from reportedly.corpus.patterns import by_first_letter
    from reportedly.text import lexicons

    names = sorted(set(lexicons.agencies()), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace(r"\ ", r"[\s.]+") for n in names)
    plain = re.compile(rf"(?<![\w-])(?P<name>{alts})(?![\w-])", re.IGNORECASE)
    grouped = _names()
    assert not grouped.flags & re.IGNORECASE  # the grouped form is used
    texts = ["KYIV (Reuters) - The ministry told the Associated Press. News agency reported, AFP says.",
             "according to the Islamic Republic News Agency, citing xinhua and ČTK; (with inputs from PTI)",
             "the A.P. desk, ap-style, Tass-like, Interfax.ru and ſputnik’s editors, ITAR TASS"]
    for text in texts:
        assert [(m.span(), m.group("name")) for m in grouped.finditer(text)] == \
            [(m.span(), m.group("name")) for m in plain.finditer(text)]
    assert by_first_letter(["ab", "ac", "b"], {"ab": "b", "ac": "c", "b": ""}) == "[aA](?i:b|c)|[bB](?i:)"
    assert by_first_letter(["\u212aa"], {"\u212aa": "a"}) is None  # the Kelvin sign is a k to re.IGNORECASE
    assert by_first_letter(["\u010dtk", "\u010ctk"], {"\u010dtk": "tk", "\u010ctk": "tk"}) is None  # one letter


def test_a_number_word_inside_a_longer_word_is_no_number() -> None:
    from reportedly.corpus.propositions import quantities

    # 'Sevenoaks', 'Tenby', 'Ninefields': place names that open with a number word count nothing
    assert [(q.value, q.measure) for q in quantities("the Sevenoaks office said 3 had died")] == [(3.0, "dead")]
    assert [(q.value, q.measure) for q in quantities("Ten soldiers died near Tenby on Friday")] == [(10.0, "dead")]
    assert [q.value for q in quantities("twenty-five people died")] == [25.0]  # must not change
