"""The HTTP API under hostile load: 20 adversarial reports and 20 ordinary ones posted at once, on loopback.

Starts ``reportedly serve`` on a free 127.0.0.1 port with a short per-document limit, posts the
adversarial shapes of ``bench/adversarial.py`` (each ``--chars`` long, so that it takes longer than
the limit) together with 20 short ordinary reports, all concurrently, and reports what each group
got back (status codes, latency) and how long the server's process tree takes to fall idle after
the last answer (and the CPU it uses until then): a parse left running after its request ended
would keep it busy. Usage:

    python bench/hostile_api.py [--hostile 20] [--ordinary 20] [--chars 150000] [--doc-timeout 5]

Exits 1 when an ordinary request fails, a hostile one gets anything but 200 or 504, or the server
is not idle within ``--idle-window`` seconds of the last answer.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adversarial import make
from load import free_port, start_server, stop_server, wait_ready

SHAPES = ["quotes_unmatched", "quotes_mixed", "colons", "cue_said_that", "token_the"]


def tree_cpu(pid: int) -> float:
    """User plus system CPU seconds of a process and all its children."""
    total = 0.0
    try:
        procs = [psutil.Process(pid)]
        procs += procs[0].children(recursive=True)
    except psutil.NoSuchProcess:
        return total
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def watch_idle(pid: int, limit: float, quiet: float = 0.1) -> tuple[float | None, float]:
    """(seconds until the process tree used under ``quiet`` CPU s in a second, or None; CPU s used until then).

    The extraction process replaced after a stopped parse loads its pipeline (a second or two of CPU);
    a parse still running would keep a core busy.
    """
    t0 = time.monotonic()
    start = last = tree_cpu(pid)
    while time.monotonic() - t0 < limit:
        time.sleep(1.0)
        now = tree_cpu(pid)
        if now - last < quiet:
            return round(time.monotonic() - t0, 1), now - start
        last = now
    return None, last - start


def post(url: str, text: str, timeout: float) -> tuple[int | str, float]:
    """(status code or error name, seconds) of one ``POST /extract``."""
    t0 = time.perf_counter()
    try:
        code: int | str = httpx.post(url + "extract", json={"text": text}, timeout=timeout).status_code
    except httpx.HTTPError as err:
        code = type(err).__name__
    return code, time.perf_counter() - t0


def summary(results: list[tuple[int | str, float]]) -> dict[str, Any]:
    codes: dict[str, int] = {}
    for code, _ in results:
        codes[str(code)] = codes.get(str(code), 0) + 1
    seconds = [s for _, s in results]
    return {"n": len(results), "codes": codes, "median_s": round(statistics.median(seconds), 2),
            "max_s": round(max(seconds), 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hostile", type=int, default=20)
    ap.add_argument("--ordinary", type=int, default=20)
    ap.add_argument("--chars", type=int, default=150_000, help="length of each adversarial report")
    ap.add_argument("--doc-timeout", type=float, default=5.0, help="the server's --doc-timeout, seconds")
    ap.add_argument("--idle-window", type=float, default=20.0,
                    help="seconds the server may take to fall idle after the last answer")
    ap.add_argument("--json", metavar="PATH", help="also write the figures here")
    args = ap.parse_args()
    if not (0 < args.hostile <= 100 and 0 < args.ordinary <= 100):
        sys.exit("hostile_api: --hostile and --ordinary must be 1..100")
    hostile = [make(SHAPES[k % len(SHAPES)], args.chars) + f" {k}" for k in range(args.hostile)]
    ordinary = [f"The mayor of Lindholm said on Monday that ferry {k} would run again. “We are ready,” the "
                "harbour master told reporters." for k in range(args.ordinary)]
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    proc = start_server(port, 1, ["--doc-timeout", str(args.doc_timeout)])
    try:
        wait_ready(url, proc)
        request_timeout = 4 * args.doc_timeout * (args.hostile + args.ordinary) + 60
        t0 = time.monotonic()
        with ThreadPoolExecutor(args.hostile + args.ordinary) as pool:
            h = [pool.submit(post, url, t, request_timeout) for t in hostile]
            o = [pool.submit(post, url, t, request_timeout) for t in ordinary]
            hostile_res, ordinary_res = [f.result() for f in h], [f.result() for f in o]
        elapsed = time.monotonic() - t0
        idle_after, cpu_after = watch_idle(proc.pid, args.idle_window)
    finally:
        stop_server(proc)
    result = {"hostile": summary(hostile_res), "ordinary": summary(ordinary_res), "elapsed_s": round(elapsed, 1),
              "chars": args.chars, "shapes": SHAPES, "doc_timeout_s": args.doc_timeout,
              "idle_after_s": idle_after, "cpu_s_after": round(cpu_after, 2)}
    for group in ("hostile", "ordinary"):
        r = result[group]
        print(f"{group:>8}: {r['n']} requests, status {r['codes']}, median {r['median_s']} s, max {r['max_s']} s")
    idle = f"idle {idle_after:.0f} s after the last answer" if idle_after is not None else \
        f"still busy {args.idle_window:.0f} s after the last answer"
    print(f"all answered in {result['elapsed_s']} s; server {idle}, {result['cpu_s_after']} CPU s in between")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    bad = [c for c, _ in ordinary_res if c != 200] + [c for c, _ in hostile_res if c not in (200, 504)]
    return 1 if bad or idle_after is None else 0


if __name__ == "__main__":
    sys.exit(main())
