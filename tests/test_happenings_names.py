"""Two events of different families whose sentences share only names are two acts of one participant, not one
happening (:data:`reportedly.corpus.profiles.NAMES_ONLY`); a shared common word or number keeps them alike.
Sentences written for this test."""

from __future__ import annotations

from reportedly.corpus.identity import LINK
from reportedly.corpus.profiles import FAMILY_BONUS, NAMES_ONLY, Profile, score, sentence_words


def _profile(family: str, sentence: str, dated: bool = False) -> Profile:
    return Profile(family, frozenset(), "2026-04-14", "2026-04-14", dated, sentence_words(sentence))


HAILED = ("Speaking to supporters at his campaign headquarters, Oskar Velland of the Harbour Unity Party "
          "hailed the calm of polling day and thanked volunteers who had worked through the night.")
RELEASED = ("Provisional figures released on Tuesday evening gave the Harbour Unity Party of Oskar Velland a "
            "clear lead in most coastal districts.")


def test_a_shared_name_alone_does_not_link_two_acts_of_different_families() -> None:
    hailed, released = _profile("SUPPORT", HAILED), _profile("OTHER", RELEASED, dated=True)
    as_one_family = score(_profile("OTHER", HAILED), released) - FAMILY_BONUS
    assert abs(score(hailed, released) - NAMES_ONLY * as_one_family) < 1e-9
    assert score(hailed, released) < LINK <= as_one_family


def test_a_shared_common_word_or_number_keeps_the_full_likeness() -> None:
    released = _profile("OTHER", RELEASED, dated=True)
    # 'figures' is a common word: what was told, not only who
    counted = _profile("RETREAT", "Oskar Velland said the figures would hold.")
    seats = _profile("RETREAT", "The commission gave Oskar Velland 58 seats.")
    won = _profile("OTHER", "Oskar Velland's party won 58 seats.")
    for a, b in ((counted, released), (seats, won)):
        same = score(Profile(b.family, a.places, a.start, a.end, a.dated, a.words), b) - FAMILY_BONUS
        assert abs(score(a, b) - same) < 1e-9


def test_one_family_sharing_only_names_is_unchanged() -> None:
    a, b = _profile("PROTEST", "Supporters of Lena Maris marched in Dovrik."), _profile("PROTEST", "Lena Maris spoke.")
    shared = sum(min(w, b.words[k]) for k, w in a.words.items() if k in b.words)
    assert abs(score(a, b) - (shared / (a.weight * b.weight) ** 0.5 + FAMILY_BONUS)) < 1e-9
