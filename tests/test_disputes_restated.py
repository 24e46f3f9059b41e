"""A bare denial ('That is simply not true') said next by a source that has just denied something in its own words
restates that denial: it answers no older claim of another source (issue 19). Short texts of our own: a disaster
toll and aid, a paper mill and a union, a border raid."""

from __future__ import annotations

import pytest

from reportedly.corpus.claims import claims_of
from reportedly.pipeline import process
from reportedly.text.read import RawDocument


@pytest.mark.parametrize("text", [
    ("Toll row\n\nThe provincial office said 530 people had died in the province.\n\nGovernment spokeswoman Lena "
     "Marsh denied reports that the country had refused foreign doctors. \"That is simply not true,\" she said."),
    ("Mill row\n\nThe union said 40 workers had been laid off at the plant.\n\nThe mill's manager, Paul Dorn, "
     "rejected claims that the mill had dumped sludge into the river. \"That is completely false,\" he said."),
])
def test_not_true_after_a_denial_in_own_words_answers_no_older_claim(text: str) -> None:
    found = claims_of(process(RawDocument("t", text)))
    own, bare = found[-2], found[-1]
    assert own.position == bare.position == "denies" and own.proposition and bare.proposition == ""
    assert bare.target is None  # not the 530 dead nor the 40 laid off: it restates the denial before it


def test_not_true_after_a_claim_still_answers_that_claim() -> None:
    found = claims_of(process(RawDocument("t", "Mill row\n\nFarmers said the mill had poisoned the river. Its "
                                               "manager, Paul Dorn, said: \"That is simply not true.\"")))
    bare = found[-1]
    assert bare.proposition == "" and bare.target is not None
    assert found[bare.target].proposition == "the mill had poisoned the river"
