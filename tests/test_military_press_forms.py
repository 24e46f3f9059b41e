"""How South Asian military press offices and their officers are written: 'Director General <Body> (DG <ACR>) Lt Gen
X', 'DG <ACR> Lt Gen X', 'Air Marshal X, Director General Air Operations', 'the air marshal', and officers who only
stand beside a speaker. Texts written for reportedly about a fictional exchange of strikes."""

from __future__ import annotations

from reportedly import extract


def _who(text: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    doc = extract("Strikes and claims\n\nRAWALPINDI: " + text, id="x")
    actors = {a.id: a for a in doc.actors}
    said = {s.content.text: (actors[s.source.actor].name if isinstance(s.source.actor, str) else "")
            for s in doc.statements}
    return {a.name: list(a.titles) for a in doc.actors}, said


def test_a_bracketed_office_before_a_rank_is_the_officers_title() -> None:
    actors, said = _who("Director General Inter-Services Media Wing (DG ISMW) Lt Gen Farhan Aslam Qureshi told a "
                        "news conference that four jets were downed. The DG ISMW later said a drone had been "
                        "destroyed.")
    assert "Farhan Aslam Qureshi" in actors
    assert any("DG ISMW" in t for t in actors["Farhan Aslam Qureshi"])
    assert said["a drone had been destroyed"] == "Farhan Aslam Qureshi"
    assert "General Inter-Services Media Wing" not in actors
    assert actors.get("ISMW", []) == []  # the body, if listed, holds no office of its own


def test_an_office_acronym_before_a_rank_is_a_title_and_the_office_alone_is_its_holder() -> None:
    actors, said = _who("DG ISMW Lt Gen Farhan Aslam Qureshi told a news conference that four jets were downed. The "
                        "DG said a drone had been destroyed.")
    assert "DG ISMW" in actors["Farhan Aslam Qureshi"]
    assert said["a drone had been destroyed"] == "Farhan Aslam Qureshi"


def test_the_field_of_a_directorate_is_no_person_and_the_rank_alone_is_its_holder() -> None:
    actors, said = _who("Air Marshal R S Kohli, Director General Air Operations, declined to confirm any losses. "
                        "\"Losses are part of combat,\" the air marshal said.")
    assert "Air Operations" not in actors
    assert said["\"Losses are part of combat,\""] == "R S Kohli"


def test_officers_who_only_stand_beside_a_speaker_say_nothing() -> None:
    _, said = _who("Foreign Secretary Vikas Mehra said the strikes had been \"measured and precise\". Wing Commander "
                   "Anjali Rao and Colonel Sameer Qazi briefed reporters alongside him. Col Qazi said nine sites had "
                   "been hit.")
    assert said == {"the strikes had been \"measured and precise\"": "Vikas Mehra",
                    "nine sites had been hit": "Sameer Qazi"}


def test_a_retired_officer_is_named_without_retd_and_the_rank_alone_is_him() -> None:
    actors, said = _who("\"The decision was taken in the capital,\" said Brigadier (retd) Tariq Lodhi, a defence "
                        "analyst in Lahore. The retired brigadier said the truce was fragile.")
    assert "Tariq Lodhi" in actors and "Brigadier" not in actors
    assert set(said.values()) == {"Tariq Lodhi"}
