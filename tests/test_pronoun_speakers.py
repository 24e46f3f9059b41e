"""Pronoun speakers go to their antecedent: the speaker just before, the subject of the previous sentence,
never someone only named long before; a second person who fits makes the resolution doubtful."""

from __future__ import annotations

from reportedly import extract
from tests.speakerhelp import speaker_of

ELECTION = (
    "Commission chief rejects fraud charge in Basra count\n\n"
    "Interior Minister Hamid Jubouri accused the head of the electoral commission, Karim Mansour, of "
    "hiding ballot boxes in Basra. Mansour rejected the charge on Tuesday.\n\n"
    "“Every box was opened in front of the observers,” he said.\n\n"
    "Jubouri repeated his accusation in parliament on Wednesday. “The boxes from Zubair never arrived,” "
    "he said."
)

BORDER = (
    "Ministry denies troops were surrounded\n\n"
    "President Sadyr Aitmatov said on Friday that the army had surrounded a Tajik unit near the village of "
    "Kok-Tash. Foreign ministry spokesman Aibek Usenov later gave a different account.\n\n"
    "“Nobody is surrounded and nobody is trapped,” he said.\n\n"
    "Colonel Arif Baig said Defence Minister Nadeem Qureshi was right when he said the pass was calm."
)

FLOOD = (
    "Death toll rises to 31 in Guangxi floods\n\n"
    "Li Xiaoming, the county's emergency chief, said on Monday that 31 people had died. The rain stopped "
    "in the afternoon. Roads to three villages were still closed. Pumps were brought from Nanning. "
    "The river fell by a metre overnight.\n\n"
    "Army trucks reached the last village on Tuesday. “We expect the water to fall further,” he said."
)


def test_the_second_man_named_is_the_antecedent() -> None:
    doc = extract(ELECTION)
    assert speaker_of(doc, "Every box was opened") == "Karim Mansour"
    assert speaker_of(doc, "never arrived") == "Hamid Jubouri"


def test_spokesman_not_president() -> None:
    doc = extract(BORDER)
    assert speaker_of(doc, "Nobody is surrounded") == "Aibek Usenov"


def test_subject_inside_the_content_is_the_antecedent() -> None:
    doc = extract(BORDER)
    assert speaker_of(doc, "the pass was calm") == "Nadeem Qureshi"


def test_nobody_named_in_the_last_sentences_is_no_speaker() -> None:
    doc = extract(FLOOD)
    assert speaker_of(doc, "water to fall further") is None
    assert speaker_of(doc, "31 people had died") == "Li Xiaoming"


def test_a_competing_man_lowers_the_confidence() -> None:
    alone = extract("Port director Erik Dahl spoke to reporters on Monday.\n\n“We will appeal the fine,” he said.")
    rivals = extract("Port director Erik Dahl met union leader Tor Aas on Monday.\n\n“We will appeal the fine,” "
                     "he said.")
    sure = next(s for s in alone.statements if "appeal" in s.content.text)
    doubtful = next(s for s in rivals.statements if "appeal" in s.content.text)
    assert speaker_of(alone, "appeal") == speaker_of(rivals, "appeal") == "Erik Dahl"
    assert doubtful.confidence < 0.7 <= sure.confidence  # --min-confidence 0.7 drops only the doubtful one


def test_quotation_signed_on_the_next_line_is_the_signer_s() -> None:
    doc = extract("Mr Hamdani spoke for forty minutes. Beside him, the spokesman, Mustafa Khafaji, held up "
                  "photographs. He said the sheets had been found in a skip.\n\n"
                  "“We will not let this election be stolen in the back rooms of Baghdad.”\n"
                  "— Salah Hamdani, leader of the Reform Alliance\n")
    assert speaker_of(doc, "the sheets had been found") == "Mustafa Khafaji"
    assert speaker_of(doc, "will not let this election be stolen") == "Salah Hamdani"
