"""People and speakers in phrasings of unseen stories (issue 18, session 9).

Each test is a short text of our own (a Persian football federation, a Pakistani police chief, a Kenyan county, a
Chilean port), with invented people and bodies; only countries and cities are real. Pairs that must stay apart are
tested beside each join.
"""

from __future__ import annotations

from reportedly.corpus.query import CorpusActor
from reportedly.text.person_names import compare, parse
from tests.actorhelp import apart, listed_actors, together


def _listed(*texts: str) -> list[CorpusActor]:
    """The corpus actors after storing the reports in this order."""
    return listed_actors(*texts, month="2026-11")


# --- qaf written q or gh --------------------------------------------------------------------------------------------

def test_a_persian_name_written_with_q_and_with_gh_is_one_person() -> None:
    found = _listed(
        "TEHRAN - Federation chairman Hamid-Reza Ghorbani said on Sunday the league would resume in March.",
        "TEHRAN - \"No club will be punished,\" federation chairman Hamidreza Qorbani told reporters on Monday.")
    assert together(found, "Hamid-Reza Ghorbani", "Hamidreza Qorbani")


def test_gh_and_g_still_join_and_two_given_names_stay_apart() -> None:
    assert compare(parse("Aziz Ghafari"), parse("Aziz Gafari")) is not None  # the first reading (gh/g) holds
    assert compare(parse("Aziz Ghafari"), parse("Aziz Qafari")) is not None
    assert compare(parse("Aziz Gafari"), parse("Aziz Qafari")) is None  # g is not q
    found = _listed(
        "TEHRAN - Federation chairman Hamid Ghorbani said on Sunday the league would resume in March.",
        "TEHRAN - Coach Saeed Qorbani told reporters on Monday that his club would appeal.")
    assert apart(found, "Hamid Ghorbani", "Saeed Qorbani")
