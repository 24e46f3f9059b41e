"""Fuzzing ``reportedly.extract`` and the HTML reader with 10,000 generated inputs, counted (``make fuzz``).

Draws the cases from the Hypothesis strategies of ``tests/fuzzing.py`` under its ``fuzz`` profile,
each target getting its share of ``--cases``, and runs the same checks as ``tests/test_fuzz.py``.
Unlike pytest it does not stop at the first failure: every case is run and counted, and each
failing case is written to ``--failures`` (JSON lines) to be turned into a regression test. Then a
sample of the generated texts is run again in two subprocesses, under PYTHONHASHSEED=1 and 2, and
their JSON output compared. Prints, per target and in total, the cases run, the documents made, the
documented refusals (InputError for empty or binary text), how often statements, events, actors and
removed debris came out, the spans checked, the unexpected exceptions and the invalid spans.

    python bench/fuzz.py [--cases 10000] [--seed N] [--determinism 200] [--failures PATH]

Exits 1 when anything unexpected happened.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import given, seed, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import fuzzing as fz  # noqa: E402 - the strategies live with the tests

TEXT_TARGETS = ("news", "unicode", "markup")
"""Targets whose cases are ``(text, method, published)``: a sample of them is run again under two hash seeds."""


@dataclass
class Tally:
    """Counts for one target."""

    cases: int = 0
    documents: int = 0
    refused: int = 0
    statements: int = 0
    events: int = 0
    actors: int = 0
    removed: int = 0
    spans: int = 0
    crashes: int = 0
    bad_spans: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    slowest_case: Any = None
    failures: list[dict[str, Any]] = field(default_factory=list)

    def add(self, case: Any, outcome: fz.Outcome, seconds: float) -> None:
        """Count one case."""
        if seconds > self.slowest:
            self.slowest, self.slowest_case = seconds, case
        self.cases += 1
        self.seconds += seconds
        self.refused += outcome.refused is not None
        self.spans += outcome.spans
        self.crashes += len(outcome.crashes)
        self.bad_spans += len(outcome.bad_spans)
        doc = outcome.document
        if doc is not None:
            self.documents += 1
            self.statements += bool(doc.statements)
            self.events += bool(doc.events)
            self.actors += bool(doc.actors)
            self.removed += bool(doc.removed)


def _jsonable(case: Any) -> Any:
    if isinstance(case, bytes):
        return {"bytes_latin1": case.decode("latin-1")}
    if isinstance(case, tuple):
        return list(case)
    return case


def run_target(target: fz.Target, n: int, at: int, keep: list[Any], every: int) -> Tally:
    """Run ``n`` generated cases of ``target``; every ``every``-th text case is kept for the hash-seed check."""
    tally = Tally()

    @seed(at)
    @settings(settings.get_profile("fuzz"), max_examples=n)
    @given(target.cases())
    def one(case: Any) -> None:
        started = time.perf_counter()
        outcome = target.check(case)
        tally.add(case, outcome, time.perf_counter() - started)
        if outcome.problems:
            tally.failures.append({"target": target.name, "case": _jsonable(case), "problems": outcome.problems})
        if target.name in TEXT_TARGETS and every and tally.cases % every == 0:
            keep.append(list(case))

    one()
    return tally


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def report(tallies: dict[str, Tally]) -> Tally:
    """Print the table and return the total."""
    total = Tally()
    head = (f"{'target':<11}{'cases':>7}{'docs':>7}{'refused':>9}{'w/ stmt':>9}{'w/ event':>9}{'w/ actor':>9}"
            f"{'w/ debris':>10}{'spans':>9}{'unexpected exc':>16}{'invalid spans':>15}{'ms/case':>9}{'max ms':>8}")
    print(head)
    for name, t in [*tallies.items(), ("total", total)]:
        if name != "total":
            for key in ("cases", "documents", "refused", "statements", "events", "actors", "removed", "spans",
                        "crashes", "bad_spans", "seconds"):
                setattr(total, key, getattr(total, key) + getattr(t, key))
            if t.slowest > total.slowest:
                total.slowest, total.slowest_case = t.slowest, t.slowest_case
        print(f"{name:<11}{t.cases:>7}{t.documents:>7}{t.refused:>9}{_pct(t.statements, t.documents):>9}"
              f"{_pct(t.events, t.documents):>9}{_pct(t.actors, t.documents):>9}{_pct(t.removed, t.documents):>10}"
              f"{t.spans:>9}{t.crashes:>16}{t.bad_spans:>15}{1000 * t.seconds / max(t.cases, 1):>9.0f}"
              f"{1000 * t.slowest:>8.0f}")
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=fz.FUZZ_TOTAL, help="generated inputs in all (default %(default)s)")
    ap.add_argument("--seed", type=int, default=None, help="Hypothesis seed (default: a random one, printed)")
    ap.add_argument("--determinism", type=int, default=200,
                    help="text cases run again under two hash seeds (default %(default)s; 0: skip)")
    ap.add_argument("--failures", type=Path, default=ROOT / "bench/results/fuzz-failures.jsonl",
                    help="where failing cases go (default %(default)s)")
    args = ap.parse_args()
    at = args.seed if args.seed is not None else random.randrange(2**32)
    shares = {name: math.ceil(args.cases * share) for name, share in fz.SHARES.items()}
    text_cases = sum(n for name, n in shares.items() if name in TEXT_TARGETS)
    every = max(1, text_cases // (args.determinism + len(TEXT_TARGETS))) if args.determinism else 0
    print(f"fuzzing {sum(shares.values())} cases, seed {at}: "
          + ", ".join(f"{n} {fz.TARGETS[name].describe}" for name, n in shares.items()), flush=True)
    started = time.perf_counter()
    fz.check_extract("The minister said so.")  # load the pipeline before the cases are timed
    tallies: dict[str, Tally] = {}
    kept: list[Any] = []
    for name, n in shares.items():
        tallies[name] = run_target(fz.TARGETS[name], n, at, kept, every)
        print(f"  {name}: {tallies[name].cases} cases, {time.perf_counter() - started:.0f} s", flush=True)
    total = report(tallies)
    print(f"slowest case ({1000 * total.slowest:.0f} ms): {json.dumps(_jsonable(total.slowest_case))[:300]}")
    failures = [f for t in tallies.values() for f in t.failures]
    differ: list[int] = []
    if args.determinism:
        kept = kept[:args.determinism]
        with tempfile.TemporaryDirectory() as tmp:
            first, second = fz.outputs_under_two_hash_seeds(kept, Path(tmp))
        differ = [k for k, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        failures.extend({"target": "hash-seed", "case": kept[k], "problems": ["output differs under PYTHONHASHSEED "
                                                                              "1 and 2"]} for k in differ)
        print(f"hash seeds 1 and 2: {len(kept)} cases run twice, {len(differ)} outputs differ")
    wall = time.perf_counter() - started
    print(f"cases: {total.cases}; unexpected exceptions: {total.crashes}; invalid spans: {total.bad_spans}; "
          f"hash-seed differences: {len(differ)}; wall time: {wall:.0f} s (seed {at})")
    if failures:
        args.failures.parent.mkdir(parents=True, exist_ok=True)
        with args.failures.open("w", encoding="utf-8") as fh:
            for f in failures:
                fh.write(json.dumps(f, ensure_ascii=True) + "\n")
        print(f"{len(failures)} failing cases written to {args.failures}; the first ones:")
        for f in failures[:5]:
            print(f"  [{f['target']}] {f['problems'][0][:200]}\n    case: {json.dumps(f['case'])[:300]}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
