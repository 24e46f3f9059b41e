"""Independent origins: reports that reuse one wire text (near-duplicate passages, MinHash LSH), the agency
each credits, origin groups whatever the ingest order, and versions. Texts are our own: a fictional water
utility in a real US state (tests/data/origins/water.jsonl), told by a wire story, a reprint of it, an own report,
a second wire story and a roundup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportedly.cli import main
from reportedly.corpus.actors import Linker
from reportedly.corpus.credits import credits
from reportedly.corpus.happenings import Clusterer, Linkers
from reportedly.corpus.origins import (
    BANDS,
    NUM_PERM,
    ROWS,
    SEED,
    Origins,
    band_keys,
    minhashes,
    overlap,
    passages,
    sources,
)
from reportedly.corpus.store import Store
from reportedly.model import Document, Meta, Removed

WATER = Path(__file__).parent / "data" / "origins" / "water.jsonl"
_TEXTS = {r["id"]: r["text"] for r in map(json.loads, WATER.read_text(encoding="utf-8").splitlines())}
WIRE, REPRINT, OWN, SECOND_WIRE = (_TEXTS[k] for k in ("wire", "reprint", "own", "second"))


def _roundup() -> str:
    wire = WIRE.split("\n\n")
    second = SECOND_WIRE.split("\n\n")
    return "\n\n".join(["Water scare: what we know so far", wire[1], wire[2], wire[4], second[1], second[2],
                        second[4]])


def _doc(doc_id: str, text: str, published: str, credit: str | None = None,
         removed: list[Removed] | None = None) -> Document:
    return Document(id=doc_id, text=text, meta=Meta(published=published, outlet=f"{doc_id} outlet", credit=credit),
                    removed=removed or [])


def _docs() -> list[Document]:
    return [_doc("wire", WIRE, "2026-04-10", "AP"), _doc("reprint", REPRINT, "2026-04-11"),
            _doc("own", OWN, "2026-04-11"), _doc("second", SECOND_WIRE, "2026-04-11", "Reuters"),
            _doc("roundup", _roundup(), "2026-04-12")]


def _write(store: Store, docs: list[Document]) -> None:
    links = Linkers(Linker(store), Origins(store), Clusterer(store))
    for d in docs:
        store.add_document(d, hash=d.id, key=d.id, linker=links)


def _groups(store: Store) -> set[tuple[str, frozenset[str]]]:
    rows = store.db.execute("""SELECT h.doc_id, d.doc_id FROM origins o JOIN documents d ON d.pk = o.doc
                               JOIN documents h ON h.pk = o.origin WHERE d.current""").fetchall()
    out: dict[str, set[str]] = {}
    for head, doc in rows:
        out.setdefault(head, set()).add(doc)
    return {(h, frozenset(m)) for h, m in out.items()}


# --- passages and overlap ---------------------------------------------------------------------------

def test_origins_lsh_bands_are_what_datasketch_chooses() -> None:
    from datasketch.lsh import _optimal_param

    assert _optimal_param(0.5, 32, 0.5, 0.5) == (BANDS, ROWS)


def test_origins_minhash_is_datasketch_affine32_bit_for_bit() -> None:
    # the numpy MinHash must give datasketch's signatures, or stored band keys stop matching new ones
    import numpy as np
    from datasketch import MinHash

    sets = [p.shingles for text in _TEXTS.values() for p in passages(text)]
    sets += [frozenset(), frozenset({""}), frozenset({"one", "two words", "três palavras aqui"})]
    mine = minhashes(sets)
    assert mine.shape == (len(sets), NUM_PERM) and mine.dtype == np.uint32
    for shingles, row in zip(sets, mine, strict=True):
        ref = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
        ref.update_batch([s.encode() for s in shingles])
        assert ref.hashvalues.tolist() == row.tolist()


def test_origins_band_keys_of_a_passage_stay_the_same() -> None:
    # keys stored by earlier versions must still be found: these are the keys of the wire story's headline
    first = passages(WIRE)[0]
    assert minhashes([first.shingles])[0][:4].tolist() == [31214753, 82810940, 110220372, 129146907]
    assert sorted(band_keys([first])[0]) == [-1870141632, -1474660253, -374092537, -266253627, -46955203,
                                             592247843, 677961992, 2132769021]


def test_origins_a_reprint_shares_text_and_an_own_report_quoting_the_same_words_does_not() -> None:
    wire, reprint, own = passages(WIRE), passages(REPRINT), passages(OWN)
    assert len(wire) == 7 and len(passages(WIRE, title=WIRE.split("\n")[0])) == 6  # the headline left out
    o = overlap(reprint, wire)
    assert o.shared and o.passages_a == 5 and 0.6 < o.coverage_a < 0.9  # a cut, an edit, a local paragraph
    quoted = overlap(own, wire)
    assert quoted.passages_a == 1 and not quoted.shared  # the same quotation is not the same text
    caption = Removed(kind="caption", spans=[(WIRE.index("Three"), WIRE.index("Wednesday.") + 10)], text="")
    assert len(passages(WIRE, [caption])) == 6


# --- credits ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "credit", "how"), [
    ("Headline here\n\nBISHKEK, May 6. /TASS/. Border guards said on Tuesday that the post was quiet again.", "TASS",
     "top"),
    ("Headline\n\nSource: Xinhua | Updated: 2026-03-18\n\nThe plant had passed an inspection in January, officials "
     "said.", "Xinhua", "top"),
    ("Headline\n\nThe plant had passed an inspection in January, officials said on Friday.\n\n- Reuters", "Reuters",
     "closing"),
    ("Headline\n\nThe plant had passed an inspection in January, officials said on Friday.\n\n(Yonhap)", "Yonhap",
     "closing"),
    ("Headline\n\nThe plant had passed an inspection in January, officials said on Friday.\n\n(With inputs from "
     "PTI)", "PTI", "closing"),
    ("Headline\n\nThe plant had passed an inspection in January, officials said on Friday.\n\nPTI DK RS", "PTI",
     "closing"),
    ("Headline\n\nTwelve people died in the blast on Tuesday night in the east of the province, according to the "
     "Xinhua news agency.\n\nMore text follows here about the plant and the town.", "Xinhua", "lead"),
    ("Headline\n\nThe plant had passed an inspection in January, officials said on Friday.\n\nWorkers at the gate. "
     "Image: AFP", None, None),
    ("Headline\n\nThe plant had passed an inspection in January, the ap said on Friday.", None, None),
])
def test_origins_credits(text: str, credit: str | None, how: str | None) -> None:
    found = credits(_doc("x", text, "2026-04-10"))
    assert (found.credit, found.how) == (credit, how)


def test_origins_citations_in_the_body_are_not_the_credit() -> None:
    text = ("Headline\n\nThe mayor spoke on Friday about the plant and what comes next for the town's water.\n\n"
            "The plant had failed twice before, according to TASS. The mayor told Reuters the valves were old.\n\n"
            "Border posts were quiet overnight. (AKIpress)")
    found = credits(_doc("x", text, "2026-04-10"))
    assert found.credit is None and [c.agency for c in found.cited] == ["TASS", "Reuters", "AKIpress"]
    assert text[slice(*found.cited[0].span)] == "TASS"


# --- origin groups in the store ------------------------------------------------------------------------

def test_origins_groups_whatever_the_order_and_a_roundup_keeps_two_wires_apart() -> None:
    docs = _docs()
    with Store(":memory:") as a, Store(":memory:") as b:
        _write(a, docs)
        _write(b, list(reversed(docs)))
        assert _groups(a) == _groups(b)
        groups = _groups(a)
    assert ("wire", frozenset({"wire", "reprint"}) | ({"roundup"} if ("second", frozenset({"second"})) in groups
                                                      else set())) in groups
    assert ("own", frozenset({"own"})) in groups
    heads = {h for h, _ in groups}
    assert {"wire", "second"} <= heads  # two wire stories stay two origins, though the roundup holds both


def test_origins_sources_count_groups_and_one_agency_once() -> None:
    with Store(":memory:") as s:
        _write(s, _docs())
        pk = {r[1]: r[0] for r in s.db.execute("SELECT pk, doc_id FROM documents")}
        found = sources(s, [pk["wire"], pk["reprint"], pk["own"]])
        assert found.independent == 2
        assert [(g.origin.id, [r.document.id for r in g.reprints], g.credit) for g in found.groups] == [
            ("wire", ["reprint"], "AP"), ("own", [], None)]
        assert 0.7 < found.groups[0].reprints[0].reuse < 0.9
        heads = [g.origin.id for g in sources(s, [pk["reprint"], pk["own"]]).groups]
        assert sorted(heads) == ["own", "reprint"]  # the reprint heads its group when its origin is not asked for
        _write(s, [_doc("ap-later", OWN.replace("HARTWELL —", "HARTWELL (AP) —") + "\nMore.", "2026-04-13", "AP")])
        later = s.db.execute("SELECT pk FROM documents WHERE doc_id = 'ap-later'").fetchone()[0]
        assert sources(s, [pk["wire"], later]).independent == 1  # two AP texts: one source
        assert sources(s, []).independent == 0


def test_origins_a_new_version_leaves_its_group_and_the_old_one_comes_back() -> None:
    with Store(":memory:") as s:
        links = Linkers(Linker(s), Origins(s), Clusterer(s))
        _write(s, _docs()[:3])
        assert ("wire", frozenset({"wire", "reprint"})) in _groups(s)
        s.add_document(_doc("reprint", SECOND_WIRE, "2026-04-11"), hash="reprint-v2", key="reprint",
                       linker=links)
        assert ("wire", frozenset({"wire"})) in _groups(s) and ("reprint", frozenset({"reprint"})) in _groups(s)
        s.add_document(_doc("reprint", REPRINT, "2026-04-11"), hash="reprint", key="reprint", linker=links)
        assert ("wire", frozenset({"wire", "reprint"})) in _groups(s)  # the first version is current again
        s.add_document(_doc("reprint", SECOND_WIRE, "2026-04-11"), hash="reprint-v2", key="reprint",
                       linker=links)
        assert ("wire", frozenset({"wire"})) in _groups(s)
        assert s.make_current("reprint", links)
        assert ("wire", frozenset({"wire", "reprint"})) in _groups(s)


def test_origins_a_store_from_before_origins_is_filled_in() -> None:
    with Store(":memory:") as s:
        _write(s, _docs())
        before = _groups(s)
        s.db.execute("INSERT INTO origin_backfill VALUES (1)")
        o = Origins(s)
        assert o.pending() and o.rebuild() == 1 and not o.pending()
        assert _groups(s) == before


def test_origins_lookups_use_indexes() -> None:
    with Store(":memory:") as s:
        _write(s, _docs()[:2])
        plans = {
            "candidates": ("""SELECT k.key, k.doc FROM origin_keys k JOIN documents d ON d.pk = k.doc
                              WHERE k.key IN (?, ?) AND k.doc != ? AND d.current
                              AND d.key != (SELECT key FROM documents WHERE pk = ?)""", (1, 2, 1, 1)),
            "links of a document": ("SELECT b FROM origin_links WHERE a = ? UNION SELECT a FROM origin_links "
                                    "WHERE b = ?", (1, 1)),
            "group": ("SELECT o.doc FROM origins o JOIN documents d ON d.pk = o.doc WHERE o.origin = ? AND d.current",
                      (1,)),
        }
        for what, (sql, params) in plans.items():
            plan = " | ".join(r[3] for r in s.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            for step in plan.split(" | "):
                assert not step.startswith("SCAN") or "USING" in step, (what, plan)


def test_origins_reprints_command(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    with Store(db) as s:
        _write(s, _docs())
    out = CliRunner().invoke(main, ["reprints", "--db", str(db), "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert rows[0]["origin"]["id"] == "wire" and rows[0]["reprints"][0]["document"]["id"] == "reprint"
    everything = json.loads(CliRunner().invoke(main, ["reprints", "--db", str(db), "--all", "--format", "json"]).output)
    assert "own" in {r["origin"]["id"] for r in everything}
