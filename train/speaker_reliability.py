"""How well statement confidence separates right from wrong speakers on the tune parts of the story corpora.

    python train/speaker_reliability.py [STORY ...]      # default: the twelve stories whose tune parts we may read

Runs the default pipeline over each story's ``tune.jsonl`` only (never ``heldout.jsonl``), one document at a time,
and for every gold statement of a tune document finds the statements whose content holds the gold content. The
speaker is right when one of the actors one of them resolves to has a name that is a form of the gold speaker (its
confidence is that statement's; a wrong one's is the highest of them).
Prints, by the gold ``how`` (name, pronoun, title, role, ...) and by how the pipeline found the speaker (the
``speaker`` feature of :func:`reportedly.attribution.confidence.features`: ``name``, ``pronoun``,
``pronoun_doubt``), how many are right and wrong and their mean confidence, and what ``--min-confidence`` 0.5, 0.7
and 0.9 keep of the pronoun-, title- and role-resolved gold statements (right kept, wrong dropped). ``--show``
lists the wrong ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import reportedly.pipeline as pipeline
from reportedly.text.read import RawDocument

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from stories import entity_of, fold  # noqa: E402  (bench/stories.py: the gold's matching rules)

TUNE_STORIES = ("blast", "border", "election", "flood", "regulator", "mine", "temple", "tribunal", "valley", "spill",
                "quake", "ferry")
"""The stories whose tune parts may be read while building rules (see the session rules)."""
RESOLVED = ("pronoun", "title", "role")
"""Gold ``how`` values of statements whose speaker is found through an antecedent."""


def rows_of(story: str) -> list[dict[str, Any]]:
    """One row per gold statement of the story's tune documents: its how, the speaker kind, confidence, right."""
    folder = ROOT / "tests" / "data" / "stories" / story
    docs = [json.loads(line) for line in (folder / "tune.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    forms = entity_of(gold)
    ids = {d["id"] for d in docs}

    def entity(name: str) -> str:
        """The gold entity a document actor's name is a form of; else the one entity with a form holding all its
        words ('Maryam' of 'Maryam Navvabi': the store would join it to its fuller form); else the name."""
        if fold(name) in forms:
            return forms[fold(name)]
        words = set(fold(name).split())
        found = {e for f, e in forms.items() if words <= set(f.split())}
        return found.pop() if len(found) == 1 else name
    seen: list[dict[str, float]] = []

    def record(feats: dict[str, float]) -> float:
        seen.append(feats)
        return 0.0

    real = pipeline.confidence
    pipeline.confidence = record
    made: dict[str, list[tuple[Any, str, set[str]]]] = {}
    try:
        raws = [RawDocument(d["id"], d["text"]) for d in docs]
        for raw, doc in zip(raws, pipeline.process_many(raws, pipeline.Options(events=False)), strict=True):
            feats, seen[:] = list(seen), []
            if isinstance(doc, Exception):
                continue
            names = {a.id: a.name for a in doc.actors}
            out = []
            for s, f in zip(doc.statements, feats, strict=True):
                kind = next((k[8:] for k in f if k.startswith("speaker=")), "name")
                actors = [s.source.actor] if isinstance(s.source.actor, str) else list(s.source.actor or [])
                out.append((s, kind, {entity(names[a]) for a in actors if a in names}, real(f)))
            made[raw.id] = out
    finally:
        pipeline.confidence = real
    rows = []
    for g in gold["statements"]:
        if g["doc"] not in ids:
            continue
        hits = [h for h in made.get(g["doc"], []) if g["content"] in h[0].content.text]
        if not hits:
            rows.append({**g, "story": story, "result": "missing"})
            continue
        # right when one of them has the gold speaker (as bench/stories.py counts), with the confidence of that one
        right = [h for h in hits if g["speaker"] in h[2]]
        s, kind, got, conf = max(right or hits, key=lambda h: h[3])
        rows.append({**g, "story": story, "kind": kind, "confidence": conf, "got": sorted(got),
                     "result": "right" if right else "wrong"})
    return rows


def report(rows: list[dict[str, Any]], show: bool) -> list[str]:
    """The tables of the module docstring."""
    lines = ["| gold how | speaker found as | statements | right | wrong | mean confidence right / wrong |",
             "|---|---|---|---|---|---|"]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["result"] != "missing":
            groups[(r["how"], r["kind"])].append(r)
    for (how, kind), rs in sorted(groups.items()):
        right = [r["confidence"] for r in rs if r["result"] == "right"]
        wrong = [r["confidence"] for r in rs if r["result"] == "wrong"]
        mean = " / ".join(f"{sum(x) / len(x):.2f}" if x else "-" for x in (right, wrong))
        lines.append(f"| {how} | {kind} | {len(rs)} | {len(right)} | {len(wrong)} | {mean} |")
    missing = sum(r["result"] == "missing" for r in rows)
    lines += ["", f"{len(rows)} gold statements, {missing} not found.", "",
              "| speakers | --min-confidence | right kept | wrong dropped |", "|---|---|---|---|"]
    for label, pick in (("pronoun, title or role (gold how)", lambda r: r["how"] in RESOLVED),
                        ("resolved as pronoun or pronoun_doubt", lambda r: r["kind"] != "name"),
                        ("all", lambda r: True)):
        rs = [r for r in rows if r["result"] != "missing" and pick(r)]
        right = [r for r in rs if r["result"] == "right"]
        wrong = [r for r in rs if r["result"] == "wrong"]
        for t in (0.5, 0.7, 0.9):
            kept = sum(r["confidence"] >= t for r in right)
            dropped = sum(r["confidence"] < t for r in wrong)
            lines.append(f"| {label} | {t:.1f} | {kept} of {len(right)} | {dropped} of {len(wrong)} |")
    if show:
        lines.append("")
        lines += [f"wrong {r['story']} {r['doc']} [{r['how']}/{r['kind']} {r['confidence']:.2f}] "
                  f"{r['content'][:50]!r}: gold {r['speaker']}, got {r['got']}" for r in rows if r["result"] == "wrong"]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stories", nargs="*", default=list(TUNE_STORIES))
    ap.add_argument("--show", action="store_true", help="List the wrong speakers.")
    ap.add_argument("--json", help="Write the rows here.")
    args = ap.parse_args()
    unknown = sorted(set(args.stories) - set(TUNE_STORIES))
    if unknown:
        sys.exit(f"speaker_reliability.py: only the tune parts of {', '.join(TUNE_STORIES)} ({unknown})")
    rows = [r for story in args.stories for r in rows_of(story)]
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print("\n".join(report(rows, args.show)))


if __name__ == "__main__":
    main()
