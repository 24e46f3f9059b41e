"""The happening word index in memory (corpus/wordindex.py) and the name search without a regex (corpus/written.py):
both must give exactly what the query and the regex they stand for give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportedly.corpus import wordindex
from reportedly.corpus.actors import Linker
from reportedly.corpus.happenings import Clusterer, Linkers
from reportedly.corpus.store import Store
from reportedly.corpus.written import written_spans
from tests.test_corpus_happenings import _members, _strikes


def _links(store: Store) -> list[tuple[int, int, float]]:
    return [tuple(r) for r in store.db.execute("SELECT a, b, score FROM happening_links ORDER BY a, b")]


def _ingest(path: Path, monkeypatch: pytest.MonkeyPatch, after: int, max_rows: int) -> tuple[list, set, bool]:
    monkeypatch.setattr(wordindex, "AFTER_LINKS", after)
    monkeypatch.setattr(wordindex, "MAX_ROWS", max_rows)
    with Store(path) as s:
        clusterer = Clusterer(s)
        links = Linkers(Linker(s), clusterer)
        for d in _strikes():
            s.add_document(d, hash=d.id, key=d.meta.outlet or d.id, linker=links)
        return _links(s), _members(s), clusterer._index is not None


def test_corpus_wordindex_links_are_the_query_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    queried = _ingest(tmp_path / "q.db", monkeypatch, after=0, max_rows=-1)  # never an index
    indexed = _ingest(tmp_path / "i.db", monkeypatch, after=1, max_rows=1000)
    assert not queried[2] and indexed[2]  # the second did use the index
    assert queried[0] and indexed[0] == queried[0] and indexed[1] == queried[1]


def test_corpus_wordindex_candidates_match_the_query_and_follow_writes(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordindex, "AFTER_LINKS", 0)
    with Store(tmp_path / "s.db") as s:
        clusterer = Clusterer(s)
        links = Linkers(Linker(s), clusterer)
        docs = _strikes()
        for d in docs[:4]:
            s.add_document(d, hash=d.id, key=d.meta.outlet or d.id, linker=links)
        index = clusterer._word_index()
        assert index is not None and index.rows == s.db.execute("SELECT COUNT(*) FROM happening_words").fetchone()[0]
        for d in docs[4:]:  # written with the index in place: it follows
            s.add_document(d, hash=d.id, key=d.meta.outlet or d.id, linker=links)
        assert clusterer._word_index() is index
        fresh = wordindex.WordIndex(s.db, 0, 0)
        assert fresh._words == index._words and fresh._keys == index._keys and fresh.rows == index.rows
        words = sorted({r[0] for r in s.db.execute("SELECT word FROM happening_words")})
        for doc in (0, 1, 3):
            for family in ("fighting", "AID"):
                sql = [r[0] for r in s.db.execute(
                    f"""SELECT w.event, COUNT(*) AS shared FROM happening_words w JOIN happening_keys k ON
                        k.event = w.event WHERE w.word IN ({','.join('?' * len(words[::3]))}) AND w.start BETWEEN
                        ? AND ? AND k.doc != ? AND k.end >= ? GROUP BY w.event HAVING shared >= ? OR k.family = ?""",
                    [*words[::3], "2025-03-01", "2025-03-12", doc, "2025-03-09", 2, family])]
                assert index.candidates(words[::3], "2025-03-01", "2025-03-12", doc, "2025-03-09", 2, family) == sql


def test_corpus_wordindex_is_dropped_after_a_rollback_or_another_writer(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordindex, "AFTER_LINKS", 0)
    with Store(tmp_path / "s.db") as s:
        clusterer = Clusterer(s)
        links = Linkers(Linker(s), clusterer)
        docs = _strikes()
        s.add_document(docs[0], hash="a", key="a", linker=links)
        assert clusterer._word_index() is not None

        class Failing:  # the document is linked (and indexed), then its transaction fails
            def link_document(self, *args: object) -> None:
                links.link_document(*args)
                raise RuntimeError("undone")

        with pytest.raises(RuntimeError):
            s.add_document(docs[2], hash="c", key="c", linker=Failing())  # type: ignore[arg-type]
        def rows() -> int:
            return s.db.execute("SELECT COUNT(*) FROM happening_words").fetchone()[0]

        old = clusterer._index
        assert old is not None and old.rows > rows()  # it held the words of the document undone
        new = clusterer._word_index()
        assert new is not old and new is not None and new.rows == rows()  # read again
        with Store(tmp_path / "s.db") as other:  # another ingest writes the same store
            other.add_document(docs[1], hash="b", key="b", linker=Linkers(Linker(other), Clusterer(other)))
        again = clusterer._word_index()
        assert again is not new and again is not None and again.rows == rows() > new.rows

NAMES = ["Ak Sai", "U.S.", "Kim", "O'Neil", "A & B", "Sis", "Ki Si", "Ak  Sai", "-ak", "Zé", "ak-", "s", "i", "KS"]
TEXTS = ["AK-SAI - said Ak Sai; ak  \n sai, Ak--Sai and Ak-Saik", "the U.S.-led U.S. and U.S.A", "Kim's kim-jong Kim_",
         "O'Neil O’Neil o'neil", "A & B and A &B", "ſis Sis ıs sıs", "Kİ Si ki si", "kIM \u212aIM", "Ak\u00a0Sai",
         "-ak ak- Zé ZÉ zé", "Σis ςis", "", "KS ks Ks", "s i S I"]


@pytest.mark.parametrize("text", TEXTS)
def test_corpus_written_spans_are_the_regex_s(text: str) -> None:
    for name in NAMES:
        written = re.escape(name).replace(r"\ ", r"[\s\-]+")
        want = [m.span() for m in re.finditer(rf"(?i)(?<![\w'’\-]){written}(?![\w\-])", text)]
        assert written_spans(name, text) == want, (name, text)
