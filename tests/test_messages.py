"""What a reader calls a statement: the complement gate and the attributions that are not speech, on texts we wrote.

Each text is a few sentences from a different kind of story (business, courts, sport, politics, disasters);
the assertions name the class each attribution gets (``attribution/messages.py``) and check that
``--scope speech`` keeps only what a reader quotes.
"""

from __future__ import annotations

import pytest

import reportedly
from reportedly.model import Document
from reportedly.pipeline import Options, process
from reportedly.text.read import RawDocument


def classes(text: str) -> dict[str, str]:
    """cue text -> class of every statement with a cue."""
    doc = reportedly.extract(text)
    return {s.cue.text: s.statement_class for s in doc.statements if s.cue}


def speech(text: str) -> Document:
    return process(RawDocument("t", text), Options(scope="speech"))


GATE = [
    # a noun or topic object alone is no message
    ("The mayor praised the city's support for the tram project.", "praised", "sentiment"),
    ("The coach thanked the fans for their patience this season.", "thanked", "sentiment"),
    ("Residents expressed concern about the new road.", "expressed", "sentiment"),
    ("Both leaders expressed their willingness to send troops.", "expressed", "volition"),
    ("Finance minister Ana Ruiz talked about the budget on Tuesday.", "talked", "act"),
    ("Union leaders discussed the proposal with management.", "discussed", "act"),
    ("Harlow Motors reported a profit of $3 billion for the quarter.", "reported", "act"),
    ("Lawyers for the family filed a lawsuit against the hospital.", "filed", "act"),
    ("Gerald Finch, 61, is appealing his conviction.", "is appealing", "act"),
    # ... but a denial of a claim, a message noun, a said-to-be and a proposition-taking verb are statements
    ("The premier denied the reports.", "denied", "speech"),
    ("The striker's agent rejected the claims.", "rejected", "speech"),
    ("The club's owner denied any wrongdoing.", "denied", "speech"),
    ("Police confirmed the arrest of a 34-year-old man.", "confirmed", "speech"),
    ("The mayor called the plan a disaster for small towns.", "called", "speech"),
    ("The board described the offer as too low.", "described", "speech"),
    ("The agency warned of flooding along the coast.", "warned", "speech"),
]


@pytest.mark.parametrize(("text", "cue", "cls"), GATE)
def test_messages_a_speech_cue_needs_a_message(text: str, cue: str, cls: str) -> None:
    assert classes(text).get(cue) == cls, classes(text)


NOT_SPEECH = [
    ("The economy seems to be slowing after the strike.", "seems", "cognition"),
    ("The striker appeared to injure his knee in the first half.", "appeared", "cognition"),
    ("A spokeswoman for the club declined to comment on the transfer.", "declined", "refusal"),
    ("The defendant's lawyer refused to say whether his client would testify.", "refused", "refusal"),
    ("The minister refused to resign.", "refused", "act"),
    ("The prosecutor did not say when the trial would begin.", "did not say", "refusal"),
    ("Reporters asked if the minister would resign.", "asked", "act"),
    ("Councillors asked whether the town could afford to keep the pool open.", "asked", "act"),
    ("Emails reveal that the contract was signed before the tender closed.", "reveal", "document"),
    ("Documents seen by the newspaper say the plant failed two inspections.", "say", "document"),
    ("Early gauge readings indicate that the river has peaked.", "indicate", "document"),
    ("The judge ruled that the evidence was admissible.", "ruled", "act"),
    ("Lund pushed the government to publish the treasury papers.", "pushed", "act"),
]


@pytest.mark.parametrize(("text", "cue", "cls"), NOT_SPEECH)
def test_messages_appearances_refusals_questions_and_documents_are_not_speech(text: str, cue: str, cls: str) -> None:
    assert classes(text).get(cue) == cls, classes(text)


def test_messages_a_question_with_no_asker_is_not_the_answerers_statement() -> None:
    doc = reportedly.extract("Asked whether she would stand again, the mayor said she had not decided.")
    by_cue = {s.cue.text: s for s in doc.statements if s.cue}
    assert by_cue["Asked"].statement_class == "act"
    assert by_cue["said"].statement_class == "speech" and by_cue["said"].content.text == "she had not decided"


def test_messages_the_writers_voice_is_no_ones_statement_but_a_quoted_i_is() -> None:
    doc = reportedly.extract("As I said last week, the council has no plan for the bridge.\n\n"
                             "Ruth Adler, who runs the ferry, said: \"I told them the pier would not last.\"")
    by_cue = {s.cue.text: s.statement_class for s in doc.statements if s.cue}
    assert by_cue["said"] == "speech"
    assert [s for s in doc.statements if s.source.text == "I" and s.statement_class == "speech"] == []


def test_messages_speech_scope_keeps_what_a_reader_quotes() -> None:
    text = ("Port strike enters second week\n\n"
            "The port authority reported a loss of $12 million for the month. Its chief executive, Omar Haddad, "
            "praised the dockers' discipline but declined to comment on the talks.\n\n"
            "Haddad said the port would reopen two berths on Monday. Shipping data suggest that 40 vessels are "
            "waiting offshore.\n\n"
            "Union leader Grace Mbeki denied the reports.")
    doc = speech(text)
    assert sorted(s.cue.text for s in doc.statements if s.cue) == ["denied", "said"]
    assert {s.statement_class for s in doc.statements} == {"speech"}


def test_messages_every_class_keeps_its_place_in_the_schema() -> None:
    from typing import get_args

    from reportedly.model import StatementClass

    assert {"refusal", "document", "act"} <= set(get_args(StatementClass))


def test_messages_eval_reports_every_predicted_class() -> None:
    from reportedly.evaluation.attributions import format_report, prediction, score

    text = ("Harlow Motors reported a profit of $3 billion. A spokeswoman declined to comment on the plant. "
            "Emails reveal that the plant was approved in May. The chief executive said the plant would open in June.")
    doc = reportedly.extract(text)
    said = next(s for s in doc.statements if s.cue and s.cue.text == "said")
    assert said.cue is not None
    gold = {"d": {"text": text, "attributions": [{"source": said.source.spans, "cue": said.cue.spans,
                                                  "content": said.content.spans, "class": "speech"}]}}
    res = score(gold, {"d": prediction(doc)})
    assert {"speech", "act", "refusal", "document"} <= set(res["predicted_by_class"])
    assert "predicted by class: " in format_report(res) and "refusal 1" in format_report(res)
