"""Load test of ``POST /extract``: N concurrent clients posting reports for a fixed time, on loopback.

By default it starts ``reportedly serve`` itself on a free 127.0.0.1 port, waits for ``/health``,
runs the clients, stops the server and prints requests, errors, throughput and latency
percentiles (also written as JSON with ``--json``). The run is bounded: clients stop sending at
the deadline and every request has a timeout. Only loopback targets are accepted. Usage:

    python bench/load.py [--clients 50] [--duration 60] [--workers 1] [--json out.json]
    python bench/load.py --url http://127.0.0.1:8000/   # an already running server

The reports posted are the built-in example article and two parts of it (all 3 in turn), so
requests differ in length the way real ones do.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from importlib import resources
from ipaddress import ip_address
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

LOOPBACK_NAMES = {"localhost"}


def is_loopback(url: str) -> bool:
    """True when ``url`` points at this machine's loopback interface."""
    host = urlsplit(url).hostname or ""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def reports() -> list[dict[str, Any]]:
    """The request bodies: the example article, its first half and its second half."""
    text = resources.files("reportedly").joinpath("data/example.txt").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    half = len(lines) // 2
    meta = {"published": "2025-03-16"}
    return [{"text": text, "meta": meta}, {"text": "".join(lines[:half]), "meta": meta, "id": "first-half"},
            {"text": "".join(lines[half:]), "meta": meta, "id": "second-half"}]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, workers: int, extra: list[str] | None = None) -> subprocess.Popen[bytes]:
    """``reportedly serve`` on 127.0.0.1:port (with ``extra`` options), in its own process group."""
    exe = Path(sys.executable).with_name("reportedly")
    cmd = [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), *(extra or [])]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def wait_ready(url: str, proc: subprocess.Popen[bytes] | None, limit: float = 180.0) -> dict[str, Any]:
    """The /health answer once the server gives one; exits when it does not within ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            sys.exit(f"load: server exited: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
        try:
            r = httpx.get(url + "health", timeout=5)
            if r.status_code == 200:
                return r.json()
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    sys.exit(f"load: no answer from {url}health within {limit:.0f} s")


async def client(http: httpx.AsyncClient, url: str, bodies: list[dict[str, Any]], start: int, deadline: float,
                 latencies: list[float], errors: dict[str, int]) -> None:
    k = start
    while time.monotonic() < deadline:
        body = bodies[k % len(bodies)]
        k += 1
        t0 = time.perf_counter()
        try:
            r = await http.post(url + "extract", json=body)
            ok = r.status_code == 200 and r.json().get("statements") is not None
            key = "ok" if ok else f"HTTP {r.status_code}"
        except (httpx.HTTPError, ValueError) as err:
            key = type(err).__name__
        if key == "ok":
            latencies.append(time.perf_counter() - t0)
        else:
            errors[key] = errors.get(key, 0) + 1


async def run_load(url: str, clients: int, duration: float, timeout: float) -> dict[str, Any]:
    bodies = reports()
    latencies: list[float] = []
    errors: dict[str, int] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as http:
        t0 = time.monotonic()
        deadline = t0 + duration
        await asyncio.gather(*(client(http, url, bodies, i, deadline, latencies, errors) for i in range(clients)))
        elapsed = time.monotonic() - t0
    n_ok = len(latencies)
    q = statistics.quantiles(latencies, n=100, method="inclusive") if n_ok >= 2 else [float("nan")] * 99
    return {
        "clients": clients, "duration_s": duration, "elapsed_s": round(elapsed, 2),
        "requests": n_ok + sum(errors.values()), "ok": n_ok, "errors": sum(errors.values()), "error_kinds": errors,
        "throughput_rps": round(n_ok / elapsed, 2),
        "latency_s": {"p50": round(q[49], 3), "p95": round(q[94], 3), "p99": round(q[98], 3),
                      "max": round(max(latencies), 3) if latencies else None},
        "report_chars": [len(b["text"]) for b in bodies],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="an already running server on loopback (default: start one)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of sending")
    ap.add_argument("--workers", type=int, default=1, help="server processes when this script starts the server")
    ap.add_argument("--timeout", type=float, default=120.0, help="per-request timeout, seconds")
    ap.add_argument("--json", metavar="PATH", help="also write the figures here")
    args = ap.parse_args()
    if not 1 <= args.clients <= 500 or not 0 < args.duration <= 600:
        sys.exit("load: --clients must be 1..500 and --duration 0..600 s")
    proc = None
    url = args.url
    if url is None:
        url = f"http://127.0.0.1:{free_port()}/"
        proc = start_server(int(urlsplit(url).port or 0), args.workers)
    url = url if url.endswith("/") else url + "/"
    if not is_loopback(url):
        sys.exit(f"load: {url} is not a loopback address; this script only loads this machine")
    try:
        health = wait_ready(url, proc)
        load1 = os.getloadavg()[0]
        result = asyncio.run(run_load(url, args.clients, args.duration, args.timeout))
    finally:
        if proc is not None:
            stop_server(proc)
    result.update(server_workers=args.workers if proc else None, pipeline=health.get("pipeline"),
                  limits=health.get("limits"), cpus=os.cpu_count(), load_avg_before=round(load1, 2),
                  python=platform.python_version(), machine=platform.machine())
    lat = result["latency_s"]
    print(f"{result['requests']} requests from {args.clients} clients in {result['elapsed_s']} s: "
          f"{result['errors']} errors {result['error_kinds'] or ''}")
    print(f"throughput {result['throughput_rps']} req/s; latency p50 {lat['p50']} s, p95 {lat['p95']} s, "
          f"p99 {lat['p99']} s, max {lat['max']} s")
    print(f"server: {result['server_workers'] or 'external'} worker(s), {result['pipeline']}; "
          f"{result['cpus']} CPUs, load average {result['load_avg_before']} before the run")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    sys.exit(1 if result["errors"] else 0)


if __name__ == "__main__":
    main()
