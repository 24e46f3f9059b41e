"""Speed-ups of the ingest process that must not change what is stored: the happening link loop
(:func:`reportedly.corpus.profiles.links`) against :func:`compatible` and :func:`score` it writes out in one
loop, the word index's candidates against the query, and the origin passages' folding and band keys."""

from __future__ import annotations

import unicodedata

from reportedly.corpus import origins
from reportedly.corpus.profiles import (
    BACKGROUND,
    NAME_WEIGHT,
    SPEAKER,
    SPEECH,
    Profile,
    compatible,
    links,
    score,
)


def _p(family: str, days: tuple[str, str], words: dict[str, float], places: tuple[str, ...] = (),
       dated: bool = True) -> Profile:
    return Profile(family, frozenset(places), days[0], days[1], dated, words)


def _by_the_two_functions(me: Profile, event: int, others: dict[int, Profile], least: float
                          ) -> list[tuple[int, int, float]]:
    found = []
    for other, them in others.items():
        if compatible(me, them) and (s := score(me, them)) >= least:
            a, b = sorted((event, other))
            found.append((a, b, round(s, 4)))
    return found


ME = _p("attack", ("2031-04-02", "2031-04-02"), {"drone": 1.0, "depot": 1.0, "varnholt": NAME_WEIGHT,
                                                 "struck": 1.0, "@QZ": 1.0}, ("Varnholt",))
OTHERS = {
    3: _p("attack", ("2031-04-02", "2031-04-03"), {"drone": 1.0, "depot": 1.0, "varnholt": NAME_WEIGHT},
          ("Varnholt",)),  # one strike: the same words, place and days
    9: _p("attack", ("2031-04-01", "2031-04-01"), {"drone": 1.0, "varnholt": NAME_WEIGHT}),  # a day's slack, no place
    12: _p("attack", ("2031-04-09", "2031-04-09"), {"drone": 1.0, "depot": 1.0}, ("Varnholt",)),  # a week later
    14: _p("attack", ("2031-04-02", "2031-04-02"), {"drone": 1.0, "depot": 1.0}, ("Ostrevo",)),  # another place
    15: _p("disaster", ("2031-04-02", "2031-04-02"), {"depot": 1.0, "fire": 1.0, "blaze": 1.0}),  # weak, another kind
    20: _p("attack", ("2031-03-20", "2031-04-05"), {"drone": 1.0, BACKGROUND: 0.0, "struck": 1.0},
           dated=False),  # background, undated
    21: _p("attack", ("2031-04-02", "2031-04-02"), {}),  # no words at all
    30: _p(SPEECH, ("2031-04-02", "2031-04-02"), {SPEAKER + "mirela": NAME_WEIGHT, "drone": 1.0}),  # an occasion
}


def test_corpus_link_loop_links_what_compatible_and_score_link() -> None:
    for least in (0.0, 0.3, 0.5, 1.2):
        for event in (1, 10, 40):  # the new event's number below, among and above the others'
            assert links(ME, event, OTHERS, least) == _by_the_two_functions(ME, event, OTHERS, least)
    found = {b for _a, b, _s in links(ME, 1, OTHERS, 0.3)}
    assert 3 in found and 9 in found  # the same strike, and the one a day earlier that names no place
    assert not found & {12, 14, 30}  # a week later, another place, an occasion of a speaker: kept apart
    speech = _p(SPEECH, ("2031-04-02", "2031-04-02"), {SPEAKER + "mirela": NAME_WEIGHT, "press": 1.0})
    got = links(speech, 31, OTHERS, 0.3)
    assert got == _by_the_two_functions(speech, 31, OTHERS, 0.3) and [(a, b) for a, b, _s in got] == [(30, 31)]
    assert links(ME, 1, {}, 0.3) == []


def _old_fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def test_corpus_link_loop_folding_is_the_same_for_plain_and_accented_text() -> None:
    for text in ["The Ostrevo depot was hit", "Zé Ångström of the Café Müller", "naïve ﬁles", "Straße",
                 "İzmir, ŁÓDŹ", "", "\u00a0no-break", "Ｆｕｌｌwidth"]:
        assert origins._fold(text) == _old_fold(text), text
    assert origins._fold("Café") == origins._fold("CAFE") == "cafe"  # accents and case still fold away


def test_corpus_link_loop_band_keys_are_the_bands_of_the_signature() -> None:
    import hashlib

    found = origins.passages("Drones struck the Ostrevo fuel depot overnight, regional officials said on "
                             "Tuesday, and firefighters worked until dawn.\nA second paragraph tells "
                             "something else entirely about the harbour of Varnholt and its cranes.")
    keys = origins.band_keys(found)
    signatures = origins.minhashes([p.shingles for p in found]).astype("<u4")
    for values, got in zip(signatures, keys, strict=True):
        bands = [values[k:k + origins.ROWS] for k in range(0, origins.NUM_PERM, origins.ROWS)]
        want = {int.from_bytes(hashlib.blake2b(bytes([n]) + band.tobytes(), digest_size=4).digest(), "little",
                               signed=True) for n, band in enumerate(bands)}
        assert got == want and len(bands) == origins.BANDS
    assert len(keys) == 2 and keys[0] != keys[1]
