"""Where the shipped model loses attributions on PolNeAR dev: one count per missed gold attribution.

    .venv/bin/python train/dev_misses.py --dev ../shared/data/polnear/dev.jsonl

Each gold attribution with a content is 'matched' when the referee's one-to-one matching pairs it
with a prediction whose source agrees, 'wrong source' when the source does not; otherwise the first
that applies of: no candidate word inside its cue ('cue not a candidate'); its best cue candidate
under the model's threshold, with or without a matching content among that cue's options; or over
the threshold with a wrong content chosen, or no matching content among its options. Prints the
counts, the share of candidate words inside gold cues that the model gives p < 0.05, and the
lemmas most often under the threshold.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from train_attribution import _chars, _matches, parse_all, read_jsonl, record

from reportedly.attribution.learned import Candidates, extract, load_model
from reportedly.evaluation import attributions as evaluate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", required=True)
    ap.add_argument("--cache", default="/tmp")
    args = ap.parse_args()
    gold = read_jsonl(args.dev)
    model = load_model()
    counts: Counter[str] = Counter()
    low: Counter[str] = Counter()
    in_cues = doubted = 0  # candidate words inside gold cues, and those the model gives p < 0.05
    for k, (p, skip) in parse_all(gold, Path(args.cache), "dev").items():
        attrs = gold[k]["attributions"]
        pred = record(k, p, extract(p, skip_blocks=skip, model=model))["attributions"]
        matched = dict(evaluate.match(attrs, pred))
        cands = Candidates(p, skip_blocks=skip)
        candidates = {t.i for t in cands.cue_candidates()}
        for i, a in enumerate(attrs):
            if not a.get("content"):
                continue
            cue_words = [t for t in p.doc if t.i in candidates and set(range(*p.token_span(t))) & _chars(a["cue"])]
            probs = {t.i: model.cue.prob(cands.cue_features(t), cands.cue_vector(t)) for t in cue_words}
            in_cues += len(probs)
            doubted += sum(v < 0.05 for v in probs.values())
            if i in matched:
                counts["matched" if evaluate.agrees(a["source"], pred[matched[i]]["source"]) else "wrong source"] += 1
                continue
            if not cue_words:
                counts["cue not a candidate"] += 1
                continue
            best = max(cue_words, key=lambda t: probs[t.i])
            option = any(_matches(_chars(o.spans), _chars(a["content"])) for o in cands.content_options(best))
            if probs[best.i] < model.threshold:
                counts["cue under threshold, matching content among its options" if option
                       else "cue under threshold, no matching content option"] += 1
                if option:
                    low[best.lemma_.lower()] += 1
            else:
                counts["wrong content chosen" if option else "no matching content option"] += 1
    print(f"gold attributions with a content: {sum(counts.values())}")
    for name, n in counts.most_common():
        print(f"  {name}: {n}")
    print(f"candidate words inside gold cues: {in_cues}, with a cue probability under 0.05: {doubted / in_cues:.0%}")
    print("cue words under threshold (with a matching option), most frequent:",
          ", ".join(f"{w} {n}" for w, n in low.most_common(12)))


if __name__ == "__main__":
    main()
