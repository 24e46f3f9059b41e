"""Property-based tests of :func:`reportedly.extract` and the HTML reader, on generated inputs.

The strategies and checks are in ``tests/fuzzing.py``. Under the default ``ci`` profile each test
runs a small derandomized sample (the same inputs at every run); ``HYPOTHESIS_PROFILE=fuzz`` runs
10,000 inputs in all, and ``make fuzz`` (``bench/fuzz.py``) runs and counts them without stopping
at the first failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests import fuzzing as fz


def _assert_fine(outcome: fz.Outcome) -> None:
    assert not outcome.problems, "\n".join(outcome.problems)


@fz.fuzz_settings("news")
@given(fz.TARGETS["news"].cases())
def test_fuzz_news_spans_point_into_the_text(case: tuple[str, str, str | None]) -> None:
    """News-like articles: no exception, every span inside the text and giving back its record's text."""
    _assert_fine(fz.TARGETS["news"].check(case))


@fz.fuzz_settings("unicode")
@given(fz.TARGETS["unicode"].cases())
def test_fuzz_unicode_is_processed_or_refused(case: tuple[str, str, str | None]) -> None:
    """Arbitrary Unicode: processed with valid spans, or refused as empty/binary with InputError."""
    _assert_fine(fz.TARGETS["unicode"].check(case))


@fz.fuzz_settings("markup")
@given(fz.TARGETS["markup"].cases())
def test_fuzz_markup_as_plain_text(case: tuple[str, str, str | None]) -> None:
    """Tags, entities and script blocks read as plain text: no exception, valid spans."""
    _assert_fine(fz.TARGETS["markup"].check(case))


@fz.fuzz_settings("html")
@given(fz.TARGETS["html"].cases())
def test_fuzz_html_reader(page: bytes) -> None:
    """HTML pages through ``read_single(fmt="html")`` and ``process``: only InputError, valid spans."""
    _assert_fine(fz.TARGETS["html"].check(page))


@fz.fuzz_settings("surrogates")
@given(fz.TARGETS["surrogates"].cases())
def test_fuzz_lone_surrogates_processed_or_refused_clearly(case: tuple[str, str]) -> None:
    """Lone surrogates in a text or an HTML page: processed, or an InputError that names them; nothing else."""
    _assert_fine(fz.TARGETS["surrogates"].check(case))


def test_fuzz_same_output_under_two_hash_seeds(tmp_path: Path) -> None:
    """20 generated texts give the same JSON with PYTHONHASHSEED=1 and 2 (set and dict order never leak)."""
    texts = st.one_of(fz.news_texts(), fz.unicode_texts(), fz.markup_texts())
    cases: list[Any] = fz.collect(st.tuples(texts, st.sampled_from(["model", "rules"]), fz.published_dates()), 20)
    first, second = fz.outputs_under_two_hash_seeds(cases, tmp_path)
    differ = [k for k, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    assert not differ, f"cases {differ} differ, e.g. {cases[differ[0]]!r}"
    assert sum('"statements": [{' in line for line in first) >= 5, "too few cases reach the extractors"
