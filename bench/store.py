"""Corpus store benchmark: ingest documents/s on 1 and 2 cores and on Dask with 2 local workers, and memory.

    python bench/store.py                       # what `make bench-store` runs
    python bench/store.py --polnear-reingest    # what `make accept-store` runs (PolNeAR train+dev twice)

Corpora are generated at run time in a temporary folder, never committed: each document is a
random recombination of four paragraphs of the PolNeAR texts in ``--polnear`` (train + dev), or,
when those are absent, of sentences from templates written here. Each configuration runs as its
own ``reportedly ingest`` process into a fresh store, so model loading and worker start-up are
included in the wall time, as a user sees them. Memory is the peak resident set of the whole
process tree (ingest process, pool or Dask workers), sampled every 0.2 s with psutil; the
10,000-document run also reports the peak in each quarter of the run, to show whether memory
grows with the corpus. Results go to stdout (a markdown table) and ``bench/results/store.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTEDLY_SHARED", ROOT.parent / "shared"))

_WHO = ["Mayor Ana Ruiz", "The transport minister", "Union leader Tom Hale", "Senator Ida Novak", "Police",
        "The port authority", "Governor Paul Meyer", "A company spokesman", "Opposition leader Lena Ortiz"]
_WHAT = ["the bridge would reopen next week", "the budget had been cut by a third", "the strike would go ahead",
         "talks had stalled over pay", "the flooding had damaged two schools", "the ferry service was suspended",
         "the new rail line was on schedule", "inflation had eased in March", "the harbour had been dredged"]
_HOW = ["said on Monday that", "told reporters that", "warned that", "denied that", "claimed that", "insisted that"]


def template_paragraphs(n: int = 4000, seed: int = 11) -> list[str]:
    """Paragraphs built from the templates above (used when PolNeAR is not available)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        sents = []
        for _ in range(rng.randint(2, 3)):
            who, how, what = rng.choice(_WHO), rng.choice(_HOW), rng.choice(_WHAT)
            if rng.random() < 0.3:
                sents.append(f"“{what[0].upper()}{what[1:]},” {who.lower() if who[0] in 'TA' else who} said.")
            else:
                sents.append(f"{who} {how} {what}.")
        out.append(" ".join(sents))
    return out


def polnear_paragraphs(folder: Path) -> list[str]:
    """Paragraphs (8+ words) of PolNeAR train + dev, read at run time."""
    out = []
    for name in ("train.jsonl", "dev.jsonl"):
        with (folder / name).open(encoding="utf-8") as fh:
            for line in fh:
                out += [p for p in json.loads(line)["text"].split("\n") if len(p.split()) >= 8]
    return out


def make_corpus(path: Path, n: int, paragraphs: list[str], seed: int, per_doc: int = 4) -> dict[str, float]:
    """``n`` documents of ``per_doc`` random paragraphs each, as JSONL; returns size figures."""
    rng = random.Random(seed)
    chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = "\n".join(rng.sample(paragraphs, per_doc)) + "\n"
            chars += len(text)
            fh.write(json.dumps({"id": f"b{seed}-{i}", "published": "2025-03-17", "text": text}) + "\n")
    return {"documents": n, "chars_per_doc": round(chars / n), "words_per_doc": round(chars / n / 5.9)}


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_ingest(corpus: Path, db: Path, *, jobs: int, engine: str = "local", watch_db: bool = False
               ) -> dict[str, Any]:
    """One ``reportedly ingest`` process: its summary, peak tree RSS and (optionally) RSS by progress."""
    cmd = [sys.executable, "-m", "reportedly", "ingest", str(corpus), "--db", str(db), "--jobs", str(jobs),
           "--engine", engine, "--json"]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    samples: list[tuple[float, int, int, int]] = []
    stop = threading.Event()

    def sample() -> None:
        con = None
        while not stop.is_set():
            rss = _tree_rss(ps)
            done = -1
            if watch_db and db.exists():
                try:
                    con = con or sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                    done = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                except sqlite3.Error:
                    con = None
            try:
                own = ps.memory_info().rss
            except psutil.Error:
                own = 0
            samples.append((time.perf_counter(), rss, done, own))
            stop.wait(0.2)
        if con is not None:
            con.close()

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    stop.set()
    t.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}): {err.strip()[-2000:]}")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = json.loads(out)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    result = {"summary": summary, "peak_tree_rss_mb": round(max(s[1] for s in samples) / 2**20, 1),
              "cpu_seconds": round(cpu, 1)}
    if watch_db:
        n = summary["processed"] or 1
        tree, parent = [], []
        for q in range(4):
            lo, hi = n * q / 4, n * (q + 1) / 4
            inside = [s for s in samples if lo <= s[2] < hi or (q == 3 and s[2] >= hi)]
            tree.append(round(max(s[1] for s in inside) / 2**20, 1) if inside else None)
            parent.append(round(max(s[3] for s in inside) / 2**20, 1) if inside else None)
        result["peak_rss_mb_by_quarter"] = tree
        result["ingest_process_peak_rss_mb_by_quarter"] = parent
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--polnear", type=Path, default=SHARED / "data" / "polnear", help="PolNeAR folder (train/dev)")
    ap.add_argument("--docs", type=int, default=600, help="documents per throughput run")
    ap.add_argument("--memory-docs", type=int, default=10_000, help="documents of the memory run (0: skip)")
    ap.add_argument("--skip-engine", action="store_true", help="no Dask run")
    ap.add_argument("--polnear-reingest", action="store_true",
                    help="instead: ingest PolNeAR train+dev (924 reports), then again; report both runs")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "store.json")
    args = ap.parse_args()
    have_polnear = (args.polnear / "train.jsonl").exists() and (args.polnear / "dev.jsonl").exists()
    results: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "load_avg_at_start": os.getloadavg()}}
    with tempfile.TemporaryDirectory(prefix="reportedly-bench-") as tmp:
        root = Path(tmp)
        if args.polnear_reingest:
            if not have_polnear:
                raise SystemExit(f"{args.polnear}: PolNeAR train.jsonl/dev.jsonl not found")
            db = root / "polnear.db"
            inputs = [args.polnear / "train.jsonl", args.polnear / "dev.jsonl"]
            runs = []
            for _ in range(2):
                cmd = [sys.executable, "-m", "reportedly", "ingest", *map(str, inputs), "--db", str(db), "--json"]
                p = subprocess.run(cmd, capture_output=True, text=True)
                runs.append(json.loads(p.stdout))
                print(p.stderr.strip(), file=sys.stderr)
            results["polnear_reingest"] = [{k: r[k] for k in ("processed", "duplicates", "skipped_failed", "failed",
                                                               "failures", "seconds", "docs_per_second")}
                                           for r in runs]
            print("| run | processed | duplicates | skipped (failed before) | failed | seconds |")
            print("|---|---|---|---|---|---|")
            for i, r in enumerate(runs, 1):
                print(f"| {i} | {r['processed']} | {r['duplicates']} | {r['skipped_failed']} | {r['failed']} | "
                      f"{r['seconds']:.1f} |")
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.with_name("store-polnear.json").write_text(json.dumps(results, indent=2))
            return
        paragraphs = polnear_paragraphs(args.polnear) if have_polnear else template_paragraphs()
        results["corpus"] = "PolNeAR paragraphs recombined" if have_polnear else "own templates"
        corpus = root / "throughput.jsonl"
        results["throughput_corpus"] = make_corpus(corpus, args.docs, paragraphs, seed=1)
        configs = [("local", 1), ("local", 2)] + ([] if args.skip_engine else [("dask", 2)])
        rates = {}
        for engine, jobs in configs:
            r = run_ingest(corpus, root / f"{engine}{jobs}.db", jobs=jobs, engine=engine)
            name = f"{engine}-{jobs}"
            rates[name] = r["summary"]["docs_per_second"]
            wall = r["summary"]["seconds"]
            results[name] = {"docs_per_second": rates[name], "seconds": wall,
                             "processed": r["summary"]["processed"], "peak_tree_rss_mb": r["peak_tree_rss_mb"],
                             "cpu_seconds": r["cpu_seconds"], "cores_used": round(r["cpu_seconds"] / wall, 2)}
            print(f"{name}: {rates[name]:.2f} docs/s ({r['summary']['processed']} docs in {wall:.1f} s, "
                  f"{r['cpu_seconds']:.0f} CPU s, peak {r['peak_tree_rss_mb']} MB)", file=sys.stderr)
        results["scaling_efficiency_2_cores"] = round(rates["local-2"] / (2 * rates["local-1"]), 3)
        # what the efficiency would be with both cores ours: CPU time per document, 1 vs 2 workers
        results["cpu_efficiency_2_workers"] = round(results["local-1"]["cpu_seconds"]
                                                    / results["local-2"]["cpu_seconds"], 3)
        if "dask-2" in rates:
            results["dask_vs_local_2"] = round(rates["dask-2"] / rates["local-2"], 3)
        if args.memory_docs:
            big = root / "memory.jsonl"
            results["memory_corpus"] = make_corpus(big, args.memory_docs, paragraphs, seed=2)
            r = run_ingest(big, root / "memory.db", jobs=2, watch_db=True)
            results["memory"] = {"documents": r["summary"]["processed"], "failed": r["summary"]["failed"],
                                 "seconds": r["summary"]["seconds"],
                                 "docs_per_second": r["summary"]["docs_per_second"],
                                 "peak_tree_rss_mb": r["peak_tree_rss_mb"],
                                 "peak_rss_mb_by_quarter": r["peak_rss_mb_by_quarter"],
                                 "ingest_process_peak_rss_mb_by_quarter": r["ingest_process_peak_rss_mb_by_quarter"],
                                 "store_mb": round(sum(p.stat().st_size for p in root.glob("memory.db*")) / 2**20, 1)}
    results["machine"]["load_avg_at_end"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    c = results["throughput_corpus"]
    print(f"\ncorpus: {results['corpus']}, {c['documents']} docs of ~{c['chars_per_doc']} chars\n")
    print("| configuration | docs/s | cores used (CPU s / wall s) | peak memory (process tree) |")
    print("|---|---|---|---|")
    for engine, jobs in configs:
        r = results[f"{engine}-{jobs}"]
        label = {"local": "local processes", "dask": "Dask LocalCluster"}[engine] + f", {jobs} worker(s)"
        print(f"| {label} | {r['docs_per_second']:.2f} | {r['cores_used']} | {r['peak_tree_rss_mb']} MB |")
    print(f"\n2-core scaling efficiency: {results['scaling_efficiency_2_cores']} "
          f"(CPU time per document, 1 vs 2 workers: {results['cpu_efficiency_2_workers']})")
    if "memory" in results:
        m = results["memory"]
        print(f"{m['documents']} docs stored ({m['failed']} failed) on 2 cores: {m['docs_per_second']:.2f} docs/s, "
              f"peak {m['peak_tree_rss_mb']} MB; peak by quarter of the run: {m['peak_rss_mb_by_quarter']} MB "
              f"(ingest process alone: {m['ingest_process_peak_rss_mb_by_quarter']} MB); store {m['store_mb']} MB")
    print(f"load average at start / end: {results['machine']['load_avg_at_start']} / "
          f"{results['machine']['load_avg_at_end']}")


if __name__ == "__main__":
    main()
