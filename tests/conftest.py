"""Shared fixtures: the shared evaluation folder (optional) and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REPORTEDLY_SHARED", ROOT.parent / "shared"))


def shared_file(*parts: str) -> Path:
    """A file of ../shared, or skip the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_file("data", "seed", "ceasefire-summit.txt").read_text(encoding="utf-8")
