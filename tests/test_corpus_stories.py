"""Happenings and reprints on the tune parts of our story corpora (tests/data/stories/*/tune.jsonl), through the
real pipeline, scored as bench/stories.py scores them: every reprint group of the gold is one origin group
with its agency, every gold happening is (mostly) one happening, distinct incidents of one type stay apart,
and the result is the same whatever the ingest order. Only the tune parts are read here."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from reportedly.corpus.happenings import happenings
from reportedly.corpus.identity import Clusterer
from reportedly.corpus.ingestion import ingest
from reportedly.corpus.origins import origin_groups
from reportedly.corpus.store import Store
from reportedly.text import lexicons

STORIES = Path(__file__).parent / "data" / "stories"
NAMES = ["border", "regulator", "flood", "election", "blast"]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from stories import doc_pairs, prf  # noqa: E402  (the scorer's own figures)

MIN_PAIR_F1 = 0.55
"""Document-pair F1 of happenings on each story's tune part (0.61 to 0.97 when written)."""


def _tune(name: str) -> list[dict[str, Any]]:
    path = STORIES / name / "tune.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module", params=NAMES)
def story(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, dict]:
    name = request.param
    db = tmp_path_factory.mktemp(name) / "story.db"
    with Store(db) as s:
        summary = ingest(s, [STORIES / name / "tune.jsonl"], progress=False)
        assert summary.processed == 12 and not summary.failed
    return name, db, json.loads((STORIES / name / "gold.json").read_text(encoding="utf-8"))


def _docs(db: Path) -> set[str]:
    with Store(db, readonly=True) as s:
        return {r[0] for r in s.db.execute("SELECT doc_id FROM documents WHERE current")}


def test_stories_every_reprint_group_is_one_origin_group_with_its_agency(story: tuple[str, Path, dict]) -> None:
    name, db, gold = story
    docs = _docs(db)
    with Store(db, readonly=True) as s:
        groups = origin_groups(s)
    found = {frozenset(d.id for d in g.documents): g for g in groups}
    wanted = [g for g in gold["reprints"] if {g["origin"], *g["reprints"]} <= docs]
    assert wanted
    for g in wanted:
        members = frozenset({g["origin"], *g["reprints"]})
        assert members in found, (name, sorted(members), [sorted(x) for x in found])
        got = found[members]
        assert got.origin.id == g["origin"], (name, got.origin.id)
        agency = lexicons.agency(g["credit"])
        assert got.credit == (agency.name if agency else g["credit"]), (name, got.credit, g["credit"])
    assert len(found) == len(wanted)  # no wrong join


def test_stories_every_gold_happening_is_found_and_distinct_incidents_stay_apart(
        story: tuple[str, Path, dict]) -> None:
    name, db, gold = story
    docs = _docs(db)
    with Store(db, readonly=True) as s:
        found = happenings(s, limit=None)
    predicted = [{v.document.id for v in h.versions} for h in found]
    best: dict[str, int] = {}
    for h in gold["happenings"]:
        d = set(h["docs"]) & docs
        if len(d) < 2:
            continue
        b = max(range(len(predicted)), key=lambda i: (len(predicted[i] & d), -len(predicted[i] - d)))
        best[h["id"]] = b
        held = len(predicted[b] & d)
        assert held >= 2 and 2 * held >= len(d), (name, h["id"], h["what"], sorted(d - predicted[b]))
    for h in gold["happenings"]:  # 'a different landslide from H1', 'a separate incident from H1'
        other = re.findall(r"(?:different|separate) [\w ]*?from (H\d+)", h["what"])
        if other and h["id"] in best and other[0] in best:
            assert best[h["id"]] != best[other[0]], (name, h["id"], other[0])
    gold_pairs = doc_pairs([set(h["docs"]) & docs for h in gold["happenings"]])
    figures = prf(gold_pairs, doc_pairs(predicted))
    assert figures["f1"] >= MIN_PAIR_F1, (name, figures)
    for h in found:  # every happening says when (a date or a window) and how many independent origins
        assert h.when and (h.dated or h.when.endswith("(window)"))
        assert 1 <= h.origins.independent <= h.documents


def test_stories_happenings_do_not_depend_on_the_ingest_order(tmp_path: Path) -> None:
    rows = _tune("flood")
    backwards = tmp_path / "backwards.jsonl"
    backwards.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reversed(rows)), encoding="utf-8")
    keys = []
    for n, path in enumerate((STORIES / "flood" / "tune.jsonl", backwards)):
        with Store(tmp_path / f"{n}.db") as s:
            assert ingest(s, [path], jobs=1, progress=False, commit_every=3 + 2 * n).processed == 12
            members = {(h.key, frozenset((v.document.id, v.event) for v in h.versions))
                       for h in happenings(s, limit=None)}
            Clusterer(s).recluster()  # the canonical pass over everything gives the same
            assert {(h.key, frozenset((v.document.id, v.event) for v in h.versions))
                    for h in happenings(s, limit=None)} == members
            keys.append(members)
    assert keys[0] == keys[1] and len(keys[0]) >= 5
