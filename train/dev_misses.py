"""Where the shipped model loses attributions on PolNeAR dev: one count per missed gold attribution.

    .venv/bin/python train/dev_misses.py --dev ../shared/data/polnear/dev.jsonl

Each gold attribution with a content is 'matched' when a prediction matches it as the referee
counts (content overlap of half of each, sources agreeing); otherwise the first that applies of:
a prediction with that content but another source ('wrong source'); no candidate word inside its cue
('cue not a candidate'); its best cue candidate under the model's threshold, with or without a
matching content among that cue's options; or over the threshold with a wrong content chosen, or no
matching content among its options. Prints the counts and the lemmas most often under the threshold.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from train_attribution import _chars, _matches, parse_all, read_jsonl

from reportedly.learned import Candidates, extract, load_model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", required=True)
    ap.add_argument("--cache", default="/tmp")
    args = ap.parse_args()
    gold = read_jsonl(args.dev)
    model = load_model()
    counts: Counter[str] = Counter()
    low: Counter[str] = Counter()
    for k, (p, skip) in parse_all(gold, Path(args.cache), "dev").items():
        pred = [(_chars(f.content), set(range(*p.char_span(*f.source))) if f.source else set())
                for f in extract(p, skip_blocks=skip, model=model)]
        cands = Candidates(p, skip_blocks=skip)
        candidates = {t.i for t in cands.cue_candidates()}
        for a in gold[k]["attributions"]:
            if not a.get("content"):
                continue
            con, src = _chars(a["content"]), _chars(a["source"])
            if any(_matches(c, con) and (s & src or not (s or src)) for c, s in pred):
                counts["matched"] += 1
                continue
            if any(_matches(c, con) for c, _ in pred):
                counts["wrong source"] += 1
                continue
            cue = _chars(a["cue"])
            toks = [t for t in p.doc if t.i in candidates and set(range(*p.token_span(t))) & cue]
            if not toks:
                counts["cue not a candidate"] += 1
                continue
            probs = {t.i: model.cue.prob(cands.cue_features(t), cands.cue_vector(t)) for t in toks}
            best = max(toks, key=lambda t: probs[t.i])
            option = any(_matches(_chars(o.spans), con) for o in cands.content_options(best))
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
    print("cue words under threshold (with a matching option), most frequent:",
          ", ".join(f"{w} {n}" for w, n in low.most_common(12)))


if __name__ == "__main__":
    main()
