"""Exceptions. Every message names the input and the problem in one line."""

from __future__ import annotations


class ReportedlyError(Exception):
    """Base class: the CLI prints ``str(error)`` on one line and exits non-zero."""

    exit_code = 1


class InputError(ReportedlyError):
    """An input that cannot be read or processed (missing, empty, binary, too large, ...)."""

    exit_code = 2

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ModelError(ReportedlyError):
    """A language model or shipped model file is missing or unusable."""

    exit_code = 3
