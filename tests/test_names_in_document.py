"""One actor per person and per body within one report: ranks, initials, name order, the Arabic article, second
surnames and defined acronyms, on short reports of our own (four kinds of story; people and bodies invented)."""

from __future__ import annotations

from reportedly import extract
from reportedly.model import Document

SOUTH_ASIAN = (
    "NEW DELHI — Air Marshal A K Bharti, the deputy chief of the air staff, said on Tuesday that two drones had "
    "been shot down near Jammu. \"Our air defences worked as planned,\" Bharti said.\n\n"
    "Lt Gen Rajesh Kumar Mehra, the army's director general of military operations, told reporters that troops "
    "had been placed on alert. Mehra said no soldier had been hurt. Lt-Gen. R.K. Mehra added that patrols would "
    "continue.\n\nAnil Sharma, a border villager, said he heard two blasts. Sunil Sharma, his neighbour, said "
    "the night was quiet.\n\nThe Inter-Services Public Relations (ISPR) said the army had launched no drone. "
    "The ISPR added that its forces were on alert."
)
ARABIC = (
    "BAGHDAD — Hamid al-Ubaidi, the head of the electoral commission, said on Sunday that the count would take a "
    "week. Al-Ubaidi said the commission had found no fraud. Ahmed Jassim, a candidate in Basra, said the count "
    "was slow."
)
CHINESE_KOREAN = (
    "Wang Jianguo, a safety bureau spokesman, said the blast had killed nine workers. Wang said an inquiry had "
    "begun. Kim Min-jun, the plant's Korean partner, said the company was shocked. Min-jun Kim later told "
    "reporters that his firm would pay for repairs."
)
CORPORATE = (
    "GÄVLE, Sweden — Norrland Freight chief executive Javier Ortega Salinas said on Monday that the fine was "
    "unfair. Ortega said the company would appeal. The Swedish Transport Agency (STA) said the fine stood. The STA "
    "added that it had warned the firm twice."
)
CABINET = (
    "Prime Minister Shehbaz Sharif said Pakistan wanted peace. Pakistan's defense minister said the army was "
    "ready. The minister said no talks were planned."
)


def _speakers(doc: Document) -> dict[str, str]:
    """Statement source text -> the name of the actor it resolves to."""
    names = {a.id: a.name for a in doc.actors}
    return {s.source.text: names.get(s.source.actor, "?") for s in doc.statements if isinstance(s.source.actor, str)}


def test_names_in_document_ranks_and_initials_are_one_actor() -> None:
    doc = extract(SOUTH_ASIAN)
    said = _speakers(doc)
    assert said["Bharti"] == "A K Bharti" and said["Mehra"] == said["Lt-Gen. R.K. Mehra"] == "Rajesh Kumar Mehra"
    bharti = next(a for a in doc.actors if a.name == "A K Bharti")
    assert "Air Marshal" in bharti.titles and len(bharti.mentions) == 2
    assert {"Anil Sharma", "Sunil Sharma"} <= {a.name for a in doc.actors}  # two Sharmas
    assert said["The ISPR"] == "Inter-Services Public Relations"


def test_names_in_document_arabic_article_chinese_order_and_second_surnames() -> None:
    assert _speakers(extract(ARABIC))["Al-Ubaidi"] == "Hamid al-Ubaidi"
    said = _speakers(extract(CHINESE_KOREAN))
    assert said["Wang"] == "Wang Jianguo" and said["Min-jun Kim"] == "Kim Min-jun"
    doc = extract(CORPORATE)
    said = _speakers(doc)
    assert said["Ortega"] == "Javier Ortega Salinas" and said["The STA"] == "Swedish Transport Agency"


def test_names_in_document_a_role_is_not_another_role() -> None:
    doc = extract(CABINET)
    said = _speakers(doc)
    assert said["Prime Minister Shehbaz Sharif"] == "Shehbaz Sharif"
    assert said["Pakistan's defense minister"] != "Shehbaz Sharif" and said["The minister"] != "Shehbaz Sharif"
