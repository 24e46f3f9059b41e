"""Train the statement confidence model shipped as ``src/reportedly/data/confidence_model.json``.

    python train/calibrate.py --train ../shared/data/polnear/train.jsonl --dev ../shared/data/polnear/dev.jsonl

Runs the default pipeline over PolNeAR train, labels each statement right when it matches a gold
attribution by the referee's definitions (content overlap of half of each, sources agreeing), and
fits a logistic regression (scikit-learn, fixed settings, deterministic) over the features of
``reportedly.attribution.confidence.features``. Dev is never trained on: it gives the reliability
table (statements binned by confidence: how many, mean confidence, how many are right) before and
after, and what ``--min-confidence 0.5`` keeps. Pronoun speakers get a second factor, the share of
the judged ones of train resolved to the right person (``train/pronoun_judgments.json``; PolNeAR does
not say whom a pronoun means), and a table of the judged ones of dev. Writes the weights, the
factors and ``train/CALIBRATION.md``. Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

import reportedly.pipeline as pipeline
from reportedly.attribution.confidence import ConfidenceModel
from reportedly.evaluation.attributions import agrees, match
from reportedly.text.read import RawDocument

ROOT = Path(__file__).resolve().parents[1]
MODEL_OUT = ROOT / "src" / "reportedly" / "data" / "confidence_model.json"
REPORT_OUT = ROOT / "train" / "CALIBRATION.md"
MIN_CUE_COUNT = 10
"""A cue word is a feature of its own only when it is that frequent among train statements."""


def read(path: str) -> list[dict[str, Any]]:
    """The records of a gold JSONL file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


PRONOUNS = ROOT / "train" / "pronoun_judgments.json"
"""Judged pronoun speakers of PolNeAR train and dev (is the resolved actor the right person?)."""


Speaker = tuple[str, int, str, "str | None"]
"""(document id, source start, speaker feature, resolved actor name) of a statement."""


def collect(path: str, speakers: list[Speaker] | None = None) -> list[tuple[dict[str, float], bool]]:
    """(features, right) of every statement the default pipeline makes of a gold file.

    ``speakers``, when given, receives the :data:`Speaker` of each statement, in the same order.
    """
    gold = read(path)
    seen: list[dict[str, float]] = []

    def record(feats: dict[str, float]) -> float:
        seen.append(feats)
        return feats["raw"]

    pipeline.confidence = record  # the statements' features, in the order the statements are made
    out: list[tuple[dict[str, float], bool]] = []
    raws = (RawDocument(g["id"], g["text"]) for g in gold)
    for g, doc in zip(gold, pipeline.process_many(raws, pipeline.Options()), strict=True):
        feats, seen[:] = list(seen), []
        if isinstance(doc, Exception):
            continue
        pred = [{"source": s.source.spans, "content": s.content.spans} for s in doc.statements]
        if speakers is not None:
            names = {a.id: a.name for a in doc.actors}
            for s, f in zip(doc.statements, feats, strict=True):
                kind = next((k[8:] for k in f if k.startswith("speaker=")), "name")
                actor = names.get(s.source.actor) if isinstance(s.source.actor, str) else None
                speakers.append((g["id"], s.source.spans[0][0] if s.source.spans else -1, kind, actor))
        pairs = dict((j, i) for i, j in match(g["attributions"], pred))
        for j, f in enumerate(feats):
            right = j in pairs and agrees(g["attributions"][pairs[j]].get("source"), pred[j]["source"])
            out.append((f, right))
    return out


def reliability(scores: list[float], right: list[bool]) -> list[dict[str, Any]]:
    """Statements in ten bins of confidence: count, mean confidence, share right."""
    rows = []
    for b in range(10):
        idx = [k for k, s in enumerate(scores) if min(9, int(s * 10)) == b]
        if idx:
            rows.append({"bin": f"{b / 10:.1f}-{(b + 1) / 10:.1f}", "n": len(idx),
                         "mean": sum(scores[k] for k in idx) / len(idx),
                         "right": sum(right[k] for k in idx) / len(idx)})
    return rows


def ece(scores: list[float], right: list[bool]) -> float:
    """Expected calibration error: the count-weighted gap between mean confidence and share right."""
    return sum(r["n"] * abs(r["mean"] - r["right"]) for r in reliability(scores, right)) / max(1, len(scores))


def judged_statements(judged: list[dict[str, Any]], speakers: list[Speaker]) -> list[tuple[int, str, bool]]:
    """(statement index, speaker feature, judged right) of the judged pronoun speakers the pipeline still
    resolves to the actor that was judged."""
    at = {(d, s): k for k, (d, s, kind, _) in enumerate(speakers) if kind != "name"}
    out = []
    for j in judged:
        k = at.get((j["doc"], j["at"]))
        if k is not None and speakers[k][3] == j["resolved"]:
            out.append((k, speakers[k][2], bool(j["right"])))
    return out


LOWER_BOUND_Z = 0.84
"""The resolution factor is the one-sided 80% lower bound (Wilson score) of the share of judged speakers resolved to
the right person, not the share itself: a few dozen judged pronouns per kind leave the share uncertain by about
+-0.08, the story corpora's reports name more people per paragraph than PolNeAR's and get more pronouns wrong, and a
doubtful speaker must fall under ``--min-confidence 0.7`` whatever the statement's other features say."""


def lower_bound(right: int, n: int, z: float = LOWER_BOUND_Z) -> float:
    """The Wilson score lower bound of a share of ``right`` in ``n`` (0.5 when nothing was judged)."""
    if n == 0:
        return 0.5
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def resolution_rates(judged: list[dict[str, Any]], speakers: list[Speaker]
                     ) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    """Lower bound (:func:`lower_bound`) of the share of judged pronoun speakers resolved to the right person, by
    speaker feature; and the (right, judged) counts."""
    counts: dict[str, list[int]] = {}
    for _, kind, right in judged_statements(judged, speakers):
        c = counts.setdefault(kind, [0, 0])
        c[0] += right
        c[1] += 1
    rates = {k: round(lower_bound(r, n), 3) for k, (r, n) in counts.items()}
    return rates, {k: (r, n) for k, (r, n) in counts.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--c", type=float, default=1.0, help="Inverse regularisation strength.")
    args = ap.parse_args()
    started = time.time()
    train_speakers: list[Speaker] = []
    dev_speakers: list[Speaker] = []
    train, dev = collect(args.train, train_speakers), collect(args.dev, dev_speakers)
    judgments = json.loads(PRONOUNS.read_text(encoding="utf-8"))
    rates, judged_counts = resolution_rates(judgments["train"], train_speakers)
    cues = Counter(k for f, _ in train for k in f if k.startswith("cue="))
    keep = {k for k, n in cues.items() if n >= MIN_CUE_COUNT}

    def prune(f: dict[str, float]) -> dict[str, float]:
        return {k: v for k, v in f.items() if not k.startswith("cue=") or k in keep}

    vec = DictVectorizer()
    x = vec.fit_transform([prune(f) for f, _ in train])
    y = [r for _, r in train]
    clf = LogisticRegression(C=args.c, fit_intercept=False, max_iter=2000)
    clf.fit(x, y)
    weights = {name: round(float(w), 6) for name, w in zip(vec.feature_names_, clf.coef_[0], strict=True)
               if abs(w) > 1e-6}
    model = ConfidenceModel(weights, resolution=rates)
    provenance = (f"Trained by train/calibrate.py (scikit-learn logistic regression, C={args.c}) on the statements "
                  f"the default pipeline makes of PolNeAR train ({len(train)} statements); weights only. "
                  f"'resolution': one-sided 80% lower bound of the share of judged pronoun speakers of train resolved "
                  f"to the right person (train/pronoun_judgments.json; right/judged: "
                  + ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(judged_counts.items())) + ").")
    MODEL_OUT.write_text(json.dumps({"provenance": provenance, "weights": dict(sorted(weights.items())),
                                     "resolution": dict(sorted(rates.items()))}, indent=1) + "\n", encoding="utf-8")
    raw = [f["raw"] for f, _ in dev]
    cal = [model.probability(prune(f)) for f, _ in dev]
    right = [r for _, r in dev]
    n_gold = sum(len(g["attributions"]) for g in read(args.dev))
    lines = ["# Statement confidence: calibration on PolNeAR dev", "",
             f"`python train/calibrate.py --train {args.train} --dev {args.dev}` ({time.time() - started:.0f} s). "
             f"Trained on {len(train)} statements of PolNeAR train; {len(dev)} statements of dev below, "
             f"{sum(right)} of them right (content and source match a gold attribution).", ""]
    for name, scores in (("extractor's raw score (before)", raw), ("calibrated confidence (shipped)", cal)):
        lines += [f"## {name}: expected calibration error {ece(scores, right):.3f}", "",
                  "| confidence | statements | mean confidence | share right |", "|---|---|---|---|"]
        lines += [f"| {r['bin']} | {r['n']} | {r['mean']:.2f} | {r['right']:.2f} |" for r in reliability(scores, right)]
        lines.append("")
    lines += ["## What --min-confidence keeps on dev", "", "| --min-confidence | statements | precision | recall |",
              "|---|---|---|---|"]
    for t in (0.0, 0.3, 0.5, 0.7, 0.9):
        kept = [r for s, r in zip(cal, right, strict=True) if s >= t]
        lines.append(f"| {t:.1f} | {len(kept)} | {sum(kept) / max(1, len(kept)):.3f} | {sum(kept) / n_gold:.3f} |")
    lines += pronoun_table(judgments["dev"] + judgments.get("dev_untuned", []), dev, dev_speakers, model, prune, rates,
                           judged_counts)
    REPORT_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def pronoun_table(judged: list[dict[str, Any]], dev: list[tuple[dict[str, float], bool]], speakers: list[Speaker],
                  model: ConfidenceModel, prune: Any, rates: dict[str, float],
                  counts: dict[str, tuple[int, int]]) -> list[str]:
    """The report's section on pronoun speakers: the factors shipped, and the judged dev pronouns by confidence."""
    lines = ["", "## Pronoun speakers", "",
             "PolNeAR marks the pronoun as the source and says nothing of whom it refers to, so the regression "
             "learns whether a statement is found right, not whether its 'he' is the right man. The second factor is "
             "the share of judged pronoun speakers of train (`train/pronoun_judgments.json`) resolved to the right "
             f"person, taken at its one-sided 80% lower bound (Wilson score, z = {LOWER_BOUND_Z}); the confidence of a "
             "pronoun statement is the product. 'pronoun_doubt': another person who fits was named in the sentence "
             "before, or spoke or was the subject of a main verb in the three sentences before (a description such as "
             "'the minister' likewise).", "",
             "| speaker | judged on train | right | factor |", "|---|---|---|---|"]
    lines += [f"| {k} | {n} | {r} | {rates[k]:.3f} |" for k, (r, n) in sorted(counts.items())]
    rows: dict[str, list[tuple[float, bool]]] = {}
    for k, kind, right in judged_statements(judged, speakers):
        feats, found = dev[k]
        rows.setdefault(kind, []).append((model.probability(prune(feats)), found and right))
    lines += ["", "Judged pronoun speakers of dev ('dev' and 'dev_untuned'; right: found right and resolved to the "
              "right person):", "",
              "| speaker | statements | mean confidence | share right | kept at 0.7 | right among kept |",
              "|---|---|---|---|---|---|"]
    for kind, xs in sorted(rows.items()):
        kept = [r for c, r in xs if c >= 0.7]
        lines.append(f"| {kind} | {len(xs)} | {sum(c for c, _ in xs) / len(xs):.2f} | "
                     f"{sum(r for _, r in xs) / len(xs):.2f} | {len(kept)} | {sum(kept)} |")
    every = [x for xs in rows.values() for x in xs]
    lines += ["", "What --min-confidence keeps of them (all speaker kinds):", "",
              "| --min-confidence | right kept | wrong dropped |", "|---|---|---|"]
    for t in (0.5, 0.7, 0.9):
        right = [c for c, r in every if r]
        wrong = [c for c, r in every if not r]
        lines.append(f"| {t:.1f} | {sum(c >= t for c in right)} of {len(right)} | "
                     f"{sum(c < t for c in wrong)} of {len(wrong)} |")
    return lines


if __name__ == "__main__":
    main()
