"""Reports that stand side by side: a live blog's headline with two sides' claims joined by a semicolon, a body
named by what it does ('the border service', 'the media wing', 'the observer mission') that speaks and is then
an 'it', and a capital the tagger does not know that speaks for its government. Texts written for these tests (a
border dispute between two Central Asian states, a disputed vote count, a river-dam row)."""

from __future__ import annotations

from reportedly import extract

from .speakerhelp import speaker_of, statement_with

LIVE = (
    "Border clashes live: Tashkent says posts retaken; Dushanbe denies losing ground\n\n"
    "By Nodira Karimova\n\n"
    "09:05 - Uzbekistan's defence ministry said on Thursday its troops had retaken three border posts.\n\n"
    "\"The posts are under our control,\" ministry spokesman Col Rustam Aliyev told reporters.\n\n"
    "Tajikistan's border service denied the claim. \"Not a single post has been lost,\" it said in a statement.\n"
)

VOTE = (
    "Count resumes after two-day halt\n\n"
    "The observer mission said the count had resumed in all but two districts. It added that its monitors had "
    "not been allowed into one warehouse.\n\n"
    "The opposition's media wing said the ballots there had been tampered with; the electoral commission rejected "
    "the charge.\n"
)

DAM = (
    "Dam talks stall\n\n"
    "Egypt's irrigation ministry said the filling had begun without notice. Addis Ababa said it had informed "
    "both neighbours a week earlier.\n\n"
    "Khartoum denies taking sides in the dispute.\n"
)


def test_a_semicolon_ends_one_report_before_the_next_one_starts() -> None:
    doc = extract(LIVE)
    first = statement_with(doc, "posts retaken")
    assert first.content.text == "posts retaken"
    assert speaker_of(doc, "posts retaken") == "Uzbekistan"
    assert speaker_of(doc, "losing ground") == "Tajikistan"
    vote = extract(VOTE)
    assert statement_with(vote, "tampered with").content.text == "the ballots there had been tampered with"


def test_a_body_named_by_what_it_does_speaks_and_is_then_it() -> None:
    doc = extract(LIVE)
    assert speaker_of(doc, "the claim") == "Tajikistan's border service"
    assert speaker_of(doc, "Not a single post has been lost") == "Tajikistan's border service"  # not the ministry
    vote = extract(VOTE)
    assert speaker_of(vote, "the count had resumed") == "observer mission"
    assert speaker_of(vote, "its monitors had not been allowed") == "observer mission"
    assert speaker_of(vote, "tampered with") == "opposition's media wing"


def test_a_capital_the_tagger_does_not_know_speaks_for_its_government() -> None:
    doc = extract(DAM)
    assert speaker_of(doc, "it had informed both neighbours") == "Ethiopia"
    assert speaker_of(doc, "taking sides") == "Sudan"


def test_a_service_or_a_wing_that_does_not_speak_is_no_actor() -> None:
    doc = extract("The memorial service was held on Sunday, the priest said. Gunmen attacked the east wing of the "
                  "clinic, police said.\n")
    names = {a.name.lower() for a in doc.actors}
    assert not any("service" in n or "wing" in n for n in names)


def test_a_clause_before_a_semicolon_is_not_what_the_next_cue_reports() -> None:
    doc = extract("Pakistan says 23 militants killed in border strikes; Kabul calls it aggression\n\n"
                  "Police said three people died; the hospital said five were hurt.\n")
    assert speaker_of(doc, "aggression") == "Afghanistan"
    assert "militants" not in statement_with(doc, "aggression").content.text
    assert speaker_of(doc, "five were hurt") == "hospital"
    assert statement_with(doc, "three people died").content.text == "three people died"


def test_claims_a_nationality_adjective_owns_are_that_countrys() -> None:
    doc = extract("Lt Gen Idris Bashir on Saturday rejected Ethiopian claims that civilians were killed in the "
                  "strikes, calling them baseless.\n")
    claim = next(s for s in doc.statements if s.cue is not None and s.cue.text == "claims")
    assert claim.source.text == "Ethiopian" and "civilians were killed" in claim.content.text
    names = {a.id: a.name for a in doc.actors}
    assert names[claim.source.actor] == "Ethiopia"


def test_a_participle_after_a_claim_is_the_rejecters_and_ends_the_claim() -> None:
    doc = extract("The army rejected Ethiopian claims that civilians were killed in the strikes, calling them "
                  "baseless.\n")
    claim = next(s for s in doc.statements if s.cue is not None and s.cue.text == "claims")
    assert claim.content.text == "that civilians were killed in the strikes"
    assert speaker_of(doc, "them baseless") == "army"


def test_told_a_briefing_that_is_what_was_told_not_the_briefing() -> None:
    doc = extract("The spokeswoman told a weekly briefing that no civilian had been harmed.\n")
    assert statement_with(doc, "no civilian").content.text == "that no civilian had been harmed"
