"""Two events of different families whose sentences share only names are two acts of one participant, not one
happening (:data:`reportedly.corpus.profiles.NAMES_ONLY`); a shared common word or number keeps them alike. An
event whose trigger names no act ('knows', 'owned', 'alliance') joins no happening. An event the text does not
date is indexed by its trigger word. Sentences written for this test."""

from __future__ import annotations

from reportedly.corpus.identity import LINK
from reportedly.corpus.profiles import (
    FAMILY_BONUS,
    KEYWORDS,
    NAMES_ONLY,
    Profile,
    keywords,
    names_no_act,
    profile,
    score,
    sentence_words,
)
from reportedly.model import ClaimStatus, Content, Event


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


def _event(trigger: str, text: str, type_: str = "RETREAT") -> Event:
    start = text.index(trigger)
    return Event(id="e1", type=type_, trigger=Content(text=trigger, spans=[(start, start + len(trigger))]),
                 status=[ClaimStatus(status="asserted")])


def test_a_trigger_that_names_no_act_joins_no_happening() -> None:
    knows = "\"The real count is far lower, and the board knows it,\" said Petra Lind of the Green Shore list."
    owned = "The Marisol Dawn, owned by Capeline Ferries, ran aground on Friday."
    for trigger, text in (("knows", knows), ("owned", owned), ("alliance", "The opposition alliance met.")):
        assert names_no_act(_event(trigger, text))
        assert profile(_event(trigger, text), text, "2026-04-14") is None


def test_an_estimate_or_a_sequence_is_still_an_act() -> None:
    put = "The board put turnout at 61.2 percent on Monday."
    follows = "The shelling follows air strikes on Saturday near Dovrik."
    for trigger, text in (("put", put), ("follows", follows), ("knocked", "Waves knocked out power.")):
        assert not names_no_act(_event(trigger, text))
        assert profile(_event(trigger, text), text, "2026-04-14") is not None


LEAD = ("TEGA BAY, Norland (Wire) — Norland's Electoral Board halted its provisional count early Monday with "
        "Ruth Okafor Lind of the Green Shore list narrowly ahead of Tomas Vell of the Harbour Unity Party.")


def test_an_undated_event_is_found_by_its_trigger_word() -> None:
    halted = _event("halted", LEAD)
    undated = profile(halted, LEAD, "2026-04-14")
    assert undated is not None and not undated.dated
    assert "halt" in keywords(undated)  # names outrank it among the heaviest words, the trigger is indexed first
    assert len([w for w in keywords(undated) if w != "halt"]) == KEYWORDS


def test_a_dated_event_indexes_only_its_heaviest_words() -> None:
    halted = _event("halted", LEAD)
    dated = profile(halted.model_copy(update={"date": "2026-04-13", "window": ("2026-04-13", "2026-04-13")}),
                    LEAD, "2026-04-14")
    assert dated is not None and dated.dated
    ranked = sorted((w for w in dated.words if w[:1] not in "@^"), key=lambda w: (-dated.words[w], w))
    assert keywords(dated) == ranked[:KEYWORDS] and "halt" not in keywords(dated)
