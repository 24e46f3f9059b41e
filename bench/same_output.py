"""Is the output the same, byte for byte, as a saved run? For changes that must not change behaviour.

Runs the real command line (``reportedly extract``) on the built-in example, the seed article and
PolNeAR dev, with both attribution extractors, and saves or compares the JSON it prints. Usage:

    python bench/same_output.py save DIR      # before the change
    python bench/same_output.py check DIR     # after it: lists every input whose output differs

``check`` exits 1 when anything differs and names the documents (by id) that changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "data/seed/ceasefire-summit.txt"
DEV = SHARED / "data/polnear/dev.jsonl"


def runs() -> dict[str, list[str]]:
    """Output file name -> arguments of ``reportedly extract`` (``{out}`` is the output path)."""
    cmds: dict[str, list[str]] = {}
    for method in ("model", "rules"):
        cmds[f"example-{method}.json"] = ["--example", "--format", "json", "--method", method, "-o", "{out}"]
        if SEED.exists():
            cmds[f"seed-{method}.json"] = [str(SEED), "--published", "2025-03-16", "--format", "json",
                                           "--method", method, "-o", "{out}"]
        if DEV.exists():
            cmds[f"dev-{method}.jsonl"] = ["--input", str(DEV), "--method", method, "-o", "{out}"]
    return cmds


def produce(folder: Path) -> None:
    """Run every command of :func:`runs`, writing into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = Path(sys.executable).with_name("reportedly")
    for name, args in runs().items():
        out = folder / name
        cmd = [str(exe), "extract", *[a.replace("{out}", str(out)) for a in args]]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
        print(f"{name}: {hashlib.sha256(out.read_bytes()).hexdigest()[:16]}")


def differing(before: Path, after: Path) -> list[str]:
    """Names (file, and document id inside a JSONL file) whose bytes differ between two runs."""
    diffs: list[str] = []
    for old in sorted(before.iterdir()):
        new = after / old.name
        if not new.exists():
            diffs.append(f"{old.name}: missing")
        elif old.read_bytes() != new.read_bytes():
            if old.suffix == ".jsonl":
                a = old.read_text(encoding="utf-8").splitlines()
                b = new.read_text(encoding="utf-8").splitlines()
                ids = [json.loads(x)["id"] for x, y in zip(a, b, strict=False) if x != y]
                diffs.append(f"{old.name}: {len(ids)} documents differ, e.g. {ids[:5]}"
                             + ("" if len(a) == len(b) else f"; {len(a)} lines before, {len(b)} after"))
            else:
                diffs.append(f"{old.name}: differs")
    return diffs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["save", "check"])
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    if args.action == "save":
        produce(args.folder)
        return
    with tempfile.TemporaryDirectory() as tmp:
        produce(Path(tmp))
        diffs = differing(args.folder, Path(tmp))
    for d in diffs:
        print(d)
    print("identical" if not diffs else f"{len(diffs)} outputs differ")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
