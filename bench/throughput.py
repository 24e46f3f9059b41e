"""End-to-end throughput beside the bare spaCy parse of the same texts, in the same run.

Each measurement runs in its own child process (so that peak memory is its own) on one core, and
the rounds alternate between modes so that load from other programs hits both alike; the best
round of each mode is reported. Usage:

    python bench/throughput.py --gold ../shared/data/polnear/dev.jsonl [--rounds 3] [--json out.json]

Modes:
  bare     spaCy ``nlp.pipe`` over the whole texts (en_core_web_sm as shipped, all components; without the
           faster lemmatizer, attribute ruler and tokenizer guards that reportedly installs, so that the ratio
           compares reportedly with the stock parse)
  rules    reportedly statements end to end (debris, parse, attributions, actors), rule extractor
  model    the same with the trained attribution model (the default extractor)
  full     the default ``reportedly extract``: trained model and events
  jobs2    the default, end to end, on 2 worker processes (documents/s for a corpus)
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

MODES = ("bare", "rules", "model", "full", "jobs2")


def load_texts(path: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def run_mode(mode: str, gold: str) -> dict[str, float]:
    """One measurement in this process; returns seconds, documents, words and peak RSS (MiB)."""
    texts = load_texts(gold)
    words = sum(len(t.split()) for t in texts)
    if mode == "bare":
        from reportedly.text.nlp import load_stock_pipeline

        nlp = load_stock_pipeline()
        list(nlp.pipe(texts[:5]))  # warm up
        gc.freeze()  # as the extraction modes do (pipeline.load_models), so that only the work differs
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        from reportedly.corpus import workers
        from reportedly.pipeline import Options, load_models, process_many
        from reportedly.text.nlp import load_pipeline
        from reportedly.text.read import RawDocument

        list(load_pipeline().pipe(texts[:5]))
        load_models()  # what a corpus or API worker loads at its start
        docs = [RawDocument(str(i), t) for i, t in enumerate(texts)]
        t0 = time.perf_counter()
        if mode == "jobs2":
            for _ in workers.run(docs, jobs=2):
                pass
        else:
            options = Options() if mode == "full" else Options(method=mode, events=False)
            for _ in process_many(docs, options):
                pass
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if mode == "jobs2":
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return {"seconds": seconds, "documents": len(texts), "words": words, "peak_mib": peak}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, help="JSONL with a 'text' field per line (e.g. PolNeAR dev)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--json", help="also write the results here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_mode(args.child, args.gold)))
        return
    if not Path(args.gold).exists():
        sys.exit(f"bench: {args.gold}: no such file (the PolNeAR dev file from ../shared)")
    modes = args.modes.split(",")
    best: dict[str, dict[str, float]] = {}
    for r in range(args.rounds):
        for mode in modes:
            cmd = [sys.executable, __file__, "--gold", args.gold, "--child", mode]
            if mode != "jobs2":
                cmd = ["taskset", "-c", "0", *cmd]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            res = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"round {r + 1} {mode:6} {res['seconds']:7.2f} s", file=sys.stderr)
            if mode not in best or res["seconds"] < best[mode]["seconds"]:
                best[mode] = res
    print("| mode | documents/s | words/s | peak memory (MiB) | vs bare parse |")
    print("|---|---|---|---|---|")
    bare = best.get("bare")
    for mode in modes:
        b = best[mode]
        ratio = f"{(bare['seconds'] / b['seconds']):.0%}" if bare else "-"
        print(f"| {mode} | {b['documents'] / b['seconds']:.1f} | {b['words'] / b['seconds']:,.0f} | "
              f"{b['peak_mib']:.0f} | {ratio} |")
    if args.json:
        Path(args.json).write_text(json.dumps(best, indent=2))


if __name__ == "__main__":
    main()
