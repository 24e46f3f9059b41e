"""Score the cross-source record on the story corpora of ``tests/data/stories`` against their gold.

    python bench/stories.py check                      # validate every folder's files and gold
    python bench/stories.py actors [STORY ...] [--split tune|heldout|all] [--json FILE] [--show] [--min-confidence P]

``actors`` ingests a story's reports into a fresh store (the CLI a user runs, default jobs) and measures
what issue 18 asks of actor identity, per story:

- persons split: gold persons whose forms match more than one corpus actor (``organisations split``
  likewise for organisations and government bodies);
- wrong merges: corpus actors whose names match two or more gold entities (``apart`` pairs among them);
- junk: corpus actors that match no gold entity (``--show`` lists them; those in ``not_actors`` are
  certain junk), as a share of all corpus actors;
- wrong speakers: gold statements whose predicted statement (the one in that document whose content
  holds the gold substring) has a speaker that is not the gold entity; counted apart are statements whose
  source words name the gold entity but link to no actor (unlinked) and statements not found (missing).
  With ``--min-confidence P`` only statements of confidence P or more are scored (as ``ingest
  --min-confidence P`` would keep them); the others count as missing.

    python bench/stories.py happenings [STORY ...] [--split tune|heldout|all] [--json FILE] [--show]
    python bench/stories.py reprints [STORY ...] [--split tune|heldout|all] [--json FILE] [--passages]
    python bench/stories.py disputes [STORY ...] [--split tune|heldout|all] [--json FILE] [--show]

``happenings`` ingests a story's reports and reads ``events --merged``: document-pair precision, recall
and F1 (pairs of documents that share a gold happening against pairs that share a predicted one), and
per gold happening whether one predicted happening holds all its documents (``whole``). Gold happenings
and reprint groups are cut to the documents of the split; those left with fewer than two are not scored.

``reprints`` reads ``reprints``: the share of gold reprint groups (origin and reprints) that one predicted
origin group holds, and the wrong joins (pairs of documents in one predicted group that no gold group
has). ``--passages`` also prints how alike the passages of documents are (3-gram Jaccard, as
``reportedly.corpus.origins`` compares them), for reprint pairs and for the other pairs.

``disputes`` ingests a story's reports the same way and scores ``reportedly contradictions`` (issue 19):

- a gold dispute of the split (one with evidence of both sides in its reports) is *found* when one predicted
  dispute has, on its asserting side, a piece of evidence whose text (quote, statement content, event
  trigger or sentence) holds one of the gold 'asserts' strings, and on its denying side one holding a
  'denies' string; recall is the share found (``either way`` also counts a counter-claim found with its
  sides swapped: which of two competing figures 'asserts' is the gold's choice);
- ``one to one``: recall when each predicted dispute may find only one gold dispute (a dispute that lumps two
  gold disputes together finds one of them);
- precision of the top 10: the share of the first ten predicted disputes (fewer when fewer are predicted)
  that find some gold dispute of the split;
- ``--show`` lists the gold disputes missed and the wrong predictions among the first ten.

The gold format is described in ``tests/data/stories/README.md``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "data" / "stories"
SPLITS = ("tune", "heldout")
ENTITY_TYPES = {"person", "organization", "country", "group"}
DISPUTE_KINDS = {"denial", "counter", "correction"}
HOW = {"name", "pronoun", "title", "role", "cueless", "organisation", "colon"}


def fold(name: str) -> str:
    """A name as the gold matches it: no diacritics or case, no leading 'the', no possessive, one space."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")
    s = " ".join(s.replace(".", " ").split())
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s.replace("'", "").replace('"', "").strip(" ,;:")


def stories(names: list[str] | None = None) -> list[Path]:
    """The story folders (all, or those named)."""
    found = sorted(p for p in STORIES.iterdir() if p.is_dir() and (p / "gold.json").exists())
    if names:
        found = [p for p in found if p.name in names]
        missing = set(names) - {p.name for p in found}
        if missing:
            sys.exit(f"stories.py: no story folder named {', '.join(sorted(missing))}")
    return found


def reports(folder: Path, split: str) -> list[dict[str, Any]]:
    """The reports of one split ('tune', 'heldout' or 'all')."""
    out = []
    for part in SPLITS if split == "all" else (split,):
        path = folder / f"{part}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


# -- check ------------------------------------------------------------------------------------------------


def check_story(folder: Path) -> list[str]:
    """Problems with one story folder (empty when it is well formed)."""
    errors: list[str] = []
    docs: dict[str, dict[str, Any]] = {}
    split_of: dict[str, str] = {}
    for part in SPLITS:
        path = folder / f"{part}.jsonl"
        if not path.exists():
            errors.append(f"{path.name} is missing")
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as err:
                errors.append(f"{path.name}:{n}: not JSON ({err})")
                continue
            for key in ("id", "published", "outlet", "title", "text"):
                if not isinstance(r.get(key), str) or not r[key].strip():
                    errors.append(f"{path.name}:{n}: '{key}' missing or empty")
            if r.get("id") in docs:
                errors.append(f"{path.name}:{n}: duplicate id {r['id']}")
            if isinstance(r.get("text"), str) and isinstance(r.get("title"), str) \
                    and not r["text"].startswith(r["title"]):
                errors.append(f"{path.name}:{n}: text does not start with the title")
            docs[r.get("id", f"?{n}")] = r
            split_of[r.get("id", f"?{n}")] = part
    try:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        return [*errors, f"gold.json: {err}"]
    ids = set()
    forms: dict[str, str] = {}
    for e in gold.get("entities", []):
        if e.get("id") in ids:
            errors.append(f"entity {e.get('id')}: duplicate id")
        ids.add(e.get("id"))
        if e.get("type") not in ENTITY_TYPES:
            errors.append(f"entity {e.get('id')}: type {e.get('type')!r}")
        if not e.get("forms"):
            errors.append(f"entity {e.get('id')}: no forms")
        for f in e.get("forms", []):
            k = fold(f)
            if k in forms and forms[k] != e["id"]:
                errors.append(f"form {f!r} belongs to both {forms[k]} and {e['id']}")
            forms[k] = e["id"]
            if not any(f.lower() in d["text"].lower() for d in docs.values()):
                errors.append(f"entity {e['id']}: form {f!r} is in no report")
    for a, b, *_ in gold.get("apart", []):
        if a not in ids or b not in ids:
            errors.append(f"apart {a}/{b}: unknown entity")
    for name in gold.get("not_actors", []):
        if fold(name) in forms:
            errors.append(f"not_actor {name!r} is also a form of {forms[fold(name)]}")

    def in_doc(where: str, doc: str, text: str) -> None:
        if doc not in docs:
            errors.append(f"{where}: unknown document {doc}")
        elif text not in docs[doc]["text"]:
            errors.append(f"{where}: {text!r} is not in {doc}")

    statements = gold.get("statements", [])
    for n, s in enumerate(statements):
        in_doc(f"statement {n}", s.get("doc", ""), s.get("content", ""))
        if s.get("speaker") not in ids:
            errors.append(f"statement {n}: unknown speaker {s.get('speaker')}")
        if s.get("how") not in HOW:
            errors.append(f"statement {n}: how {s.get('how')!r}")
    if len(statements) < 30:
        errors.append(f"{len(statements)} gold statements (at least 30)")
    for d in gold.get("disputes", []):
        if d.get("kind") not in DISPUTE_KINDS:
            errors.append(f"dispute {d.get('id')}: kind {d.get('kind')!r}")
        for who in (*d.get("asserted_by", []), *d.get("denied_by", [])):
            if who not in ids:
                errors.append(f"dispute {d.get('id')}: unknown entity {who}")
        sides = {ev.get("side") for ev in d.get("evidence", [])}
        if not {"asserts", "denies"} <= sides:
            errors.append(f"dispute {d.get('id')}: evidence needs both sides")
        for ev in d.get("evidence", []):
            in_doc(f"dispute {d.get('id')}", ev.get("doc", ""), ev.get("text", ""))
    for h in gold.get("happenings", []):
        if len(set(h.get("docs", []))) < 2:
            errors.append(f"happening {h.get('id')}: fewer than two documents")
        for doc in h.get("docs", []):
            if doc not in docs:
                errors.append(f"happening {h.get('id')}: unknown document {doc}")
        for ev in h.get("evidence", []):
            in_doc(f"happening {h.get('id')}", ev.get("doc", ""), ev.get("text", ""))
    groups = gold.get("reprints", [])
    for g in groups:
        for doc in (g.get("origin"), *g.get("reprints", [])):
            if doc not in docs:
                errors.append(f"reprint group of {g.get('origin')}: unknown document {doc}")
    for part in SPLITS:
        in_part = {d for d, p in split_of.items() if p == part}
        if not any(set(h.get("docs", [])) <= in_part for h in gold.get("happenings", [])):
            errors.append(f"{part}: no happening reported only by its own documents")
        if not any({ev["doc"] for ev in d.get("evidence", [])} <= in_part for d in gold.get("disputes", [])):
            errors.append(f"{part}: no dispute with all its evidence in its own documents")
        if not any({g.get("origin"), *g.get("reprints", [])} <= in_part for g in groups):
            errors.append(f"{part}: no reprint group of its own")
    return errors


# -- actors -----------------------------------------------------------------------------------------------


def run(args: list[str], db: Path) -> Any:
    """Run the ``reportedly`` CLI of this checkout on ``db`` and return its JSON output (if any)."""
    cmd = [sys.executable, "-m", "reportedly", *args, "--db", str(db)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"stories.py: {' '.join(args[:1])} failed: {out.stderr.strip()}")
    return json.loads(out.stdout) if out.stdout.strip().startswith(("[", "{")) else None


def ingest(folder: Path, split: str, db: Path, jobs: int | None = None) -> list[str]:
    """Ingest a story's reports of ``split`` into ``db``; the ids ingested."""
    rows = reports(folder, split)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    extra = ["-j", str(jobs)] if jobs else []
    run(["ingest", fh.name, "--json", *extra], db)
    Path(fh.name).unlink()
    return [r["id"] for r in rows]


def story_runs(args: argparse.Namespace, *commands: list[str]
               ) -> Iterator[tuple[Path, dict[str, Any], set[str], list[Any]]]:
    """For each story of ``args``: its folder, gold, the ids of the documents ingested from ``args.split`` into
    a fresh store, and the JSON each of ``commands`` gives on that store (``[]`` when it gives nothing)."""
    for folder in stories(args.stories):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "story.db"
            docs = set(ingest(folder, args.split, db, args.jobs))
            outputs = [run(command, db) or [] for command in commands]
        yield folder, gold, docs, outputs


def entity_of(gold: dict[str, Any]) -> dict[str, str]:
    """Folded form -> entity id."""
    return {fold(f): e["id"] for e in gold["entities"] for f in e["forms"]}


def actor_names(actor: dict[str, Any]) -> set[str]:
    """Every name a corpus actor goes by (its name, names and aliases)."""
    return {actor["name"], *actor.get("names", []), *actor.get("aliases", [])}


def score_actors(gold: dict[str, Any], actors: list[dict[str, Any]], statements: list[dict[str, Any]],
                 docs: set[str]) -> dict[str, Any]:
    """Actor identity and speaker figures of one story (see the module doc)."""
    forms = entity_of(gold)
    types = {e["id"]: e["type"] for e in gold["entities"]}
    junk_names = {fold(n) for n in gold.get("not_actors", [])}
    matched: dict[int, set[str]] = {}
    for a in actors:
        matched[a["id"]] = {forms[k] for n in actor_names(a) if (k := fold(n)) in forms}
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in actors:
        for e in matched[a["id"]]:
            by_entity[e].append(a)
    split = {t: sorted(e for e, acts in by_entity.items() if types[e] == t and len(acts) > 1)
             for t in ("person", "organization")}
    wrong = [a for a in actors if len(matched[a["id"]]) > 1]
    junk = [a for a in actors if not matched[a["id"]]]
    certain = [a for a in junk if any(fold(n) in junk_names for n in actor_names(a))]
    speaker_rows = []
    for g in gold["statements"]:
        if g["doc"] not in docs:
            continue
        hits = [s for s in statements if s["document"]["id"] == g["doc"] and g["content"] in s["content"]]
        if not hits:
            speaker_rows.append({**g, "result": "missing", "predicted": None})
            continue
        got = {forms.get(fold(sp["name"])) for s in hits for sp in s["speakers"]}
        got |= {e for s in hits for sp in s["speakers"] for e in matched.get(sp["id"], set())}
        names = sorted({sp["name"] for s in hits for sp in s["speakers"]} or {s["source"] for s in hits})
        if g["speaker"] in got:
            result = "right"
        elif not any(s["speakers"] for s in hits) and any(forms.get(fold(s["source"])) == g["speaker"] for s in hits):
            result = "unlinked"  # the right words as source, but no actor behind them
        else:
            result = "wrong"
        speaker_rows.append({**g, "result": result, "predicted": names})
    right = sum(r["result"] == "right" for r in speaker_rows)
    wrong_speakers = sum(r["result"] == "wrong" for r in speaker_rows)
    unlinked = sum(r["result"] == "unlinked" for r in speaker_rows)
    return {
        "actors": len(actors),
        "entities_found": len(by_entity),
        "entities": len(gold["entities"]),
        "persons_split": len(split["person"]),
        "organisations_split": len(split["organization"]),
        "split": {e: sorted(a["name"] for a in by_entity[e]) for e in split["person"] + split["organization"]},
        "wrong_merges": len(wrong),
        "wrong_merged": [{"actor": a["name"], "entities": sorted(matched[a["id"]])} for a in wrong],
        "junk": len(junk),
        "junk_share": round(len(junk) / len(actors), 3) if actors else 0.0,
        "certain_junk": [a["name"] for a in certain],
        "unmatched": sorted(f"{a['name']} ({a['type']})" for a in junk),
        "statements": len(speaker_rows),
        "speakers_right": right,
        "speakers_wrong": wrong_speakers,
        "speakers_unlinked": unlinked,
        "speakers_missing": len(speaker_rows) - right - wrong_speakers - unlinked,
        "speaker_rows": [r for r in speaker_rows if r["result"] != "right"],
    }


def actors_command(args: argparse.Namespace) -> int:
    """Ingest each story and print its actor and speaker figures."""
    results = {}
    for folder, gold, docs, (actors, statements) in story_runs(
            args, ["actors", "--format", "json", "--limit", "0"], ["statements", "--format", "json", "--limit", "0"]):
        statements = [s for s in statements if s.get("confidence", 1.0) >= args.min_confidence]
        r = score_actors(gold, actors, statements, docs)
        results[folder.name] = r
        print(f"{folder.name:10} [{args.split}] actors {r['actors']:3}  persons split {r['persons_split']}  "
              f"orgs split {r['organisations_split']}  wrong merges {r['wrong_merges']}  "
              f"junk {r['junk']} ({r['junk_share']:.0%})  speakers wrong {r['speakers_wrong']}/{r['statements']} "
              f"(unlinked {r['speakers_unlinked']}, missing {r['speakers_missing']})")
        if args.show:
            for e, names in r["split"].items():
                print(f"    split {e}: {names}")
            for w in r["wrong_merged"]:
                print(f"    wrong merge: {w['actor']} = {w['entities']}")
            print(f"    unmatched: {'; '.join(r['unmatched'])}")
            for row in r["speaker_rows"]:
                print(f"    {row['result']:7} {row['doc']} [{row['how']}] {row['content'][:50]!r}: "
                      f"gold {row['speaker']}, got {row['predicted']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


# -- happenings and reprints -------------------------------------------------------------------------------


def doc_pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    """Unordered pairs of documents that share one of ``groups``."""
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}


def prf(gold: set[Any], predicted: set[Any]) -> dict[str, float]:
    """Precision, recall and F1 of ``predicted`` against ``gold``."""
    right = len(gold & predicted)
    p = right / len(predicted) if predicted else 1.0
    r = right / len(gold) if gold else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def score_happenings(gold: dict[str, Any], predicted: list[dict[str, Any]], docs: set[str]) -> dict[str, Any]:
    """Happening figures of one story (see the module doc). ``predicted``: ``events --merged`` JSON."""
    wanted = [(h, set(h["docs"]) & docs) for h in gold["happenings"]]
    wanted = [(h, d) for h, d in wanted if len(d) >= 2]
    found = [{v["document"]["id"] for v in p["versions"]} & docs for p in predicted]
    found = [f for f in found if len(f) >= 2]
    gold_pairs, got_pairs = doc_pairs([d for _, d in wanted]), doc_pairs(found)
    rows = []
    for h, d in wanted:
        best = max(found, key=lambda f: (len(f & d), -len(f - d)), default=set())
        rows.append({"id": h["id"], "what": h["what"], "docs": sorted(d), "whole": any(d <= f for f in found),
                     "best": sorted(best), "missing": sorted(d - best), "extra": sorted(best - d)})
    wrong = sorted(tuple(sorted(p)) for p in got_pairs - gold_pairs)
    return {**prf(gold_pairs, got_pairs), "gold_pairs": len(gold_pairs), "predicted_pairs": len(got_pairs),
            "happenings": len(wanted), "whole": sum(r["whole"] for r in rows), "predicted": len(found),
            "rows": rows, "wrong_pairs": wrong}


def score_reprints(gold: dict[str, Any], groups: list[dict[str, Any]], docs: set[str]) -> dict[str, Any]:
    """Reprint figures of one story (see the module doc). ``groups``: ``reprints`` JSON."""
    wanted = [{g["origin"], *g["reprints"]} & docs for g in gold["reprints"]]
    wanted = [w for w in wanted if len(w) >= 2]
    found = [{g["origin"]["id"], *(r["document"]["id"] for r in g["reprints"])} & docs for g in groups]
    found = [f for f in found if len(f) >= 2]
    rows = [{"docs": sorted(w), "found": any(w <= f for f in found), "exact": w in found} for w in wanted]
    wrong = sorted(tuple(sorted(p)) for p in doc_pairs(found) - doc_pairs(wanted))
    return {"groups": len(wanted), "found": sum(r["found"] for r in rows), "exact": sum(r["exact"] for r in rows),
            "share_found": round(sum(r["found"] for r in rows) / len(wanted), 3) if wanted else 1.0,
            "wrong_joins": len(wrong), "wrong": wrong, "predicted": [sorted(f) for f in found], "rows": rows}


def passage_figures(folder: Path, split: str) -> dict[str, Any]:
    """How alike the passages of two documents are, for gold reprint pairs and for all other pairs."""
    from reportedly.corpus.origins import jaccard, overlap, passages

    rows = {r["id"]: r for r in reports(folder, split)}
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    same = doc_pairs([{g["origin"], *g["reprints"]} & set(rows) for g in gold["reprints"]])
    found = {k: passages(r["text"]) for k, r in rows.items()}
    other: list[float] = []
    reprint: list[dict[str, Any]] = []
    for a, b in itertools.combinations(sorted(rows), 2):
        best = [max((jaccard(p.shingles, q.shingles) for q in found[b]), default=0.0) for p in found[a]]
        if frozenset((a, b)) in same:
            o = overlap(found[a], found[b])
            reprint.append({"pair": [a, b], "coverage": [round(o.coverage_a, 2), round(o.coverage_b, 2)],
                            "passages": [o.passages_a, o.passages_b],
                            "jaccard": sorted((round(x, 2) for x in best if x >= 0.3), reverse=True)})
        else:
            other += best
    return {"reprint_pairs": reprint, "other_passages": len(other),
            "other_max": round(max(other, default=0.0), 2), "other_above_0.2": sum(x > 0.2 for x in other)}


def cross_command(args: argparse.Namespace) -> int:
    """Ingest each story and print its happening or reprint figures."""
    results = {}
    listing = (["events", "--merged", "--format", "json", "--limit", "0"] if args.command == "happenings"
               else ["reprints", "--format", "json"])
    for folder, gold, docs, (predicted,) in story_runs(args, listing):
        if args.command == "happenings":
            r = score_happenings(gold, predicted, docs)
        else:
            r = score_reprints(gold, predicted, docs)
        results[folder.name] = r
        if args.command == "happenings":
            print(f"{folder.name:10} [{args.split}] pairs P {r['precision']:.2f} R {r['recall']:.2f} F1 {r['f1']:.2f} "
                  f"({r['gold_pairs']} gold, {r['predicted_pairs']} predicted)  whole {r['whole']}/{r['happenings']}  "
                  f"predicted happenings {r['predicted']}")
            if args.show:
                for row in r["rows"]:
                    print(f"    {'whole' if row['whole'] else 'split':5} {row['id']} {row['what'][:60]!r}: "
                          f"missing {row['missing']} extra {row['extra']}")
                print(f"    wrong pairs: {r['wrong_pairs']}")
        else:
            print(f"{folder.name:10} [{args.split}] reprint groups found {r['found']}/{r['groups']} "
                  f"(exact {r['exact']})  wrong joins {r['wrong_joins']}")
            if args.show or args.passages:
                print(f"    predicted: {r['predicted']}  wrong: {r['wrong']}")
            if args.passages:
                f = passage_figures(folder, args.split)
                results[folder.name]["passages"] = f
                print(f"    other pairs: {f['other_passages']} passages, max Jaccard {f['other_max']}, "
                      f"{f['other_above_0.2']} above 0.2")
                for x in f["reprint_pairs"]:
                    print(f"    reprint {x['pair']}: coverage {x['coverage']} passages {x['passages']} "
                          f"Jaccard {x['jaccard']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


# -- disputes ---------------------------------------------------------------------------------------------


def evidence_texts(item: dict[str, Any]) -> list[str]:
    """The texts a predicted piece of evidence offers: its quote, sentence, statement content, event trigger."""
    out = [item.get("quote") or "", item.get("sentence") or ""]
    if item.get("statement"):
        out.append(item["statement"].get("content") or "")
    if item.get("event"):
        out.append(item["event"].get("trigger") or "")
    return [t for t in out if t]


def holds(side: dict[str, Any], strings: list[str]) -> bool:
    """Whether some evidence of a predicted side holds one of the gold strings."""
    return any(g in t for e in side["evidence"] for t in evidence_texts(e) for g in strings)


def gold_disputes(gold: dict[str, Any], docs: set[str]) -> list[dict[str, Any]]:
    """The gold disputes with evidence of both sides in ``docs``, their evidence cut to those documents."""
    out = []
    for d in gold["disputes"]:
        ev = [e for e in d["evidence"] if e["doc"] in docs]
        if {e["side"] for e in ev} >= {"asserts", "denies"}:
            out.append({**d, "evidence": ev})
    return out


def matches(predicted: dict[str, Any], g: dict[str, Any], either_way: bool = False) -> bool:
    """Whether a predicted dispute finds a gold one (see the module doc)."""
    asserts = [e["text"] for e in g["evidence"] if e["side"] == "asserts"]
    denies = [e["text"] for e in g["evidence"] if e["side"] == "denies"]
    if holds(predicted["asserted"], asserts) and holds(predicted["denied"], denies):
        return True
    return either_way and g["kind"] == "counter" and holds(predicted["asserted"], denies) \
        and holds(predicted["denied"], asserts)


def matching(pairs: dict[int, list[int]]) -> int:
    """The size of a largest one-to-one matching of gold disputes to predicted ones (each predicted dispute finds
    at most one gold dispute: one that lumps several together counts once)."""
    owner: dict[int, int] = {}

    def take(g: int, seen: set[int]) -> bool:
        for p in pairs[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or take(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    return sum(take(g, set()) for g in pairs)


def score_disputes(gold: dict[str, Any], predicted: list[dict[str, Any]], docs: set[str]) -> dict[str, Any]:
    """Recall, precision of the top 10, misses and wrong ones of one story (see the module doc)."""
    wanted = gold_disputes(gold, docs)
    found = [g for g in wanted if any(matches(p, g) for p in predicted)]
    pairs = {i: [j for j, p in enumerate(predicted) if matches(p, g)] for i, g in enumerate(wanted)}
    one_to_one = matching(pairs)
    either = [g for g in wanted if any(matches(p, g, either_way=True) for p in predicted)]
    top = predicted[:10]
    right = [p for p in top if any(matches(p, g) for g in wanted)]
    return {
        "gold": len(wanted), "found": len(found), "found_either_way": len(either), "predicted": len(predicted),
        "found_one_to_one": one_to_one,
        "recall_one_to_one": round(one_to_one / len(wanted), 3) if wanted else None,
        "recall": round(len(found) / len(wanted), 3) if wanted else None,
        "recall_either_way": round(len(either) / len(wanted), 3) if wanted else None,
        "top": len(top), "top_right": len(right),
        "precision_top10": round(len(right) / len(top), 3) if top else None,
        "missed": [{"id": g["id"], "kind": g["kind"], "claim": g["claim"]} for g in wanted if g not in found],
        "wrong": [{"rank": i + 1, "kind": p["kind"], "claim": p["claim"],
                   "asserted_by": p["asserted"]["sources"][:3], "denied_by": p["denied"]["sources"][:3]}
                  for i, p in enumerate(top) if p not in right],
    }


def disputes_command(args: argparse.Namespace) -> int:
    """Ingest each story and print its dispute figures, then the figures over all stories."""
    if args.lexical_weight is not None:
        os.environ["REPORTEDLY_LEXICAL_WEIGHT"] = str(args.lexical_weight)
    results = {}
    totals = {"gold": 0, "found": 0, "found_either_way": 0, "found_one_to_one": 0, "top": 0, "top_right": 0}
    for folder, gold, docs, (predicted,) in story_runs(args, ["contradictions", "--format", "json", "--limit", "0"]):
        r = score_disputes(gold, predicted, docs)
        results[folder.name] = r
        for k in totals:
            totals[k] += r[k]
        print(f"{folder.name:10} [{args.split}] gold {r['gold']:2}  found {r['found']:2} (recall {r['recall']}, "
              f"either way {r['recall_either_way']}, one to one {r['recall_one_to_one']})  "
              f"predicted {r['predicted']:3}  "
              f"top 10 right {r['top_right']}/{r['top']} (precision {r['precision_top10']})")
        if args.show:
            for m in r["missed"]:
                print(f"    missed {m['id']} [{m['kind']}] {m['claim']}")
            for w in r["wrong"]:
                print(f"    wrong  #{w['rank']} [{w['kind']}] {w['claim'][:90]!r}: {w['asserted_by']} vs "
                      f"{w['denied_by']}")
    recall = round(totals["found"] / totals["gold"], 3) if totals["gold"] else None
    either = round(totals["found_either_way"] / totals["gold"], 3) if totals["gold"] else None
    precision = round(totals["top_right"] / totals["top"], 3) if totals["top"] else None
    one = round(totals["found_one_to_one"] / totals["gold"], 3) if totals["gold"] else None
    print(f"{'all':10} [{args.split}] gold {totals['gold']:2}  found {totals['found']:2} (recall {recall}, either "
          f"way {either}, one to one {one})  top 10 right {totals['top_right']}/{totals['top']} "
          f"(precision {precision})")
    results["all"] = {**totals, "recall": recall, "recall_either_way": either, "recall_one_to_one": one,
                      "precision_top10": precision}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module doc)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate every story folder")
    a = sub.add_parser("actors", help="actor identity and speaker figures")
    a.add_argument("stories", nargs="*")
    a.add_argument("--split", choices=("tune", "heldout", "all"), default="all")
    a.add_argument("--jobs", "-j", type=int, default=None)
    a.add_argument("--json")
    a.add_argument("--show", action="store_true", help="list splits, merges, unmatched actors and wrong speakers")
    a.add_argument("--min-confidence", type=float, default=0.0,
                   help="score only the statements at or above this confidence (the others count as missing)")
    for name, what in (("happenings", "happening document-pair F1 and whole happenings"),
                       ("reprints", "reprint groups found and wrong joins")):
        c = sub.add_parser(name, help=what)
        c.add_argument("stories", nargs="*")
        c.add_argument("--split", choices=("tune", "heldout", "all"), default="all")
        c.add_argument("--jobs", "-j", type=int, default=None)
        c.add_argument("--json")
        c.add_argument("--show", action="store_true", help="per gold item: what was found")
        if name == "reprints":
            c.add_argument("--passages", action="store_true", help="passage similarity of reprint and other pairs")
    d = sub.add_parser("disputes", help="dispute recall and precision of the top 10")
    d.add_argument("stories", nargs="*")
    d.add_argument("--split", choices=("tune", "heldout", "all"), default="all")
    d.add_argument("--jobs", "-j", type=int, default=None)
    d.add_argument("--json")
    d.add_argument("--show", action="store_true", help="list the disputes missed and the wrong ones in the top 10")
    d.add_argument("--lexical-weight", type=float, default=None,
                   help="weight of word similarity against embeddings (1: words alone, 0: embeddings alone; "
                        "default: the shipped 0.25)")
    args = ap.parse_args(argv)
    if args.command == "check":
        bad = 0
        for folder in stories():
            errors = check_story(folder)
            bad += bool(errors)
            print(f"{folder.name}: {'ok' if not errors else f'{len(errors)} problems'}")
            for e in errors:
                print(f"    {e}")
        return 1 if bad else 0
    if args.command in ("happenings", "reprints"):
        return cross_command(args)
    if args.command == "disputes":
        return disputes_command(args)
    return actors_command(args)


if __name__ == "__main__":
    sys.exit(main())
