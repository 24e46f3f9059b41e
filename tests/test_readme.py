"""The README and the docs run as written: every Python block, and every shell block marked ``<!-- run -->``
in the README, from a temporary directory (with ``.venv``, ``src`` and ``tests`` of the checkout beside it).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
BLOCK = re.compile(r"(?P<mark><!-- run -->\n)?```(?P<lang>\w*)\n(?P<body>.*?)\n```", re.S)


def blocks(path: Path, lang: str, *, marked: bool = False) -> list[str]:
    return [m["body"] for m in BLOCK.finditer(path.read_text(encoding="utf-8"))
            if m["lang"] == lang and (m["mark"] or not marked)]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A temporary directory that looks like the checkout to the examples (its .venv, src and tests)."""
    for name in (".venv", "src", "tests"):
        target = ROOT / name
        if not target.exists():
            pytest.skip(f"{target} is missing (run 'make setup')")
        (tmp_path / name).symlink_to(target)
    return tmp_path


def env() -> dict[str, str]:
    return {**os.environ, "COLUMNS": "100", "PYTHONPATH": str(ROOT / "src")}


def test_readme_is_a_landing_page_with_the_two_commands_first() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 220
    head = "\n".join(lines[:5])
    assert "make demo" in head and "make test" in head
    assert ".venv/bin/reportedly" in "\n".join(lines[:40]) and "source .venv/bin/activate" in "\n".join(lines[:40])
    for link in re.findall(r"\]\((docs/[^)#]+)", "\n".join(lines)):
        assert (ROOT / link).is_file(), link


def test_readme_marks_shell_blocks_to_run() -> None:
    assert len(blocks(README, "sh", marked=True)) >= 2
    assert len(blocks(README, "python")) >= 2


DOC_EXAMPLES = [pytest.param(c, marks=pytest.mark.slow, id=f"{p.stem}-{n}") for p in sorted(DOCS.glob("*.md"))
                for n, c in enumerate(blocks(p, "python"), 1)]


@pytest.mark.parametrize("code", [pytest.param(c, id=f"README-{n}") for n, c in enumerate(blocks(README, "python"), 1)]
                         + DOC_EXAMPLES)
def test_python_examples_run(code: str, workdir: Path) -> None:
    res = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, timeout=300,
                         env=env())
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip(), "an example that prints nothing"


@pytest.mark.slow
@pytest.mark.parametrize("script", blocks(README, "sh", marked=True))
def test_readme_shell_commands_run(script: str, workdir: Path) -> None:
    res = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=workdir, capture_output=True, text=True,
                         timeout=600, env=env())
    assert res.returncode == 0, (res.stdout[-1000:], res.stderr[-2000:])
    assert "Traceback" not in res.stderr
