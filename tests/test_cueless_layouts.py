"""Quotation paragraphs with no cue in the layouts of wire copy and web pages (``attribution/cueless.py``).

The reports are ours: a quotation paragraph that runs on in the writer's words, quotations separated from
their speaker by a caption, a 'READ MORE' line or a subhead, a speaker introduced by name and role without a
speech verb, and an embedded post signed with a name and a handle.
"""

from __future__ import annotations

import reportedly
from reportedly.model import Document, Statement

WIRE = """Harlow Motors to build second battery plant

DETROIT, Feb 3 (Wire) - Harlow Motors will build a battery plant, chief executive Dana Whitlock said on Tuesday.

"Demand is running ahead of what we can make," Whitlock said.

"We are not going to chase volume at any price. Margins come first." Harlow sold 212,000 vans in the quarter, a record.

A Harlow electric van on the assembly line in Wayne, Michigan. (Photo: J. Ortiz/Wire)

"The Ohio plant is the next step. We have the site and we have the workers."

READ MORE: Carmakers race to secure battery supplies

"Nobody should expect the price of a van to fall this year."
"""

WEB = """Patients wait outside overnight as clinic cuts hours

Patients queued through the night outside the Eastgate walk-in clinic this week.

For Maria Lopez, a cleaner who has used the clinic for twenty years, the change has meant missing work.

"I came at five in the morning and there were already thirty people here. I lost a day's pay."

The long wait

"Nobody told us anything. We found out from a sign on the door."

Union organiser Dev Patel wrote to members on Monday evening.

"We found out from the news like everyone else." — Dev Patel (@devpatel_union) March 2, 2026
"""


def quoted(doc: Document, words: str) -> Statement:
    return next(s for s in doc.statements if words in s.content.text)


def test_cueless_layouts_wire_quotations_run_on_and_cross_captions_and_read_more_lines() -> None:
    doc = reportedly.extract(WIRE)
    for words in ("We are not going to chase volume", "The Ohio plant is the next step", "Nobody should expect"):
        st = quoted(doc, words)
        assert st.cue is None and st.source.inferred and doc.speaker_names(st) == ["Dana Whitlock"], words
        assert st.content.text.startswith('"') and st.content.text.endswith('"')  # the quotation, not the run-on
    assert {r.kind for r in doc.removed} >= {"caption", "boilerplate"}


def test_cueless_layouts_web_name_and_role_subhead_and_signed_post() -> None:
    doc = reportedly.extract(WEB)
    first = quoted(doc, "I came at five in the morning")
    assert doc.speaker_names(first) == ["Maria Lopez"] and first.source.inferred
    after_subhead = quoted(doc, "Nobody told us anything")
    assert doc.speaker_names(after_subhead) == ["Maria Lopez"]
    post = quoted(doc, "We found out from the news")
    s, e = post.source.spans[0]
    assert WEB[s:e] == "Dev Patel" and post.cue is None and not post.source.inferred


def test_cueless_layouts_a_quotation_followed_by_a_cue_is_not_taken_twice() -> None:
    text = ("Coach keeps faith\n\nAshby manager Tomas Reilly said the comeback was the best moment of his time at "
            "the club.\n\n\"The lads never stopped,\" crowed Reilly. \"We were poor for an hour.\"\n")
    doc = reportedly.extract(text)
    never = [s for s in doc.statements if "The lads never stopped" in s.content.text]
    assert len(never) <= 1  # one statement, whether or not 'crowed' is known as a cue
    assert all(s.cue is not None for s in never)  # a quotation closed by a comma is not a paragraph of its own


def test_cueless_layouts_a_post_signed_in_its_own_paragraph_is_its_authors() -> None:
    text = ("Flood defences hold in Mill Lane\n\nThe river peaked overnight at Millbridge.\n\n"
            "Thinking of everyone on Mill Lane tonight. I have asked the council to open the school hall.\n\n"
            "— Ines Okafor (@InesOkaforMP) February 19, 2026\n\nThe water began to fall on Thursday.\n")
    doc = reportedly.extract(text)
    post = quoted(doc, "Thinking of everyone on Mill Lane tonight")
    s, e = post.source.spans[0]
    assert post.cue is None and text[s:e] == "Ines Okafor"
    assert post.content.text.endswith("open the school hall.")
    # what the post says is the post's words, not a statement of its own by 'I'
    assert [s for s in doc.statements if s.source.text == "I"] == []
