"""What the events stage adds to the time of extraction, per document.

Runs the whole pipeline (clean, parse, attribution, actors, statements) over the texts of a
gold file twice in one process, without and with the events stage, after a warm-up that loads
the spaCy pipeline, the event model and the gazetteer; prints seconds per document and the
overhead in percent. One core (no worker processes), so the two figures compare like with like.

    python bench/events_overhead.py --gold ../shared/data/polnear/dev.jsonl [--limit 40] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from reportedly.events import classify
from reportedly.pipeline import Options, process_many
from reportedly.text import places
from reportedly.text.nlp import load_pipeline
from reportedly.text.read import RawDocument


def run(raws: list[RawDocument], with_events: bool) -> tuple[float, int]:
    """Seconds for all documents and the number of events found."""
    start = time.perf_counter()
    n = 0
    for doc in process_many(raws, Options(events=with_events)):
        n += len(getattr(doc, "events", []))
    return time.perf_counter() - start, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, help="JSONL with a 'text' per line (e.g. PolNeAR dev)")
    ap.add_argument("--limit", type=int, default=0, help="Use only the first N documents")
    ap.add_argument("--rounds", type=int, default=2, help="Alternate without/with events this many times")
    args = ap.parse_args()
    lines = [json.loads(x) for x in Path(args.gold).read_text(encoding="utf-8").splitlines() if x.strip()]
    if args.limit:
        lines = lines[: args.limit]
    raws = [RawDocument(str(d.get("id", k)), d["text"]) for k, d in enumerate(lines)]
    words = sum(len(r.text.split()) for r in raws)
    t0 = time.perf_counter()
    load_pipeline()
    t1 = time.perf_counter()
    classify.shipped()
    places.candidates("Kyiv")
    t2 = time.perf_counter()
    run(raws[:3], True)  # warm-up
    base = events = 0.0
    n_events = 0
    for _ in range(args.rounds):
        b, _ = run(raws, False)
        e, n_events = run(raws, True)
        base += b
        events += e
    per_base = base / args.rounds / len(raws)
    per_events = events / args.rounds / len(raws)
    print(f"documents: {len(raws)} ({words} words), rounds: {args.rounds}")
    print(f"one-time loads: spaCy pipeline {t1 - t0:.2f} s, event model + gazetteer {t2 - t1:.2f} s")
    print(f"without events: {per_base * 1000:.1f} ms/document")
    print(f"with events:    {per_events * 1000:.1f} ms/document ({n_events} events)")
    print(f"events add:     {100 * (per_events - per_base) / per_base:.1f}% to end-to-end extraction time")


if __name__ == "__main__":
    main()
