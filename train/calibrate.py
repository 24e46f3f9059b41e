"""Train the statement confidence model shipped as ``src/reportedly/data/confidence_model.json``.

    python train/calibrate.py --train ../shared/data/polnear/train.jsonl --dev ../shared/data/polnear/dev.jsonl

Runs the default pipeline over PolNeAR train, labels each statement right when it matches a gold
attribution by the referee's definitions (content overlap of half of each, sources agreeing), and
fits a logistic regression (scikit-learn, fixed settings, deterministic) over the features of
``reportedly.attribution.confidence.features``. Dev is never trained on: it gives the reliability
table (statements binned by confidence: how many, mean confidence, how many are right) before and
after, and what ``--min-confidence 0.5`` keeps. Writes the weights and ``train/CALIBRATION.md``.
Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
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


def collect(path: str) -> list[tuple[dict[str, float], bool]]:
    """(features, right) of every statement the default pipeline makes of a gold file."""
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--c", type=float, default=1.0, help="Inverse regularisation strength.")
    args = ap.parse_args()
    started = time.time()
    train, dev = collect(args.train), collect(args.dev)
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
    model = ConfidenceModel(weights)
    provenance = (f"Trained by train/calibrate.py (scikit-learn logistic regression, C={args.c}) on the statements "
                  f"the default pipeline makes of PolNeAR train ({len(train)} statements); weights only.")
    MODEL_OUT.write_text(json.dumps({"provenance": provenance, "weights": dict(sorted(weights.items()))},
                                    indent=1) + "\n", encoding="utf-8")
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
    REPORT_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
